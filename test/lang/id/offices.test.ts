// Offices written before a person's name in Indonesian news (issue 14, class 4), on invented sentences: a ministry named
// by two fields joined by "dan", and a rank ending a police or army office, are left out of the speaker's name.
import { describe, expect, it } from 'vitest';
import { cleanName } from '../../../src/lang/id/names.js';
import { claims } from '../../support/id-claims.js';

describe('offices before a name', () => {
  it('a ministry of two fields joined by dan is the office, the name follows it', () => {
    expect(cleanName('Menteri Energi dan Sumber Daya Mineral Bahlil Lahadalia')).toBe('Bahlil Lahadalia');
    expect(cleanName('Menteri Hukum dan HAM Supratman Andi Agtas')).toBe('Supratman Andi Agtas');
    expect(cleanName('Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono')).toBe('Sakti Wahyu Trenggono');
  });

  it('two people joined by dan stay two people', () => {
    expect(cleanName('Presiden Prabowo dan Wapres Gibran')).toBe('Prabowo dan Wapres Gibran');
  });

  it('a rank after the office of a police spokesman starts the name', () => {
    expect(cleanName('Kepala Bidang Humas Polda Metro Jaya Kombes Ade Ary Syam Indradi')).toBe('Ade Ary Syam Indradi');
  });

  it('a cue naming such an office gives the person, and a later first-name cue resolves to the full name', () => {
    const got = claims(
      '“Stok beras aman,” kata Menteri Pertanian dan Ketahanan Pangan Andi Sulaiman di Jakarta, Senin (3/11/2025).',
      'Menteri Komunikasi dan Digital Meutya Hafid meminta platform menghapus konten judi.',
      'Platform wajib menghapusnya dalam 24 jam, kata Meutya.',
    );
    expect(got[0].source).toBe('Andi Sulaiman');
    expect(got[1].actor).toBe('Meutya Hafid');
    expect(got.find((c) => c.sentence === 2)?.source).toBe('Meutya Hafid');
  });

  it('the name after a rank in an office resolves later first-name cues', () => {
    const got = claims(
      'Kepala Bidang Humas Polda Metro Jaya Kombes Ade Ary Syam Indradi mengungkapkan, kedua tersangka beraksi sejak Agustus.',
      'Mereka sudah beraksi di lima lokasi, ujar Ade.',
    );
    expect(got[0].source).toBe('Ade Ary Syam Indradi');
    expect(got[1].source).toBe('Ade Ary Syam Indradi');
  });

  it('an acronym between the role and the name is the organisation: the speaker resolves without it', () => {
    const got = claims(
      'Kepala BPS Amalia Widyasanti menyebutkan bahwa harga cabai naik 15 persen.',
      'Direktur Utama PLN Darmawan Prasodjo memastikan bahwa pasokan listrik tetap aman.',
    );
    expect(got[0]).toMatchObject({ actor: 'harga cabai', source: 'Amalia Widyasanti' });
    expect(got[1]).toMatchObject({ actor: 'pasokan listrik', source: 'Darmawan Prasodjo' });
  });
});

describe('a role with its field in lower case', () => {
  it('"Analis pasar komoditas Ibrahim Assuaibi": the field belongs to the role, the name is the capitalised run', () => {
    expect(cleanName('Analis pasar komoditas Ibrahim Assuaibi')).toBe('Ibrahim Assuaibi');
    expect(cleanName('Pengamat politik Universitas Indonesia Budi Santoso')).toBe('Budi Santoso');
    const got = claims('“Permintaan emas masih tinggi,” kata analis pasar komoditas Ibrahim Assuaibi, Senin.', 'Investor mencari aset aman, ujar Ibrahim.');
    expect(got.map((c) => c.source)).toEqual(['Ibrahim Assuaibi', 'Ibrahim Assuaibi']);
  });

  it('other roles keep what follows them: a member of a unit is no person named', () => {
    expect(cleanName('Anggota pasukan kavaleri Inggris')).toBe('Anggota pasukan kavaleri Inggris');
  });
});

describe('a place or organisation of two words or more between the role and the name', () => {
  it('"Gubernur Jawa Barat Dedi Mulyadi": a later first-name cue resolves to the two-word name', () => {
    const got = claims('Gubernur Jawa Barat Dedi Mulyadi meninjau lokasi banjir.', 'Warga akan mendapat bantuan makanan, ujar Dedi.');
    expect(got[0].actor).toBe('Dedi Mulyadi');
    expect(got[1].source).toBe('Dedi Mulyadi');
  });
});

describe('offices without a name, and police ranks', () => {
  it('an office ending in an organisation and a place names no person ("Kepala Kebijakan Publik Facebook Indonesia melalui surat")', () => {
    const got = claims('Pembatasan itu diungkap Kepala Kebijakan Publik Facebook Indonesia melalui surat.', 'Facebook akan melakukan audit.');
    expect(got[got.length - 1].actor).toBe('Facebook');
  });

  it('"Kombes Pol", "Brigjen Pol": the police mark after a rank is part of the title', () => {
    expect(cleanName('Kepala Bagian Penerangan Umum (Kabagpenum) Polri Kombes Pol Martinus Sitompul')).toBe('Martinus Sitompul');
    const got = claims('Kabagpenum Polri Kombes Pol Martinus Sitompul membantah isu itu.', 'Tidak benar ada pelemparan, kata Martinus.');
    expect(got[got.length - 1].source).toBe('Martinus Sitompul');
  });
});

describe('a three-word name after a rank', () => {
  it('"Kapolri Jenderal Listyo Sigit Prabowo": after a rank the whole run is the name', () => {
    expect(cleanName('Kapolri Jenderal Listyo Sigit Prabowo')).toBe('Listyo Sigit Prabowo');
  });
});

describe('regional police, prosecution and ministry short forms', () => {
  it('a unit head and a junior rank before the name are office', () => {
    expect(cleanName('Kasat Reskrim Polres Bogor AKP Andri Setiawan')).toBe('Andri Setiawan');
    expect(cleanName('Kanit Reskrim Polsek Tebet Iptu Budi Santoso')).toBe('Budi Santoso');
    expect(cleanName('Kasat Narkoba Andri Setiawan')).toBe('Andri Setiawan');
  });

  it('"Menkumham" is the role of the minister named before', () => {
    const got = claims('Menteri Hukum dan HAM Yasonna Laoly meninjau lapas.', 'Menkumham menyebut pengawasan akan diperketat.');
    expect(got[1].source).toBe('Yasonna Laoly');
  });
});

describe('two office holders joined by dan', () => {
  it('are two names without their offices', () => {
    expect(cleanName('Gubernur Jawa Tengah Ganjar Pranowo dan Wakil Gubernur Taj Yasin')).toBe('Ganjar Pranowo dan Taj Yasin');
  });

  it('leave a ministry of two fields, and offices without names, as they were', () => {
    expect(cleanName('Menteri Energi dan Sumber Daya Mineral Bahlil Lahadalia')).toBe('Bahlil Lahadalia');
    expect(cleanName('Ketua dan Wakil Ketua DPR')).toBe('Ketua dan Wakil Ketua DPR');
  });
});

describe('health workers before a name', () => {
  it('"dokter", "bidan" are roles, not part of the speaker', () => {
    expect(cleanName('dokter Rina Wati')).toBe('Rina Wati');
    expect(cleanName('Bidan Siti Aminah')).toBe('Siti Aminah');
  });
});
