// Stage 7b: documents → yaml, json or ndjson text, one document at a time so output can stream.
import YAML, { isMap, isPair, isScalar, isSeq, visit } from 'yaml';

export type Format = 'yaml' | 'json' | 'ndjson';
export const FORMATS: readonly Format[] = ['yaml', 'json', 'ndjson'];

/** Keys whose values are dates: always quoted in YAML so no reader turns them into timestamps. */
const DATE_KEYS = new Set(['date', 'published']);

/** Writes a stream of documents in one format: `begin`, then `item` per document, then `end`. */
export interface Serializer {
  begin(): string;
  item(doc: unknown, index: number): string;
  end(count: number): string;
}

export function serializer(format: Format): Serializer {
  switch (format) {
    case 'json':
      return {
        begin: () => '[',
        item: (doc, i) => (i ? ',\n' : '\n') + JSON.stringify(doc, null, 2).replace(/^/gm, '  '),
        end: (n) => (n ? '\n]\n' : ']\n'),
      };
    case 'ndjson':
      return { begin: () => '', item: (doc) => JSON.stringify(doc) + '\n', end: () => '' };
    case 'yaml':
      return { begin: () => '', item: (doc) => toYaml(doc), end: () => '' };
  }
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
    Map(_, map) {
      if (isMap(map)) map.flow = false;
    },
  });
  return '---\n' + doc.toString({ lineWidth: 0, minContentWidth: 0 });
}
