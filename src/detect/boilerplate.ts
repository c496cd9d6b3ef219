// Lines of web-page furniture whose language is the software's, not the writer's.

/**
 * The header of a blog or forum comment as comment software writes it: "On 14 Januari 2009 at 14:24 Ayah
 * said:", "On March 3, 2010 at 9:15 pm Joe Bloggs said:". Its English words (on, at, said) say nothing about
 * the language of the comment, which follows it. The name is at most five words.
 */
const COMMENT_HEADER =
  /\bOn\s+(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2},?)\s+\d{4},?\s+at\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+(?:\S+\s+){0,4}?said:/giu;

/** The text with comment headers replaced by a line break. */
export function withoutBoilerplate(text: string): string {
  return text.replace(COMMENT_HEADER, '\n');
}
