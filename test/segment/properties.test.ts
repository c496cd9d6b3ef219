// Whatever the text, sentences are trimmed, ordered, disjoint slices of the body.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { english } from '../../src/lang/en/index.js';
import { indonesian } from '../../src/lang/id/index.js';
import { splitSentences } from '../../src/segment.js';
import type { Range } from '../../src/types.js';

const pieces = ['a', 'B', 'Mr', 'U.S', 'Dr', '1', '10', '.', '. ', '!', '?', '…', ' ', '  ', '\n', '\n\n', '"', '“', '”', "'", '’', '(', ')', '[', ']', '•', '-', ',', 'dll', 'Rp5.763', 'www.x.com', '😀', '\r\n', '\u00a0'];
const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));

describe('splitSentences: properties', () => {
  for (const rules of [english.segmentation, indonesian.segmentation]) {
    it(`sentences are trimmed, ordered slices inside the body (${rules === english.segmentation ? 'en' : 'id'})`, () => {
      fc.assert(
        fc.property(textArb, fc.nat(), (text, cut) => {
          const mid = text.length ? cut % (text.length + 1) : 0;
          const body: Range[] = [[0, mid], [mid, text.length]];
          let last = 0;
          for (const s of splitSentences(text, body, rules)) {
            expect(s.text).toBe(text.slice(s.start, s.end));
            expect(s.text).toBe(s.text.trim());
            expect(s.text.length).toBeGreaterThan(0);
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(s.start < mid && s.end > mid).toBe(false);
            last = s.end;
          }
        }),
        { numRuns: 500 },
      );
    });
  }
});
