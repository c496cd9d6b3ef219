// No terminal injection: file names and article text that reach stderr or the human diff view arrive with their
// control characters escaped (CLAIMS.md §3, "Formats for other tools").
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../support/cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'claims-term-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const STEERS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/; // anything but the line feed

const claims = (args: string[]) => runMain(args, { cwd: tmp });

const CLEAR = 'a\x1b[2Jb.txt';
writeFileSync(path.join(tmp, CLEAR), 'The mayor said the plan would fund 300 new teachers.\n');
writeFileSync(path.join(tmp, 'b.txt'), 'The mayor said the \x1b[2Jplan would fund 300 new \u202eteachers.\n');
writeFileSync(path.join(tmp, 'c\x1b]0;pwned\x07.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));

describe('terminal injection', () => {
  it('a file name with ESC sequences is escaped on stderr (an error naming it, a note about it)', async () => {
    const r = await claims(['extract', CLEAR, 'missing\x1b[31m\r.txt', 'c\x1b]0;pwned\x07.png', '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STEERS);
    expect(r.stderr).toContain('missing\\x1b[31m\\r.txt');
    expect(r.stderr).toContain('c\\x1b]0;pwned\\x07.png');
    expect(JSON.parse(r.stdout)[0].id).toBe(CLEAR); // data keep the real name
  });

  it('commander usage errors escape the argument they quote', async () => {
    const r = await claims(['extract', '--format', 'x\x1b[2J']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('x\\x1b[2J');
    expect(r.stderr).not.toMatch(STEERS);
  });

  it('the human diff view escapes file names and article text', async () => {
    const r = await claims(['diff', CLEAR, 'b.txt']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('--- a\\x1b[2Jb.txt');
    expect(r.stdout + r.stderr).not.toMatch(STEERS);
  });
});
