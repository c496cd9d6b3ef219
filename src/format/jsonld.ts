// `--format jsonld`: documents → schema.org `Claim` items in one JSON-LD graph, the markup fact-checkers publish
// with `ClaimReview` and that Google's Fact Check Tools read (claimant = `author`, claim date, `appearance`).
//
// Conventions: every field of a claim has a home (README, "JSON-LD"):
//   id → identifier · actor → about (a Thing) · action → abstract · actor + action → name · date → temporalCoverage
//   (the period the claim is about, ISO 8601 at the text's precision) · source → author (the claimant) · kind → genre
//   · sentence → position · text → text · span → the `text` and `position` locate it; schema.org has no property for
//   character offsets, so the span stays in the other formats.
// The document becomes the claim's `appearance`, a NewsArticle (identifier, datePublished, inLanguage, headline),
// and its publication date the claim's `datePublished` (when the claim was made public, as far as the article
// tells). A document without claims contributes its NewsArticle alone, so every input is accounted for.
// The text is written so it can be pasted into a page as `<script type="application/ld+json">`: `<`, `>`, `&`
// and the JavaScript line terminators U+2028/U+2029 are written as \u escapes (the same JSON values), so an article
// quoting `</script><script>alert(1)</script>` cannot end the script element it is pasted into.
// Claim ids are not used as `@id`: the same claim text in two articles has the same id, and JSON-LD would merge
// the two nodes. Limit: claims does not know whether a source is a person or an organisation; the claimant is
// typed Person, which a source usually is ("Vedyakhin said"), and an outlet ("according to Reuters") is not.
import type { Claim as SchemaClaim, Graph, NewsArticle } from 'schema-dts';
import type { Claim, ClaimsDocument } from '../types.js';

type JsonLdNode = SchemaClaim | NewsArticle;

const CONTEXT = 'https://schema.org';

function article(doc: ClaimsDocument): NewsArticle {
  return {
    '@type': 'NewsArticle',
    identifier: doc.id,
    ...(doc.title != null && { headline: doc.title }),
    ...(doc.published != null && { datePublished: doc.published }),
    ...(doc.language !== 'und' && { inLanguage: doc.language }),
  };
}

function claimNode(c: Claim, doc: ClaimsDocument): SchemaClaim {
  return {
    '@type': 'Claim',
    identifier: c.id,
    name: `${c.actor} ${c.action}`,
    about: { '@type': 'Thing', name: c.actor },
    abstract: c.action,
    ...(c.date != null && { temporalCoverage: c.date }),
    ...(c.source != null && { author: { '@type': 'Person', name: c.source } }),
    genre: c.kind,
    position: c.sentence,
    text: c.text,
    ...(doc.published != null && { datePublished: doc.published }),
    ...(doc.language !== 'und' && { inLanguage: doc.language }),
    appearance: article(doc),
  };
}

/** The graph nodes of one document: its claims, or its article alone when it has none. */
function jsonLdNodes(doc: ClaimsDocument): JsonLdNode[] {
  return doc.claims.length ? doc.claims.map((c) => claimNode(c, doc)) : [article(doc)];
}

/** All documents as one JSON-LD graph (what the streamed pieces below add up to). */
export function toJsonLd(docs: readonly ClaimsDocument[]): Graph {
  return { '@context': CONTEXT, '@graph': docs.flatMap(jsonLdNodes) };
}

const INDENT = '    ';
const HTML_UNSAFE = /[<>&\u2028\u2029]/g;

function stringify(node: JsonLdNode): string {
  return JSON.stringify(node, null, 2).replace(HTML_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The streamed text: `jsonLdBegin()`, then per document a separator and `jsonLdItem`, then `jsonLdEnd`. */
export function jsonLdBegin(): string {
  return `{\n  "@context": ${JSON.stringify(CONTEXT)},\n  "@graph": [`;
}
export function jsonLdItem(doc: ClaimsDocument): string {
  return jsonLdNodes(doc).map((n) => stringify(n).replace(/^/gm, INDENT)).join(',\n');
}
export function jsonLdEnd(count: number): string {
  return count ? '\n  ]\n}\n' : ']\n}\n';
}
