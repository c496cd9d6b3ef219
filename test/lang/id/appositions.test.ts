// A speaker set apart by commas after the office that describes them (issue 14, sources): the name is the source, a
// rank before it included ("Juru bicara Polres Sukamaju, AKBP Rina Lestari, mengatakan …").
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';

describe('a ranked name in apposition', () => {
  it('is the speaker, not the office before it', () => {
    const [c] = claims('Juru bicara Polres Sukamaju, AKBP Rina Lestari, mengatakan kedua pelaku sudah ditahan.');
    expect(c.source).toBe('Rina Lestari');
    expect(c.actor).toBe('kedua pelaku');
  });

  it('an office in apposition after a name leaves the name', () => {
    const [c] = claims('Rina Lestari, Kepala Dinas Kesehatan Sukamaju, mengatakan stok vaksin aman.');
    expect(c.source).toBe('Rina Lestari');
  });
});

// "Direktur Utama PT Kereta Api Indonesia (KAI) Didiek Hartantyo mengatakan …": the acronym in parentheses closes the
// organisation, and the name after it is the speaker.
describe('a name after an organisation and its acronym', () => {
  it('is the speaker', () => {
    const [c] = claims('Direktur Utama PT Bumi Sukamaju Lestari (BSL) Rina Wulandari mengatakan produksi semen naik.');
    expect(c.source).toBe('Rina Wulandari');
  });

  it('an acronym closing the run stays an alias', () => {
    const [c] = claims('Bank Sukamaju Raya (BSR) mencatat kredit macet naik.');
    expect(c.source).toBe('Bank Sukamaju Raya');
  });
});

// "Kepala kebijakan lingkungan mereka, Jeff Knott, mengatakan: “…”": a quotation opened after its cue takes the name in
// apposition for speaker, not the whole description.
describe('a speaker in apposition before a quotation', () => {
  it('is the name', () => {
    const [c] = claims('Ketua kelompok tani desa itu, Wagiman Santoso, mengatakan: "Saya tidak akan menjual sawah ini."');
    expect(c.source).toBe('Wagiman Santoso');
    expect(c.kind).toBe('quote');
  });
});
