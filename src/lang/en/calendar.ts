// English calendar words, once: the lists and patterns of day and month names elsewhere (sentence splitting,
// cleaning, dates, comparison) are built from these, as chrono builds its patterns from its constants.ts.

/** Month names, January first. */
export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
/** Abbreviated month names (with a period or without: `Jan.`, `Sept`); May, June and July are also written out. */
export const MONTH_ABBREVIATIONS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
/** Weekday names, Monday first. */
export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Abbreviated weekday names (`Tues.`, `Thurs`). */
export const WEEKDAY_ABBREVIATIONS: readonly string[] = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];
/** Time zones written beside a time in English news (`6 p.m. EST`), as written. */
export const TIME_ZONES: readonly string[] = ['GMT', 'UTC', 'ET', 'EST', 'EDT', 'PT', 'PST', 'PDT', 'BST', 'CET'];
/** US zones written less often, which the sentence splitter knows too (`at 9 a.m. CST.`). */
export const MORE_TIME_ZONES: readonly string[] = ['CST', 'CDT', 'MST', 'MDT', 'CT', 'MT'];

/** "January" for "january". */
export const capitalised = (w: string): string => w[0].toUpperCase() + w.slice(1);
