// What every command that runs the pipeline over many inputs starts with (`extract`, `sentences`, `detect`,
// `track`): a pool of worker threads with the per-article time limit, and a progress bar on stderr that learns the
// number of inputs as soon as they are counted; and what each ends with, `finish()`.
import { countInputs, type Exclude } from './inputs.js';
import type { Cli } from './io.js';
import type { CommonOptions } from './options.js';
import { Pool } from './pool.js';
import { Progress } from './progress.js';

export function startRun(
  cli: Cli, paths: string[], o: Pick<CommonOptions, 'jobs' | 'timeout' | 'input'> & { exclude?: Exclude },
): { pool: Pool; progress: Progress | null; finish: () => Promise<void> } {
  const pool = new Pool({
    size: o.jobs,
    worker: new URL('./worker.js', import.meta.url),
    // --timeout S is seconds per MB of text, at least S
    timeLimit: (job) => o.timeout * 1000 * Math.max(1, job.article.text.length / 1e6),
    spare: cli.io.spare,
    compiler: cli.io.compiler,
  });
  const progress = Progress.forStderr(cli.io);
  cli.log.setStatusLine(progress);
  const { compiler } = cli.io;
  if (progress || compiler) {
    countInputs(paths, { format: o.input, cwd: cli.io.cwd, exclude: o.exclude }).then((n) => {
      if (n) progress?.setTotal(n.files);
      if (n) compiler?.expect(n.bytes);
    }, () => {});
  }
  /** Workers stopped, the bar cleared and no longer redrawn under messages: after a run, finished or interrupted. */
  const finish = async () => {
    await pool.close();
    progress?.stop();
    cli.log.setStatusLine(null);
  };
  return { pool, progress, finish };
}
