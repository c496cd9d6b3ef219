// Lenient comparison of extracted claims with expected ones: wording may differ, facts may not.
// Pairing: actor names overlap (Dice ≥ 0.5, or one inside the other) and actions share ≥ 34% of their
// content words (Dice). A paired claim is right when its actor names the same entity, its date is equal and
// its source names the same speaker (or both are null).
import type { Claim } from '../../src/types.js';

export interface Expected {
  actor: string;
  action: string;
  date: string | null;
  source: string | null;
  kind: string;
  required?: boolean;
}

const STOP = new Set('the a an of to in on and or for with by at from as that this is are was were be its it his her their has have had will would yang dan di ke dari untuk dengan pada dalam itu ini para akan telah bahwa oleh juga adalah tersebut'.split(' '));
const words = (s: string | null) => (s ?? '').normalize('NFKC').toLowerCase().replace(/[’`]/g, "'").replace(/'s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOP.has(w));

function dice(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const left = [...b];
  let n = 0;
  for (const w of a) {
    const i = left.indexOf(w);
    if (i >= 0) { n++; left.splice(i, 1); }
  }
  return (2 * n) / (a.length + b.length);
}

function sameName(a: string | null, b: string | null, threshold = 0.75): boolean {
  const x = words(a), y = words(b);
  if (!x.length || !y.length) return false;
  const inside = x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
  return Math.max(dice(x, y), inside ? 0.75 : 0) >= threshold;
}

export interface Comparison {
  recall: number;
  precision: number;
  f1: number;
  /** Share of paired required claims with actor, date and source all right. */
  fieldsRight: number;
  missed: Expected[];
  wrong: { expected: Expected; got: Claim }[];
}

export function compare(expected: Expected[], got: Claim[]): Comparison {
  const cands: { e: number; g: number; s: number }[] = [];
  expected.forEach((e, ei) => got.forEach((g, gi) => {
    const actor = sameName(g.actor, e.actor, 0.5) || (e.kind === 'quote' && sameName(g.actor, e.source, 0.5));
    const action = dice(words(g.action), words(e.action));
    if (actor && action >= 0.34) cands.push({ e: ei, g: gi, s: action });
  }));
  cands.sort((a, b) => b.s - a.s);
  const usedE = new Set<number>(), usedG = new Set<number>();
  for (const c of cands) if (!usedE.has(c.e) && !usedG.has(c.g)) { usedE.add(c.e); usedG.add(c.g); }
  const pairs = cands.filter((c) => usedE.has(c.e) && usedG.has(c.g)).filter((c, i, all) => all.findIndex((d) => d.e === c.e) === i);
  const required = expected.filter((e) => e.required !== false);
  const reqPairs = pairs.filter((p) => expected[p.e].required !== false);
  const wrong: Comparison['wrong'] = [];
  let right = 0;
  for (const p of reqPairs) {
    const e = expected[p.e], g = got[p.g];
    const ok = (sameName(g.actor, e.actor) || (e.kind === 'quote' && sameName(g.actor, e.source)))
      && (g.date ?? null) === (e.date ?? null)
      && (e.source == null ? g.source == null : sameName(g.source, e.source, 0.5));
    if (ok) right++; else wrong.push({ expected: e, got: g });
  }
  const recall = required.length ? reqPairs.length / required.length : 1;
  const precision = got.length ? pairs.length / got.length : 1;
  return {
    recall, precision, f1: recall + precision ? (2 * recall * precision) / (recall + precision) : 0,
    fieldsRight: reqPairs.length ? right / reqPairs.length : 1,
    missed: required.filter((e) => !pairs.some((p) => expected[p.e] === e)),
    wrong,
  };
}
