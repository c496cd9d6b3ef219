// Lists in a sentence (issue 14): a relative clause before a copula or list word ("yang disita adalah …", "yang
// terdampak meliputi …") belongs to the subject; the list is the predicate. Invented sentences.
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';

const pairs = (text: string) => claims(text).map((c) => [c.actor, c.action]);

describe('a relative clause before a list', () => {
  it('stays with its subject', () => {
    expect(pairs('Barang bukti yang diamankan petugas antara lain sabu, ganja, dan pil ekstasi.')).toEqual([
      ['Barang bukti yang diamankan petugas', 'antara lain sabu, ganja, dan pil ekstasi'],
    ]);
    expect(pairs('Wilayah yang tergenang meliputi Kecamatan Cibinong, Citeureup, dan Gunung Putri.')).toEqual([
      ['Wilayah yang tergenang', 'meliputi Kecamatan Cibinong, Citeureup, dan Gunung Putri'],
    ]);
    expect(pairs('Obat yang ditarik adalah sirop parasetamol dan sirop batuk.')).toEqual([
      ['Obat yang ditarik', 'adalah sirop parasetamol dan sirop batuk'],
    ]);
  });

  it('leaves a relative clause ended by an aspect marker as it was', () => {
    expect(pairs('Warga yang mengungsi akan mendapat bantuan beras.')).toEqual([['Warga yang mengungsi', 'akan mendapat bantuan beras']]);
  });
});
