// Where the subject ends and the predicate begins, on invented Indonesian news sentences.
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';

const first = (...texts: string[]) => claims(...texts)[0];

describe('Indonesian subjects and their edges', () => {
  it('opens the predicate with a sentence adverb after the subject', () => {
    expect(first('Wartono kemudian membawa sampel permen itu ke laboratorium.')).toMatchObject({
      actor: 'Wartono',
      action: 'kemudian membawa sampel permen itu ke laboratorium',
    });
    expect(first('Kabar itu rupanya dipicu unggahan seorang warga.')).toMatchObject({ actor: 'Kabar itu', action: 'rupanya dipicu unggahan seorang warga' });
    expect(first('Direksi baru tampaknya telah mengubah cara perusahaan berkomunikasi.')).toMatchObject({ actor: 'Direksi baru' });
  });

  it('drops an emphatic sendiri from the subject', () => {
    expect(first('Rina dan Tono sendiri adalah dua dari lima penerima beasiswa itu.').actor).toBe('Rina dan Tono');
  });

  it('drops a time phrase before the subject', () => {
    expect(first('Sampai saat ini pemerintah belum menerima usulan kenaikan tarif.').actor).toBe('pemerintah');
    expect(first('Sejauh ini polisi sudah memeriksa sebelas saksi.').actor).toBe('polisi');
  });

  it('drops a day between the speaker and the verb of saying', () => {
    const c = first('Wartono pada Kamis (8/3/2018) mengatakan harga cabai akan turun.');
    expect(c).toMatchObject({ actor: 'harga cabai', source: 'Wartono' });
    expect(first('Polisi kemarin menangkap dua pengedar di Bekasi.').actor).toBe('Polisi');
  });

  it('takes the part before a cue as the subject when only adverbs stand after it', () => {
    const c = first('Surat edaran yang beredar di grup percakapan, kata Wartono, sama sekali tidak benar.');
    expect(c).toMatchObject({ actor: 'Surat edaran yang beredar di grup percakapan', action: 'sama sekali tidak benar', source: 'Wartono' });
  });

  it('keeps a modal adverb in the predicate after a subject of its own', () => {
    const c = first('Pemberitaan miring tentang kami, seharusnya diimbangi dengan pemberitaan yang baik.');
    expect(c).toMatchObject({ actor: 'Pemberitaan miring tentang kami', action: 'seharusnya diimbangi dengan pemberitaan yang baik' });
  });
});

describe('Indonesian relative clauses before the main predicate', () => {
  it('reads a time phrase inside the relative clause as part of it', () => {
    const c = first('Kabar yang sejauh ini telah beredar di grup percakapan, kata Wartono, tidak benar.');
    expect(c).toMatchObject({ actor: 'Kabar yang sejauh ini telah beredar di grup percakapan', action: 'tidak benar', source: 'Wartono' });
  });

  it('reads ramai and viral as predicates', () => {
    expect(first('Surat yang saat ini ramai dibicarakan warga, kata Wartono, sama sekali tidak sah.')).toMatchObject({
      actor: 'Surat yang saat ini ramai dibicarakan warga',
      action: 'sama sekali tidak sah',
    });
    expect(first('Rekaman kericuhan di pasar itu viral di media sosial.')).toMatchObject({ actor: 'Rekaman kericuhan di pasar itu', action: 'viral di media sosial' });
  });
});

describe('Indonesian reduplicated spans', () => {
  it('reads berhari-hari as an adverb inside the subject, not as its predicate', () => {
    const c = first('Antrean panjang berhari-hari di pelabuhan itu sudah diurai oleh petugas.');
    expect(c).toMatchObject({ actor: 'Antrean panjang berhari-hari di pelabuhan itu', action: 'sudah diurai oleh petugas' });
  });
});

describe('Indonesian focus constructions with yang', () => {
  it('reads a cleft with no other predicate as its subject and predicate', () => {
    const c = first('Kepolisian menyebutkan, hanya tiga warga yang melapor kehilangan sepeda motor.');
    expect(c).toMatchObject({ actor: 'hanya tiga warga', action: 'melapor kehilangan sepeda motor', source: 'Kepolisian' });
  });

  it('splits a focused subject with two coordinated predicates', () => {
    const out = claims('Kemudian, seorang penjaga gudang yang tersinggung ucapan pembeli dan memukul meja kasir.');
    expect(out.map((c) => [c.actor, c.action])).toEqual([
      ['seorang penjaga gudang', 'tersinggung ucapan pembeli'],
      ['seorang penjaga gudang', 'memukul meja kasir'],
    ]);
  });

  it('leaves out the emphatic -lah of a focused subject', () => {
    expect(first('Petani kecillah yang menanggung semua kerugian itu.').actor).toBe('Petani kecil');
  });

  it('reads no cleft in a question that lost its mark', () => {
    expect(claims('Siapa pemiliknya dan berapa jumlah ternak yang mati').map((c) => c.actor)).not.toContain('Siapa pemiliknya dan berapa jumlah ternak');
  });
});

describe('Indonesian frames that are no subject', () => {
  it('gives no claim for an "as reported by" line on its own', () => {
    expect(claims('Seperti dilansir Tempo.co dari laman Antaranews.com Kamis (8/3/2018)')).toEqual([]);
  });

  it('reads "Sebagaimana diketahui," and "Seperti diberitakan sebelumnya," as frames of the article\'s own voice', () => {
    expect(first('Sebagaimana diketahui, sama seperti kasus sebelumnya, permen itu dinyatakan aman oleh BPOM.')).toMatchObject({
      actor: 'permen itu',
      source: null,
    });
    expect(first('Seperti diberitakan sebelumnya, polisi menyita dua truk kayu ilegal.')).toMatchObject({ actor: 'polisi', source: null });
  });

  it('reads a day with its date before the verb as no subject', () => {
    const c = first('Mengutip Tempo.co, Kamis (8/3/2018) mewartakan sebuah surat edaran palsu beredar.');
    expect(c).toMatchObject({ actor: 'Tempo.co', source: 'Tempo.co' });
  });
});

describe('Indonesian fragments that are no subject', () => {
  it('words ending in a conjunction or a preposition are no subject: the segment continues the clause before it', () => {
    const out = claims('Dinas meminta pedagang menutup kios mereka, paling lambat dalam tiga hari sejak diterimanya surat itu.');
    expect(out.map((c) => c.actor)).toEqual(['Dinas']);
    expect(claims('"Sayang sekali barang itu jika dibuang," kata Budi.')).toMatchObject([{ actor: 'Budi', action: 'Sayang sekali barang itu jika dibuang' }]);
  });

  it('"not only" before a place frames the clause after it', () => {
    const out = claims('"Tak hanya di Bandung, para pedagang kami di daerah lain juga mengeluh," kata Budi.');
    expect(out.map((c) => [c.actor, c.action])).toEqual([['para pedagang kami di daerah lain', 'juga mengeluh']]);
  });

  it('supaya or agar after a verb of saying opens the reported clause', () => {
    const [c] = claims('Polisi menegaskan supaya pemilik toko segera melapor, paling lambat dalam dua hari.');
    expect(c).toMatchObject({ actor: 'pemilik toko', source: 'Polisi' });
  });
});

describe('Indonesian clauses without a predicate word', () => {
  it('a demonstrative closes the subject of a clause with no verb or marker', () => {
    expect(claims('Ternyata, kabar tersebut keliru besar.').map((c) => [c.actor, c.action])).toEqual([['kabar tersebut', 'keliru besar']]);
  });

  it('nothing for a phrase opened by a preposition or an adverbial', () => {
    expect(claims('Dalam razia itu petugas.')).toEqual([]);
  });
});

describe('Indonesian places after a place', () => {
  it('the region of a place just named goes on with the clause before, with its relative clause', () => {
    const out = claims('Polisi mengimbau warga mewaspadai peredaran jamu di Bandung, Jawa Barat yang diduga mengandung obat atau bahan berbahaya lain.');
    expect(out.map((c) => c.actor)).toEqual(['Polisi']);
  });
});

describe('a relative clause before the main predicate', () => {
  it('a marker of aspect after the relative clause’s verb opens the main predicate', () => {
    expect(claims('Warga yang mengungsi akan mendapat bantuan makanan.')[0]).toMatchObject({ actor: 'Warga yang mengungsi', action: 'akan mendapat bantuan makanan' });
    expect(claims('Barang yang disita sudah dikirim ke laboratorium.')[0]).toMatchObject({ actor: 'Barang yang disita', action: 'sudah dikirim ke laboratorium' });
  });
});

describe('"sebelumnya" after the subject', () => {
  it('after an acronym or a name of several words it is an adverb of the predicate; after a common noun, "the previous"', () => {
    expect(claims('KPK sebelumnya memeriksa 12 saksi.')[0]).toMatchObject({ actor: 'KPK', action: 'sebelumnya memeriksa 12 saksi' });
    expect(claims('Polda Metro Jaya sebelumnya menangkap dua orang.')[0].actor).toBe('Polda Metro Jaya');
    expect(claims('Kasus sebelumnya melibatkan dua pejabat.')[0].actor).toBe('Kasus sebelumnya');
  });
});

describe('"antara lain" after the subject', () => {
  it('qualifies the predicate, not the subject', () => {
    expect(claims('Tarif tersebut antara lain menyasar produk baja.')[0]).toMatchObject({ actor: 'Tarif tersebut', action: 'antara lain menyasar produk baja' });
  });
});

describe('subjects written with commas', () => {
  it('a name whose fields are listed with commas and "dan" is the whole name', () => {
    const [c] = claims('Sebelumnya, Badan Meteorologi, Klimatologi, dan Geofisika memperingatkan bahwa hujan lebat akan terjadi hingga Rabu.');
    expect(c.source).toBe('Badan Meteorologi, Klimatologi, dan Geofisika');
  });

  it('a list of actors joined by "dan" is the subject', () => {
    const [c] = claims('Polri, TNI, dan Satpol PP menggelar razia gabungan di terminal.');
    expect(c.actor).toBe('Polri, TNI, dan Satpol PP');
  });

  it('a person named with an age after a description is the subject, without the age', () => {
    const [c] = claims('Warga Dayeuhkolot, Siti Aminah (45), mengaku sudah tiga kali kebanjiran tahun ini.');
    expect(c.actor).toBe('Siti Aminah');
  });
});

describe('a presentational root verb after a name', () => {
  it('is the predicate of the name: "X hadir dalam rapat"', () => {
    expect(first('Menteri Keuangan Rina Kartika hadir dalam rapat kerja dengan DPR.')).toMatchObject({
      actor: 'Rina Kartika',
      action: 'hadir dalam rapat kerja dengan DPR',
    });
  });
});
