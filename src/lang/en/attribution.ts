// Attribution cues: "according to X", "…, X said", "said X", "X told Y that …", quotation cues.
import { nounLikePast, parseClause, type Parsed } from './clauses.js';
import {
  ASSENT_VERBS, BE, DOCUMENT_NOUNS, FINDING_VERBS, GROUP_NOUNS, LISTENER_ONLY, LISTENER_VERBS, OWN_BELIEF_VERBS, READING_VERBS, RELATIVE_PRONOUNS,
  SPEAKER_PARTICIPLES, SPEECH_VERBS, STANCE_VERBS, STATEMENT_NOUNS, SUBORDINATORS, TIME_NOUNS, TIME_OPENERS,
} from './lexicon.js';
import { has, isFinite, isVerb, type Tok } from './tokens.js';

export interface Cue {
  /** Tokens naming the speaker. */
  speaker: number[];
  /** Tokens of the whole cue (speaker, verb, adverbials). */
  tokens: number[];
}

const SAY = new Set(['say', 'says', 'said']);

const speechVerb = (p: Parsed, i: number): boolean => !!p.toks[i] && speechVerbTok(p.toks[i]);
const speechVerbTok = (t: Tok): boolean => SPEECH_VERBS.has(t.lower) && isVerb(t);

/** Runs of consecutive token indices. */
export function runs(seq: readonly number[]): number[][] {
  const out: number[][] = [];
  for (const i of seq) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1] === i - 1) last.push(i);
    else out.push([i]);
  }
  return out;
}

/** "according to X": the cue and the source's tokens (to the next boundary). */
export function accordingTo(p: Parsed, seq: readonly number[]): Cue | null {
  for (let k = 0; k < seq.length - 2; k++) {
    if (p.toks[seq[k]].lower !== 'according' || p.toks[seq[k + 1]].lower !== 'to') continue;
    const speaker: number[] = [];
    for (let j = k + 2; j < seq.length; j++) {
      speaker.push(seq[j]);
      if (p.boundary[seq[j]] && !apposition(p, seq, j + 1)) break;
    }
    return { speaker, tokens: seq.slice(k, k + 2).concat(speaker) };
  }
  return null;
}

/** After a comma: "president of X," — a short noun stretch that is not a clause. */
function apposition(p: Parsed, seq: readonly number[], k: number): boolean {
  // "…, the analysts said, calling for lower taxes": a participle opens the speaker's own act, not an apposition.
  if (k < seq.length && SPEAKER_PARTICIPLES.has(p.toks[seq[k]].lower)) return false;
  let n = 0;
  for (let j = k; j < seq.length; j++, n++) {
    // The first word after the comma is judged alone: "told her, were …" ("her" is no determiner of "were").
    if (j === k ? isFinite([p.toks[seq[j]]], 0) : isFinite(p.toks, seq[j]) || nounLikePast(p, seq, j)) return false;
    if (p.boundary[seq[j]]) return n < 8;
  }
  return n > 0 && n < 8;
}

const nounStart = (p: Parsed, i: number): boolean => {
  const t = p.toks[i];
  // "…, two sources familiar with the matter said": a number opens the speaker's noun phrase too.
  return !!t && !isVerb(t) && (has(t, 'Noun') || has(t, 'Pronoun') || has(t, 'Determiner') || /^\p{Lu}/u.test(t.text) || has(t, 'Adjective')
    || has(t, 'Value'));
};

/** Noun phrase tokens from position k while no verb and no boundary: the speaker of an inverted cue. */
function nounRun(p: Parsed, seq: readonly number[], k: number, stopAtBoundary: boolean): number[] {
  const out: number[] = [];
  for (let j = k; j < seq.length; j++) {
    const t = p.toks[seq[j]];
    // "said a person familiar with the matter": a preposition after an adjective belongs to the speaker's phrase.
    const withAdjective = t.lower === 'with' && has(p.toks[seq[j - 1]], 'Adjective');
    // "said the agency's Dr. Ann Lee": compromise splits the possessive off as a verb ("'s" = "is") before a name.
    const possessive = /^['’]s$/.test(t.text) && j > k && /^\p{Lu}/u.test(p.toks[seq[j + 1]]?.text ?? '');
    if (possessive) {
      out.push(seq[j]);
      continue;
    }
    if (isVerb(t) && !has(t, 'Noun') || has(t, 'Preposition') && t.lower !== 'of' && t.lower !== 'for' && !withAdjective) break;
    out.push(seq[j]);
    if (stopAtBoundary && p.boundary[seq[j]]) break;
  }
  return out;
}

/**
 * A cue that makes up a comma-delimited stretch of its own, after the reported clause or inside it:
 * "…, police said.", "…, said Joe Smith, president of X.", "There was, Mr P said, a time …".
 */
export function trailingCue(p: Parsed, seq: readonly number[]): Cue | null {
  for (let a = 1; a < seq.length; a++) {
    if (!p.boundary[seq[a - 1]]) continue;
    const c = cueAt(p, seq, a);
    if (c && !actWithObject(p, c)) return c;
  }
  return null;
}

/**
 * "When the polls closed, the opposition claimed victory": a speech verb after its speaker with a noun phrase for
 * object is an act of the main clause, not a cue on the stretch before it.
 */
function actWithObject(p: Parsed, cue: Cue): boolean {
  const v = cue.tokens.indexOf(cue.speaker[cue.speaker.length - 1]) + 1;
  const verb = p.toks[cue.tokens[v]];
  if (v <= 0 || !verb || !speechVerbTok(verb) || cue.tokens[0] !== cue.speaker[0] || LISTENER_VERBS.has(verb.lower)) return false;
  let o = v + 1;
  while (o < cue.tokens.length && has(p.toks[cue.tokens[o]], 'Adverb') && !has(p.toks[cue.tokens[o]], 'Noun')) o++;
  const next = p.toks[cue.tokens[o]];
  return !!next && (has(next, 'Determiner') || has(next, 'Noun') || has(next, 'Adjective')) && !has(next, 'Date') && !has(next, 'Pronoun')
    && !has(next, 'Preposition') && !TIME_OPENERS.has(next.lower) && !TIME_NOUNS.has(next.lower);
}

/**
 * A cue in an "as" clause of its own, before the claim or inside it: "As the secretary put it, the markets were
 * nervous", "The vote, as Smith noted, was close". The clause holds only the speaker and a speech verb (or "put it").
 */
export function asCue(p: Parsed, seq: readonly number[]): Cue | null {
  for (let a = 0; a < seq.length - 2; a++) {
    if (p.toks[seq[a]].lower !== 'as' || a > 0 && !p.boundary[seq[a - 1]]) continue;
    let end = a + 1;
    while (end < seq.length && !p.boundary[seq[end - 1]]) end++;
    if (end >= seq.length && a === 0) continue;
    // "As Smith noted last week,": a date after the verb belongs to the cue.
    let e = end;
    while (e > a + 2 && has(p.toks[seq[e - 1]], 'Date')) e--;
    const last = p.toks[seq[e - 1]];
    const v = last.lower === 'it' && p.toks[seq[e - 2]]?.lower === 'put' ? e - 2 : speechVerb(p, seq[e - 1]) ? e - 1 : -1;
    const speaker = seq.slice(a + 1, v);
    if (v < a + 2 || speaker.length > 8 || !nounStart(p, speaker[0]) || speaker.some((i) => isVerb(p.toks[i]) && !has(p.toks[i], 'Noun'))) continue;
    // "As its name suggests, …": a thing's own name or title speaks for nobody.
    if (!speakerLike(p, speaker) || p.toks[speaker[0]].lower === 'its') continue;
    return { speaker, tokens: seq.slice(a, end) };
  }
  return null;
}

/** A cue that makes up a whole sentence or the stretch starting at a: "he said.", "said X." */
export function cueAt(p: Parsed, seq: readonly number[], a: number): Cue | null {
  let end = seq.length;
  for (let j = a; j < seq.length - 1; j++) if (p.boundary[seq[j]] && !apposition(p, seq, j + 1)) { end = j + 1; break; }
  const seg = seq.slice(a, end);
  if (!seg.length) return null;
  // "state party officials said": a lowercase speech word that modifies the speaker's noun is no inverted cue.
  const modifier = (): boolean => seg.slice(1, 6).some((i) => speechVerb(p, i) && has(p.toks[i], 'PastTense'));
  const named = appositiveSpeaker(p, seq, a, end);
  if (named) return named;
  // "Ann Lee, who toured the region, declared a state of emergency", "Ann Lee, the mayor, announced a plan": after a
  // subject with its relative clause or apposition the verb is the main clause's, with its object; an inverted cue
  // follows the clause it reports.
  const subjectBefore = (): boolean => {
    const lead = seq.slice(0, a);
    const first = p.toks[lead[0]];
    if (!lead.length || !(has(first, 'Noun') || has(first, 'Determiner') || has(first, 'ProperNoun'))) return false;
    // The relative clause runs from its pronoun to the comma before the verb.
    const r = lead.findIndex((k, n) => n > 0 && p.boundary[lead[n - 1]] && RELATIVE_PRONOUNS.has(p.toks[k].lower) && p.toks[k].lower !== 'that');
    if (r > 0 && lead.slice(r, -1).every((k) => !p.boundary[k])) return true;
    return parseClause(p, lead) === null;
  };
  // "…, told reporters": who is told is the listener; "told X" never names the speaker as "said X" does.
  if (speechVerb(p, seg[0]) && !LISTENER_ONLY.has(p.toks[seg[0]].lower) && nounStart(p, seg[1]) && !modifier() && !subjectBefore()) {
    const speaker = nounRun(p, seq.slice(0, end), a + 1, false);
    if (!speaker.length || speaker.length > 14 || !speakerLike(p, speaker)) return null;
    // "…, said the agency's Dr. Ann Lee said Friday.": a speech verb written twice around the speaker, with only a time
    // after it, is one cue.
    const twice = a + 1 + speaker.length;
    const doubled = twice < end && speechVerb(p, seq[twice]) && seq.slice(twice + 1, end).every((k) => has(p.toks[k], 'Date') || /^(on|last|this)$/.test(p.toks[k].lower));
    if (!doubled && restHasClause(p, seq, twice, end)) return null;
    // "…, said Clinton, who spoke in Ohio.": a relative clause on the speaker closes the sentence as part of the cue.
    const relative = end < seq.length && /^(who|whose)$/.test(p.toks[seq[end]].lower) && p.boundary[seq[end - 1]];
    return { speaker, tokens: seq.slice(a, relative ? relativeEnd(p, seq, end) : end) };
  }
  // "…, the general was quoted as saying.": a passive cue; the speaker is its subject.
  const lower = (j: number): string => p.toks[seg[j]]?.lower ?? '';
  const qa = seg.findIndex((_, j) => j > 0 && j < 9 && BE.has(lower(j)) && lower(j + 1) === 'quoted' && lower(j + 2) === 'as');
  if (qa > 0 && nounStart(p, seg[0]) && speakerLike(p, seg.slice(0, qa)) && !restHasClause(p, seq, a + qa + 4, end)) {
    return { speaker: seg.slice(0, qa), tokens: seg };
  }
  let v = -1;
  for (let j = 0; j < seg.length && j < 8; j++) {
    if (j === 0 && speechVerb(p, seg[0]) && modifier()) continue;
    // "The plan, the report found, would work": a document's finding verb is its cue.
    const finding = a > 0 && j > 0 && j === seg.length - 1 && FINDING_VERBS.has(p.toks[seg[j]].lower) && DOCUMENT_NOUNS.has(p.toks[seg[j - 1]].lower);
    // `"The plan is dead," the post reads.`: a text "reads" what it says, as the last words of the sentence.
    const prevNoun = p.toks[seg[j - 1]]?.lower ?? '';
    const reading = j > 0 && j === seg.length - 1 && end === seq.length && READING_VERBS.has(p.toks[seg[j]].lower)
      && (STATEMENT_NOUNS.has(prevNoun) || DOCUMENT_NOUNS.has(prevNoun));
    if (speechVerb(p, seg[j]) || finding || reading) { v = j; break; }
    if (isVerb(p.toks[seg[j]]) && !has(p.toks[seg[j]], 'Noun')) break;
  }
  if (v <= 0 || !(nounStart(p, seg[0]) || modifier()) || !speakerLike(p, seg.slice(0, v))) return null;
  const before = p.toks[seg[v - 1]];
  if (BE.has(before.lower)) return null;
  if (restHasClause(p, seq, a + v + 1, end)) return null;
  // "he sternly told her": the adverb is not part of the speaker.
  let sv = v;
  while (sv > 1 && has(p.toks[seg[sv - 1]], 'Adverb') && !has(p.toks[seg[sv - 1]], 'Noun')) sv--;
  return { speaker: seg.slice(0, sv), tokens: seg };
}

/**
 * `"…," the chief executive, Dan Cole, told reporters on Monday.`: a description, the name in apposition to it,
 * then the speech verb. The stretch seq[a, end) is description and name (the comma between them read as an
 * apposition); the name is the speaker, the cue runs to the boundary after the verb.
 */
function appositiveSpeaker(p: Parsed, seq: readonly number[], a: number, end: number): Cue | null {
  if (end >= seq.length || !speechVerb(p, seq[end]) || !p.boundary[seq[end - 1]]) return null;
  let b = end - 2;
  while (b > a && !p.boundary[seq[b]]) b--;
  if (b <= a) return null;
  const name = seq.slice(b + 1, end);
  const head = seq.slice(a, b + 1);
  const cap = (i: number): boolean => /^\p{Lu}/u.test(p.toks[i].text);
  if (name.length > 4 || !name.every(cap) || name.some((i) => isVerb(p.toks[i]) && !has(p.toks[i], 'Noun'))) return null;
  if (cap(head[0]) || !has(p.toks[head[0]], 'Determiner') || head.some((i) => isVerb(p.toks[i]) && !has(p.toks[i], 'Noun'))) return null;
  let to = end + 1;
  while (to < seq.length && !p.boundary[seq[to - 1]]) to++;
  if (restHasClause(p, seq, end + 1, to)) return null;
  return { speaker: name, tokens: seq.slice(a, to) };
}

/** The end of a relative clause from position k: the next boundary, or the end of the sequence. */
function relativeEnd(p: Parsed, seq: readonly number[], k: number): number {
  for (let j = k; j < seq.length - 1; j++) if (p.boundary[seq[j]]) return j + 1;
  return seq.length;
}

/** "That said, …" is an idiom and "a term which suggests …" a relative clause: neither names a speaker. */
export function speakerLike(p: Parsed, speaker: readonly number[]): boolean {
  const lastWord = p.toks[speaker[speaker.length - 1]].lower;
  if (RELATIVE_PRONOUNS.has(lastWord) || lastWord === 'what') return false;
  // "…, or an estimated $15,000 each": a speaker names someone; a determiner after a coordinator names nobody.
  const naming = (i: number): boolean => has(p.toks[i], 'Noun') || has(p.toks[i], 'Pronoun') || /^\p{Lu}/u.test(p.toks[i].text);
  // "…, the firm confirmed": compromise may tag a noun after a determiner an adjective ("firm"); closing the phrase, it names.
  const last = p.toks[speaker[speaker.length - 1]];
  const headAdjective = speaker.length > 1 && has(p.toks[speaker[speaker.length - 2]], 'Determiner') && has(last, 'Adjective') && !isVerb(last);
  if (!(speaker.some(naming) || headAdjective) || /^(or|and|but|nor)$/.test(p.toks[speaker[0]].lower)) return false;
  // "…, as alleged by her former butler": a subordinator names nobody.
  return !(speaker.length === 1 && (lastWord === 'this' || lastWord === 'that' || SUBORDINATORS.has(lastWord)));
}

function restHasClause(p: Parsed, seq: readonly number[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = p.toks[seq[k]].lower;
    if (w === 'that') return true;
    if (w === 'why' || w === 'who' || w === 'which' || w === 'where' || w === 'how') return false;
    // "…, the bank said in a report released Monday.": a participle right after the noun of the occasion is its reduced
    // relative, no clause.
    const t = p.toks[seq[k]];
    const prev = p.toks[seq[k - 1]];
    if (k > from && has(t, 'PastTense') && !has(t, 'Auxiliary') && !has(t, 'Copula') && has(prev, 'Noun') && !has(prev, 'Pronoun')
      && !p.boundary[seq[k - 1]] && seq.slice(from, k).some((i) => has(p.toks[i], 'Preposition'))) continue;
    if (isFinite(p.toks, seq[k]) && !has(p.toks[seq[k]], 'Noun')) return true;
  }
  return false;
}

/**
 * "X said (that) CLAUSE", "X told Y CLAUSE", "X said in a statement that CLAUSE": where the reported
 * clause starts (a position in seq), or -1. `verbK` is the clause's first verb. `ownBelief`: the subject is the
 * speaker of an outer cue, so that verbs of belief ("she thought …") frame a clause too.
 */
export function complementStart(p: Parsed, seq: readonly number[], verbK: number, subject: readonly number[] = [], ownBelief = false): number {
  // "Obama was quoted as saying the economy …": a passive cue before the clause.
  const w = (n: number): string => p.toks[seq[verbK + n]]?.lower ?? '';
  if (BE.has(w(0)) && w(1) === 'quoted' && w(2) === 'as' && w(3) === 'saying' && verbK + 4 < seq.length) {
    return w(4) === 'that' ? (verbK + 5 < seq.length ? verbK + 5 : -1) : verbK + 4;
  }
  let k = verbK;
  let speech = -1;
  const head = headNoun(p, subject);
  const finding = (i: number): boolean =>
    DOCUMENT_NOUNS.has(head) && FINDING_VERBS.has(p.toks[i].lower) && isVerb(p.toks[i]) && p.toks[i + 1]?.lower === 'that';
  // "Analysts expect the rate will fall", "Experts agree that …": a belief reported like speech, with its clause.
  const stance = (i: number): boolean =>
    isVerb(p.toks[i]) && (STANCE_VERBS.has(p.toks[i].lower) || ownBelief && OWN_BELIEF_VERBS.has(p.toks[i].lower)
      || ASSENT_VERBS.has(p.toks[i].lower) && p.toks[i + 1]?.lower === 'that');
  while (k < seq.length && ((isVerb(p.toks[seq[k]]) || progressiveSpeech(p, seq, k)) && speech < 0 || has(p.toks[seq[k]], 'Adverb'))) {
    if (speechVerb(p, seq[k]) || finding(seq[k]) || stance(seq[k]) || progressiveSpeech(p, seq, k)) speech = k;
    k++;
  }
  if (speech < 0 || speech !== k - 1 && !has(p.toks[seq[k - 1]], 'Adverb')) return -1;
  if (speech > verbK && BE.has(p.toks[seq[speech - 1]].lower)) return -1;
  let j = speech + 1;
  if (LISTENER_VERBS.has(p.toks[seq[speech]].lower)) {
    const after = skipObject(p, seq, j);
    // "warned the dispute was likely …": what looked like a listener is the subject of the reported clause.
    const bare = !/^tel|^told/.test(p.toks[seq[speech]].lower) && after > j && isFinite(p.toks, seq[after]) && !has(p.toks[seq[after]], 'Gerund') && clauseAt(p, seq, j);
    if (!bare) j = after;
  }
  // "said Tuesday night the plan …", "said on Tuesday the plan …": a date after the verb is no part of the clause.
  while (j < seq.length - 1 && (has(p.toks[seq[j]], 'Date') && !has(p.toks[seq[j]], 'Preposition') && !p.boundary[seq[j]]
    || /^(on|last|this)$/.test(p.toks[seq[j]].lower) && has(p.toks[seq[j + 1]], 'Date')
    || /^(night|morning|afternoon|evening)$/.test(p.toks[seq[j]].lower) && has(p.toks[seq[j - 1]], 'Date'))) j++;
  for (let n = 0; j < seq.length && n < 12; n++, j++) {
    const t = p.toks[seq[j]];
    // "said during an interview that aired Sunday that …": a relative "that" before a verb is the interview's.
    if (t.lower === 'that' && n > 0 && isFinite(p.toks, seq[j + 1]) && !clauseAt(p, seq, j + 1)) {
      const next = seq.findIndex((i, m) => m > j + 1 && m < j + 8 && p.toks[i].lower === 'that' && !p.boundary[seq[m - 1]]);
      if (next >= 0) {
        j = next - 1;
        continue;
      }
    }
    if (t.lower === 'that') return j + 1 < seq.length ? j + 1 : -1;
    if (n === 0 && (clauseAt(p, seq, j) && !objectWithTail(p, seq, speech, j) || clauseWithAside(p, seq, j))) return j;
    // "said in a statement released Tuesday that …": a participle after the noun of the occasion is its reduced relative.
    if (n > 1 && has(t, 'PastTense') && !has(t, 'Auxiliary') && !has(t, 'Copula') && has(p.toks[seq[j - 1]], 'Noun') && !has(p.toks[seq[j - 1]], 'Pronoun')
      && !p.boundary[seq[j - 1]]) continue;
    // "said in a filing that …", "said at a briefing on Monday that …": a word in -ing after a determiner is a noun;
    // "said in a televised address that …": one in -ed there, before a noun, an adjective.
    const afterDeterminer = n > 0 && has(p.toks[seq[j - 1]], 'Determiner') && !p.boundary[seq[j - 1]];
    const nominal = afterDeterminer && (t.lower.endsWith('ing') || t.lower.endsWith('ed') && has(p.toks[seq[j + 1]] ?? t, 'Noun') && !p.boundary[seq[j]]);
    if (isVerb(t) && !has(t, 'Noun') && !nominal) return -1;
  }
  const first = p.toks[seq[speech + 1]];
  if (SAY.has(p.toks[seq[speech]].lower) && first && !has(first, 'Preposition')
    && seq.slice(speech + 2).some((i) => isVerb(p.toks[i]) && !has(p.toks[i], 'Gerund'))) return speech + 1;
  return -1;
}

/**
 * "The government announced a new tax on sugary drinks": compromise may read the last plural of an object as a verb in
 * -s ("drinks"); after a speech verb other than "say", a bare clause whose subject holds a preposition and whose verb is
 * one last word in -s is that verb's object.
 */
function objectWithTail(p: Parsed, seq: readonly number[], speech: number, j: number): boolean {
  if (SAY.has(p.toks[seq[speech]].lower)) return false;
  const c = parseClause(p, seq.slice(j), true);
  const pred = c?.predicates[0];
  if (!c || !pred || c.predicates.length > 1 || pred.length !== 1 || pred[0] !== seq[seq.length - 1]) return false;
  const v = p.toks[pred[0]];
  return /^\p{Ll}+s$/u.test(v.text) && has(v, 'PresentTense') && c.subject.some((k) => has(p.toks[k], 'Preposition'));
}

/** "Insurers are warning brokers that …": a speech verb in the progressive, after a form of "be". */
function progressiveSpeech(p: Parsed, seq: readonly number[], k: number): boolean {
  const w = p.toks[seq[k]].lower;
  // compromise may tag the participle a noun ("warning" as in "a warning"); the form of "be" before it decides.
  if (!w.endsWith('ing')) return false;
  let b = k - 1;
  while (b >= 0 && has(p.toks[seq[b]], 'Adverb')) b--;
  const stem = w.slice(0, -3);
  return b >= 0 && BE.has(p.toks[seq[b]].lower) && (SPEECH_VERBS.has(`${stem}s`) || SPEECH_VERBS.has(`${stem}es`) || SPEECH_VERBS.has(`${stem}e`));
}

/** The head noun of a subject: its last word before a participle, preposition or relative clause. */
function headNoun(p: Parsed, subject: readonly number[]): string {
  let h = '';
  for (let k = 0; k < subject.length; k++) {
    const t = p.toks[subject[k]];
    if (k > 0 && (isVerb(t) || has(t, 'Preposition') || p.boundary[subject[k - 1]])) break;
    h = t.lower;
  }
  return h;
}

function skipObject(p: Parsed, seq: readonly number[], j: number): number {
  return thatAfterPlace(p, seq, j) ?? listenerEnd(p, seq, j);
}

/**
 * "told supporters at a rally in Iowa that …", "told him at the meeting that …": the "that" after the listener and a
 * prepositional phrase, before any finite verb or comma.
 */
function thatAfterPlace(p: Parsed, seq: readonly number[], from: number): number | null {
  let preposition = false;
  for (let j = from; j < seq.length && j < from + 12; j++) {
    const t = p.toks[seq[j]];
    if (t.lower === 'that') return preposition ? j : null;
    preposition ||= has(t, 'Preposition');
    const noun = has(t, 'Gerund') || has(p.toks[seq[j - 1]], 'Determiner') || GROUP_NOUNS.has(t.lower);
    if (isVerb(t) && !noun || p.boundary[seq[j]]) return null;
  }
  return null;
}

function listenerEnd(p: Parsed, seq: readonly number[], j: number): number {
  const t = p.toks[seq[j]];
  if (!t || t.lower === 'that') return j;
  if (has(t, 'Pronoun')) return j + 1;
  let k = j;
  if (has(t, 'Determiner')) k++;
  // "told police his wife was away": compromise may tag a listener noun a verb ("police"); a noun for people is the listener.
  while (k < seq.length && (/^\p{Lu}/u.test(p.toks[seq[k]].text) && k > j || k === j && GROUP_NOUNS.has(p.toks[seq[k]].lower)
    || !isVerb(p.toks[seq[k]]) && !has(p.toks[seq[k]], 'Pronoun'))
    && !has(p.toks[seq[k]], 'Determiner') && p.toks[seq[k]].lower !== 'that' && p.toks[seq[k]].lower !== 'there') {
    k++;
    if (p.boundary[seq[k - 1]]) break;
  }
  return k;
}

/**
 * "Officials said the talks, which began in March, had stalled": a clause whose subject carries a relative clause or a
 * participle set off by commas ("the bridge, built in 1990, was …") opens at j too.
 */
function clauseWithAside(p: Parsed, seq: readonly number[], j: number): boolean {
  const c = parseClause(p, seq.slice(j));
  const aside = c?.asides?.[0];
  if (!c || !aside || c.subject[0] !== seq[j] || !has(p.toks[seq[j]], 'Determiner') && !has(p.toks[seq[j]], 'Noun')) return false;
  const t = p.toks[aside[0]];
  // "Police said the driver, 45, had been drinking", "… the driver, a local man, had …": an age or a short apposition.
  const apposed = aside.length <= 6 && (has(t, 'Value') || has(t, 'Determiner') && !RELATIVE_PRONOUNS.has(t.lower))
    && aside.every((i) => !isVerb(p.toks[i]) || has(p.toks[i], 'Noun'));
  const opener = RELATIVE_PRONOUNS.has(t.lower) || has(t, 'PastTense') && !BE.has(t.lower) || apposed;
  return opener && c.subject.every((i) => !isVerb(p.toks[i]) || has(p.toks[i], 'Noun'));
}

/**
 * A clause with its own subject opens at j. Not "declared a state of emergency and promised aid": a subject that ends in
 * a coordinator is the speech verb's object, and the verb after it a second predicate of the speaker.
 */
const clauseAt = (p: Parsed, seq: readonly number[], j: number): boolean => {
  const c = parseClause(p, seq.slice(j), true);
  return c !== null && !/^(and|or)$/.test(p.toks[c.subject[c.subject.length - 1]].lower);
};
