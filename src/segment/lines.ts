// Where a line break ends a sentence. A blank line always does; a single line break does unless the line
// reads as wrapped prose: it ends with a function word (the, yang); or it ends mid-sentence (a lowercase word,
// a comma, a hyphen) and the next line carries on (starts lowercase, with closing punctuation, or with a
// parenthesis); or it ends with sentence punctuation, which the token rules then judge like any other.
import { isLower, isSpace } from './tokens.js';

export interface Piece {
  start: number;
  end: number;
}

/** Runs of text [start, end) between hard breaks, in order. */
export function pieces(text: string, from: number, to: number, joiners: ReadonlySet<string>): Piece[] {
  const lines: Piece[] = [];
  let s = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      lines.push({ start: s, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      s = i + 1;
    }
  }
  lines.push({ start: s, end: to });

  const out: Piece[] = [];
  let current: Piece | null = null;
  let previous: Piece | null = null;
  for (const line of lines) {
    const blank = isBlank(text, line);
    if (blank) {
      if (current) out.push(current);
      current = previous = null;
      continue;
    }
    if (current && previous && continues(text, previous, line, joiners)) current.end = line.end;
    else {
      if (current) out.push(current);
      current = { start: line.start, end: line.end };
    }
    previous = line;
  }
  if (current) out.push(current);
  return out;
}

function isBlank(text: string, line: Piece): boolean {
  for (let i = line.start; i < line.end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

const TERMINAL = /[.!?…．。！？]["”’')\]]*$/;

function continues(text: string, line: Piece, next: Piece, joiners: ReadonlySet<string>): boolean {
  let e = line.end;
  while (e > line.start && /\s/.test(text[e - 1])) e--;
  let s = next.start;
  while (s < next.end && /\s/.test(text[s])) s++;
  const tail = text.slice(Math.max(line.start, e - 8), e);
  const head = text[s];
  if (TERMINAL.test(tail)) return true;
  if (/^[.,;:!?)\]]/.test(head)) return true;
  const last = tail[tail.length - 1];
  if (last === ',' || (last === '-' && tail[tail.length - 2] !== ' ')) return true;
  if (!isLower(last) && !/\d/.test(last)) return false;
  // the line's last word is not capitalised, as it would be in a headline
  let w = e - 1;
  while (w > line.start && e - w < 40 && !/\s/.test(text[w - 1])) w--;
  if (!isLower(text[w]) && !/\d/.test(text[w])) return false;
  if (joiners.has(text.slice(w, e))) return true;
  if (!isLower(head) && head !== '(') return false;
  return atLeastWords(text, line.start, e, 3);
}

function atLeastWords(text: string, start: number, end: number, n: number): boolean {
  let words = 0, inWord = false;
  for (let i = start; i < end && words < n; i++) {
    const space = /\s/.test(text[i]);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words >= n;
}
