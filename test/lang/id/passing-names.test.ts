// "-nya" speakers after sentences with no person subject (issue 14): the last person who spoke, not a person named in
// passing since (an agent or an object) who never spoke or acted in the article.
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';

describe('pronoun speakers past a name given in passing', () => {
  it('goes to the officer who last spoke, not the minister named in an agent phrase', () => {
    const got = claims(
      'Kasat Reskrim Polres Depok AKP Yogen Heroes mengatakan tiga pelaku sudah ditangkap pada Minggu dini hari.',
      'Video penganiayaan itu sempat viral setelah diunggah oleh Menteri Sosial Rahmat Santoso di akun Instagram.',
      'Para pelaku kini ditahan di Mapolres Depok.',
      '"Kami masih memburu satu pelaku lain," terangnya.',
    );
    expect(got.find((c) => c.sentence === 3)?.source).toBe('Yogen Heroes');
  });

  it('a person named in the sentence just before is still the one the pronoun takes', () => {
    const got = claims(
      'Kasat Reskrim Polres Depok AKP Yogen Heroes mengatakan tiga pelaku sudah ditangkap.',
      'Warga kemudian melapor kepada Ketua RT 05 Dedi Kurniawan di rumahnya.',
      '"Saya langsung datang ke lokasi," katanya.',
    );
    expect(got.find((c) => c.sentence === 2)?.source).toBe('Dedi Kurniawan');
  });
});
