// Site boilerplate in Indonesian pages (src/lang/id/cleaning.ts): no claims of it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/pipeline.js';

describe('a blog comment form scraped with the post', () => {
  it('makes no claim, while the post before it still does', () => {
    const text = 'Panitia menggelar bazar buku di alun-alun kota.\nTinggalkan Balasan ke Budi Cancel reply Alamat email anda tidak akan dipublikasikan.\n';
    const claims = extract({ id: 'blog', text, lang: 'id' }).claims;
    expect(claims.map((c) => c.actor)).toEqual(['Panitia']);
  });
});
