// The English–Indonesian lexicon shipped in data/, which `diff` (and library callers) use to compare claims across
// languages. Reading it is I/O, so it lives with the CLI; the library entry re-exports the loader.
import fs from 'node:fs';
import { parseLexicon, type Lexicon } from '../diff/index.js';

/** Where the bundled lexicon lies: data/ of the installed package. */
export const LEXICON_FILE = new URL('../../data/lexicon-en-id.tsv', import.meta.url);

let lexicon: Lexicon | null = null;
/** The bundled lexicon, read and parsed once per process. */
export function loadLexicon(): Lexicon {
  return (lexicon ??= parseLexicon(fs.readFileSync(LEXICON_FILE, 'utf8')));
}
