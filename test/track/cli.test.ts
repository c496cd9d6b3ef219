// `claims track` as a user and a script run it (CLAIMS.md "claims track"): formats, exit status, claim files, errors.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../support/cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'claims-track-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const claims = (args: string[], input?: string) => runMain(args, { input });
const file = (name: string, text: string) => {
  const p = path.join(tmp, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, text);
  return p;
};

const ARTICLE = `date 2024-03-12

The city council approved a new budget for the harbour district on 12 March 2024.

Mayor Jane Porter said the budget adds 200 teachers to public schools.

The port authority will open a second ferry terminal in 2026, according to a statement from the council.
`;
// A later copy: another number, another date.
const COPY = ARTICLE.replace('date 2024-03-12', 'date 2024-03-13').replace('200 teachers', '250 teachers').replace('12 March 2024', '11 March 2024');
const OTHER = `date 2024-03-12

The football club signed a new goalkeeper from Brazil for the coming season.
`;

interface Member { doc: string; language: string; published: string | null; claim: { actor: string; action: string; date: string | null } }
interface Group { id: string; claims: Member[]; first: string; differ: string[] }
interface Out { articles: number; claims: number; groups: Group[] }

let dir: string;
let json: Out;
beforeAll(async () => {
  file('news/b-copy.txt', COPY);
  file('news/a-original.txt', ARTICLE);
  file('news/other.txt', OTHER);
  dir = path.join(tmp, 'news');
  const r = await claims(['track', dir, '--format', 'json']);
  expect(r.status).toBe(0);
  json = JSON.parse(r.stdout) as Out;
}, 120_000);

describe('claims track', () => {
  it('json: one object with the counts and the groups of claims found in more than one article', () => {
    expect(json.articles).toBe(3);
    expect(json.claims).toBeGreaterThanOrEqual(4);
    expect(json.groups.length).toBeGreaterThanOrEqual(3);
    for (const g of json.groups) {
      expect(g.id).toMatch(/^[0-9a-f]{8}$/);
      expect(g.claims.map((m) => path.basename(m.doc))).toEqual(['a-original.txt', 'b-copy.txt']);
      expect(g.claims.map((m) => m.published)).toEqual(['2024-03-12', '2024-03-13']);
      expect(g.claims.every((m) => m.language === 'en')).toBe(true);
      expect(path.basename(g.first)).toBe('a-original.txt');
    }
    const differ = (text: string) => json.groups.find((g) => g.claims[0].claim.action.includes(text))?.differ;
    expect(differ('teachers')).toEqual(['action']);
    expect(differ('budget for the harbour')).toEqual(['date']);
    expect(differ('ferry terminal')).toEqual([]);
  });

  it('ndjson: one group per line; yaml: the json object', async () => {
    const nd = await claims(['track', dir, '--format', 'ndjson']);
    expect(nd.status).toBe(0);
    expect(nd.stdout.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual(json.groups);
    const y = await claims(['track', dir, '--format', 'yaml']);
    expect(YAML.parse(y.stdout)).toEqual(json);
    expect(y.stdout).toMatch(/published: "2024-03-12"/);
  });

  it('yaml by default, like every command but diff (CLAIMS.md)', async () => {
    const r = await claims(['track', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^articles: 3$/m);
  });

  it('the human view reads like a report: articles, first appearance, disagreements spelled out', async () => {
    const r = await claims(['track', dir, '--format', 'human']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).toMatch(/^3 articles, \d+ claims: \d+ claims found in more than one article/);
    expect(r.stdout).toMatch(/^2 articles \(2 en\) · first: \S*a-original\.txt \(2024-03-12\) · [0-9a-f]{8}$/m);
    expect(r.stdout).toMatch(/^ {4}date: 2024-03-12 \(1 article\) vs 2024-03-11 \(1 article\)$/m);
    expect(r.stdout).toMatch(/^ {4}action \(numbers\): 200 \(1 article\) vs 250 \(1 article\)$/m);
  });

  it('saved claim files are tracked like the articles they came from', async () => {
    const saved = file('saved.ndjson', (await claims(['extract', dir, '--format', 'ndjson'])).stdout);
    const r = await claims(['track', saved, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(json);
  });

  it('ndjson input records and -o: the output written to the file, nothing on stdout', async () => {
    const records = [['one', ARTICLE], ['two', COPY]].map(([id, text]) => JSON.stringify({ id, text })).join('\n') + '\n';
    const out = path.join(tmp, 'groups.json');
    const r = await claims(['track', '-', '--input', 'ndjson', '--format', 'json', '-o', out], records);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const o = JSON.parse(readFileSync(out, 'utf8')) as Out;
    expect(o.articles).toBe(2);
    expect(o.groups.every((g) => g.first === 'one')).toBe(true);
  });

  it('an input that cannot be read: exit 2, named on stderr, the others still tracked', async () => {
    const r = await claims(['track', dir, path.join(tmp, 'missing.txt'), '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/missing\.txt/);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(JSON.parse(r.stdout)).toEqual(json);
    const bad = file('bad.yaml', 'claims: [unclosed\n');
    const b = await claims(['track', bad, dir, '--format', 'json']);
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(/bad\.yaml: not valid YAML/);
    expect((JSON.parse(b.stdout) as Out).groups).toEqual(json.groups);
    expect((await claims(['track', dir, '--format', 'csv'])).status).toBe(2);
    expect(existsSync(path.join(tmp, 'groups-none.json'))).toBe(false);
  });
});
