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

interface Nlp {
  (text: string): { document: NlpTerm[][] };
  world(): { methods: { one: { bulkMatch: BulkMatch; cacheDoc(docs: NlpTerm[][]): Set<string>[] } } };
}

let loaded: Nlp | null = null;

/** The tagger, loaded and set up on the first call. */
export function compromise(): Nlp {
  if (!loaded) {
    loaded = createRequire(import.meta.url)('compromise/two') as Nlp;
    narrowHookLookup(loaded);
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
function narrowHookLookup(nlp: Nlp): void {
  const one = nlp.world().methods.one;
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
