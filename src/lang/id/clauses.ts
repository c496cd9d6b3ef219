// Subject–predicate structure of a stretch of Indonesian text: comma segments, leading adverbials,
// appositions, `yang` clauses and coordinated predicates.
import { ADVERBIAL_OPENERS, CLAUSE_OPENERS, PREPOSITIONS, ROLES, ROLE_DOMAINS } from './lexicon.js';
import { opensPredicate, isVerbWord } from './morphology.js';
import { isCapitalized, tokenize, type Token } from './tokens.js';
import type { Range } from '../../types.js';

export interface Clause {
  /** The subject as written (null: the clause has none, e.g. a quote "Masih ada …"). */
  subject: Range | null;
  predicate: Range;
  /** Start of the clause with its leading adverbials ("Di awal Oktober, tim transisi …"). */
  start: number;
  /** Whether the clause shares the subject of the clause before it (a coordinated predicate). */
  coordinated: boolean;
}

interface Segment {
  toks: Token[];
}

/** Split at top-level commas, semicolons, colons and dashes (not inside parentheses or quotes). */
function segments(toks: Token[]): Segment[] {
  const out: Segment[] = [];
  let cur: Token[] = [];
  let depth = 0;
  for (const t of toks) {
    if (/^[-—–]+$/.test(t.core) || (t.core === '' && /[-—–]/.test(t.lead + t.trail))) {
      if (cur.length) out.push({ toks: cur });
      cur = [];
      continue;
    }
    cur.push(t);
    for (const c of t.lead) if (c === '(') depth++;
    for (const c of t.trail) if (c === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[,;:]/.test(t.trail)) {
      out.push({ toks: cur });
      cur = [];
    }
  }
  if (cur.length) out.push({ toks: cur });
  return out;
}

/** Index in `toks` where the predicate starts, or -1. Index 0 means a subjectless clause. */
export function findPredicate(toks: readonly Token[], titleCase = false): number {
  if (!toks.length) return -1;
  const first = toks[0];
  if ((opensPredicate(first, true) && (toks.length < 2 || !isCapitalized(toks[1]))) || (titleCase && opensPredicate(first, true))) return 0;
  let inRel = false;
  let relVerb = -1;
  let gap = false;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (t.lower === 'yang') {
      inRel = true;
      continue;
    }
    const opens = opensPredicate(t, titleCase) && !PREPOSITIONS.has(toks[i - 1].lower);
    if (inRel) {
      if (opens) {
        if (relVerb >= 0 && gap) return i;
        if (relVerb < 0) relVerb = i;
        gap = false;
      } else if (relVerb >= 0) gap = true;
      continue;
    }
    if (opens) return i;
  }
  // "Banyak ilmuwan yang mengatakan …": a focus `yang` before the only predicate.
  return inRel && relVerb > 0 && toks[relVerb - 1].lower === 'yang' && relVerb >= 2 ? relVerb : -1;
}

const isAdverbial = (seg: Segment) => ADVERBIAL_OPENERS.has(seg.toks[0].lower);
const isRoleWord = (t: Token) => ROLES.has(t.lower) || ROLE_DOMAINS.has(t.lower);

/** Of the comma-separated parts before a predicate, the one that names the actor (appositions). */
function pickSubject(parts: Segment[]): Segment {
  const named = parts.filter((p) => p.toks[0].lower !== 'yang');
  if (named.length <= 1) return named[0] ?? parts[0];
  const [head, ...rest] = named;
  const descriptive = !isCapitalized(head.toks[0]) || isRoleWord(head.toks[0]) || head.toks.some((t) => !isCapitalized(t) && !ROLE_DOMAINS.has(t.lower));
  const name = rest.find((p) => isCapitalized(p.toks[0]) && !isRoleWord(p.toks[0]));
  if (descriptive && name) return name;
  return head;
}

const span = (toks: readonly Token[]): Range => [toks[0].coreStart, toks[toks.length - 1].coreEnd];

/** The clauses of text[from, to). `titleCase`: a headline, where verbs may be capitalised. */
export function parseClauses(text: string, from: number, to: number, titleCase = false): Clause[] {
  const segs = segments(tokenize(text, from, to));
  const clauses: Clause[] = [];
  let pending: Segment[] = [];
  let leadStart = -1;
  for (const seg of segs) {
    let toks = seg.toks;
    let conj = false;
    while (toks.length > 1 && CLAUSE_OPENERS.has(toks[0].lower) && !(toks[0].lower === 'dan' && !clauses.length && pending.length)) {
      toks = toks.slice(1);
      conj = true;
    }
    if (!toks.length) continue;
    const s: Segment = { toks };
    if (toks[0].lower === 'yang') {
      if (clauses.length && !pending.length) extend(clauses, toks);
      continue;
    }
    const p = findPredicate(toks, titleCase);
    if (p < 0 || (p === 0 && !clauses.length && !pending.length && isAdverbial(s) && !isVerbWord(toks[0].lower))) {
      if (clauses.length) extend(clauses, toks);
      else if (isAdverbial(s) && !pending.length) leadStart = leadStart < 0 ? seg.toks[0].start : leadStart;
      else pending.push(s);
      continue;
    }
    const predicate: Range = [toks[p].coreStart, toks[toks.length - 1].coreEnd];
    const start = leadStart >= 0 && !clauses.length ? leadStart : (pending[0]?.toks[0].start ?? toks[0].start);
    if (p > 0) {
      let subj = toks.slice(0, p);
      if (subj.length > 1 && subj[subj.length - 1].lower === 'yang') subj = subj.slice(0, -1);
      clauses.push({ subject: span(subj), predicate, start: clauses.length ? toks[0].start : start, coordinated: false });
    } else if (pending.length && !clauses.length) {
      clauses.push({ subject: span(pickSubject(pending).toks), predicate, start, coordinated: false });
    } else if (clauses.length && (conj || isVerbWord(toks[0].lower))) {
      const prev = clauses[clauses.length - 1];
      clauses.push({ subject: prev.subject, predicate, start: leadStart >= 0 ? prev.start : toks[0].start, coordinated: true });
    } else if (clauses.length) {
      extend(clauses, toks);
      continue;
    } else {
      clauses.push({ subject: null, predicate, start, coordinated: false });
    }
    pending = [];
  }
  return clauses;
}

function extend(clauses: Clause[], toks: readonly Token[]) {
  const last = clauses[clauses.length - 1];
  last.predicate = [last.predicate[0], toks[toks.length - 1].coreEnd];
}
