// Quotations that lost their marks, not in the first person (issue 14): advice, an address to the reader or an
// exclamation just before a closing cue is the speaker's too; a plain statement or a rule stays the article's.
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';

const sources = (...texts: string[]) => claims(...texts).map((c) => [c.sentence, c.source, c.kind]);

describe('a closing cue reaching back over sentences without first person', () => {
  it('takes advice and an address to the reader', () => {
    expect(sources('Pemerintah daerah seharusnya menambah pompa air.', 'Genangan selalu muncul setiap musim hujan, tandas Yayat Supriatna.')).toEqual([
      [0, 'Yayat Supriatna', 'quote'],
      [1, 'Yayat Supriatna', 'reported'],
    ]);
    expect(sources('Jika Anda mengalami demam tinggi, segera periksa ke puskesmas.', 'Demam berdarah bisa berakibat fatal, kata Rina Wati.')[0])
      .toEqual([0, 'Rina Wati', 'quote']);
  });

  it('leaves a plain statement and a rule in the article’s voice', () => {
    expect(sources('Harga cabai naik dua kali lipat.', 'Pasokan dari Garut terganggu hujan, kata Yayat Supriatna.')[0]).toEqual([0, null, 'statement']);
    expect(sources('Pemohon harus membawa KTP asli.', 'Antrean sudah mengular sejak pagi, ujar Yayat Supriatna.')[0]).toEqual([0, null, 'statement']);
  });
});
