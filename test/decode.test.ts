import { describe, expect, it } from 'vitest';
import { decode, normalizeText } from '../src/decode.js';

const text = (r: ReturnType<typeof decode>) => (r.ok ? r.text : `REFUSED: ${r.reason}`);

describe('decode', () => {
  it('UTF-8 with and without BOM gives the same text, BOM removed', () => {
    const plain = Buffer.from('Kata dia, “ya”.\r\n', 'utf8');
    expect(text(decode(plain))).toBe('Kata dia, “ya”.\r\n');
    expect(text(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain])))).toBe('Kata dia, “ya”.\r\n');
  });

  it('UTF-16 LE and BE with BOM, and without BOM when the zero bytes show it', () => {
    const s = 'The minister said “yes” — 😀.';
    const le = Buffer.from(s, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(text(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), le])))).toBe(s);
    expect(text(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be])))).toBe(s);
    expect(text(decode(le))).toBe(s);
    expect(text(decode(be))).toBe(s);
  });

  it('Windows-1252: curly quotes, dashes and € are read as such, not as C1 controls', () => {
    const r = decode(Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]));
    expect(text(r)).toBe('“Café” – €5');
    expect(r.ok && r.encoding).toBe('windows-1252');
  });

  it('UTF-8 with a few broken bytes keeps its accents (U+FFFD for the broken byte), never mojibake', () => {
    const r = decode(Buffer.concat([Buffer.from('Café résumé ', 'utf8'), Buffer.from([0xff]), Buffer.from(' naïve', 'utf8')]));
    expect(text(r)).toBe('Café résumé \uFFFD naïve');
  });

  it('an encoded lone surrogate (ED A0 80) is not valid UTF-8 and is replaced', () => {
    expect(text(decode(Buffer.from([0x61, 0xc3, 0xa9, 0xed, 0xa0, 0x80, 0x62])))).toMatch(/^aé\uFFFD+b$/);
  });

  it('refuses binary data and control-character soup with a reason', () => {
    expect(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48])).ok).toBe(false);
    const soup = decode(Buffer.from(Array.from({ length: 300 }, (_, i) => (i % 4 ? 0x61 : 0x02))));
    expect(soup.ok).toBe(false);
    expect(!soup.ok && soup.reason).toMatch(/control|binary/);
  });

  it('keeps ordinary text with a few control characters, tabs, form feeds', () => {
    const s = 'Line one.\tTabbed.\fNext page.' + 'x'.repeat(200) + '\u0007';
    expect(text(decode(Buffer.from(s)))).toBe(s);
  });

  it('odd-length UTF-16 is refused as truncated', () => {
    expect(decode(Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x62])).ok).toBe(false);
  });
});

describe('normalizeText', () => {
  it('removes a leading BOM and replaces lone surrogates, keeping pairs', () => {
    expect(normalizeText('\ufeffa\ud800b\udc00c😀')).toBe('a\uFFFDb\uFFFDc😀');
  });
});
