import { describe, expect, it } from 'vitest';
import { diffDocuments, differs } from '../../src/diff/match.js';
import { EMPTY_LEXICON } from '../../src/diff/lexicon.js';
import { extract } from '../../src/pipeline.js';
import { doc, lexicon } from './support.js';

const en = doc('en', 'en', [
  { actor: 'Russia', action: 'attacked the port of Odesa', date: '2024-03-12' },
  { actor: 'The central bank', action: 'raised interest rates to 16 percent', source: 'Reuters', kind: 'reported' },
  { actor: 'The government', action: 'announced a new budget for schools' },
]);

describe('diffDocuments', () => {
  it('a document against itself: everything matched, nothing changed', () => {
    const r = diffDocuments(en, en, lexicon);
    expect(r.matched).toHaveLength(3);
    expect(r.matched.every((p) => p.changes.length === 0 && p.a === p.b)).toBe(true);
    expect(r.onlyA).toEqual([]);
    expect(r.onlyB).toEqual([]);
    expect(differs(r)).toBe(false);
  });

  it('names the changed field and keeps a removed claim on its side', () => {
    const b = doc('b', 'en', [
      { actor: 'Russia', action: 'attacked the port of Odesa', date: '2024-03-14' },
      { actor: 'The government', action: 'announced a new budget for schools' },
    ]);
    const r = diffDocuments(en, b, lexicon);
    expect(r.onlyA.map((c) => c.action)).toEqual(['raised interest rates to 16 percent']);
    expect(r.matched.map((p) => p.changes)).toEqual([['date'], []]);
    expect(differs(r)).toBe(true);
  });

  it('a date restated in the action is the date change, not an action change', () => {
    const a = doc('a', 'en', [{ actor: 'The council', action: 'approved the plan on 12 March 2024', date: '2024-03-12' }]);
    const b = doc('b', 'en', [{ actor: 'The council', action: 'approved the plan on 14 March 2024', date: '2024-03-14' }]);
    expect(diffDocuments(a, b, lexicon).matched[0].changes).toEqual(['date']);
  });

  it('a changed number is an action change; surname vs full name is not an actor change', () => {
    const a = doc('a', 'en', [{ actor: 'Vladimir Putin', action: 'said 40 soldiers died', kind: 'statement' }]);
    const b = doc('b', 'en', [{ actor: 'Putin', action: 'said 45 soldiers died', kind: 'statement' }]);
    expect(diffDocuments(a, b, lexicon).matched[0].changes).toEqual(['action']);
  });

  it('an English claim and its faithful Indonesian translation are the same', () => {
    const id = doc('id', 'id', [
      { actor: 'Pemerintah', action: 'mengumumkan anggaran baru untuk sekolah' },
      { actor: 'Rusia', action: 'menyerang pelabuhan Odesa', date: '2024-03-12' },
      { actor: 'Bank sentral', action: 'menaikkan suku bunga menjadi 16 persen', source: 'Reuters', kind: 'reported' },
    ]);
    const r = diffDocuments(en, id, lexicon);
    expect(r.onlyA).toEqual([]);
    expect(r.onlyB).toEqual([]);
    expect(r.matched.map((p) => [p.a.action, p.b.actor, p.changes])).toEqual([
      ['attacked the port of Odesa', 'Rusia', []],
      ['raised interest rates to 16 percent', 'Bank sentral', []],
      ['announced a new budget for schools', 'Pemerintah', []],
    ]);
  });

  it('a document of undetermined language is read with the rules its function words suggest', () => {
    const id = doc('id', 'und', [{ actor: 'Pemerintah', action: 'mengumumkan anggaran baru untuk sekolah-sekolah' }]);
    const r = diffDocuments(en, id, lexicon);
    expect(r.matched.map((p) => [p.a.action, p.changes])).toEqual([['announced a new budget for schools', []]]);
  });

  it('the lexicon is what carries meaning across languages', () => {
    const a = doc('a', 'en', [{ actor: 'The government', action: 'announced a new budget' }]);
    const b = doc('b', 'id', [{ actor: 'Pemerintah', action: 'mengumumkan anggaran baru' }]);
    expect(diffDocuments(a, b, lexicon).matched).toHaveLength(1);
    expect(diffDocuments(a, b, EMPTY_LEXICON).matched).toHaveLength(0);
  });

  it('unrelated claims are not paired', () => {
    const b = doc('b', 'en', [{ actor: 'The football team', action: 'won the championship final' }]);
    const r = diffDocuments(en, b, lexicon);
    expect(r.matched).toEqual([]);
    expect(r.onlyA).toHaveLength(3);
    expect(r.onlyB).toHaveLength(1);
  });

  it('Indonesian negation is a change: sudah/telah → belum, akan → tidak akan', () => {
    const a = doc('a', 'id', [
      { actor: 'Kondisi pasar ikan', action: 'sudah kembali normal', source: 'Wahyudi', kind: 'reported' },
      { actor: 'Bupati Sleman', action: 'akan menghadiri rapat anggaran desa' },
      { actor: 'Pabrik semen itu', action: 'telah membayar upah para buruh' },
    ]);
    const b = doc('b', 'id', [
      { actor: 'Kondisi pasar ikan', action: 'belum kembali normal', source: 'Wahyudi', kind: 'reported' },
      { actor: 'Bupati Sleman', action: 'tidak akan menghadiri rapat anggaran desa' },
      { actor: 'Pabrik semen itu', action: 'belum membayar upah para buruh' },
    ]);
    expect(diffDocuments(a, b, lexicon).matched.map((p) => p.changes)).toEqual([['action'], ['action'], ['action']]);
  });

  it('a negation across languages is a change; its faithful translation is not', () => {
    const a = doc('a', 'en', [{ actor: 'The governor', action: 'will not approve the new budget for schools' }]);
    const same = doc('b', 'id', [{ actor: 'Gubernur', action: 'tidak akan menyetujui anggaran baru untuk sekolah' }]);
    const flipped = doc('c', 'id', [{ actor: 'Gubernur', action: 'akan menyetujui anggaran baru untuk sekolah' }]);
    expect(diffDocuments(a, same, lexicon).matched.map((p) => p.changes)).toEqual([[]]);
    const yet = doc('d', 'en', [{ actor: 'The governor', action: 'has yet to approve the new budget for schools' }]);
    const belum = doc('e', 'id', [{ actor: 'Gubernur', action: 'belum menyetujui anggaran baru untuk sekolah' }]);
    expect(diffDocuments(yet, belum, lexicon).matched.map((p) => p.changes)).toEqual([[]]);
    expect(diffDocuments(a, flipped, lexicon).matched.map((p) => p.changes)).toEqual([['action']]);
  });

  it('an Indonesian negated phrase that means one English word is no negation: tidak asing / familiar', () => {
    const a = doc('a', 'en', [{ actor: 'The program', action: 'is familiar to residents of Bekasi' }]);
    const b = doc('b', 'id', [{ actor: 'Program itu', action: 'tidak asing bagi warga Bekasi' }]);
    expect(diffDocuments(a, b, lexicon).matched.map((p) => p.changes)).toEqual([[]]);
  });

  it('"not only" and "tidak hanya" do not negate', () => {
    const a = doc('a', 'en', [{ actor: 'The programme', action: 'not only helped farmers in the village' }]);
    const b = doc('b', 'id', [{ actor: 'Program itu', action: 'membantu petani di desa' }]);
    expect(diffDocuments(a, b, lexicon).matched[0].changes).not.toContain('action');
  });

  it("an apostrophe's typeface is no change: I've / I’ve, L'Oreal / L’Oreal", () => {
    const a = doc('a', 'en', [{ actor: 'Ms Dupont', action: "said I've never bought L'Oreal shares", kind: 'quote', source: 'Ms Dupont' }]);
    const b = doc('b', 'en', [{ actor: 'Ms Dupont', action: 'said I’ve never bought L’Oreal shares', kind: 'quote', source: 'Ms Dupont' }]);
    expect(diffDocuments(a, b, lexicon).matched.map((p) => p.changes)).toEqual([[]]);
  });

  it('an article that repeats a paragraph word for word pairs each copy with the copy in the same place', () => {
    const para = [
      { actor: 'The mayor', action: 'promised free buses for students' },
      { actor: 'The council', action: 'will vote on the budget next month' },
    ];
    const filler = (k: number) => ({ actor: `Witness ${k}`, action: `described the parade in district ${k + 40}` });
    const claims = [...para, filler(1), filler(2), filler(3), ...para, filler(4)];
    const a = doc('a', 'en', claims.map((c, i) => ({ ...c, sentence: i })));
    const pairs = (b: typeof claims) => {
      const r = diffDocuments(a, doc('b', 'en', b.map((c, i) => ({ ...c, sentence: i }))), lexicon);
      return r.matched.filter((p) => p.a.actor === 'The mayor' || p.a.actor === 'The council').map((p) => [p.a.sentence, p.b.sentence]);
    };
    // The first copy deleted: the copy left is A's second, not its first.
    expect(pairs(claims.slice(2))).toEqual([[5, 3], [6, 4]]);
    // The paragraph once more at the top: A's copies pair with the first and the last, in order.
    expect(pairs([...para, ...claims])).toEqual([[0, 0], [1, 1], [5, 7], [6, 8]]);
  });

  it('two long articles, one edited: every unedited claim pairs with itself (the benchmark case, checked for correctness)', () => {
    const text = longArticle(5000);
    const A = extract({ id: 'a', text, published: '2024-01-01' });
    const edited = text.replace('in sector 7 ', 'in sector 7 and beyond ');
    const B = extract({ id: 'b', text: edited, published: '2024-01-01' });
    expect(A.claims.length).toBeGreaterThan(100);
    const r = diffDocuments(A, B, lexicon);
    const wrong = r.matched.filter((p) => p.a.sentence !== p.b.sentence);
    expect(wrong).toEqual([]);
    expect(r.onlyA.length + r.onlyB.length + r.matched.filter((p) => p.changes.length).length).toBeLessThanOrEqual(2);
  });
});

/** A synthetic article of about `n` words: varied subjects, verbs, numbers and names per sentence. */
function longArticle(n: number): string {
  const who = ['The ministry', 'Governor Adi Santoso', 'The central bank', 'Local farmers', 'The airline', 'Police', 'The university', 'Investors'];
  const did = ['announced a plan to build', 'criticised the cost of', 'approved funding for', 'delayed the opening of', 'reported a rise in', 'rejected a proposal for'];
  const what = ['schools', 'bridges', 'hospitals', 'ports', 'rice exports', 'fuel prices', 'flights', 'power plants'];
  const out: string[] = [];
  let words = 0;
  for (let i = 0; words < n; i++) {
    const s = `${who[i % who.length]} ${did[(i * 5) % did.length]} ${i + 3} ${what[(i * 3) % what.length]} in sector ${i} on Monday.`;
    out.push(s);
    words += s.split(' ').length;
  }
  return out.join(' ');
}
