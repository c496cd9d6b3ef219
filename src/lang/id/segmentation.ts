import type { RunOnRules, SegmentationRules } from '../types.js';
import {
  AFTER_CUES, BARE_VERBS, CLASS_NOUNS, DEMONSTRATIVES, NOT_VERBS, PREDICATE_MARKERS, PREPOSITIONS, ROLES, SPEECH_VERBS, WEAK_SPEECH_VERBS,
} from './lexicon.js';
import { MONTH_ABBREVIATIONS, MONTHS, TIME_ZONES, WEEKDAYS } from './calendar.js';
import { IDMS_COMMON } from './detection.js';

const words = (s: string, more: readonly string[] = []) => new Set([...s.trim().split(/\s+/), ...more]);

/**
 * Frequent words that open or go on in names of places, bodies and people ("Kota Bandung", "Bank Dunia", "Raja Salman",
 * "Jawa Tengah", "Dinas Pendidikan", "Hak Asasi Manusia"): no sign of a sentence start, so never common words here, since
 * after a name one would cut it ("…di Jawa Tengah mengambil…"). Roles are `notCommon` (ROLES).
 */
const NAME_PARTS = words(`
  kota bandar desa kampung daerah kawasan wilayah provinsi negeri pulau gunung jalan laut sungai raja putri pangeran nabi tuhan
  sang si tokoh dewan rakyat negara kerajaan agama masjid sekolah rumah tempat dunia pertama kedua ketiga terakhir baru besar
  kecil tinggi rendah baik buruk lama panjang pendek indah cantik depan belakang atas bawah luar dalam tengah samping sebelah
  hidup mati api tanah air hujan damai perang sejarah budaya bahasa ilmu pendidikan ekonomi politik sosial pembangunan kerja
  usaha keluarga manusia wanita perempuan pemuda pelajar mahasiswa petani nelayan pekerja prajurit kesehatan keuangan
`);
const without = (set: ReadonlySet<string>, ...drop: ReadonlySet<string>[]) => new Set([...set].filter((w) => !drop.some((d) => d.has(w))));
const CALENDAR = words([...WEEKDAYS, ...MONTHS, ...MONTH_ABBREVIATIONS, ...TIME_ZONES, 'gmt', 'utc'].join(' ').toLowerCase());

/**
 * Scraped text without full stops (segment/runon.ts): "Harga beras naik Beberapa pedagang mengeluh Menurut Budi, …".
 * The lists hold words, not names: a capitalised name mid-sentence ("gaji Presiden naik", "di Kebun Raya") must
 * never look like a sentence start, so titles and institutions stay out of `commonWords`.
 */
const runOn: RunOnRules = {
  // a long sentence has 40 words; four run together have 80
  minWords: 20,
  openers: words(`
    ia dia beliau mereka kami kita saya aku kalian ini itu hal itulah inilah
    namun tetapi tapi dan serta sedangkan sementara adapun selain bahkan padahal meski meskipun walaupun walau
    karena sebab sehingga maka jadi oleh dengan untuk bagi dalam pada di dari sejak hingga sampai menurut
    saat ketika setelah sebelum sesudah jika bila apabila kalau agar supaya seiring sepanjang selama
    kemudian lalu selanjutnya sebelumnya sekarang kini kemarin akhirnya tentunya tentu mungkin
    yang tak tidak bukan belum sudah telah juga pun masih akan sangat paling lebih hanya
    para sejumlah seluruh semua setiap beberapa banyak sebagian salah seorang sebuah seperti sebagai secara ternyata
    berbagai berdasarkan terkait usai begitu demikian demikianlah sebagaimana terutama daripada sayangnya
    apa siapa mengapa kenapa bagaimana kapan berapa apakah ada terdapat memang
    dua tiga empat lima enam tujuh delapan sembilan sepuluh kedua ketiga satu keduanya ketiganya sebanyak sekitar
    sebenarnya apalagi semoga hampir sejenak sesaat tanpa justru
    beredar muncul terjadi timbul berlangsung
  `),
  // "…naik tajam Menurut Budi Santoso, …", "…pekan lalu Mengutip Antara, …"
  nameOpeners: words('menurut mengutip dilansir dikutip'),
  strongOpeners: words(`
    ia dia beliau mereka kami kita saya aku namun tetapi tapi sementara sedangkan padahal meski meskipun walaupun
    karena sehingga menurut setelah sebelum ketika saat selama sejak jika apa siapa mengapa bagaimana apakah yang ada
    pada di dalam dengan untuk bagi para sejumlah beberapa sebuah seorang hal ini itu sebagian kemudian lalu selain
    seperti hanya bahkan akhirnya sayangnya mungkin setiap demikianlah tak tidak memang keduanya ketiganya sebanyak
    sebenarnya apalagi semoga ternyata justru dikutip dilansir mengutip
  `),
  // nouns and the like that open news sentences and are rarely written capitalised inside one
  commonWords: without(words(`
    polisi warga masyarakat saham harga studi survei analisis laporan data hasil sistem orang anak perusahaan
    penelitian kajian investasi tarif periode total hakim jaksa siswa istri suami keluarga penduduk manusia tentara
    pasukan daerah desa wilayah dunia lahan hujan badai iklim proyek program rencana kebijakan aturan
    rumah kantor pasar dana uang anggaran biaya pajak ekspor impor produksi penjualan pertumbuhan
    kasus insiden kecelakaan kebakaran banjir gempa bencana korban pelaku tersangka saksi petugas pihak tim kelompok
    suara calon kandidat pemilih perang konflik serangan bom ledakan kerusuhan aksi
    berita kabar informasi isu pesan video foto gambar surat dokumen film lagu buku album acara kegiatan pertemuan rapat
    sidang putusan vonis hukuman penjara denda izin syarat kontrak kesepakatan usulan permintaan
    tujuan alasan penyebab akibat dampak risiko masalah persoalan kondisi situasi keadaan jumlah angka nilai tingkat
    intervensi teknologi internet telepon ponsel aplikasi layanan produk barang bahan makanan minuman obat vaksin
    virus penyakit pasien dokter besi baja minyak gas listrik air tanah emas kayu hewan tanaman
    contoh upaya langkah cara metode skema kursus pelatihan kendaraan mobil motor kereta pesawat kapal fokus
    hari janji tahun
  `, [...IDMS_COMMON]), NAME_PARTS, CALENDAR),
  commonShapes: [
    /^pe(?:m|n|ng|ny|r)?\p{L}{3,}an(?:nya)?$/u, // pengeluaran, perbandingannya
    /^ke\p{L}{3,}an(?:nya)?$/u, // kemenangan
    /^pe(?:m|n|ng|ny)[aeiou]\p{L}{3,}(?:nya)?$/u, // pengunjung, penulis, pemilik: a doer, peN- and its root
    /^(\p{L}{3,})-\1/u, // orang-orang, serpihan-serpihan
    /^\p{L}{3,}nya$/u, // perbandingannya
    /^(?:meng|meny|mem|men)\p{L}{3,}$/u, // menggunakan
    /^di\p{L}{3,}kan$/u, // dinyatakan
    /^\p{L}{3,}kan$/u, // biarkan, letakkan: a verb or an imperative; no name ends so
  ],
  nameParts: NAME_PARTS,
  sentenceAdverbs: words('namun meskipun walaupun padahal sedangkan ternyata akhirnya sayangnya sebenarnya apalagi semoga'),
  cues: AFTER_CUES,
  degree: words('lebih sangat amat tidak tak kurang cukup makin semakin paling terlalu agak begitu sedemikian'),
  demonstratives: DEMONSTRATIVES,
  classNouns: CLASS_NOUNS,
  notCommon: new Set([...NOT_VERBS, ...ROLES, 'anda', 'pemerintah', 'kepolisian', 'kejaksaan', 'pengadilan', 'kementerian', 'kesatuan', 'persatuan']),
  nonFinal: new Set([
    ...PREPOSITIONS, ...ROLES, ...AFTER_CUES, ...SPEECH_VERBS,
    ...words(`
      yang dan atau serta bahwa adalah ialah merupakan para sang si sebagai akan telah sudah belum tidak bukan
      secara antara sejak hingga sampai seperti saat selama ketika setelah sebelum atas jika bila menurut melalui via
      sekitar bersama menjadi termasuk yakni yaitu sebuah seorang setiap tiap beberapa sejumlah seluruh semua salah
      satu dua tiga sejumlah nomor no pasal ayat jalan jl kota kabupaten provinsi pulau gunung sungai mantan eks calon
      pihak judul berjudul bertajuk bernama bertema istilah slogan mengapa kenapa bagaimana apakah
      maka sehingga tetapi tapi namun sedangkan dimana karena sebab padahal meskipun walaupun agar supaya apabila
    `),
  ]),
  titles: words('tn ny nn dr prof sdr sdri bpk ir drs dra'),
  // transitive verbs: meN-…-kan, meN-…-i, di-…-kan (menyurati Irène, dikunjungi Presiden)
  takesObject: [/^(?:me|di)\p{L}{3,}(?:kan|i)$/u],
  counting: words('bulan hari tahun tanggal pukul jam minggu pekan abad saat waktu masa kali'),
  closers: new Set([...AFTER_CUES].map((c) => `${c}nya`)),
  // -nya closes a noun phrase (no name can follow as its possessor), and so do demonstratives; adverbs in -nya
  // ("akhirnya Budi …") often stand before a subject inside a sentence
  closedEnds: [/^\p{L}{3,}nya$/u, /^(?:itu|ini|tersebut)$/u],
  notClosed: words(`
    akhirnya sebenarnya sebaliknya selanjutnya sebelumnya sesudahnya setelahnya misalnya biasanya rupanya agaknya
    tampaknya sepertinya katanya menurutnya bahwasanya khususnya terutamanya umumnya awalnya kemudiannya nantinya
    padahalnya apalagi bahkan lainnya daripadanya kepadanya berikutnya teorinya intinya
  `),
  predicate: {
    words: new Set([...PREDICATE_MARKERS, ...BARE_VERBS]),
    shapes: [/^(?:mem|men|meng|meny|me|ber|be|per|di|ter)\p{L}{3,}$/u],
  },
  // the verbs that report speech and nothing else (not menulis, mencatat)
  speechVerbs: new Set([...SPEECH_VERBS].filter((v) => !WEAK_SPEECH_VERBS.has(v))),
  relatives: new Set(['yang']),
};

export const segmentation: SegmentationRules = {
  // only words that are abbreviations: a full word here (blok, kota) would keep a sentence end before a name
  abbreviations: words(`
    hlm no tbk st
    s.h s.e s.sos s.pd s.kom s.t s.ip s.ag s.psi s.hut s.ked s.farm s.si s.ikom
    m.si m.h m.m m.sc m.a m.kes m.pd m.ag m.t m.kom m.hum m.ikom m.psi m.ec.dev mba m.b.a
    ph.d s.h.i lc
    purn inf kav gg rt rw telp tel
    ${MONTH_ABBREVIATIONS.join(' ')}
    rp
  `),
    // a listed company's "Tbk." closes its name, and a name never runs on past it: "…milik PT Astra Tbk. Budi lalu …"
  finalAbbreviations: words('dll dsb dst tsb dkk etc'),
  calendar: CALENDAR,
  prefixes: words(`
    kab kec kel prov
    dr drs dra prof ir h hj kh k.h sdr sdri bpk tn ny nn yth mr mrs ms ns sp
    jl jln ds dsn kp
    pt cv ud
    drg pdt
    a.l
    moh muh mhd abd ust
    brigjen kombes irjen komjen mayjen letjen laksda laksma marsda marsma kol letkol kapt kompol akbp akp iptu ipda aiptu aipda bripka brigpol pol
    a.n u.p s.d
    e.g i.e vs
  `),
  starters: words(`
    ia dia beliau mereka kami kita saya aku anda kalian
    ini itu tersebut hal
    namun tetapi tapi dan atau serta sedangkan sementara adapun selain bahkan padahal meski meskipun walaupun
    karena sebab sehingga maka jadi oleh dengan untuk bagi dalam pada di ke dari sejak hingga sampai menurut
    saat ketika setelah sebelum sesudah jika bila apabila kalau agar supaya
    kemudian lalu selanjutnya sebelumnya sebelum sekarang kini kemarin besok
    yang tak tidak bukan belum sudah telah juga pun masih akan
    para sejumlah seluruh semua setiap beberapa banyak sebagian salah satu seperti sebagai secara hanya ternyata
    berdasarkan terkait selama usai begitu demikian sebagaimana tentu mungkin terutama khususnya
    apa siapa mengapa kenapa bagaimana dimana di mana kapan berapa
    the a an this he she it they we i
  `),
  joiners: words(`
    yang dan di ke dari untuk dengan pada dalam oleh atau serta bahwa adalah ialah merupakan para sang si bagi
    tentang terhadap karena agar sebagai akan telah sudah belum tidak bukan secara antara sejak hingga
  `),
  keepEnclosed: false,
  runOn,
};
