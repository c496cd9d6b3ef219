// The built `claims` command for the CLI tests, two ways. `runMain` calls `main` (dist/cli/main.js, what the
// binary runs) in this process with streams in memory: arguments, optional stdin (a pipe, never a terminal), the
// working folder (the project root unless given), and NO_COLOR unless the test gives its own environment.
// `runClaims` spawns bin/claims.js as a user runs it, for what only a process shows: the entry itself, exit codes
// set by it, signals, a reader closing the pipe, a terminal on stdin, several processes at once.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import type { Io } from '../../src/cli/io.js';
import type { Spare } from '../../src/cli/pool.js';

const root = new URL('../../', import.meta.url).pathname;
const bin = path.join(root, 'bin/claims.js');

export interface Run { status: number | null; stdout: string; stderr: string }
export interface RunOptions { input?: string; cwd?: string; env?: Record<string, string>; /** runMain only: stdin is a terminal */ tty?: boolean }

export function runClaims(args: string[], opts: RunOptions = {}): Run {
  const env = { ...process.env, ...(opts.env ?? { NO_COLOR: '1' }) };
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, input: opts.input, encoding: 'utf8', maxBuffer: 1 << 28, env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Built = { main: (args: string[], io: Io) => Promise<number>; spare: Spare };
let loaded: Promise<Built> | undefined;
/**
 * main of the built CLI, so that its worker threads load the built pipeline, as the binary's do, and the idle
 * workers the runs of one test file lend each other (each loads the pipeline once, not once per run).
 */
const built = () =>
  (loaded ??= Promise.all([import(new URL('../../dist/cli/main.js', import.meta.url).href), import(new URL('../../dist/cli/pool.js', import.meta.url).href)])
    .then(([m, p]: [{ main: Built['main'] }, { Spare: new () => Spare }]) => ({ main: m.main, spare: new p.Spare() })));

/** A stream that keeps what is written to it, like the pipe spawnSync reads. */
function memoryStream(): Writable & { text(): string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, encoding, done) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
      done();
    },
  });
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') });
}

/** `claims args…` run in this process, with the same options and the same result as `runClaims`. */
export async function runMain(args: string[], opts: RunOptions = {}): Promise<Run> {
  const { main, spare } = await built();
  const stdout = memoryStream(), stderr = memoryStream();
  const env = { ...process.env, ...(opts.env ?? { NO_COLOR: '1' }) };
  const stdin = Object.assign(Readable.from(opts.input === undefined ? [] : [Buffer.from(opts.input, 'utf8')]), { isTTY: opts.tty });
  const status = await main(args, { stdin, stdout, stderr, env, cwd: opts.cwd ?? root, spare });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}
