import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean.js';

const body = (text: string) => {
  const c = clean({ id: 't', text });
  return c.body.map(([s, e]) => text.slice(s, e)).join('|');
};

describe('clean', () => {
  it('reads a metadata line fused to the first sentence as the publication date and masks it', () => {
    const text = ' date 2024-12-02 Russia and China discussed cooperation.\n\nMore text here.';
    const c = clean({ id: 't', text });
    expect(c.published).toBe('2024-12-02');
    expect(body(text)).not.toContain('2024-12-02');
    expect(body(text)).toContain('Russia and China discussed cooperation.');
  });

  it('reads a date line that lost its line break and runs into the first sentence (issue 13, class 7)', () => {
    const text = 'Council backs new budget\n\nWednesday, June 3, 2020 On Monday, the council approved the budget.\n\nMore text.';
    const c = clean({ id: 't', text });
    expect(c.published).toBe('2020-06-03');
    expect(body(text)).not.toContain('2020');
    expect(body(text)).toContain('On Monday, the council approved the budget.');
    const id = 'Harga cabai naik\n\nRabu, 3 Juni 2020 10:15 WIB Menteri Perdagangan mengatakan harga akan turun.';
    expect(clean({ id: 't', text: id }).published).toBe('2020-06-03');
    expect(body(id)).not.toMatch(/Juni|10:15|WIB/);
    expect(body(id)).toContain('|Menteri Perdagangan mengatakan harga akan turun.');
    // a sentence that opens with a date is prose, not a date line
    const prose = 'Council backs new budget\n\nJune 3, 2020 was the day the council approved the budget.';
    expect(clean({ id: 't', text: prose }).published).toBeNull();
    expect(body(prose)).toContain('June 3, 2020 was the day');
  });

  // Why cleaning reads a date line in every language, not only the likeliest one (and so an Indonesian article may build
  // the English date parser): a mirror site's English date line above Indonesian text, which Indonesian reads as "2015" only.
  it('reads a date line in another language than the article’s, fused to its first sentence', () => {
    const text = 'Thursday, May 7, 2015 Presiden Wira Santosa mengatakan bahwa pemerintah akan menaikkan harga beras pada bulan depan.';
    expect(clean({ id: 't', text }).published).toBe('2015-05-07');
    expect(body(text)).toBe('Presiden Wira Santosa mengatakan bahwa pemerintah akan menaikkan harga beras pada bulan depan.');
  });

  it('reads a fused date line with no space, a separator, a credit, a metadata word, or a sentence that opens unlike a word', () => {
    const cases: [string, string][] = [
      // scraped without the break: "…2015On Monday"
      ['Wednesday, June 3, 2020On Monday, the council approved the budget.', 'On Monday, the council approved the budget.'],
      ['Rabu, 3 Juni 2020 | 10:15 WIB Dewan pada Senin menyetujui anggaran.', 'Dewan pada Senin menyetujui anggaran.'],
      ['Wednesday, June 3, 2020 (Wikinews) On Monday, the council approved the budget.', 'On Monday, the council approved the budget.'],
      ['Posted Wednesday, June 3, 2020 On Monday, the council approved the budget.', 'On Monday, the council approved the budget.'],
      ['Wednesday, June 3, 2020 "We approved it," the mayor said on Monday.', '"We approved it," the mayor said on Monday.'],
      ['Wednesday, June 3, 2020 2,000 people marched on Monday.', '2,000 people marched on Monday.'],
      ['Wednesday, June 3, 2020 eBay on Monday raised its fees.', 'eBay on Monday raised its fees.'],
    ];
    for (const [line, sentence] of cases) {
      const text = `Council backs new budget\n\n${line}`;
      expect(clean({ id: 't', text }).published, line).toBe('2020-06-03');
      expect(body(text).split('|').pop()!.trim(), line).toBe(sentence);
    }
    // still prose: a date that is a sentence of its own, and a date after a word that is not a metadata word
    expect(clean({ id: 't', text: 'Council backs new budget\n\nJune 3, 2020. The day came.' }).published).toBeNull();
    expect(clean({ id: 't', text: 'Council backs new budget\n\nOn Wednesday, June 3, 2020 the council met.' }).published).toBeNull();
  });

  it('reads a metadata line whose value is a date in words', () => {
    const text = 'Published: December 2, 2024\n\nThe council met.';
    const c = clean({ id: 't', text });
    expect(c.published).toBe('2024-12-02');
    expect(body(text).trim()).toBe('The council met.');
    expect(clean({ id: 't', text: 'Date of the vote is unclear.\nThe council met.' }).published).toBeNull();
  });

  it('reads YAML front matter as metadata and keeps it out of the body', () => {
    const text = '---\ntitle: A headline\ndate: 2025-03-14\nsource: Example Daily\n---\nThe council met.\n';
    const c = clean({ id: 't', text });
    expect(c.published).toBe('2025-03-14');
    expect(c.title).toBe('A headline');
    expect(body(text).trim()).toBe('The council met.');
  });

  it('ignores a front matter that is not a YAML mapping', () => {
    const text = '---\n- just a list\n---\nThe council met.\n';
    const c = clean({ id: 't', text });
    expect(c.published).toBeNull();
    expect(body(text)).toContain('just a list');
  });

  it('takes the publication date from an English date line when nothing else gives it', () => {
    const text = 'Wednesday, April 13, 2011\n\nThe council met on Tuesday.';
    const c = clean({ id: 't', text });
    expect(c.published).toBe('2011-04-13');
    expect(body(text).trim()).toBe('The council met on Tuesday.');
  });

  it('a short sentence with a date in it is prose, not a date line', () => {
    const text = 'Born April 05, 1989.\n\nShe grew up in Ohio.';
    expect(clean({ id: 't', text }).published).toBeNull();
    expect(body(text)).toContain('Born April 05, 1989.');
    expect(clean({ id: 't', text: 'Senin, 12 Maret 2018 10:30 WIB\n\nIa datang.' }).published).toBe('2018-03-12');
  });

  it('masks an agency dateline and keeps the sentence after it', () => {
    const text = 'WASHINGTON (Reuters) - The council approved the budget.';
    expect(body(text)).toBe('The council approved the budget.');
  });

  it('masks an Indonesian dateline after a headline and does not take the dateline as the title', () => {
    const text = 'Pemerintah Tambah Anggaran\n\nJakarta, Senin (12/3/2018) - Menteri itu mengatakan hal ini.';
    const c = clean({ id: 't', text });
    expect(c.title).toBe('Pemerintah Tambah Anggaran');
    expect(c.published).toBe('2018-03-12'); // day/month, as Indonesian writes it
    expect(body(text)).toContain('Menteri itu mengatakan hal ini.');
    expect(body(text)).not.toContain('Jakarta, Senin');
  });

  it('reads the date of a byline or site line and masks the line', () => {
    for (const text of ['By Jane Roe | December 2, 2024\n\nThe council met.', 'Posted on December 2, 2024 by admin\n\nThe council met.']) {
      expect(clean({ id: 't', text }).published).toBe('2024-12-02');
      expect(body(text).trim()).toBe('The council met.');
    }
    expect(clean({ id: 't', text: 'By the end of 2024, the council met twice.\n\nMore.' }).published).toBeNull();
  });

  it('reads a numeric date day-first in an Indonesian article, month-first in an English one', () => {
    expect(clean({ id: 't', text: 'Kompas.com - 02/12/2024, 14:30 WIB\n\nPresiden mengatakan bahwa ini akan terjadi dengan cepat di Jakarta.' }).published).toBe('2024-12-02');
    expect(clean({ id: 't', text: '02/12/2024\n\nThe president said that the talks were over and the deal was done.' }).published).toBe('2024-02-12');
  });

  it('masks a bare dateline (a place and a dash) opening the first paragraph', () => {
    expect(body('Jakarta - Rusia mengatakan itu kepada wartawan.')).toBe('Rusia mengatakan itu kepada wartawan.');
    expect(body('KUALA LUMPUR — Kerajaan akan mengumumkan bajet.')).toBe('Kerajaan akan mengumumkan bajet.');
  });

  it('masks a wire dateline whose dash is an underscore, and an agency credit alone before a dash', () => {
    expect(body('WASHINGTON (AP) _ The Senate voted Tuesday to approve the bill.')).toBe('The Senate voted Tuesday to approve the bill.');
    expect(body('\n\nWASHINGTON _ The Senate voted Tuesday to approve the bill.')).toBe('The Senate voted Tuesday to approve the bill.');
    const credit = body('Shuttle launch delayed\n\n(Wikinews) — NASA said on Monday it would delay the launch.');
    expect(credit).toContain('|NASA said on Monday it would delay the launch.');
    expect(credit).not.toContain('Wikinews');
    const fused = 'Monday, March 4, 2013 (AP) _ The Senate voted on Monday to approve the bill.';
    expect(clean({ id: 't', text: fused }).published).toBe('2013-03-04');
    expect(body(fused)).toBe('The Senate voted on Monday to approve the bill.');
    const both = 'Monday, March 4, 2013 HOUSTON (Wikinews) — NASA said on Monday it would delay the launch.';
    expect(clean({ id: 't', text: both }).published).toBe('2013-03-04');
    expect(body(both)).toBe('NASA said on Monday it would delay the launch.');
    // an underscore inside prose is no dateline
    expect(body('The file is named draft _ final.\n\nMore.')).toContain('The file is named draft _ final.');
  });

  it('a caller-given publication date overrides the article', () => {
    const c = clean({ id: 't', text: 'date 2024-12-02 Text.', published: '2020-01-01' });
    expect(c.published).toBe('2020-01-01');
  });

  it('takes a first short line without final punctuation as the title', () => {
    expect(clean({ id: 't', text: 'Big News Today\n\nSomething happened.' }).title).toBe('Big News Today');
    expect(clean({ id: 't', text: 'Something happened.\n\nMore.' }).title).toBeNull();
    expect(clean({ id: 't', text: 'Only a line' }).title).toBeNull();
  });

  it('masks site boilerplate lines in both languages', () => {
    const text = 'First sentence.\nExit mobile version\nBaca juga: Harga Beras Naik\nADVERTISEMENT\nShare this article\nFollow us on Twitter\nLast sentence.';
    expect(body(text).replace(/\s+/g, ' ').trim()).toBe('First sentence. | Last sentence.');
  });

  it('masks agency credits and editors\' initials closing a story, not parentheses in prose', () => {
    const en = 'Prices rose.\n(Reporting by Andrea Shalal; Editing by Leslie Adler)';
    expect(body(en).replace(/\s+/g, ' ').trim()).toBe('Prices rose.');
    const id = 'Harga naik.\n(ant/fyk)\n(rea)';
    expect(body(id).replace(/\s+/g, ' ').trim()).toBe('Harga naik.');
    const prose = 'Harga naik.\n(Harga beras naik tajam pekan lalu.)';
    expect(body(prose)).toContain('Harga beras naik tajam');
  });

  it('never changes the text, so offsets stay true to the input', () => {
    const text = '\r\n date 2024-12-02 A sentence.\r\nExit mobile version\r\n';
    const c = clean({ id: 't', text });
    expect(c.text).toBe(text);
    for (const [s, e] of c.body) expect(s).toBeLessThan(e);
  });
});
