// Sentence starts a scraper left without their full stop (issue 14, scraped text): a presentational verb
// ("Beredar kabar bahwa …", "Muncul anggapan …") opens a sentence after a lower-case word, and a source opener
// ("Dikutip dari Antara, …") after a name too.
import { describe, expect, it } from 'vitest';
import { indonesian } from '../../src/lang/id/index.js';
import { splitSentences } from '../../src/segment.js';

const split = (text: string) => splitSentences(text, [[0, text.length]], indonesian.segmentation).map((s) => s.text);

describe('run-on Indonesian openers', () => {
  it('a presentational verb after a lower-case word opens a sentence', () => {
    const a = 'Menurut data dinas kependudukan, jumlah penduduk kecamatan itu mencapai dua ratus ribu jiwa pada akhir tahun lalu';
    const b = 'Beredar kabar bahwa kantor kecamatan akan dipindahkan ke desa lain';
    const c = 'Muncul anggapan bahwa pemerintah daerah tidak serius mengurus warga';
    expect(split(`${a} ${b} ${c}`)).toEqual([a, b, c]);
  });

  it('a source opener after a name opens a sentence', () => {
    const a = 'Anggarannya sudah kami siapkan sejak bulan lalu untuk perbaikan jalan desa, tandas Rina kepada Suara Sukamaju';
    const b = 'Dikutip dari Antara, dinas pekerjaan umum mencatat ratusan kilometer jalan rusak berat';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
  });
});

// "…tegas Ulung Salah seorang tersangka …": two openers in a row, the second lower-case, go on in no name, so they
// open a sentence after a name; an ordinal that ends a name ("Bagian Kedua sudah …") does not.
describe('two openers after a name', () => {
  it('open a sentence', () => {
    const a = 'Kami masih mengembangkan kasus ini bersama kepolisian daerah dan bea cukai, tegas Rina Wulandari';
    const b = 'Salah seorang tersangka membantah tuduhan tersebut di depan penyidik';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
  });

  it('not after an ordinal that ends a name', () => {
    const a = 'Penulis muda dari desa kecil itu menerbitkan Bagian Pertama bulan lalu dan Bagian Kedua sudah hampir selesai ditulis di rumah orang tuanya di pinggir kota tahun ini';
    expect(split(a)).toEqual([a]);
  });
});

// "…hingga akhir tahun Kepala BPS Amalia mengatakan …": after a counting word (tahun, bulan) only openers started a
// sentence; an office and a name before a verb of saying do too.
describe('an office and a name after a counting word', () => {
  it('open a sentence before a verb of saying', () => {
    const a = 'Inflasi bulanan di kota itu tercatat rendah dan harga bahan pokok relatif stabil hingga akhir tahun';
    const b = 'Kepala Dinas Perdagangan Rina Wulandari mengatakan pasokan beras cukup sampai Lebaran';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
  });
});
