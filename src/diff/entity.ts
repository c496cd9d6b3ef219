// Actors and sources compared as entities: case, titles, possessives and determiners do not matter,
// a surname names the same person as the full name, and English/Indonesian forms of a name meet
// through the lexicon (Russia/Rusia, China/Tiongkok, United States/Amerika Serikat/AS).
import { PROFILES } from '../lang/profiles.js';
import { bagOf, comparisonOf, similarity, type Bag, type Lang, type Meanings, type Token } from './meaning.js';

/** Every language's titles: a name keeps its English title in an Indonesian article ("kata CEO Budi"). */
const TITLES = new Set(PROFILES.flatMap((p) => [...p.comparison.titles]));

export interface Entity {
  lang: Lang;
  bag: Bag;
  /** The name with titles dropped (if anything is left). */
  core: Token[];
}

export function entity(text: string | null, lang: Lang, m: Meanings): Entity | null {
  if (text == null || !text.trim()) return null;
  const tokens = m.tokens(text, lang);
  const core = tokens.filter((t) => !TITLES.has(t.lower));
  const kept = core.length ? core : tokens;
  return { lang, bag: bagOf(kept), core: kept };
}

/** How alike two entities are, in [0, 1]; null (no entity) is like null. */
export function entitySimilarity(a: Entity | null, b: Entity | null): number {
  if (!a || !b) return a === b ? 1 : 0;
  if (sameEntity(a, b)) return 1;
  return similarity(a.bag, b.bag);
}

/** Same entity: equal meaning words, or one is the other with first names added (Putin / Vladimir Putin). */
export function sameEntity(a: Entity | null, b: Entity | null): boolean {
  if (!a || !b) return a === b;
  if (!a.core.length || !b.core.length) return a.core.length === b.core.length;
  const [small, large] = a.core.length <= b.core.length ? [a, b] : [b, a];
  const hits = (t: Token, other: Bag) => t.concepts.some((c) => other.exact.has(c));
  if (!small.core.every((t) => hits(t, large.bag))) return false;
  // Every extra word of the longer form must be a name part (capitalised), not a different head noun;
  // in English (descriptionBeforeName) a description before the name is an apposition ("the Trump impersonator John Di Domenico").
  const named = small.core.some((s) => s.capitalised);
  const first = large.core.findIndex((t) => hits(t, small.bag));
  return large.core.every((t, k) => hits(t, small.bag) || (named && (t.capitalised || (comparisonOf(large.lang).descriptionBeforeName && k < first))));
}
