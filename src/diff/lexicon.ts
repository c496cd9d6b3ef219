// The English–Indonesian lexicon (data/lexicon-en-id.tsv) parsed from its text: the CLI reads the file,
// this module only parses, so it stays pure.
//
// Format: one English word or phrase, a tab, then its Indonesian equivalents separated by commas.
// `#` starts a comment. An Indonesian form written in capitals (AS, PBB) matches only when written so.

import { pivotStem, words } from './words.js';

export interface Lexicon {
  /** Indonesian form (lower case, or as written for acronyms) → English forms. */
  readonly idToEn: ReadonlyMap<string, readonly string[]>;
  /** English words and phrases (lower case) the lexicon knows. */
  readonly en: ReadonlySet<string>;
  /** First words of Indonesian multi-word forms, and the longest such form in words. */
  readonly phraseStarts: ReadonlySet<string>;
  readonly maxPhrase: number;
}

export const EMPTY_LEXICON: Lexicon = { idToEn: new Map(), en: new Set(), phraseStarts: new Set(), maxPhrase: 1 };

export function parseLexicon(text: string): Lexicon {
  const idToEn = new Map<string, string[]>();
  const en = new Set<string>();
  const phraseStarts = new Set<string>();
  let maxPhrase = 1;
  const phrase = (s: string) => {
    const parts = s.toLowerCase().split(' ');
    if (parts.length > 1) { phraseStarts.add(parts[0]); maxPhrase = Math.max(maxPhrase, parts.length); }
  };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/#.*/, '').trim();
    if (!line) continue;
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const english = squash(line.slice(0, tab)).toLowerCase();
    if (!english) continue;
    en.add(english);
    en.add(english.split(' ').map(pivotStem).join(' '));
    for (const w of english.split(' ')) { en.add(w); en.add(pivotStem(w)); }
    for (const form of line.slice(tab + 1).split(',')) {
      // Written as the matcher reads text: "baru-baru ini" is read "baru ini", "bertanya-tanya" "bertanya tanya".
      const f = isAcronym(squash(form)) ? squash(form) : words(form).map((w) => w.lower).join(' ');
      if (!f) continue;
      const key = isAcronym(f) ? f : f.toLowerCase();
      phrase(key);
      const list = idToEn.get(key);
      if (!list) idToEn.set(key, [english]);
      else if (!list.includes(english)) list.push(english);
    }
  }
  return { idToEn, en, phraseStarts, maxPhrase };
}

export function isAcronym(s: string): boolean {
  return s.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(s) && /\p{Lu}/u.test(s);
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
