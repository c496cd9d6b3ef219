import { describe, expect, it } from 'vitest';
import { toJsonLd } from '../../src/format/jsonld.js';
import { serialize } from '../../src/serialize.js';
import type { Claim, ClaimsDocument } from '../../src/types.js';
import { documentsFromJsonLd } from './jsonld-roundtrip.js';

const HOSTILE = ['</script><script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'a "quote" & \\ backslash', 'line\u2028sep\u2029para',
  'وزير المالية', 'emoji 🤖👩🏽‍💻', '=1+1', 'ctrl\x1b[2J\x00'];

const claim = (i: number, s: string): Claim =>
  ({
    id: `c${i}`, actor: s, action: `${s} act`, date: i % 2 ? null : '2024-12', source: i % 3 ? s : null, kind: i % 2 ? 'quote' : 'reported',
    sentence: i, span: [i, i + 2], text: s,
  });

describe('jsonld', () => {
  const docs: ClaimsDocument[] = [
    { id: 'a</script>.txt', language: 'en', published: '2024-12-02', title: 'T <b>', claims: HOSTILE.map((s, i) => claim(i, s)) },
    { id: 'none.txt', language: 'und', published: null, title: null, claims: [] },
  ];

  it('streamed text parses to toJsonLd(docs), and every claim field comes back but the span', () => {
    const text = serialize(docs, 'jsonld');
    const graph = JSON.parse(text);
    expect(graph).toEqual(toJsonLd(docs));
    expect(graph['@context']).toBe('https://schema.org');
    expect(documentsFromJsonLd(graph)).toEqual(docs.map((d) => ({ ...d, claims: d.claims.map(({ span: _, ...c }) => c) })));
  });

  it('claims are Claim items with their claimant, date and the article as appearance; a claimless document stays as its NewsArticle', () => {
    const graph = toJsonLd(docs) as unknown as { '@graph': Record<string, any>[] };
    const [first, second, ...rest] = graph['@graph'];
    expect(first).toMatchObject({ '@type': 'Claim', temporalCoverage: '2024-12', datePublished: '2024-12-02', inLanguage: 'en',
      appearance: { '@type': 'NewsArticle', identifier: 'a</script>.txt', datePublished: '2024-12-02', inLanguage: 'en', headline: 'T <b>' } });
    expect(first.author).toBeUndefined(); // a statement has no claimant but the article
    expect(second.author).toEqual({ '@type': 'Person', name: HOSTILE[1] });
    expect(rest.at(-1)).toEqual({ '@type': 'NewsArticle', identifier: 'none.txt' });
  });

  it('can be pasted into <script type="application/ld+json">: no <, >, & or U+2028/9 in the text, the same values', () => {
    const text = serialize(docs, 'jsonld');
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.stringify(JSON.parse(text))).toContain('</script><script>alert(1)</script>');
  });

  it('no documents: an empty graph that still parses', () => {
    expect(JSON.parse(serialize([], 'jsonld'))).toEqual({ '@context': 'https://schema.org', '@graph': [] });
  });
});
