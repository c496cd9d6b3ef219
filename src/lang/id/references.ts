// References in Indonesian claims: -nya, dia/ia/beliau, mereka, "bank ini", "kedua negara", short names
// ("Vedyakhin", "Jokowi", "Menkeu") → the fullest earlier name; definite descriptions of organisations ("bank sentral
// itu", "perseroan", "lembaga tersebut") → the latest earlier organisation of that kind. A reference with no antecedent
// stays as written.
import type { ClaimDraft, Sentence } from '../../types.js';
import type { DocumentContext } from '../types.js';
import {
  BARE_HEADS, CHANGE_VERBS, CLASS_NOUNS, CLAUSE_MARKERS, DEMONSTRATIVES, DEMONSTRATIVE_TIMES, DESCRIPTION_HEADS, KIND_NOUNS, NAME_KINDS, NAME_OPENERS,
  NOT_ANAPHORIC, NOT_PERSON_HEADS, NOUN_PHRASE_STOPS, NO_MATTER_OWNERS, NYA_NOT_OWNED, ORIGIN_LINKS, PERSONAL_TITLE, PERSON_HEADS, PERSON_PRONOUNS,
  PLACE_LINKS, PREDICATE_MARKERS, REL_TIMES, REPORT_CONTRASTS, SEQUENCE_ADVERBS,
  KIN_ROLES, ROLES, ROLE_ABBREVIATIONS, ROLE_DOMAINS, NAME_LIKE_DOMAINS, SAYING_PASSIVES, THING_KINDS, TIME_HEADS, TRAILING_ADVERBIALS, WE_WORDS,
} from './lexicon.js';
import { isVerbWord } from './morphology.js';
import { capitalizedRuns, isRole } from './names.js';
import { isCapitalized, tokenize } from './tokens.js';

/** A name seen in the document, at a position (sentence index, offset) in reading order. */
interface Mention {
  name: string;
  at: number;
  person: boolean;
}

const position = (sentence: number, offset: number) => sentence * 1_000_000 + offset;

/** A person's name as the claims give it: two or more plain capitalised words ("Rina Wati"). */
const PLAIN_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+$/u;
/** A word that makes a name an organisation's or an office's ("PT", "Bank", "SDN"). */
const organisationWord = (w: string): boolean => !!NAME_KINDS[w.toLowerCase()] || NAME_OPENERS.has(w.toLowerCase());
/** A name with a word of an organisation in it ("Kementerian Perindustrian", "Bank Sukamaju"): no person. */
const organisationName = (name: string): boolean => name.split(' ').some(organisationWord);
/** An actor opened by a pronoun or a "we" word ("ia", "kami", "mereka"): it owns nothing and is no antecedent. */
const pronounLed = (first: string): boolean => PERSON_PRONOUNS.has(first) || WE_WORDS.has(first) || first === 'mereka';

export function resolveReferences(claims: readonly ClaimDraft[], sentences: readonly Sentence[], doc: DocumentContext): ClaimDraft[] {
  const index = buildIndex(claims, sentences, doc.title);
  const done: ClaimDraft[] = [];
  return claims.map((c) => {
    const at = position(c.sentence, c.clause?.[0] ?? 0);
    const cueAt = position(c.sentence, c.cue?.[0] ?? c.clause?.[0] ?? 0);
    const voice = c.source?.toLowerCase() === 'mereka' ? latest(index.voices, cueAt, () => true, 1)?.name : undefined;
    const pair = c.source?.toLowerCase() === 'keduanya' || c.actor.toLowerCase() === 'keduanya' ? twoBefore(c, done) ?? lastTwoSpeakers(done) : null;
    const pronoun = !!c.source && SUBJECT_PRONOUNS.has(c.source.toLowerCase());
    const subject = pronoun ? subjectBefore(c, done, index) ?? speakerBeforePassing(c, cueAt, done, index) : null;
    const resolved = c.source ? voice ?? (c.source.toLowerCase() === 'keduanya' ? pair : null) ?? subject ?? resolveName(c.source, cueAt, index) : c.source;
    const source = resolved ? officeHolder(resolved, index) ?? resolved : resolved;
    const group = c.actor.toLowerCase() === 'mereka' ? groupBefore(c, sentences) : null;
    const own = group ?? (c.actor.toLowerCase() === 'keduanya' ? pair : null);
    let actor = c.actor === c.source ? source ?? c.actor : own ?? resolveName(c.actor, at, index);
    if (actor === '-nya' && source) actor = source;
    // "Dia sehat, kata Budi.", "“Ia sudah pulang,” ujar Budi.": the third person of words whose cue follows them is
    // someone else than their speaker (who speaks of himself in the first person): the person named before, but him
    if (source && actor === source && c.actor !== c.source && PERSON_PRONOUNS.has(c.actor.toLowerCase()) && cueFollows(c)) {
      actor = otherPerson(source, at, index) ?? c.actor;
    }
    // "Kami"/"kita"/"pihaknya" of a speaker introduced with an organisation ("CEO Kargoku, Rizky Ananda") → the organisation.
    // Without one, the speaker ("Kami memilih …,\" jelas Apple"): a pronoun left as written names nothing, and the
    // speaker is the most specific name the article gives for the "we".
    if (source && WE_WORDS.has(c.actor.toLowerCase())) actor = organisationOf(source, sentences, index.orgs) ?? (source === '-nya' ? actor : source);
    actor = ownedNoun(actor, c.sentence, done) ?? thatMatter(actor, c, done, index) ?? describedNoun(actor, c.sentence, sentences) ?? actor;
    const carried = !source && c.kind === 'statement' && PERSON_PRONOUNS.has(c.actor.toLowerCase()) ? reportGoesOn(c, actor, done, sentences) : null;
    const out = carried ? { ...c, actor, source: carried, kind: 'reported' as const } : { ...c, actor, source };
    done.push(out);
    return out;
  });
}

/**
 * "Busyra membenarkan bahwa pendiri Traveloka Derianto Kusuma menerima penghargaan. Namun dia berhalangan hadir." →
 * reported by Busyra: a sentence opened by a contrast, whose pronoun subject is the person the report just before was
 * about (not its speaker), goes on with that report. Its source, or null.
 */
function reportGoesOn(c: ClaimDraft, actor: string, done: readonly ClaimDraft[], sentences: readonly Sentence[]): string | null {
  const first = /^\p{L}+/u.exec(sentences[c.sentence]?.text.trimStart() ?? '')?.[0].toLowerCase();
  if (!first || !REPORT_CONTRASTS.has(first)) return null;
  const last = [...done].reverse().find((d) => d.sentence < c.sentence);
  if (!last || last.sentence !== c.sentence - 1 || last.kind !== 'reported' || !last.source || !PLAIN_NAME.test(actor)) return null;
  const about = last.actor === actor || last.actor.endsWith(` ${actor}`);
  return about && last.source !== actor ? last.source : null;
}

/** The claim's cue comes after its clause: "…, kata Budi", or a quotation closed by its cue in a later sentence. */
function cueFollows(c: ClaimDraft): boolean {
  if (c.cueSentence !== undefined) return c.cueSentence > c.sentence;
  return !!c.cue && !!c.clause && c.cue[0] >= c.clause[1];
}

/** The last person named before `at` who is not `speaker` (by the fullest name the article gives). */
function otherPerson(speaker: string, at: number, index: Index): string | null {
  const full = (name: string) => index.aliases.get(name.toLowerCase()) ?? name;
  const found = latest(index.mentions, at, (m) => m.person && full(m.name) !== speaker && !speaker.endsWith(` ${m.name}`)
    && !m.name.endsWith(` ${speaker}`));
  return found ? full(found.name) : null;
}

/** Pronouns of a speaker that stand for the subject of the sentence before: "ujarnya", "kata dia". */
const SUBJECT_PRONOUNS = new Set(['-nya', ...PERSON_PRONOUNS]);

/**
 * "Ketua DPR Puan Maharani menanggapi pernyataan Menteri Keuangan Sri Mulyani. “Kami akan memanggil pemerintah,”
 * ujarnya." → Puan Maharani: a speaker's pronoun is the person who spoke or acted in the sentence before, not the last
 * person merely named there (as an object); none when that sentence has no person for subject.
 */
function subjectBefore(c: ClaimDraft, done: readonly ClaimDraft[], index: Index): string | null {
  const last = [...done].reverse().find((d) => d.sentence < c.sentence);
  if (!last || last.sentence !== c.sentence - 1) return null;
  if (last.source && PLAIN_NAME.test(last.source) && !organisationName(last.source)) return last.source;
  if (!last.source && PLAIN_NAME.test(last.actor) && (index.persons.has(last.actor) || index.people.has(last.actor))) return last.actor;
  return null;
}

/**
 * "Kapolres Bogor AKBP Harun mengatakan dua pelaku ditangkap. Video itu diunggah ulang oleh Menteri Tito Karnavian.
 * Pelaku kini ditahan. \"Kami akan mengembangkan kasus ini,\" terangnya." → Harun: a pronoun speaker after sentences
 * with no person subject is the last person who spoke or acted as a subject, not a person merely named in passing
 * since (in an object or an agent, two sentences back or more) who never spoke or acted in the article. Null otherwise.
 */
function speakerBeforePassing(c: ClaimDraft, at: number, done: readonly ClaimDraft[], index: Index): string | null {
  const named = latest(index.mentions, at, (m) => m.person);
  if (!named || Math.floor(named.at / 1_000_000) >= c.sentence - 1) return null;
  const name = index.aliases.get(named.name.toLowerCase()) ?? named.name;
  const roles = new Set(done.flatMap((d) => [d.actor, d.source ?? '']));
  if (roles.has(name) || roles.has(named.name)) return null;
  for (let k = done.length - 1; k >= 0; k--) {
    const d = done[k];
    if (d.sentence >= c.sentence) continue;
    // (a one-word name is a person when written after a rank or title: "AKBP Harun")
    if (d.source && (PLAIN_NAME.test(d.source) || index.persons.has(d.source))) return d.source;
    if (!d.source && PLAIN_NAME.test(d.actor) && (index.persons.has(d.actor) || index.people.has(d.actor))) return d.actor;
  }
  return null;
}

/**
 * "Tatan menyebutkan kedua tersangka berinisial AS dan RD. Keduanya dijerat pasal berlapis, imbuhnya." → kedua tersangka:
 * "keduanya" just after a claim about "kedua <noun>" (this sentence or the one before) is that pair, not two speakers.
 */
function twoBefore(c: ClaimDraft, done: readonly ClaimDraft[]): string | null {
  for (let k = done.length - 1; k >= 0 && done[k].sentence >= c.sentence - 1; k--) {
    if (/^kedua \p{Ll}+(?: \p{Ll}+)?$/u.test(done[k].actor)) return done[k].actor;
  }
  return null;
}

/**
 * "… kata Rina Wati. … ujar Dede Suhartini. Keduanya menekankan, …" → Rina Wati dan Dede Suhartini: "keduanya" after
 * two people quoted is those two speakers (names of two words or more), before any two names merely mentioned.
 */
function lastTwoSpeakers(done: readonly ClaimDraft[]): string | null {
  const people: string[] = [];
  for (let k = done.length - 1; k >= 0 && people.length < 2; k--) {
    const sp = done[k].source;
    if (sp && PLAIN_NAME.test(sp) && !people.includes(sp)) people.push(sp);
  }
  return people.length === 2 ? `${people[1]} dan ${people[0]}` : null;
}

/**
 * "Kasihan para pedagang jika disita. Mereka juga beli untuk jual lagi." → para pedagang: "mereka" as a subject is the
 * plural group ("para" + noun, one more lower-case modifier at most) the sentence before, or its own before it, spoke of.
 */
function groupBefore(c: ClaimDraft, sentences: readonly Sentence[]): string | null {
  const texts = [sentences[c.sentence]?.text.slice(0, c.clause?.[0] ?? 0) ?? '', sentences[c.sentence - 1]?.text ?? ''];
  for (const text of texts) {
    const found = [...text.matchAll(/(?<![\p{L}-])para (\p{Ll}+)(?: (\p{Ll}+))?/gu)].pop();
    if (!found) continue;
    // "para tersangka menggunakan …": a verb after the noun opens the predicate, it modifies nothing
    const w = found[2];
    const modifies = w && !TRAILING_ADVERBIALS.has(w) && !NOUN_PHRASE_STOPS.has(w) && !CLAUSE_MARKERS.has(w) && !isVerbWord(w);
    const mod = modifies ? ` ${w}` : '';
    return `para ${found[1]}${mod}`;
  }
  return null;
}

/**
 * "BNN mewaspadai peredaran permen berbentuk dot di Surabaya. Permen yang diimpor dari luar negeri ini diduga …" →
 * permen berbentuk dot: a noun + relative clause + demonstrative is the thing of that noun the article spoke of before,
 * with the lower-case words that modified it there (up to two, stopping at a preposition or conjunction). Looks back
 * five sentences; with no earlier mention it stays as written.
 */
function describedNoun(actor: string, sentence: number, sentences: readonly Sentence[]): string | null {
  const m = /^(\p{L}+) yang(?: \S+){1,8} (?:ini|itu|tersebut)$/u.exec(actor);
  if (!m) return null;
  const noun = m[1].toLowerCase();
  if (DEMONSTRATIVE_TIMES.has(noun) || TIME_HEADS.has(noun) || PERSON_PRONOUNS.has(noun) || noun === 'hal') return null;
  const mention = new RegExp(`(?<![\\p{L}-])${noun}((?: [\\p{Ll}-]+){0,2})`, 'gu');
  for (let k = sentence - 1; k >= Math.max(0, sentence - 5); k--) {
    const found = [...(sentences[k]?.text ?? '').matchAll(mention)].pop();
    if (!found) continue;
    const mods: string[] = [];
    for (const w of found[1].trim().split(' ').filter(Boolean)) {
      if (TRAILING_ADVERBIALS.has(w) || NOUN_PHRASE_STOPS.has(w)) break;
      mods.push(w);
    }
    return [noun, ...mods].join(' ');
  }
  return null;
}

/**
 * "Ajakan memboikot Warung Sejahtera menyebar di media sosial. Hal ini dipicu …" → the call to boycott: "Hal ini/itu/tersebut",
 * "Ini" and "Itu" as a subject stand for what the sentence before was about (its first claim's actor, as resolved).
 * A person is no "hal" ("Budi mundur. Hal ini mengejutkan …" is about his leaving), nor a pronoun; then it stays as written.
 */
function thatMatter(actor: string, c: ClaimDraft, done: readonly ClaimDraft[], index: Index): string | null {
  if (!/^(?:(?:hal|Hal) (?:ini|itu|tersebut)|Ini|Itu)$/.test(actor)) return null;
  // "Hal ini diutarakan oleh X": the statement itself was said, it stays as written
  if (c.action.split(/\s+/).slice(0, 2).some((w) => SAYING_PASSIVES.has(w.toLowerCase()))) return null;
  const sentence = c.sentence;
  // the first claim there whose actor is a noun phrase (a run-on "subject" of more than 8 words is a misparse, skipped)
  const before = done.find((d) => d.sentence === sentence - 1 && d.actor.split(/\s+/).length <= 8);
  const owner = before?.actor;
  if (!owner || index.persons.has(owner) || index.mentions.some((m) => m.person && m.name === owner)) return null;
  // "Pemerintah menaikkan harga BBM. Hal ini memicu protes.": after an agent's act (an active meN- verb) "hal ini" is the
  // act, which no actor names; it stays as written. After a state or a change ("Harga cabai naik 15 persen. Hal ini …",
  // "Ajakan itu berseliweran di media sosial. Hal ini dipicu …") the thing that rose or spread stands for it.
  if (actsOn(before.action)) return null;
  const words = owner.toLowerCase().split(/\s+/);
  if (pronounLed(words[0]) || NO_MATTER_OWNERS.has(words[0])) return null;
  return owner;
}

/** A predicate opened (after markers and adverbs) by an active meN- verb: an agent acting on something. */
function actsOn(action: string): boolean {
  const words = action.toLowerCase().split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && k < 3 && (PREDICATE_MARKERS.has(words[k]) || SEQUENCE_ADVERBS.has(words[k]))) k++;
  // a copula or a change ("Pemilihan menjadi target.", "Inflasi mencapai 2,1 persen.") is no act on something
  return /^me/.test(words[k]) && isVerbWord(words[k]) && !CHANGE_VERBS.has(words[k]);
}

/**
 * "Ananda berdiri dari kursinya. Aksinya diikuti sejumlah alumni." → Aksi Ananda: a noun in -nya opening a sentence
 * belongs to the one the sentence before was about (its first claim's actor, as resolved), not to the nearest person
 * named. Only a name owns it; with none there, it stays as written.
 */
function ownedNoun(actor: string, sentence: number, done: readonly ClaimDraft[]): string | null {
  const m = /^(\p{Lu}\p{Ll}{2,})nya$/u.exec(actor);
  if (!m || NYA_NOT_OWNED.has(actor.toLowerCase())) return null;
  const owner = done.find((d) => d.sentence === sentence - 1)?.actor;
  if (!owner || !/^\p{Lu}/u.test(owner) || /nya$/.test(owner) || owner.split(/\s+/).length > 6) return null;
  const words = owner.toLowerCase().split(/\s+/);
  if (pronounLed(words[0]) || DEMONSTRATIVES.has(words[words.length - 1])) return null;
  return `${m[1]} ${owner}`;
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

/** The organisation in a role phrase right before a name: "Wakil CEO Sberbank, Alexander Vedyakhin" → Sberbank. */
function organisationBefore(text: string, at: number): string | null {
  const toks = tokenize(text, Math.max(0, at - 200), at);
  let k = toks.length - 1;
  const end = k;
  while (k >= 0 && !isRole(toks[k]) && (isCapitalized(toks[k]) || /^(?:dan|&)$/.test(toks[k].lower)) && (k === end || !/[.;:!?]/.test(toks[k].trail))) k--;
  if (k < 0 || k === end || !isRole(toks[k])) return null;
  // "Menteri Komunikasi dan Digital Meutya Hafid": the words after a minister name the field, not an organisation
  if (toks[k].lower === 'menteri') return null;
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
  /** Actors as above and one-word organisation speakers, in reading order: antecedents of a speaking "mereka". */
  voices: { name: string; at: number }[];
  /** Speaker → the organisation named in the role phrase before them. */
  orgs: Map<string, string | null>;
  /** Earlier "A dan B" pairs of names, for "kedua negara". */
  pairs: { name: string; at: number }[];
  /** Organisations named in the document, in reading order, with their kinds: antecedents of "perusahaan itu". */
  organisations: Organisation[];
  /** Names of people (after a title or a role), with their short forms. */
  persons: Set<string>;
  /** Actors of two or more plain capitalised words with no word of an organisation: people named as the subject of a claim. */
  people: Set<string>;
}

type Run = ReturnType<typeof capitalizedRuns>[number];

/**
 * "Bupati Sukamaju Andi Pratama meminta … kata Andi": the run after a regional office holds its place before the name
 * ("Sukamaju"), which the run alone cannot tell from a three-part name ("Menteri Keuangan Sri Mulyani Indrawati"); a
 * one-word speaker or actor of the article that is an inner word of the run shows where the name starts.
 */
function nameInRun(run: Run, shortNames: ReadonlySet<string>): Run {
  const words = run.name.split(' ');
  // ("pihak PT Sinar Abadi Jaya … Sinar": a company's name, which "PT" opens, is read whole)
  if (words.some(organisationWord)) return run;
  // "Uka Suska Puji Utama mengatakan … kata Puji Utama" / "… kata Puji": a run of four or more words without an office
  // before it is cut only where a later mention is its last two words or the first of them; four-part names are rare,
  // a place or unit run into the name is not
  const tail = words.length - 2;
  const k = run.afterRole && words.length >= 3
    ? words.findIndex((w, j) => j > 0 && j < words.length - 1 && shortNames.has(w))
    : words.length >= 4 && (shortNames.has(words[tail]) || shortNames.has(words.slice(tail).join(' '))) ? tail : -1;
  const cut = k > 0 ? words.slice(0, k).join(' ').length + 1 : -1;
  // the name left is a person's: two or three plain words, none of an office's domain ("Kepala Kebijakan Publik Meta
  // Indonesia … Meta menunda …" keeps its run: "Meta Indonesia" is the company's branch, no person)
  const rest = words.slice(k);
  const domain = (w: string) => ROLE_DOMAINS.has(w.toLowerCase()) && !NAME_LIKE_DOMAINS.has(w.toLowerCase());
  if (cut < 0 || rest.length > 3 || !PLAIN_NAME.test(rest.join(' ')) || rest.some(domain)) return run;
  return { ...run, name: run.name.slice(cut), start: run.start + cut };
}

function buildIndex(claims: readonly ClaimDraft[], sentences: readonly Sentence[], title: string | null = null): Index {
  const mentions: Mention[] = [];
  const aliases = new Map<string, string>();
  const pairs: { name: string; at: number }[] = [];
  const organisations: Organisation[] = [];
  // names written after a personal title or rank ("Brigjen Rikwanto", "pak Budi"): people; an office ("CEO Apple") is not one
  const titled = new Set<string>();
  const speakers = new Set(claims.map((c) => c.source).filter((s): s is string => !!s && s !== '-nya' && !PERSON_PRONOUNS.has(s.toLowerCase())));
  // A speaker's own name is the best antecedent of its surname and first name ("Agus" → Agus Martowardojo).
  for (const sp of speakers) {
    const words = sp.split(/\s+/);
    if (words.length < 2) continue;
    for (const w of [words[words.length - 1], words[0]]) if (!aliases.has(w.toLowerCase())) aliases.set(w.toLowerCase(), sp);
  }
  // Names that end an office's run ("Kepala SMA Negeri 3 Bogor Rahmat Hidayat menggelar …" → the actor Rahmat Hidayat): speakers,
  // and actors of two or more plain capitalised words with no word of an organisation in them
  const people = new Set(claims.map((c) => c.actor).filter((a) => PLAIN_NAME.test(a) && !a.split(' ').some(organisationWord)));
  const named = new Set([...speakers, ...people]);
  // "Tauhid memperkirakan defisit melebar, tandasnya." after "Ekonom Indef Tauhid Ahmad": the first or last word of a
  // speaker's full name, alone, is that person mentioned again, and "-nya" after it is them
  const speakerWords = new Set([...speakers].filter((sp) => PLAIN_NAME.test(sp)).flatMap((sp) => [sp.split(' ')[0], sp.split(' ').pop()!]));
  const oneWordNames = new Set([...speakers, ...claims.map((c) => c.actor)].filter((n) => /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(n)));
  sentences.forEach((s, i) => {
    // "Kapolres Bogor Ungkap Penyebab Kecelakaan Bus di Puncak": a headline set in title case capitalises every word, so
    // its runs name nobody ("bus", "Kecelakaan itu" later are no short forms of "Kecelakaan Bus")
    const headline = !!title && s.text.trim() === title.trim();
    for (const whole of capitalizedRuns(s.text)) {
      const run = nameInRun(whole, oneWordNames);
      if (PERSON_PRONOUNS.has(run.name.toLowerCase())) continue;
      if (headline) continue;
      // the speaker or actor read as the whole run ("Uka Suska Puji Utama mengatakan …") is the person the cut run names
      if (run !== whole && !aliases.has(whole.name.toLowerCase())) aliases.set(whole.name.toLowerCase(), run.name);
      const words = run.name.split(/\s+/);
      // (a run cut at its name is a person when the whole run spoke: "Uka Suska Puji Utama mengatakan …")
      const person = run.afterRole || speakers.has(run.name) || speakerWords.has(run.name) || (run !== whole && speakers.has(whole.name));
      mentions.push({ name: run.name, at: position(i, run.start), person });
      if (words.length >= 2 && person) {
        const last = words[words.length - 1];
        // "Kepala BPS Suhariyanto": a one-word speaker is already a name, not a short form of the run.
        // A run of plain names ("Presiden AS Donald Trump" → Donald Trump) is the full name of its one-word speaker ("tulis Trump").
        if (!aliases.has(last.toLowerCase()) && (!speakers.has(last) || PLAIN_NAME.test(run.name))) aliases.set(last.toLowerCase(), run.name);
        // Indonesian news often calls a person by the first name ("Neneng Hasanah" → Neneng).
        const first = words[0];
        if (words.length <= 3 && !aliases.has(first.toLowerCase()) && !/^[\p{Lu}\p{N}]+$/u.test(first) && !ROLE_DOMAINS.has(first.toLowerCase())) aliases.set(first.toLowerCase(), run.name);
        // A three-part name is often shortened to two of its parts ("Sri Mulyani Indrawati" → Sri Mulyani).
        // Longer runs still hold part of a role ("Bank Indonesia Agus Martowardojo"), so only three-part names.
        if (words.length === 3) {
          for (const two of [words.slice(0, 2).join(' '), words.slice(-2).join(' ')]) {
            if (!aliases.has(two.toLowerCase())) aliases.set(two.toLowerCase(), run.name);
          }
        }
        const alias = /^\s*\(([\p{Lu}][\p{L}]+)\)/u.exec(s.text.slice(run.end));
        if (alias) aliases.set(alias[1].toLowerCase(), run.name);
      }
      if (run.role && words.length >= 2) aliases.set(run.role, run.name);
      if (run.role && PERSONAL_TITLE.test(run.role.split(' ').pop()!)) titled.add(run.name);
      // "pak Deri (Derianto)": the short name means the fuller one glossing it ("Beliau" → Deri → Derianto)
      const gloss = /^\s*\(((?:[\p{Lu}][\p{Ll}]+)(?: [\p{Lu}][\p{Ll}]+){0,3})\)/u.exec(s.text.slice(run.end));
      if (gloss && gloss[1].length > run.name.length && !aliases.has(run.name.toLowerCase())) {
        aliases.set(run.name.toLowerCase(), aliases.get(gloss[1].toLowerCase()) ?? gloss[1]);
      }
      const org = organisationIn(s.text, run, words, named);
      if (org) organisations.push({ ...org, at: position(i, run.start) });
    }
    for (const m of s.text.matchAll(/([\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*)*) dan ([\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*)*)/gu)) {
      pairs.push({ name: `${m[1]} dan ${m[2]}`, at: position(i, m.index ?? 0) });
    }
  });
  const personNames = new Set(mentions.filter((m) => m.person).map((m) => m.name));
  const actors = claims
    .filter((c) => /^\p{Lu}/u.test(c.actor) && !c.actor.includes(' ') && !personNames.has(c.actor) && !PERSON_PRONOUNS.has(c.actor.toLowerCase()) && c.actor.toLowerCase() !== 'mereka' && !WE_WORDS.has(c.actor.toLowerCase()))
    .map((c) => ({ name: c.actor, at: position(c.sentence, c.clause?.[0] ?? 0) }))
    .sort((x, y) => x.at - y.at);
  // "Apple mengatakan … Mereka juga menjawab ke CNBC, bahwa …": a speaking "mereka" means the organisation that spoke
  // or acted last, a one-word name that is no person
  const voices = [
    ...actors,
    ...claims
      .filter((c) => c.source && /^\p{Lu}[\p{L}-]+$/u.test(c.source) && !titled.has(c.source) && !aliases.has(c.source.toLowerCase())
        && !PERSON_PRONOUNS.has(c.source.toLowerCase()) && c.source.toLowerCase() !== 'mereka')
      .map((c) => ({ name: c.source!, at: position(c.sentence, c.cue?.[0] ?? c.clause?.[0] ?? 0) })),
  ].sort((x, y) => x.at - y.at);
  // people by a title or role before their name, not merely by speaking: "Apple" speaks too
  const persons = new Set([...titled, ...mentions.filter((m) => m.person && !speakers.has(m.name)).map((m) => m.name)]);
  for (const alias of aliases.keys()) persons.add(alias.charAt(0).toUpperCase() + alias.slice(1));
  return { mentions, aliases, pairs, actors, voices, orgs: new Map(), organisations, persons, people };
}

/**
 * "Kepala Sekolah SDN 2 Ciawi Rahmat Hidayat mengumpulkan siswa. … \"Pihak sekolah berharap …\" pungkasnya": a speaker
 * read as the office and the name together is the person, when the article made that person a claim's subject.
 */
function officeHolder(source: string, index: Index): string | null {
  for (const p of index.people) {
    if (source.length <= p.length || !source.endsWith(` ${p}`)) continue;
    const office = source.slice(0, source.length - p.length).trim().split(/\s+/);
    if (office.some(organisationWord)) return p;
  }
  return null;
}

function resolveName(name: string, at: number, index: Index): string {
  const lower = name.toLowerCase();
  if (lower === '-nya' || PERSON_PRONOUNS.has(lower)) {
    // a person, not an organisation that spoke ("Kementerian Perindustrian menyebut …. Ia menambahkan, …")
    const found = latest(index.mentions, at, (m) => m.person && !organisationName(index.aliases.get(m.name.toLowerCase()) ?? m.name))?.name;
    if (found) return index.aliases.get(found.toLowerCase()) ?? ministerByShortForm(found.toLowerCase(), index.aliases) ?? found;
    return (lower !== '-nya' ? latestActor(index, at, null) : null) ?? name;
  }
  if (lower === 'mereka') return latestActor(index, at, null) ?? name;
  // "Keduanya menekankan, …": the last two people named, or the last pair
  if (lower === 'keduanya') {
    const pair = [...index.pairs].reverse().find((p) => p.at < at);
    const people: string[] = [];
    for (let k = index.mentions.length - 1; k >= 0 && people.length < 2; k--) {
      const m = index.mentions[k];
      if (m.at >= at || !m.person) continue;
      // a person's run may still hold the office before the name ("Dinas Kesehatan Rina Wati"): names have two words
      const words = (index.aliases.get(m.name.toLowerCase()) ?? m.name).split(/\s+/);
      const full = words.slice(-2).join(' ');
      if (!people.includes(full)) people.push(full);
    }
    if (people.length === 2) return `${people[1]} dan ${people[0]}`;
    return pair?.name ?? name;
  }
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
  // "Pria kelahiran Ponorogo ini menegaskan …", "kata mantan menteri itu": a person described, with a demonstrative, is the
  // person named last (as "ia" is); the description stays as written when no one was named
  if (personDescription(lower)) {
    // "Mantan Kapolda Sumut itu" after "Kapolda Sumut Irjen Agus Andrianto … Yasonna Laoly …": the office the
    // description names is the person who held it, before the person named last
    const office = lower.split(/\s+/).slice(lower.startsWith('mantan ') ? 1 : 0, -1).join(' ');
    const holder = office.includes(' ') ? [...index.aliases].find(([key]) => key === office || key.startsWith(`${office} `))?.[1] : undefined;
    if (holder && PLAIN_NAME.test(holder)) return holder;
    // a person's name of two plain words or more: "Kompas.com", asked as a speaker, describes no one
    // (not an organisation that spoke: "Kementerian Keuangan menyebut …" between the minister and "mantan menteri itu")
    const found = latest(index.mentions, at, (m) => {
      const name = index.aliases.get(m.name.toLowerCase()) ?? m.name;
      return m.person && PLAIN_NAME.test(name) && !organisationName(name);
    })?.name;
    if (found) return index.aliases.get(found.toLowerCase()) ?? found;
  }
  const kinds = descriptionKinds(name);
  if (kinds) {
    const org = latestOrganisation(index.organisations, at, kinds);
    if (org) return org;
    // "Apple mengatakan … perusahaan asal negeri Paman Sam ini tidak merespon": an organisation the article never
    // called a company is still the one that spoke or acted last
    const voice = kinds.kinds.includes('company') ? latest(index.voices, at, (v) => !index.persons.has(v.name), 30)?.name : undefined;
    if (voice) return voice;
    if (kinds.bare || kinds.kinds.every((k) => THING_KINDS.has(k))) return name;
  }
  const words = lower.split(/\s+/);
  if (words.length === 2 && CLASS_NOUNS.has(words[0]) && DEMONSTRATIVES.has(words[1])) return latestActor(index, at, words[0]) ?? name;
  // "Warga menandatangani Petisi Selamatkan Hutan … Petisi ini sudah didukung …": a noun + demonstrative is the latest
  // earlier name (of two words or more, no person) that opens with that noun; a noun of time names a time, not a thing.
  if (words.length === 2 && DEMONSTRATIVES.has(words[1]) && words[0] !== 'hal' && !DEMONSTRATIVE_TIMES.has(words[0]) && !TIME_HEADS.has(words[0])
    && !REL_TIMES.has(words[0])) {
    const named = latest(index.mentions, at, (m) => !m.person && !index.persons.has(m.name) && m.name.includes(' ')
      && m.name.slice(0, words[0].length + 1).toLowerCase() === `${words[0]} `, 100);
    if (named) return named.name;
  }
  return index.aliases.get(ROLE_ABBREVIATIONS[lower] ?? lower) ?? ministerByShortForm(lower, index.aliases) ?? name;
}

/**
 * "Menkomdigi", "Menteri PU" after "Menteri Komunikasi dan Digital Meutya Hafid", "Menteri Pekerjaan Umum Dody Hanggodo":
 * a minister's short form is "men" or "menteri" and the fields of the office, each cut to a prefix, in order from the
 * first ("kom" + "digi", "p" + "u"); later fields may be left out. The person holding the office the article named last.
 */
function ministerByShortForm(lower: string, aliases: ReadonlyMap<string, string>): string | null {
  const m = /^men(?:teri\s+)?([\p{L}-]{2,})$/u.exec(lower);
  if (!m || lower === 'menteri' || /^men(?:teri)$/.test(lower)) return null;
  const short = m[1].replace(/-/g, '');
  let found: string | null = null;
  for (const [key, person] of aliases) {
    const words = key.split(/\s+/);
    if (words[0] !== 'menteri' || words.length < 2) continue;
    if (prefixesOf(short, words.slice(1).filter((w) => !/^(?:dan|serta|&)$/.test(w)), 0, 0)) found = person;
  }
  return found;
}

/** Whether short[at…] is made of prefixes of fields[i…] in order, from fields[i] on, leaving later fields out. */
function prefixesOf(short: string, fields: readonly string[], at: number, i: number): boolean {
  if (at === short.length) return i > 0;
  if (i >= fields.length) return false;
  for (let len = Math.min(fields[i].length, short.length - at); len >= 1; len--) {
    if (fields[i].startsWith(short.slice(at, at + len)) && prefixesOf(short, fields, at + len, i + 1)) return true;
  }
  return false;
}

/** "pria kelahiran Ponorogo ini", "mantan menteri itu": a person's head noun (or a role), up to six words, a demonstrative. */
function personDescription(lower: string): boolean {
  const words = lower.split(/\s+/);
  if (words.length < 2 || words.length > 7 || !DEMONSTRATIVES.has(words[words.length - 1]) || NOT_PERSON_HEADS.has(words[0])) return false;
  return PERSON_HEADS.has(words[0]) || (ROLES.has(words[0]) && !KIN_ROLES.has(words[0]));
}

/** The latest earlier actor that is a name; one whose name holds the class noun ("bank ini" → Sberbank) first. */
function latestActor(index: Index, at: number, classNoun: string | null): string | null {
  // Look back a bounded stretch for one whose name holds the class noun.
  const named = classNoun ? latest(index.actors, at, (a) => a.name.toLowerCase().includes(classNoun), 50) : undefined;
  return (named ?? latest(index.actors, at, () => true, 1))?.name ?? null;
}

/** How many items of a list in reading order come before `at`. */
function countBefore(items: readonly { at: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last item before `at` that passes `ok`, looking back at most `reach` items; items are in reading order. */
function latest<T extends { at: number }>(items: readonly T[], at: number, ok: (x: T) => boolean, reach = 300): T | undefined {
  const lo = countBefore(items, at);
  // Antecedents are near: a bounded look-back keeps long documents linear.
  for (let k = lo - 1; k >= Math.max(0, lo - reach); k--) if (ok(items[k])) return items[k];
  return undefined;
}

// ---- Definite descriptions of organisations ----

/** An organisation named in the document: its name, its kinds ("bank", "company", ...) and the words of its name. */
interface Organisation {
  name: string;
  at: number;
  kinds: Set<string>;
  words: Set<string>;
}

/** Central banks: "Bank Indonesia", "Bank Sentral Eropa", "Federal Reserve", "The Fed", "Bank of Japan", "Bank Negara Malaysia". */
const CENTRAL_BANK = /^Bank (?:Indonesia|Negara Malaysia|of (?!America\b)\p{Lu})|\b(?:Sentral|Central|Reserve|Fed|Bundesbank)\b/u;

const APPOSITION_AFTER = /^\s*,\s*(?:(?:sebuah|salah satu|yakni|yaitu)\s+)?(\p{L}+)/u;
/** Words that a description is made of, so a run of only them is no name. */
const GENERIC = new Set([...Object.keys(DESCRIPTION_HEADS), ...Object.keys(KIND_NOUNS), ...NAME_OPENERS, 'sentral', 'pusat']);
const NOUN_BEFORE = /(\p{L}+)(?:\s+\p{Ll}[\p{Ll}-]*){0,3},?\s*$/u;

/** The organisation a capitalised run names, if it is one; a speaker's name at its end is cut off ("Bank Indonesia Perry Warjiyo"). */
function organisationIn(
  text: string,
  run: { name: string; start: number; end: number },
  words: string[],
  speakers: Set<string>,
): Omit<Organisation, 'at'> | null {
  let from = 0;
  let to = words.length;
  for (let k = Math.max(1, to - 4); k < to; k++) if (speakers.has(words.slice(k).join(' '))) { to = k; break; }
  const opener = words.findIndex((w, k) => k < to && NAME_OPENERS.has(w.toLowerCase().replace(/\.$/, '')));
  if (opener > 0) from = opener;
  const own = words.slice(from, to).filter((w) => !/[()]/.test(w));
  // A description capitalised at the start of a sentence ("Lembaga itu", "Bank Sentral juga") names nothing itself.
  if (own.every((w) => GENERIC.has(w.toLowerCase()))) return null;
  const name = own.join(' ');
  const kinds = new Set<string>();
  for (const w of own) {
    const lower = w.toLowerCase();
    const kind = NAME_KINDS[lower];
    if (kind) kinds.add(kind);
    if (lower.startsWith('bank') || lower.endsWith('bank')) kinds.add('bank');
  }
  if (CENTRAL_BANK.test(name)) kinds.add('central bank');
  if (from === 0 && to === words.length) {
    const after = APPOSITION_AFTER.exec(text.slice(run.end, run.end + 40));
    let before = NOUN_BEFORE.exec(text.slice(Math.max(0, run.start - 60), run.start));
    // "perusahaan asal Rusia", "bank milik negara China": the name is a place, not the organisation.
    if (before && before[0].split(/[\s,]+/).some((w) => PLACE_LINKS.has(w.toLowerCase()))) before = null;
    // "lewat aplikasi Gocar": the kind noun right before the name, as well as the one opening the words before it
    const right = before && /(\p{Ll}+)\s*$/u.exec(before[0]);
    for (const m of [after, before, right]) {
      const kind = m && KIND_NOUNS[m[1].toLowerCase()];
      if (kind) kinds.add(kind);
    }
    if (before && /\bbank sentral\b/i.test(text.slice(Math.max(0, run.start - 60), run.start))) kinds.add('central bank');
  }
  if (!kinds.size) return null;
  return { name, kinds, words: new Set(own.map((w) => w.toLowerCase())) };
}

/** What a definite description can refer to: "bank sentral itu" → central banks; "perusahaan tersebut" → companies. */
function descriptionKinds(description: string): { head: string; kinds: string[]; bare: boolean } | null {
  let words = description.split(/\s+/);
  // "Pihak sekolah berharap …": "pihak" + a head is as definite as a head + demonstrative (the school named before)
  const side = words.length > 1 && words[0].toLowerCase() === 'pihak';
  if (side) words = words.slice(1);
  if (words.length > 8 || (words.length > 5 && !words.some((w) => ORIGIN_LINKS.has(w.toLowerCase())))) return null;
  const head = words[0].toLowerCase();
  const headKinds = DESCRIPTION_HEADS[head];
  if (!headKinds) return null;
  const last = words[words.length - 1].toLowerCase();
  const demonstrative = (words.length > 1 && DEMONSTRATIVES.has(last)) || side;
  let modifiers = words.slice(1, words.length > 1 && DEMONSTRATIVES.has(last) ? -1 : undefined);
  // "perusahaan asal negeri Paman Sam ini": where the organisation comes from does not make it another one
  const origin = modifiers.findIndex((w) => ORIGIN_LINKS.has(w.toLowerCase()));
  if (demonstrative && origin >= 0) modifiers = modifiers.slice(0, origin);
  // "Perusahaan juga menerangkan …": a head alone, capitalised at the start of its sentence, means the organisation at hand
  if (words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(description) && headKinds.includes('company')) return { head, kinds: headKinds, bare: true };
  // Modifiers are lowercase common words: "bank sentral AS" and "perusahaan lain" are other organisations.
  if (modifiers.some((w) => !/^\p{Ll}+$/u.test(w) || NOT_ANAPHORIC.has(w))) return null;
  const central = head === 'bank' && modifiers.length === 1 && modifiers[0] === 'sentral';
  if (central) return { head, kinds: ['central bank'], bare: true };
  if (!demonstrative && !(BARE_HEADS.has(head) && modifiers.length === 0)) return null;
  return { head, kinds: headKinds, bare: !demonstrative };
}

/** The latest organisation named before `at` whose name holds the head noun or whose kind the description names. */
function latestOrganisation(orgs: Organisation[], at: number, want: { head: string; kinds: string[] }): string | null {
  const byHead = !want.kinds.includes('central bank');
  return latest(orgs, at, (o) => (byHead && o.words.has(want.head)) || want.kinds.some((kind) => o.kinds.has(kind)))?.name ?? null;
}
