// Shared date helpers: chrono-node results → ISO 8601 at the precision the text gives.
import type { ParsedResult } from 'chrono-node';
import type { DateMention } from './lang/types.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** `published` (YYYY-MM-DD) as the reference instant chrono resolves relative expressions against. */
export function referenceDate(published: string | null): Date | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  return new Date(`${published}T12:00:00`);
}

/** The ISO value of a chrono result at the precision the text gave: `2023`, `2024-12`, `2024-12-02`. */
export function isoOf(result: ParsedResult): string | null {
  const c = result.start;
  const year = c.get('year');
  if (year == null) return null;
  if (c.isCertain('day') || (c.isCertain('weekday') && c.get('day') != null)) {
    return `${year}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
  }
  if (c.isCertain('month')) return `${year}-${pad(c.get('month') ?? 1)}`;
  return String(year);
}

export function mentionOf(result: ParsedResult, relativeAllowed: boolean): DateMention {
  const value = relativeAllowed || result.start.isCertain('year') ? isoOf(result) : null;
  return { start: result.index, end: result.index + result.text.length, text: result.text, value };
}
