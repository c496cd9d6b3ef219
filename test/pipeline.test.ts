import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detect, extract, sentences } from '../src/index.js';

const en = readFileSync(new URL('../fixtures/articles/en/en-russia-china-ai.txt', import.meta.url), 'utf8');
const id = readFileSync(new URL('../fixtures/articles/id/id-sberbank-deepseek.txt', import.meta.url), 'utf8');

describe('library entry', () => {
  it('extract: the seed articles in their languages, with the English publication date', () => {
    const a = extract({ id: 'en', text: en });
    const b = extract({ id: 'id', text: id });
    expect(a.language).toBe('en');
    expect(a.published).toBe('2024-12-02');
    expect(b.language).toBe('id');
    expect(b.title).toBe('Gara-Gara DeepSeek, Bank Rusia Siap Jalin Kerja Sama dengan China');
    expect(a.claims.length).toBeGreaterThan(5);
    expect(b.claims.length).toBeGreaterThan(5);
  });

  it('extract is deterministic', () => {
    expect(JSON.stringify(extract({ id: 'en', text: en }))).toBe(JSON.stringify(extract({ id: 'en', text: en })));
  });

  it('no claim or sentence holds metadata or boilerplate', () => {
    for (const s of sentences({ id: 'en', text: en }).sentences) expect(s.text).not.toMatch(/date 2024|^ /);
    for (const s of sentences({ id: 'id', text: id }).sentences) expect(s.text).not.toMatch(/Exit mobile version/);
  });

  it('spans are code points and text is exactly that slice of the input', () => {
    const text = '😀 ' + en;
    const cps = [...text];
    for (const c of extract({ id: 'x', text }).claims) expect(cps.slice(c.span[0], c.span[1]).join('')).toBe(c.text);
  });

  it('a forced language is used instead of detection', () => {
    expect(detect({ id: 'x', text: en, lang: 'id' }).language).toBe('id');
    expect(extract({ id: 'x', text: en, lang: 'id' }).language).toBe('id');
  });

  it('a caller-given publication date resolves relative dates', () => {
    const doc = extract({ id: 'x', text: 'The company launched its model in 2023.', published: '2024-01-10' });
    expect(doc.published).toBe('2024-01-10');
  });

  it('an unsupported language gives no claims and a note', () => {
    const notes: string[] = [];
    const doc = extract({ id: 'x', text: en, lang: 'fr' }, { note: (m) => notes.push(m) });
    expect(doc.claims).toEqual([]);
    expect(notes.join()).toMatch(/fr/);
  });

  it('a text that is all boilerplate still gets its language', () => {
    expect(detect({ id: 'x', text: 'Click here to enter application form.' }).language).toBe('en');
    expect(detect({ id: 'x', text: 'Baca juga: Harga beras naik lagi di pasar' }).language).toBe('id');
  });
});
