// English date expressions: chrono's casual English parser, bare years, and the words that give tense and
// direction. Conventions are documented in src/dates.ts.
import * as chrono from 'chrono-node/en';
import { directionFrom, findDatesWith, tenseFromMarkers, type DateLanguage, type Tense } from '../../dates.js';
import type { DateMention } from '../types.js';
import { alternation } from '../patterns.js';
import { SPEECH_VERBS } from './lexicon.js';
import { capitalised, MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from './calendar.js';

const MONTH_NAMES = alternation([...MONTHS, ...MONTH_ABBREVIATIONS]);
const WEEKDAY_NAMES = alternation([...WEEKDAYS, ...WEEKDAY_ABBREVIATIONS]);
const RELATIVE = 'today|tonight|yesterday|tomorrow|ago|week(?:end)?s?|months?|years?|morning|afternoon|evening|night|noon|midnight|now|currently|lasts?';

const FUTURE = new Set([
  'through', 'will', "'ll", 'shall', 'plans', 'planning', 'going', 'upcoming', 'due', 'next', 'coming', 'until', 'till', 'tomorrow', 'would',
  // Present verbs of expectation and intent look ahead: "analysts expect the Fed to cut rates in December".
  'expect', 'expects', 'intend', 'intends', 'aims', 'hopes',
]);
// Participles that look ahead ("is scheduled for", "the vote, set for April 7") unless in a past or perfect
// tense ("had expected to", "was scheduled to"), which tells of plans already past.
const PLANNED = new Set(['scheduled', 'expected', 'planned', 'set', 'slated']);
const PAST_AUXILIARY = new Set(['had', 'has', 'have', 'was', 'were']);
// Present-tense verbs of timetables: "the law takes effect in July", "talks resume Monday" look ahead.
const SCHEDULED = new Set([
  'takes', 'begins', 'starts', 'opens', 'resumes', 'ends', 'closes', 'expires', 'launches', 'arrives', 'returns',
  'meets', 'visits', 'hosts', 'faces', 'kicks', 'reopens', 'convenes', 'debuts', 'premieres', 'airs', 'goes',
  'resume', 'begin', 'convene', 'reopen', 'expire',
]);
const PAST = new Set([
  'said', 'told', 'was', 'were', 'had', 'did', 'made', 'came', 'went', 'took', 'gave', 'met', 'won', 'lost', 'left',
  'began', 'held', 'found', 'got', 'saw', 'sent', 'spent', 'wrote', 'fell', 'rose', 'paid', 'sold', 'bought', 'brought',
  'thought', 'struck', 'hit', 'put', 'cut', 'ran', 'led', 'broke', 'chose', 'drew', 'flew', 'grew', 'knew', 'spoke',
  'stood', 'became', 'last', 'ago', 'earlier', 'yesterday', 'since', 'previously',
]);
// Words in -ed that are not past-tense verbs.
const NOT_PAST = new Set([
  'need', 'speed', 'red', 'bed', 'feed', 'seed', 'indeed', 'hundred', 'shed', 'breed', 'greed', 'creed', 'deed', 'proceed', 'exceed',
  'succeed', 'weed', 'bleed',
]);

/** Words after "since the", "until the" that make a part of time, not an event: "since the start of 2010". */
const BOUNDARY_WORDS = alternation([
  'end', 'start', 'beginning', 'middle', 'close', 'turn', 'first', 'second', 'third', 'fourth', 'last', 'next', 'past', 'previous',
  'weekend', 'week', 'month', 'year', 'day', 'morning', 'afternoon', 'evening', 'night', ...MONTHS, ...WEEKDAYS,
]);

const PASSIVE = new Set(['be', 'been', 'being']);
const SUPERLATIVES = alternation([
  'highest', 'lowest', 'biggest', 'largest', 'smallest', 'strongest', 'weakest', 'sharpest', 'steepest', 'fastest', 'slowest', 'best',
  'worst', 'first', 'most', 'least', 'greatest', 'deepest', 'heaviest', 'longest', 'hottest', 'coldest', 'wettest', 'driest', 'deadliest',
]);
/** Verbs of putting a thing off to a later time. */
const PUT_OFF = alternation([
  'postpone', 'postponed', 'postpones', 'postponing', 'delay', 'delayed', 'delays', 'delaying', 'adjourn', 'adjourned', 'adjourns',
  'defer', 'deferred', 'defers', 'reschedule', 'rescheduled', 'reschedules', 'pushed back', 'push back', 'put off', 'puts off',
]);
/** Past participles not in -ed that open a phrase set off by commas: "Columbia, lost on February 1, 2003, was …". */
const IRREGULAR_PARTICIPLES = alternation([
  'born', 'built', 'held', 'made', 'won', 'begun', 'written', 'taken', 'known', 'sold', 'led', 'lost', 'hit', 'seen', 'shot', 'struck',
  'found', 'bought', 'brought', 'caught', 'sent', 'set', 'kept', 'left', 'given', 'thrown', 'flown', 'grown', 'shown', 'drawn', 'beaten',
  'broken', 'chosen', 'spoken', 'stolen', 'driven', 'hidden', 'fallen', 'sunk', 'spent', 'paid', 'laid', 'run', 'done', 'split', 'shut',
]);
const MODALS = new Set(['will', "'ll", 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);

function marker(word: string, previous: string): Tense | null {
  if (FUTURE.has(word) || SCHEDULED.has(word)) return 'future';
  if (PLANNED.has(word)) return PAST_AUXILIARY.has(previous) ? 'past' : 'future';
  // "to be published", "has been scheduled": a participle, not a past tense.
  if (PASSIVE.has(previous)) return null;
  // "to cut rates in December", "will cut rates by the end of the year": an infinitive, not the past tense its form shares.
  if (previous === 'to' || MODALS.has(previous)) return null;
  if (PAST.has(word)) return 'past';
  if (word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word)) return 'past';
  return null;
}

const LAST = new Set(['last', 'past', 'previous']);
const NEXT = new Set(['next', 'coming', 'upcoming']);

const MONTH_NUMBER: Record<string, number> = Object.fromEntries(MONTHS.map((m, i) => [m.slice(0, 3), i + 1]));

/** "last May", "since May", "early March": chrono reads "May" and "March" alone only after "in". */
const MODIFIED_MONTH = new RegExp(
  String.raw`(?<![\w-])(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Ee]arly|[Ll]ate|[Mm]id-?|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Tt]hrough|[Ff]rom|[Bb]efore|[Aa]fter` +
    String.raw`|[Dd]uring)\s(?:last\s)?(${MONTHS.map(capitalised).join('|')})\b`,
);
const modifiedMonth: chrono.Parser = {
  pattern: () => MODIFIED_MONTH,
  extract: (context, match) => context.createParsingComponents({ month: MONTH_NUMBER[match[1].slice(0, 3).toLowerCase()] }),
};

/** "this fiscal year", "last fiscal year". */
const fiscalYear: chrono.Parser = {
  pattern: () => /(?<![\w-])(this|last|next|the current|the previous)\s+fiscal\s+year\b/i,
  extract: (context, match) => {
    const word = match[1].toLowerCase();
    const shift = word === 'last' || word === 'the previous' ? -1 : word === 'next' ? 1 : 0;
    return context.createParsingComponents({ year: context.refDate.getFullYear() + shift });
  },
};

/**
 * "by the end of the year", "by the end of year", "at year-end", "the beginning of this year": a part of the publication
 * year, or of the year before or after it as the tense says (see yearPart in src/dates.ts).
 */
const partOfYear: chrono.Parser = {
  pattern: () => /(?<![\w-])(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:(?:the|this)\s+)?year|year[-\s]end|(?:the\s+)?year['’]s\s+end)(?![\w-])/i,
  extract: (context) => context.createParsingComponents({ year: context.refDate.getFullYear() }),
};

/** Words before a month name that make it a date, not a first name ("in June", "last August"). */
const MONTH_CONTEXT = /\b(?:in|on|since|by|until|till|through|from|to|during|before|after|of|last|next|this|early|late|mid|end|between|and|or)\s$/i;

// chrono's English parser with ours, built on first use: a worker that reads only Indonesian never builds it (nor runs
// its patterns, whose first use compiles them).
let parser: chrono.Chrono | undefined;
function englishChrono(): chrono.Chrono {
  if (!parser) {
    parser = chrono.casual.clone();
    parser.parsers.push(modifiedMonth, fiscalYear, partOfYear);
  }
  return parser;
}

// Words after which a four-digit number from 1500 to 2099 is a year (from 1000, after fewer words: see `years`) ("in 2023", "since 1996", "its 2019 report").
const YEAR_INTRODUCERS = [
  'in', 'by', 'since', 'until', 'till', 'through', 'to', 'from', 'during', 'before', 'after', 'of', 'early', 'late', 'mid', 'around',
  'circa', 'between', 'and', 'or', 'the', 'a', 'its', 'his', 'her', 'their', 'our', 'year', 'spring', 'summer', 'autumn', 'fall',
  'winter', ...MONTHS,
].join('|');
// Verbs that tell a figure of a period named with "for" ("Net income for 1988 rose 5%"): the year is that period.
const FIGURE_VERBS = alternation([
  'was', 'were', 'will', 'would', 'should', 'could', 'may', 'might', 'rose', 'fell', 'grew', 'climbed', 'dropped', 'declined',
  'increased', 'decreased', 'totaled', 'totalled', 'reached', 'amounted', 'jumped', 'slipped', 'surged', 'plunged', 'came', 'stood',
  'remained', 'exceeded', 'topped', 'is expected', 'are expected',
]);
// What a duration's number may follow ("for about two years") and the number itself.
const DURATION_HEDGES = String.raw`about|around|nearly|almost|roughly|some|over|more\s+than|less\s+than|up\s+to`;
const DURATION_COUNTS = String.raw`a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d+`;

export const englishDates: DateLanguage = {
  get chrono() {
    return englishChrono();
  },
  mayContainDate: new RegExp(`\\d|\\b(?:${MONTH_NAMES}|${WEEKDAY_NAMES}|${RELATIVE})\\b`, 'i'),
  // A year after a word that introduces one ("in 2023", "by 2035"), or standing before punctuation ("…in 1996,").
  // Not a fiscal year ("fiscal 1989", "the 1990 fiscal year") or a part of a year ("the fourth quarter of 1989",
  // "the 1989 first half"): those are not the calendar year.
  years: new RegExp(
    String.raw`(?:(?<=\bmid-)|(?<![\w$£€¥#.,/:'’\-–]))(?<!\b(?:fiscal|fiscal\s+year|quarter\s+of|half\s+of)\s)` +
      String.raw`(?:((?:1[5-9]|20)\d\d)(?<=(?:\b(?:${YEAR_INTRODUCERS})[\s\u00a0]{1,2}|\bmid-)\d{4})` +
      String.raw`|((?:19|20)\d\d)(?=\s?(?:[.,;:!?)"”’—–]|$))` +
      // "Net income for 1988 was $50 million", "Earnings for 1990 will fall": after "for" only before a verb of the figure
      // or another year, not before a count's noun ("for 2000 workers"); not before "is": "The outlook for 1990 is grim" is now.
      String.raw`|((?:19|20)\d\d)(?<=\bfor\s\d{4})(?=\s(?:${FIGURE_VERBS})\b|\s(?:and|or|to|through)\s(?:19|20)\d\d\b)` +
      // "The abbey was built in 1250.", "founded in 1088 and …": an older year after a preposition of time, closing its phrase.
      String.raw`|(1[0-4]\d\d)(?<=\b(?:in|since|until|from|between|circa)\s\d{4})(?=\s?(?:[.,;:!?)"”’—–]|$)|\s(?:and|to|until|when|after|before|by|as)\b))` +
      String.raw`(?![\w%°/]|[.,:]\d|\s?(?:percent|per cent|BCE?|B\.C)\b|\s(?:fiscal|first|second|third|fourth)\b` +
      String.raw`|['’]s\s+(?:first|second|third|fourth|final)\s+(?:quarter|half)\b)`,
    'gi',
  ),
  // Lowercase words ("sat", "march"), and weekday abbreviations without their period ("Sun Microsystems").
  ambiguous: /^(?:lasts|sat|sun|mon|tue|wed|thu|fri|mar|may|jan|jun|jul|aug|sep|sept|oct|nov|dec|march|second|(?:(?:on|last|next|this)\s)?(?:Sun|Sat|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri))$/,
  generic: /\b(?:a|an|every|each|any|one)\s$/i,
  isName: (before, text, after) =>
    /^[A-Z][a-z]+$/.test(text) && /^\s[A-Z][a-z]/.test(after) && !MONTH_CONTEXT.test(before.slice(-12)),
  // "now" is no point in time; "the last day" of something is not yesterday; "2 1/2", "3/4" are fractions and
  // scores (English news does not write dates as bare day/month).
  notADate: /^(?:now|right now|currently|at present|presently|nowadays|these days|(?:the\s+)?last\s+day|\d{1,2}\/\d{1,2})$/i,
  // "for two years", "the past several months", "a month earlier" (relative to another event, not to publication).
  duration: new RegExp(
    [
      String.raw`^(?:for|within|during|over|in|after|before)\s+(?:the\s+)?(?:(?:${DURATION_HEDGES})\s+)?(?:${DURATION_COUNTS})\b`,
      String.raw`^in\s+the\s+(?:year|month|week|day)$`,
      String.raw`^(?:the\s+)?past\s+(?:\S+\s+)?(?:years?|months?|weeks?|days?|decades?|hours?|minutes?)$`,
      String.raw`^(?:the\s+)?(?:next|last|coming|recent|previous|first)\s+(?:\S+\s+)?(?:years|months|weeks|days|decades|hours|minutes)\b`,
      String.raw`\b(?:later|earlier|before|after|out)$`,
    ].join('|'),
    'i',
  ),
  // "throughout the year"; "the first quarter of this year", "the second half of last year": a quarter or a half, not the year
  // (as "the fourth quarter of 1989" is no year above).
  spanBefore: /\bthroughout\s+$|\b(?:quarter|half)\s+of\s+$/i,
  // "faster than can be done today", "Even today, the town is divided"; not "higher than expected, and it reports today".
  nowadays: { text: /^today$/i, before: /\bthan(?:\s+(?!and\b|but\b)[\w'’-]+){0,6}\s+$|\b(?:even|still)\s+$/i },
  yearPart: { end: /\bend\b/i, start: /\b(?:beginning|start)\b/i },
  // "by the end of next year", "at the end of last month": chrono's "end of" is a last day.
  partOf: { year: /^(?:the\s+)?end\s+of\s+(?:\w+\s+)?year$/i, month: /^(?:the\s+)?end\s+of\s+/i },
  // "The next year, he moved to Paris", "the following month": the story's next year, not the publication's.
  anaphoric: { text: /^(?:next|following)\s/i, before: /\bthe\s+$/i },
  week: /\bweek(?:end)?s?\b/i,
  weekend: /weekend/i,
  direction: directionFrom({ last: LAST, next: NEXT, current: 'this', side: 'before' }),
  // Not "when"/"while": a simultaneous event shares its date ("killed when it was boarded in May 2010").
  // A past participle set off by commas tells of the noun before it: "The company, founded in 1950, hired 300
  // workers", "The deal, announced Monday, values the firm at $2 billion"; not one of asking or reaching, whose date
  // is the speaker's ("The minister, asked on Monday, said …"). Set off means closed by a comma too: in "The firm's
  // lawyer, Ann Lee, denied in May that it had paid" the verb runs to the end: it is the main verb after an apposition.
  subordinate: new RegExp(
    [
      String.raw`,\s*(?:which|who|whose|where)\b`,
      // A condition holds its own time: "he would veto the bill if Congress passes it this week".
      String.raw`\b(?:because|although|though|whereas|if|unless)\b`,
      // An embedded question holds its own time: "evidence of how much insurers might raise prices when the law kicks in
      // next year", "it is unclear whether talks will resume on Monday".
      String.raw`\b(?:how\s+(?:much|many|far|long|soon)|whether)\b`,
      String.raw`\b(?:after|before|since|until)\s+(?:being|having|he|she|it|they|we|I|you|[a-z]+ing)\b`,
      // The new time a thing is put off to is not the putting off's: "The qualifier has been postponed until Saturday", "the trial
      // was adjourned to March 3".
      String.raw`\b(?:until|till|to)\b(?<=\b(?:${PUT_OFF})(?:\s+[\w'’-]+){0,3}?\s+(?:until|till|to))`,
      // "since the Republican convention in July", "until the election in May": the date is the event's that bounds the
      // claim's span, not the claim's; not "since the start of 2010", "until the weekend". Not "before": "the promise
      // was made before the referendum in 2014" was made in 2014.
      String.raw`\b(?:since|until)\s+(?:the|a|an|his|her|its|their|our)\s+(?!(?:${BOUNDARY_WORDS})\b)`,
      String.raw`,\s*(?:(?:first|originally|once|later|previously)\s+)?(?!(?:asked|quoted|interviewed|contacted|reached|questioned)\b)` +
        String.raw`(?:[a-z]{3,}ed|${IRREGULAR_PARTICIPLES})\s+` +
        // The participle's own phrases may stand before its date: "The plan, approved by the board last month, calls for …", "The
        // bill, signed into law by President Bush on Tuesday, requires …"; a preposition opens them, not an object ("Ann Lee,
        // denied the charges in May, …" may be a main verb after an apposition).
        String.raw`(?:(?:by|to|into|from|with|under|as)\s+[^,;:!?]{1,60}?\s+)?` +
        String.raw`(?:in|on|at|during|since|for|last|this|early|late|yesterday|${WEEKDAY_NAMES})\b(?=[^,;:.!?]*,)`,
    ].join('|'),
    'gi',
  ),
  // "…, down from 6% in 1997", "compared with $900 million in 1987", "versus a year earlier", "higher than last year"; "from"
  // only after the figure a change reached ("rose to $5 billion from $4 billion in 1988") or before a time counted back ("fell
  // from a year ago", "from last year"), not "has risen from $1 million in 2010 to …", a span; "than" not after "more", "no
  // later": "more than a year ago" dates the event.
  baseline: new RegExp(
    [
      String.raw`\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|versus|vs\.)(?!\w)`,
      String.raw`(?<=\bto\s+[$€£¥]?\d[\d.,]*(?:\s*(?:%|[a-z]+))?\s+)from\b`,
      // "Sales in September fell 3.2% from August", "rose 15 points from a week earlier": "from" right after the size of a change
      // names the time compared with; not a span's start ("fell 3% from June to August"; but "fell 12 points from Tuesday to close at 2645").
      String.raw`\bfrom\b(?<=\d(?:\s*%|\s+(?:percent|per\s+cent|percentage\s+points?|points?|cents?))\s+from)` +
        String.raw`(?![^,;:.]{0,30}\b(?:to|until|through)\s+(?:the\s+)?(?:${MONTH_NAMES}|${WEEKDAY_NAMES}|\d|early|mid|late|end|last|this|next)\b)`,
      String.raw`\bfrom(?=\s+(?:a|an|one|two|three|four|five|several)\s+(?:years?|months?|quarters?|weeks?)\s+(?:ago|earlier|before)\b)`,
      String.raw`\bfrom(?=\s+(?:last|the\s+previous|the\s+prior)\s+(?:year|month|quarter|week)\b(?!\s+(?:to|until|through)\b))`,
      // "the biggest one-day drop since Oct. 19, 1987": a superlative's "since" names the time compared with.
      String.raw`(?<=\b(?:${SUPERLATIVES})(?:\s+[\w-]+){0,4}\s+)since\b`,
      // "than" only right before the time it compares with: not "more plastic than fish by 2050".
      String.raw`(?<!\b(?:more|less|fewer|longer|later|earlier|sooner|rather|other)\s)\bthan(?=\s+(?:(?:in|on|at|during|for)\s+)?` +
        String.raw`(?:last|the\s+(?:previous|prior|same)|a\s+(?:year|month|week|quarter)|one|two|three|(?:19|20)\d\d|${MONTH_NAMES})\b)`,
    ].join('|'),
    'gi',
  ),
  // "that" only before a verb form: "the firm that was founded in 1998" is a relative clause, "that year" is not.
  relative: /\b(?:who|which|whose|that(?=\s+(?:was|were|is|are|has|had|have|first|once|\w+ed)\b))\b/gi,
  relativeWhen: /^\)?,\s*when\s+/i,
  // "has apologised", "have long sought", "'s admitted"; not "has been", "has to", "has got".
  perfect: {
    verb: new RegExp(
      String.raw`\b(?:has|have|'s|’s|'ve|’ve)\s+(?:(?:long|not|never|already|also|just|repeatedly|previously|\w+ly)\s+)?(?!been\b|got\b)` +
        String.raw`(?:\w+(?:ed|en|wn|ght)|done|gone|won|lost|made|held|paid|said|sold|told|led|left|met|set|put|run|come|become|begun|had|` +
        String.raw`heard|kept|built|spent|sent|struck|found|fled|fought|stood)\b`,
      'gi',
    ),
    // "has grown since 2010", "has risen from $1 million in 2010 to …"
    bound: /\b(?:since|from|between|over|through|until)\b[^,;:.]{0,30}$/i,
  },
  // "In composite trading on the Big Board yesterday, …", "Speaking to the BBC in 1995, …", "When contacted on Monday, …".
  framing: /^(?:In|On|At|During|For|As\s+of|When|Speaking|Writing|Talking|Testifying|Addressing|Appearing|Asked|Interviewed|Questioned)\b/,
  // Prepositions, time adverbs, conjunctions ("In early 2011, …", "Now, in 2011, …"); not "After"/"Before", which order events
  // rather than frame them: "After the 2008 crisis, the bank raised its rates" is not of 2008.
  leads: new RegExp(
    String.raw`^(?:In|On|At|By|During|Since|Until|Till|Through|Throughout|From|As|Early|Late|Mid|Last|Next|This|That|Earlier|Later|Over|For|` +
      String.raw`Within|Around|About|Sometime|Back|Then|And|But|So|Yet|Also|Only|Just|Even|Already|Again|Beginning|Starting|Between|Now|However|` +
      String.raw`Meanwhile|Separately|Still|Recently|Previously|Once|Elsewhere|Instead|Thus|According|Under)\b`,
    'i',
  ),
  tense: (before, after) => {
    // "The plan, which was unveiled in May, would cut taxes": a comma after the expression closes the aside that holds
    // it, so the words after the comma ("would") give the tense only where nothing before the expression does.
    const comma = after.indexOf(',');
    if (comma < 0) return englishTense(before, after);
    return englishTense(before, after.slice(0, comma)) ?? englishTense('', after.slice(comma + 1));
  },
};

function englishTense(before: string, after: string): Tense | null {
  // "The mayor said at a meeting on Monday that the plant would close": a date just before the "that" of a verb of
  // saying dates the saying, not the reported clause after it.
  if (/^\s*that\b/i.test(after)) {
    const words = before.split(/[.;:!?"“”]/).pop()!.toLowerCase().split(/[^\p{L}']+/u).filter(Boolean).slice(-8);
    let k = words.length - 1;
    while (k >= 0 && !SPEECH_VERBS.has(words[k])) k--;
    const said = k >= 0 ? marker(words[k], words[k - 1] ?? '') : null;
    if (said) return said;
  }
  return tenseFromMarkers(before, after, marker, (w) => SPEECH_VERBS.has(w) || w === 'according');
}

export function findDates(text: string, published: string | null): DateMention[] {
  return findDatesWith(englishDates, text, published);
}
