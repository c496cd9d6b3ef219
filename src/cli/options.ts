// Options shared by every command (CLAIMS.md §3).
import { InvalidArgumentError, Option, type Command } from 'commander';
import os from 'node:os';
import type { Format } from '../serialize.js';
import { LANGUAGE_CHOICES } from '../lang/profiles.js';

export interface CommonOptions {
  format: Format;
  input: 'text' | 'ndjson';
  lang: string;
  published?: string;
  output?: string;
  jobs: number;
  maxBytes: number;
  timeout: number;
}

/** The same lists as serialize.ts's FORMATS and EXTRACT_FORMATS, here so that listing options does not load the YAML library. */
export const FORMATS: readonly Format[] = ['yaml', 'json', 'ndjson'];
export const EXTRACT_FORMATS: readonly Format[] = [...FORMATS, 'csv', 'jsonld', 'html'];

const LANGS = LANGUAGE_CHOICES;

function parseDay(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new InvalidArgumentError('expected a date YYYY-MM-DD');
  return v;
}
function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

export function addCommonOptions(cmd: Command, formats: readonly string[], defaultFormat?: string): Command {
  const format = new Option('--format <format>', 'output format').choices(formats);
  if (defaultFormat) format.default(defaultFormat);
  return cmd
    .addOption(format)
    .addOption(
      new Option('--input <kind>', 'text: each input is one article; ndjson: one {"id","text","published"?,"lang"?} record per line')
        .choices(['text', 'ndjson'])
        .default('text'),
    )
    .addOption(new Option('--lang <lang>', 'force the language instead of detecting it').choices(LANGS).default('auto'))
    .option('--published <YYYY-MM-DD>', 'publication date to resolve relative dates against (overrides the article)', parseDay)
    .option('-o, --output <file>', 'write to FILE instead of stdout, atomically')
    .option('--jobs <n>', 'worker threads for many inputs (default: one per core); output order never changes', positiveInt, os.availableParallelism())
    .option(
      '--max-bytes <n>',
      'refuse a single input (a file, stdin, or one NDJSON record) larger than this many bytes; the rest still run',
      positiveInt,
      64 * 1024 * 1024,
    )
    .option('--timeout <seconds>', 'give up on one article after this many seconds per MB (at least this many); the rest still run', positiveInt, 60);
}
