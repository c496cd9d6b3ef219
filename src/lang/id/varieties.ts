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
1|kerana bahawa sahaja iaitu wang kenderaan mahu selepas menerusi pelbagai sebarang memandangkan justeru
1|kakitangan syarikat mesyuarat jawatankuasa pertubuhan peratus minit kesihatan sihat hospital maklumat
1|parlimen pembangkang perlembagaan peguam jenayah kes isteri perniagaan peniaga pelaburan pelabur kewangan
1|cukai kemalangan pesakit ubat rawatan kanser berbanding tempoh pengarah pengerusi timbalan setiausaha
1|tentera jurulatih kejohanan pingat sukan filem muzik telefon nombor teksi seramai perkhidmatan projek
1|kualiti aktiviti universiti komuniti fasiliti identiti kapasiti realiti integriti majoriti minoriti baharu
1|sebahagian bahagian mengikut mencuba dicuba amaran bomba lebuhraya bilik kedai kasut seluar tingkap tandas
1|gabenor ringgit agong encik memaklumkan dimaklumkan cabaran tempatan antarabangsa bas julai ogos disember
1|isnin khamis jumaat kelmarin rm bhd sdn berhad bilion trilion sifar lapan parti pengundi kempen kerusi adun
1|pru sprm pdrm suruhanjaya perbandaran bandaraya diraja pertuan datin tunku mukim siasatan menyiasat disiasat
1|tertuduh reman lokap banduan perbicaraan rasuah dadah saman kompaun kastam imigresen pasport lesen insurans
1|akaun pencen bersara persaraan elaun jururawat wabak jangkitan dijangkiti kuarantin wad denggi lori
1|motosikal basikal stesen kesesakan terbabas kilang pelancongan pelancong pangsapuri hartanah akhbar perisian
1|bajet belanjawan eksport rekod fizikal kritikal logik praktikal automatik kalendar peperiksaan rasmi jadual
1|inggeris jepun eropah itali sepanyol kemboja palestin syaitan aidilfitri sesiapa sememangnya apatah lagipun
1|mendedahkan didedahkan menafikan dinafikan dijangka dijangkakan menjangkakan jangkaan dianggarkan
1|menganggarkan membabitkan dibabitkan terbabit menggalakkan digalakkan galakan menyokong disokong sokongan
1|menyelaras penyelarasan diperolehi memperolehi menubuhkan ditubuhkan penubuhan setakat terbaharu korang
1|bisnes temuramah sedar kesedaran matlamat rejim tarikh jiran perbualan dibincangkan perbincangan
1|membincangkan berprotes rusuhan dielakkan kebelakangan bekalan kemudiannya notis terjejas dimeterai selari
1|mengandungi pematuhan petua ekoran sempena bersempena tajaan penaja dirasmikan merasmikan perasmian kemuncak
1|pentadbiran mentadbir pengurusan jambatan keretapi juruterbang pekeliling seksyen pindaan dipinda pertuduhan
1|majistret biasiswa pensyarah kolej tadika spm stpm upsr percutian kdnk belian runcit peruncit bumiputera
1|penyokong khabar fakulti strategik klinikal realistik romantik fantastik drastik dramatik sistematik
0.8|penganjur pengurus perundangan susulan berikutan teknikal elektrik sepatutnya dicadangkan mencadangkan
0.8|permit dipercayai berdepan pengangkutan kod sungguhpun jawatan
0.7|manakala majlis anjuran niaga pembinaan pembedahan pakatan bertitah semasa berhubung dah datuk dato mac
0.7|kesemua cik yb berlakunya
0.6|polis berfikir fikiran fikir faham usahawan solat sejurus undi mengelakkan rayuan mencatatkan kebajikan
0.6|kerajaan cuba askar mahkamah mendakwa usah sila bertolak dun pengeluar
0.5|percuma mengundi suspek penunggang trafik agensi akta faedah sukarelawan titah persekutuan pemandu iraq
0.5|syria ukraine surau mangsa nak esok malaysia tiada selangor johor sabah sarawak kelantan terengganu pahang
0.5|kedah melaka putrajaya umno petronas jun tengku persatuan kumpulan separuh
0.4|doktor peminat perancis belia perolehan etnik jabatan majikan lelaki kos bermula kuasa berkenaan sekiranya
0.4|bagaimanapun beliau kerjasama warganegara awam betul mesti puan
0.3|perlawanan gerai rangkaian boleh berkuasa mengesahkan laman daripada ramai bandar semalam kereta kemudahan
0.3|disahkan memberitahu mendapati hutang patut kebenaran kenyataan pasukan ahli apabila berlaku wujud kanak
0.3|tak hendak jua turut walau negeri cadangan malah lepas didakwa
`);

/** Words that point to Indonesian. */
export const INDONESIAN_WORDS = weighted(`
1|karena bahwa uang kendaraan yaitu gratis mobil dokter proyek kantor panitia bagian sebagian istri mencoba
1|dicoba coba berpikir pikiran pikir kasus bisnis investasi keuangan persen menit kemarin sore karyawan pajak
1|kecelakaan kesehatan sehat pasien obat kanker pemilu partai parlemen dpr tni polri direktur sekretaris
1|kejuaraan medali olahraga musik penggemar telepon situs kartu nomor toko kamar sepatu celana kue enggak
1|nggak gak ngga sih dong kok banget udah aja gimana kayak gitu kalo emang bisa kabupaten kecamatan kelurahan
1|provinsi bupati gubernur walikota rp rupiah dki kualitas aktivitas universitas komunitas fasilitas identitas
1|kapasitas realitas integritas mayoritas minoritas listrik teknis paham nasehat merilis dirilis televisi
1|stasiun kepolisian kejaksaan pemprov pemkot pemkab ungkapnya tuturnya imbuhnya lanjutnya tentara agustus
1|desember maret juni juli nopember pebruari senin kamis jumat wib wita miliar triliun nol dprd mpr kpk kpu
1|bawaslu polda polres polsek kapolri kapolda kapolres kapolsek pemda apbn apbd bumn tbk komisi tersangka
1|terdakwa penyidik penyidikan jaksa narkoba narkotika vonis divonis tilang narapidana napi lisensi paspor
1|asuransi rekening pensiun terinfeksi karantina dbd truk sepeda pengendara sopir pengemudi bandara macet
1|kemacetan pabrik pariwisata wisatawan wisata wirausaha apartemen koran ponsel unduh mengunduh ekspor impor
1|rekor kode fisik logis otomatis kalender resmi jadwal inggris prancis jepang tiongkok eropa spanyol belgia
1|kamboja palestina irak suriah ukraina britania salat sholat shalat musala mushola ustadz idulfitri lebaran
1|umroh adzan sebetulnya ketimbang kendati kendatipun seusai jelang diamankan dilansir melansir balita lansia
1|bocah longsor bensin bbm pangan sembako nih deh loh lho doang gini tuh bikin cewek cowok gue elo praktik
1|praktek kontrol diresmikan meresmikan peresmian administrasi manajer manajemen pengelolaan jembatan
1|amandemen ruu otopsi sertifikat beasiswa dosen fakultas libur liburan pdb eceran difabel disabilitas relawan
1|dukungan koalisi tionghoa etnis kabar ijin strategis akademis sistematis klinis realistis romantis fantastis
1|drastis
0.8|autopsi pendukung pribumi dosis pemerintah saja kapan bilang majelis internasional imigrasi koordinasi
0.8|wabah tunjangan akun properti analisa serikat dibanding
0.7|parkir mau tim jokowi oposisi konstitusi pelaku silakan mahasiswa produksi
0.6|pengadilan korban perawat pedagang setan pasal setelah sesudah informasi laki sejumlah usai periode
0.6|jakarta surabaya bandung yogyakarta makassar semarang tangerang bekasi depok bogor sosok pria perawatan
0.6|beragam sekaligus penghasilan kritis apalagi kalian
0.5|perusahaan pengacara layanan detik pelatih lingkungan mendukung kios seharusnya terkait saat rapat film
0.5|bapak pasca indonesia besok dibandingkan belakangan mengungkapkan kejahatan papua jawa sumatera sulawesi
0.5|bali tewas kala gedung setengah padahal yah harus
0.4|pertandingan polisi izin kelompok memiliki berbagai dimulai jendela makin yakni dimana berupa
0.3|menggelar digelar meskipun lewat wakil agar tapi
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
1|tindak balas sara hidup bahan api laman web muat turun tahun lepas
1|minggu lepas bulan lepas minggu hadapan tahun hadapan bulan hadapan sekali gus puan sri di pejabat ke pejabat
1|walau bagaimanapun undangan negeri tunjuk perasaan temu bual
0.8|pulau pinang dewan negara pun begitu
0.7|barisan nasional pakatan harapan perikatan nasional mana mana
1|didapati bersalah bedah siasat ikat jamin pendakwa raya rang undang kadar faedah
1|urus niaga warga emas kerajaan negeri kerajaan persekutuan kerajaan pusat tidak kira bursa malaysia
0.7|kata beliau
0.6|macam mana
0.6|ketika ini datuk seri alam sekitar lapangan terbang
0.5|dalam pada tambahan pula pasar raya kapal terbang
0.4|kencing manis
0.3|lebih kurang
0.5|kuala lumpur negeri sembilan hari raya
`.replace(/(\S+) (\S+)/g, '$1_$2'));

export const INDONESIAN_PHRASES = weighted(`
1|rumah sakit saat ini sepak bola luar negeri kerja sama oleh karena wali kota bank indonesia
1|dewan perwakilan kata dia ujar dia ungkap dia jelas dia tutur dia tambah dia lanjut dia imbuh dia
1|sebut dia terang dia tegas dia bea cukai demam berdarah rumah makan amerika serikat mahkamah konstitusi
1|bahan bakar rancangan undang suku bunga
0.6|lalu lintas
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
