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

  it("words that name a JavaScript object's own properties are words like any other", () => {
    // The lexicon's tables are looked up by words of the text: "Constructor Budi" once found Object's built-in in
    // the Malaysian title pairs and crashed; "constructor itu", "ToString" must neither crash nor be a kind of body.
    const out = claims(
      'Constructor Budi Santoso mengatakan proyek jalan itu selesai pekan lalu.',
      'Menurut ValueOf Group, constructor itu sudah bekerja sejak pagi.',
      'Perusahaan toString tersebut menyebut hasilnya baik, kata Hasan.',
    );
    expect(out.map((c) => [c.actor, c.source])).toEqual([
      ['proyek jalan itu', 'Constructor Budi Santoso'],
      ['constructor itu', 'ValueOf Group'],
      ['Perusahaan toString tersebut', 'Hasan'],
    ]);
  });
});

describe('a name with its alias in parentheses', () => {
  it('keeps the alias closed, as actor and as source', () => {
    const [a] = claims('Kementerian Kelautan dan Perikanan (Kemenkelautan) menyita 12 kapal asing.');
    expect(a.actor).toBe('Kementerian Kelautan dan Perikanan (Kemenkelautan)');
    const [b] = claims('Menurut data Badan Pusat Statistik (BPS), inflasi pangan mencapai 2,1 persen.');
    expect(b.source).toBe('Badan Pusat Statistik (BPS)');
  });
});

describe('an office closed by an organisation or a place before the name', () => {
  it('leaves the whole person’s name after "Nasional", "Negeri" or "Kabupaten X"', () => {
    expect(claims('Kepala Badan Pangan Nasional Arief Prasetyo Adi membantah kabar itu.')[0].actor).toBe('Arief Prasetyo Adi');
    expect(claims('Ketua Pengadilan Negeri Jakarta Selatan Budi Santoso menolak gugatan itu.')[0].actor).toBe('Budi Santoso');
    expect(claims('Kepala Dinas Kesehatan Kota Bogor Sri Nowo Retno meninjau puskesmas.')[0].actor).toBe('Sri Nowo Retno');
  });
});
