// Words of Indonesian and Malay (one standard language, Malay, in two national varieties).
// Written from general knowledge of both varieties. The lists that tell the two apart are in malay.ts.

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

