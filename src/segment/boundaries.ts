// Which tokens of a piece of running text end a sentence. Every decision looks at a bounded window around
// one token (its own characters up to a cap, the next few tokens), so a piece is split in linear time.
import type { SegmentationRules } from '../lang/types.js';
import { enclosures, type Spans } from './enclosures.js';
import { listMarker, type Marker } from './markers.js';
import { endsWithStop, lowerWritten, runOnEnd, stretchLengths, strongStart, weakRunOnEnd } from './runon.js';
import { isDigit, isLetter, isLower, isUpper, tokenize, type Token, type Tokens } from './tokens.js';

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '*', '_']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '¿', '¡', '*', '_', '`']);
const STOPS = new Set(['.', '!', '?', '…', '．', '。', '！', '？']);
const BULLETS = new Set(['•', '◦', '▪', '▫', '‣', '⁃', '∙', '●', '○', '■', '□', '►', '▶', '✓', '✔']);
const DASH = /^[-–—]{1,3}$/;
const CURRENCY = new Set(['$', '€', '£', '¥', '₹']);
/** Longer words are never abbreviations; caps the work per token. */
const MAX_WORD = 40;

/** The sentences of text[from, to), as [start, end) offsets of their first and last tokens. */
export function sentencesOf(text: string, from: number, to: number, rules: SegmentationRules): Token[] {
  const tokens = tokenize(text, from, to);
  const spans = rules.keepEnclosed ? enclosures(text, from, to) : [];
  let lastMark = to; // the piece's last character but final periods and spaces
  while (lastMark > from && /[\s.]/.test(text[lastMark - 1])) lastMark--;
  const out: Token[] = [];
  let first = 0;
  let span = 0;
  let lastMarker: { marker: Marker; index: number } | null = null;
  const { starts, ends } = tokens;
  const runOn = rules.runOn;
  // stretches without sentence punctuation, where lost sentence ends are looked for (segment/runon.ts)
  const stretch = runOn ? stretchLengths(text, tokens, (w) => rules.prefixes.has(w) || rules.abbreviations.has(w)) : null;
  // the words the piece writes lower-case, read once the piece has a stretch long enough to be read for lost ends
  let written: Set<string> | null = null;
  const lostEnd = (i: number) => !!runOn && i - first >= 2 && stretch![i] >= SHORT_STRETCH
    && (stretch![i] >= runOn.minWords
      ? runOnEnd(text, tokens, i, runOn, { calendar: rules.calendar, first, written: written ??= lowerWritten(text, tokens) })
      : strongStart(text, tokens, i, runOn));
  // weaker ends, taken only where the piece they fall in is too long for one sentence, in a stretch without sentence
  // punctuation as long as two such pieces: text that lost its full stops, not one long punctuated sentence
  const weak: number[] = [];
  const push = (last: number) => {
    if (runOn && last - first + 1 >= LONG_PIECE) {
      for (const w of splitLong(weak, first, last)) {
        out.push({ start: starts[first], end: ends[w] });
        first = w + 1;
      }
    }
    out.push({ start: starts[first], end: ends[last] });
    weak.length = 0;
  };
  let quotes = 0; // straight double quotation marks before token i: an odd count leaves one open
  for (let i = 0; i < tokens.length; i++) {
    const open = quotes % 2 === 1;
    for (let k = starts[i]; k < ends[i]; k++) if (text.charCodeAt(k) === 34) quotes++;
    if (i === tokens.length - 1) {
      push(i);
      break;
    }
    if (runOn && stretch![i] >= WEAK_STRETCH && weakRunOnEnd(text, tokens, i, runOn)) weak.push(i);
    const tok = tokens.at(i);
    // a list item begins a sentence, follows a bullet, or follows a colon (`as follows: 1. Apply early`)
    const atStart = i === first || (i === first + 1 && isBullet(text, tokens.at(first))) || (i > 0 && text[ends[i - 1] - 1] === ':');
    const marker = atStart ? listMarker(text, tok) : null;
    if (marker) lastMarker = { marker, index: i };
    else if (plainJoin(text, ends[i] - 1, starts[i + 1], ends[i + 1] - 1)) {
      if (!lostEnd(i)) continue;
      push(i);
      first = i + 1;
      continue;
    }
    while (span < spans.length && spans[span][1] < tok.end - 1) span++;
    const inside = span < spans.length && spans[span][0] < tok.end - 1 && tok.end - 1 < spans[span][1];
    let cut: boolean;
    if (inside) cut = false;
    else if (spans.length && closingComment(text, spans, span, tokens.at(i + 1), lastMark - 1)) cut = false;
    else if (startsWithBullet(text, tokens.at(i + 1))) cut = true;
    else if (lastMarker && !(i === first && isBullet(text, tok)) && i + 1 - lastMarker.index <= 30
      && follows(listMarker(text, tokens.at(i + 1)), lastMarker.marker)) cut = true;
    else if (marker) cut = false;
    else {
      cut = endsSentence(text, tokens, i, i - first, rules, (open ? OPEN_BEFORE : 0) | (quotes % 2 === 1 ? OPEN_AFTER : 0)) || lostEnd(i)
        || (!!runOn && i - first >= 2 && stretch![i] >= runOn.minWords && markerAfterRunOn(text, tokens, i));
    }
    if (cut) {
      push(i);
      first = i + 1;
    }
  }
  return out;
}

/**
 * `…kualitas hidup masyarakat 1. Bagaimana distribusi …`: in a stretch that lost its full stops, a number with a period
 * after a word and before a capital is no sentence end but the marker of a list item, which opens the next sentence; the
 * sentence ends at the word before it. Punctuated text ("…meraih peringkat 3. Setelah itu …") is no such stretch.
 */
function markerAfterRunOn(text: string, tokens: Tokens, i: number): boolean {
  // after a lower-case word: "…seperti pada Gambar 9. Mesin …" refers to a figure
  if (i + 2 >= tokens.length || !isLower(text[tokens.starts[i]]) || !isLetter(text[tokens.ends[i] - 1])) return false;
  const m = listMarker(text, tokens.at(i + 1));
  return !!m && m.kind === 'number' && !m.paren && isUpper(text[tokens.starts[i + 2]]);
}

/** A stretch this long without sentence punctuation is read for strong sentence starts only (runon.ts strongStart). */
const SHORT_STRETCH = 10;
/** A run-on piece of this many tokens is taken for two sentences or more (two short news sentences make about 24). */
const LONG_PIECE = 24;
/** Weak ends are read only in a stretch without sentence punctuation this long: four short sentences run together. */
const WEAK_STRETCH = 40;
/** No piece cut from a long one is shorter than this. */
const MIN_PIECE = 6;

/**
 * Of the weak ends within tokens [first, last], those that cut a piece of LONG_PIECE tokens or more: the one nearest
 * its middle that leaves MIN_PIECE tokens or more on each side, then the same within each half. One cut per long
 * piece keeps a possessor name ("warga Florida sudah …") in its sentence when a better end is at hand.
 */
function splitLong(weak: readonly number[], first: number, last: number): number[] {
  if (last - first + 1 < LONG_PIECE) return [];
  const mid = (first + last) / 2;
  let best = -1;
  for (const w of weak) {
    if (w - first + 1 < MIN_PIECE || last - w < MIN_PIECE) continue;
    if (best < 0 || Math.abs(w - mid) < Math.abs(best - mid)) best = w;
  }
  if (best < 0) return [];
  return [...splitLong(weak, first, best), best, ...splitLong(weak, best + 1, last)];
}

/**
 * Most tokens end with a letter or a comma and are followed by a plain word: no sentence ends there, whatever
 * else holds (the quick path that keeps long texts fast).
 */
function plainJoin(text: string, last: number, nextFirst: number, nextLast: number): boolean {
  const code = text.charCodeAt(last);
  const wordEnd = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 44 || code === 59 || code === 58;
  if (!wordEnd && (code < 128 || !isLetter(text[last]))) return false;
  const f = text[nextFirst], l = text[nextLast];
  return f !== '.' && f !== '…' && !BULLETS.has(f) && l !== '.' && l !== ')';
}

interface Shape {
  /** The sentence punctuation at the end of the token, closing quotes and footnote marks aside ('' if none). */
  stops: string;
  /** The word before it, opening marks aside, at most MAX_WORD + 1 characters. */
  word: string;
  /** A closing quotation mark or parenthesis follows the punctuation. */
  closed: boolean;
  /** The punctuation is bracketed, an omission mark: `[...]`. */
  omission: boolean;
}

function shape(text: string, tok: Token): Shape {
  let e = tok.end;
  let closed = false;
  for (let guard = 0; e > tok.start && guard < 12; guard++) {
    const c = text[e - 1];
    const f = c === ']' || isDigit(c) ? footnoteStart(text, tok.start, e) : -1;
    if (f >= 0) e = f;
    else if (CLOSERS.has(c)) {
      e--;
      closed = true;
    } else break;
  }
  let p = e;
  while (p > tok.start && e - p <= 8 && STOPS.has(text[p - 1])) p--;
  let w = tok.start;
  if (p - w > MAX_WORD) w = p - MAX_WORD - 1;
  while (w < p && OPENERS.has(text[w])) w++;
  const omission = p > tok.start && text[p - 1] === '[' && text[e] === ']';
  return { stops: text.slice(p, e), word: text.slice(w, p), closed, omission };
}

/** Start of a footnote mark ending at e: `[12]`, `[2–11]`, or 1–3 digits right after sentence punctuation. */
function footnoteStart(text: string, start: number, e: number): number {
  if (text[e - 1] === ']') {
    let b = e - 2;
    while (b > start && e - b < 10 && /[\d–,-]/.test(text[b])) b--;
    return text[b] === '[' && b < e - 2 && b > start ? b : -1;
  }
  let b = e - 1;
  while (b > start && e - b < 4 && isDigit(text[b - 1])) b--;
  if (b - 1 <= start || isDigit(text[b - 1])) return -1;
  const stop = text[b - 1];
  const before = text[b - 2];
  return STOPS.has(stop) && (isLetter(before) || before === ')') ? b : -1;
}

interface Next {
  kind: 'upper' | 'lower' | 'digit' | 'other' | 'none';
  /** The next word, lowercased, letters only. */
  word: string;
}

/** The first word after token i, past dashes and opening marks. */
function nextWord(text: string, tokens: Tokens, i: number): Next {
  let j = i + 1;
  while (j < tokens.length && j - i <= 3 && DASH.test(text.slice(tokens.at(j).start, tokens.at(j).end))) j++;
  if (j >= tokens.length) return { kind: 'none', word: '' };
  const tok = tokens.at(j);
  const m = listMarker(text, tok);
  // `(b) Next item`, the first item of a list (`1. The`, `a. here`), a numbered item (`10. The`) after a sentence
  if (m && (m.paren || m.values.includes(1) || (m.kind === 'number' && j + 1 < tokens.length && startsUpper(text, tokens.starts[j + 1])))) {
    return { kind: 'upper', word: '' };
  }
  let s = tok.start;
  while (s < tok.end && s - tok.start < 4 && (OPENERS.has(text[s]) || BULLETS.has(text[s]))) s++;
  const c = text[s];
  if (CURRENCY.has(c) && isDigit(text[s + 1])) return { kind: 'digit', word: '' };
  let e = s;
  while (e < tok.end && e - s < 20 && isLetter(text[e])) e++;
  const word = text.slice(s, e).toLowerCase();
  // a brand written lower-case first (`iPhone`, `eKTP`) opens a sentence like a capitalised word
  if (isUpper(c) || (isLower(c) && isUpper(text[s + 1]) && isLower(text[s + 2] ?? ''))) return { kind: 'upper', word };
  if (isLower(c)) return { kind: 'lower', word };
  if (isDigit(c)) return { kind: 'digit', word };
  return { kind: 'other', word };
}

const OPEN_BEFORE = 1, OPEN_AFTER = 2;

/**
 * `quote` (OPEN_BEFORE, OPEN_AFTER): a straight quotation mark is open before token i, after it. Text spaced around its punctuation
 * ("Ia senang . " Budi pergi", "tahun 1990 . " Saya …") has its quotation marks as tokens of their own: a lone closing
 * mark after sentence punctuation ends the sentence, a lone opening one belongs to the next.
 */
function endsSentence(text: string, tokens: Tokens, i: number, before: number, rules: SegmentationRules, quote: number): boolean {
  const tok = tokens.at(i);
  const last = text[tok.end - 1];
  const open = (quote & OPEN_BEFORE) !== 0, openAfter = (quote & OPEN_AFTER) !== 0;
  if (i > 0 && loneMark(text, tok, CLOSERS) && (last !== '"' || open) && stopAtEnd(text, tokens.at(i - 1))) {
    return nextWord(text, tokens, i).kind === 'upper';
  }
  // the sentence punctuation before a lone closing mark ends nothing itself; before a lone opening one, look past it
  const after = i + 1 < tokens.length ? tokens.at(i + 1) : null;
  if (after && loneMark(text, after, CLOSERS) && (text[after.start] !== '"' || openAfter)) return false;
  if (after && text[after.start] === '"' && after.end - after.start === 1 && !openAfter && stopAtEnd(text, tok)) {
    return nextWord(text, tokens, i + 1).kind === 'upper';
  }
  // most tokens are plain words, and a dot token is all that can follow one with consequence
  if (isLetter(last) && text[tokens.at(i + 1).start] !== '.') return false;
  const run = dotRun(text, tokens, i + 1);
  if (isDotToken(text, tok)) {
    // a spaced ellipsis (`word . . . Next`, `word … Next`) ends the sentence like an attached one, except before
    // `I`; a lone period (`pricing\n. Next`) is a period
    if (run > 0) return false;
    let n = 0, dots = 0;
    for (; n < 5 && i - n >= 0 && isDotToken(text, tokens.at(i - n)); n++) dots += dotsIn(text, tokens.at(i - n));
    const next = nextWord(text, tokens, i);
    if (before < n) return false; // an ellipsis that opens a sentence (`. . . The practice`)
    return next.kind === 'upper' && (dots >= 4 || dots === 1 || next.word !== 'i');
  }
  if (run > 0) {
    // `word. . . . Next`: the sentence ends at the word's own period, the ellipsis opens the next one
    return text[tok.end - 1] === '.' && run >= 3 && nextWord(text, tokens, i + run).kind === 'upper';
  }
  const { stops, word, closed, omission } = shape(text, tok);
  const next = nextWord(text, tokens, i);
  if (!stops) {
    // speech broken off: `to--" At this moment`
    return closed && /(--|—)$/.test(word) && next.kind === 'upper';
  }
  if (/[!?！？]/.test(stops)) return next.kind === 'upper';
  if (stops.length > 1 || stops === '…') {
    if (omission) return false;
    return next.kind === 'upper' && (stops.length > 3 || next.word !== 'i');
  }
  if (stops !== '.' && stops !== '．') return next.kind === 'upper';
  return afterPeriod(word, next, before, rules);
}

/** Does a period after `word` end the sentence, given the next word and the number of tokens before? */
function afterPeriod(word: string, next: Next, before: number, rules: SegmentationRules): boolean {
  if (next.kind === 'lower' || next.kind === 'other') return false;
  if (!word) return next.kind === 'upper';
  const lower = word.toLowerCase();
  if (rules.prefixes.has(lower)) return false;
  if (isDigit(word[word.length - 1])) return next.kind === 'upper';
  const dotted = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(word);
  // an abbreviation ends a sentence only if the sentence has some words before it
  if (rules.finalAbbreviations.has(lower) || (dotted && isLower(word[0])) || (word.length === 1 && isLower(word))) {
    return next.kind === 'upper' && before >= 3 && !rules.calendar.has(next.word);
  }
  if (rules.abbreviations.has(lower) || dotted || (word.length === 1 && isUpper(word))) {
    // an initial (George W. Bush), a proper abbreviation (U.S. Army), a company (Co. KG): only a typical
    // first word follows a sentence end
    return next.kind === 'upper' && rules.starters.has(next.word) && before >= 3;
  }
  if (next.kind === 'upper') return true;
  // a number rarely opens a sentence; take it as one after a plain word (not an unknown short abbreviation
  // like `Art.`) in a sentence of some length
  return next.kind === 'digit' && before >= 3 && /^(?:\p{Ll}{2,}|\p{Lu}\p{Ll}{3,})$/u.test(word);
}

/**
 * A parenthesis after a sentence that closes the piece (`…the house!' (Which was very likely true.)`) is a
 * comment on that sentence.
 */
function closingComment(text: string, spans: Spans, from: number, next: Token, lastMark: number): boolean {
  if (text[next.start] !== '(') return false;
  for (let k = from; k < spans.length && k <= from + 1; k++) if (spans[k][0] === next.start) return spans[k][1] === lastMark;
  return false;
}

/** The token is one or more of `marks` and nothing else: a spaced quotation mark or parenthesis. */
function loneMark(text: string, tok: Token, marks: ReadonlySet<string>): boolean {
  if (tok.end - tok.start > 3) return false;
  for (let k = tok.start; k < tok.end; k++) if (!marks.has(text[k])) return false;
  return true;
}

/** The token ends with sentence punctuation, closing marks (this file's, emphasis marks included) aside. */
const stopAtEnd = (text: string, tok: Token): boolean => endsWithStop(text, tok.start, tok.end, CLOSERS);

/** Number of tokens from j that are lone dots (`.`, `.”`), up to 5. */
function dotRun(text: string, tokens: Tokens, j: number): number {
  let n = 0;
  while (n < 5 && j + n < tokens.length && isDotToken(text, tokens.at(j + n))) n++;
  return n;
}

function isDotToken(text: string, tok: Token): boolean {
  if (text[tok.start] !== '.' && text[tok.start] !== '…') return false;
  for (let k = tok.start + 1; k < tok.end; k++) if (!CLOSERS.has(text[k]) && text[k] !== '.') return false;
  return tok.end - tok.start <= 4;
}

function dotsIn(text: string, tok: Token): number {
  let n = 0;
  for (let k = tok.start; k < tok.end; k++) n += text[k] === '.' ? 1 : text[k] === '…' ? 3 : 0;
  return n;
}

function startsUpper(text: string, s: number): boolean {
  for (let k = 0; k < 4 && OPENERS.has(text[s]); k++) s++;
  return isUpper(text[s]);
}

function isBullet(text: string, tok: Token): boolean {
  return tok.end - tok.start === 1 && BULLETS.has(text[tok.start]);
}

function startsWithBullet(text: string, tok: Token): boolean {
  return BULLETS.has(text[tok.start]);
}

function follows(next: Marker | null, previous: Marker): boolean {
  if (!next || next.kind !== previous.kind) return false;
  // the next item, or the first item of a new list
  return next.values.some((v) => v === 1 || v === 101 || previous.values.includes(v - 1));
}
