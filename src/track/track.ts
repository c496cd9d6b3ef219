// `claims track`: the claims of many articles, in English and Indonesian, grouped by what they state, with the
// article that had each first and the fields on which the articles disagree.
//
// Conventions: "same claim" and "a change" are the diff's (src/diff/match.ts: profile, score, assignment), so that
// `track` and `diff` agree on two articles. Candidate pairs come from an inverted index over the claims' meaning
// words (names, numbers, content words, across languages through the lexicon), probing only each claim's rarest words
// within a fixed budget of postings, never from all pairs: the work per claim is bounded, so the whole is about linear
// in the number of articles and memory is bounded by the claims and their candidates.
//
// Limits: a claim that shares no rare word with its other versions (a paraphrase in common words only) is not found;
// a group holds at most one claim per article (an article that repeats a claim keeps the repeat out of the group).
import { createHash } from 'node:crypto';
import { assignByComponent, DEFAULT_THRESHOLD, profile, score, type Candidate, type Field, type Profile } from '../diff/match.js';
import { entitySimilarity, sameEntity, type Entity } from '../diff/entity.js';
import type { Lexicon } from '../diff/lexicon.js';
import { langOf, Meanings, Overlap, type Lang } from '../diff/meaning.js';
import type { Claim, ClaimsDocument } from '../types.js';

export interface TrackMember {
  doc: string;
  language: string;
  published: string | null;
  claim: Claim;
}

export interface TrackGroup {
  id: string;
  claims: TrackMember[];
  /** The article with the earliest published date (unknown dates last, ties to the id that sorts first). */
  first: string;
  differ: Field[];
}

export interface TrackResult {
  articles: number;
  claims: number;
  groups: TrackGroup[];
}

/** One field's conflicting values, for the human view: `date: 2015-09-11 (3 articles) vs 2015-09-12 (1 article)`. */
export interface Disagreement {
  field: Field;
  /** What differs within the field: the value itself, its numbers or its negation. */
  what: 'value' | 'numbers' | 'negation';
  values: { value: string; articles: number }[];
}

export interface TrackOptions {
  /** Pairs scoring below this are never the same claim (the diff's threshold). */
  threshold?: number;
}

/** The result, and per group id what its disagreements are (not part of the output shape). */
export interface Tracked {
  result: TrackResult;
  disagreements: ReadonlyMap<string, Disagreement[]>;
}

/**
 * How many postings one claim may probe: its rarest words first, until this many claims have been looked at.
 * A claim with only common words ("He said it was good") gets few candidates; one with a name or a number finds
 * every other report of it. Fixed, so the work per claim does not grow with the corpus.
 */
const PROBE_BUDGET = 200;
/** At most this many of a claim's rarest words are probed. */
const PROBE_KEYS = 12;
/**
 * A pair this alike is the same claim wherever it appears: "The council approved the budget for 2025 on
 * Monday" in two outlets, or in English and Indonesian (a translation scores 0.4–0.9).
 */
const STRONG = 0.5;
/**
 * Two articles whose matched claims add up to this share of the shorter one's claims are versions of one
 * report (a copy, a translation, a rewrite): their looser pairs count too, as in `claims diff`. Unrelated
 * articles share a loose pair or two ("The government said it would act"), far below.
 */
const VERSIONS = 0.3;
/**
 * Groups merge only when their claims are alike on average (as alike as a pair `claims diff` makes: the threshold)
 * and no two of them are unrelated (up to SAMPLE of each side compared): one strong pair cannot chain two otherwise
 * unrelated groups into one, as joining all pairwise matches does ("Ambon Bitung Cilacap" ~ "Bitung Cilacap Dumai"
 * ~ … ~ "Fakfak Gorontalo Hulu"). A translation and an edited copy of its original often score 0.25 only: an
 * average of 0.3 kept a third of those apart (track-eval dev, English–Indonesian recall 0.914 against 0.948).
 */
const FLOOR = 0.1;
const SAMPLE = 8;
/** `differ` compares every pair of members up to this many, beyond it each member with the first ones. */
const DIFFER_ALL = 40;

interface Item {
  doc: number;
  /** Index of the claim in its document. */
  k: number;
  p: Profile;
  lang: Lang;
}

export function track(docs: readonly ClaimsDocument[], lexicon: Lexicon, options: TrackOptions = {}): Tracked {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const m = new Meanings(lexicon);
  const items: Item[] = [];
  const langs: Lang[] = [];
  docs.forEach((d, di) => {
    const lang = langOf(d.language, d.claims.slice(0, 50).map((c) => c.text).join(' '));
    langs.push(lang);
    d.claims.forEach((c, k) => items.push({ doc: di, k, p: profile(c, lang, m, k / Math.max(1, d.claims.length - 1)), lang }));
  });
  const overlap = new Overlap(m.size);
  const candidates = candidatePairs(items, overlap, threshold);
  const edges = acceptedPairs(candidates, items, docs);
  const groups = cluster(edges, items, overlap, threshold);
  return assemble(groups, items, docs, langs);
}

// ---- candidates: an inverted index over meaning words, each claim probing its rarest ----

function keysOf(p: Profile): number[] {
  return [...new Set([...p.content.exact, ...p.content.prefixes, ...p.text.exact])];
}

function candidatePairs(items: Item[], overlap: Overlap, threshold: number): Candidate[] {
  const keys = items.map((it) => keysOf(it.p));
  const postings = new Map<number, number[]>();
  keys.forEach((ks, x) => {
    for (const k of ks) {
      const list = postings.get(k);
      if (list) list.push(x);
      else postings.set(k, [x]);
    }
  });
  const df = (k: number) => postings.get(k)!.length;
  // Each claim's probe: words shared with some other claim, rarest first, within the budget. A claim whose
  // rarest word is in more claims than the budget (a wire story printed by hundreds of outlets) probes the
  // first PROBE_BUDGET claims with it: joined to those, its copies still end in one group.
  const probes = keys.map((ks) => {
    const out: number[] = [];
    let spent = 0;
    for (const k of ks.filter((k) => df(k) > 1).sort((a, b) => df(a) - df(b) || a - b)) {
      if (out.length && (out.length >= PROBE_KEYS || spent + df(k) > PROBE_BUDGET)) break;
      out.push(k);
      spent += df(k);
    }
    return out;
  });
  const keySets = keys.map((ks) => new Set(ks));
  const seen = new Int32Array(items.length).fill(-1);
  const out: Candidate[] = [];
  items.forEach((it, x) => {
    for (const k of probes[x]) {
      const list = postings.get(k)!;
      for (let n = 0; n < Math.min(list.length, PROBE_BUDGET); n++) {
        const y = list[n];
        if (seen[y] === x || items[y].doc === it.doc) continue;
        seen[y] = x;
        // Scored once: from the claim whose probe finds the other first (x < y), or from x when y's probe misses x.
        if (y < x && probes[y].some((q) => keySets[x].has(q) && probed(postings.get(q)!, x))) continue;
        const s = score(it.p, items[y].p, overlap);
        if (s >= threshold) out.push(x < y ? { i: x, j: y, score: s, weight: s } : { i: y, j: x, score: s, weight: s });
      }
    }
  });
  return out;
}

/** Whether a probe of this posting list reaches claim x: lists hold claims in order, a probe their first PROBE_BUDGET. */
function probed(list: number[], x: number): boolean {
  return list.length <= PROBE_BUDGET || list[PROBE_BUDGET - 1] >= x;
}

// ---- accepted pairs: one-to-one between two articles, as in a diff; strong, or between versions of a report ----

function acceptedPairs(candidates: Candidate[], items: Item[], docs: readonly ClaimsDocument[]): Candidate[] {
  const byPair = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const a = items[c.i].doc, b = items[c.j].doc;
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    const list = byPair.get(key);
    if (list) list.push(c);
    else byPair.set(key, [c]);
  }
  const out: Candidate[] = [];
  for (const list of byPair.values()) {
    // Local indices: the claims of the lower-numbered article are rows.
    const da = Math.min(items[list[0].i].doc, items[list[0].j].doc);
    const local = list.map((c) => {
      const [r, q] = items[c.i].doc === da ? [c.i, c.j] : [c.j, c.i];
      const pr = items[r].p, pq = items[q].p;
      return { i: items[r].k, j: items[q].k, score: c.score, weight: c.score - 1e-6 * Math.abs(pr.position - pq.position), r, q };
    });
    const db = items[local[0].q].doc;
    const pairs = assignByComponent(local, docs[da].claims.length, docs[db].claims.length) as typeof local;
    // Over at least three claims: two one-claim articles are versions of one report only by a strong pair.
    const support = pairs.reduce((s, c) => s + c.score, 0) / Math.max(3, Math.min(docs[da].claims.length, docs[db].claims.length));
    for (const c of pairs) {
      if (support >= VERSIONS || (c.score >= STRONG && specific(items[c.r].p, items[c.q].p))) out.push({ i: c.r, j: c.q, score: c.score, weight: c.weight });
    }
  }
  return out;
}

/**
 * Whether two claims share enough to be one claim outside versions of one report: three meaning words, or two
 * with a name or a number among them. A short claim of common words ("Saya melihat beberapa", "I saw some") scores
 * high against any longer one that contains them, in any article.
 */
function specific(a: Profile, b: Profile): boolean {
  let shared = 0, anchors = 0;
  for (const t of a.content.tokens) {
    if (!t.concepts.some((c) => b.content.exact.has(c))) continue;
    shared++;
    if (t.number || t.capitalised) anchors++;
  }
  return shared >= 3 || (shared >= 2 && anchors >= 1);
}

// ---- groups: strongest pairs first; a group holds one claim per article and merges only with a like group ----

function cluster(edges: Candidate[], items: Item[], overlap: Overlap, link: number): number[][] {
  const parent = Int32Array.from({ length: items.length }, (_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k]];
    return k;
  };
  const members = new Map<number, number[]>();
  const docsOf = new Map<number, Set<number>>();
  const group = (r: number) => members.get(r) ?? [r];
  const docSet = (r: number) => docsOf.get(r) ?? new Set([items[r].doc]);
  edges.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  for (const e of edges) {
    const a = find(e.i), b = find(e.j);
    if (a === b) continue;
    const ga = group(a), gb = group(b), da = docSet(a), db = docSet(b);
    let shared = false;
    for (const d of da.size <= db.size ? da : db) if ((da.size <= db.size ? db : da).has(d)) { shared = true; break; }
    if (shared) continue;
    if (ga.length + gb.length > 2 && !linked(ga, gb, items, overlap, link)) continue;
    const [root, other] = ga.length >= gb.length ? [a, b] : [b, a];
    parent[other] = root;
    members.set(root, [...group(root), ...group(other)]);
    docsOf.set(root, new Set([...docSet(root), ...docSet(other)]));
    members.delete(other);
    docsOf.delete(other);
  }
  return [...members.values()];
}

/** Whether two groups are alike enough to merge: mean score at least `link`, none below FLOOR (the first SAMPLE of each). */
function linked(a: number[], b: number[], items: Item[], overlap: Overlap, link: number): boolean {
  let sum = 0, n = 0;
  for (const x of a.slice(0, SAMPLE)) {
    for (const y of b.slice(0, SAMPLE)) {
      const s = score(items[x].p, items[y].p, overlap);
      if (s < FLOOR) return false;
      sum += s;
      n++;
    }
  }
  return n > 0 && sum / n >= link;
}

// ---- output: members in order of publication, `first`, `differ`, stable ids ----

function assemble(groups: number[][], items: Item[], docs: readonly ClaimsDocument[], langs: Lang[]): Tracked {
  const disagreements = new Map<string, Disagreement[]>();
  const out: TrackGroup[] = [];
  const later = (x: Item, y: Item) => compareDocs(docs[x.doc], docs[y.doc]) || x.k - y.k;
  for (const g of groups) {
    const list = g.map((x) => items[x]).sort(later);
    const claims = list.map((it) => {
      const d = docs[it.doc];
      return { doc: d.id, language: d.language, published: d.published, claim: d.claims[it.k] };
    });
    const id = groupId(claims);
    const found = disagreementsOf(list, langs);
    if (found.length) disagreements.set(id, found);
    out.push({ id, claims, first: claims[0].doc, differ: [...new Set(found.map((d) => d.field))] });
  }
  const articles = (g: TrackGroup) => new Set(g.claims.map((c) => c.doc)).size;
  out.sort((x, y) => articles(y) - articles(x) || byDate(x.claims[0].published, y.claims[0].published) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { result: { articles: docs.length, claims: items.length, groups: out }, disagreements };
}

/** Published dates in order, unknown ones last. */
function byDate(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a == null) return 1;
  if (b == null) return -1;
  return a < b ? -1 : 1;
}

function compareDocs(a: ClaimsDocument, b: ClaimsDocument): number {
  return byDate(a.published, b.published) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Same members, same id: a hash of the members' articles and claim ids, whatever order they were found in. */
export function groupId(members: readonly TrackMember[]): string {
  const keys = members.map((m) => `${m.doc}\u0000${m.claim.id}\u0000${m.claim.sentence}`).sort();
  return createHash('sha256').update(keys.join('\u0001')).digest('hex').slice(0, 8);
}

// ---- differ: fields on which two members from different articles disagree in meaning ----

/**
 * The disagreements of a group's members (sorted by publication). A field differs when two members from
 * different articles conflict on it; never on wording or language:
 * - date: two known dates, neither a refinement of the other (2015-09-11 vs 2015-09-12, not 2015 vs 2015-09-11);
 * - source, actor: two named entities that are not the same (Putin / Vladimir Putin are; Reuters / AFP are not);
 * - action: numbers that conflict (40 vs 45; not "40" vs "40 and 3", one version leaving a number out), or a
 *   negation in one and not the other ("sudah kembali" / "belum kembali", "will attend" / "will not attend").
 */
function disagreementsOf(list: Item[], langs: Lang[]): Disagreement[] {
  const pairs: [Item, Item][] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      if (i >= DIFFER_ALL && j >= DIFFER_ALL) break;
      if (list[i].doc !== list[j].doc) pairs.push([list[i], list[j]]);
    }
  }
  const out: Disagreement[] = [];
  const conflict = (test: (a: Item, b: Item) => boolean) => pairs.some(([a, b]) => test(a, b));
  const entityConflict = (f: 'actor' | 'source') => (a: Item, b: Item) => {
    const x = a.p[f], y = b.p[f];
    if (!x?.core.length || !y?.core.length) return false;
    if (numbersConflict(numbersOf(x), numbersOf(y))) return true;
    return !sameEntity(x, y) && (entitySimilarity(x, y) < 0.5 || (named(x) && named(y)));
  };
  if (conflict(entityConflict('actor'))) out.push(entityValues('actor', list));
  if (conflict((a, b) => numbersConflict(a.p.numbers, b.p.numbers))) {
    out.push(values('action', 'numbers', list.filter((it) => it.p.numbers).map((it) => [it, it.p.numbers.replace(/,/g, ', ')])));
  }
  if (conflict((a, b) => (langs[a.doc] === langs[b.doc] ? a.p.negations !== b.p.negations : (a.p.negations > 0) !== (b.p.negations > 0)))) {
    out.push(values('action', 'negation', list.map((it) => [it, it.p.negations ? 'negated' : 'affirmed'])));
  }
  if (conflict((a, b) => datesConflict(a.p.claim.date, b.p.claim.date))) {
    out.push(values('date', 'value', list.filter((it) => it.p.claim.date).map((it) => [it, it.p.claim.date!])));
  }
  if (conflict(entityConflict('source'))) out.push(entityValues('source', list));
  return out;
}

/** Numbers in an entity, sorted and comma-joined: "SDN 1 Kracak", "345 permen" (a number edited in the actor). */
function numbersOf(e: Entity): string {
  return e.core.filter((t) => t.number).map((t) => t.number).sort().join(',');
}

/**
 * A name, every word capitalised: two names that are not the same entity are two people even when they share a
 * surname ("Raymond Roth" / "Evana Roth"); two descriptions must also share few words ("the police" / "police officers").
 */
function named(e: Entity): boolean {
  return e.core.every((t) => t.capitalised && !t.number);
}

/** Two sorted, comma-joined lists of numbers conflict when both have numbers and neither holds the other. */
function numbersConflict(a: string, b: string): boolean {
  if (!a || !b || a === b) return false;
  const x = a.split(','), y = b.split(',');
  const within = (s: string[], t: string[]) => {
    const rest = [...t];
    return s.every((v) => {
      const i = rest.indexOf(v);
      if (i >= 0) rest.splice(i, 1);
      return i >= 0;
    });
  };
  return !within(x, y) && !within(y, x);
}

function datesConflict(a: string | null, b: string | null): boolean {
  return !!a && !!b && a !== b && !a.startsWith(b) && !b.startsWith(a);
}

/** Values with the number of articles giving each: most articles first, then the one published first. */
function values(field: Field, what: Disagreement['what'], list: [Item, string][]): Disagreement {
  const docsBy = new Map<string, Set<number>>();
  for (const [it, v] of list) (docsBy.get(v) ?? docsBy.set(v, new Set()).get(v)!).add(it.doc);
  // Map order is the order of first appearance, and `list` is in order of publication; the sort is stable.
  const vs = [...docsBy].map(([value, d]) => ({ value, articles: d.size }));
  vs.sort((x, y) => y.articles - x.articles);
  return { field, what, values: vs };
}

/** Entities clustered by sameness (the first spelling names the cluster), with the number of articles of each. */
function entityValues(field: 'actor' | 'source', list: Item[]): Disagreement {
  const reps: { e: NonNullable<Profile['actor']>; name: string }[] = [];
  const named: [Item, string][] = [];
  for (const it of list) {
    const e = it.p[field];
    if (!e?.core.length) continue;
    let rep = reps.find((r) => sameEntity(r.e, e));
    if (!rep) reps.push((rep = { e, name: it.p.claim[field]! }));
    named.push([it, rep.name]);
  }
  return values(field, 'value', named);
}
