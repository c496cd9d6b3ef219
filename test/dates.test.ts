import { describe, expect, it } from 'vitest';
import { neighbours, parsePublished, referenceDate, tenseFromMarkers, type Tense } from '../src/dates.js';

const marker = (word: string, previous: string): Tense | null =>
  word === 'will' ? 'future' : previous !== 'be' && (word === 'said' || word.endsWith('ed')) ? 'past' : null;

describe('shared date helpers', () => {
  it('reads only well-formed publication dates', () => {
    expect(parsePublished('2016-11-15')).toEqual({ y: 2016, m: 11, d: 15 });
    expect(parsePublished('15/11/2016')).toBeNull();
    expect(parsePublished(null)).toBeNull();
    expect(referenceDate('2016-11-15')?.getDate()).toBe(15);
  });

  it('takes the tense of the marker nearest the expression', () => {
    expect(tenseFromMarkers('The FAA said it will close towers on ', '', marker)).toBe('future');
    expect(tenseFromMarkers('The FAA will say it closed towers on ', '', marker)).toBe('past');
    expect(tenseFromMarkers('The FAA on ', ' announced it will close towers', marker)).toBe('past');
  });

  it('lets a verb of saying decide only the tense of the saying it touches (issue 13 item 6)', () => {
    const speech = (w: string) => w === 'said';
    // "The vote will take place on Monday, officials said": the event's "will", not the cue's "said".
    expect(tenseFromMarkers('The vote will take place on ', ', officials said.', marker, speech)).toBe('future');
    // "The company on Monday said it will …", "He said on Monday it will …": the date is the saying's.
    expect(tenseFromMarkers('The company on ', ' said it will cut jobs', marker, speech)).toBe('past');
    expect(tenseFromMarkers('He said on ', ' it will cut jobs', marker, speech)).toBe('past');
    // "On Wednesday, the company said it would cut jobs": nothing before the date, so the saying's tense; the
    // reported clause's "will" after it is not the date's
    expect(tenseFromMarkers('On ', ', the company said it will cut jobs.', marker, speech)).toBe('past');
    // "He said the vote will be on Monday": the saying is far, the event's "will" decides
    expect(tenseFromMarkers('He said the firm will vote in ', '', marker, speech)).toBe('future');
  });

  it('does not look past the clause', () => {
    expect(tenseFromMarkers('He said; the vote is on ', '', marker)).toBeNull();
    expect(tenseFromMarkers('The vote is on ', '. It will rain.', marker)).toBeNull();
  });

  it('passes the previous word to the marker (participles after "be")', () => {
    expect(tenseFromMarkers('The book will be published in ', '', marker)).toBe('future');
  });

  it('finds the words on either side of an expression', () => {
    expect(neighbours('he left last ', ', and')).toEqual({ prev: 'last', next: 'and' });
  });
});
