// Indonesian word lists used by the extractor and the reference resolver. All entries are lowercase.
import { MALAY_WEEKDAYS, WEEKDAYS } from './calendar.js';

const set = (words: string) => new Set(words.trim().split(/\s+/));
/**
 * A table looked up by a word of the text: without a prototype, so "constructor" or "toString" finds nothing
 * instead of Object's built-ins ("Constructor Budi mengatakan …" crashed titleAt once).
 */
const table = <T>(entries: Record<string, T>): Readonly<Record<string, T>> => Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
const MALAY_WEEKDAY_NAMES = Object.keys(MALAY_WEEKDAYS).join(' ');

/** Cue verbs that follow a quote or clause, bare or with -nya: "ujarnya", "kata Rudiantara". */
export const AFTER_CUES = set(`
  ujar kata jelas tambah ungkap tutur tegas terang papar imbuh lanjut sebut tulis ucap bilang klaim aku
  tandas pungkas kilah cetus seru ungkapnya sambung beber urai tukas timpal`);

/** Verbs of saying or finding that report a clause: "X mengatakan (bahwa) …". */
export const SPEECH_VERBS = set(`
  mengatakan menyatakan mengungkapkan mengungkap menjelaskan menegaskan menyebutkan menyebut menambahkan
  menuturkan membantah mengklaim melaporkan menilai menekankan menyerukan memperkirakan mengingatkan
  menyarankan menyingkapkan mengakui memastikan memprediksi memperingatkan berkata mengemukakan menduga
  meyakini mengumumkan menulis menuliskan mencatat menyampaikan berpendapat mengaku menerangkan memaparkan menuduh
  memberitahu memaklumkan mendedahkan mengulas menafikan mendakwa menjawab membenarkan`);

/**
 * Verbs of saying whose object is always what was said, even a clause without a verb ("mengatakan defisit aman"); the
 * others may take a plain noun phrase ("membantah kabar tersebut", "mengungkapkan kebanggaannya").
 */
export const CLAUSE_SPEECH_VERBS = set(`
  mengatakan menyatakan berkata menuturkan menambahkan mengemukakan berpendapat menilai memperkirakan menduga meyakini
  memprediksi menekankan menerangkan`);

/** Speech verbs that report a clause only with "bahwa" ("menyampaikan undangan" is not speech). */
export const WEAK_SPEECH_VERBS = set(`
  menyampaikan menulis menuliskan mencatat mengumumkan melaporkan mengakui memastikan mengingatkan menyarankan menekankan
  menyerukan menyingkapkan memperingatkan meyakini mengungkap menilai menduga menuduh
  memberitahu memaklumkan mendedahkan mengulas menafikan mendakwa menjawab membenarkan`);

/**
 * Weak speech verbs that bid rather than state: their object with a passive ("menyarankan hal itu dilakukan") is what
 * should be done, no claim; they report a clause only with "bahwa" or a predicate marker.
 */
export const BIDDING_SPEECH_VERBS = set('menyarankan menyerukan mengingatkan memperingatkan menekankan');

/**
 * Verbs that name the noun before them and belong to its noun phrase ("Pedagang bernama Sutrisno mengaku …", "Seorang
 * pria berinisial AS (35) ditangkap …"): never the clause's predicate when a name follows.
 */
export const NAMING_VERBS = set('bernama berinisial berjuluk bergelar bernama lengkap');

/** Verbs that report what follows their comma, never a bare object: Malaysian "Beliau menambah, …". */
export const COMMA_SPEECH_VERBS = set('menambah');

/** Words that open a source phrase before the clause: "Menurut X,", "Dilansir dari X,". */
export const SOURCE_OPENERS = [
  'menurut', 'mengikut', 'dilansir dari', 'dilansir', 'mengutip', 'seperti dikutip dari', 'seperti dilansir dari', 'seperti dilansir',
  'dikutip dari', 'sebagaimana dikutip dari',
  'seperti diberitakan', 'sebagaimana diberitakan', 'seperti dilaporkan', 'seperti dikutip', 'dikutip',
  'berdasarkan data', 'berdasarkan informasi', 'berdasarkan laporan', 'berdasarkan keterangan', 'berdasarkan hasil',
];

/** Words describing a report rather than naming its author: "laporan dari Reuters" → Reuters. */
export const SOURCE_NOUNS = set(`
  laporan data keterangan pernyataan situs laman siaran rilis kantor berita media resmi akun unggahan catatan hitungan perhitungan`);

/** Markers that, after a relative clause's verb and before a verb, open the main predicate ("yang mengungsi akan mendapat"). */
export const REL_ENDING_MARKERS = set('akan telah sudah harus wajib bisa dapat masih belum sedang tengah');

/** Copulas and list words that end a relative clause and open the main predicate ("yang disita adalah …", "yang terdampak meliputi …"). */
export const REL_CLOSERS = set('adalah merupakan ialah yaitu yakni meliputi');

/** Sequence adverbs that may stand between a subject and its verb ("Polisi kemudian menangkap …"). */
export const SEQUENCE_ADVERBS = set('juga pun kembali kemudian lalu');

/** Words that mark the start of a predicate: aspect, modality, negation, copulas, degree. */
export const PREDICATE_MARKERS = set(`
  telah akan sudah sedang tengah masih belum tidak tak bukan bisa dapat harus perlu ingin mau pernah sempat
  mulai siap hendak juga adalah merupakan ialah menjadi ada sering selalu biasanya kemungkinan mungkin
  cenderung terus tetap hanya terlalu sangat lebih paling cukup segera kini pun tidaklah bakal
  wajib enggan berhasil gagal kerap jarang sepertinya agaknya sulit mudah
  boleh mesti turut sentiasa cuba mahu kekal`);

/**
 * Adjectives that stand as the whole predicate of a reported clause with no verb: "Budi mengatakan stok aman hingga
 * Lebaran", "Harga cabai masih tinggi, papar Budi". Only words that are rarely a noun or a name.
 */
export const PREDICATE_ADJECTIVES = set(`
  aman stabil normal kondusif lancar cukup tinggi rendah mahal murah langka kosong penuh padat sepi rusak parah
  sehat positif negatif wajar mendesak lengkap sah ilegal hoaks palsu sulit mudah`);

/** Common verbs without a verbal prefix. */
export const BARE_VERBS = set(`
  naik turun tiba datang pecah tampil pergi pulang masuk keluar tumbuh jatuh lahir tinggal hidup mati
  kembali lolos menang kalah belajar bekerja tewas hilang minta punya suka tahu ikut rasa percaya lupa
  sejalan setara serupa mirip identik cocok layak mampu ramai viral`);

/** Prepositions after which a verb-shaped word is a nominal ("untuk menjalankan", "dengan menawarkan"). */
export const PREPOSITIONS = set(`
  menerusi kepada untuk dengan tentang dalam bagi sebelum setelah tanpa dari pada ke oleh di daripada guna demi soal mengenai
  terhadap agar supaya sambil cara`);

/** Words with a verb-like prefix that are not verbs. */
export const NOT_VERBS = set(`
  mereka media meja menit menteri menara merek mesin metode meter medan mei melalui menurut mengenai meski
  meskipun merah mental memang menuju menjelang mengapa melainkan mesir meksiko menko menkeu menlu mendagri
  menhan menkes mendikbud menpora menag mensos mentan menperin mendag meninggal menengah
  berita beras berat bersama berbagai berdasarkan berkat beranda berikut berikutnya berkas beruang bersih
  berapa benar beserta bertahun-tahun berupa
  dia diri dirinya dinas direktur direksi dimana digital diskusi diplomat diplomatik diplomasi dinamis
  dinamika dini dingin divisi distrik dividen dialog diet diesel diagnosis diantaranya disini disana dirut
  terakhir tertentu terbesar terbaik terbaru tertinggi terendah terkecil terkuat terlama terpopuler terkaya
  terpenting terbanyak termasuk terhadap tersebut terutama terlalu terus teroris terorisme teritori teras
  tersangka terdakwa tergugat terpidana tertuduh terlapor terapi menerusi berikutan berhubung terpisah
  terminal teknologi tentang tertua termurah termahal terdekat terjauh terkini terlebih ternyata`);

/** Words that open a leading adverbial phrase (dropped before the subject). */
export const ADVERBIAL_OPENERS = set(`
  dalam sementara dengan melalui namun di pada sebelumnya selain terkait menanggapi untuk bagi meski
  meskipun walaupun walau karena setelah sesudah sebelum saat ketika selama sejak hari kemarin tahun bulan
  minggu jadi toh tentunya tentu perbandingannya daripada akibatnya oleh adapun kendati seiring sebab
  apalagi padahal lalu kemudian selanjutnya sayangnya sedangkan bahkan atas berdasarkan sesuai seperti
  sebagai dan tetapi tapi mungkin kemungkinan akhirnya nah maka sehingga agar supaya jika kalau apabila
  bila usai pasca menjelang hingga sampai gara-gara berkat demi tanpa mengingat menyusul sekarang kini
  tadi pagi siang sore malam ${WEEKDAYS.join(' ')} saat ini baru-baru misalnya
  intinya selebihnya biasanya umumnya awalnya sebagaimana
  semasa manakala justeru bagaimanapun berikutan susulan menerusi ${MALAY_WEEKDAY_NAMES} ahad semalam esok`);

/** Single words dropped at the start of a clause without a comma ("Tentunya Tiongkok akan …"). */
export const CLAUSE_OPENERS = set(`
  dan namun tetapi tapi jadi toh tentunya mungkin kemungkinan sayangnya akhirnya lalu kemudian bahkan
  sementara padahal maka sedangkan serta saja manakala terpisah sebenarnya`);

/** Phrases dropped at the start of a clause without a comma ("Lebih lanjut Apple mengungkapkan, …"). */
export const PHRASE_OPENERS = [
  'lebih lanjut', 'tak hanya itu', 'tidak hanya itu', 'selain itu', 'di sisi lain', 'oleh karena itu', 'oleh sebab itu',
  'untuk itu', 'dengan demikian', 'meski demikian', 'namun demikian', 'sementara itu', 'di samping itu',
].map((p) => p.split(' '));

/**
 * Sentence adverbs that stand between the subject and its predicate ("Budi kemudian mengaitkan …", "Hal ini
 * rupanya dipicu …"): they open the predicate, never end the subject.
 */
export const SUBJECT_ADVERBS = set(`
  kemudian langsung rupanya ternyata justru memang sebenarnya sesungguhnya akhirnya selanjutnya lantas pula tampaknya sepertinya agaknya kiranya`);

/** Adverbs that make up a would-be subject on their own ("…, sama sekali tidak bisa …", "seharusnya dibayar …"). */
export const ADVERB_SUBJECTS = set(`
  sama sekali seharusnya semestinya sebaiknya mestinya sepertinya tampaknya agaknya rupanya ternyata justru memang sebelumnya langsung segera lantas`);

/** Aspect, modality and negation that open the predicate of a clause's own subject after "dan" ("para penghuni sudah tenang"). */
export const CLAUSE_MARKERS = set('sudah telah akan tidak tak belum sedang tengah masih juga pun tetap harus bisa dapat');

/** Nouns of time that a demonstrative makes a time phrase dating its clause ("Saat itu juga dilakukan …"). */
export const TIME_HEADS = set('saat ketika waktu kala masa');

/** Conjunctions and subordinators that, at its end, show a would-be subject is none ("Kasihan para pedagang jika disita"). */
export const SUBORDINATORS = set('atau jika kalau bila apabila sejak serta');

/** Words that open a reported clause after a verb of saying, as bahwa does ("menegaskan supaya Facebook …"). */
export const COMPLEMENTIZERS = set('supaya agar');

/** Conjunctions that join coordinated predicates or clauses. */
export const CONJUNCTIONS = set('dan serta lalu kemudian tetapi tapi namun sedangkan sambil dengan manakala');

/** Words that end a name in a cue phrase: "Kori Schulman di sebuah postingan". */
export const NAME_STOPS = set(`
  di pada dalam kepada saat ketika seperti usai dari yang dan kepada kemarin saat sebelum setelah selaku
  melalui via sambil ${WEEKDAYS.join(' ')} lalu tadi menanggapi terkait
  semasa menerusi ${MALAY_WEEKDAY_NAMES} ahad semalam esok`);

/** Kinship nouns that stand before a name like a role ("istri Budi"), yet name another person. */
export const KIN_ROLES = set('istri suami ayah anak adik kakak');

/** Role and title words left out of names ("Wakil CEO Sberbank, Alexander Vedyakhin" → Alexander Vedyakhin). */
export const ROLES = set(`
  presiden wakil wapres menteri menko menkeu menlu mendagri menhan menkes mendikbud menpora menag mensos
  mentan menperin mendag ketua direktur dirut ceo cfo coo cto kepala juru bicara jubir gubernur bupati
  wali walikota kapolri kapolda kapolres kapolsek jenderal brigjen irjen komjen kombes akbp letjen mayjen
  kolonel laksamana marsekal panglima kasad dr dr. prof prof. h. hj. ir. drs. tn. tn ny. ny nn. nn bapak pak
  ibu bu sang asisten pendiri analis ekonom pengamat peneliti anggota sekretaris sekjen staf khusus senior
  pelatih kapten perdana raja ratu pangeran utama eksekutif umum pimpinan pemimpin komisaris deputi dirjen
  direktorat kepala kabid kasubdit manajer manager kuasa hukum pengacara profesor dosen guru besar kabag
  koordinator plt. plt pj. pj ketum sekretaris juru bicaranya penasihat duta besar dubes menteri-menteri
  presdir founder co-founder managing partner chairman chief officer vice head ${[...KIN_ROLES].join(' ')}
  timbalan naib pengarah pengerusi setiausaha pesuruhjaya penolong pegawai ahli datuk dato datin tun tunku tengku
  pol pol. mantan eks encik yb ybhg s.h. s.e. m.m. m.si. ph.d. sst. spd. m.a. m.sc. s.t. s.kom. ns ns. s.kep m.kep pihak
  kasat kasatreskrim kasatnarkoba kasatresnarkoba kasatlantas kasatintelkam kanit dirreskrimum dirreskrimsus dirresnarkoba
  dirlantas kabidhumas kajari kajati kajagung danrem dandim pangdam danlanud kadis kadinkes kalapas karutan sekda camat lurah
  wabup wagub wawali menkumham menkominfo menhub menaker mentan menparekraf menpan kompol akp iptu ipda aiptu aipda bripka
  brigadir briptu bripda letkol mayor marsma laksma laksda dokter bidan perawat`);

/** Roles followed by their field in lower case before the name: "analis pasar komoditas Ibrahim", "pengamat politik Budi". */
export const FIELD_ROLES = set('analis pengamat ekonom peneliti dosen');

/** Capitalised words that qualify a role ("Menteri Keuangan", "Presiden Rusia") rather than name a person. */
/**
 * Words that close an organisation's or a place's name inside an office before a person's name: "Kepala Badan Pangan
 * Nasional Arief Prasetyo Adi", "Ketua Pengadilan Negeri Bandung …" (the name after them is the person's).
 */
export const ORG_ENDINGS = set('nasional pusat daerah negeri indonesia ri dki');

/** Words of a region after which one capitalised word is the place: "Kabupaten Bandung", "Kota Bogor", "Provinsi Riau". */
export const PLACE_MARKERS = set('kabupaten kota provinsi kecamatan kelurahan desa kab. kab');

/**
 * Regions that stand after a regional office before the holder's name: "Bupati Bogor Ade Yasin", "Kepala Dinas
 * Kesehatan Sleman Cahya Purnama". Only plain place names that are no common part of a person's name.
 */
export const REGION_NAMES = set(`
  aceh sumut sumbar riau kepri jambi sumsel bengkulu lampung babel banten jakarta dki jabar jateng diy yogyakarta jatim
  bali ntb ntt kalbar kalteng kalsel kaltim kaltara sulut sulteng sulsel sultra gorontalo sulbar maluku malut papua
  bogor bekasi depok tangerang bandung cirebon garut sukabumi cianjur karawang purwakarta subang indramayu tasikmalaya
  ciamis semarang surakarta magelang klaten sleman bantul gunungkidul surabaya sidoarjo gresik kediri blitar jember
  banyuwangi madiun pasuruan probolinggo mojokerto medan palembang pekanbaru batam makassar manado balikpapan samarinda
  pontianak banjarmasin denpasar badung gianyar mataram kupang jayapura ambon kendari mamuju serang cilegon lebak
  pandeglang`);

export const ROLE_DOMAINS = set(`
  keuangan luar negeri dalam pertahanan kesehatan perdagangan perindustrian pendidikan agama sosial hukum
  perhubungan pertanian kominfo bumn esdm pupr pariwisata kelautan perikanan ketenagakerjaan keamanan
  koordinator bidang perekonomian polhukam investasi kebudayaan riset teknologi komunikasi informatika anggaran pajak perbendaharaan
  rusia china tiongkok amerika serikat as indonesia ri jepang korea selatan utara inggris prancis perancis
  jerman india ukraina israel palestina iran arab saudi malaysia singapura australia turki mesir
  eksekutif republik rakyat daerah provinsi kota kabupaten negara umum utama
  polis kewangan kesihatan pengangkutan antarabangsa industri ekonomi belia sukan parlimen agung negeri besar
  narkoba reskrim reskrimum reskrimsus resnarkoba lantas intelkam humas binmas sabhara propam`);

/** Words of an office's domain that are also common parts of a person's name: "Direktur Utama" but "Puji Utama", "Agung Laksono". */
export const NAME_LIKE_DOMAINS = set('utama agung');

/**
 * Malaysian honorifics that are also a word of an Indonesian name ("Puan Maharani", "Cik Ditiro"): a title only
 * before a name of two words or more ("Puan Siti Aminah").
 */
export const SOFT_TITLES = set('puan cik');

/** Personal pronouns resolved to a person. */
export const PERSON_PRONOUNS = set('ia dia beliau');
/** First-person pronouns in a quote: the speaker. */
export const SPEAKER_PRONOUNS = set('saya aku');

/** Class nouns that a demonstrative turns into a reference: "bank ini", "perusahaan tersebut". */
export const CLASS_NOUNS = set(`
  bank perusahaan negara pemerintah lembaga organisasi partai kota klub tim startup platform aplikasi
  kementerian badan institusi emiten raksasa produsen pabrikan maskapai operator universitas kampus
  provinsi kabupaten grup kelompok komunitas asosiasi koalisi otoritas pihak`);
export const DEMONSTRATIVES = set('ini itu tersebut');

/** Words opening a trailing adverbial or subordinate segment that is not part of the action. */
export const TRAILING_ADVERBIALS = set(`
  di pada dalam karena sehingga meski meskipun walaupun walau alih-alih sementara ketika saat setelah sesudah
  sebelum usai mengingat demi agar supaya jika kalau apabila bila kendati padahal sejalan sebab hingga guna terutama khususnya
  semasa`);

/** Words of a speaker's advice or address, which news in its own voice does not use: "Lapas seharusnya dibenahi", "Anda". */
export const SPOKEN_WORDS = set('jangan sebaiknya seharusnya semestinya anda kalian kamu');

/** Contrasts opening a sentence that goes on with what the sentence before reported: "Namun dia berhalangan hadir." */
export const REPORT_CONTRASTS = set('namun tetapi tapi sayangnya hanya');

/** Demonstratives standing alone for the event just told: "Ini menyusul …", "Hal itu menyusul …". */
export const DEMONSTRATIVE_ACTORS = new Set(['ini', 'itu', 'hal ini', 'hal itu', 'hal tersebut']);

/** Verbs by which such a demonstrative links the event to an earlier one, saying nothing of it: "Ini menyusul protes …". */
export const SEQUEL_VERBS = set('menyusul');

/**
 * Verbs that present what they are about after them, with no subject before: "ada 14 kecamatan yang …",
 * "ditemukan empat ponsel …", "beredar kabar bahwa …". The thing presented is the actor.
 */
export const PRESENTATIONAL = set(`
  ada terdapat terjadi muncul beredar ditemukan dilakukan digelar tersedia tercatat tersisa berlangsung
  timbul hadir tampak terlihat didapati`);

/** Impersonal passives of knowing and seeing that state the clause after them: "dapat dipastikan kabar itu hoaks". */
export const IMPERSONAL_CUES = set('dipastikan terpantau terungkap disebutkan dikabarkan diberitakan tertulis tercantum');

/**
 * Impersonal passives that read on in a document named before: "Dalam RPP itu, … Disebutkan pula tunjangan akan
 * dihapus." / "Tercantum juga …": what they state is the document's.
 */
export const DOCUMENT_CUES = set('disebutkan disebut tertulis tercantum tertuang dipaparkan dijelaskan diuraikan dirinci');

/** Adverbs between an impersonal passive and what it states: "Disebutkan pula …", "Dijelaskan juga bahwa …". */
export const ALSO = set('pula juga pun');

/** Nouns of a report whose author's bahwa clause is reported: "pengumuman yang dikeluarkan BPOM bahwa …". */
export const REPORT_NOUNS = set('pengumuman pernyataan laporan keterangan klaim rilis temuan kesimpulan keputusan penegasan');

/** Passives of claiming in a relative clause before their agent: "material yang diklaim Apple membuat …". */
export const CLAIMING_PASSIVES = set('diklaim disebut dinilai diyakini dianggap');

/** Passives of issuing that join a report noun to its author: "pengumuman yang dikeluarkan BPOM bahwa …". */
export const ISSUING_PASSIVES = set('dikeluarkan disampaikan dirilis diterbitkan diumumkan');

/** Passives of gathering that join a noun of information to who gathered it: "informasi yang dihimpun Kompas.com". */
export const GATHERING_PASSIVES = set('dihimpun diperoleh diterima dikumpulkan didapat didapatkan dihimpunnya');

/**
 * Documents that speak for their authors when a clause is read "in" them: "Dalam RPP tersebut, pemerintah wajib …",
 * "Dalam laporan itu disebutkan bahwa …". The document is the source.
 */
export const DOCUMENT_NOUNS = set(`
  rpp rancangan peraturan perpres pp permen perda uu undang-undang laporan dokumen surat draf draft paparan naskah memo
  kajian studi survei penelitian riset putusan edaran pasal aturan regulasi kontrak perjanjian nota rilis siaran`);

/** Words that open a list after its head, in a sentence with no verb: "Barang bukti lain di antaranya: dua mobil, …". */
export const LIST_MARKERS = ['di antaranya', 'diantaranya', 'antara lain', 'yakni', 'yaitu', 'meliputi'];

/** Nouns and names in -kan or -lah that open a sentence as its subject, no imperative: "Masalah itu …", "Pemerintah …". */
export const IMPERATIVE_LOOKALIKES = set('bukan makan ikan sekolah masalah jumlah sejarah wilayah pemerintah allah abdullah');

/** Prepositions of a topic phrase that a passive after it is about: "Soal pembatasan akses ini, sebelumnya diungkap …". */
export const TOPIC_PREPOSITIONS = set('soal terkait mengenai tentang perihal');

/** Openings of a pseudo-cleft before a reported clause: "yang terjadi adalah petugas memeriksa …". */
export const PSEUDO_CLEFTS = ['yang terjadi adalah', 'yang terjadi ialah', 'yang sebenarnya terjadi adalah', 'yang sebenarnya terjadi ialah'];

/** Short forms of offices, spelled out to meet the role written in full earlier ("Menkeu" after "Menteri Keuangan Sri Mulyani"). */
export const ROLE_ABBREVIATIONS = table<string>({
  menkeu: 'menteri keuangan', menlu: 'menteri luar negeri', mendagri: 'menteri dalam negeri', menhan: 'menteri pertahanan',
  menkes: 'menteri kesehatan', mendag: 'menteri perdagangan', menperin: 'menteri perindustrian', mentan: 'menteri pertanian',
  menag: 'menteri agama', mensos: 'menteri sosial', menpora: 'menteri pemuda dan olahraga', wapres: 'wakil presiden',
  menkumham: 'menteri hukum dan ham', menkominfo: 'menteri komunikasi dan informatika', menhub: 'menteri perhubungan',
  menaker: 'menteri ketenagakerjaan',
});

/** Titles that mark the name after them as a person's ("Kombes Budi", "Pak Budi"), read as a role's last word. */
export const PERSONAL_TITLE = /^(?:brigjen|irjen|komjen|kombes|akbp|kompol|akp|iptu|ipda|aiptu|aipda|bripka|brigadir|briptu|bripda|letkol|mayor|jenderal|letjen|mayjen|kolonel|laksamana|marsekal|pak|bu|bapak|ibu|dr\.?|prof\.?|tn\.?|ny\.?|nn\.?|h\.|hj\.|ns\.?|sang)$/;

/** "We" of a speaker: the speaker's organisation does what "kami" or "pihaknya" does. */
export const WE_WORDS = new Set(['kami', 'kita', 'pihaknya', 'pihak kami']);

/** The head noun of a description → the kinds of organisation it can name; the head word itself also matches names holding it. */
export const DESCRIPTION_HEADS = table<string[]>({
  bank: ['bank'],
  perusahaan: ['company'], perseroan: ['company'], emiten: ['company'], korporasi: ['company'],
  lembaga: ['agency'], institusi: ['agency'], instansi: ['agency'], badan: ['agency'], organisasi: ['agency', 'association'],
  komisi: [], otoritas: [], komite: [], dewan: [],
  kementerian: ['ministry'], partai: ['party'], universitas: ['university'], kampus: ['university'],
  maskapai: ['airline'], asosiasi: ['association'],
  // things other than organisations, named earlier ("SMA Negeri 5 …" → "sekolah tersebut", "aplikasi Gocar" → "aplikasi ini",
  // "Peraturan Menteri Nomor 8" → "peraturan itu"); they never fall back to the last actor
  sekolah: ['school'], madrasah: ['school'], pesantren: ['school'], aplikasi: ['app'], peraturan: ['regulation'], regulasi: ['regulation'],
});

/**
 * Words in -nya that are no noun owned by someone ("Akibatnya", "Dirinya", "Keduanya"): "Aksinya diikuti …" means the
 * action of the one the sentence before was about; these do not.
 */
export const NYA_NOT_OWNED = set(`
  akibatnya sebelumnya selanjutnya sesudahnya setelahnya sayangnya tentunya biasanya umumnya awalnya intinya selebihnya misalnya
  katanya rupanya tampaknya nampaknya sepertinya agaknya kiranya sebaliknya akhirnya lainnya semuanya seluruhnya
  dirinya keduanya ketiganya keempatnya kelimanya pihaknya sebagiannya salahsatunya mestinya seharusnya semestinya sebaiknya
  hasilnya caranya terutamanya khususnya utamanya nyatanya sesungguhnya sebenarnya`);

/** Nouns of time that with a demonstrative name a time, never a thing named earlier ("tahun ini" is no "Tahun Baru Imlek"). */
export const DEMONSTRATIVE_TIMES = set('hari tahun bulan minggu pekan kali pagi siang sore malam abad musim periode era zaman');

/** Words that end a noun's modifiers ("permen berbentuk dot yang …", "permen dan minuman"), besides trailing adverbials. */
export const NOUN_PHRASE_STOPS = set('yang dan atau serta ke dari untuk dengan oleh ini itu tersebut adalah merupakan juga telah sudah akan sedang');

/** Passives of saying: "Hal ini diutarakan oleh X" is about the statement before, not the thing it was about. */
export const SAYING_PASSIVES = set(`
  diutarakan disampaikan dikatakan diungkapkan diungkap dijelaskan ditegaskan disebutkan disebut dinyatakan diakui dibenarkan
  dibantah dikemukakan dipaparkan diterangkan ditambahkan dilaporkan diumumkan dituturkan`);

/**
 * meN- verbs of a change or a state, not an agent's act on something ("Inflasi mencapai 2,1 persen", "Ajakan itu menyebar"):
 * after them "Hal ini" is the thing that changed.
 */
export const CHANGE_VERBS = set(`
  meningkat menurun melonjak membaik memburuk meluas menguat melemah merosot meluap menyebar menyusut membengkak menipis
  mencapai menjadi menyentuh melambat mereda memanas`);

/** Subjects that are no matter "Hal ini" can stand for: "Anda", "-nya", and "hal"/"ini"/"itu" themselves. */
export const NO_MATTER_OWNERS = set('anda -nya hal ini itu');

/**
 * Heads of a description of a person ("pria kelahiran Ponorogo ini", "mantan menteri itu", "politikus senior tersebut"):
 * with a demonstrative they stand for the person named before. Role words head such descriptions too ("menteri itu").
 */
export const PERSON_HEADS = set(`
  pria wanita perempuan lelaki laki-laki sosok mantan eks politikus politisi purnawirawan pengusaha artis aktor aktris penyanyi
  atlet pebulu tokoh ulama kiai pejabat jenderal perwira legislator senator bocah remaja`);

/** Role words that head no person's description: "pihak itu" is a side, "anggota tersebut" one of many. */
export const NOT_PERSON_HEADS = set('pihak anggota staf utama umum khusus senior');

/** Kinds of description that stand only for a name of their kind: with none earlier they stay as written. */
export const THING_KINDS = new Set(['school', 'app', 'regulation']);

/** Words opening a phrase of origin inside a description ("perusahaan asal Korea ini", "raksasa dari Cupertino itu"). */
export const ORIGIN_LINKS = new Set(['asal', 'dari', 'berbasis']);

/** Heads that name the organisation of the article without a demonstrative ("Perseroan mencatat ..."). */
export const BARE_HEADS = new Set(['perseroan']);

/** Modifiers that make a description name another organisation, or several ("perusahaan lain itu", "bank-bank"). */
export const NOT_ANAPHORIC = new Set(['lain', 'lainnya', 'yang', 'para', 'semua', 'seluruh', 'sejumlah', 'beberapa', 'banyak', 'asing', 'swasta', 'mana']);

/** Words of a name that give its kind: "PT Waskita Karya Tbk" is a company, "Badan Pusat Statistik" an agency. */
export const NAME_KINDS = table<string>({
  pt: 'company', 'pt.': 'company', perum: 'company', tbk: 'company', 'tbk.': 'company', corp: 'company', 'corp.': 'company',
  corporation: 'company', inc: 'company', 'inc.': 'company', ltd: 'company', 'ltd.': 'company', llc: 'company', plc: 'company',
  gmbh: 'company', ag: 'company', holdings: 'company', group: 'company', company: 'company', persero: 'company',
  badan: 'agency', lembaga: 'agency', komisi: 'agency', otoritas: 'agency', komite: 'agency', agency: 'agency',
  commission: 'agency', authority: 'agency', institute: 'agency', bureau: 'agency', organisasi: 'agency', organization: 'agency',
  kementerian: 'ministry', ministry: 'ministry', departemen: 'ministry', kemenkeu: 'ministry',
  partai: 'party', party: 'party', universitas: 'university', university: 'university', institut: 'university', politeknik: 'university',
  airlines: 'airline', airways: 'airline', air: 'airline', asosiasi: 'association', association: 'association', himpunan: 'association',
  gabungan: 'association', persatuan: 'association', ikatan: 'association',
  sekolah: 'school', sd: 'school', sdn: 'school', smp: 'school', smpn: 'school', sma: 'school', sman: 'school', smk: 'school', smkn: 'school',
  madrasah: 'school', pesantren: 'school', peraturan: 'regulation', perpres: 'regulation', perda: 'regulation', aplikasi: 'app',
});

/** Words that start an organisation's name: a run is cut to begin at the first of them ("Menurut Kementerian Keuangan"). */
export const NAME_OPENERS = new Set([
  'bank', 'pt', 'perum', 'badan', 'lembaga', 'komisi', 'otoritas', 'komite', 'kementerian', 'partai', 'universitas', 'institut', 'asosiasi',
  'dewan', 'organisasi', 'sd', 'sdn', 'smp', 'smpn', 'sma', 'sman', 'smk', 'smkn', 'madrasah', 'pesantren', 'peraturan',
]);

/** Kinds given by the words around a name: "Sberbank, perusahaan asal Rusia" and "perusahaan minyak Saudi Aramco". */
export const KIND_NOUNS = table<string>({
  perusahaan: 'company', perseroan: 'company', emiten: 'company', korporasi: 'company', produsen: 'company', pabrikan: 'company',
  bank: 'bank', lembaga: 'agency', badan: 'agency', institusi: 'agency', maskapai: 'airline', partai: 'party', asosiasi: 'association',
  sekolah: 'school', aplikasi: 'app', peraturan: 'regulation',
});

/** Words before a name that make it a place or an owner, not the organisation ("perusahaan asal Rusia", "bank milik negara China"). */
export const PLACE_LINKS = set('asal dari di ke milik negara kota provinsi untuk oleh dengan dan atau seperti antara');

/** Time words that with "ini" make a time phrase inside a relative clause ("yang saat ini ramai dibahas", "yang sejauh ini"). */
export const REL_TIMES = new Set(['saat', 'sejauh', 'selama', 'hingga', 'sampai', 'kali']);

/** Adverbs of a day between a subject and its predicate ("Polisi kemarin menangkap …"). */
export const TIME_ADVERBS = new Set(['kemarin', 'tadi', 'besok']);

/**
 * Words opening a reporter's aside on where a speaker was reached, set off by commas between the speaker and the verb
 * ("Budi, saat ditemui di kantornya, Senin (2/11), mengatakan …"), with a passive di- verb after them.
 */
export const CONTACT_ASIDE_OPENERS = new Set(['saat', 'ketika', 'waktu', 'usai', 'seusai', 'sewaktu']);

/** Words that may follow a weekday in a time phrase ("Jumat malam", "Senin lalu"). */
export const DAY_PARTS = new Set(['pagi', 'siang', 'sore', 'malam', 'lalu', 'kemarin', 'ini']);

/** Question words: a clause they open asks, even when the question mark was lost ("Siapa penjualnya …"). */
export const QUESTION_WORDS = new Set(['apa', 'siapa', 'berapa', 'bagaimana', 'mengapa', 'kenapa', 'kapan', 'apakah', 'manakah', 'dimana']);

/** Words that open a frame of time or place before an existential clause ("Saat itu ada …"). */
export const FRAME_LINKS = new Set(['ketika', 'saat', 'dimana', 'manakala']);

/** Prepositions and conjunctions that end the subject placed after a passive verb ("telah digunakan data … untuk …"). */
export const POSTPOSED_STOPS = new Set(['untuk', 'oleh', 'di', 'pada', 'dalam', 'sebagai', 'karena', 'agar', 'sejak', 'ke', 'dari', 'dengan', 'bagi']);

/** Words after which a name is an example or an aside, not the head ("seperti Nvidia, yang …"). */
export const EXAMPLE_MARKERS = new Set(['seperti', 'termasuk', 'misalnya', 'contohnya', 'lain', 'yakni', 'yaitu']);

/** Indefinite openers of a noun phrase ("sebuah", "salah satu"): what they open is a description, not a name. */
export const INDEFINITES = new Set(['sebuah', 'seorang', 'salah', 'suatu', 'satu', 'sejenis']);

/** Aspect and sequence words that may stand before a verb and its comma ("telah menerangkan, …", "kemudian menjelaskan, …"). */
export const ASPECT = new Set(['telah', 'sudah', 'juga', 'pun', 'kembali', 'lalu', 'kemudian', 'pernah', 'sempat', 'akan', 'sebelumnya']);

/** Subordinators that, before a verb, open a trailing clause cut from the action ("… sebelum mencoba …"). */
export const SUBORDINATE = new Set(['sebelum', 'setelah', 'sesudah', 'alih-alih', 'seraya', 'sambil', 'usai']);

/** Malaysian titles that stand right before a name (not roles that take a place: "Menteri Besar Johor"). */
export const MALAY_TITLES = new Set(['datuk', 'dato', 'datin', 'tun', 'tunku', 'tengku', 'encik', 'yb', 'ybhg']);

/** Prepositions that name the channel of a statement ("dalam keterangan tertulisnya", "melalui siaran pers"). */
export const CHANNEL_WORDS = new Set(['dalam', 'menerusi', 'melalui', 'lewat']);

/** What a statement is made in ("pernyataan", "keterangan", "wawancara"): after a channel word, not a name. */
export const STATEMENT_NOUNS = new Set(['kenyataan', 'pernyataan', 'keterangan', 'siaran', 'hantaran', 'ucapan', 'sidang', 'surat', 'wawancara', 'temu']);

/** Honorifics before a name ("Pak Budi", "Tn. Ali"): the run after one is a person. */
export const HONORIFICS = new Set(['tn', 'ny', 'nn', 'pak', 'bu', 'bapak', 'ibu', 'dr', 'prof', 'h', 'hj', 'mr', 'mrs', 'ms']);

/** Second words of Malaysian titles: "Tan Sri", "Datuk Seri", "Dato' Sri", "Yang Berhormat", "Toh Puan". */
export const TITLE_PAIRS = table<ReadonlySet<string>>({
  tan: new Set(['sri', 'seri']),
  datuk: new Set(['sri', 'seri']),
  dato: new Set(['sri', 'seri']),
  toh: new Set(['puan']),
  yang: new Set(['berhormat', 'mulia', 'amat', 'berbahagia']),
  amat: new Set(['berhormat', 'mulia']),
});
