// `--format csv`: documents → one CSV table for spreadsheets, one row per claim (RFC 4180).
//
// Conventions:
// - Rows end in CRLF and a field is quoted ("…", inner quotes doubled) when it holds a comma, a quote, CR or LF,
//   as RFC 4180 asks. The output begins with a UTF-8 byte-order mark, which Excel needs to read UTF-8 rather
//   than the machine's legacy code page (Python: `encoding="utf-8-sig"`; csv-parse: `bom: true`).
// - A document without claims keeps one row, its claim columns empty, so no input silently disappears.
// - null is an empty cell (`source` of a statement, an unknown `date`, `published` or `title`).
// - Formula injection (OWASP, "CSV Injection"): a spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`,
//   tab or carriage return as a formula, so an article saying `=HYPERLINK("http://evil.example", "x")` could
//   run in the reader's spreadsheet. Such a cell gets an apostrophe in front (`'=HYPERLINK(…)`), which every
//   spreadsheet shows as text. A cell that already starts with an apostrophe gets one more, so the rule is
//   reversible: drop one leading `'` from a text cell to get the exact value back. Numbers are never prefixed.
import type { ClaimsDocument } from '../types.js';

export const CSV_COLUMNS = [
  'document_id', 'language', 'published', 'title',
  'claim_id', 'actor', 'action', 'date', 'source', 'kind', 'sentence', 'span_start', 'span_end', 'text',
] as const;

const BOM = '\ufeff';
const EOL = '\r\n';
/** What a spreadsheet may take for the start of a formula (OWASP), and the apostrophe that marks text. */
const FORMULA_START = /^[=+\-@\t\r']/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell made safe for spreadsheets: an apostrophe before a formula start (see the header). */
export function neutralize(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse of `neutralize`, for readers that want the exact value back. */
export function unneutralize(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

function field(value: string | number | null | undefined): string {
  if (value == null) return '';
  const s = typeof value === 'number' ? String(value) : neutralize(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function row(values: readonly (string | number | null | undefined)[]): string {
  return values.map(field).join(',') + EOL;
}

/** The byte-order mark and the header row: what comes before the first document. */
export function csvHeader(): string {
  return BOM + row(CSV_COLUMNS);
}

/** The rows of one document: one per claim, or one with empty claim columns when it has none. */
export function csvRows(doc: ClaimsDocument): string {
  const head = [doc.id, doc.language, doc.published, doc.title] as const;
  if (!doc.claims.length) return row([...head, ...CSV_COLUMNS.slice(head.length).map(() => null)]);
  return doc.claims
    .map((c) => row([...head, c.id, c.actor, c.action, c.date, c.source, c.kind, c.sentence, c.span[0], c.span[1], c.text]))
    .join('');
}
