// Messages for the user, on stderr; colour only on a terminal and never with NO_COLOR.
import { Chalk } from 'chalk';

const colour = new Chalk({ level: process.stderr.isTTY && !process.env.NO_COLOR ? 1 : 0 });

/** A status line (the progress bar) that a message must clear before it is written. */
let statusLine: { clear(): void } | null = null;

function write(text: string): void {
  statusLine?.clear();
  process.stderr.write(text + '\n');
}

export const log = {
  note: (message: string) => { write(colour.dim(`claims: ${message}`)); },
  error: (message: string) => { write(log.errorText(message)); },
  errorText: (message: string) => colour.red(`claims: error: ${message}`),
  setStatusLine: (line: { clear(): void } | null) => { statusLine = line; },
};
