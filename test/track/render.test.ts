import { describe, expect, it } from 'vitest';
import { PLAIN } from '../../src/diff/render.js';
import { renderTrack } from '../../src/track/render.js';
import { track } from '../../src/track/track.js';
import { doc, lexicon } from '../diff/support.js';

const claim = { actor: 'The port authority', action: 'will open a second ferry terminal in 2026', source: 'Reuters', kind: 'reported' as const };

describe('renderTrack', () => {
  it('a report: counts, first appearance, each disagreement with the articles giving each value', () => {
    const a = { ...doc('a.txt', 'en', [claim]), published: '2024-03-12' };
    const b = { ...doc('b.txt', 'en', [{ ...claim, source: 'Associated Press' }]), published: '2024-03-13' };
    const c = { ...doc('c.txt', 'en', [claim]), published: null };
    const text = renderTrack(track([c, b, a], lexicon), PLAIN);
    expect(text.split('\n').slice(0, 4)).toEqual([
      '3 articles, 3 claims: 1 claim found in more than one article (3 reports), 1 with disagreements',
      '',
      expect.stringMatching(/^3 articles \(3 en\) · first: a\.txt \(2024-03-12\) · [0-9a-f]{8}$/),
      '  The port authority will open a second ferry terminal in 2026',
    ]);
    expect(text).toContain('    source: Reuters (2 articles) vs Associated Press (1 article)\n');
    expect(text).toMatch(/^ {4}\? {11}en {2}c\.txt {2}The port authority \| will open/m);
  });

  it('escapes control characters of file names and claims', () => {
    const evil = { ...claim, action: 'will open a second ferry terminal in 2026\u001b[2J' };
    const text = renderTrack(track([doc('a\u001b[31m.txt', 'en', [evil]), doc('b.txt', 'en', [evil])], lexicon), PLAIN);
    expect(text).not.toMatch(/\u001b/);
    expect(text).toContain('a\\x1b[31m.txt');
  });
});
