// Recognising Indonesian verbs by their affixes (meN-, ber-, di-, ter-, -kan, -i) and predicate markers.
import { BARE_VERBS, NOT_VERBS, PREDICATE_MARKERS } from './lexicon.js';
import type { Token } from './tokens.js';

const ACTIVE = /^(?:mem|men|meng|meny|me|ber|be|per)\p{L}{3,}/u;
const PASSIVE = /^(?:di|ter|ke)\p{L}{3,}(?:kan|i|an|nya)?$/u;

/** A word shaped like a verb: "mengatakan", "berencana", "dipecat", "terletak". */
/** "berhari-hari", "bertahun-tahun", "beratus-ratus": a span or a quantity, said as an adverb, not a verb. */
const SPAN_ADVERB = /^ber(jam|menit|hari|minggu|pekan|bulan|tahun|abad|puluh|ratus|ribu|juta)-\1$/u;

export function isVerbWord(lower: string): boolean {
  if (lower.length < 5 || NOT_VERBS.has(lower) || SPAN_ADVERB.test(lower)) return false;
  const base = lower.endsWith('nya') && lower.length > 7 ? lower.slice(0, -3) : lower;
  if (NOT_VERBS.has(base)) return false;
  if (/^(?:me|ber)/u.test(base) && ACTIVE.test(base)) return true;
  if (/^(?:di|ter)/u.test(base)) return PASSIVE.test(base);
  return false;
}

/** Whether a token can open a predicate. `titleCase` accepts capitalised words (headlines). */
export function opensPredicate(t: Token, titleCase = false): boolean {
  if (!titleCase && /^\p{Lu}/u.test(t.core)) return false;
  return PREDICATE_MARKERS.has(t.lower) || BARE_VERBS.has(t.lower) || isVerbWord(t.lower);
}
