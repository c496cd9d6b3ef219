// Whitespace tokens with offsets and their bare core (surrounding punctuation trimmed without regexes,
// so that a token of 100,000 quote marks costs linear time).
import { MALAY_SPELLINGS } from './malay.js';
import { CLAUSE_COMMA } from '../patterns.js';

// A Map, not the object's own lookup: `MALAY_SPELLINGS['constructor']` is Object's constructor, and a word such as
// "constructor" or "valueOf" in an article became a function instead of its lowercase form.
const SPELLINGS: ReadonlyMap<string, string> = new Map(Object.entries(MALAY_SPELLINGS));

export interface Token {
  /** Offsets of the whole whitespace-delimited token. */
  start: number;
  end: number;
  /** Offsets of the core, punctuation trimmed. */
  coreStart: number;
  coreEnd: number;
  /** The core, lowercased; a Malaysian spelling of an Indonesian word in its Indonesian spelling ("bahawa" → bahwa). */
  lower: string;
  /** The core as written. */
  core: string;
  /** Punctuation right after the core (",", ".", "”,", …). */
  trail: string;
  /** Punctuation right before the core ("“", "(", …). */
  lead: string;
}


/** `/[^\p{L}\p{N}$%@#&]/u` of one code unit, read from a table for ASCII (tokenize runs many times per sentence). */
const ASCII_PUNCT = Array.from({ length: 128 }, (_, c) => /[^\p{L}\p{N}$%@#&]/u.test(String.fromCharCode(c)));
const isPunct = (c: string) => {
  const code = c.charCodeAt(0);
  return code < 128 ? ASCII_PUNCT[code] : /[^\p{L}\p{N}$%@#&]/u.test(c);
};

/** `/\s/` of one code unit, by its code: JavaScript's white space and line terminators. */
const isSpace = (code: number) =>
  code === 32 || (code >= 9 && code <= 13) || (code >= 0x80 && (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff));

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const start = i;
    while (i < to && !isSpace(text.charCodeAt(i))) i++;
    const end = i;
    let cs = start;
    let ce = end;
    while (cs < ce && isPunct(text[cs])) cs++;
    while (ce > cs && isPunct(text[ce - 1])) ce--;
    const core = text.slice(cs, ce);
    if (cs === ce && out.length && !/^[-—–]+$/.test(text.slice(start, end))) {
      // Bare punctuation (" , " or a lone "."): it belongs to the word before.
      out[out.length - 1].trail += text.slice(start, end);
      continue;
    }
    const lower = core.toLowerCase();
    out.push({ start, end, coreStart: cs, coreEnd: ce, core, lower: SPELLINGS.get(lower) ?? lower, trail: text.slice(ce, end), lead: text.slice(start, cs) });
  }
  return out;
}

export const isCapitalized = (t: Token) => /^[\p{Lu}\p{N}]/u.test(t.core);

/** Whether a clause breaks after this token (a comma, semicolon or colon in its trailing text). */
export function breaksClause(t: Pick<Token, 'trail'>): boolean {
  return CLAUSE_COMMA.test(t.trail);
}
