// Each language's chrono parser is built on first use, so a worker reading articles of one language never builds
// (nor compiles the patterns of) the other's. Observed through chrono's own `casual.clone`, which building calls.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { casual as englishCasual } from 'chrono-node/en';
import { casual as indonesianCasual } from 'chrono-node/id';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

async function builtBy(text: string): Promise<{ en: number; id: number }> {
  vi.resetModules();
  const en = vi.spyOn(englishCasual, 'clone');
  const id = vi.spyOn(indonesianCasual, 'clone');
  const { extract } = await import('../src/pipeline.js');
  extract({ id: 'a', text });
  return { en: en.mock.calls.length, id: id.mock.calls.length };
}

describe('lazy chrono parsers', () => {
  it('an Indonesian article builds only the Indonesian parser', async () => {
    const built = await builtBy(
      'Menteri Keuangan Sri Wulandari mengatakan anggaran akan dipangkas pada Senin (12/3).\n\n' +
        'Menurut dia, pemotongan itu berlaku mulai bulan depan.',
    );
    expect(built.en).toBe(0);
    expect(built.id).toBeGreaterThan(0);
  });

  it('an English article builds only the English parser', async () => {
    const built = await builtBy(
      'The finance minister said on Monday that the budget would be cut next month.\n\n' +
        'The cuts will take effect in March, she told reporters.',
    );
    expect(built.id).toBe(0);
    expect(built.en).toBeGreaterThan(0);
  });
});
