// A pool of worker threads that run jobs. Workers start lazily (one article needs one worker, not one per
// core). A job never rejects: a worker that throws, runs out of memory or overruns its time limit turns
// into a failed result for that job alone, and a fresh worker takes its place. A busy worker is handed its next
// small job before it finishes the current one (see AHEAD), so it never waits for the main thread between jobs.
import { Worker } from 'node:worker_threads';
import type { Compiler } from './compiler.js';
import type { Job, JobResult } from './jobs.js';

export interface PoolOptions {
  size: number;
  worker: URL;
  /** Milliseconds a job may run before its worker is stopped. */
  timeLimit: (job: Job) => number;
  /** Heap limit of one worker, so one huge article fails alone instead of taking the process down. */
  maxHeapMb?: number;
  /** Where idle workers come from and go back to when the pool closes (see Spare); without it they are stopped. */
  spare?: Spare;
  /** Told of every article done (see Compiler); without it V8 compiles as it always does. */
  compiler?: Compiler;
}

/**
 * Idle workers lent to one pool at a time: a process that runs the command line many times (the tests call `main`
 * in process) loads the pipeline into a worker once, not once per run. A worker holds no state between jobs (the
 * stages are pure), so a lent worker answers as a fresh one would. Idle workers never keep the process alive.
 */
export class Spare {
  private readonly idle = new Map<string, Worker[]>();
  /** What forgets a worker that stops while idle. */
  private readonly onExit = new Map<Worker, () => void>();

  take(key: string): Worker | undefined {
    const w = this.idle.get(key)?.pop();
    if (w) {
      w.off('exit', this.onExit.get(w)!);
      this.onExit.delete(w);
      w.ref();
    }
    return w;
  }

  /** Takes back a worker with no job and none of its borrower's listeners. */
  give(key: string, w: Worker): void {
    w.unref();
    const list = this.idle.get(key) ?? [];
    this.idle.set(key, list);
    list.push(w);
    const forget = () => {
      list.splice(list.indexOf(w) >>> 0, 1);
      this.onExit.delete(w);
    };
    this.onExit.set(w, forget);
    w.once('exit', forget);
  }
}

/**
 * Default heap limit of a worker. From a limit of 2 GiB up, V8 lets a heap grow to four times its live size
 * between full collections, below that to less than twice. Measured with two workers: peak RSS 325 MB at 772
 * articles and 410 MB at 7,720 with 2048, against 245 and 267 MB with 1024, in the same time (median of five
 * alternated runs, 9.6 against 9.8 s). A 4.7 MB English article still fits.
 */
const DEFAULT_HEAP_MB = 1024;

/**
 * Young generation of a worker (V8's default for a worker is 48 MB). The tagger's garbage is short-lived and small,
 * so a smaller nursery collects as often at no cost in time and keeps ~25 MB less resident per worker. Measured on
 * the 772-article corpus of bench/news-corpus.mjs with two workers, alternated runs on a quiet machine: 48 MB
 * 9.98 / 10.25 s, peak RSS 262 / 254 MB; 12 MB 9.58 / 10.37 s, 210 / 208 MB; 6 MB 10.54 / 11.17 s (slower), 202 / 199 MB.
 */
const YOUNG_MB = 12;

/**
 * Jobs a worker holds at most: the one it runs and the next, already posted. Between two jobs a worker otherwise
 * sits idle while its result crosses to the main thread and the next job crosses back; on a loaded machine the main
 * thread waits its turn for a core first. Measured on the 772-article corpus of bench/news-corpus.mjs with two
 * workers (load average about 10 on 2 cores): 1.6–1.8 s of each worker's ~32 s went to that wait, about 5 ms a job.
 */
const AHEAD = 2;

/**
 * Only jobs of articles this small (UTF-16 code units) wait in a worker behind another: a job queued behind a long
 * article would wait for it while another worker may be free, and an article this size takes milliseconds.
 */
const SMALL = 64 * 1024;

interface Waiting { job: Job; done: (r: JobResult) => void }
/** A worker and the jobs posted to it, in order: the first is the one it runs (timed by `timer`), the next waits. */
interface Slot { worker: Worker; jobs: Waiting[]; timer: NodeJS.Timeout | null; release: () => void }

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: Waiting[] = [];
  private closed = false;

  constructor(private readonly opts: PoolOptions) {
    opts.compiler?.workers(opts.size);
  }

  run(job: Job): Promise<JobResult> {
    return new Promise((done) => {
      if (this.closed) return done({ seq: job.seq, ok: false, reason: 'stopped', notes: [] });
      this.queue.push({ job, done });
      this.dispatch();
    });
  }

  /** Stops every worker; jobs not finished yet end as failed with the reason `stopped`. */
  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const s of slots) if (s.timer) clearTimeout(s.timer);
    const busy = slots.filter((s) => s.jobs.length);
    // emptied: a worker being stopped may still deliver a result it sent before, which must not time a job behind it
    const unfinished = [...this.queue.splice(0), ...busy.flatMap((s) => s.jobs.splice(0))];
    for (const w of unfinished) w.done({ seq: w.job.seq, ok: false, reason: 'stopped', notes: [] });
    const { spare } = this.opts;
    if (spare) {
      for (const s of slots.filter((s) => !busy.includes(s))) {
        s.release();
        spare.give(this.key, s.worker);
      }
    }
    await Promise.all(slots.filter((s) => !spare || busy.includes(s)).map((s) => s.worker.terminate()));
  }

  /**
   * Hands out queued jobs: to an idle worker first, then to a new one while the pool may grow, then as the next job
   * of a busy worker when both its job and the next are small.
   */
  private dispatch(): void {
    while (this.queue.length && !this.closed) {
      let slot = this.slots.find((s) => !s.jobs.length);
      if (!slot && this.slots.length < this.opts.size) slot = this.spawn();
      if (!slot && small(this.queue[0].job)) slot = this.slots.find((s) => s.jobs.length < AHEAD && s.jobs.every((w) => small(w.job)));
      if (!slot) return;
      const w = this.queue.shift()!;
      slot.jobs.push(w);
      if (slot.jobs.length === 1) this.time(slot);
      slot.worker.postMessage(w.job);
    }
  }

  /** Starts the time limit of the job the worker runs now (the first of its jobs). */
  private time(s: Slot): void {
    const limit = this.opts.timeLimit(s.jobs[0].job);
    s.timer = setTimeout(() => this.fail(s, `took longer than ${Math.round(limit / 1000)} s (see --timeout)`), limit);
  }

  /** Which spare workers fit this pool: the same script and heap limit. */
  private get key(): string {
    return `${this.opts.worker.href} ${this.opts.maxHeapMb ?? DEFAULT_HEAP_MB}`;
  }

  private spawn(): Slot {
    const worker = this.opts.spare?.take(this.key)
      ?? new Worker(this.opts.worker, {
        resourceLimits: { maxOldGenerationSizeMb: this.opts.maxHeapMb ?? DEFAULT_HEAP_MB, maxYoungGenerationSizeMb: YOUNG_MB },
      });
    const onMessage = (r: JobResult) => {
      const w = slot.jobs.shift();
      if (w) this.opts.compiler?.did(w.job.article.text.length);
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      // the next job, posted already, is the one the worker runs from now on
      if (slot.jobs.length && !this.closed) this.time(slot);
      w?.done(r);
      this.dispatch();
    };
    const onError = (e: Error & { code?: string }) => {
      this.fail(slot, e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'ran out of memory' : `could not be processed (${e.message})`);
    };
    const onExit = () => this.fail(slot, 'could not be processed (worker stopped)');
    const release = () => { worker.off('message', onMessage).off('error', onError).off('exit', onExit); };
    const slot: Slot = { worker, jobs: [], timer: null, release };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    this.slots.push(slot);
    return slot;
  }

  /** Fails the job the slot's worker runs, if any, and replaces the worker; its next job goes back to the queue's head. */
  private fail(slot: Slot, reason: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    if (slot.timer) clearTimeout(slot.timer);
    void slot.worker.terminate();
    const [w, ...next] = slot.jobs.splice(0);
    this.queue.unshift(...next);
    if (w) w.done({ seq: w.job.seq, ok: false, reason, notes: [] });
    this.dispatch();
  }
}

const small = (job: Job): boolean => job.article.text.length <= SMALL;
