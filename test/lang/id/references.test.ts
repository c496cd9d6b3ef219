// Reference resolution on invented Indonesian news sentences.
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';

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

  it('reads the place after a regional office apart from the name when the person is later called by first name', () => {
    // 'Bupati Sukamaju Andi Pratama' gave the run 'Sukamaju Andi Pratama' as the person, and every resolved mention of
    // Andi took the regency with it; 'kata Andi' shows where the name starts
    const out = claims('Bupati Sukamaju Andi Pratama meminta warga waspada banjir.', '"Kami sudah menyiapkan posko," kata Andi.');
    expect(out[0].actor).toBe('Andi Pratama');
    expect(out[1].source).toBe('Andi Pratama');
  });

  it('splits no company run at a one-word actor inside it: the run is no person', () => {
    const out = claims('Kuasa hukum PT Sinar Abadi Jaya, Rudi Hartono, hadir di pengadilan.', 'Sinar menolak membayar denda.');
    expect(out.map((c) => c.actor)).toEqual(['Rudi Hartono', 'Sinar']);
    const branch = claims('Pembatasan itu diungkap Kepala Kebijakan Publik Meta Indonesia melalui surat.', 'Meta menunda peluncuran fitur.');
    expect(branch.map((c) => c.actor)).toContain('Meta');
  });

  it('keeps a three-part name after a role whole when no later mention splits it', () => {
    const out = claims('Menteri Keuangan Sri Mulyani Indrawati meninjau pelabuhan.', 'Sri Mulyani menilai ekspor tumbuh.');
    expect(out.map((c) => c.actor)).toContain('Sri Mulyani Indrawati');
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

  it('resolves kami to the speaker when the speaker has no organisation', () => {
    expect(claims('“Kami tidak sempat menyelamatkan barang,” kata Siti Aminah.')[0].actor).toBe('Siti Aminah');
    expect(claims('“Kami memilih bahan terbaik untuk produk ini,” jelas Kargojaya.')[0].actor).toBe('Kargojaya');
  });

  it('resolves a first name to a person named after a role', () => {
    const out = claims('Istri Bupati Bekasi, Neneng Hasanah, mengunjungi pengungsi.', 'Neneng membagikan selimut.');
    expect(out.map((c) => c.actor)).toEqual(['Neneng Hasanah', 'Neneng Hasanah']);
  });
});

describe('Indonesian definite descriptions of organisations', () => {
  it('resolves bank sentral, with or without itu, to the central bank named before', () => {
    const out = claims(
      'Bank Indonesia (BI) menahan suku bunga acuan pada Kamis.',
      'Bank sentral itu memperkirakan bahwa inflasi tetap rendah.',
      'Bank sentral juga menyatakan bahwa rupiah stabil.',
    );
    expect(out.map((c) => c.source).filter(Boolean)).toEqual(['Bank Indonesia', 'Bank Indonesia']);
  });

  it('cuts the speaker off a role phrase to find the central bank', () => {
    const out = claims('Gubernur Bank Indonesia Perry Warjiyo mengatakan inflasi rendah.', 'Bank sentral memperkirakan ekonomi tumbuh 5 persen.');
    expect(out[1].source).toBe('Bank Indonesia');
  });

  it('does not take a commercial bank for bank sentral', () => {
    const out = claims('Bank Mandiri mencatat laba naik.', 'Bank sentral itu memperkirakan ekonomi tumbuh 5 persen.', 'Bank itu juga menambah cabang.');
    expect(out[1].source).toBe('Bank sentral itu');
    expect(out[2].actor).toBe('Bank Mandiri');
  });

  it('resolves perusahaan itu and perseroan to the company named before', () => {
    const out = claims(
      'PT Waskita Karya Tbk membukukan laba Rp1 triliun.',
      'Perusahaan itu menargetkan kontrak baru Rp30 triliun.',
      'Perseroan juga menyatakan akan menerbitkan obligasi.',
    );
    expect(out.map((c) => c.actor)).toEqual(['PT Waskita Karya Tbk', 'PT Waskita Karya Tbk', 'PT Waskita Karya Tbk']);
  });

  it('takes a company from the noun before its name, not the place in an apposition', () => {
    expect(claims('Perusahaan minyak Saudi Aramco mencatat laba naik.', 'Perusahaan itu memperkirakan harga minyak naik.')[1].source).toBe('Saudi Aramco');
    expect(claims('Sberbank, perusahaan asal Rusia, menutup kantor di London.', 'Perusahaan tersebut mengatakan bahwa operasi dipindah.')[1].source).toBe('Sberbank');
  });

  it('resolves lembaga and badan to the agency named before', () => {
    const out = claims(
      'Badan Pusat Statistik (BPS) mencatat inflasi 0,5 persen pada Maret.',
      'Lembaga itu menyebutkan harga beras naik.',
      'Menurut badan tersebut, ekspor turun.',
    );
    expect(out.slice(1).map((c) => c.source)).toEqual(['Badan Pusat Statistik', 'Badan Pusat Statistik']);
  });

  it('resolves a description with lowercase modifiers and kementerian itu', () => {
    expect(claims('Komisi Pemberantasan Korupsi (KPK) menahan tersangka.', 'Menurut lembaga antirasuah itu, kerugian negara Rp1 miliar.')[1].source).toBe('Komisi Pemberantasan Korupsi');
    expect(claims('Kementerian Keuangan menerbitkan aturan baru.', 'Kementerian itu menyatakan pajak naik.')[1].source).toBe('Kementerian Keuangan');
  });

  it('leaves perseroan and perusahaan lain as written without an antecedent', () => {
    const out = claims('Perusahaan lain itu menaikkan harga.', 'Perseroan menargetkan laba naik.');
    expect(out.map((c) => c.actor)).toEqual(['Perusahaan lain itu', 'Perseroan']);
  });

  it('reads a short name glossed by a fuller one in parentheses as the fuller one, and so do later pronouns', () => {
    const out = claims('"Sebenarnya pak Totok (Sutoto) tidak datang.', 'Beliau sedang bertugas ke Medan hari itu," ujar Wawan.');
    expect(out.map((c) => c.actor)).toEqual(['Sutoto', 'Sutoto']);
    expect(claims('Joko Widodo (Jokowi) meresmikan jalan tol itu.')[0].actor).toBe('Joko Widodo');
  });

  it('resolves a speaking mereka to the organisation that spoke last, never to a person', () => {
    const out = claims('Ponsel itu jarang rusak, ujar pihak Xiaomi.', 'Mereka juga menjawab ke Tempo, bahwa ponsel baru memakai rangka baja.', 'Direktur Xiaomi, Lei Wen, hadir.');
    expect(out[1]).toMatchObject({ actor: 'ponsel baru', source: 'Xiaomi' });
    const people = claims('Brigjen Wartono mengatakan, pelaku sudah ditangkap.', 'Mereka juga menjawab ke Tempo, bahwa barang bukti disita.');
    expect(people[1].source).not.toBe('Wartono');
  });
});

describe('Indonesian descriptions of an organisation never called a company', () => {
  it('resolves perusahaan asal … ini and a bare Perusahaan to the organisation that spoke last, never a person', () => {
    const out = claims(
      'Menurut Samsung, ponsel itu aman dipakai.',
      'Direktur Budi Santoso juga hadir dalam peluncuran itu.',
      'Selama ini, perusahaan asal Korea Selatan ini jarang menanggapi keluhan.',
      'Perusahaan juga menerangkan bahwa pihaknya menguji baterai setiap hari.',
    );
    expect(out.find((c) => c.action === 'jarang menanggapi keluhan')?.actor).toBe('Samsung');
    expect(out.find((c) => c.action.startsWith('menguji'))).toMatchObject({ actor: 'Samsung', source: 'Samsung' });
  });
});

describe('"mereka" after a group', () => {
  it('is the group without the verb that followed it ("para tersangka menggunakan …")', () => {
    const got = claims('Ade menuturkan, para tersangka menggunakan alat pengganjal kartu.', 'Mereka sudah beraksi di lima lokasi, ujarnya.');
    expect(got[1].actor).toBe('para tersangka');
  });
});

describe('"Hal ini" after the sentence before', () => {
  it('after an agent’s act (an active meN- verb) stays as written: the act, not the agent, is meant', () => {
    expect(claims('Pemerintah menaikkan harga BBM bersubsidi.', 'Hal ini memicu protes mahasiswa.')[1].actor).toBe('Hal ini');
    expect(claims('Polisi menutup jalan menuju lokasi.', 'Hal ini membuat lalu lintas macet.')[1].actor).toBe('Hal ini');
  });

  it('after a state or a change, is the thing that changed', () => {
    expect(claims('Harga cabai naik 15 persen.', 'Hal ini disebabkan cuaca buruk.')[1].actor).toBe('Harga cabai');
    expect(claims('Inflasi Oktober mencapai 2,1 persen.', 'Hal ini lebih rendah dari perkiraan.')[1].actor).toBe('Inflasi Oktober');
    expect(claims('Ajakan boikot itu menyebar di media sosial.', 'Hal ini dipicu unggahan seorang warga.')[1].actor).toBe('Ajakan boikot itu');
  });
});

describe('a minister named by a short form of the office', () => {
  it('"Menkomdigi", "Menteri PU" are the minister the article named with the office in full', () => {
    const got = claims(
      'Menteri Komunikasi dan Digital Meutya Hafid meminta platform menghapus konten judi.',
      'Menteri Pekerjaan Umum Dody Hanggodo meresmikan bendungan itu.',
      'Menkomdigi menulis bahwa dua juta konten sudah diblokir.',
      'Kami tidak membahas anggaran tambahan, kata Menteri PU kepada wartawan.',
    );
    expect(got.find((c) => c.sentence === 2)?.source).toBe('Meutya Hafid');
    expect(got.find((c) => c.sentence === 3)?.source).toBe('Dody Hanggodo');
  });

  it('"kami" of a minister is the minister, not the field of the office', () => {
    const got = claims('Menteri Komunikasi dan Digital Meutya Hafid hadir di DPR.', '“Kami tidak akan berhenti,” tulisnya.');
    expect(got[got.length - 1]).toMatchObject({ actor: 'Meutya Hafid', source: 'Meutya Hafid' });
  });
});

describe('"Hal ini" after a predicate opened by a modal', () => {
  it('"pemerintah wajib menyimpan beras" is an act: "Hal ini" stays as written', () => {
    expect(claims('Pemerintah wajib menyimpan beras minimal 3 juta ton.', 'Hal ini dinilai penting oleh para ekonom.')[1].actor).toBe('Hal ini');
  });
});

describe('a one-word speaker named in full before', () => {
  it('"tulis Trump" after "Presiden Amerika Serikat Donald Trump" is Donald Trump', () => {
    const got = claims('Presiden Amerika Serikat Donald Trump kembali mengancam menaikkan tarif impor.', '“Kami tidak akan mundur,” tulis Trump.');
    expect(got[1]).toMatchObject({ source: 'Donald Trump' });
  });
});
