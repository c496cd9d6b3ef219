// Weak verbs of saying (memastikan, mencatat, mengumumkan …) report a clause without "bahwa" when a noun phrase and a
// passive or plain verb follow (issue 14): "Ia memastikan perbaikan dimulai tahun depan" is reported; "menyampaikan
// undangan yang dikirim …" and a bidding verb ("menyarankan hal itu dilakukan") report nothing.
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';

describe('a weak verb of saying before a noun phrase and a verb', () => {
  it('reports a passive clause', () => {
    const [c] = claims('Wali Kota Sukamaju Rina Lestari memastikan perbaikan jalan dimulai bulan depan.');
    expect(c.actor).toBe('perbaikan jalan');
    expect(c.action).toBe('dimulai bulan depan');
    expect(c.source).toBe('Rina Lestari');
    expect(c.kind).toBe('reported');
  });

  it('reports a clause with a plain verb', () => {
    const [c] = claims('Dinas Perhubungan mencatat jumlah penumpang naik 12 persen.');
    expect(c.actor).toBe('jumlah penumpang');
    expect(c.source).toBe('Dinas Perhubungan');
  });

  it('reports nothing before a relative clause', () => {
    const [c] = claims('Rina Lestari menyampaikan undangan yang dikirim panitia.');
    expect(c.source).toBeNull();
    expect(c.actor).toBe('Rina Lestari');
  });

  it('reports nothing after a bidding verb', () => {
    const out = claims('Saya tidak menyarankan cara itu dipakai pada anak-anak.');
    expect(out.every((c) => c.kind !== 'reported')).toBe(true);
  });
});

describe('a weak verb of saying before a verbless clause', () => {
  it('reports a clause with an adjective for predicate', () => {
    const [c] = claims('Menteri Perindustrian Rina Lestari memastikan pasokan semen aman.');
    expect(c.actor).toBe('pasokan semen');
    expect(c.action).toBe('aman');
    expect(c.source).toBe('Rina Lestari');
  });
});
