// The per-document parse that extraction and reference resolution share (compromise runs once per sentence): the
// pipeline makes it once (the module's `analyze`) and hands it to both; plain data, no cache.
import type { ClaimDraft, Sentence } from '../../types.js';
import { parsed, type Parsed } from './clauses.js';
import { quoteLayouts, type QuoteLayout } from './quotes.js';
import { tokenizeAll } from './tokens.js';

export interface DocumentParse {
  sentences: Parsed[];
  quotes: QuoteLayout[];
}

export function parseDocument(sentences: readonly Sentence[]): DocumentParse {
  const texts = sentences.map((s) => s.text);
  return { sentences: tokenizeAll(texts).map((toks, i) => parsed(sentences[i].text, toks)), quotes: quoteLayouts(texts) };
}

/** What extraction knew about a draft that reference resolution needs: plain data, carried on the draft. */
export interface DraftNotes {
  /** Offset of the actor in the sentence text, or -1. */
  actorAt: number;
  /** The claim comes from inside a quotation ("I", "we" mean the speaker). */
  quoted: boolean;
  /** Organisation of the speaker, when the cue names it ("X, president of the Y"). */
  speakerOrg: string | null;
}

/**
 * An English draft carries its notes with it, so a copied draft (structuredClone, a JSON round trip, a worker
 * message) resolves exactly as the original: no stage keeps state keyed by the draft object.
 */
export interface EnglishDraft extends ClaimDraft {
  notes?: DraftNotes;
}

/** The notes of a draft; a draft made elsewhere has none. */
export const notesOf = (d: ClaimDraft): DraftNotes | undefined => (d as EnglishDraft).notes;
