// compromise costs a quarter of a second to load: only English extraction may load it.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect, extract, sentences } from '../../../src/index.js';
import { compromiseLoaded } from '../../../src/lang/en/compromise.js';

const required = (): boolean => Object.keys(createRequire(import.meta.url).cache).some((f) => /[\\/]compromise[\\/]/.test(f));
const english = 'The mayor said the city would open three new libraries next year. Critics called the plan too costly.';
const indonesian = 'Gubernur mengatakan pemerintah akan membangun tiga perpustakaan baru tahun depan.';

describe('compromise loading', () => {
  it('is not loaded by detection, sentence splitting or Indonesian extraction, and is by English extraction', () => {
    detect({ id: 'a', text: english });
    sentences({ id: 'a', text: english });
    extract({ id: 'b', text: indonesian, lang: 'id' });
    expect(compromiseLoaded()).toBe(false);
    expect(required()).toBe(false);
    expect(extract({ id: 'c', text: english, lang: 'en' }).claims.length).toBeGreaterThan(0);
    expect(compromiseLoaded()).toBe(true);
    expect(required()).toBe(true);
  });

  it('is imported by no module statically', () => {
    const src = path.resolve(import.meta.dirname, '../../../src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const eager = files.filter((f) => /^\s*import\s+(?!type\b)[^;]*from\s+['"]compromise/m.test(readFileSync(path.join(src, f), 'utf8')));
    expect(files.length).toBeGreaterThan(10);
    expect(eager).toEqual([]);
  });
});
