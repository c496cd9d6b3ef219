// Words of a document's sentences with offsets and part-of-speech tags (compromise tags 64 sentences per call),
// plus the tests the clause logic asks of them.
import { compromise, type NlpTerm } from './compromise.js';
import { BE, EVENT_SUBORDINATORS, NOUN_LIKE_PASTS, SPEECH_VERBS } from './lexicon.js';

export interface Tok {
  text: string;
  lower: string;
  /** Offsets into the sentence text (UTF-16 code units). */
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

/** Longer "sentences" are not prose (tables, run-on junk) and are not worth a parse. */
const MAX_SENTENCE = 2000;

/** A claim needs at least an actor and a verb: two words of letters (fragments like "a." are not parsed). */
const CLAUSE_SIZED = /\p{L}[^\s]*\s+[^\p{L}]{0,40}\p{L}/u;

/** The words of one sentence. */
export function tokenize(text: string): Tok[] {
  return tokenizeAll([text])[0];
}

/**
 * The words of each sentence of a document. compromise tags the document's sentences in one pass: its
 * tagger works sentence by sentence, so the tags are those of one call per sentence, without the cost of
 * a call per sentence.
 */
export function tokenizeAll(texts: readonly string[]): Tok[][] {
  const out: Tok[][] = [];
  for (let i = 0; i < texts.length; i += BATCH) out.push(...tokenizeBatch(texts.slice(i, i + BATCH)));
  return out;
}

/** Sentences tagged in one call: enough to spread the cost of a call, few enough to bound its memory. */
const BATCH = 64;

function tokenizeBatch(texts: readonly string[]): Tok[][] {
  const nlp = compromise();
  const parts = texts.map((text) => (text.length > MAX_SENTENCE || !CLAUSE_SIZED.test(text) ? [] : nlp.split(text)));
  const tagged = nlp.tag(parts.flat());
  let next = 0;
  return texts.map((text, i) => {
    const terms = tagged.slice(next, (next += parts[i].length));
    return terms.length ? FIXES.reduce((toks, fix) => fix(toks, text), words(text, terms)) : [];
  });
}

/** Corrections of compromise's tags, in order. */
const FIXES: ((toks: Tok[], text: string) => Tok[])[] = [
  fixCausativeHad, fixModalMay, fixNounPast, fixReportedPast, fixReportedSubject, fixTimeOpener, fixCoordinatedPast, fixVerbAfterAside,
];

/** Offsets: compromise keeps every character of the input in a term's text or the punctuation and spaces around it. */
function words(text: string, sentences: readonly NlpTerm[][]): Tok[] {
  const out: Tok[] = [];
  let at = 0;
  for (const sentence of sentences) {
    for (const t of sentence) {
      const start = at + t.pre.length;
      const end = start + t.text.length;
      at = end + t.post.length;
      if (!t.text) {
        // A contraction: compromise gives "It's" as "it" plus an empty term for "is"; split the word.
        const prev = out[out.length - 1];
        const apos = prev ? prev.text.search(/['’]/) : -1;
        if (!prev || !t.implicit || apos <= 0) continue;
        const end = prev.end;
        prev.end = prev.start + apos;
        prev.text = prev.text.slice(0, apos);
        prev.lower = prev.text.toLowerCase();
        out.push({ text: text.slice(prev.end, end), lower: t.implicit.toLowerCase(), start: prev.end, end, tags: t.tags });
        continue;
      }
      out.push({ text: t.text, lower: t.text.toLowerCase().replace(/’/g, "'"), start, end, tags: t.tags });
    }
  }
  return out;
}

/**
 * compromise reads a causative "had" ("Lee had his office searched") as the inverted "had" of a condition ("Had he
 * known, …"), which only opens a clause: written lowercase, inside a sentence, it is the past tense of "have".
 */
function fixCausativeHad(toks: Tok[]): Tok[] {
  for (const t of toks) if (t.text === 'had' && t.tags.has('Condition') && !t.tags.has('Verb')) t.tags = new Set(['Verb', 'PastTense']);
  return toks;
}

/** compromise takes a lowercase "may" before a verb for the month ("Smith may be a senator"). */
function fixModalMay(toks: Tok[]): Tok[] {
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    const next = toks[i + 1];
    if (t.text !== 'may' || !t.tags.has('Date')) continue;
    if (next.tags.has('Infinitive') || next.tags.has('Adverb') || /^(be|have|not|also|still|well|never)$/.test(next.lower)) {
      t.tags = new Set(['Verb', 'Modal', 'Auxiliary']);
    }
  }
  return toks;
}

/**
 * "The company cut 300 jobs", "The index rose sharply in March": compromise reads the verb as the second noun of
 * a compound, and the sentence has no verb at all. Such a word is the verb when no verb comes before it, a noun
 * (not a determiner or possessive) stands right before it, and a number, a determiner or an -ly adverb follows;
 * "The budget cut in March hurt schools" keeps its noun.
 */
function fixNounPast(toks: Tok[]): Tok[] {
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (!NOUN_LIKE_PASTS.has(t.lower) || t.tags.has('Verb') || !t.tags.has('Noun')) continue;
    const prev = toks[i - 1];
    if (!prev.tags.has('Noun') || prev.tags.has('Determiner') || prev.tags.has('Possessive') || prev.tags.has('Pronoun')) continue;
    // "… after the river burst its banks": a clause of its own opens after a subordinator; verbs before it don't count.
    // So it does after a speech verb or "that": "The firm said (that) its sales rose sharply" (reported clause).
    let from = i - 1;
    while (from > 0 && !opensClause(toks[from])) from--;
    if (toks.slice(from + 1, i).some((w) => w.tags.has('Verb'))) continue;
    if (from === 0 && !opensClause(toks[0]) && toks[0].tags.has('Verb')) continue;
    const next = toks[i + 1];
    const object = /^[\d$€£]/.test(next.text) || next.tags.has('Value') || next.tags.has('Determiner') || next.tags.has('Adverb') && /ly$/.test(next.lower)
      || next.tags.has('Possessive') && /^(its|his|her|their|our|my|your)$/.test(next.lower);
    if (object) t.tags = new Set(['Verb', 'PastTense']);
  }
  return toks;
}

/** A word after which a clause of its own opens: a subordinator of time or cause, "that", a speech verb. */
function opensClause(t: Tok): boolean {
  return EVENT_SUBORDINATORS.has(t.lower) || t.lower === 'that' || SPEECH_VERBS.has(t.lower) && t.tags.has('Verb');
}

/**
 * "The bank said profits rose 5 percent", "Analysts said costs rose": right after a speech verb compromise reads the
 * plural subject of the reported clause as the verb, or its past ("rose", "fell", "cut") as a noun. A plural in -s
 * there, then such a past tagged a noun, are the reported clause's subject and verb.
 */
function fixReportedPast(toks: Tok[]): Tok[] {
  for (let i = 2; i < toks.length; i++) {
    const [plural, t] = [toks[i - 1], toks[i]];
    if (!NOUN_LIKE_PASTS.has(t.lower) || t.tags.has('Verb') || !t.tags.has('Noun') || !afterSpeech(toks, i - 2)) continue;
    if (!/^\p{Ll}+s$/u.test(plural.text) || !(plural.tags.has('Plural') || plural.tags.has('PresentTense'))) continue;
    const next = toks[i + 1];
    // "said costs rose." or before a number, a determiner, an adverb, a preposition or a date: no noun phrase goes on.
    if (next && !(/^[\d$€£]/.test(next.text) || ['Value', 'Determiner', 'Adverb', 'Preposition', 'Date', 'Particle'].some((g) => next.tags.has(g)))) continue;
    plural.tags = new Set(['Noun', 'Plural']);
    t.tags = new Set(['Verb', 'PastTense']);
  }
  return toks;
}

/**
 * Whether a reported clause opens right after toks[k]: k is a speech verb, or the "that" after one, with at most a
 * date phrase between ("Acme said on Tuesday that sales rose").
 */
function afterSpeech(toks: readonly Tok[], k: number): boolean {
  const speech = (t: Tok): boolean => SPEECH_VERBS.has(t.lower) && t.tags.has('Verb');
  if (k < 0) return false;
  if (speech(toks[k])) return true;
  if (toks[k].lower !== 'that') return false;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (speech(toks[j])) return true;
    if (!toks[j].tags.has('Date') && toks[j].lower !== 'on') return false;
  }
  return false;
}

/**
 * "The agency said growth would slow", "Police said fire had destroyed the house": right after a speech verb compromise
 * reads a bare noun as a verb ("growth", "fire"); no verb stands between a speech verb and a modal or auxiliary, so a word
 * there is the reported clause's subject.
 */
function fixReportedSubject(toks: Tok[]): Tok[] {
  for (let i = 1; i + 1 < toks.length; i++) {
    const [speech, t, next] = [toks[i - 1], toks[i], toks[i + 1]];
    if (!SPEECH_VERBS.has(speech.lower) || !speech.tags.has('Verb') || !t.tags.has('Verb') || t.text !== t.lower) continue;
    if (['Modal', 'Auxiliary', 'Copula', 'PastTense', 'Gerund', 'Participle'].some((g) => t.tags.has(g))) continue;
    if (!next.tags.has('Modal') && !next.tags.has('Auxiliary')) continue;
    t.tags = new Set(['Noun', /s$/.test(t.lower) && !/ss$/.test(t.lower) ? 'Plural' : 'Singular']);
  }
  return toks;
}

/**
 * "Talks will resume, she said last week": compromise tags "last" before a date word as the verb "to last", which makes
 * a clause of a cue's time adverbial. Lowercase "last" or "next" right before a date word modifies it.
 */
function fixTimeOpener(toks: Tok[]): Tok[] {
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    if ((t.text === 'last' || t.text === 'next') && t.tags.has('Verb') && toks[i + 1].tags.has('Date')) t.tags = new Set(['Adjective']);
  }
  return toks;
}

/**
 * "The company fired 300 workers and closed two plants": compromise tags a past in -ed after "and" as an adjective. After
 * a past verb earlier in the sentence, an -ed word right after a coordinator and before a determiner or a number is
 * a second past verb.
 */
function fixCoordinatedPast(toks: Tok[]): Tok[] {
  for (let i = 2; i + 1 < toks.length; i++) {
    const [and, t, next] = [toks[i - 1], toks[i], toks[i + 1]];
    if (!/^(and|but|or)$/.test(and.lower) || t.tags.has('Verb') || !t.tags.has('Adjective') || !/^\p{Ll}+ed$/u.test(t.text)) continue;
    if (!(next.tags.has('Determiner') || next.tags.has('Value') || /^[\d$€£]/.test(next.text))) continue;
    if (toks.slice(0, i - 1).some((w) => w.tags.has('PastTense') && w.tags.has('Verb'))) t.tags = new Set(['Verb', 'PastTense']);
  }
  return toks;
}

const ARTICLES = new Set(['a', 'an', 'the', 'every', 'each', 'no', 'another', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);

export const has = (t: Tok | undefined, tag: string): boolean => !!t && t.tags.has(tag);

/** A verb that can head a clause: tensed, modal or auxiliary, not a gerund, participle or "to" infinitive. */
export function isFinite(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (!t || !t.tags.has('Verb')) return false;
  if (t.tags.has('Gerund') || t.tags.has('Participle') && !t.tags.has('PastTense')) return false;
  if (BE.has(t.lower) && (t.lower === 'be' || t.lower === 'been' || t.lower === 'being')) return false;
  const prev = toks[i - 1];
  if (prev && (prev.lower === 'to' || ARTICLES.has(prev.lower) || has(prev, 'Possessive') && !has(prev, 'Pronoun'))) return false;
  if (t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('Copula')) return true;
  if (t.tags.has('PastTense') || t.tags.has('PresentTense')) {
    // A bare base form after a modal or auxiliary belongs to that verb group, which is finite already.
    return true;
  }
  return false;
}

export const isVerb = (t: Tok | undefined): boolean => !!t && t.tags.has('Verb');

/**
 * "The plan, approved by the board last month, calls for 300 job cuts": after an aside set off by commas between the
 * subject and its verb, compromise may read a present in -s ("calls", "shows") as a plural noun, and the aside's
 * participle becomes the sentence's verb. The aside opens with a participle, "which" or "who" right after the
 * subject's comma; the -s word right after its closing comma, before a preposition, a determiner or a number, and with
 * no verb after the aside, is the verb.
 */
function fixVerbAfterAside(toks: Tok[], text: string): Tok[] {
  const commaAfter = (k: number): boolean => /^\s*,/.test(text.slice(toks[k].end, toks[k + 1]?.start ?? text.length));
  const open = toks.findIndex((t, k) => k > 0 && k < 6 && commaAfter(k - 1));
  if (open < 1 || !toks[open - 1].tags.has('Noun') || toks.slice(0, open).some((t) => t.tags.has('Verb'))) return toks;
  const opener = toks[open];
  if (!(/(?:ed|en)$/.test(opener.lower) && opener.tags.has('Verb') || opener.lower === 'which' || opener.lower === 'who')) return toks;
  let close = -1;
  for (let k = open; k + 1 < toks.length; k++) if (commaAfter(k)) { close = k + 1; break; }
  if (close < 0 || close + 1 >= toks.length) return toks;
  const t = toks[close];
  const next = toks[close + 1];
  if (t.tags.has('Verb') || !t.tags.has('Plural') || !/^\p{Ll}+[^s]s$/u.test(t.text)) return toks;
  if (!['Preposition', 'Determiner', 'Value', 'Possessive'].some((g) => next.tags.has(g))) return toks;
  if (toks.slice(close + 1).some((w) => w.tags.has('Verb'))) return toks;
  t.tags = new Set(['Verb', 'PresentTense']);
  return toks;
}
