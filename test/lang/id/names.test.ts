// Speakers named in cues, on invented sentences (src/lang/id/names.ts).
import { describe, expect, it } from 'vitest';
import { indonesian } from '../../../src/lang/id/index.js';
import { splitSentences } from '../../../src/segment.js';
import { claims } from '../../support/id-claims.js';

describe('the speaker of a cue', () => {
  it('a day after the speaker says when, not who', () => {
    const [c] = claims('“Tidak ada pungutan di sekolah itu,” kata Kombes Andi Wijaya dalam pesan singkat, Jumat malam.');
    expect(c.source).toBe('Andi Wijaya');
  });

  it('a directorate after the role is part of the role: Direktur Jenderal Anggaran', () => {
    const [c] = claims('“Dana itu sudah cair,” kata Direktur Jenderal Anggaran Budi Santoso.');
    expect(c.source).toBe('Budi Santoso');
  });

  it('the nurse title Ns. neither ends the sentence nor stays in the name', () => {
    const text = 'Pasien harus segera dibawa ke rumah sakit, kata Ns. Rina Wati, S.Kep, kepada wartawan.';
    expect(splitSentences(text, [[0, text.length]], indonesian.segmentation)).toHaveLength(1);
    expect(claims(text)[0].source).toBe('Rina Wati');
  });
});
