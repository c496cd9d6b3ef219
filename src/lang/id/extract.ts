// Indonesian claims: statements, reported speech ("X mengatakan bahwa …", "Menurut X, …") and quotations
// with their cues ("…,” ujarnya"), one sentence at a time; quotations may run over several sentences.
import type { ClaimDraft, Range, Sentence } from '../../types.js';
import type { DocumentContext } from '../types.js';
import {
  type Cue, closesSentence, cueAfter, documentOpener, findClosingOnly, findQuote, inlineCue, reportedStart, sourceOpener, sourceTrailer, speechVerbAt,
} from './attribution.js';
import { parseClauses, type Clause } from './clauses.js';
import { cleaning } from './cleaning.js';
import {
  AFTER_CUES, ASPECT, CLAIMING_PASSIVES, CLAUSE_SPEECH_VERBS, CONJUNCTIONS, COMMA_SPEECH_VERBS, EXAMPLE_MARKERS, IMPERATIVE_LOOKALIKES, IMPERSONAL_CUES,
  ALSO, DEMONSTRATIVE_ACTORS, SPOKEN_WORDS, DOCUMENT_CUES, DOCUMENT_NOUNS, SEQUEL_VERBS,
  INDEFINITES, ISSUING_PASSIVES, LIST_MARKERS, PERSON_PRONOUNS, POSTPOSED_STOPS, PREDICATE_ADJECTIVES, PREDICATE_MARKERS, PREPOSITIONS,
  NAMING_VERBS, PRESENTATIONAL, PSEUDO_CLEFTS,
  QUESTION_WORDS, REPORT_NOUNS, SAYING_PASSIVES, SEQUENCE_ADVERBS, SPEAKER_PRONOUNS, SPEECH_VERBS, SUBJECT_ADVERBS, SUBORDINATE, TOPIC_PREPOSITIONS,
} from './lexicon.js';
import { isVerbWord, opensPredicate } from './morphology.js';
import { cleanName, isRole, nameInCue } from './names.js';
import { breaksClause, isCapitalized, tokenize } from './tokens.js';
import { alternation } from '../patterns.js';
import { CLOSING_DOUBLE, OPENING_DOUBLE, STRAIGHT_DOUBLE } from '../quotes.js';

interface OpenQuote {
  parts: { sentence: number; text: string; from: number; to: number }[];
  source: string | null;
}

/** How a claim is given: who says it (null: the article's own voice), as what kind of claim, and the cue that says so. */
type Attribution = Pick<ClaimDraft, 'source' | 'kind' | 'cue'>;

/** The article's own voice. */
const STATEMENT: Attribution = { source: null, kind: 'statement' };

/** The sentence being read: its index in the document and its text. */
interface Reading {
  sentence: number;
  text: string;
}

/**
 * A stretch [from, to) of the sentence whose clauses are reported, parsed from `text`: the sentence itself by default,
 * or the sentence with an inline cue blanked out (names and actions are still read from the sentence). `titleCase`
 * parses it as a headline set in title case.
 */
interface Stretch {
  from: number;
  to: number;
  text?: string;
  titleCase?: boolean;
}

/** Who reports a stretch: the speaker as written, the cue that names them, and whether a speech verb introduced it. */
interface Report {
  source: string;
  cue: Range;
  speechVerb?: boolean;
}

export function extract(sentences: readonly Sentence[], doc: DocumentContext): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  let open: OpenQuote | null = null;
  let lastSpeaker: { source: string; sentence: number } | null = null;
  // the document a clause was last read in ("Dalam RPP tersebut, …"), for sentences that read on in it
  let inForce: { source: string; sentence: number } | null = null;
  const flush = (source: string | null, cue?: { sentence: number; range: Range }) => {
    if (!open) return;
    for (const p of open.parts) {
      const claims = quoteClaims(p.text, p.from, p.to, p.sentence, source, cue?.range);
      // The closing cue ("…,” kata X, Rabu (11/4/2018).") dates every sentence of the quotation.
      out.push(...(cue && cue.sentence !== p.sentence ? claims.map((c) => ({ ...c, cueSentence: cue.sentence })) : claims));
    }
    open = null;
  };
  sentences.forEach((s, i) => {
    const text = s.text;
    const before = out.length;
    if (open) {
      const close = findClosingOnly(text);
      if (close >= 0) {
        open.parts.push({ sentence: i, text, from: 0, to: close });
        const cue = cueAfter(text, close + 1);
        const source = cue?.source ?? open.source;
        flush(source, cue ? { sentence: i, range: cue.range } : undefined);
        if (source) lastSpeaker = { source, sentence: i };
        return;
      }
      const next = findQuote(text);
      if (!next) {
        open.parts.push({ sentence: i, text, from: 0, to: text.length });
        return;
      }
      // "“Kami juga akan memeriksa pemilik PO.¶“Jika terbukti lalai, pemilik bisa dipidana,” tambah Rio.": a quotation
      // running over paragraphs opens each of them again and is closed only in the last, where its cue stands
      if (/^\s*$/.test(text.slice(0, next.open))) {
        open.parts.push({ sentence: i, text, from: next.open + 1, to: next.close < 0 ? text.length : next.close });
        if (next.close < 0) return;
        const cue = cueAfter(text, next.close + 1);
        const source = cue?.source ?? open.source ?? (lastSpeaker && lastSpeaker.sentence >= i - 2 ? lastSpeaker.source : null);
        flush(source, cue ? { sentence: i, range: cue.range } : undefined);
        if (source) lastSpeaker = { source, sentence: i };
        return;
      }
      flush(open.source);
    }
    if (isQuestion(text)) return;
    const titleCase = i === 0 && !!doc.title && text.trim() === doc.title.trim();
    const q = findQuote(text);
    // `Bahan itu sudah lama, jadi tidak valid lagi," tegas Askolani.`: the quotation's opening mark was lost
    const closing = !q || q.close < 0 ? findClosingOnly(text) : -1;
    const lostOpen = closing >= 0 && (!q || q.open === closing) ? cueAfter(text, closing + 1) : null;
    if (lostOpen) {
      quoteBack(out, sentences, i, lostOpen.source, lostOpen.range);
      out.push(...quoteClaims(text, 0, closing, i, lostOpen.source, lostOpen.range));
      lastSpeaker = { source: lostOpen.source, sentence: i };
      return;
    }
    if (q && /^\s*$/.test(text.slice(0, q.open))) {
      if (q.close < 0) {
        open = { parts: [{ sentence: i, text, from: q.open + 1, to: text.length }], source: null };
        return;
      }
      const cue = cueAfter(text, q.close + 1);
      const rest = text.slice(q.close + 1).trim();
      if (cue || /^[.!?…]*$/.test(rest)) {
        const source = cue?.source ?? (lastSpeaker && lastSpeaker.sentence >= i - 2 ? lastSpeaker.source : null);
        out.push(...quoteClaims(text, q.open + 1, q.close, i, source, cue?.range));
        if (cue) lastSpeaker = { source: cue.source, sentence: i };
        return;
      }
    } else if (q && q.open > 0) {
      const lead = leadingSpeaker(text, q.open);
      if (lead) {
        if (q.close < 0) open = { parts: [{ sentence: i, text, from: q.open + 1, to: text.length }], source: lead.source };
        else out.push(...quoteClaims(text, q.open + 1, q.close, i, lead.source, lead.cue));
        lastSpeaker = { source: lead.source, sentence: i };
        return;
      }
    }
    const lost = lostVerbSpeaker(text, out);
    if (lost) out.push(...reported({ sentence: i, text }, { from: lost.rest, to: text.length }, { source: lost.source, cue: [0, lost.rest - 1] }));
    else out.push(...proseClaims(text, i, titleCase));
    const attributed = out.slice(before).find((c) => c.source);
    if (attributed?.source) lastSpeaker = { source: attributed.source, sentence: i };
    // `Saya tidak menyarankan itu. Informasi harus benar, kata Enny.`: a quotation that lost all its marks
    const trailing = attributed?.source && !q ? inlineCue(text) : null;
    if (trailing?.sourceKind === 'cue') quoteBack(out, sentences, i, attributed!.source!, [trailing.range[0], text.length], before);
    const said = i > 0 && !attributed ? saidBefore(text) : null;
    if (said) attributeBack(out, sentences, i - 1, i, said, before);
    if (attributed?.source && isDocument(attributed.source)) inForce = { source: attributed.source, sentence: i };
    else if (!attributed && inForce && inForce.sentence >= i - MAX_DOCUMENT_GAP && readsOn(text)) {
      for (let k = before; k < out.length; k++) if (out[k].kind === 'statement') out[k] = { ...out[k], source: inForce.source, kind: 'reported' };
      if (out.length > before) inForce = { source: inForce.source, sentence: i };
    }
  });
  if (open) flush((open as OpenQuote).source);
  return out.map((c) => withClosingParen(c, sentences[c.sentence].text));
}

/**
 * "Rikwanto, kerusuhan itu tak berlangsung lama.": a speaker already quoted in the article, a comma, and a clause
 * that starts in lower case — the verb of saying ("menurut", "mengatakan") was lost. The speaker must have been a
 * source before, since "Jakarta, kota itu …" or "Budi, warga Bekasi, …" open sentences the same way.
 */
function lostVerbSpeaker(text: string, out: readonly ClaimDraft[]): { source: string; rest: number } | null {
  const m = /^(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2}), (?=\p{Ll})/u.exec(text);
  if (!m || !out.some((c) => c.source && (c.source === m[1] || c.source.split(/\s+/).includes(m[1])))) return null;
  const rest = m[0].length;
  // the rest is a clause with a subject of its own, not an apposition ("Rikwanto, juru bicara polisi, …")
  const clauses = parseClauses(text, rest, text.length);
  const first = clauses[0];
  const own = first?.subject && first.subject[0] === rest && !text.slice(rest, first.predicate[0]).includes(',');
  return own ? { source: m[1], rest } : null;
}

/**
 * "Hal itu disampaikan Uka dalam keterangan tertulisnya, Senin (3/11/2025).": "Hal ini/itu/tersebut" or "Demikian"
 * before a passive of saying (SAYING_PASSIVES) and its agent says who said the sentence before, and when. Returns the
 * agent as written and the cue, from the verb to the sentence end; null for anything else ("Hal itu dibahas …").
 */
function saidBefore(text: string): Cue | null {
  const m = SAID_BEFORE.exec(text);
  if (!m || !SAYING_PASSIVES.has(m[2].toLowerCase())) return null;
  const source = nameInCue(text, m[0].length, text.length);
  if (!source || !/^\p{Lu}/u.test(source)) return null;
  return { source, range: [m[1].length, text.length] };
}

const SAID_BEFORE = new RegExp(
  String.raw`^((?:hal\s+(?:ini|itu|tersebut)|demikian)\s+(?:(?:${alternation([...SEQUENCE_ADVERBS])})\s+)?)(\p{L}+)\s+(?:oleh\s+)?`,
  'iu',
);

/** How many sentences after the last one read in a document a sentence may still read on in it. */
const MAX_DOCUMENT_GAP = 2;

/** A source that is a document: "RPP", "paparan", "bahan paparan", "dokumen yang beredar" (its first or second word). */
const isDocument = (source: string) => source.toLowerCase().split(/\s+/).slice(0, 2).some((w) => DOCUMENT_NOUNS.has(w));

/**
 * A sentence that reads on in the document named just before: "Disebutkan bahwa gaji presiden …", "Dipaparkan pula
 * simulasi …", "Tertulis juga …" (an impersonal passive of DOCUMENT_CUES opening it), "Masih dari paparan yang sama, …".
 */
function readsOn(text: string): boolean {
  const toks = tokenize(text, 0, Math.min(text.length, 80));
  if (!toks.length) return false;
  if (DOCUMENT_CUES.has(toks[0].lower)) return true;
  return toks[0].lower === 'masih' && /^(?:dari|dalam|menurut)$/.test(toks[1]?.lower ?? '') && isDocument(text.slice(toks[2]?.start ?? 0, toks[3]?.end ?? 0));
}

/**
 * The claims of sentence `prev` that the article gave in its own voice become the speaker's reported claims, dated by
 * the cue in sentence `at`: "Penyitaan serupa juga dilakukan di daerah lain. Hal ini diutarakan oleh Prihadi …, Senin (13/3)."
 */
function attributeBack(out: ClaimDraft[], sentences: readonly Sentence[], prev: number, at: number, cue: Cue, end: number) {
  // a sentence already attributed ("…, kata Uka. Hal itu disampaikan Uka dalam keterangan tertulis, Senin.") takes the date
  // of the later cue unless it names a day of its own
  const undated = !DAY_OR_DATE.test(sentences[prev].text);
  for (let k = 0; k < end; k++) {
    const c = out[k];
    if (c.sentence !== prev || c.cueSentence !== undefined) continue;
    if (!c.source && c.kind === 'statement') out[k] = { ...c, source: cue.source, kind: 'reported', cue: cue.range, cueSentence: at };
    else if (c.source && undated) out[k] = { ...c, cue: cue.range, cueSentence: at };
  }
}

const DAY_OR_DATE = new RegExp(String.raw`\(\d{1,2}/\d{1,2}|(?<![\p{L}])(?:${cleaning.weekdays.join('|')}|kemarin)(?![\p{L}])`, 'iu');

/**
 * The clause ends at a word's core; an action that gave back its closing parenthesis ("… pada Kamis (19/4/2018)")
 * takes the clause with it, so the date inside lies within the clause.
 */
function withClosingParen(c: ClaimDraft, text: string): ClaimDraft {
  if (!c.clause || !c.action.endsWith(')') || text[c.clause[1]] !== ')') return c;
  return { ...c, clause: [c.clause[0], c.clause[1] + 1] };
}

const isQuestion = (text: string) => /\?[\s”"’)]*$/.test(text.slice(-8));

/** How many sentences a quotation without an opening mark reaches back over. */
const MAX_BACK = 3;
const FIRST_PERSON = /(?:^|[^\p{L}])(?:saya|aku|kami|kita)(?![\p{L}])/iu;
/**
 * What only a speaker says, not the article's own voice: the first person, an address to "Anda"/"kalian", an exclamation,
 * or advice ("Lapas seharusnya dibenahi. Petugas yang terlibat harus dipecat, tandas Mirza.": news does not advise;
 * a bare "harus" may state a rule in its own voice, "Pemohon harus membawa KTP").
 */
const SPOKEN = new RegExp(String.raw`${FIRST_PERSON.source}|(?:^|[^\p{L}])(?:${alternation([...SPOKEN_WORDS])})(?![\p{L}])|!\s*$`, 'iu');
const QUOTE_MARKS = new RegExp(`[${[STRAIGHT_DOUBLE, ...OPENING_DOUBLE, ...CLOSING_DOUBLE].join('')}]`);

/**
 * A cue closing a quotation whose opening mark was lost ("Saya sudah klarifikasi. Bahan itu sudah lama, jadi tidak
 * valid lagi,\" tegas Askolani.") also speaks the sentences just before it that carry no attribution, quotation mark
 * or question of their own: their statements become the speaker's quotes, dated by the cue. Up to MAX_BACK
 * sentences, and only those that speak in the first person, since the article's own voice ("Harga naik. Itu wajar,
 * kata Budi.") cannot be told from a lost quotation without it; unless the run follows a question, which the
 * speaker answers ("Bagaimana pandangan medis? Tusuk jarum itu hanya kepercayaan. Saya tidak menyarankannya, kata X.").
 */
function quoteBack(out: ClaimDraft[], sentences: readonly Sentence[], i: number, source: string, cue: Range, end = out.length) {
  const run: number[] = [];
  let answered = false;
  for (let j = i - 1; j >= 0 && j >= i - MAX_BACK - 1; j--) {
    const text = sentences[j].text;
    if (isQuestion(text)) {
      answered = run.length > 0;
      break;
    }
    if (run.length === MAX_BACK || QUOTE_MARKS.test(text)) break;
    if (outOf(out, j, end).some((k) => out[k].source || out[k].kind !== 'statement')) break;
    run.push(j);
  }
  // without a question before it, the run is the first-person sentences nearest the cue
  const firstPerson = run.findIndex((j) => !SPOKEN.test(sentences[j].text));
  let taken = answered ? run : run.slice(0, firstPerson < 0 ? run.length : firstPerson);
  // "Dedi menyampaikan: Kami sudah mengirim perahu. Tim gabungan membuka dapur umum. Warga akan dibantu, ujar Dedi.":
  // a colon after a verb of saying opened the quotation; every sentence from there to the cue is the speaker's
  const opened = colonOpening(out, sentences, i, end);
  if (opened && opened.sentence < (taken.length ? taken[taken.length - 1] : i)) {
    taken = [];
    for (let j = i - 1; j >= opened.sentence; j--) taken.push(j);
  }
  for (const j of taken) {
    const text = sentences[j].text;
    const own = outOf(out, j, end);
    const from = opened && j === opened.sentence ? opened.from : 0;
    const claims = quoteClaims(text, from, text.length, j, source, cue).map((c) => ({ ...c, cueSentence: i }));
    let at = own.length ? own[0] : out.findIndex((c, k) => k < end && c.sentence > j);
    if (at < 0) at = end;
    for (const k of own.reverse()) out.splice(k, 1);
    out.splice(at, 0, ...claims);
    end += claims.length - own.length;
  }
}

/** How many sentences a quotation opened by a colon may run over before its closing cue. */
const MAX_COLON_BACK = 5;

/**
 * The sentence before sentence i, at most MAX_COLON_BACK back, that opens a quotation with a verb of saying and a colon
 * ("Dedi menyampaikan: Kami …", "Katanya: …"), and where the quotation begins in it; none when a sentence between has
 * quotation marks, a question or an attribution of its own.
 */
function colonOpening(out: readonly ClaimDraft[], sentences: readonly Sentence[], i: number, end: number): { sentence: number; from: number } | null {
  for (let j = i - 1; j >= 0 && j >= i - MAX_COLON_BACK; j--) {
    const text = sentences[j].text;
    if (QUOTE_MARKS.test(text) || isQuestion(text)) return null;
    const colon = SPEECH_COLON.exec(text);
    if (colon) return { sentence: j, from: colon.index + colon[0].length };
    if (outOf(out, j, end).some((k) => out[k].source || out[k].kind !== 'statement')) return null;
  }
  return null;
}

const SPEECH_COLON = new RegExp(String.raw`(?<![\p{L}])(?:${alternation([...SPEECH_VERBS, ...AFTER_CUES, 'katanya', 'ujarnya'])})\s*:\s*(?=\S)`, 'iu');

/** Indices of the claims of sentence j among out[0, end). */
function outOf(out: readonly ClaimDraft[], j: number, end: number): number[] {
  const own: number[] = [];
  for (let k = 0; k < end; k++) if (out[k].sentence === j) own.push(k);
  return own;
}

/** "Rudiantara mengatakan, “…" / "Kata Rudiantara: “…": the speaker before a quotation. */
function leadingSpeaker(text: string, quoteAt: number): { source: string; cue: Range } | null {
  const head = text.slice(0, quoteAt).trimEnd();
  if (!/[,:]$/.test(head)) return null;
  const toks = tokenize(text, 0, head.length - 1);
  const verb = toks.findIndex((t) => SPEECH_VERBS.has(t.lower) || t.lower === 'kata' || t.lower === 'ujar');
  if (verb < 0) return null;
  // "Kepala kebijakan lingkungan mereka, Jeff Knott, mengatakan: …": of the parts set apart by commas, the one naming
  // the speaker, as for a subject
  const parsed = verb > 0 && toks.slice(0, verb).some((t) => breaksClause(t))
    ? parseClauses(text, 0, toks[verb].end).find((c) => c.subject && c.predicate[0] === toks[verb].coreStart) : undefined;
  const source = verb === 0 ? cleanName(text, toks[1]?.coreStart ?? 0, head.length - 1)
    : parsed?.subject ? cleanName(text, parsed.subject[0], parsed.subject[1]) : cleanName(text, toks[0].coreStart, toks[verb - 1].coreEnd);
  return source ? { source, cue: [0, head.length] } : null;
}

/** Claims of the quoted text [from, to). First-person subjects and subjectless clauses belong to the speaker. */
function quoteClaims(text: string, from: number, to: number, sentence: number, source: string | null, cue?: Range): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  const quote: Attribution = { source, kind: 'quote', cue };
  for (const c of parseClauses(text, from, to)) {
    // "“Untuk permen itu memang ada pewarna …”": a phrase opened by a preposition is no subject; the speaker speaks
    const prep = c.subject && (prepositional(text, c.subject) || imperative(text, c.subject));
    const action = actionText(text, prep ? [c.subject![0], c.predicate[1]] : c.predicate);
    if (!action) continue;
    let actor = c.subject && !prep ? cleanName(text, c.subject[0], c.subject[1]) : null;
    if (!actor || SPEAKER_PRONOUNS.has(actor.toLowerCase())) actor = source ?? actor;
    if (!actor) continue;
    out.push(draft(actor, action, quote, sentence, [c.start, c.predicate[1]]));
  }
  if (!out.length && source) {
    const action = actionText(text, [from, to]);
    if (action && tokenize(action).length >= 3) out.push(draft(source, action, quote, sentence, [from, to]));
  }
  return out;
}

/** Claims of a sentence with no quotation at its head: statements and reported speech. */
function proseClaims(text: string, sentence: number, titleCase: boolean): ClaimDraft[] {
  const at: Reading = { sentence, text };
  const opener = sourceOpener(text) ?? documentOpener(text);
  if (opener) return reported(at, { from: opener.rest, to: text.length, titleCase }, { source: opener.source, cue: opener.cue });
  const trailer = sourceTrailer(text);
  if (trailer) return reported(at, { from: 0, to: trailer.cue[0], titleCase }, { source: trailer.source, cue: trailer.cue });
  const inline = inlineCue(text);
  if (inline) {
    const masked = text.slice(0, inline.range[0]) + ' '.repeat(inline.range[1] - inline.range[0]) + text.slice(inline.range[1]);
    // a cue closing the sentence takes its date with it: the clause ends where the cue begins; so does a cue followed
    // only by the speaker's degrees, office and whereabouts (", kata Rina, S.Kep, Kepala Bidang X, kepada Y usai Z.")
    const closing = closesSentence(text, inline.range[1]) || !parseClauses(text, inline.range[1], text.length).length;
    const end = inline.sourceKind === 'cue' && closing ? inline.range[0] : text.length;
    const cue: Range = [inline.range[0], end < text.length ? text.length : inline.range[1]];
    const claims = reported(at, { from: 0, to: end, text: masked, titleCase }, { source: inline.source, cue });
    if (inline.sourceKind !== 'menurut') return claims;
    // ", menurut X" covers what comes before it; a clause after it is the article's own.
    return claims.map((c) => (c.clause && c.clause[0] >= inline.range[1] && c.actor !== inline.source
      ? { ...draft(c.actor, c.action, STATEMENT, c.sentence, c.clause) }
      : c));
  }
  const out: ClaimDraft[] = [];
  const clauses = parseClauses(text, 0, text.length, titleCase);
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i];
    const verb = c.subject && !c.coordinated ? speechVerbAt(text, c.predicate[0], c.predicate[1]) : null;
    const complement = c.subject && !c.coordinated ? commaComplement(text, c) : -1;
    if (complement >= 0 && c.subject) {
      // "Agus Martowardojo mengatakan, kebijakan tersebut …": the rest of the sentence is reported.
      const source = cleanName(text, c.subject[0], c.subject[1]);
      out.push(...reported(at, { from: complement, to: text.length }, { source, cue: [c.start, complement], speechVerb: true }));
      break;
    }
    if (verb && c.subject) {
      const source = cleanName(text, c.subject[0], c.subject[1]);
      const start = reportedStart(text, verb, c.predicate[1]);
      const cue: Range = [c.start, start];
      // Predicates coordinated after the complement belong to it ("… bahwa Klein tidak komunikatif, dan tidak mau …").
      // Without bahwa, "Polisi mengatakan A dan memberikan B" coordinates the speaker's own predicate.
      let end = c.predicate[1];
      const bahwa = /\bbaha?wa\s*$/.test(text.slice(Math.max(0, start - 8), start));
      while (bahwa && i + 1 < clauses.length && clauses[i + 1].coordinated && end > start) end = clauses[++i].predicate[1];
      // "Agus membantah kabar tersebut": a verb of saying with a noun phrase for object and no clause after it reports
      // nothing; the speaker's own act is the claim. Not after bahwa, nor before a question word ("menjelaskan mengapa …").
      const opener = tokenize(text, start, Math.min(end, start + 30))[0];
      const objectVerb = !CLAUSE_SPEECH_VERBS.has(verb.lower) && !bahwa && opener && !QUESTION_WORDS.has(opener.lower);
      // ("memastikan pasokan semen aman": a clause with an adjective for predicate is reported too)
      const own = objectVerb && !parseClauses(text, start, end).length && !adjectivePredicate(text, start, end) && actionText(text, c.predicate);
      if (own && source) {
        out.push(draft(source, own, STATEMENT, sentence, [c.start, c.predicate[1]]));
        continue;
      }
      const claims = reported(at, { from: start, to: end }, { source, cue, speechVerb: true });
      out.push(...claims);
      continue;
    }
    if (!c.subject || prepositional(text, c.subject)) {
      // "Sehingga, dapat dipastikan kabar itu tidak benar": an impersonal passive before a clause states the clause
      const stated = impersonalClause(text, c.predicate);
      const found = out.length;
      if (stated >= 0) {
        for (const d of parseClauses(text, stated, c.predicate[1])) {
          const action = d.subject && actionText(text, d.predicate);
          if (action) out.push(draft(cleanName(text, d.subject![0], d.subject![1]), action, STATEMENT, sentence, [d.start, d.predicate[1]]));
        }
        // "Tertulis judul RPP tentang gaji …": with no clause after it, the passive presents its noun phrase (below)
        if (out.length > found) continue;
      }
      // "Soal pembatasan akses ini, sebelumnya diungkap …": the topic of a passive is its subject
      const topic = c.subject && topicSubject(text, c.subject);
      if (topic && passiveAhead(text, c.predicate)) {
        const action = actionText(text, c.predicate);
        if (action) out.push(draft(cleanName(text, topic[0], topic[1]), action, STATEMENT, sentence, [c.start, c.predicate[1]]));
        continue;
      }
      // "Dalam penggeledahan itu ditemukan …": a phrase opened by a preposition is no subject
      const range: Range = c.subject ? [c.subject[0], c.predicate[1]] : c.predicate;
      const presented = presentedActor(text, c.predicate) ?? passiveActor(text, range);
      const action = presented && actionText(text, c.predicate);
      if (presented && action) out.push(draft(presented, action, STATEMENT, sentence, [c.start, c.predicate[1]]));
      // "Beredar kabar bahwa pemerintah akan menaikkan gaji PNS": what the kabar says is its reported claim too
      const content = presented ? bahwaAfter(text, c.predicate, presented) : -1;
      if (content >= 0) out.push(...reported(at, { from: content, to: c.predicate[1] }, { source: presented!, cue: [c.predicate[0], content] }));
      continue;
    }
    const action = actionText(text, c.predicate);
    const actor = cleanName(text, c.subject[0], c.subject[1]);
    // "…, namun katanya penghiburan terbesar datang …": a cue word opening the subject.
    const katanya = /^katanya\s+/u.exec(actor);
    if (action && katanya && actor.length > katanya[0].length) {
      const nya: Attribution = { source: '-nya', kind: 'reported', cue: [c.subject[0], c.subject[0] + 7] };
      out.push(draft(actor.slice(katanya[0].length), action, nya, sentence, [c.start, c.predicate[1]]));
    } else if (action && actor && !PREDICATE_MARKERS.has(action.toLowerCase())) {
      // "WS: Boleh, tapi …": a lone modal is an answer, not a predicate.
      out.push(draft(actor, action, STATEMENT, sentence, [c.start, c.predicate[1]]));
    }
  }
  // "Ini menyusul pengumuman yang dikeluarkan BPOM bahwa permen itu negatif narkoba": a report named by a noun
  const nominal = nominalReport(text);
  if (nominal && !out.some((c) => c.source)) {
    out.push(...reported(at, { from: nominal.rest, to: text.length }, { source: nominal.source, cue: [nominal.cue, nominal.rest] }));
  }
  // "Terdapat material anodized yang diklaim Apple membuat iPhone kokoh": what a relative clause credits to a name
  for (const c of out.slice()) {
    const claimed = c.clause && !c.source ? claimedBy(text, c.actor, c.clause) : null;
    const action = claimed && actionText(text, [claimed.rest, c.clause![1]]);
    if (claimed && action) out.push(draft(c.actor, action, { source: claimed.source, kind: 'reported', cue: claimed.cue }, sentence, c.clause!));
  }
  const relative = trailingRelative(text);
  if (relative) {
    const action = actionText(text, relative.predicate);
    if (action) out.push(draft(relative.head, action, STATEMENT, sentence, relative.predicate));
  }
  const list = out.length ? null : listOf(text);
  if (list) out.push(draft(list.head, list.action, STATEMENT, sentence, [0, text.length]));
  // "Ini menyusul protes petani tembakau pekan lalu.": a demonstrative that links the story to an earlier event is no
  // actor and the link no claim (what the event was is claimed where it is told)
  return out.filter((c) => c.source || !(DEMONSTRATIVE_ACTORS.has(c.actor.toLowerCase()) && SEQUEL_VERBS.has(c.action.split(/\s/)[0].toLowerCase())));
}

/**
 * "Barang bukti lain di antaranya: dua mobil, sertifikat tanah dan dokumen proyek.": a sentence with no predicate that
 * lists what its head holds; the head (a noun phrase of up to eight words, no verb outside a yang clause) is the actor,
 * the list with its marker the action.
 */
function listOf(text: string): { head: string; action: string } | null {
  const m = LIST_OF.exec(text);
  if (!m || m.index !== 0) return null;
  const head = tokenize(text, 0, m[1].length);
  const rel = head.findIndex((t) => t.lower === 'yang');
  if (!head.length || head.length > 8 || rel === 0 || head.some((t, k) => (rel < 0 || k < rel) && isVerbWord(t.lower))) return null;
  const action = trimPunct(text.slice(m[1].length));
  return action ? { head: cleanName(text, 0, m[1].length), action } : null;
}

const LIST_OF = new RegExp(String.raw`^([^,:;]{3,120}?)\s+(?:${alternation(LIST_MARKERS)})\s*:?\s+\S`, 'iu');

/**
 * Where the clause after an impersonal passive of knowing or seeing begins ("dapat dipastikan kabar itu …",
 * "Terpantau ajakan ini beredar …", "Disebutkan bahwa …"), or -1: markers may come before the verb, bahwa after it.
 */
function impersonalClause(text: string, predicate: Range): number {
  const toks = tokenize(text, predicate[0], Math.min(predicate[1], predicate[0] + 200));
  let k = 0;
  while (k < toks.length && k < 3 && PREDICATE_MARKERS.has(toks[k].lower)) k++;
  if (k + 2 >= toks.length || !IMPERSONAL_CUES.has(toks[k].lower)) return -1;
  // "Disebutkan pula tunjangan kinerja akan dihapus": an adverb after the verb is no part of the clause
  if (ALSO.has(toks[k + 1].lower) && !breaksClause(toks[k]) && k + 3 < toks.length) k++;
  const next = toks[k + 1].lower === 'bahwa' || breaksClause(toks[k]) ? k + 2 : k + 1;
  if (next >= toks.length || breaksClause(toks[next - 1]) && next === k + 2 && toks[k + 1].lower !== 'bahwa') return -1;
  return toks[next].start;
}

/** The noun phrase of a topic phrase ("Soal pembatasan akses data ini", "Terkait kasus itu"), without its preposition. */
function topicSubject(text: string, subject: Range): Range | null {
  const toks = tokenize(text, subject[0], subject[1]);
  if (toks.length < 2 || !TOPIC_PREPOSITIONS.has(toks[0].lower)) return null;
  return [toks[1].coreStart, toks[toks.length - 1].coreEnd];
}

/** A predicate of markers and adverbs before a passive verb: "sebelumnya diungkap …", "telah dilaporkan …". */
function passiveAhead(text: string, predicate: Range): boolean {
  const toks = tokenize(text, predicate[0], Math.min(predicate[1], predicate[0] + 120));
  let k = 0;
  while (k < toks.length && k < 3 && (PREDICATE_MARKERS.has(toks[k].lower) || SUBJECT_ADVERBS.has(toks[k].lower) || ASPECT.has(toks[k].lower))) k++;
  return k < toks.length && /^di/.test(toks[k].lower) && isVerbWord(toks[k].lower);
}

/** "<actor> yang diklaim Apple <predicate>": the name a relative clause of claiming credits, and where its predicate starts. */
function claimedBy(text: string, actor: string, clause: Range): { source: string; cue: Range; rest: number } | null {
  const at = text.indexOf(`${actor} yang `, clause[0]);
  if (at < 0 || at >= clause[1]) return null;
  const m = CLAIMED_BY.exec(text.slice(at + actor.length, clause[1]));
  if (!m) return null;
  const from = at + actor.length;
  return { source: m[1], cue: [from, from + m[0].length], rest: from + m[0].length };
}

const CLAIMED_BY = new RegExp(String.raw`^ yang (?:${alternation([...CLAIMING_PASSIVES])}) (\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,3}) (?=\p{Ll})`, 'u');

/**
 * A noun of reporting with its author before a bahwa clause: "pengumuman yang dikeluarkan BPOM bahwa …", "pernyataan
 * resmi Kementerian Kesehatan bahwa …". The author is a capitalised name of up to five words; the clause is theirs.
 */
function nominalReport(text: string): { source: string; cue: number; rest: number } | null {
  const m = NOMINAL_REPORT.exec(text);
  if (!m || !REPORT_NOUNS.has(m[1].toLowerCase())) return null;
  const rest = (m.index ?? 0) + m[0].length;
  return rest < text.length - 3 ? { source: m[2], cue: m.index ?? 0, rest } : null;
}

const NOMINAL_REPORT = new RegExp(
  String.raw`(?<![\p{L}])(\p{L}+)(?:\s+resmi)?\s+(?:yang\s+(?:${alternation([...ISSUING_PASSIVES])})\s+(?:oleh\s+)?|dari\s+)?` +
    String.raw`(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,4})\s*,?\s+bah?wa\s+`,
  'u',
);

/** A would-be subject opened by a preposition ("Untuk permen dot memang", "Dalam penggeledahan tersebut"). */
function prepositional(text: string, subject: Range): boolean {
  const first = tokenize(text, subject[0], Math.min(subject[1], subject[0] + 30))[0];
  // "cara" opens a nominal ("cara menjalankan") after a preposition, but heads a subject of its own ("Cara itu …")
  return !!first && PREPOSITIONS.has(first.lower) && first.lower !== 'cara';
}

/**
 * "Seperti diketahui, ada 14 kecamatan yang …": a subjectless predicate opened by a presentational verb
 * (PRESENTATIONAL) presents its actor, the noun phrase after the verb up to `yang`, a preposition, a verb or a
 * comma; the predicate with the verb stays the action. Null for anything else, or a phrase of more than 8 words.
 */
function presentedActor(text: string, predicate: Range): string | null {
  const toks = tokenize(text, predicate[0], Math.min(predicate[1], predicate[0] + 400));
  let k = 0;
  while (k < toks.length && k < 3 && PREDICATE_MARKERS.has(toks[k].lower) && !PRESENTATIONAL.has(toks[k].lower)) k++;
  if (k >= toks.length - 1 || !PRESENTATIONAL.has(toks[k].lower) || breaksClause(toks[k])) return null;
  let end = k + 1;
  // "Beredar kabar bahwa pemerintah …": what is there is the kabar; its content opens at bahwa
  const stop = (t: (typeof toks)[number]) => t.lower === 'yang' || t.lower === 'bahwa' || PREPOSITIONS.has(t.lower) || isVerbWord(t.lower);
  while (end < toks.length && end - k <= 9 && !stop(toks[end])) {
    end++;
    if (breaksClause(toks[end - 1])) break;
  }
  if (end === k + 1 || end - k > 9 || PERSON_PRONOUNS.has(toks[k + 1].lower) || PREDICATE_MARKERS.has(toks[k + 1].lower)) return null;
  return text.slice(toks[k + 1].coreStart, toks[end - 1].coreEnd);
}

/**
 * Where the clause after "<presentational verb> <noun> bahwa" begins ("Beredar kabar bahwa …", "Muncul anggapan bahwa
 * …"), or -1: "bahwa" must follow the presented noun phrase at once.
 */
function bahwaAfter(text: string, predicate: Range, presented: string): number {
  const at = text.indexOf(presented, predicate[0]);
  if (at < 0) return -1;
  const m = /^\s*,?\s*bahwa\s+(?=\S)/u.exec(text.slice(at + presented.length, predicate[1]));
  return m ? at + presented.length + m[0].length : -1;
}

/**
 * "Dipaparkan pula simulasi pendapatan pejabat …", "Bahkan, untuk menguatkannya juga digunakan kaca terkuat": a
 * passive verb with no subject before it (only a purpose phrase, markers and adverbs) is about the noun phrase after
 * it, up to `yang`, a preposition, a verb or a comma. Not an impersonal passive before a clause ("Diharapkan warga
 * tetap waspada", "Disebutkan bahwa …") nor a verb of saying, whose noun phrase is followed by a predicate.
 */
function passiveActor(text: string, range: Range): string | null {
  const toks = tokenize(text, range[0], Math.min(range[1], range[0] + 300));
  let k = 0;
  // an opening purpose phrase: "untuk (lebih) menguatkannya"
  if (toks[0] && PREPOSITIONS.has(toks[0].lower)) {
    k = 1;
    while (k < toks.length && k < 4 && !isVerbWord(toks[k].lower)) k++;
    k++;
  }
  while (k < toks.length && k < 6 && (PREDICATE_MARKERS.has(toks[k].lower) || SUBJECT_ADVERBS.has(toks[k].lower)) && !breaksClause(toks[k])) k++;
  const verb = toks[k];
  if (!verb || !/^di/.test(verb.lower) || !isVerbWord(verb.lower) || SPEECH_VERBS.has(verb.lower) || breaksClause(verb)) return null;
  let first = k + 1;
  while (first < toks.length && SUBJECT_ADVERBS.has(toks[first].lower)) first++;
  let end = first;
  while (end < toks.length && end - first < 8 && !POSTPOSED_STOPS.has(toks[end].lower) && toks[end].lower !== 'yang' && !opensPredicate(toks[end])) {
    end++;
    if (breaksClause(toks[end - 1])) break;
  }
  if (end === first || end - first >= 8 || PERSON_PRONOUNS.has(toks[first].lower) || toks[first].lower === 'bahwa') return null;
  // "diperlukan $103 juta untuk membangun stasiun": an amount is what it takes, the stasiun what the claim is about
  if (/^(?:[$€£¥\d]|rp)/.test(toks[first].lower)) return null;
  // "Diharapkan para orang tua tetap waspada": a predicate after the noun phrase makes it a clause of its own
  if (end < toks.length && opensPredicate(toks[end]) && !breaksClause(toks[end - 1])) return null;
  return text.slice(toks[first].coreStart, toks[end - 1].coreEnd);
}

/** "telah digunakan data yang luar biasa besar untuk …": the subject of a subjectless passive follows its verb. */
function postposedSubject(text: string, predicate: Range): string | null {
  const toks = tokenize(text, predicate[0], Math.min(predicate[1], predicate[0] + 300));
  let k = 0;
  while (k < toks.length && k < 3 && PREDICATE_MARKERS.has(toks[k].lower)) k++;
  if (!k || k >= toks.length - 1 || !toks[k].lower.startsWith('di') || !isVerbWord(toks[k].lower) || breaksClause(toks[k])) return null;
  let end = k + 1;
  while (end < toks.length && !POSTPOSED_STOPS.has(toks[end].lower) && !(isVerbWord(toks[end].lower) && toks[end - 1].lower !== 'yang')) {
    end++;
    if (breaksClause(toks[end - 1])) break;
  }
  if (end === k + 1 || end - k > 8 || PERSON_PRONOUNS.has(toks[k + 1].lower)) return null;
  return text.slice(toks[k + 1].coreStart, toks[end - 1].coreEnd);
}

/**
 * A relative clause closing the sentence on a name: "…oleh DeepSeek, sebuah perusahaan rintisan asal Hangzhou,
 * China, yang berhasil mengubah …" → DeepSeek / berhasil mengubah …. Only with a real predicate after `yang`.
 */
function trailingRelative(text: string): { head: string; predicate: Range } | null {
  const toks = tokenize(text);
  let k = -1;
  for (let i = toks.length - 2; i > 1; i--) {
    if (toks[i].lower === 'yang' && toks[i - 1].trail.includes(',') && !toks[i].lead) {
      k = i;
      break;
    }
    if (/[,;:()“”"]/.test(toks[i].trail + toks[i].lead)) return null;
  }
  if (k < 0 || !opensPredicate(toks[k + 1]) || PERSON_PRONOUNS.has(toks[k + 1].lower)) return null;
  const segs: number[][] = [[]];
  for (let i = 0; i < k; i++) {
    segs[segs.length - 1].push(i);
    if (i < k - 1 && breaksClause(toks[i])) segs.push([]);
  }
  let h = segs.length - 1;
  for (let back = 1; back <= 2 && segs.length - back > 0; back++) {
    if (INDEFINITES.has(toks[segs[segs.length - back][0]].lower)) h = segs.length - back - 1;
  }
  const seg = segs[h];
  let first = seg.length;
  while (first > 1 && isCapitalized(toks[seg[first - 1]]) && !isRole(toks[seg[first - 1]])) first--;
  if (first === seg.length || first === 0) return null;
  const run = seg.slice(first);
  // "seperti Nvidia, yang …" names an example; "(RECO)" an alias of a longer name.
  if (EXAMPLE_MARKERS.has(toks[seg[first - 1]].lower) || run.some((i) => toks[i].lead.includes('('))) return null;
  const head = text.slice(toks[run[0]].coreStart, toks[run[run.length - 1]].coreEnd);
  return { head, predicate: [toks[k + 1].coreStart, toks[toks.length - 1].coreEnd] };
}

/** Reported claims of the stretch [from, to) attributed to the report's `source`; the source is the actor of a subjectless clause. */
function reported(at: Reading, stretch: Stretch, report: Report): ClaimDraft[] {
  const { sentence, text: original } = at;
  const { text = original, to, titleCase = false } = stretch;
  const { source, cue, speechVerb = false } = report;
  const from = stretch.from + pseudoCleft(text, stretch.from);
  const clauses: Clause[] = parseClauses(text, from, to, titleCase);
  const out: ClaimDraft[] = [];
  const said: Attribution = { source: source || null, kind: 'reported', cue };
  for (const c of clauses) {
    // "Dalam dokumen yang beredar, tertulis gaji golongan III naik …": what an impersonal passive states is reported
    const stated = !c.subject && source ? impersonalClause(original, c.predicate) : -1;
    if (stated >= 0) {
      for (const d of parseClauses(original, stated, c.predicate[1])) {
        const action = d.subject && actionText(original, d.predicate);
        if (action) out.push(draft(cleanName(original, d.subject![0], d.subject![1]), action, said, sentence, [d.start, d.predicate[1]]));
      }
      continue;
    }
    // "Pastikan tidak ada benda asing di mulut kartu, tandasnya.": an imperative is the speaker's own saying
    const bidding = !!source && !!c.subject && imperative(original, c.subject);
    const action = actionText(original, bidding ? [c.subject![0], c.predicate[1]] : c.predicate);
    if (!action) continue;
    let actor = bidding ? source : c.subject ? cleanName(original, c.subject[0], c.subject[1]) : (postposedSubject(original, c.predicate) ?? source);
    // "X mengatakan ia akan …": the pronoun is the speaker.
    // "Polisi mengatakan mereka …": a group speaking of itself
    if (speechVerb && (PERSON_PRONOUNS.has(lastWord(actor)) || actor.toLowerCase() === 'mereka') && source) actor = source;
    // "Saya tidak menyarankan itu, kata Rina.": the first person of reported words is their speaker
    if (source && source !== '-nya' && SPEAKER_PRONOUNS.has(actor.toLowerCase())) actor = source;
    if (actor) out.push(draft(actor, action, said, sentence, [c.start, c.predicate[1]]));
  }
  if (!out.length && source) {
    // "Budi mengatakan stok aman hingga Lebaran": a clause with an adjective for its predicate is about its subject
    const verbless = adjectivePredicate(original, from, to);
    let actor = verbless && cleanName(original, verbless.subject[0], verbless.subject[1]);
    // "Saya sehat, kata Rina." is about the speaker, and so is "Rina mengatakan dia sehat"; "Dia sehat, kata Budi" is
    // about someone else (a speaker names himself in the first person), the pronoun's own antecedent
    const pronoun = !!actor && (SPEAKER_PRONOUNS.has(actor.toLowerCase()) || (speechVerb && PERSON_PRONOUNS.has(actor.toLowerCase())));
    if (actor && pronoun && source !== '-nya') actor = source;
    const own = verbless && actor && actionText(original, verbless.predicate);
    if (actor && own) out.push(draft(actor, own, said, sentence, [from, to]));
    const action = !out.length && actionText(original, [from, to]);
    if (action && tokenize(action).length >= 2) out.push(draft(source, action, said, sentence, [from, to]));
  }
  return out;
}

/**
 * "stok aman hingga Lebaran", "Harga cabai tinggi": a reported clause with no verb, a noun phrase of one to four words
 * (no verb, preposition, marker or relative in it) then an adjective of PREDICATE_ADJECTIVES; its subject and
 * predicate, or null.
 */
function adjectivePredicate(text: string, from: number, to: number): { subject: Range; predicate: Range } | null {
  const toks = tokenize(text, from, to);
  const k = toks.findIndex((t, j) => j > 0 && PREDICATE_ADJECTIVES.has(t.lower) && !isCapitalized(t));
  if (k < 1 || k > 4) return null;
  const noun = toks.slice(0, k).every((t, j) => !isVerbWord(t.lower) && !PREPOSITIONS.has(t.lower) && !PREDICATE_MARKERS.has(t.lower)
    && t.lower !== 'yang' && !CONJUNCTIONS.has(t.lower) && (j === k - 1 || !breaksClause(t)) && !/[,;:]/.test(t.trail));
  // a pronoun is a subject of one word: "Dia sehat", not "dia punya"
  if (!noun || ((PERSON_PRONOUNS.has(toks[0].lower) || SPEAKER_PRONOUNS.has(toks[0].lower)) && k !== 1)) return null;
  return { subject: [toks[0].coreStart, toks[k - 1].coreEnd], predicate: [toks[k].coreStart, toks[toks.length - 1].coreEnd] };
}

/**
 * A would-be subject that is one imperative verb ("Pastikan", "Laporkan", "Tunggulah"): a word of four letters or more
 * before -kan or -lah (imperatives in -i, "Hindari", are not read) with no ke- (the noun "Kebijakan"), the first of its
 * clause, followed by lower case.
 */
function imperative(text: string, subject: Range): boolean {
  const toks = tokenize(text, subject[0], subject[1]);
  return toks.length === 1 && /^\p{Lu}\p{Ll}{3,}(?:kan|lah)$/u.test(toks[0].core) && !/^ke/.test(toks[0].lower) && !IMPERATIVE_LOOKALIKES.has(toks[0].lower);
}

/** Length of a pseudo-cleft opening text at `from` ("yang terjadi adalah petugas memeriksa …"), or 0. */
function pseudoCleft(text: string, from: number): number {
  const head = text.slice(from, from + 40);
  const lead = head.length - head.trimStart().length;
  const lower = head.trimStart().toLowerCase();
  const found = PSEUDO_CLEFTS.find((p) => lower.startsWith(p + ' '));
  return found ? lead + found.length + 1 : 0;
}

/** Where a complement begins after "X <speech verb>," (the predicate is the verb alone), or -1. */
function commaComplement(text: string, c: Clause): number {
  const toks = tokenize(text, c.predicate[0], c.predicate[1]);
  const k = toks.findIndex((t) => SPEECH_VERBS.has(t.lower) || COMMA_SPEECH_VERBS.has(t.lower));
  // the verb and its comma open the predicate; segments after it may have extended it ("menerangkan, dari hasil …, X …");
  // "Ia mengatakan kepada Kompas.com, …": who was told stands between the verb and its comma
  let verbEnd = k >= 0 ? toks[k].coreEnd : -1;
  if (k >= 0 && text[verbEnd] !== ',' && /^(?:kepada|pada)$/.test(toks[k + 1]?.lower ?? '')) {
    const told = toks.slice(k + 2, k + 6).findIndex((t) => text[t.coreEnd] === ',');
    if (told >= 0 && toks.slice(k + 2, k + 3 + told).every((t) => isCapitalized(t) || !isVerbWord(t.lower))) verbEnd = toks[k + 2 + told].coreEnd;
  }
  if (k < 0 || k > 2 || text[verbEnd] !== ',') return -1;
  for (let j = 0; j < k; j++) if (!ASPECT.has(toks[j].lower)) return -1;
  const rest = text.indexOf(',', verbEnd) + 1;
  return rest > 0 && /\S/.test(text.slice(rest)) ? rest : -1;
}

/** The predicate's words, without a trailing subordinate clause ("sebelum mencoba …") or punctuation. */
function actionText(text: string, range: Range): string {
  const toks = tokenize(text, range[0], range[1]);
  let end = toks.length;
  for (let k = 1; k < toks.length - 1; k++) {
    if ((SUBORDINATE.has(toks[k].lower) && isVerbWord(toks[k + 1].lower)) || (toks[k].lower === 'karena' && k >= 2)) {
      end = k;
      break;
    }
  }
  if (!end) return '';
  let slice = trimPunct(text.slice(toks[0].start, toks[end - 1].end));
  // The predicate ends at a word's core: give back a parenthesis it opened ("pasar SBN (Surat Berharga Negara)").
  if (slice.split('(').length > slice.split(')').length && text.slice(toks[end - 1].coreEnd, toks[end - 1].coreEnd + 1) === ')') slice += ')';
  return slice;
}

function trimPunct(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && /[\s,;:—–“"‘(]/.test(s[a])) a++;
  while (b > a && /[\s,;:.!?—–”"’…-]/.test(s[b - 1])) b--;
  // An unbalanced opening parenthesis or quote left at the end by the cut.
  return s.slice(a, b);
}

function draft(actor: string, action: string, said: Attribution, sentence: number, clause: Range): ClaimDraft {
  const d: ClaimDraft = { actor, action, source: said.source && namedIn(said.source), kind: said.kind, sentence, clause };
  if (said.cue) d.cue = said.cue;
  return d;
}

const lastWord = (s: string) => s.slice(s.lastIndexOf(' ') + 1).toLowerCase();

/**
 * "Pedagang bernama Sutrisno" as a speaker is Sutrisno: the name a naming verb gives (NAMING_VERBS), the noun before it
 * only describes who spoke. Any other source as it is.
 */
function namedIn(source: string): string {
  const toks = tokenize(source);
  const k = toks.findIndex((t, j) => j > 0 && NAMING_VERBS.has(t.lower));
  if (k < 0) return source;
  const from = toks[k + 1]?.lower === 'lengkap' ? k + 2 : k + 1;
  const name = toks.slice(from);
  return name.length && name.every((t) => isCapitalized(t)) ? source.slice(name[0].coreStart, name[name.length - 1].coreEnd) : source;
}
