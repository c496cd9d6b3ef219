// The script shares detection reads (src/detect/text.ts): ASCII counted by character code, the rest by Unicode
// tests, one whole code point at a time.
import { describe, expect, it } from 'vitest';
import { scriptShares } from '../../src/detect/text.js';

/** The shares as the Unicode tests alone give them, one code point at a time: what the fast path must agree with. */
function byUnicode(text: string): { latin: number; diacritic: number } {
  let letters = 0, latinLetters = 0, latin = 0, plain = 0;
  for (const ch of text) {
    const isLatin = /\p{Script=Latin}/u.test(ch);
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (isLatin) latinLetters++;
    }
    if (isLatin) {
      latin++;
      if (/[a-zA-Z]/.test(ch)) plain++;
    }
  }
  return { latin: letters ? latinLetters / letters : 0, diacritic: latin ? (latin - plain) / latin : 0 };
}

describe('scriptShares', () => {
  it('counts the letters of mixed scripts: Cyrillic and Latin letters, digits and punctuation none', () => {
    // 'Путин' 5 Cyrillic letters; 'said on', 'May', 'No' 11 Latin ones
    expect(scriptShares('Путин said on 12 May: "No."')).toEqual({ latin: 11 / 16, diacritic: 0 });
    expect(scriptShares('2024 — 15%!')).toEqual({ latin: 0, diacritic: 0 });
  });

  it('counts Latin letters with diacritics among the Latin characters', () => {
    // V i ệ t N a m: one of seven
    expect(scriptShares('Việt Nam')).toEqual({ latin: 1, diacritic: 1 / 7 });
    // a Roman numeral is Latin script but no letter
    expect(scriptShares('Ⅻ ab')).toEqual({ latin: 1, diacritic: 1 / 3 });
  });

  it('a letter outside the basic plane is one letter, not two halves', () => {
    // mathematical bold A and B: letters of no script's own
    expect(scriptShares('𝐀𝐁 ab')).toEqual({ latin: 0.5, diacritic: 0 });
    expect(scriptShares('\ud835 ab')).toEqual({ latin: 1, diacritic: 0 });
  });

  it('agrees with the Unicode tests on text mixing ASCII, accents, other scripts and symbols', () => {
    const texts = [
      'Presiden Joko Widodo mengatakan, "Kami siap." Menurut Kompas, 3/12.',
      'The café in São Paulo — and Ελλάδα, 北京, Москва — “closed” at 5 p.m.',
      'Đà Nẵng, Huế và Hà Nội là những thành phố lớn của Việt Nam.',
      'ﬁnance ǅ ʰ Ⅻ ª º ß ÿ 𝐀 😀 \t\n\u00a0',
    ];
    for (const t of texts) expect(scriptShares(t)).toEqual(byUnicode(t));
  });
});
