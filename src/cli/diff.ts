// `claims diff <a> <b>`: reads two articles, claim files or folders, diffs them, writes the result.
import { Chalk } from 'chalk';
import { Command } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { isClaimFile, readClaimFile, withOptions } from './claimfiles.js';
import { filesAt, readInputs, reasonOf } from './inputs.js';
import type { Cli } from './io.js';
import { addCommonOptions, type CommonOptions } from './options.js';
import { fileSink, stdoutSink, type Sink } from './output.js';
import type { DiffResult, DiffWithTexts, Lexicon, Paint } from '../diff/index.js';
import type { ClaimsDocument } from '../types.js';

const DIFF_FORMATS = ['human', 'json', 'yaml', 'ndjson', 'html'] as const;
type DiffFormat = (typeof DIFF_FORMATS)[number];

/** The diff engine, the pipeline and the serializer load only when a diff runs, so other commands start fast. */
const engine = async () => ({ ...(await import('../diff/index.js')), ...(await import('../pipeline.js')), ...(await import('../serialize.js')) });
type Engine = Awaited<ReturnType<typeof engine>>;

/** The bilingual lexicon shipped in data/, read once; loaded with the diff engine, not at start-up. */
export async function loadLexicon(): Promise<Lexicon> {
  return (await import('./lexicon.js')).loadLexicon();
}

class InputError extends Error {}

export function registerDiff(prog: Command, cli: Cli): void {
  const command = prog.command('diff')
    .argument('<a>', 'article, claim file (yaml/json/ndjson) or folder')
    .argument('<b>', 'the same for the other side');
  addCommonOptions(command, DIFF_FORMATS, 'human')
    .description('compare the claims of two articles (any language), two claim files, or two folders file by file')
    .addHelpText('after', [
      '',
      'Examples:',
      '  $ claims diff article-en.txt article-id.txt',
      '  $ claims diff before.yaml after.yaml --format json',
      '  $ claims diff archive-2023/ archive-2024/',
      '  $ claims diff article-en.txt article-id.txt --format html -o diff.html',
      '',
      'Output: --format json prints one object {a, b, matched: [{a, b, score, changes}], onlyA, onlyB}',
      '(two folders: an array, one object per pair of files); yaml and ndjson carry the same data;',
      'html is one page with the two articles side by side, paired claims linked.',
      'Exit status: 0 nothing differs, 1 something differs, 2 an error.',
      '',
    ].join('\n'))
    .action(async (a: string, b: string, o: CommonOptions) => {
      cli.raise(await runDiff(cli, a, b, { ...o, format: o.format as unknown as DiffFormat }));
    });
}

type DiffCliOptions = Omit<CommonOptions, 'format'> & { format: DiffFormat };

async function runDiff(cli: Cli, a: string, b: string, o: DiffCliOptions): Promise<number> {
  const { log } = cli;
  const e = await engine();
  let status = 0;
  const fail = (message: string) => { log.error(message); status = 2; };
  const pairs: [string, string][] = [];
  const dirA = isDir(cli, a), dirB = isDir(cli, b);
  if (dirA !== dirB) {
    fail(`${dirA ? a : b}: is a folder, but ${dirA ? b : a} is not: give two files or two folders`);
    return status;
  }
  if (dirA) {
    const fa = await listFiles(a, cli.io.cwd), fb = await listFiles(b, cli.io.cwd);
    for (const [key, file] of fa) {
      const other = fb.get(key);
      if (other) pairs.push([file, other]);
      else { log.note(`${file}: only in ${a}`); status = Math.max(status, 1); }
    }
    for (const [key, file] of fb) if (!fa.has(key)) { log.note(`${file}: only in ${b}`); status = Math.max(status, 1); }
  } else pairs.push([a, b]);

  const results: DiffWithTexts[] = [];
  let lex: Lexicon;
  try {
    lex = await loadLexicon();
  } catch (err) {
    fail(`${(await import('./lexicon.js')).LEXICON_FILE.pathname}: cannot read the lexicon (${reasonOf(err)})`);
    return status;
  }
  for (const [fa, fb] of pairs) {
    try {
      const [da, db] = [await documents(cli, fa, o, e), await documents(cli, fb, o, e)];
      const n = Math.min(da.length, db.length);
      if (da.length !== db.length) log.note(`${fa} holds ${da.length} documents, ${fb} holds ${db.length}: comparing the first ${n}`);
      for (let i = 0; i < Math.min(da.length, db.length); i++) {
        const r = e.diffDocuments(da[i].doc, db[i].doc, lex);
        results.push({ result: r, textA: da[i].text, textB: db[i].text });
        if (e.differs(r)) status = Math.max(status, 1);
      }
      if (da.length !== db.length) status = Math.max(status, 1);
    } catch (err) {
      if (err instanceof InputError || err instanceof e.ClaimFileError) fail(err.message);
      else fail(`${fa}, ${fb}: could not be compared (${(err as Error).message})`);
    }
  }
  await write(cli, results, o, e);
  return status;
}

/** Claims documents of one input: a saved claim file as it is (no text), an article through `extract` (with its text). */
type Side = { doc: ClaimsDocument; text: string | null };
async function documents({ io, log }: Cli, file: string, o: DiffCliOptions, { extract }: Engine): Promise<Side[]> {
  if (isClaimFile(file, o)) {
    const docs = await readClaimFile(file, o.maxBytes, io.cwd).catch((e: unknown) => { throw new InputError(reasonOf(e)); });
    return docs.map((doc) => ({ doc, text: null }));
  }
  const docs: Side[] = [];
  for await (const input of readInputs([file], { format: o.input, maxBytes: o.maxBytes, stdin: () => io.stdin, cwd: io.cwd })) {
    if (input.kind === 'note') continue;
    if (input.kind === 'error') throw new InputError(`${input.id}: ${input.reason}`);
    const art = input.article;
    const doc = extract(withOptions(art, o), { note: log.note });
    docs.push({ doc, text: art.text });
  }
  return docs;
}

async function write(cli: Cli, diffs: DiffWithTexts[], o: DiffCliOptions, { renderHuman, renderHtml, serializer }: Engine): Promise<void> {
  const { stdout, env } = cli.io;
  const results: DiffResult[] = diffs.map((d) => d.result);
  let stopped = false;
  const sink: Sink = o.output ? fileSink(o.output, cli.resolve(o.output)) : stdoutSink(stdout, () => { stopped = true; });
  let text: string;
  if (o.format === 'human') {
    const useColour = !o.output && !!stdout.isTTY && !env.NO_COLOR;
    text = results.map((r) => renderHuman(r, paint(useColour))).join('\n');
  } else if (o.format === 'html') {
    text = renderHtml(diffs);
  } else if (o.format === 'json') {
    text = JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n';
  } else {
    const ser = serializer(o.format);
    text = ser.begin() + results.map((r, i) => ser.item(r, i)).join('') + ser.end(results.length);
  }
  if (!stopped) await sink.write(text);
  await sink.close();
}

/** Colours of the human views (diff's and track's): changes yellow, removals red, additions green. */
export function paint(colour: boolean): Paint {
  const c = new Chalk({ level: colour ? 1 : 0 });
  return { same: (s) => c.dim(s), changed: (s) => c.yellow(s), removed: (s) => c.red(s), added: (s) => c.green(s), dim: (s) => c.bold(s) };
}

function isDir(cli: Cli, p: string): boolean {
  if (p === '-') return false;
  try {
    return fs.statSync(cli.resolve(p)).isDirectory();
  } catch {
    return false;
  }
}

/** Files under a folder (recursive, hidden ones skipped), keyed by relative path without extension. */
async function listFiles(root: string, cwd: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const f of filesAt(root, () => true, cwd)) {
    if (f.kind !== 'file') continue;
    const rel = path.relative(root, f.path);
    const key = rel.slice(0, rel.length - path.extname(rel).length);
    if (!out.has(key)) out.set(key, f.path);
  }
  return out;
}
