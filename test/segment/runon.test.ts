// Sentence ends lost by scrapers (segment/runon.ts), on invented Indonesian text: recovered only in a long stretch
// without sentence punctuation, never in punctuated text and never for English.
import { describe, expect, it } from 'vitest';
import { english } from '../../src/lang/en/index.js';
import { indonesian } from '../../src/lang/id/index.js';
import { splitSentences } from '../../src/segment.js';

const split = (text: string, rules = indonesian.segmentation) => splitSentences(text, [[0, text.length]], rules).map((s) => s.text);

describe('run-on Indonesian text', () => {
  it('a capitalised function word after a lower-case word opens a sentence', () => {
    const a = 'Harga beras di pasar induk kota itu naik lagi sejak awal pekan karena pasokan dari daerah berkurang';
    const b = 'Beberapa pedagang mengeluh karena pembeli mulai mengurangi belanja mereka';
    const c = 'Menurut Budi, pasokan akan pulih bulan depan';
    expect(split(`${a} ${b} ${c}`)).toEqual([a, b, c]);
  });

  it('a capitalised common word between lower-case words opens a sentence; a name after a noun does not', () => {
    const a = 'Rapat para menteri membahas gaji Presiden yang naik dan anggaran daerah yang turun tahun lalu di kantor itu';
    const b = 'Saham perusahaan tambang ikut turun tajam sepanjang hari perdagangan';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
  });

  it('an opening quotation mark after a word opens a sentence, a quoted title does not', () => {
    const a = 'Warga desa menonton film “Laut Biru” bersama keluarga mereka di lapangan desa sampai larut malam kemarin';
    const b = '“Kami senang sekali bisa menonton bersama tetangga,” kata Siti';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
  });

  it('a closing cue with -nya ends its sentence, and a full name before a verb of saying starts one', () => {
    const a = 'Kami tidak pernah menerima laporan itu dari warga sekitar pasar maupun dari petugas, ujarnya';
    const b = 'Harga cabai di pasar yang sama juga naik tajam minggu ini';
    const c = 'Budi Santoso mengatakan pasokan cabai dari petani berkurang';
    expect(split(`${a} ${b} ${c}`)).toEqual([a, b, c]);
  });

  it('after a word that closes a noun phrase (-nya, itu), a name and a predicate open a sentence; not after a time phrase', () => {
    const a = 'Pelukis itu menghabiskan sisa hidupnya di desa kecil bersama keluarga dan murid-muridnya sepanjang hidupnya';
    const b = 'Suharto membeli semua lukisannya setelah pameran';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
    const one = 'Para pedagang di pasar induk kota itu sudah lama mengeluhkan harga sewa kios yang terus naik dan di awal tahun ini '
      + 'Budi Santoso diberi izin membuka kios baru';
    expect(split(one)).toEqual([one]);
  });

  it('words no sentence ends with keep the capital after them: prepositions, cues, titles, counting words', () => {
    const s = 'Ketua panitia itu mengatakan kepada Beberapa Pemuda Bersatu bahwa acara di Dalam Kota akan diundur sampai bulan Mei '
      + 'karena hujan deras kata Budi Santoso kepada wartawan';
    expect(split(s)).toEqual([s]);
  });

  it('a short stretch is left alone, and punctuated text is split by its punctuation only', () => {
    expect(split('Harga beras naik Beberapa pedagang mengeluh.')).toEqual(['Harga beras naik Beberapa pedagang mengeluh.']);
    const punctuated = 'Panitia memutar film berjudul Ada Apa Dengan Cinta di lapangan desa yang ramai dikunjungi warga sejak sore hari '
      + 'hingga larut malam. Beberapa warga pulang lebih awal.';
    expect(split(punctuated)).toEqual([
      'Panitia memutar film berjudul Ada Apa Dengan Cinta di lapangan desa yang ramai dikunjungi warga sejak sore hari hingga larut malam.',
      'Beberapa warga pulang lebih awal.',
    ]);
  });

  it('an opener that takes a name (Menurut) and a common word open a sentence after a counting word', () => {
    const a = 'Harga gabah di tingkat petani di kabupaten itu turun tajam selama tiga tahun';
    const b = 'Menurut Budi Santoso, penyebabnya adalah panen yang melimpah di banyak daerah';
    const c = 'Warga desa itu kini menyimpan gabah mereka di lumbung selama dua bulan';
    const d = 'Harga gabah diperkirakan pulih pada musim tanam berikutnya';
    expect(split(`${a} ${b} ${c} ${d}`)).toEqual([a, b, c, d]);
  });

  it('in a long run-on stretch, a capitalised run and a predicate cut a piece too long for one sentence', () => {
    const a = 'Ribuan warga memadati alun-alun kota sejak pagi untuk menyaksikan pawai budaya tahunan yang digelar pemerintah setempat';
    const b = 'Wali Kota Surabaya Eri Cahyadi membuka pawai itu dengan memukul gong bersama para tokoh adat';
    const c = 'Pawai berlangsung hingga sore dan diikuti oleh peserta dari tiga puluh kelurahan';
    expect(split(`${a} ${b} ${c}`)).toEqual([a, b, c]);
  });

  it('keeps a possessor name in a piece of ordinary length, and a lone role in a long stretch', () => {
    const one = 'Beberapa warga datang ke kantor kelurahan untuk menanyakan bantuan Pemerintah Kota yang belum juga cair hingga sekarang';
    expect(split(one)).toEqual([one]);
    const a = 'Rancangan peraturan yang beredar di media sosial sejak pekan lalu menyebut bahwa gaji Presiden naik dua kali lipat';
    const b = 'Beberapa pejabat kementerian membantah kabar tersebut dan meminta warga tidak mudah percaya pada unggahan di media sosial';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
  });

  it('a date name (month, weekday) ends a sentence as a lower-case word does', () => {
    const a = 'Pemerintah kota mulai memperbaiki jalan rusak di pinggir sungai itu sejak awal bulan Juli';
    const b = 'Petugas dinas mengatakan perbaikan akan selesai sebelum musim hujan tiba';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
  });

  it('after a name, a common word before a lower-case word opens a sentence; a capitalised phrase goes on', () => {
    const a = 'Dua orang pemuda ditangkap saat mencuri sepeda motor di halaman parkir sebuah pusat belanja di Surabaya';
    const b = 'Polisi di kota itu masih memeriksa kedua pemuda tersebut';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
    const one = 'Para peserta pelatihan yang digelar dinas itu kemudian mengikuti Lomba Program Investasi dengan hadiah yang cukup besar';
    expect(split(one)).toEqual([one]);
  });

  it('a capitalised pronoun or conjunction before a lower-case word opens a sentence after any word, with its particle too', () => {
    const a = 'Para nelayan menemukan bangkai ikan paus itu terapung di perairan dangkal dekat muara sungai';
    const b = 'Mereka segera melapor kepada petugas pelabuhan yang datang tidak lama kemudian';
    const c = 'Merekapun membantu menarik bangkai itu ke tepi';
    expect(split(`${a} ${b} ${c}`)).toEqual([a, b, c]);
  });

  it('an opener that ends in a particle (Walaupun) is the opener itself, and opens a sentence after a name', () => {
    const a = 'Para pedagang di pasar induk itu sudah sejak pagi menunggu kedatangan Bupati Budi Santoso';
    const b = 'Walaupun hujan turun deras, mereka tetap berdiri di depan kios masing-masing';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
  });

  it('a frequent Indonesian word capitalised between lower-case words opens a sentence; a month or a name part does not', () => {
    const a = 'Pemerintah kabupaten memberikan pinjaman lunak kepada para perajin tenun di pinggiran kota sejak awal tahun';
    const b = 'Pejabat dinas itu kini mulai memeriksa gudang para perajin';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
    const one = 'Laporan tahunan lembaga itu yang terbit pada bulan Januari menyebut bahwa jumlah wisatawan naik pesat dibandingkan tahun lalu';
    expect(split(one)).toEqual([one]);
    const region = 'Maraknya pencurian kabel listrik di banyak kampung membuat sebuah sekolah negeri di Kebumen, Jawa Tengah, memasang kamera '
      + 'pengawas di setiap lorong sekolah.';
    expect(split(region)).toEqual([region]);
    const office = 'Setelah rapat panjang dengan para kepala sekolah dan pengawas dari seluruh kabupaten itu, Dinas Pendidikan menyatakan libur '
      + 'semester akan diundur.';
    expect(split(office)).toEqual([office]);
  });

  it('a strong opener or a common word with its comma opens a sentence whatever follows it, after a name too', () => {
    const a = 'Harga beras di pasar induk kota itu naik lagi sejak awal pekan karena pasokan dari Surabaya';
    const b = 'Namun, Budi Santoso menolak menaikkan harga di kios miliknya di ujung pasar';
    const c = 'Akibatnya, Siti memilih datang ke kios itu sejak pagi';
    expect(split(`${a} ${b} ${c}`)).toEqual([a, b, c]);
  });

  it('an office and a name before a verb of saying open a sentence, and one name does before the verb and its comma', () => {
    const a = 'Polisi menangkap dua tersangka pencurian sepeda motor di kawasan pasar pada Senin malam';
    const b = 'Kapolres Kota AKBP Budi Santoso Wijaya mengatakan kedua tersangka sudah lama diincar, Selasa (4/3)';
    const c = 'Budi menambahkan, polisi masih memburu satu pelaku lain yang kabur';
    expect(split(`${a} ${b} ${c}`)).toEqual([a, b, c]);
    const one = 'Petugas catatan sipil yang memeriksa berkas itu kemudian menemukan bahwa akta kelahiran Thailand mencatat tanggal lain';
    expect(split(one)).toEqual([one]);
  });

  it('a word that goes on in names (Dunia, Desa, Kota) opens no sentence after a name', () => {
    const one = 'Penyaluran dana untuk proyek air bersih di banyak desa itu tertunda karena pencairan pinjaman Bank Dunia berjalan lambat sejak awal tahun';
    expect(split(one)).toEqual([one]);
  });

  it('a conjunction that opens a clause (sehingga, tetapi, maka) ends no sentence, in a long run-on stretch too', () => {
    const a = 'Hujan deras yang turun sejak pagi membuat air sungai di pinggir kota meluap ke jalan dan ke rumah warga di sekitar pasar '
      + 'lama sehingga Wakil Bupati Budi Santoso memerintahkan petugas membuka pintu air di hulu sungai';
    const b = 'Beberapa warga mengungsi ke masjid terdekat bersama anak-anak mereka';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
  });

  it('a capitalised di-…-kan verb opens a sentence before a name; a role or a mountain shaped alike does not', () => {
    const a = 'Para pedagang yang menunggu sejak pagi di depan kantor kelurahan itu akhirnya pulang tanpa mendapat bantuan sama sekali';
    const b = 'Dijelaskan Budi Santoso, bantuan baru cair pekan depan';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
    const one = 'Warga desa di kaki gunung itu kembali mengungsi karena Gunung Merapi mengeluarkan awan panas sejak pagi tadi menurut petugas';
    expect(split(one)).toEqual([one]);
  });

  it('after a name, a common word joined by "dan" to another capital goes on with the name (an office), before "di" it starts a sentence', () => {
    const one = 'Permen itu sudah diperiksa oleh petugas dari laboratorium milik Badan Pengawas Obat dan Makanan di kota itu pada pekan lalu.';
    expect(split(one)).toEqual([one]);
  });

  it('a common word, the name it owns and a predicate open a sentence after a word that owns no name', () => {
    const a = 'Para pemain tim tamu itu tampil sangat buruk di babak pertama dan baru bermain lebih keras setelah tertinggal dua gol';
    const b = 'Kemenangan Persija Jakarta akan membuat persaingan di puncak klasemen makin ketat';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
    const one = 'Rapat dewan kota itu kemudian membahas hasil Penelitian Badan Pangan menunjukkan harga beras di pasar induk terus naik sejak awal tahun';
    expect(split(one)).toEqual([one]);
  });

  it('the period of a title (Tn., Prof.) does not end the stretch in which lost sentence ends are looked for', () => {
    const a = 'Warga desa mulai berdatangan ke balai desa sejak pagi untuk mendengar pengumuman panitia bersama tetangganya';
    const b = 'Tn. Budi Santoso kemudian membacakan daftar penerima bantuan di depan balai desa';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
  });

  it('after an acronym in parentheses, an office and a name before a verb of saying go on with the sentence', () => {
    const one = 'Namun, Kepala Bagian Hubungan Masyarakat (Kabaghumas) Polda Jaya Komisaris Besar Budi Santoso menegaskan, kabar soal '
      + 'penyerangan petugas jaga rutan itu tidak benar.';
    expect(split(one)).toEqual([one]);
  });

  it('in a shorter stretch, only a strong opener before a lower-case word opens a sentence', () => {
    const a = 'Hujan deras turun sejak pagi di kota itu';
    const b = 'Namun, warga tetap datang ke pasar';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
    const one = 'Hujan deras turun sejak pagi di kota itu Warga tetap datang ke pasar';
    expect(split(one)).toEqual([one]);
  });

  it('a short phrase opened by a preposition is fronted before its subject: the name after it starts nothing', () => {
    const one = 'Dalam hal ini BPBD dapat menjadi penghubung antara warga dan pemerintah kota yang selama ini jarang bertemu untuk membahas banjir.';
    expect(split(one)).toEqual([one]);
  });

  it('a capitalised -kan word (a verb or an imperative, never a name) between lower-case words opens a sentence', () => {
    const a = 'Petugas meminta warga yang tinggal di bantaran sungai segera mengungsi ke tempat yang lebih tinggi sebelum malam';
    const b = 'Pastikan semua anggota keluarga membawa dokumen penting';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
  });

  it('a quotation of four words or more closing on its own comma is speech, not a title, after a name too', () => {
    const a = 'Pasar rambut dunia selalu punya sisi politis sejak dulu dan tidak pernah lepas dari urusan negara, ujar Tarlo';
    const b = '“Kami tidak pernah membeli rambut dari sana,” tulis perusahaan itu';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
    const one = 'Penerbit itu akhirnya merilis sebuah edisi baru dari novel panjang itu pada tahun lalu, edisi “Laut Biru,” menghilangkan halangan bagi pembaca';
    expect(split(one)).toEqual([one]);
  });

  it('a word the text writes lower-case elsewhere, capitalised between lower-case words, opens a sentence; not as an object', () => {
    const a = 'Warga menerima bantuan beras dari pemerintah desa sejak awal bulan karena harga pangan terus naik di pasar kecamatan';
    const b = 'Bantuan yang dijanjikan bulan lalu belum juga tiba di rumah para janda';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
    const one = 'Bulan lalu gubernur hanya memberi instruksi lisan kepada para bupati tetapi kini ia mengeluarkan Instruksi nomor 5 tahun ini '
      + 'tentang penanganan banjir di seluruh kabupaten';
    expect(split(one)).toEqual([one]);
    // a preposition after the word: the noun before owns it
    const owned = 'Petugas menyita narkoba dari sebuah gudang di pinggir kota lalu meminta warga menjauhi segala jenis Narkoba dengan tidak '
      + 'membeli obat tanpa izin edar';
    expect(split(owned)).toEqual([owned]);
  });

  it('a capitalised word before a demonstrative opens a sentence after a verb; a name owned by the noun before it does not', () => {
    const a = 'Warga desa sudah berkali-kali mengeluhkan kerusakan jembatan kayu di ujung kampung tetapi sampai sekarang belum juga diperbaiki';
    const b = 'Jembatan itu kini ditutup untuk kendaraan bermotor';
    const c = 'Kali ini, kepala desa berjanji memperbaikinya sebelum musim hujan';
    expect(split(`${a} ${b} ${c}`)).toEqual([a, b, c]);
    const one = 'Tim itu sudah lama ingin merekrut pelatih berkebangsaan Belanda itu dan bekerja sama dengan perusahaan Google tersebut '
      + 'untuk menganalisis data para pemain muda';
    expect(split(one)).toEqual([one]);
  });

  it('a date in parentheses ends the clause of its cue before any capital; a fronted date goes on with its sentence', () => {
    const a = 'Kami akan terus memantau harga bahan pokok menjelang hari raya kata kepala dinas perdagangan provinsi itu di Medan Senin (3/11/2025)';
    const b = 'Pemerintah juga menyiapkan operasi pasar di sepuluh kabupaten';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
    const one = 'Pada Jumat (7/11) Presiden meresmikan jalan tol baru sepanjang empat puluh kilometer yang menghubungkan kawasan industri '
      + 'dengan pelabuhan di pantai utara';
    expect(split(one)).toEqual([one]);
  });

  it('in a stretch that lost its full stops, a numbered item marker after a lower-case word opens the next sentence', () => {
    const a = 'Panitia meminta setiap peserta membaca aturan lomba dengan saksama sebelum mengirimkan karya mereka kepada dewan juri di kantor desa';
    const b = '2. Karya yang dikirim harus asli dan belum pernah diterbitkan';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
    // punctuated, the number ends its sentence; after a capitalised word it names a figure
    const ranked = 'Atlet muda itu akhirnya meraih peringkat 3. Setelah itu ia pulang ke kampungnya.';
    expect(split(ranked)).toEqual(['Atlet muda itu akhirnya meraih peringkat 3.', 'Setelah itu ia pulang ke kampungnya.']);
    const figure = 'Susunan alat dan bahan yang dipakai dalam percobaan sederhana di laboratorium sekolah itu tampak seperti pada Gambar 9. '
      + 'Mesin bubut ini mudah dioperasikan';
    expect(split(figure)).toEqual(['Susunan alat dan bahan yang dipakai dalam percobaan sederhana di laboratorium sekolah itu tampak seperti pada '
      + 'Gambar 9.', 'Mesin bubut ini mudah dioperasikan']);
  });

  it('a capitalised doer noun (peN- and its root: Pengunjung, Penulis) between lower-case words opens a sentence', () => {
    const a = 'Museum kota itu kini buka sampai malam pada akhir pekan agar warga yang bekerja bisa datang bersama keluarga mereka';
    const b = 'Pengunjung harus membeli tiket secara daring sehari sebelumnya';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
    // no doer noun: a province office written short, a name
    const one = 'Bantuan beras dari gudang itu akhirnya dibagikan oleh petugas Pemprov kepada warga yang rumahnya rusak diterjang banjir '
      + 'sejak awal pekan lalu';
    expect(split(one)).toEqual([one]);
  });

  it('in a long run-on stretch, a role alone opens a sentence before a verb of its own, not as a possessor', () => {
    const a = 'Pemerintah daerah telah menyalurkan bantuan sosial kepada lebih dari dua ribu keluarga yang terdampak banjir di tiga kecamatan sejak '
      + 'awal pekan lalu';
    const b = 'Bupati meminta warga tetap waspada karena hujan diperkirakan masih akan turun';
    const c = 'Banjir kali ini merupakan yang terparah dalam sepuluh tahun terakhir karena curah hujan yang sangat tinggi di kawasan hulu sungai';
    expect(split(`${a} ${b} ${c}`)).toEqual([a, b, c]);
    const one = 'Warga kampung nelayan itu sudah lama menunggu perbaikan dermaga yang rusak sejak badai tahun lalu sementara gaji Presiden naik '
      + 'dan anggaran daerah untuk perbaikan dermaga justru dipotong oleh dewan kabupaten pada awal tahun ini';
    expect(split(one)).toEqual([one]);
  });

  it('in a long run-on stretch, a name set apart by a comma before yang opens a sentence; a list of names does not', () => {
    const a = 'Pelukis muda itu memamerkan dua puluh lukisan cat minyak tentang kehidupan nelayan di sebuah galeri kecil di pinggir kota pada '
      + 'bulan yang sama';
    const b = 'Hendrawan, yang ayahnya berasal dari sebuah desa nelayan di pesisir utara, mengaku belajar melukis sendiri sejak remaja';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
    const one = 'Rapat warga yang digelar di balai desa hingga larut malam itu dihadiri oleh para tokoh kampung antara lain Sersan Darmo alias '
      + 'Bejo, Kopral Sutrisno, Pak Lurah Hartono, dan beberapa orang lain dari dusun sebelah';
    expect(split(one)).toEqual([one]);
  });

  it('in a long run-on stretch, a name set apart before yang opens a sentence after a number or a closed quotation too, not after a day', () => {
    const a = 'Biaya perawatan jembatan gantung di desa itu setiap tahun mencapai lebih dari dua miliar rupiah, kurang lebih sama dengan '
      + 'anggaran pembangunan jalan desa untuk 2019-2020';
    const b = 'Sutarjo, yang memimpin panitia pembangunan jembatan itu sejak awal, mengatakan sebagian besar dana itu berasal dari iuran warga '
      + 'dan sumbangan para perantau';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
    const c = 'Kepala desa itu menegaskan di depan warga bahwa “semua iuran warga dicatat dengan rapi setiap bulan dan bisa diperiksa oleh '
      + 'siapa pun yang ingin tahu”';
    const d = 'Lembaga Pemantau Desa, yang memantau penggunaan dana desa di kabupaten itu sejak tahun lalu, juga akan memeriksa catatan '
      + 'keuangan tersebut pekan depan';
    expect(split(`${c} ${d}`)).toEqual([c, d]);
    const one = 'Warga kampung nelayan itu akan memilih kepala desa yang baru dalam pemilihan umum yang akan digelar di balai desa pada tanggal '
      + '12 Desember Kelompok Tani Makmur, yang mendukung calon petahana sejak pemilihan yang lalu, sudah menyiapkan tenda dan kursi bagi '
      + 'para pemilih yang datang dari dusun sebelah';
    expect(split(one).some((s) => s.startsWith('Desember'))).toBe(false);
  });

  it('a capitalised common word, the name it owns and a relative clause before a predicate open a sentence', () => {
    const a = 'Para pedagang di pasar tradisional itu sudah lama mengeluhkan harga sewa kios yang terus naik dan sangat tinggi';
    const b = 'Pasukan Satpol yang datang dari kantor kecamatan kemudian menertibkan lapak di pinggir jalan';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
    const one = 'Warga desa itu sudah lama menunggu kedatangan Pasukan Satpol yang akan menertibkan lapak di pinggir jalan raya';
    expect(split(one)).toEqual([one]);
  });

  it('a capitalised common word, a name and a demonstrative before a predicate open a sentence; not as an object', () => {
    const a = 'Para mahasiswa filsafat di kampus itu membahas banyak buku tentang negara dan masyarakat yang harus kaumengerti';
    const b = 'Pemikiran Gramsci ini mendapat banyak perhatian dari para dosen muda di kampus itu';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
    const one = 'Para mahasiswa filsafat di kampus itu membahas banyak buku tentang negara dan masyarakat Pemikiran Gramsci itu sendiri jarang dibaca';
    expect(split(one)).toEqual([one]);
  });

  it('a capitalised word that closes its noun phrase (-nya) with its comma opens a sentence after a name too', () => {
    const a = 'Perusahaan rintisan itu akan mendapat dukungan teknologi dari sebuah bank besar milik pengusaha asal Surabaya Hendra Wijaya';
    const b = 'Imbalannya, bank itu akan menerima sebagian saham perusahaan tersebut';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
    const one = 'Perusahaan rintisan itu akan mendapat dukungan teknologi dari sebuah bank besar milik pengusaha asal Surabaya Hendra Wijaya '
      + 'Imbalannya sendiri belum diumumkan kepada publik';
    expect(split(one)).toEqual([one]);
  });

  it('a cue word after a degree adverb (lebih lanjut, tidak jelas) is no cue and ends its sentence; a bare cue does not', () => {
    const a = 'Panitia akan mengumumkan hasil seleksi tahap kedua melalui situs resmi setelah semua berkas diperiksa dan dibahas lebih lanjut';
    const b = 'Menurut Budi, pengumuman akan dilakukan pekan depan';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
    const one = 'Pengumuman hasil seleksi tahap kedua akan dilakukan melalui situs resmi setelah semua berkas diperiksa oleh panitia jelas Budi '
      + 'Santoso kepada wartawan';
    expect(split(one)).toEqual([one]);
  });

  it('a sentence adverb or a conjunction after a name opens a sentence before a name too; a capitalised title goes on', () => {
    const a = 'Rombongan pedagang itu akhirnya tiba di pelabuhan setelah tiga hari berlayar dari kampung halaman mereka di Pulau Bawean';
    const b = 'Ternyata Pak Harun sudah menunggu mereka sejak pagi';
    expect(split(`${a} ${b}`)).toEqual([a, b]);
    const one = 'Para remaja di kampung itu sering menyanyikan lagu lama berjudul Hidup Dengan Cinta Ibu yang dulu populer di radio sepanjang '
      + 'tahun delapan puluhan';
    expect(split(one)).toEqual([one]);
  });

  it('English text is never split without punctuation', () => {
    const s = 'The price of rice at the central market rose again this week because supplies from the provinces fell '
      + 'Several traders complained that buyers were spending less';
    expect(split(s, english.segmentation)).toEqual([s]);
  });
});
