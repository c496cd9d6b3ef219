// What the light parts of `claims` (CLI options, detect, diff) know of English: data only, no imports of compromise
// or chrono (see LanguageProfile).
import type { LanguageProfile } from '../types.js';
import { englishComparison } from './comparison.js';
import { englishDetection } from './detection.js';

export const englishProfile: LanguageProfile = { code: 'en', alsoReads: [], detection: englishDetection, comparison: englishComparison };
