#!/usr/bin/env node
// Writes a corpus shaped like the project's held-out performance set (772 articles, about 2 MB: 172 English,
// 600 Indonesian) from the Parallel UD news sentences in ../shared/data: English articles of 41 sentences,
// Indonesian ones of 17, three to a paragraph, drawn with a fixed seed. For timing `claims extract` on text
// closer to real news than the fixtures; the data is the development data beside the checkout, not shipped.
// Usage: node bench/news-corpus.mjs OUT_DIR [MULTIPLE]   (MULTIPLE=10 writes ten times as many articles)
import fs from 'node:fs';
import path from 'node:path';

const [out, multiple = '1'] = process.argv.slice(2);
if (!out) {
  console.error('usage: node bench/news-corpus.mjs OUT_DIR [MULTIPLE]');
  process.exit(2);
}
const source = new URL('../../shared/data/pud_en_id_parallel.jsonl', import.meta.url);
const rows = fs.readFileSync(source, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
let seed = 1;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
for (const [lang, count, length] of [['en', 172, 41], ['id', 600, 17]]) {
  fs.mkdirSync(path.join(out, lang), { recursive: true });
  for (let i = 0; i < count * Number(multiple); i++) {
    const sentences = Array.from({ length }, () => rows[Math.floor(random() * rows.length)][lang]);
    const paragraphs = [];
    for (let j = 0; j < sentences.length; j += 3) paragraphs.push(sentences.slice(j, j + 3).join(' '));
    fs.writeFileSync(path.join(out, lang, `${i}.txt`), paragraphs.join('\n\n') + '\n');
  }
}
