// Stage 3: which language an article is written in.
//
// English and Indonesian/Malay are told apart by their frequent words (a long text is mostly such words;
// a two-word input often has one), with franc's trigram models as a fallback for words the lists lack.
// Text that is neither goes to franc over all its languages. Indonesian and Malay, which franc cannot
// separate, are told apart by the words and spellings that differ between the two standards (malay.ts).
import { francAll } from 'franc';
import { toIso6391 } from './detect/iso.js';
import { varietyEvidence } from './detect/malay.js';
import { latinShare, spreadSample, wordsOf } from './detect/text.js';
import { EN_COMMON, EN_FUNCTION } from './detect/words-en.js';
import { IDMS_COMMON } from './detect/words-idms.js';
import { wordShape } from './detect/shape.js';
import { INDONESIAN_WORDS, MALAY_WORDS } from './detect/malay.js';
import type { Detection } from './types.js';

/** Characters looked at: enough to be sure, bounded so that detection stays cheap on huge inputs. */
const SAMPLE_CHARS = 20_000;
const SAMPLE_PARTS = 8;
/** franc reads at most 2048 characters; spread them over the text too. */
const FRANC_CHARS = 2_000;

/**
 * Typical share of running text made of listed words, for English (EN_FUNCTION) and Indonesian/Malay (all
 * the family lists): a text reaching about half of that share is mostly in that language.
 */
const EXPECTED_SHARE = { en: 0.45, idms: 0.4 };
/** Below this fraction of the expected share, the text is not English or Indonesian/Malay. */
const MIN_PURITY = 0.4;
/** Fewer words than this is a short input: every word counts, and content words too. */
const SHORT_WORDS = 6;

/**
 * Latin-script languages franc may pick for text with few English or Indonesian words: widely written ones.
 * franc's rarer languages (Scots, Romani, Waray …) win too often on English headlines and name lists.
 */
const LATIN_CANDIDATES = `eng ind zlm jav sun min spa por fra deu ita nld pol ces slk hun ron hrv bos srp slv tur vie
  tgl ceb swh som hau yor ibo zul xho afr dan swe nob fin est lav lit cat glg eus als azj uzn tuk lin kin plt
  mos ful`.split(/\s+/);

const UND: Detection = { language: 'und', confidence: 0 };

export function detectLanguage(text: string): Detection {
  const sample = spreadSample(text, SAMPLE_CHARS, SAMPLE_PARTS);
  const words = wordsOf(sample);
  if (words.length === 0) return UND;
  if (latinShare(sample) < 0.5) return byFranc(sample, words.length);

  const { en, idms } = familyScores(words);
  const short = words.length < SHORT_WORDS;
  let enScore = en / (words.length * EXPECTED_SHARE.en);
  let idScore = idms / (words.length * EXPECTED_SHARE.idms);
  if (short && enScore === idScore) {
    // No word tells: fall back on letter trigrams, which franc has for both languages.
    const [eng, ind] = trigramScores(sample);
    enScore += eng;
    idScore += ind;
  }
  const purity = Math.max(enScore, idScore);
  const lengthFactor = 1 - Math.exp(-words.length / 6);
  if (!short && purity < MIN_PURITY) {
    // Few listed words: headlines, lists of names, or another language. Letter trigrams decide, and the
    // word lists only keep English and Indonesian apart.
    const guess = byFranc(sample, words.length, LATIN_CANDIDATES);
    if (guess.language === 'en' || guess.language === 'id' || guess.language === 'ms') {
      if (enScore === idScore) return { language: guess.language === 'en' ? 'en' : 'id', confidence: round(guess.confidence * 0.5) };
    } else return guess;
  }
  if (enScore === idScore) return UND;

  const clarity = Math.abs(enScore - idScore) / (enScore + idScore);
  const base = lengthFactor * (0.5 + 0.5 * clarity) * (0.5 + 0.5 * Math.min(1, purity));
  if (enScore > idScore) return { language: 'en', confidence: round(base) };
  return variety(words, base);
}

/** Counts of English words and of Indonesian/Malay words (short inputs also count frequent content words). */
function familyScores(words: readonly string[]): { en: number; idms: number } {
  const short = words.length < SHORT_WORDS;
  let en = 0;
  let idms = 0;
  for (const w of words) {
    const isEn = EN_FUNCTION.has(w) || EN_COMMON.has(w);
    const isIdms = IDMS_COMMON.has(w) || MALAY_WORDS.has(w) || INDONESIAN_WORDS.has(w);
    if (EN_FUNCTION.has(w)) en++;
    else if (isEn) en += short ? 1 : 0.5;
    if (isIdms) idms++;
    if (isEn || isIdms) continue;
    const shape = wordShape(w);
    if (shape === 'en') en += 0.5;
    else if (shape === 'idms') idms += 0.5;
  }
  return { en, idms };
}

/** franc's closeness of the text to English and to Indonesian, as a small tie-breaking score. */
function trigramScores(sample: string): [eng: number, ind: number] {
  const ranked = francAll(sample, { minLength: 1, only: ['eng', 'ind'] });
  const score = (code: string) => ranked.find(([c]) => c === code)?.[1] ?? 0;
  return [score('eng') * 0.1, score('ind') * 0.1];
}

/** Indonesian or Malay, from the words and spellings that differ between the two standards. */
function variety(words: readonly string[], base: number): Detection {
  const { malay, indonesian } = varietyEvidence(words);
  const clarity = Math.abs(malay - indonesian) / (malay + indonesian + 1);
  const confidence = round(base * (0.7 + 0.3 * clarity));
  if (malay >= 1 && malay > 1.5 * indonesian) return { language: 'ms', confidence };
  return { language: 'id', confidence };
}

/** Any language, by franc over all the languages it knows. */
function byFranc(sample: string, wordCount: number, only?: string[]): Detection {
  const ranked = francAll(spreadSample(sample, FRANC_CHARS, 4), { minLength: 1, only });
  const [top, second] = ranked;
  if (!top || top[0] === 'und') return UND;
  const lengthFactor = 1 - Math.exp(-wordCount / 10);
  const gap = second ? Math.min(1, (top[1] - second[1]) * 10) : 1;
  return { language: toIso6391(top[0]), confidence: round(lengthFactor * (0.3 + 0.5 * gap)) };
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}
