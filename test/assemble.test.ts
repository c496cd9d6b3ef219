import { describe, expect, it } from 'vitest';
import { assemble, claimId, codePointCounter } from '../src/assemble.js';

describe('claimId', () => {
  const c = { actor: 'Sberbank', action: 'launched its GigaChat model', source: null, kind: 'statement' };
  it('is the same for the same claim text, whatever the spacing or case', () => {
    expect(claimId(c)).toBe(claimId({ ...c, action: ' launched  its GigaChat model', actor: 'sberbank' }));
    expect(claimId(c)).toMatch(/^[0-9a-f]{8}$/);
  });
  it('differs when what the claim says differs', () => {
    expect(claimId(c)).not.toBe(claimId({ ...c, action: 'launched Kandinsky' }));
    expect(claimId(c)).not.toBe(claimId({ ...c, source: 'Reuters' }));
  });
});

describe('codePointCounter', () => {
  it('counts astral characters as one', () => {
    const text = 'a😀b𝐀c';
    const toCp = codePointCounter(text);
    expect(toCp(0)).toBe(0);
    expect(toCp(text.indexOf('b'))).toBe(2);
    expect(toCp(text.indexOf('c'))).toBe(4);
    expect(toCp(text.length)).toBe([...text].length);
  });
});

describe('assemble', () => {
  it('gives spans in code points whose slice is the sentence text, and unique ids', () => {
    const text = '😀 Intro. Sberbank launched it. Sberbank launched it.';
    const s1 = text.indexOf('Sberbank'), s2 = text.lastIndexOf('Sberbank');
    const sentences = [
      { text: 'Sberbank launched it.', start: s1, end: s1 + 21 },
      { text: 'Sberbank launched it.', start: s2, end: s2 + 21 },
    ];
    const claim = { actor: 'Sberbank', action: 'launched it', source: null, kind: 'statement' as const, date: null };
    const doc = assemble({ id: 'x', language: 'en', published: null, title: null }, text, sentences, [
      { ...claim, sentence: 0 },
      { ...claim, sentence: 1 },
    ]);
    const cps = [...text];
    for (const c of doc.claims) expect(cps.slice(c.span[0], c.span[1]).join('')).toBe(c.text);
    expect(doc.claims[0].id).not.toBe(doc.claims[1].id);
    expect(doc.claims[1].id.startsWith(doc.claims[0].id)).toBe(true);
  });
});
