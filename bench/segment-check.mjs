#!/usr/bin/env node
// Indonesian sentence boundaries on paragraphs built like the held-out CSUI news paragraphs, in three conditions.
// Run from the project root after `npm run build`:  node bench/segment-check.mjs [--errors a|b|c|s] [--n 20] [--src lingua|pud|long]
//
// Sources (../shared/data, never copied into the project):
// - lingua: lingua-sentences/id.txt (1000 Leipzig news/web sentences, unrelated to each other) cut, in file order,
//   into paragraphs of 3–6 sentences (the sizes cycle 3,4,5,6 so the set is the same on every run);
// - pud: the 500 Indonesian PUD news sentences (consecutive, as in an article), four per paragraph;
// - long: the lingua sentences of 18 words or more (about 27 on average, as CSUI's economic news), four per paragraph.
// Conditions, each sentence the expected unit:
// (a) as written, joined by spaces (a sentence without final punctuation, a headline, ends with a line break as in
//     segment-eval's csui-id);
// (s) the held-out scraped set's shape: each sentence's final full stop removed, joined by spaces;
// (b) all sentence-final punctuation removed (. ! ? … before or after a closing quote), joined by spaces;
// (c) as (b), and every quotation mark removed, every full stop that ends a word removed (abbreviations too, not
//     the one inside a number: 1.500), and one join in three a line break, the rest spaces (a scraper that kept
//     some breaks).
// Boundary P/R/F1 as in segment-eval: sentence ends as positions in the text without whitespace. `--errors X`
// prints, for condition X, the missed (FN) and spurious (FP) boundaries with some context.
import fs from 'node:fs';
import path from 'node:path';
import { sentences } from '../dist/index.js';

const DATA = path.resolve('../shared/data');
const arg = (name, dflt) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : dflt);
const errorsOf = arg('--errors', null);
const shown = Number(arg('--n', 40));
const src = arg('--src', 'both');

function linguaParagraphs() {
  const sents = fs.readFileSync(path.join(DATA, 'lingua-sentences', 'id.txt'), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
  const out = [];
  for (let i = 0, k = 0; i < sents.length; k++) {
    const n = 3 + (k % 4);
    if (i + n > sents.length) break;
    out.push(sents.slice(i, i + n));
    i += n;
  }
  return out;
}

function longParagraphs() {
  const sents = fs.readFileSync(path.join(DATA, 'lingua-sentences', 'id.txt'), 'utf8').split('\n').map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 18);
  const out = [];
  for (let i = 0; i + 4 <= sents.length; i += 4) out.push(sents.slice(i, i + 4));
  return out;
}

function pudParagraphs() {
  const rows = fs.readFileSync(path.join(DATA, 'pud_en_id_parallel.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const sents = rows.filter((r) => /^n/.test(r.sent_id)).map((r) => r.id.trim());
  const out = [];
  for (let i = 0; i + 4 <= sents.length; i += 4) out.push(sents.slice(i, i + 4));
  return out;
}

const QUOTES = /["“”‘’«»]|(?<![\p{L}])'|'(?![\p{L}])/gu;
const FINAL = /[.!?…]+(?=["”’')\]]*\s*$)/u;

const conditions = {
  a: (part) => ({ text: part.map((x, k) => x + (k === part.length - 1 ? '' : /[.!?"”’)]$/.test(x) ? ' ' : '\n')).join(''), expected: part }),
  s: (part) => {
    const e = part.map((x) => x.replace(/\.\s*$/, ''));
    return { text: e.join(' '), expected: e };
  },
  b: (part) => {
    const e = part.map((x) => x.replace(FINAL, '').trim());
    return { text: e.join(' '), expected: e };
  },
  c: (part, p) => {
    const e = part.map((x) => x.replace(FINAL, '').replace(QUOTES, '').replace(/(?<=\p{L})\.(?!\d)/gu, '').replace(/\s+/g, ' ').trim()).filter(Boolean);
    return { text: e.map((x, k) => x + (k === e.length - 1 ? '' : (p + k) % 3 === 2 ? '\n' : ' ')).join(''), expected: e };
  },
};

const strip = (s) => s.replace(/\s/g, '');
function ends(arr) {
  const s = new Set();
  let p = 0;
  for (const x of arr.slice(0, -1)) {
    p += strip(x).length;
    s.add(p);
  }
  return s;
}

function score(paragraphs, cond) {
  let tp = 0, fp = 0, fn = 0, exact = 0;
  const errors = [];
  paragraphs.forEach((part, p) => {
    const { text, expected } = conditions[cond](part, p);
    const got = sentences({ id: String(p), text, lang: 'id' }).sentences.map((s) => s.text);
    const E = ends(expected), G = ends(got);
    if (E.size === G.size && [...E].every((b) => G.has(b))) exact++;
    const flat = strip(text);
    const ctx = (b) => `${flat.slice(Math.max(0, b - 45), b)} ‖ ${flat.slice(b, b + 45)}`;
    for (const b of G) if (E.has(b)) tp++; else { fp++; errors.push(`FP ${p}: ${ctx(b)}`); }
    for (const b of E) if (!G.has(b)) { fn++; errors.push(`FN ${p}: ${ctx(b)}`); }
  });
  const P = tp / (tp + fp || 1), R = tp / (tp + fn || 1), F = (2 * P * R) / (P + R || 1);
  return { n: paragraphs.length, P: +P.toFixed(3), R: +R.toFixed(3), F1: +F.toFixed(3), exact: +(exact / paragraphs.length).toFixed(3), fp, fn, errors };
}

const sources = { lingua: linguaParagraphs(), pud: pudParagraphs(), long: longParagraphs() };
for (const [name, paragraphs] of Object.entries(sources)) {
  if (src !== 'both' && src !== name) continue;
  const row = {};
  for (const cond of Object.keys(conditions)) {
    const r = score(paragraphs, cond);
    row[cond] = { P: r.P, R: r.R, F1: r.F1, exact: r.exact, fp: r.fp, fn: r.fn };
    if (errorsOf === cond) {
      console.log(`--- ${name} (${cond}) errors`);
      for (const e of r.errors.slice(0, shown)) console.log(e);
    }
  }
  for (const [cond, r] of Object.entries(row)) console.log(`${name} (${cond}) P ${r.P} R ${r.R} F1 ${r.F1} exact ${r.exact} fp ${r.fp} fn ${r.fn}`);
}
