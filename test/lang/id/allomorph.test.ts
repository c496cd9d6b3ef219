// A name shaped like a meN- verb opens its sentence as the subject (issue 14: whole sentences lost their claim when the
// speaker's name began with "Me"); invented sentences.
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';
import { isVerbWord } from '../../../src/lang/id/morphology.js';

describe('meN- allomorphs', () => {
  it('keeps the verbs whose nasal fits their stem', () => {
    for (const w of ['melihat', 'merasa', 'membeli', 'memakai', 'mencari', 'menanam', 'mengatakan', 'menyatakan', 'mensosialisasikan']) {
      expect(isVerbWord(w)).toBe(true);
    }
  });

  it('a word opened by a nasal its stem does not take is no verb', () => {
    for (const w of ['meutya', 'megawati', 'menkomdigi', 'medali', 'megrim']) expect(isVerbWord(w)).toBe(false);
  });

  it('"Meutya mengatakan kepada wartawan bahwa …" reports the clause, with the name as speaker', () => {
    expect(claims('Meutya mengatakan kepada wartawan bahwa kementerian akan menggandeng bank.')[0]).toMatchObject({
      actor: 'kementerian', action: 'akan menggandeng bank', source: 'Meutya', kind: 'reported',
    });
    expect(claims('Megawati menegaskan bahwa partainya tetap mendukung pemerintah.')[0]).toMatchObject({ source: 'Megawati', kind: 'reported' });
  });

  it('a di-/ter- shaped name with no verbal suffix before a verb of saying is the speaker', () => {
    expect(claims('Dimas mengatakan bahwa harga beras akan turun.')[0]).toMatchObject({ actor: 'harga beras', source: 'Dimas', kind: 'reported' });
    expect(claims('Terawan menjelaskan, vaksin itu aman.')[0]).toMatchObject({ actor: 'vaksin itu', source: 'Terawan', kind: 'reported' });
  });
});
