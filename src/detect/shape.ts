// Word shapes for words no list knows: the spellings each language's detection data lists (Indonesian/Malay
// affixation, English letter groups), tried across the languages from the highest rank.
import type { DetectionData } from '../lang/types.js';

export interface Shape {
  pattern: RegExp;
  weight: number;
  /** Index of the language in the list the shapes were taken from. */
  language: number;
}

/** The shapes of `languages`, the highest rank first (a word with an Indonesian prefix and suffix is Indonesian first). */
export function shapesOf(languages: readonly DetectionData[]): Shape[] {
  const all = languages.flatMap((d, language) => d.shapes.map((s) => ({ pattern: s.pattern, weight: s.weight, rank: s.rank, language })));
  return all.sort((x, y) => y.rank - x.rank).map(({ pattern, weight, language }) => ({ pattern, weight, language }));
}

/** The first shape a lower-case word has, or null. */
export function wordShape(word: string, shapes: readonly Shape[]): Shape | null {
  return shapes.find((s) => s.pattern.test(word)) ?? null;
}
