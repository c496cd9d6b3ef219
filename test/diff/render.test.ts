import { describe, expect, it } from 'vitest';
import { renderHuman, summary } from '../../src/diff/render.js';
import type { DiffResult } from '../../src/diff/match.js';
import { doc } from './support.js';

const [x, y, z, w] = doc('d', 'en', [
  { actor: 'Russia', action: 'attacked Odesa', date: '2024-03-12' },
  { actor: 'Russia', action: 'attacked Odesa', date: '2024-03-14' },
  { actor: 'The bank', action: 'raised rates', source: 'Reuters' },
  { actor: 'The team', action: 'won the final' },
]).claims;

describe('renderHuman', () => {
  it('marks same, changed (before → after), only in A, only in B, and ends with a summary', () => {
    const r: DiffResult = { a: 'a.txt', b: 'b.txt', matched: [{ a: x, b: y, score: 0.9, changes: ['date'] }, { a: w, b: w, score: 1, changes: [] }], onlyA: [z], onlyB: [w] };
    const lines = renderHuman(r).trimEnd().split('\n');
    expect(lines[0]).toBe('--- a.txt');
    expect(lines[1]).toBe('+++ b.txt');
    expect(lines).toContain('~ Russia | attacked Odesa (date 2024-03-12)');
    expect(lines).toContain('    date: "2024-03-12" → "2024-03-14"');
    expect(lines).toContain('- The bank | raised rates (source Reuters)');
    expect(lines).toContain('= The team | won the final');
    expect(lines).toContain('+ The team | won the final');
    expect(lines.at(-1)).toBe(summary(r));
    expect(summary(r)).toBe('1 same, 1 changed, 1 only in A, 1 only in B');
  });
  it('paints through the given colours only', () => {
    const r: DiffResult = { a: 'a', b: 'b', matched: [], onlyA: [z], onlyB: [] };
    const out = renderHuman(r, { same: (s) => s, changed: (s) => s, removed: (s) => `<r>${s}</r>`, added: (s) => s, dim: (s) => s });
    expect(out).toContain('<r>- The bank | raised rates (source Reuters)</r>');
  });
});
