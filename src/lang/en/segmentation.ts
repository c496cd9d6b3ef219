import type { SegmentationRules } from '../types.js';

export const segmentation: SegmentationRules = {
  abbreviations: new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'sgt', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'a.m', 'p.m', 'e.g', 'i.e']),
  prefixes: new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'sgt', 'st', 'no']),
};
