// First English extractor: subject / verb phrase split with compromise. To be grown (issue 4).
import nlp from 'compromise';
import type { ClaimDraft, Sentence } from '../../types.js';
import type { DocumentContext } from '../types.js';

export function extract(sentences: readonly Sentence[], _doc: DocumentContext): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  sentences.forEach((s, i) => {
    if (/\?\s*$/.test(s.text)) return;
    const doc = nlp(s.text);
    const verb = doc.verbs().first();
    if (!verb.found) return;
    const vtext: string = verb.text();
    const at = s.text.indexOf(vtext);
    if (at <= 0) return;
    const actor = s.text.slice(0, at).replace(/[\s,]+$/, '').trim();
    const action = s.text.slice(at).replace(/[.!?"”\s]+$/, '').trim();
    if (!actor || !action) return;
    out.push({ actor, action, source: null, kind: 'statement', sentence: i, clause: [at, s.text.length] });
  });
  return out;
}
