// Stage 4: sentences of the article body, with their offsets.
import type { SegmentationRules } from './lang/types.js';
import type { Range, Sentence } from './types.js';

const END = /([.!?…]+)(["”’')\]]*)(\s+)/g;

export function splitSentences(text: string, body: readonly Range[], rules: SegmentationRules): Sentence[] {
  const out: Sentence[] = [];
  for (const [s, e] of body) {
    const region = text.slice(s, e);
    for (const para of blocks(region)) {
      let start = para.start;
      END.lastIndex = para.start;
      for (let m = END.exec(region); m && m.index < para.end; m = END.exec(region)) {
        const cut = m.index + m[1].length + m[2].length;
        if (cut >= para.end) break;
        const word = /([\p{L}.]+)$/u.exec(region.slice(Math.max(para.start, m.index - 20), m.index))?.[1]?.toLowerCase() ?? '';
        const next = region.slice(cut + m[3].length, cut + m[3].length + 1);
        if (m[1] === '.' && (rules.abbreviations.has(word.replace(/\.$/, '')) || /^\p{L}$/u.test(word))) continue;
        if (next && /\p{Ll}/u.test(next)) continue;
        push(out, text, s + start, s + cut);
        start = cut + m[3].length;
      }
      push(out, text, s + start, s + para.end);
    }
  }
  return out;
}

/** Lines of a region: a line break always ends a sentence here. */
function blocks(region: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(region); m; m = re.exec(region)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
