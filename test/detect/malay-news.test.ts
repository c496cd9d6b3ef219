import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/detect.js';

// Short news paragraphs written for these tests in the style of Malaysian and Indonesian outlets (not taken
// from any outlet or data set). Malaysian ones use Malaysian vocabulary and spelling; Indonesian ones are
// ordinary Indonesian news, some about Malaysia, with words both varieties share.

const MALAYSIAN = [
  'KUALA LUMPUR: Polis menahan dua lelaki tempatan bagi membantu siasatan berhubung kes samun di sebuah kedai serbaneka di Cheras awal pagi semalam. Ketua Polis Daerah berkata kedua-dua suspek berusia 20-an dan direman selama empat hari.',
  'Kerajaan akan memperuntukkan RM2.5 bilion tahun depan untuk menaik taraf sekolah daif di seluruh negara, kata Menteri Pendidikan. Beliau berkata keutamaan diberikan kepada sekolah di Sabah dan Sarawak.',
  'Harga petrol RON95 kekal pada RM2.05 seliter bagi minggu ini manakala diesel turun lima sen, menurut kenyataan Kementerian Kewangan hari ini.',
  'Seorang penunggang motosikal maut selepas motosikal yang ditunggangnya bertembung dengan sebuah lori di Jalan Kuala Selangor petang semalam. Mayat mangsa dihantar ke Hospital Sungai Buloh untuk bedah siasat.',
  'Bursa Malaysia dibuka lebih tinggi pagi ini dengan indeks penanda aras FBM KLCI naik 4.12 mata, didorong oleh belian saham perbankan. Ringgit pula dibuka sedikit kukuh berbanding dolar AS.',
  'Datuk Seri Anwar Ibrahim berkata kerajaan tidak akan berkompromi dengan sebarang bentuk rasuah dan salah guna kuasa. Perdana Menteri berucap demikian pada majlis pelancaran pelan antirasuah nasional di Putrajaya hari ini.',
  'Jabatan Meteorologi Malaysia mengeluarkan amaran hujan lebat di beberapa kawasan di Kelantan, Terengganu dan Pahang sehingga Ahad. Orang ramai dinasihatkan supaya sentiasa berwaspada dan mengikuti arahan pihak berkuasa.',
  'Mahkamah Sesyen di sini hari ini menetapkan 14 Ogos untuk sebutan semula kes seorang bekas pengurus syarikat yang didakwa menerima suapan berjumlah RM150,000 tahun lepas. Tertuduh mengaku tidak bersalah.',
  'Sebanyak 1,200 peluang pekerjaan ditawarkan pada karnival kerjaya anjuran PERKESO di Johor Bahru pada Sabtu ini. Pencari kerja digalakkan membawa salinan resume dan sijil akademik.',
  'Pasukan bola sepak negara tewas 1-2 kepada Thailand dalam perlawanan persahabatan di Stadium Nasional Bukit Jalil malam tadi. Jurulatih skuad kebangsaan berkata pemainnya perlu memperbaiki penyudah.',
  'Kementerian Kesihatan melaporkan 312 kes baharu denggi minggu lalu, menurun berbanding minggu sebelumnya. Selangor mencatatkan jumlah kes tertinggi, diikuti Kuala Lumpur dan Negeri Sembilan.',
  'Tan Sri Muhyiddin Yassin hadir di ibu pejabat SPRM pagi tadi untuk memberi keterangan berhubung siasatan terhadap sebuah syarikat yang menerima kontrak kerajaan.',
  'Eksport Malaysia meningkat 8.2 peratus kepada RM120.3 bilion pada Julai, didorong oleh permintaan yang kukuh bagi produk elektrik dan elektronik, menurut Jabatan Perangkaan Malaysia.',
  'Dewan Rakyat hari ini meluluskan Rang Undang-undang Perlembagaan (Pindaan) selepas dibahaskan selama dua hari. Seramai 199 Ahli Parlimen menyokong pindaan itu manakala tiada yang membantah.',
  'Lebih 500 penduduk dipindahkan ke pusat pemindahan sementara di Kota Tinggi susulan banjir kilat yang melanda beberapa kampung sejak Khamis lalu. Jabatan Kebajikan Masyarakat menyediakan makanan dan keperluan asas kepada mangsa.',
  'Syarikat penerbangan tambang rendah itu akan menambah tiga laluan baharu dari Lapangan Terbang Antarabangsa Kuala Lumpur mulai Disember ini, kata ketua pegawai eksekutifnya dalam satu kenyataan.',
];

const INDONESIAN = [
  'JAKARTA - Polisi menangkap dua pria yang diduga terlibat dalam aksi perampokan sebuah minimarket di Cengkareng, Jakarta Barat, Senin dini hari. Kapolsek setempat mengatakan kedua tersangka kini ditahan di Mapolsek.',
  'Pemerintah akan mengalokasikan anggaran Rp25 triliun tahun depan untuk merenovasi sekolah yang rusak di seluruh Indonesia, kata Menteri Pendidikan. Prioritas diberikan kepada sekolah di daerah tertinggal.',
  'Harga bensin Pertalite tetap Rp10.000 per liter pekan ini, sementara harga solar turun Rp200, menurut keterangan resmi Pertamina, Jumat.',
  'Seorang pengendara sepeda motor tewas setelah motornya bertabrakan dengan truk di Jalan Raya Bogor, Sabtu sore. Jenazah korban dibawa ke rumah sakit untuk diautopsi.',
  'Indeks Harga Saham Gabungan (IHSG) dibuka menguat 0,5 persen pada perdagangan pagi ini, didorong oleh saham-saham perbankan. Rupiah juga menguat tipis terhadap dolar AS.',
  'Presiden Joko Widodo mengatakan pemerintah tidak akan mentoleransi korupsi dalam bentuk apa pun. Hal itu disampaikan Presiden saat membuka rapat koordinasi nasional pemberantasan korupsi di Istana Negara, Jakarta.',
  'BMKG mengeluarkan peringatan dini cuaca ekstrem di sejumlah wilayah Jawa Barat hingga Minggu. Masyarakat diimbau waspada terhadap potensi banjir dan tanah longsor.',
  'Perdana Menteri Malaysia Anwar Ibrahim tiba di Jakarta, Kamis, untuk bertemu Presiden Prabowo Subianto. Kedua pemimpin membahas kerja sama perdagangan dan perlindungan pekerja migran Indonesia di Malaysia.',
  'Tim nasional Indonesia kalah 1-2 dari Thailand dalam laga uji coba di Stadion Utama Gelora Bung Karno tadi malam. Pelatih timnas mengatakan para pemainnya harus memperbaiki penyelesaian akhir.',
  'Kementerian Kesehatan mencatat 312 kasus baru demam berdarah dengue pekan lalu, menurun dibandingkan pekan sebelumnya. Jawa Barat mencatat jumlah kasus tertinggi.',
  'Nilai ekspor Indonesia naik 8,2 persen menjadi 22,3 miliar dolar AS pada Juli, didorong oleh permintaan batu bara dan minyak sawit, menurut Badan Pusat Statistik.',
  'Dewan Perwakilan Rakyat mengesahkan rancangan undang-undang tentang perubahan APBN dalam rapat paripurna, Selasa. Seluruh fraksi menyatakan setuju, kecuali satu fraksi yang memberikan catatan.',
  // Words with another sense in Indonesian than in Malay: polis (insurance policy), kereta (train), pasukan
  // (troops), perlawanan (resistance), rangkaian (series), pemandu (guide), patut (diduga), boleh, semalam …
  'Pemegang polis asuransi jiwa boleh mengajukan klaim paling lambat 30 hari setelah kejadian. Perusahaan asuransi wajib membayar klaim polis yang sah, dan nasabah patut menyimpan salinan polis dengan baik.',
  'Kereta cepat Jakarta-Bandung mengangkut lebih dari 20 ribu penumpang semalam. Rangkaian acara perayaan ulang tahun pertama kereta itu digelar di stasiun Halim dengan pemandu wisata dan pertunjukan musik.',
  'Pasukan gabungan TNI dan Polri mendapat perlawanan dari kelompok bersenjata di pegunungan. Dua prajurit terluka dan dievakuasi ke rumah sakit di Timika, ungkap juru bicara Kodam.',
  'Majelis hakim menilai terdakwa patut diduga menerima gratifikasi. Hakim ketua menyatakan perbuatan terdakwa telah memenuhi unsur pasal yang didakwakan jaksa penuntut umum.',
  'Rektor melantik tiga doktor baru dalam sidang terbuka senat. Para peminat program doktor diminta mendaftar secara daring sebelum akhir bulan, kata dia.',
];

// Single sentences with one or two markers only: amounts in RM, Malaysian months and titles, and vocabulary
// (reman, digalakkan, peperiksaan, pengundi, jururawat, menafikan, disaman …), against their Indonesian twins.
const MALAYSIAN_SENTENCES = [
  'Harga tiket dijual pada RM35 seorang mulai esok.',
  'Majlis itu dirasmikan oleh Datuk Bandar pada Isnin lalu.',
  'Pelancong asing digalakkan mendapatkan pas sebelum memasuki taman negara.',
  'Keputusan peperiksaan akan diumumkan pada bulan Mac.',
  'Suspek direman selama tujuh hari bagi membantu siasatan.',
  'Kesesakan lalu lintas dijangka berlaku di lebuh raya utama menjelang cuti perayaan.',
  'Pemandu lori itu cedera parah dan dikejarkan ke hospital.',
  'Syarikat itu mencatatkan keuntungan bersih sebanyak RM45 juta bagi suku pertama.',
  'Sesi persekolahan baharu bermula pada Januari depan.',
  'Pengundi dinasihatkan membawa kad pengenalan ke pusat mengundi.',
  'Beliau berkata pihaknya akan mengambil tindakan tegas terhadap peniaga yang menaikkan harga.',
  'Orang ramai boleh membuat aduan menerusi talian hotline yang disediakan.',
  'Dia mahu menjadi jururawat selepas tamat pengajian.',
  'Encik Ahmad menafikan dakwaan tersebut dalam satu kenyataan media.',
  'Kenderaan yang diletakkan secara haram akan disaman.',
];

const INDONESIAN_SENTENCES = [
  'Harga tiket dijual Rp35.000 per orang mulai besok.',
  'Acara itu diresmikan oleh wali kota pada Senin lalu.',
  'Wisatawan asing diimbau membeli tiket sebelum memasuki taman nasional.',
  'Hasil ujian akan diumumkan pada bulan Maret.',
  'Tersangka ditahan selama tujuh hari untuk kepentingan penyidikan.',
  'Kemacetan diperkirakan terjadi di jalan tol utama menjelang libur Lebaran.',
  'Sopir truk itu luka parah dan dilarikan ke rumah sakit.',
  'Perusahaan itu membukukan laba bersih Rp45 miliar pada kuartal pertama.',
  'Tahun ajaran baru dimulai pada Juli mendatang.',
  'Pemilih diimbau membawa KTP ke tempat pemungutan suara.',
  'Dia mengatakan pihaknya akan menindak tegas pedagang yang menaikkan harga.',
  'Masyarakat bisa menyampaikan pengaduan melalui layanan hotline yang disediakan.',
  'Dia ingin menjadi perawat setelah lulus kuliah.',
  'Ahmad membantah tuduhan tersebut dalam keterangan pers.',
  'Kendaraan yang parkir sembarangan akan ditilang.',
  // Words Indonesian shares with colloquial or other senses in Malay: di hadapan, awak (crew), Wang (a name).
  'Di hadapan para awak media, ia mengaku tak tahu soal itu.',
  'Wang Yi bertemu Menteri Luar Negeri di Beijing.',
];

describe('Malay (Malaysian) and Indonesian news paragraphs', () => {
  it.each(MALAYSIAN)('Malaysian: %s', (text) => {
    expect(detectLanguage(text).language).toBe('ms');
  });
  it.each(INDONESIAN)('Indonesian: %s', (text) => {
    expect(detectLanguage(text).language).toBe('id');
  });
});

describe('Malay and Indonesian news sentences with few markers', () => {
  it.each(MALAYSIAN_SENTENCES)('Malaysian: %s', (text) => {
    expect(detectLanguage(text).language).toBe('ms');
  });
  it.each(INDONESIAN_SENTENCES)('Indonesian: %s', (text) => {
    expect(detectLanguage(text).language).toBe('id');
  });
});
