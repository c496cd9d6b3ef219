// The CLI as a user and a script run it: formats, stdin, folders, errors, exit codes (CLAIMS.md §3).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../support/cli.js';

const root = new URL('../../', import.meta.url).pathname;
const EN = 'fixtures/articles/en/en-russia-china-ai.txt';
const ID = 'fixtures/articles/id/id-sberbank-deepseek.txt';
const tmp = mkdtempSync(path.join(tmpdir(), 'claims-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const claims = (args: string[], input?: string) => runMain(args, { input });
const noTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('claims extract', () => {
  it('yaml by default: one document per article, in input order, id = the path as given', async () => {
    const r = await claims(['extract', 'fixtures/articles']);
    expect(r.status).toBe(0);
    const docs = YAML.parseAllDocuments(r.stdout).map((d) => d.toJS());
    const files = readdirSync(path.join(root, 'fixtures/articles'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(docs).toHaveLength(files.length);
    expect(docs.map((d) => d.id)).toEqual([...docs.map((d) => d.id)].sort());
    expect(docs.map((d) => d.id)).toContain(EN);
    expect(docs.find((d) => d.id === EN).published).toBe('2024-12-02');
  });

  it('json is one array, ndjson one object per line, with the same data', async () => {
    const j = JSON.parse((await claims(['extract', EN, ID, '--format', 'json'])).stdout);
    const lines = (await claims(['extract', EN, ID, '--format', 'ndjson'])).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const y = YAML.parseAllDocuments((await claims(['extract', EN, ID])).stdout).map((d) => d.toJS());
    expect(j).toHaveLength(2);
    expect(lines).toEqual(j);
    expect(y).toEqual(j);
    expect(j.map((d: { language: string }) => d.language)).toEqual(['en', 'id']);
  });

  it('dates are strings in YAML, never timestamps', async () => {
    const out = (await claims(['extract', EN])).stdout;
    expect(out).toMatch(/^published: "2024-12-02"$/m);
  });

  it('reads stdin with - and when nothing is given on a pipe', async () => {
    const text = readFileSync(path.join(root, EN), 'utf8');
    for (const args of [['extract', '-', '--format', 'json'], ['extract', '--format', 'json']]) {
      const r = await claims(args, text);
      expect(r.status).toBe(0);
      const [doc] = JSON.parse(r.stdout);
      expect(doc.id).toBe('-');
      expect(doc.claims.length).toBeGreaterThan(3);
    }
  });

  it('NDJSON records: id, published and lang are honoured; --published overrides', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'The company launched its model last year.', published: '2020-05-01' }),
      JSON.stringify({ id: 7, text: 'The company launched its model last year.', lang: 'en' }),
    ].join('\n') + '\n';
    const docs = (await claims(['extract', '--input', 'ndjson', '--format', 'ndjson'], input)).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.id)).toEqual(['a', '7']);
    expect(docs[0].published).toBe('2020-05-01');
    expect(docs[1].published).toBeNull();
    const forced = (await claims(['extract', '--input', 'ndjson', '--format', 'ndjson', '--published', '2021-01-01'], input)).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(forced.map((d) => d.published)).toEqual(['2021-01-01', '2021-01-01']);
  });

  it('a nonexistent path: one line naming it, exit 2, the other inputs still written', async () => {
    const r = await claims(['extract', 'nope/missing.txt', EN, '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nope\/missing\.txt/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    noTrace(r.stderr);
  });

  it('a malformed NDJSON line is reported by line number and the rest processed', async () => {
    const input = [JSON.stringify({ id: 'a', text: 'Sberbank launched GigaChat.' }), '{"id": "b", "text": ', JSON.stringify({ id: 'c', text: 'Rusia dan China membahas kerja sama.' })].join('\n') + '\n';
    const r = await claims(['extract', '--input', 'ndjson', '--format', 'json'], input);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/line 2/);
    expect(JSON.parse(r.stdout).map((d: { id: string }) => d.id)).toEqual(['a', 'c']);
    noTrace(r.stderr);
  });

  it('usage errors exit 2 with a message', async () => {
    const bare = await claims([]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toMatch(/Usage: claims/);
    for (const args of [['extract', EN, '--format', 'xml'], ['extract', EN, '--published', '02/12/2024'], ['frobnicate']]) {
      const r = await claims(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/error/i);
      noTrace(r.stderr);
    }
  });

  it('-o writes the file, and nothing else is left beside it', async () => {
    const out = path.join(tmp, 'out', 'claims.json');
    const r0 = await claims(['extract', EN, '-o', path.join(tmp, 'missing-dir', 'x.json')]);
    expect(r0.status).toBe(2);
    rmSync(path.join(tmp, 'out'), { recursive: true, force: true });
    require_dir(path.dirname(out));
    const r = await claims(['extract', EN, '--format', 'json', '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))[0].id).toBe(EN);
    expect(readdirSync(path.dirname(out))).toEqual(['claims.json']);
  });
});

function require_dir(dir: string) {
  spawnSync('mkdir', ['-p', dir]);
  expect(existsSync(dir)).toBe(true);
}

describe('claims sentences, detect, schema', () => {
  it.each(['yaml', 'json', 'ndjson'])('sentences and detect answer in %s', async (format) => {
    for (const cmd of ['sentences', 'detect']) {
      const r = await claims([cmd, EN, ID, '--format', format]);
      expect(r.status).toBe(0);
      const docs = format === 'json' ? JSON.parse(r.stdout) : format === 'ndjson' ? r.stdout.trim().split('\n').map((l) => JSON.parse(l)) : YAML.parseAllDocuments(r.stdout).map((d) => d.toJS());
      expect(docs.map((d: { language: string }) => d.language)).toEqual(['en', 'id']);
      if (cmd === 'detect') for (const d of docs) expect(d.confidence).toBeGreaterThan(0);
      if (cmd === 'sentences') {
        const text = [...readFileSync(path.join(root, EN), 'utf8')];
        for (const s of docs[0].sentences) expect(text.slice(s.span[0], s.span[1]).join('')).toBe(s.text);
      }
    }
  });

  it('schema prints a draft 2020-12 JSON Schema', async () => {
    const r = await claims(['schema']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('--help for every command, with examples; --version', async () => {
    for (const cmd of ['extract', 'sentences', 'detect', 'schema']) {
      const r = await claims([cmd, '--help']);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/Examples:/);
    }
    const v = await claims(['--version']);
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  });
});
