import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/diff/render.js';
import { escapeHtml, markedText } from '../../src/format/html.js';
import { serialize, formatDocument } from '../../src/serialize.js';
import type { Claim, ClaimsDocument } from '../../src/types.js';

const HOSTILE = '<script>alert(1)</script> <img src=x onerror=alert(2)> </style><style>body{display:none}</style> "q" \'s\' & 🤖 وزير';

/** A span in code points of `text` around its first occurrence of `part`. */
function spanOf(text: string, part: string): [number, number] {
  const start = Array.from(text.slice(0, text.indexOf(part))).length;
  return [start, start + Array.from(part).length];
}
function claim(text: string, sentence: string, fields: Partial<Claim> = {}): Claim {
  return {
    id: `id${sentence.length}`, actor: 'The mayor', action: 'said so', date: null, source: null, kind: 'statement', sentence: 0,
    span: spanOf(text, sentence), text: sentence, ...fields,
  };
}

describe('html', () => {
  it('every piece of text is escaped: the page has no element, attribute or style that the article brought', () => {
    const text = `🤖 Intro. ${HOSTILE} said the mayor. End.`;
    const sentence = `${HOSTILE} said the mayor.`;
    const doc: ClaimsDocument = { id: '<b>id</b>.txt', language: 'en', published: null, title: '</title><script>x</script>',
      claims: [claim(text, sentence, { actor: HOSTILE, action: HOSTILE, source: HOSTILE, date: '<i>' })] };
    const page = serialize([], 'html').replace('<p class="none">No documents.</p>\n', formatDocument('html', doc, { text, index: 0 }));
    expect(page).not.toMatch(/<script|<img|<[^>]*onerror|<\/style><style>body|<b>id|<i>/i);
    expect(page.match(/<style>/g)).toHaveLength(1);
    expect(page.match(/<\/style>/g)).toHaveLength(1);
    expect(page).toContain(escapeHtml(HOSTILE));
    expect(page).toContain('default-src \'none\'');
  });

  it('marks each claim sentence at its code-point span (emoji and RTL before it), the rest of the text kept around it', () => {
    const text = '👩🏽‍💻 وزير المالية spoke.\nThe council approved it. Then 🤖 left.';
    const c = claim(text, 'The council approved it.');
    const html = markedText(text, [{ span: c.span, text: c.text, id: 's1', className: 'statement', tags: ['[1]'], claims: ['a'] }]);
    expect(html).toBe('👩🏽‍💻 وزير المالية spoke.\n' +
      '<mark class="statement" id="s1" data-claims="a">The council approved it.[1]</mark> Then 🤖 left.');
  });

  it('a span that does not hold its text is not marked (a saved claim file against another text); no text: the sentences stand in', () => {
    const marks = [{ span: [0, 3] as const, text: 'xyz', id: 's', className: 'quote', tags: [], claims: ['a'] }];
    expect(markedText('abc def', marks)).toBe('abc def');
    expect(markedText(null, marks)).toBe('<mark class="quote" id="s" data-claims="a">xyz</mark>');
  });

  it('a document without claims says so; kinds carry a symbol and a word, not only a colour', () => {
    const page = serialize([{ id: 'a.txt', language: 'en', published: null, title: null, claims: [] }], 'html');
    expect(page).toContain('No claims found');
    for (const k of ['● statement', '◆ reported', '❝ quote']) expect(page).toContain(k);
  });

  it('diff: paired claims link to each other, changed fields marked with ≠ as well as a tint, texts escaped', () => {
    const ta = 'The council approved <b>it</b> on Monday.', tb = 'The council approved <b>it</b> on Tuesday.';
    const a = claim(ta, ta, { date: '2024-01-01' }), b = claim(tb, tb, { date: '2024-01-02' });
    const result = { a: 'a<x>.txt', b: 'b.txt', matched: [{ a, b, score: 0.9, changes: ['date' as const] }], onlyA: [], onlyB: [] };
    const page = renderHtml([{ result, textA: ta, textB: tb }]);
    expect(page).toContain('id="r0-a-m1" href="#r0-b-m1"');
    expect(page).toContain('id="r0-b-m1" href="#r0-a-m1"');
    expect(page.match(/class="date differs"/g)).toHaveLength(2);
    expect(page).toContain('td.differs::before { content: "≠ "; }');
    expect(page).not.toMatch(/<b>|<x>/);
  });
});
