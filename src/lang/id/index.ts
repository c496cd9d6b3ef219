import type { LanguageModule } from '../types.js';
import { findDates } from './dates.js';
import { extract } from './extract.js';
import { resolveReferences } from './references.js';
import { cleaning } from './cleaning.js';
import { segmentation } from './segmentation.js';
import { indonesianProfile } from './profile.js';

export const indonesian: LanguageModule = { ...indonesianProfile, segmentation, cleaning, extract, resolveReferences, findDates };
