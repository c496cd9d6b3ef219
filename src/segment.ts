// Stage 4: sentences of the article body, with their offsets. Each body range is cut into pieces at hard
// line breaks (segment/lines.ts), each piece into tokens, and each token judged as a sentence end or not
// (segment/boundaries.ts).
import type { SegmentationRules } from './lang/types.js';
import { sentencesOf } from './segment/boundaries.js';
import { pieces } from './segment/lines.js';
import type { Range, Sentence } from './types.js';

const LETTER = /\p{L}/u;

export function splitSentences(text: string, body: readonly Range[], rules: SegmentationRules): Sentence[] {
  const out: Sentence[] = [];
  for (const [s, e] of body) {
    for (const piece of pieces(text, s, e, rules.joiners)) {
      for (const { start, end } of sentencesOf(text, piece.start, piece.end, rules)) {
        const sentence = text.slice(start, end);
        // a page number or a row of rules carries no sentence
        if (LETTER.test(sentence)) out.push({ text: sentence, start, end });
      }
    }
  }
  return out;
}
