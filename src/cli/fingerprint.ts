// What "the same version of claims" means for --out-dir's up-to-date check: a hash of everything that can change
// an output without the input or the options changing — the package version, every built module (the pipeline
// and the language data in dist/lang, which is code), the data files shipped beside it, and the versions of the
// libraries whose answers reach the output (compromise's tags, franc's guesses, chrono's dates, yaml's quoting).
// Hashing the built code, not just the version number, means a rebuilt checkout with one changed cue list redoes
// its outputs even when package.json still says the same version. Computed once per run (about 1 MB, ~10 ms).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Libraries whose behaviour reaches the output. */
const LIBRARIES = ['compromise', 'franc', 'chrono-node', 'yaml'];

/** Files under a folder, recursively, in a stable order (by relative path). */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return; // a folder that is not there (data/ in a trimmed install) adds nothing
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && !e.name.endsWith('.d.ts') && !e.name.endsWith('.map')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/**
 * The fingerprint of the code at `root` (the package folder: package.json, dist/, data/). `root` is a parameter
 * so that a test can fingerprint a copy of the package with one file changed.
 */
function fingerprintOf(root: string): string {
  const h = createHash('sha256');
  const pkg = path.join(root, 'package.json');
  h.update(fs.readFileSync(pkg));
  for (const dir of ['dist', 'data']) {
    for (const f of filesUnder(path.join(root, dir))) {
      h.update(`\0${path.relative(root, f)}\0`);
      h.update(fs.readFileSync(f));
    }
  }
  const req = createRequire(pkg);
  for (const lib of LIBRARIES) {
    let v = 'missing';
    try {
      v = (req(`${lib}/package.json`) as { version: string }).version;
    } catch {
      // a library whose package.json is not exported still has a version on disk next to its entry point
      try {
        let dir = path.dirname(req.resolve(lib));
        while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
        v = (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
      } catch { /* not installed: 'missing' */ }
    }
    h.update(`\0${lib}@${v}`);
  }
  return h.digest('hex');
}

/** The fingerprint of the running claims (this file lives in dist/cli/). */
export function fingerprint(): string {
  return fingerprintOf(fileURLToPath(new URL('../../', import.meta.url)));
}
