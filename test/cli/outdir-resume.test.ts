// --out-dir after `kill -9` (issue 17): a real child process killed with SIGKILL leaves only complete files, and
// the same command run again does only the missing work and ends with a folder byte-identical to one
// uninterrupted run's, manifest included.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Run } from '../support/cli.js';
import { runClaims } from '../support/cli.js';

const root = new URL('../../', import.meta.url).pathname;
const bin = path.join(root, 'bin/claims.js');
const EN = readFileSync(path.join(root, 'fixtures/articles/en/en-russia-china-ai.txt'), 'utf8');
const ID = readFileSync(path.join(root, 'fixtures/articles/id/id-sberbank-deepseek.txt'), 'utf8');
const tmp = mkdtempSync(path.join(tmpdir(), 'claims-resume-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const N = 6; // articles per language
const corpus = path.join(tmp, 'corpus');
for (const [lang, seed] of [['en', EN], ['id', ID]] as const) {
  mkdirSync(path.join(corpus, lang), { recursive: true });
  const paras = seed.split(/\n+/).filter((p) => p.trim());
  for (let i = 0; i < N; i++) writeFileSync(path.join(corpus, lang, `${i}.txt`), [...paras.slice(i), ...paras.slice(0, i)].join('\n\n') + '\n');
}
const args = (out: string) => ['extract', 'corpus', '--format', 'json', '--jobs', '2', '--out-dir', out];

/** Every file under dir with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) m.set(path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name), 'latin1'));
  }
  return new Map([...m].sort(([a], [b]) => (a < b ? -1 : 1)));
}
const outputs = (snap: Map<string, string>) => [...snap.keys()].filter((f) => !f.startsWith('.claims'));
/**
 * The output files under dir, by name only: the run being watched renames its temporary files while we look, so
 * reading them here raced with it (ENOENT on a file listed a moment before).
 */
function outputNames(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
      .filter((f) => !f.startsWith('.claims'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []; // a folder went away mid-walk: look again in 10 ms
    throw e;
  }
}

/** Starts the run and SIGKILLs it once `when` says so (checked every 10 ms) or after `ms`; resolves when it is dead. */
function killed(out: string, when: { ms?: number; files?: number }): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args(out)], { cwd: tmp, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
    const start = Date.now();
    const timer = setInterval(() => {
      const dir = path.join(tmp, out);
      const n = existsSync(dir) ? outputNames(dir).length : 0;
      if ((when.files != null && n >= when.files) || (when.ms != null && Date.now() - start >= when.ms)) {
        clearInterval(timer);
        child.kill('SIGKILL');
      }
    }, 10);
    child.on('exit', () => { clearInterval(timer); resolve(); });
  });
}

function counts(stderr: string): { written: number; upToDate: number } {
  const m = /(\d+) written, (\d+) up to date, 0 failed/.exec(stderr);
  expect(m, stderr).not.toBeNull();
  return { written: Number(m![1]), upToDate: Number(m![2]) };
}

describe('--out-dir after SIGKILL', () => {
  let ref: Run;
  let reference: Map<string, string>;
  beforeAll(() => {
    ref = runClaims(args('ref'), { cwd: tmp });
    reference = snapshot(path.join(tmp, 'ref'));
  }, 120000);

  it('the uninterrupted run writes every article', () => {
    expect(ref.status, ref.stderr).toBe(0);
    expect(outputs(reference)).toHaveLength(2 * N);
    expect([...reference.keys()]).toContain('.claims/manifest.json');
  });

  it('killed mid-run: only complete files; the rerun does only what was missing and matches byte for byte', async () => {
    await killed('k1', { files: 2 });
    const after = snapshot(path.join(tmp, 'k1'));
    const done = outputs(after);
    expect(done.length).toBeGreaterThanOrEqual(2);
    expect(done.length).toBeLessThan(2 * N); // it was killed before the end
    for (const f of done) expect(after.get(f), f).toBe(reference.get(f)); // atomic: no half-written file
    const again = runClaims(args('k1'), { cwd: tmp });
    expect(again.status, again.stderr).toBe(0);
    const c = counts(again.stderr);
    expect(c.written + c.upToDate).toBe(2 * N);
    // what the killed run completed and recorded is not redone (at most the files in flight at the kill are)
    expect(c.upToDate).toBeGreaterThanOrEqual(done.length - 2);
    expect(c.upToDate).toBeGreaterThan(0);
    expect(snapshot(path.join(tmp, 'k1'))).toEqual(reference);
  }, 120000);

  it('killed twice at other moments (one before any output), then resumed: byte-identical', async () => {
    await killed('k2', { ms: 150 });
    await killed('k2', { files: 5 });
    const again = runClaims(args('k2'), { cwd: tmp });
    expect(again.status, again.stderr).toBe(0);
    expect(counts(again.stderr).upToDate).toBeGreaterThan(0);
    expect(snapshot(path.join(tmp, 'k2'))).toEqual(reference);
    // and a further run finds everything up to date
    expect(counts(runClaims(args('k2'), { cwd: tmp }).stderr)).toEqual({ written: 0, upToDate: 2 * N });
  }, 120000);

  /** DIR as a run killed right after writing the journal's last line half leaves it: no manifest, a journal whose last
   *  line is cut, a lock held by a process that is gone, a temporary file; `drop` outputs not written yet. */
  function crashed(name: string, drop: string[]): void {
    const dir = path.join(tmp, name);
    cpSync(path.join(tmp, 'ref'), dir, { recursive: true });
    const { outputs: entries } = JSON.parse(readFileSync(path.join(dir, '.claims/manifest.json'), 'utf8')) as { outputs: Record<string, object> };
    rmSync(path.join(dir, '.claims/manifest.json'));
    for (const f of drop) rmSync(path.join(dir, f));
    const lines = Object.entries(entries).filter(([out]) => !drop.includes(out)).map(([out, e]) => JSON.stringify({ out, ...e }));
    const last = lines.pop()!;
    writeFileSync(path.join(dir, '.claims/journal.ndjson'), lines.map((l) => l + '\n').join('') + last.slice(0, last.length >> 1));
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(path.join(dir, '.claims/lock'), `${gone}\n`);
    mkdirSync(path.join(dir, '.claims/tmp'));
    writeFileSync(path.join(dir, '.claims/tmp', `${gone}-7`), '{"half": ');
  }

  it('a cut journal line, a dead lock and a leftover temporary file: only the cut entry is redone, byte-identical', () => {
    crashed('c1', []);
    const again = runClaims(args('c1'), { cwd: tmp });
    expect(again.status, again.stderr).toBe(0);
    expect(counts(again.stderr)).toEqual({ written: 1, upToDate: 2 * N - 1 });
    expect(snapshot(path.join(tmp, 'c1'))).toEqual(reference);
  }, 60000);

  it('a run resumed after a cut journal line and killed again keeps every entry it appended readable', async () => {
    crashed('c2', ['en/1.txt.json', 'en/2.txt.json', 'id/1.txt.json', 'id/2.txt.json']);
    await killed('c2', { files: 2 * N - 2 });
    const journal = readFileSync(path.join(tmp, 'c2/.claims/journal.ndjson'), 'utf8').split('\n');
    journal.pop(); // the line this kill may have cut
    expect(journal.length).toBeGreaterThanOrEqual(2 * N - 4);
    for (const line of journal) expect(() => JSON.parse(line), line).not.toThrow();
    const again = runClaims(args('c2'), { cwd: tmp });
    expect(again.status, again.stderr).toBe(0);
    expect(snapshot(path.join(tmp, 'c2'))).toEqual(reference);
  }, 60000);
});
