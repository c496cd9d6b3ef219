// "menurut X" between a subject and its predicate with the commas lost in scraped text (issue 14), on invented sentences.
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';

const brief = (texts: string[]) => claims(...texts).map((c) => ({ actor: c.actor, action: c.action, source: c.source, kind: c.kind }));

describe('a named menurut without commas', () => {
  it('makes the name the source of the clause around it', () => {
    expect(brief(['Stok beras menurut Bulog masih aman hingga akhir tahun.'])).toEqual([
      { actor: 'Stok beras', action: 'masih aman hingga akhir tahun', source: 'Bulog', kind: 'reported' },
    ]);
    expect(brief(['Angka pengangguran menurut data BPS turun menjadi 5 persen.'])).toEqual([
      { actor: 'Angka pengangguran', action: 'turun menjadi 5 persen', source: 'BPS', kind: 'reported' },
    ]);
  });

  it('is no source after a verb, nor before a name that runs on without a predicate', () => {
    expect(brief(['Pembagian warisan dilakukan menurut Undang-Undang Perkawinan.'])[0].source).toBeNull();
    expect(brief(['Warga menurut Pak Camat Sukamaju.'])).toEqual([]);
  });
});
