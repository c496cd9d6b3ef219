// The formats for other tools, through the CLI: csv (spreadsheets) and jsonld (schema.org), read back and compared
// with --format json.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentsFromCsv, parseCsv } from '../format/csv-roundtrip.js';
import { documentsFromJsonLd } from '../format/jsonld-roundtrip.js';
import { runMain } from '../support/cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'claims-formats-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const claims = (args: string[], opts: { cwd?: string; input?: string } = {}) => runMain(args, opts);

/** An invented article whose text and file name carry formula starts, quotes, commas, RTL text and emoji. */
const HOSTILE_NAME = '=1+1, "x" 🤖.txt';
const HOSTILE_TEXT = [
  '=HYPERLINK("http://evil.example","click") The mayor said the plan would fund 300 new teachers.',
  '-5% is what the ministry reported last week, officials said.',
  '"We will not stop," said Jane Holloway, the "director" of the 🤖 lab.',
  'وزير المالية said the budget takes effect in July.',
].join('\n\n') + '\n';
writeFileSync(path.join(tmp, HOSTILE_NAME), HOSTILE_TEXT);
writeFileSync(path.join(tmp, 'no-claims.txt'), 'International AI collaborations\n');

describe('extract --format csv', () => {
  it('reads back (csv-parse) to exactly the documents of --format json, for the bundled articles', async () => {
    const csv = await claims(['extract', 'fixtures/articles', '--format', 'csv']);
    const json = await claims(['extract', 'fixtures/articles', '--format', 'json']);
    expect(csv.status).toBe(0);
    const docs = JSON.parse(json.stdout);
    expect(docs.reduce((n: number, d: { claims: unknown[] }) => n + d.claims.length, 0)).toBeGreaterThan(10);
    expect(documentsFromCsv(csv.stdout)).toEqual(docs);
  });

  it('hostile file names and article text: exact round trip, no cell a spreadsheet would run, a claimless article keeps its row', async () => {
    const args = [HOSTILE_NAME, 'no-claims.txt', '--published', '2024-12-02'];
    const csv = await claims(['extract', ...args, '--format', 'csv'], { cwd: tmp });
    const json = await claims(['extract', ...args, '--format', 'json'], { cwd: tmp });
    expect(csv.status).toBe(0);
    const docs = JSON.parse(json.stdout);
    expect(docs[0].claims.length).toBeGreaterThan(1);
    expect(docs[1].claims).toEqual([]);
    expect(documentsFromCsv(csv.stdout)).toEqual(docs);
    const rows = parseCsv(csv.stdout);
    expect(rows.at(-1)).toMatchObject({ document_id: 'no-claims.txt', claim_id: '', actor: '' });
    for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[0].text.startsWith("'=HYPERLINK")).toBe(true);
  });

  it('the same bytes with --jobs 1 and with -o', async () => {
    const a = (await claims(['extract', 'fixtures/articles/en', '--format', 'csv', '--jobs', '1'])).stdout;
    const out = path.join(tmp, 'out.csv');
    expect((await claims(['extract', 'fixtures/articles/en', '--format', 'csv', '-o', out])).status).toBe(0);
    expect((await claims(['extract', 'fixtures/articles/en', '--format', 'csv', '--jobs', '2'])).stdout).toBe(a);
    expect(readFileSync(out, 'utf8')).toBe(a);
  });

  it('is for extract only: sentences --format csv is a usage error', async () => {
    const r = await claims(['sentences', 'fixtures/articles', '--format', 'csv']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/csv/);
  });
});

describe('extract --format jsonld', () => {
  const spanless = (docs: { claims: { span: unknown }[] }[]) => docs.map((d) => ({ ...d, claims: d.claims.map(({ span: _, ...c }) => c) }));

  it('one JSON-LD graph whose Claim items carry the claims of --format json (all fields but the span)', async () => {
    const ld = await claims(['extract', 'fixtures/articles', '--format', 'jsonld']);
    const json = await claims(['extract', 'fixtures/articles', '--format', 'json']);
    expect(ld.status).toBe(0);
    const graph = JSON.parse(ld.stdout);
    expect(graph['@context']).toBe('https://schema.org');
    expect(documentsFromJsonLd(graph)).toEqual(spanless(JSON.parse(json.stdout)));
  });

  it('hostile names and text: parses, round-trips, nothing that could close a <script> element', async () => {
    const args = [HOSTILE_NAME, 'no-claims.txt', '--published', '2024-12-02'];
    writeFileSync(path.join(tmp, 'script.txt'), 'The mayor said the plan would fund </script><script>alert(1)</script> teachers.\n');
    const ld = await claims(['extract', ...args, 'script.txt', '--format', 'jsonld'], { cwd: tmp });
    const json = await claims(['extract', ...args, 'script.txt', '--format', 'json'], { cwd: tmp });
    expect(ld.status).toBe(0);
    expect(ld.stdout).not.toMatch(/[<>&]/);
    expect(documentsFromJsonLd(JSON.parse(ld.stdout))).toEqual(spanless(JSON.parse(json.stdout)));
    expect(json.stdout).toContain('</script>');
  });
});

describe('extract --format html (without a browser; test/browser/ opens it in one)', () => {
  it('one page, a mark for every claim of --format json, and the hostile article escaped', async () => {
    const args = [HOSTILE_NAME, 'no-claims.txt', 'script.txt', '--published', '2024-12-02'];
    writeFileSync(path.join(tmp, 'script.txt'), 'The mayor said the plan would fund </script><script>alert(1)</script> teachers.\n');
    const html = await claims(['extract', ...args, '--format', 'html'], { cwd: tmp });
    const docs = JSON.parse((await claims(['extract', ...args, '--format', 'json'], { cwd: tmp })).stdout);
    expect(html.status).toBe(0);
    expect(html.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.stdout.match(/<html/g)).toHaveLength(1);
    const marked = [...html.stdout.matchAll(/<mark class="\w+" id="[^"]+" data-claims="([^"]*)"/g)].flatMap((m) => m[1].split(' '));
    expect(marked).toEqual(docs.flatMap((d: { claims: { id: string }[] }) => d.claims.map((c) => c.id)));
    expect(html.stdout).not.toMatch(/<script|<\/script>/);
    expect(html.stdout).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('diff --format html', () => {
  it('a saved claim file against an article: its claims\' sentences stand in for the text it does not have', async () => {
    const saved = path.join(tmp, 'saved.yaml');
    expect((await claims(['extract', 'fixtures/articles/en/city-budget.md', '-o', saved])).status).toBe(0);
    const r = await claims(['diff', saved, 'fixtures/articles/en/city-budget.md', '--format', 'html']);
    const json = JSON.parse((await claims(['diff', saved, 'fixtures/articles/en/city-budget.md', '--format', 'json'])).stdout);
    expect(r.status).toBe(0);
    expect(json.matched.length).toBeGreaterThan(2);
    const [a, b] = r.stdout.split('<section aria-label="B">');
    const ids = (html: string) => [...html.matchAll(/data-claims="([^"]*)"/g)].flatMap((m) => m[1].split(' '));
    expect(ids(a)).toEqual(json.matched.map((m: { a: { id: string } }) => m.a.id));
    expect(ids(b.split('</section>')[0])).toEqual(json.matched.map((m: { b: { id: string } }) => m.b.id));
    expect(a).not.toContain('Follow us on Twitter'); // the saved side has only its claims' sentences
    expect(b).toContain('Follow us on Twitter');
  });
});
