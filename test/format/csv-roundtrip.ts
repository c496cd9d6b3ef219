// Reads `--format csv` back into claims documents with a real CSV parser (csv-parse), undoing only what the
// format documents: the apostrophe before a formula start, and empty cells for null.
import { parse } from 'csv-parse/sync';
import type { ClaimsDocument } from '../../src/types.js';

export type Row = Record<string, string>;

export function parseCsv(text: string): Row[] {
  return parse(text, { bom: true, columns: true, relax_quotes: false, skip_empty_lines: false, record_delimiter: '\r\n' }) as Row[];
}

const value = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);
const nullable = (cell: string) => (cell === '' ? null : value(cell));

export function documentsFromCsv(text: string): ClaimsDocument[] {
  const docs: ClaimsDocument[] = [];
  for (const r of parseCsv(text)) {
    const id = value(r.document_id);
    let doc = docs.at(-1);
    if (!doc || doc.id !== id || r.claim_id === '') {
      doc = { id, language: value(r.language), published: nullable(r.published), title: nullable(r.title), claims: [] };
      docs.push(doc);
    }
    if (r.claim_id === '') continue;
    doc.claims.push({
      id: value(r.claim_id), actor: value(r.actor), action: value(r.action), date: nullable(r.date), source: nullable(r.source),
      kind: value(r.kind) as ClaimsDocument['claims'][number]['kind'], sentence: Number(r.sentence), span: [Number(r.span_start), Number(r.span_end)],
      text: value(r.text),
    });
  }
  return docs;
}
