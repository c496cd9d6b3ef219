// Names a document mentions, and indexes over them so that each question reference resolution asks
// ("the last person named before here", "a fuller name ending in this word") costs a lookup or a binary
// search, not a scan of the document: resolution stays linear in the length of the document.
import type { Parsed } from './clauses.js';
import {
  BUSINESS_HEADS, CHANNEL_CUES, COUNSEL_NOUNS, GENDERED_TITLES, GROUP_NOUNS, KIN_NOUNS, MEDIA_NAME_HEADS, NAME_PARTICLES, ORGANIZATION_HEADS,
  PERSON_HEADS, PLACE_KIND_HEADS, PUBLIC_BODY_HEADS, SPEAKING_TO_CUES, THING_HEADS, TITLES,
} from './lexicon.js';
import { afterLastTitle } from './names.js';
import { has, type Tok } from './tokens.js';
import { alternation } from '../patterns.js';

/** What stands before the name of a channel of speech: "In an interview with (the) BBC". */
const CHANNEL_BEFORE = new RegExp(String.raw`\b(?:${alternation(CHANNEL_CUES)})\s+(?:the\s+)?$`, 'i');
/** What stands before a one-word outlet's name: "she told Reuters", "Speaking to CNN". */
const SPOKEN_TO_BEFORE = new RegExp(String.raw`\b(?:${alternation(SPEAKING_TO_CUES)})\s+(?:the\s+)?$`, 'i');

export interface Mention {
  name: string;
  sentence: number;
  at: number;
  person: boolean;
  place: boolean;
  /** Nouns the text uses for it: its own last word, the head of an apposition ("a state savings bank"). */
  heads: Set<string>;
  /** Whose lawyer the person is ("Raymond Roth's attorney, Brian Davis" → "Raymond Roth"): "his client". */
  clientOf?: string;
  /** 'm' or 'f' when a first name or an honorific says so ("Anna Berg", "Mr. Lee"), else absent. */
  gender?: 'm' | 'f';
}

/** What "they" can take up: a coordination of names ("Smith and Jones"), a plural group ("the two companies"). */
export interface Group {
  name: string;
  sentence: number;
  at: number;
}

/** How many persons a look-back for another person passes over before it gives up. */
const MAX_LOOK_BACK = 12;

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** The position of the last element of an ascending list that is below `limit`, or -1. */
function positionBelow(list: readonly number[], limit: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The last element of an ascending list that is below `limit`, or -1. */
function lastBelow(list: readonly number[] | undefined, limit: number): number {
  const k = list ? positionBelow(list, limit) : -1;
  return k >= 0 ? list![k] : -1;
}

export class Mentions {
  /** In document order: by sentence, then by offset. */
  private readonly all: Mention[];
  /** Index in `all` of each sentence's first mention; one more entry for the end. */
  private readonly sentenceStart: number[];
  private readonly first = new Map<string, Mention>();
  private readonly firstSentence = new Map<string, number>();
  private readonly personNames = new Set<string>();
  private readonly placeNames = new Set<string>();
  private readonly persons: number[] = [];
  private readonly personsByHead = new Map<string, number[]>();
  private readonly othersByHead = new Map<string, number[]>();
  /** Person names of several words, by their last word. */
  private readonly fullByLastWord = new Map<string, number[]>();
  /** Plural antecedents in document order, and the index of each sentence's first one. */
  private readonly groups: Group[] = [];
  private readonly groupStart: number[] = [];

  constructor(parses: readonly Parsed[]) {
    this.all = [];
    this.sentenceStart = [];
    parses.forEach((p, i) => {
      this.sentenceStart.push(this.all.length);
      this.groupStart.push(this.groups.length);
      const spans: [number, number][] = [];
      this.all.push(...namesIn(p, i, spans));
      this.groups.push(...groupsIn(p, i, spans));
    });
    this.sentenceStart.push(this.all.length);
    this.groupStart.push(this.groups.length);
    this.all.forEach((m, k) => {
      if (!this.first.has(m.name)) this.first.set(m.name, m);
      if (!this.firstSentence.has(m.name)) this.firstSentence.set(m.name, m.sentence);
      if (m.person) this.personNames.add(m.name);
      if (m.place) this.placeNames.add(m.name);
      if (m.person) this.persons.push(k);
      for (const h of m.heads) push(m.person ? this.personsByHead : this.othersByHead, h, k);
      const words = m.name.split(/\s+/);
      if (m.person && words.length > 1) push(this.fullByLastWord, words[words.length - 1], k);
      // A later bare surname ("Berg") is of the gender its full name gave ("Anna Berg").
      const last = words[words.length - 1];
      if (m.gender && !this.genderByLastWord.has(last)) this.genderByLastWord.set(last, m.gender);
      else if (!m.gender && m.person && this.genderByLastWord.has(last)) m.gender = this.genderByLastWord.get(last);
    });
  }

  private readonly genderByLastWord = new Map<string, 'm' | 'f'>();

  /** How many mentions come before offset `at` of sentence `sentence`. */
  private countBefore(sentence: number, at: number): number {
    if (sentence >= this.sentenceStart.length - 1) return this.all.length;
    let k = this.sentenceStart[sentence];
    const end = this.sentenceStart[sentence + 1];
    while (k < end && this.all[k].at < at) k++;
    return k;
  }

  private at(k: number): Mention | undefined {
    return k >= 0 ? this.all[k] : undefined;
  }

  /** The first mention with exactly this name. */
  named(name: string): Mention | undefined {
    return this.first.get(name);
  }

  isPersonName(name: string): boolean {
    return this.personNames.has(name);
  }

  isPlaceName(name: string): boolean {
    return this.placeNames.has(name);
  }

  /** The name is mentioned in a sentence before `sentence`. */
  namedBefore(name: string, sentence: number): boolean {
    const s = this.firstSentence.get(name);
    return s !== undefined && s < sentence;
  }

  /**
   * The last person named before the position; with a gender ("he", "she"), the last one not known to be of the other
   * ("John Smith met Anna Berg. He said …" → John Smith), looking back over at most `MAX_LOOK_BACK` persons.
   */
  lastPerson(sentence: number, at: number, gender?: 'm' | 'f'): Mention | undefined {
    const k = positionBelow(this.persons, this.countBefore(sentence, at));
    if (!gender) return k >= 0 ? this.all[this.persons[k]] : undefined;
    for (let j = k, n = 0; j >= 0 && n < MAX_LOOK_BACK; j--, n++) {
      const m = this.all[this.persons[j]];
      if (!m.gender || m.gender === gender) return m;
    }
    return undefined;
  }

  /**
   * The last person named before the position who is not `other` (nor part of that name): a quoted "he" is
   * somebody the speaker speaks of. Looks back over at most `MAX_LOOK_BACK` persons.
   */
  lastPersonBesides(other: string, sentence: number, at: number): Mention | undefined {
    for (let k = positionBelow(this.persons, this.countBefore(sentence, at)), n = 0; k >= 0 && n < MAX_LOOK_BACK; k--, n++) {
      const m = this.all[this.persons[k]];
      if (!other.includes(m.name) && !m.name.includes(other)) return m;
    }
    return undefined;
  }

  /**
   * The last two different names before the position that `fits`, from sentence `from` on, in text order: what
   * "the two leaders" or "both countries" count when no coordination named them ("Lee met Ortiz. The two leaders …").
   */
  lastTwo(sentence: number, at: number, from: number, fits: (m: Mention) => boolean): [Mention, Mention] | undefined {
    let newer: Mention | undefined;
    for (let k = this.countBefore(sentence, at) - 1; k >= 0 && this.all[k].sentence >= from; k--) {
      const m = this.all[k];
      if (!fits(m)) continue;
      if (!newer) newer = m;
      else if (!newer.name.includes(m.name) && !m.name.includes(newer.name)) return [m, newer];
    }
    return undefined;
  }

  /** The last mention before the position that the text calls `head` ("the bank"), a person or not. */
  lastWithHead(head: string, person: boolean, sentence: number, at: number): Mention | undefined {
    return this.at(lastBelow((person ? this.personsByHead : this.othersByHead).get(head), this.countBefore(sentence, at)));
  }

  /** The last person named before the position by several words ending in `word` ("Warren" → "Elizabeth Warren"). */
  lastFullName(word: string, sentence: number, at: number): Mention | undefined {
    return this.at(lastBelow(this.fullByLastWord.get(word), this.countBefore(sentence, at)));
  }

  /**
   * The last person before the position named by several words ending in `word` who is not `other`: the relative
   * that "her husband" means when she is `other` ("Ana Ortiz … her husband" → "Luis Ortiz").
   */
  lastKinOf(other: string, word: string, sentence: number, at: number): Mention | undefined {
    const list = this.fullByLastWord.get(word);
    if (!list) return undefined;
    for (let k = positionBelow(list, this.countBefore(sentence, at)), n = 0; k >= 0 && n < MAX_LOOK_BACK; k--, n++) {
      const m = this.all[list[k]];
      if (m.name !== other) return m;
    }
    return undefined;
  }

  /**
   * The last plural antecedent that starts before offset `at` of sentence `sentence`, in that sentence or
   * one from sentence `from` on.
   */
  lastGroup(sentence: number, at: number, from: number): Group | undefined {
    const last = Math.min(sentence, this.groupStart.length - 2);
    if (last < 0) return undefined;
    let k = this.groupStart[last];
    const end = this.groupStart[last + 1];
    if (last === sentence) while (k < end && this.groups[k].at < at) k++;
    else k = end;
    const g = k > 0 ? this.groups[k - 1] : undefined;
    return g && g.sentence >= from ? g : undefined;
  }

  /** Mentions of the sentences strictly between two sentences. */
  *between(from: number, to: number): Iterable<Mention> {
    const a = this.sentenceStart[Math.max(0, from + 1)] ?? this.all.length;
    const b = this.sentenceStart[Math.min(to, this.sentenceStart.length - 1)] ?? this.all.length;
    for (let k = a; k < b; k++) yield this.all[k];
  }
}

const range = (a: number, b: number): number[] => Array.from({ length: b - a }, (_, k) => a + k);

/** The gender a first name ("Anna" → f) or an honorific or title before the name ("Mr.", "Queen") gives. */
function genderOf(name: readonly Tok[], titleWords: readonly string[]): 'm' | 'f' | undefined {
  const first = name[0];
  if (has(first, 'MaleName') && !has(first, 'FemaleName')) return 'm';
  if (has(first, 'FemaleName') && !has(first, 'MaleName')) return 'f';
  const title = titleWords[titleWords.length - 1]?.replace(/\.$/, '');
  return title && GENDERED_TITLES.m.has(title) ? 'm' : title && GENDERED_TITLES.f.has(title) ? 'f' : undefined;
}

/** Names in one sentence: runs of capitalised proper nouns, with what the sentence calls them. */
function namesIn(p: Parsed, sentence: number, spans: [number, number][] = []): Mention[] {
  const out: Mention[] = [];
  const t = p.toks;
  for (let i = 0; i < t.length; i++) {
    if (!proper(p, i)) continue;
    let j = i;
    // "Lula da Silva", "van Beethoven": a lowercase particle between two capitalised words goes on the name.
    const particle = (k: number): boolean => NAME_PARTICLES.has(t[k].text) && !p.boundary[k] && k + 1 < t.length && proper(p, k + 1);
    // "Lee Jae-myung": the lowercase part of a hyphenated name goes with it.
    const hyphenTail = (k: number): boolean => p.text.slice(t[k - 1].end, t[k].start) === '-' && /^\p{Ll}/u.test(t[k].text);
    while (j + 1 < t.length && (proper(p, j + 1) || particle(j + 1) || hyphenTail(j + 1)) && !p.boundary[j] && !has(t[j], 'Possessive')) j++;
    let from = i;
    while (from < j && TITLES.has(t[from].lower)) from++;
    const named = afterLastTitle(p, range(from, j + 1));
    if (named.length < j + 1 - from) from = named[0];
    // Up to three words before the run may give a title ("Her attorney, Lenard Leeds"), but not across a
    // preposition: "the head of BP", "an Inspector of Schools" name a body through a person's title.
    let lo = i;
    // Nor across a verb: "The president claimed that China …" gives China no title.
    while (lo > 0 && i - lo < 3 && !has(t[lo - 1], 'Preposition') && !(has(t[lo - 1], 'Verb') && !has(t[lo - 1], 'Noun')) && t[lo - 1].lower !== 'that') lo--;
    const titleWords = t.slice(lo, from).map((x) => x.lower);
    const name = p.text.slice(t[from].start, t[j].end).replace(/['’]s$/, '');
    let person = t.slice(from, j + 1).some((x) => has(x, 'Person') || has(x, 'FirstName') || has(x, 'LastName') || has(x, 'Honorific'))
      || titleWords.some((w) => PERSON_HEADS.has(w) || TITLES.has(w));
    const place = t.slice(from, j + 1).some((x) => has(x, 'Place') || has(x, 'Country') || has(x, 'City'));
    const heads = new Set<string>([t[j].lower.replace(/['’]s$/, '')]);
    // "his son, Jonathan Roth": a kin noun before a name is what "the son" takes up.
    for (const w of titleWords) if (TITLES.has(w) || PERSON_HEADS.has(w) || KIN_NOUNS.has(w)) heads.add(w);
    // "District Attorney Kathleen Rice": "the district attorney" names her, not an attorney named since.
    titleWords.forEach((w, k) => { if (k > 0 && (TITLES.has(w) || PERSON_HEADS.has(w))) heads.add(`${titleWords[k - 1]} ${w}`); });
    // "Oil giant BP", "the carmaker Volta": a noun for a body right before its name.
    const before = t[from - 1];
    if (before && !p.boundary[from - 1] && THING_HEADS.has(before.lower)) heads.add(before.lower);
    for (const [kind, words] of Object.entries(PLACE_KIND_HEADS)) if (has(t[j], kind)) for (const h of words) heads.add(h);
    // "The Labor Department", and an outlet a speaker talks to ("In an interview with the BBC, Ortiz said … The company
    // will cut 900 jobs"): no business that "the company" or "the firm" takes up.
    const lead = p.text.slice(0, t[from].start);
    const channel = CHANNEL_BEFORE.test(lead) || from === j && SPOKEN_TO_BEFORE.test(lead);
    const publicBody = PUBLIC_BODY_HEADS.has(t[j].lower) || MEDIA_NAME_HEADS.has(t[j].lower) || channel;
    if (has(t[j], 'Organization')) for (const h of ORGANIZATION_HEADS) if (!(publicBody && BUSINESS_HEADS.has(h))) heads.add(h);
    // "Sberbank, originally a state savings bank, …": the apposition's head noun.
    // Not "listed it as a World Heritage Site, and the city restored …": a coordinator after the comma opens no apposition.
    if (p.boundary[j] && !/^(and|or|but|while|as)$/.test(t[j + 1]?.lower ?? '')) {
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
    // "Raymond Roth's attorney, Brian Davis": the name owning the lawyer's title, named right before it.
    const counsel = t.slice(lo, from).findIndex((x) => COUNSEL_NOUNS.has(x.lower)) + lo;
    const ownerTok = counsel > lo && has(t[counsel - 1], 'Possessive') ? t[counsel - 1] : undefined;
    const owner = ownerTok ? out.find((m) => m.at <= ownerTok.start && ownerTok.end <= m.at + m.name.length + 2) : undefined;
    const gender = genderOf(t.slice(from, j + 1), titleWords);
    out.push({ name, sentence, at: t[from].start, person, place, heads, ...(owner ? { clientOf: owner.name } : {}), ...(gender ? { gender } : {}) });
    spans.push([i, j]);
    i = j;
  }
  return out;
}

/** Words that can stand before a group's head inside its noun phrase ("the two", "local health"). */
const groupModifier = (x: Tok): boolean =>
  !has(x, 'Pronoun') && !has(x, 'Date') && !has(x, 'Preposition') && !has(x, 'Conjunction') && !(has(x, 'Verb') && !has(x, 'Adjective') && !has(x, 'Noun'))
  && (has(x, 'Determiner') || has(x, 'Adjective') || has(x, 'Value') || has(x, 'Noun') || has(x, 'Possessive'));

/**
 * Plural antecedents in one sentence: names coordinated with "and" ("Smith, Lee and Jones"), and noun
 * phrases headed by a plural noun for people or organisations ("the protesters", "Democrats"), as written.
 */
function groupsIn(p: Parsed, sentence: number, spans: readonly [number, number][]): Group[] {
  const out: Group[] = [];
  const t = p.toks;
  const add = (a: number, b: number): void => {
    const name = p.text.slice(t[a].start, t[b].end).replace(/['’]s$/, '');
    out.push({ name, sentence, at: t[a].start });
  };
  for (let k = 0; k < spans.length; k++) {
    let e = k;
    let joined = false;
    while (e + 1 < spans.length) {
      const j = spans[e][1];
      const next = spans[e + 1][0];
      const and = next === j + 2 && /^(and|&)$/.test(t[j + 1].lower) && !has(t[j], 'Possessive');
      if (!and && !(next === j + 1 && p.boundary[j])) break;
      joined ||= and;
      e++;
      if (and) break;
    }
    if (joined) {
      add(spans[k][0], spans[e][1]);
      k = e;
    }
  }
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    const word = x.lower.replace(/['’]s?$/, '');
    const plural = GROUP_NOUNS.has(word) || has(x, 'Plural') && (has(x, 'Actor') || has(x, 'Demonym'));
    if (!plural || has(x, 'Person') || has(x, 'Place')) continue;
    // "workers union", "police station": the plural is a modifier, not the head.
    const y = t[i + 1];
    if (y && !p.boundary[i] && !has(x, 'Possessive')
      && has(y, 'Noun') && !has(y, 'Plural') && !has(y, 'Pronoun') && !has(y, 'Verb') && !has(y, 'ProperNoun')) continue;
    let a = i;
    // "the potential the women hold": a determiner opens the group's phrase; nothing before it belongs to it.
    while (a > 0 && i - a < 4 && !p.boundary[a - 1] && groupModifier(t[a - 1]) && !/^(and|or|&)$/.test(t[a - 1].lower) && !has(t[a], 'Determiner')) a--;
    while (a < i && /^both$/.test(t[a].lower)) a++;
    add(a, i);
  }
  return out.sort((g, h) => g.at - h.at);
}

function proper(p: Parsed, i: number): boolean {
  const x = p.toks[i];
  if (!/^\p{Lu}/u.test(x.text) || has(x, 'Date')) return false;
  if (i === 0) return has(x, 'ProperNoun') || has(x, 'Person') || /\p{Lu}/u.test(x.text.slice(1)) || p.boundary[0] && has(x, 'Noun');
  return has(x, 'ProperNoun') || has(x, 'Person') || has(x, 'Organization') || has(x, 'Place') || has(x, 'Acronym') || i > 0 && has(x, 'Noun');
}
