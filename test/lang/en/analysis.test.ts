// The English parse (compromise's tags, the costliest step) is made once per document and handed to extraction and
// reference resolution, not kept in a module-level cache keyed by the sentences array (the house rule on pure stages).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extract } from '../../../src/pipeline.js';
import { clean } from '../../../src/clean.js';
import { english } from '../../../src/lang/en/index.js';
import { compromise } from '../../../src/lang/en/compromise.js';
import { splitSentences } from '../../../src/segment.js';

const TEXT = [
  'The harbour board approved a new ferry terminal on Monday.',
  '"It will open in 2027," said Mara Lind, who chairs the board.',
  'She said the old pier would be torn down.',
].join(' ');

describe('the English parse', () => {
  const tagger = compromise();
  const tag = tagger.tag;
  afterEach(() => {
    tagger.tag = tag;
  });

  it('is made once per document by the pipeline: each sentence is tagged once', () => {
    let tagged = 0;
    tagger.tag = (sentences) => {
      tagged += sentences.length;
      return tag(sentences);
    };
    const doc = extract({ id: 'a', text: TEXT, lang: 'en' });
    expect(doc.claims.length).toBeGreaterThan(1);
    expect(tagged).toBe(3);
  });

  it('handed to extraction and resolution gives what each makes alone', () => {
    const cleaned = clean({ id: 'a', text: TEXT });
    const sentences = splitSentences(cleaned.text, cleaned.body, english.segmentation);
    const context = { published: '2025-03-03', title: null };
    const parse = english.analyze!(sentences);
    const drafts = english.extract(sentences, context, parse);
    expect(JSON.stringify(drafts)).toBe(JSON.stringify(english.extract(sentences, context)));
    expect(JSON.stringify(english.resolveReferences(drafts, sentences, context, parse)))
      .toBe(JSON.stringify(english.resolveReferences(drafts, sentences, context)));
  });

  it('is kept in no module-level cache keyed by objects', () => {
    const dir = path.resolve(import.meta.dirname, '../../../src/lang/en');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    const cached = files.filter((f) => /^(?:export\s+)?const\s+\w+\s*=\s*new\s+Weak(?:Map|Set)\b/m.test(readFileSync(path.join(dir, f), 'utf8')));
    expect(files).toContain('analysis.ts');
    expect(cached).toEqual([]);
  });
});
