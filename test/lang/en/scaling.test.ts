// Time grows linearly with the length of a document: four times the sentences take about four times as long
// (a bound of 6 leaves room for noise; a scan of the whole document per claim or per sentence gives ~16).
// Processor time, not wall time, and up to three tries of the pair (test/support/cpu.ts): with one wall-clock run
// each, the ratio went over 6 once while the suite ran beside other work on a two-core machine.
import { describe, expect, it } from 'vitest';
import { english } from '../../../src/lang/en/index.js';
import type { Sentence } from '../../../src/types.js';
import { bestOf, cpuMs } from '../../support/cpu.js';

const NAMES = ['Mario Lopez', 'John Carter', 'Ahmed Khan', 'Luis Brown']; // men: each is "he" in the next sentence
const context = { published: null, title: null };

function document(pairs: number): Sentence[] {
  const out: Sentence[] = [];
  let at = 0;
  for (let i = 0; i < pairs; i++) {
    const texts = [`${NAMES[i % 4]} said he would visit Ohio, Texas and Maine with Paul Allen, Rosa Diaz and Omar Little.`, 'He told reporters the plan was good.'];
    for (const text of texts) {
      out.push({ text, start: at, end: at + text.length });
      at += text.length + 1;
    }
  }
  return out;
}

/** Processor time of `small` and `large` measured one after the other, and their ratio. */
function pair(small: () => void, large: () => void): { ratio: number } {
  const a = cpuMs(small);
  const b = cpuMs(large);
  return { ratio: b / a };
}
const linear = (m: { ratio: number }): boolean => m.ratio < 6;
const ratio = (m: { ratio: number }): number => m.ratio;

describe('English extraction time', () => {
  it('is linear in the number of sentences, for extraction and for reference resolution', () => {
    english.extract(document(50), context); // warm-up: loading and compiling the tagger
    const small = document(500);
    const large = document(2000);
    let drafts = english.extract(document(10), context);
    let largeDrafts = drafts;
    const extraction = bestOf(3, () => pair(() => { drafts = english.extract(small, context); }, () => { largeDrafts = english.extract(large, context); }),
      linear, ratio);
    expect(extraction.ratio).toBeLessThan(6);

    // Resolution as the pipeline runs it: with the document's parse made once, for extraction and resolution.
    const smallParse = english.analyze!(small);
    const largeParse = english.analyze!(large);
    const resolution = bestOf(5, () => pair(() => english.resolveReferences(drafts, small, context, smallParse),
      () => english.resolveReferences(largeDrafts, large, context, largeParse)), linear, ratio);
    // "He told reporters …": the speaker named in the sentence before.
    const told = english.resolveReferences(largeDrafts, large, context, largeParse).filter((c) => c.sentence % 2 === 1);
    expect(told.length).toBe(2000);
    expect(told.every((c) => c.source === NAMES[((c.sentence - 1) / 2) % 4])).toBe(true);
    expect(resolution.ratio).toBeLessThan(6);
  });
});
