// Names as a claim should carry them: titles, appositions and "X-based" qualifiers left out.
import { DOCUMENT_NOUNS, NAME_PARTICLES, SPOKES, STATEMENT_NOUNS, THING_HEADS, TITLES } from './lexicon.js';
import { has, type Tok } from './tokens.js';
import type { Parsed } from './clauses.js';

export interface CleanName {
  name: string;
  /** Organisation named in an apposition or "spokesperson for" phrase (for "we"/"our" in a quote). */
  org: string | null;
}

/** The text of the tokens; a stretch cut out of the middle (a cue) leaves a single space. */
function textOf(p: Parsed, idx: readonly number[]): string {
  let out = '';
  let runStart = 0;
  for (let k = 0; k < idx.length; k++) {
    if (k + 1 < idx.length && idx[k + 1] === idx[k] + 1) continue;
    const piece = p.text.slice(p.toks[idx[runStart]].start, p.toks[idx[k]].end);
    out = out ? `${out.replace(/[\s,;:—–-]+$/u, '')} ${piece}` : piece;
    runStart = k + 1;
  }
  return out;
}

/** The text of a run of tokens, without the punctuation that trails it. */
export function spanText(p: Parsed, idx: readonly number[]): string {
  return textOf(p, idx).replace(/[\s,;:.!?"“”'‘’—–-]+$/u, '').replace(/^[\s,;:"“”'‘’—–-]+/u, '');
}

/**
 * "American Express Co. yesterday said …", "The ministry on Tuesday announced …": a day standing between the subject
 * and its verb dates the act; it is no part of the name. Only a day word (yesterday, today, a weekday) after a noun,
 * with its "on": "The meeting on Tuesday" keeps its day when something other than a noun stands before "on".
 */
function dropTrailingDay(p: Parsed, toks: number[]): number[] {
  let end = toks.length;
  const day = (t: Tok): boolean => has(t, 'Date') && (has(t, 'WeekDay') || /^(yesterday|today|tonight)$/.test(t.lower));
  if (end < 2 || !day(p.toks[toks[end - 1]])) return toks;
  end--;
  if (end >= 2 && p.toks[toks[end - 1]].lower === 'on') end--;
  const before = p.toks[toks[end - 1]];
  return has(before, 'Noun') && !has(before, 'Date') && !has(before, 'Pronoun') ? toks.slice(0, end) : toks;
}

/** A noun phrase naming an actor or a source, cleaned of titles and asides. */
export function cleanName(p: Parsed, idx: readonly number[]): CleanName {
  let toks = dropTrailingDay(p, idx.slice());
  let org: string | null = null;
  // "X, president of the Y BID" → X; the apposition may name the organisation.
  const comma = toks.findIndex((i, k) => k < toks.length - 1 && p.boundary[i]);
  if (comma >= 0) {
    const rest = toks.slice(comma + 1);
    // "The governor's spokeswoman, Amy Reed": a name in apposition to a description is the name (not so a chain
    // of capitalised words, "Smith, Jones", nor an apposition after a name, "Amy Ross, Democrat of Ohio").
    const cap = (i: number): boolean => /^\p{Lu}/u.test(p.toks[i].text);
    const head = toks.slice(0, comma + 1);
    const gap = p.text.slice(p.toks[head[head.length - 1]].end, p.toks[rest[0]].start);
    if (rest.length <= 4 && rest.every(cap) && !rest.some((i) => TITLES.has(p.toks[i].lower)) && !head.every(cap) && /^\s*,\s*$/.test(gap)
      && has(p.toks[head[0]], 'Determiner') && isPersonRun(p, rest) && !head.some((i) => p.toks[i].lower === 'and')) {
      return { name: spanText(p, rest), org: null };
    }
    org = orgOf(p, rest);
    toks = head;
  }
  // "Mayor Elena Cruz of San Jose", "John Smith of the Red Cross": after a person's name, "of" opens the place or body
  // the person belongs to (the body is the speaker's organisation), no part of the name.
  const personal = (i: number): boolean => has(p.toks[i], 'Person') || has(p.toks[i], 'FirstName') || has(p.toks[i], 'LastName');
  const of = toks.findIndex((i, k) => k > 0 && k < toks.length - 1 && p.toks[i].lower === 'of' && personal(toks[k - 1])
    && /^\p{Lu}/u.test(p.toks[toks[k - 1]].text) && toks.slice(0, k).some((j) => has(p.toks[j], 'FirstName') || has(p.toks[j], 'Person'))
    // a first and a last name: not "Catherine of Russia", "John of Gaunt"
    && k >= 2 && /^\p{Lu}/u.test(p.toks[toks[k - 2]].text) && !TITLES.has(p.toks[toks[k - 2]].lower));
  if (of > 0) {
    const rest = toks.slice(of + 1);
    if (!org && !rest.every((i) => has(p.toks[i], 'Place') || p.toks[i].lower === 'the')) org = spanText(p, rest);
    toks = toks.slice(0, of);
  }
  // "a spokesperson for the ministry" → the ministry.
  const sp = toks.findIndex((i) => SPOKES.has(p.toks[i].lower));
  if (sp >= 0 && sp + 2 < toks.length + 1 && ['for', 'of', 'at'].includes(p.toks[toks[sp + 1]]?.lower ?? '')) {
    const body = toks.slice(sp + 2);
    if (body.length) return { name: spanText(p, body), org: spanText(p, body) };
  }
  // "London-based X", "New Zealand-born X": everything up to the qualifier goes.
  const born = toks.findIndex((i, k) => k < 4 && k < toks.length - 1 && /-(based|born|headquartered)$/i.test(p.toks[i].text));
  if (born >= 0) toks = toks.slice(born + 1);
  // compromise splits "Zealand-born" in two hyphenated words.
  const split = toks.findIndex((i, k) => k > 0 && k < 4 && k < toks.length - 1 && has(p.toks[i], 'Hyphenated') && /^(based|born|headquartered|owned|run|led)$/.test(p.toks[i].lower));
  if (split > 0 && has(p.toks[toks[split - 1]], 'Hyphenated')) toks = toks.slice(split + 1);
  // "according to a report by the central bank", "a statement from the ministry": the author is the source.
  const doc = toks.findIndex((i, k) => k < 4 && (DOCUMENT_NOUNS.has(p.toks[i].lower) || STATEMENT_NOUNS.has(p.toks[i].lower)));
  const by = doc >= 0 ? p.toks[toks[doc + 1]]?.lower : undefined;
  if ((by === 'by' || by === 'from') && doc + 2 < toks.length) toks = toks.slice(doc + 2);
  // "The senator's statement said …", "the ministry's letter": the one who issued it speaks.
  const n = toks.length;
  // "Hines' statement said …": compromise keeps the apostrophe of a plural possessive out of the word.
  const owner = p.toks[toks[n - 2]];
  const possessive = !!owner && (/\p{L}['’]s?$/u.test(owner.text) || /s$/.test(owner.text) && /^['’](?!\p{L})/u.test(p.text.slice(owner.end)));
  if (n >= 2 && STATEMENT_NOUNS.has(p.toks[toks[n - 1]].lower) && possessive) {
    const owner = stripTitles(p, toks.slice(0, n - 1));
    return { name: spanText(p, owner).replace(/['’]s?$/u, ''), org };
  }
  // "BP chairman Carl Holm", "Acme spokeswoman Jo Ng": a body named right before a lowercase title is the speaker's.
  const body = (t: Tok): boolean => /^\p{Lu}/u.test(t.text) && !TITLES.has(t.lower) && !has(t, 'Person') && !has(t, 'Place');
  const title = toks.findIndex((i, k) => k > 0 && TITLES.has(p.toks[i].text) && body(p.toks[toks[k - 1]]));
  if (!org && title > 0) org = spanText(p, toks.slice(0, title));
  toks = stripTitles(p, toks);
  return { name: spanText(p, toks), org };
}

function stripTitles(p: Parsed, toks: number[]): number[] {
  const T = (k: number): Tok => p.toks[toks[k]];
  let r = toks.length;
  // "President Luiz Inacio Lula da Silva": a name particle between capitalised words is inside the run.
  // "President Lee Jae-myung": the lowercase part of a hyphenated given name is inside the run too.
  const hyphenTail = (k: number): boolean => k > 0 && p.text.slice(T(k - 1).end, T(k).start) === '-' && /^\p{Lu}/u.test(T(k - 1).text);
  while (r > 0 && (/^\p{Lu}/u.test(T(r - 1).text) || r > 1 && r < toks.length && NAME_PARTICLES.has(T(r - 1).text) && /^\p{Lu}/u.test(T(r - 2).text)
    || hyphenTail(r - 1))) r--;
  if (r === toks.length) return toks;
  const run = afterLastTitle(p, toks.slice(r));
  if (r === 0) return run;
  const before = T(r - 1);
  if ((TITLES.has(before.lower) || has(before, 'Actor')) && !has(before, 'Possessive') && isPersonRun(p, run)) return run;
  // "the agency's Dr. Ann Lee": after a possessive, a titled person's name is the speaker; the body is the org.
  const possessive = has(before, 'Possessive') || /^['’]s$/.test(before.text);
  if (possessive && run.length < toks.length - r && run.length >= 2) return run;
  // "The chief investigator of the crash Ann Vance": a description holding a title or a person's noun, then a person's
  // first and last name without a comma, is an apposition; the name is kept.
  const described = has(T(0), 'Determiner') && toks.slice(0, r).some((i) => TITLES.has(p.toks[i].lower) || has(p.toks[i], 'Actor'));
  if (described && run.length >= 2 && has(p.toks[run[0]], 'FirstName') && !has(before, 'Possessive')) return run;
  // "Oil giant BP", "the carmaker Volta": the noun for the body is left out like a title.
  if (THING_HEADS.has(before.lower) && !has(before, 'Possessive')) return run;
  return toks.slice(0, r).concat(run);
}

/**
 * "Senate Majority Leader Chuck Schumer", "Ohio Governor Mike DeWine": the name after the last title word of
 * a capitalised run, when what follows looks like a person's name.
 */
export function afterLastTitle(p: Parsed, run: number[]): number[] {
  let t = -1;
  for (let k = 0; k < run.length - 1; k++) if (TITLES.has(p.toks[run[k]].lower)) t = k;
  if (t < 0) return run;
  const rest = run.slice(t + 1);
  // "Prime Minister Netanyahu", "Vice President Harris": two title words make the one word after them a name
  // (one title word may be part of a body's name: "General Motors").
  const titled = t >= 1 && TITLES.has(p.toks[run[t - 1]].lower) && rest.length === 1 && !has(p.toks[rest[0]], 'Organization') && !has(p.toks[rest[0]], 'Place');
  return rest.length >= 2 || isPersonRun(p, rest) || titled ? rest : run;
}

const isPersonRun = (p: Parsed, run: readonly number[]): boolean =>
  run.some((i) => has(p.toks[i], 'Person') || has(p.toks[i], 'FirstName') || has(p.toks[i], 'LastName')) || run.length >= 2;

function orgOf(p: Parsed, rest: readonly number[]): string | null {
  const k = rest.findIndex((i) => ['of', 'at', 'for'].includes(p.toks[i].lower));
  if (k < 0) return null;
  const body = [] as number[];
  for (const i of rest.slice(k + 1)) {
    body.push(i);
    if (p.boundary[i]) break;
  }
  // "Amy Ross, Democrat of Ohio": a place the speaker represents is no organisation that "we" could mean.
  if (body.every((i) => has(p.toks[i], 'Place') || p.toks[i].lower === 'the')) return null;
  return body.length ? spanText(p, body) : null;
}
