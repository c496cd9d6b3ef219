// Runs of four capitalised words before a name (issue 14): a later mention of the last two words, or of the first of
// them, shows where the person's name starts; the speaker read as the whole run is that person. Invented sentences.
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';

describe('a four-word run cut by a later mention', () => {
  it('takes the last two words for a speaker later called by them', () => {
    const out = claims('Sebelumnya, Dinas Sukamaju Rina Wulandari mengatakan, stok pupuk menipis.', 'Distribusi akan dipercepat, kata Rina Wulandari.');
    expect(out.map((c) => c.source)).toEqual(['Rina Wulandari', 'Rina Wulandari']);
  });

  it('takes them for a first-name mention, even when the surname is also an office word ("Utama")', () => {
    const out = claims('Kepala BPBD Uka Suska Puji Utama mengatakan, ribuan warga mengungsi.', 'Bantuan logistik sudah dikirim, kata Puji.');
    expect(out.map((c) => c.source)).toEqual(['Puji Utama', 'Puji Utama']);
  });

  it('keeps a four-word run whole when no later mention cuts it', () => {
    const out = claims('Sebelumnya, Dinas Sukamaju Rina Wulandari mengatakan, stok pupuk menipis.');
    expect(out[0].source).toBe('Dinas Sukamaju Rina Wulandari');
  });
});

describe('a four-word run cut at the name, as the antecedent of -nya', () => {
  it('is still a person when the whole run spoke', () => {
    const out = claims(
      'Sebelumnya, Dinas Sukamaju Rina Wulandari mengatakan stok pupuk menipis.',
      'Rina Wulandari menilai distribusi terlambat.',
      'Kelangkaan itu memberatkan petani.',
      'Harga pupuk sudah naik dua kali, pungkasnya.',
    );
    expect(out[out.length - 1].source).toBe('Rina Wulandari');
  });
});
