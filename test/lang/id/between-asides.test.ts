// A day or a reporter's aside set off by commas between the speaker and the verb of saying (issue 14, sources):
// "Menteri X, Senin (2/11/2015), menyatakan …" gave the source "2/11/2015". Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const claimsOf = (text: string) => extract({ id: 't', text, lang: 'id', published: '2016-03-11' }).claims;

describe('an aside between the speaker and the verb', () => {
  it('is no part of the speaker when it is a day with its date, and still dates the claim', () => {
    const got = claimsOf('Harga cabai terus naik. Kepala Dinas Pertanian Sukamaju Rudi Hartono, Selasa (8/3/2016), menyatakan panen tertunda karena hujan.');
    expect(got[got.length - 1]).toMatchObject({ actor: 'panen', source: 'Rudi Hartono', date: '2016-03-08', kind: 'reported' });
    const day = claimsOf('Jalan desa rusak parah. Camat Lestari Wulan, Rabu malam, mengatakan perbaikan dimulai bulan depan.');
    expect(day[day.length - 1]).toMatchObject({ source: 'Lestari Wulan' });
  });

  it('is no part of the speaker when it tells where the speaker was reached', () => {
    const got = claimsOf('Stok gula menipis. Sutrisno, saat dihubungi dari Jakarta, Kamis (10/3), mengatakan pasokan masih cukup.');
    expect(got[got.length - 1]).toMatchObject({ source: 'Sutrisno', date: '2016-03-10', kind: 'reported' });
  });
});
