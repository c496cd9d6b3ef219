// Languages written beside Indonesian that share much of its vocabulary (pasar, aku, sayur), so that a text in
// them reads as Indonesian by the word lists. Their own function words give them away: words that standard
// Indonesian/Malay does not use. Written from general knowledge of the languages.
import { IDMS_COMMON } from './detection.js';

/**
 * Javanese (ngoko and krama) function and everyday words absent from standard Indonesian, leaving out those
 * Indonesian speech has taken up (banget, ngomong, ngerti) or that are Indonesian words too (bakal, yen).
 */
const JAVANESE = new Set(`
lan ing sing ora iku kuwi iki karo arep wis durung marang kanggo dening nanging banjur amarga mung kabeh saka
menyang uga isih lunga sesuk esuk tuku kowe dhewe ngendi piye opo mboten sampun dereng kalih badhe wonten
punika menika niku nggih inggih kula panjenengan sampeyan omah mangan turu weruh lungguh adhem kathah
sekedhik saiki mengko wingi biyen tenan
`.trim().split(/\s+/));

/** Sundanese function and everyday words absent from standard Indonesian. */
const SUNDANESE = new Set(`
teu anu jeung nu téh geus acan keur ieu éta urang kusabab sareng abdi badé énjing mésér peryogi pikeun ka kana
dina tina ngan deui kitu kumaha naon saha lamun mun tos parantos nyaéta salian kudu loba saeutik ayeuna engké
kamari isuk pisan
`.trim().split(/\s+/));

export interface Neighbour {
  language: 'jv' | 'su';
  /** Share of the text's words that are the neighbour's own. */
  share: number;
}

/**
 * The neighbouring language a text is written in, when its own words make up a good share of the text and
 * outnumber the Indonesian/Malay function words — an Indonesian article quoting a Javanese
 * proverb stays Indonesian.
 */
export function neighbourLanguage(words: readonly string[]): Neighbour | null {
  let jv = 0;
  let su = 0;
  let idms = 0;
  for (const w of words) {
    if (JAVANESE.has(w)) jv++;
    if (SUNDANESE.has(w)) su++;
    if (!JAVANESE.has(w) && !SUNDANESE.has(w) && IDMS_COMMON.has(w)) idms++;
  }
  const own = Math.max(jv, su);
  if (own < 2 || own < MIN_SHARE * words.length || own <= idms) return null;
  if (jv === su) return null;
  return { language: jv > su ? 'jv' : 'su', share: own / words.length };
}

const MIN_SHARE = 0.15;
