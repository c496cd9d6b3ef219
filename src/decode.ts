// Stage 1: bytes → text. UTF-8 (with or without BOM), UTF-16 (with BOM, or without one when the zero bytes
// show it), and Windows-1252 for legacy files that contain no UTF-8 at all. Binary data is refused rather
// than turned into mojibake claims. A leading byte-order mark is removed: spans count from after it.

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const SAMPLE = 8192;

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const bomless = utf16WithoutBom(body);
  if (bomless) return utf16(body, bomless);
  if (hasNul(body)) return { ok: false, reason: 'binary file (not text)' };
  const { valid, invalid } = utf8Sequences(body);
  if (!invalid) return checked(new TextDecoder('utf-8').decode(body), 'utf-8');
  // A few broken sequences in UTF-8 text are replaced with U+FFFD; reading such a file as Windows-1252
  // would turn every accented letter in it into mojibake.
  if (valid) return checked(normalizeText(new TextDecoder('utf-8').decode(body)), 'utf-8 (invalid sequences replaced)');
  return checked(windows1252(body), 'windows-1252');
}

/** Text given as a string (stdin, NDJSON): BOM removed, lone surrogates replaced so output stays valid UTF-8. */
export function normalizeText(text: string): string {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return t.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  if (bytes.length % 2) return { ok: false, reason: `truncated ${encoding.toUpperCase()} (odd number of bytes)` };
  return checked(normalizeText(new TextDecoder(encoding).decode(bytes)), encoding);
}

/** Text whose control characters (other than tab, line breaks, form feed, escape) are more than 1% is not prose. */
function checked(text: string, encoding: string): Decoded {
  const sample = text.slice(0, SAMPLE);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) || (c >= 0x7f && c <= 0x9f)) control++;
  }
  if (sample.length && control / sample.length > 0.01) {
    return { ok: false, reason: encoding === 'windows-1252' ? 'not valid UTF-8 and not a legacy text encoding' : 'binary data (control characters)' };
  }
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding };
}

/** Code points of bytes 0x80–0x9F in Windows-1252 (the rest is Latin-1). Node's TextDecoder decodes
 *  'windows-1252' as plain Latin-1, which would turn curly quotes and € into C1 control characters. */
const CP1252 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    let s = '';
    for (const b of chunk) s += b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80] : String.fromCharCode(b);
    parts.push(s);
  }
  return parts.join('');
}

function hasNul(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** UTF-16 without a BOM: mostly-ASCII text has a zero in every other byte, and almost nowhere else. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let even = 0, odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.7 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.7 && odd < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that cannot be UTF-8. */
function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0, invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok && len === 3) {
      const cp = ((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6);
      ok = cp >= 0x800 && (cp < 0xd800 || cp > 0xdfff); // no overlongs, no surrogates
    }
    if (ok && len === 4) {
      const cp = ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12);
      ok = cp >= 0x10000 && cp <= 0x10ffff;
    }
    if (ok) { valid++; i += len; } else { invalid++; i++; }
  }
  return { valid, invalid };
}
