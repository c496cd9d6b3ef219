// The languages `claims` reads, with their full rules (see LanguageModule). Loading this module loads compromise and
// chrono; what needs only codes or word lists reads src/lang/profiles.ts instead. Keep the order of PROFILES.
import { english } from './en/index.js';
import { indonesian } from './id/index.js';
import { profileFor } from './profiles.js';
import type { LanguageModule } from './types.js';

/** The languages one run reads with: the built-in ones, or those plus a caller's own (see `withLanguage`). */
export interface Languages {
  readonly modules: readonly LanguageModule[];
  /** Rules that split the sentences of a language none of the modules reads (the first module's). */
  readonly fallback: LanguageModule;
}

/** A registry of `modules`; the first is the fallback. */
export function languages(modules: readonly LanguageModule[]): Languages {
  if (!modules.length) throw new Error('a language registry needs at least one language module');
  return { modules, fallback: modules[0] };
}

export const ALL_MODULES: readonly LanguageModule[] = [english, indonesian];
export const LANGUAGES: Languages = languages(ALL_MODULES);

/** `base` with one more language, or with `module` in place of the one with its code. */
export function withLanguage(base: Languages, module: LanguageModule): Languages {
  const others = base.modules.filter((m) => m.code !== module.code);
  return languages(others.length === base.modules.length ? [...base.modules, module] : base.modules.map((m) => (m.code === module.code ? module : m)));
}

/** Languages that have their own rules. */
export const SUPPORTED = ALL_MODULES.map((m) => m.code);

/** The rules to process a language with, or null when `claims` has none for it. */
export function rulesFor(language: string, langs: Languages = LANGUAGES): LanguageModule | null {
  return profileFor(language, langs.modules);
}
