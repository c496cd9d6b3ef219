import type { LanguageModule } from '../types.js';
import { findDates } from './dates.js';
import { extract } from './extract.js';
import { resolveReferences } from './references.js';
import { cleaning } from './cleaning.js';
import { segmentation } from './segmentation.js';
import { englishProfile } from './profile.js';

export const english: LanguageModule = { ...englishProfile, segmentation, cleaning, extract, resolveReferences, findDates };
