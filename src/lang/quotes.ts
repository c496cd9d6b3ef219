// Quotation marks, once for every language and stage: typography, not any one language's. Code that needs a set of
// them (a character class, a pairing) builds it from these.
//
// English and Indonesian news write “…” (curly) or "…" (straight), sometimes «…» and the low opening „ (typed for “),
// and ‘…’ or '…' inside a quotation, where the closing single mark is also the apostrophe (“the nation’s”).

/** The curly double marks: “ opens, ” closes. */
export const CURLY_OPEN = '“';
export const CURLY_CLOSE = '”';
/** Double quotation marks that open and close differently, each opening mark with its closing one. */
export const DOUBLE_PAIRS: Readonly<Record<string, string>> = { [CURLY_OPEN]: CURLY_CLOSE, '«': '»' };
/** The low opening mark („…” or „…“), closed as a curly quotation is. */
export const LOW_OPEN = '„';
/** Single quotation marks that open and close differently; the closing one is also the typographic apostrophe. */
export const SINGLE_PAIRS: Readonly<Record<string, string>> = { '‘': '’' };
/** The straight marks, which both open and close (and ' is the plain apostrophe). */
export const STRAIGHT_DOUBLE = '"';
export const STRAIGHT_SINGLE = "'";

/** Double marks that only open, and that only close. */
export const OPENING_DOUBLE: readonly string[] = [...Object.keys(DOUBLE_PAIRS), LOW_OPEN];
export const CLOSING_DOUBLE: readonly string[] = Object.values(DOUBLE_PAIRS);
