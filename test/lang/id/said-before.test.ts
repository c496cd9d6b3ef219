// "Hal itu disampaikan X …, <hari>": a sentence that says who said the sentence before it, and when (issue 14, class 3).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/pipeline.js';

const run = (text: string) => extract({ id: 'said-before', text, published: '2025-11-06' }).claims;

describe('"Hal ini/itu" + a passive of saying + its agent', () => {
  it('attributes the sentence before, in the article’s voice, to the agent and dates it by the cue', () => {
    const claims = run(
      'Pemerintah daerah menyiapkan 40 tenda pengungsian di Dayeuhkolot. ' +
        'Hal itu disampaikan Kepala BPBD Uka Suska dalam keterangan tertulisnya, Senin (3/11/2025).',
    );
    expect(claims[0]).toMatchObject({ actor: 'Pemerintah daerah', source: 'Uka Suska', kind: 'reported', date: '2025-11-03' });
    // the sentence keeps its own claim
    expect(claims.some((c) => c.actor === 'Hal itu')).toBe(true);
  });

  it('reads "oleh" before the agent and an adverb before the verb', () => {
    const [c] = run('Penyitaan serupa dilakukan di beberapa kota lain. Hal ini juga diungkapkan oleh Rina Kartika, Selasa (4/11/2025).');
    expect(c).toMatchObject({ source: 'Rina Kartika', kind: 'reported', date: '2025-11-04' });
  });

  it('dates an attributed sentence without a day of its own by the later cue', () => {
    const [c] = run(
      'Sekitar 1.200 warga mengungsi ke masjid, kata Uka Suska. Hal itu disampaikan Uka dalam keterangan tertulisnya, Senin (3/11/2025).',
    );
    expect(c).toMatchObject({ source: 'Uka Suska', date: '2025-11-03' });
  });

  it('leaves the sentence before alone after a verb that is no saying', () => {
    const [c] = run('Harga cabai naik 15 persen pekan ini. Hal itu dibahas Dewan Pengupahan, Senin (3/11/2025).');
    expect(c).toMatchObject({ source: null, kind: 'statement' });
  });
});
