// A document as a source over several sentences (issue 14, class 3): "Dalam RPP tersebut, …" then "Disebutkan pula …",
// "Masih dari paparan yang sama, …"; "tertulis …" inside the document.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/pipeline.js';

const run = (text: string) => extract({ id: 'documents', text, published: '2025-11-06' }).claims;
const find = (claims: ReturnType<typeof run>, action: string) => claims.find((c) => c.action.startsWith(action));

describe('a document named before', () => {
  it('speaks a sentence opened by an impersonal passive, with "pula" left out of the actor', () => {
    const claims = run('Dalam draf RPP itu, pemerintah wajib menyimpan cadangan beras dua juta ton. Disebutkan pula tunjangan petani akan dinaikkan.');
    expect(find(claims, 'wajib menyimpan')).toMatchObject({ source: 'draf RPP', kind: 'reported' });
    expect(find(claims, 'akan dinaikkan')).toMatchObject({ actor: 'tunjangan petani', source: 'draf RPP', kind: 'reported' });
  });

  it('speaks a sentence opened by "Masih dari <document> yang sama"', () => {
    const claims = run(
      'Dalam bahan paparan tersebut, gaji presiden naik menjadi Rp 500 juta per bulan. Masih dari paparan yang sama, gaji menteri naik menjadi Rp 90 juta.',
    );
    expect(find(claims, 'naik menjadi Rp 90 juta')).toMatchObject({ source: 'bahan paparan', kind: 'reported' });
  });

  it('gives what is "tertulis" in it as its reported clause', () => {
    const [c] = run('Dalam dokumen yang beredar, tertulis gaji golongan III naik menjadi Rp 5 juta.');
    expect(c).toMatchObject({ actor: 'gaji golongan III', action: 'naik menjadi Rp 5 juta', source: 'dokumen yang beredar', kind: 'reported' });
  });

  it('no longer speaks three sentences on, nor a sentence with no cue of reading', () => {
    const claims = run(
      'Dalam draf RPP itu, pemerintah wajib menyimpan beras. Harga gabah turun pekan lalu. Petani mengeluh. Gudang penuh. Disebutkan pula stok cukup.',
    );
    expect(find(claims, 'turun pekan lalu')).toMatchObject({ source: null, kind: 'statement' });
    expect(find(claims, 'cukup')).toMatchObject({ source: null });
  });
});
