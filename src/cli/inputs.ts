// Where articles come from: files, folders (recursive), stdin, NDJSON records. The only module that
// reads the file system for inputs; it yields one item at a time so memory stays flat.
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { decode, normalizeText } from '../decode.js';
import type { Article } from '../types.js';

export type Input = { kind: 'article'; article: Article } | { kind: 'error'; id: string; reason: string } | { kind: 'note'; message: string };

const TEXT_EXT = new Set(['.txt', '.md', '.text', '.markdown', '']);
const RECORD_EXT = new Set(['.ndjson', '.jsonl', '.json', '.txt', '']);

/** Whether a file found in a folder is read (files named on the command line always are). */
function wanted(name: string, format: InputOptions['format']): boolean {
  return (format === 'ndjson' ? RECORD_EXT : TEXT_EXT).has(path.extname(name).toLowerCase());
}

export interface InputOptions {
  format: 'text' | 'ndjson';
  /** Read stdin when no paths are given (it is not a terminal). */
  stdin: () => AsyncIterable<Uint8Array | string>;
  maxBytes: number;
  /** The folder relative paths start from (the run's working folder); ids and messages keep the paths as given. */
  cwd: string;
  /** What --out-dir writes, never read as input: the folder (real path) when found inside an input folder, and
   *  the files named like its outputs (`*.<ext>`) inside it when it is itself an input folder or holds one. */
  exclude?: Exclude;
}

export async function* readInputs(paths: readonly string[], opts: InputOptions): AsyncGenerator<Input> {
  for (const p of paths) {
    if (p === '-') yield* fromStream('-', opts.stdin(), opts);
    else yield* fromPath(p, opts);
  }
}

/**
 * How many articles the paths hold (for the progress bar's ETA) and their bytes (whether the run is long, see Compiler);
 * null when only reading tells (stdin, NDJSON).
 */
export async function countInputs(
  paths: readonly string[], opts: Pick<InputOptions, 'format' | 'cwd' | 'exclude'>,
): Promise<{ files: number; bytes: number } | null> {
  if (opts.format === 'ndjson' || paths.includes('-')) return null;
  let files = 0;
  let bytes = 0;
  for (const p of paths) {
    for await (const f of filesAt(p, (name) => wanted(name, opts.format), opts.cwd, new Set(), true, opts.exclude)) {
      if (f.kind !== 'file') continue;
      files++;
      bytes += f.size;
    }
  }
  return { files, bytes };
}

export interface Exclude { dir: string; ext: string }

export type Found = { kind: 'file'; path: string; size: number } | { kind: 'error'; id: string; reason: string } | { kind: 'note'; message: string };

/**
 * The files at a path, in a stable order: a file itself, or a folder's files recursively, with hidden entries,
 * unwanted names and symbolic-link loops reported rather than followed. A file named directly is always wanted.
 * Relative paths are read from `cwd`, and reported as given.
 */
export async function* filesAt(
  p: string, want: (name: string) => boolean, cwd: string, visited = new Set<string>(), named = true, exclude?: Exclude,
): AsyncGenerator<Found> {
  const at = path.resolve(cwd, p);
  let stat;
  try {
    stat = await fs.stat(at);
  } catch (e) {
    yield { kind: 'error', id: p, reason: reasonOf(e) };
    return;
  }
  if (stat.isDirectory()) {
    let real: string;
    let entries;
    try {
      real = await fs.realpath(at);
      entries = await fs.readdir(at, { withFileTypes: true });
    } catch (e) {
      yield { kind: 'error', id: p, reason: reasonOf(e) };
      return;
    }
    if (exclude && real === exclude.dir && !named) {
      yield { kind: 'note', message: `${p}: skipped (the --out-dir being written)` };
      return;
    }
    const outputs = exclude && (real === exclude.dir || real.startsWith(exclude.dir + path.sep)) ? `.${exclude.ext}` : null;
    if (visited.has(real)) {
      yield { kind: 'error', id: p, reason: 'symbolic link loop (folder already visited)' };
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const inside = new Set(visited).add(real);
    for (const e of entries) {
      const child = path.join(p, e.name);
      if (e.name.startsWith('.')) yield { kind: 'note', message: `${child}: skipped (hidden)` };
      else if (outputs && !e.isDirectory() && e.name.endsWith(outputs)) yield { kind: 'note', message: `${child}: skipped (an output of --out-dir)` };
      else if (!e.isDirectory() && !e.isSymbolicLink() && !want(e.name)) yield { kind: 'note', message: `${child}: skipped (not a text file)` };
      else yield* filesAt(child, want, cwd, inside, false, exclude);
    }
    return;
  }
  if (!stat.isFile()) {
    if (named) yield { kind: 'error', id: p, reason: 'not a regular file' };
    else yield { kind: 'note', message: `${p}: skipped (not a regular file)` };
    return;
  }
  if (!named && !want(path.basename(p))) yield { kind: 'note', message: `${p}: skipped (not a text file)` };
  else yield { kind: 'file', path: p, size: stat.size };
}

async function* fromPath(p: string, opts: InputOptions): AsyncGenerator<Input> {
  for await (const f of filesAt(p, (name) => wanted(name, opts.format), opts.cwd, new Set(), true, opts.exclude)) {
    if (f.kind !== 'file') yield f;
    // records are limited one by one
    else if (opts.format === 'ndjson') yield* fromStream(f.path, fsSync.createReadStream(path.resolve(opts.cwd, f.path)), opts);
    else if (f.size > opts.maxBytes) yield { kind: 'error', id: f.path, reason: `larger than --max-bytes (${f.size} > ${opts.maxBytes} bytes)` };
    else {
      let bytes: Uint8Array;
      try {
        bytes = await fs.readFile(path.resolve(opts.cwd, f.path));
      } catch (e) {
        yield { kind: 'error', id: f.path, reason: reasonOf(e) };
        continue;
      }
      yield* fromBytes(f.path, bytes);
    }
  }
}

function* fromBytes(id: string, bytes: Uint8Array): Generator<Input> {
  if (bytes.length === 0) {
    yield { kind: 'error', id, reason: 'empty file' };
    return;
  }
  const d = decode(bytes);
  if (!d.ok) yield { kind: 'error', id, reason: d.reason };
  else yield { kind: 'article', article: { id, text: d.text.charCodeAt(0) === 0xfeff ? d.text.slice(1) : d.text } };
}

/** stdin or an NDJSON file: one article (text) or one article per line (ndjson). */
async function* fromStream(id: string, chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, opts: InputOptions): AsyncGenerator<Input> {
  const name = id === '-' ? 'stdin' : id;
  try {
    yield* opts.format === 'text' ? wholeStream(id, name, chunks, opts) : records(name, chunks, opts);
  } catch (e) {
    yield { kind: 'error', id: name, reason: reasonOf(e) };
  }
}

type Chunks = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

async function* wholeStream(id: string, name: string, chunks: Chunks, opts: InputOptions): AsyncGenerator<Input> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const c of chunks) {
    const b = Buffer.from(c);
    size += b.length;
    if (size > opts.maxBytes) {
      yield { kind: 'error', id: name, reason: `larger than --max-bytes (${opts.maxBytes} bytes)` };
      return;
    }
    parts.push(b);
  }
  yield* fromBytes(id, Buffer.concat(parts));
}

async function* records(name: string, chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, opts: InputOptions): AsyncGenerator<Input> {
  let line = 0;
  for await (const raw of lines(chunks, opts.maxBytes)) {
    line++;
    if (raw === null) {
      yield { kind: 'error', id: `${name}: line ${line}`, reason: `longer than --max-bytes (${opts.maxBytes})` };
      continue;
    }
    if (!raw.trim()) continue;
    const rec = parseRecord(raw);
    if (typeof rec === 'string') yield { kind: 'error', id: `${name}: line ${line}`, reason: rec };
    else yield { kind: 'article', article: { ...rec, id: rec.id ?? `${name}:${line}` } };
  }
}

function parseRecord(raw: string): (Omit<Article, 'id'> & { id?: string }) | string {
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch (e) {
    return `not valid JSON (${(e as Error).message})`;
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return 'not a JSON object';
  const r = v as Record<string, unknown>;
  if (typeof r.text !== 'string') return 'no "text" string';
  if (r.published != null && typeof r.published !== 'string') return '"published" is not a string';
  if (r.lang != null && typeof r.lang !== 'string') return '"lang" is not a string';
  const id = r.id == null ? undefined : typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : undefined;
  return { id, text: normalizeText(r.text), published: (r.published as string | undefined) ?? null, lang: (r.lang as string | undefined) ?? null };
}

/** Lines of a stream, split as chunks arrive (never rescanning text already searched). A line longer
 *  than `max` bytes is replaced by null and skipped to its end without being held in memory. */
async function* lines(chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, max: number): AsyncGenerator<string | null> {
  const decoder = new TextDecoder('utf-8');
  let parts: string[] = [];
  let size = 0;
  let tooLong = false;
  const take = (tail: string): string | null => {
    const line = tooLong ? null : (parts.join('') + tail).replace(/\r$/, '');
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  const add = (piece: string) => {
    if (tooLong || !piece) return;
    size += piece.length;
    if (size > max) { tooLong = true; parts = []; } else parts.push(piece);
  };
  for await (const c of chunks) {
    const text = typeof c === 'string' ? c : decoder.decode(c, { stream: true });
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      add(text.slice(from, nl));
      yield take('');
      from = nl + 1;
    }
    add(text.slice(from));
  }
  add(decoder.decode());
  if (size || tooLong) yield take('');
}

export function reasonOf(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'symbolic link loop';
    case 'EISDIR': return 'is a folder, not a file';
    case 'ENOTDIR': return 'a path component is not a folder';
    default: return err?.message ?? String(e);
  }
}
