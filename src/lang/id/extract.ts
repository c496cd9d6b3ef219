// First Indonesian extractor: the subject is what precedes the first predicate word. To be grown (issue 5).
import type { ClaimDraft, Sentence } from '../../types.js';
import type { DocumentContext } from '../types.js';

const PREDICATE = /\s((?:me|ber|di|ter)\p{L}{3,}|telah|akan|sudah|sedang|adalah|merupakan|dapat|bisa)\b/u;

export function extract(sentences: readonly Sentence[], _doc: DocumentContext): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  sentences.forEach((s, i) => {
    if (/\?\s*$/.test(s.text)) return;
    const m = PREDICATE.exec(s.text);
    if (!m || m.index === 0) return;
    const actor = s.text.slice(0, m.index).replace(/[\s,]+$/, '').trim();
    const action = s.text.slice(m.index).replace(/[.!?"”\s]+$/, '').trim();
    if (!actor || !action) return;
    out.push({ actor, action, source: null, kind: 'statement', sentence: i, clause: [m.index, s.text.length] });
  });
  return out;
}
