import { describe, expect, it } from 'vitest';
import { english } from '../src/lang/en/index.js';
import { indonesian } from '../src/lang/id/index.js';
import type { SegmentationRules } from '../src/lang/types.js';
import { splitSentences } from '../src/segment.js';
import type { Range } from '../src/types.js';

const split = (text: string, rules: SegmentationRules = english.segmentation, body: Range[] = [[0, text.length]]) =>
  splitSentences(text, body, rules).map((s) => s.text);
const id = (text: string) => split(text, indonesian.segmentation);

describe('splitSentences: contract', () => {
  it('gives trimmed sentences whose text is the slice at their offsets', () => {
    const text = '  Hello there.   "Yes," he said.\n\nNext one!  ';
    const got = splitSentences(text, [[0, text.length]], english.segmentation);
    expect(got.map((s) => s.text)).toEqual(['Hello there.', '"Yes," he said.', 'Next one!']);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('ends a sentence at every body range boundary and reads nothing outside the body', () => {
    const text = 'MENU Home News\nThe minister said Dr. Smith left the U.S. Army';
    const cut = text.indexOf('Smith');
    expect(split(text, english.segmentation, [[15, cut], [cut, text.length]])).toEqual([
      'The minister said Dr.',
      'Smith left the U.S. Army',
    ]);
  });

  it('drops pieces without a letter (page numbers, rules)', () => {
    expect(split('3\n\nIntroduction\n\n* * *')).toEqual(['Introduction']);
  });
});

describe('splitSentences: English', () => {
  it('splits at sentence punctuation before a capital', () => {
    expect(split('Hello World. My name is Jonas. Is it? Yes! Fine')).toEqual(['Hello World.', 'My name is Jonas.', 'Is it?', 'Yes!', 'Fine']);
  });

  it('does not split after titles and prefixes', () => {
    expect(split('Gov. Jerry Brown met Mr. Smith and Prof. Lee at St. Mary. Then they left.')).toEqual([
      'Gov. Jerry Brown met Mr. Smith and Prof. Lee at St. Mary.',
      'Then they left.',
    ]);
  });

  it('keeps initials with their name, but ends at a pronoun I', () => {
    expect(split('President George W. Bush spoke. We make a good team, you and I. Did you see Albert I. Jones?')).toEqual([
      'President George W. Bush spoke.',
      'We make a good team, you and I.',
      'Did you see Albert I. Jones?',
    ]);
  });

  it('reads a dotted abbreviation as a sentence end only before a typical first word', () => {
    expect(split('I work for the U.S. Government in Virginia. I live in the U.S. How about you?')).toEqual([
      'I work for the U.S. Government in Virginia.',
      'I live in the U.S.',
      'How about you?',
    ]);
  });

  it('reads St. as Saint before a name and as Street before a new subject', () => {
    expect(split('They met at St. Paul church on Main St. The police came. He lives on 5th st. near the light.')).toEqual([
      'They met at St. Paul church on Main St.',
      'The police came.',
      'He lives on 5th st. near the light.',
    ]);
  });

  it('ends at a company abbreviation before a new subject, not before a name', () => {
    expect(split('They closed the deal with Pitt, Briggs & Co. It closed yesterday. The GmbH & Co. KG is a partnership.')).toEqual([
      'They closed the deal with Pitt, Briggs & Co.',
      'It closed yesterday.',
      'The GmbH & Co. KG is a partnership.',
    ]);
  });

  it('ends at a.m./p.m. before a capital, unless the sentence has barely begun', () => {
    expect(split('At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Travelers left later.')).toEqual([
      'At 5 a.m. Mr. Smith went to the bank.',
      'He left the bank at 6 P.M.',
      'Travelers left later.',
    ]);
  });

  it('goes on after a time before a day name or a time zone', () => {
    expect(split('The meeting begins at 9 a.m. Tuesday in Boston. It ends at 5 p.m. EST on Friday.')).toEqual([
      'The meeting begins at 9 a.m. Tuesday in Boston.',
      'It ends at 5 p.m. EST on Friday.',
    ]);
  });

  it('never ends at an abbreviation before a number', () => {
    expect(split('It was on Jan. 20 at No. 10 Downing St. and on p. 55 of the report.')).toEqual([
      'It was on Jan. 20 at No. 10 Downing St. and on p. 55 of the report.',
    ]);
  });

  it('ends a sentence at a full word that could pass for an abbreviation', () => {
    expect(split('The storm hit at 60 mph. Police closed the road. He was ill. Smith took over.')).toEqual([
      'The storm hit at 60 mph.',
      'Police closed the road.',
      'He was ill.',
      'Smith took over.',
    ]);
  });

  it('takes a number after a plain word as the start of a sentence, but not after an abbreviation', () => {
    expect(split('The storm reached the city of Houston. 20 people died there. See Art. 5 of the law.')).toEqual([
      'The storm reached the city of Houston.',
      '20 people died there.',
      'See Art. 5 of the law.',
    ]);
  });

  it('keeps decimal numbers, URLs and e-mail addresses whole', () => {
    expect(split('She has $100.00. Mail Jane.Doe@example.com. See https://www.example.50.com/a.html. Growth was 1.5 percent.')).toEqual([
      'She has $100.00.',
      'Mail Jane.Doe@example.com.',
      'See https://www.example.50.com/a.html.',
      'Growth was 1.5 percent.',
    ]);
  });

  it('splits sentences glued without a space, but not web addresses', () => {
    expect(split('Hello world.Today is Tuesday.He bought 1,000.Visit www.testurl.Awesome.com today.')).toEqual([
      'Hello world.',
      'Today is Tuesday.',
      'He bought 1,000.',
      'Visit www.testurl.Awesome.com today.',
    ]);
  });

  it('reads punctuation inside closing quotes by the word that follows', () => {
    expect(split('She turned to him, "This is great." she said. He said, "Fine." She left.')).toEqual([
      'She turned to him, "This is great." she said.',
      'He said, "Fine."',
      'She left.',
    ]);
  });

  it('keeps a multi-sentence quotation with its cue', () => {
    expect(split('"We will win. The people are with us," he said. Others disagreed.')).toEqual([
      '"We will win. The people are with us," he said.',
      'Others disagreed.',
    ]);
  });

  it('ignores a quotation mark that is never closed', () => {
    expect(split('He said "we will win. Others disagreed. They left.')).toEqual(['He said "we will win.', 'Others disagreed.', 'They left.']);
  });

  it('keeps a parenthesis with its sentence', () => {
    expect(split('He teaches science (He worked as an engineer. He quit.) at the University. Then he retired.')).toEqual([
      'He teaches science (He worked as an engineer. He quit.) at the University.',
      'Then he retired.',
    ]);
  });

  it('does not end at an exclamation mark inside a name or before lowercase', () => {
    expect(split('She works at Yahoo! in the accounting department. Leave me alone! he yelled.')).toEqual([
      'She works at Yahoo! in the accounting department.',
      'Leave me alone! he yelled.',
    ]);
  });

  it('reads ellipses: within a sentence, at its end, and four dots', () => {
    expect(split('I wasn’t really ... well, what I mean...see . . . what I mean. He talks slowly... And this is another.')).toEqual([
      'I wasn’t really ... well, what I mean...see . . . what I mean.',
      'He talks slowly...',
      'And this is another.',
    ]);
    expect(split('It ends with a period . . . . Next sentence. It was done. . . . The rest followed.')).toEqual([
      'It ends with a period . . . .',
      'Next sentence.',
      'It was done.',
      '. . . The rest followed.',
    ]);
    expect(split('"Bohr [...] used the analogy [...]" (Smith 55).')).toEqual(['"Bohr [...] used the analogy [...]" (Smith 55).']);
  });

  it('ends at a spaced ellipsis before a capital other than I', () => {
    expect(split("I don't know why I chose her ... In court, he looked composed. The thing is … I didn't mean it.")).toEqual([
      "I don't know why I chose her ...",
      'In court, he looked composed.',
      "The thing is … I didn't mean it.",
    ]);
  });

  it('takes an amount of money as the start of a sentence', () => {
    expect(split('Actually, it is unbelievable. $5,000 per person, the maximum allowed.')).toEqual([
      'Actually, it is unbelievable.',
      '$5,000 per person, the maximum allowed.',
    ]);
  });

  it('does not split a domain name written with a capital', () => {
    expect(split('Visit FabriPaint.Com for paints. It is based in Oregon.')).toEqual(['Visit FabriPaint.Com for paints.', 'It is based in Oregon.']);
  });

  it('splits list items, with or without final punctuation', () => {
    expect(split('1. The first item 2. The second item')).toEqual(['1. The first item', '2. The second item']);
    expect(split('a) here it is b) another c) one more')).toEqual(['a) here it is', 'b) another', 'c) one more']);
    expect(split('• 9. Stop smoking • 10. Get some rest')).toEqual(['• 9. Stop smoking', '• 10. Get some rest']);
    expect(split('(i) Hello world. (ii) Hello world.')).toEqual(['(i) Hello world.', '(ii) Hello world.']);
    expect(split('Finally, this. 1. The first item')).toEqual(['Finally, this.', '1. The first item']);
    expect(split('The rules are as follows: 1. Apply early. 2. Pay the fee.')).toEqual([
      'The rules are as follows: 1. Apply early.',
      '2. Pay the fee.',
    ]);
    expect(id('Izin diberikan oleh petugas Imigrasi RDTL. 10. Pihak pengguna mendapat dukungan.')).toEqual([
      'Izin diberikan oleh petugas Imigrasi RDTL.',
      '10. Pihak pengguna mendapat dukungan.',
    ]);
  });

  it('does not take a number in prose for a list item', () => {
    expect(split('As payment for 1. above, pay us a fee. He ranked in the top 10. The rest did not.')).toEqual([
      'As payment for 1. above, pay us a fee.',
      'He ranked in the top 10.',
      'The rest did not.',
    ]);
  });

  it('keeps footnote marks with the sentence they follow', () => {
    expect(split('He was a martyr.[1] The emperor published a decree.[17][18] It was cruel.')).toEqual([
      'He was a martyr.[1]',
      'The emperor published a decree.[17][18]',
      'It was cruel.',
    ]);
  });

  it('ends a headline at its line break, and joins wrapped prose', () => {
    expect(split('Russia and China discuss AI\nThe two countries met on Monday.')).toEqual([
      'Russia and China discuss AI',
      'The two countries met on Monday.',
    ]);
    expect(split('It was a cold \nnight in the city. Organising your care early\nmeans months of time.')).toEqual([
      'It was a cold \nnight in the city.',
      'Organising your care early\nmeans months of time.',
    ]);
    expect(split('features\ncontact manager\nevents, activities')).toEqual(['features', 'contact manager', 'events, activities']);
    expect(split('Putter King Scavenger Hunt Trophy\n(Picture Coming Soon)')).toEqual(['Putter King Scavenger Hunt Trophy', '(Picture Coming Soon)']);
  });

  it('joins a line that ends with a function word to the next, whatever its case', () => {
    expect(split('The council approved the\nBudget Act on Thursday. Officials of\nChina and Russia met.')).toEqual([
      'The council approved the\nBudget Act on Thursday.',
      'Officials of\nChina and Russia met.',
    ]);
    expect(id('Menteri mengatakan bahwa\nPemerintah siap membantu.')).toEqual(['Menteri mengatakan bahwa\nPemerintah siap membantu.']);
  });

  it('always ends a sentence at a blank line', () => {
    expect(split('He said that Mr.\n\nSmith left')).toEqual(['He said that Mr.', 'Smith left']);
  });
});

describe('splitSentences: Indonesian', () => {
  it('keeps titles, degrees and name prefixes with the name', () => {
    expect(id('Acara itu dihadiri Prof. Dr. H. Ahmad Syafii, S.H., M.Si. dan Hj. Siti Aminah. Mereka datang ke Jl. Sudirman No. 12.')).toEqual([
      'Acara itu dihadiri Prof. Dr. H. Ahmad Syafii, S.H., M.Si. dan Hj. Siti Aminah.',
      'Mereka datang ke Jl. Sudirman No. 12.',
    ]);
    expect(id('Banjir melanda Kab. Bogor pada Sabtu. Dana dikirim a.n. Budi Santoso. Kombes Pol. Yusri Yunus membenarkan.')).toEqual([
      'Banjir melanda Kab. Bogor pada Sabtu.',
      'Dana dikirim a.n. Budi Santoso.',
      'Kombes Pol. Yusri Yunus membenarkan.',
    ]);
  });

  it('keeps English titles and a dotted abbreviation before a name in translated news', () => {
    expect(id('Surat Mr. Comey hampir tidak dikomentari. Kasus itu masuk ke Mahkamah Agung A.S. Seperti dalam film itu, mereka enggan.')).toEqual([
      'Surat Mr. Comey hampir tidak dikomentari.',
      'Kasus itu masuk ke Mahkamah Agung A.S.',
      'Seperti dalam film itu, mereka enggan.',
    ]);
  });

  it('reads Indonesian numbers, money and times', () => {
    expect(id('Jakarta (ANTARA) - Pemerintah menyiapkan Rp5.763 triliun. Rapat dimulai pukul 10.30 WIB. Inflasi 4,75 persen.')).toEqual([
      'Jakarta (ANTARA) - Pemerintah menyiapkan Rp5.763 triliun.',
      'Rapat dimulai pukul 10.30 WIB.',
      'Inflasi 4,75 persen.',
    ]);
  });

  it('ends at dll. and tsb. before a capital, not before lowercase', () => {
    expect(id('Harga cabai, bawang, dll. naik tajam. Mereka membeli beras, gula, dll. Namun, harga turun.')).toEqual([
      'Harga cabai, bawang, dll. naik tajam.',
      'Mereka membeli beras, gula, dll.',
      'Namun, harga turun.',
    ]);
  });

  it('keeps a company name with Tbk. but ends before a new subject', () => {
    expect(id('Dirut PT Bank Rakyat Indonesia (Persero) Tbk. Sunarso hadir. Laba PT Astra International Tbk. Ini naik.')).toEqual([
      'Dirut PT Bank Rakyat Indonesia (Persero) Tbk. Sunarso hadir.',
      'Laba PT Astra International Tbk.',
      'Ini naik.',
    ]);
  });

  it('splits a quotation of several sentences before its cue', () => {
    expect(id('"Kami akan mengawal kasus ini. Tidak ada yang kebal hukum," kata Kapolri. Ia menambahkan, 12 saksi diperiksa.')).toEqual([
      '"Kami akan mengawal kasus ini.',
      'Tidak ada yang kebal hukum," kata Kapolri.',
      'Ia menambahkan, 12 saksi diperiksa.',
    ]);
  });

  it('ends a headline at its line break', () => {
    expect(id('Gara-Gara DeepSeek, Bank Rusia Siap Jalin Kerja Sama dengan China\nBank terbesar Rusia berencana bekerja sama.')).toEqual([
      'Gara-Gara DeepSeek, Bank Rusia Siap Jalin Kerja Sama dengan China',
      'Bank terbesar Rusia berencana bekerja sama.',
    ]);
  });
});
