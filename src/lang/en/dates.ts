import * as chrono from 'chrono-node';
import { mentionOf, referenceDate } from '../../dates.js';
import type { DateMention } from '../types.js';

export function findDates(text: string, published: string | null): DateMention[] {
  const ref = referenceDate(published);
  return chrono.en.parse(text, ref ?? new Date(0)).map((r) => mentionOf(r, ref != null));
}
