// Whitespace-separated tokens of a piece of text, with sentences glued without a space
// (`world.Today`, `1,000.That`, `period．Does`) cut into two tokens.
const FULLWIDTH_END = new Set(['．', '。', '！', '？']);

export interface Token {
  start: number;
  end: number;
}

/** Tokens in two flat arrays: a long text makes millions of them, and objects would burden the collector. */
export class Tokens {
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  length = 0;
  at(i: number): Token {
    return { start: this.starts[i], end: this.ends[i] };
  }
  push(start: number, end: number) {
    if (this.length === this.starts.length) {
      const starts = new Int32Array(this.length * 2), ends = new Int32Array(this.length * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    this.starts[this.length] = start;
    this.ends[this.length++] = end;
  }
}

export function tokenize(text: string, from: number, to: number): Tokens {
  const out = new Tokens();
  let i = from;
  while (i < to) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const start = i;
    let dots = false;
    for (; i < to; i++) {
      const code = text.charCodeAt(i);
      if (isSpace(code)) break;
      if (code === 46 || code >= 0x3002) dots = true;
    }
    if (dots) splitGlued(text, start, i, out);
    else out.push(start, i);
  }
  return out;
}

/** Push [start, end) as one or more tokens, cut after a period that joins two sentences without a space. */
function splitGlued(text: string, start: number, end: number, out: Tokens) {
  let from = start;
  const webLike = looksLikeAddress(text, start, end);
  for (let j = start + 1; j < end - 1; j++) {
    const c = text[j];
    if (FULLWIDTH_END.has(c)) {
      out.push(from, j + 1);
      from = j + 1;
    } else if (c === '.' && !webLike && j - from >= 2 && joinsSentences(text, j, end)) {
      out.push(from, j + 1);
      from = j + 1;
    }
  }
  if (from < end) out.push(from, end);
}

/** `world.Today`, `1,000.That`: a lowercase word or a number, a period, then a capitalised word. */
function joinsSentences(text: string, dot: number, end: number): boolean {
  const a = text[dot - 1], b = text[dot - 2];
  const left = (isLower(a) && isLower(b)) || isDigit(a);
  return left && dot + 2 < end && isUpper(text[dot + 1]) && isLower(text[dot + 2]) && !domainAt(text, dot + 1, end);
}

const DOMAINS = new Set(['com', 'net', 'org', 'gov', 'edu', 'info', 'biz', 'co', 'id', 'uk', 'io']);

/** `FabriPaint.Com`, `Detik.Com`: a domain name, not a sentence. */
function domainAt(text: string, from: number, end: number): boolean {
  let e = from;
  while (e < end && e - from < 5 && /\p{L}/u.test(text[e])) e++;
  return DOMAINS.has(text.slice(from, e).toLowerCase()) && !/\p{L}/u.test(text[e] ?? '');
}

function looksLikeAddress(text: string, start: number, end: number): boolean {
  if (text.startsWith('www.', start) || text.startsWith('WWW.', start)) return true;
  for (let j = start; j < end; j++) {
    const c = text[j];
    if (c === '@' || c === '/' || c === '\\' || c === '_' || c === '=') return true;
  }
  return false;
}

/** What /\s/ matches. */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

export function isUpper(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function isLower(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return c !== c.toUpperCase() && c === c.toLowerCase();
}
export const isDigit = (c: string | undefined) => !!c && c >= '0' && c <= '9';
export const isLetter = (c: string | undefined) => isUpper(c) || isLower(c) || (!!c && /\p{L}/u.test(c));
