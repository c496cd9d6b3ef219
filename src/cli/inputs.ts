// Where articles come from: files, folders (recursive), stdin, NDJSON records. The only module that
// reads the file system for inputs; it yields one item at a time so memory stays flat.
import fs from 'node:fs/promises';
import path from 'node:path';
import { decode, normalizeText } from '../decode.js';
import type { Article } from '../types.js';

export type Input = { kind: 'article'; article: Article } | { kind: 'error'; id: string; reason: string } | { kind: 'note'; message: string };

const TEXT_EXT = new Set(['.txt', '.md', '.text', '.markdown', '']);

export interface InputOptions {
  format: 'text' | 'ndjson';
  /** Read stdin when no paths are given (it is not a terminal). */
  stdin: () => AsyncIterable<Uint8Array | string>;
  maxBytes: number;
}

export async function* readInputs(paths: readonly string[], opts: InputOptions): AsyncGenerator<Input> {
  for (const p of paths) {
    if (p === '-') yield* fromStream('-', opts.stdin(), opts);
    else yield* fromPath(p, opts, new Set(), true);
  }
}

async function* fromPath(p: string, opts: InputOptions, visited: Set<string>, named: boolean): AsyncGenerator<Input> {
  let stat;
  try {
    stat = await fs.stat(p);
  } catch (e) {
    yield { kind: 'error', id: p, reason: reasonOf(e) };
    return;
  }
  if (stat.isDirectory()) {
    let real: string;
    try {
      real = await fs.realpath(p);
    } catch (e) {
      yield { kind: 'error', id: p, reason: reasonOf(e) };
      return;
    }
    if (visited.has(real)) {
      yield { kind: 'error', id: p, reason: 'symbolic link loop (folder already visited)' };
      return;
    }
    visited.add(real);
    let entries;
    try {
      entries = await fs.readdir(p, { withFileTypes: true });
    } catch (e) {
      yield { kind: 'error', id: p, reason: reasonOf(e) };
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const child = path.join(p, e.name);
      if (e.name.startsWith('.')) {
        yield { kind: 'note', message: `${child}: skipped (hidden)` };
        continue;
      }
      if (!e.isDirectory() && !e.isSymbolicLink() && !TEXT_EXT.has(path.extname(e.name).toLowerCase())) {
        yield { kind: 'note', message: `${child}: skipped (not a text file)` };
        continue;
      }
      yield* fromPath(child, opts, new Set(visited), false);
    }
    visited.delete(real);
    return;
  }
  if (!stat.isFile()) {
    if (named) yield { kind: 'error', id: p, reason: 'not a regular file' };
    else yield { kind: 'note', message: `${p}: skipped (not a regular file)` };
    return;
  }
  if (!named && !TEXT_EXT.has(path.extname(p).toLowerCase())) {
    yield { kind: 'note', message: `${p}: skipped (not a text file)` };
    return;
  }
  if (stat.size > opts.maxBytes) {
    yield { kind: 'error', id: p, reason: `larger than --max-bytes (${stat.size} > ${opts.maxBytes} bytes)` };
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(p);
  } catch (e) {
    yield { kind: 'error', id: p, reason: reasonOf(e) };
    return;
  }
  if (opts.format === 'ndjson') {
    yield* fromStream(p, [bytes], opts);
    return;
  }
  yield* fromBytes(p, bytes);
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
  if (opts.format === 'text') {
    const parts: Buffer[] = [];
    let size = 0;
    for await (const c of chunks) {
      const b = typeof c === 'string' ? Buffer.from(c) : Buffer.from(c);
      size += b.length;
      if (size > opts.maxBytes) {
        yield { kind: 'error', id: id === '-' ? 'stdin' : id, reason: `larger than --max-bytes (${opts.maxBytes} bytes)` };
        return;
      }
      parts.push(b);
    }
    yield* fromBytes(id, Buffer.concat(parts));
    return;
  }
  const name = id === '-' ? 'stdin' : id;
  let line = 0;
  for await (const raw of lines(chunks)) {
    line++;
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

async function* lines(chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  for await (const c of chunks) {
    rest += typeof c === 'string' ? c : decoder.decode(c, { stream: true });
    let nl: number;
    let from = 0;
    while ((nl = rest.indexOf('\n', from)) >= 0) {
      yield rest.slice(from, nl).replace(/\r$/, '');
      from = nl + 1;
    }
    rest = rest.slice(from);
  }
  rest += decoder.decode();
  if (rest) yield rest.replace(/\r$/, '');
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
