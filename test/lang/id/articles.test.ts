// Whole-pipeline checks on invented multi-paragraph Indonesian news articles (test/lang/id/articles/):
// what a fact-checker needs from each — speakers resolved to full names, "kami" to the organisation,
// comma complements reported, datelines not claims.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/pipeline.js';

const article = (name: string) => {
  const text = readFileSync(new URL(`./articles/${name}`, import.meta.url), 'utf8');
  return extract({ id: name, text });
};
const find = (doc: ReturnType<typeof article>, action: string) => doc.claims.find((c) => c.action.startsWith(action));

describe('Indonesian articles through the pipeline', () => {
  const bi = article('bi-rate.txt');
  const banjir = article('banjir.txt');
  const startup = article('startup.txt');

  it('reads the language and makes no claim of the dateline', () => {
    expect(bi.language).toBe('id');
    expect(bi.claims.every((c) => !/^Jakarta, Kamis/.test(c.actor))).toBe(true);
  });

  it('reports the clause after "X mengatakan," with the full name as source', () => {
    expect(find(bi, 'sejalan dengan upaya')).toMatchObject({ actor: 'kebijakan tersebut', source: 'Agus Martowardojo', kind: 'reported' });
  });

  it('resolves a first-name cue and kami to the speaker and organisation', () => {
    expect(find(bi, 'melihat inflasi')).toMatchObject({ actor: 'Bank Indonesia', source: 'Agus Martowardojo', kind: 'quote' });
    expect(find(startup, 'percaya Kargoku')).toMatchObject({ actor: 'East Harbor Capital', source: 'Daniel Tan' });
  });

  it('takes the last speaker for Katanya and ujarnya after a pronoun sentence', () => {
    expect(find(bi, 'juga perlu menjaga defisit')?.source).toBe('Josua Pardede');
    expect(find(bi, 'sudah sangat terbatas')?.source).toBe('Josua Pardede');
  });

  it('gives each sentence of a quote the speaker named after it and the date of the cue', () => {
    expect(find(banjir, 'masih bersiaga')).toMatchObject({ source: 'Hadi Suryanto', date: '2018-03-13' });
    expect(find(banjir, 'telah mendirikan')).toMatchObject({ source: 'Hadi Suryanto', kind: 'reported' });
  });

  it('takes the name from a role apposition and resolves the first name later', () => {
    expect(find(banjir, 'mengunjungi lokasi')?.actor).toBe('Neneng Hasanah');
    expect(find(banjir, 'membagikan selimut')?.actor).toBe('Neneng Hasanah');
  });
});

// Invented articles of shapes common in Indonesian news (issue 14): ministries named with "dan", a quotation opened by a
// colon and closed by a cue sentences later, a person described instead of named, a document as source, a list.
describe('Indonesian articles of issue 14’s shapes', () => {
  const tarif = article('tarif-listrik.txt');
  const banjir = article('banjir-bekasi.txt');
  const inflasi = article('inflasi.txt');

  it('names the minister without the office, and resolves "Pria kelahiran Fakfak ini" to him', () => {
    expect(find(tarif, 'dilakukan untuk menjaga')?.source).toBe('Bahlil Lahadalia');
    expect(find(tarif, 'tidak akan merugi')).toMatchObject({ actor: 'PLN', source: 'Bahlil Lahadalia', kind: 'reported' });
    expect(find(tarif, 'tetap aman')?.source).toBe('Darmawan Prasodjo');
  });

  it('dates every sentence of a quotation by its closing cue', () => {
    expect(find(tarif, 'sudah naik sejak awal tahun')).toMatchObject({ source: 'Bahlil Lahadalia', kind: 'quote', date: '2025-11-03' });
  });

  it('gives the sentences from a colon to the closing cue to the speaker named in full before', () => {
    expect(find(banjir, 'juga membuka dapur umum')).toMatchObject({ source: 'Dedi Mulyadi', kind: 'quote' });
    expect(find(banjir, 'akan mendapat bantuan')).toMatchObject({ actor: 'Warga yang mengungsi', source: 'Dedi Mulyadi' });
  });

  it('takes a document as source, a list as a claim, and leaves "Hal ini" after an act as written', () => {
    expect(find(inflasi, 'wajib menyimpan')).toMatchObject({ actor: 'pemerintah', source: 'RPP', kind: 'reported' });
    expect(find(inflasi, 'naik 15 persen')?.source).toBe('Amalia Widyasanti');
    expect(find(inflasi, 'dinilai penting')?.actor).toBe('Hal ini');
  });
});
