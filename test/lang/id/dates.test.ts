import { describe, expect, it } from 'vitest';
import { findDates, indonesianDates } from '../../../src/lang/id/dates.js';

// Tuesday 17 April 2018.
const PUB = '2018-04-17';
const values = (text: string, published: string | null = PUB) => findDates(text, published).map((d) => d.value);
const only = (text: string, published: string | null = PUB) => {
  const v = values(text, published);
  expect(v).toHaveLength(1);
  return v[0];
};

describe('Indonesian findDates', () => {
  it('reads akhir/awal tahun alone as the publication year, leaving tahun lalu to its own reading', () => {
    expect(only('BI akan menahan suku bunga hingga akhir tahun.')).toBe('2018');
    expect(only('Harga naik sejak awal tahun.')).toBe('2018');
    expect(only('Akhir tahun lalu harga naik.')).toBe('2017');
    // published in April: an end of the year that has passed is last year's; no tense word, no shift
    expect(only('Harga beras telah mencapai puncaknya pada akhir tahun.')).toBe('2017');
    expect(only('Harga beras mencapai puncaknya pada akhir tahun.')).toBe('2018');
    expect(only('Pabrik itu akan dibuka kembali pada awal tahun.')).toBe('2019');
    expect(values('Ia bekerja sepanjang tahun-tahun itu.')).toEqual([]);
  });

  it('reads a weekday glossed by a day/month/year date as one mention', () => {
    const text = 'kata dia, Senin (12/3/2018), di Jakarta.';
    const [d] = findDates(text, PUB);
    expect(d.text).toBe('Senin (12/3/2018)');
    expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(d.value).toBe('2018-03-12');
    expect(only('ujarnya, Selasa, (17/04/2018).')).toBe('2018-04-17');
  });

  it('reads a month without a year and without a tense word as the nearest such month, the future counting four times', () => {
    // published in April: May and June are the coming months, July on is last year's; a tense word still decides
    expect(only('Aturan itu berlaku mulai Mei.')).toBe('2018-05');
    expect(only('Tarif baru berlaku pada Juni.')).toBe('2018-06');
    expect(only('Harga cabai naik pada Juli.')).toBe('2017-07');
    expect(only('Harga cabai telah naik pada Mei.')).toBe('2017-05');
    expect(only('Harga cabai naik pada Maret.')).toBe('2018-03');
  });

  it('reads day/month without a year, the weekday choosing the year', () => {
    expect(only('kata Wiranto, Jumat (9/3).')).toBe('2018-03-09');
    // 9 March fell on a Friday in 2018, a Thursday in 2017: the weekday decides.
    expect(only('kata Wiranto, Kamis (9/3).')).toBe('2017-03-09');
  });

  it('reads bare years after a word that introduces them', () => {
    expect(only('Perusahaan itu berdiri pada 2013 di Bandung')).toBe('2013');
    expect(only('referendum kemerdekaan di tahun 2014 itu')).toBe('2014');
    expect(only('Proyek selesai akhir 2023 nanti')).toBe('2023');
    expect(values('Sebanyak 2016 orang hadir')).toEqual([]);
    expect(values('musik pada 1990-an')).toEqual([]);
  });

  it('resolves relative years, months and weeks', () => {
    expect(only('Penjualan turun tahun lalu')).toBe('2017');
    expect(only('Penjualan naik tahun ini')).toBe('2018');
    expect(only('Harga naik bulan lalu')).toBe('2018-03');
    expect(only('Ia tiba pekan lalu')).toBe('2018-04');
    expect(only('Pabrik ditutup setahun lalu')).toBe('2017');
    expect(only('Ia tiba tiga hari lalu')).toBe('2018-04-14');
    expect(only('Ia tiba dua hari yang lalu')).toBe('2018-04-15');
  });

  it('resolves weekdays by "lalu"/"depan" and by tense', () => {
    expect(only('Ia tiba Senin lalu')).toBe('2018-04-16');
    expect(only('tulis Kori Schulman di sebuah postingan blog pada hari Senin', '2016-11-15')).toBe('2016-11-14');
    expect(only('Ia akan datang pada hari Jumat')).toBe('2018-04-20');
    expect(only('Rapat digelar Rabu pekan lalu')).toBe('2018-04-11');
    expect(only('Kemarin polisi menangkap dua orang')).toBe('2018-04-16');
  });

  it('resolves months by "lalu"/"mendatang" and by tense', () => {
    expect(only('Sidang digelar 24 April mendatang')).toBe('2018-04-24');
    expect(only('Ia dipecat Juni lalu')).toBe('2017-06');
    expect(only('Ia mengunjungi Kamchatka di bulan September')).toBe('2017-09');
    expect(only('Harga naik sejak awal Januari')).toBe('2018-01');
  });

  it('gives no date for now, times alone, ages and durations', () => {
    expect(values('Saat ini harga masih tinggi')).toEqual([]);
    expect(values('Rapat dimulai pukul 10.00 WIB')).toEqual([]);
    expect(values('Pria berusia 50 tahun itu ditangkap')).toEqual([]);
    expect(values('Ia bekerja di sana selama dua tahun')).toEqual([]);
    expect(values('Pasar itu buka setiap Senin')).toEqual([]);
    expect(values('menelusuri pasar pagi (6.30-10 pagi)')).toEqual([]);
    expect(values('tentara Mesir sejak Thutmose III, hampir 120 tahun sebelumnya')).toEqual([]);
    expect(values('fase bulan dua ribu tahun yang lalu')).toEqual([]);
    expect(values('dibudidayakan di Afrika 5000 tahun yang lalu')).toEqual([]);
    expect(values('didirikan kira-kira tahun 1600 SM')).toEqual([]);
    expect(values('novel Jin Ping Mei diterbitkan')).toEqual([]);
    expect(values('Kursus selama 10 minggu ini telah disertifikasi')).toEqual([]);
  });

  it('lets only sentences that may hold a date reach chrono', () => {
    expect(indonesianDates.mayContainDate.test('Seperti jumlah desa yang agung itu')).toBe(false);
    expect(indonesianDates.mayContainDate.test('Ia tiba setahun kemudian')).toBe(true);
  });

  it('leaves relative dates unresolved without a publication date', () => {
    expect(values('Penjualan turun tahun lalu', null)).toEqual([null]);
    expect(values('kata dia, Senin (12/3/2018).', null)).toEqual(['2018-03-12']);
  });

  it('marks dates in a clause opened by "setelah" + verb or ", yang"', () => {
    const text = 'Osborne bergabung dengan agensi itu setelah dipecat di bulan Juli.';
    const [d] = findDates(text, PUB) as { embedded?: [number, number] }[];
    expect(d.embedded && text.slice(...d.embedded)).toBe('setelah dipecat di bulan Juli.');
  });

  it('reads the tense of the event, not of the speech cue after it (issue 13 item 6)', () => {
    // Publication on Tuesday 17 April 2018.
    expect(only('Presiden akan berkunjung ke Papua pada Kamis, kata juru bicara istana.')).toBe('2018-04-19');
    expect(only('Rapat itu akan digelar Kamis, ujarnya.')).toBe('2018-04-19');
    expect(only('Rapat itu digelar Kamis, ujarnya.')).toBe('2018-04-12');
    expect(values('Polisi telah menangkap dua orang, ujar Budi kepada wartawan, Senin.')).toEqual(['2018-04-16']);
  });

  it('reads "hari ini" compared with, or stressed as, the present in general as no date', () => {
    expect(values('Mesin itu bekerja lebih cepat daripada yang bisa dilakukan hari ini.')).toEqual([]);
    expect(values('Bahkan hari ini, kota itu masih terbelah.')).toEqual([]);
    expect(values('Presiden menandatangani undang-undang itu hari ini.')).toEqual(['2018-04-17']);
  });

  it('marks a date of an event after "sejak" as that phrase\'s, not one of a part of time, nor after "sebelum"', () => {
    const embedded = (text: string) => (findDates(text, PUB) as { embedded?: [number, number] }[]).map((d) => d.embedded && text.slice(...d.embedded));
    expect(embedded('Ia tampil pertama kalinya sejak konvensi partai di bulan Juli.')).toEqual(['sejak konvensi partai di bulan Juli.']);
    expect(embedded('Janji itu dibuat sebelum referendum di tahun 2014.')).toEqual([undefined]);
    expect(embedded('Harga naik sejak awal tahun 2016.')).toEqual([undefined]);
    expect(embedded('Ia bekerja di sana sejak 2010.')).toEqual([undefined]);
  });
});
