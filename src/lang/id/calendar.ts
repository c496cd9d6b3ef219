// Indonesian and Malaysian Malay calendar words, once: the lists and patterns of day and month names elsewhere
// (sentence splitting, cleaning, dates, comparison, lexicon) are built from these, as chrono builds its patterns from
// its constants.ts. Malaysian spellings map to the Indonesian ones chrono's Indonesian parser reads.

/** Weekday names, Senin (Monday) first. */
export const WEEKDAYS: readonly string[] = ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'];
/** Other spellings: Jum'at, and Ahad for Minggu (Sunday). */
export const WEEKDAY_VARIANTS: readonly string[] = ["jum'at", 'ahad'];
/** Malaysian weekday names that differ from the Indonesian ones, with those. */
export const MALAY_WEEKDAYS: Readonly<Record<string, string>> = { isnin: 'senin', khamis: 'kamis', jumaat: 'jumat' };

/** Month names, Januari first. */
export const MONTHS: readonly string[] = [
  'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember',
];
/** Abbreviated month names (`Agt.`, `Sept`). */
export const MONTH_ABBREVIATIONS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'agu', 'agt', 'ags', 'sep', 'sept', 'okt', 'nov', 'des'];
/**
 * Malaysian month names that differ from the Indonesian ones, with those (Malaysian "Jun" is the abbreviation's
 * spelling). "Mac" (Maret) is apart: it is also the computer, and a month only where a date's words stand by it.
 */
export const MALAY_MONTHS: Readonly<Record<string, string>> = { julai: 'juli', ogos: 'agustus', disember: 'desember' };
export const MALAY_MAC = 'mac';
/** Indonesian time zones (`10.30 WIB`). */
export const TIME_ZONES: readonly string[] = ['WIB', 'WITA', 'WIT'];

/** Every weekday name, Indonesian and Malaysian. */
export const ALL_WEEKDAYS: readonly string[] = [...WEEKDAYS, ...WEEKDAY_VARIANTS, ...Object.keys(MALAY_WEEKDAYS)];
/** The Malaysian month and weekday names that differ from the Indonesian ones, "Mac" included. */
export const MALAY_DATE_NAMES: readonly string[] = [...Object.keys(MALAY_MONTHS), MALAY_MAC, ...Object.keys(MALAY_WEEKDAYS)];
