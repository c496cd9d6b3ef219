// Recognising Indonesian verbs by their affixes (meN-, ber-, di-, ter-, -kan, -i) and predicate markers.
import { BARE_VERBS, NOT_VERBS, PREDICATE_MARKERS } from './lexicon.js';
import type { Token } from './tokens.js';

const ACTIVE = /^(?:mem|men|meng|meny|me|ber|be|per)\p{L}{3,}/u;
const PASSIVE = /^(?:di|ter|ke)\p{L}{3,}(?:kan|i|an|nya)?$/u;
/**
 * meN- takes the nasal its stem asks for: me- before l, r, w, y, m, n ("melihat", "merasa"); mem- before b, f, p, v or
 * a vowel ("membeli", "memakai"); men- before c, d, j, t, z, s or a vowel ("mencari", "menanam"); meng- and meny- before
 * anything. A word opened otherwise is no meN- verb but a name or a noun: "Meutya mengatakan …", "Megawati menegaskan …",
 * "Menkomdigi menulis …" (me + u, me + g, men + k) begin with their subject.
 */
const MEN_ALLOMORPH = /^(?:me[lrwy]|meng|meny|mem(?:[bfpv]|[aeiou])|men(?:[cdjtzs]|[aeiou]))/u;

/** A word shaped like a verb: "mengatakan", "berencana", "dipecat", "terletak". */
/** "berhari-hari", "bertahun-tahun", "beratus-ratus": a span or a quantity, said as an adverb, not a verb. */
const SPAN_ADVERB = /^ber(jam|menit|hari|minggu|pekan|bulan|tahun|abad|puluh|ratus|ribu|juta)-\1$/u;

export function isVerbWord(lower: string): boolean {
  if (lower.length < 5 || NOT_VERBS.has(lower) || SPAN_ADVERB.test(lower)) return false;
  const base = lower.endsWith('nya') && lower.length > 7 ? lower.slice(0, -3) : lower;
  if (NOT_VERBS.has(base)) return false;
  if (/^me/u.test(base)) return ACTIVE.test(base) && MEN_ALLOMORPH.test(base);
  if (/^ber/u.test(base) && ACTIVE.test(base)) return true;
  if (/^(?:di|ter)/u.test(base)) return PASSIVE.test(base);
  return false;
}

/** Whether a token can open a predicate. `titleCase` accepts capitalised words (headlines). */
export function opensPredicate(t: Token, titleCase = false): boolean {
  if (!titleCase && /^\p{Lu}/u.test(t.core)) return false;
  return PREDICATE_MARKERS.has(t.lower) || BARE_VERBS.has(t.lower) || isVerbWord(t.lower);
}
