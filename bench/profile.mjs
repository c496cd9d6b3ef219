#!/usr/bin/env node
// CPU profile of one `claims extract` run, main thread and every worker (node --cpu-prof writes one profile per
// thread), summed up as self time by module (a file of dist/, a package, V8's own entries such as the garbage
// collector) and by function; also each worker's time waiting between jobs ("(idle)" plus the postMessage that hands a
// result back, where a thread waits for the main thread on a busy machine). Sampled by wall-clock interval: on a
// machine shared with other programs the seconds are long, so compare the shares of one run, not seconds across runs.
// Usage: node bench/profile.mjs [TOP] -- EXTRACT_ARGS...   e.g. node bench/profile.mjs 25 -- DIR --format ndjson --jobs 2
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const top = Number((dash > 0 ? argv[0] : undefined) ?? 25);
const args = dash >= 0 ? argv.slice(dash + 1) : argv;
if (!args.length) {
  console.error('usage: node bench/profile.mjs [TOP] -- EXTRACT_ARGS...');
  process.exit(2);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-prof-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, path.join(root, 'bin/claims.js'), 'extract', ...args],
  { stdio: ['ignore', 'ignore', 'inherit'] });
if (run.status !== 0) console.error(`claims exited with ${run.status}`);

/** Where a frame's time goes: dist/<file>, node_modules/<package>, node:<module>, or V8's name for it. */
function moduleOf(url, name) {
  if (!url) return name;
  const rel = url.replace(/^file:\/\//, '');
  const nm = rel.lastIndexOf('/node_modules/');
  if (nm >= 0) return rel.slice(nm + 14).split('/').slice(0, 1).join('/');
  return rel.startsWith(root) ? rel.slice(root.length + 1) : rel;
}

const show = (title, map, total) => {
  console.log(`${title} (${(total / 1e6).toFixed(2)} s sampled)`);
  for (const [k, t] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(t / 1e3).toFixed(0).padStart(8)} ms ${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
  }
};

for (const file of fs.readdirSync(dir).sort()) {
  const p = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const mods = new Map();
  const fns = new Map();
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = p.timeDeltas[i] || 0;
    const { functionName, url, lineNumber } = byId.get(p.samples[i]).callFrame;
    const name = functionName || '(anonymous)';
    const mod = moduleOf(url, name);
    total += dt;
    mods.set(mod, (mods.get(mod) ?? 0) + dt);
    const fn = url ? `${name} ${mod}:${lineNumber + 1}` : name;
    fns.set(fn, (fns.get(fn) ?? 0) + dt);
  }
  const thread = file.replace(/\.cpuprofile$/, '');
  const waiting = (mods.get('(idle)') ?? 0) + (mods.get('postMessage') ?? 0);
  console.log(`\n== ${thread}: waiting ${(waiting / 1e3).toFixed(0)} ms of ${(total / 1e3).toFixed(0)} ms`);
  show('self time by module', mods, total);
  show('self time by function', fns, total);
}
