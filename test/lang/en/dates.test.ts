import { describe, expect, it } from 'vitest';
import { englishDates, findDates } from '../../../src/lang/en/dates.js';
import { cpuMs } from '../../support/cpu.js';

// Friday 22 March 2013 (the day of several TempEval-3 articles).
const PUB = '2013-03-22';
const values = (text: string, published: string | null = PUB) => findDates(text, published).map((d) => d.value);
const only = (text: string, published: string | null = PUB) => {
  const v = values(text, published);
  expect(v).toHaveLength(1);
  return v[0];
};

describe('English findDates', () => {
  it('reads bare years after a word that introduces them, and before punctuation', () => {
    expect(only('The station opened in 2004 after delays')).toBe('2004');
    expect(only('It will secure jobs until 2035')).toBe('2035');
    expect(only('Officials pointed to a 2009 analysis by the CBO')).toBe('2009');
    expect(only('Prices rose sharply in mid-1990 on demand')).toBe('1990');
    expect(only('That was the record, set in 1996.')).toBe('1996');
  });

  it('reads a year before 1500 after a preposition of time that it closes ("built in 1250.", "founded in 1088 and")', () => {
    expect(only('The abbey was built in 1250.')).toBe('1250');
    expect(only('The town was founded in 1088 and grew fast')).toBe('1088');
    expect(values('Police seized 1200 kilos in 1200 raids')).toEqual([]);
    expect(values('The 1200 workers went home')).toEqual([]);
  });

  it('does not read counts, sums, percentages or decades as years', () => {
    expect(values('More than 2,000 people marched')).toEqual([]);
    expect(values('He scored 2012 points over his career')).toEqual([]);
    expect(values('It cost $2000 to fix')).toEqual([]);
    expect(values('Inflation hit 2010 percent in the crisis')).toEqual([]);
    expect(values('Music of the 1990s is back')).toEqual([]);
    expect(values('Profit rose in fiscal 1989, it said')).toEqual([]);
    expect(values('Sales fell in the fourth quarter of 1989, it said')).toEqual([]);
    expect(values('Sales fell in the 1989 fourth quarter')).toEqual([]);
    expect(values('The deficit in fiscal year 1990 grew')).toEqual([]);
    expect(values("Profit rose in 1988's fourth quarter")).toEqual([]);
    expect(values('Sales fell in the first quarter of this year')).toEqual([]);
    expect(values('Sales fell in the second half of last year')).toEqual([]);
  });

  it('reads the end or start of the year as the publication year, or the year before or after it as the tense says', () => {
    expect(only('The bank will cut rates by the end of the year')).toBe('2013');
    expect(only('The bank will cut rates by the end of this year')).toBe('2013');
    // published in March: an end of the year in the past is last year's, a start of the year ahead is next year's
    expect(only('Sales rose at year-end')).toBe('2012');
    expect(values('The outbreak started in early December and peaked by the end of year.')).toEqual(['2012-12', '2012']);
    expect(only('The outbreak peaked by the end of the year', '2013-12-28')).toBe('2013');
    expect(only('The plant will reopen at the start of the year')).toBe('2014');
    expect(only('The plant reopened at the start of the year')).toBe('2013');
    expect(only('Sales at the end of the year are strong')).toBe('2013');
    expect(values('By the end of the year-long probe, he quit')).toEqual([]);
    expect(values('The bank will cut rates by the end of the year', null)).toEqual([null]);
  });

  it('reads the end of a year or a month at the precision of the year or the month, not as its last day', () => {
    expect(only('The firm will cut 1,200 jobs by the end of next year.')).toBe('2014');
    expect(only('Debt totaled $2 billion at the end of last year.')).toBe('2012');
    expect(only('Debt totaled $2 billion at the end of June.')).toBe('2012-06');
    expect(only('The plant will close at the end of the month.')).toBe('2013-03');
    expect(only('The plant closed at the end of June 2011.')).toBe('2011-06');
  });

  it('gives no date for "the next year", counted from the story\'s event, but reads "next year"', () => {
    expect(values('The next year, he moved to Paris.')).toEqual([]);
    expect(values('He moved to Paris the next month.')).toEqual([]);
    expect(only('He will move to Paris next year.')).toBe('2014');
  });

  it('reads a day after a sum of money, which chrono would take for an invalid hour', () => {
    expect(only('Acme closed at $24.50 yesterday, up 25 cents.')).toBe('2013-03-21');
    expect(only('The shares ended at $24 Friday.')).toBe('2013-03-22');
    expect(values('It cost $2000 to fix')).toEqual([]);
  });

  it('reads a timetable verb in the present tense as looking ahead', () => {
    expect(only('The budget takes effect in July')).toBe('2013-07');
    expect(only('Talks resume Monday in Geneva')).toBe('2013-03-25');
    expect(only('The budget took effect in July')).toBe('2012-07');
  });

  it('keeps the offsets of a mention into the text, without trailing commas', () => {
    const text = 'The FAA on Friday, in a statement, said so';
    const [d] = findDates(text, PUB);
    expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(d.text).toBe('on Friday');
  });

  it('resolves relative years and months at their own precision', () => {
    expect(only('Sales fell last year')).toBe('2012');
    expect(only('Sales will rise next year')).toBe('2014');
    expect(only('Earlier this year the plan changed')).toBe('2013');
    expect(only('The index fell last month')).toBe('2013-02');
    expect(only('The plant closed four years ago')).toBe('2009');
    expect(only('The agency must cut $600 million this fiscal year')).toBe('2013');
  });

  it('gives a week the month of its Thursday', () => {
    expect(only('Google launched Keep this week')).toBe('2013-03');
    // Published Wednesday 1 November 1989: last week's Thursday is 26 October.
    expect(only('The bank said so last week', '1989-11-01')).toBe('1989-10');
    expect(only('Two weeks ago the board met', '1989-11-01')).toBe('1989-10');
    expect(only('Fans gathered this weekend')).toBe('2013-03');
  });

  it('resolves a bare weekday backwards in past context and forwards in future context', () => {
    expect(only('Jhung said Friday that the season was ending')).toBe('2013-03-22');
    expect(only('Roth on Thursday agreed to plead guilty')).toBe('2013-03-21');
    expect(only('Kori Schulman wrote in a blog post Monday', '2016-11-15')).toBe('2016-11-14');
    expect(only('The council will vote on Tuesday')).toBe('2013-03-26');
    expect(only('The match is scheduled for Saturday')).toBe('2013-03-23');
  });

  it('resolves a month without a year by tense, and "last"/"next" strictly', () => {
    expect(only('Roth told CNN in August what happened')).toBe('2012-08');
    expect(only('The book is due to be published in May')).toBe('2013-05');
    expect(only('The flu season started in early December')).toBe('2012-12');
    expect(only('Sarkozy, who lost his bid last May, said nothing')).toBe('2012-05');
    expect(only('Last March, the board resigned')).toBe('2012-03');
    expect(only('Businesses had expected to start contracting in July')).toBe('2012-07');
    expect(only('In June to August 2010 famine struck the Sahel')).toBe('2010-06');
  });

  it('resolves a day and month without a year to the nearest date, weighed by tense', () => {
    expect(only('The deadline passed on Feb. 28')).toBe('2013-02-28');
    expect(only('The vote, scheduled for April 7, was delayed')).toBe('2013-04-07');
    expect(only('The attacks of 21 October took down websites', '2016-11-15')).toBe('2016-10-21');
  });

  it('reads both ends of a year range', () => {
    expect(values('the swine flu pandemic of 2009-2010, when children died')).toEqual(['2009', '2010']);
    expect(values('the expedition of 1957-58, which crossed Antarctica')).toEqual(['1957', '1958']);
    expect(values('the period of 2009-08 was')).toEqual(['2009']);
  });

  it('takes the year a month is given a few words on', () => {
    expect(values('her induction that January day in 2011 had begun')).toEqual(['2011-01', '2011']);
  });

  it('reads the tense of the event, not of the cue after it (issue 13 item 6)', () => {
    // Publication on Friday 22 March 2013.
    expect(only('The vote will take place on Monday, officials said.')).toBe('2013-03-25');
    expect(only('The council met on Monday, officials said.')).toBe('2013-03-18');
    // a date just before the "that" of a verb of saying dates the saying, whatever the reported clause's tense
    expect(only('The mayor said at a briefing on Monday that the plant would close.')).toBe('2013-03-18');
    expect(only('The mayor said the plant would close on Monday.')).toBe('2013-03-25');
  });

  it('reads the tense of an aside the expression closes before the tense of the clause after it', () => {
    // Publication on Friday 22 March 2013: May is ahead for "would", behind for "was unveiled".
    expect(only('The plan, which was unveiled in May, would cut taxes by $2 billion.')).toBe('2012-05');
    expect(only('The plan, unveiled in May, would cut taxes.')).toBe('2012-05');
    expect(only('In May, the company will open a plant.')).toBe('2013-05');
  });

  it('reads a preposition the expression holds ("through June") as the word before it, like "until" before "Monday"', () => {
    expect(only('The firm said it has picked three partners for the program to run through June.')).toBe('2013-06');
    expect(only('Prices have risen since June.')).toBe('2012-06');
  });

  it('reads verbs of expectation as looking ahead, and "to cut" as an infinitive, not a past tense', () => {
    expect(only('Analysts expect the central bank to cut rates in December.')).toBe('2013-12');
    expect(only('The board hopes to sign the deal in June.')).toBe('2013-06');
    expect(only('The bank cut rates in December.')).toBe('2012-12');
    // a verb after a modal is its bare form: "will", not the past tense "cut" shares, gives the tense
    expect(only('The bank will cut rates in December.')).toBe('2013-12');
    expect(only('The firm said it would put the plant up for sale in June.')).toBe('2013-06');
  });

  it('reads "today" compared with, or stressed as, the present in general as no date', () => {
    expect(values('The design could solve problems faster than can be done today.')).toEqual([]);
    expect(values('Even today, the town is divided.')).toEqual([]);
    expect(values('Profit was higher than analysts expected and the firm reports again today.')).toEqual(['2013-03-22']);
    expect(values('The index closed today at 2,600.')).toEqual(['2013-03-22']);
  });

  it('treats today and tonight as the publication day, and now as no date', () => {
    expect(only('Today, Khanzir may be a lonely pig', '2016-11-15')).toBe('2016-11-15');
    expect(only('Police said yesterday that two died')).toBe('2013-03-21');
    expect(values('The company is now profitable')).toEqual([]);
    expect(values('It is currently closed')).toEqual([]);
  });

  it('gives no date for times alone, ages, durations, fractions or lowercase words', () => {
    expect(values('The meeting starts at 10 a.m.')).toEqual([]);
    expect(values('The man, 50 years old, was charged')).toEqual([]);
    expect(values('He worked there for two years')).toEqual([]);
    expect(values('They have been investigating it for around 20 years')).toEqual([]);
    expect(values('The plants were alive after 17 days')).toEqual([]);
    expect(values('Prices held steady for the past year')).toEqual([]);
    expect(values('Prices rose over the past two years')).toEqual([]);
    expect(values('It was hospitalised in the past several months')).toEqual([]);
    expect(values('The season started about a month earlier than usual')).toEqual([]);
    expect(values('It is 2 1/2 times higher')).toEqual([]);
    expect(values('She sat down and they march on')).toEqual([]);
    expect(values('Sun Microsystems said it would cut jobs')).toEqual([]);
    expect(values('August Wilson wrote plays about Pittsburgh')).toEqual([]);
    expect(only('In June Microsoft said so')).toBe('2012-06');
    expect(values('In the year-earlier period profits rose')).toEqual([]);
    expect(values('The posting is two years out of date')).toEqual([]);
    expect(values('A monsoon is a wind which lasts for months')).toEqual([]);
    expect(values('It was domesticated as early as 5,000 years ago')).toEqual([]);
    expect(values('The date can only have fallen on a Friday')).toEqual([]);
    expect(values('He served until the last day of his term')).toEqual([]);
    expect(values('An observatory was built there around 1900 BC')).toEqual([]);
  });

  it('keeps relative dates unresolved without a publication date, and absolute ones resolved', () => {
    expect(values('Sales fell last year', null)).toEqual([null]);
    expect(values('He left on Friday', null)).toEqual([null]);
    expect(values('The station opened in 2004', null)).toEqual(['2004']);
    expect(values('It happened on March 5, 2012', null)).toEqual(['2012-03-05']);
  });

  it('marks dates in a relative or subordinate clause with that clause', () => {
    const text = 'Osborne joined an agency after being sacked in July.';
    const [d] = findDates(text, PUB) as { embedded?: [number, number] }[];
    expect(d.embedded && text.slice(...d.embedded)).toBe('after being sacked in July.');
    const [w] = findDates('He arrived on Friday when the talks began', PUB) as { embedded?: [number, number] }[];
    expect(w.embedded).toBeUndefined();
  });

  it('marks a date in a past participle set off by commas as that phrase\'s, unless the participle is of asking', () => {
    const embedded = (text: string) => (findDates(text, PUB) as { embedded?: [number, number] }[]).map((d) => d.embedded && text.slice(...d.embedded));
    expect(embedded('The company, founded in 1950, hired 300 workers.')).toEqual([', founded in 1950']);
    expect(embedded('The treaty, first signed in 1995, ended the war.')).toEqual([', first signed in 1995']);
    expect(embedded('The talks, scheduled for Monday, were called off.')).toEqual([', scheduled for Monday']);
    expect(embedded('The deal, announced Monday, values the firm at $2 billion.')).toEqual([', announced Monday']);
    // a date whose own comma does not close the phrase
    expect(embedded('The company, founded on March 3, 1950, hired 300 workers.')).toEqual([', founded on March 3, 1950']);
    // participles not in -ed
    expect(embedded('The orbiter, lost on February 1, 2003, was the first to fly.')).toEqual([', lost on February 1, 2003']);
    expect(embedded('The ship, sunk in 1942, was found by divers.')).toEqual([', sunk in 1942']);
    expect(embedded('The minister, asked on Monday about the plan, said it would pass.')).toEqual([undefined]);
    expect(embedded('Sales rose in 2011, and profit fell.')).toEqual([undefined]);
    // Not closed by a comma: the verb after an apposition is the main verb, and its date the claim's.
    expect(embedded("The firm's lawyer, Ann Lee, denied in May that it had paid the bribe.")).toEqual([undefined]);
  });

  it('marks a date of an event after "since the", "until the" as that phrase\'s, not one of a part of time, nor after "before"', () => {
    const embedded = (text: string) => (findDates(text, PUB) as { embedded?: [number, number] }[]).map((d) => d.embedded && text.slice(...d.embedded));
    expect(embedded('She made her first appearance since the party convention in July.')).toEqual(['since the party convention in July.']);
    expect(embedded('The ban holds until the election in May, aides said.')).toEqual(['until the election in May']);
    expect(embedded('The promise was made before the referendum in 2014.')).toEqual([undefined]);
    expect(embedded('Prices have risen since the start of 2010.')).toEqual([undefined]);
    expect(embedded('Prices have risen since July.')).toEqual([undefined]);
  });

  it('marks a date of an earlier year after a present perfect as a noun\'s, not one bounding a span or of this year', () => {
    const embedded = (text: string) => (findDates(text, PUB) as { embedded?: [number, number] }[]).map((d) => d.embedded && text.slice(...d.embedded));
    expect(embedded('The minister has apologised for the errors made during the 2010 raid.')).toEqual([' for the errors made during the 2010']);
    expect(embedded('The envoy has long sought an apology for the raid in May 2010.')).toEqual([' an apology for the raid in May 2010']);
    expect(embedded('Sales have grown since 2010.')).toEqual([undefined]);
    expect(embedded('Revenue has risen from $1 million in 2010 to $5 million.')).toEqual([undefined]);
    expect(embedded('The company has cut 300 jobs this year.')).toEqual([undefined]);
    expect(embedded('The company cut 300 jobs during the 2010 crisis.')).toEqual([undefined]);
    expect(embedded('The company has 300 workers in 2010.')).toEqual([undefined]);
  });

  it('marks a date in an embedded question as the question\'s', () => {
    const embedded = (text: string) => (findDates(text, PUB) as { embedded?: [number, number] }[]).map((d) => d.embedded && text.slice(...d.embedded));
    expect(embedded('The data give evidence of how much insurers might raise prices when the law kicks in next year.')).toEqual([
      'how much insurers might raise prices when the law kicks in next year.',
    ]);
    expect(embedded('It is unclear whether talks will resume on Monday.')).toEqual(['whether talks will resume on Monday.']);
    expect(embedded('How the firm fared in 2012 is clear, and sales rose in 2012.')).toEqual([undefined, undefined]);
  });

  it('marks the date (a range\'s start) that a relative "when" after it ties a clause to', () => {
    const text = 'The exception was the pandemic of 2009-2010, when 348 children died.';
    const found = findDates(text, PUB) as { value: string | null; when?: number }[];
    expect(found.map((d) => [d.value, d.when === undefined ? undefined : text.slice(d.when)])).toEqual([
      ['2009', '348 children died.'],
      ['2010', undefined],
    ]);
    expect((findDates('Sales rose in 2010 when prices fell.', PUB) as { when?: number }[])[0].when).toBeUndefined();
  });

  it('keeps offsets right in texts long enough to be read in pieces', () => {
    const text = 'The committee met and talked at length. '.repeat(200) + 'It adjourned on March 5, 2012.';
    const [d] = findDates(text, PUB);
    expect(d.value).toBe('2012-03-05');
    expect(text.slice(d.start, d.end)).toBe('March 5, 2012');
  });

  it('skips sentences that cannot hold a date, and stays fast on long inputs', () => {
    expect(values('The quick brown fox jumps over the lazy dog')).toEqual([]);
    expect(englishDates.mayContainDate.test('The market decision was sunny and novel')).toBe(false);
    expect(englishDates.mayContainDate.test('Sales rose in Dec. and on Tues.')).toBe(true);
    const long = 'In 2013, '.repeat(3000) + 'a.'.repeat(50_000);
    expect(cpuMs(() => findDates(long, PUB))).toBeLessThan(5000); // processor time: about the algorithm, not a busy machine
  });
});
