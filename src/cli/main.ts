// The command line: parses options, reads inputs, runs the pipeline, writes output. All I/O lives here.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createRequire } from 'node:module';
import { readInputs } from './inputs.js';
import { registerDiff } from './diff.js';
import { log } from './log.js';
import { fileSink, stdoutSink, type Sink } from './output.js';
import { detect, extract, sentences } from '../pipeline.js';
import { documentSchema } from '../schema.js';
import { FORMATS, serializer, type Format } from '../serialize.js';
import type { Article } from '../types.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

export interface CommonOptions {
  format: Format;
  input: 'text' | 'ndjson';
  lang: string;
  published?: string;
  output?: string;
  jobs: number;
  maxBytes: number;
}

type Work = (article: Article) => unknown;

const LANGS = ['auto', 'en', 'id', 'ms'];

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
    .addOption(new Option('--input <kind>', 'text: each input is one article; ndjson: one {"id","text","published"?,"lang"?} record per line').choices(['text', 'ndjson']).default('text'))
    .addOption(new Option('--lang <lang>', 'force the language instead of detecting it').choices(LANGS).default('auto'))
    .option('--published <YYYY-MM-DD>', 'publication date to resolve relative dates against (overrides the article)', parseDay)
    .option('-o, --output <file>', 'write to FILE instead of stdout, atomically')
    .option('--jobs <n>', 'worker threads for many inputs (default: one per core); output order never changes', positiveInt, 1)
    .option('--max-bytes <n>', 'refuse a single input larger than this many bytes', positiveInt, 64 * 1024 * 1024);
}

export function program(): Command {
  const prog = new Command('claims')
    .description('Extract attributed claims — who did or said what, when, according to whom — from English and Indonesian news articles.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: (s, write) => write(log.errorText(s.replace(/^error: /, '').trimEnd()) + '\n') })
    .exitOverride();

  const examples = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

  addCommonOptions(prog.command('extract').argument('[paths...]', 'files, folders (recursive), or - for stdin'), FORMATS, 'yaml')
    .description('claims of each article: actor, action, date, source')
    .addHelpText('after', examples([
      'claims extract fixtures/',
      'claims extract article.txt --format json | jq ".[].claims[] | {actor, action}"',
      'cat article.txt | claims extract - --published 2024-12-02',
      'claims extract --input ndjson --format ndjson < batch.ndjson > claims.ndjson',
    ]))
    .action((paths: string[], o: CommonOptions) => runBatch(paths, o, (a) => extract(a, { note: log.note })));

  addCommonOptions(prog.command('sentences').argument('[paths...]', 'files, folders (recursive), or - for stdin'), FORMATS, 'yaml')
    .description('the sentences of each input, with their spans in code points')
    .addHelpText('after', examples(['claims sentences fixtures/en --format json', 'echo "Dr. Smith left. He said so." | claims sentences - --format ndjson']))
    .action((paths: string[], o: CommonOptions) => runBatch(paths, o, sentences));

  addCommonOptions(prog.command('detect').argument('[paths...]', 'files, folders (recursive), or - for stdin'), FORMATS, 'yaml')
    .description('language of each input (en, id, ms, other ISO 639-1 codes or und) with a confidence in [0, 1]')
    .addHelpText('after', examples(['claims detect fixtures/ --format ndjson', 'echo "Presiden mengatakan bahwa…" | claims detect -']))
    .action((paths: string[], o: CommonOptions) => runBatch(paths, o, detect));

  prog.command('schema')
    .description('print the JSON Schema (draft 2020-12) of one output document')
    .addHelpText('after', examples(['claims schema > claims.schema.json']))
    .action(() => {
      process.stdout.write(JSON.stringify(documentSchema, null, 2) + '\n');
    });

  registerDiff(prog);

  return prog;
}

let exitCode = 0;
let stopped = false;

async function runBatch(paths: string[], o: CommonOptions, work: Work): Promise<void> {
  if (!paths.length) {
    if (process.stdin.isTTY) throw usage('no input: give files, folders, or - to read stdin');
    paths = ['-'];
  }
  const sink: Sink = o.output ? fileSink(o.output) : stdoutSink(() => { stopped = true; });
  const onSignal = () => { sink.abort(); process.exit(130); };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  const ser = serializer(o.format);
  let count = 0;
  await sink.write(ser.begin());
  for await (const input of readInputs(paths, { format: o.input, maxBytes: o.maxBytes, stdin: () => process.stdin })) {
    if (stopped) break;
    if (input.kind === 'note') { log.note(input.message); continue; }
    if (input.kind === 'error') { log.error(`${input.id}: ${input.reason}`); exitCode = 2; continue; }
    const article: Article = { ...input.article, published: o.published ?? input.article.published ?? null, lang: o.lang !== 'auto' ? o.lang : (input.article.lang ?? null) };
    let doc: unknown;
    try {
      doc = work(article);
    } catch (e) {
      log.error(`${article.id}: could not be processed (${(e as Error).message})`);
      exitCode = 2;
      continue;
    }
    await sink.write(ser.item(doc, count++));
  }
  if (stopped) return;
  await sink.write(ser.end(count));
  await sink.close();
}

function usage(message: string): CommanderError {
  return new CommanderError(2, 'claims.usage', message);
}

export async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv);
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      if (e.code === 'claims.usage') log.error(e.message);
      return 2;
    }
    log.error((e as Error).message ?? String(e));
    return 2;
  }
}
