import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatDocument, separator, serialize, serializer } from '../src/serialize.js';

const TRICKY = ['- item', 'key: value', '# comment', '&a', '*a', '!!str', '---', '...', 'yes', 'No', 'ON', 'off', 'y', 'null', 'Null', '~', '',
  '2023', '2024-12-02', '1:20', '0x1F', '0o17', '1_000', '.5', '-1', '+3', '1e3', '.inf', '.NaN', '<<', ' leading space', 'trailing ', '"quoted"',
  "it's", '@at', '`tick', '%percent', '{a: 1}', '[1, 2]', 'a\nb', '\t tab', 'true', 'FALSE', '12:30:00', '2023-01-01T10:00:00Z'];

describe('yaml output', () => {
  it('strings that look like syntax, booleans, nulls, numbers or dates read back as the same strings (YAML 1.2 and 1.1)', () => {
    const doc = { id: 'x', actor: 'a', claims: TRICKY.map((s) => ({ actor: s, action: s, date: s, source: s })) };
    const text = serialize([doc], 'yaml');
    expect(YAML.parse(text, { version: '1.2' })).toEqual(doc);
    expect(YAML.parse(text, { version: '1.1' })).toEqual(doc);
  });

  it('dates are quoted strings in every precision; null stays null', () => {
    const text = serialize([{ published: '2024-12-02', claims: [{ date: '2023' }, { date: '2024-12' }, { date: null }] }], 'yaml');
    expect(text).toContain('published: "2024-12-02"');
    expect(text).toContain('date: "2023"');
    expect(text).toContain('date: "2024-12"');
    expect(text).toContain('date: null');
  });

  it('spans are flow sequences; one --- per document', () => {
    const text = serialize([{ span: [1, 2] }, { span: [3, 4] }], 'yaml');
    expect(text).toBe('---\nspan: [ 1, 2 ]\n---\nspan: [ 3, 4 ]\n');
  });
});

describe('streaming pieces', () => {
  it('separator + formatDocument is item, for every format and position', () => {
    const docs = [{ a: 1 }, { b: 'yes' }, { c: [1] }];
    for (const f of ['yaml', 'json', 'ndjson'] as const) {
      const s = serializer(f);
      docs.forEach((d, i) => expect(separator(f, i) + formatDocument(f, d)).toBe(s.item(d, i)));
    }
  });

  it('json is one parseable array, also when empty; ndjson one object per line', () => {
    expect(JSON.parse(serialize([], 'json'))).toEqual([]);
    expect(JSON.parse(serialize([{ a: 1 }, { a: 2 }], 'json'))).toEqual([{ a: 1 }, { a: 2 }]);
    expect(serialize([{ a: 'x\ny' }, { a: 2 }], 'ndjson')).toBe('{"a":"x\\ny"}\n{"a":2}\n');
  });
});
