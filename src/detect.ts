// Stage 3: which language an article is written in.
//
// English and Indonesian/Malay are told apart by their frequent words (a long text is mostly such words;
// a two-word input often has one), with franc's trigram models as a fallback for words the lists lack.
// Text that is neither goes to franc over all its languages. Indonesian and Malay, which franc cannot
// separate, are told apart by the words and spellings that differ between the two standards (malay.ts).
import { francAll } from 'franc';
import { toIso6391 } from './detect/iso.js';
import { ALSO_ENGLISH, INDONESIAN_WORDS, MALAY_WORDS, varietyEvidence } from './detect/malay.js';
import { withoutBoilerplate } from './detect/boilerplate.js';
import { latinShare, lowerWord, nameLikeTokens, spreadSample, tokensOf } from './detect/text.js';
import { englishLogOdds } from './detect/char-model.js';
import { EN_COMMON, EN_FUNCTION, EN_MORE } from './detect/words-en.js';
import { IDMS_COMMON, IDMS_MORE } from './detect/words-idms.js';
import { diacriticShare, neighbourLanguage } from './detect/neighbours.js';
import { wordShape } from './detect/shape.js';
import type { Detection } from './types.js';

/** Characters looked at: enough to be sure, bounded so that detection stays cheap on huge inputs. */
const SAMPLE_CHARS = 20_000;
const SAMPLE_PARTS = 16;
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
 * In a short input, a listed content word (English 'finance', Indonesian 'konsep') weighs less than a function
 * or very frequent word ('dengan', 'the'): content words travel between languages, function words do not.
 */
const SHORT_CONTENT = 0.8;
/** How much more an affixed Indonesian/Malay word (dipastikan) counts than an English-looking one (output). */
const AFFIXED_WEIGHT = 1.5;
/** Spelling evidence needed to guess the language of a short input none of whose words is listed. */
const UNKNOWN_MARGIN = 0.05;

/**
 * Latin-script languages franc may pick for text with few English or Indonesian words: widely written ones.
 * franc's rarer languages (Scots, Romani, Waray …) win too often on English headlines and name lists.
 */
const LATIN_CANDIDATES = `eng ind zlm jav sun min spa por fra deu ita nld pol ces slk hun ron hrv bos srp slv tur vie
  tgl ceb swh som hau yor ibo zul xho afr dan swe nob fin est lav lit cat glg eus als azj uzn tuk lin kin plt
  mos ful`.split(/\s+/);

/** Share of Latin letters with diacritics above which a text is neither English nor Indonesian/Malay. */
const FOREIGN_DIACRITICS = 0.08;

/** franc's score (top = 1) from which a language counts as nearly as close as franc's pick. */
const NEAR_TOP = 0.9;

const UND: Detection = { language: 'und', confidence: 0 };

export function detectLanguage(text: string): Detection {
  const sample = withoutBoilerplate(spreadSample(text, SAMPLE_CHARS, SAMPLE_PARTS));
  const tokens = tokensOf(sample);
  if (tokens.length === 0) return UND;
  const words = tokens.map(lowerWord);
  const capitalised = tokens.map((t, i) => t !== words[i]);
  if (latinShare(sample) < 0.5) return byFranc(sample, words.length);
  // Letters with diacritics on every few words (Vietnamese, and more than French or Spanish have): not English or
  // Indonesian, however close franc finds them.
  if (diacriticShare(sample) > FOREIGN_DIACRITICS) return notEnglishOrIndonesian(francRanked(sample, LATIN_CANDIDATES), words.length);

  const { en, idms, listedEn, listedIdms } = familyScores(words, capitalised);
  const short = words.length < SHORT_WORDS;
  // Purity: how much of the text is listed English or Indonesian/Malay words, against the usual share.
  const purity = Math.max(listedEn / EXPECTED_SHARE.en, listedIdms / EXPECTED_SHARE.idms) / words.length;
  const lengthFactor = 1 - Math.exp(-words.length / 6);
  if (!short && purity < MIN_PURITY) {
    // Few listed words: headlines, lists of names, or another language. Letter trigrams decide, and the
    // word lists only keep English and Indonesian apart.
    const ranked = francRanked(sample, LATIN_CANDIDATES);
    const scoreOf = (code: string) => ranked.find(([c]) => c === code)?.[1] ?? 0;
    const leaning = en > idms ? scoreOf('eng') : en < idms ? Math.max(scoreOf('ind'), scoreOf('zlm')) : 0;
    // The words lean to English or Indonesian and franc finds that language nearly as close as its pick.
    if (leaning < NEAR_TOP) {
      const guess = fromRanked(ranked, words.length);
      if (guess.language !== 'en' && guess.language !== 'id' && guess.language !== 'ms') return guess;
      if (en === idms) return { language: guess.language === 'en' ? 'en' : 'id', confidence: round(guess.confidence * 0.5) };
    }
  }
  // A short input of unknown words only, whose spelling does not lean either way, is not guessed.
  if (en === idms || (short && listedEn + listedIdms === 0 && Math.abs(en - idms) < UNKNOWN_MARGIN)) return UND;

  const clarity = Math.abs(en - idms) / (en + idms);
  const base = lengthFactor * (0.5 + 0.5 * clarity) * (0.5 + 0.5 * Math.min(1, purity));
  if (en > idms) return { language: 'en', confidence: round(base) };
  const neighbour = neighbourLanguage(words);
  if (neighbour) return { language: neighbour.language, confidence: round(lengthFactor * Math.min(1, 0.4 + neighbour.share)) };
  return variety(words, nameLikeTokens(sample), base);
}

/**
 * Evidence for English and for Indonesian/Malay: listed words count fully (for purity too); other words by
 * their shape, less so when capitalised (names say little about the language around them).
 */
function familyScores(words: readonly string[], original: readonly boolean[]): Scores {
  const short = words.length < SHORT_WORDS;
  const scores: Scores = { en: 0, idms: 0, listedEn: 0, listedIdms: 0 };
  words.forEach((w, i) => {
    const isEn = EN_FUNCTION.has(w) || EN_COMMON.has(w);
    const isIdms = IDMS_COMMON.has(w) || ((MALAY_WORDS.has(w) || INDONESIAN_WORDS.has(w)) && !ALSO_ENGLISH.has(w));
    if (EN_FUNCTION.has(w)) scores.listedEn++;
    else if (isEn) scores.listedEn += short ? 1 : 0.5;
    if (isIdms) scores.listedIdms++;
    if (isEn || isIdms) return;
    // The longer lists of content words count as evidence, not towards purity: their words are shared with
    // related languages (Javanese pasar, French situation) more than function words are.
    const moreEn = EN_MORE.has(w);
    const moreIdms = IDMS_MORE.has(w);
    if (moreEn || moreIdms) {
      if (moreEn) scores.en += short ? SHORT_CONTENT : 0.5;
      if (moreIdms) scores.idms += short ? SHORT_CONTENT : 0.5;
      return;
    }
    const weight = original[i] ? 0.25 : 0.5;
    const shape = wordShape(w);
    if (shape === 'en') scores.en += weight;
    else if (shape === 'idms') scores.idms += weight;
    else if (shape === 'affixed') scores.idms += weight * AFFIXED_WEIGHT;
    else {
      const odds = Math.tanh(englishLogOdds(w));
      if (odds > 0) scores.en += weight * odds;
      else scores.idms -= weight * odds;
    }
  });
  scores.en += scores.listedEn;
  scores.idms += scores.listedIdms;
  return scores;
}

interface Scores {
  en: number;
  idms: number;
  listedEn: number;
  listedIdms: number;
}

/** Indonesian or Malay, from the words and spellings that differ between the two standards. */
function variety(words: readonly string[], nameLike: readonly boolean[], base: number): Detection {
  const { malay, indonesian } = varietyEvidence(words, nameLike);
  const clarity = Math.abs(malay - indonesian) / (malay + indonesian + 1);
  const confidence = round(base * (0.7 + 0.3 * clarity));
  if (malay >= 1 && malay > 1.5 * indonesian) return { language: 'ms', confidence };
  return { language: 'id', confidence };
}

/** franc's languages, closest first (scores in [0, 1], the first 1). */
function francRanked(sample: string, only?: string[]): [string, number][] {
  return francAll(spreadSample(sample, FRANC_CHARS, 4), { minLength: 1, only });
}

/** Any language, by franc over all the languages it knows. */
function byFranc(sample: string, wordCount: number): Detection {
  return fromRanked(francRanked(sample), wordCount);
}

function fromRanked(ranked: [string, number][], wordCount: number): Detection {
  const [top, second] = ranked;
  if (!top || top[0] === 'und') return UND;
  const lengthFactor = 1 - Math.exp(-wordCount / 10);
  const gap = second ? Math.min(1, (top[1] - second[1]) * 10) : 1;
  return { language: toIso6391(top[0]), confidence: round(lengthFactor * (0.3 + 0.5 * gap)) };
}

/** franc's pick among the languages other than English and Indonesian/Malay. */
function notEnglishOrIndonesian(ranked: [string, number][], wordCount: number): Detection {
  return fromRanked(ranked.filter(([code]) => code !== 'eng' && code !== 'ind' && code !== 'zlm'), wordCount);
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}
