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

interface MatchNet {
  hooks: Record<string, unknown[]>;
}

type BulkMatch = (docs: NlpTerm[][], net: MatchNet, methods: unknown, opts?: unknown) => unknown;

interface World {
  hooks: string[];
  methods: {
    one: {
      bulkMatch: BulkMatch;
      cacheDoc(docs: NlpTerm[][]): Set<string>[];
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

/** The tagger, loaded and set up on the first call. */
export function compromise(): Tagger {
  if (!loaded) {
    const nlp = createRequire(import.meta.url)('compromise/two') as Nlp;
    const world = nlp.world();
    narrowHookLookup(world);
    // A view over any document: what nlp(text) builds, made here from sentences split beforehand.
    const ViewOf = nlp('').constructor as new (document: NlpTerm[][]) => View;
    loaded = {
      split: (text) => world.methods.one.tokenize.fromString(text, world),
      tag: (sentences) => {
        if (!sentences.length) return sentences;
        const view = new ViewOf(sentences);
        view.world = world;
        view.compute(world.hooks);
        return view.document;
      },
    };
  }
  return loaded;
}

/** Has the tagger been loaded in this process? */
export const compromiseLoaded = (): boolean => loaded !== null;

/**
 * compromise's post-tagger looks up, for every comma-delimited piece of every sentence, each of the ~700
 * words and tags its correction rules are keyed by. Handing it only the keys that occur in the text gives
 * the same rules in the same order (object keys keep their order) at a fraction of the cost.
 */
function narrowHookLookup(world: World): void {
  const one = world.methods.one;
  const bulkMatch = one.bulkMatch;
  const rank = new WeakMap<MatchNet, Map<string, number>>();
  one.bulkMatch = (docs, net, methods, opts) => {
    let order = rank.get(net);
    if (!order) {
      order = new Map(Object.keys(net.hooks).map((k, i) => [k, i]));
      rank.set(net, order);
    }
    const present = new Set<string>();
    for (const cache of one.cacheDoc(docs)) for (const k of cache) if (order.has(k)) present.add(k);
    const keys = [...present].sort((a, b) => order.get(a)! - order.get(b)!);
    const hooks: Record<string, unknown[]> = Object.create(null);
    for (const k of keys) hooks[k] = net.hooks[k];
    return bulkMatch(docs, { ...net, hooks }, methods, opts);
  };
}
