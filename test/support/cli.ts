// The built `claims` binary run as a user runs it, for the CLI tests: arguments, optional stdin, the working
// folder (the project root unless given), and NO_COLOR unless the test gives its own environment.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const bin = path.join(root, 'bin/claims.js');

export interface Run { status: number | null; stdout: string; stderr: string }

export function runClaims(args: string[], opts: { input?: string; cwd?: string; env?: Record<string, string> } = {}): Run {
  const env = { ...process.env, ...(opts.env ?? { NO_COLOR: '1' }) };
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, input: opts.input, encoding: 'utf8', maxBuffer: 1 << 28, env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
