// `claims diff` as a user and a script run it (CLAIMS.md §3): exit status, formats, claim files, folders, errors.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../support/cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'claims-diff-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const claims = (args: string[], env?: Record<string, string>) => runMain(args, { env });
const file = (name: string, text: string) => {
  const p = path.join(tmp, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, text);
  return p;
};

const REMOVED = 'The opposition criticised the plan as too expensive.';
const ARTICLE = `The city council approved a new budget for the harbour district on 12 March 2024.

Mayor Jane Porter said the budget adds 200 teachers to public schools. ${REMOVED}

The port authority will open a second ferry terminal in 2026, according to a statement from the council. Local traders welcomed the decision.
`;
const EDITED = ARTICLE.replace(` ${REMOVED}`, '').replace('12 March 2024', '14 March 2024');
const a = file('a.txt', ARTICLE);
const b = file('b.txt', EDITED);

interface Diff {
  a: string;
  b: string;
  matched: { a: { text: string; date: string | null }; b: { date: string | null }; score: number; changes: string[] }[];
  onlyA: { text: string }[];
  onlyB: unknown[];
}

describe('claims diff', () => {
  it('an article against itself: exit 0, everything matched, nothing changed', async () => {
    const r = await claims(['diff', a, a, '--format', 'json']);
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout) as Diff;
    expect(d.a).toBe(a);
    expect(d.onlyA).toEqual([]);
    expect(d.onlyB).toEqual([]);
    expect(d.matched.length).toBeGreaterThan(0);
    expect(d.matched.every((p) => p.changes.length === 0)).toBe(true);
  });

  it('against a copy with one sentence removed and one date changed: that claim only in A, one date change', async () => {
    const r = await claims(['diff', a, b, '--format', 'json']);
    expect(r.status).toBe(1);
    const d = JSON.parse(r.stdout) as Diff;
    expect(d.onlyB).toEqual([]);
    expect(d.onlyA.length).toBeGreaterThan(0);
    expect(d.onlyA.every((c) => c.text === REMOVED)).toBe(true);
    const changed = d.matched.filter((p) => p.changes.length);
    expect(changed.map((p) => p.changes)).toEqual([['date']]);
    expect([changed[0].a.date, changed[0].b.date]).toEqual(['2024-03-12', '2024-03-14']);
  });

  it('two extractions saved as claim files (yaml, json) diff clean', async () => {
    const saved = file('saved.yaml', (await claims(['extract', a])).stdout);
    const again = file('again.json', (await claims(['extract', a, '--format', 'json'])).stdout);
    expect((await claims(['diff', saved, again])).status).toBe(0);
  });

  it('an ndjson claim file diffs clean against the article it was extracted from', async () => {
    const saved = file('saved.ndjson', (await claims(['extract', a, '--format', 'ndjson'])).stdout);
    expect((await claims(['diff', saved, a])).status).toBe(0);
  });

  it('yaml output has the json shape', async () => {
    const j = JSON.parse((await claims(['diff', a, b, '--format', 'json'])).stdout);
    const y = YAML.parse((await claims(['diff', a, b, '--format', 'yaml'])).stdout);
    expect(y).toEqual(j);
  });

  it('the human view: = ~ - lines and a summary, no colour with NO_COLOR, colour only on a terminal', async () => {
    const r = await claims(['diff', a, b]);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).toMatch(/^~ /m);
    expect(r.stdout).toMatch(/^ {4}date: "2024-03-12" → "2024-03-14"$/m);
    expect(r.stdout).toMatch(/^- The opposition/m);
    expect(r.stdout).toMatch(/^= /m);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ same, 1 changed, \d+ only in A, 0 only in B$/);
    expect((await claims(['diff', a, b], { FORCE_COLOR: '1' })).stdout).not.toMatch(/\u001b\[/); // stdout is a pipe here
  });

  it('an English article and its Indonesian translation pair claim for claim, by sentence', async () => {
    const id = file('id.txt', `Dewan kota menyetujui anggaran baru untuk distrik pelabuhan pada 12 Maret 2024.

Wali Kota Jane Porter mengatakan anggaran itu menambah 200 guru di sekolah negeri. Pihak oposisi mengkritik rencana itu karena terlalu mahal.

Otoritas pelabuhan akan membuka terminal feri kedua pada 2026, menurut pernyataan dewan. Para pedagang setempat menyambut baik keputusan itu.
`);
    const r = await claims(['diff', a, id, '--format', 'json', '--published', '2024-03-13']);
    expect(r.status).toBeLessThan(2);
    const d = JSON.parse(r.stdout) as Diff & { matched: { a: { sentence: number }; b: { sentence: number } }[] };
    expect(d.matched.length).toBeGreaterThanOrEqual(3);
    expect(d.matched.every((p) => p.a.sentence === p.b.sentence)).toBe(true);
  });

  it('two folders are compared file by file, paired by relative path', async () => {
    file('left/x/one.txt', ARTICLE);
    file('right/x/one.txt', ARTICLE);
    file('left/two.txt', ARTICLE);
    file('right/two.txt', EDITED);
    const r = await claims(['diff', path.join(tmp, 'left'), path.join(tmp, 'right'), '--format', 'json']);
    expect(r.status).toBe(1);
    const d = JSON.parse(r.stdout) as Diff[];
    expect(d.map((x) => path.relative(tmp, x.a))).toEqual(['two.txt', 'x/one.txt'].map((f) => path.join('left', f)));
    expect(d[1].onlyA).toEqual([]);
    expect(d[0].onlyA.length).toBeGreaterThan(0);
  });

  it('a malformed claim file: one line on stderr naming the file and the reason, exit 2, no stack trace', async () => {
    const bad = file('bad.yaml', 'claims: [unclosed\n');
    const r = await claims(['diff', bad, a]);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(bad);
    expect(lines[0]).toMatch(/not valid YAML/);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    const wrong = file('wrong.json', '{"claims": [{"actor": 1}]}');
    expect((await claims(['diff', a, wrong])).stderr).toMatch(/wrong\.json: "claim 1\.actor" is not a string$/m);
  });

  it('a missing input or a folder against a file is an error (exit 2)', async () => {
    expect((await claims(['diff', a, path.join(tmp, 'nope.txt')])).status).toBe(2);
    expect((await claims(['diff', a, tmp])).status).toBe(2);
    expect((await claims(['diff', a])).status).toBe(2);
  });
});
