// Claim dates over whole sentences, in the shapes of 1990s newswire (TimeBank/AQUAINT style) and Indonesian news.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

// Thursday 2 November 1989, as a Wall Street Journal article of the time.
const claimsOf = (text: string, lang: 'en' | 'id' = 'en', published = '1989-11-02') => extract({ id: 'd', text, lang, published }).claims;

describe('a month a change is measured from', () => {
  it('is the baseline, not the claim\'s date: the subject\'s month is', () => {
    const c = claimsOf('Retail sales in August slipped 1.4% from July, the Commerce Department reported.');
    expect(c.find((x) => /slipped/.test(x.action))?.date).toBe('1989-08');
    const points = claimsOf('The Dow Jones average fell 12 points from Tuesday to close at 2645.');
    expect(points.find((x) => /fell/.test(x.action))?.date ?? null).toBeNull();
  });

  it('keeps a span the change runs over ("from June to August")', () => {
    const c = claimsOf('Factory orders climbed 3% from June to September.');
    expect(c.find((x) => /climbed/.test(x.action))?.date).toBe('1989-06');
  });
});
