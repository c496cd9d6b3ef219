// The human view of a diff (`renderHuman`): `=` same, `~` changed (each changed field before → after), `-` only in
// A, `+` only in B, then a one-line summary. Colour comes from the caller (none off a terminal). File names and
// article text have their control characters escaped (src/format/terminal.ts): this view is read on a terminal.
// `renderHtml` shows the same as a page for a browser.
import { cell, escapeHtml, kindLabel, markedText, pageEnd, pageStart, type Mark } from '../format/html.js';
import { escapeControls } from '../format/terminal.js';
import type { DiffResult, Field } from './match.js';
import type { Claim } from '../types.js';

export interface Paint {
  same(s: string): string;
  changed(s: string): string;
  removed(s: string): string;
  added(s: string): string;
  dim(s: string): string;
}

export const PLAIN: Paint = { same: (s) => s, changed: (s) => s, removed: (s) => s, added: (s) => s, dim: (s) => s };

export function renderHuman(r: DiffResult, paint: Paint = PLAIN): string {
  const lines: string[] = [paint.dim(`--- ${escapeControls(r.a)}`), paint.dim(`+++ ${escapeControls(r.b)}`)];
  const rows: { order: number; text: string }[] = [];
  for (const p of r.matched) {
    if (!p.changes.length) rows.push({ order: p.a.sentence, text: paint.same(`= ${brief(p.a)}`) });
    else {
      const detail = p.changes.map((f) => `    ${f}: ${show(p.a, f)} → ${show(p.b, f)}`);
      rows.push({ order: p.a.sentence, text: [paint.changed(`~ ${brief(p.a)}`), ...detail.map(paint.changed)].join('\n') });
    }
  }
  for (const c of r.onlyA) rows.push({ order: c.sentence, text: paint.removed(`- ${brief(c)}`) });
  rows.sort((x, y) => x.order - y.order);
  lines.push(...rows.map((x) => x.text));
  for (const c of r.onlyB) lines.push(paint.added(`+ ${brief(c)}`));
  lines.push(summary(r));
  return lines.join('\n') + '\n';
}

export function summary(r: DiffResult): string {
  const changed = r.matched.filter((p) => p.changes.length).length;
  return `${r.matched.length - changed} same, ${changed} changed, ${r.onlyA.length} only in A, ${r.onlyB.length} only in B`;
}

function brief(c: Claim): string {
  const extra = [c.date ? `date ${c.date}` : '', c.source ? `source ${c.source}` : ''].filter(Boolean).join(', ');
  return escapeControls(`${c.actor} | ${c.action}${extra ? ` (${extra})` : ''}`);
}

function show(c: Claim, f: Field): string {
  const v = c[f];
  return v == null ? '—' : escapeControls(JSON.stringify(v));
}

/** A diff with the texts of its two articles, when they were read as articles (null for saved claim files). */
export interface DiffWithTexts {
  result: DiffResult;
  textA: string | null;
  textB: string | null;
}

type Status = 'same' | 'changed' | 'removed' | 'added';
const STATUS: Record<Status, { symbol: string; label: string }> = {
  same: { symbol: '=', label: 'same' },
  changed: { symbol: '~', label: 'changed' },
  removed: { symbol: '−', label: 'only in A' },
  added: { symbol: '+', label: 'only in B' },
};
const FIELDS: readonly Field[] = ['actor', 'action', 'date', 'source', 'kind'];

/**
 * `diff --format html`: one self-contained page (src/format/html.ts), per pair of articles the two texts side by
 * side with their claims marked by status, each paired claim linked to its partner on the other side, and a table
 * of the pairs with the fields that changed marked (≠ and a tint, never colour alone).
 */
export function renderHtml(diffs: readonly DiffWithTexts[]): string {
  const legend = `<dl class="legend" aria-label="Status of claims">\n${(Object.keys(STATUS) as Status[])
    .map((s) => `<div><dt><mark class="${s}">${STATUS[s].symbol} ${STATUS[s].label}</mark></dt><dd>${statusMeaning(s)}</dd></div>`)
    .join('\n')}\n</dl>`;
  const body = diffs.map((d, i) => diffSection(d, i)).join('');
  return pageStart('Claims diff', legend) + (diffs.length ? body : '<p class="none">Nothing to compare.</p>\n') + pageEnd();
}

const MEANING: Record<Status, string> = {
  same: 'paired, nothing differs',
  changed: 'paired, some fields differ (≠)',
  removed: 'a claim of A without a partner',
  added: 'a claim of B without a partner',
};

function statusMeaning(s: Status): string {
  return MEANING[s];
}

function diffSection({ result: r, textA, textB }: DiffWithTexts, n: number): string {
  const p = `r${n}`;
  const marks: Record<'a' | 'b', Mark[]> = { a: [], b: [] };
  const rows: string[] = [];
  /** Marks claim `c` on `side`; its tag `[label]` has the id `key` and links to `to`. */
  const mark = (side: 'a' | 'b', c: Claim, status: Status, key: string, label: string, to: string) =>
    marks[side].push({
      span: c.span, text: c.text, id: `${p}-${side}-s${c.sentence}`, className: status, claims: [c.id],
      tags: [`<a class="tag" id="${p}-${side}-${key}" href="#${to}">[${label}]</a>`],
    });
  r.matched.forEach((m, i) => {
    const status: Status = m.changes.length ? 'changed' : 'same';
    const label = `${i + 1} ${STATUS[status].symbol}`;
    mark('a', m.a, status, `m${i + 1}`, label, `${p}-b-m${i + 1}`);
    mark('b', m.b, status, `m${i + 1}`, label, `${p}-a-m${i + 1}`);
    rows.push(pairRows(`${p}-row-m${i + 1}`, String(i + 1), status, [['A', m.a], ['B', m.b]], m.changes));
  });
  r.onlyA.forEach((c, i) => {
    mark('a', c, 'removed', `o${i + 1}`, `A${i + 1} ${STATUS.removed.symbol}`, `${p}-row-a${i + 1}`);
    rows.push(pairRows(`${p}-row-a${i + 1}`, `A${i + 1}`, 'removed', [['A', c]], []));
  });
  r.onlyB.forEach((c, i) => {
    mark('b', c, 'added', `o${i + 1}`, `B${i + 1} ${STATUS.added.symbol}`, `${p}-row-b${i + 1}`);
    rows.push(pairRows(`${p}-row-b${i + 1}`, `B${i + 1}`, 'added', [['B', c]], []));
  });
  const side = (name: string, id: string, text: string | null, ms: Mark[]) =>
    `<section aria-label="${name}">\n<h3>${name}: <bdi>${escapeHtml(id)}</bdi></h3>\n` +
    `<div class="text" dir="auto">${markedText(text, ms)}</div>\n</section>\n`;
  const head = ['#', 'status', 'side', ...FIELDS].map((h) => `<th>${h}</th>`).join('');
  return (
    `<section class="diff" id="${p}">\n<h2><bdi>${escapeHtml(r.a)}</bdi> ⟷ <bdi>${escapeHtml(r.b)}</bdi></h2>\n` +
    `<p class="meta">${escapeHtml(summary(r))}</p>\n` +
    `<div class="side-by-side">\n${side('A', r.a, textA, marks.a)}${side('B', r.b, textB, marks.b)}</div>\n` +
    (rows.length
      ? `<table class="pairs">\n<caption>Claims, paired</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n`
      : '<p class="none">No claims on either side.</p>\n') +
    '</section>\n'
  );
}

function pairRows(id: string, number: string, status: Status, sides: [string, Claim][], changes: readonly Field[]): string {
  const span = sides.length > 1 ? ` rowspan="${sides.length}"` : '';
  return sides
    .map(([name, c], i) => {
      const badge = `<span class="status ${status}">${STATUS[status].symbol} ${STATUS[status].label}</span>`;
      const lead = i ? '' : `<td${span}>${number}</td><td${span}>${badge}</td>`;
      const fields = FIELDS.map((f) => {
        const value = f === 'kind' ? kindLabel(c.kind) : cell(c[f]);
        return `<td class="${f}${changes.includes(f) ? ' differs' : ''}">${value}</td>`;
      });
      return `<tr${i ? '' : ` id="${id}"`} data-side="${name}" data-claim="${escapeHtml(c.id)}">${lead}<td>${name}</td>${fields.join('')}</tr>`;
    })
    .join('\n');
}
