// Words of a claim for comparison: tokens, number words and negations (every language's, from its ComparisonRules),
// and numbers normalised so that "1,500" (en) and "1.500" (id) are the same number.

import { PROFILES } from '../lang/profiles.js';
import type { Lexicon } from './lexicon.js';

export interface Word {
  /** Lower-cased surface form, possessive and reduplication removed. */
  lower: string;
  /** As written (for acronyms such as "AS" vs "as"). */
  raw: string;
  number: string | null;
  capitalised: boolean;
}

// Linear: every repetition needs a separator, so no two ways to split the same text.
const TOKEN = /(?:\p{Lu}\.){2,}|\p{N}+(?:[.,:]\p{N}+)*%?|[\p{L}\p{M}]+(?:['’][\p{L}]+)*/gu;

export function words(text: string): Word[] {
  const out: Word[] = [];
  const re = new RegExp(TOKEN.source, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    // One apostrophe: "I’ve" and "I've", "L’Oreal" and "L'Oreal" are the same word in another typeface.
    let raw = m[0].replace(/’/g, "'");
    if (/^\p{N}/u.test(raw)) {
      out.push({ lower: raw.toLowerCase(), raw, number: normaliseNumber(raw.replace(/%$/, '')), capitalised: false });
      if (raw.endsWith('%')) out.push({ lower: 'percent', raw: '%', number: null, capitalised: false });
      continue;
    }
    const end = m.index + raw.length;
    // Indonesian reduplication "negara-negara" is one word.
    if (text.charCodeAt(end) === 0x2d && text.slice(end + 1, end + 1 + raw.length).toLowerCase() === raw.toLowerCase()
      && !/[\p{L}]/u.test(text.charAt(end + 1 + raw.length))) re.lastIndex = end + 1 + raw.length;
    if (!raw.endsWith('.')) raw = raw.replace(/['’]s$/i, '').replace(/['’]$/, '');
    const lower = raw.toLowerCase();
    const capitalised = /^\p{Lu}/u.test(raw);
    // "isn't", "don’t": the verb and a negation, which carries meaning (tidak, bukan).
    const neg = /^(\p{L}+?)n['’]t$/u.exec(lower);
    if (neg) {
      out.push({ lower: neg[1] === 'ca' ? 'can' : neg[1] === 'wo' ? 'will' : neg[1], raw, number: null, capitalised });
      out.push({ lower: 'not', raw: 'not', number: null, capitalised: false });
      continue;
    }
    const prev = out[out.length - 1];
    const scale = SCALES.get(lower);
    if (scale && prev?.number && /^[1-9]$/.test(prev.number) && NUMBER_WORDS.has(prev.lower)) {
      // "lima belas" 15, "dua puluh" 20, "tiga ratus" 300: one number.
      prev.number = String(scale === 'teen' ? 10 + Number(prev.number) : Number(prev.number) * scale);
      prev.lower = `${prev.lower} ${lower}`;
      continue;
    }
    out.push({ lower, raw, number: NUMBER_WORDS.get(lower) ?? null, capitalised });
  }
  return out;
}

/** "1,500" / "1.500" → "1500"; "2.5" / "2,5" → "2.5"; "10:30" stays. */
export function normaliseNumber(s: string): string {
  if (s.includes(':')) return s;
  const groups = s.split(/[.,]/);
  if (groups.length > 1 && groups.slice(1).every((g) => g.length === 3)) return groups.join('').replace(/^0+(?=\d)/, '');
  if (groups.length === 2) return `${groups[0]}.${groups[1]}`.replace(/^0+(?=\d)/, '');
  return s.replace(/[.,]/g, '').replace(/^0+(?=\d)/, '');
}

/** Every language's number words, scale words, negations and date words: read in any text, whatever its language. */
const COMPARISONS = PROFILES.map((p) => p.comparison);
const NUMBER_WORDS = new Map(COMPARISONS.flatMap((c) => [...c.numberWords]));
const SCALES = new Map(COMPARISONS.flatMap((c) => [...c.numberScales]));
const NEGATIONS = new Set(COMPARISONS.flatMap((c) => [...c.negations]));
const NEGATING_PHRASES = new Set(COMPARISONS.flatMap((c) => [...c.negatingPhrases]));
const NOT_NEGATING_NEXT = new Set(COMPARISONS.flatMap((c) => [...c.notNegatingNext]));
const NUMBER_SIGNS = new Set(COMPARISONS.flatMap((c) => [...c.numberSigns]));

/** The pivot language's rules (English): the language concepts and the lexicon's first column are written in. */
const PIVOT = COMPARISONS.find((c) => c.concepts.kind === 'pivot');
if (!PIVOT || PIVOT.concepts.kind !== 'pivot') throw new Error('no language profile is the comparison pivot');
export const PIVOT_STOP = PIVOT.stopWords;
export const pivotStem = PIVOT.concepts.stem;

/**
 * How many negations a text holds: "has not yet paid" 1, "did not only pay" 0. "No" before a number is an
 * abbreviation of number ("UU No 12 Tahun 2011"), not a negation. With a lexicon, an Indonesian phrase that opens
 * with a negation but translates to a word without one is that word ("tidak asing": familiar, "tidak mungkin":
 * unlikely), as "unlikely" is no negation in English.
 */
export function negations(text: string, lexicon?: Lexicon): number {
  const ws = words(text);
  let n = 0;
  ws.forEach((w, i) => {
    const next = ws[i + 1];
    // "has yet to pay" is "belum membayar": not yet.
    if (next && NEGATING_PHRASES.has(`${w.lower} ${next.lower}`)) { n++; return; }
    if (!NEGATIONS.has(w.lower)) return;
    if (next && NOT_NEGATING_NEXT.has(next.lower)) return;
    if (NUMBER_SIGNS.has(w.lower) && next?.number) return;
    if (lexicon && lexicalised(ws, i, lexicon)) return;
    n++;
  });
  return n;
}

function lexicalised(ws: Word[], i: number, lexicon: Lexicon): boolean {
  if (!lexicon.phraseStarts.has(ws[i].lower)) return false;
  for (let n = Math.min(lexicon.maxPhrase, ws.length - i); n >= 2; n--) {
    const en = lexicon.idToEn.get(ws.slice(i, i + n).map((w) => w.lower).join(' '));
    if (en) return en.every((t) => !t.split(' ').some((x) => NEGATIONS.has(x)));
  }
  return false;
}

/** Month, weekday and relative date words of every language, which belong to the `date` field, not the action. */
export const DATE_WORDS: ReadonlySet<string> = new Set(COMPARISONS.flatMap((c) => [...c.dateWords]));
