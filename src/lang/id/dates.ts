// Indonesian date expressions: chrono's Indonesian parser (numeric dates are day/month/year), bare years
// ("pada 2013", "akhir 2023"), "Senin (12/3/2018)" glosses, and the words that give tense and direction.
// Conventions are documented in src/dates.ts.
import * as chrono from 'chrono-node/id';
import { directionFrom, findDatesWith, tenseFromMarkers, type DateLanguage, type Tense } from '../../dates.js';
import type { DateMention } from '../types.js';
import { alternation } from '../patterns.js';
import { MALAYSIAN_MARKERS } from './malay.js';
import { AFTER_CUES, SPEECH_VERBS } from './lexicon.js';
import { ALL_WEEKDAYS, MALAY_MAC, MALAY_MONTHS, MALAY_WEEKDAYS, MONTH_ABBREVIATIONS, MONTHS } from './calendar.js';

const MONTH_NAMES = alternation([...MONTHS, ...MONTH_ABBREVIATIONS, ...Object.keys(MALAY_MONTHS)]);
const WEEKDAY_NAMES = alternation(ALL_WEEKDAYS);
const RELATIVE = 'kemarin|besok|lusa|tadi|malam|pagi|siang|sore|sekarang|kini|lalu|silam|esok|lepas|hadapan';
// Units also end words: "setahun", "sebulan", "sepekan".
const UNITS = 'tahun|bulan|pekan|minggu|hari';

const FUTURE = new Set([
  'akan', 'bakal', 'mendatang', 'depan', 'hadapan', 'esok', 'dijadwalkan', 'direncanakan', 'rencananya', 'berencana', 'hendak',
  'nanti', 'besok', 'hingga', 'sampai',
]);
const PAST = new Set([
  'telah', 'sudah', 'sempat', 'pernah', 'lalu', 'kemarin', 'tadi', 'silam', 'sebelumnya', 'kata', 'katanya', 'ujar',
  'ujarnya', 'tutur', 'tuturnya', 'ungkap', 'ungkapnya', 'mengatakan', 'menyatakan', 'menjelaskan', 'mengungkapkan',
  'menuturkan', 'menurut', 'tulis', 'menulis', 'lepas', 'berkata', 'memberitahu',
]);

/** Verbs of saying, bare or with -nya ("kata", "ujarnya", "mengatakan"), and "menurut": they date the saying. */
const isSpeech = (word: string): boolean =>
  SPEECH_VERBS.has(word) || AFTER_CUES.has(word) || AFTER_CUES.has(word.replace(/nya$/, '')) || word === 'menurut';

const marker = (word: string): Tense | null => (FUTURE.has(word) ? 'future' : PAST.has(word) ? 'past' : null);

const LAST = new Set(['lalu', 'kemarin', 'silam', 'sebelumnya', 'lepas']);
const NEXT = new Set(['depan', 'mendatang', 'nanti', 'hadapan']);

const COUNT: Record<string, number> = {
  se: 1, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10,
};

/** "tiga hari lalu", "setahun silam", "dua hari yang lalu": chrono reads only some of these. */
const unitsAgo: chrono.Parser = {
  pattern: () => /(?<![\w-])(\d{1,3}|se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s?(tahun|bulan|minggu|pekan|hari)\s+(?:yang\s+)?(?:lalu|silam)\b/i,
  extract: (context, match) => {
    const n = COUNT[match[1].toLowerCase()] ?? Number(match[1]);
    const unit = match[2].toLowerCase();
    const d = new Date(context.refDate.getTime());
    if (unit === 'tahun') return context.createParsingComponents({ year: d.getFullYear() - n });
    if (unit === 'bulan') {
      d.setDate(1);
      d.setMonth(d.getMonth() - n);
      return context.createParsingComponents({ year: d.getFullYear(), month: d.getMonth() + 1 });
    }
    d.setDate(d.getDate() - n * (unit === 'hari' ? 1 : 7));
    return context.createParsingComponents({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });
  },
};

/** "hingga akhir tahun", "sejak awal tahun": a part of the publication year ("akhir tahun lalu" is chrono's). */
const partOfYear: chrono.Parser = {
  pattern: () => /(?<![\w-])(?:akhir|awal|pertengahan)\s+tahun(?!\s+(?:\d|lalu|depan|ini|mendatang|silam|kemarin))(?![\w-])/i,
  extract: (context) => context.createParsingComponents({ year: context.refDate.getFullYear() }),
};

/** Words after "sejak" that make a part of time, not an event: "sejak awal tahun", "sejak Juli". */
const BOUNDARY_WORDS = alternation([
  'awal', 'akhir', 'pertengahan', 'medio', 'tahun', 'bulan', 'pekan', 'minggu', 'hari', 'tanggal', 'pukul', 'kemarin', 'lalu', 'dulu', 'itu',
  ...MONTHS, ...ALL_WEEKDAYS, ...Object.keys(MALAY_MONTHS),
]);

const SUPERLATIVES = alternation([
  'tertinggi', 'terendah', 'terbesar', 'terkecil', 'terburuk', 'terbaik', 'terparah', 'tercepat', 'terbanyak', 'terlama', 'terdalam',
  'terkuat', 'terlemah', 'terpanas', 'terdingin', 'pertama',
]);

// Verbs of a change in a figure: the "dari" after them (and the change's size) opens the figure it is measured from.
const CHANGE_VERBS = alternation([
  'naik', 'turun', 'meningkat', 'menurun', 'bertambah', 'berkurang', 'melonjak', 'anjlok', 'merosot', 'tumbuh', 'melemah', 'menguat',
  'susut', 'menyusut', 'membengkak', 'melambat',
]);

const DATE_WORD = new RegExp(`\\b(?:${WEEKDAY_NAMES}|awal|akhir|pertengahan|pada|di|bulan|sejak|hingga|sehingga)\\s$`, 'i');

// chrono's Indonesian parser with ours, built on first use (see indonesianChrono).
let plainParser: chrono.Chrono | undefined;
function indonesianParser(): chrono.Chrono {
  if (!plainParser) {
    plainParser = chrono.casual.clone();
    plainParser.parsers.push(unitsAgo, partOfYear);
  }
  return plainParser;
}

/**
 * Malaysian Malay date words, as the Indonesian words chrono reads: months (Julai, Ogos, Disember; "Mac" only
 * where it is a month, not the computer), weekdays (Isnin, Khamis, Jumaat), "minggu lepas", "tahun hadapan",
 * "esok" (not "hari esok", the future, nor "esok lusa", some day). "Semalam" is yesterday in Malaysian news but
 * last night, or one night, in Indonesian: it is read only in a sentence that is Malaysian by its own words.
 */
const MALAY_NAMES = alternation([...Object.keys(MALAY_MONTHS), ...Object.keys(MALAY_WEEKDAYS)]);
const MALAY_DATE_WORDS = new RegExp(
  String.raw`\b(?:(${MALAY_NAMES})|(Mac)(?=\s+(?:\d{4}|lalu|lepas|ini|depan|hadapan|tahun)\b)` +
    String.raw`|(?<=\b(?:\d{1,2}|pada|bulan|awal|akhir|pertengahan|sejak|hingga|sehingga|sebelum|selepas|menjelang)\s)(Mac)` +
    String.raw`|(?<=\b(?:minggu|pekan|bulan|tahun)\s)(lepas|hadapan)|(?<!\bhari\s)(esok)(?!\s+lusa)|(semalam))\b`,
  'gi',
);
const MALAY_DATE_WORD = new RegExp(MALAY_DATE_WORDS.source, 'i');
const MALAY_SPELLING: Record<string, string> = {
  ...MALAY_MONTHS, [MALAY_MAC]: 'maret', ...MALAY_WEEKDAYS,
  lepas: 'lalu', hadapan: 'depan', esok: 'besok', semalam: 'kemarin',
};
/** Words Indonesian does not write: a sentence with one is Malaysian Malay. */
const MALAYSIAN = new RegExp(`\\b(?:${alternation(MALAYSIAN_MARKERS)})\\b`, 'i');

/** chrono's Indonesian reading of a text with its Malaysian date words put in Indonesian; offsets are the text's. */
function parseMalayAware(text: string, ref?: chrono.ParsingReference | Date, option?: chrono.ParsingOption): chrono.ParsedResult[] {
  if (!MALAY_DATE_WORD.test(text)) return indonesianParser().parse(text, ref, option);
  const malaysian = MALAYSIAN.test(text);
  // Pieces of the rewritten text: [start in rewritten, start in original], in order.
  const shifts: [number, number][] = [[0, 0]];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(MALAY_DATE_WORDS)) {
    const word = m[0];
    if (word.toLowerCase() === 'semalam' && !malaysian) continue;
    let spelled = MALAY_SPELLING[word.toLowerCase()];
    if (/^\p{Lu}/u.test(word) !== /^\p{Lu}/u.test(spelled)) spelled = /^\p{Lu}/u.test(word) ? spelled[0].toUpperCase() + spelled.slice(1) : spelled.toLowerCase();
    out += text.slice(last, m.index) + spelled;
    shifts.push([out.length - spelled.length, m.index], [out.length, m.index + word.length]);
    last = m.index + word.length;
  }
  out += text.slice(last);
  const original = (at: number, isEnd: boolean) => {
    let k = shifts.length - 1;
    while (k > 0 && shifts[k][0] > at) k--;
    const [rs, os] = shifts[k];
    // Inside a rewritten word: its start, or its end.
    if (k % 2 === 1) return at === rs || !isEnd ? os : shifts[k + 1][1];
    return os + (at - rs);
  };
  // Shifts are few and texts short (findDatesWith reads long texts in pieces of 2,000 characters).
  return indonesianParser().parse(out, ref, option).map((r) => {
    const start = original(r.index, false);
    const end = original(r.index + r.text.length, true);
    const writable = r as { index: number; text: string };
    writable.index = start;
    writable.text = text.slice(start, end);
    return r;
  });
}

/** Words that introduce a year ("pada 2013", "tahun 2014", "akhir 2023", "Juli 2019"). */
const YEAR_WORDS = [
  'pada|tahun|sejak|hingga|sampai|di|awal|akhir|pertengahan|medio|sebelum|setelah|sesudah|dari|ke|antara|dan|atau|periode|era',
  ...MONTHS,
  // Malaysian Malay ("Julai 2019", "selepas 2013")
  MALAY_MAC, 'jun', ...Object.keys(MALAY_MONTHS), 'selepas', 'sehingga',
].join('|');

// Built on first use: a worker that reads only English never builds it (nor runs its patterns, whose first use compiles them).
let parser: chrono.Chrono | undefined;
function indonesianChrono(): chrono.Chrono {
  parser ??= Object.assign(indonesianParser().clone(), { parse: parseMalayAware });
  return parser;
}

export const indonesianDates: DateLanguage = {
  get chrono() {
    return indonesianChrono();
  },
  // "Semalam" only in a Malaysian sentence (see MALAY_DATE_WORDS).
  mayContainDate: new RegExp(
    [
      String.raw`\d`,
      String.raw`\b(?:${MONTH_NAMES}|${WEEKDAY_NAMES}|${RELATIVE})\b`,
      String.raw`(?:${UNITS})\b`,
      String.raw`^(?=[\s\S]*\bsemalam\b)(?=[\s\S]*${MALAYSIAN.source})`,
    ].join('|'),
    'i',
  ),
  // A year after a word that introduces one ("pada 2013", "tahun 2014", "akhir 2023"), or before punctuation.
  years: new RegExp(
    String.raw`(?<![\w$#.,/:'’\-–])` +
      String.raw`(?:((?:1[5-9]|20)\d\d)(?<=\b(?:${YEAR_WORDS})[\s\u00a0]{1,2}\d{4})` +
      String.raw`|((?:19|20)\d\d)(?=\s?(?:[.,;:!?)"”’—–]|$)))` +
      String.raw`(?![\w%°/]|[.,:]\d|-an\b|\s?(?:persen|SM)\b)`,
    'gi',
  ),
  notADate: /^(?:sekarang|saat ini|kini|dewasa ini|sekarang ini)$/i,
  // "selama dua tahun", "10 minggu ini" (these ten weeks), "dua hari kemudian", "120 tahun sebelumnya" (relative
  // to another event), "6.30-10 pagi" (hours).
  duration:
    /^(?:selama|dalam|sepanjang)\s|^\d+\s+(?:minggu|pekan|bulan|tahun|hari)\s+ini$|\b(?:kemudian|berikutnya|sebelumnya)$|^\d{1,2}[.:]\d\d\s?[-–]/i,
  // "selama …" is a span; "dua ribu tahun yang lalu" is a count chrono only read the end of.
  spanBefore: /\b(?:selama|sepanjang|ribu|ratus|juta|puluh|belas)\s+$/i,
  // "lebih cepat daripada yang bisa dilakukan hari ini", "bahkan hari ini".
  nowadays: { text: /^hari ini$/i, before: /\b(?:daripada|dibanding(?:kan)?)(?:\s+(?!dan\b|tetapi\b)[\w'’-]+){0,6}\s+$|\bbahkan\s+$/i },
  // "Jin Ping Mei": a month name inside a capitalised name.
  isName: (before, text) => /^\p{Lu}\p{Ll}+$/u.test(text) && /\p{Lu}\p{Ll}*\s$/u.test(before) && !DATE_WORD.test(before.slice(-12)),
  generic: /\b(?:setiap|tiap|saban)\s+(?:hari\s+)?$/i,
  yearPart: { end: /^akhir\s+tahun$/i, start: /^awal\s+tahun$/i },
  weekend: /akhir pekan/i,
  week: /pekan\b|minggu\s+(?:yang\s+)?(?:lalu|ini|depan|kemarin|mendatang|silam|lepas|hadapan)\b/i,
  direction: directionFrom({ last: LAST, next: NEXT, current: 'ini', side: 'after' }),
  subordinate: new RegExp(
    [
      // A condition holds its own time: "Presiden akan memveto RUU itu jika DPR mengesahkannya pekan ini".
      String.raw`,\s*yang\b|\b(?:karena|kerana|meskipun|walaupun|sehingga|jika|apabila|bila|kalau|jikalau)\b`,
      String.raw`\b(?:setelah|selepas|sesudah|sebelum|sejak|hingga|semasa)\s+` +
        String.raw`(?:ia|dia|mereka|kami|kita|saya|anda|beliau|di[a-z]{3,}|me[a-z]{3,}|ber[a-z]{3,}|ter[a-z]{3,})\b`,
      // "sejak konvensi Partai Republik di bulan Juli": the date is the event's that opens the claim's span; not "sejak awal
      // tahun", "sejak Juli". Not "sebelum": "janji itu dibuat sebelum referendum di tahun 2014" was made in 2014.
      String.raw`\bsejak\s+(?!(?:${BOUNDARY_WORDS})\b)[a-z]{3,}\b`,
    ].join('|'),
    'gi',
  ),
  // "dibandingkan dengan 6 persen pada 1997", "ketimbang tahun lalu"; "dari" only after the figure a change reached ("naik menjadi
  // 5 persen dari 4 persen pada 2015"), not "naik dari 4 persen pada 2015 menjadi …", a span.
  // A superlative's "sejak" names the time compared with: "penurunan terbesar sejak 1998", "pertama kali sejak 2010".
  baseline: new RegExp(
    [
      String.raw`\b(?:dibanding(?:kan)?|ketimbang)\b`,
      String.raw`(?<=\bmenjadi\s+(?:Rp\s?|US\$\s?)?\d[\d.,]*(?:\s*(?:%|[a-z]+))?\s+)dari\b`,
      // "Jumlah wisatawan mencapai 9 juta orang, naik dari 8,8 juta pada 2013", "turun 5 persen dari Agustus": the figure or the
      // time a change is measured from; not a span ("naik dari Januari hingga Maret").
      String.raw`\bdari\b(?<=\b(?:${CHANGE_VERBS})(?:\s+(?:sebesar\s+|sekitar\s+)?(?:Rp\s?|US\$\s?)?\d[\d.,]*(?:\s*(?:%|[a-z]+))?)?\s+dari)` +
        String.raw`(?![^;:.]{0,40}\b(?:hingga|sampai)\s)`,
      String.raw`(?<=\b(?:${SUPERLATIVES})(?:\s+[\w-]+){0,4}\s+)sejak\b`,
    ].join('|'),
    'gi',
  ),
  relative: /\byang\b/gi,
  relativeWhen: /^\)?,\s*(?:ketika|saat)\s+/i,
  // "Saat ditemui di kantornya, Senin (5/5), …", "Dalam rapat di Jakarta pada Senin (5/5), …", "Dihubungi Selasa (6/5), …".
  framing: /^(?:Dalam|Pada|Di|Saat|Ketika|Ditemui|Dihubungi|Dikonfirmasi|Berbicara)\b/,
  // Prepositions, time words and conjunctions: "Dan pada tahun 2007, …", "Sejak awal 2020, …", "Akhir tahun lalu, …"; not
  // "Setelah"/"Sebelum", which order events: "Setelah krisis 2008, bank itu menaikkan suku bunga" is not of 2008.
  leads: new RegExp(
    String.raw`^(?:Dan|Pada|Di|Dalam|Sejak|Hingga|Sampai|Selama|Sepanjang|Tahun|Awal|Akhir|Pertengahan|Medio|Sementara|Namun|Kemudian|Lalu|` +
      String.raw`Sebelumnya|Kini|Saat|Ketika|Hari|Bulan|Pekan|Minggu|Per|Jelang|Menjelang|Memasuki|Sekitar|Adapun|Sedangkan|Tapi|Tetapi|Bahkan|` +
      String.raw`Selain|Lebih|Terhitung|Mulai|Antara|Menurut|Berdasarkan|Sehingga|Kala|Tatkala|Semasa)\b`,
    'i',
  ),
  tense: (before, after) => tenseFromMarkers(before, after, marker, isSpeech),
};

export function findDates(text: string, published: string | null): DateMention[] {
  return findDatesWith(indonesianDates, text, published);
}
