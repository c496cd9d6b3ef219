import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { documentSchema, extract } from '../src/index.js';

const dir = new URL('../fixtures/articles/', import.meta.url).pathname;
const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));

describe('JSON Schema of the output', () => {
  const validate = new (Ajv2020 as unknown as typeof Ajv2020.default)({ strict: true, allErrors: true }).compile(documentSchema);

  it.each(files.map((f) => [path.relative(dir, f), f]))('%s validates', (_, file) => {
    const doc = extract({ id: file, text: readFileSync(file, 'utf8') });
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a document that breaks the contract', () => {
    const doc = extract({ id: 'x', text: readFileSync(files[0], 'utf8') });
    expect(validate({ ...doc, published: '2 Dec 2024' })).toBe(false);
    expect(validate({ ...doc, claims: [{ ...doc.claims[0], kind: 'rumour' }] })).toBe(false);
    expect(validate({ ...doc, extra: 1 })).toBe(false);
  });
});
