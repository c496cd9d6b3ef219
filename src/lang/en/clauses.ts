// Main clauses of a stretch of an English sentence: subject, verb, coordinated predicates. Works on
// sequences of token indices (a stretch with a cue or a quotation cut out is still one sequence).
import {
  ASIDE_OPENERS, BE, CLAUSE_COORDINATORS, DOCUMENT_NOUNS, FINDING_VERBS, LEADING_CONNECTIVES, NAME_PARTICLES, NOUN_LIKE_PASTS, NOUN_LIKE_S_VERBS,
  PARTICIPLE_SUBORDINATORS, QUANTIFIERS,
  QUESTION_FRAMES, RELATIVE_PRONOUNS, SECTION_HEADINGS,
  REPORTING_GERUNDS, SINGULAR_VERBS, SPEECH_VERBS, STATEMENT_NOUNS, SUBJECT_PRONOUNS, SUMMARY_NOUNS, STATING_SUBORDINATORS, SUBJECT_ADVERBS,
  SUBORDINATORS, TIME_NOUNS,
  TIME_SUBORDINATORS, TRAILING_SUBORDINATORS,
} from './lexicon.js';
import { has, isFinite, isVerb, type Tok } from './tokens.js';
import { CURLY_CLOSE, CURLY_OPEN } from '../quotes.js';

/** A parsed sentence: its tokens and, per token, whether a clause boundary (comma, dash, colon) follows it. */
export interface Parsed {
  text: string;
  toks: Tok[];
  boundary: boolean[];
}

/** One claim-sized clause: positions in the sequence it was parsed from. */
export interface Clause {
  subject: number[];
  /** Token indices of each coordinated predicate, in order. */
  predicates: number[][];
  /** Token indices of the whole clause (subject to end of its last predicate). */
  span: number[];
  /** Stretches cut from the end of a predicate: asides (", arguing that …") and trailing subordinate clauses. */
  cut?: number[][];
  /** Asides set off by commas after the subject (", which opened in 2004,", ", lost on May 5, 1986,"). */
  asides?: number[][];
  /** First token of the stretch the clause was parsed from (leading adverbials included). */
  from?: number;
}

const MAX_SUBJECT = 14;

export function parsed(text: string, toks: Tok[]): Parsed {
  const boundary = toks.map((_, i) => /[,;:—–(]|\s-\s|--/.test(text.slice(toks[i].end, toks[i + 1] ? toks[i + 1].start : text.length)));
  return { text, toks, boundary };
}

/** Is there a boundary between position k and k+1 of the sequence (punctuation or a cut-out stretch)? */
const cut = (p: Parsed, seq: readonly number[], k: number): boolean => p.boundary[seq[k]] || seq[k + 1] !== seq[k] + 1;

const finiteAt = (p: Parsed, seq: readonly number[], k: number): boolean => !nameParticle(p, seq[k])
  && ((seq[k - 1] === seq[k] - 1 || k === 0 ? isFinite(p.toks, seq[k]) : isFinite([p.toks[seq[k]]], 0)) || presentAfterPronoun(p, seq, k));

/** "Rio Grande do Sul has …": a lowercase particle between two capitalised words of a name is no verb. */
const nameParticle = (p: Parsed, i: number): boolean => NAME_PARTICLES.has(p.toks[i].text) && i > 0 && i + 1 < p.toks.length && !p.boundary[i - 1]
  && !p.boundary[i] && /^\p{Lu}/u.test(p.toks[i - 1].text) && !has(p.toks[i - 1], 'Plural') && !has(p.toks[i - 1], 'Adjective') && /^\p{Lu}/u.test(p.toks[i + 1].text);

/**
 * "but they tend to be …", "The women tend to agree": compromise tags a present tense after a subject pronoun or a
 * plural noun as a bare infinitive.
 */
const presentAfterPronoun = (p: Parsed, seq: readonly number[], k: number): boolean => {
  if (k === 0 || seq[k - 1] !== seq[k] - 1 || !has(p.toks[seq[k]], 'Infinitive') || has(p.toks[seq[k]], 'Modal')) return false;
  const prev = p.toks[seq[k - 1]];
  return /^(i|we|they|you)$/.test(prev.lower) || has(prev, 'Plural') && has(prev, 'Noun') && !has(prev, 'Possessive') && !isVerb(prev);
};

function nextBoundary(p: Parsed, seq: readonly number[], from: number, to: number): number {
  for (let k = from; k < to - 1; k++) if (cut(p, seq, k)) return k;
  return -1;
}

/** The main clauses of a sequence, split at coordinators that open a clause with its own subject. */
export function mainClauses(p: Parsed, seq: readonly number[]): Clause[] {
  const out: Clause[] = [];
  let rest = seq.slice();
  for (let guard = 0; rest.length && guard < 20; guard++) {
    const inverted = norClause(p, rest);
    if (inverted) {
      out.push(inverted);
      break;
    }
    const c = parseClause(p, rest);
    if (!c) break;
    const verbK = rest.indexOf(c.predicates[0][0]);
    const split = findClauseSplit(p, rest, verbK + 1);
    if (split < 0) {
      out.push(finish(p, c, rest, rest.length));
      break;
    }
    out.push(finish(p, c, rest, split));
    rest = rest.slice(CLAUSE_COORDINATORS.has(p.toks[rest[split]].lower) ? split + 1 : split);
  }
  return out;
}

/**
 * "…, nor will we register as a foreign agent": "nor", an auxiliary or modal, then the subject (a pronoun, or a
 * determiner and up to two nouns) before its verb. The whole stretch is the action, as written; the subject its actor.
 */
function norClause(p: Parsed, seq: readonly number[]): Clause | null {
  if (p.toks[seq[0]]?.lower !== 'nor' || seq.length < 4) return null;
  const aux = p.toks[seq[1]];
  if (!(has(aux, 'Modal') || has(aux, 'Auxiliary') || BE.has(aux.lower) || /^(do|does|did|has|have|had)$/.test(aux.lower))) return null;
  const first = p.toks[seq[2]];
  let end = 3;
  if (has(first, 'Determiner')) while (end < seq.length - 1 && end < 5 && has(p.toks[seq[end]], 'Noun') && !isVerb(p.toks[seq[end]])) end++;
  else if (!SUBJECT_PRONOUNS.has(first.lower)) return null;
  if (end === 3 && has(first, 'Determiner') || cut(p, seq, end - 1) || !isVerb(p.toks[seq[end]])) return null;
  return { subject: seq.slice(2, end), predicates: [seq.slice()], span: seq.slice(), from: seq[0] };
}

/** Position where a second main clause starts (its coordinator or first word), or -1. */
function findClauseSplit(p: Parsed, seq: readonly number[], from: number): number {
  for (let k = from; k < seq.length - 1; k++) {
    const t = p.toks[seq[k]];
    // "We won't refuse donations, nor will we register …": a clause of its own after a comma (see norClause).
    if (t.lower === 'nor' && cut(p, seq, k - 1) && norClause(p, seq.slice(k))) return k;
    // After "that" or ", establishing …" a later clause belongs to the reported content.
    if (t.lower === 'that' || REPORTING_GERUNDS.has(t.lower)) return -1;
    const afterBoundary = k > 0 && cut(p, seq, k - 1);
    const isCoord = CLAUSE_COORDINATORS.has(t.lower);
    if (!(afterBoundary || k > 0 || isCoord && (t.lower === 'but' || t.lower === 'while'))) continue;
    // "said that X … and that Y …": a second reported clause.
    const andThat = t.lower === 'and' && p.toks[seq[k + 1]]?.lower === 'that';
    if (isCoord && !afterBoundary && !(t.lower === 'but' || t.lower === 'while' || andThat)) {
      // "… and Israel initially said …": a named speaker with a speech verb opens a clause of its own.
      const c = t.lower === 'and' && /^\p{Lu}/u.test(p.toks[seq[k + 1]]?.text ?? '') ? parseClause(p, seq.slice(k + 1), true) : null;
      if (c && c.subject.length <= 4 && c.predicates[0].some((i, n) => n < 3 && SPEECH_VERBS.has(p.toks[i].lower) && isVerb(p.toks[i]))) return k;
      // "… through the courts and the plan was eventually dropped": "and the N" before a form of "be" or a modal opens a clause.
      if (t.lower === 'and' && /^(the|this|that|these|those)$/.test(p.toks[seq[k + 1]]?.lower ?? '') && beClauseAt(p, seq, k + 1)) return k;
      continue;
    }
    const startK = isCoord ? k + 1 : k;
    // "In 2010 a rocket failed, in 2011 another lost a satellite, and in 2012 …": after a comma, a fronted date and a
    // clause with its own subject make a clause of their own.
    const dated = afterBoundary ? frontedDate(p, seq, startK) : -1;
    if (dated > 0 && parseClause(p, seq.slice(dated), true)) return k;
    const gap = p.text.slice(p.toks[seq[k - 1]].end, t.start);
    const fullStop = /[.!?]["”’]?\s/.test(gap) && /^\p{Lu}/u.test(t.text) && p.toks[seq[k - 1]].text.length > 2;
    if (!afterBoundary && !fullStop && !isCoord) continue;
    if (!isCoord && !fullStop && !/[;:—–]|\s-\s|--/.test(gap)) continue;
    // "The agency will close 149 towers -- sparing 40 others that it had been expected to shut": a participle
    // after a dash is an aside of this clause (its subject's further act), not a gerund subject of a new one.
    if (!isCoord && !fullStop && t.text === t.lower && participleAside(t)) continue;
    const c = parseClause(p, seq.slice(startK), true);
    if (c) return k;
  }
  return -1;
}

/**
 * The sentence opens with a one-word heading run into it: a capitalised word before a capitalised article or pronoun
 * ("History The cathedral …"), or a section heading word before a capitalised word ("Background Amatrice …").
 */
function gluedHeading(p: Parsed, seq: readonly number[]): boolean {
  const [t, next] = [p.toks[seq[0]], p.toks[seq[1]]];
  if (!t || !next || cut(p, seq, 0) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !/^\p{Lu}/u.test(next.text) || has(t, 'Determiner') || has(t, 'Pronoun')) return false;
  const opener = /^(The|A|An|This|These|It|He|She|They|We)$/.test(next.text);
  // Not "History Channel aired …": after a heading word, only a person's or place's name or an article opens the sentence.
  const named = (has(next, 'Person') || has(next, 'Place') || has(next, 'Honorific')) && !has(next, 'Acronym');
  return (opener || SECTION_HEADINGS.has(t.lower) && named) && !isVerb(t) && !has(t, 'Preposition');
}

/** The position after a date phrase without its comma at k ("in 2011", "on May 5", "in March 2012"), or -1. */
function frontedDate(p: Parsed, seq: readonly number[], k: number): number {
  if (!/^(in|on|by|during)$/.test(p.toks[seq[k]]?.lower ?? '')) return -1;
  let j = k + 1;
  while (j < seq.length && j < k + 4 && has(p.toks[seq[j]], 'Date') && !cut(p, seq, j - 1)) j++;
  return j > k + 1 && j < seq.length && !cut(p, seq, j - 1) ? j : -1;
}

/** "the plan was …", "the talks could …": a determiner, up to two nouns, then a form of "be" or a modal. */
function beClauseAt(p: Parsed, seq: readonly number[], k: number): boolean {
  let j = k + 1;
  while (j < seq.length && j < k + 3 && has(p.toks[seq[j]], 'Noun') && !isVerb(p.toks[seq[j]]) && !cut(p, seq, j - 1)) j++;
  const v = p.toks[seq[j]];
  return j > k + 1 && !cut(p, seq, j - 1) && !!v && (BE.has(v.lower) && isFinite(p.toks, seq[j]) || has(v, 'Modal'));
}

/** Cut the clause's last predicate at `end` (a position in seq) and drop trailing asides. */
function finish(p: Parsed, c: Clause, seq: readonly number[], end: number): Clause {
  const inRange = new Set(seq.slice(0, end));
  const preds = c.predicates.map((pr) => pr.filter((i) => inRange.has(i))).filter((pr) => pr.length);
  const cutOff: number[][] = [];
  const trimmed = preds.map((pr) => {
    const kept = documentSaying(p, trimSubordinate(p, trimAsides(p, pr)));
    // Each stretch left out (an interrupting relative clause, then the trailing aside) is cut off on its own.
    const keep = new Set(kept);
    let run: number[] = [];
    pr.forEach((i, n) => {
      if (!keep.has(i)) run.push(i);
      if (run.length && (keep.has(i) || n === pr.length - 1)) {
        cutOff.push(run);
        run = [];
      }
    });
    return kept;
  });
  const span = seq.slice(seq.indexOf(c.subject[0] ?? trimmed[0][0]), end);
  return { subject: c.subject, predicates: trimmed.filter((pr) => pr.length), span, cut: cutOff, from: seq[0], asides: c.asides };
}

/**
 * "Deutsche Bank released a note saying growth would slow", "issued a report warning that …": the act ends at the
 * document; what the document says is cut off as a reported clause of the subject's.
 */
function documentSaying(p: Parsed, pred: number[]): number[] {
  for (let k = 2; k < pred.length - 2; k++) {
    const noun = p.toks[pred[k - 1]].lower;
    if (REPORTING_GERUNDS.has(p.toks[pred[k]].lower) && (DOCUMENT_NOUNS.has(noun) || STATEMENT_NOUNS.has(noun)) && !insideQuote(p, pred[0], pred[k])) {
      return pred.slice(0, k);
    }
  }
  return pred;
}

/** "made headlines when he described …": a subordinate clause with its own subject is not the action. */
export function trimSubordinate(p: Parsed, pred: number[], participles = true): number[] {
  for (let k = 2; k < pred.length - 1; k++) {
    const t = p.toks[pred[k]];
    if (!TRAILING_SUBORDINATORS.has(t.lower) || insideQuote(p, pred[0], pred[k])) continue;
    // "NASA has not said when the program will end": after a verb of saying or knowing "when" asks; the question is
    // the object, no event of its own.
    const frame = p.toks[pred[k - 1]].lower;
    if (t.lower === 'when' && (QUESTION_FRAMES.has(frame) || SPEECH_VERBS.has(frame))) return pred;
    if (parseClause(p, pred.slice(k + 1), true)) return pred.slice(0, k);
    // "arrived on Friday after scoring a coup": a participle phrase after the subordinator tells an act of its own.
    if (participles && participleClause(p, pred, k) && k + 2 < pred.length) return pred.slice(0, k);
  }
  return pred;
}

/**
 * A participle that opens an aside after a boundary (", reinforcing …"); compromise sometimes tags the
 * participle a noun (", ending weeks of debate").
 */
export function participleAside(t: Tok): boolean {
  if (t.lower === 'including') return false;
  return has(t, 'Gerund') || t.lower.endsWith('ing') && isVerb(t) && !BE.has(t.lower) || isParticipleAside(t);
}

/** A subordinator before a participle at `k` ("while cutting them", "after scoring a coup"): an act of the clause's subject. */
export function participleClause(p: Parsed, seq: readonly number[], k: number): boolean {
  const next = p.toks[seq[k + 1]];
  return PARTICIPLE_SUBORDINATORS.has(p.toks[seq[k]].lower) && !!next && has(next, 'Gerund') && isVerb(next);
}

/** Trailing participial and relative asides are not part of the action (", reinforcing …", ", which …"). */
export function trimAsides(p: Parsed, pred: number[]): number[] {
  for (let k = 1; k < pred.length; k++) {
    if (!cut(p, pred, k - 1)) continue;
    const t = p.toks[pred[k]];
    const next = p.toks[pred[k + 1]];
    if (t.lower === 'including') continue; // lists what the predicate covers: part of the action
    if (participleAside(t)) return pred.slice(0, k);
    // "can raise prices for the young, while reining them in for the old": a subordinator before a participle opens
    // an aside with the clause's subject.
    if (participleClause(p, pred, k)) return pred.slice(0, k);
    // "does not mean that Mr. Ross, who lost his seat in May, will stand trial": a relative clause set off by
    // commas inside the predicate, which goes on after it with a verb, is left out and the predicate kept.
    if (RELATIVE_PRONOUNS.has(t.lower) && t.lower !== 'that') {
      let e = k + 1;
      while (e < pred.length - 1 && !cut(p, pred, e)) e++;
      // The relative clause has its own verb before the comma ("who, after being thumped, is …" goes on past it).
      const own = pred.slice(k + 1, e + 1).some((i) => isFinite(p.toks, i) && !has(p.toks[i], 'Gerund'));
      if (own && !cut(p, pred, k) && e < pred.length - 1 && isFinite(p.toks, pred[e + 1]) && !has(p.toks[pred[e + 1]], 'Gerund')) {
        return pred.slice(0, k).concat(trimAsides(p, pred.slice(e + 1)));
      }
    }
    if (t.lower === 'to' && isVerb(next)) return pred.slice(0, k);
    if (ASIDE_OPENERS.has(t.lower) && t.lower !== 'to') return pred.slice(0, k);
    // "said the opposition had exploited the disaster, a claim the opposition denied": an apposition that sums up the
    // clause is no part of its action.
    if (/^(a|an)$/.test(t.lower) && k + 2 < pred.length && (SUMMARY_NOUNS.has(next.lower) || has(next, 'Adjective') && SUMMARY_NOUNS.has(p.toks[pred[k + 2]].lower))) {
      return pred.slice(0, k);
    }
    if (t.lower === 'so' && next && !isVerb(next)) return pred.slice(0, k);
  }
  return pred;
}

const NOT_ASIDES = new Set([
  'including', 'according', 'during', 'notwithstanding', 'something', 'nothing', 'anything', 'everything', 'morning', 'evening',
  'spring', 'string', 'thing', 'king', 'wing', 'ring', 'building', 'funding', 'meeting', 'hearing', 'ruling', 'training', 'spending',
  'housing', 'shooting', 'bombing', 'opening', 'setting', 'warning', 'finding', 'listing', 'ceiling',
]);
function isParticipleAside(t: Tok): boolean {
  return t.lower.length > 5 && t.lower.endsWith('ing') && t.text === t.lower && !NOT_ASIDES.has(t.lower);
}

/** Drop words that open the sequence without belonging to its subject: connectives, leading adverbials. */
function skipLeading(p: Parsed, seq: readonly number[]): number {
  let k = 0;
  for (let guard = 0; guard < 12 && k < seq.length; guard++) {
    const t = p.toks[seq[k]];
    // "That said, …": an idiom, not a cue.
    if (t.lower === 'that' && p.toks[seq[k + 1]]?.lower === 'said' && cut(p, seq, k + 1)) {
      k += 2;
      continue;
    }
    // "History The cathedral hosted …", "Background Amatrice is …": a heading glued to the sentence it heads.
    if (k === 0 && gluedHeading(p, seq)) {
      k = 1;
      continue;
    }
    // "Last month, after the smog hit …, officials …": a time phrase set off by a comma before more leading words.
    const timeEnd = leadingTime(p, seq, k);
    if (timeEnd > k) {
      k = timeEnd;
      continue;
    }
    // Not "More than 4,000 people are …": a comparative before "than" opens the subject's quantity.
    const quantity = /^(more|less|fewer)$/.test(t.lower) && p.toks[seq[k + 1]]?.lower === 'than';
    if (LEADING_CONNECTIVES.has(t.lower) || t.lower === 'that' && k + 1 < seq.length && !isVerb(p.toks[seq[k + 1]])
      || (has(t, 'Adverb') && !has(t, 'Noun') && k + 1 < seq.length && !isVerb(p.toks[seq[k + 1]]) && !quantity)) {
      k++;
      if (k < seq.length && cut(p, seq, k - 1) && k > 0) continue;
      continue;
    }
    // "Asked about X, Pence said …", "Speaking to reporters, she said …": a participle phrase before the subject.
    const participle = k === 0 && isVerb(t) && (has(t, 'Gerund') || has(t, 'PastTense')) && !SPEECH_VERBS.has(t.lower);
    // "As Ms. Lee, a new member, sat down at her desk, a guard …", "An hour before the others arrived, Lee …":
    // a subordinate clause with a subject of its own runs to the boundary after its verb.
    const clauseEnd = subordinateClauseEnd(p, seq, k);
    if (clauseEnd > k && hasFinite(p, seq, clauseEnd)) {
      k = clauseEnd;
      continue;
    }
    // "…, in May he toured Spain, and …": a date phrase without its comma before a clause is all that leads.
    const dated = frontedDate(p, seq, k);
    if (dated > k && parseClause(p, seq.slice(dated), true)) return dated;
    if (has(t, 'Preposition') || SUBORDINATORS.has(t.lower) || has(t, 'Conjunction') || has(t, 'Adverb') || participle) {
      let b = nextBoundary(p, seq, k, seq.length);
      // "In light of the inquiry, which found errors, the minister apologized": the relative clause belongs to the phrase.
      while (b >= 0 && RELATIVE_PRONOUNS.has(p.toks[seq[b + 1]]?.lower ?? '') && p.toks[seq[b + 1]].lower !== 'that') {
        const e = nextBoundary(p, seq, b + 1, seq.length);
        if (e < 0 || !hasFinite(p, seq, e + 1)) break;
        b = e;
      }
      if (b >= 0 && hasFinite(p, seq, b + 1)) {
        k = b + 1;
        continue;
      }
    }
    break;
  }
  return k;
}

/** The position after a short time phrase and its comma at k ("Last month,", "Early on Friday,"), or -1. */
function leadingTime(p: Parsed, seq: readonly number[], k: number): number {
  // Not "A four-week, phased closure …": an article opens a noun phrase, and the word before the comma must be the date.
  if (/^(a|an)$/.test(p.toks[seq[k]].lower)) return -1;
  for (let j = k; j < seq.length - 1 && j < k + 4; j++) {
    const t = p.toks[seq[j]];
    if (isVerb(t) || has(t, 'Pronoun') || has(t, 'ProperNoun') && !has(t, 'Date')) return -1;
    if (cut(p, seq, j)) return has(t, 'Date') && !has(t, 'Hyphenated') && !t.text.includes('-') && hasFinite(p, seq, j + 1) ? j + 1 : -1;
  }
  return -1;
}

/**
 * The words of a leading clause that states something of its own, without its subordinator: "Because most
 * staff are pilots, …", "Although the vote is close, …", "As Ms. Lee, a new member, sat down, …". Clauses of
 * time ("Two days before the bridge was closed, …") only frame the main clause: null.
 */
export function leadingClause(p: Parsed, seq: readonly number[]): number[] | null {
  let k = 0;
  while (k < seq.length - 1 && k < 3 && LEADING_CONNECTIVES.has(p.toks[seq[k]].lower) && !STATING_SUBORDINATORS.has(p.toks[seq[k]].lower)) k++;
  if (!STATING_SUBORDINATORS.has(p.toks[seq[k]]?.lower ?? '')) return null;
  const end = subordinateClauseEnd(p, seq, k);
  return end > k + 2 && hasFinite(p, seq, end) ? seq.slice(k + 1, end) : null;
}

/**
 * Where a leading subordinate clause with its own subject and verb ends (the position after the boundary that
 * follows its verb), or -1. It opens with a subordinator, or with a time noun before one ("The day before the
 * vote was held, …"). Between subordinator and verb, a boundary may only close an apposition right before the
 * verb ("As Ms. Lee, a new member, sat …"); "As well as talks, the firms have …" is no such clause.
 */
function subordinateClauseEnd(p: Parsed, seq: readonly number[], k: number): number {
  let sub = k;
  if (k === 0 && !SUBORDINATORS.has(p.toks[seq[0]].lower)) {
    sub = -1;
    for (let j = 1; j < 4 && j < seq.length; j++) {
      const w = p.toks[seq[j]];
      if (cut(p, seq, j - 1) || isVerb(w) && !has(w, 'Noun')) break;
      if (TIME_SUBORDINATORS.has(w.lower) && TIME_NOUNS.has(p.toks[seq[j - 1]].lower)) { sub = j; break; }
    }
  }
  if (sub < 0 || !SUBORDINATORS.has(p.toks[seq[sub]].lower)) return -1;
  const first = p.toks[seq[sub + 1]];
  if (!first || isVerb(first) && !has(first, 'Noun') || cut(p, seq, sub)) return -1;
  let lastCut = -1;
  for (let v = sub + 2; v < seq.length; v++) {
    if (cut(p, seq, v - 1)) lastCut = v - 1;
    if (!finiteAt(p, seq, v)) continue;
    if (lastCut >= 0 && lastCut !== v - 1) return -1;
    const b = nextBoundary(p, seq, v, seq.length);
    return b >= 0 ? b + 1 : -1;
  }
  return -1;
}

function hasFinite(p: Parsed, seq: readonly number[], from: number): boolean {
  for (let k = from; k < seq.length; k++) if (finiteAt(p, seq, k)) return true;
  return false;
}

/**
 * Subject and predicates of the first main clause of seq. `strict`: the subject must start the sequence
 * (used to decide whether a coordinator opens a new clause).
 */
export function parseClause(p: Parsed, seq: readonly number[], strict = false): Clause | null {
  const s = strict ? skipConnectivesOnly(p, seq) : skipLeading(p, seq);
  if (s >= seq.length) return null;
  let subjEnd = -1;
  let verb = -1;
  let named: number[] | null = null;
  let skipped = -1;
  /** The first word is a plural noun the tagger took for a verb ("talks would continue"): it opens the subject. */
  let pluralFirst = false;
  const asides: number[][] = [];
  for (let k = s; k < seq.length; k++) {
    if (k > s && k !== skipped && cut(p, seq, k - 1)) {
      if (strict) return null;
      // A stretch set off by commas after the subject: an apposition or non-restrictive relative clause.
      let b = nextBoundary(p, seq, k, seq.length);
      const t = p.toks[seq[k]];
      // "Challenger, lost on January 28, 1986, was …": a comma inside a date does not close the aside.
      if (RELATIVE_PRONOUNS.has(t.lower) || participleAside(t) || has(t, 'PastTense') && !BE.has(t.lower)) {
        for (let hop = 0; hop < 2 && b > 0 && !startsPredicate(p, seq, b + 1) && has(p.toks[seq[b + 1]], 'Date'); hop++) {
          const e = nextBoundary(p, seq, b + 1, seq.length);
          if (e < 0 || !startsPredicate(p, seq, e + 1)) break;
          b = e;
        }
      }
      if (b > 0 && (RELATIVE_PRONOUNS.has(t.lower) || t.lower === 'where' || startsPredicate(p, seq, b + 1))) {
        if (subjEnd < 0) asides.push(seq.slice(k, b + 1));
        if (subjEnd < 0) {
          subjEnd = k;
          const seg = seq.slice(k, b + 1);
          // "The firm's chief, Ann Lee, said": the name in apposition to a description is the actor; not so a name
          // closing a chain of appositions after a name ("Raymond Ross, 48, of Leeds, England, was …").
          const head = seq.slice(s, k);
          const first = head.slice(0, head.findIndex((i) => p.boundary[i]) + 1 || head.length);
          // "The first, SMART-1, was …", "Its sister ship, Apollo 12, …": a number inside a name is part of it.
          const capitalised = (i: number): boolean => /^\p{Lu}/u.test(p.toks[i].text) || i !== seg[0] && /^\d/.test(p.toks[i].text);
          // Not "The president and the regional governor, Ana Ruiz, toured …": the name is only the last one's.
          const coordinated = head.some((i) => p.toks[i].lower === 'and');
          if (seg.length <= 4 && seg.every(capitalised) && !first.every(capitalised) && !coordinated) named = seg;
        }
        k = b;
        skipped = b + 1;
        continue;
      }
    }
    if (!finiteAt(p, seq, k)) continue;
    if (k === s) {
      // "Trade Watch released …": a name whose first word compromise took for a verb.
      if (/^\p{Lu}/u.test(p.toks[seq[k]].text) && /^\p{Lu}/u.test(p.toks[seq[k + 1]]?.text ?? '') && !cut(p, seq, k)) continue;
      // "Park, who chairs the committee, warned …": a surname the tagger took for a verb, before its relative clause.
      if (k === 0 && /^\p{Lu}/u.test(p.toks[seq[k]].text) && cut(p, seq, k) && /^(who|whose)$/.test(p.toks[seq[k + 1]]?.lower ?? '')) continue;
      const nx = p.toks[seq[k + 1]];
      // "Oil giant BP has said …": a first word read as an imperative, before a modifier of the subject's noun.
      const t0 = p.toks[seq[k]];
      if (k === 0 && has(t0, 'Infinitive') && /^\p{Lu}/u.test(t0.text) && nx && !cut(p, seq, k) && (has(nx, 'Adjective') || has(nx, 'Noun'))
        && !has(nx, 'Pronoun') && !has(nx, 'Determiner') && !isVerb(nx)) continue;
      // "talks would continue": a plural noun taken for a verb, before a modal or auxiliary.
      if (seq[k + 1] === seq[k] + 1 && !cut(p, seq, k) && /s$/.test(p.toks[seq[k]].lower) && (has(nx, 'Modal') || has(nx, 'Auxiliary') || has(nx, 'Copula') || has(nx, 'PastTense') && !has(nx, 'Participle'))) {
        // Not "and is filmed …" (a verb in -s itself) nor "publications, maps, and services is …" (a singular verb).
        pluralFirst = !BE.has(t0.lower) && !has(t0, 'Auxiliary') && !SINGULAR_VERBS.has(nx.lower);
        continue;
      }
      // "premiums for many families could rise": the same before a prepositional phrase and then a modal.
      if (/s$/.test(p.toks[seq[k]].lower) && has(nx, 'Preposition') && !cut(p, seq, k) && modalAhead(p, seq, k + 2)) {
        pluralFirst = true;
        continue;
      }
      return null;
    }
    if (reducedRelative(p, seq, k)) continue;
    if (possessiveS(p, seq, k)) continue;
    if (coordinatedPlural(p, seq, k) && laterFinite(p, seq, k + 1) > 0) continue;
    // "the team which first conquered Everest has died": adverbs may stand between the relative pronoun and its verb.
    let r = k - 1;
    while (r > s + 1 && SUBJECT_ADVERBS.has(p.toks[seq[r]].lower)) r--;
    const prev = p.toks[seq[r]];
    if (RELATIVE_PRONOUNS.has(prev.lower) && r > s) {
      const later = laterFinite(p, seq, k + 1);
      if (later > 0) {
        verb = later;
        break;
      }
    }
    verb = headlineVerbBefore(p, seq, s, k) ? k - 1 : k;
    break;
  }
  if (verb < 0 && !strict && subjEnd < 0) verb = ambiguousVerb(p, seq, s);
  // "Lee said prices rose.", "said the index fell by 3 percent": a reported clause's past spelt like a noun is its verb.
  if (verb < 0 && strict) {
    for (let k = s + 1; k < seq.length && k < s + 6 && !cut(p, seq, k - 1); k++) if (nounLikePast(p, seq, k)) { verb = k; break; }
  }
  if (verb < 0) return null;
  let end = subjEnd >= 0 ? subjEnd : verb;
  // "He later made …", "Nine women now lead …": an adverb before the verb is not part of the subject.
  // Not "The first, SMART-1, was …": a word right after a determiner belongs to its noun phrase.
  while (end > s && (has(p.toks[seq[end - 1]], 'Adverb') && !has(p.toks[seq[end - 1]], 'Noun')
    || end - 1 > s && SUBJECT_ADVERBS.has(p.toks[seq[end - 1]].lower)) && !(end - 1 > s && has(p.toks[seq[end - 2]], 'Determiner'))) end--;
  end = trailingDate(p, seq, s, end);
  let start = s;
  // "A keen guitarist, he played …": a fronted description before the real subject.
  // Not "The mission of the Friends of Finland (Ottawa) is …": a bracketed aside closed before the verb belongs to the
  // noun before it ("512K RAM (640K RAM is recommended)" opens a clause in brackets).
  const bracket = (k: number): boolean => p.text.slice(p.toks[seq[k]].end, p.toks[seq[k + 1]].start).includes('(')
    && p.text.slice(p.toks[seq[k + 1]].start, p.toks[seq[end - 1]].end + 1).includes(')');
  for (let k = end - 2; k > start && subjEnd < 0; k--) {
    if (cut(p, seq, k) && !['and', 'or'].includes(p.toks[seq[k + 1]].lower) && !bracket(k)) { start = k + 1; break; }
  }
  while (start < end - 1 && has(p.toks[seq[start]], 'Date') && !has(p.toks[seq[start]], 'ProperNoun')) start++;
  if (end <= start || end - start > MAX_SUBJECT) return null;
  // "The ministry said prices had fallen": the reported clause's subject is such a plural noun.
  // "The ministry said new rules would …", "said toxic fuel had spread": an adjective before the noun opens a bare subject.
  // Not "says more needs to be done": a comparative with a verb in -s the tagger calls a noun; nor "caution against taking
  // this data as proof that …": a bare subject is short, its noun no -ing form.
  const adjectiveNoun = has(p.toks[seq[start]], 'Adjective') && !isVerb(p.toks[seq[start]]) && !/^(more|less|most|least|fewer|much)$/.test(p.toks[seq[start]].lower)
    && start + 1 < end && end - start <= 4 && has(p.toks[seq[start + 1]], 'Noun') && !has(p.toks[seq[start + 1]], 'Pronoun')
    && !/ing$/.test(p.toks[seq[start + 1]].lower);
  if (strict && !subjectLike(p.toks[seq[start]]) && !(pluralFirst && start === s) && !adjectiveNoun) return null;
  // "before leaving Chile when Tom Webb apologized": a subject holds no subordinator; the clause starts after it.
  if (strict && seq.slice(start, end).some((i) => TRAILING_SUBORDINATORS.has(p.toks[i].lower) && p.toks[i].text === p.toks[i].lower)) return null;
  let subject = named ?? seq.slice(start, end);
  // "On the slopes she won …", "Tonight we …", "Over the last year it has …", "to date he has …": a fronted phrase
  // without its comma runs into a subject pronoun, which is the whole subject.
  const lastWord = p.toks[subject[subject.length - 1]];
  const opener = p.toks[subject[0]];
  if (subject.length > 1 && SUBJECT_PRONOUNS.has(lastWord.lower) && !/^(and|or|nor)$/.test(p.toks[subject[subject.length - 2]].lower)
    && (has(opener, 'Preposition') || has(opener, 'Adverb') || has(opener, 'Date') || /^(as|to)$/.test(opener.lower))) subject = subject.slice(-1);
  // "In the early hours of the 15th the order went out", "By way of local histories this site aspires": after a
  // fronted prepositional phrase without its comma, a determiner or pronoun right after a noun opens the subject.
  if (subject.length > 2 && has(opener, 'Preposition') && !named) {
    const at = subject.findIndex((i, n) => n > 1 && (has(p.toks[i], 'Determiner') || SUBJECT_PRONOUNS.has(p.toks[i].lower))
      && (has(p.toks[subject[n - 1]], 'Noun') || has(p.toks[subject[n - 1]], 'Value')) && !has(p.toks[subject[n - 1]], 'Pronoun')
      && !has(p.toks[subject[n - 1]], 'Possessive') && !QUANTIFIERS.has(p.toks[subject[n - 1]].lower));
    if (at > 1) subject = subject.slice(at);
  }
  const predicates = splitPredicates(p, seq.slice(verb));
  return { subject, predicates, span: seq.slice(s), asides };
}

/** A modal or auxiliary within the next few words, before any boundary or other verb. */
function modalAhead(p: Parsed, seq: readonly number[], from: number): boolean {
  for (let j = from; j < seq.length && j < from + 8; j++) {
    const t = p.toks[seq[j]];
    if (has(t, 'Modal') || has(t, 'Auxiliary') || has(t, 'Copula')) return true;
    if (cut(p, seq, j) || isVerb(t)) return false;
  }
  return false;
}

/** "Mike DeWine on Thursday signed …": a date after the subject is not part of it. */
function trailingDate(p: Parsed, seq: readonly number[], s: number, end: number): number {
  let e = end;
  while (e > s + 1 && has(p.toks[seq[e - 1]], 'Date') && !has(p.toks[seq[e - 1]], 'Preposition')) e--;
  if (e === end || !(e > s + 1 && ['on', 'in', 'at', 'during'].includes(p.toks[seq[e - 1]].lower))) return end;
  return e - 1;
}

/**
 * "Senate panel delays vote on budget": in a headline (no closing stop) a verb in -s that the tagger calls a plural noun,
 * after a bare singular noun compound and before a bare verb form ("vote", read as the verb), is the verb; that form is
 * its object. "Union members vote on strike" keeps its subject: "members" is no verb of NOUN_LIKE_S_VERBS.
 */
function headlineVerbBefore(p: Parsed, seq: readonly number[], s: number, k: number): boolean {
  if (k < s + 2 || /[.!?]["”’)]*\s*$/.test(p.text)) return false;
  const t = p.toks[seq[k - 1]];
  const prev = p.toks[seq[k - 2]];
  const verb = p.toks[seq[k]];
  if (!NOUN_LIKE_S_VERBS.has(t.lower) || isVerb(t) || !has(t, 'Plural') || cut(p, seq, k - 2) || cut(p, seq, k - 1)) return false;
  if (!has(prev, 'Noun') || has(prev, 'Plural') || has(prev, 'Pronoun') || has(prev, 'Possessive')) return false;
  // The subject is bare: no determiner opens it ("The panel delays vote …" is no headline shape).
  if (seq.slice(s, k - 1).some((i) => has(p.toks[i], 'Determiner') || has(p.toks[i], 'Possessive'))) return false;
  // A compound of two nouns at least: "Flight delays worsen in winter" has one, and its plural is the subject.
  if (k - 1 - s < 2 || !seq.slice(s, k - 1).every((i) => has(p.toks[i], 'Noun') && !cut(p, seq, seq.indexOf(i)))) return false;
  // The object is a noun standing alone or before a preposition: not "… delays cost airlines billions".
  const after = p.toks[seq[k + 1]];
  if (after && !has(after, 'Preposition')) return false;
  return /^\p{Ll}+$/u.test(verb.text) && has(verb, 'Infinitive') && !/s$/.test(verb.lower) && !NOUN_LIKE_PASTS.has(verb.lower);
}

/**
 * compromise tags some verbs as nouns ("France and Spain face high prices", "The firm cut its prices"):
 * a bare singular noun between a subject and a determiner or adjective is taken for the verb.
 */
function ambiguousVerb(p: Parsed, seq: readonly number[], s: number): number {
  // "Coast guard rescues fishing crew", "Fire destroys historic roof": in a headline (no closing stop) a verb in -s, which the tagger may call a
  // noun, stands between two noun phrases; the subject may be a plain noun.
  const inHeadline = !/[.!?]["”’)]*\s*$/.test(p.text);
  for (let k = s + 1; k < seq.length; k++) {
    if (cut(p, seq, k - 1)) return -1;
    const t = p.toks[seq[k]];
    const prev = p.toks[seq[k - 1]];
    const next = p.toks[seq[k + 1]];
    if (nounLikePast(p, seq, k)) return k;
    if (!next) break;
    const headline = inHeadline && /^\p{Ll}+[^s]s$/u.test(t.text) && has(prev, 'Noun') && !has(prev, 'Plural') && /^\p{Ll}/u.test(next.text)
      && (has(next, 'Noun') && !has(next, 'Plural') || has(next, 'Determiner') || has(next, 'Value') || has(next, 'Adjective') && !isVerb(next));
    if (headline) return k;
    if (!/^\p{Ll}+$/u.test(t.text) || !has(t, 'Singular') || has(t, 'Plural')) continue;
    const afterSubject = has(prev, 'ProperNoun') || has(prev, 'Plural') || has(prev, 'Adjective') && k - 1 > s;
    const beforeObject = ['its', 'his', 'her', 'their', 'our', 'the', 'a', 'an'].includes(next.lower) || has(next, 'Adjective') || has(next, 'Value');
    if (afterSubject && beforeObject) return k;
  }
  return -1;
}

/**
 * "Prices rose.", "emissions rose by 3 percent": a past spelt like a noun (which the tagger calls one) right after the
 * subject's noun, before a preposition or at the end of the stretch, is the verb. So it is before "to" and a figure
 * ("Sales rose to $5 billion", "The index fell to 2,600 points"), where the tagger calls "to" a conjunction; not
 * before "to" and a noun ("The health cost to families …" is a noun phrase).
 */
export function nounLikePast(p: Parsed, seq: readonly number[], k: number): boolean {
  const t = p.toks[seq[k]];
  const prev = p.toks[seq[k - 1]];
  const next = p.toks[seq[k + 1]];
  if (k < 1 || !NOUN_LIKE_PASTS.has(t.lower) || isVerb(t) || cut(p, seq, k - 1)) return false;
  const subjectNoun = has(prev, 'Noun') && !has(prev, 'Determiner') && !has(prev, 'Possessive') && !has(prev, 'Pronoun') && !has(prev, 'Preposition');
  // A bare singular noun before it is mostly a compound ("at customer cost:"); "the index rose" has its determiner,
  // "The Tana river rose to a record", "the city's main bridge cut …" have it before a name, adjective or noun too.
  const head = has(prev, 'Plural') || has(prev, 'ProperNoun') || determinedPhrase(p, seq, k - 1);
  const toFigure = next?.lower === 'to' && k + 2 < seq.length && has(p.toks[seq[k + 2]], 'Value');
  return subjectNoun && head && (!next || cut(p, seq, k) || has(next, 'Preposition') || toFigure);
}

/** The noun at position k closes a noun phrase that opens with a determiner or a possessive, at most two modifiers before it. */
function determinedPhrase(p: Parsed, seq: readonly number[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const t = p.toks[seq[j]];
    if (cut(p, seq, j)) return false;
    if (has(t, 'Determiner') || has(t, 'Possessive')) return true;
    if (!(has(t, 'Noun') || has(t, 'Adjective')) || isVerb(t)) return false;
  }
  return false;
}

function skipConnectivesOnly(p: Parsed, seq: readonly number[]): number {
  let k = 0;
  while (k < seq.length && (LEADING_CONNECTIVES.has(p.toks[seq[k]].lower)
    || p.toks[seq[k]].lower === 'that' && k + 1 < seq.length && !isVerb(p.toks[seq[k + 1]])) && k < 3) k++;
  return k;
}

const subjectLike = (t: Tok): boolean =>
  QUANTIFIERS.has(t.lower) || has(t, 'Hyphenated') || has(t, 'Gerund') || has(t, 'Pronoun') || has(t, 'There') || has(t, 'Determiner') || has(t, 'ProperNoun') || has(t, 'Noun') || has(t, 'Value') || /^\p{Lu}/u.test(t.text);

/** Does the stretch from k start with a (possibly adverb-led) verb group? */
function startsPredicate(p: Parsed, seq: readonly number[], k: number): boolean {
  while (k < seq.length && has(p.toks[seq[k]], 'Adverb') && !isVerb(p.toks[seq[k]])) k++;
  return k < seq.length && isFinite(p.toks, seq[k]);
}

/**
 * "A book of memoirs and photographs from the climb is due …": a present form in -s right after "and" and a plural
 * noun, before a preposition, is the second plural noun of a coordination when a finite verb follows later.
 */
function coordinatedPlural(p: Parsed, seq: readonly number[], k: number): boolean {
  const t = p.toks[seq[k]];
  const and = p.toks[seq[k - 1]];
  const noun = p.toks[seq[k - 2]];
  const next = p.toks[seq[k + 1]];
  if (k < 2 || seq[k - 2] !== seq[k] - 2 || and?.lower !== 'and' || !/\p{Ll}s$/u.test(t.text) || !has(t, 'PresentTense')) return false;
  return !!noun && has(noun, 'Plural') && has(noun, 'Noun') && !has(noun, 'Pronoun') && !!next && has(next, 'Preposition') && !cut(p, seq, k);
}

/**
 * "China's current economic policies would result …": the tagger may split a possessive "'s" off a name as a copula;
 * before adjectives and nouns only, then a finite verb, it is the possessive ("He's a doctor" keeps its copula).
 */
function possessiveS(p: Parsed, seq: readonly number[], k: number): boolean {
  if (!/^['’]s$/.test(p.toks[seq[k]].text) || k === 0 || !/^\p{Lu}/u.test(p.toks[seq[k - 1]].text) || cut(p, seq, k)) return false;
  let j = k + 1;
  while (j < seq.length && j < k + 7 && !cut(p, seq, j - 1) && !isVerb(p.toks[seq[j]]) && !has(p.toks[seq[j]], 'Determiner')
    && !has(p.toks[seq[j]], 'Pronoun') && (has(p.toks[seq[j]], 'Adjective') || has(p.toks[seq[j]], 'Noun'))) j++;
  return j > k + 1 && j < seq.length && has(p.toks[seq[j - 1]], 'Noun') && isFinite(p.toks, seq[j]);
}

/** "plants grown from seeds were …": a participle after a noun, with the real verb later. */
function reducedRelative(p: Parsed, seq: readonly number[], k: number): boolean {
  const t = p.toks[seq[k]];
  if (!has(t, 'PastTense') || has(t, 'Auxiliary') || has(t, 'Copula') || BE.has(t.lower)) return false;
  const prev = p.toks[seq[k - 1]];
  // "A report released Tuesday by …": a date may come between the participle and its preposition.
  const n = has(p.toks[seq[k + 1]], 'Date') && !has(p.toks[seq[k + 1]], 'Preposition') ? k + 2 : k + 1;
  const next = p.toks[seq[n]];
  if (!prev || !has(prev, 'Noun') || has(prev, 'Pronoun') || !next || !has(next, 'Preposition') || has(next, 'Hyphenated')) return false;
  // "Smith said on Friday the plan would …": a name does not take a reduced relative of speech.
  if (SPEECH_VERBS.has(t.lower) && has(prev, 'ProperNoun') && !has(prev, 'Possessive')) return false;
  for (let j = k + 1; j < seq.length; j++) {
    if (cut(p, seq, j - 1)) return false;
    const u = p.toks[seq[j]];
    // "The White House said in a statement that …": a speech verb with its complement is the main verb.
    if (u.lower === 'that' && SPEECH_VERBS.has(t.lower)) return false;
    if (RELATIVE_PRONOUNS.has(u.lower) || SUBORDINATORS.has(u.lower)) return false;
    if ((has(u, 'Copula') || has(u, 'Modal') || has(u, 'Auxiliary')) && isFinite(p.toks, seq[j])) return true;
    // "… by the Congressional Budget Office found that …": a speech or finding verb after the agent's name.
    const reporting = SPEECH_VERBS.has(u.lower) || FINDING_VERBS.has(u.lower);
    if (j > n + 1 && (reporting || !SPEECH_VERBS.has(t.lower)) && isFinite(p.toks, seq[j]) && !has(u, 'Infinitive')
      && has(p.toks[seq[j - 1]], 'Noun') && !has(p.toks[seq[j - 1]], 'Pronoun')) return true;
    // Only a participle's own short phrase lies between it and the main verb.
    if (isVerb(u) && !has(u, 'Hyphenated')) return false;
  }
  return false;
}

function laterFinite(p: Parsed, seq: readonly number[], from: number): number {
  for (let k = from; k < seq.length; k++) {
    if (RELATIVE_PRONOUNS.has(p.toks[seq[k - 1]]?.lower ?? '')) continue;
    // "A man who was accused of fraud pleaded guilty": a participle after the relative clause's auxiliary is its own.
    const prev = p.toks[seq[k - 1]];
    if (prev && seq[k - 1] === seq[k] - 1 && isVerb(prev) && (BE.has(prev.lower) || has(prev, 'Auxiliary') || has(prev, 'Modal'))) continue;
    if (p.toks[seq[k - 1]]?.lower === 'that') return -1;
    if (finiteAt(p, seq, k) && !reducedRelative(p, seq, k)) return k;
  }
  return -1;
}

/** "expanded into X and launched Y" → two predicates. Positions are token indices. */
function splitPredicates(p: Parsed, pred: number[]): number[][] {
  const out: number[][] = [];
  let startK = 0;
  const head = p.toks[pred[0]];
  const copular = BE.has(head.lower) && !isVerb(p.toks[pred[1]]);
  const hasModal = pred.some((i, k) => k < 3 && (has(p.toks[i], 'Modal') || p.toks[i].lower === 'to'));
  for (let k = 1; k < pred.length - 1; k++) {
    const t = p.toks[pred[k]];
    if (!(t.lower === 'and' || t.lower === 'but' || t.lower === 'or')) continue;
    let v = k + 1;
    while (v < pred.length && has(p.toks[pred[v]], 'Adverb') && !isVerb(p.toks[pred[v]])) v++;
    const vt = p.toks[pred[v]];
    if (!vt || !isVerb(vt) || has(vt, 'Gerund')) continue;
    const tensed = has(vt, 'Modal') || has(vt, 'Copula') || has(vt, 'Auxiliary') || has(vt, 'PastTense') || has(vt, 'PresentTense');
    if (!tensed) continue;
    // "for $17bn in cash and shares": a last word in -s after a noun and "and" is a plural noun, not a predicate.
    if (v === pred.length - 1 && /s$/.test(vt.lower) && !has(vt, 'PastTense') && has(p.toks[pred[k - 1]], 'Noun') && !has(p.toks[pred[k - 1]], 'Pronoun')) continue;
    const bareBase = has(vt, 'Infinitive') && !has(vt, 'PastTense');
    if (bareBase && (hasModal || !has(head, 'PresentTense'))) continue;
    const bareParticiple = has(vt, 'PastTense') && !BE.has(vt.lower) && !has(vt, 'Modal') && !has(vt, 'Auxiliary');
    if (bareParticiple && copular) continue;
    // "had his office searched and sealed by police": participles coordinated after a causative's object.
    const causative = /^(have|has|had|get|gets|got)$/.test(head.lower) && !isVerb(p.toks[pred[1]]);
    if (bareParticiple && k > 2 && causative && has(p.toks[pred[k - 1]], 'PastTense')) continue;
    if (insideQuote(p, pred[startK], pred[k])) continue;
    if (pred.slice(startK, k).some((i) => RELATIVE_PRONOUNS.has(p.toks[i].lower)) && !matchesHeadNotRelative(p, pred.slice(startK, k), vt)) continue;
    const endK = k;
    out.push(pred.slice(startK, endK));
    startK = v;
  }
  out.push(pred.slice(startK));
  return out.filter((x) => x.length);
}

const verbForm = (t: Tok): string => (has(t, 'Modal') ? 'modal' : has(t, 'PastTense') ? 'past' : has(t, 'PresentTense') ? 'present' : '');

/**
 * "apologized for errors that could have led to deaths and agreed to pay": after a relative clause, a past
 * tense like the predicate's head's, where the relative clause's verb is not one, coordinates with the head.
 * (A present form is no such sign: "support that seeds can be stored … and grow" is a bare infinitive.)
 */
function matchesHeadNotRelative(p: Parsed, stretch: readonly number[], vt: Tok): boolean {
  const r = stretch.findIndex((i) => RELATIVE_PRONOUNS.has(p.toks[i].lower));
  const rel = stretch.slice(r + 1).find((i) => isVerb(p.toks[i]));
  const head = verbForm(p.toks[stretch[0]]);
  return rel !== undefined && head === 'past' && verbForm(vt) === head && verbForm(p.toks[rel]) !== head;
}

/** A coordinator inside a quoted phrase of the predicate is not a predicate boundary. */
function insideQuote(p: Parsed, from: number, to: number): boolean {
  const s = p.text.slice(p.toks[from].start, p.toks[to].start);
  let open = 0;
  for (const c of s) {
    if (c === CURLY_OPEN) open++;
    else if (c === CURLY_CLOSE) open = Math.max(0, open - 1);
  }
  return open > 0;
}
