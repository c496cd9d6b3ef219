// Common-noun descriptions standing for a thing named earlier, on invented Indonesian news sentences.
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';

describe('Indonesian descriptions of named things', () => {
  it('resolves "pihak sekolah" to the school named earlier', () => {
    const out = claims('Siswa SMA Negeri 3 Bogor menggelar pentas seni.', 'Pihak sekolah melarang siswa membawa ponsel.');
    expect(out[1].actor).toBe('SMA Negeri 3 Bogor');
  });

  it('resolves "pihak sekolah" to the school of the head named before, without the head\'s name', () => {
    const out = claims('Kepala Sekolah SDN 2 Ciawi Rahmat Hidayat menggelar rapat guru.', 'Pihak sekolah melarang siswa membawa ponsel.');
    expect(out[0].actor).toBe('Rahmat Hidayat');
    expect(out[1].actor).toBe('SDN 2 Ciawi');
  });

  it('resolves "sekolah tersebut" to the school named earlier, not to a person', () => {
    const out = claims('Siswa SD Negeri 4 Cibinong mengikuti lomba sains.', 'Guru Budi Santoso memimpin tim.', 'Sekolah tersebut menerima hadiah dari bupati.');
    expect(out[2].actor).toBe('SD Negeri 4 Cibinong');
  });

  it('resolves "aplikasi ini" to the app named earlier', () => {
    const out = claims('Warga kini memesan ojek lewat aplikasi Gocar.', 'Aplikasi ini mencatat lonjakan pengguna pada akhir pekan.');
    expect(out[1].actor).toBe('Gocar');
  });

  it('resolves "peraturan itu" to the regulation named earlier', () => {
    const out = claims('Pemerintah menerbitkan Peraturan Menteri Nomor 8 tentang ojek daring.', 'Peraturan itu mewajibkan tarif batas bawah.');
    expect(out[1].actor).toMatch(/^Peraturan Menteri Nomor 8/);
  });

  it('leaves "pihak sekolah" as written when no school was named', () => {
    const out = claims('Gubernur Andi Wijaya meresmikan jembatan baru.', 'Pihak sekolah meminta siswa berhati-hati.');
    expect(out[1].actor).toBe('Pihak sekolah');
  });
});

describe('Indonesian nouns in -nya', () => {
  it('gives a noun in -nya to the one the sentence before was about', () => {
    const out = claims('Raisa Andriana tampil di Istora Senayan pada Sabtu malam.', 'Penampilannya memukau ribuan penonton.');
    expect(out[1].actor).toBe('Penampilan Raisa Andriana');
  });

  it('gives it to the subject before, not to the nearest person named', () => {
    const out = claims('Arema FC mengalahkan tim tamu asuhan pelatih Budi Santoso.', 'Kemenangannya mengantar klub itu ke puncak klasemen.');
    expect(out[1].actor).toBe('Kemenangan Arema FC');
  });

  it('leaves an adverb in -nya and an ownerless noun as written', () => {
    expect(claims('Harga cabai naik tajam.', 'Akibatnya pedagang mengeluh.')[1].actor).not.toMatch(/^Akibat /);
    expect(claims('Penampilannya memukau ribuan penonton.')[0].actor).toBe('Penampilannya');
  });
});

describe('Indonesian noun + demonstrative after a name opening with that noun', () => {
  it('resolves "petisi ini" to the petition named earlier', () => {
    const out = claims('Ribuan warga menandatangani Petisi Selamatkan Hutan Kalimantan.', 'Petisi ini sudah didukung banyak tokoh.');
    expect(out[1].actor).toBe('Petisi Selamatkan Hutan Kalimantan');
  });

  it('keeps a noun + demonstrative as written when no earlier name opens with that noun', () => {
    expect(claims('Pemerintah meluncurkan Tahun Kunjungan Wisata.', 'Pesan ini beredar luas di media sosial.')[1].actor).toBe('Pesan ini');
  });
});

describe('Indonesian "hal ini", "ini", "itu" as a subject', () => {
  it('stands for what the sentence before was about', () => {
    const out = claims('Seruan boikot terhadap Warung Sejahtera menyebar di media sosial.', 'Hal ini dipicu unggahan seorang pelanggan.');
    expect(out[1].actor).toBe('Seruan boikot terhadap Warung Sejahtera');
  });

  it('skips a run-on subject of more than 8 words in the sentence before for the next claim there', () => {
    const out = claims('Dokumen dengan judul rencana kenaikan gaji pegawai negeri sipil untuk tahun depan tertera di laman itu, dan bahan paparan '
      + 'tersebut bukan informasi resmi.', 'Itu hanya bahan diskusi.');
    expect(out[out.length - 1].actor).toBe('bahan paparan tersebut');
  });

  it('stays as written when it is what was said ("Hal ini diutarakan oleh …")', () => {
    const out = claims('Seruan boikot terhadap Warung Sejahtera menyebar di media sosial.', 'Hal ini diutarakan oleh pengamat Rudi Hartono.');
    expect(out[out.length - 1].actor).toBe('Hal ini');
  });

  it('is no person, and stays as written with no sentence before', () => {
    const out = claims('Ketua Budi Santoso mengundurkan diri pada Senin.', 'Hal ini dipicu tekanan dari anggota partai.');
    expect(out[0].actor).toBe('Budi Santoso');
    expect(out[1].actor).toBe('Hal ini');
    expect(claims('Hal ini dipicu tekanan dari anggota partai.')[0].actor).toBe('Hal ini');
  });
});

describe('Indonesian noun + relative clause + demonstrative', () => {
  it('is the thing of that noun spoken of before, with its modifiers', () => {
    const out = claims('Polisi menyita kosmetik berlabel palsu di Pasar Baru.', 'Kosmetik yang dijual tanpa izin edar ini diduga mengandung merkuri.');
    expect(out[1].actor).toBe('kosmetik berlabel palsu');
  });

  it('stays as written with no earlier mention of the noun', () => {
    const out = claims('Polisi menggerebek gudang di Pasar Baru.', 'Kosmetik yang dijual tanpa izin edar ini diduga mengandung merkuri.');
    expect(out[1].actor).toBe('Kosmetik yang dijual tanpa izin edar ini');
  });
});

describe('Indonesian speaker read with the office before the name', () => {
  it('is the person whom the article made a subject', () => {
    const out = claims('Terpisah Kepala Sekolah SDN 2 Ciawi Rahmat Hidayat mengumpulkan para siswa.',
      '"Pihak sekolah berharap siswa membawa bekal dari rumah" pungkasnya.');
    expect(out[out.length - 1]).toMatchObject({ actor: 'SDN 2 Ciawi', source: 'Rahmat Hidayat' });
  });
});

describe('Indonesian "mereka" after a group', () => {
  it('is the "para" group the sentence before spoke of, not the last actor named', () => {
    const out = claims('Dinas Pasar menutup los ikan pada Senin.', 'Pemerintah kota memanggil para nelayan ke balai kota.', 'Mereka menolak relokasi ke pasar baru.');
    expect(out[out.length - 1].actor).toBe('para nelayan');
  });
});

describe('Indonesian "keduanya" after two speakers', () => {
  it('is the two people quoted, not a name merely mentioned', () => {
    const out = claims('"Pasien stroke harus cepat ditangani," kata Rina Wati, Kepala Bidang Keperawatan RS Pusat Jantung Nasional, '
      + 'kepada wartawan.', '"Waktu sangat menentukan," ujar Dede Suhartini.',
      'Keduanya menekankan, pasien harus segera dibawa ke rumah sakit.');
    expect(out[out.length - 1].source).toBe('Rina Wati dan Dede Suhartini');
  });
});
