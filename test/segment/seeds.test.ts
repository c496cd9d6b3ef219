// The seed articles (fixtures/articles, copied from /work/shared/seeds) still split sensibly: every sentence
// starts like a sentence and ends with sentence punctuation or is a headline line, and no sentence end is missed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/pipeline.js';

const SEEDS = ['en/en-russia-china-ai.txt', 'id/id-sberbank-deepseek.txt'];

describe('splitSentences: seed articles', () => {
  for (const seed of SEEDS) {
    it(seed, () => {
      const text = readFileSync(new URL(`../../fixtures/articles/${seed}`, import.meta.url), 'utf8');
      const got = sentences({ id: seed, text }).sentences.map((s) => s.text);
      expect(got.length).toBeGreaterThan(10);
      for (const s of got) {
        expect(s).toMatch(/^[\p{Lu}"“‘(]/u);
        if (!/[.!?]["”’)]*$/u.test(s)) expect(s).toMatch(/^[^\n.!?]{1,100}$/u); // a headline
        // no sentence end inside: punctuation followed by a capital
        expect(s.slice(0, -1)).not.toMatch(/[a-z][.!?]["”’)]*\s+["“]?\p{Lu}/u);
      }
    });
  }
});
