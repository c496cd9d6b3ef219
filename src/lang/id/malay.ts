// Malaysian Malay as the Indonesian rules read it (the `ms` the Indonesian module also reads): the spellings and
// words that set a Malaysian sentence apart, once. Its day and month names are in calendar.ts; the weighted markers
// that tell the two varieties apart for `detect` are in varieties.ts.
import { MALAY_DATE_NAMES, MALAY_MAC } from './calendar.js';

/**
 * Malaysian Malay spellings of Indonesian function words, which Indonesian does not write: the rules match
 * them as the Indonesian word. Only words with the same sense in both ("semasa", "manakala" differ: lexicon).
 */
export const MALAY_SPELLINGS: Readonly<Record<string, string>> = {
  bahawa: 'bahwa', kerana: 'karena', iaitu: 'yaitu', selepas: 'setelah', mahupun: 'maupun', sepertimana: 'sebagaimana',
};

/**
 * Words and phrases Indonesian does not write, so that a sentence with one is Malaysian ("polis", "kerajaan", "beliau
 * berkata"): the Malaysian spellings, the Malaysian day and month names (not "Mac", also the computer), and these.
 */
export const MALAYSIAN_MARKERS: readonly string[] = [
  ...Object.keys(MALAY_SPELLINGS),
  ...'manakala memberitahu pemberita kenyataan polis kerajaan'.split(' '),
  ...MALAY_DATE_NAMES.filter((w) => w !== MALAY_MAC),
  ...['lepas', 'hadapan', 'beliau berkata', 'katanya'],
];
