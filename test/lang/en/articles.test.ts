// Whole invented political-news articles through the pipeline: every speech attribution yields a claim
// carrying its source (titles stripped, pronouns and surnames resolved), and unattributed sentences none.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

/** Per article: a fragment of a sentence and the source its claims should carry (null: the article's own voice). */
const EXPECTED: Record<string, [string, string | null][]> = {
  'senate-budget.txt': [
    ['Senate Democrats moved Tuesday', null],
    ['Schumer said Monday that the cuts', 'Chuck Schumer'],
    ['He added that Democrats', 'Chuck Schumer'],
    ['Schumer told reporters', 'Chuck Schumer'],
    ['Republicans countered', 'Republicans'],
    ['John Thune, a Republican from South Dakota', 'John Thune'],
    ['The White House said in a statement', 'The White House'],
    ['According to a spokesperson for the Treasury', 'the Treasury Department'],
    ['"This is a fight', 'Elizabeth Warren'],
    ['Warren argued that', 'Elizabeth Warren'],
    ['She has warned', 'Elizabeth Warren'],
    ['Officials said the talks', 'Officials'],
    ['Jim Jordan, who chairs', 'Jim Jordan'],
    ['He wrote on Twitter', 'Jim Jordan'],
  ],
  'governor-race.txt': [
    ['"Nobody who works', 'Mike DeWine'],
    ['"This bill is a start', 'Mike DeWine'],
    ['according to the governor\'s office', 'the governor\'s office'],
    ['Business groups were quick', null],
    ['"Small employers', 'Tom Harris'],
    ['Harris told Reuters', 'Tom Harris'],
    ['There was a time, Lopez said', 'Maria Lopez'],
    ['"Today, a worker', 'Maria Lopez'],
    ['One labor economist warned', 'One labor economist'],
    ['Researchers say', 'Researchers'],
    ['said in an email that DeWine', 'Dan Tierney'],
    ['Tierney added', 'Dan Tierney'],
    ['told reporters on Friday', 'Jason Stephens'],
    ['estimated that about 400,000', 'The Ohio Department of Job and Family Services'],
    ['"It would take years', 'Maria Lopez'],
  ],
  'campaign-trail.txt': [
    ['Pence said Saturday', 'Mike Pence'],
    ['"I\'m going to let', 'Mike Pence'],
    ['"That\'s how', 'Mike Pence'],
    ['Asked about former President', 'Mike Pence'],
    ['A spokeswoman for Trump\'s campaign', 'Trump\'s campaign'],
    ['state party officials said', 'state party officials'],
    ['has argued that the party', 'Nikki Haley'],
    ['Some voters remain', null],
    ['said Karen Miller', 'Karen Miller'],
  ],
  'trade-talks.txt': [
    ['negotiators failed on Wednesday', null],
    ['"We came here', 'Valdis Dombrovskis'],
    ['"There is still time,"', 'Valdis Dombrovskis'],
    ['Katherine Tai told CNN', 'Katherine Tai'],
    ['According to a spokesperson for the European Commission', 'the European Commission'],
    ['economists said', 'economists'],
    ['One trade analyst warned', 'One trade analyst'],
    ['who has long pushed', 'Sherrod Brown'],
    ['There was a time, Brown said', 'Sherrod Brown'],
    ['The European Commission said in a statement', 'The European Commission'],
    ['A senior EU official', 'A senior EU official'],
    ['"I don\'t think', 'Katherine Tai'],
    ['She noted that', 'Katherine Tai'],
    ['Mexican officials declined', null],
  ],
};

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'articles');

describe('English attribution in whole articles', () => {
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`gives every attributed sentence of ${file} its source`, () => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const claims = extract({ id: file, text, lang: 'en', published: '2024-03-12' }).claims;
      for (const [fragment, source] of expected) {
        const inSentence = claims.filter((c) => c.text.includes(fragment));
        expect(inSentence.length, fragment).toBeGreaterThan(0);
        expect(inSentence.map((c) => c.source), fragment).toContain(source);
        if (source === null) expect(inSentence.every((c) => c.source === null), fragment).toBe(true);
        else expect(inSentence.every((c) => c.source === source), fragment).toBe(true);
      }
    });
  }
});
