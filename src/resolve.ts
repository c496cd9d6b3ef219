// Stage 6: resolve references (pronouns, descriptions, short names) and claim dates.
import type { DocumentContext, LanguageModule, DateMention } from './lang/types.js';
import type { ClaimDraft, Range, Sentence } from './types.js';
import type { ClauseDateMention } from './dates.js';

export interface ResolvedClaim extends ClaimDraft {
  date: string | null;
}

export function resolve(
  drafts: readonly ClaimDraft[], sentences: readonly Sentence[], rules: LanguageModule, doc: DocumentContext, analysis?: unknown,
): ResolvedClaim[] {
  const claims = rules.resolveReferences(drafts, sentences, doc, analysis);
  const datesOf = memo((i: number) => rules.findDates(sentences[i].text, doc.published));
  // The last quotation read and the date of its saying, for the sentences that carry it on without a cue of their own.
  let quoted: { source: string | null; sentence: number; said: string | null } | null = null;
  return claims.map((c) => {
    if (c.date !== undefined) return { ...c, date: c.date };
    const elsewhere = c.cueSentence !== undefined && c.cueSentence !== c.sentence;
    const cueIn = elsewhere ? { dates: datesOf(c.cueSentence!), text: sentences[c.cueSentence!].text } : undefined;
    const dates = datesOf(c.sentence);
    const text = sentences[c.sentence].text;
    let date = claimDate(c, dates, text, cueIn);
    if (c.kind !== 'quote') {
      quoted = null;
      return { ...c, date };
    }
    const said = sayingDate(c, dates, text, cueIn);
    // "“Kami sudah siap,” kata Budi, Minggu (1/11/2015). “Semua berjalan lancar.”": the quotation goes on after its cue, and its
    // next sentence was said then too.
    const goesOn = !c.cue && quoted && quoted.source === c.source && [0, 1].includes(c.sentence - quoted.sentence);
    if (date === null) date = (c.cue ? null : said) ?? (goesOn ? quoted!.said : null);
    quoted = { source: c.source, sentence: c.sentence, said: said ?? (goesOn ? quoted!.said : null) };
    return { ...c, date };
  });
}

/**
 * When a quotation was said: the date of its cue, or, when the extractor gave none, a date standing right before the
 * quotation's opening mark ("Budi mengatakan, Minggu (1/11/2015), “Kami sudah siap.”").
 */
function sayingDate(
  claim: ClaimDraft, dates: readonly ClauseDateMention[], sentence: string, cueIn?: { dates: readonly DateMention[]; text: string },
): string | null {
  if (claim.cue) return cueDate(cueIn?.dates ?? dates, cueIn?.text ?? sentence, claim.cue)?.value ?? null;
  const opens = claim.clause ? sentence.slice(0, claim.clause[0]).search(/["“„«][^"“”„«»]*$/) : -1;
  if (opens < 0) return null;
  return dates.find((d) => d.value && d.end <= opens && /^[\s,:)]*$/.test(sentence.slice(d.end, opens)))?.value ?? null;
}

/**
 * The date of the claim's own clause (of its action, when the action can be found in it); else a date standing
 * just before it ("Roth on Thursday agreed"); else the date a relative "when" ties the clause to ("the pandemic of
 * 2009-2010, when 348 children died"); else the date of its attribution cue; else a date opening the
 * sentence ("In 2011, …", "Last month, …"), which frames the whole sentence. A date elsewhere in the sentence (another clause's) is not the claim's date, nor
 * is one inside a subordinate or relative clause that the claim's clause merely contains
 * ("signed up … after being sacked in July", "…, which opened in 2004").
 */
export function claimDate(
  claim: ClaimDraft,
  dates: readonly ClauseDateMention[],
  sentence: string,
  cueIn?: { dates: readonly DateMention[]; text: string },
): string | null {
  const clause = claim.clause;
  const dated = dates.filter((d) => d.value && (!clause || ownedBy(d, clause)));
  if (!clause && !claim.cue) return dated[0]?.value ?? null;
  // A semicolon closes the claim's clause even when the extractor ran on past it: in "In 1976, the racecourse was no longer used;
  // in 1990, a fire destroyed the grandstands" 1990 is the fire's.
  const within = (r: Range | undefined) => {
    if (!r) return undefined;
    const semi = sentence.slice(r[0], r[1]).indexOf(';');
    const end = semi > 0 ? r[0] + semi : r[1];
    return dated.find((d) => d.start >= r[0] && d.end <= end);
  };
  // With the action located, its words and what stands right before them are the clause's own; the rest of
  // the clause is the subject ("the 1953 team") or a coordinated predicate the extractor did not split off.
  const action = predicate(claim, sentence);
  const head = action ?? clause;
  // A date right before the located action, with no comma between, is its verb's, before one deep in the action that may be its
  // object's: "The Senate on Friday approved a bill that the House passed in June" is of Friday. Not across a comma: in "…
  // returned on Friday, having already seized 600 documents on Thursday" Friday is the main verb's.
  const found =
    (action && justBefore(dated, sentence, action[0], clause?.[0] ?? 0, true)) ??
    (action ? within(action) : within(clause)) ??
    (head && justBefore(dated, sentence, head[0], clause?.[0] ?? 0)) ??
    (clause && frontedBefore(dated, sentence, clause, actorRange(claim, sentence))) ??
    (clause && dates.find((d) => d.value && d.when === clause[0])) ??
    (claim.cue && cueDate(cueIn?.dates ?? dated, cueIn?.text ?? sentence, claim.cue)) ??
    (head && opening(dated, sentence, head[0], actorRange(claim, sentence)));
  return found?.value ?? null;
}

/**
 * The date of the attribution cue: one inside it, or one right after it, which the cue's verb takes before its
 * clause ("the company said yesterday it had sold its stake", "Davis told CNN on Thursday." before the quote).
 */
function cueDate(dates: readonly DateMention[], text: string, cue: Range): DateMention | undefined {
  // "Officials said Tuesday's vote was fair": that date is the vote's.
  const touches = (d: DateMention) => /^[\s,]*$/.test(text.slice(cue[1], d.start)) && !/^['’]s\b/.test(text.slice(d.end));
  return dates.find((d) => d.value && d.start >= cue[0] && (d.end <= cue[1] || touches(d)));
}

/** Where the claim's action lies in the sentence, within its clause; undefined when the extractor reworded it. */
function predicate(claim: ClaimDraft, sentence: string): Range | undefined {
  if (!claim.clause || !claim.action) return undefined;
  const at = sentence.indexOf(claim.action, claim.clause[0]);
  return at >= 0 && at + claim.action.length <= claim.clause[1] ? [at, at + claim.action.length] : undefined;
}

/** Where the claim's actor lies in the sentence, within its clause; undefined when the resolver renamed it. */
function actorRange(claim: ClaimDraft, sentence: string): Range | undefined {
  const at = claim.actor ? sentence.indexOf(claim.actor, claim.clause?.[0] ?? 0) : -1;
  return at >= 0 ? [at, at + claim.actor.length] : undefined;
}

/**
 * A date phrase that opens the claim's clause right before its actor, without a comma: "…, in 2011 another lost a
 * satellite, and in 2012 a third failed", "…, on June 3 he returned home". Only a preposition stands before it.
 */
function frontedBefore(dates: readonly DateMention[], sentence: string, clause: Range, actor: Range | undefined): DateMention | undefined {
  if (!actor) return undefined;
  return dates.find((d) => d.value && d.start >= clause[0] && d.end <= actor[0] && /^\s*$/.test(sentence.slice(d.end, actor[0]))
    && /^[\s,]*(?:and\s+|but\s+)?(?:in|on|by|during)\s+$/i.test(sentence.slice(clause[0], d.start)));
}

/** Whether a date is the clause's own: not in an embedded clause, or the clause is that embedded clause. */
function ownedBy(d: ClauseDateMention, clause: Range): boolean {
  const e = d.embedded;
  return !e || (clause[0] >= e[0] - 1 && clause[1] <= e[1] + 1);
}

/**
 * A date standing right before the action ("Roth on Thursday agreed"), unless a relative clause of the subject
 * holds it: in "the climber who crossed the glacier in 1961 has died" 1961 is the crossing's, not the death's.
 */
function justBefore(
  dates: readonly ClauseDateMention[], sentence: string, at: number, clauseStart: number, adjacent = false,
): DateMention | undefined {
  const gap = adjacent ? /^\s*$/ : /^[\s,]*$/;
  return dates.find((d) => d.end <= at && gap.test(sentence.slice(d.end, at)) && !(d.relative !== undefined && d.relative >= clauseStart));
}

/**
 * A date within the first three words of the sentence, before the clause: "In early 2011, …", "Dan pada tahun 2007, …";
 * or the date that closes a phrase framing the sentence before the clause ("In composite trading on the Big Board
 * yesterday, Acme shares fell", "Speaking to the BBC in 1995, Lowe said: …"; see ClauseDateMention.frames).
 */
function opening(dates: readonly ClauseDateMention[], sentence: string, clauseStart: number, actor?: Range): DateMention | undefined {
  const frame = dates.filter((d) => d.frames !== undefined && d.frames <= clauseStart).pop();
  if (frame) return frame;
  const d = dates[0];
  // A date in the claim's own actor ("The 2019 Winter Universiade will be hosted by …") needs no framing lead.
  const inActor = actor !== undefined && actor[0] <= d?.start && d.end <= actor[1];
  if (!d || d.end > clauseStart || (d.leads === false && !inActor)) return undefined;
  const lead = sentence.slice(0, d.start);
  // "This year's vaccine …": the date qualifies the subject, it does not frame the sentence.
  if (/^['’]s\b/.test(sentence.slice(d.end))) return undefined;
  // "The strike began Oct. 1 and ended Tuesday after workers ratified a contract": another date between this one and the
  // clause is nearer to it; this one is the first predicate's, not an opening phrase's.
  // Not the end of a range it opens ("Between 1991 and 1997, she ran a school"), nor a part of one expression ("Over the 4th
  // of July weekend I got sunburned").
  const range = (o: DateMention) => /^\s*(?:(?:[-–]|\p{Ll}{1,7})\s*)?$/u.test(sentence.slice(d.end, o.start)) && o.start - d.end <= 9;
  if (dates.some((o) => o !== d && o.start >= d.end && o.end <= clauseStart && !range(o))) return undefined;
  // "WASHINGTON, March 22 (Reuters) -": a dateline gives the publication date, not the claim's.
  if (/\p{Lu}{2}/u.test(lead) && !/\p{Ll}/u.test(lead)) return undefined;
  // A connective set off by its comma may stand before a date's preposition: "Sebelumnya, pada 2014, …", "Meanwhile, in 1988, …";
  // not before more words ("Namun, banjir tahun 2007 itu …": a subject's). A word may be a prefix: "By mid-1962, …".
  return lead.length <= 30 && /^[\s"“‘'(]*(?:(?:\p{L}+(?:\s+|-))){0,3}$|^[\s"“‘'(]*\p{L}+,\s+(?:\p{L}+(?:\s+|-))?$/u.test(lead) ? d : undefined;
}

function memo<T>(f: (i: number) => T): (i: number) => T {
  const cache = new Map<number, T>();
  return (i) => {
    if (!cache.has(i)) cache.set(i, f(i));
    return cache.get(i) as T;
  };
}
