// Parallel runs (issue 7): the worker pool never changes what is written or its order, output streams as
// documents finish, and NDJSON mode is a line mapper that GNU parallel can split across processes.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const bin = path.join(root, 'bin/claims.js');
const EN = readFileSync(path.join(root, 'fixtures/articles/en/en-russia-china-ai.txt'), 'utf8');
const ID = readFileSync(path.join(root, 'fixtures/articles/id/id-sberbank-deepseek.txt'), 'utf8');
const tmp = mkdtempSync(path.join(tmpdir(), 'claims-jobs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function claims(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

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

  it('--jobs 1, 3 and the default give byte-identical output and stderr, in input order', () => {
    for (const format of ['yaml', 'json', 'ndjson']) {
      const one = claims(['extract', dir, '--format', format, '--jobs', '1']);
      const three = claims(['extract', dir, '--format', format, '--jobs', '3']);
      const auto = format === 'ndjson' ? claims(['extract', dir, '--format', format]) : three;
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
  }, 120000);

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

describe('NDJSON as a line mapper', () => {
  it('GNU parallel --pipe -N 500 over several processes gives the same records as one process', () => {
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
