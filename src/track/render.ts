// The human view of `claims track`: a report, one paragraph per group, most widely carried claims first:
//
//   3 articles (2 en, 1 id) · first: fixtures/en/port.txt (2024-03-12)
//   Russia attacked the port of Odesa
//     date: 2024-03-12 (2 articles) vs 2024-03-13 (1 article)
//     2024-03-12  en  fixtures/en/port.txt    Russia | attacked the port of Odesa (date 2024-03-12)
//
// Colour comes from the caller (none off a terminal); control characters of article text are escaped.
import type { Paint } from '../diff/render.js';
import { escapeControls } from '../format/terminal.js';
import type { Disagreement, TrackGroup, TrackMember, Tracked } from './track.js';

export function renderTrack({ result, disagreements }: Tracked, paint: Paint): string {
  const out: string[] = [];
  const inGroups = result.groups.reduce((n, g) => n + g.claims.length, 0);
  const disagreeing = result.groups.filter((g) => g.differ.length).length;
  out.push(paint.dim(`${count(result.articles, 'article')}, ${count(result.claims, 'claim')}: ` +
    `${count(result.groups.length, 'claim')} found in more than one article (${count(inGroups, 'report')}), ${disagreeing} with disagreements`));
  for (const g of result.groups) out.push('', ...group(g, disagreements.get(g.id) ?? [], paint));
  return out.join('\n') + '\n';
}

function group(g: TrackGroup, found: Disagreement[], paint: Paint): string[] {
  const docs = new Map<string, TrackMember>();
  for (const m of g.claims) if (!docs.has(m.doc)) docs.set(m.doc, m);
  const langs = new Map<string, number>();
  for (const m of docs.values()) langs.set(m.language, (langs.get(m.language) ?? 0) + 1);
  const first = docs.get(g.first)!;
  const head = `${count(docs.size, 'article')} (${[...langs].map(([l, n]) => `${n} ${l}`).join(', ')}) · first: ${clean(g.first)}` +
    ` (${first.published ?? 'date unknown'}) · ${g.id}`;
  const lines = [paint.dim(head), `  ${clean(`${first.claim.actor} ${first.claim.action}`)}`];
  for (const d of found) {
    const values = d.values.map((v) => `${clean(v.value)} (${count(v.articles, 'article')})`);
    lines.push(paint.changed(`    ${label(d)}: ${values.join(' vs ')}`));
  }
  const width = Math.max(...g.claims.map((m) => clean(m.doc).length));
  for (const m of g.claims) {
    const c = m.claim;
    const extra = [c.date ? `date ${c.date}` : '', c.source ? `source ${c.source}` : ''].filter(Boolean).join(', ');
    const where = `${(m.published ?? '?').padEnd(10)}  ${m.language.padEnd(3)} ${clean(m.doc).padEnd(width)}`;
    lines.push(paint.same(`    ${where}  ${clean(`${c.actor} | ${c.action}`)}${extra ? ` (${clean(extra)})` : ''}`));
  }
  return lines;
}

function label(d: Disagreement): string {
  return d.what === 'value' ? d.field : `${d.field} (${d.what})`;
}

function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** Line breaks as spaces; other control characters (a terminal's escape sequences among them) escaped as diff's view does. */
function clean(s: string): string {
  return escapeControls(s.replace(/\r\n|[\n\r\u2028\u2029]/g, ' '));
}
