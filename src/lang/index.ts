import { english } from './en/index.js';
import { indonesian } from './id/index.js';
import type { LanguageModule } from './types.js';

const MODULES: Record<string, LanguageModule> = { en: english, id: indonesian };
/** Languages processed with another language's rules: Malay reads close enough to Indonesian. */
const BORROWED: Record<string, string> = { ms: 'id' };

export const SUPPORTED = Object.keys(MODULES);

/** The rules to process a language with, or null when `claims` has none for it. */
export function rulesFor(language: string): LanguageModule | null {
  return MODULES[language] ?? MODULES[BORROWED[language] ?? ''] ?? null;
}

export const ALL_MODULES: readonly LanguageModule[] = Object.values(MODULES);
