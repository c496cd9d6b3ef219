// What `detect` knows of Indonesian and Malay (see DetectionData): frequent words, spellings, the varieties and the
// neighbouring languages.
//
// Words of Indonesian and Malay (one standard language, Malay, in two national varieties).
// Written from general knowledge of both varieties. The lists that tell the two apart are in varieties.ts.
import type { DetectionData } from '../types.js';
import { neighbourLanguage } from './neighbours.js';
import { ALSO_ENGLISH, INDONESIAN_WORDS, MALAY_WORDS, varietyEvidence } from './varieties.js';

/** Function words and very frequent words shared by Indonesian and Malay. */
export const IDMS_COMMON = new Set(`
yang dan di ke dari dengan untuk ini itu dalam pada tidak ada akan juga atau oleh tersebut sebagai adalah
ialah bahwa bahawa karena kerana telah sudah belum sedang masih bisa boleh dapat harus mesti perlu ingin
mahu mau hendak kami kita saya aku anda engkau kamu dia ia beliau mereka nya kalian sini sana situ
para sang si sebuah seorang suatu semua seluruh setiap tiap banyak beberapa sedikit lebih kurang paling
sangat amat terlalu agak cukup hanya saja sahaja pun lah kah tah lagi namun tetapi tapi tetap serta maupun
bagi tentang mengenai terhadap kepada daripada antara hingga sampai sejak selama semasa ketika saat apabila
jika kalau bila bilamana supaya agar sehingga maka lalu kemudian setelah selepas sebelum sesudah sambil
sementara walaupun meskipun biarpun namun demikian begitu begini bagaimana mengapa kenapa siapa apa mana
manakah apakah bukan bukankah tak tiada belum jangan pernah selalu sering kadang kini sekarang nanti tadi
kemarin semalam besok esok hari tahun bulan minggu jam pagi siang petang sore malam waktu ketika
orang rakyat masyarakat negara pemerintah kerajaan presiden menteri ketua anggota ahli pihak polisi polis
kata katanya berkata mengatakan menurut mengikut ujar ujarnya jelas jelasnya tambah tambahnya menambahkan
menyatakan menjelaskan memberikan memberi membuat melakukan menjadi mempunyai memiliki mendapat mendapatkan
menerima menggunakan melihat mengambil meminta membawa membantu meningkatkan menunjukkan
baru baharu besar kecil tinggi rendah baik buruk lama panjang pendek banyak pertama kedua ketiga terakhir
satu dua tiga empat lima enam tujuh delapan lapan sembilan sepuluh seratus ribu juta ribuan jutaan puluhan
rumah jalan kota bandar desa kampung daerah kawasan wilayah provinsi negeri pulau dunia tempat
uang wang harga biaya kos usaha kerja bekerja pekerjaan sekolah anak ibu bapak bapa keluarga wanita
perempuan lelaki laki pria manusia hidup mati tanah api laut gunung hujan jadi sendiri bersama sama
tersebut berbagai pelbagai hal perkara masalah soal cara bagian bahagian sebagian sebahagian jumlah bilangan
kali secara sekitar kira hampir lalu depan belakang atas bawah luar dalam tengah samping sebelah
beri buat lihat ambil bawa bantu tahu ingat rasa kira cari pakai guna tanya jawab minta pergi datang pulang
tinggal duduk berdiri makan minum tidur masuk keluar naik turun buka tutup mulai mula bermula berakhir
ya tidak iya bukan oh pula lain lainnya juga saling masing sendiri
ternyata memang justru bahkan sekali benar begitu tentu mungkin semakin pasti sekadar adapun akibat sebab
segera terus indah cantik dirinya tubuhnya tangan kaki kepala mata hati suara nama teman kawan musuh
agama tuhan nabi masjid doa puasa perjalanan berjalan membaca menulis berbicara mendengar mengetahui
memahami merasa berharap menunggu mencari bertanya dikatakan dilakukan digunakan diberikan dibuat
ditemukan disebut diketahui dianggap dijadikan pekerja petani nelayan guru murid pelajar siswa mahasiswa
pegawai pejabat pemimpin warga penduduk pemuda tokoh raja putri pangeran prajurit perang damai sejarah
budaya bahasa ilmu pendidikan ekonomi politik hukum sosial bangunan pembangunan kembali pernah hampir
januari februari mei oktober
`.trim().split(/\s+/));


/**
 * More frequent Indonesian/Malay words, for two-word inputs: everyday nouns, verbs and adjectives, and loanwords
 * in their Indonesian/Malay spelling (konsep, energi, produk, sistem, struktur), which is not English spelling.
 */
export const IDMS_MORE = new Set(`
abad acara adat adik agenda akhir akhirnya aktif akal alam alamat alasan alat aliran alur aman
ambil anggaran angin angka angkatan aneh antar antara apapun arah arti artinya asal asli atap awal awalnya
ayah badan bagus bahan bahaya bakal balik bangsa bangun bantuan barang barat baris batas batu bawah bayar
bayi beban bebas beda bekas belajar belakang beli benar bencana bendera bentuk berapa berarti berasal
berat berbeda berbentuk berdasarkan berdoa berhasil berhenti berikut berikutnya berita berjalan berkembang
berlaku bermain bernama berpengaruh bersih bertemu besar betapa biasa biasanya bidang bijak bintang biru
bisa bumi buku bulan bunga buruk butuh cahaya calon cara catatan cepat cerita cinta contoh cuaca cukup
daftar daging dahulu damai dana darah darat dasar datang daya dekat dengar derajat desain dewasa diam
dicari dihadapi dijual dikenal dilihat dipakai diri disebabkan dokumen domba dosa dunia duduk emas empat
enak energi era dewan gaya gagal gambar gambaran garis gedung gelap gelar gerakan getaran gigi goreng
gula gunanya hadiah hadir hak hakim halaman hamil hampir hanya harapan harian hasil hati-hati
hebat hewan hidup hijau hilang hitam hubungan hujan hukum hutan ibadah ide ikan ikut ilmiah iman indah
industri informasi ingin inti isi istilah jalur jarak jauh jawaban jelas jenis jiwa juara judul jual
jumlah kabar kadang kaki kalah kalimat kamu kanan kantor kapal karya kasih kawasan kaya kayu
kebakaran kebijakan kebutuhan kecil kegiatan kehidupan kejadian keadaan kekuatan kelas keluar kemampuan
kemudian kenyataan kepala kepercayaan kerja keras kertas kesempatan ketua khusus kiri kita kolam komputer
komponen konsep kondisi konflik kontak kopi korupsi kredit kuat kulit kuning kursi kurus lagu lahir lain
lalu lama langit langkah langsung lantai lapangan lari latar latihan lawan layar lebar lemah lengkap
lepas letak lewat lima lingkaran luas lokasi luka lulus lupa mahal makan makanan makna maksud malam
malu manfaat manis manusia marah masa masalah masuk mata materi media mendapat menengah merah
metode milik minggu minyak mineral misalnya mobil modal model mulai mulut mungkin murah musim
nabi nama nanti nasib nasional negara nilai normal nyata nyawa obat olah operasi organisasi
otak paham pakaian paket pandangan panas panjang pantai partai pasar pasangan pasti patung pelayanan
peluang pemain pemandangan pembangunan pembelian pemerintahan pemikiran penduduk pendapat pendapatan
penelitian pengalaman pengaruh pengetahuan penggunaan penjualan penting perairan perang peraturan
perbedaan perempuan pergi perhatian peristiwa perjanjian perkembangan permainan permintaan persoalan
pertama pertanian pertemuan pertumbuhan perubahan pesan pesta peta petugas pilihan pindah pintu pohon
pokok posisi potensi prestasi prinsip produk produksi profesional program promosi proses pusat putih
putra putus rahasia rakyat ramah rambut rasa ratus rencana resiko risiko rumput rusak sakit salah
salju sambil sampah sampai sangat sapi sarana sawah sayang sayur sebab sebelah
sebentar sedikit segala sehat sejarah sekolah selamat selatan selesai seluruh semangat sembuh sempurna
senang seni sepeda seperti serangan sering sesuai sesuatu setiap sikap sinar singkat sistem situasi
struktur suami suara sudut sulit sumber sungai surat susah susu syarat tambahan taman tamu tanaman
tanda tangga tanggal tanggung tangan tanpa tawaran teknik teknologi teks telur teman temuan tenaga
tengah tentu terang terbaik terbaru terbesar terdapat terjadi terkenal termasuk tertentu tetangga tiba
tidur tindakan tinggi tingkat tokoh topik total tradisi tuan tubuh tugas tujuan tulisan tumbuh tunggu
turun ujung ukuran ulang umat umum umur unsur untung upaya usaha usia utama utara warna warung wajah
wajib wakil waktu wanita warga wilayah yakin zaman ekonomi budaya politik sosial statistik analisis
distribusi esensi ideologi regulasi laboratorium kultur edisi serial citra rotasi persentase ekspresi
evaluasi fungsi generasi inovasi investasi kampanye kategori kolaborasi komunikasi konstruksi konsumen
kontribusi koperasi kriteria kualifikasi kurikulum lembaga literatur logika manajemen mekanisme metodologi
misi motivasi objek opini orientasi partisipasi pemasaran periode prosedur psikologi publik reformasi
relevan reputasi riset sektor seleksi sertifikasi spesifik standar strategi subjek substansi teori
transportasi unit variasi versi visi wacana
`.trim().split(/\s+/));

/** di-…-kan, me-…-i, ber-…-an, -nya …: a prefix and a suffix together are rare outside Indonesian/Malay. */
const IDMS_AFFIXED = /^(?:meng|meny|mem|men|me|ber|ter|di|ke|peng|peny|pem|pen|per|pe|se)[a-z]{2,}(?:kan|an|i)$|^[a-z]{3,}nya$/;
/**
 * Indonesian/Malay spellings of loanwords, which English writes otherwise: eks- and ks before a vowel
 * (eksternal, taksi; English x), -si (regulasi; English -tion), -logi (-logy), -isme (-ism), -tif (-tive),
 * -tur/-dur (-ture/-dure), -ik (-ic), and ng- at the start of a word (ngobrol), which English never has.
 */
const IDMS_SPELLED = /ks[aeiou]|^eks|.{3}si$|logi$|isme$|tif$|[td]ur$|.{2}ik$|^ng/;

/** Words of either variety, except those spelled like English words (hospital, film): listed words of the language. */
const VARIETY_WORDS = [...MALAY_WORDS.keys(), ...INDONESIAN_WORDS.keys()].filter((w) => !ALSO_ENGLISH.has(w));

export const indonesianDetection: DetectionData = {
  franc: ['ind', 'zlm'],
  expectedShare: 0.4,
  function: new Set([...IDMS_COMMON, ...VARIETY_WORDS]),
  common: new Set(),
  more: IDMS_MORE,
  // An Indonesian/Malay word with a prefix and a suffix (dipastikan, untungnya), which English text hardly ever
  // holds, while Indonesian text often holds an English word: the strongest spelling evidence.
  shapes: [
    { pattern: IDMS_AFFIXED, weight: 1.5, rank: 3 },
    { pattern: IDMS_SPELLED, weight: 1, rank: 2 },
  ],
  // The variety markers add Indonesian/Malay spelling, except loanwords spelled the English way (kalendar,
  // properti, trafik).
  spelling: { words: [...IDMS_COMMON, ...IDMS_MORE], candidates: VARIETY_WORDS },
  variety(words, nameLike) {
    const { malay, indonesian } = varietyEvidence(words, nameLike);
    const clarity = Math.abs(malay - indonesian) / (malay + indonesian + 1);
    return { language: malay >= 1 && malay > 1.5 * indonesian ? 'ms' : 'id', clarity };
  },
  neighbour: neighbourLanguage,
};
