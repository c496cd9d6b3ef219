import { describe, expect, it } from 'vitest';
import { renderHuman } from '../../src/diff/render.js';
import type { DiffResult } from '../../src/diff/index.js';
import { escapeControls } from '../../src/format/terminal.js';
import type { Claim } from '../../src/types.js';

/** Anything a terminal could act on: C0, DEL, C1, and the bidi embeddings, overrides and isolates. */
const STEERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('escapeControls', () => {
  it('makes every control character visible and leaves letters, RTL text and emoji alone', () => {
    expect(escapeControls('a\x1b[2Jb.txt')).toBe('a\\x1b[2Jb.txt');
    expect(escapeControls('x\ny\rz\tw\x00\x7f')).toBe('x\\ny\\rz\\tw\\x00\\x7f');
    expect(escapeControls('\u009b31m \u202eevil \u2066iso')).toBe('\\u{9b}31m \\u{202e}evil \\u{2066}iso');
    const plain = 'وزير المالية said 🤖 👩🏽‍💻 Jakarta — “ok”';
    expect(escapeControls(plain)).toBe(plain);
    for (let c = 0; c < 0x2100; c++) expect(escapeControls(String.fromCharCode(c))).not.toMatch(STEERS);
  });
});

describe('human diff view', () => {
  const claim = (actor: string, action: string, source: string | null): Claim =>
    ({ id: 'x', actor, action, date: null, source, kind: 'reported', sentence: 0, span: [0, 1], text: 't' });
  it('escapes control characters in file names and claim text', () => {
    const r: DiffResult = {
      a: 'a\x1b[2Jb.txt', b: 'b\rclaims: error: forged.txt',
      matched: [{
        a: claim('The mayor\x1b]0;title\x07', 'would fund 300 teachers', 'Jane\u202eHolloway'),
        b: claim('The mayor', 'would fund 301 teachers\u009b2J', null), score: 0.9, changes: ['action', 'source'],
      }],
      onlyA: [claim('X\x1bc', 'left', null)], onlyB: [claim('Y', 'came\x08\x08', null)],
    };
    const out = renderHuman(r);
    expect(out.replace(/\n/g, '')).not.toMatch(STEERS);
    expect(out).toContain('--- a\\x1b[2Jb.txt');
    expect(out).toContain('+++ b\\rclaims: error: forged.txt');
    expect(out).toContain('Jane\\u{202e}Holloway');
  });
});
