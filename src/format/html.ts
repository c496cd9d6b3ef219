// `--format html`: one self-contained page an editor can open — the article with each claim's sentence marked,
// and the claims' fields beside it. Used by `extract` (one section per document) and `diff` (src/diff/render.ts).
//
// Conventions:
// - Self-contained: inline CSS, no scripts, fonts, images or links out; a Content-Security-Policy meta element
//   (default-src 'none') makes the browser refuse any request or script even if something slipped through.
// - Every piece of article text, file name and claim field goes through `escapeHtml`: an article quoting
//   `<script>`, `<img onerror=…>` or `</style>` shows those characters and runs nothing.
// - Kinds are told apart by a symbol, a word and an underline style as well as a colour (WCAG 1.4.1):
//   statement ● solid, reported ◆ dashed, quote ❝ double. The legend says so.
// - Right-to-left and mixed text: the article body is `dir="auto"`, fields are isolated in <bdi>.
// - Spans are code points into the article text (CLAIMS.md §2). A claim whose span does not hold its `text`
//   (a saved claim file read without its article) is listed but not marked; without the article text at all,
//   the claims' own sentences stand in for it.
import type { Claim, ClaimKind, ClaimsDocument } from '../types.js';

const KINDS: readonly { kind: ClaimKind; symbol: string; meaning: string }[] = [
  { kind: 'statement', symbol: '●', meaning: "the article's own voice" },
  { kind: 'reported', symbol: '◆', meaning: 'reported speech or an "according to" phrase' },
  { kind: 'quote', symbol: '❝', meaning: 'a direct quotation' },
];
const SYMBOL = Object.fromEntries(KINDS.map((k) => [k.kind, k.symbol])) as Record<ClaimKind, string>;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const STYLE = `
:root { color-scheme: light; --statement: #1d4ed8; --reported: #b45309; --quote: #7e22ce;
  --same: #4b5563; --changed: #b45309; --removed: #b91c1c; --added: #15803d; }
* { box-sizing: border-box; }
body { font: 16px/1.55 system-ui, sans-serif; margin: 0 auto; max-width: 80rem; padding: 1rem 1.5rem 3rem; color: #111827; background: #fff; }
h1 { font-size: 1.4rem; margin: 0.5rem 0; } h2 { font-size: 1.2rem; margin: 2rem 0 0.25rem; }
.meta { color: #4b5563; margin: 0 0 0.75rem; font-size: 0.9rem; }
.legend { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; padding: 0.5rem 0.75rem; border: 1px solid #d1d5db; border-radius: 6px; margin: 0; }
.legend div { display: flex; gap: 0.4rem; align-items: baseline; } .legend dt { font-weight: 600; } .legend dd { margin: 0; color: #374151; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; border-left: 3px solid #e5e7eb; padding: 0.25rem 0 0.25rem 1rem; margin: 0.75rem 0; }
mark { background: #fef3c7; color: inherit; border-radius: 2px; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
mark.statement { background: #dbeafe; text-decoration-color: var(--statement); text-decoration-style: solid; }
mark.reported { background: #fef3c7; text-decoration-color: var(--reported); text-decoration-style: dashed; }
mark.quote { background: #f3e8ff; text-decoration-color: var(--quote); text-decoration-style: double; }
mark:target, tr:target { outline: 3px solid #111827; }
.tag { font-size: 0.75rem; font-weight: 600; vertical-align: super; margin-left: 0.15rem; white-space: nowrap; text-decoration: none; color: #111827; }
.kind { white-space: nowrap; font-weight: 600; }
.kind.statement { color: var(--statement); } .kind.reported { color: var(--reported); } .kind.quote { color: var(--quote); }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid #d1d5db; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f3f4f6; white-space: nowrap; }
td.date, td.kind { white-space: nowrap; }
.none { color: #6b7280; font-style: italic; }
.side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
.side-by-side > section { min-width: 0; }
mark.same { background: #e5e7eb; text-decoration-color: var(--same); text-decoration-style: solid; }
mark.changed { background: #fef3c7; text-decoration-color: var(--changed); text-decoration-style: wavy; }
mark.removed { background: #fee2e2; text-decoration-color: var(--removed); text-decoration-style: dashed; }
mark.added { background: #dcfce7; text-decoration-color: var(--added); text-decoration-style: dotted; }
.status { white-space: nowrap; font-weight: 600; }
.status.same { color: var(--same); } .status.changed { color: var(--changed); }
.status.removed { color: var(--removed); } .status.added { color: var(--added); }
td.differs { background: #fef3c7; font-weight: 600; } td.differs::before { content: "≠ "; }
`;

/** The page up to and including its heading and legend; `legend` is the page's own (`extract` or `diff`). */
export function pageStart(title: string, legend: string): string {
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${escapeHtml(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<main>\n<h1>${escapeHtml(title)}</h1>\n${legend}\n`
  );
}

export function pageEnd(): string {
  return '</main>\n</body>\n</html>\n';
}

function kindLegend(): string {
  const items = KINDS.map((k) => `<div><dt><mark class="${k.kind}">${k.symbol} ${k.kind}</mark></dt><dd>${escapeHtml(k.meaning)}</dd></div>`);
  return `<dl class="legend" aria-label="Kinds of claims">\n${items.join('\n')}\n</dl>`;
}

export function kindLabel(kind: ClaimKind): string {
  return `<span class="kind ${kind}">${SYMBOL[kind]} ${kind}</span>`;
}

/** A field value isolated for bidirectional text, or a visible "none". */
export function cell(value: string | null): string {
  return value == null ? '<span class="none">none</span>' : `<bdi>${escapeHtml(value)}</bdi>`;
}

/** One mark in the article text: which claims sit on a span, and how to draw and label them. */
export interface Mark {
  span: readonly [number, number];
  /** The text the span must hold; a mark whose span does not is left out. */
  text: string;
  id: string;
  /** CSS class of the mark (a kind, or a diff status). */
  className: string;
  /** Labels after the sentence, already HTML. */
  tags: string[];
  /** data-claims: the claim ids on this span. */
  claims: string[];
}

/**
 * The article text with marks around the spans that hold their text, all of it escaped. Marks on the same span
 * are merged; a mark overlapping an earlier one is left out (sentences do not overlap). Without the text, the
 * marks' own sentences stand in for it, one paragraph each.
 */
export function markedText(text: string | null, marks: readonly Mark[]): string {
  const merged = mergeMarks(marks);
  if (text == null) return merged.map((m) => markHtml(m, escapeHtml(m.text))).join('\n\n');
  const points = Array.from(text);
  const out: string[] = [];
  let at = 0;
  for (const m of merged) {
    const [start, end] = m.span;
    if (start < at || end > points.length || points.slice(start, end).join('') !== m.text) continue;
    out.push(escapeHtml(points.slice(at, start).join('')), markHtml(m, escapeHtml(m.text)));
    at = end;
  }
  out.push(escapeHtml(points.slice(at).join('')));
  return out.join('');
}

function mergeMarks(marks: readonly Mark[]): Mark[] {
  const bySpan = new Map<string, Mark>();
  for (const m of [...marks].sort((x, y) => x.span[0] - y.span[0] || x.span[1] - y.span[1])) {
    const key = `${m.span[0]}:${m.span[1]}`;
    const seen = bySpan.get(key);
    if (seen) bySpan.set(key, { ...seen, tags: [...seen.tags, ...m.tags], claims: [...seen.claims, ...m.claims] });
    else bySpan.set(key, { ...m, tags: [...m.tags], claims: [...m.claims] });
  }
  return [...bySpan.values()];
}

function markHtml(m: Mark, inner: string): string {
  return `<mark class="${m.className}" id="${m.id}" data-claims="${escapeHtml(m.claims.join(' '))}">${inner}${m.tags.join('')}</mark>`;
}

function docTitle(doc: ClaimsDocument): string {
  return doc.title ?? doc.id;
}

/** One document: heading, metadata, the marked article text and the table of its claims. */
function documentHtml(doc: ClaimsDocument, index: number, text: string | null = null): string {
  const d = `d${index}`;
  const marks: Mark[] = doc.claims.map((c, i) => ({
    span: c.span, text: c.text, id: `${d}-s${c.sentence}`, className: c.kind, claims: [c.id],
    tags: [`<a class="tag" href="#${d}-c${i + 1}">[${i + 1} ${SYMBOL[c.kind]}]</a>`],
  }));
  const rows = doc.claims.map((c, i) => claimRow(c, i, d));
  const meta = [
    `<bdi>${escapeHtml(doc.id)}</bdi>`, `language ${escapeHtml(doc.language)}`, `published ${doc.published == null ? 'unknown' : escapeHtml(doc.published)}`,
    `${doc.claims.length} claim${doc.claims.length === 1 ? '' : 's'}`,
  ].join(' · ');
  return (
    `<article id="${d}" lang="${escapeHtml(doc.language === 'und' ? '' : doc.language)}">\n` +
    `<h2><bdi>${escapeHtml(docTitle(doc))}</bdi></h2>\n<p class="meta">${meta}</p>\n` +
    `<div class="text" dir="auto">${markedText(text, marks)}</div>\n` +
    (rows.length
      ? `<table class="claims">\n<caption>Claims</caption>\n<thead><tr>${CLAIM_HEAD}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n`
      : '<p class="none">No claims found in this article.</p>\n') +
    '</article>\n'
  );
}

const CLAIM_HEAD = ['#', 'kind', 'actor', 'action', 'date', 'source'].map((h) => `<th>${h}</th>`).join('');

function claimRow(c: Claim, i: number, d: string): string {
  return (
    `<tr id="${d}-c${i + 1}" data-claim="${escapeHtml(c.id)}"><td><a href="#${d}-s${c.sentence}">${i + 1}</a></td><td>${kindLabel(c.kind)}</td>` +
    (['actor', 'action', 'date', 'source'] as const).map((f) => `<td class="${f}">${cell(c[f])}</td>`).join('') + '</tr>'
  );
}

/** The streamed pieces of `extract --format html`. */
export function htmlBegin(): string {
  return pageStart('Claims', kindLegend());
}
export function htmlItem(doc: ClaimsDocument, index: number, text?: string | null): string {
  return documentHtml(doc, index, text ?? null);
}
export function htmlEnd(count: number): string {
  return (count ? '' : '<p class="none">No documents.</p>\n') + pageEnd();
}
