// Maximum-weight one-to-one assignment (the Hungarian algorithm, O(n² m) for n ≤ m), so that one good
// pair is never taken at the cost of two better ones, as a greedy matcher would.

/**
 * Pairs (row, column) maximising the total weight; weights are a rows × cols matrix in row-major order.
 * Pairs of weight ≤ 0 are never returned.
 */
export function assign(weights: Float64Array, rows: number, cols: number): [number, number][] {
  if (!rows || !cols) return [];
  const transpose = rows > cols;
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  let w = weights;
  if (transpose) {
    w = new Float64Array(n * m);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) w[j * m + i] = weights[i * cols + j];
  }
  // Potentials u (rows), v (columns); p[j] = row assigned to column j (1-based, 0 = none).
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      const row = (i0 - 1) * m - 1;
      const ui = u[i0];
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = -w[row + j] - ui - v[j];
        if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
        if (minv[j] < delta) { delta = minv[j]; j1 = j; }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) { u[p[j]] += delta; v[j] -= delta; }
        else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const out: [number, number][] = [];
  for (let j = 1; j <= m; j++) {
    if (!p[j]) continue;
    const i = p[j] - 1, c = j - 1;
    const [r, k] = transpose ? [c, i] : [i, c];
    if (weights[r * cols + k] > 0) out.push([r, k]);
  }
  return out.sort((x, y) => x[0] - y[0]);
}
