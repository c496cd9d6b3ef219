// A progress bar on the run's stderr for long runs on a terminal: count, rate, ETA. Nothing when stderr is not a
// terminal, and nothing for runs shorter than a couple of seconds.
import type { Io } from './io.js';

/** Where the bar is drawn: a stream and, on a terminal, its width. */
type BarStream = { write(text: string): unknown; columns?: number };

export interface ProgressOptions {
  /** Milliseconds before the bar first appears. */
  delay?: number;
  now?: () => number;
}

export class Progress {
  private done = 0;
  private total: number | null = null;
  private visible = false;
  private readonly started: number;
  private readonly timer: NodeJS.Timeout;
  private readonly now: () => number;

  constructor(private readonly out: BarStream, opts: ProgressOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.started = this.now();
    const delay = opts.delay ?? 2000;
    this.timer = setInterval(() => { if (this.now() - this.started >= delay) this.draw(); }, 250);
    this.timer.unref();
  }

  /** A bar on the run's stderr when it is a terminal (and CLAIMS_NO_PROGRESS is unset), else null. */
  static forStderr({ stderr, env }: Pick<Io, 'stderr' | 'env'>): Progress | null {
    return stderr.isTTY && !env.CLAIMS_NO_PROGRESS ? new Progress(stderr) : null;
  }

  tick(): void { this.done++; }
  setTotal(n: number): void { this.total = n; }

  /** The bar's text for the current state. */
  line(width = 80): string {
    const secs = Math.max((this.now() - this.started) / 1000, 0.001);
    const rate = this.done / secs;
    const count = this.total != null ? `${this.done}/${this.total}` : `${this.done}`;
    let text = `claims: ${count} articles, ${rate.toFixed(rate < 10 ? 1 : 0)}/s`;
    if (this.total != null && this.total > 0) {
      const eta = rate > 0 ? Math.max(0, (this.total - this.done) / rate) : NaN;
      text += `, ETA ${clock(eta)}`;
      const room = width - text.length - 4;
      if (room >= 10) {
        const bar = Math.min(room, 40);
        const full = Math.round((bar * Math.min(this.done, this.total)) / this.total);
        text = `[${'#'.repeat(full)}${'-'.repeat(bar - full)}] ${text}`;
      }
    }
    return text.slice(0, Math.max(width - 1, 10));
  }

  clear(): void {
    if (this.visible) this.out.write('\r\x1b[K');
    this.visible = false;
  }

  stop(): void {
    clearInterval(this.timer);
    this.clear();
  }

  private draw(): void {
    this.out.write('\r\x1b[K' + this.line(this.out.columns || 80));
    this.visible = true;
  }
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(r)}` : `${m}:${two(r)}`;
}
