// Which claims of A and B say the same thing, and what changed between them.
import { assign } from './assign.js';
import { entity, entitySimilarity, sameEntity, type Entity } from './entity.js';
import type { Lexicon } from './lexicon.js';
import { bagOf, langOf, Meanings, Overlap, similarity, type Bag, type Lang, type Token } from './meaning.js';
import { negations } from './words.js';
import type { Claim, ClaimsDocument } from '../types.js';

export type Field = 'actor' | 'action' | 'date' | 'source' | 'kind';

export interface MatchedPair {
  a: Claim;
  b: Claim;
  score: number;
  changes: Field[];
}

export interface DiffResult {
  a: string;
  b: string;
  matched: MatchedPair[];
  onlyA: Claim[];
  onlyB: Claim[];
}

export interface DiffOptions {
  /** Pairs scoring below this are not matches. */
  threshold?: number;
}

export const DEFAULT_THRESHOLD = 0.22;

/** What one claim means, computed once per claim (`claims track` profiles every claim of a corpus the same way). */
export interface Profile {
  claim: Claim;
  /** Actor, action and source words together: robust to where an extractor split actor from action. */
  content: Bag;
  /** The whole sentence. */
  text: Bag;
  actor: Entity | null;
  source: Entity | null;
  action: Bag;
  /** Meaning words of the action without date words, as a sorted key (same-language comparison). */
  actionKey: string;
  numbers: string;
  /** Negations in the action ("belum kembali", "will not attend"): a flipped claim is another claim. */
  negations: number;
  /** Where the claim stands in its document, 0 to 1: among identical claims, the same place pairs. */
  position: number;
}

export function diffDocuments(A: ClaimsDocument, B: ClaimsDocument, lexicon: Lexicon, options: DiffOptions = {}): DiffResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const m = new Meanings(lexicon);
  const sample = (d: ClaimsDocument) => d.claims.slice(0, 50).map((c) => c.text).join(' ');
  const la = langOf(A.language, sample(A)), lb = langOf(B.language, sample(B));
  const pa = A.claims.map((c, i) => profile(c, la, m, i / Math.max(1, A.claims.length - 1)));
  const pb = B.claims.map((c, j) => profile(c, lb, m, j / Math.max(1, B.claims.length - 1)));
  const sameLanguage = la === lb;

  // Score only pairs that share a meaning word, through an inverted index over B. Words in many of B's
  // claims ("sector", "government") find candidates only for a claim that has no rarer word.
  const keys = (p: Profile) => [...new Set([...p.content.exact, ...p.content.prefixes, ...p.text.exact])];
  const index = new Map<number, number[]>();
  pb.forEach((p, j) => {
    for (const c of keys(p)) {
      const list = index.get(c);
      if (list) list.push(j);
      else index.set(c, [j]);
    }
  });
  const common = Math.max(8, pb.length / 5);
  const overlap = new Overlap(m.size);
  const candidates: Candidate[] = [];
  const seen = new Int32Array(pb.length).fill(-1);
  pa.forEach((p, i) => {
    const mine = keys(p);
    const rare = mine.filter((c) => (index.get(c)?.length ?? 0) <= common);
    for (const c of rare.length ? rare : mine) {
      for (const j of index.get(c) ?? []) {
        if (seen[j] === i) continue;
        seen[j] = i;
        const s = score(p, pb[j], overlap);
        if (s >= threshold) candidates.push({ i, j, score: s, weight: s - POSITION_TIEBREAK * Math.abs(p.position - pb[j].position) });
      }
    }
  });

  const pairs = assignByComponent(candidates, pa.length, pb.length);
  const usedA = new Set<number>(), usedB = new Set<number>();
  const matched: MatchedPair[] = pairs.map(({ i, j, score }) => {
    usedA.add(i);
    usedB.add(j);
    return { a: pa[i].claim, b: pb[j].claim, score: round(score), changes: changes(pa[i], pb[j], sameLanguage) };
  });
  return {
    a: A.id,
    b: B.id,
    matched,
    onlyA: A.claims.filter((_, i) => !usedA.has(i)),
    onlyB: B.claims.filter((_, j) => !usedB.has(j)),
  };
}

/** True when the two documents differ: anything on one side only, or any matched pair with changes. */
export function differs(r: DiffResult): boolean {
  return r.onlyA.length > 0 || r.onlyB.length > 0 || r.matched.some((p) => p.changes.length > 0);
}

export function profile(c: Claim, lang: Lang, m: Meanings, position: number): Profile {
  const actorTokens = m.tokens(c.actor, lang);
  const actionTokens = m.tokens(c.action, lang);
  const sourceTokens = c.source ? m.tokens(c.source, lang) : [];
  const dateDigits = new Set(datePieces(c.date));
  const keep = (t: Token) => !t.dateWord && !(t.number && dateDigits.has(t.number));
  const actionWords = actionTokens.filter(keep);
  return {
    claim: c,
    content: bagOf([...actorTokens, ...actionTokens, ...sourceTokens]),
    text: m.bag(c.text, lang),
    actor: entity(c.actor, lang, m),
    source: entity(c.source, lang, m),
    action: bagOf(actionWords),
    actionKey: actionWords.map((t) => t.concepts[0]).sort((x, y) => x - y).join(','),
    numbers: actionWords.filter((t) => t.number).map((t) => t.number).sort().join(','),
    negations: negations(c.action, m.lexicon),
    position,
  };
}

/** "2024-03-12" → 2024, 03, 3, 12: numbers in an action that only restate the date. */
function datePieces(date: string | null): string[] {
  if (!date) return [];
  const parts = date.split(/[^0-9]+/).filter(Boolean);
  return [...parts, ...parts.map((p) => String(Number(p)))];
}

/**
 * How alike two claims are: what they say (the claim's words together, the sentence, the action) scaled
 * by how well actor, date and source agree, so that agreeing empty fields alone never make a pair.
 */
export function score(a: Profile, b: Profile, o: Overlap): number {
  const content = o.similarity(a.content, b.content);
  const text = o.similarity(a.text, b.text);
  const action = o.similarity(a.action, b.action);
  const meaning = 0.45 * content + 0.35 * text + 0.2 * action;
  if (meaning < 0.15) return 0;
  const actor = a.actor?.core.length && b.actor?.core.length ? entitySimilarity(a.actor, b.actor) : 0.5;
  const date = a.claim.date === b.claim.date ? 1 : a.claim.date && b.claim.date ? 0 : 0.5;
  const source = entitySimilarity(a.source, b.source);
  return meaning * (0.6 + 0.4 * ((2 * actor + date + source) / 4));
}

function changes(a: Profile, b: Profile, sameLanguage: boolean): Field[] {
  const out: Field[] = [];
  if (!sameEntity(a.actor, b.actor)) out.push('actor');
  const actionSame = sameLanguage
    ? a.actionKey === b.actionKey
    : a.numbers === b.numbers && similarity(a.action, b.action) >= 0.5;
  // One language: the same number of negations; across languages, negated or not ("neither … nor" is one "tidak … maupun").
  const polaritySame = sameLanguage ? a.negations === b.negations : (a.negations > 0) === (b.negations > 0);
  if (!actionSame || !polaritySame) out.push('action');
  if (a.claim.date !== b.claim.date) out.push('date');
  if (!sameEntity(a.source, b.source)) out.push('source');
  if (a.claim.kind !== b.claim.kind) out.push('kind');
  return out;
}

export interface Candidate {
  i: number;
  j: number;
  score: number;
  /** What the assignment maximises: the score, less a tie-break far below any real difference of scores. */
  weight: number;
}

/**
 * An article that repeats a paragraph word for word has two claims that score alike against both copies in the other
 * article; the assignment then prefers the pairing that keeps each claim in its place (first with first, second with
 * second), never crosswise. Small enough never to outweigh a real difference of scores.
 */
const POSITION_TIEBREAK = 1e-6;

/** Above this much work (n² m for a group of n × m claims) the exact assignment gives way to greedy: a few seconds at most. */
const EXACT_LIMIT = 3e8;

/**
 * The assignment run on each connected group of candidate pairs: the same result as on the whole matrix,
 * far faster, and memory in proportion to the candidates, not to the product of the two claim counts.
 */
export function assignByComponent(candidates: Candidate[], rows: number, cols: number): Candidate[] {
  const parent = Int32Array.from({ length: rows + cols }, (_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k]];
    return k;
  };
  for (const c of candidates) parent[find(c.i)] = find(rows + c.j);
  const groups = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const root = find(c.i);
    const g = groups.get(root);
    if (g) g.push(c);
    else groups.set(root, [c]);
  }
  const out: Candidate[] = [];
  for (const g of groups.values()) {
    const r = [...new Set(g.map((c) => c.i))], k = [...new Set(g.map((c) => c.j))];
    const n = Math.min(r.length, k.length), m = Math.max(r.length, k.length);
    if (n * n * m > EXACT_LIMIT) {
      out.push(...greedy(g));
      continue;
    }
    const ri = new Map(r.map((i, x) => [i, x])), kj = new Map(k.map((j, y) => [j, y]));
    const sub = new Float64Array(r.length * k.length);
    const at = new Map<number, Candidate>();
    for (const c of g) {
      const cell = ri.get(c.i)! * k.length + kj.get(c.j)!;
      sub[cell] = c.weight;
      at.set(cell, c);
    }
    for (const [x, y] of assign(sub, r.length, k.length)) out.push(at.get(x * k.length + y)!);
  }
  return out.sort((p, q) => p.i - q.i);
}

function greedy(g: Candidate[]): Candidate[] {
  const usedI = new Set<number>(), usedJ = new Set<number>();
  const out: Candidate[] = [];
  for (const c of [...g].sort((p, q) => q.weight - p.weight || p.i - q.i || p.j - q.j)) {
    if (usedI.has(c.i) || usedJ.has(c.j)) continue;
    usedI.add(c.i);
    usedJ.add(c.j);
    out.push(c);
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
