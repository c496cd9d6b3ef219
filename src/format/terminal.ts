// Text bound for a terminal (stderr messages, the human `diff` view) with its control characters made
// visible, so a file or an article cannot drive the user's terminal: a file named `a\x1b[2Jb.txt` would
// otherwise clear the screen, one named `a\rclaims: error: …` forge a message, and a right-to-left override
// (U+202E) reverse what follows it on the line.
//
// Escaped: C0 controls and DEL (U+0000–U+001F, U+007F) as \n, \r, \t or \xHH; C1 controls (U+0080–U+009F,
// which some terminals read as ESC sequences) and the bidirectional embeddings, overrides and isolates
// (U+202A–U+202E, U+2066–U+2069) as \u{HHHH}. Everything else, right-to-left letters and emoji included, is
// left as it is: only the means to steer the terminal go, not the text.
// eslint-disable-next-line no-control-regex -- control characters are what this file exists to find
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`);
  });
}
