import { describe, expect, it } from 'vitest';
import type { ClauseDateMention } from '../src/dates.js';
import { extract } from '../src/index.js';
import { claimDate } from '../src/resolve.js';
import type { ClaimDraft, Range } from '../src/types.js';

const draft = (over: Partial<ClaimDraft>): ClaimDraft => ({ actor: 'X', action: 'did', source: null, kind: 'statement', sentence: 0, ...over });
/** A mention of `text` (its first occurrence in `sentence`) with `value`. */
function at(sentence: string, text: string, value: string | null, embedded?: string): ClauseDateMention {
  const start = sentence.indexOf(text);
  const e = embedded ? sentence.indexOf(embedded) : -1;
  return { start, end: start + text.length, text, value, ...(e >= 0 ? { embedded: [e, e + embedded!.length] as [number, number] } : {}) };
}
const range = (sentence: string, part: string): Range => [sentence.indexOf(part), sentence.indexOf(part) + part.length];

describe('claimDate', () => {
  it('takes the date of the claim clause, not one of another clause', () => {
    const s = 'The deaths were reported last week, and there will be more, Jhung said Friday.';
    const dates = [at(s, 'last week', '2013-03'), at(s, 'Friday', '2013-03-22')];
    expect(claimDate(draft({ clause: range(s, 'there will be more') }), dates, s)).toBeNull();
    expect(claimDate(draft({ clause: range(s, 'The deaths were reported last week') }), dates, s)).toBe('2013-03');
  });

  it("falls back to the attribution cue's date", () => {
    const s = '"Transition is not unprecedented," Schulman wrote in a blog post Monday.';
    const dates = [at(s, 'Monday', '2016-11-14')];
    const claim = draft({ clause: range(s, 'Transition is not unprecedented'), cue: range(s, 'Schulman wrote in a blog post Monday') });
    expect(claimDate(claim, dates, s)).toBe('2016-11-14');
  });

  it("takes the date right after the cue as the cue's (issue 13 item 6)", () => {
    // "Separately, the company said yesterday it had sold its stake": the extractor leaves "yesterday" in the clause.
    const s = 'Separately, the company said yesterday it had sold its stake.';
    const claim = draft({ action: 'had sold its stake', clause: range(s, 'yesterday it had sold its stake'), cue: range(s, 'the company said') });
    expect(claimDate(claim, [at(s, 'yesterday', '1989-10-25')], s)).toBe('1989-10-25');
    // "Officials said Tuesday's vote was fair": the vote's date
    const v = "Officials said Tuesday's vote was fair.";
    const vote = draft({ action: 'was fair', clause: range(v, "Tuesday's vote was fair"), cue: range(v, 'Officials said') });
    expect(claimDate(vote, [at(v, 'Tuesday', '1989-10-24')], v)).toBeNull();
  });

  it('takes the date after a cue in the sentence before, for the quotation that follows it', () => {
    const cue = 'Davis told CNN on Thursday.';
    const q = '"He has admitted it now."';
    const claim = draft({ action: 'has admitted it now', clause: range(q, 'He has admitted it now'), cue: range(cue, 'Davis told CNN'), cueSentence: 1, sentence: 2 });
    expect(claimDate(claim, [], q, { dates: [at(cue, 'on Thursday', '2013-03-21')], text: cue })).toBe('2013-03-21');
  });

  it('takes the date a relative "when" ties the clause to', () => {
    const s = 'The exception was the pandemic of 2009-2010, when 348 children died.';
    const when = { ...at(s, '2009', '2009'), when: s.indexOf('348') };
    const claim = draft({ actor: '348 children', action: 'died', clause: range(s, '348 children died') });
    expect(claimDate(claim, [when, at(s, '2010', '2010')], s)).toBe('2009');
    expect(claimDate(claim, [at(s, '2009', '2009'), at(s, '2010', '2010')], s)).toBeNull();
  });

  it('takes a date standing just before the clause', () => {
    const s = 'Roth on Thursday agreed to plead guilty.';
    expect(claimDate(draft({ clause: range(s, 'agreed to plead guilty') }), [at(s, 'on Thursday', '2013-03-21')], s)).toBe('2013-03-21');
  });

  it('takes a date opening the sentence, but not one deep inside it', () => {
    const s = 'In 2011, the consortium attempted to block the venture.';
    expect(claimDate(draft({ clause: range(s, 'the consortium attempted to block the venture') }), [at(s, '2011', '2011')], s)).toBe('2011');
    const u = 'Dan pada tahun 2007, di puncak ketenarannya, nama itu berada dalam 50 nama teratas.';
    expect(claimDate(draft({ clause: range(u, 'nama itu berada dalam 50 nama teratas') }), [at(u, '2007', '2007')], u)).toBe('2007');
    const w = 'WASHINGTON, March 22 (Reuters) - The company cut jobs.';
    expect(claimDate(draft({ clause: range(w, 'The company cut jobs') }), [at(w, 'March 22', '2013-03-22')], w)).toBeNull();
    const v = "This year's vaccine was considered effective.";
    expect(claimDate(draft({ action: 'was considered effective', clause: [0, v.length - 1] }), [at(v, 'This year', '2013')], v)).toBeNull();
    const t = 'Speaking to the BBC about the long and hard expedition in 1995, Lowe said it went well.';
    expect(claimDate(draft({ clause: range(t, 'it went well') }), [at(t, '1995', '1995')], t)).toBeNull();
  });

  it('prefers a date in the action over one in the subject', () => {
    const s = 'The last member of the 1953 team died last June.';
    const dates = [at(s, '1953', '1953'), at(s, 'last June', '2012-06')];
    const claim = draft({ actor: 'The last member of the 1953 team', action: 'died last June', clause: [0, s.length - 1] });
    expect(claimDate(claim, dates, s)).toBe('2012-06');
  });

  it('does not take the date of a coordinated predicate left in the clause', () => {
    const s = 'Seagal has made trips to Russia in recent years and visited Sakhalin in September.';
    const dates = [at(s, 'September', '2016-09')];
    const first = draft({ actor: 'Seagal', action: 'has made trips to Russia in recent years', clause: [0, s.length - 1] });
    const second = draft({ actor: 'Seagal', action: 'visited Sakhalin in September', clause: [0, s.length - 1] });
    expect(claimDate(first, dates, s)).toBeNull();
    expect(claimDate(second, dates, s)).toBe('2016-09');
  });

  it('leaves a date in an embedded clause to that clause', () => {
    const s = 'Osborne signed up with an agency after being sacked in July.';
    const dates = [at(s, 'July', '2016-07', 'after being sacked in July.')];
    expect(claimDate(draft({ clause: range(s, 'Osborne signed up with an agency after being sacked in July') }), dates, s)).toBeNull();
    expect(claimDate(draft({ clause: range(s, 'being sacked in July') }), dates, s)).toBe('2016-07');
  });

  it('ignores unresolved mentions and, without ranges, takes the first resolved date', () => {
    const s = 'Sales fell last year, the firm said in 2013.';
    const dates = [at(s, 'last year', null), at(s, '2013', '2013')];
    expect(claimDate(draft({}), dates, s)).toBe('2013');
    expect(claimDate(draft({ clause: range(s, 'Sales fell last year') }), dates, s)).toBeNull();
  });
});

describe('claim dates and relative clauses without commas (whole pipeline)', () => {
  const claimsOf = (text: string, lang: 'en' | 'id') => extract({ id: 'r', text, lang, published: '2024-05-08' }).claims;

  it('a date inside the subject\'s relative clause is that clause\'s, not the main claim\'s', () => {
    const en = claimsOf('The climber who first crossed the glacier in 1961 has died at the age of 90.', 'en');
    expect(en.find((c) => /has died/.test(c.action))?.date).toBeNull();
    const that = claimsOf('The bridge that opened in 1998 has closed for repairs.', 'en');
    expect(that.find((c) => /has closed/.test(c.action))?.date).toBeNull();
    const id = claimsOf('Perusahaan yang berdiri pada 1998 menutup toko terakhirnya.', 'id');
    expect(id.find((c) => /menutup/.test(c.action))?.date).toBeNull();
  });

  it("a date in a past participle set off by commas is the participle's, not the main claim's", () => {
    const en = claimsOf('The company, founded in 1950, hired 300 workers.', 'en');
    expect(en.find((c) => /hired/.test(c.action))?.date).toBeNull();
    const main = claimsOf("The firm's lawyer, Ann Lee, denied in May that it had paid the bribe.", 'en');
    expect(main.find((c) => /denied/.test(c.action))?.date).toMatch(/^\d{4}-05$/);
  });

  it('a date of an earlier year after a present perfect is a noun\'s, not the claim\'s', () => {
    const en = claimsOf('The minister has apologised for the errors made during the 2010 raid.', 'en');
    expect(en.find((c) => /apologised/.test(c.action))?.date).toBeNull();
    const past = claimsOf('The minister apologised for the errors in 2010.', 'en');
    expect(past.find((c) => /apologised/.test(c.action))?.date).toBe('2010');
  });

  it('a date right before the action outside any relative clause still dates it', () => {
    const en = claimsOf('The mayor on Monday signed the budget.', 'en');
    expect(en.find((c) => /signed/.test(c.action))?.date).toBe('2024-05-06');
    const id = claimsOf('Bupati itu pada 2019 menandatangani anggaran.', 'id');
    expect(id.find((c) => /menandatangani/.test(c.action))?.date).toBe('2019');
  });
});

describe('claim dates from a phrase that frames the sentence (whole pipeline)', () => {
  // Wednesday 8 May 2024.
  const claimsOf = (text: string, lang: 'en' | 'id') => extract({ id: 'r', text, lang, published: '2024-05-08' }).claims;

  it('a date closing an opening phrase dates the claims after it (issue 13 item 6)', () => {
    const trading = claimsOf('In composite trading on the stock exchange yesterday, the bank\'s shares closed at $24.50.', 'en');
    expect(trading.find((c) => /closed/.test(c.action))?.date).toBe('2024-05-07');
    const speaking = claimsOf('Speaking to reporters in 2019, the mayor said: "The bridge is safe."', 'en');
    expect(speaking.find((c) => /safe/.test(c.action))?.date).toBe('2019');
    const id = claimsOf('Dalam rapat dengan para menteri di Istana pada Senin (6/5/2024), Presiden menyetujui anggaran itu.', 'id');
    expect(id.find((c) => /menyetujui/.test(c.action))?.date).toBe('2024-05-06');
  });

  it('not a date after the main clause\'s subject and verb for a later clause (issue 13 item 6)', () => {
    const en = claimsOf('The minister resigned on Friday, two days after the scandal broke.', 'en');
    expect(en.find((c) => /broke/.test(c.action))?.date).toBeNull();
    const framed = claimsOf('Earlier this year, the council approved the budget.', 'en');
    expect(framed.find((c) => /approved/.test(c.action))?.date).toBe('2024');
    const id = claimsOf('Dan pada tahun 2007, di puncak ketenarannya, nama itu berada dalam 50 nama teratas.', 'id');
    expect(id.find((c) => /berada/.test(c.action))?.date).toBe('2007');
  });

  it('a date in the claim\'s own subject, or opening a range, still dates it; "than" compares only with a time', () => {
    const subject = claimsOf('The 2019 Winter Games will be hosted by Krasnoyarsk.', 'en');
    expect(subject.find((c) => /hosted/.test(c.action))?.date).toBe('2019');
    const range = claimsOf('Between 1991 and 1997, she ran a school for children.', 'en');
    expect(range.find((c) => /ran a school/.test(c.action))?.date).toBe('1991');
    const antara = claimsOf('Antara tahun 1991 dan 1997, ia mengelola sebuah sekolah.', 'id');
    expect(antara.find((c) => /mengelola/.test(c.action))?.date).toBe('1991');
    const weekend = claimsOf('Over the 4th of July weekend the mayor signed the budget.', 'en');
    expect(weekend.find((c) => /signed/.test(c.action))?.date).toMatch(/^\d{4}-07-04$/);
    const than = claimsOf('A report in January said the oceans would contain more plastic than fish by 2050.', 'en');
    expect(than.find((c) => /plastic/.test(c.action))?.date).toBe('2050');
  });

  it('not a date in the first of two dated predicates for a clause after the second', () => {
    const strike = claimsOf('The strike began Oct. 1 and ended Tuesday after workers ratified a new contract.', 'en');
    expect(strike.find((c) => /ratified/.test(c.action))?.date).toBeNull();
    expect(strike.find((c) => /ended/.test(c.action))?.date).toBe('2024-05-07');
    const comma = claimsOf('Last month, the board approved the plan.', 'en');
    expect(comma.find((c) => /approved/.test(c.action))?.date).toBe('2024-04');
  });

  it('not a date of a phrase that orders events, nor a year deep in a long phrase', () => {
    const after = claimsOf('After the banking crisis of the autumn in 2008, the bank raised its rates.', 'en');
    expect(after.find((c) => /raised its rates/.test(c.action))?.date).toBeNull();
    const like = claimsOf('Seperti tahun lalu, dewan menyetujui anggaran itu.', 'id');
    expect(like.find((c) => /menyetujui/.test(c.action))?.date).toBeNull();
    const unlike = claimsOf('Unlike last year, the council approved the budget.', 'en');
    expect(unlike.find((c) => /approved/.test(c.action))?.date).toBeNull();
    const short = claimsOf('After the 2008 crisis, the bank raised its rates.', 'en');
    expect(short.find((c) => /raised its rates/.test(c.action))?.date).toBeNull();
    const id = claimsOf('Setelah krisis 2008, bank itu menaikkan suku bunga.', 'id');
    expect(id.find((c) => /menaikkan/.test(c.action))?.date).toBeNull();
    const deep = claimsOf('In a long interview about the hard and cold expedition in 1995, the climber praised his team.', 'en');
    expect(deep.find((c) => /praised/.test(c.action))?.date).toBeNull();
  });
});

describe('claim dates and conditions (whole pipeline)', () => {
  // Wednesday 8 May 2024.
  const claimsOf = (text: string, lang: 'en' | 'id') => extract({ id: 'r', text, lang, published: '2024-05-08' }).claims;

  it('a date in a condition is the condition\'s, and the reported claim takes its cue\'s', () => {
    const en = claimsOf('The governor said Tuesday he would veto the bill if lawmakers pass it this week.', 'en');
    expect(en.find((c) => /veto/.test(c.action))?.date).toBe('2024-05-07');
    const id = claimsOf('Presiden mengatakan pada Selasa (7/5/2024) akan memveto RUU itu jika DPR mengesahkannya pekan ini.', 'id');
    expect(id.find((c) => /memveto/.test(c.action))?.date).toBe('2024-05-07');
  });
});

describe('claim dates and baselines (whole pipeline)', () => {
  // Wednesday 8 May 2024.
  const claimsOf = (text: string, lang: 'en' | 'id') => extract({ id: 'r', text, lang, published: '2024-05-08' }).claims;

  it('a date closing a baseline the figure is compared with is the baseline\'s, not the claim\'s', () => {
    const down = claimsOf('The jobless rate in the province is now 4.5%, down from 6% in 1997.', 'en');
    expect(down.find((c) => /4\.5%/.test(c.action))?.date).toBeNull();
    const framed = claimsOf('In 1998, the jobless rate fell to 4.5%, down from 6% in 1997.', 'en');
    expect(framed.find((c) => /fell/.test(c.action))?.date).toBe('1998');
    const from = claimsOf("The company's net income fell to $5.2 billion from $4,100 million in 1988.", 'en');
    expect(from.find((c) => /fell/.test(c.action))?.date).toBeNull();
    const id = claimsOf('Pada 2016, angka pengangguran turun menjadi 5 persen, dibandingkan dengan 6 persen pada 2015.', 'id');
    expect(id.find((c) => /turun/.test(c.action))?.date).toBe('2016');
  });

  it('the time a superlative counts "since" is the baseline\'s, not a bound of the claim\'s span', () => {
    const drop = claimsOf('It was the biggest one-day drop since Oct. 19, 1987.', 'en');
    expect(drop.find((c) => /drop/.test(c.action))?.date).toBeNull();
    const id = claimsOf('Rupiah mencatat penurunan terbesar sejak 1998.', 'id');
    expect(id.find((c) => /penurunan/.test(c.action))?.date).toBeNull();
    const terjadi = claimsOf('Kemacetan itu terjadi sejak 2010.', 'id');
    expect(terjadi.find((c) => /terjadi/.test(c.action))?.date).toBe('2010');
    const grown = claimsOf('Interest rates have risen since 2010.', 'en');
    expect(grown.find((c) => /risen/.test(c.action))?.date).toBe('2010');
  });

  it('a time counted back from, or compared with by "than", is the baseline\'s', () => {
    const ago = claimsOf("The company's profit fell 5% from a year ago.", 'en');
    expect(ago.find((c) => /fell/.test(c.action))?.date).toBeNull();
    const than = claimsOf("The company's sales were 5% higher than last year.", 'en');
    expect(than.find((c) => /higher/.test(c.action))?.date).toBeNull();
    const more = claimsOf('The governor left office more than a year ago.', 'en');
    expect(more.find((c) => /left/.test(c.action))?.date).toBe('2023');
  });

  it('keeps a date of the claim\'s own before a baseline, and a span\'s start', () => {
    const own = claimsOf('The jobless rate fell to 4.5% in 1998, down from 6%.', 'en');
    expect(own.find((c) => /fell/.test(c.action))?.date).toBe('1998');
    const span = claimsOf("The bank's revenue grew from $1 million in 2010 to $5 million.", 'en');
    expect(span.find((c) => /grew/.test(c.action))?.date).toBe('2010');
  });
});
