// The library entry gives a caller what the CLI uses: the bundled lexicon for cross-language diffs and the error
// a malformed claim file raises, so that it can be told from a bug.
import { describe, expect, it } from 'vitest';
import { ClaimFileError, diffArticles, loadLexicon, parseClaimFile } from '../src/index.js';

describe('library entry', () => {
  it('loadLexicon gives the bundled lexicon, which pairs an English claim with its Indonesian translation', () => {
    const lexicon = loadLexicon();
    expect(lexicon.idToEn.size).toBeGreaterThan(1000);
    expect(loadLexicon()).toBe(lexicon); // read once
    const result = diffArticles(
      { id: 'a.txt', text: 'The minister said the government would build 40 new schools in 2025.', published: '2024-05-01', lang: 'en' },
      { id: 'b.txt', text: 'Menteri mengatakan pemerintah akan membangun 40 sekolah baru pada 2025.', published: '2024-05-01', lang: 'id' },
      lexicon,
    );
    expect(result.matched).toHaveLength(1);
  });

  it('a malformed claim file raises ClaimFileError', () => {
    expect(() => parseClaimFile('{"id": "x", "claims": [{"kind": "rumour"}]}', 'x.json')).toThrow(ClaimFileError);
  });
});
