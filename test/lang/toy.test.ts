import { describe, expect, it } from 'vitest';
import { detect, extract, LANGUAGES, sentences, serialize, withLanguage } from '../../src/index.js';
import { LANGUAGE_CHOICES, languageCodes, PROFILES } from '../../src/lang/profiles.js';
import { toy, toyProfile } from './toy/index.js';

// Invented text in the toy grammar, with a metadata line and a boilerplate line the toy's cleaning rules know.
const TEXT = [
  'Datum: 2024-03-05',
  '',
  'Dhr. Jansen zei dat de brug in 2025 opengaat. Hij zei dat het plan werkt.',
  'Lees ook: een ander verhaal',
  '',
  'De burgemeester zei dat Amsterdam de kosten draagt.',
].join('\n');

const withToy = { languages: withLanguage(LANGUAGES, toy) };

describe('a language registered as one folder (test/lang/toy)', () => {
  it('runs end to end with --lang: clean, split, extract, resolve, serialize', () => {
    const doc = extract({ id: 't', text: TEXT, lang: 'nl' }, withToy);
    expect(doc.language).toBe('nl');
    expect(doc.published).toBe('2024-03-05');
    expect(doc.claims.map((c) => [c.actor, c.action, c.source, c.date, c.kind])).toEqual([
      ['de brug', 'in 2025 opengaat', 'Dhr. Jansen', '2025', 'reported'],
      ['het plan', 'werkt', 'Dhr. Jansen', null, 'reported'],
      ['Amsterdam', 'de kosten draagt', 'De burgemeester', null, 'reported'],
    ]);
    const yaml = serialize([doc], 'yaml');
    expect(yaml).toContain('language: nl');
    expect(yaml).toContain('actor: de brug');
  });

  it('splits with its own abbreviations and masks its own boilerplate', () => {
    const split = sentences({ id: 't', text: TEXT, lang: 'nl' }, withToy).sentences.map((s) => s.text);
    expect(split).toEqual([
      'Dhr. Jansen zei dat de brug in 2025 opengaat.',
      'Hij zei dat het plan werkt.',
      'De burgemeester zei dat Amsterdam de kosten draagt.',
    ]);
  });

  it('is found by detection (franc knows its code) and reads the language it borrows for', () => {
    expect(detect({ id: 't', text: TEXT }, withToy).language).toBe('nl');
    expect(extract({ id: 't', text: TEXT }, withToy).claims).toHaveLength(3);
    const notes: string[] = [];
    expect(extract({ id: 't', text: TEXT, lang: 'af' }, { ...withToy, note: (m) => notes.push(m) }).claims).toHaveLength(3);
    expect(notes).toEqual(['t: language af, read with the nl rules']);
  });

  it('is unknown without the registration', () => {
    const notes: string[] = [];
    expect(extract({ id: 't', text: TEXT, lang: 'nl' }, { note: (m) => notes.push(m) }).claims).toEqual([]);
    expect(notes).toEqual(['t: language nl is not supported, no claims extracted']);
  });

  it('gives the CLI its --lang choices through the profiles', () => {
    expect(LANGUAGE_CHOICES).toEqual(['auto', 'en', 'id', 'ms']);
    expect(languageCodes([...PROFILES, toyProfile])).toEqual(['en', 'id', 'nl', 'ms', 'af']);
  });
});
