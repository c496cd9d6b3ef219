// Speakers and subjects (issue 14 classes 3, 4 and 6), on invented sentences.
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';
import type { ClaimDraft } from '../../../src/types.js';

const brief = (c: ClaimDraft) => ({ actor: c.actor, action: c.action, source: c.source, kind: c.kind });

describe('speakers', () => {
  it('a role with no name after it ("kata Menteri Perdagangan") is the person named earlier with that role', () => {
    const got = claims(
      'Menteri Perdagangan Rina Kartika meninjau pasar.',
      'Gubernur Bali Made Suarta juga hadir.',
      'Kami akan menambah pasokan gula, kata Menteri Perdagangan.',
    );
    expect(got.map(brief)).toContainEqual(expect.objectContaining({ action: 'akan menambah pasokan gula', source: 'Rina Kartika' }));
  });

  it('"Terpisah" opens a sentence without being a verb, so its subject speaks the quote after it', () => {
    const got = claims(
      'Terpisah Kepala Desa Sukamaju Andi Wijaya mengumpulkan para warga.',
      '"Warga diminta tetap tenang dan menjaga kebersihan" pungkasnya',
    );
    expect(got[0]).toMatchObject({ actor: 'Andi Wijaya', action: 'mengumpulkan para warga' });
    expect(got[1]).toMatchObject({ kind: 'quote' });
    expect(got[1].source).toContain('Andi Wijaya');
  });

  it('"Keduanya" is the last two people named', () => {
    const got = claims(
      'Kepala Dinas Kesehatan Rina Wati meninjau lokasi banjir.',
      'Kepala Puskesmas Budi Santoso juga meninjau lokasi itu.',
      'Keduanya menekankan, warga harus merebus air minum.',
    );
    expect(got[2]).toMatchObject({ source: 'Rina Wati dan Budi Santoso', kind: 'reported' });
  });

  it('"membenarkan bahwa" reports a clause', () => {
    expect(claims('Juru bicara Siti Aminah membenarkan bahwa gudang itu terbakar.').map(brief)).toEqual([
      { actor: 'gudang itu', action: 'terbakar', source: 'Siti Aminah', kind: 'reported' },
    ]);
  });

  it('a long cue that closes the sentence still names its speaker', () => {
    const [c] = claims('Dengan pemakaian biasa, baterai itu tidak akan panas, ujar pihak Kargojaya kepada harian Kompas dilansir dari Detik, Jumat (26/9/2014).');
    expect(c).toMatchObject({ actor: 'baterai itu', action: 'tidak akan panas', kind: 'reported' });
    expect(c.cue).toBeDefined();
    expect(c.source).toContain('Kargojaya');
  });
});

describe('a would-be subject opened by a preposition', () => {
  it('in a quote: the speaker is the actor and the whole quote the action', () => {
    expect(claims('"Untuk obat itu memang ada efek samping tapi tidak berbahaya," tegas Budi Santoso.').map(brief)).toEqual([
      { actor: 'Budi Santoso', action: 'Untuk obat itu memang ada efek samping tapi tidak berbahaya', source: 'Budi Santoso', kind: 'quote' },
    ]);
  });

  it('in prose, before a presentational verb: the thing presented is the actor', () => {
    const [c] = claims('Dalam pemeriksaan itu ditemukan tiga senjata api milik tersangka.');
    expect(c).toMatchObject({ actor: 'tiga senjata api milik tersangka', action: 'ditemukan tiga senjata api milik tersangka' });
  });

  it('"pihak X" is X, and "Sebenarnya" opens a clause without being its subject', () => {
    expect(claims('Meskipun mengaku rugi, pihak PT Kargo Jaya enggan menyebut angkanya.')[0].actor).toBe('PT Kargo Jaya');
    expect(claims('Pihak sekolah menolak tuduhan itu.')[0].actor).toBe('Pihak sekolah');
    expect(claims('Sebenarnya Budi Santoso tidak hadir.')[0].actor).toBe('Budi Santoso');
  });

  it('a role naming a list of fields ("Kepala Biro Hukum, Humas, dan Informasi X, Nama") runs to its "dan" part; the name follows', () => {
    const got = claims('"Surat itu hanya draf lama," jelas Kepala Bagian Hukum, Humas, dan Protokol Pemkot Solo, Hartono Wiryo dihubungi Tempo.');
    expect(got.map((c) => c.source)).toEqual(['Hartono Wiryo']);
    expect(claims('"Surat itu hanya draf lama," kata Kepala Dinas Pendidikan, Budi Santoso, Senin.')[0].source).toBe('Budi Santoso');
  });

  it('a degree or a "selaku" role after the name ("Ns. Rina Wati, S.Kep selaku Kepala Ruang Anak …") is no subject', () => {
    const got = claims('Ns. Rina Wati, S.Kep selaku Kepala Ruang Anak RSUD Bekasi juga tidak menemukan kaitan keduanya.');
    expect(got[0]).toMatchObject({ actor: 'Rina Wati', action: 'juga tidak menemukan kaitan keduanya' });
  });

  it('the office a "selaku" role heads is no person for a later -nya', () => {
    const got = claims('Ns. Rina Wati selaku Kepala Ruang Anak RSUD Bekasi menolak tudingan itu.', '"Belum pernah ada datanya," tandasnya.');
    expect(got[1]).toMatchObject({ source: 'Rina Wati', kind: 'quote' });
  });

  it('a speaker quoted before, a comma and a clause ("Wartono, kericuhan itu …") lost its verb of saying', () => {
    const got = claims('"Pintu sel dibuka demi keamanan," kata Wartono.', 'Wartono, kericuhan itu tak berlangsung lama.', 'Wartono, juru bicara polisi, menolak berkomentar.');
    expect(got[1]).toMatchObject({ actor: 'kericuhan itu', action: 'tak berlangsung lama', source: 'Wartono', kind: 'reported' });
    expect(got[2]).toMatchObject({ actor: 'Wartono', source: null });
    expect(claims('Wartono, kericuhan itu tak berlangsung lama.')[0].source).toBeNull();
  });
});

describe('"-nya" after a speaker mentioned again by one word of the name', () => {
  it('is that speaker, not the person quoted before', () => {
    const got = claims(
      '"Itu tidak benar," ujar Direktur Jenderal Anggaran Isa Rachmatarwata.',
      'Menurut ekonom Indef Tauhid Ahmad, kenaikan gaji akan membebani anggaran.',
      'Tauhid memperkirakan defisit akan melebar tahun depan, tandasnya.',
    );
    expect(got.filter((c) => c.sentence === 2).map((c) => c.source)).toEqual(['Tauhid Ahmad']);
  });
});
