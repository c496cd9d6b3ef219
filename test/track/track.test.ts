import { describe, expect, it } from 'vitest';
import { groupId, track, type TrackGroup } from '../../src/track/track.js';
import type { ClaimsDocument } from '../../src/types.js';
import { doc, lexicon } from '../diff/support.js';

const dated = (d: ClaimsDocument, published: string | null): ClaimsDocument => ({ ...d, published });
const docsOf = (g: TrackGroup) => g.claims.map((m) => m.doc);
const groupWith = (groups: TrackGroup[], doc: string, action: string) => groups.find((g) => g.claims.some((m) => m.doc === doc && m.claim.action === action));

const port = [
  { actor: 'Russia', action: 'attacked the port of Odesa with 40 drones', date: '2024-03-12' },
  { actor: 'The central bank', action: 'raised interest rates to 16 percent', source: 'Reuters', kind: 'reported' as const },
  { actor: 'The government', action: 'announced a new budget for schools in Kharkiv' },
];
const portId = [
  { actor: 'Rusia', action: 'menyerang pelabuhan Odesa dengan 40 drone', date: '2024-03-12' },
  { actor: 'Bank sentral', action: 'menaikkan suku bunga menjadi 16 persen', source: 'Reuters', kind: 'reported' as const },
  { actor: 'Pemerintah', action: 'mengumumkan anggaran baru untuk sekolah di Kharkiv' },
];
const football = [
  { actor: 'The football team', action: 'won the championship final in Madrid' },
  { actor: 'The coach', action: 'praised the young goalkeeper after the match' },
];

describe('track', () => {
  it('groups the claims of a copy with their originals and leaves an unrelated article out', () => {
    const docs = [dated(doc('a.txt', 'en', port), '2024-03-12'), dated(doc('b.txt', 'en', port), '2024-03-13')];
    docs.push(dated(doc('c.txt', 'en', football), '2024-03-12'));
    const { result } = track(docs, lexicon);
    expect(result.articles).toBe(3);
    expect(result.claims).toBe(8);
    expect(result.groups).toHaveLength(3);
    for (const g of result.groups) {
      expect(docsOf(g)).toEqual(['a.txt', 'b.txt']);
      expect(g.claims[0].claim.action).toBe(g.claims[1].claim.action);
      expect(g.first).toBe('a.txt');
      expect(g.differ).toEqual([]);
    }
  });

  it('groups an English claim with its Indonesian translation, which differs in nothing', () => {
    const { result } = track([dated(doc('en.txt', 'en', port), '2024-03-12'), dated(doc('id.txt', 'id', portId), '2024-03-12')], lexicon);
    expect(result.groups).toHaveLength(3);
    expect(groupWith(result.groups, 'en.txt', port[0].action)?.claims.map((m) => [m.language, m.claim.actor])).toEqual([['en', 'Russia'], ['id', 'Rusia']]);
    expect(groupWith(result.groups, 'en.txt', port[1].action)?.claims.map((m) => m.claim.actor)).toEqual(['The central bank', 'Bank sentral']);
    expect(result.groups.every((g) => g.differ.length === 0)).toBe(true);
  });

  it('first: the earliest published article; unknown dates after known ones; ties to the id that sorts first', () => {
    const t = (docs: ClaimsDocument[]) => track(docs, lexicon).result.groups.map((g) => g.first);
    const [z, y, x] = [dated(doc('z.txt', 'en', port), null), dated(doc('y.txt', 'en', port), '2024-05-01'), dated(doc('x.txt', 'en', port), null)];
    expect(t([z, y, x])).toEqual(['y.txt', 'y.txt', 'y.txt']);
    expect(t([dated(doc('z.txt', 'en', port), null), dated(doc('x.txt', 'en', port), null)])).toEqual(['x.txt', 'x.txt', 'x.txt']);
    const [b, a] = [dated(doc('b.txt', 'en', port), '2024-03-12'), dated(doc('a.txt', 'en', port), '2024-03-12')];
    const c = dated(doc('c.txt', 'id', portId), '2024-03-11');
    expect(t([b, a, c])).toEqual(['c.txt', 'c.txt', 'c.txt']);
    expect(t([b, a])).toEqual(['a.txt', 'a.txt', 'a.txt']);
    const members = track([dated(doc('z.txt', 'en', port), null), dated(doc('y.txt', 'en', port), '2024-05-01')], lexicon).result.groups[0].claims;
    expect(members.map((m) => [m.doc, m.published])).toEqual([['y.txt', '2024-05-01'], ['z.txt', null]]);
  });

  it('loose likeness does not chain: claims that share nothing are never in one group', () => {
    // Each claim shares two of its three names with the next: a chain through eight articles, ends unrelated.
    const names = ['Ambon', 'Bitung', 'Cilacap', 'Dumai', 'Ende', 'Fakfak', 'Gorontalo', 'Hulu', 'Ilaga', 'Jayapura'];
    const docs = names.slice(0, 8).map((_, k) => doc(`d${k}.txt`, 'en', [{ actor: '', action: names.slice(k, k + 3).join(' ') }]));
    const groups = track(docs, lexicon).result.groups.map((g) => docsOf(g).map((d) => Number(d[1])));
    expect(groups.length).toBeGreaterThan(1);
    for (const g of groups) expect(Math.max(...g) - Math.min(...g)).toBeLessThan(3);
  });

  it('a short claim of common words does not join a longer one in an unrelated article', () => {
    const a = doc('a.txt', 'id', [
      { actor: 'Daftar kota tujuan saya', action: 'sudah berkembang menjadi sangat panjang' },
      { actor: 'Saya', action: 'melihat beberapa' },
      { actor: 'Perhentian berikutnya', action: 'adalah Bellingham dekat perbatasan Kanada' },
    ]);
    const b = doc('b.txt', 'id', [
      { actor: 'Kereta bawah tanah Pyongyang', action: 'adalah salah satu sistem komuter terdalam' },
      { actor: 'Saya', action: 'melihat beberapa kali' },
      { actor: 'Pemandu wisata', action: 'melarang pengunjung memotret stasiun' },
    ]);
    expect(track([a, b], lexicon).result.groups).toEqual([]);
  });

  it('a wire story printed by more outlets than a claim may probe still ends in one group per claim', () => {
    const outlets = Array.from({ length: 450 }, (_, k) => dated(doc(`outlet${String(k).padStart(3, '0')}.txt`, 'en', port), '2024-03-12'));
    const { result } = track([...outlets, doc('c.txt', 'en', football)], lexicon);
    expect(result.groups.map((g) => g.claims.length)).toEqual([450, 450, 450]);
    expect(result.groups.every((g) => g.first === 'outlet000.txt')).toBe(true);
  });

  it('one claim per article in a group, each in at most one group', () => {
    const twice = doc('a.txt', 'en', [...port, port[0]]);
    const { result } = track([twice, doc('b.txt', 'en', port), doc('c.txt', 'id', portId)], lexicon);
    const seen = new Set<string>();
    for (const g of result.groups) {
      expect(new Set(docsOf(g)).size).toBe(g.claims.length);
      for (const m of g.claims) {
        const key = `${m.doc} ${m.claim.sentence}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
    }
  });

  it('group ids are stable for the same members, whatever the input order, and differ for other members', () => {
    const a = dated(doc('a.txt', 'en', port), '2024-03-12'), b = dated(doc('b.txt', 'en', port), '2024-03-13');
    const c = dated(doc('c.txt', 'id', portId), '2024-03-14');
    const ids = (docs: ClaimsDocument[]) => track(docs, lexicon).result.groups.map((g) => g.id).sort();
    expect(ids([a, b, c])).toEqual(ids([c, b, a]));
    expect(ids([a, b])).not.toEqual(ids([a, c]));
    const g = track([a, b], lexicon).result.groups[0];
    expect(g.id).toMatch(/^[0-9a-f]{8}$/);
    expect(groupId([...g.claims].reverse())).toBe(g.id);
  });
});

describe('track: differ', () => {
  const pair = (x: object[], y: object[], [la, lb] = ['en', 'en']) =>
    track([dated(doc('a.txt', la, x), '2024-03-12'), dated(doc('b.txt', lb, y), '2024-03-13')], lexicon);
  const differ = (x: object[], y: object[], langs?: string[]) => pair(x, y, langs).result.groups.map((g) => g.differ);
  const base = {
    actor: 'Mayor Jane Porter', action: 'said 200 teachers will join public schools in the harbour district',
    date: '2024-03-12', source: 'Reuters', kind: 'reported',
  };

  it('another number in the action', () => {
    const { result, disagreements } = pair([base], [{ ...base, action: 'said 250 teachers will join public schools in the harbour district' }]);
    expect(result.groups.map((g) => g.differ)).toEqual([['action']]);
    const values = [{ value: '200', articles: 1 }, { value: '250', articles: 1 }];
    expect(disagreements.get(result.groups[0].id)).toEqual([{ field: 'action', what: 'numbers', values }]);
  });

  it('another date, but not a date given less precisely', () => {
    expect(differ([base], [{ ...base, date: '2024-03-14' }])).toEqual([['date']]);
    expect(differ([base], [{ ...base, date: '2024-03' }])).toEqual([[]]);
    expect(differ([base], [{ ...base, date: null }])).toEqual([[]]);
  });

  it('another source, but not the same source named more fully or left out', () => {
    expect(differ([base], [{ ...base, source: 'Associated Press' }])).toEqual([['source']]);
    expect(differ([{ ...base, source: 'Porter' }], [{ ...base, source: 'Jane Porter' }])).toEqual([[]]);
    expect(differ([base], [{ ...base, source: null, kind: 'statement' }])).toEqual([[]]);
  });

  it('another actor: two people sharing a surname, or a number in the actor', () => {
    const roth = { actor: 'Raymond Roth', action: 'had involved his son in the insurance scheme', source: 'Brian Davis', kind: 'reported' };
    expect(differ([roth], [{ ...roth, actor: 'Evana Roth' }])).toEqual([['actor']]);
    expect(differ([roth], [{ ...roth, actor: 'Roth' }])).toEqual([[]]);
    const sweets = { actor: 'Sebanyak 345 permen yang disita petugas', action: 'dikembalikan ke pemiliknya di Surabaya' };
    expect(differ([sweets], [{ ...sweets, actor: 'Sebanyak 343 permen yang disita petugas' }], ['id', 'id'])).toEqual([['actor']]);
  });

  it('a negation, in one language and across languages', () => {
    const a = { actor: 'Kondisi pasar ikan di Muara Baru', action: 'sudah kembali normal setelah banjir' };
    const d = pair([a], [{ ...a, action: 'belum kembali normal setelah banjir' }], ['id', 'id']);
    expect(d.result.groups.map((g) => g.differ)).toEqual([['action']]);
    expect(d.disagreements.get(d.result.groups[0].id)?.[0]).toMatchObject({ what: 'negation' });
    const gov = { actor: 'The governor', action: 'will not approve the new budget for schools in Bandung' };
    expect(differ([gov], [{ actor: 'Gubernur', action: 'akan menyetujui anggaran baru untuk sekolah di Bandung' }], ['en', 'id'])).toEqual([['action']]);
    expect(differ([gov], [{ actor: 'Gubernur', action: 'tidak akan menyetujui anggaran baru untuk sekolah di Bandung' }], ['en', 'id'])).toEqual([[]]);
  });
});
