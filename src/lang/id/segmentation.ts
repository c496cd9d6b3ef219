import type { SegmentationRules } from '../types.js';

const words = (s: string) => new Set(s.trim().split(/\s+/));

export const segmentation: SegmentationRules = {
  // only words that are abbreviations: a full word here (blok, kota) would keep a sentence end before a name
  abbreviations: words(`
    hlm no tbk st
    s.h s.e s.sos s.pd s.kom s.t s.ip s.ag s.psi s.hut s.ked s.farm s.si s.ikom
    m.si m.h m.m m.sc m.a m.kes m.pd m.ag m.t m.kom m.hum m.ikom m.psi m.ec.dev mba m.b.a
    ph.d s.h.i lc
    purn inf kav gg rt rw telp tel
    jan feb mar apr jun jul agu agt ags sep sept okt nov des
    rp
  `),
  finalAbbreviations: words('dll dsb dst tsb dkk etc'),
  calendar: words(`
    senin selasa rabu kamis jumat sabtu minggu
    januari februari maret april mei juni juli agustus september oktober november desember
    jan feb mar apr jun jul agu agt ags sep sept okt nov des
    wib wita wit gmt utc
  `),
  prefixes: words(`
    kab kec kel prov
    dr drs dra prof ir h hj kh k.h sdr sdri bpk tn ny nn yth mr mrs ms
    jl jln
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
};
