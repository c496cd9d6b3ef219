// Detection remembers what it worked out for words no list knows (their shapes and spelling odds, per trigram):
// an answer never depends on what the process read before.
import { describe, expect, it } from 'vitest';
import { spellingOdds } from '../../src/detect/char-model.js';
import { detectLanguage } from '../../src/detect.js';
import { englishDetection } from '../../src/lang/en/detection.js';
import { indonesianDetection } from '../../src/lang/id/detection.js';

describe('remembered word evidence', () => {
  it('spelling odds are the same numbers from a model that has read other words first', () => {
    const words = ['kelurahan', 'thornbury', 'pengungsian', 'wharfside', 'sukamaju', 'kelurahan'];
    const fresh = words.map((w) => spellingOdds(englishDetection, indonesianDetection)(w));
    const used = spellingOdds(englishDetection, indonesianDetection);
    for (const w of ['kecamatan', 'shropshire', 'thornwick', 'kelurahan']) used(w);
    expect(words.map(used)).toEqual(fresh);
  });

  it('a text of names and unlisted words is detected the same before and after other texts', () => {
    // invented: mostly names and rare words, so shapes and spelling odds decide
    const text = 'Warga Kelurahan Sukamaju, Kecamatan Cibeunying, mengungsi. Pengungsian ditutup Kamis.';
    const first = detectLanguage(text);
    for (const other of ['The Thornbury wharfside plan was shelved.', 'Kecamatan Cibeunying menutup pengungsian.', text]) detectLanguage(other);
    expect(detectLanguage(text)).toEqual(first);
  });
});
