// A headline in title case names nobody (src/lang/id/references.ts): its capitalised runs give no short forms.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/pipeline.js';

describe('a title-case headline', () => {
  it('lends neither its first nor its last word to a later actor', () => {
    const text = 'Kapolres Bogor Ungkap Penyebab Kecelakaan Bus di Puncak\n\n' +
      'Kapolres Bogor AKBP Rio Wahyu Anggoro menuturkan, bus diduga mengalami rem blong saat menuruni tanjakan.\n\n' +
      'Kecelakaan itu melukai 15 penumpang.\n';
    const doc = extract({ id: 'headline', text });
    expect(doc.title).toBe('Kapolres Bogor Ungkap Penyebab Kecelakaan Bus di Puncak');
    expect(doc.claims.map((c) => c.actor)).toEqual(['bus', 'Kecelakaan itu']);
  });
});
