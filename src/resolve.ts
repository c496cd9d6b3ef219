// Stage 6: resolve references (pronouns, descriptions, short names) and claim dates.
import type { DocumentContext, LanguageModule, DateMention } from './lang/types.js';
import type { ClaimDraft, Range, Sentence } from './types.js';

export interface ResolvedClaim extends ClaimDraft {
  date: string | null;
}

export function resolve(drafts: readonly ClaimDraft[], sentences: readonly Sentence[], rules: LanguageModule, doc: DocumentContext): ResolvedClaim[] {
  const claims = rules.resolveReferences(drafts, sentences, doc);
  const datesOf = memo((i: number) => rules.findDates(sentences[i].text, doc.published));
  return claims.map((c) => ({ ...c, date: c.date !== undefined ? c.date : claimDate(c, datesOf(c.sentence)) }));
}

/** The date of the claim's own clause, else of its attribution cue; a date elsewhere in the sentence is not its date. */
function claimDate(claim: ClaimDraft, dates: DateMention[]): string | null {
  const within = (r: Range | undefined) => (r ? dates.find((d) => d.value && d.start >= r[0] && d.end <= r[1]) : undefined);
  const found = claim.clause || claim.cue ? (within(claim.clause) ?? within(claim.cue)) : dates.find((d) => d.value);
  return found?.value ?? null;
}

function memo<T>(f: (i: number) => T): (i: number) => T {
  const cache = new Map<number, T>();
  return (i) => {
    if (!cache.has(i)) cache.set(i, f(i));
    return cache.get(i) as T;
  };
}
