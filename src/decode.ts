// Stage 1: bytes → text. UTF-8 (with or without BOM), UTF-16 with BOM, and Windows-1252 for legacy
// files that are not valid UTF-8. Binary data is refused rather than turned into mojibake claims.

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const CONTROL = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/g;

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) return { ok: false, reason: 'binary file (not text)' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(body);
    if (controlShare(text) > 0.01) return { ok: false, reason: 'not valid UTF-8 and not a legacy text encoding' };
    return { ok: true, text, encoding: 'windows-1252' };
  }
}

/** Text given as a string (stdin, NDJSON): BOM removed, lone surrogates replaced so output stays valid UTF-8. */
export function normalizeText(text: string): string {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return t.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  if (bytes.length % 2) return { ok: false, reason: `truncated ${encoding.toUpperCase()} (odd number of bytes)` };
  const text = new TextDecoder(encoding).decode(bytes);
  return { ok: true, text: normalizeText(text), encoding };
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let nul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
  return nul > 0;
}

function controlShare(text: string): number {
  const sample = text.slice(0, 8192);
  return sample.length ? (sample.match(CONTROL)?.length ?? 0) / sample.length : 0;
}
