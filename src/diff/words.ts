// Words of a claim for comparison: tokens, function words, light stemmers for English and Indonesian,
// and numbers normalised so that "1,500" (en) and "1.500" (id) are the same number.

import type { Lexicon } from './lexicon.js';

export interface Word {
  /** Lower-cased surface form, possessive and reduplication removed. */
  lower: string;
  /** As written (for acronyms such as "AS" vs "as"). */
  raw: string;
  number: string | null;
  capitalised: boolean;
}

// Linear: every repetition needs a separator, so no two ways to split the same text.
const TOKEN = /(?:\p{Lu}\.){2,}|\p{N}+(?:[.,:]\p{N}+)*%?|[\p{L}\p{M}]+(?:['’][\p{L}]+)*/gu;

export function words(text: string): Word[] {
  const out: Word[] = [];
  const re = new RegExp(TOKEN.source, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    // One apostrophe: "I’ve" and "I've", "L’Oreal" and "L'Oreal" are the same word in another typeface.
    let raw = m[0].replace(/’/g, "'");
    if (/^\p{N}/u.test(raw)) {
      out.push({ lower: raw.toLowerCase(), raw, number: normaliseNumber(raw.replace(/%$/, '')), capitalised: false });
      if (raw.endsWith('%')) out.push({ lower: 'percent', raw: '%', number: null, capitalised: false });
      continue;
    }
    const end = m.index + raw.length;
    // Indonesian reduplication "negara-negara" is one word.
    if (text.charCodeAt(end) === 0x2d && text.slice(end + 1, end + 1 + raw.length).toLowerCase() === raw.toLowerCase()
      && !/[\p{L}]/u.test(text.charAt(end + 1 + raw.length))) re.lastIndex = end + 1 + raw.length;
    if (!raw.endsWith('.')) raw = raw.replace(/['’]s$/i, '').replace(/['’]$/, '');
    const lower = raw.toLowerCase();
    const capitalised = /^\p{Lu}/u.test(raw);
    // "isn't", "don’t": the verb and a negation, which carries meaning (tidak, bukan).
    const neg = /^(\p{L}+?)n['’]t$/u.exec(lower);
    if (neg) {
      out.push({ lower: neg[1] === 'ca' ? 'can' : neg[1] === 'wo' ? 'will' : neg[1], raw, number: null, capitalised });
      out.push({ lower: 'not', raw: 'not', number: null, capitalised: false });
      continue;
    }
    const prev = out[out.length - 1];
    const scale = ID_SCALE.get(lower);
    if (scale && prev?.number && /^[1-9]$/.test(prev.number) && NUMBER_WORDS.has(prev.lower)) {
      // "lima belas" 15, "dua puluh" 20, "tiga ratus" 300: one number.
      prev.number = String(scale === 'teen' ? 10 + Number(prev.number) : Number(prev.number) * scale);
      prev.lower = `${prev.lower} ${lower}`;
      continue;
    }
    out.push({ lower, raw, number: NUMBER_WORDS.get(lower) ?? null, capitalised });
  }
  return out;
}

/** "1,500" / "1.500" → "1500"; "2.5" / "2,5" → "2.5"; "10:30" stays. */
export function normaliseNumber(s: string): string {
  if (s.includes(':')) return s;
  const groups = s.split(/[.,]/);
  if (groups.length > 1 && groups.slice(1).every((g) => g.length === 3)) return groups.join('').replace(/^0+(?=\d)/, '');
  if (groups.length === 2) return `${groups[0]}.${groups[1]}`.replace(/^0+(?=\d)/, '');
  return s.replace(/[.,]/g, '').replace(/^0+(?=\d)/, '');
}

// Only what English writes as one word (fifteen, twenty); hundreds and thousands stay words on both sides.
const ID_SCALE = new Map<string, number | 'teen'>([['belas', 'teen'], ['puluh', 10]]);

const NUMBER_WORDS = new Map<string, string>(
  [
    ['one', '1'], ['two', '2'], ['three', '3'], ['four', '4'], ['five', '5'], ['six', '6'], ['seven', '7'], ['eight', '8'], ['nine', '9'], ['ten', '10'],
    ['eleven', '11'], ['twelve', '12'], ['twenty', '20'], ['thirty', '30'], ['fifty', '50'],
    ['satu', '1'], ['dua', '2'], ['tiga', '3'], ['empat', '4'], ['lima', '5'],
    ['enam', '6'], ['tujuh', '7'], ['delapan', '8'], ['sembilan', '9'], ['sepuluh', '10'],
    ['thirteen', '13'], ['fourteen', '14'], ['fifteen', '15'], ['sixteen', '16'], ['seventeen', '17'], ['eighteen', '18'], ['nineteen', '19'],
    ['forty', '40'], ['sixty', '60'], ['seventy', '70'], ['eighty', '80'], ['ninety', '90'],
    ['sebelas', '11'], ['sepuluh', '10'],
  ],
);

export const EN_STOP = new Set(
  ('a an the this that these those its it it\'s is are was were be been being am has have had having do does did of in on at to for from by with ' +
    'as and or but if then than so such into onto over under about after before during while which who whom whose what when where why how ' +
    'also just very more most much many several various numerous some any all each both either neither other another ' +
    'there here their theirs they them he him his she her ' +
    'hers we us our ours you your i me my mine one ones own same too can could would should will shall may might must up out off only even still ' +
    'said says say saying told tell according says, that\'s however because since though although yet already ever now then again further once').split(/\s+/),
);

export const ID_STOP = new Set(
  ('yang di ke dari dan atau tetapi namun ini itu tersebut dengan untuk pada akan telah sudah sedang adalah ialah merupakan dalam oleh juga ' +
    'saja hanya pun lah kah nya para sang si sebuah seorang suatu bagi bahwa karena sebab agar supaya jika kalau maka sehingga ketika saat ' +
    'sebagai seperti antara hingga sampai serta secara tentang terhadap atas bawah kepada daripada sejak selama setelah sebelum lagi masih ' +
    'dia ia beliau mereka kami kita kamu anda saya aku nya mu ku kata katanya mengatakan ujarnya ujar jelasnya tambahnya menurut ' +
    'ada sangat lebih paling banyak beberapa semua setiap tiap masing pula yakni yaitu adapun bahkan sini situ sana').split(/\s+/),
);

const EN_IRREGULAR = new Map<string, string>(
  Object.entries({
    said: 'say', says: 'say', went: 'go', gone: 'go', goes: 'go', took: 'take', taken: 'take', made: 'make', gave: 'give', given: 'give',
    came: 'come', saw: 'see', seen: 'see', got: 'get', gotten: 'get', knew: 'know', known: 'know', thought: 'think', told: 'tell',
    found: 'find', left: 'leave', felt: 'feel', kept: 'keep', held: 'hold', brought: 'bring', began: 'begin', begun: 'begin',
    won: 'win', lost: 'lose', paid: 'pay', met: 'meet', ran: 'run', sent: 'send', spent: 'spend', built: 'build', sold: 'sell',
    bought: 'buy', led: 'lead', fell: 'fall', fallen: 'fall', rose: 'rise', risen: 'rise', grew: 'grow', grown: 'grow', wrote: 'write',
    written: 'write', spoke: 'speak', spoken: 'speak', struck: 'strike', chose: 'choose', chosen: 'choose', drove: 'drive', driven: 'drive',
    became: 'become', stood: 'stand', understood: 'understand', shot: 'shoot', fought: 'fight', caught: 'catch', taught: 'teach',
    sought: 'seek', forgot: 'forget', hit: 'hit', cut: 'cut', put: 'put', set: 'set', let: 'let', quit: 'quit', heard: 'hear',
    meant: 'mean', sat: 'sit', slept: 'sleep', broke: 'break', broken: 'break', stole: 'steal', stolen: 'steal', flew: 'fly', flown: 'fly',
    threw: 'throw', thrown: 'throw', drew: 'draw', drawn: 'draw', ate: 'eat', eaten: 'eat', wore: 'wear', worn: 'wear', hid: 'hide',
    hidden: 'hide', rode: 'ride', ridden: 'ride', shook: 'shake', swore: 'swear', sworn: 'swear', woke: 'wake', withdrew: 'withdraw',
    withdrawn: 'withdraw', overtook: 'overtake', undertook: 'undertake', men: 'man', women: 'woman', children: 'child', people: 'people',
    countries: 'country', feet: 'foot', lives: 'life', wives: 'wife', mice: 'mouse', better: 'good', best: 'good', worse: 'bad', worst: 'bad',
    news: 'news', series: 'series', species: 'species', politics: 'politics', economics: 'economics', physics: 'physics', was: 'be', were: 'be',
    is: 'be', are: 'be', been: 'be', has: 'have', had: 'have', did: 'do', does: 'do', done: 'do',
  }),
);

/** A light English stemmer: inflections only (plural, -ed, -ing, -ly), so that related forms meet. */
export function stemEn(word: string): string {
  const w = word.toLowerCase();
  const irregular = EN_IRREGULAR.get(w);
  if (irregular) return irregular;
  if (w.length <= 3) return w;
  let s = w;
  if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (/(?:ch|sh|x|zz)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(?:ss|us|is|as)$/.test(s)) s = s.slice(0, -1);
  else if (s.endsWith('ied') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('ing') && s.length > 5) s = undouble(s.slice(0, -3));
  else if (s.endsWith('ed') && s.length > 4 && !s.endsWith('eed')) s = undouble(s.slice(0, -2));
  else if (s.endsWith('ly') && s.length > 5) s = s.slice(0, -2);
  // "launche" (from launches/launched/launching) and "launch" meet by dropping a final e.
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

function undouble(s: string): string {
  return /([bdfgklmnprtvz])\1$/.test(s) && !/(?:ll|ss)$/.test(s) ? s.slice(0, -1) : s;
}

/**
 * Candidate roots of an Indonesian word, most specific first: the word, without particles (-nya, -lah,
 * -kah), without suffixes (-kan, -an, -i), without prefixes (meN-, di-, ber-, ter-, peN-, per-, ke-, se-),
 * with the nasal of meN-/peN- restored (menulis → tulis, memukul → pukul, mengirim → kirim, menyatakan → nyata/satakan).
 */
export function rootsId(word: string): string[] {
  const w = word.toLowerCase();
  const out: string[] = [w];
  const add = (s: string) => { if (s.length >= 3 && !out.includes(s)) out.push(s); };
  let base = w;
  for (const p of ['nya', 'lah', 'kah', 'pun']) if (base.endsWith(p) && base.length > p.length + 3) { base = base.slice(0, -p.length); add(base); break; }
  const stems = [base];
  for (const suf of ['kan', 'an', 'i']) if (base.endsWith(suf) && base.length > suf.length + 3) { stems.push(base.slice(0, -suf.length)); break; }
  for (const s of stems) {
    add(s);
    for (const r of unprefix(s)) {
      add(r);
      for (const r2 of unprefix(r)) add(r2); // memper-, diper-, keber-
    }
  }
  // A confix (ke-an, per-an, peN-an) leaves the root only once both ends are gone.
  return out;
}

function unprefix(s: string): string[] {
  const out: string[] = [];
  const v = (c: string) => 'aeiou'.includes(c);
  if (s.startsWith('meng') || s.startsWith('peng')) { const r = s.slice(4); out.push(r); if (r && v(r[0])) out.push('k' + r); }
  else if (s.startsWith('meny') || s.startsWith('peny')) { const r = s.slice(4); out.push('s' + r, 'ny' + r); }
  else if (s.startsWith('mem') || s.startsWith('pem')) { const r = s.slice(3); out.push(r); if (r && v(r[0])) out.push('p' + r); }
  else if (s.startsWith('men') || s.startsWith('pen')) { const r = s.slice(3); out.push(r); if (r && v(r[0])) out.push('t' + r); }
  else if (s.startsWith('me') || s.startsWith('pe')) out.push(s.slice(2));
  if (s.startsWith('ber') || s.startsWith('ter') || s.startsWith('per')) { out.push(s.slice(3)); if (s[3] === 'r') out.push(s.slice(3)); }
  else if (s.startsWith('be') || s.startsWith('te')) out.push(s.slice(2));
  if (s.startsWith('di') || s.startsWith('ke') || s.startsWith('se')) out.push(s.slice(2));
  return out.filter((r) => r.length >= 3);
}

/**
 * Words that negate a predicate, English and Indonesian/Malay ("n't" is read as "not"): "will not attend", "belum
 * mengubah", "tidak akan hadir". `sudah`/`telah`/`akan` are function words that the comparison drops, so a negation
 * is the only trace of "sudah kembali" → "belum kembali".
 */
const NEGATIONS = new Set(
  ('not no never nobody nothing none neither nor cannot ' +
    'tidak tak bukan belum jangan tiada enggak nggak gak tidaklah bukanlah belumlah takkan').split(/\s+/),
);
// "not only … but also", "tidak hanya … tetapi juga", "bukan sekadar": a negation word that does not negate.
const NOT_NEGATING_NEXT = new Set('only just merely hanya saja cuma sekadar semata'.split(' '));

/**
 * How many negations a text holds: "has not yet paid" 1, "did not only pay" 0. "No" before a number is an
 * abbreviation of number ("UU No 12 Tahun 2011"), not a negation. With a lexicon, an Indonesian phrase that opens
 * with a negation but translates to a word without one is that word ("tidak asing": familiar, "tidak mungkin":
 * unlikely), as "unlikely" is no negation in English.
 */
export function negations(text: string, lexicon?: Lexicon): number {
  const ws = words(text);
  let n = 0;
  ws.forEach((w, i) => {
    const next = ws[i + 1];
    // "has yet to pay" is "belum membayar": not yet.
    if (w.lower === 'yet' && next?.lower === 'to') { n++; return; }
    if (!NEGATIONS.has(w.lower)) return;
    if (next && NOT_NEGATING_NEXT.has(next.lower)) return;
    if (w.lower === 'no' && next?.number) return;
    if (lexicon && lexicalised(ws, i, lexicon)) return;
    n++;
  });
  return n;
}

function lexicalised(ws: Word[], i: number, lexicon: Lexicon): boolean {
  if (!lexicon.phraseStarts.has(ws[i].lower)) return false;
  for (let n = Math.min(lexicon.maxPhrase, ws.length - i); n >= 2; n--) {
    const en = lexicon.idToEn.get(ws.slice(i, i + n).map((w) => w.lower).join(' '));
    if (en) return en.every((t) => !t.split(' ').some((x) => NEGATIONS.has(x)));
  }
  return false;
}

/** Month and weekday names in both languages: date words, which belong to the `date` field, not the action. */
export const DATE_WORDS = new Set(
  ('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight week month year last next ' +
    'januari februari maret mei juni juli agustus oktober desember agu okt des ' +
    'senin selasa rabu kamis jumat sabtu minggu ahad hari ini kemarin besok pekan bulan tahun lalu depan pagi siang sore malam').split(/\s+/),
);
