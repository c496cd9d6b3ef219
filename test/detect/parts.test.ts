import { describe, expect, it } from 'vitest';
import { spellingOdds } from '../../src/detect/char-model.js';
import { toIso6391 } from '../../src/detect/iso.js';
import { ALSO_ENGLISH, INDONESIAN_PHRASES, INDONESIAN_WORDS, MALAY_PHRASES, MALAY_WORDS, varietyEvidence } from '../../src/lang/id/varieties.js';
import { withoutBoilerplate } from '../../src/detect/boilerplate.js';
import { shapesOf, wordShape as shapeOf } from '../../src/detect/shape.js';
import { englishDetection } from '../../src/lang/en/detection.js';
import { indonesianDetection } from '../../src/lang/id/detection.js';
import { nameLikeTokens, spreadSample, wordsOf } from '../../src/detect/text.js';

const SHAPES = shapesOf([englishDetection, indonesianDetection]);
/** The shape of a word in the terms of the lists' languages: 'en', 'idms', or 'affixed' (Indonesian/Malay, weighing more). */
function wordShape(word: string): 'en' | 'idms' | 'affixed' | null {
  const s = shapeOf(word, SHAPES);
  return s == null ? null : s.language === 0 ? 'en' : s.weight > 1 ? 'affixed' : 'idms';
}
const englishLogOdds = spellingOdds(englishDetection, indonesianDetection);

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
    expect(wordShape('dipertanyakan')).toBe('affixed');
    expect(wordShape('rumahnya')).toBe('affixed');
    expect(wordShape('happiness')).toBe('en');
    expect(wordShape('kota')).toBeNull();
  });
  it('sees the Indonesian/Malay spelling of loanwords and English letter groups', () => {
    for (const w of ['eksternal', 'deklarasi', 'sosiologi', 'liberalisme', 'produktif', 'arsitektur', 'elektronik', 'ngobrol']) {
      expect(wordShape(w)).toBe('idms');
    }
    for (const w of ['graphic', 'outcome', 'prophylactic', 'fighting', 'window', 'relax']) expect(wordShape(w)).toBe('en');
    // meng- before h: the ngh of menghadap is not English gh.
    expect(wordShape('menghadap')).not.toBe('en');
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
    expect(varietyEvidence(wordsOf('pasukan pasukan pasukan')).malay).toBeCloseTo(0.3);
    expect(varietyEvidence(wordsOf('kerana kerana')).malay).toBe(2);
  });
});

describe('variety lists', () => {
  it('never list a word or phrase for both varieties', () => {
    expect([...MALAY_WORDS.keys()].filter((w) => INDONESIAN_WORDS.has(w))).toEqual([]);
    expect([...MALAY_PHRASES.keys()].filter((w) => INDONESIAN_PHRASES.has(w))).toEqual([]);
  });
  it('count amounts, months, days and titles of each variety', () => {
    const ms = (t: string) => varietyEvidence(wordsOf(t), nameLikeTokens(t));
    expect(ms('RM5 bilion').malay).toBe(2);
    expect(ms('pada 3 Ogos, Khamis').malay).toBe(2);
    expect(ms('Rp5 miliar pada 3 Agustus, Kamis').indonesian).toBe(4);
    expect(ms('kata Datin Siti').malay).toBe(1);
    expect(ms('eksport dan import').malay).toBe(1);
    expect(ms('ekspor dan impor').indonesian).toBe(2);
  });
  it('count Indonesian reporting phrases (kata dia) and Malaysian set phrases (tindak balas)', () => {
    expect(varietyEvidence(wordsOf('kata dia')).indonesian).toBe(1);
    expect(varietyEvidence(wordsOf('tindak balas')).malay).toBe(1);
  });
  it('count a weak phrase, such as a place name, once', () => {
    expect(varietyEvidence(wordsOf('Kuala Lumpur, Kuala Lumpur, Kuala Lumpur')).malay).toBeCloseTo(0.5);
  });
  it('count half for a capitalised word inside a sentence, which is likely a name, but not for titles', () => {
    const ev = (t: string) => varietyEvidence(wordsOf(t), nameLikeTokens(t)).malay;
    expect(ev('bertemu Wang Yi')).toBe(0.5);
    expect(ev('wang tunai')).toBe(1);
    expect(ev('Wang tunai')).toBe(1);
    expect(ev('bertemu Datin Siti')).toBe(1);
  });
  it('keep English-spelled markers out of the Indonesian/Malay word evidence', () => {
    expect(ALSO_ENGLISH.has('hospital')).toBe(true);
    expect(MALAY_WORDS.has('hospital')).toBe(true);
  });
});

describe('nameLikeTokens', () => {
  it('marks capitalised words inside a sentence, not at its start, not in capitals', () => {
    expect(nameLikeTokens('Kata Wang. Dia pergi ke RM. "Ya," kata Ali')).toEqual([false, true, false, false, false, false, false, false, true]);
  });
});

describe('withoutBoilerplate', () => {
  it('drops the header of a blog comment, whatever the language of the date', () => {
    expect(withoutBoilerplate('On 8 April 2009 at 15:27 Arema said: Ternyata sudah dibuka.')).toBe('\n Ternyata sudah dibuka.');
    expect(withoutBoilerplate('Ki Truno On 13 Desember 2008 at 00:21 Rontek Mangkunegaran said: absen dulu')).toBe('Ki Truno \n absen dulu');
    expect(withoutBoilerplate('On March 3, 2010 at 9:15 pm Joe Bloggs said: Great post.')).toBe('\n Great post.');
    expect(withoutBoilerplate('On Monday the minister said: no.')).toBe('On Monday the minister said: no.');
  });
});

describe('letter trigrams and loanwords', () => {
  it('learn Indonesian/Malay spelling from native words, not from loanwords spelled the English way', () => {
    // Loanwords among the variety markers (properti, kalendar, trafik) would teach the model English spelling.
    expect(englishLogOdds('relations')).toBeGreaterThan(1);
    expect(englishLogOdds('celebrations')).toBeGreaterThan(0.4);
    expect(englishLogOdds('dilaporkan')).toBeLessThan(-1);
  });
});
