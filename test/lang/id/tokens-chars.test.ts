// tokenize reads white space and punctuation by character code (it runs many times per sentence); it must split and
// trim exactly as the regexes that define them, /\s/ and /[^\p{L}\p{N}$%@#&]/u, on every UTF-16 code unit.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/lang/id/tokens.js';

/** The tokens by the regexes themselves: whitespace-delimited, the core trimmed of punctuation at both ends. */
function reference(text: string): [string, string, string][] {
  const punct = (c: string) => /[^\p{L}\p{N}$%@#&]/u.test(c);
  const out: [string, string, string][] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const w = m[0];
    let s = 0, e = w.length;
    while (s < e && punct(w[s])) s++;
    while (e > s && punct(w[e - 1])) e--;
    out.push([w.slice(0, s), w.slice(s, e), w.slice(e)]);
  }
  return out;
}

describe('Indonesian tokens by character code', () => {
  it('split and trim as /\\s/ and the punctuation class do, for every code unit', () => {
    const units = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
    for (let from = 0; from < units.length; from += 4096) {
      // every code unit between letters, at a word's edge and alone: "a<c>b <c>kata<c> <c>"
      const text = units.slice(from, from + 4096).map((c) => `a${c}b ${c}kata${c} ${c}`).join(' ');
      const ours = tokenize(text).filter((t) => t.core).map((t) => [t.lead, t.core, t.trail] as [string, string, string]);
      const theirs = reference(text).filter(([, core]) => core);
      // tokenize gives bare punctuation to the word before: compare the cores and their leads only.
      expect(ours.map(([lead, core]) => lead + '|' + core)).toEqual(theirs.map(([lead, core]) => lead + '|' + core));
    }
  });
});

describe('Indonesian tokens: lowercase forms', () => {
  it("are strings for words that name a JavaScript object's own properties", () => {
    // "Pihak constructor menyebut …": a Malaysian-spelling lookup must not return Object's built-ins.
    const words = ['constructor', 'valueOf', 'toString', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable'];
    const toks = tokenize(`Pihak ${words.join(' ')} menyebut bahawa proyek itu selesai`);
    for (const t of toks) expect(typeof t.lower).toBe('string');
    expect(toks.slice(1, 1 + words.length).map((t) => t.lower)).toEqual(words.map((w) => w.toLowerCase()));
    // the Malaysian spelling is still read in its Indonesian form
    expect(toks.find((t) => t.core === 'bahawa')?.lower).toBe('bahwa');
  });
});
