// What `diff` and `track` know of English to compare claims (see ComparisonRules): English is the pivot, the
// language concepts are named in, so its words meet other languages' through the lexicon's English side. Data and
// pure functions only: no imports of compromise or chrono.
import type { ComparisonRules } from '../types.js';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from './calendar.js';
import { TITLES } from './lexicon.js';

const STOP_WORDS = new Set(
  ('a an the this that these those its it it\'s is are was were be been being am has have had having do does did of in on at to for from by with ' +
    'as and or but if then than so such into onto over under about after before during while which who whom whose what when where why how ' +
    'also just very more most much many several various numerous some any all each both either neither other another ' +
    'there here their theirs they them he him his she her ' +
    'hers we us our ours you your i me my mine one ones own same too can could would should will shall may might must up out off only even still ' +
    'said says say saying told tell according says, that\'s however because since though although yet already ever now then again further once').split(/\s+/),
);

const EN_IRREGULAR = new Map<string, string>(
  Object.entries({
    said: 'say', says: 'say', went: 'go', gone: 'go', goes: 'go', took: 'take', taken: 'take', made: 'make', gave: 'give', given: 'give',
    came: 'come', saw: 'see', seen: 'see', got: 'get', gotten: 'get', knew: 'know', known: 'know', thought: 'think', told: 'tell',
    found: 'find', left: 'leave', felt: 'feel', kept: 'keep', held: 'hold', brought: 'bring', began: 'begin', begun: 'begin',
    won: 'win', lost: 'lose', paid: 'pay', met: 'meet', ran: 'run', sent: 'send', spent: 'spend', built: 'build', sold: 'sell',
    bought: 'buy', led: 'lead', fell: 'fall', fallen: 'fall', rose: 'rise', risen: 'rise', grew: 'grow', grown: 'grow', wrote: 'write',
    written: 'write', spoke: 'speak', spoken: 'speak', struck: 'strike', chose: 'choose', chosen: 'choose', drove: 'drive', driven: 'drive',
    became: 'become', stood: 'stand', understood: 'understand', shot: 'shoot', fought: 'fight', caught: 'catch', taught: 'teach',
    sought: 'seek', forgot: 'forget', hit: 'hit', cut: 'cut', put: 'put', set: 'set', let: 'let', quit: 'quit', heard: 'hear',
    meant: 'mean', sat: 'sit', slept: 'sleep', broke: 'break', broken: 'break', stole: 'steal', stolen: 'steal', flew: 'fly', flown: 'fly',
    threw: 'throw', thrown: 'throw', drew: 'draw', drawn: 'draw', ate: 'eat', eaten: 'eat', wore: 'wear', worn: 'wear', hid: 'hide',
    hidden: 'hide', rode: 'ride', ridden: 'ride', shook: 'shake', swore: 'swear', sworn: 'swear', woke: 'wake', withdrew: 'withdraw',
    withdrawn: 'withdraw', overtook: 'overtake', undertook: 'undertake', men: 'man', women: 'woman', children: 'child', people: 'people',
    countries: 'country', feet: 'foot', lives: 'life', wives: 'wife', mice: 'mouse', better: 'good', best: 'good', worse: 'bad', worst: 'bad',
    news: 'news', series: 'series', species: 'species', politics: 'politics', economics: 'economics', physics: 'physics', was: 'be', were: 'be',
    is: 'be', are: 'be', been: 'be', has: 'have', had: 'have', did: 'do', does: 'do', done: 'do',
  }),
);

/** A light English stemmer: inflections only (plural, -ed, -ing, -ly), so that related forms meet. */
export function stemEn(word: string): string {
  const w = word.toLowerCase();
  const irregular = EN_IRREGULAR.get(w);
  if (irregular) return irregular;
  if (w.length <= 3) return w;
  let s = w;
  if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (/(?:ch|sh|x|zz)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(?:ss|us|is|as)$/.test(s)) s = s.slice(0, -1);
  else if (s.endsWith('ied') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('ing') && s.length > 5) s = undouble(s.slice(0, -3));
  else if (s.endsWith('ed') && s.length > 4 && !s.endsWith('eed')) s = undouble(s.slice(0, -2));
  else if (s.endsWith('ly') && s.length > 5) s = s.slice(0, -2);
  // "launche" (from launches/launched/launching) and "launch" meet by dropping a final e.
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

function undouble(s: string): string {
  return /([bdfgklmnprtvz])\1$/.test(s) && !/(?:ll|ss)$/.test(s) ? s.slice(0, -1) : s;
}

/**
 * A loanword's spelling moved toward Indonesian's (technology → teknologi, scheme → skema, cuticle → kutikula), so that
 * a word outside the lexicon meets its Indonesian form by their first letters.
 */
function cognateSpelling(s: string): string {
  return s.replace(/tion/g, 'si').replace(/sion/g, 'si').replace(/ph/g, 'f').replace(/th/g, 't').replace(/sch/g, 'sk')
    .replace(/ch/g, 'k').replace(/ck/g, 'k').replace(/c(?=[eiy])/g, 's').replace(/c/g, 'k')
    .replace(/q/g, 'k').replace(/x/g, 'ks').replace(/y/g, 'i').replace(/our$/, 'or');
}

export const englishComparison: ComparisonRules = {
  stopWords: STOP_WORDS,
  numberWords: new Map([
    ['one', '1'], ['two', '2'], ['three', '3'], ['four', '4'], ['five', '5'], ['six', '6'], ['seven', '7'], ['eight', '8'], ['nine', '9'], ['ten', '10'],
    ['eleven', '11'], ['twelve', '12'], ['twenty', '20'], ['thirty', '30'], ['fifty', '50'],
    ['thirteen', '13'], ['fourteen', '14'], ['fifteen', '15'], ['sixteen', '16'], ['seventeen', '17'], ['eighteen', '18'], ['nineteen', '19'],
    ['forty', '40'], ['sixty', '60'], ['seventy', '70'], ['eighty', '80'], ['ninety', '90'],
  ]),
  numberScales: new Map(),
  // "will not attend", "n't" is read as "not"; "has yet to pay" is "belum membayar": not yet.
  negations: new Set('not no never nobody nothing none neither nor cannot'.split(' ')),
  negatingPhrases: new Set(['yet to']),
  // "not only … but also": a negation word that does not negate.
  notNegatingNext: new Set('only just merely'.split(' ')),
  // "No 12": an abbreviation of number before a number, not a negation.
  numberSigns: new Set(['no']),
  dateWords: new Set([...MONTHS, ...MONTH_ABBREVIATIONS, ...WEEKDAYS, ...'today yesterday tomorrow tonight week month year last next'.split(' ')]),
  // The extractor's titles, and words that only qualify one ("former", "acting"): dropped before names are compared.
  titles: new Set([...[...TITLES].filter((w) => !w.endsWith('.')), ...'madam pres former acting senior official'.split(' ')]),
  // "the Trump impersonator John Di Domenico": a description before a name is an apposition to it.
  descriptionBeforeName: true,
  // "isn't", "don’t" are a verb and a negation, which carries meaning (tidak, bukan); "won't" is will + not.
  // "Obama's plan" and "the Joneses' house" name Obama and the Joneses.
  wordForms: { negativeClitic: { suffix: "n't", stems: new Map([['ca', 'can'], ['wo', 'will']]) }, possessives: ["'s", "'"] },
  concepts: {
    kind: 'pivot',
    stem: stemEn,
    acronyms: new Map([
      ['US', 'united states'], ['U.S.', 'united states'], ['USA', 'united states'], ['UK', 'united kingdom'], ['UN', 'united nations'],
      ['EU', 'european union'], ['UAE', 'united arab emirates'],
    ]),
    cognateSpelling,
  },
};
