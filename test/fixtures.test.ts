// Every article in fixtures/articles against its expected claims in fixtures/expected/<name>.yaml.
// Tolerance (see support/match.ts): wording is compared by content-word overlap, because an extractor may
// rightly keep or drop a modifier; the metadata (language, publication date, title) must be exact. The floors
// below are the project's quality bar on these articles: F1 ≥ 0.75 in English and ≥ 0.60 in Indonesian, and
// at least 70% of the claims found with actor, date and source all right.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { compare, type Expected } from './support/match.js';

const root = new URL('../fixtures/', import.meta.url).pathname;
const FLOOR: Record<string, number> = { en: 0.75, id: 0.6 };
const FIELDS_RIGHT = 0.7;

const cases = readdirSync(path.join(root, 'articles'), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => path.join(e.parentPath, e.name));

describe('fixtures: expected claims', () => {
  it.each(cases.map((f) => [path.basename(f), f]))('%s', (name, file) => {
    const expected = YAML.parse(readFileSync(path.join(root, 'expected', `${name}.yaml`), 'utf8')) as {
      language: string; published?: string | null; title?: string | null; claims: Expected[];
    };
    const doc = extract({ id: file, text: readFileSync(file, 'utf8') });
    expect(doc.language).toBe(expected.language);
    if ('published' in expected) expect(doc.published).toBe(expected.published ?? null);
    if ('title' in expected) expect(doc.title).toBe(expected.title ?? null);
    const cmp = compare(expected.claims, doc.claims);
    const detail = JSON.stringify({ missed: cmp.missed.map((c) => `${c.actor} | ${c.action}`), wrong: cmp.wrong.map((w) => ({ want: [w.expected.actor, w.expected.date, w.expected.source], got: [w.got.actor, w.got.date, w.got.source] })) }, null, 1);
    expect(cmp.f1, detail).toBeGreaterThanOrEqual(FLOOR[expected.language]);
    expect(cmp.fieldsRight, detail).toBeGreaterThanOrEqual(FIELDS_RIGHT);
  });
});
