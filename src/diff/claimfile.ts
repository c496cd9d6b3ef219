// Reading claim files written by `claims extract` (YAML, JSON, NDJSON) back into documents, safely:
// YAML 1.2 core schema only (no custom tags, no timestamps), few aliases, every field checked.
import YAML from 'yaml';
import type { Claim, ClaimKind, ClaimsDocument } from '../types.js';

export class ClaimFileError extends Error {}

const KINDS = new Set<ClaimKind>(['statement', 'reported', 'quote']);

/** Documents in a claim file; throws ClaimFileError with a one-line reason when it is not one. */
export function parseClaimFile(text: string, name: string): ClaimsDocument[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = body.trimStart();
  let values: unknown[];
  if (/\.(?:ndjson|jsonl)$/i.test(name)) values = ndjson(body);
  else if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    try {
      const v = JSON.parse(body) as unknown;
      values = Array.isArray(v) ? v : [v];
    } catch (e) {
      // A JSON object per line is NDJSON even without the extension.
      if (trimmed.startsWith('{') && body.trim().includes('\n')) values = ndjson(body);
      else throw new ClaimFileError(`not valid JSON (${(e as Error).message})`);
    }
  } else values = yamlDocuments(body);
  if (!values.length) throw new ClaimFileError('no documents');
  return values.map((v, i) => toDocument(v, values.length > 1 ? `document ${i + 1}: ` : ''));
}

function ndjson(body: string): unknown[] {
  const out: unknown[] = [];
  body.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(JSON.parse(line));
    } catch (e) {
      throw new ClaimFileError(`line ${i + 1}: not valid JSON (${(e as Error).message})`);
    }
  });
  return out;
}

function yamlDocuments(body: string): unknown[] {
  const docs = YAML.parseAllDocuments(body, { version: '1.2', schema: 'core', customTags: [], uniqueKeys: true, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [docs];
  const out: unknown[] = [];
  for (const d of list) {
    const problem = d.errors[0] ?? d.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (problem) throw new ClaimFileError(`not valid YAML (${problem.message.split('\n')[0]})`);
    if (d.contents === null) continue;
    try {
      out.push(d.toJS({ maxAliasCount: 10 }));
    } catch (e) {
      throw new ClaimFileError(`not valid YAML (${(e as Error).message.split('\n')[0]})`);
    }
  }
  return out;
}

function toDocument(v: unknown, where: string): ClaimsDocument {
  if (!isObject(v)) throw new ClaimFileError(`${where}not a claims document (expected an object with "claims")`);
  if (!Array.isArray(v.claims)) throw new ClaimFileError(`${where}no "claims" list`);
  const str = (x: unknown, key: string): string => {
    if (typeof x !== 'string') throw new ClaimFileError(`${where}"${key}" is not a string`);
    return x;
  };
  const strOrNull = (x: unknown, key: string): string | null => (x == null ? null : str(x, key));
  const claims = v.claims.map((c: unknown, i: number): Claim => {
    const at = `claim ${i + 1}`;
    if (!isObject(c)) throw new ClaimFileError(`${where}${at} is not an object`);
    const kind = c.kind == null ? 'statement' : str(c.kind, `${at}.kind`);
    if (!KINDS.has(kind as ClaimKind)) throw new ClaimFileError(`${where}${at}: unknown kind "${kind}"`);
    const validSpan = Array.isArray(c.span) && c.span.length === 2 && c.span.every((n) => Number.isInteger(n));
    const span = validSpan ? (c.span as [number, number]) : ([0, 0] as [number, number]);
    return {
      id: c.id == null ? String(i) : String(c.id),
      actor: str(c.actor, `${at}.actor`),
      action: str(c.action, `${at}.action`),
      date: strOrNull(c.date, `${at}.date`),
      source: strOrNull(c.source, `${at}.source`),
      kind: kind as ClaimKind,
      sentence: Number.isInteger(c.sentence) ? (c.sentence as number) : i,
      span,
      text: c.text == null ? `${c.actor} ${c.action}` : str(c.text, `${at}.text`),
    };
  });
  return {
    id: v.id == null ? '' : String(v.id),
    language: typeof v.language === 'string' ? v.language : 'und',
    published: typeof v.published === 'string' ? v.published : null,
    title: typeof v.title === 'string' ? v.title : null,
    claims,
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}
