// Stage 2: read metadata (front matter, metadata lines, dateline, title) and mask what is not article
// prose (metadata, site boilerplate). The text itself is never changed, so spans stay true to the input.
import YAML from 'yaml';
import { ALL_MODULES } from './lang/index.js';
import type { CleaningRules, LanguageModule } from './lang/types.js';
import { alternation } from './lang/patterns.js';
import type { Article, CleanedArticle, Range } from './types.js';

/** `date 2024-12-02`, `Published: 2024-12-02` at the start of a line, possibly fused to the first sentence. */
const ISO_TIME = '(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?';
const FRONT_MATTER = /^(\uFEFF?[ \t]*---[ \t]*\r?\n)([\s\S]*?)\r?\n[ \t]*(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
/** A line that is only a date: `Wednesday, April 13, 2011`, `2024-12-02`, `Senin, 12 Maret 2018 10:30 WIB`. */
const DATE_ONLY_MAX = 60;
/**
 * `Jakarta, Senin (12/3/2018) -`, `JAKARTA, KOMPAS.com -`, `WASHINGTON (Reuters) -`, `LONDON, April 13 (AP) —`; wire copy
 * writes the dash as an underscore between spaces: `WASHINGTON (AP) _ The Senate voted …`.
 */
const DATELINE = /^[ \t]*(\p{Lu}[\p{L}.'’ -]{1,40}?)(?:,[ \t]*|[ \t]+(?=\())([^\n]{0,60}?)[ \t]+(?:[-–—]{1,2}|_)[ \t]+/u;
/** `Jakarta - …`, `KUALA LUMPUR — …`, `WASHINGTON _ …`: a place and a dash opening the first paragraph. */
const BARE_DATELINE = /^[ \t]*\p{Lu}[\p{L}]+(?:[ \t]\p{Lu}[\p{L}]+){0,2}[ \t]+(?:[-–—]{1,2}|_)[ \t]+(?=\S)/u;
/** An agency's credit alone and a dash opening a line: `(Wikinews) — NASA said …`, `(AP) _ The Senate …`. */
const AGENCY_DATELINE = /^[ \t]*\([A-Z][\w.]*\)[ \t]*(?:[-–—]{1,2}|_)[ \t]+(?=\S)/i;
const TITLE_MAX = 150;
const HEAD_LINES = 3;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A news agency's credit in a dateline: one word in parentheses, `(AP)`, `(Reuters)`, `(antara)`. */
const AGENCY = /\([A-Z][\w.]*\)/i;
const CLOCK = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\b\.?)?/gi;

/** The cleaning rules of a set of languages, as the patterns `clean` applies: every language's, to every article. */
interface Cleaner {
  modules: readonly LanguageModule[];
  boilerplate: readonly RegExp[];
  metadataLine: RegExp;
  metadataKv: RegExp;
  /** A metadata word anywhere (`Posted`, `Diperbarui`), global, for removing it before a fused date line. */
  metadataKey: RegExp;
  /** A byline or site line carrying the date: `By Jane Roe | December 2, 2024`, `Kompas.com - 02/12/2024, 14:30 WIB`. */
  byline: RegExp;
  /** A site's name in a dateline: `JAKARTA, KOMPAS.com -`. */
  site: RegExp;
  /** Weekday names, global, for removing them from a line. */
  weekday: RegExp;
  /** The same, for testing whether a line holds one. */
  hasWeekday: RegExp;
  zone: RegExp;
  frontMatter: { published: readonly string[]; title: readonly string[] };
}

function cleanerOf(modules: readonly LanguageModule[]): Cleaner {
  const all = <T>(pick: (c: CleaningRules) => readonly T[]) => modules.flatMap((m) => pick(m.cleaning));
  const words = (pick: (c: CleaningRules) => readonly string[]) => alternation(all(pick));
  const keys = all((c) => c.metadataKeys).map((k) => k.replace(/ /g, '\\s+')).join('|');
  const domains = words((c) => c.siteDomains);
  return {
    modules,
    boilerplate: all((c) => c.boilerplate),
    metadataLine: new RegExp(`^[ \\t]*(?:${keys})[ \\t]*[:=]?[ \\t]*(\\d{4}-\\d{2}-\\d{2})${ISO_TIME}[ \\t]*`, 'i'),
    /** `Published: December 2, 2024`, `Tanggal: Senin, 12 Maret 2018 10:30 WIB`: a key and nothing but a date. */
    metadataKv: new RegExp(`^[ \\t]*(?:${keys})[ \\t]*:?[ \\t]*([^\\n]{4,60}?)[ \\t]*$`, 'i'),
    metadataKey: new RegExp(`\\b(?:${keys})\\b:?`, 'gi'),
    byline: new RegExp(`^(?:${words((c) => c.bylineWords)})\\b|\\||^[\\w-]+\\.(?:${domains})\\b`, 'i'),
    site: new RegExp(`\\b[\\w-]+\\.(?:${domains})\\b`, 'i'),
    weekday: new RegExp(`\\b(?:${words((m) => m.weekdays)})\\b\\.?`, 'gi'),
    hasWeekday: new RegExp(`\\b(?:${words((m) => m.weekdays)})\\b`, 'i'),
    zone: new RegExp(`\\b(?:${words((m) => m.timeZones)})\\b`, 'g'),
    frontMatter: { published: all((c) => c.frontMatter.published), title: all((c) => c.frontMatter.title) },
  };
}

const BUILT_IN = cleanerOf(ALL_MODULES);

/** Metadata, title and article text of one article, by the cleaning rules of `modules` (the built-in languages'). */
export function clean(article: Article, modules: readonly LanguageModule[] = ALL_MODULES): CleanedArticle {
  const c = modules === ALL_MODULES ? BUILT_IN : cleanerOf(modules);
  const text = article.text;
  const masked: Range[] = [];
  let published: string | null = null;
  let title: string | null = null;
  let from = 0;

  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    const meta = readFrontMatter(fm[2], c);
    if (meta) {
      published = meta.published;
      title = meta.title;
      masked.push([0, fm[0].length]);
      from = fm[0].length;
    }
  }

  const order = byLikelyLanguage(text, modules);
  const lines = linesOf(text, from);
  let proseLines = 0; // a dateline or date line may follow a headline, so look at the first few lines
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    const trimmed = content.trim();
    if (!trimmed) continue;
    const meta = c.metadataLine.exec(content);
    if (meta) {
      published ??= meta[1];
      masked.push([line.start, line.start + meta[0].length]);
      if (content.slice(meta[0].length).trim()) proseLines++;
      continue;
    }
    const kv = c.metadataKv.exec(content);
    const kvDate = kv ? dateOnlyLine(kv[1].trim(), order, c) : undefined;
    if (kvDate !== undefined) {
      published ??= kvDate;
      masked.push([line.start, line.end]);
      continue;
    }
    if (trimmed.length <= 200 && c.boilerplate.some((re) => re.test(trimmed))) {
      masked.push([line.start, line.end]);
      continue;
    }
    if (proseLines < HEAD_LINES) {
      const date = dateOnlyLine(trimmed, order, c) ?? bylineDate(trimmed, order, c);
      if (date !== undefined) {
        published ??= date;
        masked.push([line.start, line.end]);
        continue;
      }
      const fused = fusedDate(content, order, c);
      if (fused) {
        published ??= fused.value;
        // "Monday, March 4, 2013 HOUSTON (Wikinews) — NASA said …": a dateline may follow the fused date line.
        const rest = content.slice(fused.length);
        const dl = DATELINE.exec(rest);
        const after = dl && isDateline(dl[1], dl[2], order, c) ? dl[0].length : (BARE_DATELINE.exec(rest) ?? AGENCY_DATELINE.exec(rest))?.[0].length ?? 0;
        masked.push([line.start, line.start + fused.length + after]);
        proseLines++;
        continue;
      }
      const dl = DATELINE.exec(content);
      const isDl = dl != null && isDateline(dl[1], dl[2], order, c);
      if (dl && isDl) {
        published ??= dateIn(dl[2], order) ?? null;
        masked.push([line.start, line.start + dl[0].length]);
      } else {
        const bare = BARE_DATELINE.exec(content) ?? AGENCY_DATELINE.exec(content);
        if (bare) masked.push([line.start, line.start + bare[0].length]);
      }
      if (title == null && proseLines === 0 && !isDl && isTitle(trimmed, line, lines)) title = trimmed;
      proseLines++;
    }
  }

  const published_ = validDay(article.published) ?? validDay(published);
  return { id: article.id, text, published: published_, title, body: complement(masked, text) };
}

interface Line { start: number; end: number }

function linesOf(text: string, from: number): Line[] {
  const out: Line[] = [];
  let start = from;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const end = nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
    out.push({ start, end });
    start = nl + 1;
  }
  return out;
}

function readFrontMatter(src: string, c: Cleaner): { published: string | null; title: string | null } | null {
  let data: unknown;
  try {
    data = YAML.parse(src, { schema: 'core', maxAliasCount: 0 });
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const rec = data as Record<string, unknown>;
  const pick = (...keys: string[]) => {
    for (const k of keys) {
      const v = rec[k];
      if (v instanceof Date) return v.toISOString().slice(0, 10);
      if (typeof v === 'string' || typeof v === 'number') return String(v);
    }
    return null;
  };
  const date = pick(...c.frontMatter.published);
  return { published: date ? (dateIn(date, c.modules) ?? null) : null, title: pick(...c.frontMatter.title) };
}

/**
 * A date in a short piece of text, resolved with any language's rules; only absolute full dates count.
 * Where languages read it differently ("Senin (12/3/2018)"), the reading that covers the most text wins:
 * the weekday tells which language's day/month order applies.
 */
function dateIn(s: string, order: readonly LanguageModule[]): string | undefined {
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(s);
  if (iso) return iso[1];
  let best: { value: string; length: number } | undefined;
  for (const m of order) {
    for (const d of m.findDates(s, null)) {
      if (d.value && ISO_DAY.test(d.value) && d.end - d.start > (best?.length ?? 0)) best = { value: d.value, length: d.end - d.start };
    }
  }
  return best?.value;
}

function dateOnlyLine(line: string, order: readonly LanguageModule[], c: Cleaner): string | undefined {
  if (line.length > DATE_ONLY_MAX || !/\d/.test(line) || /[.!?]["”’]?$/.test(line) && !/\d\.?$/.test(line)) return undefined;
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?$/.test(line)) return line.slice(0, 10);
  for (const m of order) {
    for (const d of m.findDates(line, null)) {
      if (!d.value || !ISO_DAY.test(d.value)) continue;
      const rest = `${line.slice(0, d.start)} ${line.slice(d.end)}`.replace(c.weekday, ' ').replace(CLOCK, ' ').replace(c.zone, ' ');
      // Only a weekday, a time or a time zone may stand beside the date.
      if (!/[\p{L}\p{N}]/u.test(rest)) return d.value;
    }
  }
  return undefined;
}

/**
 * A date line that lost its line break and runs into the first sentence: `Thursday, May 7, 2015 On Tuesday, the
 * government …`, `Senin, 12 Maret 2018 Presiden …`. Only a weekday (and a metadata word: `Posted Thursday, May 7,
 * 2015 …`) may precede the full date (with its year), only a time, a time zone, a separator (`|`, a dash) or an
 * agency's credit (`(AP)`) may follow it, and then the sentence must open: a capital, a digit (`2,000 people …`), a
 * quotation mark (`Thursday, May 7, 2015 "We will act," …`) or a word like `eBay`; `May 7, 2015 was …` is prose.
 * Text scraped without the break may have no space either: `Thursday, May 7, 2015On Tuesday, …`. A full stop is no
 * separator: `December 31, 1988. Hello world.` is a sentence of its own.
 * Returns the date and the length of the prefix to mask.
 */
function fusedDate(line: string, order: readonly LanguageModule[], c: Cleaner): { value: string; length: number } | undefined {
  let head = line.slice(0, DATE_ONLY_MAX);
  if (!/\d{4}/.test(head)) return undefined;
  // "2015On": chrono reads no year glued to a word, so read the head only up to it.
  const glued = /\d{4}(?=\p{Lu})/u.exec(head);
  if (glued) head = head.slice(0, glued.index + 4);
  for (const m of order) {
    for (const d of m.findDates(head, null)) {
      if (!d.value || !ISO_DAY.test(d.value) || !/\d{4}/.test(d.text)) continue;
      if (/[\p{L}\p{N}]/u.test(line.slice(0, d.start).replace(c.metadataKey, ' ').replace(c.weekday, ' '))) continue;
      const after = FUSED_TAIL.exec(line.slice(d.end));
      if (after && (after[0] || /\d$/.test(d.text))) return { value: d.value, length: d.end + after[0].length };
    }
  }
  return undefined;
}

/** What may stand between a fused date line and its sentence (times, zones, a separator, a credit), and the sentence's opening. */
const FUSED_TAIL = new RegExp(
  String.raw`^(?:[ \t,]*(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\b\.?)?|[A-Z]{2,4}\b|\||[-–—]{1,2}|_|${AGENCY.source}))*` +
    String.raw`[ \t]*(?=["“‘'(]?\p{Lu}|\d|\p{Ll}+\p{Lu})`,
  'u',
);

/** A short byline or site line whose date is the publication date. */
function bylineDate(line: string, order: readonly LanguageModule[], c: Cleaner): string | undefined {
  if (line.length > 100 || !/\d/.test(line) || /[.!?]["”’]?$/.test(line) || !c.byline.test(line)) return undefined;
  return dateIn(line, order);
}

/** The languages, likeliest first by their commonest words, so "02/12/2024" is read day-first in Indonesian. */
function byLikelyLanguage(text: string, modules: readonly LanguageModule[]): readonly LanguageModule[] {
  const sample = text.slice(0, 4000).toLowerCase().split(/[^\p{L}]+/u);
  const score = (m: LanguageModule) => { const common = new Set(m.cleaning.commonWords); return sample.filter((w) => common.has(w)).length; };
  return [...modules].map((m) => ({ m, s: score(m) })).sort((a, b) => b.s - a.s).map((x) => x.m);
}

function isDateline(place: string, rest: string, order: readonly LanguageModule[], c: Cleaner): boolean {
  if (/\p{Ll}/u.test(place) && place.split(/\s+/).length > 3) return false;
  if (AGENCY.test(rest) || c.site.test(rest)) return true;
  return dateIn(rest, order) !== undefined || c.hasWeekday.test(rest);
}

function isTitle(line: string, self: Line, lines: Line[]): boolean {
  if (line.length > TITLE_MAX || /[.!?;:,]["”’)]?$/.test(line)) return false;
  const i = lines.indexOf(self);
  return i >= 0 && i < lines.length - 1; // more text follows
}

function validDay(d: string | null | undefined): string | null {
  return d && ISO_DAY.test(d) && !Number.isNaN(Date.parse(d)) ? d : null;
}

/** The parts of [0, text.length) not covered by the masked ranges. */
function complement(masked: Range[], text: string): Range[] {
  const sorted = [...masked].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  let at = 0;
  for (const [s, e] of sorted) {
    if (s > at) out.push([at, s]);
    at = Math.max(at, e);
  }
  if (at < text.length) out.push([at, text.length]);
  return out.filter(([s, e]) => text.slice(s, e).trim().length > 0);
}
