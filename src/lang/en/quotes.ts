// Where quotations lie in each sentence of a document. A quotation may open in one sentence and close
// several sentences later, so the state is carried from sentence to sentence.
import type { Range } from '../../types.js';
import { CLOSING_DOUBLE, OPENING_DOUBLE } from '../quotes.js';

export interface QuoteLayout {
  /** Quoted stretches of the sentence text, quote marks included. */
  regions: Range[];
  /** The sentence begins inside a quotation opened earlier. */
  openAtStart: boolean;
  /** A quotation is still open when the sentence ends. */
  openAtEnd: boolean;
}

/** An unclosed quotation is not carried further than this many sentences (a stray mark is not a quote). */
const MAX_CARRY = 6;

const OPEN = new Set(OPENING_DOUBLE);
const CLOSE = new Set(CLOSING_DOUBLE);

export function quoteLayouts(texts: readonly string[]): QuoteLayout[] {
  const out: QuoteLayout[] = [];
  let carried = 0;
  for (const text of texts) {
    const openAtStart = carried > 0 && carried <= MAX_CARRY;
    const regions: Range[] = [];
    let openAt = openAtStart ? 0 : -1;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '"') {
        const before = i === 0 ? ' ' : text[i - 1];
        const after = i + 1 < text.length ? text[i + 1] : ' ';
        const opensHere = /[\s([{—–-]/.test(before) && /\S/.test(after);
        if (openAt < 0) openAt = i;
        else if (!(opensHere && openAt === 0 && openAtStart)) {
          regions.push([openAt, i + 1]);
          openAt = -1;
        }
      } else if (OPEN.has(c)) {
        if (openAt < 0) openAt = i;
      } else if (CLOSE.has(c)) {
        regions.push([openAt < 0 ? 0 : openAt, i + 1]);
        openAt = -1;
      }
    }
    const openAtEnd = openAt >= 0;
    if (openAtEnd) regions.push([openAt, text.length]);
    carried = openAtEnd ? carried + 1 : 0;
    out.push({ regions, openAtStart, openAtEnd });
  }
  return out;
}

export const inRegions = (regions: readonly Range[], at: number): boolean => regions.some(([s, e]) => at >= s && at < e);
