// Reported clauses in wire copy ("X said yesterday that its net income rose 12%"), the most common shape of a
// 1990s newswire sentence: the reported past spelt like a noun, an "its" owned by the speaker, a day before the verb.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const claimsOf = (text: string) => extract({ id: 't', text, lang: 'en', published: '1998-04-17' }).claims;
const one = (sentence: string) => claimsOf(`Trading was light. ${sentence} Shares closed higher.`).filter((c) => c.sentence === 1);

describe('English newswire reports', () => {
  it('reads a past spelt like a noun as the reported verb after "said (that)" ("said that its sales rose sharply")', () => {
    expect(one('The utility said that its revenue rose sharply.')).toMatchObject([{ action: 'rose sharply', source: 'The utility', kind: 'reported' }]);
    expect(one('The retailer said its orders fell sharply.')).toMatchObject([{ action: 'fell sharply', source: 'The retailer' }]);
    expect(one('Analysts said on Monday that margins rose.')).toMatchObject([{ actor: 'margins', action: 'rose', source: 'Analysts', date: '1998-04-13' }]);
  });

  it('gives a reported "its" to a speaker not known as a person ("Delta Freight said its profit fell")', () => {
    expect(one('Delta Freight said its quarterly profit fell 8%.')).toMatchObject([{ actor: "Delta Freight's quarterly profit", source: 'Delta Freight' }]);
    // a person speaking: "its" is not the speaker's
    expect(one('Maria Lopez said its profit fell 8%.')[0]?.actor).not.toBe("Maria Lopez's profit");
  });

  it('keeps a day between subject and verb out of the speaker\'s name ("Orvex Inc. yesterday said …")', () => {
    expect(one('Orvex Inc. yesterday said its loss widened.')).toMatchObject([{ source: 'Orvex Inc', date: '1998-04-16' }]);
    expect(one('The agency on Tuesday announced that exports grew.')).toMatchObject([{ source: 'The agency', date: '1998-04-14' }]);
  });

  it('reads an -s verb after an aside between subject and verb as the verb ("The plan, approved …, calls for …")', () => {
    expect(one('The merger, approved by regulators last month, calls for 500 layoffs.')).toMatchObject([{ actor: 'The merger', action: 'calls for 500 layoffs' }]);
    expect(one('The harbour, which is two miles long, offers a ferry terminal and a marina.')).toMatchObject([{ actor: 'The harbour', action: 'offers a ferry terminal and a marina' }]);
  });
});
