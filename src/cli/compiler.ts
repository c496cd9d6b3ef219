// V8's optimizing compiler (TurboFan) held back until a run has done enough work for it to pay. A worker's first
// articles run its code cold: TurboFan then compiles hundreds of the pipeline's functions (compromise's tagger, chrono's
// parsers, our own), on helper threads that share the machine's cores with the other worker, and recompiles those it
// compiled on too little feedback. Without TurboFan the interpreter and the baseline compiler (Sparkplug) run the
// same code about a fifth slower per article but start at once. Measured on the 772-article corpus of
// bench/news-corpus.mjs (1.5 MB of text), alternated runs on the shared 2-core machine, medians of three: with two workers
// 39.1 s wall, 20.8 s user, 196 MB without this against 23.5 s, 16.8 s, 172 MB with TurboFan off for the whole run.
// A long run gets TurboFan back once it has read PAYS_AFTER characters: from there its code is compiled for good.
// The flags are the process's (every worker's too), so only the command line's process sets them (bin/claims.js).
import v8 from 'node:v8';

/**
 * Characters of text after which TurboFan's compilation (about 2–3 s of CPU per worker) is repaid by faster
 * articles: at about 1 s per MB of English text saved per worker, two workers repay it after 4–6 MB.
 */
const PAYS_AFTER = 5_000_000;

export class Compiler {
  private left: number;

  /** Turns TurboFan off for the process; `setFlags` is V8's (a test passes its own). */
  constructor(private readonly setFlags: (flags: string) => void = v8.setFlagsFromString, paysAfter = PAYS_AFTER) {
    this.left = paysAfter;
    setFlags('--no-turbofan');
  }

  /** Counts the text of one article done; TurboFan comes back on once the process has done PAYS_AFTER characters. */
  did(chars: number): void {
    if (this.left <= 0) return;
    this.left -= chars;
    if (this.left <= 0) this.setFlags('--turbofan');
  }
}
