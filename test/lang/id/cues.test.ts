// Cues and openers read since issue 14 (class 3), on invented sentences.
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';
import type { ClaimDraft } from '../../../src/types.js';

const brief = (c: ClaimDraft) => ({ actor: c.actor, action: c.action, source: c.source, kind: c.kind });

describe('Indonesian cues', () => {
  it('a source opener closing the sentence ("…, dikutip dari X", "…, seperti dilansir dari X") attributes what comes before it', () => {
    expect(claims('Harga gula akan naik bulan depan, dikutip dari Antara.').map(brief)).toEqual([
      { actor: 'Harga gula', action: 'akan naik bulan depan', source: 'Antara', kind: 'reported' },
    ]);
    expect(claims('Pabrik itu akan ditutup, seperti dilansir dari Kontan.')[0]).toMatchObject({ source: 'Kontan', kind: 'reported' });
    // not a source: the words after the opener name nobody
    expect(claims('Harga gula naik, dikutip pedagang sebagai alasan.')[0]).toMatchObject({ source: null, kind: 'statement' });
  });

  it('a cue word before a predicate is its homograph, no cue: "aku mencoba" is the pronoun and its verb', () => {
    expect(claims('Setelah rapat itu selesai, aku mencoba membujuk para pedagang pasar.').map(brief)).toEqual([
      { actor: 'aku', action: 'mencoba membujuk para pedagang pasar', source: null, kind: 'statement' },
    ]);
    // the cue before a speaker still reads
    expect(claims('Harga beras akan turun bulan depan, aku Budi.')[0]).toMatchObject({ source: 'Budi', kind: 'reported' });
  });

  it('a leading phrase without a comma ("Lebih lanjut") does not hide the speaker', () => {
    expect(claims('Lebih lanjut Bank Jaya mengungkapkan, kredit macet turun tajam tahun ini.').map(brief)).toEqual([
      { actor: 'kredit macet', action: 'turun tajam tahun ini', source: 'Bank Jaya', kind: 'reported' },
    ]);
  });

  it('"Tak hanya itu" opens the clause without being its subject', () => {
    const [c] = claims('Tak hanya itu sejumlah kios di pasar juga dirusak massa.');
    expect(c.actor).toBe('sejumlah kios di pasar');
  });

  it('a weak verb of saying before akan/tidak reports the speaker’s own subjectless clause', () => {
    expect(claims('Perusahaan Kargo Jaya memastikan akan mengganti semua barang yang rusak.').map(brief)).toEqual([
      { actor: 'Perusahaan Kargo Jaya', action: 'akan mengganti semua barang yang rusak', source: 'Perusahaan Kargo Jaya', kind: 'reported' },
    ]);
  });

  it('a bahwa complement after a comma still belongs to the verb of saying', () => {
    expect(claims('Mereka juga menjawab ke wartawan, bahwa gedung itu sudah diperiksa.').map(brief)).toEqual([
      { actor: 'gedung itu', action: 'sudah diperiksa', source: 'Mereka', kind: 'reported' },
    ]);
  });

  it('"menurut dia" between subject and predicate, without commas, is a cue', () => {
    const got = claims('Kapolsek Budi Santoso tiba di lokasi kebakaran.', 'Kebakaran itu menurut dia dipicu oleh korsleting listrik.').map(brief);
    expect(got[1]).toEqual({ actor: 'Kebakaran itu', action: 'dipicu oleh korsleting listrik', source: 'Budi Santoso', kind: 'reported' });
  });

  it('a comma complement read past an adverbial segment after the verb', () => {
    expect(claims('Andi menerangkan, dari hasil uji laboratorium, air sumur itu tercemar.').map(brief)).toEqual([
      { actor: 'air sumur itu', action: 'tercemar', source: 'Andi', kind: 'reported' },
    ]);
  });

  it('reads more cues: sambung, menuliskan, seperti diberitakan, berdasarkan informasi', () => {
    expect(claims('Fokus dinas saat ini, sambung dia, adalah memperbaiki jalan desa.')[0].source).toBe('dia');
    expect(claims('Budi Santoso menuliskan bahwa jembatan itu sudah retak.')[0]).toMatchObject({ actor: 'jembatan itu', source: 'Budi Santoso', kind: 'reported' });
    expect(claims('Seperti diberitakan Kompas, harga cabai naik dua kali lipat.')[0]).toMatchObject({ actor: 'harga cabai', source: 'Kompas', kind: 'reported' });
    expect(claims('Berdasarkan informasi yang beredar, kapal itu sudah tenggelam di perairan Bali.')[0]).toMatchObject({ actor: 'kapal itu', source: 'informasi', kind: 'reported' });
    expect(claims('Berdasarkan data Badan Pusat Statistik, inflasi sudah turun.')[0]).toMatchObject({ actor: 'inflasi', source: 'Badan Pusat Statistik' });
  });

  it('"ungkapnya" after a quote is the -nya cue of ungkap', () => {
    const [c] = claims('"Kami tidak yakin pelaku mengenal korban," ungkapnya.');
    expect(c).toMatchObject({ source: '-nya', kind: 'quote' });
  });

  it('"X mengatakan mereka …": the group speaks of itself', () => {
    const [c] = claims('Polisi di Bandung mengatakan mereka belum menemukan pelaku.');
    expect(c).toMatchObject({ actor: 'Polisi di Bandung', action: 'belum menemukan pelaku', source: 'Polisi di Bandung', kind: 'reported' });
  });

  it('a cue closing the sentence with a bare day (", ujar X, Senin.") takes the day with it, out of the action', () => {
    for (const day of ['Senin', 'Senin malam', 'kemarin']) {
      const [c] = claims(`Dinas akan menambah armada bus, ujar Wartono, ${day}.`);
      expect(c).toMatchObject({ actor: 'Dinas', action: 'akan menambah armada bus', source: 'Wartono', kind: 'reported' });
    }
  });

  it('a cue followed only by the speaker\'s degrees, office and whereabouts closes the clause', () => {
    const [c] = claims(
      'Obat itu harus diminum teratur, kata Ns. Rina Wati, S.Kep, Kepala Bidang Perawatan RS Harapan, kepada Tempo usai Seminar Perawat, Sabtu (22/8/2015).',
    );
    expect(c).toMatchObject({ actor: 'Obat itu', action: 'harus diminum teratur', source: 'Rina Wati', kind: 'reported' });
    expect(claims('Harga beras naik, kata Budi, dan pemerintah akan menambah pasokan.').map((x) => x.action)).toEqual(['naik', 'akan menambah pasokan']);
  });
});

describe('a report named by a noun', () => {
  it('reports the bahwa clause after a noun of reporting and its author', () => {
    const out = claims('Razia itu dihentikan menyusul pengumuman yang dikeluarkan Dinas Kesehatan bahwa jajanan tersebut aman.');
    expect(out.find((c) => c.source)).toMatchObject({ actor: 'jajanan tersebut', action: 'aman', source: 'Dinas Kesehatan', kind: 'reported' });
  });

  it('leaves a bahwa clause after another noun to the sentence', () => {
    expect(claims('Razia itu dihentikan menyusul kabar di Jakarta bahwa jajanan tersebut aman.').some((c) => c.source)).toBe(false);
  });
});

describe('a relative clause of claiming', () => {
  it('reports what it credits to the name after the passive', () => {
    const out = claims('Terdapat lapisan keramik yang diklaim Samsung membuat layar tahan gores.');
    expect(out.find((c) => c.source)).toMatchObject({ actor: 'lapisan keramik', action: 'membuat layar tahan gores', source: 'Samsung' });
  });
});

describe('a verb of saying with a noun phrase and no clause', () => {
  it('"Agus membantah kabar tersebut" is the speaker’s own act, not a report of "kabar tersebut"', () => {
    expect(claims('Kepala Biro Komunikasi Agus Cahyono membantah kabar tersebut.')[0]).toMatchObject({
      actor: 'Agus Cahyono', action: 'membantah kabar tersebut', source: null, kind: 'statement',
    });
  });

  it('a clause after the verb is still reported, and so is a question word’s clause', () => {
    expect(claims('Agus membantah pemerintah akan menghapus subsidi.')[0]).toMatchObject({ actor: 'pemerintah', source: 'Agus', kind: 'reported' });
    expect(claims('Rina menjelaskan kepada wartawan mengapa sekolah itu ditutup.')[0]).toMatchObject({ source: 'Rina', kind: 'reported' });
  });
});

describe('a verb that always reports', () => {
  it('"mengatakan defisit aman" reports a clause without a verb', () => {
    // (the clause's subject is its actor: "defisit" is what is safe, Sri Mulyani says so)
    expect(claims('Sri Mulyani mengatakan defisit aman.')[0]).toMatchObject({ actor: 'defisit', action: 'aman', source: 'Sri Mulyani', kind: 'reported' });
  });
});

describe('"X mengatakan kepada Y, …"', () => {
  it('who was told stands between the verb and its comma; the clause after the comma is reported, Y is not the source', () => {
    const got = claims('Meutya Hafid mengatakan kepada Kompas.com, kementerian akan menggandeng bank.');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ actor: 'kementerian', action: 'akan menggandeng bank', source: 'Meutya Hafid', kind: 'reported' });
    expect(claims('Budi menjelaskan kepada wartawan di Jakarta, harga beras akan turun.')[0]).toMatchObject({ actor: 'harga beras', source: 'Budi' });
  });
});

describe('who gathered or issued the information', () => {
  it('"Berdasarkan informasi yang dihimpun Kompas.com," and "Menurut data yang dirilis BPS," name the outlet and the office', () => {
    expect(claims('Berdasarkan informasi yang dihimpun Kompas.com, stok elpiji di sejumlah pangkalan menipis.')[0]).toMatchObject({
      actor: 'stok elpiji di sejumlah pangkalan', source: 'Kompas.com', kind: 'reported',
    });
    expect(claims('Menurut data yang dirilis BPS, inflasi naik.')[0].source).toBe('BPS');
  });
});

describe('a document as the source', () => {
  it('"Dalam RPP tersebut, …": the clause read in a document is reported, the document is its source', () => {
    const got = claims(
      'Pemerintah menerbitkan Rancangan Peraturan Pemerintah (RPP) tentang Cadangan Pangan pekan lalu.',
      'Dalam RPP tersebut, pemerintah wajib menyimpan beras minimal 3 juta ton.',
    );
    expect(got[1]).toMatchObject({ actor: 'pemerintah', action: 'wajib menyimpan beras minimal 3 juta ton', source: 'RPP', kind: 'reported' });
    expect(claims('Dalam bahan paparan itu, gaji presiden disimulasikan sebesar Rp 500 juta.')[0].source).toBe('bahan paparan');
  });

  it('a meeting is no document, and a speaker named in the clause keeps the report', () => {
    expect(claims('Dalam rapat tersebut, pemerintah memutuskan menunda kenaikan tarif.')[0]).toMatchObject({ source: null, kind: 'statement' });
    expect(claims('Dalam laporan itu, BPS menyebutkan inflasi naik.')[0].source).toBe('BPS');
  });
});

describe('a channel phrase between the speaker and the verb', () => {
  it('"BI dalam keterangan tertulisnya menyebutkan …": the word after the statement noun is no predicate', () => {
    expect(claims('Bank Indonesia (BI) dalam keterangan tertulisnya menyebutkan cadangan devisa naik menjadi 150 miliar dollar AS.')[0]).toMatchObject({
      actor: 'cadangan devisa', action: 'naik menjadi 150 miliar dollar AS', source: 'Bank Indonesia', kind: 'reported',
    });
  });
});

describe('the outlet behind a web page', () => {
  it('"Dikutip dari laman resmi Logam Mulia," names Logam Mulia', () => {
    expect(claims('Dikutip dari laman resmi Logam Mulia, harga emas dibanderol Rp 2,3 juta per gram.')[0].source).toBe('Logam Mulia');
  });
});

describe('"Kata X," before the clause', () => {
  it('reports the clause after it with X as source', () => {
    const [c] = claims('Kata Faisal Basri, DPR harus mengawasi setiap rupiah anggaran.');
    expect(c).toMatchObject({ actor: 'DPR', action: 'harus mengawasi setiap rupiah anggaran', source: 'Faisal Basri', kind: 'reported' });
  });

  it('is no cue when a lower-case word follows "kata"', () => {
    const [c] = claims('Kata sandi akun itu, menurut polisi, dicuri peretas.');
    expect(c).toMatchObject({ actor: 'Kata sandi akun itu', source: 'polisi' });
  });
});

describe('words that look like cues after a comma', () => {
  it('"aku" before a root verb is the pronoun, not the cue "aku"', () => {
    expect(claims('Saat bertengkar dengan suami, aku masuk kamar dan menulis.').every((c) => c.source === null)).toBe(true);
    expect(claims('Ia tidak bersalah, akunya.')[0].source).toBe('-nya');
  });

  it('"kata ini" is the noun with a demonstrative, not a cue naming "ini"', () => {
    expect(claims('Dalam bahasa Jawa, kata ini bahkan berarti laguna dangkal.').every((c) => c.source === null)).toBe(true);
  });

  it('"Menurut catatan X" has X as source, without the noun', () => {
    expect(claims('Menurut catatan Badan Pusat Statistik, inflasi pangan mencapai 2,1 persen.')[0].source).toBe('Badan Pusat Statistik');
  });
});
