// franc names languages by ISO 639-3; the project reports ISO 639-1 where one exists.
const TO_639_1: Record<string, string> = {
  eng: 'en', ind: 'id', zlm: 'ms', zsm: 'ms', msa: 'ms', spa: 'es', por: 'pt', fra: 'fr', deu: 'de', ita: 'it',
  nld: 'nl', rus: 'ru', ukr: 'uk', bel: 'be', pol: 'pl', ces: 'cs', slk: 'sk', hun: 'hu', ron: 'ro', bul: 'bg',
  hrv: 'hr', srp: 'sr', bos: 'bs', slv: 'sl', mkd: 'mk', ell: 'el', tur: 'tr', arb: 'ar', ara: 'ar', pes: 'fa',
  fas: 'fa', prs: 'fa', urd: 'ur', hin: 'hi', ben: 'bn', pan: 'pa', guj: 'gu', mar: 'mr', tam: 'ta', tel: 'te',
  kan: 'kn', mal: 'ml', sin: 'si', ori: 'or', asm: 'as', npi: 'ne', nep: 'ne', tha: 'th', vie: 'vi', cmn: 'zh',
  zho: 'zh', jpn: 'ja', kor: 'ko', heb: 'he', swe: 'sv', dan: 'da', nob: 'nb', nno: 'nn', nor: 'no', fin: 'fi',
  est: 'et', ekk: 'et', lav: 'lv', lvs: 'lv', lit: 'lt', cat: 'ca', glg: 'gl', eus: 'eu', tgl: 'tl', jav: 'jv',
  sun: 'su', swh: 'sw', swa: 'sw', hau: 'ha', yor: 'yo', ibo: 'ig', amh: 'am', som: 'so', zul: 'zu', xho: 'xh',
  afr: 'af', khm: 'km', lao: 'lo', mya: 'my', kat: 'ka', hye: 'hy', azj: 'az', aze: 'az', kaz: 'kk', uzn: 'uz',
  uzb: 'uz', kir: 'ky', tgk: 'tg', khk: 'mn', mon: 'mn', als: 'sq', sqi: 'sq', isl: 'is', gle: 'ga', cym: 'cy',
  mlt: 'mt', epo: 'eo', lat: 'la', bre: 'br', ltz: 'lb', fry: 'fy', hat: 'ht', plt: 'mg', mlg: 'mg', nya: 'ny',
  sna: 'sn', kin: 'rw', run: 'rn', gaz: 'om', orm: 'om', tir: 'ti', uig: 'ug', pbu: 'ps', pus: 'ps', kmr: 'ku',
  snd: 'sd', tat: 'tt', bak: 'ba', tuk: 'tk', wol: 'wo', lin: 'ln', lug: 'lg', ewe: 'ee', aka: 'ak', twi: 'tw',
  ydd: 'yi', yid: 'yi', smo: 'sm', mri: 'mi', fao: 'fo', cos: 'co', oci: 'oc', roh: 'rm', sot: 'st', tsn: 'tn',
  ssw: 'ss', ven: 've', tso: 'ts', nde: 'nd', nbl: 'nr', kik: 'ki', div: 'dv', bod: 'bo', ckb: 'ku',
};

/** ISO 639-1 for a franc (ISO 639-3) code where one exists, else the code itself; 'und' stays 'und'. */
export function toIso6391(code: string): string {
  return TO_639_1[code] ?? code;
}
