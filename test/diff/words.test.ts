import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../src/diff/lexicon.js';
import { negations, normaliseNumber, wordReader, words } from '../../src/diff/words.js';
import { englishComparison, stemEn } from '../../src/lang/en/comparison.js';
import { indonesianComparison, rootsId } from '../../src/lang/id/comparison.js';
import { cpuMs } from '../support/cpu.js';

describe('words', () => {
  it('drops possessives and reads Indonesian reduplication as one word', () => {
    expect(words("Russia's negara-negara anti-graft").map((w) => w.lower)).toEqual(['russia', 'negara', 'anti', 'graft']);
  });
  it("splits n't into the verb and a negation", () => {
    expect(words("isn't don’t can't").map((w) => w.lower)).toEqual(['is', 'not', 'do', 'not', 'can', 'not']);
  });
  it('reads each spelling rule from the language that declares it, not from the tokenizer', () => {
    const text = "Obama's plan won't help negara-negara";
    const lower = (rules: Parameters<typeof wordReader>[0]) => wordReader(rules)(text).map((w) => w.lower);
    expect(lower([englishComparison])).toEqual(['obama', 'plan', 'will', 'not', 'help', 'negara', 'negara']);
    expect(lower([indonesianComparison])).toEqual(["obama's", 'plan', "won't", 'help', 'negara']);
    expect(lower([{ ...englishComparison, wordForms: undefined }])).toEqual(["obama's", 'plan', "won't", 'help', 'negara', 'negara']);
  });
  it('keeps dotted acronyms whole and normalises numbers across conventions', () => {
    expect(words('U.S. troops').map((w) => w.raw)).toEqual(['U.S.', 'troops']);
    expect(words('1,500 and 1.500 and 2,5 and 12%').map((w) => w.number).filter(Boolean)).toEqual(['1500', '1500', '2.5', '12']);
    expect(normaliseNumber('007')).toBe('7');
    expect(words('lima belas tahun, dua puluh orang, tiga ratus').map((w) => w.number).filter(Boolean)).toEqual(['15', '20', '3']);
    expect(words('fifteen years').map((w) => w.number)).toEqual(['15', null]);
  });
  it('reads a typographic apostrophe as a straight one', () => {
    expect(words('I’ve L’Oreal’s').map((w) => w.lower)).toEqual(words("I've L'Oreal's").map((w) => w.lower));
  });
  it('counts negations, but not "not only", "tidak hanya" or "No" before a number', () => {
    expect(negations('has not yet paid the workers')).toBe(1);
    expect(negations('belum membayar upah')).toBe(1);
    expect(negations('has yet to pay the workers')).toBe(1);
    expect(negations('has paid the workers yet')).toBe(0);
    expect(negations("won't attend and never will")).toBe(2);
    expect(negations('not only paid the workers')).toBe(0);
    expect(negations('tidak hanya membayar upah')).toBe(0);
    expect(negations('menerbitkan Perda No 12 Tahun 2020')).toBe(0);
  });
  it('with a lexicon, an Indonesian phrase that translates to one word without a negation is no negation', () => {
    const lex = parseLexicon('familiar\ttidak asing\nnever\ttidak pernah\n');
    expect(negations('tidak asing bagi warga', lex)).toBe(0);
    expect(negations('tidak pernah datang', lex)).toBe(1);
    expect(negations('tidak datang', lex)).toBe(1);
    expect(negations('tidak asing bagi warga')).toBe(1);
  });
  it('is linear on hostile input', () => {
    // processor time, not wall time: the bound is about the algorithm, not about a busy machine
    expect(cpuMs(() => words('a.'.repeat(100_000) + '1,'.repeat(50_000) + "'".repeat(100_000)))).toBeLessThan(2000);
  });
});

describe('stemEn', () => {
  it('meets inflected forms of one word', () => {
    for (const w of ['launch', 'launches', 'launched', 'launching']) expect(stemEn(w)).toBe(stemEn('launch'));
    expect(stemEn('countries')).toBe(stemEn('country'));
    expect(stemEn('stopped')).toBe(stemEn('stop'));
    expect(stemEn('said')).toBe('say');
  });
  it('leaves short words and -ss words alone', () => {
    expect(stemEn('gas')).toBe('gas');
    expect(stemEn('bus')).toBe('bus');
    expect(stemEn('press')).toBe('press');
  });
});

describe('rootsId', () => {
  it('strips Indonesian affixes with the nasal of meN- restored', () => {
    expect(rootsId('menulis')).toContain('tulis');
    expect(rootsId('memukul')).toContain('pukul');
    expect(rootsId('mengirim')).toContain('kirim');
    expect(rootsId('membeli')).toContain('beli');
    expect(rootsId('diumumkan')).toContain('umumkan');
    expect(rootsId('bekerja')).toContain('kerja');
    expect(rootsId('keputusannya')).toContain('keputusan');
  });
  it('puts the most specific form first', () => {
    const r = rootsId('mengumumkan');
    expect(r[0]).toBe('mengumumkan');
    expect(r.indexOf('umumkan')).toBeLessThan(r.indexOf('umum'));
  });
});
