// Indonesian date expressions: chrono's Indonesian parser (numeric dates are day/month/year), bare years
// ("pada 2013", "akhir 2023"), "Senin (12/3/2018)" glosses, and the words that give tense and direction.
// Conventions are documented in src/dates.ts.
import * as chrono from 'chrono-node';
import { findDatesWith, neighbours, tenseFromMarkers, type DateLanguage, type Tense } from '../../dates.js';
import type { DateMention } from '../types.js';

const MONTHS = 'januari|jan|februari|feb|maret|mar|april|apr|mei|juni|jun|juli|jul|agustus|agu|agt|ags|september|sept?|oktober|okt|november|nov|desember|des';
const WEEKDAYS = "senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad";
const RELATIVE = 'kemarin|besok|lusa|tadi|malam|pagi|siang|sore|sekarang|kini|lalu|silam';
// Units also end words: "setahun", "sebulan", "sepekan".
const UNITS = 'tahun|bulan|pekan|minggu|hari';

const FUTURE = new Set(['akan', 'bakal', 'mendatang', 'depan', 'dijadwalkan', 'direncanakan', 'rencananya', 'berencana', 'hendak', 'nanti', 'besok', 'hingga', 'sampai']);
const PAST = new Set([
  'telah', 'sudah', 'sempat', 'pernah', 'lalu', 'kemarin', 'tadi', 'silam', 'sebelumnya', 'kata', 'katanya', 'ujar',
  'ujarnya', 'tutur', 'tuturnya', 'ungkap', 'ungkapnya', 'mengatakan', 'menyatakan', 'menjelaskan', 'mengungkapkan',
  'menuturkan', 'menurut', 'tulis', 'menulis',
]);

const marker = (word: string): Tense | null => (FUTURE.has(word) ? 'future' : PAST.has(word) ? 'past' : null);

const LAST = new Set(['lalu', 'kemarin', 'silam', 'sebelumnya']);
const NEXT = new Set(['depan', 'mendatang', 'nanti']);

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

const DATE_WORD = /\b(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|awal|akhir|pertengahan|pada|di|bulan|sejak|hingga)\s$/i;

const parser = chrono.id.casual.clone();
parser.parsers.push(unitsAgo, partOfYear);

export const indonesianDates: DateLanguage = {
  chrono: parser,
  mayContainDate: new RegExp(`\\d|\\b(?:${MONTHS}|${WEEKDAYS}|${RELATIVE})\\b|(?:${UNITS})\\b`, 'i'),
  // A year after a word that introduces one ("pada 2013", "tahun 2014", "akhir 2023"), or before punctuation.
  years: new RegExp(
    String.raw`(?<![\w$#.,/:'’\-–])` +
      String.raw`(?:((?:1[5-9]|20)\d\d)(?<=\b(?:pada|tahun|sejak|hingga|sampai|di|awal|akhir|pertengahan|medio|sebelum|setelah|sesudah|dari|ke|antara|dan|atau|periode|era|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)[\s\u00a0]{1,2}\d{4})` +
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
  // "Jin Ping Mei": a month name inside a capitalised name.
  isName: (before, text) => /^\p{Lu}\p{Ll}+$/u.test(text) && /\p{Lu}\p{Ll}*\s$/u.test(before) && !DATE_WORD.test(before.slice(-12)),
  generic: /\b(?:setiap|tiap|saban)\s+(?:hari\s+)?$/i,
  week: /pekan\b|minggu\s+(?:yang\s+)?(?:lalu|ini|depan|kemarin|mendatang|silam)\b/i,
  direction(before, text, after) {
    const words = text.toLowerCase().split(/\s+/);
    const { next } = neighbours(before, after);
    for (const w of [...words, next]) {
      if (LAST.has(w)) return -1;
      if (NEXT.has(w)) return 1;
      if (w === 'ini') return 0;
    }
    return null;
  },
  subordinate:
    /,\s*yang\b|\b(?:karena|meskipun|walaupun|sehingga)\b|\b(?:setelah|sesudah|sebelum|sejak|hingga)\s+(?:ia|dia|mereka|kami|kita|saya|anda|beliau|di[a-z]{3,}|me[a-z]{3,}|ber[a-z]{3,}|ter[a-z]{3,})\b/gi,
  tense: (before, after) => tenseFromMarkers(before, after, marker),
};

export function findDates(text: string, published: string | null): DateMention[] {
  return findDatesWith(indonesianDates, text, published);
}
