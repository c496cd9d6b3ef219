// --out-dir (issue 17): one complete file per article mirroring the input tree, up-to-date detection (content,
// options, version), names for NDJSON ids that cannot collide, failures that write nothing, the closing summary.
// The SIGKILL tests are in outdir-resume.test.ts.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { safeName } from '../../src/cli/outdir.js';
import { runMain } from '../support/cli.js';

const root = new URL('../../', import.meta.url).pathname;
const EN = readFileSync(path.join(root, 'fixtures/articles/en/en-russia-china-ai.txt'), 'utf8');
const ID = readFileSync(path.join(root, 'fixtures/articles/id/id-sberbank-deepseek.txt'), 'utf8');
const tmp = mkdtempSync(path.join(tmpdir(), 'claims-outdir-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const claims = (args: string[], opts: { input?: string; cwd?: string } = {}) => runMain(args, { cwd: opts.cwd ?? tmp, input: opts.input });

/** Article i: a seed's paragraphs rotated by i, so every document differs. */
function variant(i: number, lang: 'en' | 'id'): string {
  const paras = (lang === 'en' ? EN : ID).split(/\n+/).filter((p) => p.trim());
  const k = i % paras.length;
  return [...paras.slice(k), ...paras.slice(0, k)].join('\n\n') + '\n';
}

/** A corpus folder under tmp: en/0.txt…, id/0.txt… */
function corpus(name: string, n = 3): string {
  const dir = path.join(tmp, name);
  for (const lang of ['en', 'id'] as const) {
    mkdirSync(path.join(dir, lang), { recursive: true });
    for (let i = 0; i < n; i++) writeFileSync(path.join(dir, lang, `${i}.txt`), variant(i, lang));
  }
  return dir;
}

/** Every file under dir, relative, sorted. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** The summary's counts: written, up to date, failed. */
function counts(stderr: string): { written: number; upToDate: number; failed: number } {
  const m = /(\d+) written, (\d+) up to date, (\d+) failed/.exec(stderr);
  expect(m, stderr).not.toBeNull();
  return { written: Number(m![1]), upToDate: Number(m![2]), failed: Number(m![3]) };
}

describe('--out-dir layout', () => {
  it('mirrors the folder given; each file is what a run on that one input writes, in every format', async () => {
    corpus('c1', 2);
    for (const format of ['json', 'csv', 'html']) {
      const r = await claims(['extract', 'c1', '--format', format, '--out-dir', `o1-${format}`]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe('');
      expect(tree(path.join(tmp, `o1-${format}`))).toEqual([
        '.claims/manifest.json', ...['en/0', 'en/1', 'id/0', 'id/1'].map((f) => `${f}.txt.${format}`),
      ]);
      for (const f of format === 'csv' ? ['en/1.txt'] : ['id/0.txt']) {
        const alone = await claims(['extract', `c1/${f}`, '--format', format]);
        expect(readFileSync(path.join(tmp, `o1-${format}`, `${f}.${format}`), 'utf8')).toBe(alone.stdout);
      }
    }
    // a json file is one complete array, an html file one complete page
    expect(JSON.parse(readFileSync(path.join(tmp, 'o1-json/en/0.txt.json'), 'utf8'))).toHaveLength(1);
    expect(readFileSync(path.join(tmp, 'o1-html/id/1.txt.html'), 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n?$/i);
  }, 120000);

  it('several paths mirror from the folder holding them all; sentences too; stdin is stdin.<ext>', async () => {
    corpus('c2', 1);
    const r = await claims(['sentences', 'c2/en', 'c2/id/0.txt', '--format', 'json', '--out-dir', 'o2']);
    expect(r.status, r.stderr).toBe(0);
    expect(tree(path.join(tmp, 'o2'))).toEqual(['.claims/manifest.json', 'en/0.txt.json', 'id/0.txt.json']);
    expect(r.stderr).toMatch(/2 articles: 2 written, 0 up to date, 0 failed; \d+ sentences/);

    const s = await claims(['extract', '-', '--out-dir', 'o2s'], { input: variant(1, 'en') });
    expect(s.status, s.stderr).toBe(0);
    expect(readFileSync(path.join(tmp, 'o2s/stdin.yaml'), 'utf8')).toBe((await claims(['extract', '-'], { input: variant(1, 'en') })).stdout);
    expect(counts((await claims(['extract', '-', '--out-dir', 'o2s'], { input: variant(1, 'en') })).stderr)).toEqual({ written: 0, upToDate: 1, failed: 0 });
    expect(counts((await claims(['extract', '-', '--out-dir', 'o2s'], { input: variant(2, 'en') })).stderr)).toEqual({ written: 1, upToDate: 0, failed: 0 });
  }, 120000);

  it('what --out-dir writes is never read back as input, inside an input folder or as one', async () => {
    const records = ['r1', 'r2'].map((id, i) => JSON.stringify({ id, text: variant(i, 'en') })).join('\n') + '\n';
    for (const [input, out, format] of [['c3', 'c3/out', 'ndjson'], ['c3b', 'c3b', 'json']]) {
      mkdirSync(path.join(tmp, input));
      writeFileSync(path.join(tmp, input, 'batch.ndjson'), records);
      const args = ['extract', input, '--input', 'ndjson', '--format', format, '--out-dir', out];
      const first = await claims(args);
      expect(first.status, first.stderr).toBe(0);
      const again = await claims(args);
      expect(again.status, again.stderr).toBe(0);
      expect(counts(again.stderr)).toEqual({ written: 0, upToDate: 2, failed: 0 });
      expect(again.stderr).toMatch(out === 'c3b' ? /c3b\/r1\.json: skipped \(an output of --out-dir\)/ : /c3\/out: skipped \(the --out-dir being written\)/);
    }
  }, 60000);

  it('-o with --out-dir, and --force without it, are usage errors', async () => {
    for (const args of [['extract', 'c1', '--out-dir', 'x', '-o', 'y.yaml'], ['sentences', 'c1', '--force'], ['extract', 'c1', '--out-dir', '']]) {
      const r = await claims(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^claims: error: /);
      expect(existsSync(path.join(tmp, 'x'))).toBe(false);
    }
  });
});

describe('--out-dir up-to-date detection', () => {
  it('redoes an article whose content changed, not one only touched; an edited output is redone; --force redoes all', async () => {
    const dir = corpus('c4', 2);
    expect(counts((await claims(['extract', 'c4', '--out-dir', 'o4'])).stderr)).toEqual({ written: 4, upToDate: 0, failed: 0 });
    const before = readFileSync(path.join(tmp, 'o4/en/1.txt.yaml'), 'utf8');
    expect(counts((await claims(['extract', 'c4', '--out-dir', 'o4'])).stderr)).toEqual({ written: 0, upToDate: 4, failed: 0 });

    utimesSync(path.join(dir, 'id/0.txt'), new Date(), new Date(2001, 1, 1)); // mtime alone says nothing
    writeFileSync(path.join(dir, 'en/1.txt'), variant(5, 'en')); // same size class, other content
    expect(counts((await claims(['extract', 'c4', '--out-dir', 'o4'])).stderr)).toEqual({ written: 1, upToDate: 3, failed: 0 });
    expect(readFileSync(path.join(tmp, 'o4/en/1.txt.yaml'), 'utf8')).not.toBe(before);

    appendFileSync(path.join(tmp, 'o4/id/1.txt.yaml'), '# edited\n');
    expect(counts((await claims(['extract', 'c4', '--out-dir', 'o4'])).stderr)).toEqual({ written: 1, upToDate: 3, failed: 0 });
    expect(readFileSync(path.join(tmp, 'o4/id/1.txt.yaml'), 'utf8')).not.toMatch(/# edited/);

    expect(counts((await claims(['extract', 'c4', '--out-dir', 'o4', '--force'])).stderr)).toEqual({ written: 4, upToDate: 0, failed: 0 });
  }, 120000);

  it('redoes everything when --published, --lang or --format change the output', async () => {
    corpus('c5', 1);
    const base = ['extract', 'c5', '--out-dir', 'o5'];
    expect(counts((await claims(base)).stderr).written).toBe(2);
    expect(counts((await claims([...base, '--published', '2024-01-31'])).stderr)).toEqual({ written: 2, upToDate: 0, failed: 0 });
    expect(counts((await claims([...base, '--published', '2024-01-31'])).stderr)).toEqual({ written: 0, upToDate: 2, failed: 0 });
    expect(counts((await claims([...base, '--published', '2024-01-31', '--lang', 'en'])).stderr)).toEqual({ written: 2, upToDate: 0, failed: 0 });
    const json = await claims([...base, '--format', 'json']);
    expect(counts(json.stderr)).toEqual({ written: 2, upToDate: 0, failed: 0 });
    // the yaml files are not this run's: reported, never deleted
    expect(json.stderr).toMatch(/2 outputs were not made from this run's inputs.*kept: en\/0\.txt\.yaml/);
    expect(existsSync(path.join(tmp, 'o5/en/0.txt.yaml'))).toBe(true);
  }, 120000);

  it('redoes everything when claims or its language data change (a copy of the package with one file changed)', async () => {
    const pkg = path.join(tmp, 'pkg');
    mkdirSync(pkg);
    for (const f of ['package.json', 'bin', 'dist', 'data']) cpSync(path.join(root, f), path.join(pkg, f), { recursive: true });
    symlinkSync(path.join(root, 'node_modules'), path.join(pkg, 'node_modules'));
    corpus('c6', 1);
    const run = () => {
      const r = spawnSync(process.execPath, [path.join(pkg, 'bin/claims.js'), 'extract', 'c6', '--out-dir', 'o6'], { cwd: tmp, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      return counts(r.stderr);
    };
    expect(run()).toEqual({ written: 2, upToDate: 0, failed: 0 });
    expect(run()).toEqual({ written: 0, upToDate: 2, failed: 0 });
    const lang = readdirSync(path.join(pkg, 'dist/lang/id')).find((f) => f.endsWith('.js'))!;
    appendFileSync(path.join(pkg, 'dist/lang/id', lang), '\n// a changed word list\n');
    expect(run()).toEqual({ written: 2, upToDate: 0, failed: 0 });
  }, 120000);
});

describe('--out-dir failures and the summary', () => {
  it('a failed article writes nothing and is named; the rest are written; a deleted input is reported, its output kept', async () => {
    const dir = corpus('c7', 2);
    writeFileSync(path.join(dir, 'en/bad.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
    const r = await claims(['extract', 'c7', '--out-dir', 'o7']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^claims: error: c7\/en\/bad\.txt: /m);
    expect(r.stderr).toMatch(/o7: 5 articles: 4 written, 0 up to date, 1 failed; \d+ claims/);
    expect(r.stderr).toMatch(/failed \(no output written\): c7\/en\/bad\.txt/);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(tree(path.join(tmp, 'o7'))).not.toContain('en/bad.txt.yaml');
    expect(tree(path.join(tmp, 'o7'))).toContain('id/1.txt.yaml');

    rmSync(path.join(dir, 'en/bad.txt'));
    rmSync(path.join(dir, 'id/1.txt'));
    const again = await claims(['extract', 'c7', '--out-dir', 'o7']);
    expect(again.status).toBe(0);
    expect(counts(again.stderr)).toEqual({ written: 0, upToDate: 3, failed: 0 });
    expect(again.stderr).toMatch(/1 output was not made from this run's inputs .*kept: id\/1\.txt\.yaml \(from c7\/id\/1\.txt\)/);
    expect(existsSync(path.join(tmp, 'o7/id/1.txt.yaml'))).toBe(true);
    // the claims count covers up-to-date articles too
    const total = (s: string) => Number(/failed; (\d+) claims/.exec(s)![1]);
    expect(total(again.stderr)).toBeGreaterThan(0);

    // an input that worked and now fails: named, its earlier output kept and said to be left, not called orphaned
    writeFileSync(path.join(dir, 'en/0.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
    const broken = await claims(['extract', 'c7', '--out-dir', 'o7']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/claims: error: c7\/en\/0\.txt: .*\(en\/0\.txt\.yaml is left as an earlier run wrote it\)/);
    expect(broken.stderr).not.toMatch(/kept: .*en\/0\.txt\.yaml/);
    expect(existsSync(path.join(tmp, 'o7/en/0.txt.yaml'))).toBe(true);
  }, 120000);

  it('leaves no temporary files, journal or lock behind after a complete run', async () => {
    expect(readdirSync(path.join(tmp, 'o7/.claims'))).toEqual(['manifest.json']);
  });
});

describe('--out-dir with NDJSON records', () => {
  it('one file per record id, names that cannot collide, a repeated id fails', async () => {
    const ids = ['a', 'A', 'a/b', 'a_b', 'Berita 2', '..', 'con', 'x~1'];
    const input = [...ids, 'a'].map((id, i) => JSON.stringify({ id, text: variant(i, i % 2 ? 'id' : 'en') })).join('\n') + '\n';
    const r = await claims(['extract', '--input', 'ndjson', '--format', 'ndjson', '--out-dir', 'o8'], { input });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/claims: error: a: its output a\.ndjson would replace the one of the same id earlier/);
    const files = tree(path.join(tmp, 'o8')).filter((f) => !f.startsWith('.claims'));
    expect(files).toHaveLength(ids.length);
    expect(new Set(files.map((f) => f.toLowerCase())).size).toBe(ids.length);
    for (const id of ids) {
      const [doc] = readFileSync(path.join(tmp, 'o8', `${safeName(id)}.ndjson`), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      expect(doc.id).toBe(id);
    }
  }, 60000);

  it('safeName: plain ids stay; others are safe, short, and distinct even ignoring case', async () => {
    expect(safeName('story-2024.12')).toBe('story-2024.12');
    expect(safeName('a/b')).toMatch(/^a_b~[0-9a-f]{16}$/);
    expect(safeName('a_b')).toBe('a_b');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), (x, y) => {
        const [a, b] = [safeName(x), safeName(y)];
        for (const n of [a, b]) {
          expect(n).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9._~-]*$/);
          expect(n.length).toBeLessThanOrEqual(100);
          expect(n).not.toMatch(/^(?:con|prn|aux|nul)(?:\.|$)/);
        }
        if (x !== y) expect(a.toLowerCase()).not.toBe(b.toLowerCase());
      }),
      { numRuns: 2000 },
    );
  });
});
