// Letters with diacritics: a script trait that sets some Latin-script languages apart from English and Indonesian.

const LATIN_LETTER = /\p{Script=Latin}/u;
const PLAIN = /[a-zA-Z]/;

/**
 * Share of the Latin letters that carry diacritics. English and Indonesian have next to none (a café, a
 * name); Vietnamese has one in three, and it is what sets it apart from text that franc finds close to
 * Indonesian.
 */
export function diacriticShare(text: string): number {
  let latin = 0;
  let marked = 0;
  for (const ch of text) {
    if (!LATIN_LETTER.test(ch)) continue;
    latin++;
    if (!PLAIN.test(ch)) marked++;
  }
  return latin === 0 ? 0 : marked / latin;
}
