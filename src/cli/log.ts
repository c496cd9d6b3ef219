// Messages for the user, on the run's stderr; colour only on a terminal and never with NO_COLOR. Messages carry file
// names and article text, so their control characters are escaped (src/format/terminal.ts) before colour is added.
// One Log per run of `main`: two runs in one process never share a status line or a colour decision.
import { Chalk } from 'chalk';
import { escapeControls } from '../format/terminal.js';

/** Where messages go and what decides their colour: the run's stderr and environment. */
export interface LogTarget {
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
}

export interface Log {
  note(message: string): void;
  error(message: string): void;
  errorText(message: string): string;
  /** A further line of an error message (commander's "(Did you mean …?)"). */
  errorMore(message: string): string;
  /** A status line (the progress bar) that a message must clear before it is written. */
  setStatusLine(line: { clear(): void } | null): void;
}

export function createLog({ stderr, env }: LogTarget): Log {
  const colour = new Chalk({ level: stderr.isTTY && !env.NO_COLOR ? 1 : 0 });
  let statusLine: { clear(): void } | null = null;
  const write = (text: string) => {
    statusLine?.clear();
    stderr.write(text + '\n');
  };
  const log: Log = {
    note: (message) => { write(colour.dim(`claims: ${escapeControls(message)}`)); },
    error: (message) => { write(log.errorText(message)); },
    errorText: (message) => colour.red(`claims: error: ${escapeControls(message)}`),
    errorMore: (message) => colour.red(escapeControls(message)),
    setStatusLine: (line) => { statusLine = line; },
  };
  return log;
}
