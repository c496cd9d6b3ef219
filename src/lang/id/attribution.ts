// Attribution cues: quotes and their speakers, "Menurut X,", ", ujar X", "ujarnya", "X mengatakan bahwa".
import {
  AFTER_CUES, BARE_VERBS, BIDDING_SPEECH_VERBS, COMPLEMENTIZERS, CONJUNCTIONS, PREDICATE_ADJECTIVES, PREPOSITIONS,
  DEMONSTRATIVES, DOCUMENT_NOUNS, GATHERING_PASSIVES, ISSUING_PASSIVES, NAME_STOPS, PREDICATE_MARKERS,
  SOURCE_NOUNS, SOURCE_OPENERS, SPEECH_VERBS, WEAK_SPEECH_VERBS,
} from './lexicon.js';
import { isRole, nameInCue } from './names.js';
import { isVerbWord, opensPredicate as startsPredicate } from './morphology.js';
import { cleaning } from './cleaning.js';

const DAYS = cleaning.weekdays.join('|');
/** Words no subject holds before its verb: "menyampaikan undangan yang …", "memastikan kesiapan untuk …". */
const NOT_IN_SUBJECT = new Set(['yang', ...PREPOSITIONS, ...CONJUNCTIONS]);
import { breaksClause, tokenize, type Token } from './tokens.js';
import type { Range } from '../../types.js';
import { CLOSING_DOUBLE, OPENING_DOUBLE, STRAIGHT_DOUBLE } from '../quotes.js';

const OPEN_QUOTES = [...OPENING_DOUBLE, STRAIGHT_DOUBLE].join('');
const CLOSE_QUOTES = [...CLOSING_DOUBLE, STRAIGHT_DOUBLE].join('');

export interface QuoteSpan {
  open: number;
  /** Index of the closing mark, or -1 when the quote goes on in the next sentence. */
  close: number;
}

/** The first quotation in a sentence that is not a scare quote inside a clause. */
export function findQuote(text: string, from = 0): QuoteSpan | null {
  let open = -1;
  for (let i = from; i < text.length; i++) {
    if (OPEN_QUOTES.includes(text[i]) && (i === 0 || /[\s(:,]/.test(text[i - 1]))) {
      open = i;
      break;
    }
  }
  if (open < 0) return null;
  for (let i = open + 1; i < text.length; i++) {
    if (CLOSE_QUOTES.includes(text[i]) && (i + 1 === text.length || /[\s,.;:!?)]/.test(text[i + 1]))) return { open, close: i };
  }
  return { open, close: -1 };
}

/** A closing quote mark with no opening one before it: the end of a quotation begun earlier. */
export function findClosingOnly(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (OPEN_QUOTES.includes(text[i]) && text[i] !== '"' && (i === 0 || /[\s(:,]/.test(text[i - 1]))) return -1;
    if (CLOSE_QUOTES.includes(text[i]) && (i + 1 === text.length || /[\s,.;:!?)]/.test(text[i + 1]))) return i;
  }
  return -1;
}

/** The stem of a cue word: "ujarnya" → ujar, with whether it carries -nya. */
function cueWord(lower: string): { nya: boolean } | null {
  // -nya first: "ungkapnya" is listed among the cues too, and is the suffixed form of "ungkap"
  if (lower.endsWith('nya') && AFTER_CUES.has(lower.slice(0, -3))) return { nya: true };
  if (AFTER_CUES.has(lower)) return { nya: false };
  return null;
}

/**
 * The word after a cue opens a predicate, so the cue word is no cue but its homograph ("Setelah itu, aku mencoba
 * membujuknya": the pronoun aku, not "akunya"; ", jelas tidak mungkin"): a speaker is a noun phrase, never a verb or a
 * predicate marker. Roles and pronouns that look like meN- verbs (menteri, mereka) are speakers.
 */
function opensPredicate(t: Token): boolean {
  // "…, aku masuk kamar": a root verb after the cue word makes it the pronoun "aku"; "Dalam bahasa Denmark, kata ini
  // bahkan berlaku …": a demonstrative after "kata" makes it the noun (word); neither is a cue
  if (PREDICATE_MARKERS.has(t.lower) || BARE_VERBS.has(t.lower) || DEMONSTRATIVES.has(t.lower)) return true;
  if (isRole(t) || t.lower === 'mereka') return false;
  return /^(?:me(?:ng|ny|m|n)\p{L}{3,}|(?:di|ber|ter)\p{L}{3,}(?:kan|i))$/u.test(t.lower);
}

export interface Cue {
  /** The speaker as written ("-nya" when only the suffix names them). */
  source: string;
  range: Range;
}

/** A cue that follows a quote or clause at `from`: ", ujarnya", "kata Rudiantara, Rabu (11/4)". */
export function cueAfter(text: string, from: number, to = text.length): Cue | null {
  const toks = tokenize(text, from, to);
  if (!toks.length) return null;
  const w = cueWord(toks[0].lower);
  if (w) {
    if (w.nya) return { source: '-nya', range: [toks[0].coreStart, to] };
    if (toks.length < 2 || opensPredicate(toks[1])) return null;
    const name = nameInCue(text, toks[1].coreStart, to);
    return name ? { source: name, range: [toks[0].coreStart, to] } : null;
  }
  // "… ,” Rudiantara menjelaskan." / "demikian dikatakan X"
  const verb = toks.findIndex((t) => SPEECH_VERBS.has(t.lower) || t.lower === 'dikatakan');
  if (verb > 0 && verb <= 5) {
    const name = toks[verb].lower === 'dikatakan'
      ? nameInCue(text, toks[verb + 1]?.coreStart ?? to, to)
      : nameInCue(text, toks[0].coreStart, toks[verb - 1].coreEnd);
    if (name) return { source: name, range: [toks[0].coreStart, to] };
  }
  return null;
}

/** "Menurut laporan dari Reuters, …": the source and where the clause begins. */
export function sourceOpener(text: string): { source: string; cue: Range; rest: number } | null {
  const lower = text.toLowerCase();
  // "Katanya, …" / "Menurutnya, …": the speaker is the -nya.
  const nya = /^(?:katanya|menurutnya|ujarnya|kata dia|menurut dia|menurut mereka),/u.exec(lower.slice(0, 20));
  if (nya) {
    const source = nya[0].includes(' ') ? text.slice(nya[0].lastIndexOf(' ') + 1, nya[0].length - 1) : '-nya';
    return { source, cue: [0, nya[0].length - 1], rest: nya[0].length };
  }
  // "Kata Faisal, DPR harus mengawasi anggaran.": the cue verb and its speaker before the clause
  const kata = /^(?:kata|ujar)\s+(?=\p{Lu})/iu.exec(text);
  const kataComma = kata ? topLevelComma(text, kata[0].length) : -1;
  if (kata && kataComma > 0 && kataComma <= 80) {
    const source = nameInCue(text, kata[0].length, kataComma);
    if (source && /^\p{Lu}/u.test(source) && /\S/.test(text.slice(kataComma + 1))) return { source, cue: [0, kataComma], rest: kataComma + 1 };
  }
  const opener = SOURCE_OPENERS.find((o) => lower.startsWith(o + ' '));
  if (!opener) return null;
  const comma = topLevelComma(text, opener.length);
  if (comma < 0) return null;
  // "Berdasarkan informasi yang beredar, …": the noun is part of the source, not of the opener
  const from = opener.startsWith('berdasarkan ') ? 'berdasarkan'.length : opener.length;
  const source = sourceName(text, from, comma);
  // "Seperti diberitakan sebelumnya, …": the article's own earlier report, no one else's
  if (/^(?:sebelumnya|kemarin|sebelum ini)$/i.test(source)) return null;
  return { source, cue: [0, comma], rest: comma + 1 };
}

/**
 * "Dalam RPP tersebut, pemerintah wajib menyimpan beras …", "Dalam bahan paparan itu, gaji presiden …": a clause read in
 * a document is the document's; the source is the document as named there, without its demonstrative. Not when the
 * clause has a speaker of its own ("Dalam laporan itu, BPS menyebutkan …"). At most five words of the document's name.
 */
export function documentOpener(text: string): { source: string; cue: Range; rest: number } | null {
  if (!/^dalam\s/i.test(text)) return null;
  const comma = topLevelComma(text, 6);
  if (comma < 0 || comma > 80) return null;
  let toks = tokenize(text, 6, comma);
  if (toks.length < 1 || toks.length > 6) return null;
  // "bahan paparan", "draf RPP": the document noun may come second
  if (!toks.slice(0, 2).some((t) => DOCUMENT_NOUNS.has(t.lower))) return null;
  if (toks.length > 1 && DEMONSTRATIVES.has(toks[toks.length - 1].lower)) toks = toks.slice(0, -1);
  const rest = tokenize(text, comma + 1, Math.min(text.length, comma + 120)).slice(0, 6);
  if (rest.length < 2 || rest.some((t) => SPEECH_VERBS.has(t.lower))) return null;
  return { source: text.slice(toks[0].coreStart, toks[toks.length - 1].coreEnd), cue: [0, comma], rest: comma + 1 };
}

/**
 * "Pemerintah akan menaikkan harga BBM, dikutip dari Reuters.", "…, seperti dilansir dari Antara.": a source
 * opener in the last comma segment, running to the sentence end, attributes what comes before it. "…, menurut X"
 * is inlineCue's.
 */
export function sourceTrailer(text: string): { source: string; cue: Range } | null {
  const comma = text.lastIndexOf(',');
  if (comma <= 0) return null;
  const lower = text.toLowerCase();
  let at = comma + 1;
  while (at < text.length && /\s/.test(text[at])) at++;
  const opener = SOURCE_OPENERS.find((o) => !/^(?:menurut|mengikut)$/.test(o) && lower.startsWith(o + ' ', at));
  if (!opener) return null;
  let end = text.length;
  while (end > at && /[\s.!?]/.test(text[end - 1])) end--;
  const from = opener.startsWith('berdasarkan ') ? at + 'berdasarkan'.length : at + opener.length;
  const source = sourceName(text, from, end);
  // a name or outlet ("Reuters", "BPS"), not "…, dikutip warga sebagai masalah"
  return /^\p{Lu}/u.test(source) ? { source, cue: [comma, text.length] } : null;
}

/** The outlet or person behind "laporan dari Reuters", "data Badan Pusat Statistik (BPS)". */
function sourceName(text: string, from: number, to: number): string {
  let toks: Token[] = tokenize(text, from, to);
  // "informasi yang dihimpun Kompas.com", "data yang dirilis BPS": who gathered or issued it is the source
  const by = toks.findIndex((t, k) => k >= 1 && k <= 3 && toks[k - 1].lower === 'yang' && (GATHERING_PASSIVES.has(t.lower) || ISSUING_PASSIVES.has(t.lower)));
  if (by > 0 && by + 1 < toks.length) toks = toks.slice(toks[by + 1].lower === 'oleh' && by + 2 < toks.length ? by + 2 : by + 1);
  while (toks.length > 1 && (SOURCE_NOUNS.has(toks[0].lower) || toks[0].lower === 'dari')) toks = toks.slice(1);
  if (!toks.length) return '';
  return nameInCue(text, toks[0].coreStart, to);
}

/** Index of the first comma outside parentheses at or after `from`, or -1. */
function topLevelComma(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) return i;
  }
  return -1;
}

/**
 * A cue segment between commas or at the end: ", ujar Tn. Panvalkar," / ", menurut Biro Sensus" /
 * ", ungkap polisi." Returns its range (comma included) and the source.
 */
export function inlineCue(text: string): { source: string; range: Range; sourceKind: 'cue' | 'menurut' } | null {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (depth || !(c === ',' || c === '—' || (c === '-' && text[i + 1] === '-'))) continue;
    const start = i;
    let j = i + 1;
    while (j < text.length && /[\s\-—]/.test(text[j])) j++;
    let end = j;
    while (end < text.length && !/[,;—]/.test(text[end]) && !(text[end] === '.' && onlyClosing(text, end)) && !(text[end] === '-' && text[end + 1] === '-')) end++;
    const toks = tokenize(text, j, end);
    // a cue that closes the sentence may name where and how it was said ("…, ujar pihak Apple kepada Wall Street Journal
    // dilansir dari Businessinsider, Jumat (26/9/2014)."): the name is cut at the first stop word anyway
    const closing = closesSentence(text, end);
    if (!toks.length || toks.length > (closing ? 12 : 7)) continue;
    const first = toks[0].lower;
    if (first === 'menurut' && toks.length >= 2) return { source: sourceName(text, toks[1].coreStart, end), range: [start, end], sourceKind: 'menurut' };
    const w = cueWord(first);
    if (!w) continue;
    if (text[end] !== ',' && !onlyClosing(text, end)) continue;
    // ", katanya dalam satu kenyataan hari ini.": what follows -nya says where or when, not who.
    if (w.nya && (toks.length === 1 || NAME_STOPS.has(toks[1].lower))) return { source: '-nya', range: [start, end], sourceKind: 'cue' };
    if (!w.nya && toks.length >= 2 && !opensPredicate(toks[1])) {
      const name = nameInCue(text, toks[1].coreStart, end);
      if (name) return { source: name, range: [start, end], sourceKind: 'cue' };
    }
  }
  const named = bareNamedMenurut(text);
  if (named) return named;
  // "Kerusuhan itu menurut dia dipicu oleh …": a pronoun's menurut between subject and predicate, without commas
  const bare = /\s(menurut(?:nya| dia| beliau| mereka))\s/u.exec(text.slice(0, 600));
  if (bare && bare.index > 0) {
    const start = bare.index + 1;
    const who = bare[1].slice(7).trim();
    return { source: who === 'nya' ? '-nya' : who, range: [start, start + bare[1].length], sourceKind: 'menurut' };
  }
  return null;
}

/**
 * "Stok beras menurut Bulog masih aman hingga akhir tahun.", "Inflasi menurut data BPS naik …": a named menurut between a
 * short subject and its predicate, without the commas scraped text lost. The subject has no verb of its own, the name is
 * capitalised (after an optional "data"/"laporan"), at most four words, and a predicate opens right after it.
 */
function bareNamedMenurut(text: string): { source: string; range: Range; sourceKind: 'menurut' } | null {
  const toks = tokenize(text, 0, Math.min(text.length, 400));
  const k = toks.findIndex((t) => t.lower === 'menurut');
  if (k < 1 || k > 6 || toks.slice(0, k).some((t) => breaksClause(t) || startsPredicate(t))) return null;
  let n = k + 1;
  while (n < toks.length && n <= k + 2 && SOURCE_NOUNS.has(toks[n].lower)) n++;
  const first = n;
  while (n < toks.length && n - first < 4 && /^\p{Lu}/u.test(toks[n].core) && !breaksClause(toks[n])) n++;
  if (n === first || n >= toks.length || !startsPredicate(toks[n]) || /^\p{Lu}/u.test(toks[n].core)) return null;
  const source = sourceName(text, toks[k + 1].coreStart, toks[n - 1].coreEnd);
  return source ? { source, range: [toks[k].start, toks[n - 1].end], sourceKind: 'menurut' } : null;
}

/** Whether the predicate at `predStart` opens with a verb of saying (after aspect words): "telah menyarankan". */
export function speechVerbAt(text: string, predStart: number, predEnd: number): Token | null {
  const all = tokenize(text, predStart, Math.min(predEnd, predStart + 200));
  const toks = all.slice(0, 3);
  for (const [k, t] of toks.entries()) {
    if (SPEECH_VERBS.has(t.lower)) {
      if (!WEAK_SPEECH_VERBS.has(t.lower)) return t;
      const bahwa = all.findIndex((u) => u.lower === 'bahwa');
      // Without "bahwa", a clause of its own must follow: a subject, then a predicate marker
      // ("menilai keputusan BI sudah tepat"), not a relative clause ("menyampaikan undangan yang akan …").
      const clause = all.findIndex((u, j) => j >= k + 2 && j <= k + 6 && PREDICATE_MARKERS.has(u.lower) && all[j - 1].lower !== 'yang');
      // … or a passive or a plain intransitive verb right after a noun phrase of one to three words: "memastikan perbaikan
      // jalan dimulai tahun depan", "mencatat penjualan mobil naik", not "menyampaikan undangan yang dikirim …"
      const verbal = (u: Token) => BARE_VERBS.has(u.lower) || PREDICATE_ADJECTIVES.has(u.lower) || (/^(?:di|ter)/u.test(u.lower) && isVerbWord(u.lower));
      const plain = (j: number) => all.slice(k + 1, j).every((u) => /^\p{Ll}[\p{Ll}-]*$/u.test(u.core) && !breaksClause(u) && !NOT_IN_SUBJECT.has(u.lower)
        && !isVerbWord(u.lower) && !PREDICATE_MARKERS.has(u.lower));
      const passive = BIDDING_SPEECH_VERBS.has(t.lower) ? -1 : all.findIndex((u, j) => j >= k + 2 && j <= k + 4 && verbal(u) && plain(j));
      // "Facebook memastikan akan melakukan audit": a subjectless clause, the speaker's own
      const own = k + 1 < all.length && /^(?:akan|tidak|tak|belum|sudah|telah|bisa|dapat|tetap)$/.test(all[k + 1].lower) && !breaksClause(t);
      return (bahwa > k && bahwa <= k + 6) || clause > 0 || passive > 0 || own ? t : null;
    }
    if (!/^(?:telah|sudah|juga|pun|kembali|lalu|kemudian|pernah|sempat|akan|tidak|tak|belum)$/.test(t.lower)) return null;
  }
  return null;
}

/** Where the reported clause begins after a speech verb: after "bahwa", else after the verb and "kepada X". */
export function reportedStart(text: string, verb: Token, end: number): number {
  const toks = tokenize(text, verb.end, Math.min(end, verb.end + 200));
  const bahwa = toks.findIndex((t) => t.lower === 'bahwa');
  if (bahwa >= 0 && bahwa <= 8) return toks[bahwa].end;
  let k = 0;
  if (toks[k]?.lower === 'kepada' || toks[k]?.lower === 'pada') k += 2;
  // "Kominfo menegaskan supaya Facebook memenuhi …": supaya/agar after the verb is its complementizer, as bahwa is
  if (COMPLEMENTIZERS.has(toks[k]?.lower ?? '') && k + 1 < toks.length) k++;
  return toks[k]?.start ?? Math.min(end, verb.end + 1);
}

function onlyClosing(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (!/[\s.!”"]/.test(text[i])) return false;
  return true;
}

/** A day said after a cue: "Jumat (26/9/2014)", "Senin", "Senin malam", "kemarin", "hari ini". */
const CUE_DAY = new RegExp(
  String.raw`(?:(?:pada\s+)?(?:hari\s+)?(?:${DAYS})(?:\s+(?:pagi|siang|sore|malam|lalu|kemarin))?(?:\s*\([\d/]+\))?` +
    String.raw`|\p{Lu}\p{L}+\s*\([\d/]+\)|kemarin|hari ini|tadi (?:pagi|siang|sore|malam))`,
  'iu',
);
const CLOSING_DAY = new RegExp(String.raw`^[\s,]*(?:${CUE_DAY.source})?[\s.!”"]*$`, 'iu');

/** Nothing but a day with its date and closing marks from `at` to the end: ", Jumat (26/9/2014).", ", Senin." */
export function closesSentence(text: string, at: number): boolean {
  return CLOSING_DAY.test(text.slice(at, at + 60)) && text.length - at <= 60;
}
