// Reads `--format jsonld` back into claims documents (without spans, which schema.org cannot hold), by the
// mapping the README documents.
import type { ClaimsDocument } from '../../src/types.js';

type Node = Record<string, any>;
export type SpanlessDocument = Omit<ClaimsDocument, 'claims'> & { claims: Omit<ClaimsDocument['claims'][number], 'span'>[] };

function docOf(article: Node): SpanlessDocument {
  return {
    id: article.identifier, language: article.inLanguage ?? 'und', published: article.datePublished ?? null, title: article.headline ?? null,
    claims: [],
  };
}

export function documentsFromJsonLd(graph: { '@graph': Node[] }): SpanlessDocument[] {
  const docs: SpanlessDocument[] = [];
  for (const n of graph['@graph']) {
    if (n['@type'] === 'NewsArticle') { docs.push(docOf(n)); continue; }
    let doc = docs.at(-1);
    if (!doc || doc.id !== n.appearance.identifier || !doc.claims.length) {
      doc = docOf(n.appearance);
      docs.push(doc);
    }
    doc.claims.push({ id: n.identifier, actor: n.about.name, action: n.abstract, date: n.temporalCoverage ?? null, source: n.author?.name ?? null,
      kind: n.genre, sentence: n.position, text: n.text });
  }
  return docs;
}
