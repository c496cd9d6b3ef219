import { describe, expect, it } from 'vitest';
import { assign } from '../../src/diff/assign.js';

describe('assign', () => {
  it('maximises the total, where greedy would take the single best pair', () => {
    // Greedy takes (0,0)=0.9 and is left with (1,1)=0.1; the optimum is (0,1)+(1,0) = 0.8+0.8.
    const w = Float64Array.from([0.9, 0.8, 0.8, 0.1]);
    expect(assign(w, 2, 2)).toEqual([[0, 1], [1, 0]]);
  });
  it('handles more rows than columns and never returns zero-weight pairs', () => {
    const w = Float64Array.from([0, 0.5, 0.7, 0, 0.6, 0]);
    expect(assign(w, 3, 2)).toEqual([[0, 1], [1, 0]]);
    expect(assign(new Float64Array(4), 2, 2)).toEqual([]);
    expect(assign(new Float64Array(0), 0, 3)).toEqual([]);
  });
  it('agrees with brute force on random matrices', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let t = 0; t < 40; t++) {
      const n = 1 + Math.floor(rnd() * 4), m = 1 + Math.floor(rnd() * 4);
      const w = Float64Array.from({ length: n * m }, () => (rnd() < 0.3 ? 0 : rnd()));
      const total = (pairs: [number, number][]) => pairs.reduce((s, [i, j]) => s + w[i * m + j], 0);
      expect(total(assign(w, n, m))).toBeCloseTo(best(w, n, m), 9);
    }
  });
});

function best(w: Float64Array, n: number, m: number, i = 0, used = new Set<number>()): number {
  if (i === n) return 0;
  let b = best(w, n, m, i + 1, used);
  for (let j = 0; j < m; j++) {
    if (used.has(j) || w[i * m + j] <= 0) continue;
    used.add(j);
    b = Math.max(b, w[i * m + j] + best(w, n, m, i + 1, used));
    used.delete(j);
  }
  return b;
}
