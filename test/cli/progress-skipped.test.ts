// The progress bar of an --out-dir run counts the articles skipped as up to date (issue 17 item 5): a rerun over a
// folder that is mostly done shows them as done at once, not a bar stuck at 0 while the few new ones are read.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { runMain } from '../support/cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'claims-progress-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ARTICLES = [
  'The harbour board approved a new ferry terminal on Monday, its chair said.',
  'Officials said the old pier would be torn down next spring.',
  'Gubernur mengatakan pemerintah akan membangun tiga perpustakaan baru tahun depan.',
];

/** stderr as a terminal 120 columns wide, keeping what is drawn on it. */
function terminal(): Writable & { isTTY: boolean; columns: number; text(): string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return Object.assign(stream, { isTTY: true, columns: 120, text: () => text });
}

describe('the progress bar of --out-dir', () => {
  it('counts the articles skipped as up to date', async () => {
    const dir = path.join(tmp, 'in');
    mkdirSync(dir);
    ARTICLES.forEach((text, i) => writeFileSync(path.join(dir, `${i}.txt`), text + '\n'));
    const first = await runMain(['extract', 'in', '--format', 'json', '--out-dir', 'out'], { cwd: tmp });
    expect(first.status, first.stderr).toBe(0);

    // The rerun skips the three files, then waits on stdin (a fourth article) while the bar appears (after 2 s).
    const { main } = (await import(new URL('../../dist/cli/main.js', import.meta.url).href)) as { main: (args: string[], io: Io) => Promise<number> };
    const stdin = new PassThrough();
    const stderr = terminal();
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', CLAIMS_NO_PROGRESS: undefined };
    const run = main(['extract', 'in', '-', '--format', 'json', '--out-dir', 'out'], { stdin, stdout: new PassThrough(), stderr, env, cwd: tmp });
    const deadline = Date.now() + 20_000;
    while (!/claims: \d+/.test(stderr.text()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const bar = stderr.text();
    stdin.end('The council said the bridge would reopen in May.\n');
    expect(await run, stderr.text()).toBe(0);
    expect(bar).toMatch(/claims: 3(?:\/\d+)? articles/);
    expect(stderr.text()).toMatch(/1 written, 3 up to date, 0 failed/);
  });
});
