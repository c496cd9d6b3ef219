// Sentence ends that a scraper removed: "…harga beras naik Beberapa pedagang mengeluh Menurut Budi, …" is three
// sentences. Read only inside a stretch of text that has no sentence punctuation for `minWords` words, so punctuated
// text is split as before. The knowledge is the language's (RunOnRules); here only the shapes:
// - a capitalised opener (a function word: Beberapa, Namun, Ia) right after a lower-case word, a number or a
//   closing parenthesis opens a sentence: "…naik Beberapa pedagang";
// - a strong opener (Mereka, Namun) does so after a name too, when a lower-case word follows: "…di Surabaya Mereka
//   mengaku";
// - a capitalised common word (Saham, Polisi; pe-…-an, meN- shapes) between two lower-case words: "…naik Saham itu";
// - an opening quotation mark before a capital: "…turun “Kami menolak", unless the quotation closes within a few
//   words, as a title does ("lagu “Laut Biru” dirilis");
// - a capitalised name right before a verb of saying: "…naik Budi mengatakan …";
// - a capitalised name and a predicate after a word that closes a noun phrase: "…sepanjang hidupnya Napoleon percaya";
// - a closing cue (ujarnya, katanya) ends its sentence before any capital: "…lagi, ujarnya Harga …".
// Never after a word no sentence ends with (di, yang, kata, Presiden), nor after a counting word (tahun, bulan)
// unless an opener follows. Every decision reads a token and at most MAX_RUN + 3 after it, so splitting stays linear.
import type { RunOnRules } from '../lang/types.js';
import { isDigit, isLower, isUpper, type Tokens } from './tokens.js';

const STOPS = new Set(['.', '!', '?', '…', '．', '。', '！', '？']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const QUOTE_OPEN = new Set(['"', '“']);
const QUOTE_CLOSE = new Set(['"', '”']);
const MAX_WORD = 40;
const NONE: ReadonlySet<string> = new Set();
/** A day and month, maybe a year, in parentheses after a weekday: `(3/11/2025)`, `(7/11)`, `(3-11-2025)`. */
const DATE_IN_PARENS = /^\(\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\)$/u;

/**
 * The words that tokens [0, length) write lower-case, lowercased: a word the text writes so is a common word, not a name,
 * wherever else it is capitalised ("…ditutup Bantuan yang …" with "bantuan pangan" elsewhere). Text of one language.
 */
export function lowerWritten(text: string, tokens: Tokens): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const w = word(text, tokens, i);
    if (w.length > 1 && isLower(w[0])) out.add(w.toLowerCase());
  }
  return out;
}

/**
 * For every token, the number of tokens in its stretch: the tokens up to and including the next sentence punctuation.
 * The period of a word that `abbreviated` knows (Tn., Dr., No.) is none: "…satu temannya Tn. Osborne bergabung …" is one
 * stretch of a scraped text.
 */
export function stretchLengths(text: string, tokens: Tokens, abbreviated: (lower: string) => boolean): Int32Array {
  const out = new Int32Array(tokens.length);
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i === tokens.length - 1 || (endsWithStop(text, tokens.starts[i], tokens.ends[i]) && !abbreviation(text, tokens, i, abbreviated))) {
      out.fill(i + 1 - from, from, i + 1);
      from = i + 1;
    }
  }
  return out;
}

/** Token i is a known abbreviation with its period and nothing else: `Tn.`, `Prof.` */
function abbreviation(text: string, tokens: Tokens, i: number, abbreviated: (lower: string) => boolean): boolean {
  const s = tokens.starts[i], e = tokens.ends[i];
  return e - s <= MAX_WORD && text[e - 1] === '.' && text[e - 2] !== '.' && abbreviated(text.slice(s, e - 1).toLowerCase());
}

/** text[start, end) ends with sentence punctuation, up to three closing marks (`closers`) after it aside. */
export function endsWithStop(text: string, start: number, end: number, closers: ReadonlySet<string> = CLOSERS): boolean {
  let e = end;
  while (e > start && end - e < 4 && closers.has(text[e - 1])) e--;
  return e > start && STOPS.has(text[e - 1]);
}

/** A token's word: opening marks and trailing punctuation aside, at most MAX_WORD characters. */
function word(text: string, tokens: Tokens, j: number): string {
  if (j >= tokens.length) return '';
  let s = tokens.starts[j];
  const e = Math.min(tokens.ends[j], s + MAX_WORD);
  while (s < e && (QUOTE_OPEN.has(text[s]) || text[s] === '(' || text[s] === '‘' || text[s] === "'")) s++;
  let f = e;
  while (f > s && !/[\p{L}\p{N}]/u.test(text[f - 1])) f--;
  return text.slice(s, f);
}

/** What runOnEnd reads beside the tokens: the language's calendar words, the sentence's first token, lowerWritten's words. */
export interface RunOnContext {
  calendar: ReadonlySet<string>;
  first?: number;
  written?: ReadonlySet<string>;
}

/**
 * Does a sentence end after token i, which ends without sentence punctuation? `calendar` (lowercased weekdays, months,
 * time zones) are names that end sentences as a lower-case word does: "…pada 1 Desember Polisi kemudian …".
 */
export function runOnEnd(text: string, tokens: Tokens, i: number, rules: RunOnRules, at: RunOnContext): boolean {
  const { calendar, first = 0, written = NONE } = at;
  if (i + 1 >= tokens.length) return false;
  const next = word(text, tokens, i + 1);
  if (next.length < 2 || !isUpper(next[0])) return false;
  // the last word of a quotation or parenthesis ("Mare Nostrum (“Laut Kita”)") starts nothing
  if (CLOSERS.has(text[tokens.ends[i + 1] - 1])) return false;
  const lower = next.toLowerCase();
  // an opener with a particle: "Merekapun", "Sebenarnyalah", "Bukankah"
  const bare = withoutParticle(lower, rules);
  const pStart = tokens.starts[i], pEnd = tokens.ends[i];
  const prev = word(text, tokens, i);
  const prevLower = prev.toLowerCase();
  let last = pEnd - 1;
  // `…tidak berbahaya” Setelah itu`: a quotation closed without punctuation
  if (QUOTE_CLOSE.has(text[last]) && last > pStart && isLower(text[last - 1])) last--;
  const bareEnd = last === pEnd - 1 || QUOTE_CLOSE.has(text[pEnd - 1]);
  // `…lagi, ujarnya Harga beras`: a closing cue
  if (bareEnd && isLower(text[pStart]) && rules.closers.has(prevLower) && /[\p{L}]/u.test(text[last])) return true;
  // `…kata Budi di Medan, Senin (3/11/2025) Pemerintah juga …`: a date in parentheses closes the clause of its cue; only a
  // fronted date goes on with its sentence ("Pada Jumat (7/11) Presiden meresmikan …")
  if (DATE_IN_PARENS.test(text.slice(pStart, pEnd)) && !fronted(text, tokens, first, i, rules)) return true;
  const c = text[last];
  const afterLower = (isLower(text[pStart]) || calendar.has(prevLower)) && /\p{L}/u.test(c);
  const afterNumber = isDigit(c) || (c === ')' && pEnd - pStart > 1);
  if (!afterLower && !afterNumber && !/\p{L}/u.test(c)) return false;
  // `…menolak "Kami tidak tahu`: a quotation opened without a colon, after any word
  const quote = QUOTE_OPEN.has(text[tokens.starts[i + 1]]);
  const following = word(text, tokens, i + 2);
  const lowerFollows = i + 2 >= tokens.length || isLower(following[0]) || isDigit(following[0]);
  // `…tiga tahun Menurut Budi, …`: an opener that takes a name
  const nonFinal = endsNothing(text, tokens, i, prevLower, rules);
  if ((afterLower || afterNumber) && rules.nameOpeners.has(lower) && !nonFinal) return true;
  if (!quote && strongStart(text, tokens, i, rules)) return true;
  // "…hingga akhir tahun Kepala BPS Amalia mengatakan …": an office and a name before a verb of saying, too
  if (rules.counting.has(prevLower)) {
    return ((rules.openers.has(bare) || rules.commonWords.has(lower)) && lowerFollows)
      || (!quote && rules.notCommon.has(lower) && nameBeforeSpeech(text, tokens, i, rules));
  }
  if (nonFinal) return false;
  if (!quote && (afterLower || afterNumber) && demonstrativeHead(text, tokens, i, rules, written)) return true;
  // "…pasar itu ditutup Bantuan yang dijanjikan …" with "bantuan" written lower-case elsewhere in the text: a word the
  // text itself writes as a common word is no name where it is capitalised between lower-case words. Not a name part
  // ("Kota", "Tengah"), which goes on in names, nor after a verb that takes an object: a document's title is capitalised
  // ("…mengeluarkan Instruksi nomor 3 …")
  if (!quote && afterLower && lowerFollows && written.has(lower) && !rules.notCommon.has(lower) && !rules.nameParts.has(lower)
    && !rules.takesObject.some((r) => r.test(prevLower)) && subjectGoesOn(text, tokens, i + 2, rules)) return true;
  // "…tidak mendapat apa-apa Dijelaskan Bambang, …": a capitalised verb shaped to take an object (di-…-kan) that is also a
  // common shape is no name, whatever follows ("Menteri", "Merapi" are no common shapes)
  if (!quote && isCommon(lower, rules) && rules.takesObject.some((r) => r.test(lower))) return true;
  if (quote && !rules.takesObject.some((r) => r.test(prevLower))) return !closesSoon(text, tokens, i + 1, afterLower ? 4 : 8);
  // after a name: only a strong opener, or a common word before a lower-case one ("…di Abbotsford Polisi di kota itu …"):
  // a name goes on with capitals ("Pasar Minggu"), a common word opening the next sentence with its own words. Not
  // after a common word: "Upaya Internet disebut", "Program Investasi dengan" are capitalised phrases, no names
  if (!afterLower && !afterNumber) {
    // a sentence adverb or a conjunction goes on in no name, so it opens a sentence before a name too: "…menurut Ki Wedi
    // Ternyata Agung Sedayu telah …"; a pronoun or a preposition in a capitalised title does not ("Hidup Dengan Cinta")
    if (rules.strongOpeners.has(bare)) return lowerFollows || (rules.sentenceAdverbs.has(bare) && /\p{L}/u.test(text[tokens.ends[i + 1] - 1]));
    // two openers, the second lower-case, go on in no name: "…tegas Ulung Salah seorang tersangka …"
    // (not an ordinal that ends a name: "Bagian Kedua sudah …")
    if (rules.openers.has(bare) && !rules.nameParts.has(lower) && isLower(following[0] ?? '') && rules.openers.has(following.toLowerCase())
      && /\p{L}/u.test(text[tokens.ends[i + 1] - 1])) return true;
    // a word that closes its noun phrase (-nya) with its comma is a sentence's first phrase, never a word of a name:
    // "…bersaing dengan Valentino Rossi Imbalannya, Uber akan …"
    if (text[tokens.ends[i + 1] - 1] === ',' && tokens.ends[i + 1] - tokens.starts[i + 1] === next.length + 1
      && rules.closedEnds.some((r) => r.test(lower))) return true;
    // "Badan Pengawas Obat dan Makanan": a common word, a joining word (no strong opener: dan, atau, not di) and a capital
    // again go on with the name; "…Abbotsford Polisi di B.C. mengatakan" starts a sentence
    const f = following.toLowerCase();
    const titled = rules.nonFinal.has(f) && !rules.strongOpeners.has(f) && isUpper(word(text, tokens, i + 3)[0]);
    return lowerFollows && !titled && rules.commonWords.has(lower) && !rules.notCommon.has(lower) && !isCommon(prevLower, rules);
  }
  if (rules.openers.has(bare)) return true;
  if (rules.titles.has(lower) && text[tokens.ends[i + 1] - 1] === '.') return true;
  if (rules.takesObject.some((r) => r.test(prevLower))) return false;
  // "…naik tajam Akibatnya, pedagang …": a common word with its comma is a sentence's first phrase, no name
  if (text[tokens.ends[i + 1] - 1] === ',' && isCommon(lower, rules)) return true;
  if (lowerFollows && !rules.notCommon.has(lower)) {
    if (rules.commonWords.has(lower)) return true;
    if (rules.commonShapes.some((r) => r.test(lower))) return true;
  }
  if (afterLower && closesPhrase(text, tokens, i, prevLower, rules) && !fronted(text, tokens, first, i, rules) && !rules.notCommon.has(lower)
    && nameBeforePredicate(text, tokens, i + 1, rules)) return true;
  // "…naik tajam Kemenangan Donald Trump akan …": a common word, the name it owns and a predicate, after a word that owns no
  // name (a common noun would: "hasil Penelitian Badan X menunjukkan")
  // "…pada umumnya Pasukan Mataram yang datang …": the name and a relative clause before the predicate
  if (afterLower && isCommon(lower, rules) && !isCommon(prevLower, rules) && isUpper(word(text, tokens, i + 2)[0])
    && nameBeforePredicate(text, tokens, i + 2, rules, true)) return true;
  // an office's acronym in parentheses goes on with its holder: "Kepala Bagian Penerangan Umum (Kabagpenum) Polri Komisaris
  // Besar Martinus Sitompul menegaskan"; a date does not: "…, Jumat (10/3) Fikser menerangkan, …"
  const acronym = c === ')' && isUpper(text[text[pStart] === '(' ? pStart + 1 : pStart]);
  return (afterLower || afterNumber) && !acronym && nameBeforeSpeech(text, tokens, i, rules);
}

/**
 * `…lapisan dalam Mereka berharap`: a pronoun or a conjunction is capitalised only where a sentence starts, so a strong
 * opener before a lower-case word opens one after any word ending in a letter or a digit, even one that a name usually
 * follows. Read in shorter stretches than the other signs (a line that kept its break may hold only two sentences).
 */
export function strongStart(text: string, tokens: Tokens, i: number, rules: RunOnRules): boolean {
  if (i + 2 >= tokens.length || !/[\p{L}\p{N}]/u.test(text[tokens.ends[i] - 1])) return false;
  const next = word(text, tokens, i + 1);
  // the token is the word, or the word and a comma ("Namun, …"), no quotation or parenthesis
  const len = tokens.ends[i + 1] - tokens.starts[i + 1];
  const comma = len === next.length + 1 && text[tokens.ends[i + 1] - 1] === ',';
  if (next.length < 2 || !isUpper(next[0]) || !(len === next.length || comma)) return false;
  if (!rules.strongOpeners.has(withoutParticle(next.toLowerCase(), rules))) return false;
  // with its comma, whatever follows: "…harga naik Namun, Budi menolak"
  const following = word(text, tokens, i + 2);
  return comma || isLower(following[0]) || isDigit(following[0]);
}

/**
 * A word without its particle (-pun, -lah, -kah) when the rest is an opener: "merekapun" → "mereka"; an opener that
 * ends so is itself ("walaupun", not "walau", which is no strong opener).
 */
function withoutParticle(lower: string, rules: RunOnRules): string {
  if (rules.openers.has(lower)) return lower;
  const m = /^(\p{L}{2,}?)(?:pun|lah|kah)$/u.exec(lower);
  return m && rules.openers.has(m[1]) ? m[1] : lower;
}

/**
 * `…perlu dievaluasi Kebijakan ini berlaku …`, `…kian ramai Anak muda itu datang …`: a capitalised word that a demonstrative
 * follows, right away or after one lower-case word, is a common noun (a name takes none), so it opens a sentence after a
 * lower-case word, after a verb too. Not a role or an institution ("…dukungan Gubernur tersebut"), nor after a class noun,
 * which takes a name and then the demonstrative ("akun Instagram tersebut").
 */
function demonstrativeHead(text: string, tokens: Tokens, i: number, rules: RunOnRules, written: ReadonlySet<string>): boolean {
  const lower = word(text, tokens, i + 1).toLowerCase(), prevLower = word(text, tokens, i).toLowerCase();
  if (rules.notCommon.has(lower) || !/[\p{L}]/u.test(text[tokens.ends[i + 1] - 1])) return false;
  let j = i + 2;
  const middle = word(text, tokens, j);
  if (j < tokens.length && isLower(middle[0] ?? '') && !rules.demonstratives.has(demonstrative(middle))) {
    if (rules.nonFinal.has(middle.toLowerCase()) || !/\p{L}/u.test(text[tokens.ends[j] - 1])) return false;
    j++;
  }
  // "…menjadi kebijakan Pemerintah Pemikiran Althusser ini mendapat …": a common word owns a name before its demonstrative,
  // and a predicate follows (no object: "…membaca Pemikiran Althusser itu sendiri")
  if (j === i + 2 && isUpper(middle[0] ?? '') && /\p{L}/u.test(text[tokens.ends[j] - 1]) && isCommon(lower, rules)
    && rules.demonstratives.has(demonstrative(word(text, tokens, j + 1))) && /\p{L}/u.test(text[tokens.ends[j + 1] - 1])) {
    const w = word(text, tokens, j + 2).toLowerCase();
    return !rules.classNouns.has(prevLower) && (rules.predicate.words.has(w) || rules.predicate.shapes.some((r) => r.test(w)));
  }
  if (j >= tokens.length || !isLower(text[tokens.starts[j]]) || !rules.demonstratives.has(demonstrative(word(text, tokens, j)))) return false;
  if (isCommon(lower, rules) || written.has(lower)) return !rules.classNouns.has(prevLower);
  // a name the demonstrative follows ("sosok Nabi ini", "kontingen Prancis itu") is owned by the noun before it: only a verb
  // ("…harus dievaluasi Kali ini, PLN …") or a closed noun phrase owns none
  return !/^\p{Lu}+$/u.test(word(text, tokens, i + 1)) && (verb(prevLower, rules)
    || (rules.closedEnds.some((r) => r.test(prevLower)) && !rules.notClosed.has(prevLower)));
}

/**
 * A verb by its shape (dievaluasi, menyangkut, terjatuh) that owns no name, not a ber-/per- word nor a noun in -an that shares the shape
 * (berkebangsaan, perusahaan, pemandangan), which own a name: "pemain berkebangsaan Amerika itu".
 */
function verb(lower: string, rules: RunOnRules): boolean {
  if (/^(?:be|pe)/u.test(lower) || /[^k]an$/u.test(lower) || !rules.predicate.shapes.some((r) => r.test(lower))) return false;
  // an active verb with an object takes a name and its demonstrative: "…lalu meninggalkan Sidanti itu"
  return !/^me/u.test(lower) || !rules.takesObject.some((r) => r.test(lower));
}

/**
 * From token j, what follows a sentence's subject: a predicate, "yang", "dan" or a demonstrative, at once or after one more
 * word ("Bantuan yang dijanjikan …", "Bantuan pangan tiba …", "Kamar mandi dan dapur …"), not a preposition ("…jenis
 * Narkoba dengan tidak …").
 */
function subjectGoesOn(text: string, tokens: Tokens, j: number, rules: RunOnRules): boolean {
  for (let k = j; k < j + 2 && k < tokens.length && isLower(text[tokens.starts[k]]); k++) {
    const w = word(text, tokens, k).toLowerCase();
    if (w === 'yang' || w === 'dan' || rules.demonstratives.has(demonstrative(w)) || rules.predicate.words.has(w)
      || rules.predicate.shapes.some((r) => r.test(w))) return true;
    if (rules.nonFinal.has(w) || !/\p{L}/u.test(text[tokens.ends[k] - 1])) return false;
  }
  return false;
}

/** A demonstrative without its particle: "itupun" → "itu", "inilah" → "ini". */
const demonstrative = (w: string) => w.toLowerCase().replace(/(?:pun|lah)$/u, '');

/**
 * Token i is a word no sentence ends with (rules.nonFinal), but not a cue word that a degree adverb makes an adjective or an
 * adverb: "…agar lebih jelas Menjelaskan …", "…akan dibahas lebih lanjut Menurut Budi …" end there; "jelas Budi" is a cue.
 */
function endsNothing(text: string, tokens: Tokens, i: number, prevLower: string, rules: RunOnRules): boolean {
  if (!rules.nonFinal.has(prevLower)) return false;
  return !(i > 0 && rules.cues.has(prevLower) && rules.degree.has(word(text, tokens, i - 1).toLowerCase()));
}

/** A common word or a derived shape (pe-…-an, meN-): capitalised, a word of a title or a sentence's first word, no name. */
function isCommon(lower: string, rules: RunOnRules): boolean {
  return !rules.notCommon.has(lower) && (rules.commonWords.has(lower) || rules.commonShapes.some((r) => r.test(lower)));
}

/**
 * Tokens first..i are a short phrase opened by a preposition, fronted before its sentence's subject: "Dalam konteks ini
 * CCIS dapat menjadi …", "Dalam hal ini BPOM telah …". The name after it is that subject, no new sentence.
 */
function fronted(text: string, tokens: Tokens, first: number, i: number, rules: RunOnRules): boolean {
  return i - first <= 3 && isUpper(text[tokens.starts[first]]) && rules.nonFinal.has(word(text, tokens, first).toLowerCase());
}

/** Token i closes a noun phrase, and not a fronted time phrase ("Di awal tahun ini Seagal diberi …"). */
function closesPhrase(text: string, tokens: Tokens, i: number, prevLower: string, rules: RunOnRules): boolean {
  if (!rules.closedEnds.some((r) => r.test(prevLower)) || rules.notClosed.has(prevLower)) return false;
  return i === 0 || !rules.counting.has(word(text, tokens, i - 1).toLowerCase());
}

/**
 * `Napoleon percaya`, `Microsoft mengumumkan`: one to three capitalised words from token j, then a predicate; with
 * `relative`, a relative pronoun may come first (`Mataram yang datang`).
 */
function nameBeforePredicate(text: string, tokens: Tokens, j: number, rules: RunOnRules, relative = false): boolean {
  let k = j;
  while (k < tokens.length && k < j + 3 && isUpper(text[tokens.starts[k]]) && /\p{L}/u.test(text[tokens.ends[k] - 1])) k++;
  if (k === j || k >= tokens.length || !isLower(text[tokens.starts[k]])) return false;
  if (relative && rules.relatives.has(word(text, tokens, k).toLowerCase()) && /\p{L}/u.test(text[tokens.ends[k] - 1])) k++;
  if (k >= tokens.length || !isLower(text[tokens.starts[k]])) return false;
  const w = word(text, tokens, k).toLowerCase();
  return rules.predicate.words.has(w) || rules.predicate.shapes.some((r) => r.test(w));
}

/** A quotation opened at token j closes within a few tokens, not on its own punctuation: a title ("lagu “Laut Biru” dirilis"). */
function closesSoon(text: string, tokens: Tokens, j: number, within: number): boolean {
  for (let k = j; k < tokens.length && k < j + within; k++) {
    let e = tokens.ends[k];
    while (e > tokens.starts[k] && /[.,;:!?)]/.test(text[e - 1])) e--;
    // a quotation of four words or more that closes on its own punctuation ("…balok tinggi,” tulis …") is speech; a
    // title is short or closes bare ("edisi “Zettel’s Traum,” menghilangkan", "lagu “Laut Biru” dirilis")
    if (e - 1 > tokens.starts[k] && QUOTE_CLOSE.has(text[e - 1])) return k - j < 3 || !/[,.!?]/.test(text[e - 2]);
  }
  return false;
}

/**
 * `Budi Santoso mengatakan`: two to MAX_RUN capitalised words from token j (an office and a name: "Kapolres Bogor AKBP
 * Budi Santoso mengatakan"), then a verb of saying. One word is too little, "akta kelahiran Thailand mencatat" is a noun
 * with its name, unless the verb takes its comma and the word before is no common noun: "…(10/3) Fikser menerangkan, …".
 */
function nameBeforeSpeech(text: string, tokens: Tokens, i: number, rules: RunOnRules): boolean {
  const j = i + 1;
  let k = j;
  while (k < tokens.length && k < j + MAX_RUN && isUpper(text[tokens.starts[k]]) && /\p{L}/u.test(text[tokens.ends[k] - 1])) k++;
  if (k === j || k >= tokens.length || !rules.speechVerbs.has(word(text, tokens, k).toLowerCase())) return false;
  if (k > j + 1) return true;
  return text[tokens.ends[k] - 1] === ',' && !isCommon(word(text, tokens, i).toLowerCase(), rules);
}

const MAX_RUN = 6;

/**
 * `…pada tahun yang sama Seagal, yang neneknya berasal dari …`: a capitalised run closed by a comma (token k, the last of
 * a run of at most MAX_RUN words) and then a relative clause (`yang`): a name set apart as a sentence's subject. Weak
 * only: "…rumah Budi, yang …" names an owner in the middle of a sentence too. Not a second capitalised phrase after the
 * comma: a list of names ("Sersan Irwan alias Irfan, Kopral Ibrahim, …") or an apposition after a role ("sambutan dari
 * Koordinator kegiatan CSR LPS, Suharno Eliandy, …") goes on in its sentence.
 */
function appositiveSubject(text: string, tokens: Tokens, k: number, rules: RunOnRules): boolean {
  // the run's last word, with its comma and nothing else: "Seagal," "Trump,"
  if (k >= tokens.length || !isUpper(text[tokens.starts[k]]) || text[tokens.ends[k] - 1] !== ',') return false;
  const w = word(text, tokens, k);
  if (w.length < 2 || tokens.ends[k] - tokens.starts[k] !== w.length + 1 || rules.strongOpeners.has(w.toLowerCase())) return false;
  return rules.relatives.has(word(text, tokens, k + 1).toLowerCase());
}

/**
 * A weaker sentence start, read only inside a run-on piece too long to be one sentence (see splitLong): a capitalised
 * run of one to MAX_RUN words (an office and a name: "Wali Kota Surabaya Eri Cahyadi") after a lower-case word, then up to two lower-case words and a predicate
 * ("…naik tajam Studi kelayakan memperkirakan …", "…di Bekasi Gubernur BI Perry Warjiyo menilai …"). Alone it would
 * also cut a possessor from its noun ("gaji Presiden naik"), which a piece of ordinary length keeps.
 */
export function weakRunOnEnd(text: string, tokens: Tokens, i: number, rules: RunOnRules): boolean {
  if (i + 2 >= tokens.length) return false;
  const next = word(text, tokens, i + 1);
  if (next.length < 2 || !isUpper(next[0]) || CLOSERS.has(text[tokens.ends[i + 1] - 1])) return false;
  let k = i + 1;
  while (k < tokens.length && k < i + 1 + MAX_RUN && isUpper(text[tokens.starts[k]]) && /\p{L}/u.test(text[tokens.ends[k] - 1])) k++;
  // the subject set apart after a number or a closed quotation as well: "…sama besarnya untuk 2015-2016 Gomery, yang …",
  // "…tidak dapat diterima” Dewan Digital Prancis, yang …"; not a day a month follows ("pada tanggal 1 Desember …")
  const pEnd = tokens.ends[i];
  const afterNumber = isDigit(text[pEnd - 1]) && (i === 0 || !rules.counting.has(word(text, tokens, i - 1).toLowerCase()));
  if ((afterNumber || (QUOTE_CLOSE.has(text[pEnd - 1]) && isLower(text[pEnd - 2] ?? ''))) && appositiveSubject(text, tokens, k, rules)) return true;
  // after a lower-case word of three letters or more: "Plaza de las Victorias" goes on, "Mulai 1 Januari" too
  if (!isLower(text[tokens.starts[i]]) || !/\p{L}/u.test(text[pEnd - 1])) return false;
  const prevLower = word(text, tokens, i).toLowerCase();
  if (prevLower.length < 3) return false;
  if (endsNothing(text, tokens, i, prevLower, rules) || rules.counting.has(prevLower) || rules.takesObject.some((r) => r.test(prevLower))) return false;
  if (appositiveSubject(text, tokens, k, rules)) return true;
  // a role or an institution alone is one more word of the noun before it ("gaji Presiden naik"), unless a verb of its own
  // follows, after up to two words: "…sejak pekan lalu Bupati meminta …", "…pekan lalu Sekretaris daerah meminta …"
  const alone = k === i + 2 && rules.notCommon.has(next.toLowerCase());
  for (let plain = 0; k < tokens.length && plain <= 2; k++, plain++) {
    if (!isLower(text[tokens.starts[k]])) return false;
    const w = word(text, tokens, k).toLowerCase();
    if (alone) {
      if (verb(w, rules)) return true;
      if (rules.nonFinal.has(w) || rules.predicate.words.has(w) || w.length < 2) return false;
      continue;
    }
    if (rules.predicate.words.has(w) || rules.predicate.shapes.some((r) => r.test(w))) return true;
    if (rules.nonFinal.has(w) || w.length < 2) return false;
  }
  return false;
}
