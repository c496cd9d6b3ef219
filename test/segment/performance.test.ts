// Hostile inputs must split in linear time: each of these took under half a second of processor time when written.
import { describe, expect, it } from 'vitest';
import { english } from '../../src/lang/en/index.js';
import { indonesian } from '../../src/lang/id/index.js';
import { splitSentences } from '../../src/segment.js';

const BOUND_MS = 2000;

const inputs: [string, () => string][] = [
  ['200,000 × "a."', () => 'a.'.repeat(200_000)],
  ['200,000 × "a. "', () => 'a. '.repeat(200_000)],
  ['100,000 quote marks', () => '"'.repeat(100_000)],
  ['100,000 spaced quote marks', () => '" '.repeat(100_000)],
  ['"Mr. A. " × 50,000', () => 'Mr. A. '.repeat(50_000)],
  ['20,000 open parentheses', () => '('.repeat(20_000)],
  ['20,000 spaced open parentheses', () => '( '.repeat(20_000) + 'x. Y.'],
  ['a 5 MB line of sentences', () => 'The cat sat on the mat. '.repeat(5_000_000 / 24)],
  ['a 5 MB word', () => 'x'.repeat(5_000_000)],
  ['100,000 lone dots', () => '. '.repeat(100_000)],
  ['100,000 apostrophes', () => "'a ".repeat(100_000)],
  ['100,000 line breaks', () => 'a b c\n'.repeat(100_000)],
  ['50,000 parentheses, then 100,000 dots', () => '(a) Hi. '.repeat(50_000) + '. '.repeat(100_000)],
  ['100,000 quoted initials', () => '"a. '.repeat(100_000)],
  ['100,000 spaced ellipses', () => 'x ... '.repeat(100_000)],
  // scraped text without full stops: every word boundary is weighed as a lost sentence end
  ['a 5 MB run-on line', () => 'harga naik Beberapa pedagang "Kami menolak Budi Santoso mengatakan '.repeat(5_000_000 / 68)],
  ['100,000 opening quotes after words', () => 'naik "Kami '.repeat(100_000)],
];

describe('splitSentences: linear time', () => {
  for (const [name, make] of inputs) {
    for (const rules of [english.segmentation, indonesian.segmentation]) {
      it(`${name} (${rules === english.segmentation ? 'en' : 'id'})`, () => {
        const text = make();
        // processor time, not wall time: the bound is about the algorithm, not about a busy machine
        const t = process.cpuUsage();
        const out = splitSentences(text, [[0, text.length]], rules);
        const used = process.cpuUsage(t);
        expect((used.user + used.system) / 1000).toBeLessThan(BOUND_MS);
        for (const s of out.slice(0, 50)) expect(text.slice(s.start, s.end)).toBe(s.text);
      });
    }
  }
});
