// Claim dates over whole sentences, in the shapes of 1990s newswire (TimeBank/AQUAINT style) and Indonesian news.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

// Thursday 2 November 1989, as a Wall Street Journal article of the time.
const claimsOf = (text: string, lang: 'en' | 'id' = 'en', published = '1989-11-02') => extract({ id: 'd', text, lang, published }).claims;

describe('a month a change is measured from', () => {
  it('is the baseline, not the claim\'s date: the subject\'s month is', () => {
    const c = claimsOf('Retail sales in August slipped 1.4% from July, the Commerce Department reported.');
    expect(c.find((x) => /slipped/.test(x.action))?.date).toBe('1989-08');
    const points = claimsOf('The Dow Jones average fell 12 points from Tuesday to close at 2645.');
    expect(points.find((x) => /fell/.test(x.action))?.date ?? null).toBeNull();
  });

  it('keeps a span the change runs over ("from June to August")', () => {
    const c = claimsOf('Factory orders climbed 3% from June to September.');
    expect(c.find((x) => /climbed/.test(x.action))?.date).toBe('1989-06');
  });
});

describe('a quotation dated by its saying (Indonesian)', () => {
  // Monday 2 November 2015.
  const id = (text: string) => claimsOf(text, 'id', '2015-11-02');

  it('dates the quoted sentences after the cue sentence, when the quotation goes on', () => {
    const c = id('“Stok gula kami cukup,” kata Kepala Bulog Jawa Barat Agus Salim di Bandung, Minggu (1/11/2015). “Pasokan dari Lampung juga lancar.”');
    expect(c.find((x) => /cukup/.test(x.action))?.date).toBe('2015-11-01');
    expect(c.find((x) => /lancar/.test(x.action))?.date).toBe('2015-11-01');
  });

  it('dates a quotation by the date between its cue and its opening mark', () => {
    const c = id('Agus Salim mengatakan, Sabtu (31/10/2015), “Gudang kami sudah penuh. Petani tidak perlu khawatir.”');
    expect(c.find((x) => /penuh/.test(x.action))?.date).toBe('2015-10-31');
    expect(c.find((x) => /khawatir/.test(x.action))?.date).toBe('2015-10-31');
  });

  it('keeps a quoted sentence\'s own date, and does not carry a date to another speaker', () => {
    const c = id('“Harga naik sejak Juli,” kata Agus, Minggu (1/11/2015). Sementara itu, Ani mengatakan, “Kami belum menerima laporan.”');
    expect(c.find((x) => /naik/.test(x.action))?.date).toBe('2015-07');
    expect(c.find((x) => /laporan/.test(x.action))?.date ?? null).toBeNull();
  });
});

describe('a date phrase opening the sentence after a connective and its comma', () => {
  it('frames the sentence ("Sebelumnya, pada 2012, …")', () => {
    const c = claimsOf('Sebelumnya, pada 2012, Pemerintah Provinsi Jawa Timur membangun jembatan itu.', 'id', '2015-11-02');
    expect(c.find((x) => /membangun/.test(x.action))?.date).toBe('2012');
    const day = claimsOf('Namun, pada Jumat (30/10/2015), polisi membebaskan kedua tersangka.', 'id', '2015-11-02');
    expect(day.find((x) => /membebaskan/.test(x.action))?.date).toBe('2015-10-30');
  });

  it('does not take a date of the subject\'s after a connective ("Namun, Undang-Undang 2003 …")', () => {
    const c = claimsOf('Namun, banjir tahun 2007 itu kini dilupakan warga.', 'id', '2015-11-02');
    expect(c.find((x) => /dilupakan/.test(x.action))?.date ?? null).toBeNull();
  });
});

describe('a participle set off by commas, with its own phrases before its date', () => {
  it('keeps the date to the participle, not the main claim', () => {
    const c = claimsOf('The measure, signed into law by Governor Mario Cuomo on Monday, requires utilities to cut rates.');
    expect(c.find((x) => /requires/.test(x.action))?.date ?? null).toBeNull();
    const to = claimsOf('The contract, awarded to Grumman Corp. in September, is worth $1.1 billion.');
    expect(to.find((x) => /worth/.test(x.action))?.date ?? null).toBeNull();
  });

  it('does not take a main verb after an apposition for a participle', () => {
    const c = claimsOf('The agency\'s director, Carla Hills, rejected the offer in October, saying it was too small.');
    expect(c.find((x) => /rejected/.test(x.action))?.date).toBe('1989-10');
  });
});

describe('the tense around a date reads past an abbreviation\'s period', () => {
  it('"awarded to Grumman Corp. in December" is a past December', () => {
    const c = claimsOf('The contract, awarded to Grumman Corp. in December, is worth $1.1 billion.');
    expect(c.find((x) => /awarded/.test(x.action))?.date).toBe('1988-12');
    const future = claimsOf('Shares of Grumman Corp. will be sold in December.');
    expect(future.find((x) => /sold/.test(x.action))?.date).toBe('1989-12');
  });
});

describe('a year after "for" that names the period of a figure', () => {
  it('is a date before a verb of the figure, not before a count\'s noun', () => {
    const c = claimsOf("Consolidated Freightways' net income for 1988 was $38.6 million.");
    expect(c.find((x) => /38\.6/.test(x.action))?.date).toBe('1988');
    const count = claimsOf('The union negotiated raises for 2000 drivers.');
    expect(count.find((x) => /negotiated/.test(x.action))?.date ?? null).toBeNull();
  });
});

describe('a date right before the verb', () => {
  it('is the verb\'s, not a date deep in its object\'s clause', () => {
    const c = claimsOf('The House on Wednesday approved a spending bill that the Senate passed in August.');
    expect(c.find((x) => /approved/.test(x.action))?.date).toBe('1989-11-01');
  });

  it('does not reach across a comma to a participle with a date of its own', () => {
    const c = claimsOf('Agents searched the bank\'s offices on Tuesday, having already seized its records on Monday.');
    expect(c.find((x) => /seized/.test(x.action))?.date).toBe('1989-10-30');
  });
});

describe('a figure a change is measured from (Indonesian)', () => {
  it('keeps its date to the baseline', () => {
    const c = claimsOf('Pada 2014, ekspor kopi Lampung mencapai 300 ribu ton, naik dari 250 ribu ton pada 2012.', 'id', '2015-11-02');
    expect(c.find((x) => /mencapai/.test(x.action))?.date).toBe('2014');
    const month = claimsOf('Harga gabah kering turun 4 persen dari Juli.', 'id', '2015-11-02');
    expect(month.find((x) => /turun/.test(x.action))?.date ?? null).toBeNull();
  });

  it('keeps a span the change runs over ("naik dari Januari hingga Maret")', () => {
    const c = claimsOf('Harga gabah naik dari Januari hingga Maret.', 'id', '2015-11-02');
    expect(c.find((x) => /naik/.test(x.action))?.date).toBe('2015-01');
  });
});

describe('opening date phrases and clause ends', () => {
  it('reads a prefixed year opening the sentence ("By mid-1962, …")', () => {
    const c = claimsOf('By mid-1987, the two lenders had merged their credit-card units.');
    expect(c.find((x) => /merged/.test(x.action))?.date).toBe('1987');
  });

  it('does not take a date after a semicolon the action runs over', () => {
    const c = claimsOf('In 1985, the refinery was closed for repairs; in 1987, a storm wrecked its docks.');
    expect(c.find((x) => /closed/.test(x.action))?.date).toBe('1985');
  });
});

describe('the time a thing is put off to', () => {
  it('is not the date of the putting off', () => {
    const c = claimsOf('The Senate vote on the capital-gains tax cut was postponed until Tuesday.');
    expect(c.find((x) => /postponed/.test(x.action))?.date ?? null).toBeNull();
    const adjourned = claimsOf('Judge Kimba Wood adjourned the hearing to Nov. 20.');
    expect(adjourned.find((x) => /adjourned/.test(x.action))?.date ?? null).toBeNull();
  });

  it('leaves the date of the putting off', () => {
    const c = claimsOf('On Monday, the judge postponed the trial until January.');
    expect(c.find((x) => /postponed/.test(x.action))?.date).toBe('1989-10-30');
  });
});
