// English drafts carry what reference resolution needs: a copied draft resolves as the original does.
import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/clean.js';
import { english } from '../../../src/lang/en/index.js';
import { splitSentences } from '../../../src/segment.js';

const TEXT = [
  'Norbank, a regional savings bank, opened ten branches in March.',
  '"We will expand into three more cities," said Anna Berg, chief executive of Norbank.',
  'Berg said she would step down next year.',
].join(' ');

function stages() {
  const cleaned = clean({ id: 't', text: TEXT });
  const sentences = splitSentences(cleaned.text, cleaned.body, english.segmentation);
  const doc = { published: '2024-05-02', title: null };
  return { sentences, doc, drafts: english.extract(sentences, doc) };
}

describe('English drafts are plain data', () => {
  it('resolves structurally copied drafts exactly as the originals', () => {
    const { sentences, doc, drafts } = stages();
    const original = english.resolveReferences(drafts, sentences, doc);
    // "We" in the quotation is the speaker's organisation, which only extraction knew.
    expect(original.find((c) => /expand/.test(c.action))?.actor).toBe('Norbank');
    for (const copy of [structuredClone(drafts), JSON.parse(JSON.stringify(drafts))]) {
      expect(JSON.stringify(english.resolveReferences(copy, sentences, doc))).toBe(JSON.stringify(original));
    }
  });
});
