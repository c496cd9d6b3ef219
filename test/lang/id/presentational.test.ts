// Presentational clauses and pseudo-clefts (issue 14, class 5), on invented sentences.
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';
import type { ClaimDraft } from '../../../src/types.js';

const brief = (c: ClaimDraft) => ({ actor: c.actor, action: c.action, source: c.source, kind: c.kind });

describe('a subjectless clause opened by a presentational verb', () => {
  it('presents its actor: ada …', () => {
    expect(claims('Seperti diketahui, ada 12 desa yang terendam banjir di kabupaten itu.').map(brief)).toEqual([
      { actor: '12 desa', action: 'ada 12 desa yang terendam banjir di kabupaten itu', source: null, kind: 'statement' },
    ]);
  });

  it('presents its actor: ditemukan …, after a leading adverbial', () => {
    const [c] = claims('Dalam pemeriksaan itu, ditemukan tiga senjata api milik para tersangka.');
    expect(c.actor).toBe('tiga senjata api milik para tersangka');
    expect(c.action).toBe('ditemukan tiga senjata api milik para tersangka');
  });

  it('presents its actor after an adverbial without a comma, with a list after it', () => {
    const [c] = claims('Dalam razia itu ditemukan tiga truk milik dua pengusaha yakni Andi, Budi dan Cahyo.');
    expect(c.actor).toBe('tiga truk milik dua pengusaha yakni Andi');
    expect(c.action).toBe('ditemukan tiga truk milik dua pengusaha yakni Andi, Budi dan Cahyo');
  });

  it('gives nothing for a subjectless clause of another verb', () => {
    expect(claims('Dalam rapat itu, membahas anggaran desa.')).toEqual([]);
  });
});

describe('a pseudo-cleft before a reported clause', () => {
  it('"yang terjadi adalah" gives way to the clause after it', () => {
    expect(claims('Kapolres menjelaskan, yang terjadi adalah warga memblokir jalan desa.').map(brief)).toEqual([
      { actor: 'warga', action: 'memblokir jalan desa', source: 'Kapolres', kind: 'reported' },
    ]);
  });
});

describe('a subjectless passive', () => {
  it('is about the noun phrase after its verb, past adverbs and a purpose phrase before it', () => {
    expect(claims('Ditampilkan pula rekaman kamera pengawas yang diambil pada malam kejadian.').map(brief)).toEqual([{
      actor: 'rekaman kamera pengawas', action: 'Ditampilkan pula rekaman kamera pengawas yang diambil pada malam kejadian',
      source: null, kind: 'statement',
    }]);
    const [c] = claims('Selain itu, untuk lebih mengamankannya juga dipasang pagar kawat di sekeliling gudang.');
    expect(c).toMatchObject({ actor: 'pagar kawat', action: 'mengamankannya juga dipasang pagar kawat di sekeliling gudang' });
  });

  it('is no claim before a clause of its own, a bahwa complement or an amount', () => {
    expect(claims('Disebutkan bahwa harga beras akan naik.').map((c) => c.actor)).not.toContain('bahwa harga beras');
    expect(claims('"Diharapkan para warga tetap waspada," kata Budi.').map((c) => c.actor)).not.toContain('para warga tetap');
    expect(claims('Diperlukan Rp 5 miliar untuk memperbaiki jembatan itu.')).toEqual([]);
  });

  it('follows a time phrase with a demonstrative, which is no subject', () => {
    const [c] = claims('Saat itu juga dilakukan pemeriksaan di tiga gudang milik tersangka.');
    expect(c).toMatchObject({ actor: 'pemeriksaan', action: 'juga dilakukan pemeriksaan di tiga gudang milik tersangka' });
  });
});

describe('impersonal passives and topics', () => {
  it('an impersonal passive of knowing or seeing states the clause after it', () => {
    const out = claims('Dengan demikian, dapat dipastikan kabar penutupan pasar itu tidak benar.', 'Terpantau antrean warga mengular di depan kantor pos.');
    expect(out.map((c) => [c.actor, c.action, c.kind])).toEqual([
      ['kabar penutupan pasar itu', 'tidak benar', 'statement'],
      ['antrean warga', 'mengular di depan kantor pos', 'statement'],
    ]);
  });

  it('a passive after a topic phrase is about the topic', () => {
    const [c] = claims('Soal kenaikan tarif ini, sebelumnya diumumkan Direktur Utama PT Angkasa dalam rapat umum.');
    expect(c).toMatchObject({ actor: 'kenaikan tarif ini', action: 'sebelumnya diumumkan Direktur Utama PT Angkasa dalam rapat umum' });
  });

  it('a passive in -nya before a name is a noun of the subject', () => {
    const [c] = claims('Kabar dibubarkannya Persija adalah hoaks.');
    expect(c).toMatchObject({ actor: 'Kabar dibubarkannya Persija', action: 'adalah hoaks' });
  });
});

describe('a presentational verb opening the sentence', () => {
  it('"Beredar kabar bahwa …", "Muncul anggapan bahwa …": what is there is the noun before bahwa; the sentence keeps its claim', () => {
    expect(claims('Beredar kabar bahwa pemerintah akan menghapus subsidi elpiji tahun depan.')[0]).toMatchObject({
      actor: 'kabar', action: 'Beredar kabar bahwa pemerintah akan menghapus subsidi elpiji tahun depan', kind: 'statement',
    });
    expect(claims('Muncul anggapan bahwa harga elpiji akan naik dua kali lipat.')[0]).toMatchObject({ actor: 'anggapan', kind: 'statement' });
    expect(claims('Timbul kekhawatiran di kalangan pedagang pasar.')[0].actor).toBe('kekhawatiran');
  });

  it('a noun phrase with a verb of its own after it is that verb’s subject', () => {
    expect(claims('Hadir pula Rina Wati menyalami para tamu.')[0].action).toBe('menyalami para tamu');
  });
});

describe('a list with no predicate', () => {
  it('"Barang bukti lain di antaranya: A, B dan C" — the head is the actor, the list its action', () => {
    expect(claims('Barang bukti lain di antaranya: dua mobil, sertifikat tanah dan dokumen proyek.')[0]).toMatchObject({
      actor: 'Barang bukti lain', action: 'di antaranya: dua mobil, sertifikat tanah dan dokumen proyek', kind: 'statement',
    });
  });

  it('a sentence with a predicate keeps it, and a head opened by yang is none', () => {
    expect(claims('Komoditas lain yang naik di antaranya: beras dan telur.')).toHaveLength(1);
    expect(claims('Yang diantaranya tanpa sengaja menyinggung perasaan.').every((c) => c.actor !== 'Yang')).toBe(true);
  });
});

describe('a presented noun of saying with a bahwa clause', () => {
  it('keeps the presentational claim and reports the clause with the noun as source', () => {
    const got = claims('Beredar kabar bahwa pemerintah akan menaikkan gaji guru honorer tahun depan.').map(brief);
    expect(got).toEqual([
      { actor: 'kabar', action: 'Beredar kabar bahwa pemerintah akan menaikkan gaji guru honorer tahun depan', source: null, kind: 'statement' },
      { actor: 'pemerintah', action: 'akan menaikkan gaji guru honorer tahun depan', source: 'kabar', kind: 'reported' },
    ]);
  });

  it('reports nothing when the noun is not followed by bahwa', () => {
    expect(claims('Muncul kekhawatiran di kalangan pedagang pasar.').map(brief).filter((c) => c.kind === 'reported')).toEqual([]);
  });
});
