// V8's optimizing compiler (TurboFan) held back while a run is short. A worker's first articles run its code cold:
// TurboFan then compiles hundreds of the pipeline's functions (compromise's tagger, chrono's parsers, our own) on
// helper threads that share the machine's cores with the other worker, and recompiles those it compiled on too little
// feedback; a run of a few hundred articles never repays that. Without TurboFan the interpreter and the baseline
// compiler (Sparkplug) run the same code slower per article but start at once. Measured on the corpus of
// bench/news-corpus.mjs, alternated runs on the shared 2-core machine (load average about 10), two workers:
// 772 articles (1.5 MB): 43.4 s wall, 24.3 s user, 197 MB with TurboFan; 29.3 s, 20.1 s, 178 MB without.
// 7,720 articles (15 MB): 262 s, 120 s user with TurboFan; 286 s, 164 s without: about 3 s of CPU more per MB, so
// TurboFan pays from about 3 MB on. A run known to be longer (the files' sizes, counted as the run starts) keeps
// TurboFan from the start; one whose length only reading tells (stdin, NDJSON) gets it back once it has read that much.
// The flags are the process's (every worker's too), so only the command line's process sets them (bin/claims.js).
import v8 from 'node:v8';

/** Bytes (or characters) of text from which TurboFan's compilation is repaid (see above). */
const PAYS_AFTER = 3_000_000;

export class Compiler {
  private left: number;

  /** Turns TurboFan off for the process; `setFlags` is V8's (a test passes its own). */
  constructor(private readonly setFlags: (flags: string) => void = v8.setFlagsFromString, private readonly paysAfter = PAYS_AFTER) {
    this.left = paysAfter;
    setFlags('--no-turbofan');
  }

  /** The size of the run's inputs, once counted: a long run gets TurboFan back at once. */
  expect(bytes: number): void {
    if (bytes >= this.paysAfter) this.did(this.left);
  }

  /** Counts the text of one article done; TurboFan comes back on once the process has done PAYS_AFTER characters. */
  did(chars: number): void {
    if (this.left <= 0) return;
    this.left -= chars;
    if (this.left <= 0) this.setFlags('--turbofan');
  }
}
