// Plain data passed between the pipeline stages. Offsets inside the pipeline are UTF-16 code units
// into the decoded text (what JavaScript strings index by); serialize converts them to code points.

export type Language = string; // ISO 639-1: 'en', 'id', 'ms', … or 'und'
export type ClaimKind = 'statement' | 'reported' | 'quote';
export type Range = readonly [start: number, end: number];

/** One article as it enters the pipeline. */
export interface Article {
  id: string;
  text: string;
  /** Publication date given by the caller (`--published`, an NDJSON record); overrides the article. */
  published?: string | null;
  /** Forced language (`--lang`, an NDJSON record); `auto` or undefined means detect. */
  lang?: string | null;
}

/** The cleaned article: metadata read, boilerplate and metadata lines masked out of the body. */
export interface CleanedArticle {
  id: string;
  text: string;
  published: string | null;
  title: string | null;
  /** Ranges of `text` that hold article prose, in order; everything outside is metadata or boilerplate. */
  body: Range[];
}

export interface Detection {
  language: Language;
  confidence: number;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** A claim as an extractor finds it, before references and dates are resolved. */
export interface ClaimDraft {
  actor: string;
  action: string;
  source: string | null;
  kind: ClaimKind;
  /** Index of the sentence in the document. */
  sentence: number;
  /** Where the claim's own clause lies, relative to the sentence text; dates are looked for there first. */
  clause?: Range;
  /** Where the attribution cue lies ("kata X, Rabu (11/4/2018)"), relative to the text of its sentence. */
  cue?: Range;
  /** The sentence holding the cue, when it is not the claim's own (a quotation over several sentences). */
  cueSentence?: number;
  /** A date already resolved by the extractor (ISO, at the text's precision). */
  date?: string | null;
}

export interface Claim {
  id: string;
  actor: string;
  action: string;
  date: string | null;
  source: string | null;
  kind: ClaimKind;
  sentence: number;
  /** Code point offsets of the sentence in the input. */
  span: [number, number];
  text: string;
}

/** What `extract` returns for one article: the shape of CLAIMS.md §2. */
export interface ClaimsDocument {
  id: string;
  language: Language;
  published: string | null;
  title: string | null;
  claims: Claim[];
}

export interface SentencesDocument {
  id: string;
  language: Language;
  sentences: { text: string; span: [number, number] }[];
}

export interface DetectDocument {
  id: string;
  language: Language;
  confidence: number;
}
