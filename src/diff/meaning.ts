// Text → meaning tokens: each content word becomes a set of concept ids shared across languages (the pivot's
// stems, English; another language's words through the lexicon), so "Rusia menyerang" and "Russia attacked" meet.
// Numbers and names carry over unchanged; words the lexicon does not know also get a 5-letter prefix concept, a weak
// match for loanwords (transisi / transition). What each language brings is its ComparisonRules (src/lang/<code>/).
import { PROFILES, profileFor } from '../lang/profiles.js';
import type { ComparisonRules } from '../lang/types.js';
import { isAcronym, type Lexicon } from './lexicon.js';
import { DATE_WORDS, PIVOT_STOP, pivotStem, words, type Word } from './words.js';

/** The code of the language whose comparison rules read a document (`ms` is read as `id`). */
export type Lang = string;

export interface Token {
  concepts: number[];
  /** Prefix concept for words outside the lexicon, or -1. */
  prefix: number;
  weight: number;
  number: string | null;
  capitalised: boolean;
  /** A month, weekday or relative date word. */
  dateWord: boolean;
  /** The word as written, lower case (for titles). */
  lower: string;
}

export interface Bag {
  tokens: Token[];
  exact: Set<number>;
  prefixes: Set<number>;
  total: number;
}

/** The comparison rules of a language code (`comparisonOf(langOf(…))`). */
export function comparisonOf(lang: Lang): ComparisonRules {
  return (profileFor(lang, PROFILES) ?? PROFILES[0]).comparison;
}


/**
 * The language whose rules read a document: its own, or for a language no profile reads a guess from function words
 * (the profile with the most of them in the sample; the first on a tie).
 */
export function langOf(code: string, sample = ''): Lang {
  const own = profileFor(code, PROFILES);
  if (own) return own.code;
  const counts = PROFILES.map(() => 0);
  for (const w of words(sample.slice(0, 20_000))) PROFILES.forEach((p, k) => { if (p.comparison.stopWords.has(w.lower)) counts[k]++; });
  let best = 0;
  counts.forEach((n, k) => { if (n > counts[best]) best = k; });
  return PROFILES[best].code;
}

/** Concept ids for one comparison: both documents share one interner. */
export class Meanings {
  private readonly ids = new Map<string, number>();
  private readonly cache = new Map<string, Token[]>();
  constructor(readonly lexicon: Lexicon) {}

  /** How many concept ids there are so far. */
  get size(): number {
    return this.ids.size;
  }

  id(key: string): number {
    let n = this.ids.get(key);
    if (n === undefined) this.ids.set(key, (n = this.ids.size));
    return n;
  }

  /** Meaning tokens of a text; function words dropped. */
  tokens(text: string, lang: Lang): Token[] {
    const key = lang + '\u0000' + text;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const ws = words(text);
    const out: Token[] = [];
    for (let i = 0; i < ws.length; ) {
      const used = comparisonOf(lang).concepts.kind === 'lexicon' ? this.phraseAt(ws, i, out) : 0;
      if (used) { i += used; continue; }
      this.word(ws[i], lang, out);
      i++;
    }
    this.cache.set(key, out);
    return out;
  }

  bag(text: string, lang: Lang, keep: (t: Token) => boolean = () => true): Bag {
    const tokens = this.tokens(text, lang).filter(keep);
    return bagOf(tokens);
  }

  /** An Indonesian phrase of the lexicon (Amerika Serikat, sebagian besar) at word i: its English words. */
  private phraseAt(ws: Word[], i: number, out: Token[]): number {
    const lex = this.lexicon;
    if (!lex.phraseStarts.has(ws[i].lower)) return 0;
    for (let n = Math.min(lex.maxPhrase, ws.length - i); n >= 2; n--) {
      const p = ws.slice(i, i + n).map((w) => w.lower).join(' ');
      const en = lex.idToEn.get(p);
      if (!en) continue;
      this.english(en, ws[i], out, true);
      return n;
    }
    return 0;
  }

  /**
   * Tokens for English translations, word by word so that they meet English text whatever its phrasing
   * ("Korea Selatan" and "South Korean"). A phrase or acronym gives one token per English word; a single
   * word one token with the words of all its translations. English function words are left out.
   */
  private english(translations: readonly string[], w: Word, out: Token[], spread: boolean): void {
    const lists = translations.map((t) => t.split(' ').filter((x) => !PIVOT_STOP.has(x)).map(pivotStem));
    // A form that can mean a function word ("sebagian besar": most) is one on the English side too.
    if (lists.some((l) => !l.length)) return;
    const weight = w.capitalised ? 1.5 : 1;
    if (!spread) {
      const concepts = [...new Set(lists.flat())].map((x) => this.id('w:' + x));
      if (concepts.length) out.push(this.make(concepts, -1, w, weight));
      return;
    }
    const longest = Math.max(...lists.map((l) => l.length));
    for (let k = 0; k < longest; k++) {
      const concepts = [...new Set(lists.filter((l) => l.length > k).map((l) => l[k]))].map((x) => this.id('w:' + x));
      out.push(this.make(concepts, -1, w, weight));
    }
  }

  private word(w: Word, lang: Lang, out: Token[]): void {
    // A specific number (1,500; 2014; 3.5) is a strong anchor across languages, a small count (two, 3) a weak one.
    if (w.number) { out.push(this.make([this.id('n:' + w.number)], -1, w, /^\d{1,2}$/.test(w.number) ? 1.5 : 3)); return; }
    const lex = this.lexicon;
    const rules = comparisonOf(lang);
    const concepts = rules.concepts;
    if (concepts.kind === 'pivot') {
      const acronym = concepts.acronyms.get(w.raw);
      if (acronym) return this.english([acronym], w, out, true);
      if (rules.stopWords.has(w.lower)) return;
      const stem = concepts.stem(w.lower);
      const known = lex.en.has(w.lower) || lex.en.has(stem);
      const ids = stem === w.lower ? [this.id('w:' + stem)] : [this.id('w:' + stem), this.id('w:' + w.lower)];
      out.push(this.make(ids, known ? -1 : this.prefixOf(w.lower, rules), w, w.capitalised ? 1.5 : 1));
      return;
    }
    if (isAcronym(w.raw)) {
      const en = lex.idToEn.get(w.raw);
      if (en) return this.english(en, w, out, true);
    }
    if (rules.stopWords.has(w.lower)) return;
    const roots = concepts.roots(w.lower);
    for (const r of roots) {
      const en = lex.idToEn.get(r);
      if (en) return this.english(en, w, out, false);
    }
    // Unknown: a name, a loanword or a word outside the lexicon. The surface form (without particles)
    // meets the same name in English; the shortest root meets other forms of the same Indonesian word.
    const surface = roots.length > 1 && roots[1].length + 3 === w.lower.length && concepts.particles.test(w.lower) ? roots[1] : w.lower;
    const ids = [this.id('w:' + surface)];
    const shortest = roots[roots.length - 1];
    if (shortest !== surface) ids.push(this.id('w:' + shortest));
    out.push(this.make(ids, this.prefixOf(surface, rules), w, w.capitalised ? 1.5 : 1));
  }

  private prefixOf(lower: string, rules: ComparisonRules): number {
    const k = cognateKey(lower, rules);
    return k ? this.id('p:' + k) : -1;
  }

  private make(concepts: number[], prefix: number, w: Word, weight: number): Token {
    return { concepts, prefix, weight, number: w.number, capitalised: w.capitalised, dateWord: DATE_WORDS.has(w.lower), lower: w.lower };
  }
}

/**
 * A loanword's spelling key: the pivot's spelling mapped toward the other language's (technology → teknologi, scheme →
 * skema), doubled letters single, then the first five letters (or a shorter word without its final vowel). Only words
 * outside the lexicon get one.
 */
function cognateKey(lower: string, rules: ComparisonRules): string | null {
  if (lower.length < 4 || !/^[a-z]+$/.test(lower)) return null;
  let s = lower;
  if (rules.concepts.kind === 'pivot') s = rules.concepts.cognateSpelling(s);
  s = s.replace(/([a-z])\1/g, '$1');
  if (s.length >= 6) return s.slice(0, 5);
  s = s.replace(/[aeiou]$/, '');
  return s.length >= 4 ? s : null;
}

export function bagOf(tokens: Token[]): Bag {
  const exact = new Set<number>();
  const prefixes = new Set<number>();
  let total = 0;
  for (const t of tokens) {
    for (const c of t.concepts) exact.add(c);
    if (t.prefix >= 0) prefixes.add(t.prefix);
    total += t.weight;
  }
  return { tokens, exact, prefixes, total };
}

/** Weighted share of `a`'s tokens that `b` has (a prefix-only match counts 0.6). */
function coverage(a: Bag, b: Bag): number {
  if (!a.total) return 0;
  let hit = 0;
  for (const t of a.tokens) {
    let m = 0;
    for (const c of t.concepts) if (b.exact.has(c)) { m = 1; break; }
    if (!m && t.prefix >= 0 && b.prefixes.has(t.prefix)) m = 0.6;
    hit += m * t.weight;
  }
  return hit / a.total;
}

/** Harmonic mean of the two coverages: 1 when each side's meaning words are all in the other. */
export function similarity(a: Bag, b: Bag): number {
  const x = coverage(a, b);
  if (!x) return 0;
  const y = coverage(b, a);
  return x + y ? (2 * x * y) / (x + y) : 0;
}

/**
 * `similarity` for many pairs: marks one side's concepts in flat arrays (stamped, never cleared) instead
 * of set look-ups, which is what keeps two long articles' diff fast.
 */
export class Overlap {
  private readonly exact: Int32Array;
  private readonly prefix: Int32Array;
  private stamp = 0;
  constructor(size: number) {
    this.exact = new Int32Array(size);
    this.prefix = new Int32Array(size);
  }

  similarity(a: Bag, b: Bag): number {
    if (!a.total || !b.total) return 0;
    const x = this.cover(a, b);
    if (!x) return 0;
    const y = this.cover(b, a);
    return x + y ? (2 * x * y) / (x + y) : 0;
  }

  private cover(a: Bag, b: Bag): number {
    const s = ++this.stamp;
    const { exact, prefix } = this;
    for (const t of b.tokens) {
      for (let k = 0; k < t.concepts.length; k++) exact[t.concepts[k]] = s;
      if (t.prefix >= 0) prefix[t.prefix] = s;
    }
    let hit = 0;
    for (const t of a.tokens) {
      let m = 0;
      for (let k = 0; k < t.concepts.length; k++) if (exact[t.concepts[k]] === s) { m = 1; break; }
      if (!m && t.prefix >= 0 && prefix[t.prefix] === s) m = 0.6;
      hit += m * t.weight;
    }
    return hit / a.total;
  }
}
