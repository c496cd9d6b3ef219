// Library entry: the same pipeline the CLI runs.
export { extract, sentences, detect } from './pipeline.js';
export type { Options } from './pipeline.js';
export { decode } from './decode.js';
export { serialize, serializer, FORMATS } from './serialize.js';
export type { Format } from './serialize.js';
export { documentSchema } from './schema.js';
export { SUPPORTED, LANGUAGES, withLanguage } from './lang/index.js';
export type { Languages } from './lang/index.js';
export type * from './lang/types.js';
export { diffDocuments, diffArticles, parseLexicon, parseClaimFile, ClaimFileError } from './diff/index.js';
export { loadLexicon } from './cli/lexicon.js';
export { track } from './track/index.js';
export type { Tracked, TrackResult, TrackGroup, TrackMember, Disagreement, TrackOptions } from './track/index.js';
export type { DiffResult, MatchedPair, Lexicon } from './diff/index.js';
export type * from './types.js';
