// Invented news-style sentences, one per construction the Indonesian extractor handles.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lang/id/extract.js';
import { claims, sentencesOf } from '../../support/id-claims.js';
import type { ClaimDraft } from '../../../src/types.js';

const brief = (c: ClaimDraft) => ({ actor: c.actor, action: c.action, source: c.source, kind: c.kind });

describe('Indonesian statements', () => {
  it('splits subject and predicate at a meN- verb', () => {
    expect(claims('Pemerintah kota membangun tiga jembatan baru di pinggir sungai.').map(brief)).toEqual([
      { actor: 'Pemerintah kota', action: 'membangun tiga jembatan baru di pinggir sungai', source: null, kind: 'statement' },
    ]);
  });

  it('drops a leading adverbial phrase but keeps it in the clause range for dates', () => {
    const [c] = claims('Pada awal Maret, perusahaan itu menutup dua pabriknya.');
    expect(c.actor).toBe('perusahaan itu');
    expect(c.action).toBe('menutup dua pabriknya');
    expect(c.clause?.[0]).toBe(0);
  });

  it('skips a yang clause between commas to find the main predicate', () => {
    const [c] = claims('Garuda, yang baru-baru ini menambah armada, membuka rute baru ke Tokyo.');
    expect(c.actor).toBe('Garuda');
    expect(c.action).toBe('membuka rute baru ke Tokyo');
  });

  it('skips a yang clause without commas', () => {
    const [c] = claims('Warga yang tinggal di tepi sungai menolak rencana relokasi.');
    expect(c.actor).toBe('Warga yang tinggal di tepi sungai');
    expect(c.action).toBe('menolak rencana relokasi');
  });

  it('takes the name from an apposition after a description', () => {
    const [c] = claims('Maskapai terbesar Asia Tenggara, AirJaya, berencana menambah sepuluh pesawat.');
    expect(c.actor).toBe('AirJaya');
  });

  it('keeps the passive subject as actor with the oleh phrase in the action', () => {
    const [c] = claims('Jembatan itu diresmikan oleh gubernur pada hari Senin.');
    expect(c.actor).toBe('Jembatan itu');
    expect(c.action).toBe('diresmikan oleh gubernur pada hari Senin');
  });

  it('reads adalah and merupakan as predicates', () => {
    expect(claims('Proyek ini merupakan yang terbesar di provinsi itu.')[0].action).toBe('merupakan yang terbesar di provinsi itu');
  });

  it('gives each comma-coordinated predicate its own claim', () => {
    const out = claims('Koperasi itu membeli gabah petani, dan menjualnya ke pasar induk.');
    expect(out.map((c) => c.action)).toEqual(['membeli gabah petani', 'menjualnya ke pasar induk']);
    expect(out[1].actor).toBe('Koperasi itu');
  });

  it('splits a long first predicate from a second one joined by a bare dan', () => {
    const out = claims('Tim itu sering berlatih di stadion utama kota selama musim hujan dan memenangi dua turnamen.');
    expect(out.map((c) => c.action)).toEqual(['sering berlatih di stadion utama kota selama musim hujan', 'memenangi dua turnamen']);
  });

  it('splits a clause with a subject of its own after a bare dan', () => {
    const out = claims('Pasar sudah sepi dan para pedagang sudah pulang ke rumah masing-masing.');
    expect(out.map((c) => [c.actor, c.action])).toEqual([['Pasar', 'sudah sepi'], ['para pedagang', 'sudah pulang ke rumah masing-masing']]);
  });

  it('keeps nouns joined by dan after a subjectless passive, and verbs coordinated inside a purpose, in one claim', () => {
    expect(claims('"Diharapkan para guru dan murid tetap waspada terhadap jajanan berbahaya," kata Budi.')).toHaveLength(1);
    const out = claims('Warga dianjurkan untuk merebus air sumur selama lima menit dan menyaringnya.');
    expect(out.map((c) => c.action)).toEqual(['dianjurkan untuk merebus air sumur selama lima menit dan menyaringnya']);
  });

  it('leaves out a trailing subordinate clause with karena', () => {
    expect(claims('Harga cabai melonjak tajam karena panen gagal di banyak daerah.')[0].action).toBe('melonjak tajam');
  });

  it('reads a predicate in a title-case headline', () => {
    const sentences = sentencesOf(['Gara-Gara Banjir, Petani Jawa Siap Tanam Ulang']);
    const out = extract(sentences, { published: null, title: 'Gara-Gara Banjir, Petani Jawa Siap Tanam Ulang' });
    expect(out[0]).toMatchObject({ actor: 'Petani Jawa', action: 'Siap Tanam Ulang' });
  });

  it('ignores questions', () => {
    expect(claims('Apakah pemerintah akan menaikkan harga BBM?')).toEqual([]);
  });
});

describe('Indonesian attribution', () => {
  it('resolves ujarnya after a quote to the speaker named before', () => {
    const out = claims(
      'Direktur Utama PT Kereta Nusantara, Budi Santoso, mengatakan bahwa perusahaan menambah jadwal kereta.',
      '“Jumlah penumpang naik dua kali lipat tahun ini,” ujarnya.',
    );
    expect(out[0]).toMatchObject({ actor: 'perusahaan', source: 'Budi Santoso', kind: 'reported', action: 'menambah jadwal kereta' });
    expect(out[1]).toMatchObject({ actor: 'Jumlah penumpang', source: 'Budi Santoso', kind: 'quote' });
    expect(out[1].cue).toBeDefined();
  });

  it('takes the name after a cue verb and strips the role after it', () => {
    const [c] = claims('“Kami akan membuka kantor baru,” kata Rina Wijaya, juru bicara perusahaan, Rabu (11/4/2018).');
    expect(c).toMatchObject({ actor: 'Rina Wijaya', action: 'akan membuka kantor baru', source: 'Rina Wijaya', kind: 'quote' });
    const sentence = '“Kami akan membuka kantor baru,” kata Rina Wijaya, juru bicara perusahaan, Rabu (11/4/2018).';
    expect(sentence.slice(...(c.cue as [number, number]))).toContain('Rabu (11/4/2018)');
  });

  it('prefers the name part of a cue over a role part', () => {
    const [c] = claims('“Stok beras aman,” tulis staf khusus menteri, Agus Salim dalam sebuah unggahan.');
    expect(c.source).toBe('Agus Salim');
  });

  it('makes saya in a quote the speaker', () => {
    const [c] = claims('“Saya tidak akan mundur dari pencalonan,” ujar Dewi Lestari.');
    expect(c).toMatchObject({ actor: 'Dewi Lestari', action: 'tidak akan mundur dari pencalonan' });
  });

  it('keeps -nya when no speaker was named', () => {
    expect(claims('“Harga tiket sudah terlalu mahal,” tuturnya.')[0].source).toBe('-nya');
  });

  it('applies the cue after a multi-sentence quote to every sentence', () => {
    const out = claims('“Pasokan listrik akan pulih besok.', 'Petugas kami sudah bekerja sejak pagi,” jelas Hendra Gunawan.');
    expect(out.map((c) => c.source)).toEqual(['Hendra Gunawan', 'Hendra Gunawan']);
    expect(out.map((c) => c.actor)).toEqual(['Pasokan listrik', 'Petugas kami']);
  });

  it('reads Menurut X, as the source of the clause', () => {
    const [c] = claims('Menurut laporan dari Antara, pemerintah daerah menunda pembangunan pasar.');
    expect(c).toMatchObject({ actor: 'pemerintah daerah', action: 'menunda pembangunan pasar', source: 'Antara', kind: 'reported' });
  });

  it('reads a cue between commas in the middle of a sentence', () => {
    const [c] = claims('Pabrik itu, ujar Tn. Hasan, akan ditutup bulan depan.');
    expect(c).toMatchObject({ actor: 'Pabrik itu', source: 'Hasan', kind: 'reported' });
  });

  it('reads a trailing cue without a quote as reported speech', () => {
    const [c] = claims('Pelaku melarikan diri ke arah utara, ungkap polisi.');
    expect(c).toMatchObject({ actor: 'Pelaku', action: 'melarikan diri ke arah utara', source: 'polisi', kind: 'reported' });
  });

  it('reports the clause after X mengatakan bahwa, with the pronoun as the speaker', () => {
    const [c] = claims('Gubernur Jawa Barat Ridwan Setiawan mengatakan bahwa ia akan merevisi aturan itu.');
    expect(c).toMatchObject({ actor: 'Ridwan Setiawan', action: 'akan merevisi aturan itu', source: 'Ridwan Setiawan', kind: 'reported' });
  });

  it('reads a weak speech verb as speech only with bahwa', () => {
    expect(claims('Menteri itu menyampaikan undangan kepada para duta besar.')[0].kind).toBe('statement');
    expect(claims('Lembaga itu menyampaikan bahwa inflasi turun.')[0]).toMatchObject({ actor: 'inflasi', kind: 'reported' });
  });

  it('keeps a bahwa complement whole across commas', () => {
    const out = claims('“Data ini membuktikan bahwa dengan dana kecil, desa dapat membangun jalan,” kata Sari.');
    expect(out).toHaveLength(1);
    expect(out[0].action).toContain('desa dapat membangun jalan');
  });
});

describe('Indonesian pronouns in reported clauses', () => {
  it('keeps a pronoun subject before a trailing cue as written', () => {
    expect(claims('Ia menyerahkan diri ke kantor polisi, ungkap jaksa.')[0]).toMatchObject({ actor: 'Ia', source: 'jaksa' });
  });
});

describe('Indonesian speech verbs with a comma complement', () => {
  it('reports the clause after "X mengatakan,"', () => {
    const [c] = claims('Gubernur Bank Sentral Agus Martono mengatakan, kebijakan tersebut sejalan dengan upaya menjaga stabilitas.');
    expect(c).toMatchObject({ actor: 'kebijakan tersebut', source: 'Agus Martono', kind: 'reported' });
  });

  it('reports the clause after a strong speech verb with a comma and no bahwa', () => {
    const [c] = claims('Hadi Suryanto menambahkan, petugas telah mendirikan tiga dapur umum.');
    expect(c).toMatchObject({ actor: 'petugas', action: 'telah mendirikan tiga dapur umum', source: 'Hadi Suryanto', kind: 'reported' });
  });

  it('reads a sentence-initial Katanya, as a cue of the last speaker', () => {
    const out = claims('Ekonom senior Josua Pardede menilai bahwa keputusan itu tepat.', 'Katanya, pemerintah juga perlu menjaga defisit.');
    expect(out[1]).toMatchObject({ actor: 'pemerintah', source: 'Josua Pardede', kind: 'reported' });
  });

  it('keeps predicates coordinated after a bahwa complement in the complement', () => {
    const out = claims('Ia juga mengatakan bahwa tersangka tidak komunikatif, dan tidak mau berjalan ke ruang sidang.');
    expect(out.every((c) => c.source === 'Ia' && c.actor === 'tersangka')).toBe(true);
    expect(out.map((c) => c.action)).toContain('tidak mau berjalan ke ruang sidang');
  });
});

describe('Indonesian names and phrases in actors and actions', () => {
  it('takes the name from a kinship role + name apposition', () => {
    expect(claims('Istri Trump, Melania Trump, mengunjungi sebuah sekolah.')[0].actor).toBe('Melania Trump');
  });

  it('takes the name from an English job title + organisation apposition', () => {
    expect(claims('Managing Partner East Harbor Capital, Daniel Tan, menilai pasar itu besar.')[0].actor).toBe('Daniel Tan');
  });

  it('leaves a parenthesised acronym out of the actor and keeps the action balanced', () => {
    const [c] = claims('Badan Pusat Statistik (BPS) mencatat kenaikan harga di pasar Surat Berharga Negara (SBN).');
    expect(c.actor).toBe('Badan Pusat Statistik');
    expect(c.action).toBe('mencatat kenaikan harga di pasar Surat Berharga Negara (SBN)');
  });

  it('does not split kecil dan menengah as two predicates', () => {
    expect(claims('Perusahaan itu melayani lebih dari lima ribu pelaku usaha kecil dan menengah.')).toHaveLength(1);
  });
});

describe('Indonesian relative clauses on names', () => {
  it('makes a sentence-final yang clause on a name its own claim, past an apposition', () => {
    const out = claims('Keputusan itu diambil setelah tawaran dari Kargoku, sebuah perusahaan rintisan asal Bandung, Jawa Barat, yang berhasil menurunkan biaya kirim antarpulau.');
    expect(out).toContainEqual(expect.objectContaining({ actor: 'Kargoku', action: 'berhasil menurunkan biaya kirim antarpulau', kind: 'statement' }));
  });

  it('ignores a yang clause on an example or on a non-predicate', () => {
    const a = claims('Ini langkah untuk menantang perusahaan besar, seperti Nvidia, yang mendominasi pasar.');
    expect(a.map((c) => c.actor)).not.toContain('Nvidia');
    const b = claims('Bantuan itu dikirim oleh Garuda, yang terbesar di Asia.');
    expect(b.map((c) => c.actor)).not.toContain('Garuda');
  });
});

describe('Indonesian mid-sentence cues', () => {
  it('attributes only the clause before a mid-sentence menurut', () => {
    const out = claims('Harga beras telah naik selama tiga bulan, menurut Badan Pangan, dan sepertinya akan turun lagi tahun ini.');
    expect(out.map((c) => [c.action, c.source])).toEqual([
      ['telah naik selama tiga bulan', 'Badan Pangan'],
      ['sepertinya akan turun lagi tahun ini', null],
    ]);
  });

  it('reads the ketika clause after an existential frame and a cue', () => {
    const [c] = claims('Ada kalanya, ujar Tn. Hasan, ketika ia merasa warga harus pindah dari kampung itu.');
    expect(c).toMatchObject({ actor: 'Hasan', action: 'merasa warga harus pindah dari kampung itu', source: 'Hasan', kind: 'reported' });
  });
});

describe('Indonesian subjects holding a verb', () => {
  it('prefers a later speech verb with bahwa over a verb inside the subject noun phrase', () => {
    const [c] = claims('Sebuah kajian tentang rencana daerah mengurangi sampah menyatakan bahwa target itu sulit dicapai.');
    expect(c).toMatchObject({ source: 'Sebuah kajian tentang rencana daerah mengurangi sampah', actor: 'target itu', kind: 'reported' });
  });
});

describe('Indonesian postposed subjects', () => {
  it('takes the noun phrase after a subjectless passive as the actor', () => {
    const [c] = claims('Laporan itu mengungkapkan bahwa telah dikerahkan ratusan mesin untuk menyerang server bank.');
    expect(c).toMatchObject({ actor: 'ratusan mesin', source: 'Laporan itu', kind: 'reported' });
  });
});

describe('Indonesian words before the subject', () => {
  it('reads katanya opening a subject as a cue of the last speaker', () => {
    const out = claims('Ekonom Josua Pardede menilai bahwa inflasi turun.', 'Bank itu menahan bunga, namun katanya pemerintah perlu menjaga defisit.');
    expect(out[2]).toMatchObject({ actor: 'pemerintah', source: 'Josua Pardede', kind: 'reported' });
  });

  it('leaves a time adverb out of the subject', () => {
    expect(claims('Saat ini biaya logistik masih mencapai 24 persen.')[0].actor).toBe('biaya logistik');
  });
});

describe('dates of a quotation over several sentences', () => {
  it('the closing cue with its date dates every quoted sentence', async () => {
    const { extract: run } = await import('../../../src/pipeline.js');
    const text = 'Menteri itu hadir di Jakarta. "Ekonomi kita tumbuh kuat. Inflasi juga terkendali," kata Sri Mulyani, Rabu (11/4/2018).';
    const got = run({ id: 't', text, lang: 'id', published: '2018-04-12' }).claims;
    expect(got.map((c) => [c.actor, c.date, c.source])).toEqual([
      ['Menteri itu', null, null],
      ['Ekonomi kita', '2018-04-11', 'Sri Mulyani'],
      ['Inflasi', '2018-04-11', 'Sri Mulyani'],
    ]);
  });
});

describe('weak speech verbs without bahwa', () => {
  it('report a following clause that has its own predicate marker', () => {
    expect(claims('Analis Bank Sentosa, Rina Wulandari, menilai kebijakan itu sudah tepat.').map(brief)).toEqual([
      { actor: 'kebijakan itu', action: 'sudah tepat', source: 'Rina Wulandari', kind: 'reported' },
    ]);
  });

  it('do not report an object with a relative clause', () => {
    const out = claims('Panitia menyampaikan undangan yang akan dikirim pekan depan.');
    expect(out.map((c) => [c.actor, c.kind])).toEqual([['Panitia', 'statement']]);
  });
});
