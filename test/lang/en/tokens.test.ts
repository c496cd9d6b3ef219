import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeAll } from '../../../src/lang/en/tokens.js';

const plain = (toks: ReturnType<typeof tokenize>) => toks.map((t) => `${t.text}@${t.start}-${t.end}/${[...t.tags].sort().join(',')}`);

describe('tokenizeAll', () => {
  const texts = [
    'The minister said on Monday that prices would rise.',
    'a.',
    "It's what they'd wanted, he told reporters. Then he left.",
    'x'.repeat(2500) + ' y',
    '"We will not back down," Smith may say.',
    'Shares fell 3% in New York.',
  ];

  it('tags a document in one pass exactly as sentence by sentence', () => {
    const batch = tokenizeAll(texts);
    expect(batch).toHaveLength(texts.length);
    texts.forEach((t, i) => expect(plain(batch[i])).toEqual(plain(tokenize(t))));
  });

  it('gives the same words across the batches of a long document', () => {
    const many = Array.from({ length: 150 }, (_, i) => `${texts[i % texts.length]} (${i})`);
    const batch = tokenizeAll(many);
    expect(batch).toHaveLength(many.length);
    for (const i of [0, 63, 64, 65, 127, 128, 149]) expect(plain(batch[i])).toEqual(plain(tokenize(many[i])));
  });

  it('keeps each sentence in its place, skipping fragments and over-long lines', () => {
    const batch = tokenizeAll(texts);
    expect(batch[1]).toEqual([]);
    expect(batch[3]).toEqual([]);
    expect(batch[5].map((t) => t.text)).toEqual(['Shares', 'fell', '3%', 'in', 'New', 'York']);
    for (const [i, toks] of batch.entries()) for (const t of toks) expect(texts[i].slice(t.start, t.end)).toBe(t.text);
  });

  it('splits contractions and reads "may" before a verb as a modal', () => {
    const [a, b] = tokenizeAll([texts[2], texts[4]]);
    expect(a.slice(0, 2).map((t) => t.lower)).toEqual(['it', 'is']);
    expect(b.find((t) => t.lower === 'may')?.tags.has('Modal')).toBe(true);
  });
});

describe('reported pasts the tagger reads as nouns', () => {
  const tagsOf = (text: string, word: string) => tokenize(text).find((t) => t.lower === word)?.tags;

  it('reads "said profits rose" as a plural subject and its past verb', () => {
    expect(tagsOf('The mill said wages rose 4 percent.', 'rose')?.has('Verb')).toBe(true);
    expect(tagsOf('The mill said wages rose 4 percent.', 'wages')?.has('Verb')).toBe(false);
    expect(tagsOf('Traders said costs rose.', 'rose')?.has('Verb')).toBe(true);
  });

  it('keeps a noun phrase going on after the past word ("said costs rose gardens")', () => {
    expect(tagsOf('Growers said tea rose gardens were thriving.', 'rose')?.has('Verb')).toBe(false);
  });

  it('reads a bare noun the tagger calls a verb between a speech verb and a modal or auxiliary as a noun ("said growth would slow")', () => {
    expect(tagsOf('The board said trade would suffer.', 'trade')?.has('Verb')).toBe(false);
    expect(tagsOf('Police said fire had gutted the mill.', 'fire')?.has('Noun')).toBe(true);
    // a modal after the speech verb itself stays as it is
    expect(tagsOf('She said it would rain.', 'would')?.has('Modal')).toBe(true);
  });
});

describe('coordinated pasts the tagger reads as adjectives', () => {
  const tagsOf = (text: string, word: string) => tokenize(text).find((t) => t.lower === word)?.tags;

  it('reads an -ed word after "and", before a determiner or number, as a past verb when a past verb came before', () => {
    expect(tagsOf('The mill hired 40 welders and closed two sheds.', 'closed')?.has('Verb')).toBe(true);
    // no past verb before: an adjective it stays
    expect(tagsOf('Cold and tired two men walked in.', 'tired')?.has('Verb')).toBe(false);
  });
});

describe('pasts spelt like nouns inside a subordinate clause', () => {
  it('reads "burst" after "after the river" as the clause\'s verb, though a verb came before the subordinator', () => {
    const burst = tokenize('Crews saved two dogs from the mud after the river burst its banks.').find((t) => t.lower === 'burst');
    expect(burst?.tags.has('Verb')).toBe(true);
  });
});
