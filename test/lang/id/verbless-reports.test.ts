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

// "Dia sehat, kata Budi": a speaker speaks of himself in the first person, so a third-person subject before a trailing
// cue is someone else, the person named before; the pronoun stays when the article named no one else.
describe('a third-person pronoun before a trailing cue', () => {
  it('is not the speaker', () => {
    const out = claims('Lurah Slamet Riyadi dirawat di puskesmas.', 'Dia sehat, kata Rina Lestari.');
    const c = out.find((d) => d.action === 'sehat')!;
    expect(c.actor).toBe('Slamet Riyadi');
    expect(c.source).toBe('Rina Lestari');
  });

  it('stays a pronoun with no one else named', () => {
    const c = claims('Ia sehat, ujar Rina Lestari.').find((d) => d.action === 'sehat')!;
    expect(c.actor).toBe('Ia');
  });

  it('after a speech verb, is the speaker', () => {
    const c = claims('Petugas membawa Slamet Riyadi.', 'Rina Lestari mengatakan dia sehat.').find((d) => d.action === 'sehat')!;
    expect(c.actor).toBe('Rina Lestari');
  });

  it('in a quotation closed by its cue, is not the speaker', () => {
    const out = claims('Polisi menangkap Ketua RT 05 Joko Susilo di Bekasi.', '"Dia tidak melawan," kata Kapolres Bekasi AKBP Rina Lestari.');
    const c = out.find((d) => d.action === 'tidak melawan')!;
    expect(c.actor).toBe('Joko Susilo');
  });
});
