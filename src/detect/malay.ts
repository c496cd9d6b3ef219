// Telling Malay (Malaysia, Brunei, Singapore) from Indonesian. Both are standard varieties of one language and
// share most of their words; they differ in a few hundred frequent words and spellings (kerana/karena,
// wang/uang, kenderaan/kendaraan, -iti/-itas, -syen/-si) and in everyday vocabulary (kereta/mobil,
// hospital/rumah sakit, syarikat/perusahaan). Written from knowledge of both standards; weights say how
// reliable a word is (1: used in one variety only; lower: also found in the other, or a common proper name).

function weighted(spec: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of spec.trim().split('\n')) {
    const [weight, words] = line.split('|');
    for (const w of words.trim().split(/\s+/)) map.set(w, Number(weight));
  }
  return map;
}

/** Words (single tokens, lower case) that point to Malay. */
export const MALAY_WORDS = weighted(`
1|kerana bahawa sahaja iaitu wang polis kenderaan mahu selepas menerusi pelbagai sebarang memandangkan justeru
1|manakala kakitangan syarikat mesyuarat jawatankuasa pertubuhan peratus minit kesihatan sihat doktor hospital
1|maklumat parlimen pembangkang perlembagaan peguam jenayah kes isteri berfikir fikiran fikir faham
1|perniagaan peniaga pelaburan pelabur kewangan cukai kemalangan pesakit ubat rawatan kanser berbanding tempoh
1|pengarah pengerusi timbalan setiausaha tentera perlawanan jurulatih kejohanan pingat sukan filem muzik
1|peminat telefon nombor teksi percuma seramai perkhidmatan projek kualiti aktiviti universiti komuniti
1|fasiliti identiti kapasiti realiti integriti majoriti minoriti baharu sebahagian bahagian mengikut mencuba
1|dicuba amaran bomba lebuhraya bilik kedai kasut seluar tingkap tandas gabenor ringgit agong encik
1|memaklumkan dimaklumkan cabaran tempatan antarabangsa bas
1|julai ogos disember isnin khamis jumaat kelmarin rm bhd sdn berhad bilion trilion sifar lapan
1|parti pengundi mengundi kempen kerusi adun pru sprm pdrm suruhanjaya perbandaran bandaraya diraja pertuan datin
1|tunku majlis mukim siasatan menyiasat disiasat suspek tertuduh reman lokap banduan perbicaraan rasuah dadah
1|saman kompaun kastam imigresen pasport lesen insurans akaun pencen bersara persaraan elaun jururawat wabak
1|jangkitan dijangkiti kuarantin wad denggi lori motosikal basikal penunggang stesen trafik kesesakan terbabas
1|kilang pelancongan pelancong usahawan gerai pangsapuri hartanah akhbar perisian bajet belanjawan eksport
1|rekod fizikal kritikal logik praktikal automatik kalendar peperiksaan rasmi jadual inggeris perancis jepun
1|eropah itali sepanyol kemboja palestin solat ustaz syaitan aidilfitri sesiapa sememangnya apatah lagipun
1|mendedahkan didedahkan menafikan dinafikan dijangka dijangkakan menjangkakan jangkaan dianggarkan menganggarkan
1|membabitkan dibabitkan terbabit menggalakkan digalakkan galakan menyokong disokong sokongan menyelaras
1|penyelarasan diperolehi memperolehi menubuhkan ditubuhkan penubuhan setakat terbaharu sejurus korang
1|bisnes temuramah sedar kesedaran matlamat rejim undi tarikh jiran perbualan dibincangkan perbincangan
1|membincangkan berprotes rusuhan dielakkan mengelakkan kebelakangan bekalan
1|kemudiannya notis terjejas dimeterai selari mengandungi pematuhan petua ekoran sempena bersempena
1|tajaan penaja dirasmikan merasmikan perasmian kemuncak pentadbiran mentadbir pengurusan jambatan keretapi
1|juruterbang pekeliling seksyen pindaan dipinda pertuduhan majistret rayuan biasiswa pensyarah kolej
1|tadika spm stpm upsr percutian kdnk belian runcit peruncit bumiputera belia penyokong agensi khabar
1|fakulti strategik klinikal realistik romantik fantastik drastik dramatik sistematik
0.8|penganjur pengurus perundangan susulan berikutan
0.7|anjuran niaga pembinaan pembedahan pakatan bertitah
0.6|mencatatkan kebajikan
0.5|akta faedah sukarelawan titah
0.4|perolehan etnik
0.8|teknikal elektrik sepatutnya dicadangkan mencadangkan persekutuan permit pemandu dipercayai berdepan
0.8|pengangkutan rangkaian kod iraq syria ukraine sungguhpun jawatan
0.7|semasa jabatan berhubung dah datuk dato mac surau kesemua majikan cik yb berlakunya
0.6|kerajaan boleh lelaki mangsa cuba kos bermula kuasa berkuasa askar berkenaan sekiranya mahkamah mendakwa
0.6|mengesahkan usah sila bertolak laman dun pengeluar
0.5|daripada ramai nak bandar esok semalam kereta malaysia bagaimanapun tiada meneruskan diteruskan
0.5|kemudahan selangor johor sabah sarawak kelantan terengganu pahang kedah melaka putrajaya umno petronas
0.5|jun tengku disahkan memberitahu mendapati hutang patut persatuan kumpulan separuh kebenaran kenyataan
0.4|beliau pasukan ahli apabila kerjasama warganegara berlaku awam betul wujud mesti puan
0.3|kanak tak hendak jua turut walau negeri cadangan malah lepas didakwa
`);

/** Words that point to Indonesian. */
export const INDONESIAN_WORDS = weighted(`
1|karena bahwa uang kendaraan yaitu gratis mobil dokter proyek kantor perusahaan panitia bagian sebagian
1|istri mencoba dicoba coba berpikir pikiran pikir pengadilan pengacara kasus layanan bisnis investasi keuangan
1|persen menit detik kemarin sore karyawan pajak kecelakaan korban kesehatan sehat pasien obat kanker pemilu
1|partai parlemen dpr tni polri direktur sekretaris pertandingan pelatih kejuaraan medali olahraga musik
1|penggemar telepon situs kartu nomor toko kamar sepatu celana kue enggak nggak gak ngga sih dong kok banget
1|udah aja gimana kayak gitu kalo emang bisa kabupaten kecamatan kelurahan provinsi bupati gubernur walikota
1|rp rupiah dki kualitas aktivitas universitas komunitas fasilitas identitas kapasitas realitas integritas
1|mayoritas minoritas listrik teknis paham nasehat merilis dirilis televisi stasiun kepolisian kejaksaan
1|pemprov pemkot pemkab ungkapnya tuturnya imbuhnya lanjutnya tentara
1|agustus desember maret juni juli nopember pebruari senin kamis jumat wib wita miliar triliun nol
1|dprd mpr kpk kpu bawaslu polda polres polsek kapolri kapolda kapolres kapolsek pemda apbn apbd bumn tbk
1|komisi tersangka terdakwa penyidik penyidikan jaksa narkoba narkotika vonis divonis tilang narapidana napi
1|lisensi paspor asuransi rekening pensiun perawat terinfeksi karantina dbd truk sepeda pengendara sopir
1|pengemudi bandara macet kemacetan parkir pabrik pariwisata wisatawan wisata wirausaha pedagang warung
1|apartemen koran ponsel unduh mengunduh ekspor impor rekor kode fisik logis otomatis kalender resmi jadwal
1|inggris prancis jepang tiongkok eropa spanyol belgia kamboja palestina irak suriah ukraina britania
1|salat sholat shalat musala mushola ustadz setan idulfitri lebaran umroh adzan sebetulnya ketimbang kendati
1|kendatipun seusai jelang diamankan dilansir melansir balita lansia bocah longsor bensin bbm pangan sembako
1|lingkungan nih deh loh lho doang gini tuh bikin cewek cowok gue elo praktik praktek kontrol
1|diresmikan meresmikan peresmian administrasi manajer manajemen pengelolaan jembatan amandemen ruu
1|otopsi sertifikat beasiswa dosen fakultas libur liburan pdb eceran difabel disabilitas relawan dukungan
1|koalisi tionghoa etnis kabar ijin strategis akademis sistematis klinis realistis romantis fantastis drastis
0.8|autopsi pendukung pribumi dosis
0.6|pasal
0.5|mendukung
0.8|pemerintah polisi saja kapan bilang majelis internasional imigrasi koordinasi wabah tunjangan akun
0.8|kios properti analisa serikat dibanding seharusnya pemberitahuan
0.7|mau tim terkait jokowi oposisi konstitusi menggelar digelar pelaku silakan mahasiswa produksi
0.6|setelah sesudah informasi laki sejumlah usai periode jakarta surabaya bandung yogyakarta makassar semarang
0.6|tangerang bekasi depok bogor sosok pria izin perawatan beragam sekaligus penghasilan kelompok kritis
0.6|apalagi kalian
0.5|saat rapat film bapak pasca indonesia besok dibandingkan belakangan mengungkapkan kejahatan papua jawa
0.5|sumatera sulawesi bali tewas kala gedung setengah padahal yah harus
0.4|memiliki berbagai dimulai jendela makin yakni dimana berupa
0.3|meskipun lewat wakil agar tapi
0.2|menurut
`);

/**
 * Markers spelled like English words (petrol, permit, film …): they tell Malay from Indonesian but are not
 * evidence that a text is Indonesian/Malay rather than English.
 */
export const ALSO_ENGLISH = new Set(
  'hospital film gratis permit iraq syria ukraine mac jun rm yb dun tim wad koran yah'.split(' '),
);

/** Two-word phrases (space-joined tokens) that point to one variety. Place names count once, as weak words. */
export const MALAY_PHRASES = weighted(`
1|pihak berkuasa pilihan raya lebuh raya bola sepak luar negara orang ramai ibu pejabat balai polis
1|menteri besar ketua menteri dewan rakyat ahli parlimen oleh itu tan sri yang berhormat kenal pasti
1|tindak balas sara hidup bahan api alam sekitar lapangan terbang laman web muat turun tahun lepas
1|minggu lepas bulan lepas minggu hadapan tahun hadapan bulan hadapan sekali gus puan sri di pejabat ke pejabat
1|pasar raya walau bagaimanapun kencing manis undangan negeri tunjuk perasaan temu ramah
1|temu bual
0.8|pulau pinang tambahan pula dewan negara pun begitu
0.7|barisan nasional pakatan harapan perikatan nasional mana mana
1|didapati bersalah bedah siasat ikat jamin pendakwa raya rang undang kapal terbang kadar faedah bank negara
1|urus niaga warga emas kerajaan negeri kerajaan persekutuan kerajaan pusat tidak kira bursa malaysia
0.7|kata beliau
0.6|macam mana
0.6|lebih kurang ketika ini datuk seri
0.5|dalam pada
0.5|kuala lumpur negeri sembilan hari raya
`.replace(/(\S+) (\S+)/g, '$1_$2'));

export const INDONESIAN_PHRASES = weighted(`
1|rumah sakit saat ini sepak bola luar negeri kerja sama oleh karena wali kota bank indonesia
1|dewan perwakilan kata dia ujar dia ungkap dia jelas dia tutur dia tambah dia lanjut dia imbuh dia
1|sebut dia terang dia tegas dia bea cukai demam berdarah rumah makan amerika serikat mahkamah konstitusi
1|bahan bakar lalu lintas rancangan undang suku bunga
0.6|warga negara
0.8|jalan tol mahkamah agung
0.6|kurang lebih akan tetapi jawa barat jawa timur jawa tengah
`.replace(/(\S+) (\S+)/g, '$1_$2'));

/** Spellings: Malay -iti and -syen (universiti, televisyen) against Indonesian -itas (universitas). */
function spellingScore(word: string): [ms: number, id: number] {
  if (word.length >= 7 && word.endsWith('itas')) return [0, 1];
  if (word.length >= 7 && word.endsWith('syen')) return [1, 0];
  if (word.length >= 7 && word.endsWith('iti') && !word.endsWith('eliti')) return [0.7, 0];
  return [0, 0];
}

export interface VarietyEvidence {
  malay: number;
  indonesian: number;
}

/** A capitalised word (Wang, Bahagian) is often a name, which says less about the text around it. */
const NAME_WEIGHT = 0.5;

/**
 * Markers that are always written with a capital (titles, months, days, places, countries, parties, bodies,
 * currencies): their capital says nothing about being a name.
 */
const CAPITALISED_BY_CONVENTION = new Set(`
datuk dato datin tunku tengku encik cik puan agong pertuan gabenor julai ogos disember mac jun isnin khamis
jumaat agustus desember maret juni juli nopember pebruari senin kamis jumat rm rp bhd sdn berhad tbk
selangor johor sabah sarawak kelantan terengganu pahang kedah melaka putrajaya malaysia umno petronas
jakarta surabaya bandung yogyakarta makassar semarang tangerang bekasi depok bogor indonesia papua jawa
sumatera sulawesi bali jokowi inggeris perancis jepun eropah itali sepanyol kemboja palestin iraq syria
ukraine inggris prancis jepang tiongkok eropa spanyol belgia kamboja palestina irak suriah ukraina britania
dpr dprd mpr tni polri kpk kpu bawaslu polda polres polsek kapolri kapolda kapolres kapolsek pemda pemprov
pemkot pemkab dki apbn apbd bumn wib wita adun pru sprm pdrm dun yb aidilfitri idulfitri lebaran spm stpm upsr kdnk pdb ruu tionghoa
`.trim().split(/\s+/));

/**
 * Sums the Malay and Indonesian evidence in a list of lower-case word tokens. A weak word (weight below 1,
 * found in both varieties) counts once however often it recurs: a story about a kingdom (kerajaan) or a
 * respected person (beliau) repeats the word without being any more Malay. `capitalised[i]` tells that
 * token i was written with a capital and then small letters (Wang, not WANG or RM): it counts half.
 */
export function varietyEvidence(words: readonly string[], capitalised?: readonly boolean[]): VarietyEvidence {
  let malay = 0;
  let indonesian = 0;
  const seenWeak = new Set<string>();
  const weakOnce = (w: string, weight: number) => {
    if (weight >= 1) return weight;
    if (seenWeak.has(w)) return 0;
    seenWeak.add(w);
    return weight;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const ms = MALAY_WORDS.get(w);
    const id = INDONESIAN_WORDS.get(w);
    const scale = capitalised?.[i] && !CAPITALISED_BY_CONVENTION.has(w) ? NAME_WEIGHT : 1;
    if (ms !== undefined) malay += scale * weakOnce(w, ms);
    else if (id !== undefined) indonesian += scale * weakOnce(w, id);
    else {
      const [s, d] = spellingScore(w);
      malay += s;
      indonesian += d;
    }
    if (i + 1 < words.length) {
      const pair = `${w}_${words[i + 1]}`;
      const ms = MALAY_PHRASES.get(pair);
      const id = INDONESIAN_PHRASES.get(pair);
      if (ms !== undefined) malay += weakOnce(pair, ms);
      if (id !== undefined) indonesian += weakOnce(pair, id);
    }
  }
  return { malay, indonesian };
}
