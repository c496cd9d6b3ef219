// Names as Indonesian news writes them: roles and titles stripped, the person's name kept.
import { NAME_STOPS, ROLES, ROLE_DOMAINS } from './lexicon.js';
import { isCapitalized, tokenize, type Token } from './tokens.js';

const isAcronym = (t: Token) => t.core.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(t.core);
export const isRole = (t: Token) => ROLES.has(t.lower) || ROLES.has(t.lower + '.') || ROLES.has(t.core.toLowerCase());

/** Leading roles and titles off a name: "Wakil CEO Sberbank Alexander Vedyakhin" → "Alexander Vedyakhin". */
export function stripRoles(toks: Token[]): Token[] {
  const selaku = toks.findIndex((t) => t.lower === 'selaku');
  let end = selaku > 0 ? selaku : toks.length;
  while (end > 1 && isRole(toks[end - 1]) && toks[end - 1].core.includes('.')) end--;
  let i = 0;
  while (i < end - 1 && isRole(toks[i])) i++;
  if (i === 0) return toks.slice(0, end);
  let domain = false;
  while (i < end - 1 && isCapitalized(toks[i]) && (ROLE_DOMAINS.has(toks[i].lower) || isAcronym(toks[i]))) {
    i++;
    domain = true;
  }
  // "Wakil CEO Sberbank Alexander Vedyakhin", "Gubernur Jawa Barat Ridwan Setiawan": places and
  // organisations before a full name.
  if (!domain && end - i >= 3 && isCapitalizedRun(toks, i, end)) i = end - i >= 4 ? end - 2 : i + 1;
  if (!isCapitalized(toks[i])) return toks.slice(0, end);
  return toks.slice(i, end);
}

function isCapitalizedRun(toks: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isCapitalized(toks[i])) return false;
  return true;
}

const textOf = (text: string, toks: Token[]) => (toks.length ? text.slice(toks[0].coreStart, toks[toks.length - 1].coreEnd) : '');

/** A name or description with its roles stripped; the text as written if nothing would be left. */
export function cleanName(text: string, from = 0, to = text.length): string {
  const toks = tokenize(text, from, to);
  if (!toks.length) return '';
  let kept = stripRoles(toks);
  // "Bank Indonesia (BI)": the parenthesised acronym is an alias, not part of the actor.
  if (kept.length > 1 && kept[kept.length - 1].lead.includes('(') && /^[\p{Lu}\p{N}-]+$/u.test(kept[kept.length - 1].core)) kept = kept.slice(0, -1);
  return textOf(text, kept.length ? kept : toks);
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
    if (/[,;:]/.test(t.trail)) {
      parts.push(cur);
      cur = [];
    }
  }
  if (cur.length) parts.push(cur);
  const cut = (toks: Token[]) => {
    const stop = toks.findIndex((t, i) => i > 0 && (NAME_STOPS.has(t.lower) || (/^\p{Ll}/u.test(t.core) && isCapitalized(toks[0]) && !isRole(t) && !isConnector(t))));
    return stop > 0 ? toks.slice(0, stop) : toks;
  };
  const nonEmpty = parts.filter((p) => p.length);
  // A part that opens with a name ("Kori Schulman di …") beats one that opens with a role ("asisten khusus Obama").
  const named = nonEmpty.find((p) => isCapitalized(p[0]) && !isRole(p[0]));
  const chosen = named ?? nonEmpty[0];
  return chosen ? textOf(text, stripRoles(cut(chosen))) : '';
}

const HONORIFICS = new Set(['tn', 'ny', 'nn', 'pak', 'bu', 'bapak', 'ibu', 'dr', 'prof', 'h', 'hj', 'mr', 'mrs', 'ms']);

const isConnector = (t: Token) => /^(?:bin|binti|van|de|der|al|el|von|da|di)$/.test(t.lower);

/** The tokens of capitalised names in a text, for the reference resolver: runs of capitalised words. */
export function capitalizedRuns(text: string): { name: string; start: number; end: number; afterRole: boolean; role: string | null }[] {
  const toks = tokenize(text);
  const out: { name: string; start: number; end: number; afterRole: boolean; role: string | null }[] = [];
  let i = 0;
  let role: string[] = [];
  while (i < toks.length) {
    const t = toks[i];
    if (isRole(t) || (role.length && isCapitalized(t) && ROLE_DOMAINS.has(t.lower))) {
      role.push(t.lower);
      i++;
      continue;
    }
    if (!isCapitalized(t)) {
      role = [];
      i++;
      continue;
    }
    const s = i;
    while (i + 1 < toks.length && isCapitalized(toks[i + 1]) && !toks[i + 1].lead.includes('(') && !/[,;:.!?”"]/.test(toks[i].trail)) i++;
    const run = toks.slice(s, i + 1);
    const honorific = s > 0 && HONORIFICS.has(toks[s - 1].lower);
    const afterRole = honorific || (run.length >= 2 && role.length > 0);
    out.push({ name: textOf(text, run), start: run[0].coreStart, end: run[run.length - 1].coreEnd, afterRole, role: role.length ? role.join(' ') : null });
    if (!/,/.test(toks[i].trail)) role = [];
    i++;
  }
  return out;
}
