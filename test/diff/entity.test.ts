import { describe, expect, it } from 'vitest';
import { entity, sameEntity } from '../../src/diff/entity.js';
import { Meanings, type Lang } from '../../src/diff/meaning.js';
import { lexicon } from './support.js';

const m = new Meanings(lexicon);
const same = (a: string, la: Lang, b: string, lb: Lang) => sameEntity(entity(a, la, m), entity(b, lb, m));

describe('sameEntity', () => {
  it('ignores case, titles, determiners and possessives', () => {
    expect(same('President Vladimir Putin', 'en', 'vladimir putin', 'en')).toBe(true);
    expect(same("Russia's", 'en', 'Russia', 'en')).toBe(true);
    expect(same('Presiden Joko Widodo', 'id', 'Joko Widodo', 'en')).toBe(true);
  });
  it('takes a surname for the full name, but not a different head noun', () => {
    expect(same('Putin', 'en', 'Vladimir Putin', 'en')).toBe(true);
    expect(same('Trump', 'en', 'the Trump administration', 'en')).toBe(false);
    expect(same('Putin', 'en', 'Medvedev', 'en')).toBe(false);
    expect(same('the Trump impersonator John Di Domenico', 'en', 'John', 'id')).toBe(true);
    expect(same('Trump', 'id', 'pemerintahan Trump', 'id')).toBe(false);
  });
  it('meets English and Indonesian forms of the same name', () => {
    expect(same('Russia', 'en', 'Rusia', 'id')).toBe(true);
    expect(same('China', 'en', 'Tiongkok', 'id')).toBe(true);
    expect(same('the United States', 'en', 'Amerika Serikat', 'id')).toBe(true);
    expect(same('the US government', 'en', 'pemerintah AS', 'id')).toBe(true);
    expect(same('the Netherlands', 'en', 'Belanda', 'id')).toBe(true);
    expect(same('Russia', 'en', 'Belanda', 'id')).toBe(false);
  });
  it("drops every title the extractor strips from a name, but not a kinship noun", () => {
    // One home per title: the comparison reads the language's own title list, so a title the extractor knows
    // ("Ambassador", "Coach", "Kapolda") cannot be missing from the comparison's.
    expect(same('Ambassador Ruth Kelly', 'en', 'Ruth Kelly', 'en')).toBe(true);
    expect(same('Coach Dale Murray', 'en', 'Murray', 'en')).toBe(true);
    expect(same('Kapolda Budi Santoso', 'id', 'Budi Santoso', 'id')).toBe(true);
    expect(same('former Senator Ruth Kelly', 'en', 'Kelly', 'en')).toBe(true);
    // "istri Budi" is Budi's wife, another person.
    expect(same('istri Budi Santoso', 'id', 'Budi Santoso', 'id')).toBe(false);
  });
  it('null is only the same as null', () => {
    expect(sameEntity(null, null)).toBe(true);
    expect(sameEntity(null, entity('Reuters', 'en', m))).toBe(false);
  });
});
