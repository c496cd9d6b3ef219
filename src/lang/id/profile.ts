// What the light parts of `claims` (CLI options, detect, diff) know of Indonesian: data only, no imports of
// compromise or chrono (see LanguageProfile). Malay (ms) reads close enough to Indonesian to take its rules.
import type { LanguageProfile } from '../types.js';
import { indonesianComparison } from './comparison.js';
import { indonesianDetection } from './detection.js';

export const indonesianProfile: LanguageProfile = { code: 'id', alsoReads: ['ms'], detection: indonesianDetection, comparison: indonesianComparison };
