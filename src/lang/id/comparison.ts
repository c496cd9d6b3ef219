// What `diff` and `track` know of Indonesian (and Malay, read with it) to compare claims (see ComparisonRules): its
// words meet English ones through the lexicon, by their roots. Data and pure functions only: no imports of compromise
// or chrono.
import type { ComparisonRules } from '../types.js';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_VARIANTS, WEEKDAYS } from './calendar.js';
import { KIN_ROLES, ROLES } from './lexicon.js';

const STOP_WORDS = new Set(
  ('yang di ke dari dan atau tetapi namun ini itu tersebut dengan untuk pada akan telah sudah sedang adalah ialah merupakan dalam oleh juga ' +
    'saja hanya pun lah kah nya para sang si sebuah seorang suatu bagi bahwa karena sebab agar supaya jika kalau maka sehingga ketika saat ' +
    'sebagai seperti antara hingga sampai serta secara tentang terhadap atas bawah kepada daripada sejak selama setelah sebelum lagi masih ' +
    'dia ia beliau mereka kami kita kamu anda saya aku nya mu ku kata katanya mengatakan ujarnya ujar jelasnya tambahnya menurut ' +
    'ada sangat lebih paling banyak beberapa semua setiap tiap masing pula yakni yaitu adapun bahkan sini situ sana').split(/\s+/),
);

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

export const indonesianComparison: ComparisonRules = {
  stopWords: STOP_WORDS,
  numberWords: new Map([
    ['satu', '1'], ['dua', '2'], ['tiga', '3'], ['empat', '4'], ['lima', '5'],
    ['enam', '6'], ['tujuh', '7'], ['delapan', '8'], ['sembilan', '9'], ['sepuluh', '10'], ['sebelas', '11'],
  ]),
  // "lima belas" 15, "dua puluh" 20: only what English writes as one word; hundreds and thousands stay words on both sides.
  numberScales: new Map<string, number | 'teen'>([['belas', 'teen'], ['puluh', 10]]),
  // "belum mengubah", "tidak akan hadir": `sudah`/`telah`/`akan` are function words that the comparison drops, so a
  // negation is the only trace of "sudah kembali" → "belum kembali".
  negations: new Set('tidak tak bukan belum jangan tiada enggak nggak gak tidaklah bukanlah belumlah takkan'.split(' ')),
  negatingPhrases: new Set(),
  // "tidak hanya … tetapi juga", "bukan sekadar": a negation word that does not negate.
  notNegatingNext: new Set('hanya saja cuma sekadar semata'.split(' ')),
  numberSigns: new Set(),
  dateWords: new Set([
    ...MONTHS, ...MONTH_ABBREVIATIONS, ...WEEKDAYS, ...WEEKDAY_VARIANTS,
    ...'hari ini kemarin besok pekan bulan tahun lalu depan pagi siang sore malam'.split(' '),
  ]),
  // The extractor's roles but kinship ("istri Budi" is not Budi), and titles it does not strip: dropped before names are compared.
  titles: new Set([...[...ROLES].filter((w) => !KIN_ROLES.has(w) && !w.includes('.')), ...'saudara letnan hakim mantan pejabat senator'.split(' ')]),
  descriptionBeforeName: false,
  // "negara-negara" is the plural of negara, one word.
  wordForms: { reduplication: true },
  // "Jokowinya", "rumahlah": a name or word with a particle attached meets its bare form.
  concepts: { kind: 'lexicon', roots: rootsId, particles: /(?:nya|lah|kah|pun)$/ },
};
