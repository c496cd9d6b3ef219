// V8's optimizing compiler held back for a run's first articles (src/cli/compiler.ts): off from the start, back on
// once, after enough text, counted by the pool as articles finish.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Compiler } from '../../src/cli/compiler.js';
import { Pool } from '../../src/cli/pool.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'claims-compiler-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('Compiler', () => {
  it('turns TurboFan off at once and back on once, when the text done reaches the threshold', () => {
    const flags: string[] = [];
    const c = new Compiler((f) => flags.push(f), 100);
    expect(flags).toEqual(['--no-turbofan']);
    c.did(60);
    c.did(39);
    expect(flags).toEqual(['--no-turbofan']);
    c.did(1);
    c.did(500);
    expect(flags).toEqual(['--no-turbofan', '--turbofan']);
  });

  it('the pool counts the text of every finished article, failed ones included', async () => {
    const worker = path.join(tmp, 'echo-worker.mjs');
    writeFileSync(worker, `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (job) => parentPort.postMessage(job.article.text === 'bad'
  ? { seq: job.seq, ok: false, reason: 'bad', notes: [] } : { seq: job.seq, ok: true, text: job.article.text, notes: [] }));
`);
    const flags: string[] = [];
    const compiler = new Compiler((f) => flags.push(f), 10);
    const pool = new Pool({ size: 2, worker: pathToFileURL(worker), timeLimit: () => 60000, compiler });
    await Promise.all(['abc', 'bad', 'de'].map((text, seq) => pool.run({ seq, command: 'extract', format: 'ndjson', article: { id: `a${seq}`, text } })));
    expect(flags).toEqual(['--no-turbofan']); // 8 characters of 10
    await pool.run({ seq: 3, command: 'extract', format: 'ndjson', article: { id: 'a3', text: 'fg' } });
    await pool.close();
    expect(flags).toEqual(['--no-turbofan', '--turbofan']);
  }, 30000);
});
