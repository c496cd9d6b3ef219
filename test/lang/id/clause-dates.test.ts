// A date in parentheses closing the action (src/lang/id/extract.ts withClosingParen), on invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/pipeline.js';

const claimsOf = (text: string) => extract({ id: 't', text, lang: 'id' }).claims;

describe('a date in parentheses at the end of the action', () => {
  it('dates the claim', () => {
    const [c] = claimsOf('Dinas Pendidikan kembali mengirimkan surat kepada sekolah itu pada Kamis (19/4/2018).');
    expect(c.action).toBe('kembali mengirimkan surat kepada sekolah itu pada Kamis (19/4/2018)');
    expect(c.date).toBe('2018-04-19');
  });

  it('also after a place and a comma', () => {
    const [c] = claimsOf('Polisi menyita dua truk di Jalan Merdeka, Bandung, Jumat (10/11/2017).');
    expect(c.date).toBe('2017-11-10');
  });
});
