import type { ClaimDraft, Sentence } from '../types.js';

/** A date expression found in text, resolved to ISO 8601 at the precision the text gives. */
export interface DateMention {
  /** Offsets into the text that was searched (UTF-16 code units). */
  start: number;
  end: number;
  text: string;
  /** `2023`, `2024-12`, `2024-12-02`; null when it cannot be resolved (relative, no publication date). */
  value: string | null;
}

/** What the rest of the document tells an extractor. */
export interface DocumentContext {
  published: string | null;
  title: string | null;
}

/** Knowledge for sentence splitting in one language (see segment.ts). */
export interface SegmentationRules {
  /**
   * Lowercased abbreviations, without their final period (`inc`, `dept`, `tbk`): a period after one ends a
   * sentence only before one of the `starters`, never before a number.
   */
  abbreviations: ReadonlySet<string>;
  /**
   * Abbreviations that often close a sentence (`etc`, `a.m`, `dll`): a period after one ends it before any capital
   * but a `calendar` word.
   */
  finalAbbreviations: ReadonlySet<string>;
  /** Lowercased day and month names and time zones, which go on a time (`at 9 a.m. Tuesday`, `6 p.m. EST`). */
  calendar: ReadonlySet<string>;
  /** Abbreviations that precede a name or number (Mr., Dr., Prof., e.g.): a period after one never ends a sentence. */
  prefixes: ReadonlySet<string>;
  /**
   * Lowercased words that typically begin a sentence (the, he, however; ia, namun). After an initial or a dotted
   * capital abbreviation (`W.`, `U.S.`) only one of these makes the period a sentence end.
   */
  starters: ReadonlySet<string>;
  /**
   * Lowercased function words that end neither a sentence nor a headline (the, of, and; yang, di, dan): a line
   * that ends with one is wrapped prose and goes on on the next line.
   */
  joiners: ReadonlySet<string>;
  /** Keep a quotation or parenthesis that holds several sentences in one sentence (false: split inside it). */
  keepEnclosed: boolean;
  /** How to find the sentence ends a scraper removed (segment/runon.ts); absent: punctuation only. */
  runOn?: RunOnRules;
}

/**
 * Sentence starts in text whose full stops were lost ("…harga beras naik Beberapa pedagang mengeluh"). Read only in
 * a stretch of at least `minWords` words without sentence punctuation. All words lowercased.
 */
export interface RunOnRules {
  minWords: number;
  /** Function words that, capitalised right after a lower-case word, open a sentence (Beberapa, Namun, Ia). */
  openers: ReadonlySet<string>;
  /** Openers that take a name after them and open a sentence after a lower-case word or a number: "…naik Menurut Budi, …". */
  nameOpeners: ReadonlySet<string>;
  /** Openers that do so after any word, a name too, when a lower-case word follows them (Mereka, Namun). */
  strongOpeners: ReadonlySet<string>;
  /** Common words that, capitalised after a lower-case word and before another, open a sentence (Saham, Polisi). */
  commonWords: ReadonlySet<string>;
  /** Shapes of derived words that are no names (pe-…-an, meN- verbs); `notCommon` lists the exceptions. */
  commonShapes: readonly RegExp[];
  notCommon: ReadonlySet<string>;
  /** Words that go on in names of places, bodies and people (Kota, Tengah, Dunia): never common words, even where the text writes them so. */
  nameParts: ReadonlySet<string>;
  /** Demonstratives (ini, itu): a capitalised word they follow is a common noun, no name ("…ditunda Kebijakan ini berlaku"). */
  demonstratives: ReadonlySet<string>;
  /** Class nouns that take a name before a demonstrative ("akun Instagram tersebut", "perusahaan Google itu"). */
  classNouns: ReadonlySet<string>;
  /** Cue words that follow their quotation (jelas, lanjut), and degree adverbs (lebih, sangat) that make them adjectives or adverbs. */
  cues: ReadonlySet<string>;
  degree: ReadonlySet<string>;
  /** Strong openers that are sentence adverbs or conjunctions (Ternyata, Namun): never a word of a name or of a title. */
  sentenceAdverbs: ReadonlySet<string>;
  /** Words no sentence ends with (prepositions, conjunctions, titles, cues that precede their speaker). */
  nonFinal: ReadonlySet<string>;
  /** Words that end a sentence only before an opener: `tahun 2014`, but `… tahun Ia`. */
  counting: ReadonlySet<string>;
  /** Words that close the sentence they end, whatever follows (ujarnya, katanya). */
  closers: ReadonlySet<string>;
  /** Abbreviated titles (Tn, Dr): capitalised after a lower-case word, one opens a sentence ("…temannya Tn. Budi tiba"). */
  titles: ReadonlySet<string>;
  /** Words whose capitalised follower is their object, not a new sentence (mengunjungi Jakarta, menyurati Irène). */
  takesObject: readonly RegExp[];
  /**
   * Words that close a noun phrase (rumahnya, itu, tersebut): after one, a capitalised name and a predicate (`predicate`)
   * open a sentence ("…sepanjang hidupnya Napoleon percaya …"), since no name can be that noun's possessor.
   */
  closedEnds: readonly RegExp[];
  notClosed: ReadonlySet<string>;
  /** Words and shapes that open a predicate (telah, adalah; meN-, ber-, di- verbs). */
  predicate: { words: ReadonlySet<string>; shapes: readonly RegExp[] };
  /** Verbs of saying: a capitalised name right before one, after a lower-case word, opens a sentence. */
  speechVerbs: ReadonlySet<string>;
  /** Relative pronouns (yang): a capitalised run closed by a comma before one is a subject set apart ("…sama Seagal, yang …"). */
  relatives: ReadonlySet<string>;
}

/** Knowledge for cleaning articles (see clean.ts); applied for every language, before detection. */
export interface CleaningRules {
  /** Whole lines that are site furniture, never article text. */
  boilerplate: readonly RegExp[];
  /** Keys of metadata lines that carry the publication date (`date 2024-12-02`, `Tanggal: …`). */
  metadataKeys: readonly string[];
  /** Weekday names and abbreviations, and time zones, which may stand beside a date on a date line. */
  weekdays: readonly string[];
  timeZones: readonly string[];
  /** A few of the language's commonest words: which language's day/month order a numeric date follows. */
  commonWords: readonly string[];
  /** Lowercased words that open a byline or site line carrying the date (`By Jane Roe | …`, `Diperbarui …`). */
  bylineWords: readonly string[];
  /** Domains of news sites (`com`, `co.id`): `Kompas.com - 02/12/2024` is a site line, `JAKARTA, KOMPAS.com -` a dateline. */
  siteDomains: readonly string[];
  /** Front-matter keys of the publication date and of the title, most specific first. */
  frontMatter: { published: readonly string[]; title: readonly string[] };
}

/**
 * What the light parts of `claims` know of a language — the CLI's option list, `detect`, `diff` and `track`:
 * data only, in files that import neither compromise nor chrono, so that `claims --help` and `claims detect`
 * start fast. Each language folder exports one (src/lang/<code>/profile.ts), listed in src/lang/profiles.ts.
 */
export interface LanguageProfile {
  /** ISO 639-1 code. */
  code: string;
  /** Languages read with these rules, with a note to the user (Malay with the Indonesian rules). */
  alsoReads: readonly string[];
  /** How `detect` tells the language from the others by its words; absent: only franc's letter trigrams find it. */
  detection?: DetectionData;
  /** How `diff` and `track` compare its claims with claims in the same or another language. */
  comparison: ComparisonRules;
}

/**
 * What `diff` and `track` know of a language (src/diff/). Claims are compared as bags of concepts named in the pivot
 * language (English): the pivot's words by their stems, another language's through the lexicon's translations. Number
 * words, negations, date words and titles are read in any text, whatever its language.
 */
export interface ComparisonRules {
  /** Lowercased function words, dropped from the comparison. */
  stopWords: ReadonlySet<string>;
  /** Number words and the number they write ("two" 2, "lima" 5). */
  numberWords: ReadonlyMap<string, string>;
  /** Words that make one number with a number word before them ("lima belas" 15, "dua puluh" 20). */
  numberScales: ReadonlyMap<string, number | 'teen'>;
  /** Words that negate a predicate, and two-word phrases that do ("yet to"). */
  negations: ReadonlySet<string>;
  negatingPhrases: ReadonlySet<string>;
  /** Words after which a negation does not negate ("not only", "tidak hanya"). */
  notNegatingNext: ReadonlySet<string>;
  /** Abbreviations of "number" that look like a negation before a number ("No 12"). */
  numberSigns: ReadonlySet<string>;
  /** Month, weekday and relative date words: they belong to the `date` field, not to the action. */
  dateWords: ReadonlySet<string>;
  /** Lowercased titles and roles dropped from an actor or source before names are compared. */
  titles: ReadonlySet<string>;
  /** Whether a description may stand before a name as its apposition ("the Trump impersonator John Di Domenico"). */
  descriptionBeforeName: boolean;
  /** How its words are written that the comparison's tokenizer undoes; read in any text, like the lists above. */
  wordForms?: WordForms;
  /** How the language's words reach concepts: as the pivot's stems, or through the lexicon by their roots. */
  concepts:
    | {
        kind: 'pivot';
        stem(word: string): string;
        /** Acronyms written as the pivot's phrases (US: united states). */
        acronyms: ReadonlyMap<string, string>;
        /** A loanword spelled toward the other language's spelling, for the weak prefix match (technology → teknologi). */
        cognateSpelling(word: string): string;
      }
    | {
        kind: 'lexicon';
        /** Candidate roots, most specific first (the word itself first). */
        roots(word: string): string[];
        /** Particles a word may carry (-nya, -lah): the word without one is its surface form. */
        particles: RegExp;
      };
}

/** Spellings that make one word look like another, or two words like one (src/diff/words.ts). */
export interface WordForms {
  /** A negation written onto its verb ("isn't"): the suffix, and stems that change before it ("won't": will). */
  negativeClitic?: { suffix: string; stems: ReadonlyMap<string, string> };
  /** Possessive endings dropped from a word ("Obama's", "Jones'"), tried in order, each once. */
  possessives?: readonly string[];
  /** A word written twice with a hyphen is one word ("negara-negara": the plural of negara). */
  reduplication?: boolean;
}

/**
 * What `detect` reads to tell a language by its words (src/detect.ts). The word-list stage tells apart the first two
 * registered languages that have these data; every other language is found by franc's trigrams, by its ISO code.
 */
export interface DetectionData {
  /** franc's (ISO 639-3) codes of the language and of those it also reads (`ind`, `zlm`). */
  franc: readonly string[];
  /** Typical share of running text made of listed words (`function`, and `common` counted half). */
  expectedShare: number;
  /** Words that count fully, for purity too: function words, and words no other language writes. */
  function: ReadonlySet<string>;
  /** Frequent words that count half in a long text and fully in a short one. */
  common: ReadonlySet<string>;
  /** Longer lists of content words: evidence, not purity (they travel to related languages more than function words). */
  more: ReadonlySet<string>;
  /** Spellings of words no list knows (affixes, letter groups), tried from the highest rank; `weight` scales the evidence. */
  shapes: readonly { pattern: RegExp; weight: number; rank: number }[];
  /**
   * Words whose letter trigrams train the spelling model for words no list or shape knows, and `candidates` that join
   * them only when the model of `words` already finds them this language's rather than the other's (not loanwords).
   */
  spelling: { words: readonly string[]; candidates?: readonly string[] };
  /** Which variety of the language a text is in (Malay or Indonesian), and how clearly, in [0, 1). */
  variety?(words: readonly string[], nameLike: readonly boolean[]): { language: string; clarity: number };
  /** A related language written beside this one that its lists would take for it (Javanese beside Indonesian). */
  neighbour?(words: readonly string[]): { language: string; share: number } | null;
}

/**
 * Everything `claims` knows about one language: its profile and the rules of the heavy stages. Adding a language
 * means adding a folder under src/lang/ that exports one of these (and its profile), and registering both in
 * src/lang/index.ts and src/lang/profiles.ts; see the README's layout section.
 */
export interface LanguageModule<Analysis = unknown> extends LanguageProfile {
  segmentation: SegmentationRules;
  cleaning: CleaningRules;
  /**
   * What `extract` and `resolveReferences` both read of a document (English: the tagged words of every sentence, the
   * costliest step), made once per document by the pipeline and handed to both; without it each makes its own.
   */
  analyze?(sentences: readonly Sentence[]): Analysis;
  /** Claims of a document's sentences, with actors and sources as the text gives them. */
  extract(sentences: readonly Sentence[], doc: DocumentContext, analysis?: Analysis): ClaimDraft[];
  /** Pronouns, definite descriptions and short names replaced by the fullest earlier name. */
  resolveReferences(claims: readonly ClaimDraft[], sentences: readonly Sentence[], doc: DocumentContext, analysis?: Analysis): ClaimDraft[];
  /** Date expressions in a piece of text, resolved against the publication date (ISO `YYYY-MM-DD` or null). */
  findDates(text: string, published: string | null): DateMention[];
}
