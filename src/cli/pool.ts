// A pool of worker threads that run jobs. Workers start lazily (one article needs one worker, not one per
// core). A job never rejects: a worker that throws, runs out of memory or overruns its time limit turns
// into a failed result for that job alone, and a fresh worker takes its place. A busy worker is handed its next job
// before it finishes (see AHEAD), so it never waits for the main thread between two articles.
import { Worker } from 'node:worker_threads';
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
 * Jobs a worker holds at once: the one it runs and the next, already in its message queue. A worker that got its next
 * job only once the main thread had read its last result waited for the main thread between any two articles:
 * 10% of each worker's time on a loaded machine (two workers, 772 articles). A job's time limit starts when the
 * worker starts it (when the job before it is answered); a worker that fails fails the job it runs, and the job
 * waiting behind it goes back to the head of the queue.
 */
const AHEAD = 2;

interface Waiting { job: Job; done: (r: JobResult) => void }
/** A worker and its jobs in the order it runs them: the first is running. */
interface Slot { worker: Worker; jobs: Waiting[]; timer: NodeJS.Timeout | null; release: () => void }

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: Waiting[] = [];
  private closed = false;

  constructor(private readonly opts: PoolOptions) {}

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
    const unfinished = [...slots.flatMap((s) => s.jobs), ...this.queue.splice(0)];
    for (const w of unfinished) w.done({ seq: w.job.seq, ok: false, reason: 'stopped', notes: [] });
    const { spare } = this.opts;
    if (spare) {
      for (const s of slots.filter((s) => !s.jobs.length)) {
        s.release();
        spare.give(this.key, s.worker);
      }
    }
    await Promise.all(slots.filter((s) => !spare || s.jobs.length).map((s) => s.worker.terminate()));
  }

  /** Hands queued jobs to idle workers, to new ones while there is room, then one more to each busy worker. */
  private dispatch(): void {
    while (this.queue.length && !this.closed) {
      let slot = this.slots.find((s) => !s.jobs.length);
      if (!slot && this.slots.length < this.opts.size) slot = this.spawn();
      slot ??= this.slots.find((s) => s.jobs.length < AHEAD);
      if (!slot) return;
      const w = this.queue.shift()!;
      slot.jobs.push(w);
      if (slot.jobs.length === 1) this.startClock(slot);
      slot.worker.postMessage(w.job);
    }
  }

  /** The time limit of the job the slot's worker is running (its first). */
  private startClock(slot: Slot): void {
    const limit = this.opts.timeLimit(slot.jobs[0].job);
    slot.timer = setTimeout(() => this.fail(slot, `took longer than ${Math.round(limit / 1000)} s (see --timeout)`), limit);
  }

  /** Which spare workers fit this pool: the same script and heap limit. */
  private get key(): string {
    return `${this.opts.worker.href} ${this.opts.maxHeapMb ?? DEFAULT_HEAP_MB}`;
  }

  private spawn(): Slot {
    const worker = this.opts.spare?.take(this.key)
      ?? new Worker(this.opts.worker, { resourceLimits: { maxOldGenerationSizeMb: this.opts.maxHeapMb ?? DEFAULT_HEAP_MB } });
    const onMessage = (r: JobResult) => {
      const w = slot.jobs.shift();
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      if (slot.jobs.length) this.startClock(slot);
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

  /** Fails the job the slot's worker runs, if any, puts the one waiting behind it back at the head of the queue and replaces the worker. */
  private fail(slot: Slot, reason: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    if (slot.timer) clearTimeout(slot.timer);
    void slot.worker.terminate();
    const [w, ...waiting] = slot.jobs.splice(0);
    this.queue.unshift(...waiting);
    if (w) w.done({ seq: w.job.seq, ok: false, reason, notes: [] });
    this.dispatch();
  }
}
