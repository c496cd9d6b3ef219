// References in Indonesian claims: -nya, dia/ia/beliau, mereka, "bank ini", "kedua negara", short names
// ("Vedyakhin", "Jokowi", "Menkeu") → the fullest earlier name. A reference with no antecedent stays as written.
import type { ClaimDraft, Sentence } from '../../types.js';
import type { DocumentContext } from '../types.js';
import { CLASS_NOUNS, DEMONSTRATIVES, PERSON_PRONOUNS, ROLE_DOMAINS } from './lexicon.js';
import { capitalizedRuns, isRole } from './names.js';
import { isCapitalized, tokenize } from './tokens.js';

/** A name seen in the document, at a position (sentence index, offset) in reading order. */
interface Mention {
  name: string;
  at: number;
  person: boolean;
}

const ROLE_ABBREVIATIONS: Record<string, string> = {
  menkeu: 'menteri keuangan', menlu: 'menteri luar negeri', mendagri: 'menteri dalam negeri', menhan: 'menteri pertahanan',
  menkes: 'menteri kesehatan', mendag: 'menteri perdagangan', menperin: 'menteri perindustrian', mentan: 'menteri pertanian',
  menag: 'menteri agama', mensos: 'menteri sosial', menpora: 'menteri pemuda dan olahraga', wapres: 'wakil presiden',
};

const position = (sentence: number, offset: number) => sentence * 1_000_000 + offset;

export function resolveReferences(claims: readonly ClaimDraft[], sentences: readonly Sentence[], _doc: DocumentContext): ClaimDraft[] {
  const index = buildIndex(claims, sentences);
  return claims.map((c) => {
    const at = position(c.sentence, c.clause?.[0] ?? 0);
    const cueAt = position(c.sentence, c.cue?.[0] ?? c.clause?.[0] ?? 0);
    const source = c.source ? resolveName(c.source, cueAt, index) : c.source;
    let actor = c.actor === c.source ? source ?? c.actor : resolveName(c.actor, at, index);
    if (actor === '-nya' && source) actor = source;
    // "Kami"/"kita"/"pihaknya" of a speaker introduced with an organisation ("CEO Kargoku, Rizky Ananda") → the organisation.
    if (source && WE.has(c.actor.toLowerCase())) actor = organisationOf(source, sentences, index.orgs) ?? actor;
    return { ...c, actor, source };
  });
}

/** The organisation given with a speaker's first mention in a role phrase; looked up once per speaker. */
function organisationOf(speaker: string, sentences: readonly Sentence[], cache: Map<string, string | null>): string | null {
  const known = cache.get(speaker);
  if (known !== undefined) return known;
  let org: string | null = null;
  if (cache.size < 100) {
    for (const s of sentences) {
      const at = s.text.indexOf(speaker);
      org = at > 0 ? organisationBefore(s.text, at) : null;
      if (org || at >= 0) break;
    }
  }
  cache.set(speaker, org);
  return org;
}

const WE = new Set(['kami', 'kita', 'pihaknya', 'pihak kami']);

/** The organisation in a role phrase right before a name: "Wakil CEO Sberbank, Alexander Vedyakhin" → Sberbank. */
export function organisationBefore(text: string, at: number): string | null {
  const toks = tokenize(text, Math.max(0, at - 200), at);
  let k = toks.length - 1;
  const end = k;
  while (k >= 0 && !isRole(toks[k]) && (isCapitalized(toks[k]) || /^(?:dan|&)$/.test(toks[k].lower)) && (k === end || !/[.;:!?]/.test(toks[k].trail))) k--;
  if (k < 0 || k === end || !isRole(toks[k])) return null;
  const org = toks.slice(k + 1);
  if (org.every((t) => ROLE_DOMAINS.has(t.lower))) return null;
  let name = text.slice(org[0].coreStart, org[org.length - 1].coreEnd);
  // Close a parenthesised acronym cut by the core ("(BPBD) Kabupaten Bekasi" keeps its closing mark).
  if ((name.split('(').length > name.split(')').length) && text[org[org.length - 1].coreEnd] === ')') name += ')';
  return name;
}

interface Index {
  mentions: Mention[];
  /** Short form (surname, alias in parentheses, role) → full name. */
  aliases: Map<string, string>;
  /** Claim actors that are names, in reading order: antecedents of "mereka", "bank ini". */
  actors: { name: string; at: number }[];
  /** Speaker → the organisation named in the role phrase before them. */
  orgs: Map<string, string | null>;
  /** Earlier "A dan B" pairs of names, for "kedua negara". */
  pairs: { name: string; at: number }[];
}

function buildIndex(claims: readonly ClaimDraft[], sentences: readonly Sentence[]): Index {
  const mentions: Mention[] = [];
  const aliases = new Map<string, string>();
  const pairs: { name: string; at: number }[] = [];
  const speakers = new Set(claims.map((c) => c.source).filter((s): s is string => !!s && s !== '-nya' && !PERSON_PRONOUNS.has(s.toLowerCase())));
  // A speaker's own name is the best antecedent of its surname and first name ("Agus" → Agus Martowardojo).
  for (const sp of speakers) {
    const words = sp.split(/\s+/);
    if (words.length < 2) continue;
    for (const w of [words[words.length - 1], words[0]]) if (!aliases.has(w.toLowerCase())) aliases.set(w.toLowerCase(), sp);
  }
  sentences.forEach((s, i) => {
    for (const run of capitalizedRuns(s.text)) {
      if (PERSON_PRONOUNS.has(run.name.toLowerCase())) continue;
      const words = run.name.split(/\s+/);
      const person = run.afterRole || speakers.has(run.name);
      mentions.push({ name: run.name, at: position(i, run.start), person });
      if (words.length >= 2 && person) {
        const last = words[words.length - 1];
        // "Kepala BPS Suhariyanto": a one-word speaker is already a name, not a short form of the run.
        if (!aliases.has(last.toLowerCase()) && !speakers.has(last)) aliases.set(last.toLowerCase(), run.name);
        // Indonesian news often calls a person by the first name ("Neneng Hasanah" → Neneng).
        const first = words[0];
        if (words.length <= 3 && !aliases.has(first.toLowerCase()) && !/^[\p{Lu}\p{N}]+$/u.test(first) && !ROLE_DOMAINS.has(first.toLowerCase())) aliases.set(first.toLowerCase(), run.name);
        // A three-part name is often shortened to two of its parts ("Sri Mulyani Indrawati" → Sri Mulyani).
        // Longer runs still hold part of a role ("Bank Indonesia Agus Martowardojo"), so only three-part names.
        if (words.length === 3) {
          for (const two of [words.slice(0, 2).join(' '), words.slice(-2).join(' ')]) if (!aliases.has(two.toLowerCase())) aliases.set(two.toLowerCase(), run.name);
        }
        const alias = /^\s*\(([\p{Lu}][\p{L}]+)\)/u.exec(s.text.slice(run.end));
        if (alias) aliases.set(alias[1].toLowerCase(), run.name);
      }
      if (run.role && words.length >= 2) aliases.set(run.role, run.name);
    }
    for (const m of s.text.matchAll(/([\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*)*) dan ([\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*)*)/gu)) {
      pairs.push({ name: `${m[1]} dan ${m[2]}`, at: position(i, m.index ?? 0) });
    }
  });
  const personNames = new Set(mentions.filter((m) => m.person).map((m) => m.name));
  const actors = claims
    .filter((c) => /^\p{Lu}/u.test(c.actor) && !c.actor.includes(' ') && !personNames.has(c.actor) && !PERSON_PRONOUNS.has(c.actor.toLowerCase()) && c.actor.toLowerCase() !== 'mereka' && !WE.has(c.actor.toLowerCase()))
    .map((c) => ({ name: c.actor, at: position(c.sentence, c.clause?.[0] ?? 0) }))
    .sort((x, y) => x.at - y.at);
  return { mentions, aliases, pairs, actors, orgs: new Map() };
}

function resolveName(name: string, at: number, index: Index): string {
  const lower = name.toLowerCase();
  if (lower === '-nya' || PERSON_PRONOUNS.has(lower)) {
    const found = latest(index.mentions, at, (m) => m.person)?.name;
    if (found) return index.aliases.get(found.toLowerCase()) ?? found;
    return (lower !== '-nya' ? latestActor(index, at, null) : null) ?? name;
  }
  if (lower === 'mereka') return latestActor(index, at, null) ?? name;
  const kedua = /^kedua (\p{L}+)$/u.exec(lower);
  if (kedua) {
    const pair = [...index.pairs].reverse().find((p) => p.at < at);
    return pair?.name ?? name;
  }
  // Malaysian "pihak polis", "kerajaan": the institution the article named earlier ("Polis Diraja Malaysia").
  const institution = /^(?:pihak\s+)?(polis|bomba|tentera|kerajaan)$/.exec(lower);
  if (institution) {
    const noun = institution[1];
    const named = latest(index.mentions, at, (m) => m.name.includes(' ') && m.name.toLowerCase().split(/\s+/).includes(noun));
    return named?.name ?? (lower === noun ? name : name.slice(name.length - noun.length));
  }
  const words = lower.split(/\s+/);
  if (words.length === 2 && CLASS_NOUNS.has(words[0]) && DEMONSTRATIVES.has(words[1])) return latestActor(index, at, words[0]) ?? name;
  return index.aliases.get(ROLE_ABBREVIATIONS[lower] ?? lower) ?? name;
}

/** The latest earlier actor that is a name; one whose name holds the class noun ("bank ini" → Sberbank) first. */
function latestActor(index: Index, at: number, classNoun: string | null): string | null {
  const actors = index.actors;
  let lo = 0;
  let hi = actors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (actors[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return null;
  // Look back a bounded stretch for one whose name holds the class noun.
  if (classNoun) for (let k = lo - 1; k >= Math.max(0, lo - 50); k--) if (actors[k].name.toLowerCase().includes(classNoun)) return actors[k].name;
  return actors[lo - 1].name;
}

/** The last mention before `at` that passes `ok`; mentions are in reading order. */
function latest(mentions: Mention[], at: number, ok: (m: Mention) => boolean): Mention | undefined {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  // Antecedents are near: a bounded look-back keeps long documents linear.
  for (let k = lo - 1; k >= Math.max(0, lo - 300); k--) if (ok(mentions[k])) return mentions[k];
  return undefined;
}
