// The tagger's own bulk match (src/lang/en/compromise.ts) must find exactly what compromise's finds: the same rules,
// in the same order, at the same places, so that every tag is the same.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compromise, type NlpTerm } from '../../../src/lang/en/compromise.js';

interface Hit { match: string; pointer: number[]; tag?: unknown; unTag?: unknown }
type BulkMatch = (docs: NlpTerm[][], net: unknown, methods: unknown, opts?: unknown) => Hit[];
interface World { hooks: string[]; methods: { one: { bulkMatch: BulkMatch } } }
interface Nlp { (text: string): { document: NlpTerm[][] }; world(): World }

const shown = (hits: Hit[]) => hits.map((h) => `${h.match} @${h.pointer.slice(0, 3).join(',')} ${String(h.tag)} ${String(h.unTag)}`);

// Invented news sentences of many shapes: quotes, contractions, dates, numbers, passives, lists, questions, titles.
const TEXT = [
  'The mayor of Riverton said on Tuesday that the city would open three new libraries by March 2026.',
  '"We are not going to back down," said Jane Roe, a spokeswoman for the Harbor Workers Union.',
  "It's what they'd wanted all along, he told reporters, but the council hasn't agreed yet.",
  'Shares of Northwind Ltd. fell 4.5% in New York after the company cut 300 jobs.',
  'The bridge, which was built in 1961, will be closed for repairs until further notice.',
  'Police were called to the scene at about 9 p.m. and arrested two men, aged 23 and 31.',
  'Why would anyone vote for a plan that raises taxes on working families?',
  'Dr. Amal Haddad, who has studied the disease for a decade, warned that cases were rising quickly.',
  'The governor may sign the bill next week, according to two people familiar with the talks.',
  'Having lost the vote, the minister resigned and left the building without speaking to journalists.',
  'Farmers in the north have been hit hardest by the drought, the report found.',
  'The index rose sharply in March, driven by higher fuel and food prices.',
  'She had her office searched twice last year, her lawyer said in a statement.',
  'Turkey and Greece agreed to resume talks in Ankara on the disputed islands.',
  'Eat your vegetables, stay home and call us if the fever gets worse.',
  'The U.S. Department of Energy will spend $2 billion on new reactors over the next five years.',
  'Critics, however, say the well-known reform does little to help first-time buyers.',
  'Not only did the team win, it also broke the league record for goals scored.',
  'Had he known about the risks, he would never have signed the contract.',
  'The plan is being reviewed by the board, which meets on the first Monday of each month.',
].join(' ');

describe('the bulk match of the post-tagger', () => {
  const req = createRequire(import.meta.url);
  const file = req.resolve('compromise/two');
  let ours: World;
  let plain: Nlp;
  let cached: NodeJS.Module | undefined;

  beforeAll(() => {
    compromise();
    ours = (req('compromise/two') as Nlp).world();
    // A second copy of compromise, as it ships: its own world, with compromise's bulk match.
    cached = req.cache[file];
    delete req.cache[file];
    plain = req('compromise/two') as Nlp;
  });
  afterAll(() => {
    if (cached) req.cache[file] = cached;
  });

  /** TEXT tagged by a plain compromise world, with the net its bulk match was given and that bulk match itself. */
  function tagged(world: World): { original: BulkMatch; net: unknown; document: NlpTerm[][] } {
    const original = world.methods.one.bulkMatch;
    let net: unknown = null;
    world.methods.one.bulkMatch = (docs, n, methods, opts) => {
      net = n;
      return original(docs, n, methods, opts);
    };
    const { document } = plain(TEXT);
    world.methods.one.bulkMatch = original;
    return { original, net, document };
  }

  it('is replaced in the tagger', () => {
    expect(String(ours.methods.one.bulkMatch)).not.toBe(String(plain.world().methods.one.bulkMatch));
  });

  it('tags a text as compromise does', () => {
    const tagger = compromise();
    const tags = (doc: NlpTerm[][]) => doc.map((s) => s.map((t) => `${t.text}/${[...t.tags].sort().join(',')}`).join(' '));
    expect(tags(tagger.tag(tagger.split(TEXT)))).toEqual(tags(plain(TEXT).document));
  });

  it('skips the steps whose output the extractor never reads (term ids), with the same tags', () => {
    const tagger = compromise();
    const doc = tagger.tag(tagger.split(TEXT)) as (NlpTerm & { id?: string })[][];
    // the contraction step gives the terms it splits ids of its own ("it's" as "it" + "is")
    const withId = doc.flat().filter((t) => t.id !== undefined);
    expect(withId.length).toBeLessThan(doc.flat().length / 10);
    expect((plain(TEXT).document as (NlpTerm & { id?: string })[][]).flat().every((t) => t.id !== undefined)).toBe(true);
  });

  it('finds the same hits in the same order as compromise, on every rule of its net', () => {
    const world = plain.world();
    const { original, net, document } = tagged(world);
    expect(net).not.toBeNull();
    const theirs = original(document, net, world.methods, {});
    expect(new Set(theirs.map((h) => h.match)).size).toBeGreaterThan(40);
    expect(shown(ours.methods.one.bulkMatch(document, net, world.methods, {}))).toEqual(shown(theirs));
    const one = { matchOne: true };
    expect(shown(ours.methods.one.bulkMatch(document, net, world.methods, one))).toEqual(shown(original(document, net, world.methods, one)));
  });

  it('runs compromise\'s matcher only for rules whose first words can meet in the piece, from the first place they can, with the same hits', () => {
    const world = plain.world() as World & { methods: { one: { match: (...a: unknown[]) => unknown } } };
    const { original, net, document } = tagged(world);
    const match = world.methods.one.match;
    let calls = 0;
    let later = 0;
    let choices = 0;
    world.methods.one.match = (...a: unknown[]) => {
      calls++;
      if ((a[1] as { regs: { choices?: unknown }[] }).regs[0]?.choices !== undefined) choices++;
      // a rest of a piece: the rule cannot start before it
      if (!document.includes((a[0] as NlpTerm[][])[0])) later++;
      return match(...a);
    };
    const theirs = shown(original(document, net, world.methods, {}));
    const theirCalls = calls;
    const theirChoices = choices;
    calls = 0;
    choices = 0;
    const mine = shown(ours.methods.one.bulkMatch(document, net, world.methods, {}));
    world.methods.one.match = match;
    expect(mine).toEqual(theirs);
    // "#Determiner [#Adjective]$" is a candidate wherever a piece has both tags, but matches only at its end: most
    // candidates fail on their first two words, and are not tried.
    expect(calls).toBeLessThan(theirCalls / 2);
    // "(#Singular && @hasHyphen) #PresentTense" opens with a choice of one-term tokens: tested before the matcher too
    expect(choices).toBeLessThan(theirChoices / 2);
    // "the [#Verb] #Preposition ." cannot start before the piece's first "the": the matcher starts there.
    expect(later).toBeGreaterThan(calls / 4);
  });

  it('reads a piece\'s words, aliases (slashes, "&"), switches and tags as compromise\'s cache of it does', () => {
    const world = plain.world();
    const { original, net } = tagged(world);
    // invented: slashed words and '&' get aliases, 'records' and 'plans' are switch words (noun or verb)
    const { document } = plain('Smith & Wesson said the buyer/seller records plans and/or sales, but the U.S. won\'t say.');
    const terms = document.flat() as (NlpTerm & { alias?: string[]; switch?: string })[];
    expect(terms.some((t) => t.alias?.length)).toBe(true);
    expect(terms.some((t) => t.switch)).toBe(true);
    expect(shown(ours.methods.one.bulkMatch(document, net, world.methods, {}))).toEqual(shown(original(document, net, world.methods, {})));
  });

  it('keeps compromise\'s walk for a net with two rules of one match text', () => {
    const world = plain.world() as World & { methods: { one: { buildNet(m: object[], w: World): { hooks: Record<string, Hit[]> } } } };
    const net = world.methods.one.buildNet([
      { match: 'the [#Noun]', group: 0, tag: 'Plural', ifNo: '#Verb' },
      { match: 'new [libraries]', group: 0, tag: 'Plural' },
    ], world);
    // compromise keeps only the first rule of a text, even when it cannot apply (the piece has a verb): the second
    // one, listed under a later key, never runs.
    const first = net.hooks.the[0];
    net.hooks.libraries.push({ ...first, tag: 'Singular', unTag: undefined, ifNo: undefined } as Hit);
    const { document } = plain('The city will open the new libraries.');
    const shown = (hits: Hit[]) => hits.map((h) => `${h.match} @${h.pointer.slice(0, 3).join(',')} ${String(h.tag)}`);
    const theirs = world.methods.one.bulkMatch(document, net, world.methods, {});
    expect(shown(theirs)).toEqual(['new [libraries] @0,6,7 Plural']);
    expect(shown(ours.methods.one.bulkMatch(document, net, world.methods, {}))).toEqual(shown(theirs));
  });
});
