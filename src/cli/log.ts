// Messages for the user, on stderr; colour only on a terminal and never with NO_COLOR. Messages carry file
// names and article text, so their control characters are escaped (src/format/terminal.ts) before colour is added.
import { Chalk } from 'chalk';
import { escapeControls } from '../format/terminal.js';

const colour = new Chalk({ level: process.stderr.isTTY && !process.env.NO_COLOR ? 1 : 0 });

/** A status line (the progress bar) that a message must clear before it is written. */
let statusLine: { clear(): void } | null = null;

function write(text: string): void {
  statusLine?.clear();
  process.stderr.write(text + '\n');
}

export const log = {
  note: (message: string) => { write(colour.dim(`claims: ${escapeControls(message)}`)); },
  error: (message: string) => { write(log.errorText(message)); },
  errorText: (message: string) => colour.red(`claims: error: ${escapeControls(message)}`),
  /** A further line of an error message (commander's "(Did you mean …?)"). */
  errorMore: (message: string) => colour.red(escapeControls(message)),
  setStatusLine: (line: { clear(): void } | null) => { statusLine = line; },
};
