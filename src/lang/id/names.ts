// Names as Indonesian news writes them: roles and titles stripped, the person's name kept.
import {
  ADVERBIAL_OPENERS, CHANNEL_WORDS, CLAUSE_OPENERS, DEMONSTRATIVES, FIELD_ROLES, HONORIFICS, MALAY_TITLES, NAME_KINDS, NAME_STOPS, PERSONAL_TITLE,
  ORG_ENDINGS, PLACE_MARKERS, REGION_NAMES, ROLES, ROLE_DOMAINS, SOFT_TITLES, STATEMENT_NOUNS, TITLE_PAIRS,
} from './lexicon.js';
import { breaksClause, isCapitalized, tokenize, type Token } from './tokens.js';

const isAcronym = (t: Token) => t.core.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(t.core);
export const isRole = (t: Token) => ROLES.has(t.lower) || ROLES.has(t.lower + '.') || ROLES.has(t.core.toLowerCase());

/**
 * How many tokens a title takes at toks[i] (0: none): a role word, a Malaysian two-word title ("Tan Sri",
 * "Yang Berhormat"), or "Puan"/"Cik" before a name of two words or more.
 */
export function titleAt(toks: readonly Token[], i: number, end = toks.length): number {
  const t = toks[i];
  const next = toks[i + 1];
  if (next && i + 1 < end && isCapitalized(t) && TITLE_PAIRS[t.lower]?.has(next.lower) && isCapitalized(next)) {
    // "Yang Amat Berhormat": three words.
    const third = toks[i + 2];
    return t.lower === 'yang' && next.lower === 'amat' && third && i + 2 < end && TITLE_PAIRS.amat.has(third.lower) ? 3 : 2;
  }
  if (isRole(t)) return 1;
  if (SOFT_TITLES.has(t.lower) && isCapitalized(t) && i + 2 < end && isCapitalized(toks[i + 1]) && isCapitalized(toks[i + 2])) return 1;
  return 0;
}

/** Index after the titles that start at toks[i], leaving at least one token before `end`. */
function skipTitles(toks: readonly Token[], i: number, end: number): number {
  for (let n = titleAt(toks, i, end); n > 0 && i + n < end; n = titleAt(toks, i, end)) i += n;
  return i;
}

/** Leading roles and titles off a name: "Wakil CEO Sberbank Alexander Vedyakhin" → "Alexander Vedyakhin". */
function stripRoles(toks: Token[]): Token[] {
  const selaku = toks.findIndex((t) => t.lower === 'selaku');
  let end = selaku > 0 ? selaku : toks.length;
  while (end > 1 && isRole(toks[end - 1]) && toks[end - 1].core.includes('.')) end--;
  let i = skipTitles(toks, 0, end);
  if (i === 0) return toks.slice(0, end);
  // "kata Menteri Keuangan": a role and its domain with no name after them is the role, which references resolve to
  // the person who holds it ("Menteri Keuangan Sri Mulyani" earlier); "Keuangan" alone names nobody.
  if (toks.slice(i, end).every((t) => ROLE_DOMAINS.has(t.lower))) return toks.slice(0, end);
  // "kata Menteri PU": the office's short form alone is the role too
  if (end - i === 1 && isAcronym(toks[i]) && toks[i - 1].lower === 'menteri') return toks.slice(0, end);
  // "Kepala Badan Pangan Nasional Arief Prasetyo Adi", "Kepala BPBD Kabupaten Bandung Uka Suska": a word closing an
  // organisation, or a region and its place, ends the office; the person's name is the rest, of two to four words
  const closed = officeEnd(toks, i, end);
  if (closed > i) return toks.slice(closed, end);
  let domain = false;
  // "Menteri Energi dan Sumber Daya Mineral Bahlil Lahadalia", "Menteri Hukum dan HAM Supratman Andi Agtas": a ministry
  // named by two fields joined by "dan"; the name is read in the capitalised run after the last "dan"
  const link = lastRoleLink(toks, i, end);
  if (link > 0) i = link + 1;
  // "Analis pasar komoditas Ibrahim Assuaibi", "Pengamat politik Universitas Indonesia Budi Santoso": lower-case words
  // of the role's field, then the capitalised run that holds the name
  let field = i;
  while (i > 0 && FIELD_ROLES.has(toks[i - 1].lower) && field < end - 1 && field - i < 4 && /^\p{Ll}/u.test(toks[field].core) && !breaksClause(toks[field]) && !NAME_STOPS.has(toks[field].lower)) field++;
  if (field > i && isCapitalizedRun(toks, field, end)) i = field;
  while (i < end - 1 && isCapitalized(toks[i]) && (ROLE_DOMAINS.has(toks[i].lower) || isAcronym(toks[i])) && !titleAt(toks, i, end)) {
    i++;
    domain = true;
  }
  // "Ketua Polis Negara Tan Sri Razak Ali": titles after the role.
  i = skipTitles(toks, i, end);
  // "Menteri Besar Johor Datuk Onn Hafiz": a title after a place ends the place.
  const titled = lastTitleEnd(toks, i, end);
  if (titled > i) i = titled;
  // "Wakil CEO Sberbank Alexander Vedyakhin", "Gubernur Jawa Barat Ridwan Setiawan": places and
  // organisations before a full name.
  // A Malaysian title stands right before the name: "Dato' Lim Kok Wah".
  // ("Kapolri Jenderal Listyo Sigit Prabowo": after a rank the name comes at once, all of it)
  else if (!domain && end - i >= 3 && isCapitalizedRun(toks, i, end) && !NAME_FOLLOWS.has(toks[i - 1].lower) && !isRank(toks[i - 1])) {
    i = end - i >= 4 ? end - 2 : i + 1;
    // "Kepala Dinas Kesehatan DKI Widyastuti": a region's acronym or name is the office's place, the name after it is one word
    if (i === end - 2 && (isAcronym(toks[i]) || REGION_NAMES.has(toks[i].lower))) i++;
  }
  // "Kabag Humas Pemkot Surabaya Muhammad Fikser": a known region closes the office's organisation; the name follows it
  const region = lastRegion(toks, i - 1, end);
  if (region >= i) i = region + 1;
  if (!isCapitalized(toks[i])) return toks.slice(0, end);
  return toks.slice(i, end);
}

/**
 * Where the person's name begins after an office in toks[from, end): after the last word of ORG_ENDINGS, or the place
 * after a word of PLACE_MARKERS, when two to four capitalised words that are no title remain; else -1.
 */
function officeEnd(toks: readonly Token[], from: number, end: number): number {
  if (!isCapitalizedRun(toks, from, end)) return -1;
  let found = -1;
  for (let k = from; k < end - 2; k++) {
    if (ORG_ENDINGS.has(toks[k].lower) && k > from) found = k + 1;
    else if (PLACE_MARKERS.has(toks[k].lower)) found = k + 2;
  }
  if (found < 0 || end - found < 2 || end - found > 4) return -1;
  return toks.slice(found, end).some((t) => isRole(t) || ROLE_DOMAINS.has(t.lower) || isAcronym(t) || NAME_KINDS[t.lower]) ? -1 : found;
}

/** Where the name after the last title in a capitalised run toks[from, end) begins, or -1. */
function lastTitleEnd(toks: readonly Token[], from: number, end: number): number {
  let found = -1;
  for (let k = from + 1; k < end - 1 && isCapitalized(toks[k]); k++) {
    // "Kabid Humas Polda Metro Jaya Kombes Ade Ary": a rank, like a Malaysian title, stands right before the name
    if (malayTitleAt(toks, k, end) || isRank(toks[k])) found = skipTitles(toks, k, end);
  }
  return found;
}

/** A rank or honorific written right before a person's name ("Kombes", "AKBP", "Pak", "Dr."). */
const isRank = (t: Token) => isRole(t) && PERSONAL_TITLE.test(t.lower);

/** Punctuation after a word that ends a run of capitalised words ("Budi Santoso, Ketua …"). */
const endsRun = (t: Token): boolean => /[,;:.!?”"]/.test(t.trail);

/** A word joining two fields of an office ("Energi dan Sumber Daya Mineral"). */
const ROLE_LINK = /^(?:dan|serta|&)$/;

/**
 * The last "dan" inside an office written before a name, toks[from, end): capitalised words on both sides, no
 * title after it ("Presiden Prabowo dan Wapres Gibran" joins two people), and a capitalised run after it; or -1.
 */
function lastRoleLink(toks: readonly Token[], from: number, end: number): number {
  let found = -1;
  for (let k = from; k < end - 2; k++) {
    const t = toks[k];
    if (ROLE_LINK.test(t.lower) && k > 0 && isCapitalized(toks[k - 1])) {
      if (!isCapitalized(toks[k + 1]) || titleAt(toks, k + 1, end)) return -1;
      found = k;
    } else if (!isCapitalized(t) || endsRun(t)) return -1;
  }
  return found > 0 && isCapitalizedRun(toks, found + 1, end) ? found : -1;
}

/**
 * Where the person's name begins in an office written with a field list or a rank ("Menteri Komunikasi dan Digital
 * Meutya Hafid", "Kabid Humas Polda Metro Jaya Kombes Ade Ary"), for a title at toks[i]; -1 for any other office,
 * whose run is read as before.
 */
function nameAfterOffice(toks: readonly Token[], i: number): number {
  let e = i;
  while (e < toks.length) {
    const t = toks[e];
    const link = e > i && ROLE_LINK.test(t.lower) && e + 1 < toks.length && isCapitalized(toks[e + 1]) && !titleAt(toks, e + 1);
    if (!isCapitalized(t) && !link) break;
    e++;
    if (endsRun(t)) break;
  }
  const stretch = toks.slice(i, e);
  // "Gubernur Jawa Barat Dedi Mulyadi": a place or organisation of two words or more between the role and the name
  if (!stretch.length) return -1;
  // ("Direktur Kajian Polisi Independen Ontario, Gerry McNeilly": a run closed by a comma is the office, the name follows)
  const run = stretch.length - titleAt(stretch, 0) >= 4 && stretch.every((t) => isCapitalized(t)) && !stretch[stretch.length - 1].trail.includes(',');
  const special = stretch.some((t, k) => (k > 0 && ROLE_LINK.test(t.lower)) || (k > 1 && isRank(t)));
  if (!run && !special) return -1;
  const kept = stripRoles([...stretch]);
  // "Kepala Kebijakan Publik Facebook Indonesia melalui surat …": a place or an organisation's word ends the office, no name
  if (!special && kept.some((t) => ROLE_DOMAINS.has(t.lower) || NAME_KINDS[t.lower] || isAcronym(t))) return -1;
  const at = kept.length ? stretch.indexOf(kept[0]) : -1;
  return at > 0 && kept.length < stretch.length ? i + at : -1;
}

/** The last known region in toks[from + 1, to - 1) with one to three plain capitalised words after it, or -1. */
function lastRegion(toks: readonly Token[], from: number, to: number): number {
  for (let k = to - 2; k > from; k--) {
    if (!REGION_NAMES.has(toks[k].lower)) continue;
    const rest = toks.slice(k + 1, to);
    return rest.length <= 3 && rest.every((t) => !isAcronym(t) && !isRole(t) && !ROLE_DOMAINS.has(t.lower) && !NAME_KINDS[t.lower]) ? k : -1;
  }
  return -1;
}

/** Last words of titles after which the name comes at once. */
const NAME_FOLLOWS = new Set([
  'datuk', 'dato', 'datin', 'tun', 'tunku', 'tengku', 'encik', 'yb', 'ybhg', 'sri', 'seri', 'berhormat', 'mulia', 'berbahagia', 'puan', 'cik',
]);

/** A Malaysian title at toks[i] (its length), which ends a place or organisation written before it. */
function malayTitleAt(toks: readonly Token[], i: number, end = toks.length): number {
  const n = titleAt(toks, i, end);
  return n > 1 || (n === 1 && MALAY_TITLES.has(toks[i].lower)) ? n : 0;
}

function isCapitalizedRun(toks: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isCapitalized(toks[i])) return false;
  return true;
}

const textOf = (text: string, toks: Token[]) => (toks.length ? text.slice(toks[0].coreStart, toks[toks.length - 1].coreEnd) : '');

/**
 * A name as an actor or source: its words, with the closing parenthesis of an alias it opened ("Badan Pusat Statistik
 * (BPS)", "Kementerian Komunikasi dan Informatika (Kominfo)"), which the last word's core leaves out.
 */
function nameText(text: string, toks: Token[]): string {
  const name = textOf(text, toks);
  const end = toks.length ? toks[toks.length - 1].coreEnd : 0;
  return name.split('(').length > name.split(')').length && text[end] === ')' ? `${name})` : name;
}

/**
 * Where a channel phrase starts in a speaker's words ("Polis dalam satu kenyataan", "Kementerian melalui keterangan
 * tertulis"), or -1: it says how the speaker spoke, not who.
 */
function channelAt(toks: readonly Token[]): number {
  for (let k = 1; k + 1 < toks.length; k++) {
    if (!CHANNEL_WORDS.has(toks[k].lower)) continue;
    const noun = /^(?:satu|sebuah|suatu)$/.test(toks[k + 1].lower) ? toks[k + 2] : toks[k + 1];
    if (noun && STATEMENT_NOUNS.has(noun.lower.replace(/nya$/, ''))) return k;
  }
  return -1;
}

/** A name or description with its roles stripped; the text as written if nothing would be left. */
export function cleanName(text: string, from = 0, to = text.length): string {
  let toks = tokenize(text, from, to);
  if (!toks.length) return '';
  const channel = channelAt(toks);
  if (channel > 0) toks = toks.slice(0, channel);
  // "Presiden Joko Widodo dan Wakil Presiden Ma'ruf Amin": two people, each with an office, are two names joined by dan
  const and = toks.findIndex((t, k) => k > 1 && t.lower === 'dan' && k + 2 < toks.length && isRole(toks[k + 1]) && isCapitalized(toks[k + 1]));
  if (and > 0) {
    const left = stripRoles(toks.slice(0, and));
    const right = stripRoles(toks.slice(and + 1));
    const named = (part: Token[]) => part.length >= 2 && part.every((t) => isCapitalized(t) && !isRole(t));
    if (named(left) && named(right)) return `${nameText(text, left)} dan ${nameText(text, right)}`;
  }
  let kept = stripRoles(toks);
  // "Mantan Kapolda Sumut itu menegaskan …": a role with a demonstrative describes a person named earlier; its place
  // ("Sumut itu") is no name of its own, so the description stays whole for the references to resolve
  const described = kept.length < toks.length && kept.length > 1 && DEMONSTRATIVES.has(toks[toks.length - 1].lower);
  if (described && isRole(toks[toks.length - kept.length - 1])) return nameText(text, toks);
  // "Direktur Utama PT Kereta Api Indonesia (KAI) Didiek Hartantyo": an organisation's acronym in parentheses closes the
  // organisation; the capitalised words after it (no role) are the person who holds the office
  const acronym = kept.findIndex((t, k) => k > 0 && k < kept.length - 1 && t.lead.includes('(') && t.trail.startsWith(')')
    && /^[\p{Lu}\p{N}-]{2,}$/u.test(t.core));
  if (acronym > 0 && kept.length - acronym - 1 <= 4 && kept.slice(acronym + 1).every((t) => isCapitalized(t) && !isRole(t) && !isAcronym(t))) {
    kept = kept.slice(acronym + 1);
  }
  // "Siti Aminah (45)": the age after a name is no part of it
  if (kept.length > 1 && kept[kept.length - 1].lead.includes('(') && /^\d{1,3}$/.test(kept[kept.length - 1].core)) kept = kept.slice(0, -1);
  // "Bank Indonesia (BI)": the parenthesised acronym is an alias, not part of the actor.
  if (kept.length > 1 && kept[kept.length - 1].lead.includes('(') && /^[\p{Lu}\p{N}-]+$/u.test(kept[kept.length - 1].core)) kept = kept.slice(0, -1);
  // "pak Deri (Derianto)", "Jokowi (Joko Widodo)": a name glossed by a fuller one in parentheses is the fuller one
  const gloss = glossedName(kept);
  if (gloss) return nameText(text, gloss);
  return nameText(text, kept.length ? kept : toks);
}

/**
 * The fuller of a name and the name glossing it in parentheses at the end of toks ("Deri (Derianto)" → Derianto;
 * "Joko Widodo (Jokowi)" → Joko Widodo): more words, or on a tie more letters. Null without such a gloss.
 */
function glossedName(toks: readonly Token[]): Token[] | null {
  const open = toks.findIndex((t, k) => k > 0 && t.lead.includes('('));
  if (open < 0) return null;
  const name = toks.slice(0, open);
  const inner = toks.slice(open);
  if (!inner.every((t) => isCapitalized(t) && !isAcronym(t)) || !name.every((t) => isCapitalized(t)) || inner.length > 4) return null;
  const letters = (ts: readonly Token[]) => ts.reduce((n, t) => n + t.core.length, 0);
  const innerFuller = inner.length > name.length || (inner.length === name.length && letters(inner) > letters(name));
  return innerFuller ? inner : name;
}

/**
 * The speaker named in a cue's tail: "Joe Sternlieb, presiden Georgetown BID" → Joe Sternlieb;
 * "asisten khusus Obama, Kori Schulman di sebuah postingan" → Kori Schulman; "polisi" → polisi.
 */
export function nameInCue(text: string, from: number, to: number): string {
  const parts: Token[][] = [];
  let cur: Token[] = [];
  for (const t of tokenize(text, from, to)) {
    cur.push(t);
    if (breaksClause(t)) {
      parts.push(cur);
      cur = [];
    }
  }
  if (cur.length) parts.push(cur);
  const cut = (toks: Token[]) => {
    // "kata analis pasar komoditas Ibrahim Assuaibi": the field of the role does not end the name
    let field = FIELD_ROLES.has(toks[0].lower) ? toks.findIndex((t, k) => k > 0 && isCapitalized(t)) : -1;
    if (!(field > 1 && field <= 5 && toks.slice(1, field).every((t) => /^\p{Ll}/u.test(t.core) && !NAME_STOPS.has(t.lower)))) field = -1;
    // "kata Menteri Energi dan Sumber Daya Mineral Bahlil Lahadalia": a "dan" inside an office does not end the name
    const capEnd = toks.findIndex((t) => !isCapitalized(t) && !ROLE_LINK.test(t.lower));
    const office = isRole(toks[0]) && lastRoleLink(toks, 1, capEnd < 0 ? toks.length : capEnd) > 0;
    const stop = toks.findIndex((t, i) => i > 0 && !(office && ROLE_LINK.test(t.lower)) && !(i < field)
      && (NAME_STOPS.has(t.lower) || (/^\p{Ll}/u.test(t.core) && isCapitalized(toks[0]) && !isRole(t) && !isConnector(t))));
    return stop > 0 ? toks.slice(0, stop) : toks;
  };
  let nonEmpty = parts.filter((p) => p.length);
  // "Kepala Biro Hukum, Komunikasi, dan Informasi Publik Kementerian X, Herman Suryatman": a role naming a list of
  // fields runs to the part that opens with "dan"; the name comes after it
  const listEnd = isRole(nonEmpty[0]?.[0] ?? NO_TOKEN) ? nonEmpty.findIndex((p, k) => k > 1 && /^(?:dan|serta)$/.test(p[0].lower)) : -1;
  if (listEnd > 0 && listEnd + 1 < nonEmpty.length) nonEmpty = [nonEmpty[0], ...nonEmpty.slice(listEnd + 1)];
  // A part that opens with a name ("Kori Schulman di …") beats one that opens with a role ("asisten khusus Obama");
  // a day ("…, Jumat malam", "…, Senin (12/3/2018)") says when, not who.
  const named = nonEmpty.find((p) => isCapitalized(p[0]) && !isRole(p[0]) && !NAME_STOPS.has(p[0].lower));
  const chosen = named ?? nonEmpty[0];
  return chosen ? nameText(text, stripRoles(cut(chosen))) : '';
}

const NO_TOKEN: Token = { start: 0, end: 0, coreStart: 0, coreEnd: 0, lower: '', core: '', trail: '', lead: '' };

const isConnector = (t: Token) => /^(?:bin|binti|van|de|der|al|el|von|da|di)$/.test(t.lower);

/** The tokens of capitalised names in a text, for the reference resolver: runs of capitalised words. */
export function capitalizedRuns(text: string): { name: string; start: number; end: number; afterRole: boolean; role: string | null }[] {
  const toks = tokenize(text);
  const out: { name: string; start: number; end: number; afterRole: boolean; role: string | null }[] = [];
  let i = 0;
  let role: string[] = [];
  // "Rina Wati selaku Kepala Ruang Anak RSUD": the role after "selaku"/"sebagai" is the named person's; what it heads
  // is an office, not another person
  let described = false;
  while (i < toks.length) {
    const t = toks[i];
    // "Terpisah Kepala Sekolah …": a sentence's opening adverb is capitalised but names nothing
    if (i === 0 && toks.length > 1 && (CLAUSE_OPENERS.has(t.lower) || ADVERBIAL_OPENERS.has(t.lower))) {
      i++;
      continue;
    }
    const title = titleAt(toks, i);
    // "Menteri Komunikasi dan Digital Meutya Hafid": the whole office is the role, the name after it the run; the office's
    // own capitalised words ("Polda Metro Jaya") are a name of their own, no person
    const named = title && !role.length ? nameAfterOffice(toks, i) : -1;
    if (named > 0) {
      if (/^(?:selaku|sebagai)$/.test(toks[i - 1]?.lower ?? '')) described = true;
      role = toks.slice(i, named).map((u) => u.lower);
      const office = toks.slice(skipTitles(toks, i, named), named).filter((u) => isCapitalized(u));
      const [a, z] = [office[0], office[office.length - 1]];
      if (office.length) out.push({ name: textOf(text, office), start: a.coreStart, end: z.coreEnd, afterRole: false, role: null });
      i = named;
      continue;
    }
    // "Kepala BPS Amalia Widyasanti", "Direktur Utama PT KAI Budi Santoso": acronyms after a role before a name are the
    // role's organisation, a name of their own; the person's run starts after them
    let acr = i;
    while (role.length && acr < toks.length && isAcronym(toks[acr]) && !endsRun(toks[acr])) acr++;
    // "pihak PT Kargo Jaya": a word of a company's name ("PT", "Tbk") opens the organisation's own name, which runs on
    const company = toks.slice(i, acr).some((u) => NAME_KINDS[u.lower]);
    if (acr > i && !company && acr < toks.length && isCapitalized(toks[acr]) && !isAcronym(toks[acr]) && !titleAt(toks, acr)) {
      const org = toks.slice(i, acr);
      out.push({ name: textOf(text, org), start: org[0].coreStart, end: org[org.length - 1].coreEnd, afterRole: false, role: null });
      for (const u of org) role.push(u.lower);
      i = acr;
      continue;
    }
    // "Bupati Bogor Ade Yasin": a known region after the office is its place, no part of the name after it
    const region = role.length > 0 && isCapitalized(t) && REGION_NAMES.has(t.lower) && !endsRun(t) && i + 1 < toks.length && isCapitalized(toks[i + 1]);
    if (title || region || (role.length && isCapitalized(t) && ROLE_DOMAINS.has(t.lower))) {
      if (!role.length) described = i > 0 && /^(?:selaku|sebagai)$/.test(toks[i - 1].lower);
      for (let k = 0; k < Math.max(1, title); k++) role.push(toks[i + k].lower);
      i += Math.max(1, title);
      continue;
    }
    if (!isCapitalized(t)) {
      // "Analis pasar komoditas Ibrahim Assuaibi": the field of the role keeps the role for the name after it
      const field = role.length > 0 && role.length <= 4 && FIELD_ROLES.has(role[0]) && !breaksClause(toks[i - 1]) && !NAME_STOPS.has(t.lower);
      role = field ? [...role, t.lower] : [];
      i++;
      continue;
    }
    const s = i;
    while (i + 1 < toks.length && isCapitalized(toks[i + 1]) && !toks[i + 1].lead.includes('(') && !endsRun(toks[i]) && !malayTitleAt(toks, i + 1)
      && !isRank(toks[i + 1])) i++;
    const run = toks.slice(s, i + 1);
    const honorific = s > 0 && HONORIFICS.has(toks[s - 1].lower);
    const afterRole = honorific || (run.length >= 2 && role.length > 0 && !described);
    out.push({ name: textOf(text, run), start: run[0].coreStart, end: run[run.length - 1].coreEnd, afterRole, role: role.length ? role.join(' ') : null });
    if (!/,/.test(toks[i].trail)) role = [];
    i++;
  }
  return out;
}
