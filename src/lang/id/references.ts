import type { ClaimDraft, Sentence } from '../../types.js';
import type { DocumentContext } from '../types.js';

export function resolveReferences(claims: readonly ClaimDraft[], _sentences: readonly Sentence[], _doc: DocumentContext): ClaimDraft[] {
  return claims.map((c) => ({ ...c }));
}
