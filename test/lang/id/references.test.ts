// Reference resolution on invented Indonesian news sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lang/id/extract.js';
import { resolveReferences } from '../../../src/lang/id/references.js';
import type { Sentence } from '../../../src/types.js';

const doc = { published: null, title: null };

function claims(...texts: string[]) {
  let at = 0;
  const sentences: Sentence[] = texts.map((text) => {
    const s = { text, start: at, end: at + text.length };
    at += text.length + 1;
    return s;
  });
  return resolveReferences(extract(sentences, doc), sentences, doc);
}

describe('Indonesian references', () => {
  it('resolves bank ini to the bank named earlier', () => {
    const out = claims('Bankmandiri membuka cabang baru di Medan.', 'Juru bicara Hadi Prasetyo mengatakan bahwa bank ini memiliki dua juta nasabah.');
    expect(out[1]).toMatchObject({ actor: 'Bankmandiri', source: 'Hadi Prasetyo' });
  });

  it('resolves two parts of a three-part name to the full name', () => {
    const out = claims('Menteri Keuangan Sri Mulyani Indrawati mengunjungi Bandung pada Senin.', '"Ekonomi kita tumbuh kuat," kata Sri Mulyani.');
    expect(out.map((c) => c.source)).toContain('Sri Mulyani Indrawati');
    expect(out.map((c) => c.source)).not.toContain('Sri Mulyani');
  });

  it('leaves a description with no antecedent as written', () => {
    expect(claims('Perusahaan tersebut menaikkan harga jual.')[0].actor).toBe('Perusahaan tersebut');
  });

  it('resolves kedua negara to the two countries named earlier', () => {
    const out = claims('Jepang dan Korea Selatan menandatangani perjanjian dagang.', 'Kedua negara berharap ekspor meningkat.');
    expect(out[1].actor).toBe('Jepang dan Korea Selatan');
  });

  it('resolves mereka to the organisation that acted before', () => {
    const out = claims('Pertamina menunda proyek kilang.', 'Mereka menunggu kepastian pendanaan.');
    expect(out[1].actor).toBe('Pertamina');
  });

  it('resolves a surname to the full name given earlier', () => {
    const out = claims('Ekonom senior Bambang Wirawan mengatakan inflasi akan turun.', 'Wirawan menilai bahwa suku bunga perlu dipangkas.');
    expect(out[1].source).toBe('Bambang Wirawan');
  });

  it('resolves an alias given in parentheses', () => {
    const out = claims('Presiden Joko Widodo (Jokowi) meresmikan bendungan itu.', '“Bendungan ini akan mengairi sawah,” kata Jokowi.');
    expect(out[1].source).toBe('Joko Widodo');
  });

  it('resolves a role abbreviation to the minister named earlier', () => {
    const out = claims('Menteri Keuangan Sri Mulyani Indrawati mengatakan defisit aman.', '“Penerimaan pajak naik,” ujar Menkeu.');
    expect(out[0].source).toBe('Sri Mulyani Indrawati');
    expect(out[1].source).toBe('Sri Mulyani Indrawati');
  });

  it('resolves dia to the person named earlier', () => {
    const out = claims('“Kami siap bertanding,” kata pelatih Andi Saputra.', 'Dia juga memuji para pemain muda.');
    expect(out[1].actor).toBe('Andi Saputra');
  });
});

describe('Indonesian speaker names', () => {
  it('resolves a first name to the speaker named in full', () => {
    const out = claims('Direktur Utama PT Kargo Nusa, Rizky Ananda, mengatakan bahwa gudang baru dibuka.', '“Biaya logistik masih tinggi,” kata Rizky.');
    expect(out[1].source).toBe('Rizky Ananda');
  });

  it('does not take a pronoun source for a speaker name', () => {
    const out = claims(
      'Ekonom senior Josua Pardede menilai bahwa keputusan itu tepat.',
      'Ia memperkirakan bunga akan ditahan.',
      '“Ruang untuk menurunkan bunga sudah terbatas,” ujarnya.',
    );
    expect(out[2].source).toBe('Josua Pardede');
  });
});

describe('Indonesian organisations of speakers', () => {
  it('makes kami in a quote the organisation named in the speaker role phrase', () => {
    const out = claims('“Kami akan membuka gudang di 20 kota,” kata Pendiri sekaligus CEO Kargoku, Rizky Ananda.');
    expect(out[0]).toMatchObject({ actor: 'Kargoku', source: 'Rizky Ananda' });
  });

  it('maps kita and pihaknya through a speaker named earlier with a role and organisation', () => {
    const out = claims(
      'Gubernur Bank Sentral Nusantara Agus Martono mengatakan bahwa inflasi terkendali.',
      '“Kita tetap waspada,” kata Agus.',
      'Agus menambahkan, pihaknya telah melakukan intervensi.',
    );
    expect(out[1].actor).toBe('Bank Sentral Nusantara');
    expect(out[2]).toMatchObject({ actor: 'Bank Sentral Nusantara', source: 'Agus Martono' });
  });

  it('leaves kami as written when the speaker has no organisation', () => {
    expect(claims('“Kami tidak sempat menyelamatkan barang,” kata Siti Aminah.')[0].actor).toBe('Kami');
  });

  it('resolves a first name to a person named after a role', () => {
    const out = claims('Istri Bupati Bekasi, Neneng Hasanah, mengunjungi pengungsi.', 'Neneng membagikan selimut.');
    expect(out.map((c) => c.actor)).toEqual(['Neneng Hasanah', 'Neneng Hasanah']);
  });
});
