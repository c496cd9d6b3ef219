// Where output goes: the run's stdout (stopping quietly when the reader goes away) or a file written atomically
// (a temporary file beside it, renamed into place only when the run completes).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { OutStream } from './io.js';

export interface Sink {
  write(chunk: string): Promise<void>;
  /** Completes the output: renames the temporary file into place. */
  close(): Promise<void>;
  /** Abandons the output: removes the temporary file. */
  abort(): void;
}

export function stdoutSink(out: OutStream, onClosed: () => void): Sink {
  // Writes waiting for 'drain' when the reader goes away would wait forever: release them.
  const waiting = new Set<() => void>();
  let gone = false;
  out.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
    gone = true;
    onClosed();
    for (const w of waiting) w();
    waiting.clear();
  });
  return {
    write: (chunk) =>
      new Promise((resolve) => {
        if (!chunk || gone || out.destroyed) return resolve();
        if (out.write(chunk)) return resolve();
        const done = () => { waiting.delete(done); resolve(); };
        waiting.add(done);
        out.once('drain', done);
      }),
    close: () => new Promise((resolve) => (out.writableNeedDrain && !gone ? out.once('drain', () => resolve()) : resolve())),
    abort: () => {},
  };
}

/** `file` as the user named it (for messages), `target` the same made absolute against the run's folder. */
export function fileSink(file: string, target: string): Sink {
  const dir = path.dirname(target);
  // the process id and a random part: two runs in one process writing the same file never share a temporary file
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}-${randomBytes(3).toString('hex')}.claims-partial`);
  if (fs.statSync(target, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${file}: is a folder, not a file (-o)`);
  let fd: number;
  try {
    fd = fs.openSync(tmp, 'w');
  } catch (e) {
    throw new Error(`${file}: cannot be written (${(e as Error).message.replace(/^\w+: /, '')})`, { cause: e });
  }
  let open = true;
  const cleanup = () => {
    if (!open) return;
    open = false;
    process.off('exit', cleanup);
    try { fs.closeSync(fd); } catch { /* already closed */ }
    try { fs.unlinkSync(tmp); } catch { /* already gone */ }
  };
  // a run that dies half-way (an uncaught error) leaves no temporary file behind
  process.once('exit', cleanup);
  return {
    write: async (chunk) => {
      if (chunk) fs.writeSync(fd, chunk);
    },
    close: async () => {
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      open = false;
      process.off('exit', cleanup);
      fs.renameSync(tmp, target);
    },
    abort: cleanup,
  };
}
