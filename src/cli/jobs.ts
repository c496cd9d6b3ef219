// The messages between the main thread and the pool's worker threads.
import type { Format } from '../serialize.js';
import type { Article } from '../types.js';

export type Command = 'extract' | 'sentences' | 'detect';

export interface Job {
  seq: number;
  command: Command;
  format: Format;
  article: Article;
}

export type JobResult =
  | { seq: number; ok: true; text: string; notes: string[] }
  | { seq: number; ok: false; reason: string; notes: string[] };
