// Regex pieces built from word lists (the lists live as data in each language's folder).

/** A regex alternation of words (longest first, so that no word stops at a shorter one's end). */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** A clause break in running text: a comma, semicolon or colon ("Budi, …", "katanya: …"). Not global, so stateless. */
export const CLAUSE_COMMA = /[,;:]/;
