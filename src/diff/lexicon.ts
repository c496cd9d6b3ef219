// The English–Indonesian lexicon (data/lexicon-en-id.tsv) parsed from its text: the CLI reads the file,
// this module only parses, so it stays pure.
//
// Format: one English word or phrase, a tab, then its Indonesian equivalents separated by commas.
// `#` starts a comment. An Indonesian form written in capitals (AS, PBB) matches only when written so.

import { stemEn } from './words.js';

export interface Lexicon {
  /** Indonesian form (lower case, or as written for acronyms) → English forms. */
  readonly idToEn: ReadonlyMap<string, readonly string[]>;
  /** English words and phrases (lower case) the lexicon knows. */
  readonly en: ReadonlySet<string>;
  /** Multi-word forms in either language (lower case) and the longest phrase length in words. */
  readonly phrases: ReadonlySet<string>;
  readonly maxPhrase: number;
}

export const EMPTY_LEXICON: Lexicon = { idToEn: new Map(), en: new Set(), phrases: new Set(), maxPhrase: 1 };

export function parseLexicon(text: string): Lexicon {
  const idToEn = new Map<string, string[]>();
  const en = new Set<string>();
  const phrases = new Set<string>();
  let maxPhrase = 1;
  const phrase = (s: string) => {
    const n = s.split(' ').length;
    if (n > 1) { phrases.add(s.toLowerCase()); maxPhrase = Math.max(maxPhrase, n); }
  };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/#.*/, '').trim();
    if (!line) continue;
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const english = squash(line.slice(0, tab)).toLowerCase();
    if (!english) continue;
    en.add(english);
    en.add(english.split(' ').map(stemEn).join(' '));
    phrase(english);
    for (const form of line.slice(tab + 1).split(',')) {
      const f = squash(form);
      if (!f) continue;
      const key = isAcronym(f) ? f : f.toLowerCase();
      phrase(key);
      const list = idToEn.get(key);
      if (!list) idToEn.set(key, [english]);
      else if (!list.includes(english)) list.push(english);
    }
  }
  return { idToEn, en, phrases, maxPhrase };
}

export function isAcronym(s: string): boolean {
  return s.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(s) && /\p{Lu}/u.test(s);
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
