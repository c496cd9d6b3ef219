import { describe, expect, it } from 'vitest';
import { ClaimFileError, parseClaimFile } from '../../src/diff/claimfile.js';

const claim = { id: 'abc', actor: 'Sberbank', action: 'launched GigaChat', date: '2023', source: null, kind: 'statement', sentence: 5, span: [1, 9], text: 'Sberbank launched GigaChat in 2023.' };
const docYaml = `---
id: a.txt
language: en
published: "2024-12-02"
title: null
claims:
  - id: abc
    actor: Sberbank
    action: launched GigaChat
    date: "2023"
    source: null
    kind: statement
    sentence: 5
    span: [1, 9]
    text: Sberbank launched GigaChat in 2023.
`;

describe('parseClaimFile', () => {
  it('reads YAML, JSON arrays, JSON objects and NDJSON written by extract', () => {
    const y = parseClaimFile(docYaml, 'a.yaml');
    expect(y).toHaveLength(1);
    expect(y[0].claims[0]).toEqual(claim);
    expect(y[0].language).toBe('en');
    const doc = { id: 'a.txt', language: 'en', published: '2024-12-02', title: null, claims: [claim] };
    expect(parseClaimFile(JSON.stringify([doc, doc]), 'a.json')).toHaveLength(2);
    expect(parseClaimFile(JSON.stringify(doc), 'a.json')[0].claims[0]).toEqual(claim);
    expect(parseClaimFile(JSON.stringify(doc) + '\n' + JSON.stringify(doc) + '\n', 'a.ndjson')).toHaveLength(2);
  });

  it('keeps YAML dates as text (YAML 1.2 core schema: no timestamps)', () => {
    const d = parseClaimFile(docYaml.replace('date: "2023"', 'date: 2023-05-01'), 'a.yaml');
    expect(d[0].claims[0].date).toBe('2023-05-01');
  });

  it('rejects malformed files with a one-line reason', () => {
    const bad: [string, string, RegExp][] = [
      ['claims: [unclosed', 'a.yaml', /not valid YAML/],
      ['{"claims": [', 'a.json', /not valid JSON/],
      ['{"id": 1}', 'a.json', /no "claims" list/],
      ['{"claims": [{"actor": 3, "action": "x"}]}', 'a.json', /claim 1\.actor" is not a string/],
      ['{"claims": [{"actor": "a", "action": "x", "kind": "rumour"}]}', 'a.json', /unknown kind/],
      ['{"claims": []}\nnot json\n', 'a.ndjson', /line 2: not valid JSON/],
      ['claims: !!js/function "x"\n', 'a.yaml', /not valid YAML/],
      ['', 'a.yaml', /no documents/],
    ];
    for (const [text, name, reason] of bad) {
      let err: unknown;
      try { parseClaimFile(text, name); } catch (e) { err = e; }
      expect(err, text).toBeInstanceOf(ClaimFileError);
      expect((err as Error).message).toMatch(reason);
      expect((err as Error).message).not.toContain('\n');
    }
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    bomb.push('claims: []');
    expect(() => parseClaimFile(bomb.join('\n'), 'bomb.yaml')).toThrow(ClaimFileError);
  });
});
