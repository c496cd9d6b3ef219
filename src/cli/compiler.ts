// V8's optimizing compiler (TurboFan) held back while a run is short and its workers take every core. A worker's
// first articles run its code cold: TurboFan then compiles hundreds of the pipeline's functions (compromise's tagger,
// chrono's parsers, our own) on helper threads that share the machine's cores with the other worker, and recompiles
// those it compiled on too little feedback; a run of a few hundred articles never repays that. Without TurboFan the
// interpreter and the baseline compiler (Sparkplug) run the same code slower per article but start at once. Measured
// on the corpus of bench/news-corpus.mjs, alternated runs on the shared 2-core machine (load average about 10), two
// workers: 772 articles (1.5 MB): 43.4 s wall, 24.3 s user, 197 MB with TurboFan; 29.3 s, 20.1 s, 178 MB without.
// 7,720 articles (15 MB): 262 s, 120 s user with TurboFan; 286 s, 164 s without: about 3 s of CPU more per MB, so
// TurboFan pays from about 1.5 MB per worker on. A run known to be longer (the files' sizes, counted as the run
// starts) keeps TurboFan from the start; one whose length only reading tells (stdin, NDJSON) gets it back once it has
// read that much.
// A pool with fewer workers than the machine has cores (`--jobs 1` on two) leaves a core to the compiler's helper
// threads, and its one worker does all the text: TurboFan stays on. Measured on the same 772 articles, `--jobs 1`,
// alternated runs on the shared machine (load 5–11): wall 23.5, 19.0 s and user CPU 18.4, 16.8 s without TurboFan;
// 20.8, 17.1 s and 15.0, 13.5 s with it.
// The flags are the process's (every worker's too), so only the command line's process sets them (bin/claims.js).
import os from 'node:os';
import v8 from 'node:v8';

/** Bytes (or characters) of text one worker does from which TurboFan's compilation is repaid (see above). */
const PAYS_AFTER_PER_WORKER = 1_500_000;

export class Compiler {
  /** Text to do before TurboFan comes back: the threshold for each worker of the pool. */
  private threshold: number;
  private done = 0;
  private on = false;

  /** Turns TurboFan off for the process; `setFlags` is V8's (a test passes its own, its threshold and cores). */
  constructor(
    private readonly setFlags: (flags: string) => void = v8.setFlagsFromString,
    private readonly paysAfterPerWorker = PAYS_AFTER_PER_WORKER,
    private readonly cores = os.availableParallelism(),
  ) {
    // until the pool's size is known, as for two workers
    this.threshold = 2 * paysAfterPerWorker;
    setFlags('--no-turbofan');
  }

  /** The pool's number of workers, told before any starts: fewer than the cores gets TurboFan back at once. */
  workers(n: number): void {
    if (n < this.cores) this.turnOn();
    else this.threshold = n * this.paysAfterPerWorker;
    this.check();
  }

  /** The size of the run's inputs, once counted: a long run gets TurboFan back at once. */
  expect(bytes: number): void {
    if (bytes >= this.threshold) this.turnOn();
  }

  /** Counts the text of one article done; TurboFan comes back on once the process has done the threshold's text. */
  did(chars: number): void {
    this.done += chars;
    this.check();
  }

  private check(): void {
    if (this.done >= this.threshold) this.turnOn();
  }

  private turnOn(): void {
    if (this.on) return;
    this.on = true;
    this.setFlags('--turbofan');
  }
}
