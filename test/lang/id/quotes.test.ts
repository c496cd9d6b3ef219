// Quotations that lost their marks (issue 14, class 2), on invented sentences: a closing cue speaks the
// first-person sentences just before it; a closing mark without an opening one ends a quotation begun earlier.
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';
import type { ClaimDraft } from '../../../src/types.js';

const brief = (c: ClaimDraft) => ({ actor: c.actor, action: c.action, source: c.source, kind: c.kind, sentence: c.sentence });

describe('quotations without an opening mark', () => {
  it('a closing mark and cue make a quote, and the first-person sentence before it is the speaker’s too', () => {
    const got = claims(
      'Harga gula naik tajam pekan ini.',
      'Saya sudah memeriksa gudang',
      'Stok gula masih cukup sampai akhir tahun," tegas Direktur Jenderal Perdagangan Budi Santoso di Jakarta, Senin (12/3/2018).',
    ).map(brief);
    expect(got).toEqual([
      { actor: 'Harga gula', action: 'naik tajam pekan ini', source: null, kind: 'statement', sentence: 0 },
      { actor: 'Budi Santoso', action: 'sudah memeriksa gudang', source: 'Budi Santoso', kind: 'quote', sentence: 1 },
      { actor: 'Stok gula', action: 'masih cukup sampai akhir tahun', source: 'Budi Santoso', kind: 'quote', sentence: 2 },
    ]);
  });

  it('the cue’s date dates the sentences it reaches back over', () => {
    const got = claims('Saya sudah memeriksa gudang', 'Stok gula masih cukup," tegas Budi Santoso, Senin (12/3/2018).');
    expect(got[0].cueSentence).toBe(1);
    expect(got[0].cue).toBeDefined();
  });

  it('a trailing cue with no marks at all speaks the first-person sentences before it, not the article’s own', () => {
    const got = claims(
      'Pasar induk kembali ramai sejak Senin.',
      'Kami sudah menambah petugas di pintu masuk.',
      'Pembeli tidak perlu khawatir, kata Siti Aminah, kepala pasar.',
    ).map(brief);
    expect(got[0]).toEqual({ actor: 'Pasar induk', action: 'kembali ramai sejak Senin', source: null, kind: 'statement', sentence: 0 });
    expect(got[1]).toMatchObject({ action: 'sudah menambah petugas di pintu masuk', source: 'Siti Aminah', kind: 'quote', sentence: 1 });
    expect(got[2]).toMatchObject({ actor: 'Pembeli', source: 'Siti Aminah', sentence: 2 });
  });

  it('a question, or a sentence with an attribution of its own, stops the reach', () => {
    const got = claims(
      'Saya sudah menduga hal itu, kata Andi.',
      'Kami tidak akan mundur.',
      'Apa kami salah?',
      'Semua sudah sesuai aturan, ujar Rina.',
    ).map(brief);
    expect(got.find((c) => c.sentence === 1)).toMatchObject({ source: null, kind: 'statement' });
  });

  it('after a question, the sentences answering it up to the cue are the speaker’s, in any person', () => {
    const got = claims(
      'Apa kata dokter tentang cara itu?',
      'Cara itu belum terbukti secara ilmiah.',
      'Saya tidak menyarankan cara itu, kata Rina Wati.',
    ).map(brief);
    expect(got[0]).toMatchObject({ actor: 'Cara itu', source: 'Rina Wati', kind: 'quote', sentence: 1 });
    expect(got[1]).toMatchObject({ actor: 'Rina Wati', source: 'Rina Wati', sentence: 2 });
  });
});

describe('a quotation opened by a colon and closed by a cue', () => {
  it('every sentence from the colon to the cue is the speaker’s, in any person, dated by the cue', () => {
    const got = claims(
      'Gubernur Rina Wati menanggapi banjir di Bekasi.',
      'Rina menyampaikan: Kami sudah mengirim 50 perahu karet ke lokasi.',
      'Tim gabungan juga membuka dapur umum di tiga titik.',
      'Warga yang mengungsi akan mendapat bantuan makanan, ujar Rina, Minggu (2/11/2025).',
    ).map((c) => ({ ...brief(c), cueSentence: c.cueSentence }));
    expect(got.slice(1)).toEqual([
      { actor: 'Rina Wati', action: 'sudah mengirim 50 perahu karet ke lokasi', source: 'Rina Wati', kind: 'quote', sentence: 1, cueSentence: 3 },
      { actor: 'Tim gabungan', action: 'juga membuka dapur umum di tiga titik', source: 'Rina Wati', kind: 'quote', sentence: 2, cueSentence: 3 },
      { actor: 'Warga yang mengungsi', action: 'akan mendapat bantuan makanan', source: 'Rina Wati', kind: 'reported', sentence: 3, cueSentence: undefined },
    ]);
  });

  it('without the colon the article’s own third-person sentence stays its own', () => {
    const got = claims(
      'Rina menyampaikan hal itu di Bandung.',
      'Tim gabungan juga membuka dapur umum di tiga titik.',
      'Warga yang mengungsi akan mendapat bantuan makanan, ujar Rina.',
    );
    expect(got.find((c) => c.sentence === 1)).toMatchObject({ source: null, kind: 'statement' });
  });
});

describe('an imperative in quoted or reported words', () => {
  it('"Pastikan …, tandasnya": the imperative is the speaker’s own saying, the speaker its actor', () => {
    const got = claims('Pastikan tidak ada benda asing di mulut kartu, tandas Ade.');
    expect(got[0]).toMatchObject({ actor: 'Ade', action: 'Pastikan tidak ada benda asing di mulut kartu', source: 'Ade' });
  });

  it('a noun in -lah opening the sentence stays its subject', () => {
    expect(claims('Masalah itu sudah selesai, kata Rina.')[0].actor).toBe('Masalah itu');
  });
});

describe('a quotation over paragraphs, each opened again', () => {
  it('goes to the speaker of the cue closing the last paragraph', () => {
    const got = claims(
      'Polisi menyelidiki kecelakaan bus di Puncak.',
      '“Kami juga akan memeriksa pemilik perusahaan otobus.',
      '“Jika terbukti lalai, pemilik bisa dijerat pidana,” tambah Kapolres Bogor AKBP Rio Wahyu.',
    ).map(brief);
    expect(got.filter((c) => c.sentence > 0).map((c) => [c.source, c.kind])).toEqual([
      ['Rio Wahyu', 'quote'],
      ['Rio Wahyu', 'quote'],
    ]);
  });
});
