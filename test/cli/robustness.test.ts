// Bad inputs among good ones, broken pipes and Ctrl-C, through the built CLI (issue 8). Every problem is one
// line on stderr naming the input and the reason, every other input is still processed, exit status 2.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../support/cli.js';

const root = new URL('../../', import.meta.url).pathname;
const bin = path.join(root, 'bin/claims.js');
const EN = readFileSync(path.join(root, 'fixtures/articles/en/en-russia-china-ai.txt'), 'utf8');
const ID = readFileSync(path.join(root, 'fixtures/articles/id/id-sberbank-deepseek.txt'), 'utf8');
const tmp = mkdtempSync(path.join(tmpdir(), 'claims-robust-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The binary, spawned: for what only a process shows (another user, exit codes, signals, a closed pipe). */
function spawned(args: string[], input?: string, opts: { asNobody?: boolean } = {}) {
  const cmd = opts.asNobody ? 'setpriv' : process.execPath;
  const pre = opts.asNobody ? ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [];
  const r = spawnSync(cmd, [...pre, bin, ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const claims = (args: string[], input?: string) => runMain(args, { input });
const write = (name: string, data: string | Buffer) => {
  const p = path.join(tmp, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, data);
  return p;
};
type Claim = { actor: string; action: string; date: string | null; source: string | null; span: [number, number]; text: string };
const json = (stdout: string) => JSON.parse(stdout) as { id: string; language: string; claims: Claim[] }[];
const noTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
const essence = (d: ReturnType<typeof json>[number]) => d.claims.map((c) => [c.actor, c.action, c.date, c.source]);
/** Every claim's text is the input's code points at its span. */
function spansHold(doc: ReturnType<typeof json>[number], input: string) {
  const cps = [...input];
  for (const c of doc.claims) expect(cps.slice(c.span[0], c.span[1]).join('')).toBe(c.text);
}

describe('a folder of good and bad files', () => {
  const dir = path.join(tmp, 'mixed');
  write('mixed/a-good-en.txt', EN);
  write('mixed/b-empty.txt', '');
  write('mixed/c-binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, ...Array(300).fill(7)]));
  write('mixed/d-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EN, 'utf16le')]));
  write('mixed/e-crlf.txt', ID.replace(/\n/g, '\r\n'));
  write('mixed/f-bom.txt', '\ufeff' + EN);
  write('mixed/g-good-id.txt', ID);
  write('mixed/h-controls.txt', Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 ? 0x41 : 0x01))));
  write('mixed/i-cp1252.txt', Buffer.from('The caf\xe9 owner said the \x93new\x94 menu costs \x8020.\n', 'latin1'));
  symlinkSync(dir, path.join(dir, 'loop'));
  let run: Awaited<ReturnType<typeof claims>>;
  beforeAll(async () => {
    run = await claims(['extract', dir, '--format', 'json']);
  }, 120_000);

  it('writes every good file, names each bad one on one line without a stack trace, exits 2', () => {
    expect(run.status).toBe(2);
    const ids = json(run.stdout).map((d) => path.basename(d.id));
    expect(ids).toEqual(['a-good-en.txt', 'd-utf16.txt', 'e-crlf.txt', 'f-bom.txt', 'g-good-id.txt', 'i-cp1252.txt']);
    const errors = run.stderr.split('\n').filter((l) => l.includes('error'));
    for (const bad of ['b-empty.txt', 'c-binary.txt', 'h-controls.txt']) expect(errors.filter((l) => l.includes(bad))).toHaveLength(1);
    expect(run.stderr).toMatch(/loop.*(loop|visited)/);
    noTrace(run.stderr);
  });

  it('UTF-16, CRLF and BOM files give the same claims as the clean UTF-8 files', () => {
    const docs = Object.fromEntries(json(run.stdout).map((d) => [path.basename(d.id), d]));
    expect(docs['a-good-en.txt'].claims.length).toBeGreaterThan(0);
    expect(essence(docs['d-utf16.txt'])).toEqual(essence(docs['a-good-en.txt']));
    expect(essence(docs['f-bom.txt'])).toEqual(essence(docs['a-good-en.txt']));
    expect(essence(docs['e-crlf.txt'])).toEqual(essence(docs['g-good-id.txt']));
  });

  it('spans point at the same text after BOM removal and with CRLF line ends', () => {
    const docs = Object.fromEntries(json(run.stdout).map((d) => [path.basename(d.id), d]));
    spansHold(docs['f-bom.txt'], EN);
    spansHold(docs['e-crlf.txt'], ID.replace(/\n/g, '\r\n'));
    spansHold(docs['d-utf16.txt'], EN);
  });

  it('Windows-1252 is decoded, not turned into mojibake', () => {
    const doc = json(run.stdout).find((d) => d.id.endsWith('i-cp1252.txt'))!;
    const all = JSON.stringify(doc);
    expect(all).not.toMatch(/Ã|â€|\uFFFD/);
    expect(all).toMatch(/café|“new”|€20/);
  });
});

describe('named paths that cannot be read', () => {
  it('nonexistent path, a folder loop, a FIFO-free special file: one line each, the rest written', async () => {
    const good = write('named/good.txt', EN);
    const r = await claims(['extract', path.join(tmp, 'nope.txt'), '/dev/null', good, '--format', 'ndjson']);
    expect(r.status).toBe(2);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/nope\.txt: no such file/);
    expect(lines[1]).toMatch(/\/dev\/null: not a regular file/);
  });

  it('permission denied is reported by name (run as an unprivileged user)', () => {
    const locked = write('locked/secret.txt', EN);
    const good = write('locked/good.txt', EN);
    chmodSync(locked, 0o000);
    chmodSync(tmp, 0o755);
    const r = spawned(['extract', locked, good, '--format', 'ndjson'], undefined, { asNobody: process.getuid?.() === 0 });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr.trim()).toMatch(/secret\.txt: permission denied$/);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    noTrace(r.stderr);
  });

  it('a folder given as the output file is a clear error, exit 2', async () => {
    const r = await claims(['extract', write('o/good.txt', EN), '-o', tmp]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/is a folder, not a file/);
    noTrace(r.stderr);
  });

  it('an input above --max-bytes is refused with a clear message; smaller ones still run', async () => {
    const big = write('size/big.txt', EN.repeat(4));
    const small = write('size/small.txt', 'The mayor said the bridge would open in May.');
    const r = await claims(['extract', big, small, '--max-bytes', String(EN.length * 2), '--format', 'ndjson']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/big\.txt: larger than --max-bytes/);
    expect(JSON.parse(r.stdout).id).toBe(small);
  });
});

describe('odd characters inside text', () => {
  it('zero-width and no-break spaces, control characters and lone surrogates: spans stay true', async () => {
    const texts = [
      'The\u00a0mayor\u200b said the\u200d bridge would open in May. The council agreed on Monday.',
      'The mayor said\u0007 the bridge would open.\u000b Officials\u001f agreed on Monday.',
      'The mayor \ud800said the bridge would \udc00open in May. 😀 The council agreed.',
    ];
    const input = texts.map((text, i) => JSON.stringify({ id: `t${i}`, text })).join('\n') + '\n';
    const r = await claims(['extract', '--input', 'ndjson', '--format', 'ndjson'], input);
    expect(r.status).toBe(0);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.id)).toEqual(['t0', 't1', 't2']);
    docs.forEach((d, i) => spansHold(d, texts[i].replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')));
    expect(r.stdout).not.toMatch(/\\ud[89ab]/i);
  });
});

describe('streams', () => {
  it('malformed NDJSON lines are reported by line number, the rest processed', async () => {
    const input = [JSON.stringify({ id: 'a', text: EN }), '{"id": "b", "text": ', '[1,2]', '', JSON.stringify({ id: 'c', text: ID }), '{"id":"d"}'].join('\n');
    const r = await claims(['extract', '--input', 'ndjson', '--format', 'ndjson'], input);
    expect(r.status).toBe(2);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'c']);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/stdin: line 2: not valid JSON/);
    expect(lines[1]).toMatch(/stdin: line 3: not a JSON object/);
    expect(lines[2]).toMatch(/stdin: line 6: no "text"/);
  });

  it('a reader closing the pipe early ends the run quietly and promptly', () => {
    const input = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `n${i}`, text: EN })).join('\n');
    const nd = write('many.ndjson', input);
    const r = spawnSync('bash', ['-c', `node ${bin} extract --input ndjson ${nd} --format yaml | head -n 3; echo "status \${PIPESTATUS[0]}"`], { encoding: 'utf8', timeout: 60000 });
    expect(r.stdout).toMatch(/status 0/);
    expect(r.stderr).toBe('');
  });

  it('Ctrl-C: the output so far is complete and parses; a half-written -o file is never left', async () => {
    const input = Array.from({ length: 4000 }, (_, i) => JSON.stringify({ id: `n${i}`, text: i % 2 ? EN : ID })).join('\n') + '\n';
    const nd = write('sigint.ndjson', input);
    /** Runs the CLI and sends SIGINT 200 ms after `ready` first holds. */
    const interrupt = (args: string[], ready: (stdout: string) => boolean) =>
      new Promise<{ stdout: string; code: number | null }>((resolve) => {
        const child = spawn(process.execPath, [bin, 'extract', '--input', 'ndjson', nd, ...args], { cwd: root });
        let stdout = '';
        child.stdout.on('data', (d) => { stdout += d; });
        child.stderr.on('data', () => {});
        const poll = setInterval(() => {
          if (!ready(stdout)) return;
          clearInterval(poll);
          setTimeout(() => child.kill('SIGINT'), 200);
        }, 50);
        child.on('close', (code) => { clearInterval(poll); resolve({ stdout, code }); });
      });
    const json = await interrupt(['--format', 'json'], (out) => out.includes('"claims"'));
    expect(json.code).toBe(130);
    const docs = JSON.parse(json.stdout) as { id: string }[];
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.length).toBeLessThan(4000);
    expect(docs.map((d) => d.id)).toEqual(docs.map((_, i) => `n${i}`));

    const out = path.join(tmp, 'sig', 'out.yaml');
    mkdirSync(path.dirname(out), { recursive: true });
    const file = await interrupt(['-o', out], () => readdirSync(path.dirname(out)).some((f) => f.endsWith('.claims-partial')));
    expect(file.code).toBe(130);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(path.dirname(out))).toEqual([]);
  }, 30000);
});

describe('exit codes', () => {
  it('usage errors exit 2, not 1', () => {
    for (const args of [['extract', '--jobs', '0', '-'], ['extract', '--bogus'], ['extract', '--format', 'xml', '-'], ['nonsense']]) {
      const r = spawned(args, '');
      expect(r.status, args.join(' ')).toBe(2);
      noTrace(r.stderr);
    }
  });

  it('0 when every input was processed', () => {
    const r = spawned(['extract', write('ok/a.txt', EN), '--format', 'yaml']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(YAML.parseAllDocuments(r.stdout)).toHaveLength(1);
  });
});
