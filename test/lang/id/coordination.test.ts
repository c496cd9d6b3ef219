// Coordination (issue 14): an adverb after "dan" ("dan langsung dibawa", "dan segera mengevakuasi") is no subject of
// its own; the clause shares the subject before it. Invented sentences.
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';

describe('an adverb opening a coordinated predicate', () => {
  it('is part of the predicate, the subject is shared', () => {
    const got = claims('Tersangka ditangkap di rumahnya dan langsung dibawa ke Polres Depok.').map((c) => [c.actor, c.action]);
    expect(got).toEqual([
      ['Tersangka', 'ditangkap di rumahnya'],
      ['Tersangka', 'langsung dibawa ke Polres Depok'],
    ]);
  });

  it('after a subject, opens the predicate', () => {
    expect(claims('Petugas langsung memadamkan api.').map((c) => [c.actor, c.action])).toEqual([['Petugas', 'langsung memadamkan api']]);
  });
});
