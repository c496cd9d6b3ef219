// Stage 7b: documents → yaml, json or ndjson text (any command), or csv (`extract` only), one document at a
// time so output can stream. The formats for other tools live in src/format/.
import YAML, { isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import { csvHeader, csvRows } from './format/csv.js';
import { htmlBegin, htmlEnd, htmlItem } from './format/html.js';
import { jsonLdBegin, jsonLdEnd, jsonLdItem } from './format/jsonld.js';
import type { ClaimsDocument } from './types.js';

/** Formats every command writes. */
export type DataFormat = 'yaml' | 'json' | 'ndjson';
/** Formats only `extract` writes: they need claims documents. */
export type ClaimsFormat = 'csv' | 'jsonld' | 'html';
export type Format = DataFormat | ClaimsFormat;
export const FORMATS: readonly DataFormat[] = ['yaml', 'json', 'ndjson'];
export const EXTRACT_FORMATS: readonly Format[] = [...FORMATS, 'csv', 'jsonld', 'html'];

/** Keys whose values are dates: always quoted in YAML so no reader turns them into timestamps. */
const DATE_KEYS = new Set(['date', 'published']);

/**
 * Plain scalars that some YAML reader would not read back as the same string: YAML 1.1 booleans and nulls
 * (`yes`, `off`, `~`), anything that starts like a number, date or time (`2023`, `1:20`, `.5`, `0x1f`),
 * `.inf`/`.nan`, the merge key `<<` and the empty string. The `yaml` package quotes syntax (`- `, `: `, `#`,
 * `&a`, `*a`, `!!str`, `---`, leading spaces) on its own.
 */
const AMBIGUOUS = /^(?:y|n|yes|no|true|false|on|off|null|~|<<|[-+]?\.?\d.*|[-+]?\.(?:inf|nan)|)$/i;

/** Writes a stream of documents in one format: `begin`, then `item` per document, then `end`. */
export interface Serializer {
  begin(): string;
  item(doc: unknown, index: number): string;
  end(count: number): string;
}

/** What html needs beside the document: the article text to mark claims in, and a number unique in the page. */
export interface DocumentContext {
  text?: string | null;
  index?: number;
}

/**
 * One document's text without what joins it to its neighbours, so documents can be formatted in parallel
 * and joined in order afterwards: `item(doc, i) === separator(format, i) + formatDocument(format, doc)`.
 */
export function formatDocument(format: Format, doc: unknown, context: DocumentContext = {}): string {
  switch (format) {
    case 'json': return JSON.stringify(doc, null, 2).replace(/^/gm, '  ');
    case 'ndjson': return JSON.stringify(doc) + '\n';
    case 'yaml': return toYaml(doc);
    case 'csv': return csvRows(claimsDocument(doc, format));
    case 'jsonld': return jsonLdItem(claimsDocument(doc, format));
    case 'html': return htmlItem(claimsDocument(doc, format), context.index ?? 0, context.text);
  }
}

function claimsDocument(doc: unknown, format: Format): ClaimsDocument {
  const d = doc as Partial<ClaimsDocument> | null;
  if (!d || typeof d !== 'object' || typeof d.id !== 'string' || !Array.isArray(d.claims)) {
    throw new TypeError(`--format ${format} writes claims documents (extract) only`);
  }
  return d as ClaimsDocument;
}

export function separator(format: Format, index: number): string {
  return format === 'json' || format === 'jsonld' ? (index ? ',\n' : '\n') : '';
}

export function serializer(format: Format): Serializer {
  return {
    begin: () => (format === 'json' ? '[' : format === 'csv' ? csvHeader() : format === 'jsonld' ? jsonLdBegin() : format === 'html' ? htmlBegin() : ''),
    item: (doc, i) => separator(format, i) + formatDocument(format, doc, { index: i }),
    end: (n) => (format === 'json' ? (n ? '\n]\n' : ']\n') : format === 'jsonld' ? jsonLdEnd(n) : format === 'html' ? htmlEnd(n) : ''),
  };
}

export function serialize(docs: readonly unknown[], format: Format): string {
  const s = serializer(format);
  return s.begin() + docs.map((d, i) => s.item(d, i)).join('') + s.end(docs.length);
}

function toYaml(value: unknown): string {
  const doc = new YAML.Document(value, { version: '1.2' });
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (DATE_KEYS.has(key) && isScalar(pair.value) && typeof pair.value.value === 'string') pair.value.type = 'QUOTE_DOUBLE';
      if (key === 'span' && isSeq(pair.value)) pair.value.flow = true;
    },
    Scalar(_, node) {
      if (typeof node.value === 'string' && !node.type && AMBIGUOUS.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
    Map(_, map) {
      if (isMap(map)) map.flow = false;
    },
  });
  return '---\n' + doc.toString({ lineWidth: 0, minContentWidth: 0 });
}
