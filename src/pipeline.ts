// The whole pipeline, top to bottom. Every stage is a pure function of plain data.
import { assemble, codePointCounter } from './assemble.js';
import { clean } from './clean.js';
import { detectLanguage } from './detect.js';
import { LANGUAGES, rulesFor, type Languages } from './lang/index.js';
import { resolve } from './resolve.js';
import { splitSentences } from './segment.js';
import type { Article, CleanedArticle, ClaimsDocument, Detection, DetectDocument, Sentence, SentencesDocument } from './types.js';

export interface Options {
  /** Called with a note for the user (a Malay article read with Indonesian rules, an unsupported language). */
  note?: (message: string) => void;
  /** The languages to read with: the built-in ones unless given (a caller's own language, see `withLanguage`). */
  languages?: Languages;
}

/** Claims of one article: clean → detect → split → extract → resolve → assemble. */
export function extract(article: Article, options: Options = {}): ClaimsDocument {
  const langs = options.languages ?? LANGUAGES;
  const cleaned = clean(article, langs.modules);
  const { language } = languageOf(cleaned, article, langs);
  const rules = rulesFor(language, langs);
  if (!rules) options.note?.(`${article.id}: language ${language} is not supported, no claims extracted`);
  else if (rules.code !== language) options.note?.(`${article.id}: language ${language}, read with the ${rules.code} rules`);
  const sentences = splitSentences(cleaned.text, cleaned.body, (rules ?? langs.fallback).segmentation);
  const context = { published: cleaned.published, title: cleaned.title };
  // The rules' analysis of the document (English: its tagged words) is made once, for extraction and resolution both.
  const analysis = rules?.analyze?.(sentences);
  const drafts = rules ? rules.extract(sentences, context, analysis) : [];
  const claims = rules ? resolve(drafts, sentences, rules, context, analysis) : [];
  return assemble({ ...cleaned, language }, cleaned.text, sentences, claims);
}

/** The sentences of one article, with code point spans. */
export function sentences(article: Article, options: Options = {}): SentencesDocument {
  const langs = options.languages ?? LANGUAGES;
  const cleaned = clean(article, langs.modules);
  const { language } = languageOf(cleaned, article, langs);
  const split = splitSentences(cleaned.text, cleaned.body, (rulesFor(language, langs) ?? langs.fallback).segmentation);
  return { id: article.id, language, sentences: withSpans(cleaned.text, split) };
}

/** The language of one article. */
export function detect(article: Article, options: Options = {}): DetectDocument {
  const langs = options.languages ?? LANGUAGES;
  const cleaned = clean(article, langs.modules);
  return { id: article.id, ...languageOf(cleaned, article, langs) };
}

function languageOf(cleaned: CleanedArticle, article: Article, langs: Languages): Detection {
  if (article.lang && article.lang !== 'auto') return { language: article.lang, confidence: 1 };
  const body = cleaned.body.map(([s, e]) => cleaned.text.slice(s, e)).join('\n');
  // A text that is all boilerplate ("Click here to subscribe.") still has a language.
  return detectLanguage(body.trim() ? body : cleaned.text, langs.modules);
}

function withSpans(text: string, split: readonly Sentence[]) {
  const toCp = codePointCounter(text);
  return split.map((s) => ({ text: s.text, span: [toCp(s.start), toCp(s.end)] as [number, number] }));
}
