import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../src/diff/lexicon.js';

describe('parseLexicon', () => {
  it('reads english<TAB>indonesian, indonesian lines, comments and phrases', () => {
    const lex = parseLexicon('# note\nunited states\tAmerika Serikat, AS\nattack\tserang, menyerang # verb\n\nbroken line\n');
    expect(lex.idToEn.get('amerika serikat')).toEqual(['united states']);
    expect(lex.idToEn.get('AS')).toEqual(['united states']);
    expect(lex.idToEn.has('as')).toBe(false);
    expect(lex.idToEn.get('menyerang')).toEqual(['attack']);
    expect(lex.phraseStarts.has('amerika')).toBe(true);
    expect(lex.maxPhrase).toBe(2);
    expect(lex.en.has('broken line')).toBe(false);
  });

  it('the shipped lexicon parses and knows common news words and names', () => {
    const lex = parseLexicon(readFileSync(new URL('../../data/lexicon-en-id.tsv', import.meta.url), 'utf8'));
    expect(lex.idToEn.size).toBeGreaterThan(1000);
    expect(lex.idToEn.get('rusia')).toContain('russia');
    expect(lex.idToEn.get('tiongkok')).toContain('china');
    expect(lex.idToEn.get('belanda')).toContain('netherlands');
    expect(lex.idToEn.get('pemerintah')).toContain('government');
  });
});
