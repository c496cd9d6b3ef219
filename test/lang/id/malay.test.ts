// Malaysian Malay news read with the Indonesian rules: invented Malaysian-news-style sentences.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lang/id/dates.js';
import { cleanName } from '../../../src/lang/id/names.js';
import { claims } from '../../support/id-claims.js';
import type { ClaimDraft } from '../../../src/types.js';

const brief = (c: ClaimDraft) => ({ actor: c.actor, action: c.action, source: c.source });

// Wednesday 2 October 2024.
const PUB = '2024-10-02';
const values = (text: string) => findDates(text, PUB).map((d) => d.value);

describe('Malaysian speech cues and connectives', () => {
  it('reads berkata, strips Malaysian titles from the speaker, and ends the clause at kerana', () => {
    expect(claims('Perdana Menteri Datuk Seri Razif Omar berkata kerajaan akan menambah peruntukan kepada hospital, kerana kos rawatan meningkat.').map(brief)).toEqual([
      { actor: 'kerajaan', action: 'akan menambah peruntukan kepada hospital', source: 'Razif Omar' },
    ]);
  });

  it('reads memberitahu … bahawa as reported speech', () => {
    const [c] = claims('Pengarah jabatan itu, Halim Yusof, memberitahu pemberita bahawa bangunan baharu siap dibina.');
    expect(brief(c)).toEqual({ actor: 'bangunan baharu', action: 'siap dibina', source: 'Halim Yusof' });
  });

  it('reads menurut and menjelaskan bahawa', () => {
    expect(brief(claims('Menurut Kamal Idris, syarikat itu merancang membuka kilang di Kedah.')[0])).toEqual({ actor: 'syarikat itu', action: 'merancang membuka kilang di Kedah', source: 'Kamal Idris' });
    expect(brief(claims('Zainal Abidin menjelaskan bahawa sekolah itu ditutup sementara.')[0])).toEqual({ actor: 'sekolah itu', action: 'ditutup sementara', source: 'Zainal Abidin' });
  });

  it('reads kata X, katanya and ujarnya after a quote, also with "dalam satu kenyataan"', () => {
    const [a] = claims('“Harga minyak akan stabil,” kata Rashid Karim.');
    expect(a.source).toBe('Rashid Karim');
    const [, b] = claims('Pengarah Noraini Salleh tiba di Ipoh.', 'Jalan raya itu akan dibuka semula, katanya dalam satu kenyataan.');
    expect(brief(b)).toEqual({ actor: 'Jalan raya itu', action: 'akan dibuka semula', source: 'Noraini Salleh' });
    const [, c] = claims('Pengerusi Razak Hamid melawat kampung itu.', '“Bantuan sudah disalurkan,” ujarnya.');
    expect(c.source).toBe('Razak Hamid');
  });

  it('leaves "dalam satu kenyataan" out of the speaker', () => {
    const [c] = claims('Jabatan Bomba dalam satu kenyataan berkata kebakaran itu berjaya dipadamkan.');
    expect(c.source).toBe('Jabatan Bomba');
    expect(c.actor).toBe('kebakaran itu');
  });

  it('splits at manakala and drops semasa and selepas clauses from the action', () => {
    expect(claims('Kedai itu dibuka semula, manakala pasar raya kekal ditutup.').map((c) => [c.actor, c.action])).toEqual([
      ['Kedai itu', 'dibuka semula'],
      ['pasar raya', 'kekal ditutup'],
    ]);
    expect(claims('Pekerja itu terjatuh, semasa mesin itu dibaiki.').map((c) => c.action)).toEqual(['terjatuh']);
    expect(claims('Dua lelaki ditahan, selepas polis menyerbu rumah itu.').map((c) => c.action)).toEqual(['ditahan']);
  });

  it('reads iaitu as yaitu: no claim for the example after it', () => {
    expect(claims('Dua negeri, iaitu Perak dan Pahang, menerima hujan lebat.').map((c) => c.action)).toEqual(['menerima hujan lebat']);
  });

  it('takes Beliau menambah, … as reported speech', () => {
    const c = claims('Pengerusi Azman Said hadir di majlis itu.', 'Beliau menambah, program itu akan diperluas.').find((x) => x.sentence === 1)!;
    expect(brief(c)).toEqual({ actor: 'program itu', action: 'akan diperluas', source: 'Azman Said' });
  });
});

describe('Malaysian titles and honorifics', () => {
  it.each([
    ['Timbalan Perdana Menteri Datuk Seri Hamdan Zakaria', 'Hamdan Zakaria'],
    ['Menteri Besar Johor Datuk Onn Rahim', 'Onn Rahim'],
    ['Ketua Polis Negara Tan Sri Razak Hamzah', 'Razak Hamzah'],
    ["Dato' Sri Fadil Yusof", 'Fadil Yusof'],
    ["Dato' Lim Kok Wah", 'Lim Kok Wah'],
    ['Tun Musa Ibrahim', 'Musa Ibrahim'],
    ['Tunku Ismail Idris', 'Ismail Idris'],
    ['Tengku Zafrul Aziz', 'Zafrul Aziz'],
    ['Encik Ahmad Rosli', 'Ahmad Rosli'],
    ['Puan Siti Aminah', 'Siti Aminah'],
    ['Cik Nur Aisyah', 'Nur Aisyah'],
    ['Yang Berhormat Hassan Karim', 'Hassan Karim'],
    ['YB Hassan Karim', 'Hassan Karim'],
  ])('%s → %s', (written, name) => {
    expect(cleanName(written)).toBe(name);
  });

  it('keeps Puan and Cik as a name word before a single name (Indonesian "Puan Maharani")', () => {
    expect(cleanName('Puan Maharani')).toBe('Puan Maharani');
    expect(cleanName('Tan Malaka')).toBe('Tan Malaka');
    expect(cleanName('Sri Mulyani Indrawati')).toBe('Sri Mulyani Indrawati');
  });

  it('reads a sentence opening with Yang Berhormat', () => {
    const [c] = claims('Yang Berhormat Tun Musa Hitam membuka lebuh raya baharu.');
    expect(c.actor).toBe('Musa Hitam');
  });
});

describe('Malaysian dates', () => {
  it.each([
    ['pada 5 Januari', '2024-01-05'],
    ['pada 5 Februari', '2024-02-05'],
    ['pada 3 Mac 2023', '2023-03-03'],
    ['pada 9 April', '2024-04-09'],
    ['pada 9 Mei', '2024-05-09'],
    ['pada 12 Jun', '2024-06-12'],
    ['pada 12 Julai', '2024-07-12'],
    ['pada 5 Ogos', '2024-08-05'],
    ['pada 5 September', '2024-09-05'],
    ['pada 1 Oktober', '2024-10-01'],
    ['pada 1 November 2023', '2023-11-01'],
    ['pada 25 Disember 2023', '2023-12-25'],
    ['sejak Mac lalu', '2024-03'],
    ['pada Isnin lalu', '2024-09-30'],
    ['pada Selasa', '2024-10-01'],
    ['pada Khamis lalu', '2024-09-26'],
    ['pada Jumaat lalu', '2024-09-27'],
    ['pada Sabtu lalu', '2024-09-28'],
    ['pada Ahad lalu', '2024-09-29'],
  ])('Polis menahan suspek %s → %s', (when, value) => {
    expect(values(`Polis menahan suspek ${when}.`)).toEqual([value]);
  });

  it('reads Rabu on the publication day and future weekdays', () => {
    expect(values('Mesyuarat itu berlangsung pada Rabu.')).toEqual(['2024-10-02']);
    expect(values('Mesyuarat itu akan diadakan pada Khamis.')).toEqual(['2024-10-03']);
  });

  it('reads relative words: esok, lusa, minggu/bulan/tahun lepas, minggu depan, tahun hadapan', () => {
    expect(values('Mesyuarat akan diadakan esok.')).toEqual(['2024-10-03']);
    expect(values('Keputusan akan diumumkan lusa.')).toEqual(['2024-10-04']);
    expect(values('Harga naik minggu lepas.')).toEqual(['2024-09']);
    expect(values('Harga naik bulan lepas.')).toEqual(['2024-09']);
    expect(values('Harga naik tahun lepas.')).toEqual(['2023']);
    expect(values('Kilang akan dibuka minggu depan.')).toEqual(['2024-10']);
    expect(values('Kilang akan dibuka tahun hadapan.')).toEqual(['2025']);
    // The future in general, and "some day": no date.
    expect(values('Kita membina hari esok yang lebih baik.')).toEqual([]);
  });

  it('reads semalam as yesterday in a Malaysian sentence, as before in an Indonesian one', () => {
    expect(values('Beliau berkata demikian kepada pemberita semalam.')).toEqual(['2024-10-01']);
    expect(values('Polis menahan tiga lelaki di Kajang semalam.')).toEqual(['2024-10-01']);
    // Indonesian "semalam": last night, or one night; unchanged.
    expect(values('Gempa mengguncang Lombok semalam.')).toEqual([]);
    expect(values('Gempa 5 SR mengguncang Lombok semalam.')).toEqual(['2024-10-02']);
  });

  it('does not read Mac, the computer, as March', () => {
    expect(values('Komputer Mac baharu dijual di sini.')).toEqual([]);
  });

  it('gives a claim the date of its Malaysian date words', () => {
    const text = 'Ketua Polis Negara Tan Sri Razak Hamzah memberitahu pemberita bahawa pihak polis telah menahan tiga suspek pada Isnin.';
    const [c] = claims(text);
    expect(c.source).toBe('Razak Hamzah');
    expect(findDates(text, PUB).map((d) => d.text)).toEqual(['pada Isnin']);
  });
});

describe('Malaysian pronouns and institutions', () => {
  it('resolves beliau to the person named before', () => {
    const [, c] = claims('Menteri Kewangan Datuk Amir Hassan melawat Sabah.', 'Beliau berkata ekonomi negeri itu berkembang.');
    expect(c.source).toBe('Amir Hassan');
  });

  it('resolves mereka to the earlier actor', () => {
    const [, c] = claims('Petronas mengumumkan keuntungan baharu.', 'Mereka akan membina loji di Terengganu.');
    expect(c.actor).toBe('Petronas');
  });

  it('reads pihak polis as the police named earlier, or as polis', () => {
    const [, c] = claims('Polis Diraja Malaysia membuka siasatan.', 'Pihak polis telah menahan dua lelaki.');
    expect(c.actor).toBe('Polis Diraja Malaysia');
    expect(claims('Pihak polis telah menahan dua lelaki.')[0].actor).toBe('polis');
  });

  it('reads kerajaan as the government named earlier', () => {
    const [, c] = claims('Kerajaan Negeri Selangor meluluskan bajet baharu.', 'Kerajaan akan menambah bantuan.');
    expect(c.actor).toBe('Kerajaan Negeri Selangor');
    expect(claims('Kerajaan akan menambah bantuan.')[0].actor).toBe('Kerajaan');
  });
});
