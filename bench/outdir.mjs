#!/usr/bin/env node
// --out-dir figures (issue 17), for `npm run bench` (bench/run.mjs imports outDirFigures) or alone:
// - incremental: the same `claims extract DIR --out-dir OUT` run twice; second run's time ÷ first's (bar ≤ 0.05);
// - resume: RESUMES times (default 10), a run killed with SIGKILL at a random moment of an uninterrupted run's
//   duration (so some kills land before any output, some near the end), then the same command again; counts the
//   resumed folders byte-identical to the uninterrupted one (manifest included), and how much the rerun redid
//   beside what the killed run had left missing.
// Usage: node bench/outdir.mjs CORPUS_DIR   (npm run build first; e.g. a folder from bench/news-corpus.mjs; RESUMES=n)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bin = path.join(root, 'bin/claims.js');
const env = { ...process.env, NO_COLOR: '1' };

function timed(args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env });
  const lines = r.stderr.trim().split('\n');
  const [s, kb] = lines.pop().split(' ');
  return { s: Number(s), rssMB: Number(kb) / 1024, status: r.status, stderr: lines.join('\n') };
}

/** Every file under dir with its bytes, as one comparable string per file. */
function snapshot(dir) {
  const m = new Map();
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) m.set(path.relative(dir, path.join(e.parentPath, e.name)), fs.readFileSync(path.join(e.parentPath, e.name), 'latin1'));
  }
  return m;
}
const same = (a, b) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
const counts = (stderr) => {
  const m = /(\d+) written, (\d+) up to date, (\d+) failed/.exec(stderr);
  return m ? { written: Number(m[1]), upToDate: Number(m[2]), failed: Number(m[3]) } : null;
};

function killAfter(args, ms) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: 'ignore', env });
    const t = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', (code, signal) => { clearTimeout(t); resolve(signal); });
  });
}

const args = (corpus, out) => ['extract', corpus, '--format', 'ndjson', '--out-dir', out];

/** The same run twice into one folder: the second finds everything up to date. */
export function incrementalFigures(corpus) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-outdir-'));
  const full = path.join(tmp, 'full');
  const first = timed(args(corpus, full));
  const second = timed(args(corpus, full));
  fs.rmSync(tmp, { recursive: true, force: true });
  return {
    articles: counts(first.stderr)?.written ?? null, firstSeconds: first.s, secondSeconds: second.s, secondOverFirst: +(second.s / first.s).toFixed(3),
    secondUpToDate: counts(second.stderr)?.upToDate ?? null, firstPeakRssMB: Math.round(first.rssMB), secondPeakRssMB: Math.round(second.rssMB),
  };
}

/** Runs killed with SIGKILL at random moments, then resumed, against one uninterrupted run. */
export async function resumeFigures(corpus, resumes = Number(process.env.RESUMES || 10)) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-outdir-'));
  const full = path.join(tmp, 'full');
  const first = timed(args(corpus, full));
  const reference = snapshot(full);
  const total = counts(first.stderr)?.written ?? NaN;

  let identical = 0, killedBeforeEnd = 0, redone = 0, missing = 0;
  const resumedSeconds = [];
  for (let i = 0; i < resumes; i++) {
    const out = path.join(tmp, `k${i}`);
    const at = Math.round(Math.random() * first.s * 1000);
    const signal = await killAfter(args(corpus, out), at);
    if (signal === 'SIGKILL') killedBeforeEnd++;
    const left = fs.existsSync(out) ? [...snapshot(out).keys()].filter((f) => !f.startsWith('.claims')).length : 0;
    const again = timed(args(corpus, out));
    const c = counts(again.stderr);
    resumedSeconds.push(again.s);
    if (c) { redone += c.written - (total - left); missing += total - left; }
    if (same(snapshot(out), reference)) identical++;
    fs.rmSync(out, { recursive: true, force: true });
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  return {
    articles: total, uninterruptedSeconds: first.s, runs: resumes, killedBeforeEnd, byteIdentical: `${identical}/${resumes}`,
    // files the rerun wrote although the killed run had left them complete (written, not yet recorded at the kill)
    redoneBeyondMissing: redone, missingAtKill: missing, medianResumeSeconds: [...resumedSeconds].sort((a, b) => a - b)[Math.floor(resumes / 2)] ?? null,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const corpus = process.argv[2];
  if (!corpus) {
    console.error('usage: node bench/outdir.mjs CORPUS_DIR');
    process.exit(2);
  }
  console.log(JSON.stringify({ incremental: incrementalFigures(corpus) }));
  console.log(JSON.stringify({ resume: await resumeFigures(corpus) }));
}
