// Quotations and parentheses that open and close within a piece of text. Used to keep a quoted passage of
// several sentences together. An opening mark that is never closed (a quotation continued in the next
// paragraph, an apostrophe in 'nineties) encloses nothing. Linear: every mark is pushed and popped once.
import { isDigit, isLetter } from './tokens.js';
import { DOUBLE_PAIRS, SINGLE_PAIRS, STRAIGHT_DOUBLE, STRAIGHT_SINGLE } from '../lang/quotes.js';

/** Disjoint [open, close] index pairs (inclusive), in order. */
export type Spans = [number, number][];

const PAIRS: Record<string, string> = {
  ...DOUBLE_PAIRS, ...SINGLE_PAIRS, '(': ')', '[': ']', [STRAIGHT_DOUBLE]: STRAIGHT_DOUBLE, [STRAIGHT_SINGLE]: STRAIGHT_SINGLE,
};
const CLOSING = new Set(Object.values(PAIRS));
const MARKS = new Set([...Object.keys(PAIRS), ...CLOSING]);

export function enclosures(text: string, from: number, to: number): Spans {
  const stack: { at: number; close: string }[] = [];
  const waiting = new Map<string, number>();
  const pairs: [number, number][] = [];
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // letters, digits and spaces first: they are nearly all of the text
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 32) continue;
    const c = text[i];
    if (!MARKS.has(c)) continue;
    const role = roleOf(text, i, from, to, waiting.get(c) ?? 0);
    if (role === 'open') {
      stack.push({ at: i, close: PAIRS[c] });
      waiting.set(PAIRS[c], (waiting.get(PAIRS[c]) ?? 0) + 1);
    } else if (role === 'close' && (waiting.get(c) ?? 0) > 0) {
      // unclosed marks above the matching one are dropped
      for (let top = stack.pop(); top; top = stack.pop()) {
        waiting.set(top.close, (waiting.get(top.close) ?? 0) - 1);
        if (top.close === c) {
          pairs.push([top.at, i]);
          break;
        }
      }
    }
  }
  return outermost(pairs);
}

type Role = 'open' | 'close' | null;

function roleOf(text: string, i: number, from: number, to: number, openOfSame: number): Role {
  const c = text[i];
  if (!(c in PAIRS) && !CLOSING.has(c)) return null;
  const before = i > from ? text[i - 1] : ' ';
  const after = i + 1 < to ? text[i + 1] : ' ';
  const spaceBefore = /[\s([{“‘"'«—–-]/.test(before);
  const spaceAfter = /[\s.,;:!?)\]}”’"'»—–-]/.test(after);
  const opens = spaceBefore && !spaceAfter;
  const closes = !/\s/.test(before) && spaceAfter;
  if (c === '"') {
    if (opens !== closes) return opens ? 'open' : 'close';
    if (spaceBefore && spaceAfter && !closes) return null;
    return openOfSame > 0 ? 'close' : 'open';
  }
  if (c === "'" || c === '’') {
    // an apostrophe inside a word (don't, one’s) or after a number (1990's) is no quotation mark
    if ((isLetter(before) || isDigit(before)) && (isLetter(after) || isDigit(after))) return null;
    if (c === "'" && spaceBefore && !spaceAfter) return 'open';
    return !spaceBefore && spaceAfter ? 'close' : null;
  }
  return c in PAIRS ? 'open' : 'close';
}

/** The pairs not inside another pair; pairs from a stack are nested or disjoint. */
function outermost(pairs: [number, number][]): Spans {
  pairs.sort((a, b) => a[0] - b[0]);
  const out: Spans = [];
  for (const p of pairs) {
    const last = out[out.length - 1];
    if (last && p[0] <= last[1]) continue;
    out.push(p);
  }
  return out;
}
