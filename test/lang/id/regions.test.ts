// Regional offices before a person's name (issue 14): the region ("Bogor", "DKI") is the office's place, not the first
// word of the name, when it is a known place word or an acronym; an unknown word keeps the run whole.
import { describe, expect, it } from 'vitest';
import { cleanName } from '../../../src/lang/id/names.js';
import { claims } from '../../support/id-claims.js';

describe('regions after an office', () => {
  it('an acronym of a region before a one-word name is left out', () => {
    expect(cleanName('Kepala Dinas Pendidikan DKI Nahdiana')).toBe('Nahdiana');
    expect(cleanName('Kepala Dinas Perhubungan Bandung Ricky')).toBe('Ricky');
  });

  it('two-word names after a known region keep both words, after a name-like region all three', () => {
    expect(cleanName('Kepala Dinas Sosial Sleman Eko Suhargono')).toBe('Eko Suhargono');
    const got = claims(
      'Bupati Bekasi Dani Ramdan meresmikan pasar baru di Cikarang, Senin (3/11/2025).',
      'Pasokan air bersih aman hingga akhir tahun, kata Kepala Dinas Kesehatan DKI Ngabila.',
      'Bupati Sukamaju Andi Pratama menutup jalan itu.',
    );
    expect(got.find((c) => c.sentence === 0)?.actor).toBe('Dani Ramdan');
    expect(got.find((c) => c.sentence === 1)?.source).toBe('Ngabila');
    expect(got.find((c) => c.sentence === 2)?.actor).toBe('Sukamaju Andi Pratama');
  });

  it('a known region closes the office\'s organisation inside the run; a later short name is the person, not the run', () => {
    expect(cleanName('Kabag Humas Pemkab Bekasi Ahmad Sutisna')).toBe('Ahmad Sutisna');
    const got = claims(
      'Kabag Humas Pemkab Bekasi Ahmad Sutisna mengatakan, petugas sudah mendata para pedagang.',
      '"Barang sitaan akan dikembalikan pekan depan," kata Sutisna.',
    );
    expect(got.find((c) => c.sentence === 0)?.source).toBe('Ahmad Sutisna');
    expect(got.find((c) => c.sentence === 1)?.source).toBe('Ahmad Sutisna');
  });
});
