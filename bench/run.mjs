#!/usr/bin/env node
// Benchmark (not a test) of `claims extract` on corpora generated from fixtures/articles, at several sizes:
// documents/s, MB/s, peak RSS, scaling from 1 to N jobs, and the time ratio against a naive peer
// (bench/peer.mjs: franc + compromise's sentence parse) on the same files, the two measured alternately.
// Also times `claims diff` of two 5,000-word articles.
// Usage: npm run bench [-- SIZES...]   (default sizes 60 200 600; ROUNDS=n to repeat each timing)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bin = path.join(root, 'bin/claims.js');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (!sizes.length) sizes.push(60, 200, 600);
const rounds = Number(process.env.ROUNDS || 1);
const cores = os.availableParallelism();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-bench-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const seeds = fs.readdirSync(path.join(root, 'fixtures/articles'), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile()).map((e) => fs.readFileSync(path.join(e.parentPath, e.name), 'utf8')).sort();

/** Article i: a seed with its paragraphs rotated and every number shifted by i, so no two are alike. */
function article(i) {
  const paras = seeds[i % seeds.length].split(/\n\s*\n/);
  const k = Math.floor(i / seeds.length) % paras.length;
  return [...paras.slice(k), ...paras.slice(0, k)].join('\n\n').replace(/\b\d{1,3}\b/g, (d) => String((Number(d) + i) % 1000));
}

function corpus(n) {
  const dir = path.join(tmp, `c${n}`);
  fs.mkdirSync(dir);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const text = article(i);
    bytes += Buffer.byteLength(text);
    fs.writeFileSync(path.join(dir, `${String(i).padStart(6, '0')}.txt`), text);
  }
  return { dir, files: fs.readdirSync(dir).map((f) => path.join(dir, f)), bytes };
}

function timed(cmd) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', ...cmd], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
  const last = r.stderr.trim().split('\n').pop().split(' ');
  if (r.status !== 0 && !(cmd.includes('diff') && r.status === 1)) console.error(`exit ${r.status}: ${cmd.slice(0, 3).join(' ')} …\n${r.stderr.slice(0, 400)}`);
  return { s: Number(last[0]), rssMB: Number(last[1]) / 1024 };
}
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

const rows = [];
for (const n of sizes) {
  const c = corpus(n);
  const ours = (jobs) => [process.execPath, bin, 'extract', c.dir, '--format', 'ndjson', '--jobs', String(jobs)];
  const peer = [process.execPath, path.join(root, 'bench/peer.mjs'), ...c.files];
  const T = { all: [], one: [], two: [], peer: [] }, rss = [];
  for (let r = 0; r < rounds; r++) {
    // Alternated, so load on the machine falls on both sides alike.
    const all = timed(ours(cores)); T.all.push(all.s); rss.push(all.rssMB);
    T.peer.push(timed(peer).s);
    T.one.push(timed(ours(1)).s);
    if (cores > 2) T.two.push(timed(ours(2)).s);
  }
  const s = median(T.all), one = median(T.one);
  const row = {
    articles: n, MB: +(c.bytes / 1e6).toFixed(2), jobs: cores, seconds: s,
    docsPerSec: +(n / s).toFixed(1), MBps: +(c.bytes / 1e6 / s).toFixed(3), peakRssMB: Math.round(Math.max(...rss)),
    secondsJobs1: one, scaling1toN: +(one / s).toFixed(2), ...(T.two.length ? { scaling1to2: +(one / median(T.two)).toFixed(2) } : {}),
    peerSeconds: median(T.peer), ratioVsPeer: +(s / median(T.peer)).toFixed(3),
  };
  rows.push(row);
  console.log(JSON.stringify(row));
}
if (rows.length > 1) {
  const [a, b] = [rows[0], rows.at(-1)];
  console.log(JSON.stringify({ rssGrowth: `${a.peakRssMB} MB at ${a.articles} articles → ${b.peakRssMB} MB at ${b.articles}` }));
}

// claims diff of two 5,000-word articles (when the diff command exists).
if (spawnSync(process.execPath, [bin, 'diff', '--help']).status === 0) {
  const long = (from) => { let t = ''; for (let i = from; t.split(/\s+/).length < 5000; i += 2) t += article(i) + '\n\n'; return t; };
  const a = path.join(tmp, 'a.txt'), b = path.join(tmp, 'b.txt');
  fs.writeFileSync(a, long(0));
  fs.writeFileSync(b, long(2));
  const d = timed([process.execPath, bin, 'diff', a, b, '--format', 'json']);
  console.log(JSON.stringify({ diff5000Words: { seconds: d.s, peakRssMB: Math.round(d.rssMB) } }));
}
