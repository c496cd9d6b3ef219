import { describe, expect, it } from 'vitest';
import { englishLogOdds } from '../../src/detect/char-model.js';
import { toIso6391 } from '../../src/detect/iso.js';
import { varietyEvidence } from '../../src/detect/malay.js';
import { wordShape } from '../../src/detect/shape.js';
import { spreadSample, wordsOf } from '../../src/detect/text.js';

describe('varietyEvidence', () => {
  it('counts Malay and Indonesian words, phrases and spellings', () => {
    expect(varietyEvidence(wordsOf('kerana wang itu')).malay).toBeGreaterThan(1.5);
    expect(varietyEvidence(wordsOf('karena uang itu')).indonesian).toBeGreaterThan(1.5);
    expect(varietyEvidence(wordsOf('pihak berkuasa')).malay).toBeGreaterThan(0);
    expect(varietyEvidence(wordsOf('rumah sakit')).indonesian).toBeGreaterThan(0);
    expect(varietyEvidence(wordsOf('produktiviti televisyen')).malay).toBeGreaterThan(1);
    expect(varietyEvidence(wordsOf('produktivitas')).indonesian).toBe(1);
    expect(varietyEvidence(wordsOf('peneliti')).malay).toBe(0);
  });
});

describe('toIso6391', () => {
  it('maps common ISO 639-3 codes and keeps the others', () => {
    expect(toIso6391('fra')).toBe('fr');
    expect(toIso6391('zlm')).toBe('ms');
    expect(toIso6391('ceb')).toBe('ceb');
  });
});

describe('word shapes and letter trigrams', () => {
  it('sees Indonesian affixes and English spellings', () => {
    expect(wordShape('dipertanyakan')).toBe('idms');
    expect(wordShape('rumahnya')).toBe('idms');
    expect(wordShape('happiness')).toBe('en');
    expect(wordShape('kota')).toBeNull();
  });
  it('leans English for English-looking words and Indonesian for Indonesian-looking ones', () => {
    expect(englishLogOdds('thoughtful')).toBeGreaterThan(0);
    expect(englishLogOdds('mengarah')).toBeLessThan(0);
  });
});

describe('spreadSample', () => {
  it('keeps short text whole and samples long text from start, middle and end', () => {
    expect(spreadSample('abc', 10, 2)).toBe('abc');
    const text = 'a'.repeat(1000) + 'b'.repeat(1000) + 'c'.repeat(1000);
    const s = spreadSample(text, 300, 3);
    expect(s.length).toBeLessThanOrEqual(302);
    expect(s).toContain('a');
    expect(s).toContain('b');
    expect(s).toContain('c');
  });
});

describe('varietyEvidence on repeated words', () => {
  it('counts a word found in both varieties once, a Malay-only word every time', () => {
    expect(varietyEvidence(wordsOf('pasukan pasukan pasukan')).malay).toBeCloseTo(0.4);
    expect(varietyEvidence(wordsOf('kerana kerana')).malay).toBe(2);
  });
});
