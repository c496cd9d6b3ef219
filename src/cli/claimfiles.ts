// What `diff` and `track` share about their inputs: a path may be a claim file saved by `extract` (read as it is)
// or an article (run through the pipeline), and an article read from any input takes --published and --lang.
import fs from 'node:fs';
import path from 'node:path';
import { reasonOf } from './inputs.js';
import type { CommonOptions } from './options.js';
import type { Article, ClaimsDocument } from '../types.js';

const CLAIM_FILE = /\.(?:ya?ml|json|ndjson|jsonl)$/i;

/** A saved claim file, not an article: `-` and NDJSON read with --input ndjson are articles. */
export function isClaimFile(file: string, o: Pick<CommonOptions, 'input'>): boolean {
  return file !== '-' && CLAIM_FILE.test(file) && !(o.input === 'ndjson' && /\.(?:ndjson|jsonl)$/i.test(file));
}

/** The documents of a saved claim file (a relative name read from `cwd`); throws an Error whose message starts with the file name. */
export async function readClaimFile(file: string, maxBytes: number, cwd: string): Promise<ClaimsDocument[]> {
  let text: string;
  try {
    const at = path.resolve(cwd, file);
    const size = fs.statSync(at).size;
    if (size > maxBytes) throw new Error(`larger than --max-bytes (${size} > ${maxBytes} bytes)`);
    text = fs.readFileSync(at, 'utf8');
  } catch (e) {
    throw new Error(`${file}: ${reasonOf(e)}`, { cause: e });
  }
  const { parseClaimFile, ClaimFileError } = await import('../diff/claimfile.js');
  try {
    return parseClaimFile(text, file).map((d) => ({ ...d, id: d.id || file }));
  } catch (e) {
    if (e instanceof ClaimFileError) throw new Error(`${file}: ${e.message}`, { cause: e });
    throw e;
  }
}

/** An article as read, with --published and --lang applied over what the input says. */
export function withOptions(article: Article, o: Pick<CommonOptions, 'published' | 'lang'>): Article {
  return { ...article, published: o.published ?? article.published ?? null, lang: o.lang !== 'auto' ? o.lang : (article.lang ?? null) };
}
