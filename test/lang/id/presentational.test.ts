// Presentational clauses and pseudo-clefts (issue 14, class 5), on invented sentences.
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';
import type { ClaimDraft } from '../../../src/types.js';

const brief = (c: ClaimDraft) => ({ actor: c.actor, action: c.action, source: c.source, kind: c.kind });

describe('a subjectless clause opened by a presentational verb', () => {
  it('presents its actor: ada …', () => {
    expect(claims('Seperti diketahui, ada 12 desa yang terendam banjir di kabupaten itu.').map(brief)).toEqual([
      { actor: '12 desa', action: 'ada 12 desa yang terendam banjir di kabupaten itu', source: null, kind: 'statement' },
    ]);
  });

  it('presents its actor: ditemukan …, after a leading adverbial', () => {
    const [c] = claims('Dalam pemeriksaan itu, ditemukan tiga senjata api milik para tersangka.');
    expect(c.actor).toBe('tiga senjata api milik para tersangka');
    expect(c.action).toBe('ditemukan tiga senjata api milik para tersangka');
  });

  it('presents its actor after an adverbial without a comma, with a list after it', () => {
    const [c] = claims('Dalam razia itu ditemukan tiga truk milik dua pengusaha yakni Andi, Budi dan Cahyo.');
    expect(c.actor).toBe('tiga truk milik dua pengusaha yakni Andi');
    expect(c.action).toBe('ditemukan tiga truk milik dua pengusaha yakni Andi, Budi dan Cahyo');
  });

  it('gives nothing for a subjectless clause of another verb', () => {
    expect(claims('Dalam rapat itu, membahas anggaran desa.')).toEqual([]);
  });
});

describe('a pseudo-cleft before a reported clause', () => {
  it('"yang terjadi adalah" gives way to the clause after it', () => {
    expect(claims('Kapolres menjelaskan, yang terjadi adalah warga memblokir jalan desa.').map(brief)).toEqual([
      { actor: 'warga', action: 'memblokir jalan desa', source: 'Kapolres', kind: 'reported' },
    ]);
  });
});
