// Wrong speaker (issue 14): "ujarnya"/"kata dia" after a sentence whose subject is a person is that person, not the last
// person named in it as an object. Invented sentences.
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';

describe('a pronoun speaker after a sentence with a person for subject', () => {
  it('is the subject who acted, not the person named after the verb', () => {
    const got = claims('Ketua Komisi XI Dito Ganinduto menanggapi pernyataan Gubernur BI Perry Warjiyo.', '“Kami akan memanggil BI pekan depan,” ujarnya.');
    expect(got[1].source).toBe('Dito Ganinduto');
  });

  it('is the speaker of a report, not a person the report names', () => {
    const got = claims('Juru bicara KPK Ali Fikri mengatakan kasus itu melibatkan Bupati Sukamaju Andi Pratama.', '“Penyidik sudah memeriksa 12 saksi,” kata dia.');
    expect(got[1].source).toBe('Ali Fikri');
  });
});

// "Sebelumnya ia mengatakan bahwa …": a sentence adverb opening the clause without a comma is no part of its subject
// (issue 14, sources), as "Kini harga …" is not.
describe('a sentence adverb before the subject', () => {
  it('is left out of the speaker', () => {
    const out = claims('Rina Lestari memimpin rapat dinas itu.', 'Sebelumnya ia mengatakan bahwa harga gula akan turun.');
    expect(out[out.length - 1].source).toBe('Rina Lestari');
  });

  it('is left out of the actor', () => {
    const [c] = claims('Selanjutnya Joko Susilo menyerahkan bantuan kepada warga.');
    expect(c.actor).toBe('Joko Susilo');
  });
});
