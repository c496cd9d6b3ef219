// Cheap views of a text for language detection: a bounded sample spread over it, its words, its script.

/**
 * At most `max` characters of `text`, taken as `parts` equal windows spread evenly over it, so that a long
 * mixed-language article is judged on all of its parts, not only on its beginning.
 */
export function spreadSample(text: string, max: number, parts: number): string {
  if (text.length <= max) return text;
  const size = Math.floor(max / parts);
  const step = (text.length - size) / (parts - 1);
  const windows: string[] = [];
  for (let i = 0; i < parts; i++) {
    const start = Math.round(i * step);
    windows.push(text.slice(start, start + size));
  }
  // Windows are joined with a line break; their cut words at the edges are a negligible error.
  return windows.join('\n');
}

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/** Words as written (letters, inner apostrophes); hyphens and digits separate words. */
export function tokensOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) out.push(m[0]);
  return out;
}

/**
 * For each word of `text` (as tokensOf finds them), whether it is written like a name: a capital then small
 * letters (Wang, not WANG or RM), and not at the start of the text, a line or a sentence, where any word
 * takes a capital.
 */
export function nameLikeTokens(text: string): boolean[] {
  const out: boolean[] = [];
  for (const m of text.matchAll(WORD)) {
    const t = m[0];
    const first = t[0];
    const capital = first !== first.toLowerCase() && t.slice(1) === t.slice(1).toLowerCase();
    out.push(capital && !opensSentence(text, m.index ?? 0));
  }
  return out;
}

/** Whether the text before `index` ends a sentence or a line (looking back over spaces, quotes, brackets). */
function opensSentence(text: string, index: number): boolean {
  for (let i = index - 1, steps = 0; i >= 0 && steps < 8; i--, steps++) {
    const ch = text[i];
    if (ch === '\n' || ch === '.' || ch === '!' || ch === '?' || ch === ':' || ch === '•') return true;
    if (!/[\s"'“”‘’([«»\-–—*]/.test(ch)) return false;
  }
  return true;
}

/** The form looked up in word lists: lower case, typographic apostrophe made plain. */
export function lowerWord(token: string): string {
  return token.toLowerCase().replace(/’/g, "'");
}

/** Lower-case words of a text. */
export function wordsOf(text: string): string[] {
  return tokensOf(text).map(lowerWord);
}

const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

/** What detection reads of a text's script: the share of its letters in the Latin script, and of its Latin characters with diacritics. */
export interface ScriptShares {
  /** Share of the letters written in the Latin script (0 when there are no letters). */
  latin: number;
  /**
   * Share of the Latin-script characters that are not plain a–z/A–Z: letters with diacritics. English and
   * Indonesian have next to none (a café, a name); Vietnamese has one in three, and it is what sets it apart
   * from text that franc finds close to Indonesian.
   */
  diacritic: number;
}

/**
 * Both script shares of `text` in one pass. News text is mostly ASCII: an ASCII character is told by its code (a
 * letter of a–z/A–Z is a plain Latin letter, any other ASCII character no letter and no Latin), and only the others
 * go through the Unicode tests (a whole code point: a letter outside the basic plane is one letter).
 */
export function scriptShares(text: string): ScriptShares {
  let letters = 0;
  let latinLetters = 0;
  let latin = 0;
  let plain = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) plain++;
      continue;
    }
    let ch = text[i];
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) ch = text.slice(i, ++i + 1);
    }
    const isLatin = LATIN.test(ch);
    if (isLatin) latin++;
    if (LETTER.test(ch)) {
      letters++;
      if (isLatin) latinLetters++;
    }
  }
  // every plain letter is a letter and Latin too
  letters += plain;
  latinLetters += plain;
  latin += plain;
  return { latin: letters === 0 ? 0 : latinLetters / letters, diacritic: latin === 0 ? 0 : (latin - plain) / latin };
}
