// The command line: parses options, reads inputs, hands articles to a pool of worker threads that run the
// pipeline, writes output in input order. All I/O lives here. The pipeline and its language models load
// only in the workers, so `claims --version` and `claims --help` start fast. `main` takes the arguments and the
// streams (src/cli/io.ts) and returns the exit status; bin/claims.js gives it the process's and sets the exit code.
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { withOptions } from './claimfiles.js';
import { readInputs } from './inputs.js';
import { registerDiff } from './diff.js';
import { registerTrack } from './track.js';
import { Cli, type Io } from './io.js';
import type { Command as JobCommand, JobResult } from './jobs.js';
import type { Log } from './log.js';
import { InOrder } from './ordered.js';
import { fileSink, stdoutSink, type Sink } from './output.js';
import { addOutDirOptions, outDirUsage, runOutDir, type OutDirOptions } from './outdir.js';
import { startRun } from './run.js';
export { Compiler } from './compiler.js';
import { addCommonOptions, EXTRACT_FORMATS, FORMATS, type CommonOptions } from './options.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

function program(cli: Cli): Command {
  const { stdout, stderr, env } = cli.io;
  // commander's defaults, read from the run's streams instead of the process's
  const width = (s: typeof stdout) => (s.isTTY ? s.columns : undefined) as number; // undefined: commander's 80
  const hasColors = (s: typeof stdout) => {
    if (env.NO_COLOR || env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
    if (env.FORCE_COLOR || env.CLICOLOR_FORCE !== undefined) return true;
    return !!s.isTTY && !!(s as { hasColors?: () => boolean }).hasColors?.();
  };
  const prog = new Command('claims')
    .description('Extract attributed claims — who did or said what, when, according to whom — from English and Indonesian news articles.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => stdout.write(s),
      writeErr: (s) => stderr.write(s),
      getOutHelpWidth: () => width(stdout),
      getErrHelpWidth: () => width(stderr),
      getOutHasColors: () => hasColors(stdout),
      getErrHasColors: () => hasColors(stderr),
      outputError: (s, write) => write(commanderError(s, cli.log)),
    })
    .exitOverride();

  const examples = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

  addOutDirOptions(addCommonOptions(prog.command('extract').argument('[paths...]', 'files, folders (recursive), or - for stdin'), EXTRACT_FORMATS, 'yaml'))
    .description('claims of each article: actor, action, date, source')
    .addHelpText('after', examples([
      'claims extract fixtures/',
      'claims extract article.txt --format json | jq ".[].claims[] | {actor, action}"',
      'cat article.txt | claims extract - --published 2024-12-02',
      'claims extract --input ndjson --format ndjson < batch.ndjson > claims.ndjson',
      'claims extract articles/ --format csv -o claims.csv   # one row per claim, safe to open in a spreadsheet',
      'claims extract article.txt --format jsonld            # schema.org Claim items for ClaimReview markup',
      'claims extract article.txt --format html -o claims.html  # the article with its claims marked, for a browser',
      'claims extract articles/ --format json --out-dir claims/  # one file per article; a rerun does only new or changed ones',
    ]))
    .action((paths: string[], o: CommonOptions) => runBatch(cli, paths, o, 'extract'));

  addOutDirOptions(addCommonOptions(prog.command('sentences').argument('[paths...]', 'files, folders (recursive), or - for stdin'), FORMATS, 'yaml'))
    .description('the sentences of each input, with their spans in code points')
    .addHelpText('after', examples(['claims sentences fixtures/en --format json', 'echo "Dr. Smith left. He said so." | claims sentences - --format ndjson']))
    .action((paths: string[], o: CommonOptions) => runBatch(cli, paths, o, 'sentences'));

  addCommonOptions(prog.command('detect').argument('[paths...]', 'files, folders (recursive), or - for stdin'), FORMATS, 'yaml')
    .description('language of each input (en, id, ms, other ISO 639-1 codes or und) with a confidence in [0, 1]')
    .addHelpText('after', examples(['claims detect fixtures/ --format ndjson', 'echo "Presiden mengatakan bahwa…" | claims detect -']))
    .action((paths: string[], o: CommonOptions) => runBatch(cli, paths, o, 'detect'));

  prog.command('schema')
    .description('print the JSON Schema (draft 2020-12) of one output document')
    .addHelpText('after', examples(['claims schema > claims.schema.json']))
    .action(async () => {
      const { documentSchema } = await import('../schema.js');
      stdout.write(JSON.stringify(documentSchema, null, 2) + '\n');
    });

  registerDiff(prog, cli);
  registerTrack(prog, cli);

  return prog;
}

type Outcome = JobResult | { seq: number; ok: false; reason: string; notes: string[]; input: true; id: string } | { note: string };

async function runBatch(cli: Cli, paths: string[], o: CommonOptions & OutDirOptions, command: JobCommand): Promise<void> {
  const { io, log } = cli;
  const outDirProblem = outDirUsage(o);
  if (outDirProblem) throw usage(outDirProblem);
  if (!paths.length) {
    if (io.stdin.isTTY) throw usage('no input: give files, folders, or - to read stdin');
    paths = ['-'];
  }
  if (o.outDir != null) return runOutDir(cli, paths, o, command);
  const { serializer, separator } = await import('../serialize.js');
  const ser = serializer(o.format);
  let stopped = false; // by the reader going away or by Ctrl-C
  let interrupted = false;
  const sink: Sink = o.output ? fileSink(o.output, cli.resolve(o.output)) : stdoutSink(io.stdout, () => { stopped = true; });
  const { pool, progress, finish } = startRun(cli, paths, o);

  let count = 0;
  const ids = new Map<number, string>();
  const emit = async (r: Outcome) => {
    if ('note' in r) return interrupted ? undefined : log.note(r.note);
    const id = ids.get(r.seq) ?? '?';
    ids.delete(r.seq);
    if (stopped) return;
    progress?.tick();
    for (const n of r.notes) log.note(n);
    if (!r.ok) {
      log.error(`${id}: ${r.reason}`);
      cli.raise(2);
      return;
    }
    await sink.write(separator(o.format, count) + r.text);
    count++;
  };
  const order = new InOrder<Outcome>(emit, Math.max(8, o.jobs * 4));

  const work = async () => {
    await sink.write(ser.begin());
    let seq = 0;
    for await (const input of readInputs(paths, { format: o.input, maxBytes: o.maxBytes, stdin: () => io.stdin, cwd: io.cwd })) {
      if (stopped) break;
      const place = await order.reserve();
      const n = seq++;
      if (input.kind === 'note') { place({ note: input.message }); continue; }
      if (input.kind === 'error') {
        ids.set(n, input.id);
        place({ seq: n, ok: false, reason: input.reason, notes: [], input: true, id: input.id });
        continue;
      }
      const article = withOptions(input.article, o);
      ids.set(n, article.id);
      void pool.run({ seq: n, command, format: o.format, article }).then(place);
    }
    if (stopped) await pool.close();
    await order.drain();
  };
  // Ctrl-C: what is written stays complete (a JSON array is closed); a half-written -o file is removed.
  const onSignal = () => {
    stopped = interrupted = true;
    progress?.stop();
    if (o.output) sink.abort();
    else io.stdout.write(ser.end(count));
  };
  try {
    await cli.interruptible(work, onSignal, paths.includes('-'));
  } finally {
    await finish();
  }
  if (stopped) return;
  await sink.write(ser.end(count));
  await sink.close();
}

/** Commander's message, one line of ours per line of its own (a suggestion follows on a line of its own). */
function commanderError(s: string, log: Log): string {
  return s.replace(/^error: /, '').trimEnd().split('\n').map((line, i) => (i ? log.errorMore(line) : log.errorText(line))).join('\n') + '\n';
}

function usage(message: string): CommanderError {
  return new CommanderError(2, 'claims.usage', message);
}

/**
 * Runs the command line once: `args` are the arguments after the program's name, `io` the streams and surroundings
 * it reads and writes (the process's in bin/claims.js). Resolves to the exit status; never exits the process.
 */
export async function main(args: string[], io: Io): Promise<number> {
  const cli = new Cli(io);
  const { log } = cli;
  try {
    await program(cli).parseAsync(args, { from: 'user' });
    return cli.status;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help asked for exits 0; help shown because no command was given is a usage error.
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return e.exitCode === 0 ? 0 : 2;
      if (e.code === 'claims.usage') log.error(e.message);
      return 2;
    }
    log.error((e as Error).message ?? String(e));
    return 2;
  }
}
