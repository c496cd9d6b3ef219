// English claims: quotations and their cues, reported speech, then the main clauses of what is said.
import type { ClaimDraft, ClaimKind, Range, Sentence } from '../../types.js';
import type { DocumentContext } from '../types.js';
import { parseDocument, notesOf, type DocumentParse, type EnglishDraft } from './analysis.js';
import { accordingTo, asCue, complementStart, cueAt, runs, speakerLike, trailingCue, type Cue } from './attribution.js';
import {
  leadingClause, mainClauses, parseClause, participleAside, participleClause, trimAsides, trimSubordinate, type Clause, type Parsed,
} from './clauses.js';
import { cleanName, spanText } from './names.js';
import { inRegions, type QuoteLayout } from './quotes.js';
import {
  BE, CLOSING_CUE_VERBS, COMMENT_PARTICIPLES, CONDITION_SUBORDINATORS, COST_VERBS, DOCUMENT_NOUNS, EMBEDDING_WORDS, EVENT_RELATIVES,
  EVENT_SUBORDINATORS, EXPLETIVE_IT, LISTENER_VERBS, NEGATIVE_INVERTERS, QUESTION_FRAMES,
  QUOTED_AS_GERUNDS, QUOTING_VERBS, RELATIVE_PRONOUNS, REPORTING_GERUNDS, SPEAKER_ACTS, SPEAKER_PARTICIPLES, SPEAKER_PRONOUNS, SPOKES,
  SPEECH_VERBS, STATEMENT_NOUNS, SUBJECT_ADVERBS, TITLES,
} from './lexicon.js';
import { has, isFinite, isVerb, type Tok } from './tokens.js';
import { CURLY_CLOSE, CURLY_OPEN, STRAIGHT_DOUBLE } from '../quotes.js';

interface Source {
  name: string;
  org: string | null;
  cue: Range | null;
}

/** Where a clause's claims come from: who says them and how, in which sentence and stretch of it. */
interface DraftContext {
  source: Source | null;
  kind: ClaimKind;
  /** Index of the sentence in the document. */
  sentence: number;
  /** The stretch the claims are drawn from (a quoted claim keeps its whole quotation piece). */
  clause: Range;
  /** The claims come from inside a quotation. */
  quoted: boolean;
}

/** The context of claims drawn from a stretch outside quotation marks: reported under a source, else stated. */
const unquoted = (p: Parsed, stretch: readonly number[], source: Source | null, i: number): DraftContext =>
  ({ source, kind: source ? 'reported' : 'statement', sentence: i, clause: rangeOf(p, stretch), quoted: false });

interface SentenceResult {
  drafts: ClaimDraft[];
  /** A quotation here whose speaker is named elsewhere (later in the quotation, in the next sentence). */
  unattributedQuote: boolean;
  /** The speaker named by this sentence's quotation cue, or by a sentence that is only a cue ("he said."). */
  speaker: Source | null;
  cueOnly: boolean;
}

export function extract(sentences: readonly Sentence[], _doc: DocumentContext, doc: DocumentParse = parseDocument(sentences)): ClaimDraft[] {
  const results = doc.sentences.map((p, i) => sentenceClaims(p, doc.quotes[i], i));
  linkQuotations(results, doc.quotes);
  return results.flatMap((r) => r.drafts);
}

const rangeOf = (p: Parsed, idx: readonly number[]): Range => [p.toks[idx[0]].start, p.toks[idx[idx.length - 1]].end];

function sentenceClaims(p: Parsed, q: QuoteLayout, i: number): SentenceResult {
  const none: SentenceResult = { drafts: [], unattributedQuote: false, speaker: null, cueOnly: false };
  if (!p.toks.length || isQuestion(p.text)) return none;
  const all = p.toks.map((_, k) => k);
  // `"Costs will rise," she said, calling for "a firm hand."`: a quoted phrase run on from the words before it
  // belongs to them when the sentence quotes a statement besides.
  const own = q.regions.filter((r) => !runsOn(p, r[0]));
  const regions = own.length && own.length < q.regions.length && !q.openAtStart ? own : q.regions;
  const quoted = all.filter((k) => inRegions(regions, p.toks[k].start));
  const outside = all.filter((k) => !inRegions(regions, p.toks[k].start));
  if ((quoted.length >= 3 || quoted.length && (q.openAtStart || q.openAtEnd)) && !embeddedQuotes(p, q)) {
    const quoteCue = outside.length ? quotationCue(p, outside) : null;
    if (quoteCue || isQuotation(p, quoted, outside, q) && quoted.length >= outside.length) {
      const r = quotationClaims(p, quoted, quoteCue, i);
      if (quoteCue && r.speaker) r.drafts.push(...addedClaims(p, outside, quoteCue, r.speaker, i));
      return r;
    }
  }
  const cue = cueAt(p, all, 0);
  if (cue && cue.tokens.length === all.length && !speechObject(p, cue)) return { ...none, cueOnly: true, speaker: sourceOf(p, cue) };
  return { ...none, drafts: statementClaims(p, all, i) };
}

/**
 * "Ann Lee declared a state of emergency.", "The firm announced a buyback.": a speech verb with an object of its own
 * tells an act; only "he said.", "Lee said on Tuesday.", "she told reporters." are cues alone.
 */
function speechObject(p: Parsed, cue: Cue): boolean {
  const v = cue.tokens.findIndex((k, n) => n >= cue.speaker.length && isVerb(p.toks[k]));
  const verb = p.toks[cue.tokens[v]];
  // "Microsoft announced on Wednesday a new chat tool": a date between the verb and its object.
  let o = v + 1;
  while (o < cue.tokens.length - 1 && (has(p.toks[cue.tokens[o]], 'Date') || /^(on|last|this)$/.test(p.toks[cue.tokens[o]].lower) && has(p.toks[cue.tokens[o + 1]], 'Date'))) o++;
  const next = p.toks[cue.tokens[o]];
  if (v < 0 || !next || LISTENER_VERBS.has(verb.lower)) return false;
  return (has(next, 'Determiner') || has(next, 'Noun') || has(next, 'Adjective') || has(next, 'Value')) && !has(next, 'Date') && !has(next, 'Pronoun')
    && !has(next, 'Preposition') && !has(next, 'Adverb');
}

/**
 * Quoted words that run on from the sentence's own words without a comma or colon before them are part of
 * its clause: `Smith said the cuts would "reward tax cheats."` is reported speech, not a quotation.
 */
function embeddedQuotes(p: Parsed, q: QuoteLayout): boolean {
  if (q.openAtStart || q.openAtEnd || !q.regions.length) return false;
  return q.regions.every(([s]) => runsOn(p, s));
}

/** A quotation opening at offset s runs on from a word before it, without a comma or colon. */
const runsOn = (p: Parsed, s: number): boolean => /[\p{L}\p{N}]$/u.test(p.text.slice(Math.max(0, s - 8), s).trimEnd());

function isQuestion(text: string): boolean {
  return /\?[\s"“”'’)]*$/.test(text);
}

function isQuotation(p: Parsed, quoted: number[], outside: number[], q: QuoteLayout): boolean {
  if (!quoted.length) return false;
  if (!outside.length) return true;
  if (quoted.length < 3 && !q.openAtStart && !q.openAtEnd) return false;
  return quoted.some((k) => isVerb(p.toks[k]));
}

/** The cue of a quotation: a speech verb outside the quoted words, with its speaker next to it. */
function quotationCue(p: Parsed, outside: number[]): Cue | null {
  for (const run of runs(outside)) {
    for (let a = 0; a < run.length; a++) {
      if (a > 0 && !p.boundary[run[a - 1]]) continue;
      const c = cueAt(p, run, a);
      if (c) return c;
    }
    // `X said: "…"`: the cue is a clause ending in a speech verb.
    const v = run.findIndex((k) => isVerb(p.toks[k]) && p.toks[k].tags.has('PastTense') && CLOSING_CUE_VERBS.has(p.toks[k].lower));
    if (v > 0) return { speaker: run.slice(0, v), tokens: run };
  }
  return null;
}

/**
 * "Ana Ortiz, a spokeswoman for Volta Motors, said the plant would close. "We …," she said.": the body an apposition of
 * the speaker names, which a later quoted "we" of the same speaker means. Only an apposition opened by an article or a
 * title, with no verb ("Ortiz, who spoke at the rally," names no body of hers).
 */
function appositionOrg(p: Parsed, c: Clause): string | null {
  const aside = c.asides?.[0];
  const first = aside ? p.toks[aside[0]] : undefined;
  if (!aside || !first || !(/^(a|an|the)$/.test(first.lower) || TITLES.has(first.lower) || SPOKES.has(first.lower))) return null;
  if (aside.some((k) => isVerb(p.toks[k]) && !has(p.toks[k], 'Noun'))) return null;
  return cleanName(p, [...c.subject, ...aside]).org;
}

function sourceOf(p: Parsed, cue: Cue): Source {
  const { name, org } = cleanName(p, cue.speaker);
  return { name, org, cue: rangeOf(p, cue.tokens) };
}

function quotationClaims(p: Parsed, quoted: number[], cue: Cue | null, i: number): SentenceResult {
  const speaker = cue ? sourceOf(p, cue) : null;
  const drafts: ClaimDraft[] = [];
  for (const [pp, piece] of quotedPieces(p, runs(quoted))) {
    const clauses = mainClauses(pp, piece).filter((c) => !existential(pp, c));
    const ctx: DraftContext = { source: speaker, kind: 'quote', sentence: i, clause: rangeOf(p, piece), quoted: true };
    if (!clauses.length) {
      const action = spanText(pp, piece);
      if (piece.length >= 3 && /\p{L}/u.test(action)) drafts.push(draft(speaker?.name ?? '', action, ctx, -1));
      continue;
    }
    for (const c of clauses) drafts.push(...clauseDrafts(pp, c, ctx));
  }
  return { drafts, unattributedQuote: !speaker, speaker, cueOnly: false };
}

/**
 * The quoted sentences of a quotation, each with the parse to read it in. `"The tariffs," Price said, "will hurt
 * farmers."`: a cue that interrupts a quoted sentence between its subject and its verb leaves two pieces that are
 * one clause; they are read together, in a parse of their own tokens where the comma before the cue is no boundary.
 */
function quotedPieces(p: Parsed, quotedRuns: number[][]): [Parsed, number[]][] {
  const out: [Parsed, number[]][] = [];
  const split = quotedRuns.map((run) => quotedSentences(p, run));
  for (let r = 0; r < split.length; r++) {
    const pieces = split[r];
    const head = pieces[pieces.length - 1];
    const next = split[r + 1] ?? [];
    if (head && next.length && interruptedClause(p, head, next[0])) {
      pieces.slice(0, -1).forEach((piece) => out.push([p, piece]));
      const joined = [...head, ...next[0]];
      const toks = joined.map((k) => p.toks[k]);
      const boundary = joined.map((k, n) => n !== head.length - 1 && p.boundary[k]);
      out.push([{ text: p.text, toks, boundary }, toks.map((_, n) => n)]);
      next.slice(1).forEach((piece) => out.push([p, piece]));
      r++;
      continue;
    }
    // `"In my view," she said, "the plan will fail."`: a verbless phrase the cue cuts off opens the sentence; it states nothing.
    const opener = (piece: number[]): boolean => next.length > 0 && piece === head && /^,\s*["”]/u.test(p.text.slice(p.toks[piece[piece.length - 1]].end))
      && !piece.some((k) => isVerb(p.toks[k]));
    pieces.forEach((piece) => opener(piece) || out.push([p, piece]));
  }
  return out;
}

/** A quoted noun phrase closed by a comma (`"The tariffs,"`), then a quoted stretch that opens with its verb (`"will hurt …"`). */
function interruptedClause(p: Parsed, head: readonly number[], tail: readonly number[]): boolean {
  const last = p.toks[head[head.length - 1]];
  const first = p.toks[tail[0]];
  if (head.length > 8 || !/^,\s*["”]/u.test(p.text.slice(last.end)) || first.text !== first.lower || mainClauses(p, head).length) return false;
  let v = 0;
  while (v < tail.length - 1 && has(p.toks[tail[v]], 'Adverb') && !isVerb(p.toks[tail[v]])) v++;
  return isFinite(p.toks, tail[v]) && !has(p.toks[tail[v]], 'Gerund') && parseClause(p, tail, true) === null;
}

/**
 * `"We will win," he said, adding that the wall would rise.`: what the speaker adds after the cue is reported
 * speech of its own.
 */
function addedClaims(p: Parsed, outside: number[], cue: Cue, speaker: Source, i: number): ClaimDraft[] {
  const last = cue.tokens[cue.tokens.length - 1];
  const k = outside.findIndex((t) => t > last && REPORTING_GERUNDS.has(p.toks[t].lower) && p.boundary[t - 1]);
  // `"…," the analysts said, calling for lower taxes`: the speaker's own act after the cue, in the article's voice.
  const act = outside.findIndex((t) => t > last && p.boundary[t - 1] && SPEAKER_PARTICIPLES.has(p.toks[t].lower));
  if (k < 0 && act >= 0) {
    const stretch = trimAsides(p, outside.slice(act));
    const ctx: DraftContext = { source: null, kind: 'statement', sentence: i, clause: rangeOf(p, stretch), quoted: false };
    return stretch.length > 1 ? [draft(speaker.name, balancedQuotes(spanText(p, stretch)), ctx, -1)] : [];
  }
  if (k < 0) return [];
  const start = p.toks[outside[k + 1]]?.lower === 'that' ? k + 2 : k + 1;
  return statementClaims(p, outside.slice(start), i, speaker);
}

/**
 * The sentences of a quoted stretch, questions left out: `"Costs rose. Do we cut jobs or do we borrow?" she said`
 * quotes one claim; the question asks, it states nothing.
 */
function quotedSentences(p: Parsed, run: number[]): number[][] {
  const out: number[][] = [];
  let from = 0;
  const gapAfter = (k: number): string => p.text.slice(p.toks[run[k]].end, k + 1 < run.length ? p.toks[run[k + 1]].start : p.toks[run[k]].end + 3);
  for (let k = 0; k < run.length; k++) {
    const gap = gapAfter(k);
    const end = k === run.length - 1 || /[.!?]["”’]?\s/.test(gap) && /^\p{Lu}/u.test(p.toks[run[k + 1]].text) && p.toks[run[k]].text.length > 1;
    if (!end) continue;
    // A question quoted inside the quotation ("he was like, 'did you notice?'") belongs to a statement.
    const nested = /(?:^|\s)['‘]\p{L}/u.test(p.text.slice(p.toks[run[from]].start, p.toks[run[k]].end));
    if (!/^[\s"”’)]*\?/.test(gap) || nested) out.push(run.slice(from, k + 1));
    from = k + 1;
  }
  return out;
}

const existential = (p: Parsed, c: Clause): boolean => c.subject.length === 1 && p.toks[c.subject[0]].lower === 'there';

/** "a statement released on Thursday", "a report": a document with an indefinite article and no "by X" or "from X". */
const ownerlessDocument = (name: string): boolean => {
  const words = name.split(/\s+/);
  if (!/^(?:a|an)$/i.test(words[0]) || /\b(?:by|from|of)\b/.test(name)) return false;
  const document = (w: string | undefined): boolean => !!w && (STATEMENT_NOUNS.has(w) || DOCUMENT_NOUNS.has(w));
  return document(words[1]) || /^\p{Ll}+$/u.test(words[1] ?? '') && document(words[2]);
};

/** Claims of a stretch that is not a quotation: attribution cues first, then the clauses. */
function statementClaims(p: Parsed, seq: number[], i: number, source: Source | null = null): ClaimDraft[] {
  if (!seq.length) return [];
  if (!source) {
    const acc = accordingTo(p, seq);
    if (acc) {
      const src = sourceOf(p, acc);
      const cueSet = new Set(acc.tokens);
      // "The plan will work, Smith said, according to the Times": the speaker the outlet quotes is the source.
      const inner = trailingCue(p, seq.filter((k) => !cueSet.has(k)));
      if (inner && inner.tokens[0] < acc.tokens[0] && inner.tokens[inner.tokens.length - 1] < acc.tokens[0]) {
        const both = new Set([...acc.tokens, ...inner.tokens]);
        return statementClaims(p, seq.filter((k) => !both.has(k)), i, sourceOf(p, inner));
      }
      const at = seq.indexOf(acc.tokens[0]);
      if (at === 0) return statementClaims(p, seq.filter((k) => !cueSet.has(k)), i, src);
      // The attributed stretch runs back to the last dash, semicolon or colon before the cue.
      let from = at;
      const coordinated = (k: number): boolean => p.boundary[seq[k - 1]] && /^(and|but|while|whereas)$/.test(p.toks[seq[k]].lower) && parseClause(p, seq.slice(k + 1), true) !== null;
      while (from > 0 && !/[;:—–]|\s-\s|--/.test(p.text.slice(p.toks[seq[from - 1]].end, p.toks[seq[from]].start)) && !coordinated(from)) from--;
      let to = at + acc.tokens.length;
      // "the talks, according to officials, would resume …": a parenthetical cue inside its clause.
      if (at > from && p.boundary[seq[at - 1]] && to < seq.length && p.boundary[seq[to - 1]]) {
        while (to < seq.length && !coordinated(to) && !/[;:—–]|\s-\s|--/.test(p.text.slice(p.toks[seq[to - 1]].end, p.toks[seq[to]].start))) to++;
      } else {
        to = at;
      }
      const attributed = seq.slice(from, to).filter((k) => !cueSet.has(k));
      const next = Math.max(to, at + acc.tokens.length);
      const after = seq.slice(next < seq.length && coordinated(next) ? next + 1 : next);
      // "The agency warned that the river could rise, according to a statement released Thursday": a document nobody is
      // named to own gives way to the speaker of the stretch it covers.
      const own = ownerlessDocument(src.name) ? statementClaims(p, attributed, i) : [];
      const covered = own.some((d) => d.source !== null) ? own : statementClaims(p, attributed, i, src);
      return [...statementClaims(p, seq.slice(0, from), i), ...covered, ...statementClaims(p, after, i)];
    }
    const tc = asCue(p, seq) ?? trailingCue(p, seq);
    if (tc) {
      const cueSet = new Set(tc.tokens);
      return statementClaims(p, seq.filter((k) => !cueSet.has(k)), i, sourceOf(p, tc));
    }
  }
  const out: ClaimDraft[] = [];
  const context = (c: Clause): DraftContext => unquoted(p, c.span, source, i);
  const lead = leadingClause(p, seq);
  for (const c of lead ? mainClauses(p, lead) : []) {
    out.push(...clauseDrafts(p, c, context(c)));
  }
  for (const c of mainClauses(p, seq)) {
    const q = source ? null : quotedAs(p, c.predicates[0]);
    if (q) {
      const pred = c.predicates[0];
      const speaker = sourceOf(p, { speaker: q.speaker, tokens: pred.slice(0, q.clause) });
      out.push(...statementClaims(p, seq.slice(seq.indexOf(pred[q.clause])), i, speaker));
      break;
    }
    if (!source && speakerLike(p, c.subject)) {
      const k = complementStart(p, c.span, c.span.indexOf(c.predicates[0][0]), c.subject);
      if (k >= 0) {
        // "The Times, quoting a senior aide, said …": the one the outlet quotes is the source.
        const quoting = (c.asides ?? []).find((a) => QUOTING_VERBS.has(p.toks[a[0]].lower) && has(p.toks[a[0]], 'Gerund') && a.length > 1);
        // "The agency, which was founded in 1990, said …": the speaker's dated aside is a claim of its own; not a document's
        // ("The study, published on Monday, found …": its publication is the occasion of what it says).
        const document = c.subject.some((k) => DOCUMENT_NOUNS.has(p.toks[k].lower) || STATEMENT_NOUNS.has(p.toks[k].lower));
        if (!relativeSubject(p, c.subject) && !document) for (const a of c.asides ?? []) out.push(...eventAside(p, c.subject, a, null, i));
        const speaker = sourceOf(p, { speaker: quoting ? quoting.slice(1) : c.subject, tokens: c.span.slice(0, k) });
        if (!quoting && !speaker.org) speaker.org = appositionOrg(p, c);
        // "Li said the smog had upset him and vowed to act": a later predicate of the speaker's own acts is the speaker's.
        const m = c.predicates.findIndex((pr, n) => n > 0 && pr[0] > c.span[k] && SPEAKER_ACTS.has(p.toks[pr[0]].lower));
        const end = m > 0 ? seq.indexOf(c.predicates[m][0]) : seq.length;
        const whole = seq.slice(seq.indexOf(c.span[k]), end);
        // "Officials said the levy would raise $2 billion, and critics said it would hurt shops": the second speaker's clause
        // is reported under its own cue.
        const co = coordinatedReport(p, whole);
        const rest = (co > 0 ? whole.slice(0, co) : whole).filter((t, n, all) => n < all.length - 1 || !/^(and|but)$/.test(p.toks[t].lower));
        out.push(...statementClaims(p, rest, i, speaker));
        if (co > 0) out.push(...statementClaims(p, whole.slice(co + 1), i));
        // "The ministry said it backed the goal but warned that the cost was too high": a later speech act of the speaker
        // with a clause of its own reports that clause under the same speaker.
        const later = m > 0 ? seq.slice(seq.indexOf(c.predicates[m][0])) : [];
        const again = m > 0 && co < 0 ? complementStart(p, later, 0, c.subject) : -1;
        if (again > 0) {
          const cue: Source = { ...speaker, cue: rangeOf(p, later.slice(0, again)) };
          out.push(...statementClaims(p, later.slice(again), i, cue));
        } else if (m > 0 && co < 0) {
          const own: Clause = { subject: c.subject, predicates: c.predicates.slice(m), span: c.span, from: c.from };
          out.push(...clauseDrafts(p, own, { source: null, kind: 'statement', sentence: i, clause: rangeOf(p, c.span), quoted: false }));
        }
        break;
      }
    }
    // "Lee told reporters she thought the mayor knew": the speaker's own belief frames what the speaker reports.
    if (source && isSpeaker(p, c.subject, source)) {
      const k = complementStart(p, c.span, c.span.indexOf(c.predicates[0][0]), c.subject, true);
      if (k >= 0) {
        out.push(...statementClaims(p, seq.slice(seq.indexOf(c.span[k])), i, source));
        break;
      }
    }
    out.push(...clauseDrafts(p, c, context(c)));
    for (const extra of c.cut ?? []) out.push(...cutClaims(p, c, extra, source, i));
    for (const pred of c.predicates) out.push(...subordinateClaims(p, pred, source, i));
    if (!relativeSubject(p, c.subject)) for (const a of c.asides ?? []) out.push(...eventAside(p, c.subject, a, source, i));
  }
  return out;
}

/**
 * "Officials said the levy would raise $2 billion, and critics said it would hurt shops": the position in seq of a
 * coordinator that opens a clause of its own whose first verb is a speech verb with a reported clause after it, or -1.
 */
function coordinatedReport(p: Parsed, seq: readonly number[]): number {
  for (let n = 1; n < seq.length - 3; n++) {
    // "as he and Walter had predicted": without a comma, an "and" joins names more often than clauses.
    const w = p.toks[seq[n]].lower;
    if (!(/^(and|while|whereas)$/.test(w) && p.boundary[seq[n - 1]] || w === 'but')) continue;
    const c = parseClause(p, seq.slice(n + 1), true);
    if (!c || c.subject[0] !== seq[n + 1] || !speakerLike(p, c.subject) || relativeSubject(p, c.subject)) continue;
    if (complementStart(p, c.span, c.span.indexOf(c.predicates[0][0]), c.subject) >= 0) return n;
  }
  return -1;
}

/**
 * "The Times quoted Lee as saying the vote would be close": the one quoted is the source of the clause after "as
 * saying"; the outlet only carries it. Positions in the predicate: the quoted one's tokens, where the clause starts.
 */
function quotedAs(p: Parsed, pred: readonly number[]): { speaker: number[]; clause: number } | null {
  if (!QUOTING_VERBS.has(p.toks[pred[0]]?.lower ?? '')) return null;
  const as = pred.findIndex((k, n) => n > 1 && n < 10 && p.toks[k].lower === 'as' && QUOTED_AS_GERUNDS.has(p.toks[pred[n + 1]]?.lower ?? ''));
  if (as < 0) return null;
  const speaker = pred.slice(1, as);
  if (speaker.some((k) => isVerb(p.toks[k]) && !has(p.toks[k], 'Noun'))) return null;
  let clause = as + 2;
  if (p.toks[pred[clause]]?.lower === 'that') clause++;
  return clause < pred.length ? { speaker, clause } : null;
}

/** The subject of a reported clause is its speaker: a personal pronoun ("Lee said she …") or the speaker's name or surname. */
function isSpeaker(p: Parsed, subject: readonly number[], source: Source): boolean {
  if (subject.length === 1 && SPEAKER_PRONOUNS.has(p.toks[subject[0]].lower)) return true;
  const name = cleanName(p, subject).name;
  return name.length > 1 && /^\p{Lu}/u.test(name) && (name === source.name || source.name.endsWith(` ${name}`));
}

/**
 * "The minister resigned after the report was published": a subordinate clause of time or cause with its own subject
 * tells an event of its own (the report was published), under the clause's source; the main action keeps it whole.
 */
function subordinateClaims(p: Parsed, pred: number[], source: Source | null, i: number): ClaimDraft[] {
  const k = pred.findIndex((t, n) => n > 0 && EVENT_SUBORDINATORS.has(p.toks[t].lower) && !p.boundary[pred[n - 1]]);
  if (k < 0 || k + 3 > pred.length) return [];
  // "NASA has not said when the program will end": after a verb of saying "when" asks a question, no event.
  if (pred.slice(0, k).some((t) => SPEECH_VERBS.has(p.toks[t].lower) || QUESTION_FRAMES.has(p.toks[t].lower))) return [];
  const sub = parseClause(p, pred.slice(k + 1), true);
  if (!sub || sub.subject[0] !== pred[k + 1] || relativeSubject(p, sub.subject)) return [];
  return statementClaims(p, pred.slice(k + 1), i, source);
}

/** Claims in a stretch cut from a predicate: a reported finding, or a subordinate clause of its own. */
function cutClaims(p: Parsed, c: Clause, extra: number[], source: Source | null, i: number): ClaimDraft[] {
  const first = p.toks[extra[0]];
  if (REPORTING_GERUNDS.has(first.lower)) {
    const start = p.toks[extra[1]]?.lower === 'that' ? 2 : 1;
    const speaker: Source = { ...cleanName(p, c.subject), cue: rangeOf(p, extra.slice(0, start)) };
    return statementClaims(p, extra.slice(start), i, source ?? speaker);
  }
  // "… to build the Metro station, which opened in 2004": the noun phrase before the comma did what the aside tells.
  if (EVENT_RELATIVES.has(first.lower)) {
    const np = phraseBefore(p, extra[0]);
    return np.length ? eventAside(p, np, extra, source, i) : [];
  }
  // "…, while cutting them for the old": the participle tells a further act of the clause's subject.
  if (extra.length > 2 && participleClause(p, extra, 0)) {
    const whole = trimAsides(p, extra.slice(1));
    // "after scoring a coup when the premier apologized": a subordinate clause with its own subject is a claim of its own.
    const stretch = trimSubordinate(p, whole, false);
    const ctx = unquoted(p, stretch, source, i);
    const own = draft(cleanName(p, c.subject).name, spanText(p, stretch), ctx, p.toks[c.subject[0]].start);
    return [own, ...stretch.length < whole.length ? statementClaims(p, whole.slice(stretch.length + 1), i, source) : []];
  }
  if (EVENT_SUBORDINATORS.has(first.lower)) {
    return statementClaims(p, extra.slice(1), i, source);
  }
  // "A storm hit the coast, cutting power to 9,000 homes": a participle clause tells a further event of the
  // clause's subject, under the clause's own source.
  if (participleAside(first) && !COMMENT_PARTICIPLES.has(first.lower)) {
    const action = spanText(p, trimAsides(p, extra));
    if (!/\p{L}/u.test(action) || extra.length < 2) return [];
    const ctx = unquoted(p, extra, source, i);
    // "The ministry says the law will cut costs, pointing to a study": the speaker points, in its own voice.
    if (source && SPEAKER_PARTICIPLES.has(first.lower)) return [draft(source.name, action, { ...ctx, source: null, kind: 'statement' }, -1)];
    return [draft(cleanName(p, c.subject).name, action, ctx, p.toks[c.subject[0]].start)];
  }
  return [];
}

/**
 * An aside on a noun phrase that tells a dated event of its own is a claim of that noun phrase: "Challenger, lost
 * on January 28, 1986, was …" → Challenger lost on January 28, 1986; "the station, which opened in 2004" → the
 * station opened in 2004. Without a date an aside mostly describes ("the firm, which makes tyres,"): no claim.
 */
function eventAside(p: Parsed, np: readonly number[], aside: readonly number[], source: Source | null, i: number): ClaimDraft[] {
  const relative = EVENT_RELATIVES.has(p.toks[aside[0]].lower);
  let body = relative ? aside.slice(1) : aside.slice();
  // "Discovery, first launched in 1984, flew …": an adverb before the participle is part of the event.
  let adverbs = 0;
  const adverb = (t: Tok): boolean => (has(t, 'Adverb') || SUBJECT_ADVERBS.has(t.lower)) && !isVerb(t);
  while (!relative && adverbs < 2 && adverbs < body.length - 1 && adverb(p.toks[body[adverbs]])) adverbs++;
  const verbAt = body[adverbs];
  if (!body.length || !isVerb(p.toks[verbAt]) || has(p.toks[verbAt], 'Gerund') || !relative && !has(p.toks[verbAt], 'PastTense')) return [];
  // The aside runs to its closing comma; a comma inside a date ("on May 5, 2004") does not close it.
  const end = body.findIndex((k, n) => n < body.length - 1 && p.boundary[k] && !has(p.toks[body[n + 1]], 'Date'));
  if (end >= 0) body = body.slice(0, end + 1);
  if (!body.some((k) => has(p.toks[k], 'Date') && (has(p.toks[k], 'Year') || has(p.toks[k], 'Month') || /day$/i.test(p.toks[k].text)))) return [];
  const action = spanText(p, body);
  const actor = cleanName(p, np).name;
  if (!actor || !/\p{L}/u.test(action)) return [];
  const ctx = unquoted(p, body, source, i);
  return [draft(actor, action, ctx, p.toks[np[0]].start)];
}

/** The noun phrase that ends right before token k (a comma between them): back to its determiner, a preposition or a verb. */
function phraseBefore(p: Parsed, k: number): number[] {
  const out: number[] = [];
  for (let j = k - 1; j >= 0; j--) {
    const t = p.toks[j];
    if (j < k - 1 && p.boundary[j] || has(t, 'Preposition') || isVerb(t) && !has(t, 'Noun') || has(t, 'Pronoun') && !has(t, 'Possessive')
      || RELATIVE_PRONOUNS.has(t.lower)) break;
    out.unshift(j);
    if (has(t, 'Determiner')) break;
  }
  return out.some((j) => has(p.toks[j], 'Noun')) ? out : [];
}

function clauseDrafts(p: Parsed, c: Clause, ctx: DraftContext): ClaimDraft[] {
  if (relativeSubject(p, c.subject)) return [];
  const head = c.subject.length === 1 ? p.toks[c.subject[0]].lower : '';
  // "So severe are the woes that officials were forced to act", "Also being shown are maps …": an inverted clause
  // has its subject after the verb; the "that" clause is the claim, else there is none (no adjective is an actor).
  const verb = c.predicates[0]?.[0];
  const inverted = c.subject[0] > 0 && p.toks[c.subject[0] - 1].lower === 'so' && has(p.toks[c.subject[0]], 'Adjective')
    && !has(p.toks[c.subject[0]], 'Noun');
  // "Nor did the bank cover the losses": the negation lies in the inverted opener; no actor and action in the
  // article's own words state it, so no claim (was: actor "Nor").
  if (head === 'being' || NEGATIVE_INVERTERS.has(head)) return [];
  // "If the Hepatitis B virus | reaches your bloodstream …", "Even if the majority of situations | can be resolved": a
  // subordinate clause of condition or concession read as the main one states nothing. No claim.
  const opener = c.subject.findIndex((k) => !/^(even|and|but|so)$/.test(p.toks[k].lower));
  if (opener >= 0 && opener < 2 && CONDITION_SUBORDINATORS.has(p.toks[c.subject[opener]].lower) && c.subject.length > opener + 1) return [];
  // "the name of the era over which he | presided", "depend on how music | is defined": a subject holding a relative or
  // question word whose clause has no verb of its own took that clause's verb for the main one. No claim.
  const wh = c.subject.findIndex((k, n) => n > 0 && EMBEDDING_WORDS.has(p.toks[k].lower));
  if (wh > 0 && !c.subject.slice(wh + 1).some((k) => isFinite(p.toks, k) && !has(p.toks[k], 'Noun'))) return [];
  // "Ministry to appeal court ruling on port contract": in a headline (no closing stop), a lone last word in its base
  // form after a singular noun is the end of a compound ("port contract"), not a verb; the subject before it would hold
  // a whole headline. No claim.
  const lone = c.predicates.length === 1 && c.predicates[0].length === 1 ? p.toks[c.predicates[0][0]] : null;
  const before = lone ? p.toks[c.predicates[0][0] - 1] : null;
  if (lone && before && !/[.!?]["”’)]*\s*$/.test(p.text) && c.predicates[0][0] === p.toks.length - 1 && /^\p{Ll}+$/u.test(lone.text)
    && !/(?:s|ed)$/.test(lone.lower) && has(before, 'Noun') && !has(before, 'Plural') && !has(before, 'Pronoun') && !has(before, 'ProperNoun')) return [];
  if (inverted && verb !== undefined && BE.has(p.toks[verb].lower)) {
    const pred = c.predicates.flat();
    const that = pred.findIndex((k) => p.toks[k].lower === 'that');
    return that > 0 ? mainClauses(p, pred.slice(that + 1)).flatMap((inner) => clauseDrafts(p, inner, ctx)) : [];
  }
  if (head === 'there' && c.predicates.length) return existentialDrafts(p, c, ctx);
  if (head === 'it' && c.predicates.length) {
    // "it may be that X …", "it is likely that X …": the claim is X's.
    const pred = c.predicates[0];
    const that = pred.findIndex((k, n) => n < 6 && p.toks[k].lower === 'that');
    if (that > 0 && pred.slice(0, that).every((k) => !has(p.toks[k], 'Noun') || has(p.toks[k], 'Adjective'))) {
      return mainClauses(p, c.predicates.flat().slice(that + 1)).flatMap((inner) => clauseDrafts(p, inner, ctx));
    }
  }
  const expletive = head === 'it' && c.predicates.length ? costActor(p, c.predicates[0]) : null;
  // "It is impossible to cut the budget, the agency says": a reported or quoted expletive "it" stands for
  // nothing; as with "there is", the speaker holds the stance and the whole clause is the action.
  // "it's possible there will be more": the contracted verb is read written out ("is possible …").
  const first = c.predicates[0]?.length ? p.toks[c.predicates[0][0]] : undefined;
  const predText = first && /^['’]/.test(first.text) ? `${first.lower} ${spanText(p, c.predicates[0].slice(1))}` : spanText(p, c.predicates[0] ?? []);
  if (head === 'it' && !expletive && (ctx.source || ctx.quoted) && EXPLETIVE_IT.test(predText)) {
    const whole = spanText(p, c.span.slice(c.span.indexOf(c.subject[0])));
    return [draft(ctx.source?.name ?? '', balancedQuotes(whole), ctx, -1)];
  }
  const actor = expletive ? spanText(p, expletive) : cleanName(p, c.subject).name;
  const at = p.toks[(expletive ?? c.subject)[0]].start;
  const out: ClaimDraft[] = [];
  c.predicates.forEach((pred, k) => {
    const head = p.toks[pred[0]];
    // "It's most obvious": the contracted verb is written out ("is most obvious").
    const action = balancedQuotes(/^['’]/.test(head.text) ? `${head.lower} ${spanText(p, pred.slice(1))}`.trim() : spanText(p, pred));
    if (!action || !/\p{L}/u.test(action)) return;
    // The first predicate's clause takes in the leading adverbials; a later one is its own stretch only.
    const own: Range = ctx.quoted ? ctx.clause : k === 0 ? [p.toks[c.from ?? c.span[0]].start, p.toks[pred[pred.length - 1]].end] : rangeOf(p, pred);
    out.push(draft(actor, action, { ...ctx, clause: own }, at));
  });
  return out;
}

/**
 * "… must register as agents - a term which suggests spying", "the committee, which dispenses funds and has
 * long been …": a subject that opens or closes with a relative pronoun is a relative clause read as a main one;
 * it names no actor, and no claim is better than one with such an actor.
 */
function relativeSubject(p: Parsed, subject: readonly number[]): boolean {
  const first = p.toks[subject[0]]?.lower ?? '';
  const lastTok = p.toks[subject[subject.length - 1]];
  const last = lastTok?.lower ?? '';
  // "timelines that have been floated … aren't", "most of whom will have …": a subject that ends in an auxiliary or
  // modal was cut inside a clause; no noun phrase ends so.
  // "fixtures on their land in good repair and order …": nor in a coordinator, a split inside a coordination.
  const auxiliary = subject.length > 1 && !!lastTok && (BE.has(last) || has(lastTok, 'Auxiliary') || has(lastTok, 'Modal') || /^(and|or)$/.test(last));
  // "10 percent of boys between ages 9 and 17 obtain …" read with "ages" as the verb, "Aurora for what might …": nor in a
  // preposition or "what", a split inside a prepositional phrase.
  const open = subject.length > 1 && !!lastTok && (has(lastTok, 'Preposition') && !has(lastTok, 'Noun') || last === 'what')
    // "…, the provider of networking solutions, today announced …": a lowercase date word alone is no actor.
    || subject.every((k) => has(p.toks[k], 'Date') && p.toks[k].text === p.toks[k].lower);
  return RELATIVE_PRONOUNS.has(first) && first !== 'that' || subject.length > 1 && RELATIVE_PRONOUNS.has(last) || auxiliary || open;
}

/**
 * Expletive "it" of cost and time: "it would take passengers four minutes to cross" → passengers;
 * "it cost $5 million to build the station" → the station.
 */
function costActor(p: Parsed, pred: number[]): number[] | null {
  let k = 0;
  while (k < pred.length && (has(p.toks[pred[k]], 'Modal') || has(p.toks[pred[k]], 'Auxiliary') || has(p.toks[pred[k]], 'Adverb'))) k++;
  if (!COST_VERBS.has(p.toks[pred[k]]?.lower ?? '')) return null;
  const np = (from: number): number[] => {
    const out: number[] = [];
    for (let j = from; j < pred.length; j++) {
      const t = p.toks[pred[j]];
      if (isVerb(t) && !has(t, 'Noun') || has(t, 'Value') || has(t, 'Date') || /^[$€£\d]/.test(t.text) || has(t, 'Preposition') || ['which', 'that', 'who', 'to'].includes(t.lower)) break;
      out.push(pred[j]);
      if (p.boundary[pred[j]]) break;
    }
    return out;
  };
  const object = np(k + 1);
  if (object.length && object.some((i) => has(p.toks[i], 'Noun') || has(p.toks[i], 'Pronoun'))) return object;
  const to = pred.findIndex((i, n) => n > k && p.toks[i].lower === 'to');
  if (to < 0 || !isVerb(p.toks[pred[to + 1]])) return null;
  const goal = np(to + 2);
  return goal.some((i) => has(p.toks[i], 'Noun')) ? goal : null;
}

/** An action cut off inside a quoted phrase keeps no stray quote mark: `would "reward tax cheats`. */
function balancedQuotes(s: string): string {
  let out = s;
  const drop = (at: number): string => out.slice(0, at) + out.slice(at + 1);
  if ((out.split(STRAIGHT_DOUBLE).length - 1) % 2) out = drop(out.lastIndexOf(STRAIGHT_DOUBLE));
  const open = out.lastIndexOf(CURLY_OPEN);
  if (open >= 0 && out.indexOf(CURLY_CLOSE, open) < 0) out = drop(open);
  return out;
}

/** "There are X who …" → X; "There was X" → X (or the speaker, for a reported one): action is the whole clause. */
function existentialDrafts(p: Parsed, c: Clause, ctx: DraftContext): ClaimDraft[] {
  const pred = c.predicates[0];
  let k = 0;
  // "There are now plans …": an adverb after the verb ("now", "also") is not part of the noun phrase.
  // After the adverb, a word the tagger calls a verb is the noun ("now plans"): only forms of "be" and auxiliaries go on.
  const verbal = (t: Tok): boolean => k === 0 ? isVerb(t) : BE.has(t.lower) || has(t, 'Auxiliary') || has(t, 'Modal');
  while (k < pred.length && (verbal(p.toks[pred[k]]) || has(p.toks[pred[k]], 'Adverb') || SUBJECT_ADVERBS.has(p.toks[pred[k]].lower))) k++;
  const rel = pred.findIndex((t, n) => n > k && ['who', 'that', 'which'].includes(p.toks[t].lower));
  // "There is no evidence that the vaccine is unsafe": a "that" with a subject of its own after it opens the noun's
  // content, not a relative clause; the whole clause is the action, as for any other "there is".
  const content = rel > k && p.toks[pred[rel]].lower === 'that' && !isVerb(p.toks[pred[rel + 1]])
    && parseClause(p, pred.slice(rel + 1), true) !== null;
  if (rel > k && !content && pred.slice(rel + 1).some((t) => isVerb(p.toks[t]))) {
    return [draft(spanText(p, pred.slice(k, rel)), spanText(p, pred.slice(rel + 1)), ctx, p.toks[pred[k]].start)];
  }
  let e = k;
  // "There is no parade and there never has been": the noun phrase ends before a second "there" clause.
  const again = (n: number): boolean => /^(and|or|but)$/.test(p.toks[pred[n]].lower) && p.toks[pred[n + 1]]?.lower === 'there';
  const stop = (n: number): boolean =>
    p.boundary[pred[n]] || has(p.toks[pred[n]], 'Preposition') || p.toks[pred[n]].lower === 'to' || again(n) || content && n === rel;
  while (e < pred.length && !stop(e)) e++;
  const np = pred.slice(k, Math.min(e + (p.boundary[pred[e]] ? 1 : 0), pred.length));
  const actor = ctx.source && !ctx.quoted ? ctx.source.name : spanText(p, np);
  if (!actor) return [];
  return [draft(actor, spanText(p, [c.subject[0], ...pred]), ctx, -1)];
}

function draft(actor: string, action: string, ctx: DraftContext, actorAt: number): ClaimDraft {
  const { source, kind, sentence, clause, quoted } = ctx;
  const d: EnglishDraft = { actor, action, source: source?.name ?? null, kind, sentence, clause };
  if (source?.cue) d.cue = source.cue;
  d.notes = { actorAt, quoted, speakerOrg: source?.org ?? null };
  return d;
}

/**
 * A quotation without a cue of its own takes the speaker named later in the same quotation, in a
 * following "he said." sentence, where the quotation opened, or in the quotation just before it.
 */
function linkQuotations(results: SentenceResult[], quotes: readonly QuoteLayout[]): void {
  results.forEach((r, i) => {
    if (!r.unattributedQuote) return;
    let speaker: Source | null = null;
    // The sentence whose cue names the speaker: its date is the quotation's when the quotation gives none.
    let from = -1;
    for (let j = i + 1; j < results.length && quotes[j].openAtStart && !speaker; j++) [speaker, from] = [results[j].speaker, j];
    if (!speaker) {
      let j = i + 1;
      while (j < results.length && quotes[j].openAtStart) j++;
      if (j < results.length && results[j].cueOnly) [speaker, from] = [results[j].speaker, j];
    }
    for (let j = i - 1; !speaker && j >= 0 && quotes[j + 1].openAtStart; j--) [speaker, from] = [results[j].speaker, j];
    if (!speaker && i > 0 && results[i - 1].drafts.some((d) => d.kind === 'quote' && d.source)) [speaker, from] = [results[i - 1].speaker, i - 1];
    if (!speaker) return;
    for (const d of r.drafts) {
      // '"…," Davis told CNN on Thursday. "He's admitted it now."': the quotation goes on at the time of its cue.
      if (speaker.cue && from >= 0 && !d.cue) [d.cue, d.cueSentence] = [speaker.cue, from];
      d.source = speaker.name;
      if (!d.actor) d.actor = speaker.name;
      const n = notesOf(d);
      if (n) n.speakerOrg = speaker.org;
    }
    r.speaker = speaker;
  });
  for (const r of results) r.drafts = r.drafts.filter((d) => d.actor);
}
