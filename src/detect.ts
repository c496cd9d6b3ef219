// Stage 3: which language an article is written in.
//
// The two languages with word lists (DetectionData in src/lang/<code>/detection.ts: English and Indonesian/Malay)
// are told apart by their frequent words (a long text is mostly such words; a two-word input often has one), with
// their spellings and letter trigrams as a fallback for words the lists lack. Text that is neither goes to franc
// over all its languages, which is how a registered language without word lists is found (by its ISO code).
// Varieties that franc cannot separate (Indonesian and Malay) are told apart by the language's own data.
//
// Limit: the word-list stage is written for two languages (scores, clarity and spelling odds are pairwise); a third
// language's lists are not read until it is rewritten for more.
import { francAll } from 'franc';
import { toIso6391 } from './detect/iso.js';
import { withoutBoilerplate } from './detect/boilerplate.js';
import { lowerWord, nameLikeTokens, scriptShares, spreadSample, tokensOf } from './detect/text.js';
import { spellingOdds, type SpellingOdds } from './detect/char-model.js';
import { shapesOf, wordShape } from './detect/shape.js';
import { PROFILES } from './lang/profiles.js';
import type { DetectionData, LanguageProfile } from './lang/types.js';
import type { Detection } from './types.js';

/** Characters looked at: enough to be sure, bounded so that detection stays cheap on huge inputs. */
const SAMPLE_CHARS = 20_000;
const SAMPLE_PARTS = 16;
/** franc reads at most 2048 characters; spread them over the text too. */
const FRANC_CHARS = 2_000;

/** Below this fraction of the expected share, the text is not English or Indonesian/Malay. */
const MIN_PURITY = 0.4;
/** Fewer words than this is a short input: every word counts, and content words too. */
const SHORT_WORDS = 6;
/**
 * In a short input, a listed content word (English 'finance', Indonesian 'konsep') weighs less than a function
 * or very frequent word ('dengan', 'the'): content words travel between languages, function words do not.
 */
const SHORT_CONTENT = 0.8;
/** Spelling evidence needed to guess the language of a short input none of whose words is listed. */
const UNKNOWN_MARGIN = 0.05;

/**
 * Latin-script languages franc may pick for text with few words of the listed languages (whose own franc codes
 * join these): widely written ones. franc's rarer languages (Scots, Romani, Waray …) win too often on English
 * headlines and name lists.
 */
const LATIN_CANDIDATES = `jav sun min spa por fra deu ita nld pol ces slk hun ron hrv bos srp slv tur vie
  tgl ceb swh som hau yor ibo zul xho afr dan swe nob fin est lav lit cat glg eus als azj uzn tuk lin kin plt
  mos ful`.split(/\s+/);

/** Share of Latin letters with diacritics above which a text is neither English nor Indonesian/Malay. */
const FOREIGN_DIACRITICS = 0.08;

/** franc's score (top = 1) from which a language counts as nearly as close as franc's pick. */
const NEAR_TOP = 0.9;

/** Unlisted words whose evidence a pair remembers at most (a bound for huge runs; a news corpus repeats its words). */
const REMEMBERED_WORDS = 50_000;

const UND: Detection = { language: 'und', confidence: 0 };

/** The two languages the word lists tell apart, with what detect needs of them. */
interface Pair {
  profiles: readonly [LanguageProfile, LanguageProfile];
  data: readonly [DetectionData, DetectionData];
  /** The evidence of a word no list knows, by its shape or spelling: for the first language above 0, the second below. */
  unlisted: (word: string) => number;
  /** franc's codes of the two, and the franc candidates for text with few listed words. */
  franc: readonly string[];
  candidates: string[];
}

function pairOf(profiles: readonly LanguageProfile[]): Pair | null {
  const listed = profiles.filter((p) => p.detection);
  if (listed.length < 2) return null;
  const [a, b] = listed;
  const data = [a.detection!, b.detection!] as const;
  const franc = [...data[0].franc, ...data[1].franc];
  // The spelling model is trained at its first use, not when `claims --help` loads this module.
  let odds: SpellingOdds | null = null;
  const lazyOdds = (word: string) => (odds ??= spellingOdds(data[0], data[1]))(word);
  const shapes = shapesOf(data);
  // Every article asks again about most of its unlisted words (names, loanwords): each word's evidence is worked
  // out once (its shapes' regexes, its trigram odds), a bounded number of words at a time.
  const known = new Map<string, number>();
  const unlisted = (word: string) => {
    let evidence = known.get(word);
    if (evidence === undefined) {
      const shape = wordShape(word, shapes);
      evidence = shape ? (shape.language === 0 ? shape.weight : -shape.weight) : Math.tanh(lazyOdds(word));
      if (known.size >= REMEMBERED_WORDS) known.clear();
      known.set(word, evidence);
    }
    return evidence;
  };
  return { profiles: [a, b], data, unlisted, franc, candidates: [...franc, ...LATIN_CANDIDATES] };
}

const BUILT_IN = pairOf(PROFILES);

/** Whether `profiles` list the same two languages with word lists as the built-in ones (whose spelling model is kept). */
function builtIn(profiles: readonly LanguageProfile[]): boolean {
  if (profiles === PROFILES) return true;
  const listed = profiles.filter((p) => p.detection);
  return BUILT_IN != null && listed.length >= 2 && listed[0].detection === BUILT_IN.data[0] && listed[1].detection === BUILT_IN.data[1]
    && listed[0].code === BUILT_IN.profiles[0].code && listed[1].code === BUILT_IN.profiles[1].code;
}

/** The language of `text`, among those franc knows, the word lists of `profiles` (the built-in ones) deciding first. */
export function detectLanguage(text: string, profiles: readonly LanguageProfile[] = PROFILES): Detection {
  const sample = withoutBoilerplate(spreadSample(text, SAMPLE_CHARS, SAMPLE_PARTS));
  const tokens = tokensOf(sample);
  if (tokens.length === 0) return UND;
  const words = tokens.map(lowerWord);
  const capitalised = tokens.map((t, i) => t !== words[i]);
  const script = scriptShares(sample);
  if (script.latin < 0.5) return byFranc(sample, words.length);
  const pair = builtIn(profiles) ? BUILT_IN : pairOf(profiles);
  if (!pair) return byFranc(sample, words.length);
  // Letters with diacritics on every few words (Vietnamese, and more than French or Spanish have): not English or
  // Indonesian, however close franc finds them.
  if (script.diacritic > FOREIGN_DIACRITICS) return notListed(francRanked(sample, pair.candidates), pair, words.length);

  const [A, B] = pair.data;
  const readsA = (code: string) => code === pair.profiles[0].code || pair.profiles[0].alsoReads.includes(code);
  const readsB = (code: string) => code === pair.profiles[1].code || pair.profiles[1].alsoReads.includes(code);
  const { a, b, listedA, listedB } = familyScores(words, capitalised, pair);
  const short = words.length < SHORT_WORDS;
  // Purity: how much of the text is listed words of either language, against the usual share.
  const purity = Math.max(listedA / A.expectedShare, listedB / B.expectedShare) / words.length;
  const lengthFactor = 1 - Math.exp(-words.length / 6);
  if (!short && purity < MIN_PURITY) {
    // Few listed words: headlines, lists of names, or another language. Letter trigrams decide, and the
    // word lists only keep the two apart.
    const ranked = francRanked(sample, pair.candidates);
    const scoreOf = (codes: readonly string[]) => Math.max(...codes.map((code) => ranked.find(([c]) => c === code)?.[1] ?? 0));
    const leaning = a > b ? scoreOf(A.franc) : a < b ? scoreOf(B.franc) : 0;
    // The words lean to one of the two and franc finds that language nearly as close as its pick.
    if (leaning < NEAR_TOP) {
      const guess = fromRanked(ranked, words.length);
      if (!readsA(guess.language) && !readsB(guess.language)) return guess;
      if (a === b) return { language: readsA(guess.language) ? pair.profiles[0].code : pair.profiles[1].code, confidence: round(guess.confidence * 0.5) };
    }
  }
  // A short input of unknown words only, whose spelling does not lean either way, is not guessed.
  if (a === b || (short && listedA + listedB === 0 && Math.abs(a - b) < UNKNOWN_MARGIN)) return UND;

  const clarity = Math.abs(a - b) / (a + b);
  const base = lengthFactor * (0.5 + 0.5 * clarity) * (0.5 + 0.5 * Math.min(1, purity));
  const [winner, data] = a > b ? [pair.profiles[0], A] : [pair.profiles[1], B];
  const neighbour = data.neighbour?.(words);
  if (neighbour) return { language: neighbour.language, confidence: round(lengthFactor * Math.min(1, 0.4 + neighbour.share)) };
  if (!data.variety) return { language: winner.code, confidence: round(base) };
  // Varieties franc cannot separate (Indonesian, Malay), from the words and spellings that differ between them.
  const variety = data.variety(words, nameLikeTokens(sample));
  return { language: variety.language, confidence: round(base * (0.7 + 0.3 * variety.clarity)) };
}

/**
 * Evidence for each of the two languages: listed words count fully (for purity too); other words by
 * their shape, less so when capitalised (names say little about the language around them).
 */
function familyScores(words: readonly string[], original: readonly boolean[], pair: Pair): Scores {
  const [A, B] = pair.data;
  const short = words.length < SHORT_WORDS;
  const scores: Scores = { a: 0, b: 0, listedA: 0, listedB: 0 };
  words.forEach((w, i) => {
    const isA = A.function.has(w) || A.common.has(w);
    const isB = B.function.has(w) || B.common.has(w);
    if (A.function.has(w)) scores.listedA++;
    else if (isA) scores.listedA += short ? 1 : 0.5;
    if (B.function.has(w)) scores.listedB++;
    else if (isB) scores.listedB += short ? 1 : 0.5;
    if (isA || isB) return;
    // The longer lists of content words count as evidence, not towards purity: their words are shared with
    // related languages (Javanese pasar, French situation) more than function words are.
    const moreA = A.more.has(w);
    const moreB = B.more.has(w);
    if (moreA || moreB) {
      if (moreA) scores.a += short ? SHORT_CONTENT : 0.5;
      if (moreB) scores.b += short ? SHORT_CONTENT : 0.5;
      return;
    }
    const weight = original[i] ? 0.25 : 0.5;
    const evidence = pair.unlisted(w);
    if (evidence > 0) scores.a += weight * evidence;
    else scores.b -= weight * evidence;
  });
  scores.a += scores.listedA;
  scores.b += scores.listedB;
  return scores;
}

interface Scores {
  a: number;
  b: number;
  listedA: number;
  listedB: number;
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

/** franc's pick among the languages other than the two with word lists. */
function notListed(ranked: [string, number][], pair: Pair, wordCount: number): Detection {
  return fromRanked(ranked.filter(([code]) => !pair.franc.includes(code)), wordCount);
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}
