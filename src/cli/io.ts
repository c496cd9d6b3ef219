// What one run of the command line reads from its surroundings and writes to: the streams, the environment
// (NO_COLOR, CLAIMS_NO_PROGRESS, whether a stream is a terminal and how wide), the working folder relative paths
// start from, and where Ctrl-C arrives. bin/claims.js passes the process's; tests pass streams in memory, so one
// process can run `main` many times, even at once, and no run sees another's status, messages or folder.
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { createLog, type Log } from './log.js';
import type { Compiler } from './compiler.js';
import type { Spare } from './pool.js';

export type OutStream = Writable & { isTTY?: boolean; columns?: number };

export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: OutStream;
  stderr: OutStream;
  env: Record<string, string | undefined>;
  /** The folder relative paths (inputs, -o) are taken from. */
  cwd: string;
  /** Where SIGINT and SIGTERM arrive (the process, in bin/claims.js); without it a run cannot be interrupted. */
  signals?: Signals;
  /** Idle worker threads a run borrows and gives back (a process that runs `main` many times); without it each run starts its own. */
  spare?: Spare;
  /** V8's optimizing compiler held back for a run's first articles (the process's, see Compiler); tests leave it out. */
  compiler?: Compiler;
}

export type Signal = 'SIGINT' | 'SIGTERM';
interface Signals {
  once(signal: Signal, handler: (signal: Signal) => void): unknown;
  off(signal: Signal, handler: (signal: Signal) => void): unknown;
}

/** One run of `main`: its io, its messages and the exit status its commands raise (1 = differences, 2 = errors). */
export class Cli {
  readonly log: Log;
  private highest = 0;

  constructor(readonly io: Io) {
    this.log = createLog(io);
  }

  /** Records an outcome: the run exits with the highest status raised. */
  raise(code: number): void {
    this.highest = Math.max(this.highest, code);
  }

  get status(): number {
    return this.highest;
  }

  /** A path as the user gave it, made absolute against the run's working folder (for the file system only; ids keep the given path). */
  resolve(p: string): string {
    return path.resolve(this.io.cwd, p);
  }

  /**
   * Runs `work` to its end, or until the first SIGINT or SIGTERM: then calls `onSignal` at once, raises the status
   * a shell gives that signal (130, 143) and resolves to the signal without waiting for `work`, which is abandoned
   * (its workers are the caller's to stop). Stdin, when `work` reads it, is destroyed so it cannot keep the
   * process waiting.
   */
  async interruptible(work: () => Promise<void>, onSignal: (signal: Signal) => void, readsStdin: boolean): Promise<Signal | null> {
    const signals = this.io.signals;
    if (!signals) return work().then(() => null);
    let handler: (signal: Signal) => void = () => {};
    const interruption = new Promise<Signal>((resolve) => {
      handler = (signal) => {
        off();
        onSignal(signal);
        this.raise(signal === 'SIGINT' ? 130 : 143);
        resolve(signal);
      };
    });
    const off = () => {
      signals.off('SIGINT', handler);
      signals.off('SIGTERM', handler);
    };
    signals.once('SIGINT', handler);
    signals.once('SIGTERM', handler);
    const working = work();
    working.catch(() => {}); // after an interruption nobody waits for it
    try {
      const signal = await Promise.race([working.then(() => null), interruption]);
      if (signal && readsStdin) this.io.stdin.destroy();
      return signal;
    } finally {
      off();
    }
  }
}
