// Whitespace-separated tokens of a piece of text, with sentences glued without a space
// (`world.Today`, `1,000.That`, `period．Does`) cut into two tokens.
export interface Token {
  start: number;
  end: number;
}

const SPACE = /\s/;
const FULLWIDTH_END = new Set(['．', '。', '！', '？']);

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    while (i < to && SPACE.test(text[i])) i++;
    if (i >= to) break;
    const start = i;
    while (i < to && !SPACE.test(text[i])) i++;
    splitGlued(text, start, i, out);
  }
  return out;
}

/** Push [start, end) as one or more tokens, cut after a period that joins two sentences without a space. */
function splitGlued(text: string, start: number, end: number, out: Token[]) {
  let from = start;
  const webLike = looksLikeAddress(text, start, end);
  for (let j = start + 1; j < end - 1; j++) {
    const c = text[j];
    if (FULLWIDTH_END.has(c)) {
      out.push({ start: from, end: j + 1 });
      from = j + 1;
    } else if (c === '.' && !webLike && j - from >= 2 && joinsSentences(text, j, end)) {
      out.push({ start: from, end: j + 1 });
      from = j + 1;
    }
  }
  if (from < end) out.push({ start: from, end });
}

/** `world.Today`, `1,000.That`: a lowercase word or a number, a period, then a capitalised word. */
function joinsSentences(text: string, dot: number, end: number): boolean {
  const a = text[dot - 1], b = text[dot - 2];
  const left = (isLower(a) && isLower(b)) || isDigit(a);
  return left && dot + 2 < end && isUpper(text[dot + 1]) && isLower(text[dot + 2]);
}

function looksLikeAddress(text: string, start: number, end: number): boolean {
  if (text.startsWith('www.', start) || text.startsWith('WWW.', start)) return true;
  for (let j = start; j < end; j++) {
    const c = text[j];
    if (c === '@' || c === '/' || c === '\\' || c === '_' || c === '=') return true;
  }
  return false;
}

export const isUpper = (c: string | undefined) => !!c && c !== c.toLowerCase() && c === c.toUpperCase();
export const isLower = (c: string | undefined) => !!c && c !== c.toUpperCase() && c === c.toLowerCase();
export const isDigit = (c: string | undefined) => !!c && c >= '0' && c <= '9';
export const isLetter = (c: string | undefined) => isUpper(c) || isLower(c) || (!!c && /\p{L}/u.test(c));
