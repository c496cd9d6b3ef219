// Letter-trigram log-odds of English against Indonesian/Malay for words no list knows, trained at first
// use on the project's own word lists (about a thousand words of each), so it learns spelling, not topics.
import { EN_COMMON, EN_FUNCTION, EN_MORE } from './words-en.js';
import { IDMS_COMMON, IDMS_MORE } from './words-idms.js';
import { ALSO_ENGLISH, INDONESIAN_WORDS, MALAY_WORDS } from './malay.js';

interface Model {
  counts: Map<string, number>;
  total: number;
}

function trigrams(word: string): string[] {
  const padded = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

function train(words: Iterable<string>): Model {
  const counts = new Map<string, number>();
  let total = 0;
  for (const w of words) {
    if (!/^[a-z]+$/.test(w)) continue;
    for (const t of trigrams(w)) {
      counts.set(t, (counts.get(t) ?? 0) + 1);
      total++;
    }
  }
  return { counts, total };
}

let models: { en: Model; idms: Model } | null = null;

function getModels() {
  if (models) return models;
  const en = train([...EN_FUNCTION, ...EN_COMMON, ...EN_MORE]);
  const common = train([...IDMS_COMMON, ...IDMS_MORE]);
  // The variety markers add Indonesian/Malay spelling, except loanwords spelled the English way (kalendar,
  // properti, trafik): a marker joins only if the shared words already find it more Indonesian than English.
  const native = [...MALAY_WORDS.keys(), ...INDONESIAN_WORDS.keys()].filter(
    (w) => !ALSO_ENGLISH.has(w) && logOdds(w, en, common) < 0,
  );
  models = { en, idms: train([...IDMS_COMMON, ...IDMS_MORE, ...native]) };
  return models;
}

const VOCABULARY = 27 * 28 * 28;

/** Average per-trigram log-odds that a lower-case word is English rather than Indonesian/Malay. */
export function englishLogOdds(word: string): number {
  const { en, idms } = getModels();
  return logOdds(word, en, idms);
}

function logOdds(word: string, en: Model, idms: Model): number {
  const grams = trigrams(word);
  let sum = 0;
  for (const t of grams) {
    const pEn = ((en.counts.get(t) ?? 0) + 0.5) / (en.total + 0.5 * VOCABULARY);
    const pId = ((idms.counts.get(t) ?? 0) + 0.5) / (idms.total + 0.5 * VOCABULARY);
    sum += Math.log(pEn / pId);
  }
  return grams.length === 0 ? 0 : sum / grams.length;
}
