import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** The packages a source file loads, following its relative imports (type-only imports load nothing). */
function packagesLoadedBy(file: string, seen = new Set<string>(), out = new Set<string>()): Set<string> {
  if (seen.has(file)) return out;
  seen.add(file);
  const src = readFileSync(file, 'utf8');
  for (const m of src.matchAll(/^(?:import|export)(?!\s+type\b)[^'"]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm)) {
    const spec = m[1] ?? m[2];
    if (spec.startsWith('.')) packagesLoadedBy(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')), seen, out);
    else out.add(spec);
  }
  return out;
}

describe('light modules', () => {
  it('detect, the language profiles and the CLI options load neither compromise nor chrono', () => {
    for (const f of ['detect.ts', 'lang/profiles.ts', 'cli/options.ts']) {
      const loaded = [...packagesLoadedBy(path.join(SRC, f))];
      expect(loaded.filter((p) => /compromise|chrono/.test(p)), f).toEqual([]);
    }
    // The walk does follow imports: the full registry loads chrono's locales (and compromise lazily, through createRequire).
    expect([...packagesLoadedBy(path.join(SRC, 'lang/index.ts'))]).toEqual(expect.arrayContaining(['chrono-node/en', 'chrono-node/id']));
  });
});
