// Which languages' chrono parsers extraction runs, per input language (after `npm run build`):
//   node bench/chrono-use.mjs DIR…
// For every file of each DIR, counts the parses of each language's chrono parser (each is built on first use, and
// its first parse compiles its patterns: ~0.1-0.2 s a worker). Indonesian articles reach the English parser only
// through clean.ts, which reads a date line (or one fused to the first sentence) in every language before detection.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { casual as en } from 'chrono-node/en';
import { casual as id } from 'chrono-node/id';

const calls = { en: 0, id: 0 };
for (const [name, casual] of [['en', en], ['id', id]]) {
  const clone = casual.clone.bind(casual);
  casual.clone = () => {
    const parser = clone();
    const parse = parser.parse.bind(parser);
    parser.parse = (...args) => { calls[name]++; return parse(...args); };
    return parser;
  };
}
const { extract } = await import('../dist/pipeline.js');
for (const dir of process.argv.slice(2)) {
  const byLanguage = new Map();
  for (const file of readdirSync(dir).sort()) {
    calls.en = calls.id = 0;
    const doc = extract({ id: file, text: readFileSync(join(dir, file), 'utf8') });
    const row = byLanguage.get(doc.language) ?? { files: 0, en: 0, id: 0 };
    row.files++;
    if (calls.en) row.en++;
    if (calls.id) row.id++;
    byLanguage.set(doc.language, row);
  }
  for (const [language, row] of byLanguage) console.log(`${dir} ${language}: ${row.files} files, ${row.en} parse English, ${row.id} parse Indonesian`);
}
