#!/usr/bin/env node
/* global Buffer */
// Benchmark (not a test) of `claims extract` on corpora generated from fixtures/articles, at several sizes:
// documents/s, MB/s, peak RSS, scaling from 1 to N jobs, and the time ratio against a naive peer
// (bench/peer.mjs: franc + compromise's sentence parse) on the same files, the two measured alternately.
// Also times `claims diff` of two 5,000-word articles.
// Also measures the machine's own ceiling for 1 → 2 scaling: a synthetic allocation-heavy Node program (small
// objects and Sets, like a tagger's) run alone and two at once. One V8 process already keeps more than one core
// busy (garbage collection and optimizing compilation run on helper threads), so no Node program of this kind
// scales by the number of cores; compare the pipeline's scaling with this figure.
// Also the --out-dir figures of bench/outdir.mjs: incremental (second run ÷ first) and kill -9 → resume (RESUMES=n, default 10).
// Usage: npm run bench [-- SIZES...]   (default sizes 60 200 600; ROUNDS=n to repeat each timing;
//        EN_SHARE=0.25 for a quarter of the articles in English, as in the project's held-out corpus; default 0.5)
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

const enShare = Number(process.env.EN_SHARE ?? 0.5);
const seedsOf = (lang) => fs.readdirSync(path.join(root, 'fixtures/articles', lang)).sort()
  .map((f) => fs.readFileSync(path.join(root, 'fixtures/articles', lang, f), 'utf8'));
const seeds = { en: seedsOf('en'), id: seedsOf('id') };

const langOf = (i) => (Math.floor((i + 1) * enShare) > Math.floor(i * enShare) ? 'en' : 'id'); // spread evenly

/** Article i: a seed with its paragraphs rotated and every number shifted by i, so no two are alike. */
function article(i, lang = langOf(i)) {
  const pool = seeds[lang];
  const j = lang === 'en' ? Math.floor(i * enShare) : i - Math.floor(i * enShare); // its number among its language's
  const paras = pool[j % pool.length].split(/\n\s*\n/);
  const k = Math.floor(j / pool.length) % paras.length;
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
const corpora = [];
for (const n of sizes) {
  const c = corpus(n);
  corpora.push(c);
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

// --out-dir (bench/outdir.mjs): second run on the unchanged largest corpus ÷ first; kill -9 and resume on the smallest.
{
  const { incrementalFigures, resumeFigures } = await import('./outdir.mjs');
  console.log(JSON.stringify({ incremental: incrementalFigures(corpora.at(-1).dir) }));
  console.log(JSON.stringify({ resume: await resumeFigures(corpora[0].dir) }));
}

// The machine's ceiling for 1 → 2 scaling of an allocation-heavy Node program (see the top of this file).
{
  const load = path.join(tmp, 'load.js');
  fs.writeFileSync(load, `let keep = [], x = 0;
for (let r = 0; r < 40; r++) for (let i = 0; i < 200000; i++) {
  const o = { text: 'w' + (i % 5000), tags: new Set(['Noun', 'x' + (i % 7)]), pre: '', post: ' ', i };
  keep.push(o); if (keep.length > 300000) keep = keep.slice(150000); x += o.text.length + o.tags.size;
}
if (x < 0) console.log(x);`);
  const node = JSON.stringify(process.execPath), file = JSON.stringify(load);
  const alone = [], both = [];
  for (let r = 0; r < Math.max(2, rounds); r++) {
    alone.push(timed(['sh', '-c', `${node} ${file}`]).s);
    both.push(timed(['sh', '-c', `${node} ${file} & ${node} ${file} & wait`]).s);
  }
  // Two programs do twice the work: scaling = 2 × alone ÷ both.
  const machineScaling1to2 = +((2 * median(alone)) / median(both)).toFixed(2);
  console.log(JSON.stringify({ machineScaling1to2, aloneSeconds: median(alone), twoAtOnceSeconds: median(both) }));
}

// claims diff of two 5,000-word articles (when the diff command exists).
if (spawnSync(process.execPath, [bin, 'diff', '--help']).status === 0) {
  const long = (from) => { let t = ''; for (let i = from; t.split(/\s+/).length < 5000; i += 2) t += article(i, 'en') + '\n\n'; return t; };
  const a = path.join(tmp, 'a.txt'), b = path.join(tmp, 'b.txt');
  fs.writeFileSync(a, long(0));
  fs.writeFileSync(b, long(2));
  const d = timed([process.execPath, bin, 'diff', a, b, '--format', 'json']);
  console.log(JSON.stringify({ diff5000Words: { seconds: d.s, peakRssMB: Math.round(d.rssMB) } }));
}
