// `--out-dir DIR` for `extract` and `sentences` (CLAIMS.md §3, README "Output folders"): one complete file per input
// article instead of one stream, written atomically, skipped when already up to date, resumable after any kill.
//
// Layout. A text input's output is DIR/<its path relative to the inputs' common folder>.<format extension>: one
// folder given → relative to it (`corpus/en/1.txt` → `DIR/en/1.txt.yaml`); several → relative to the deepest
// folder holding them all; one file → its name. Stdin (`-`) is DIR/stdin.<ext>. An NDJSON record's output is
// DIR/<its id as a safe file name>.<ext> (see safeName), one folder for all records: ids are the records' keys.
// Two inputs that would share an output name fail the second, naming both (never a silent overwrite).
//
// Each file holds exactly what `claims <command> <that input> --format F -o FILE` writes (a JSON array of one
// document, a csv header and its rows, a whole html page), so every file is a complete file of its format.
//
// Bookkeeping lives in DIR/.claims/: manifest.json records, for every output, the key it was made from (a hash of
// the input's id, text, publication date and language after --published/--lang, the command, --format, --input
// and the fingerprint of claims and its language data, src/cli/fingerprint.ts) and the hash of the bytes written.
// An output is up to date when its key is the same and the file still has those bytes. During a run every
// completed output is appended to journal.ndjson (after its rename, so an entry never names a missing file); at
// the end the journal is folded into manifest.json (written to a temporary file and renamed) and removed. A run
// killed at any moment leaves complete outputs, a journal whose last line may be cut (ignored), and temporary
// files in .claims/tmp/ (emptied by the next run, which holds .claims/lock meanwhile). The next run redoes only
// what has no journal or manifest entry: at most the files that were in flight. Its final DIR is byte-identical to
// an uninterrupted run's, manifest included (entries are sorted and hold no times).
//
// Outputs whose input is not in this run (a deleted input, or another folder written into the same DIR) are
// reported and kept, with their manifest entries; an entry whose file is gone is dropped. Nothing in DIR is
// deleted except claims' own temporary files. Temporary files are not fsynced: renames make the outputs complete
// against a killed process, which is what the up-to-date check needs; a power cut may need --force.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { withOptions } from './claimfiles.js';
import { fingerprint } from './fingerprint.js';
import { readInputs } from './inputs.js';
import type { Cli, Signal } from './io.js';
import type { Command as JobCommand, JobResult } from './jobs.js';
import type { CommonOptions } from './options.js';
import { startRun } from './run.js';
import type { Format } from '../serialize.js';
import type { Article } from '../types.js';

export interface OutDirOptions {
  outDir?: string;
  force?: boolean;
}

export function addOutDirOptions(cmd: Command): Command {
  return cmd
    .option('--out-dir <dir>', 'one file per input article in DIR, mirroring the input tree; articles whose output is up to date are skipped')
    .option('--force', 'with --out-dir: redo every article, even those whose output is up to date');
}

/** A usage error in the out-dir options, or null. */
export function outDirUsage(o: OutDirOptions & { output?: string }): string | null {
  if (o.outDir != null && o.output != null) return '-o and --out-dir cannot be used together: give one';
  if (o.force && o.outDir == null) return '--force only applies with --out-dir';
  if (o.outDir === '') return '--out-dir needs a folder name';
  return null;
}

const EXTENSIONS: Record<Format, string> = { yaml: 'yaml', json: 'json', ndjson: 'ndjson', csv: 'csv', jsonld: 'jsonld', html: 'html' };

const hash = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Kept as they are: lowercase ASCII letters, digits, `.`, `_`, `-`, not starting with `.`, short enough. */
const PLAIN = /^[a-z0-9_-][a-z0-9._-]{0,99}$/;
/** Names Windows reserves for devices, whatever the extension. */
const DEVICE = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/;

/**
 * An NDJSON record id as a file name. A plain id (`a-17`, `2024_12_02.1`) stays itself. Any other (`Reuters/17`,
 * `Berita 2`, `ABC`, `..`) keeps its letters, digits, `.`, `_`, `-` (others become `_`, at most 80 kept) and takes
 * `~` and 16 hex digits of the id's SHA-256. Plain names have no `~` and changed names end in one, so the two never
 * meet; changed names differ by their hashes. Uppercase counts as changed, so that `ABC` and `abc` stay two files
 * on file systems that ignore case (macOS, Windows) too.
 */
export function safeName(id: string): string {
  if (PLAIN.test(id) && !DEVICE.test(id) && !id.endsWith('.')) return id;
  const kept = id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 80);
  return `${kept || 'id'}~${hash(id).slice(0, 16)}`; // never a leading `~`, which shells expand
}

interface Entry {
  /** The input's id (its path as given, `-`, or the NDJSON record's id). */
  input: string;
  key: string;
  /** SHA-256 of the output file's bytes. */
  sha256: string;
  /** Claims (extract) or sentences (sentences) in it. */
  count: number;
}

interface OutDirSummary {
  articles: number;
  written: number;
  upToDate: number;
  failed: string[];
  stale: string[];
  count: number;
  interrupted: boolean;
}

type Opts = CommonOptions & OutDirOptions;

/** The folder the outputs of text inputs are relative to: the deepest folder holding every path given. */
function commonFolder(cli: Cli, paths: readonly string[]): string {
  const folders = paths.filter((p) => p !== '-').map((p) => {
    const abs = cli.resolve(p);
    return fs.statSync(abs, { throwIfNoEntry: false })?.isDirectory() ? abs : path.dirname(abs);
  });
  if (!folders.length) return cli.io.cwd;
  let common = folders[0].split(path.sep);
  for (const f of folders.slice(1)) {
    const parts = f.split(path.sep);
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join(path.sep) || path.sep;
}

/** Whether names that differ only in case are one file in `dir` (macOS, Windows). */
function ignoresCase(dir: string): boolean {
  const probe = path.join(dir, `case-probe-${process.pid}`);
  fs.writeFileSync(probe, '');
  try {
    return fs.existsSync(path.join(dir, `CASE-PROBE-${process.pid}`));
  } finally {
    fs.unlinkSync(probe);
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The bookkeeping folder DIR/.claims: takes the lock, empties tmp/, reads manifest and journal. */
class Ledger {
  readonly tmp: string;
  private readonly manifestFile: string;
  private readonly journalFile: string;
  private readonly lockFile: string;
  private journal: number | null = null;
  readonly entries = new Map<string, Entry>();
  private tmpCount = 0;

  constructor(readonly dir: string, note: (m: string) => void) {
    const home = path.join(dir, '.claims');
    this.tmp = path.join(home, 'tmp');
    this.manifestFile = path.join(home, 'manifest.json');
    this.journalFile = path.join(home, 'journal.ndjson');
    this.lockFile = path.join(home, 'lock');
    fs.mkdirSync(home, { recursive: true });
    this.lock();
    fs.rmSync(this.tmp, { recursive: true, force: true }); // what a killed run left: its writer is gone (the lock says so)
    fs.mkdirSync(this.tmp);
    this.load(note);
    this.journal = fs.openSync(this.journalFile, 'a');
  }

  private lock(): void {
    try {
      fs.writeFileSync(this.lockFile, `${process.pid}\n`, { flag: 'wx' });
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const pid = Number(fs.readFileSync(this.lockFile, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && pidAlive(pid)) {
      throw new Error(`${this.dir}: another claims run (process ${pid}) is writing there; if none is, remove ${this.lockFile}`);
    }
    fs.writeFileSync(this.lockFile, `${process.pid}\n`); // a killed run's lock
  }

  private load(note: (m: string) => void): void {
    let text: string | undefined;
    try {
      text = fs.readFileSync(this.manifestFile, 'utf8');
    } catch { /* first run */ }
    if (text != null) {
      try {
        const m = JSON.parse(text) as { outputs?: Record<string, Entry> };
        for (const [out, e] of Object.entries(m.outputs ?? {})) if (validEntry(e)) this.entries.set(out, e);
      } catch {
        note(`${this.manifestFile}: unreadable, every output is redone`);
      }
    }
    let bytes = Buffer.alloc(0);
    try {
      bytes = fs.readFileSync(this.journalFile);
    } catch { /* no run was interrupted */ }
    // a line a kill cut short is dropped, so that this run's first entry starts a line of its own
    const end = bytes.lastIndexOf(0x0a) + 1;
    if (end < bytes.length) fs.truncateSync(this.journalFile, end);
    for (const line of bytes.subarray(0, end).toString('utf8').split('\n')) {
      if (!line) continue;
      try {
        const { out, ...e } = JSON.parse(line) as Entry & { out: string };
        if (typeof out === 'string' && validEntry(e)) this.entries.set(out, e);
      } catch { /* the line a kill cut short */ }
    }
  }

  /** Writes `text` to DIR/rel atomically and records it. */
  write(rel: string, text: string, entry: Omit<Entry, 'sha256'>): void {
    const target = path.join(this.dir, ...rel.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const tmp = path.join(this.tmp, `${process.pid}-${this.tmpCount++}`);
    fs.writeFileSync(tmp, text);
    try {
      fs.renameSync(tmp, target);
    } catch (e) {
      fs.rmSync(tmp, { force: true });
      if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
      // a subfolder of DIR on another file system: a temporary file beside the target instead
      const beside = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.claims-partial`);
      fs.writeFileSync(beside, text);
      fs.renameSync(beside, target);
    }
    const full: Entry = { input: entry.input, key: entry.key, sha256: hash(text), count: entry.count };
    this.entries.set(rel, full);
    fs.writeSync(this.journal!, JSON.stringify({ out: rel, ...full }) + '\n');
  }

  /** Whether DIR/rel holds exactly what `entry` recorded. */
  intact(rel: string, entry: Entry): boolean {
    try {
      return hash(fs.readFileSync(path.join(this.dir, ...rel.split('/')))) === entry.sha256;
    } catch {
      return false;
    }
  }

  exists(rel: string): boolean {
    return fs.existsSync(path.join(this.dir, ...rel.split('/')));
  }

  /** Folds the journal into manifest.json (atomically), then removes the journal, the temporary folder and the lock. */
  close(): void {
    const outputs: Record<string, Entry> = {};
    for (const rel of [...this.entries.keys()].sort()) outputs[rel] = this.entries.get(rel)!;
    const text = JSON.stringify({ manifest: 1, outputs }, null, 1) + '\n';
    let old: string | undefined;
    try {
      old = fs.readFileSync(this.manifestFile, 'utf8');
    } catch { /* first run */ }
    if (old !== text) {
      const tmp = path.join(this.tmp, `${process.pid}-manifest`);
      fs.writeFileSync(tmp, text);
      fs.renameSync(tmp, this.manifestFile);
    }
    if (this.journal != null) fs.closeSync(this.journal);
    this.journal = null;
    fs.rmSync(this.journalFile, { force: true });
    fs.rmSync(this.tmp, { recursive: true, force: true });
    fs.rmSync(this.lockFile, { force: true });
  }
}

function validEntry(e: unknown): e is Entry {
  const x = e as Entry;
  return !!x && typeof x.input === 'string' && typeof x.key === 'string' && typeof x.sha256 === 'string' && typeof x.count === 'number';
}

/** The key an output is made from (see the top of this file). */
function keyOf(article: Article, o: Pick<Opts, 'format' | 'input'>, command: JobCommand, version: string): string {
  return hash(JSON.stringify([version, command, o.format, o.input, article.id, article.published ?? null, article.lang ?? null, hash(article.text)]));
}

/** The run of `extract` or `sentences` with --out-dir: raises exit status 2 when an input failed, 130/143 on a signal. */
export async function runOutDir(cli: Cli, paths: string[], o: Opts, command: JobCommand): Promise<void> {
  const { io, log } = cli;
  const dir = cli.resolve(o.outDir!);
  if (fs.statSync(dir, { throwIfNoEntry: false })?.isFile()) throw new Error(`${o.outDir}: is a file, not a folder (--out-dir)`);
  fs.mkdirSync(dir, { recursive: true });
  const ledger = new Ledger(dir, log.note);
  const caseless = ignoresCase(ledger.tmp);
  /** How an output name is compared with the others: case-folded where the disk ignores case. */
  const nameKey = (rel: string) => (caseless ? rel.toLowerCase() : rel);
  const version = fingerprint();
  const ext = EXTENSIONS[o.format];
  const base = commonFolder(cli, paths);
  const exclude = { dir: fs.realpathSync(dir), ext };
  const { pool, progress, finish } = startRun(cli, paths, { ...o, exclude });

  const s: OutDirSummary = { articles: 0, written: 0, upToDate: 0, failed: [], stale: [], count: 0, interrupted: false };
  const fail = (id: string, reason: string) => {
    log.error(`${id}: ${reason}`);
    s.failed.push(id);
    cli.raise(2);
  };
  /** Output name → the input that claimed it in this run. */
  const claimed = new Map<string, string>();

  let stopped = false;
  // Ctrl-C: what is written is complete and recorded; the manifest is written below as after any run
  const onSignal = (_: Signal) => {
    stopped = true;
  };

  const limit = Math.max(8, o.jobs * 4);
  const running = new Set<Promise<void>>();
  let seq = 0;

  const outputOf = (root: string, id: string): string | null => {
    if (o.input === 'ndjson') return `${safeName(id)}.${ext}`;
    if (root === '-') return `stdin.${ext}`;
    const rel = path.relative(base, cli.resolve(id));
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return null;
    const parts = rel.split(path.sep);
    return parts[0] === '.claims' ? null : `${parts.join('/')}.${ext}`;
  };

  const work = async () => {
    for (const root of paths) {
      for await (const input of readInputs([root], { format: o.input, maxBytes: o.maxBytes, stdin: () => io.stdin, cwd: io.cwd, exclude })) {
        if (stopped) break;
        if (input.kind === 'note') { log.note(input.message); continue; }
        s.articles++;
        if (input.kind === 'error') {
          // an unreadable or binary file: what an earlier run wrote for it stays, and is not reported as orphaned
          const rel = o.input === 'text' && root !== '-' ? outputOf(root, input.id) : null;
          if (rel) claimed.set(nameKey(rel), input.id);
          fail(input.id, input.reason + (rel && ledger.entries.has(rel) && ledger.exists(rel) ? ` (${rel} is left as an earlier run wrote it)` : ''));
          progress?.tick();
          continue;
        }
        const article = withOptions(input.article, o);
        const id = article.id;
        const rel = outputOf(root, id);
        if (!rel) { fail(id, `has no place in ${o.outDir}`); progress?.tick(); continue; }
        const name = nameKey(rel);
        const owner = claimed.get(name);
        if (owner != null) {
          fail(id, `its output ${rel} would replace the one of ${owner === id ? 'the same id earlier' : owner} (inputs must have distinct names)`);
          progress?.tick();
          continue;
        }
        claimed.set(name, id);
        const key = keyOf(article, o, command, version);
        const entry = ledger.entries.get(rel);
        if (!o.force && entry && entry.key === key && ledger.intact(rel, entry)) {
          s.upToDate++;
          s.count += entry.count;
          progress?.tick();
          continue;
        }
        while (running.size >= limit) await Promise.race(running);
        const job = pool.run({ seq: seq++, command, format: o.format, article, whole: true }).then((r: JobResult) => {
          if (stopped) return; // after Ctrl-C the ledger is closed: what is not recorded is redone next time
          progress?.tick();
          for (const n of r.notes) log.note(n);
          if (!r.ok) {
            // a changed input that now fails: its earlier output stays (never deleted) but is no longer its output
            fail(id, r.reason + (entry && ledger.exists(rel) ? ` (${rel} is left as an earlier run wrote it)` : ''));
            return;
          }
          try {
            ledger.write(rel, r.text, { input: id, key, count: r.count ?? 0 });
          } catch (e) {
            fail(id, `${rel}: cannot be written (${(e as Error).message})`);
            return;
          }
          s.written++;
          s.count += r.count ?? 0;
        });
        const done: Promise<void> = job.finally(() => running.delete(done));
        running.add(done);
      }
      if (stopped) break;
    }
    await Promise.all(running);
  };
  try {
    await cli.interruptible(work, onSignal, paths.includes('-'));
  } finally {
    await finish();
    s.interrupted = stopped;
    if (!stopped) {
      for (const [rel, e] of [...ledger.entries]) {
        if (claimed.has(nameKey(rel))) continue;
        if (ledger.exists(rel)) s.stale.push(`${rel} (from ${e.input})`);
        else ledger.entries.delete(rel);
      }
    }
    ledger.close();
  }
  for (const line of summaryLines(s, o.outDir!, command)) log.note(line);
}

/** The closing lines on stderr: what was done, what failed, what has no input any more. */
function summaryLines(s: OutDirSummary, dir: string, command: JobCommand): string[] {
  const unit = command === 'sentences' ? 'sentences' : 'claims';
  const lines = [
    `${dir}: ${s.articles} article${s.articles === 1 ? '' : 's'}: ${s.written} written, ${s.upToDate} up to date, ${s.failed.length} failed;`
      + ` ${s.count} ${unit}`,
  ];
  const list = (names: string[]) => names.slice(0, 20).join(', ') + (names.length > 20 ? `, and ${names.length - 20} more` : '');
  if (s.failed.length) lines.push(`failed (no output written): ${list(s.failed)}`);
  const stale = `${s.stale.length} output${s.stale.length === 1 ? ' was' : 's were'}`;
  if (s.stale.length) lines.push(`${stale} not made from this run's inputs (a deleted input, other paths or --format), kept: ${list(s.stale)}`);
  if (s.interrupted) lines.push(`interrupted: the files in ${dir} are complete; run the same command again to do the rest`);
  return lines;
}
