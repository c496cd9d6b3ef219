// `main` takes its arguments and streams and returns the exit status (issue 12): runs in one process, one after the
// other or at once, never share a status, a message, a colour decision or a working folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runClaims, runMain } from '../support/cli.js';

const bin = new URL('../../bin/claims.js', import.meta.url).pathname;
const tmp = mkdtempSync(path.join(tmpdir(), 'claims-inprocess-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
writeFileSync(path.join(tmp, 'mayor.txt'), 'The mayor said the bridge would open in May.\n');
writeFileSync(path.join(tmp, 'empty.txt'), '');

describe('main in process', () => {
  it('a failing run, then a clean one: the second exits 0 with nothing on stderr', async () => {
    const bad = await runMain(['extract', 'empty.txt', 'mayor.txt', '--format', 'ndjson'], { cwd: tmp });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/empty\.txt: empty file/);
    const good = await runMain(['extract', 'mayor.txt', '--format', 'ndjson'], { cwd: tmp });
    expect(good.status).toBe(0);
    expect(good.stderr).toBe('');
    expect(JSON.parse(good.stdout).id).toBe('mayor.txt');
    expect(good.stdout).toBe(bad.stdout);
  });

  it('runs at once keep their own status, output, folder and colours', async () => {
    const other = mkdtempSync(path.join(tmp, 'other-'));
    writeFileSync(path.join(other, 'mayor.txt'), 'The governor said the road would close in June.\n');
    const [bad, good, elsewhere, coloured] = await Promise.all([
      runMain(['extract', 'missing.txt', 'mayor.txt', '--format', 'json'], { cwd: tmp }),
      runMain(['extract', 'mayor.txt', '--format', 'json'], { cwd: tmp }),
      runMain(['extract', 'mayor.txt', '--format', 'json'], { cwd: other }),
      runMain(['diff', 'mayor.txt', path.join(other, 'mayor.txt')], { cwd: tmp, env: { FORCE_COLOR: '1' } }),
    ]);
    expect([bad.status, good.status, elsewhere.status, coloured.status]).toEqual([2, 0, 0, 1]);
    expect(bad.stderr).toMatch(/^claims: error: missing\.txt: no such file or folder\n$/);
    expect(good.stderr + elsewhere.stderr + coloured.stderr).toBe('');
    expect(JSON.parse(good.stdout)[0].claims[0].text).toMatch(/mayor/);
    expect(JSON.parse(elsewhere.stdout)[0].claims[0].text).toMatch(/governor/);
    expect(coloured.stdout).not.toMatch(/\u001b\[/); // stdout is no terminal, whatever another run's streams are
  });

  it('gives the same bytes and status as the spawned binary', async () => {
    for (const args of [['extract', 'mayor.txt', 'empty.txt'], ['detect', 'mayor.txt', '--format', 'json'], ['extract', '--format', 'xml'], []]) {
      const spawned = runClaims(args, { cwd: tmp });
      expect(await runMain(args, { cwd: tmp }), args.join(' ')).toEqual(spawned);
    }
  });

  it('no paths and stdin a terminal: a usage error, not a wait for input', async () => {
    for (const cmd of ['extract', 'track']) {
      const r = await runMain([cmd], { tty: true, input: 'The mayor said the bridge would open in May.\n' });
      expect(r.status, cmd).toBe(2);
      expect(r.stderr).toBe('claims: error: no input: give files, folders, or - to read stdin\n');
      expect(r.stdout).toBe('');
    }
  });
});

// `script` gives the spawned binary a terminal for stdin (and stdout and stderr); skipped where it is missing.
const hasScript = spawnSync('script', ['--version']).status === 0;
describe('the binary on a terminal', () => {
  it.skipIf(!hasScript)('claims extract with no paths reads no terminal: a usage error, exit 2', () => {
    const r = spawnSync('script', ['-qec', `${process.execPath} ${bin} extract`, '/dev/null'], { cwd: tmp, encoding: 'utf8', input: '', env: { ...process.env, NO_COLOR: '1' }, timeout: 60000 });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/claims: error: no input: give files, folders, or - to read stdin/);
  });
});
