// People described instead of named (issue 14, class 4), on invented sentences: "pria kelahiran Ponorogo ini",
// "mantan menteri itu" stand for the person named last, as a speaker and as an actor.
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';

describe('a person described with a demonstrative', () => {
  it('as the speaker of a report, is the person named before', () => {
    const got = claims(
      '“Tarif listrik kami tahan dulu,” ujar Menteri Energi dan Sumber Daya Mineral Bahlil Lahadalia, Senin (3/11/2025).',
      'Pria kelahiran Fakfak ini menegaskan bahwa PLN tidak akan merugi.',
    );
    expect(got[1]).toMatchObject({ actor: 'PLN', source: 'Bahlil Lahadalia', kind: 'reported' });
  });

  it('as the subject of a statement, is the person named before', () => {
    const got = claims('Mantan Menteri Perdagangan Thomas Lembong menghadiri sidang di pengadilan.', 'Mantan menteri itu membantah semua dakwaan jaksa.');
    expect(got[1].actor).toBe('Thomas Lembong');
  });

  it('with no one named before, stays as written; a side ("pihak itu") is no person', () => {
    expect(claims('Pria kelahiran Bekasi itu ditangkap polisi.')[0].actor).toBe('Pria kelahiran Bekasi itu');
    const got = claims('Kombes Ade Ary menemui keluarga korban.', 'Pihak tersebut menolak berkomentar.');
    expect(got[1].actor).not.toBe('Ade Ary');
  });
});

describe('what a person description cannot stand for', () => {
  it('an outlet that spoke is no person: "mantan menteri itu" stays as written', () => {
    const got = claims('Harga elpiji stabil, menurut Kompas.com.', 'Mantan menteri itu menyebut anggapan tersebut tidak berdasar.');
    expect(got[got.length - 1].source).toBe('Mantan menteri itu');
  });

  it('a role with a capitalised place before the demonstrative is still a description, not the place', () => {
    // 'Mantan Kapolda Sumut itu' gave the speaker 'Sumut itu', resolved to the run 'Sumut Irjen' of the sentence before
    const got = claims(
      'Kapolda Sulteng Irjen Rudy Sufahriadi mengatakan kedua tersangka sudah diintai.',
      'Mantan Kapolda Sulteng itu menegaskan tidak ada toleransi bagi pengedar.',
    );
    expect(got[1]).toMatchObject({ source: 'Rudy Sufahriadi', actor: 'Rudy Sufahriadi' });
  });
});

describe('a description naming an office', () => {
  it('is the person who held that office, before the person named last', () => {
    const got = claims(
      'Kapolda Sulteng Irjen Rudy Sufahriadi mengatakan kedua tersangka sudah diintai.',
      'Menteri Hukum dan HAM Yasonna Laoly berjanji memperketat pengawasan lapas.',
      'Mantan Kapolda Sulteng itu menegaskan tidak ada toleransi bagi pengedar.',
    );
    expect(got[got.length - 1].source).toBe('Rudy Sufahriadi');
  });
});

// "Mantan menteri itu menambahkan, …" after "Menteri Keuangan X … Kementerian Keuangan menyebut …": the ministry spoke
// last, but a person description names a person, never an organisation.
describe('a person description after an organisation spoke', () => {
  it('is the person named before, not the organisation', () => {
    const out = claims(
      'Menteri Perindustrian Rina Lestari memastikan pasokan semen aman.',
      'Kementerian Perindustrian menyebut produksi semen naik lima persen.',
      'Mantan menteri itu menambahkan, pabrik baru akan dibangun tahun depan.',
    );
    expect(out[out.length - 1].source).toBe('Rina Lestari');
  });
});

// "Kementerian Perindustrian menyebut …. Ia menambahkan, …": a person pronoun is the minister named before, never the
// ministry that spoke in between.
describe('a person pronoun after an organisation spoke', () => {
  it('as a speaker, is the person named before', () => {
    const out = claims(
      'Menteri Perindustrian Rina Lestari meresmikan pabrik semen di Tuban.',
      'Kementerian Perindustrian menyebut produksi semen naik lima persen.',
      'Ia menambahkan, pabrik baru akan dibangun tahun depan.',
    );
    expect(out[out.length - 1].source).toBe('Rina Lestari');
  });

  it('as an actor, is the person named before', () => {
    const out = claims(
      'Menteri Perindustrian Rina Lestari meresmikan pabrik semen di Tuban.',
      'Kementerian Perindustrian menyebut produksi semen naik lima persen.',
      'Dia juga meninjau gudang di Gresik.',
    );
    expect(out[out.length - 1].actor).toBe('Rina Lestari');
  });
});
