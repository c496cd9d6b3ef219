import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../src/detect.js';
import { cpuMs } from './support/cpu.js';

// Sentences written for these tests (news style), not taken from any data set.
const EN = 'The minister said on Tuesday that the government would not raise fuel prices this year, despite pressure from the central bank.';
const ID = 'Menteri mengatakan pada hari Selasa bahwa pemerintah tidak akan menaikkan harga bahan bakar tahun ini, meskipun ada tekanan dari bank sentral.';
const MS = 'Menteri berkata pada hari Selasa bahawa kerajaan tidak akan menaikkan harga minyak tahun ini kerana rakyat sudah terbeban dengan kos sara hidup.';
const article = (s: string, n: number) => Array.from({ length: n }, () => s).join('\n');

describe('detectLanguage', () => {
  it('tells English from Indonesian sentences', () => {
    expect(detectLanguage(EN).language).toBe('en');
    expect(detectLanguage(ID).language).toBe('id');
  });

  it('tells Malay from Indonesian by the words that differ (bahawa, kerajaan, kerana)', () => {
    expect(detectLanguage(MS).language).toBe('ms');
    expect(detectLanguage('Polis sedang menyiasat kemalangan yang melibatkan dua buah kenderaan di lebuh raya itu.').language).toBe('ms');
    expect(detectLanguage('Polisi sedang menyelidiki kecelakaan yang melibatkan dua kendaraan di jalan tol itu.').language).toBe('id');
  });

  it('keeps an Indonesian text Indonesian when it has a word or two also common in Malay', () => {
    expect(detectLanguage('Beliau boleh datang besok karena rapatnya sudah dijadwalkan ulang oleh panitia.').language).toBe('id');
  });

  it('guesses two-word inputs from function words and spelling', () => {
    expect(detectLanguage('of the').language).toBe('en');
    expect(detectLanguage('yang akan').language).toBe('id');
    expect(detectLanguage('thoughtful knowledge').language).toBe('en');
    expect(detectLanguage('memasang pinggiran').language).toBe('id');
  });

  it('knows frequent content words of both languages, not only function words', () => {
    expect(detectLanguage('hiking camping').language).toBe('en');
    expect(detectLanguage('particular emphasis').language).toBe('en');
    expect(detectLanguage('konsep distribusi').language).toBe('id');
    expect(detectLanguage('metode analisis').language).toBe('id');
  });

  it('in a two-word mix, lets a function word or an affixed word outweigh a borrowed content word', () => {
    expect(detectLanguage('finance dengan').language).toBe('id');
    expect(detectLanguage('output dipastikan').language).toBe('id');
  });

  it('names other languages (ISO 639-1) instead of defaulting to English or Indonesian', () => {
    expect(detectLanguage('Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les entreprises touchées par la crise.').language).toBe('fr');
    expect(detectLanguage('Die Regierung hat am Dienstag neue Maßnahmen angekündigt, um die betroffenen Unternehmen zu unterstützen.').language).toBe('de');
    expect(detectLanguage('El gobierno anunció el martes una nueva serie de medidas para apoyar a las empresas afectadas por la crisis.').language).toBe('es');
    expect(detectLanguage('Правительство во вторник объявило о новом пакете мер по поддержке компаний.').language).toBe('ru');
  });

  it('goes by the comment, not by the English header that comment software puts before it', () => {
    expect(detectLanguage('On 8 April 2009 at 15:27 Budi said: Jembatannya sudah dibuka.').language).toBe('id');
    expect(detectLanguage('On 2 Mei 2010 at 08:15 Rina said: Wah, bagus nih.').language).toBe('id');
  });

  it('does not take Javanese or Sundanese, which share many content words with Indonesian, for Indonesian', () => {
    for (const text of [
      'Aku arep lunga menyang pasar karo ibuku sesuk esuk amarga ana barang sing kudu dituku.',
      'Abdi bade angkat ka pasar sareng indung abdi enjing-enjing kusabab aya barang anu kedah dipeser.',
    ]) {
      expect(['id', 'en']).not.toContain(detectLanguage(text).language);
    }
  });

  it('names Javanese and Sundanese by their own function words, even among Indonesian content words', () => {
    expect(detectLanguage('Aku arep lunga menyang pasar karo ibuku sesuk esuk amarga butuh tuku sayuran.').language).toBe('jv');
    expect(detectLanguage('Bapak wis tindak menyang kantor kelurahan, nanging kantore durung buka amarga isih esuk.').language).toBe('jv');
    expect(detectLanguage('Abdi badé angkat ka pasar sareng indung abdi énjing, kusabab peryogi mésér sayuran.').language).toBe('su');
  });

  it('keeps an Indonesian article that quotes a Javanese saying Indonesian', () => {
    const text = 'Presiden mengatakan pemerintah akan terus membangun desa. "Ojo dumeh, aja kagetan lan aja gumunan," kata dia mengutip pepatah Jawa di depan warga.';
    expect(detectLanguage(text).language).toBe('id');
  });

  it('does not take Vietnamese, which franc finds close to Indonesian, for Indonesian; accented names stay English', () => {
    expect(detectLanguage('Sáng mai tôi sẽ đi chợ với mẹ vì chúng tôi cần mua rau.').language).toBe('vi');
    expect(detectLanguage('Hôm qua, Thủ tướng Chính phủ đã chủ trì cuộc họp về tình hình kinh tế.').language).toBe('vi');
    expect(detectLanguage('Dr. José Ramírez and Zoë Müller met François Hollande in Besançon on Tuesday, officials said.').language).toBe('en');
  });

  it('keeps English headlines with few function words English', () => {
    expect(detectLanguage('International Trade Centre Annual Report').language).toBe('en');
  });

  it('gives und for text without letters', () => {
    expect(detectLanguage('')).toEqual({ language: 'und', confidence: 0 });
    expect(detectLanguage('12:30 — 45% (2024)').language).toBe('und');
  });

  it('takes the language of most of a mixed article, wherever the minority part is', () => {
    expect(detectLanguage([article(ID, 6), article(EN, 2)].join('\n')).language).toBe('id');
    expect(detectLanguage([article(EN, 2), article(ID, 6)].join('\n')).language).toBe('id');
    expect(detectLanguage([article(EN, 6), article(ID, 2)].join('\n')).language).toBe('en');
    // Long enough to be sampled: the English middle must still be seen.
    expect(detectLanguage([article(ID, 100), article(EN, 500), article(ID, 100)].join('\n')).language).toBe('en');
  });

  it('gives a confidence in [0, 1], low for short or mixed text and high for a long clean article', () => {
    const long = detectLanguage(article(EN, 20)).confidence;
    const short = detectLanguage('of the').confidence;
    const mixed = detectLanguage([article(EN, 5), article(ID, 4)].join('\n')).confidence;
    expect(long).toBeGreaterThan(0.9);
    expect(long).toBeLessThanOrEqual(1);
    expect(short).toBeGreaterThanOrEqual(0);
    expect(short).toBeLessThan(0.5);
    expect(mixed).toBeLessThan(long - 0.2);
  });

  it('stays fast on huge inputs', () => {
    // processor time, not wall time: the bound is about the algorithm, not about a busy machine
    expect(cpuMs(() => { detectLanguage('a. '.repeat(200_000)); detectLanguage(article(EN, 5000)); })).toBeLessThan(1000);
  });
});
