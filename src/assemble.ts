// Stage 7a: the output document of CLAIMS.md §2: stable claim ids and spans in code points.
import { createHash } from 'node:crypto';
import type { ResolvedClaim } from './resolve.js';
import type { Claim, ClaimsDocument, Language, Sentence } from './types.js';

export function assemble(
  meta: { id: string; language: Language; published: string | null; title: string | null },
  text: string,
  sentences: readonly Sentence[],
  resolved: readonly ResolvedClaim[],
): ClaimsDocument {
  const toCp = codePointCounter(text);
  const seen = new Map<string, number>();
  const claims: Claim[] = resolved.map((c) => {
    const s = sentences[c.sentence];
    const base = claimId(c);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      id: n === 1 ? base : `${base}-${n}`,
      actor: c.actor,
      action: c.action,
      date: c.date,
      source: c.source,
      kind: c.kind,
      sentence: c.sentence,
      span: [toCp(s.start), toCp(s.end)],
      text: s.text,
    };
  });
  return { id: meta.id, language: meta.language, published: meta.published, title: meta.title, claims };
}

/** Same claim text, same id: a hash of what the claim says, not of where or when it was extracted. */
export function claimId(c: { actor: string; action: string; source: string | null; kind: string }): string {
  const norm = (s: string | null) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update([c.kind, norm(c.actor), norm(c.action), norm(c.source)].join('\u0000')).digest('hex').slice(0, 8);
}

/** UTF-16 offset → code point offset, for offsets into one text. */
export function codePointCounter(text: string): (offset: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (o) => o;
  const prefix = new Int32Array(text.length + 1);
  for (let i = 0, cp = 0; i <= text.length; i++) {
    prefix[i] = cp;
    const c = text.charCodeAt(i);
    const pairStart = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (!pairStart) cp++;
  }
  return (o) => prefix[o];
}
