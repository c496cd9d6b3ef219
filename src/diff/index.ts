// `claims diff`: compare the claims of two articles, in one language or across English and Indonesian.
import { extract } from '../pipeline.js';
import type { Article } from '../types.js';
import type { Lexicon } from './lexicon.js';
import { diffDocuments, type DiffOptions, type DiffResult } from './match.js';

export { parseLexicon, EMPTY_LEXICON, type Lexicon } from './lexicon.js';
export { diffDocuments, differs, DEFAULT_THRESHOLD, type DiffResult, type MatchedPair, type Field, type DiffOptions } from './match.js';
export { parseClaimFile, ClaimFileError } from './claimfile.js';
export { renderHuman, renderHtml, summary, PLAIN, type Paint, type DiffWithTexts } from './render.js';

/** Extract both articles and diff their claims (the benchmark hook: two articles in, one diff out). */
export function diffArticles(a: Article, b: Article, lexicon: Lexicon, options: DiffOptions = {}): DiffResult {
  return diffDocuments(extract(a), extract(b), lexicon, options);
}
