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
1|maklumat parlimen pembangkang perlembagaan mahkamah peguam jenayah kes isteri berfikir fikiran fikir faham
1|perniagaan peniaga pelaburan pelabur kewangan cukai kemalangan pesakit ubat rawatan kanser berbanding tempoh
1|pengarah pengerusi timbalan setiausaha tentera perlawanan jurulatih kejohanan pingat sukan filem muzik
1|peminat telefon nombor teksi percuma seramai perkhidmatan projek kualiti aktiviti universiti komuniti
1|fasiliti identiti kapasiti realiti integriti majoriti minoriti baharu sebahagian bahagian mengikut mencuba
1|dicuba amaran bomba lebuhraya bilik kedai kasut seluar tingkap tandas gabenor ringgit agong encik
1|memaklumkan dimaklumkan cabaran tempatan antarabangsa bas
0.8|teknikal elektrik sepatutnya dicadangkan mencadangkan
0.7|semasa jabatan berhubung dah datuk dato
0.6|kerajaan boleh lelaki mangsa cuba kos bermula kuasa berkuasa askar berkenaan sekiranya
0.5|daripada ramai nak bandar esok semalam kereta malaysia bagaimanapun tiada meneruskan diteruskan
0.5|kemudahan selangor johor sabah sarawak kelantan terengganu pahang kedah melaka putrajaya umno petronas
0.4|beliau pasukan ahli kenyataan apabila kerjasama warganegara
0.3|kanak tak hendak jua turut walau negeri cadangan
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
0.8|pemerintah polisi saja kapan bilang
0.7|mau tim terkait jokowi oposisi konstitusi
0.6|setelah sesudah informasi laki sejumlah usai periode jakarta surabaya bandung yogyakarta makassar semarang
0.6|tangerang bekasi depok bogor
0.5|saat rapat film bapak pasca indonesia besok dibandingkan belakangan mengungkapkan kejahatan papua jawa
0.5|sumatera sulawesi bali
0.4|memiliki berbagai dimulai jendela makin yakni dimana
0.3|meskipun lewat wakil agar tapi harus
0.2|menurut
`);

/** Two-word phrases (space-joined tokens) that point to one variety. */
export const MALAY_PHRASES = weighted(`
1|pihak berkuasa pilihan raya lebuh raya bola sepak luar negara orang ramai ibu pejabat balai polis
1|menteri besar ketua menteri dewan rakyat ahli parlimen oleh itu kuala lumpur negeri sembilan
1|pulau pinang barisan nasional pakatan harapan perikatan nasional tan sri yang berhormat
`.replace(/(\S+) (\S+)/g, '$1_$2'));

export const INDONESIAN_PHRASES = weighted(`
1|rumah sakit saat ini sepak bola luar negeri kerja sama oleh karena wali kota jawa barat jawa timur
1|jawa tengah bank indonesia dewan perwakilan
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

/**
 * Sums the Malay and Indonesian evidence in a list of lower-case word tokens. A weak word (weight below 1,
 * found in both varieties) counts once however often it recurs: a story about a kingdom (kerajaan) or a
 * respected person (beliau) repeats the word without being any more Malay.
 */
export function varietyEvidence(words: readonly string[]): VarietyEvidence {
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
    if (ms !== undefined) malay += weakOnce(w, ms);
    else if (id !== undefined) indonesian += weakOnce(w, id);
    else {
      const [s, d] = spellingScore(w);
      malay += s;
      indonesian += d;
    }
    if (i + 1 < words.length) {
      const pair = `${w}_${words[i + 1]}`;
      malay += MALAY_PHRASES.get(pair) ?? 0;
      indonesian += INDONESIAN_PHRASES.get(pair) ?? 0;
    }
  }
  return { malay, indonesian };
}
