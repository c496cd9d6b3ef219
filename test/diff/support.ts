// Shared by the diff tests: the shipped lexicon and hand-made claims documents.
import { readFileSync } from 'node:fs';
import { parseLexicon } from '../../src/diff/lexicon.js';
import type { Claim, ClaimsDocument } from '../../src/types.js';

export const lexicon = parseLexicon(readFileSync(new URL('../../data/lexicon-en-id.tsv', import.meta.url), 'utf8'));

export function doc(id: string, language: string, claims: Partial<Claim>[]): ClaimsDocument {
  return {
    id,
    language,
    published: null,
    title: null,
    claims: claims.map((c, i) => ({
      id: `c${i}`,
      actor: '',
      action: '',
      date: null,
      source: null,
      kind: 'statement',
      sentence: i,
      span: [0, 0],
      text: `${c.actor ?? ''} ${c.action ?? ''}`,
      ...c,
    })),
  };
}
