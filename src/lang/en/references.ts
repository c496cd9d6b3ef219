// Pronouns, definite descriptions ("the bank") and bare surnames replaced by the fullest earlier name.
import type { ClaimDraft, Sentence } from '../../types.js';
import type { DocumentContext } from '../types.js';
import { notes, parseDocument } from './analysis.js';
import type { Parsed } from './clauses.js';
import {
  FIRST_PLURAL, FIRST_SINGULAR, PERSON_HEADS, PERSON_PRONOUNS, PLACE_HEADS, PLURAL_PRONOUNS, THING_HEADS, TITLES,
} from './lexicon.js';
import { afterLastTitle } from './names.js';
import { has } from './tokens.js';

const range = (a: number, b: number): number[] => Array.from({ length: b - a }, (_, k) => a + k);

interface Mention {
  name: string;
  sentence: number;
  at: number;
  person: boolean;
  place: boolean;
  /** Nouns the text uses for it: its own last word, the head of an apposition ("a state savings bank"). */
  heads: Set<string>;
}

export function resolveReferences(claims: readonly ClaimDraft[], sentences: readonly Sentence[], _doc: DocumentContext): ClaimDraft[] {
  const parse = parseDocument(sentences);
  const mentions = parse.sentences.flatMap((p, i) => namesIn(p, i));
  const done: ClaimDraft[] = [];
  for (const c of claims) {
    const n = notes.get(c);
    const at = n?.actorAt ?? 0;
    const r: ClaimDraft = { ...c };
    if (r.source && /^it$/i.test(r.source)) r.source = lastBodySource(c.sentence, mentions, done) ?? r.source;
    if (r.source) r.source = (PERSON_PRONOUNS.has(r.source.toLowerCase()) && lastSpeaker(c.sentence, mentions, done)) || resolveName(r.source, c.sentence, 0, mentions, done, null);
    r.actor = resolveActor(r, n?.quoted ?? c.kind === 'quote', n?.speakerOrg ?? null, at, mentions, done);
    if (r.actor !== c.actor && at >= 0 && r.source && r.actor === r.source && n?.quoted && PERSON_PRONOUNS.has(c.actor.toLowerCase())) {
      // A speaker says "I" of themselves: a quoted "he" or "she" is somebody else.
      r.actor = c.actor;
    }
    if (n) notes.set(r, n);
    done.push(r);
  }
  return done;
}

function resolveActor(c: ClaimDraft, quoted: boolean, org: string | null, at: number, mentions: Mention[], done: ClaimDraft[]): string {
  const lower = c.actor.toLowerCase();
  if (quoted && FIRST_SINGULAR.has(lower) && c.source) return c.source;
  if (quoted && FIRST_PLURAL.has(lower)) return earlierOrg(c, org, mentions) ?? c.actor;
  // "X said he …": the pronoun is the speaker when the speaker is named.
  if (c.kind === 'reported' && c.source && !isPronoun(c.source)) {
    if (PERSON_PRONOUNS.has(lower) && isPersonName(c.source, mentions)) return c.source;
    if (PLURAL_PRONOUNS.has(lower) && isPlural(c.source)) return c.source;
    // "The FAA said it would …": "it" is a speaking body.
    if (lower === 'it' && at >= 0 && isBody(c.source, mentions)) return c.source;
  }
  return resolveName(c.actor, c.sentence, at, mentions, done, c);
}

function resolveName(text: string, sentence: number, at: number, mentions: Mention[], done: ClaimDraft[], self: ClaimDraft | null): string {
  const lower = text.toLowerCase();
  const before = mentions.filter((m) => m.sentence < sentence || m.sentence === sentence && m.at < at);
  if (PERSON_PRONOUNS.has(lower)) {
    const m = last(before.filter((x) => x.person));
    return m ? fullName(m.name, m.sentence, m.at, mentions) : text;
  }
  if (PLURAL_PRONOUNS.has(lower)) {
    const prev = [...done].reverse().find((d) => d !== self && d.sentence >= sentence - 2 && d.sentence <= sentence && isPlural(d.actor) && !isPronoun(d.actor));
    return prev ? prev.actor.replace(/^both\s+/i, '') : text;
  }
  const words = text.split(/\s+/);
  if (words.length === 2 && /^the$/i.test(words[0])) {
    const head = words[1].toLowerCase();
    if (PERSON_HEADS.has(head)) return last(before.filter((m) => m.person && m.heads.has(head)))?.name ?? text;
    if (THING_HEADS.has(head) || PLACE_HEADS.has(head)) {
      const hit = last(before.filter((m) => !m.person && m.heads.has(head)));
      return hit?.name ?? text;
    }
  }
  if (words.length === 1 && /^\p{Lu}/u.test(text)) return fullName(text, sentence, at, mentions);
  return text;
}

/** A bare surname as the fullest earlier name of a person ending in it ("Warren" → "Elizabeth Warren"). */
function fullName(text: string, sentence: number, at: number, mentions: Mention[]): string {
  if (/\s/.test(text)) return text;
  const full = last(mentions.filter((m) => (m.sentence < sentence || m.sentence === sentence && m.at < at) && m.name !== text && m.name.split(/\s+/).pop() === text && m.person));
  return full?.name ?? text;
}

/**
 * "… ," Tai said. She noted …": a pronoun speaker is the latest named speaker of the last two sentences when
 * no person is named after that speaker's sentence.
 */
function lastSpeaker(sentence: number, mentions: Mention[], done: ClaimDraft[]): string | null {
  for (let k = done.length - 1; k >= 0; k--) {
    const d = done[k];
    if (d.sentence >= sentence) continue;
    if (d.sentence < sentence - 2) return null;
    // A named speaker is taken for a person unless the text marks the name as a place.
    if (!d.source || isPronoun(d.source) || !/^\p{Lu}\S*(\s+\p{Lu}\S*){0,3}$/u.test(d.source) || mentions.some((m) => m.name === d.source && m.place)) continue;
    const later = mentions.some((m) => m.person && m.sentence > d.sentence && m.sentence < sentence && !d.source!.endsWith(m.name));
    return later ? null : d.source;
  }
  return null;
}

/** An organisation: "the company", or a name the text does not mark as a person or place. */
function isBody(name: string, mentions: Mention[]): boolean {
  const words = name.split(/\s+/);
  if (THING_HEADS.has(words[words.length - 1].toLowerCase())) return true;
  const bare = name.replace(/^the\s+/i, '');
  const m = mentions.find((x) => x.name === bare);
  return !!m && !m.person && !m.place;
}

/** "…, the FAA said. … it said …": "it" as a speaker is the latest speaker that is not a person. */
function lastBodySource(sentence: number, mentions: Mention[], done: ClaimDraft[]): string | null {
  for (let k = done.length - 1; k >= 0; k--) {
    const d = done[k];
    if (d.sentence < sentence - 2) break;
    if (d.source && !isPronoun(d.source) && !mentions.some((m) => m.name === d.source && m.person)) return d.source;
  }
  return null;
}

/** The speaker's organisation, when the article named it before the quotation. */
function earlierOrg(c: ClaimDraft, org: string | null, mentions: Mention[]): string | null {
  if (!org) return null;
  const bare = org.replace(/^the\s+/i, '');
  return mentions.some((m) => m.sentence < c.sentence && (m.name === bare || bare.endsWith(m.name))) ? org : null;
}

const last = <T>(xs: T[]): T | undefined => xs[xs.length - 1];
const isPronoun = (s: string): boolean => /^(he|she|they|it|we|i|you|him|her|them|us|me)$/i.test(s.trim());
const isPlural = (s: string): boolean => /\s(and|&)\s/.test(s) || /^(both|many|several|some|most|all)\s/i.test(s) || /[^s]s$/.test(s) && !/^\p{Lu}/u.test(s.split(/\s+/).pop() ?? '');

function isPersonName(name: string, mentions: Mention[]): boolean {
  const m = mentions.find((x) => x.name === name);
  if (m) return m.person;
  return /^\p{Lu}\S*(\s+\p{Lu}\S*){0,3}$/u.test(name);
}

/** Names in one sentence: runs of capitalised proper nouns, with what the sentence calls them. */
function namesIn(p: Parsed, sentence: number): Mention[] {
  const out: Mention[] = [];
  const t = p.toks;
  for (let i = 0; i < t.length; i++) {
    if (!proper(p, i)) continue;
    let j = i;
    while (j + 1 < t.length && proper(p, j + 1) && !p.boundary[j] && !has(t[j], 'Possessive')) j++;
    let from = i;
    while (from < j && TITLES.has(t[from].lower)) from++;
    const named = afterLastTitle(p, range(from, j + 1));
    if (named.length < j + 1 - from) from = named[0];
    const titleWords = t.slice(Math.max(0, i - 3), from).map((x) => x.lower);
    const name = p.text.slice(t[from].start, t[j].end).replace(/['’]s$/, '');
    let person = t.slice(from, j + 1).some((x) => has(x, 'Person') || has(x, 'FirstName') || has(x, 'LastName') || has(x, 'Honorific'))
      || titleWords.some((w) => PERSON_HEADS.has(w) || TITLES.has(w));
    const place = t.slice(from, j + 1).some((x) => has(x, 'Place') || has(x, 'Country') || has(x, 'City'));
    const heads = new Set<string>([t[j].lower.replace(/['’]s$/, '')]);
    for (const w of titleWords) if (TITLES.has(w) || PERSON_HEADS.has(w)) heads.add(w);
    if (place) for (const h of PLACE_HEADS) heads.add(h);
    if (has(t[j], 'Organization')) for (const h of ['company', 'firm', 'group', 'organisation', 'organization']) heads.add(h);
    // "Sberbank, originally a state savings bank, …": the apposition's head noun.
    if (p.boundary[j]) {
      let e = j + 1;
      while (e < t.length - 1 && e < j + 9 && !p.boundary[e]) e++;
      if (p.boundary[e] && t.slice(j + 1, e).some((x) => /^(a|an|the)$/.test(x.lower))) heads.add(t[e].lower);
      for (let k = j + 1; k < t.length && k < j + 10; k++) {
        if (has(t[k], 'Noun') && !has(t[k], 'ProperNoun')) heads.add(t[k].lower);
        if (p.boundary[k] || has(t[k], 'Preposition') || has(t[k], 'Verb') && !has(t[k], 'Noun')) break;
      }
    }
    // "Valdis Dombrovskis, the EU's trade commissioner": an apposition that names a person's role.
    if (!person && !place) person = [...heads].some((h) => h !== t[j].lower.replace(/['’]s$/, '') && (TITLES.has(h) || PERSON_HEADS.has(h)));
    out.push({ name, sentence, at: t[from].start, person, place, heads });
    i = j;
  }
  return out;
}

function proper(p: Parsed, i: number): boolean {
  const x = p.toks[i];
  if (!/^\p{Lu}/u.test(x.text) || has(x, 'Date')) return false;
  if (i === 0) return has(x, 'ProperNoun') || has(x, 'Person') || /\p{Lu}/u.test(x.text.slice(1)) || p.boundary[0] && has(x, 'Noun');
  return has(x, 'ProperNoun') || has(x, 'Person') || has(x, 'Organization') || has(x, 'Place') || has(x, 'Acronym') || i > 0 && has(x, 'Noun');
}
