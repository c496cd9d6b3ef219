// Parallel runs (issue 7): the worker pool never changes what is written or its order, output streams as
// documents finish, and NDJSON mode is a line mapper that GNU parallel can split across processes.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Job, JobResult } from '../../src/cli/jobs.js';
import { InOrder } from '../../src/cli/ordered.js';
import { Pool, Spare } from '../../src/cli/pool.js';
import { Progress } from '../../src/cli/progress.js';
import { runClaims, runMain } from '../support/cli.js';

const root = new URL('../../', import.meta.url).pathname;
const bin = path.join(root, 'bin/claims.js');
const EN = readFileSync(path.join(root, 'fixtures/articles/en/en-russia-china-ai.txt'), 'utf8');
const ID = readFileSync(path.join(root, 'fixtures/articles/id/id-sberbank-deepseek.txt'), 'utf8');
const tmp = mkdtempSync(path.join(tmpdir(), 'claims-jobs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const claims = (args: string[], input?: string) => runClaims(args, { input });
const claimsIn = (args: string[]) => runMain(args);

/** Article i: the seeds' paragraphs rotated by i, so every document differs. */
function variant(i: number): string {
  const paras = (i % 2 ? ID : EN).split(/\n+/).filter((p) => p.trim());
  const k = i % paras.length;
  return [...paras.slice(k), ...paras.slice(0, k)].join('\n\n') + '\n';
}

describe('--jobs', () => {
  const dir = path.join(tmp, 'corpus');
  mkdirSync(dir);
  // A large article first: it finishes last, yet must be written first.
  writeFileSync(path.join(dir, 'a000.txt'), EN.repeat(10));
  for (let i = 1; i < 24; i++) writeFileSync(path.join(dir, `a${String(i).padStart(3, '0')}.txt`), variant(i));
  writeFileSync(path.join(dir, 'a012.txt'), Buffer.from([0, 1, 2, 3])); // a failure in the middle

  it('--jobs 1, 3 and the default give byte-identical output and stderr, in input order', async () => {
    for (const format of ['yaml', 'json', 'ndjson']) {
      const one = await claimsIn(['extract', dir, '--format', format, '--jobs', '1']);
      const three = await claimsIn(['extract', dir, '--format', format, '--jobs', '3']);
      const auto = format === 'ndjson' ? await claimsIn(['extract', dir, '--format', format]) : three;
      expect(one.status).toBe(2);
      expect(one.stdout.length).toBeGreaterThan(1000);
      expect(three.stdout).toBe(one.stdout);
      expect(auto.stdout).toBe(one.stdout);
      expect(three.stderr).toBe(one.stderr);
      if (format === 'ndjson') {
        const ids = one.stdout.trim().split('\n').map((l) => path.basename(JSON.parse(l).id));
        expect(ids).toEqual(Array.from({ length: 24 }, (_, i) => `a${String(i).padStart(3, '0')}.txt`).filter((f) => f !== 'a012.txt'));
      }
    }
    // Nine runs of 24 articles: over 120 s beside four other jobs on two cores once. The limit only catches a
    // hang (a pool that never drains), so it is wide.
  }, 600000);

  it('streams: the first record is written before the input ends', async () => {
    const child = spawn(process.execPath, [bin, 'extract', '--input', 'ndjson', '--format', 'ndjson', '--jobs', '2'], { cwd: root });
    child.stdin.write(JSON.stringify({ id: 'first', text: EN }) + '\n');
    const first = await new Promise<string>((resolve) => {
      let out = '';
      child.stdout.on('data', (d) => { out += d; if (out.includes('\n')) resolve(out); });
    });
    expect(JSON.parse(first.split('\n')[0]).id).toBe('first');
    child.stdin.end(JSON.stringify({ id: 'second', text: ID }) + '\n');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
  }, 60000);
});

// GNU parallel is optional: .ci/run installs it; on a machine without it the test is skipped, and says why.
const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasParallel) console.warn('skipped: GNU parallel is not installed (apt-get install parallel), so NDJSON-as-line-mapper is not checked');

describe('NDJSON as a line mapper', () => {
  it.skipIf(!hasParallel)('GNU parallel --pipe -N 500 over several processes gives the same records as one process', () => {
    const lines = Array.from({ length: 1200 }, (_, i) => JSON.stringify({ id: `doc-${String(i).padStart(4, '0')}`, text: variant(i).slice(0, 400 + (i % 7) * 50) }));
    const input = path.join(tmp, 'batch.ndjson');
    writeFileSync(input, lines.join('\n') + '\n');
    const single = claims(['extract', '--input', 'ndjson', '--format', 'ndjson', input]);
    expect(single.status).toBe(0);
    const split = spawnSync('bash', ['-c', `parallel --pipe -N 500 -j 3 node ${bin} extract --input ndjson --format ndjson --jobs 1 < ${input}`], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(split.status, split.stderr).toBe(0);
    const sorted = (out: string) => out.trim().split('\n').sort((a, b) => (JSON.parse(a).id < JSON.parse(b).id ? -1 : 1));
    const many = sorted(split.stdout);
    expect(many).toHaveLength(1200);
    expect(many).toEqual(sorted(single.stdout));
  }, 180000);
});

describe('the pool never hangs and never loses an article', () => {
  // A stand-in worker: "loop" never returns, "crash" kills the thread, "oom" exhausts its heap, "who" names the thread.
  const worker = path.join(tmp, 'fake-worker.mjs');
  writeFileSync(worker, `import { parentPort, receiveMessageOnPort, threadId } from 'node:worker_threads';
parentPort.on('message', function answer(job) {
  const t = job.article.text;
  if (t === 'peek') {
    // waits up to 3 s for the next job to be posted while this one runs
    let next;
    for (const until = Date.now() + 3000; !next && Date.now() < until;) next = receiveMessageOnPort(parentPort);
    parentPort.postMessage({ seq: job.seq, ok: true, text: next ? 'next one waiting' : 'alone', notes: [] });
    if (next) answer(next.message);
    return;
  }
  if (t === 'who') return parentPort.postMessage({ seq: job.seq, ok: true, text: String(threadId), notes: [] });
  if (t === 'loop') for (;;) {}
  if (t === 'crash') process.exit(3);
  if (t === 'oom') { const a = []; for (;;) a.push(new Array(1e5).fill(a.length)); }
  parentPort.postMessage({ seq: job.seq, ok: true, text: t.toUpperCase(), notes: [] });
});`);
  const job = (seq: number, text: string): Job => ({ seq, command: 'extract', format: 'ndjson', article: { id: `j${seq}`, text } });

  it('an article that runs too long, a crashing worker and one out of memory fail alone; the rest complete', async () => {
    // Only the endless job has a short limit: on a busy machine filling a 32 MB heap can take longer than 1.5 s,
    // and the out-of-memory job must fail for its memory, not its time.
    const timeLimit = (j: Job) => (j.article.text === 'loop' ? 1500 : 60000);
    const pool = new Pool({ size: 2, worker: pathToFileURL(worker), timeLimit, maxHeapMb: 32 });
    const texts = ['a', 'loop', 'b', 'crash', 'c', 'oom', 'd'];
    const results = await Promise.all(texts.map((t, i) => pool.run(job(i, t))));
    await pool.close();
    expect(results.map((r) => (r.ok ? r.text : 'FAILED'))).toEqual(['A', 'FAILED', 'B', 'FAILED', 'C', 'FAILED', 'D']);
    expect(results[1].ok || results[1].reason).toMatch(/longer than/);
    expect(results[5].ok || results[5].reason).toMatch(/memory/);
  }, 60000);

  it('a worker is handed its next small job before it finishes the one it runs (no idle round trip between jobs)', async () => {
    const pool = new Pool({ size: 1, worker: pathToFileURL(worker), timeLimit: () => 60000 });
    const results = await Promise.all([pool.run(job(0, 'peek')), pool.run(job(1, 'x'))]);
    await pool.close();
    expect(results.map((r) => (r.ok ? r.text : r.reason))).toEqual(['next one waiting', 'X']);
  }, 30000);

  it('a job waiting behind one whose worker crashes or overruns is run by a fresh worker, not failed', async () => {
    const timeLimit = (j: Job) => (j.article.text === 'loop' ? 1500 : 60000);
    const pool = new Pool({ size: 1, worker: pathToFileURL(worker), timeLimit });
    const results = await Promise.all(['crash', 'a', 'loop', 'b'].map((t, i) => pool.run(job(i, t))));
    await pool.close();
    expect(results.map((r) => (r.ok ? r.text : 'FAILED'))).toEqual(['FAILED', 'A', 'FAILED', 'B']);
  }, 30000);

  it('a big article never waits in a worker behind another job', async () => {
    const big = 'x'.repeat(200_000);
    const pool = new Pool({ size: 1, worker: pathToFileURL(worker), timeLimit: () => 60000 });
    const results = await Promise.all([pool.run(job(0, 'peek')), pool.run(job(1, big))]);
    await pool.close();
    expect(results.map((r) => (r.ok ? r.text.slice(0, 5) : r.reason))).toEqual(['alone', 'XXXXX']);
  }, 30000);

  it('a result that arrives after close() starts no time limit for the job posted behind it (the process can exit)', async () => {
    const pool = new Pool({ size: 1, worker: pathToFileURL(worker), timeLimit: () => 60000 });
    await pool.run(job(0, 'started'));
    const pending = [pool.run(job(1, 'a')), pool.run(job(2, 'loop'))];
    // the worker answers the first and runs the second while the main thread is busy: the answer waits in the port
    for (const until = Date.now() + 1000; Date.now() < until;);
    const set = globalThis.setTimeout;
    let limits = 0;
    globalThis.setTimeout = ((f: () => void, ms?: number) => { if (ms === 60000) limits++; return set(f, ms); }) as typeof setTimeout;
    try {
      await pool.close();
      await new Promise((r) => set(r, 300));
    } finally {
      globalThis.setTimeout = set;
    }
    expect((await Promise.all(pending)).map((r: JobResult) => r.ok)).toEqual([false, false]);
    expect(limits).toBe(0);
  }, 30000);

  it('close() ends queued jobs as stopped instead of leaving them waiting', async () => {
    const pool = new Pool({ size: 1, worker: pathToFileURL(worker), timeLimit: () => 60000 });
    const pending = [pool.run(job(0, 'loop')), pool.run(job(1, 'x'))];
    await new Promise((r) => setTimeout(r, 300));
    await pool.close();
    expect((await Promise.all(pending)).map((r: JobResult) => r.ok)).toEqual([false, false]);
  }, 30000);

  it('a spare lends an idle worker to the next pool, never one that was busy when its pool closed', async () => {
    const spare = new Spare();
    const pool = () => new Pool({ size: 1, worker: pathToFileURL(worker), timeLimit: () => 60000, spare });
    const who = async (p: Pool) => {
      const r = await p.run(job(0, 'who'));
      await p.close();
      return r.ok ? r.text : r.reason;
    };
    const first = await who(pool());
    expect(first).toMatch(/^\d+$/);
    expect(await who(pool())).toBe(first); // the same thread, lent again
    const busy = pool();
    const stopped = busy.run(job(1, 'loop'));
    await new Promise((r) => setTimeout(r, 300));
    await busy.close();
    expect(await stopped).toMatchObject({ ok: false, reason: 'stopped' });
    const next = await who(pool());
    expect(next).toMatch(/^\d+$/);
    expect(next).not.toBe(first); // the looping thread was stopped, not lent
  }, 30000);
});

describe('in-order writing', () => {
  it('emits in reservation order whatever the completion order, with bounded places', async () => {
    const out: number[] = [];
    const order = new InOrder<number>((v) => { out.push(v); }, 3);
    const fills: ((v: number) => void)[] = [];
    for (let i = 0; i < 3; i++) fills.push(await order.reserve());
    let fourth = false;
    const next = order.reserve().then((f) => { fourth = true; return f; });
    await new Promise((r) => setTimeout(r, 20));
    expect(fourth).toBe(false); // full: the reader waits
    fills[2](2);
    fills[1](1);
    await new Promise((r) => setTimeout(r, 20));
    expect(out).toEqual([]);
    fills[0](0);
    (await next)(3);
    await order.drain();
    expect(out).toEqual([0, 1, 2, 3]);
  });
});

describe('progress bar', () => {
  it('shows count, rate and ETA once the total is known', () => {
    let now = 0;
    const sink = { write: () => true, columns: 100 } as unknown as NodeJS.WriteStream;
    const p = new Progress(sink, { now: () => now });
    for (let i = 0; i < 50; i++) p.tick();
    now = 10000;
    expect(p.line(100)).toMatch(/50 articles, 5\.0\/s$/);
    p.setTotal(200);
    expect(p.line(100)).toMatch(/^\[#{10}-{30}\] claims: 50\/200 articles, 5\.0\/s, ETA 0:30$/);
    p.stop();
  });
});
