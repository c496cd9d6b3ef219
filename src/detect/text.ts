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
const PLAIN = /[a-zA-Z]/;

/** Share of the characters of `text` that `among` matches which `which` matches too (0 when `among` matches none). */
function share(text: string, among: RegExp, which: (ch: string) => boolean): number {
  let all = 0;
  let some = 0;
  for (const ch of text) {
    if (!among.test(ch)) continue;
    all++;
    if (which(ch)) some++;
  }
  return all === 0 ? 0 : some / all;
}

/** Share of the letters of `text` written in the Latin script (0 when there are no letters). */
export const latinShare = (text: string): number => share(text, LETTER, (ch) => LATIN.test(ch));

/**
 * Share of the Latin letters that carry diacritics. English and Indonesian have next to none (a café, a
 * name); Vietnamese has one in three, and it is what sets it apart from text that franc finds close to
 * Indonesian.
 */
export const diacriticShare = (text: string): number => share(text, LATIN, (ch) => !PLAIN.test(ch));
