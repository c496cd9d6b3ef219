// Sentence ends after a period, on invented sentences (segment/boundaries.ts).
import { describe, expect, it } from 'vitest';
import { english } from '../../src/lang/en/index.js';
import { indonesian } from '../../src/lang/id/index.js';
import { splitSentences } from '../../src/segment.js';

const split = (text: string, rules = indonesian.segmentation) => splitSentences(text, [[0, text.length]], rules).map((s) => s.text);

describe('a sentence opened by a brand written lower-case first', () => {
  it('ends the sentence before it, also across a line break and after a quotation mark', () => {
    expect(split('Ponsel itu dijual mulai pekan depan.\n"iPhone baru ini lebih kuat," kata Budi.')).toEqual([
      'Ponsel itu dijual mulai pekan depan.',
      '"iPhone baru ini lebih kuat," kata Budi.',
    ]);
    expect(split('Sales rose last year. iPad sales fell.', english.segmentation)).toEqual(['Sales rose last year.', 'iPad sales fell.']);
  });

  it('leaves a lower-case word after an abbreviation alone', () => {
    expect(split('Harga naik 5 persen dll. dan pedagang mengeluh.')).toEqual(['Harga naik 5 persen dll. dan pedagang mengeluh.']);
  });
});

describe('Indonesian abbreviations', () => {
  it('a company form, a cleric, a dentist and "a.l." written with a period come before a name, never at a sentence end', () => {
    expect(split('Laba PT. Sinar Jaya naik tajam. Ia senang.')).toEqual(['Laba PT. Sinar Jaya naik tajam.', 'Ia senang.']);
    expect(split('Ia dirawat drg. Siti di klinik desa.')).toEqual(['Ia dirawat drg. Siti di klinik desa.']);
    expect(split('Misa dipimpin Pdt. Yohanes Lubis.')).toEqual(['Misa dipimpin Pdt. Yohanes Lubis.']);
    expect(split('Sejumlah tokoh hadir, a.l. Budi dan Ani.')).toEqual(['Sejumlah tokoh hadir, a.l. Budi dan Ani.']);
  });
});

describe('text spaced around its punctuation', () => {
  it('a lone closing quotation mark after a full stop ends the sentence, a lone opening one starts the next', () => {
    expect(split('Ia berkata : " Harga naik . " Budi lalu pergi .')).toEqual(['Ia berkata : " Harga naik . "', 'Budi lalu pergi .']);
    expect(split('Ia lahir tahun 1990 . " Saya senang , " katanya .')).toEqual(['Ia lahir tahun 1990 .', '" Saya senang , " katanya .']);
    expect(split('He said , " I am here . " Then he left .', english.segmentation)).toEqual(['He said , " I am here . "', 'Then he left .']);
  });
});
