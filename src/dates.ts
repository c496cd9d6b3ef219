// Shared date machinery: chrono-node results (plus bare years, which chrono ignores) → ISO 8601 at the
// precision the text gives (`2023`, `2024-12`, `2024-12-02`), relative expressions resolved against the
// publication date. Language modules supply the words (see DateLanguage); the conventions live here:
//
// - "today", "tonight", "yesterday" → that day; "now", "currently" → no date (not a point in time).
// - Weeks ("last week", "pekan ini") → the month (YYYY-MM) of the week's Thursday: ISO weeks are not allowed
//   in the output, and a month is the finest precision that holds the week (ISO years of weeks work the same way).
// - A bare weekday is the most recent such day (the publication day included) in past-tense context, the
//   next one (publication day included) in future-tense context; "last"/"next"/"lalu"/"depan" say it outright.
// - A month without a year is the most recent such month (current included) in past context, the next in future
//   context, and the nearest one when nothing says the tense (the future counting four times over, as below: up to
//   two months ahead); "last June" / "Juni lalu" → strictly before the current month, "next June" → strictly after.
// - A day and month without a year: the nearest such date, counting distance against the tense four times over.
// - Durations ("for two years", "selama dua tahun"), times alone ("10 a.m."), ages and counts are not dates.
import type { Chrono, ParsedResult } from 'chrono-node';
import type { DateMention } from './lang/types.js';
import { CURLY_CLOSE, CURLY_OPEN, STRAIGHT_DOUBLE } from './lang/quotes.js';
import { CLAUSE_COMMA } from './lang/patterns.js';

export type Tense = 'past' | 'future';

/**
 * A date mention that may sit in a subordinate or relative clause ("after being sacked in July",
 * ", which opened in 2004"): `embedded` is that clause's range. Such a date belongs to the embedded clause,
 * not to a claim whose clause merely contains it.
 */
export interface ClauseDateMention extends DateMention {
  embedded?: [number, number];
  /**
   * Where a relative clause without commas that holds the mention opens ("the climber who crossed the glacier in
   * 1961 has died"): no comma says where such a clause ends, so this is only its start; a claim whose subject
   * holds it does not take the date.
   */
  relative?: number;
  /**
   * Where the phrase that opens the sentence and frames it ends (just after its comma), when the mention closes that
   * phrase: "In composite trading on the Big Board yesterday, Acme shares fell", "Speaking to the BBC in 1995, Lowe
   * said …", "Saat ditemui di kantornya, Senin (5/5), Budi mengatakan …". The sentence's claims happen then.
   */
  frames?: number;
  /**
   * False when words stand before the mention that cannot open a phrase framing the sentence (the language's `leads`): in
   * "The minister resigned on Friday, two days after the scandal broke" Friday is the resigning's, not a frame of the
   * sentence, so the scandal's breaking does not take it.
   */
  leads?: boolean;
  /**
   * Where a clause opens that a relative "when" after the mention ties to its time: in "the pandemic of 2009-2010,
   * when 348 children died" the deaths are of 2009-2010 (a range gives its start, as the first mention).
   */
  when?: number;
}

/** What one language tells the shared date finder. */
export interface DateLanguage {
  chrono: Chrono;
  /** Cheap test: could chrono or the year scanner find anything in this text? */
  mayContainDate: RegExp;
  /** Global regex of bare years; the first group that matched is the year. */
  years: RegExp;
  /** Result texts that are words first and dates only when written as names ("sat", "may", "march"); case-sensitive. */
  ambiguous?: RegExp;
  /** Text just before a weekday that makes it any such day ("on a Friday", "every Monday", "setiap Senin"). */
  generic?: RegExp;
  /** Whether a month name is a person's first name here ("June Carter", "August Wilson"). */
  isName?(before: string, text: string, after: string): boolean;
  /** Result texts that are not points in time ("now", "currently"). */
  notADate: RegExp;
  /**
   * "Today" as the present in general, not the publication day: its words (`text`) after words that compare with
   * the present (`before`): "faster than can be done today", "lebih cepat daripada yang bisa dilakukan hari ini".
   */
  nowadays?: { text: RegExp; before: RegExp };
  /**
   * An expression counted from another event of the story, not from the publication: its words (`text`) after `before`:
   * "The next year, he moved to Paris" (the year after the story's event), not "next year" (after the publication's).
   */
  anaphoric?: { text: RegExp; before: RegExp };
  /** Result texts that are spans of time ("for two years", "two years later"). */
  duration: RegExp;
  /** Text just before an expression that makes it a span ("selama 10 minggu ini", "for the past year"). */
  spanBefore: RegExp;
  /**
   * Result texts naming the end or the start of a year without saying which ("by the end of the year", "akhir tahun"):
   * read as the publication year, unless the clause's tense says that part of it has not come yet (see yearPart).
   */
  yearPart?: { end: RegExp; start: RegExp };
  /**
   * Result texts naming a part of a year or a month that chrono gives as one day ("the end of last year", "the end of June"
   * → their last day): the text gives the year or the month, so that is the precision.
   */
  partOf?: { year: RegExp; month: RegExp };
  /** Result texts naming a week ("last week", "minggu ini"). */
  week: RegExp;
  /** Result texts naming a weekend ("last weekend", "akhir pekan lalu"): the week, not a day of it. */
  weekend: RegExp;
  /** Direction a word next to the expression gives: -1 last, +1 next, 0 this; null when none. */
  direction(before: string, text: string, after: string): -1 | 0 | 1 | null;
  /** Global regex of words opening a subordinate or relative clause; the clause runs to the next , ; : or the end. */
  subordinate: RegExp;
  /**
   * Global regex of words opening a baseline a figure is compared with ("down from", "compared with", "dibandingkan"): a
   * date a few words on is the baseline's, not the claim's ("Unemployment fell to 4.5%, down from 6% in 1997").
   */
  baseline?: RegExp;
  /** Global regex of a relative pronoun opening a clause without a comma ("who", "yang"); its end is unknown. */
  relative: RegExp;
  /** A relative "when" after a date and its comma, anchored at the start: "…, when 348 children died" ("…, ketika …"). */
  relativeWhen?: RegExp;
  /**
   * A present perfect (`verb`, global: "has apologised", "have long sought") tells of a time that reaches the present,
   * so a date of an earlier year in its clause is a noun's ("has apologised for the 2010 raid"), unless it bounds a span
   * (`bound`, tested on the text from the verb to the date and on the date's first word: "since 2010", "from … in 2010").
   */
  perfect?: { verb: RegExp; bound: RegExp };
  /**
   * Words that open a phrase framing a whole sentence ("In", "At", "Speaking", "Saat", "Ditemui"), anchored at its start;
   * not words that order events ("After", "Before", "Since"), which say the claim is not at that date.
   */
  framing?: RegExp;
  /**
   * The first word of a sentence that may open a phrase holding a date that frames it ("In early 2011, …", "Earlier this
   * year, …", "Dan pada tahun 2007, …"), anchored; not a subject's ("The minister resigned on Friday, …").
   */
  leads?: RegExp;
  /** Tense of the words around an expression (same clause); null when nothing says. See tenseFromMarkers. */
  tense(before: string, after: string): Tense | null;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = ({ y, m, d }: Ymd) => `${y}-${pad(m)}-${pad(d)}`;
const isoMonth = (y: number, m: number) => `${y}-${pad(m)}`;
const dayNumber = ({ y, m, d }: Ymd) => Date.UTC(y, m - 1, d) / 86_400_000;
function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * 86_400_000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
const weekdayOf = (day: Ymd) => new Date(dayNumber(day) * 86_400_000).getUTCDay();

export function parsePublished(published: string | null): Ymd | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(published) : null;
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

/** `published` (YYYY-MM-DD) as the reference instant chrono resolves relative expressions against. */
export function referenceDate(published: string | null): Date | null {
  const p = parsePublished(published);
  return p ? new Date(p.y, p.m - 1, p.d, 12) : null;
}

/** Date mentions of `text`, resolved against `published`; see the conventions at the top of this file. */
export function findDatesWith(lang: DateLanguage, text: string, published: string | null): ClauseDateMention[] {
  if (!lang.mayContainDate.test(text)) return [];
  if (text.length <= CHUNK) return findInChunk(lang, text, published);
  // chrono's refiners grow faster than linearly with the number of results: read very long texts in pieces.
  const found: ClauseDateMention[] = [];
  for (let at = 0; at < text.length; ) {
    const end = chunkEnd(text, at);
    for (const m of findInChunk(lang, text.slice(at, end), published)) {
      // Every offset the piece gave moves by the piece's start; only the first piece opens the text and so a framing phrase or a lead.
      const moved: ClauseDateMention = { ...m, start: m.start + at, end: m.end + at };
      if (m.embedded) moved.embedded = [m.embedded[0] + at, m.embedded[1] + at];
      if (m.relative !== undefined) moved.relative = m.relative + at;
      if (m.when !== undefined) moved.when = m.when + at;
      if (at > 0) delete moved.frames;
      if (at > 0 && m.leads !== undefined) moved.leads = false;
      found.push(moved);
    }
    at = end;
  }
  return found;
}

const CHUNK = 2000;

/** Where a piece starting at `at` ends: after the last clause break or space within CHUNK characters. */
function chunkEnd(text: string, at: number): number {
  const limit = at + CHUNK;
  if (limit >= text.length) return text.length;
  for (const breaks of [/[.;!?]/, /[,:]/, /\s/]) {
    for (let i = limit; i > at + CHUNK / 2; i--) if (breaks.test(text[i - 1])) return i;
  }
  return limit;
}

function findInChunk(lang: DateLanguage, text: string, published: string | null): ClauseDateMention[] {
  const pub = parsePublished(published);
  const ref = referenceDate(published) ?? new Date(2000, 0, 1, 12);
  const found: ClauseDateMention[] = [];
  const results = lang.chrono.parse(maskAmounts(text), ref);
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    const next = results[i + 1];
    const merged = next && weekdayWithDate(text, r, next);
    if (merged) {
      found.push(mention(merged.start, merged.end, text, dayMonthValue(lang, text, next, pub, r.start.get('weekday'))));
      i++;
      continue;
    }
    const value = sane(valueOf(lang, text, r, pub));
    if (value !== undefined) found.push(mention(r.index, r.index + r.text.length, text, value));
  }
  for (const m of text.matchAll(lang.years)) {
    const year = m.slice(1).find(Boolean) ?? m[0];
    const start = m.index + m[0].indexOf(year);
    const end = start + year.length;
    if (!found.some((f) => f.start < end && start < f.end)) found.push(mention(start, end, text, year));
  }
  rangeEnds(text, found);
  found.sort((a, b) => a.start - b.start);
  yearsForMonths(text, found);
  if (found.length) {
    markEmbedded(lang, text, found);
    markBaselines(lang, text, found);
    if (pub) markPerfect(lang, text, found, pub.y);
    markFraming(lang, text, found);
    markLeads(lang, text, found);
    markWhen(lang, text, found);
  }
  return found;
}

/**
 * A date of a year before the publication's after a present perfect in the same clause is a noun's, not the verb's:
 * "Israel has apologised for any errors during the 2010 raid", "Erdogan has long sought an apology for the raid in May
 * 2010". Marked as a clause of its own from the verb's end. Not a span's bound ("has grown since 2010", "has risen
 * from $1 million in 2010"), which a present perfect takes.
 */
function markPerfect(lang: DateLanguage, text: string, found: ClauseDateMention[], year: number): void {
  if (!lang.perfect) return;
  const { verb: perfect, bound } = lang.perfect;
  const verbs = [...text.matchAll(perfect)].map((m) => m.index + m[0].length);
  for (const f of found) {
    if (f.embedded || !f.value || +f.value.slice(0, 4) >= year) continue;
    const verb = verbs.filter((v) => v <= f.start && !CLAUSE_COMMA.test(text.slice(v, f.start))).pop();
    if (verb === undefined || bound.test(text.slice(verb, f.start)) || bound.test(`${f.text.split(/\s/)[0]} `)) continue;
    f.embedded = [verb, f.end];
  }
}

/** Words a baseline phrase may hold before its date: "down from 6% of the work force in 1997". */
const BASELINE_WORDS = 8;

/**
 * Marks a date that closes a baseline phrase ("…, down from 6% in 1997", "compared with $900 million in 1987", "naik
 * menjadi 5 persen dari 4 persen pada 2015") as a clause of its own, from the baseline's opening word to the date.
 */
function markBaselines(lang: DateLanguage, text: string, found: ClauseDateMention[]): void {
  if (!lang.baseline) return;
  const opens = [...text.matchAll(lang.baseline)].map((m) => m.index);
  for (const f of found) {
    // "from August": chrono takes the opening "from" into the expression.
    const at = opens.filter((o) => o <= f.start).pop();
    if (at === undefined) continue;
    // "$1,200 million", "4.5%": separators inside numbers do not end the phrase.
    const between = text.slice(at, f.start).replace(/(?<=\d)[.,](?=\d)/g, '');
    if (CLAUSE_COMMA.test(between) || /[.!?]/.test(between) || between.split(/\s+/).length > BASELINE_WORDS + 1) continue;
    if (!f.embedded || f.embedded[0] < at) f.embedded = [at, f.end];
  }
}

/** Marks the mention (the start of a range) that a relative "when" after it ties a clause to; see ClauseDateMention.when. */
function markWhen(lang: DateLanguage, text: string, found: ClauseDateMention[]): void {
  if (!lang.relativeWhen) return;
  for (let i = 0; i < found.length; i++) {
    const m = lang.relativeWhen.exec(text.slice(found[i].end));
    if (!m) continue;
    let first = i;
    while (first > 0 && /^[-–]$/.test(text.slice(found[first - 1].end, found[first].start))) first--;
    found[first].when = found[i].end + m[0].length;
  }
}

/** Marks whether the words before each mention may open a framing phrase (see ClauseDateMention.leads). */
function markLeads(lang: DateLanguage, text: string, found: ClauseDateMention[]): void {
  if (!lang.leads) return;
  for (const f of found) {
    const lead = text.slice(0, f.start).replace(/^[\s"“‘'(]+/, '');
    f.leads = !lead || lang.leads.test(lead);
  }
}

/** Words a framing phrase may hold before its date; more, and a year may be a noun's ("… the expedition in 1995"). */
const FRAMING_WORDS = 6;

/** Marks the mention that closes a phrase framing the sentence (see ClauseDateMention.frames). */
function markFraming(lang: DateLanguage, text: string, found: ClauseDateMention[]): void {
  const opener = lang.framing?.exec(text.replace(/^[\s"“‘'(]+/, ''));
  if (!opener) return;
  for (const f of found) {
    const comma = /^[\s)\]]*,/.exec(text.slice(f.end));
    const lead = text.slice(0, f.start);
    if (!comma || f.embedded || f.relative !== undefined || /[.;:!?"“”]/.test(lead.replace(/^[\s"“‘'(]+/, ''))) continue;
    const words = lead.split(/\s+/).filter(Boolean).length;
    // A day ("yesterday", "on Monday", "Senin (5/5)") dates an act, seldom a noun deep in the phrase.
    if (words <= FRAMING_WORDS || (f.value && /^\d{4}-\d\d-\d\d$/.test(f.value))) f.frames = f.end + comma[0].length;
  }
}

/** The end of a year range ("2009-2010", "1957-58") after a year already found is a year too. */
function rangeEnds(text: string, found: ClauseDateMention[]): void {
  const years = found.filter((f) => f.value && /^\d{4}$/.test(f.value) && f.text === f.value);
  for (const y of years) {
    const m = /^[-–](\d{4}|\d\d)(?![\w%]|[.,]\d)/.exec(text.slice(y.end, y.end + 6));
    if (!m) continue;
    const value = m[1].length === 4 ? m[1] : y.value!.slice(0, 2) + m[1];
    if (value > y.value!) found.push(mention(y.end + 1, y.end + 1 + m[1].length, text, value));
  }
}

/** A month whose year the text gives a few words on ("that January day in 2011") takes that year. */
function yearsForMonths(text: string, found: ClauseDateMention[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const [a, b] = [found[i], found[i + 1]];
    if (!a.value || !/^\d{4}-\d\d/.test(a.value) || !b.value || !/^\d{4}$/.test(b.value) || b.value === a.value.slice(0, 4)) continue;
    if (/^\s(?:\p{L}+\s){0,2}(?:in|of)\s$/u.test(text.slice(a.end, b.start)) && !/\d{4}/.test(a.text)) {
      a.value = b.value + a.value.slice(4);
    }
  }
}

/** The next clause break from `at`, not a comma inside a date ("Columbia, lost on February 1, 2003, was …"). */
function clauseEnd(text: string, at: number, found: readonly ClauseDateMention[]): number {
  for (let from = at; ; ) {
    const rest = CLAUSE_COMMA.exec(text.slice(from));
    if (!rest) return text.length;
    const end = from + rest.index;
    const inside = found.find((f) => f.start < end && end < f.end);
    if (!inside) return end;
    from = inside.end;
  }
}

/** Marks each mention with the innermost subordinate or relative clause that holds it. */
function markEmbedded(lang: DateLanguage, text: string, found: ClauseDateMention[]): void {
  const clauses: [number, number][] = [];
  for (const m of text.matchAll(lang.subordinate)) {
    const start = m.index + m[0].length - m[0].trimStart().length;
    clauses.push([start, clauseEnd(text, m.index + m[0].length, found)]);
  }
  const relatives = [...text.matchAll(lang.relative)].map((m) => m.index);
  for (const f of found) {
    const inner = clauses.filter(([a, b]) => a <= f.start && f.end <= b).pop();
    if (inner) f.embedded = inner;
    const opens = relatives.filter((r) => r < f.start && !CLAUSE_COMMA.test(text.slice(r, f.start))).pop();
    if (opens !== undefined) f.relative = opens;
  }
}

/**
 * The text with the figures of sums of money blanked (same length, so offsets hold): chrono reads "at $24.50 yesterday" as
 * the hour 24:50 of yesterday, finds it invalid and drops the day with it ("Acme closed at $24.50 yesterday").
 */
function maskAmounts(text: string): string {
  return text.replace(/(?<=(?:[$€£¥]|\bRp\.?|\bUS\$)\s?)\d[\d.,]*/g, (m) => ' '.repeat(m.length));
}

/** Only four-digit years make ISO dates ("5000 tahun yang lalu" is no date). */
function sane(value: string | null | undefined): string | null | undefined {
  return value == null || /^[12]\d{3}(?:-|$)/.test(value) ? value : undefined;
}

/** A mention without the spaces and commas chrono sometimes takes in at its edges ("on Friday,"). */
function mention(start: number, end: number, text: string, value: string | null): ClauseDateMention {
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  while (start < end && /\s/.test(text[start])) start++;
  return { start, end, text: text.slice(start, end), value };
}

/** "Senin (12/3/2018)", "Selasa, (17/04/2018)": a weekday glossed by the date in parentheses. */
function weekdayWithDate(text: string, weekday: ParsedResult, date: ParsedResult): { start: number; end: number } | null {
  const w = weekday.start;
  if (!w.isCertain('weekday') || w.isCertain('day') || !date.start.isCertain('day')) return null;
  const gap = text.slice(weekday.index + weekday.text.length, date.index);
  if (!/^[\s,]{0,3}\(\s?$/.test(gap)) return null;
  const end = date.index + date.text.length;
  return { start: weekday.index, end: text[end] === ')' ? end + 1 : end };
}

/** The ISO value of one chrono result; undefined when it is no date at all (a time, a duration, "now"). */
function valueOf(lang: DateLanguage, text: string, r: ParsedResult, pub: Ymd | null): string | null | undefined {
  const c = r.start;
  if (lang.notADate.test(r.text) || lang.duration.test(r.text) || lang.ambiguous?.test(r.text)) return undefined;
  const before = text.slice(Math.max(0, r.index - 60), r.index);
  const after = text.slice(r.index + r.text.length, r.index + r.text.length + 60);
  if (lang.spanBefore.test(before)) return undefined;
  if (lang.nowadays?.text.test(r.text) && lang.nowadays.before.test(before)) return undefined;
  if (lang.anaphoric?.text.test(r.text) && lang.anaphoric.before.test(before)) return undefined;
  // "5,000 years ago": chrono started inside a number.
  if (/^\d/.test(r.text) && /\d[.,]$/.test(before)) return undefined;
  // "on a Friday", "every Monday": any such day, not one.
  if (c.isCertain('weekday') && !c.isCertain('day') && lang.generic?.test(before)) return undefined;
  if (lang.week.test(r.text)) {
    if (!pub) return null;
    const weeks = lang.direction(before, r.text, after) ?? 0;
    if (c.isCertain('weekday') && !c.isCertain('day') && !lang.weekend.test(r.text)) {
      // "Rabu pekan lalu": that weekday of the week named.
      const monday = dayNumber(pub) - ((weekdayOf(pub) + 6) % 7);
      return isoDay(fromDayNumber(monday + 7 * weeks + (((c.get('weekday') as number) + 6) % 7)));
    }
    if (c.isCertain('day')) return weekMonth({ y: c.get('year') as number, m: c.get('month') as number, d: c.get('day') as number }, 0);
    return weekMonth(pub, weeks);
  }
  if (c.isCertain('year')) {
    const y = c.get('year') as number;
    if (!pub && !writesYear(r.text, y)) return null;
    const wholeYear = lang.partOf?.year.test(r.text);
    const wholeMonth = !wholeYear && lang.partOf?.month.test(r.text);
    if (c.isCertain('day') && c.isCertain('month') && !wholeYear && !wholeMonth) return isoDay({ y, m: c.get('month') as number, d: c.get('day') as number });
    if (c.isCertain('month') && !wholeYear) return isoMonth(y, c.get('month') as number);
    if (pub && y === pub.y) return String(yearPart(lang, before, r.text, after, pub) ?? y);
    return String(y);
  }
  if (c.isCertain('month')) {
    if (!c.isCertain('day') && lang.isName?.(before, r.text, after)) return undefined;
    const endYear = r.end?.isCertain('year') ? (r.end.get('year') as number) : null;
    if (endYear != null) {
      // "June to August 2010": the range's start takes the year its end gives.
      const y = (c.get('month') as number) <= (r.end?.get('month') as number) ? endYear : endYear - 1;
      return c.isCertain('day') ? isoDay({ y, m: c.get('month') as number, d: c.get('day') as number }) : isoMonth(y, c.get('month') as number);
    }
    if (!pub) return null;
    const partOfMonth = lang.partOf?.month.test(r.text);
    return c.isCertain('day') && !partOfMonth
      ? dayMonthValue(lang, text, r, pub, null)
      : monthValue(lang, before, r.text, after, c.get('month') as number, pub);
  }
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    if (!pub) return null;
    return weekdayValue(lang, before, r, after, pub);
  }
  if (c.isCertain('day')) return pub ? isoDay({ y: c.get('year') as number, m: c.get('month') as number, d: c.get('day') as number }) : null;
  return undefined;
}

/**
 * The year of "the end of the year" or "the start of the year" when the tense places it before or after the publication
 * year's: "The flu season peaked by the end of the year" published in March tells of the last year's end (the
 * publication year's end has not come), "The plant will reopen at the start of the year" published in March of the
 * next year's start. Only a tense the words say counts (not the default), and "this year" says which year outright.
 */
function yearPart(lang: DateLanguage, before: string, text: string, after: string, pub: Ymd): number | undefined {
  const part = lang.yearPart;
  if (!part || lang.direction(before, text, after) !== null) return undefined;
  const end = part.end.test(text);
  if (!end && !part.start.test(text)) return undefined;
  const tense = lang.tense(before, after);
  if (end && tense === 'past' && pub.m < 12) return pub.y - 1;
  if (!end && tense === 'future' && pub.m > 1) return pub.y + 1;
  return undefined;
}

/** Whether the expression spells its year out (so it needs no publication date), e.g. "12/3/18", "May 2010". */
function writesYear(text: string, year: number): boolean {
  return text.includes(String(year)) || new RegExp(`(?<!\\d)${pad(year % 100)}(?!\\d)`).test(text);
}

/** A week is given the month of its Thursday, as ISO 8601 gives a week the year of its Thursday. */
function weekMonth(day: Ymd, weeks: number): string {
  const monday = dayNumber(day) - ((weekdayOf(day) + 6) % 7);
  const thursday = fromDayNumber(monday + 3 + 7 * weeks);
  return isoMonth(thursday.y, thursday.m);
}

/**
 * The tense of the clause around an expression, null when nothing says (tenseAt: past then). A preposition the expression holds ("through
 * June", read as one expression) counts as the word right before it, as "until" does before "Monday": "the program
 * will run through June".
 */
function saidTense(lang: DateLanguage, before: string, text: string, after: string): Tense | null {
  const lead = /^([\p{L}']+)\s+\S/u.exec(text)?.[1];
  // A comma the expression ends on ("in May," as chrono reads it) stays in the words after it, where it closes an aside:
  // "The plan, which was unveiled in May, would cut taxes".
  const comma = /,\s*$/.test(text) ? ',' : '';
  return lang.tense(lead ? `${before} ${lead} ` : before, comma + after);
}

const tenseAt = (lang: DateLanguage, before: string, text: string, after: string): Tense => saidTense(lang, before, text, after) ?? 'past';

function monthValue(lang: DateLanguage, before: string, text: string, after: string, month: number, pub: Ymd): string {
  const dir = lang.direction(before, text, after);
  let y = pub.y;
  if (dir === -1) y = month < pub.m ? pub.y : pub.y - 1;
  else if (dir === 1) y = month > pub.m ? pub.y : pub.y + 1;
  else if (dir === null) {
    const said = saidTense(lang, before, text, after);
    if (said === 'future' && month < pub.m) y = pub.y + 1;
    if (said === 'past' && month > pub.m) y = pub.y - 1;
    // Nothing says the tense (Indonesian verbs carry none): the nearest such month, the future counting four times
    // as the day-and-month rule does, so up to two months ahead. "Aturan itu berlaku mulai Desember." in a November
    // article is next month, not eleven months back; "Harga naik pada Agustus." in a May article is last August.
    if (said === null && month > pub.m && (month - pub.m) * 4 > 12 - (month - pub.m)) y = pub.y - 1;
  }
  return isoMonth(y, month);
}

/** Day and month without a year; a weekday named beside it picks the year it falls on. */
function dayMonthValue(lang: DateLanguage, text: string, r: ParsedResult, pub: Ymd | null, weekday: number | null): string | null {
  const c = r.start;
  const m = c.get('month') as number;
  const d = c.get('day') as number;
  if (c.isCertain('year')) return isoDay({ y: c.get('year') as number, m, d });
  if (!pub) return null;
  const before = text.slice(Math.max(0, r.index - 60), r.index);
  const after = text.slice(r.index + r.text.length, r.index + r.text.length + 60);
  const dir = lang.direction(before, r.text, after);
  const tense = dir === -1 ? 'past' : dir === 1 ? 'future' : tenseAt(lang, before, r.text, after);
  const today = dayNumber(pub);
  let best: Ymd | null = null;
  let bestCost = Infinity;
  for (const y of [pub.y - 1, pub.y, pub.y + 1]) {
    const cand = { y, m, d };
    if (weekday != null && weekdayOf(cand) !== weekday) continue;
    const diff = dayNumber(cand) - today;
    const against = (tense === 'past' && diff > 0) || (tense === 'future' && diff < 0);
    const cost = Math.abs(diff) * (against ? 4 : 1);
    if (cost < bestCost) [best, bestCost] = [cand, cost];
  }
  return isoDay(best ?? { y: pub.y, m, d });
}

function weekdayValue(lang: DateLanguage, before: string, r: ParsedResult, after: string, pub: Ymd): string {
  const c = r.start;
  const dir = lang.direction(before, r.text, after);
  if (dir === -1 || dir === 1) return isoDay({ y: c.get('year') as number, m: c.get('month') as number, d: c.get('day') as number });
  const target = c.get('weekday') as number;
  const today = dayNumber(pub);
  const offset = (target - weekdayOf(pub) + 7) % 7;
  const future = tenseAt(lang, before, r.text, after) === 'future';
  return isoDay(fromDayNumber(future ? today + offset : today - ((7 - offset) % 7)));
}

/**
 * Tense from marker words: the one nearest the expression, within its clause, wins. A verb of saying (`speech`) tells
 * the tense of the saying, and the words after it are the reported clause's: it counts right before the expression
 * ("said Friday", "said on Friday", "kata Budi, Senin") and, after it, only when nothing before the expression tells
 * the tense ("On Wednesday, the company said it would …" is past, not "would"). In "the vote will take place on
 * Monday, officials said" and "Presiden akan berkunjung pada Kamis, kata juru bicara" the event's "will"/"akan" decides.
 */
export function tenseFromMarkers(
  before: string,
  after: string,
  marker: (word: string, previous: string) => Tense | null,
  speech: (word: string) => boolean = () => false,
): Tense | null {
  const left = clauseTail(before).split(/\s+/).map(bare).filter(Boolean).slice(-8);
  const right = clauseHead(after).split(/\s+/).map(bare).filter(Boolean).slice(0, 6);
  let saying: Tense | null = null;
  let rightEnd = right.length;
  for (let i = 1; i <= Math.max(left.length, rightEnd); i++) {
    const k = left.length - i;
    const l = k >= 0 && (i <= 2 || !speech(left[k])) ? marker(left[k], left[k - 1] ?? '') : null;
    if (l) return l;
    if (i > rightEnd) continue;
    const word = right[i - 1];
    if (speech(word)) {
      saying = marker(word, right[i - 2] ?? '');
      rightEnd = i;
      continue;
    }
    const r = marker(word, right[i - 2] ?? '');
    if (r) return r;
  }
  return saying;
}

/** Sentence and clause punctuation, and double quotation marks: the tense of a quotation is not the clause's. */
const CLAUSE_BREAK = new RegExp(`[.;:!?${STRAIGHT_DOUBLE}${CURLY_OPEN}${CURLY_CLOSE}]`);
function clauseTail(s: string): string {
  let i = s.length;
  while (i > 0 && !breaksAt(s, i - 1)) i--;
  return s.slice(i);
}
function clauseHead(s: string): string {
  let i = 0;
  while (i < s.length && !breaksAt(s, i)) i++;
  return s.slice(0, i);
}
/**
 * Whether the character at `i` breaks the clause. The period of an abbreviation does not: "The contract, awarded to Boeing
 * Co. in March, …" is past ("awarded"), not read from the words after "Co."; nor one before a lower-case word or a figure.
 */
function breaksAt(s: string, i: number): boolean {
  if (!CLAUSE_BREAK.test(s[i])) return false;
  if (s[i] !== '.') return true;
  return !(/^\s*[\p{Ll}\d]/u.test(s.slice(i + 1, i + 4)) || /(?:^|[^\p{L}])(?:\p{Lu}\p{Ll}{0,3}|\p{L})$/u.test(s.slice(Math.max(0, i - 6), i)));
}
const bare = (w: string) => w.toLowerCase().replace(/^[^\p{L}']+|[^\p{L}']+$/gu, '');

/**
 * A `direction` from a language's direction words: a `last` word (-1), a `next` word (+1) or the `current` word (0)
 * in the expression or in the word beside it — before it where the language puts them first ("last May"), after it
 * where it puts them last ("Mei lalu").
 */
export function directionFrom(words: {
  last: ReadonlySet<string>;
  next: ReadonlySet<string>;
  current: string;
  side: 'before' | 'after';
}): DateLanguage['direction'] {
  return (before, text, after) => {
    const { prev, next } = neighbours(before, after);
    for (const w of [...text.toLowerCase().split(/\s+/), words.side === 'before' ? prev : next]) {
      if (words.last.has(w)) return -1;
      if (words.next.has(w)) return 1;
      if (w === words.current) return 0;
    }
    return null;
  };
}

/** The last word of `before` and the first of `after`, lowercased, for direction words. */
export function neighbours(before: string, after: string): { prev: string; next: string } {
  const prev = /([\p{L}']+)[\s,]*$/u.exec(before.slice(-30))?.[1] ?? '';
  const next = /^[\s,]*([\p{L}']+)/u.exec(after.slice(0, 30))?.[1] ?? '';
  return { prev: prev.toLowerCase(), next: next.toLowerCase() };
}
