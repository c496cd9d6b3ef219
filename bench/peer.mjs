#!/usr/bin/env node
// The naive peer the benchmark compares against: franc for the language and compromise's own sentence
// parse (subject / verb / predicate) for every file, no claim logic. Usage: node bench/peer.mjs FILES...
import fs from 'node:fs';
import nlp from 'compromise';
import { franc } from 'franc';

const docs = process.argv.slice(2).map((file) => {
  const text = fs.readFileSync(file, 'utf8');
  const code = franc(text, { only: ['eng', 'ind'], minLength: 1 });
  const claims = nlp(text).sentences().json().flatMap((s, i) => {
    const p = s.sentence ?? {};
    return p.subject && p.verb ? [{ actor: p.subject, action: `${p.verb} ${p.predicate ?? ''}`.trim(), sentence: i, text: s.text }] : [];
  });
  return { id: file, language: code === 'eng' ? 'en' : code === 'ind' ? 'id' : 'und', claims };
});
process.stdout.write(JSON.stringify(docs) + '\n');
