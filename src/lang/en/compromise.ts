// compromise, loaded on first use: `claims detect`, `--version` and Indonesian-only runs never pay for it.
// The pipeline is synchronous, so the CommonJS build is required rather than imported. The "two" build has
// the part-of-speech tagger and nothing that the extractor does not read (no chunker, no sentence parse).
import { createRequire } from 'node:module';

/** What the extractor reads of a compromise term. */
export interface NlpTerm {
  text: string;
  pre: string;
  post: string;
  implicit?: string;
  tags: Set<string>;
}

interface SweepOptions {
  matchOne?: boolean;
}

interface Methods {
  one: { match(docs: NlpTerm[][], todo: NetMatch): { ptrs: number[][] } };
}

type BulkMatch = (docs: NlpTerm[][], net: Net, methods: Methods, opts?: SweepOptions) => Found[];

interface World {
  hooks: string[];
  methods: {
    one: {
      bulkMatch: BulkMatch;
      tokenize: { fromString(text: string, world: World): NlpTerm[][] };
    };
  };
}

interface View {
  document: NlpTerm[][];
  world: World;
  compute(hooks: string[]): void;
}

interface Nlp {
  (text: string): View;
  world(): World;
}

/** The tagger: `split` cuts a text into compromise's sentences of terms, `tag` tags many at once. */
export interface Tagger {
  split(text: string): NlpTerm[][];
  tag(sentences: NlpTerm[][]): NlpTerm[][];
}

let loaded: Tagger | null = null;

/**
 * compromise's steps that the tagger skips: `id` gives every term an id (what repairs a match's pointer after the
 * document changed; the post-tagger only tags, and its pointers' id checks are skipped without ids), `typeahead`
 * completes the last word from prefixes registered by a plugin (none). The extractor reads a term's text, spaces,
 * implicit form and tags only (src/lang/en/tokens.ts).
 */
const SKIPPED_STEPS = new Set(['id', 'typeahead']);

/** The tagger, loaded and set up on the first call. */
export function compromise(): Tagger {
  if (!loaded) {
    const nlp = createRequire(import.meta.url)('compromise/two') as Nlp;
    const world = nlp.world();
    fastBulkMatch(world);
    const steps = world.hooks.filter((h) => !SKIPPED_STEPS.has(h));
    // A view over any document: what nlp(text) builds, made here from sentences split beforehand.
    const ViewOf = nlp('').constructor as new (document: NlpTerm[][]) => View;
    loaded = {
      split: (text) => world.methods.one.tokenize.fromString(text, world),
      tag: (sentences) => {
        if (!sentences.length) return sentences;
        const view = new ViewOf(sentences);
        view.world = world;
        view.compute(steps);
        return view.document;
      },
    };
  }
  return loaded;
}

/** Has the tagger been loaded in this process? */
export const compromiseLoaded = (): boolean => loaded !== null;

/** A term as compromise's matcher reads it: the fields a token is compared with. */
interface Term extends NlpTerm {
  normal?: string;
  machine?: string | null;
  root?: string;
  alias?: string[];
  switch?: string;
}

/** One token of a parsed match rule: the fields of compromise's `Reg` that `firstStart` reads. */
interface Reg {
  word?: string;
  tag?: string;
  fastOr?: Set<string>;
  pos?: string;
  use?: string;
  fuzzy?: boolean;
  id?: string;
  start?: boolean;
  end?: boolean;
  anything?: boolean;
  optional?: boolean;
  negative?: boolean;
  greedy?: boolean;
  choices?: unknown;
  operator?: string;
  min?: number;
  max?: number;
}

/** A match rule of compromise's post-tagger, as its match net keeps it (what `sweep` reads of one). */
interface NetMatch {
  match: string;
  regs: Reg[];
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

/** A rule's hit, as compromise's own bulk match reports it: the rule's fields plus the pointer. */
type Found = NetMatch & { pointer: number[] };

/** compromise's match net: rules by the word or tag they need or want, and rules with neither. */
interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}

/**
 * A rule of the net with the words and tags it reads as numbers (see NetIndex), and the keys it is listed under:
 * their numbers, ascending (the net's key order), and its place in each list.
 */
interface Rule {
  m: NetMatch;
  needs: number[];
  wants: number[];
  ifNo: number[];
  keys: { rank: number; at: number }[];
  /** The rule's first tokens that each take exactly one term, which a match must meet in a row (see `firstStart`). */
  lead: Step[];
  /** Whether the rule has a ^ or a $ (see `anchors`). */
  anchored: boolean;
}

/**
 * A net's rules by the one key each is looked up by (`byNeed`, by key number), and those that need no key. Every word
 * or tag a rule reads has a number: the net's keys first, in its order (so a key's number is its rank), then the rest
 * (`ifNo` words). A piece's cache becomes an array of flags by number, so the tests of a rule are array reads.
 */
interface NetIndex {
  number: Map<string, number>;
  /** The numbers of the tag keys ('#Noun'), by the tag's name as a term's tags hold it ('Noun'). */
  tagNumber: Map<string, number>;
  byNeed: Rule[][];
  wantsOnly: Rule[];
  /** The net's rules that every piece tries, in its order. */
  always: Rule[];
}

/**
 * compromise's bulk match (what its post-tagger runs, most of the tagging time) done the same way at a fraction of
 * the cost. compromise collects the candidate rules of each comma-delimited piece by walking all ~700 keys of the
 * net for every piece, concatenating the lists of the keys the piece has (~80 rules under `#Noun` alone) and
 * dropping repeats, then keeps the rules whose needed words and tags the piece all has (and enough of those it
 * wants). Here a rule is looked up under one word or tag it needs, so only rules with that key present are tried at
 * all, and the rules kept are put in compromise's order: by the first of their keys (in the net's order) that the
 * piece has, then by their place in that key's list. The rules run, their order and the hits reported are the same,
 * so the tags are (test/lang/en/compromise.test.ts compares the two).
 */
function fastBulkMatch(world: World): void {
  const one = world.methods.one;
  const original = one.bulkMatch;
  // The tagger's net (compromise builds its post-tagger's once, on first use, and never changes it), indexed once.
  let seen: Net | null = null;
  let index: NetIndex | null = null;
  one.bulkMatch = (docs, net, methods, opts = {}) => {
    if (net !== seen) {
      index = indexNet(net);
      seen = net;
    }
    return index ? sweep(docs, index, methods, opts) : original(docs, net, methods, opts);
  };
}

/**
 * Rules by one of the words or tags they need: a word rather than a tag, and the tag with the fewest rules (the
 * likeliest to be missing). A rule that needs none is a candidate when the piece has a word or tag it wants.
 * compromise drops a rule whose match text an earlier rule has, even when that one fails: a net with two rules of one
 * text (compromise's own has none) keeps compromise's walk (null).
 */
function indexNet(net: Net): NetIndex | null {
  const hookKeys = Object.keys(net.hooks);
  const number = new Map(hookKeys.map((k, i) => [k, i]));
  const num = (k: string) => {
    if (!number.has(k)) number.set(k, number.size);
    return number.get(k)!;
  };
  const rules = new Map<NetMatch, Rule>();
  hookKeys.forEach((key, rank) => {
    net.hooks[key].forEach((m, at) => {
      const rule = rules.get(m) ?? { ...unkeyed(m), needs: m.needs.map(num), wants: m.wants.map(num), ifNo: (m.ifNo ?? []).map(num) };
      rules.set(m, rule);
      rule.keys.push({ rank, at });
    });
  });
  if (new Set([...rules.keys()].map((m) => m.match)).size !== rules.size) return null;
  const rarity = (k: string) => (k.startsWith('#') ? 1e6 : 0) + net.hooks[k].length;
  const byNeed: Rule[][] = [];
  const wantsOnly: Rule[] = [];
  for (const rule of rules.values()) {
    const needs = rule.m.needs;
    if (!needs.length) {
      wantsOnly.push(rule);
      continue;
    }
    const k = number.get(needs.reduce((a, b) => (rarity(b) < rarity(a) ? b : a)))!;
    (byNeed[k] ??= []).push(rule);
  }
  const always = net.always.map(unkeyed);
  const tagNumber = new Map([...number].filter(([k]) => k.startsWith('#')).map(([k, i]) => [k.slice(1), i]));
  return { number, tagNumber, byNeed, wantsOnly, always };
}

interface Kept { rule: Rule; rank: number; at: number }

function sweep(docs: Term[][], index: NetIndex, methods: Methods, opts: SweepOptions): Found[] {
  const found: Found[] = [];
  const has = new Uint8Array(index.number.size);
  // Plain indexed loops, no closures and no for-of: this runs for every piece of every sentence, mostly in V8's
  // interpreter and baseline code (see src/cli/compiler.ts), where an array's iterator costs a call per element.
  const present: number[] = [];
  const kept: Kept[] = [];
  const { byNeed, wantsOnly, always } = index;
  for (let n = 0; n < docs.length; n++) {
    const terms = docs[n];
    const size = terms.length;
    present.length = 0;
    kept.length = 0;
    presentIn(terms, index, has, present);
    for (let p = 0; p < present.length; p++) {
      const rules = byNeed[present[p]];
      if (rules) for (let r = 0; r < rules.length; r++) keep(rules[r], size, has, kept);
    }
    for (let r = 0; r < wantsOnly.length; r++) if (anyOf(wantsOnly[r].wants, has)) keep(wantsOnly[r], size, has, kept);
    for (let p = 0; p < present.length; p++) has[present[p]] = 0;
    kept.sort(byKey);
    for (let r = 0; r < kept.length + always.length; r++) {
      const rule = r < kept.length ? kept[r].rule : always[r - kept.length];
      const m = rule.m;
      if (size < m.minWords) continue;
      const from = firstStart(terms, rule.lead, m.regs[0]?.start === true);
      if (from < 0) continue;
      // Without ^ or $ a match does not depend on the terms before it: the matcher starts at the first place it can.
      const skip = from > 0 && !rule.anchored ? from : 0;
      const res = methods.one.match([skip ? terms.slice(skip) : terms], m);
      if (!res.ptrs.length) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        ptr[1] += skip;
        ptr[2] += skip;
        const hit = Object.assign({}, m, { pointer: ptr }) as Found;
        if (m.unTag !== undefined) hit.unTag = m.unTag;
        found.push(hit);
      }
      if (opts.matchOne === true) return [found[0]];
    }
  }
  return found;
}

/** The order of the rules kept: compromise's, by the first of their keys the piece has, then by place in its list. */
const byKey = (a: Kept, b: Kept): number => a.rank - b.rank || a.at - b.at;

/**
 * The net's words and tags (by number) that a piece has, marked in `has` and listed in `present`: what compromise's
 * `cacheDoc` puts in a piece's set (each term's normal, machine, implicit and root forms, its aliases, '%switch%' and
 * its tags as '#Tag'), read straight off the terms instead of building a set of strings ('#' + tag for every tag of
 * every term) to look each up again.
 */
function presentIn(terms: Term[], index: NetIndex, has: Uint8Array, present: number[]): void {
  const { number, tagNumber } = index;
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t];
    if (term.normal) mark(number.get(term.normal), has, present);
    if (term.switch) mark(number.get(`%${term.switch}%`), has, present);
    if (term.implicit) mark(number.get(term.implicit), has, present);
    if (term.machine) mark(number.get(term.machine), has, present);
    if (term.root) mark(number.get(term.root), has, present);
    const alias = term.alias;
    if (alias) for (let a = 0; a < alias.length; a++) mark(number.get(alias[a]), has, present);
    for (const tag of term.tags) mark(tagNumber.get(tag), has, present);
  }
}

function mark(i: number | undefined, has: Uint8Array, present: number[]): void {
  if (i !== undefined && !has[i]) {
    has[i] = 1;
    present.push(i);
  }
}

/** Whether any of these words or tags (by number) is in the piece. */
function anyOf(keys: number[], has: Uint8Array): boolean {
  for (let k = 0; k < keys.length; k++) if (has[keys[k]]) return true;
  return false;
}

/**
 * compromise's filters of a candidate rule: enough words; every word or tag needed there, none it must not have,
 * enough of those wanted. A rule kept goes with the first of its keys (in the net's order) that the piece has.
 */
function keep(rule: Rule, size: number, has: Uint8Array, kept: Kept[]): void {
  if (size < rule.m.minWords) return;
  const { needs, wants, keys } = rule;
  for (let k = 0; k < needs.length; k++) if (!has[needs[k]]) return;
  if (rule.ifNo.length && anyOf(rule.ifNo, has)) return;
  if (wants.length) {
    let c = 0;
    for (let k = 0; k < wants.length; k++) c += has[wants[k]];
    if (c < rule.m.minWant) return;
  }
  for (let k = 0; k < keys.length; k++) {
    const h = keys[k];
    if (has[h.rank]) {
      kept.push({ rule, rank: h.rank, at: h.at });
      return;
    }
  }
}

/** A rule of the net as one that no piece needs a key for (the net's `always`). */
const unkeyed = (m: NetMatch): Rule => ({ m, needs: [], wants: [], ifNo: [], keys: [], lead: leadOf(m), anchored: anchors(m.regs ?? []) });

/**
 * The leading tokens of a rule that compromise's matcher tests against exactly one term each, in a row: a word, a tag,
 * a one-word list ("(the|a)"), a choice of one-term tokens ("(#Determiner|#Possessive)", "(#Singular && @hasHyphen)"),
 * required and not repeated. The first token that is optional, negative, repeated ("#Adverb+"), a wildcard or a
 * choice with a longer or repeated alternative ends the lead (a word or tag is kept when only repeated: it still needs
 * its first term).
 */
function leadOf(m: NetMatch): Step[] {
  const lead: Step[] = [];
  for (const reg of m.regs ?? []) {
    if (reg.optional || reg.negative || reg.anything || reg.min !== undefined || reg.max !== undefined) break;
    if (reg.choices !== undefined) {
      // compromise's or- and and-blocks test each alternative as it tests a token (anchors and "!" included), without
      // its contraction skip; an alternative of one token that does not repeat takes exactly one term. `couldBe` may
      // say yes where compromise says no, so a negated alternative ("(#FirstName && !#Possessive)") ends the lead.
      const ok = (reg.operator === 'or' || reg.operator === 'and') && !reg.greedy && Array.isArray(reg.choices)
        && (reg.choices as unknown[]).every((c) => Array.isArray(c) && c.length === 1 && oneTerm(c[0] as Reg));
      if (!ok) break;
      lead.push({ all: reg.operator === 'and', tests: (reg.choices as Reg[][]).map((c) => testOf(c[0])) });
      continue;
    }
    // "#Noun+$" may match a term before the last (compromise tests it without the $ there): not a one-term test
    if (reg.end && reg.greedy) break;
    // a one-word list that is also another kind of token is tested as that kind (see `couldBe`)
    if (reg.fastOr !== undefined && TESTED_BEFORE_LISTS.some((k) => (reg as Record<string, unknown>)[k] !== undefined)) break;
    lead.push({ all: true, tests: [testOf(reg)] });
    if (reg.greedy) break;
  }
  return lead;
}

/**
 * Where in a piece a rule's match can start at the earliest, or -1 where it cannot match at all, decided before
 * compromise's matcher tries it at every term (copying the rest of the piece each time): the first term from which
 * the rule's lead meets the terms in a row, each token passing `couldBe`. Most candidate rules cannot match
 * ("#Determiner [#Adjective]$" in "the new law passed": no determiner before an adjective), and the answer is never
 * later than compromise's first match, so the hits are the same. A term that opens a contraction ("we've" as "we" +
 * "have") may be skipped over by the matcher: the lead stops there.
 */
function firstStart(terms: Term[], lead: Step[], anchored: boolean): number {
  if (!lead.length) return 0;
  const n = terms.length;
  const last = anchored ? 0 : n - 1;
  starts: for (let i = 0; i <= last; i++) {
    for (let k = 0, t = i; k < lead.length; k++, t++) {
      const term = terms[t];
      if (!term) continue starts;
      const step = lead[k];
      // most steps are one test: no call through `couldTake`
      if (step.tests.length === 1 ? !couldBe(term, step.tests[0], t, n) : !couldTake(term, step, t, n)) continue starts;
      if (term.implicit) break;
    }
    return i;
  }
  return -1;
}

/** Whether a rule's tokens (or those of its choices) anchor to the piece's first or last term: ^ or $. */
function anchors(regs: Reg[]): boolean {
  return regs.some((r) => r.start === true || r.end === true || (Array.isArray(r.choices) && (r.choices as Reg[][]).some(anchors)));
}


/** The kinds of token that compromise's `doesMatch` tests before a one-word list: `couldBe` leaves them to it. */
const TESTED_BEFORE_LISTS = ['method', 'pre', 'post', 'regex', 'chunk', 'switch', 'machine', 'sense'] as const;

/** An alternative of a choice that `couldTake` can test: one token, not repeated, negated or itself a choice. */
const oneTerm = (r: Reg): boolean => !r.greedy && !r.negative && r.choices === undefined;

/**
 * A token of the lead: one test, or a choice of one-term tokens, of which one (or) or all (and) must pass. Tests are
 * made once per rule, all of one shape, since they run for every candidate rule at every term.
 */
interface Step {
  all: boolean;
  tests: Test[];
}

/** What `couldBe` reads of a token: a word, a tag, a one-word list (with its part of speech), or anything (`ANY`). */
interface Test {
  kind: number;
  start: boolean;
  end: boolean;
  word: string;
  tag: string;
  list: Set<string> | null;
  pos: string;
}

const ANY = 0;
const WORD = 1;
const TAG = 2;
const LIST = 3;

/**
 * compromise's test of one term against one token (its `doesMatch`) where it is exact and cheap — a word, a tag, a
 * one-word list, the ^ and $ anchors — and anything for any other kind of token (in compromise's order: a word is
 * tested before a tag, a tag before a list, a list after the kinds in TESTED_BEFORE_LISTS).
 */
function testOf(reg: Reg): Test {
  const t: Test = { kind: ANY, start: reg.start === true, end: reg.end === true, word: '', tag: '', list: null, pos: '' };
  if (reg.id !== undefined) return t;
  if (reg.word !== undefined) {
    if (!reg.use && !reg.fuzzy) Object.assign(t, { kind: WORD, word: reg.word });
  } else if (reg.tag !== undefined) {
    Object.assign(t, { kind: TAG, tag: reg.tag });
  } else if (reg.fastOr !== undefined && !TESTED_BEFORE_LISTS.some((k) => (reg as Record<string, unknown>)[k] !== undefined)) {
    Object.assign(t, { kind: LIST, list: reg.fastOr, pos: reg.pos ?? '' });
  }
  return t;
}

/** Whether a term could take a token of the lead (see `couldBe`). */
function couldTake(term: Term, step: Step, index: number, length: number): boolean {
  const { all, tests } = step;
  for (let i = 0; i < tests.length; i++) if (couldBe(term, tests[i], index, length) !== all) return !all;
  return all;
}

/** compromise's `doesMatch` of a term and a token as `testOf` keeps it: false only where compromise's is false. */
function couldBe(term: Term, t: Test, index: number, length: number): boolean {
  if (t.start && index !== 0) return false;
  if (t.end && index !== length - 1) return false;
  switch (t.kind) {
    case WORD: {
      const w = t.word;
      return (term.machine != null && term.machine === w) || (!!term.alias && term.alias.includes(w)) || w === term.text || w === term.normal;
    }
    case TAG:
      return term.tags.has(t.tag);
    case LIST:
      if (t.pos && !term.tags.has(t.pos)) return false;
      return t.list!.has((term.root || term.implicit || term.machine || term.normal) as string) || t.list!.has(term.text);
    default:
      return true;
  }
}
