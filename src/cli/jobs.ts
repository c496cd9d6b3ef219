// The messages between the main thread and the pool's worker threads.
import type { Format } from '../serialize.js';
import type { Article } from '../types.js';

export type Command = 'extract' | 'sentences' | 'detect';

export interface Job {
  seq: number;
  command: Command;
  format: Format;
  article: Article;
  /** --out-dir: the text of a complete file of the format for this one article (json's brackets, csv's header,
   *  html's page), exactly what `claims <command> <that input> -o FILE` writes; otherwise one document of a stream. */
  whole?: boolean;
}

export type JobResult =
  | { seq: number; ok: true; text: string; notes: string[]; /** claims (extract) or sentences (sentences) in it */ count?: number }
  | { seq: number; ok: false; reason: string; notes: string[] };
