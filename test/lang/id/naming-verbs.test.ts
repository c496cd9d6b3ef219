// A naming verb (bernama, berinisial) after a noun belongs to its noun phrase (issue 14): "Pedagang bernama Sutrisno
// mengaku …" has Sutrisno for speaker, "Seorang pria berinisial AS (35) ditangkap …" is about that man, not a claim
// that he "berinisial AS ditangkap".
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';

describe('a naming verb inside the subject', () => {
  it('an initial and an age go on in the subject', () => {
    const [c] = claims('Seorang pria berinisial BW (41) ditangkap petugas di Terminal Sukamaju.');
    expect(c.actor).toBe('Seorang pria berinisial BW');
    expect(c.action).toBe('ditangkap petugas di Terminal Sukamaju');
  });

  it('a named subject keeps its own predicate', () => {
    const [c] = claims('Korban bernama lengkap Rina Lestari mengalami luka ringan.');
    expect(c.actor).toBe('Korban bernama lengkap Rina Lestari');
    expect(c.action).toBe('mengalami luka ringan');
  });

  it('a named speaker is the name', () => {
    const [c] = claims('Seorang petani bernama Wagiman mengatakan harga pupuk naik.');
    expect(c.actor).toBe('harga pupuk');
    expect(c.source).toBe('Wagiman');
  });

  it('a relative clause with a naming verb is read as before', () => {
    const [c] = claims('Warga yang bernama Wagiman itu menolak pindah.');
    expect(c.action).toBe('menolak pindah');
  });
});
