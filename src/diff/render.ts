// The human view of a diff: `=` same, `~` changed (each changed field before → after), `-` only in A,
// `+` only in B, then a one-line summary. Colour comes from the caller (none off a terminal). File names and
// article text have their control characters escaped (src/format/terminal.ts): this view is read on a terminal.
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
