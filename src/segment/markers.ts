// List item markers: `1.`, `2.)`, `3)`, `a.`, `(b)`, `iv)`, possibly after a bullet (`⁃9.`).
import type { Token } from './tokens.js';

export interface Marker {
  kind: 'number' | 'lower' | 'upper';
  /** The marker's possible positions in its list (a letter, or a roman numeral: `i` is 9th or 1st). */
  values: number[];
  /** Written with a parenthesis (`a)`, `(iv)`), which never ends a sentence. */
  paren: boolean;
}

const MARKER = /^[•◦▪‣⁃∙●○■□-]?(\()?(\d{1,2}|[a-zA-Z]|[ivxIVX]{2,4})(\.\)|\.|\))$/;
const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };

export function listMarker(text: string, tok: Token): Marker | null {
  const last = text[tok.end - 1];
  if (tok.end - tok.start > 8 || (last !== '.' && last !== ')')) return null;
  const m = MARKER.exec(text.slice(tok.start, tok.end));
  if (!m) return null;
  const [, open, body, close] = m;
  if (open && close !== ')') return null;
  const paren = close !== '.';
  if (/^\d/.test(body)) return { kind: 'number', values: [Number(body)], paren };
  const kind = body === body.toLowerCase() ? 'lower' : 'upper';
  const values: number[] = [];
  if (body.length === 1) values.push(body.toLowerCase().charCodeAt(0) - 96);
  const roman = romanValue(body.toLowerCase());
  if (roman) values.push(roman + 100);
  return values.length ? { kind, values, paren } : null;
}

function romanValue(s: string): number {
  let total = 0;
  for (let k = 0; k < s.length; k++) {
    const v = ROMAN[s[k]];
    if (!v) return 0;
    const after = ROMAN[s[k + 1]] ?? 0;
    total += v < after ? -v : v;
  }
  return total;
}
