// Claims of invented Indonesian sentences, read as one article: extraction then reference resolution.
import { extract } from '../../src/lang/id/extract.js';
import { resolveReferences } from '../../src/lang/id/references.js';
import type { ClaimDraft, Sentence } from '../../src/types.js';

const doc = { published: null, title: null };

/** The texts as consecutive sentences of one document, one character apart. */
export function sentencesOf(texts: readonly string[]): Sentence[] {
  let at = 0;
  return texts.map((text) => {
    const s = { text, start: at, end: at + text.length };
    at += text.length + 1;
    return s;
  });
}

export function claims(...texts: string[]): ClaimDraft[] {
  const sentences = sentencesOf(texts);
  return resolveReferences(extract(sentences, doc), sentences, doc);
}
