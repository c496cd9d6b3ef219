// V8's optimizing compiler held back while a run is short and its workers take every core (src/cli/compiler.ts): off
// from the start, back on once, at once for a pool with fewer workers than cores, as soon as the inputs' size is
// known to reach the threshold for the pool's workers, or after that much text, counted as articles finish.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { Compiler } from '../../src/cli/compiler.js';
import type { main as Main } from '../../src/cli/main.js';
import { Pool } from '../../src/cli/pool.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'claims-compiler-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('Compiler', () => {
  it('turns TurboFan off at once and back on once, when the text done reaches the threshold for each worker', () => {
    const flags: string[] = [];
    const c = new Compiler((f) => flags.push(f), 50, 2);
    expect(flags).toEqual(['--no-turbofan']);
    c.workers(2);
    c.did(60);
    c.did(39);
    expect(flags).toEqual(['--no-turbofan']);
    c.did(1);
    c.did(500);
    expect(flags).toEqual(['--no-turbofan', '--turbofan']);
  });

  it('inputs known to reach the threshold of the pool\'s workers turn TurboFan back on before any text is done; smaller ones do not', () => {
    const flags: string[] = [];
    const c = new Compiler((f) => flags.push(f), 50, 4);
    c.workers(4);
    c.expect(199);
    expect(flags).toEqual(['--no-turbofan']);
    c.expect(200);
    expect(flags).toEqual(['--no-turbofan', '--turbofan']);
    c.did(1000);
    expect(flags).toEqual(['--no-turbofan', '--turbofan']);
  });

  it('a pool with fewer workers than cores (--jobs 1 on two) keeps TurboFan: a core is left to its compiler threads', () => {
    const flags: string[] = [];
    const one = new Compiler((f) => flags.push(f), 50, 2);
    one.workers(1);
    expect(flags).toEqual(['--no-turbofan', '--turbofan']);
    one.did(1000);
    expect(flags).toEqual(['--no-turbofan', '--turbofan']);
    // as many workers as cores, or more: held back
    for (const [workers, cores] of [[2, 2], [3, 2], [1, 1]]) {
      const held: string[] = [];
      new Compiler((f) => held.push(f), 50, cores).workers(workers);
      expect(held).toEqual(['--no-turbofan']);
    }
  });

  it('text done before the pool\'s size is told counts against the new threshold', () => {
    const flags: string[] = [];
    const c = new Compiler((f) => flags.push(f), 50, 2);
    c.did(60);
    c.workers(3);
    c.did(89);
    expect(flags).toEqual(['--no-turbofan']);
    c.did(1);
    expect(flags).toEqual(['--no-turbofan', '--turbofan']);
  });

  it('a run over files tells the compiler their total size', async () => {
    // the built command line, whose pool starts the built worker
    const built = (f: string) => import(new URL(`../../dist/cli/${f}`, import.meta.url).href);
    const { main } = (await built('main.js')) as { main: typeof Main };
    const { Compiler: BuiltCompiler } = (await built('compiler.js')) as { Compiler: typeof Compiler };
    const dir = path.join(tmp, 'inputs');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a.txt'), 'The minister said the bridge would open in May.\n');
    writeFileSync(path.join(dir, 'b.txt'), 'Menteri mengatakan jembatan itu akan dibuka pada bulan Mei.\n');
    const expected: number[] = [];
    class Spy extends BuiltCompiler {
      override expect(bytes: number): void {
        expected.push(bytes);
        super.expect(bytes);
      }
    }
    const sink = () => new Writable({ write: (_c, _e, done) => done() });
    const io = { stdin: Readable.from([]), stdout: sink(), stderr: sink(), env: {}, cwd: tmp, compiler: new Spy(() => {}) };
    expect(await main(['detect', dir, '--format', 'ndjson', '--jobs', '1'], io)).toBe(0);
    // counted beside the run, not awaited by it
    await vi.waitFor(() => expect(expected).toEqual([48 + 60]));
  }, 60000);

  it('the pool counts the text of every finished article, failed ones included', async () => {
    const worker = path.join(tmp, 'echo-worker.mjs');
    writeFileSync(worker, `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (job) => parentPort.postMessage(job.article.text === 'bad'
  ? { seq: job.seq, ok: false, reason: 'bad', notes: [] } : { seq: job.seq, ok: true, text: job.article.text, notes: [] }));
`);
    const flags: string[] = [];
    const compiler = new Compiler((f) => flags.push(f), 5, 2);
    const pool = new Pool({ size: 2, worker: pathToFileURL(worker), timeLimit: () => 60000, compiler });
    await Promise.all(['abc', 'bad', 'de'].map((text, seq) => pool.run({ seq, command: 'extract', format: 'ndjson', article: { id: `a${seq}`, text } })));
    expect(flags).toEqual(['--no-turbofan']); // 8 characters of 10
    await pool.run({ seq: 3, command: 'extract', format: 'ndjson', article: { id: 'a3', text: 'fg' } });
    await pool.close();
    expect(flags).toEqual(['--no-turbofan', '--turbofan']);
  }, 30000);

  it('the pool tells the compiler its number of workers before any starts', async () => {
    const flags: string[] = [];
    const worker = pathToFileURL(path.join(tmp, 'echo-worker.mjs'));
    const pool = new Pool({ size: 1, worker, timeLimit: () => 60000, compiler: new Compiler((f) => flags.push(f), 1e9, 2) });
    expect(flags).toEqual(['--no-turbofan', '--turbofan']);
    await pool.close();
  });
});
