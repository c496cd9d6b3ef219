// Words of a claim for comparison: tokens, number words and negations (every language's, from its ComparisonRules),
// and numbers normalised so that "1,500" (en) and "1.500" (id) are the same number. How words are written (a
// negation on its verb, a possessive, a reduplicated plural) is each language's data too (ComparisonRules.wordForms).

import { alternation } from '../lang/patterns.js';
import { PROFILES } from '../lang/profiles.js';
import type { ComparisonRules } from '../lang/types.js';
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

/** Words of a text, read with every registered language's rules (a claim's language is not needed to compare it). */
export const words = wordReader(PROFILES.map((p) => p.comparison));

/**
 * A tokenizer that reads the word forms, number words and scales of the given languages. `words` reads all of them;
 * a reader of fewer languages shows what each language's data adds.
 */
export function wordReader(comparisons: readonly ComparisonRules[]): (text: string) => Word[] {
  const numberWords = new Map(comparisons.flatMap((c) => [...c.numberWords]));
  const scales = new Map(comparisons.flatMap((c) => [...c.numberScales]));
  const forms = comparisons.flatMap((c) => (c.wordForms ? [c.wordForms] : []));
  const possessives = [...new Set(forms.flatMap((f) => f.possessives ?? []))];
  const reduplication = forms.some((f) => f.reduplication);
  const clitics = forms.flatMap((f) => (f.negativeClitic ? [f.negativeClitic] : []))
    .map((c) => ({ re: new RegExp(`^(\\p{L}+?)(?:${alternation([c.suffix])})$`, 'u'), stems: c.stems }));
  return (text) => {
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
      if (reduplication && text.charCodeAt(end) === 0x2d && text.slice(end + 1, end + 1 + raw.length).toLowerCase() === raw.toLowerCase()
        && !/[\p{L}]/u.test(text.charAt(end + 1 + raw.length))) re.lastIndex = end + 1 + raw.length;
      if (!raw.endsWith('.')) {
        for (const p of possessives) if (raw.toLowerCase().endsWith(p)) raw = raw.slice(0, -p.length);
      }
      const lower = raw.toLowerCase();
      const capitalised = /^\p{Lu}/u.test(raw);
      const clitic = clitics.map((c) => ({ m: c.re.exec(lower), stems: c.stems })).find((c) => c.m);
      if (clitic?.m) {
        const verb = clitic.m[1];
        out.push({ lower: clitic.stems.get(verb) ?? verb, raw, number: null, capitalised });
        out.push({ lower: 'not', raw: 'not', number: null, capitalised: false });
        continue;
      }
      const prev = out[out.length - 1];
      const scale = scales.get(lower);
      if (scale && prev?.number && /^[1-9]$/.test(prev.number) && numberWords.has(prev.lower)) {
        // "lima belas" 15, "dua puluh" 20, "tiga ratus" 300: one number.
        prev.number = String(scale === 'teen' ? 10 + Number(prev.number) : Number(prev.number) * scale);
        prev.lower = `${prev.lower} ${lower}`;
        continue;
      }
      out.push({ lower, raw, number: numberWords.get(lower) ?? null, capitalised });
    }
    return out;
  };
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
