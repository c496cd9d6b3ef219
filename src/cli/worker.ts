// A worker thread of the pool: runs the pure pipeline on one article at a time and sends back the
// document already formatted, so formatting runs in parallel too. The main thread only reads and writes.
import { parentPort } from 'node:worker_threads';
import { detect, extract, sentences } from '../pipeline.js';
import { formatDocument, separator, serializer } from '../serialize.js';
import type { Job, JobResult } from './jobs.js';

if (!parentPort) throw new Error('worker.js runs only as a worker thread');
const port = parentPort;

port.on('message', (job: Job) => port.postMessage(run(job)));

export function run({ seq, command, format, article, whole }: Job): JobResult {
  const notes: string[] = [];
  try {
    const doc =
      command === 'extract' ? extract(article, { note: (m) => notes.push(m) })
      : command === 'sentences' ? sentences(article)
      : detect(article);
    const count = 'claims' in doc ? doc.claims.length : 'sentences' in doc ? doc.sentences.length : undefined;
    if (!whole) return { seq, ok: true, text: formatDocument(format, doc, { text: article.text, index: seq }), notes, count };
    const s = serializer(format);
    return { seq, ok: true, text: s.begin() + separator(format, 0) + formatDocument(format, doc, { text: article.text, index: 0 }) + s.end(1), notes, count };
  } catch (e) {
    return { seq, ok: false, reason: `could not be processed (${(e as Error)?.message ?? String(e)})`, notes };
  }
}
