// Messages for the user, on stderr; colour only on a terminal and never with NO_COLOR.
import { Chalk } from 'chalk';

const colour = new Chalk({ level: process.stderr.isTTY && !process.env.NO_COLOR ? 1 : 0 });

export const log = {
  note: (message: string) => { process.stderr.write(colour.dim(`claims: ${message}`) + '\n'); },
  error: (message: string) => { process.stderr.write(log.errorText(message) + '\n'); },
  errorText: (message: string) => colour.red(`claims: error: ${message}`),
};
