// `claims track [paths...]`: reads many articles (or saved claim files), extracts their claims in the worker pool,
// groups the claims that state the same thing across articles and languages, writes the groups.
import { Command } from 'commander';
import fs from 'node:fs';
import { isClaimFile, readClaimFile, withOptions } from './claimfiles.js';
import { loadLexicon, paint } from './diff.js';
import { readInputs, reasonOf } from './inputs.js';
import type { Cli } from './io.js';
import { addCommonOptions, type CommonOptions } from './options.js';
import { fileSink, stdoutSink, type Sink } from './output.js';
import { startRun } from './run.js';
import type { Paint } from '../diff/index.js';
import type { Tracked } from '../track/index.js';
import type { ClaimsDocument } from '../types.js';

const TRACK_FORMATS = ['human', 'json', 'yaml', 'ndjson'] as const;
type TrackFormat = (typeof TRACK_FORMATS)[number];
type TrackCliOptions = Omit<CommonOptions, 'format'> & { format: TrackFormat };

export function registerTrack(prog: Command, cli: Cli): void {
  const cmd = prog.command('track')
    .argument('[paths...]', 'articles (files, folders recursively, - for stdin) or claim files saved by extract (yaml/json/ndjson)');
  // yaml by default, as every command but diff (CLAIMS.md, options); the report is --format human
  addCommonOptions(cmd, TRACK_FORMATS, 'yaml')
    .description('group the claims that state the same thing across many articles, English and Indonesian: who had each first, where the reports disagree')
    .addHelpText('after', '\nExamples:\n  $ claims track news/ --format human\n' +
      '  $ claims track news/ --format json | jq \'.groups[] | select(.differ | length > 0)\'\n' +
      '  $ claims extract news/ --format ndjson > claims.ndjson && claims track claims.ndjson\n\n' +
      'Output: --format json prints one object {articles, claims, groups: [{id, claims: [{doc, language, published, claim}], first, differ}]};\n' +
      'ndjson one group per line; yaml (the default) the same object as json; human a report.\n' +
      'A group holds claims from at least two articles; first is the earliest published; differ names the fields on which\n' +
      'the articles disagree (a date, a number or a negation in the action, a source, an actor), never wording or language.\n' +
      'Exit status: 0, or 2 when an input could not be read (the others are still tracked).\n')
    .action(async (paths: string[], o: CommonOptions) => {
      cli.raise(await runTrack(cli, paths, { ...o, format: o.format as unknown as TrackFormat }));
    });
}

async function runTrack(cli: Cli, paths: string[], o: TrackCliOptions): Promise<number> {
  const { io, log } = cli;
  if (!paths.length) {
    if (io.stdin.isTTY) {
      log.error('no input: give files, folders, or - to read stdin');
      return 2;
    }
    paths = ['-'];
  }
  let status = 0;
  const fail = (message: string) => { log.error(message); status = Math.max(status, 2); };
  const lexicon = await loadLexicon().catch((e: unknown) => { fail(`cannot read the lexicon (${reasonOf(e)})`); return null; });
  if (!lexicon) return status;

  const docs: (ClaimsDocument[] | undefined)[] = [];
  const { pool, progress, finish } = startRun(cli, paths, o);
  // Ctrl-C: nothing is written (the status is the run's: 130 or 143).
  let interrupted = false;
  // At most this many articles in flight, so memory holds claims, not article texts.
  const inFlight = new Set<Promise<void>>();
  const limit = Math.max(8, o.jobs * 4);
  const gather = async () => {
    for (const p of paths) {
      if (interrupted) return;
      if (isClaimFile(p, o) && isFile(cli.resolve(p))) {
        const seq = docs.push(undefined) - 1;
        try {
          docs[seq] = await readClaimFile(p, o.maxBytes, io.cwd);
        } catch (e) {
          fail(reasonOf(e));
        }
        progress?.tick();
        continue;
      }
      for await (const input of readInputs([p], { format: o.input, maxBytes: o.maxBytes, stdin: () => io.stdin, cwd: io.cwd })) {
        if (interrupted) return;
        if (input.kind === 'note') { log.note(input.message); continue; }
        const seq = docs.push(undefined) - 1;
        if (input.kind === 'error') { fail(`${input.id}: ${input.reason}`); continue; }
        const art = input.article;
        const article = withOptions(art, o);
        while (inFlight.size >= limit) await Promise.race(inFlight);
        const job: Promise<void> = pool.run({ seq, command: 'extract', format: 'json', article }).then((r) => {
          inFlight.delete(job);
          if (interrupted) return; // the pool stopped it
          progress?.tick();
          for (const n of r.notes) log.note(n);
          if (r.ok) docs[seq] = [JSON.parse(r.text) as ClaimsDocument];
          else fail(`${article.id}: ${r.reason}`);
        });
        inFlight.add(job);
      }
    }
    await Promise.all(inFlight);
  };
  try {
    interrupted = !!(await cli.interruptible(gather, () => { interrupted = true; progress?.stop(); }, paths.includes('-')));
  } finally {
    await finish();
  }
  if (interrupted) return status;

  const { track, renderTrack } = await import('../track/index.js');
  const tracked = track(docs.flatMap((d) => d ?? []), lexicon);
  try {
    await write(cli, tracked, o, renderTrack);
  } catch (e) {
    fail(reasonOf(e));
  }
  return status;
}

async function write(cli: Cli, tracked: Tracked, o: TrackCliOptions, renderTrack: (t: Tracked, p: Paint) => string): Promise<void> {
  const { stdout, env } = cli.io;
  const sink: Sink = o.output ? fileSink(o.output, cli.resolve(o.output)) : stdoutSink(stdout, () => {});
  const { result } = tracked;
  let text: string;
  if (o.format === 'human') text = renderTrack(tracked, reportPaint(!o.output && !!stdout.isTTY && !env.NO_COLOR));
  else if (o.format === 'json') text = JSON.stringify(result, null, 2) + '\n';
  else if (o.format === 'ndjson') text = result.groups.map((g) => JSON.stringify(g) + '\n').join('');
  else text = (await import('../serialize.js')).formatDocument('yaml', result);
  await sink.write(text);
  await sink.close();
}

/** diff's colours, but a claim carried by several articles is the news here, not dimmed. */
function reportPaint(colour: boolean): Paint {
  return { ...paint(colour), same: (s) => s };
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
