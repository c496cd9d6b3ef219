// "Ini menyusul …": a demonstrative linking the story to an earlier event makes no claim of its own (issue 14).
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';

describe('a demonstrative that links to an earlier event', () => {
  it('is no actor', () => {
    const got = claims('Harga cabai di Pasar Induk naik dua kali lipat.', 'Ini menyusul gagal panen di sentra produksi pekan lalu.');
    expect(got.map((c) => c.sentence)).toEqual([0]);
  });

  it('still reports what a named report after it says', () => {
    const got = claims('Ini menyusul pengumuman yang dikeluarkan Kemenkes bahwa vaksin itu aman.');
    expect(got.map((c) => ({ actor: c.actor, source: c.source }))).toEqual([{ actor: 'vaksin itu', source: 'Kemenkes' }]);
  });

  it('keeps a demonstrative that states something itself', () => {
    expect(claims('Ini adalah langkah besar bagi petani.').map((c) => c.actor)).toEqual(['Ini']);
  });
});
