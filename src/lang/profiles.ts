// The languages `claims` reads, as their light profiles (see LanguageProfile): the CLI's `--lang` choices, `detect`
// and `diff` take them from here without loading the heavy rules of src/lang/index.ts. Register a new language here
// and in src/lang/index.ts, in the same order (the first is the fallback for sentence splitting).
import { englishProfile } from './en/profile.js';
import { indonesianProfile } from './id/profile.js';
import type { LanguageProfile } from './types.js';

export const PROFILES: readonly LanguageProfile[] = [englishProfile, indonesianProfile];

/** The profile whose rules read `language` (its own, or one it `alsoReads`), or null when none does. */
export function profileFor<P extends LanguageProfile>(language: string, profiles: readonly P[]): P | null {
  return profiles.find((p) => p.code === language) ?? profiles.find((p) => p.alsoReads.includes(language)) ?? null;
}

/** Every language code the profiles read: their own first, then the borrowed ones. */
export function languageCodes(profiles: readonly LanguageProfile[]): string[] {
  return [...profiles.map((p) => p.code), ...profiles.flatMap((p) => p.alsoReads)];
}

/** The CLI's `--lang` choices: `auto` (detect) or a language some profile reads. */
export const LANGUAGE_CHOICES: readonly string[] = ['auto', ...languageCodes(PROFILES)];
