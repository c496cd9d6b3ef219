import type { CleaningRules } from '../types.js';
import { TIME_ZONES, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from './calendar.js';

export const cleaning: CleaningRules = {
  boilerplate: [
    /^exit mobile version$/i,
    /^advertisement$/i,
    /^(?:share|share this(?: article| story| post)?|share on \w+)$/i,
    /^follow us(?: on .*)?$/i,
    /^(?:read more|related|also read|see also|more on this story|recommended)\s*:.*$/i,
    /^(?:tags?|topics?)\s*:.*$/i,
    /^(?:sign up|subscribe)\b.{0,120}$/i,
    /^(?:click here|scroll to continue|skip to (?:main )?content)\b.{0,80}$/i,
    /^(?:©|copyright\b|all rights reserved).{0,200}$/i,
    /^(?:photo|image|video|credit)\s*:.{0,200}$/i,
    /^(?:by|reporting by|editing by|written by)\s+\p{Lu}[\p{L}.'’ -]{1,60}(?:;.*)?$/iu,
    // Agency credits: "(Reporting by Andrea Shalal; Editing by Leslie Adler)".
    /^\((?:additional )?(?:reporting|writing|editing|compiled)\b.{0,200}\)$/i,
  ],
  weekdays: [...WEEKDAYS, ...WEEKDAY_ABBREVIATIONS],
  timeZones: TIME_ZONES,
  commonWords: 'the of and to in that is was for on with said'.split(' '),
  metadataKeys: ['date', 'published', 'publication date', 'posted', 'updated', 'dateline'],
  bylineWords: ['by', 'posted', 'published', 'updated'],
  siteDomains: ['com', 'net', 'org', 'co.uk'],
  frontMatter: { published: ['published', 'date', 'publication_date', 'pubdate'], title: ['title', 'headline'] },
};
