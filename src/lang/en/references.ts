// Pronouns, definite descriptions ("the bank") and bare surnames replaced by the fullest earlier name.
import type { ClaimDraft, Sentence } from '../../types.js';
import type { DocumentContext } from '../types.js';
import { notesOf, parseDocument, type DocumentParse } from './analysis.js';
import {
  DOCUMENT_NOUNS, STATEMENT_NOUNS,
  EXPLETIVE_IT, FINDING_VERBS, FIRST_PLURAL, FIRST_SINGULAR, GENDERED_PRONOUNS, KIN_NOUNS, LISTENER_VERBS, PERSON_HEADS, PERSON_PRONOUNS, PLACE_HEADS,
  PLACE_KIND_HEADS, PLURAL_PRONOUNS, SPEECH_VERBS, THING_HEADS, TITLES, PRONOUNS, HEAD_PREPOSITIONS, PLURAL_QUANTIFIERS, HONORIFICS,
  NON_KIND_MODIFIERS, NATIONAL_QUALIFIER,
} from './lexicon.js';
import { alternation } from '../patterns.js';

/** "Obama said he discussed the issue with Netanyahu": the one met with, after "with" and an honorific. */
const WITH_PARTNER = new RegExp(String.raw`\bwith\s+(?:(?:${alternation([...HONORIFICS].map((w) => w[0].toUpperCase() + w.slice(1)))})\.?\s+)?$`);
import { Mentions } from './mentions.js';

export function resolveReferences(
  claims: readonly ClaimDraft[], sentences: readonly Sentence[], _doc: DocumentContext, parse: DocumentParse = parseDocument(sentences),
): ClaimDraft[] {
  const mentions = new Mentions(parse.sentences);
  const done: ClaimDraft[] = [];
  for (const c of claims) {
    const n = notesOf(c);
    const at = n?.actorAt ?? 0;
    const r: ClaimDraft = { ...c }; // its notes come along
    // "The Commission fined Google. It said …": with no earlier body speaking, "it" speaks for the last sentence's subject.
    if (r.source && /^it$/i.test(r.source)) r.source = lastBodySource(c.sentence, mentions, done) ?? topic(c.sentence, mentions, done, false) ?? r.source;
    const text = parse.sentences[c.sentence]?.text ?? '';
    // "According to a report by the budget office, … The report also found …": the document speaks for its author.
    if (r.source && THE_DOCUMENT.test(r.source)) r.source = documentAuthor(c.sentence, parse, done) ?? r.source;
    if (r.source) {
      r.source = (PERSON_PRONOUNS.has(r.source.toLowerCase()) && lastSpeaker(c.sentence, mentions, done, genderOf(r.source.toLowerCase())))
        || resolveName(r.source, c.sentence, pluralAt(r.source, text), mentions, done, null);
    }
    // "Memorial director Arseny Roginsky said … "We won't refuse donations," he said.": a speaker named again (or as "he")
    // keeps the organisation an earlier cue gave, which a quoted "we" means.
    const quoted = n?.quoted ?? c.kind === 'quote';
    const earlier = quoted && !n?.speakerOrg && r.source && FIRST_PLURAL.has(c.actor.toLowerCase()) ? earlierSpeakerOrg(r.source, done) : null;
    r.actor = earlier ?? resolveActor(r, { quoted, org: n?.speakerOrg ?? null, at, text }, mentions, done);
    if (r.actor !== c.actor && at >= 0 && r.source && r.actor === r.source && n?.quoted && PERSON_PRONOUNS.has(c.actor.toLowerCase())) {
      // A speaker says "I" of themselves: a quoted "he" or "she" is somebody else, the person named last
      // before the speaker ("… whether Roth had a deal," Davis said. "He's admitted it now.").
      const m = mentions.lastPersonBesides(r.source, c.sentence, at);
      r.actor = m ? fullName(m.name, m.sentence, m.at, mentions) : c.actor;
      if (r.actor === r.source) r.actor = c.actor;
    }
    done.push(r);
  }
  return done;
}

/** What a claim's notes and its sentence tell about the actor, beyond the draft itself. */
interface ActorSetting {
  /** The claim comes from inside a quotation ("I", "we" mean the speaker). */
  quoted: boolean;
  /** Organisation of the speaker, when the cue names it. */
  org: string | null;
  /** Offset of the actor in the sentence text, or -1. */
  at: number;
  /** The text of the claim's sentence. */
  text: string;
}

function resolveActor(c: ClaimDraft, setting: ActorSetting, mentions: Mentions, done: ClaimDraft[]): string {
  const { quoted, org, at, text } = setting;
  const lower = c.actor.toLowerCase();
  if (quoted && FIRST_SINGULAR.has(lower) && c.source) return c.source;
  if (quoted && FIRST_PLURAL.has(lower)) return earlierOrg(c, org, mentions) ?? c.actor;
  // "Police told them they would be charged" (or warned, assured …): "they" is who was told, named before the speaker.
  // "Obama said he discussed the issue with Netanyahu and that they agreed …": the speaker and the one met with.
  if (THEY.test(c.actor) && !quoted && c.kind === 'reported' && c.source && at > 0 && isPersonName(c.source, mentions)) {
    const m = mentions.lastPerson(c.sentence, at);
    if (m && m.sentence === c.sentence && WITH_PARTNER.test(text.slice(0, m.at))) {
      const partner = fullName(m.name, m.sentence, m.at, mentions);
      if (!c.source.includes(partner) && !partner.includes(c.source)) return `${c.source} and ${partner}`;
    }
  }
  // "Federal grants will help towns, but they are rarely counted": a later clause's "they" is the earlier clause's plural subject.
  if (THEY.test(c.actor) && !quoted && at > 0) {
    for (let k = done.length - 1; k >= 0 && done[k].sentence === c.sentence; k--) {
      const d = done[k];
      const dAt = notesOf(d)?.actorAt ?? -1;
      if (!notesOf(d)?.quoted && dAt >= 0 && dAt < at && isPlural(d.actor) && !isPronoun(d.actor)) return d.actor;
    }
  }
  if (THEY.test(c.actor) && !quoted && c.kind === 'reported') {
    const told = [...text.matchAll(/\b([\p{L}]+)\s+them\b/giu)].find((m) => LISTENER_VERBS.has(m[1].toLowerCase()));
    if (told && (at < 0 || told.index < at)) {
      const speaker = c.source ? text.lastIndexOf(c.source, told.index) : -1;
      return mentions.lastGroup(c.sentence, speaker >= 0 ? speaker : told.index, c.sentence - 2)?.name ?? c.actor;
    }
  }
  // "X said he …": the pronoun is the speaker when the speaker is named.
  if (c.kind === 'reported' && c.source && !isPronoun(c.source)) {
    if (PERSON_PRONOUNS.has(lower) && (isPersonName(c.source, mentions) || personDescription(c.source))) {
      // "Her lawyer, Paul Okafor, said she was unaware": the speaker is someone's; "she" is that someone.
      const cue = c.cue ? text.slice(c.cue[0], c.cue[1]) : '';
      const before = c.cue ? text.slice(0, c.cue[0]) : '';
      const owner = (/^(his|her)\s/i.exec(cue) ?? /(?:^|\s)(his|her)\s+\p{L}+(?:\s+\p{L}+)?,\s*$/iu.exec(before))?.[1].toLowerCase();
      if (owner && owner === (/^(she|her)$/.test(lower) ? 'her' : /^(he|him)$/.test(lower) ? 'his' : '')) {
        const m = mentions.lastPersonBesides(c.source, c.sentence, c.cue![0]);
        return m ? fullName(m.name, m.sentence, m.at, mentions) : c.actor;
      }
      return c.source;
    }
    if (PLURAL_PRONOUNS.has(lower) && isPlural(c.source)) return c.source;
    // "The FAA said it would …": "it" is a speaking body (not one named by "according to").
    // "The coast guard has said that it will investigate": a described speaker that names no person is a body too.
    const body = isBody(c.source, mentions) || /^the\s/i.test(c.source) && !personDescription(c.source) && !mentions.named(c.source.replace(/^the\s+/i, ''))?.person;
    if (lower === 'it' && at >= 0 && !EXPLETIVE_IT.test(c.action) && !accordingCue(c, text) && body && !isPlural(c.source)) return c.source;
  }
  // "The season started early. It ended up being very hard on the elderly": "it" is the topic before it.
  if (lower === 'it' && !quoted && !EXPLETIVE_IT.test(c.action)) return topic(c.sentence, mentions, done) ?? c.actor;
  // "Roth's attorney, Brian Davis, … Davis added that his client …": the client is the one the lawyer was named for.
  if (/^(his|her) client$/i.test(c.actor) && c.source) {
    const client = mentions.named(c.source)?.clientOf;
    if (client) return fullName(client, c.sentence, at, mentions);
  }
  // "Ana Ortiz said her husband kept the books": a relative of the speaker (or of the last person) sharing her surname.
  const kin = /^(his|her) (\p{L}+)$/iu.exec(c.actor);
  if (kin && KIN_NOUNS.has(kin[2].toLowerCase())) {
    const speaker = c.kind === 'reported' && c.source && isPersonName(c.source, mentions) ? c.source : null;
    const owner = speaker ?? mentions.lastPerson(c.sentence, at)?.name;
    const surname = owner && /\s/.test(owner) ? owner.split(/\s+/).pop()! : null;
    const m = surname ? mentions.lastKinOf(owner!, surname, c.sentence, at) : undefined;
    if (m) return m.name;
  }
  // "90 percent of them", "most of them": the part stays, the group it is taken from is named.
  const part = /^(.+\bof)\s+(them)$/i.exec(c.actor);
  if (part) {
    const whole = resolveName(part[2], c.sentence, at, mentions, done, c);
    if (whole !== part[2]) return `${part[1]} ${whole.replace(/^(?:all|both)\s+/i, '').replace(/^The\s/, 'the ')}`;
  }
  // "Its bell tower collapsed", "the majority of its employees": the owner is the body or thing "it" would take up;
  // not inside another phrase ("relations with its partners" keeps it).
  const its = /^((?:[\p{L}\d,.\s]+\sof\s)?)its\s+(.+)$/iu.exec(c.actor);
  if (its && !quoted && !/\b(?:with|for|in|on|at|to|from|by|about)\b/i.test(its[1])) {
    // "Israel said … Later, its amended statement omitted …": a statement is the last body that spoke.
    const statement = STATEMENT_NOUNS.has(its[2].split(/\s+/).pop()!.toLowerCase()) ? lastBodySource(c.sentence, mentions, done) : null;
    // "Pacific Gas said yesterday that its net income rose 12%": a reported "its" is the speaker's whenever the
    // speaker is not known as a person, even when nothing else in the text says the speaker is a body.
    const speaker = c.kind === 'reported' && c.source && !isPronoun(c.source)
      && (isBody(c.source, mentions) || !mentions.isPersonName(c.source) && !mentions.named(c.source)?.person) ? c.source : null;
    const owner = statement ?? speaker ?? topic(c.sentence, mentions, done);
    if (owner && !isPronoun(owner) && !/\bits\b/i.test(owner)) {
      const name = its[1] ? owner.replace(/^The\s/, 'the ') : owner;
      return `${its[1]}${name}'s ${its[2]}`;
    }
  }
  return resolveName(c.actor, c.sentence, at, mentions, done, c);
}

const accordingCue = (c: ClaimDraft, text: string): boolean => !!c.cue && /^according\b/i.test(text.slice(c.cue[0], c.cue[1]));


/**
 * What a subject "it" takes up: the actor of an earlier clause of the same sentence ("The flu season is
 * winding down, and it has killed …"), else the subject of the previous sentence's first claim ("The apology
 * eased tensions. It happened in a phone call …"). Never a person, a pronoun or a quotation's claim.
 */
function topic(sentence: number, mentions: Mentions, done: readonly ClaimDraft[], sameSentence = true): string | null {
  let first: string | null = null;
  for (let k = done.length - 1; k >= 0; k--) {
    const d = done[k];
    if (d.sentence < sentence - 1) break;
    if (!sameSentence && d.sentence === sentence) continue;
    if (notesOf(d)?.quoted || isPronoun(d.actor) || mentions.named(d.actor)?.person || PERSON_PRONOUNS.has(d.actor.toLowerCase())) continue;
    // "This has not stopped investors. It was …", "There is no parade. It is …": a demonstrative or a denied
    // thing is nothing for "it" to take up.
    if (/^(this|that|these|those)$/i.test(d.actor) || /^no\s/i.test(d.actor) || /^there\s/i.test(d.action)) continue;
    if (d.sentence === sentence) return d.actor;
    first = d.actor;
  }
  return first;
}

function resolveName(text: string, sentence: number, at: number, mentions: Mentions, done: ClaimDraft[], self: ClaimDraft | null): string {
  const lower = text.toLowerCase();
  if (PERSON_PRONOUNS.has(lower)) {
    const m = mentions.lastPerson(sentence, at, genderOf(lower));
    return m ? fullName(m.name, m.sentence, m.at, mentions) : text;
  }
  if (THEY.test(text)) return mentions.lastGroup(sentence, at, sentence - 2)?.name ?? text;
  if (BOTH.test(text)) {
    const g = mentions.lastGroup(sentence, at, sentence - 2);
    if (g && /\s(?:and|&)\s/.test(g.name)) return g.name;
    // "Lee met Ortiz in Lima. The two leaders agreed …": the last two people (or countries) named, within two sentences.
    const noun = singular(text.split(/\s+/).pop()!.toLowerCase());
    // "Lee met Ortiz in Lima. Both said …": "both" or "the two" alone counts people.
    const person = PERSON_HEADS.has(noun) || /^(pair|duo|both|two)$/.test(noun);
    const country = PLACE_KIND_HEADS.Country.has(noun);
    const two = person || country ? mentions.lastTwo(sentence, at, sentence - 2, (m) => person ? m.person : m.heads.has(noun)) : undefined;
    return two ? two.map((m) => fullName(m.name, m.sentence, m.at, mentions)).join(' and ') : text;
  }
  if (PLURAL_PRONOUNS.has(lower)) {
    const prev = lastPluralActor(sentence, done, self);
    return prev ? prev.actor.replace(/^both\s+/i, '') : text;
  }
  // "The son's case is pending": the description's owner is resolved, the thing owned kept. A source stays as written
  // ("the district attorney's office said"): the office speaks, not its head.
  // A place's body speaks for the place it names: "The country's military said …" after Russia is Russia's military.
  const possessed = /^(the(?:\s+\p{Ll}+){1,2})['’]s\s+(.+)$/iu.exec(text);
  const placeHead = possessed ? possessed[1].split(/\s+/).pop()!.toLowerCase() : '';
  // Only when the article has named one such place so far: after the Philippines, then Japan and South Korea, "the
  // country's weather agency" is no safer bet for the last one named than for the first.
  const placeOwner = PLACE_HEADS.has(placeHead) && !mentions.lastTwo(sentence, at, 0, (m) => m.heads.has(placeHead));
  const owned = self || placeOwner ? possessed : null;
  if (owned) {
    const owner = resolveName(owned[1], sentence, at, mentions, done, self);
    return owner === owned[1] ? text : `${owner}'s ${owned[2]}`;
  }
  const words = text.split(/\s+/);
  // "the bank", and with one lowercase modifier "the oil giant", "the district attorney".
  if ((words.length === 2 || words.length === 3 && /^\p{Ll}+$/u.test(words[1])) && /^the$/i.test(words[0])) {
    const head = words[words.length - 1].toLowerCase();
    const modified = words.length === 3 ? mentions.lastWithHead(`${words[1]} ${head}`, true, sentence, at) : undefined;
    if (modified) return modified.name;
    if (PERSON_HEADS.has(head) || KIN_NOUNS.has(head)) return mentions.lastWithHead(head, true, sentence, at)?.name ?? text;
    if (THING_HEADS.has(head) || PLACE_HEADS.has(head)) {
      const m = mentions.lastWithHead(head, false, sentence, at);
      // "The loan came from the World Bank. The central bank raised rates": a name whose own head is qualified by a noun
      // is another bank than a description with another modifier ("the federal government" still takes up "Australian Government").
      if (m && words.length === 3 && !compatible(m.name, words[1].toLowerCase(), head)) return text;
      return m?.name ?? text;
    }
  }
  if (words.length === 1 && /^\p{Lu}/u.test(text)) return fullName(text, sentence, at, mentions);
  return text;
}

/** Whether a name ending in the description's head ("World Bank") can be what "the central bank" describes. */
function compatible(name: string, modifier: string, head: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  if (NON_KIND_MODIFIERS.has(modifier) || /(?:ed|ing|est)$/.test(modifier) || words.includes(modifier)) return true;
  if (words.length < 2 || words[words.length - 1] !== head) return true;
  return NATIONAL_QUALIFIER.test(words[words.length - 2]);
}

/** The singular of a plural noun of people or places: "leaders" → "leader", "women" → "woman", "countries" → "country". */
const singular = (w: string): string => w.replace(/ies$/, 'y').replace(/men$/, 'man').replace(/([^s])s$/, '$1');

/** The gender a pronoun asks for ("she" → f), if any. */
const genderOf = (pronoun: string): 'm' | 'f' | undefined =>
  GENDERED_PRONOUNS.m.has(pronoun) ? 'm' : GENDERED_PRONOUNS.f.has(pronoun) ? 'f' : undefined;

/** "they" and "them" as an actor or a speaker: taken up from the group named last before them. */
const THEY = /^(they|them)$/i;

/**
 * "X and Y held talks. Both countries agreed …", "the two sides", "the pair", "Both said …": the names coordinated last, within
 * two sentences; a plural group ("the protesters") is not what "both" counts.
 */
const BOTH = /^(?:both|the two)(?:\s+\p{Ll}+)?$|^the (?:pair|duo)$/iu;

/**
 * Where a "they" speaker stands in its sentence: before a verb of saying ("…, they said"), else its first
 * occurrence; 0 when it is not found.
 */
function pluralAt(source: string, text: string): number {
  if (!THEY.test(source)) return 0;
  let first = -1;
  for (const m of text.matchAll(/\b(?:they|them)\s+([\p{L}']+)/giu)) {
    if (SPEECH_VERBS.has(m[1].toLowerCase()) || FINDING_VERBS.has(m[1].toLowerCase())) return m.index;
    if (first < 0) first = m.index;
  }
  return Math.max(0, first >= 0 ? first : text.search(/\b(?:they|them)\b/i));
}

/** A bare surname as the fullest earlier name of a person ending in it ("Warren" → "Elizabeth Warren"). */
function fullName(text: string, sentence: number, at: number, mentions: Mentions): string {
  if (/\s/.test(text)) return text;
  return mentions.lastFullName(text, sentence, at)?.name ?? text;
}

/**
 * "… ," Tai said. She noted …": a pronoun speaker is the latest named speaker of the last two sentences when
 * no person is named after that speaker's sentence.
 */
function lastSpeaker(sentence: number, mentions: Mentions, done: ClaimDraft[], gender?: 'm' | 'f'): string | null {
  for (let k = done.length - 1; k >= 0; k--) {
    const d = done[k];
    if (d.sentence >= sentence) continue;
    if (d.sentence < sentence - 2) return null;
    // `"…," Tom Reyes said. … "…," she said.`: a speaker of the other gender is not who "she" is.
    const known = d.source ? mentions.named(d.source)?.gender : undefined;
    if (gender && known && known !== gender) return null;
    // "The governor told reporters … He added that …": a speaker described by a person's noun is who "he" is.
    if (d.source && personDescription(d.source)) return d.source;
    // A named speaker is taken for a person unless the text marks the name as a place.
    if (!d.source || isPronoun(d.source) || !/^\p{Lu}\S*(\s+\p{Lu}\S*){0,3}$/u.test(d.source) || mentions.isPlaceName(d.source)) continue;
    for (const m of mentions.between(d.sentence, sentence)) if (m.person && !d.source.endsWith(m.name)) return null;
    return d.source;
  }
  return null;
}

/**
 * The latest plural actor of this sentence or the two before it. Drafts come in sentence order, so the
 * search stops at the first draft of an earlier sentence.
 */
function lastPluralActor(sentence: number, done: readonly ClaimDraft[], self: ClaimDraft | null): ClaimDraft | undefined {
  for (let k = done.length - 1; k >= 0; k--) {
    const d = done[k];
    if (d.sentence < sentence - 2) break;
    if (d !== self && d.sentence <= sentence && isPlural(d.actor) && !isPronoun(d.actor)) return d;
  }
  return undefined;
}

/** An organisation: "the company", or a name the text does not mark as a person or place. */
function isBody(name: string, mentions: Mentions): boolean {
  const words = name.split(/\s+/);
  // "The Department of Agriculture announced it will …": the head before "of" names the body too.
  const head = headOf(name).split(/\s+/);
  if (THING_HEADS.has(words[words.length - 1].toLowerCase()) || THING_HEADS.has(head[head.length - 1].toLowerCase())) return true;
  const bare = name.replace(/^the\s+/i, '');
  const m = mentions.named(bare);
  return !!m && !m.person && !m.place;
}

/** A definite document as a speaker: "the report", "the new study", "the statement". */
const THE_DOCUMENT = new RegExp(String.raw`^the\s+(?:\p{Ll}+\s+)?(?:${alternation([...DOCUMENT_NOUNS, ...STATEMENT_NOUNS])})$`, 'iu');

/**
 * The author of the document a definite "the report" takes up: the source of the last claim, in this sentence or the
 * three before, whose cue names a document ("according to a report by X", "X released a note saying", "X's study found").
 */
function documentAuthor(sentence: number, parse: DocumentParse, done: readonly ClaimDraft[]): string | null {
  const names = new RegExp(String.raw`\b(?:${alternation([...DOCUMENT_NOUNS, ...STATEMENT_NOUNS])})\b`, 'i');
  for (let k = done.length - 1; k >= 0; k--) {
    const d = done[k];
    if (d.sentence < sentence - 3) break;
    // "X released a research note saying that …": the cue is "saying that"; the document stands just before it.
    const cue = d.cue ? parse.sentences[d.cueSentence ?? d.sentence]?.text.slice(Math.max(0, d.cue[0] - 30), d.cue[1]) ?? '' : '';
    if (d.source && !THE_DOCUMENT.test(d.source) && !isPronoun(d.source) && names.test(cue)) return d.source;
  }
  return null;
}

/** "…, the FAA said. … it said …": "it" as a speaker is the latest speaker that is not a person. */
function lastBodySource(sentence: number, mentions: Mentions, done: ClaimDraft[]): string | null {
  for (let k = done.length - 1; k >= 0; k--) {
    const d = done[k];
    if (d.sentence < sentence - 2) break;
    // A name the text first gives a body stays one ("BP", later "the head of BP").
    if (d.source && !isPronoun(d.source) && !(mentions.named(d.source)?.person ?? mentions.isPersonName(d.source))) return d.source;
  }
  return null;
}

/** The organisation an earlier cue of the same speaker gave ("Memorial director Arseny Roginsky said"), if any. */
function earlierSpeakerOrg(source: string, done: readonly ClaimDraft[]): string | null {
  for (let k = done.length - 1; k >= 0; k--) {
    const org = done[k].source === source ? notesOf(done[k])?.speakerOrg : null;
    if (org) return org;
  }
  return null;
}

/** The speaker's organisation, when the article named it before the quotation. */
function earlierOrg(c: ClaimDraft, org: string | null, mentions: Mentions): string | null {
  if (!org) return null;
  const bare = org.replace(/^the\s+/i, '');
  // Any earlier name that ends the organisation's name ("the Federal Reserve Bank" after "Reserve Bank").
  for (let k = 0; k < bare.length; k++) if (mentions.namedBefore(bare.slice(k), c.sentence)) return org;
  return null;
}

const isPronoun = (s: string): boolean => PRONOUNS.has(s.trim().toLowerCase());
/** "Federal subsidies under the health law": the head noun is the last word before a preposition. */
const HEAD_END = new RegExp(String.raw`\s+(?:${alternation([...HEAD_PREPOSITIONS])})\s+`, 'i');
const headOf = (s: string): string => s.split(HEAD_END)[0];
const isPlural = (s: string): boolean => {
  const head = headOf(s);
  return /\s(and|&)\s/.test(s) || PLURAL_QUANTIFIERS.has(s.split(/\s/)[0].toLowerCase()) && /\s/.test(s) || /[^s]s$/.test(head) && !/^\p{Lu}/u.test(head.split(/\s+/).pop() ?? '');
};

/** "The senator said he would run": a description of a person speaks of himself as "he". */
function personDescription(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.length <= 4 && /^(the|a|an)$/.test(words[0]) && (PERSON_HEADS.has(words[words.length - 1]) || TITLES.has(words[words.length - 1]));
}

function isPersonName(name: string, mentions: Mentions): boolean {
  const m = mentions.named(name);
  if (m) return m.person;
  return /^\p{Lu}\S*(\s+\p{Lu}\S*){0,3}$/u.test(name);
}
