// "Keduanya" after a pair the article just spoke of (issue 14, roles standing for what was named), on invented sentences.
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';

describe('keduanya', () => {
  it('after a claim about "kedua <noun>" is that pair, not the last two speakers', () => {
    const got = claims(
      '"Kami menyita dua kilogram sabu," kata Kapolres Bogor AKBP Iman Imanuddin.',
      'Kasat Narkoba Andri Setiawan menyebutkan kedua tersangka berinisial AS dan RD.',
      'Keduanya dijerat pasal berlapis, imbuhnya.',
    );
    expect(got[2]).toMatchObject({ actor: 'kedua tersangka', source: 'Andri Setiawan' });
  });

  it('with no such pair just before, is still the two people quoted last', () => {
    const got = claims('Harga beras naik, kata Rina Wati.', '"Pasokan kami aman," ujar Dede Suhartini.', 'Keduanya menekankan, pasokan harus dijaga.');
    expect(got[got.length - 1].source).toBe('Rina Wati dan Dede Suhartini');
  });
});
