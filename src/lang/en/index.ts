import type { LanguageModule } from '../types.js';
import { parseDocument, type DocumentParse } from './analysis.js';
import { findDates } from './dates.js';
import { extract } from './extract.js';
import { resolveReferences } from './references.js';
import { cleaning } from './cleaning.js';
import { segmentation } from './segmentation.js';
import { englishProfile } from './profile.js';

export const english: LanguageModule<DocumentParse> = {
  ...englishProfile, segmentation, cleaning, analyze: parseDocument, extract, resolveReferences, findDates,
};
