// A toy language folder: the least a language needs to run through `claims`, registered by a test (toy.test.ts)
// to prove that a language is one folder — no code outside it names it. It reads a made-up, Dutch-like toy
// grammar, not Dutch: "<speaker> zei dat <de|het noun|Name> <action>." and "Hij zei dat …" (the last speaker).
// Its code is Dutch's, so that franc's trigrams find it; it also reads Afrikaans (`af`), as Indonesian reads Malay.
import type { ClaimDraft } from '../../../src/types.js';
import type { ComparisonRules, DateMention, LanguageModule, LanguageProfile } from '../../../src/lang/types.js';

const words = (s: string) => new Set(s.split(' '));

const comparison: ComparisonRules = {
  stopWords: words('de het een van en dat zei hij'),
  numberWords: new Map([['twee', '2'], ['drie', '3']]),
  numberScales: new Map(),
  negations: words('niet geen'),
  negatingPhrases: new Set(),
  notNegatingNext: words('alleen'),
  numberSigns: new Set(),
  dateWords: words('dinsdag woensdag'),
  titles: words('minister burgemeester'),
  descriptionBeforeName: false,
  concepts: { kind: 'lexicon', roots: (w) => [w], particles: /$^/ },
};

export const toyProfile: LanguageProfile = { code: 'nl', alsoReads: ['af'], comparison };

/** "Minister Jansen zei dat de brug in 2025 opengaat." */
const REPORTED = /^(?<speaker>.+?) zei dat (?<actor>(?:de|het) \p{L}+|\p{Lu}\p{L}+) (?<action>.+?)[.!?]?$/u;

function extract(sentences: readonly { text: string }[]): ClaimDraft[] {
  return sentences.flatMap((s, sentence) => {
    const m = REPORTED.exec(s.text);
    if (!m?.groups) return [];
    const { speaker, actor, action } = m.groups;
    return [{ actor, action, source: speaker, kind: 'reported' as const, sentence }];
  });
}

/** "Hij" is the speaker named last. */
function resolveReferences(claims: readonly ClaimDraft[]): ClaimDraft[] {
  let last: string | null = null;
  return claims.map((c) => {
    const source = c.source === 'Hij' ? last : c.source;
    last = source;
    return { ...c, source };
  });
}

/** Years ("in 2025"). */
function findDates(text: string): DateMention[] {
  return [...text.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => ({ start: m.index, end: m.index + 4, text: m[0], value: m[0] }));
}

export const toy: LanguageModule = {
  ...toyProfile,
  segmentation: {
    abbreviations: words('dhr mevr'),
    finalAbbreviations: new Set(),
    calendar: words('dinsdag woensdag'),
    prefixes: words('dhr mevr'),
    starters: words('de het hij'),
    joiners: words('de het van en'),
    keepEnclosed: false,
  },
  cleaning: {
    boilerplate: [/^lees ook\s*:.*$/i],
    metadataKeys: ['datum'],
    weekdays: ['dinsdag', 'woensdag'],
    timeZones: ['CET'],
    commonWords: ['de', 'het', 'een', 'van', 'en'],
    bylineWords: ['door'],
    siteDomains: ['nl'],
    frontMatter: { published: ['datum'], title: ['titel'] },
  },
  extract,
  resolveReferences,
  findDates,
};
