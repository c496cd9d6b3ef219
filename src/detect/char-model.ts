// Letter-trigram log-odds of one language against another for words no list knows, trained on the languages' own
// word lists (DetectionData.spelling: about a thousand words of each), so it learns spelling, not topics.
import type { DetectionData } from '../lang/types.js';

interface Model {
  counts: Map<string, number>;
  total: number;
}

function trigrams(word: string): string[] {
  const padded = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

function train(words: Iterable<string>): Model {
  const counts = new Map<string, number>();
  let total = 0;
  for (const w of words) {
    if (!/^[a-z]+$/.test(w)) continue;
    for (const t of trigrams(w)) {
      counts.set(t, (counts.get(t) ?? 0) + 1);
      total++;
    }
  }
  return { counts, total };
}

/** Average per-trigram log-odds that a lower-case word is `a`'s rather than `b`'s. */
export type SpellingOdds = (word: string) => number;

/** The spelling model of `a` against `b`, trained now (a few milliseconds). */
export function spellingOdds(a: DetectionData, b: DetectionData): SpellingOdds {
  const baseA = train(a.spelling.words);
  const baseB = train(b.spelling.words);
  // A candidate joins only if the listed words already find it more this language's than the other's.
  const withCandidates = (d: DetectionData, base: Model, sign: number) =>
    d.spelling.candidates ? train([...d.spelling.words, ...d.spelling.candidates.filter((w) => sign * logOdds(w, baseA, baseB) > 0)]) : base;
  const modelA = withCandidates(a, baseA, 1);
  const modelB = withCandidates(b, baseB, -1);
  // Detection asks about the unlisted words of every article, whose trigrams come back: each trigram's log-odds is
  // the same number computed once (mostly trigrams of a–z; bounded for text in many alphabets).
  const gramOdds = new Map<string, number>();
  return (word) => {
    if (gramOdds.size > 100_000) gramOdds.clear();
    return logOdds(word, modelA, modelB, gramOdds);
  };
}

const VOCABULARY = 27 * 28 * 28;

function logOdds(word: string, a: Model, b: Model, known?: Map<string, number>): number {
  const grams = trigrams(word);
  let sum = 0;
  for (const t of grams) {
    let odds = known?.get(t);
    if (odds === undefined) {
      const pA = ((a.counts.get(t) ?? 0) + 0.5) / (a.total + 0.5 * VOCABULARY);
      const pB = ((b.counts.get(t) ?? 0) + 0.5) / (b.total + 0.5 * VOCABULARY);
      odds = Math.log(pA / pB);
      known?.set(t, odds);
    }
    sum += odds;
  }
  return grams.length === 0 ? 0 : sum / grams.length;
}
