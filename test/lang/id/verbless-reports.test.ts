// Reported clauses with no verb (issue 14): "X mengatakan stok aman …", "Stok aman …, papar X" are about their subject
// ("stok"), which is the actor; the speaker stays the source.
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';

describe('reported clauses with an adjective predicate', () => {
  it('after a speech verb, the clause subject is the actor', () => {
    const [c] = claims('Kepala Dinas Perdagangan Sukamaju Rina Lestari mengatakan pasokan gula aman hingga akhir Desember.');
    expect(c.actor).toBe('pasokan gula');
    expect(c.action).toBe('aman hingga akhir Desember');
    expect(c.kind).toBe('reported');
  });

  it('before a trailing cue, the clause subject is the actor and the speaker the source', () => {
    const [c] = claims('Harga bawang merah mahal menjelang Natal, papar Rina Lestari.');
    expect(c.actor).toBe('Harga bawang merah');
    expect(c.source).toBe('Rina Lestari');
  });

  it('a pronoun subject is no noun phrase for it', () => {
    const [c] = claims('Saya sehat, kata Rina Lestari.');
    expect(c.actor).toBe('Rina Lestari');
  });
});
