// Subject–predicate structure of a stretch of Indonesian text: comma segments, leading adverbials,
// appositions, `yang` clauses and coordinated predicates.
import {
  ADVERBIAL_OPENERS, ADVERB_SUBJECTS, CHANNEL_WORDS, CLAUSE_MARKERS, CLAUSE_OPENERS, CONJUNCTIONS, DAY_PARTS, DEMONSTRATIVES, FRAME_LINKS, PHRASE_OPENERS,
  PREDICATE_MARKERS, PREPOSITIONS, REL_CLOSERS, REL_ENDING_MARKERS, PRESENTATIONAL, QUESTION_WORDS, REL_TIMES, ROLES, ROLE_DOMAINS, SPEECH_VERBS,
  NAMING_VERBS, SUBJECT_ADVERBS, SUBORDINATORS, CONTACT_ASIDE_OPENERS,
  STATEMENT_NOUNS, TIME_ADVERBS, TIME_HEADS, TRAILING_ADVERBIALS,
} from './lexicon.js';
import { cleaning } from './cleaning.js';

import { opensPredicate, isVerbWord } from './morphology.js';
import { breaksClause, isCapitalized, tokenize, type Token } from './tokens.js';
import { titleAt } from './names.js';
import type { Range } from '../../types.js';

export interface Clause {
  /** The subject as written (null: the clause has none, e.g. a quote "Masih ada …"). */
  subject: Range | null;
  predicate: Range;
  /** Start of the clause with its leading adverbials ("Di awal Oktober, tim transisi …"). */
  start: number;
  /** Whether the clause shares the subject of the clause before it (a coordinated predicate). */
  coordinated: boolean;
  /** A trailing adverbial segment ended the predicate: later segments are not appended. */
  closed?: boolean;
}

interface Segment {
  toks: Token[];
}

/** Split at top-level commas, semicolons, colons and dashes (not inside parentheses or quotes). */
function segments(toks: Token[]): Segment[] {
  const out: Segment[] = [];
  let cur: Token[] = [];
  let depth = 0;
  for (const t of toks) {
    if (/^[-—–]+$/.test(t.core) || (t.core === '' && /[-—–]/.test(t.lead + t.trail))) {
      if (cur.length) out.push({ toks: cur });
      cur = [];
      continue;
    }
    cur.push(t);
    for (const c of t.lead) if (c === '(') depth++;
    for (const c of t.trail) if (c === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && breaksClause(t)) {
      out.push({ toks: cur });
      cur = [];
    }
  }
  if (cur.length) out.push({ toks: cur });
  return out;
}

/** Index in `toks` where the predicate starts, or -1. Index 0 means a subjectless clause. */
function findPredicate(toks: readonly Token[], titleCase = false): number {
  if (!toks.length) return -1;
  const first = toks[0];
  // a capitalised word after the first makes a title ("Ada Apa"), a number does not ("ada 12 desa")
  const verbFirst = (opensPredicate(first, true) || presents(toks)) && !nameBeforeSpeech(toks);
  if ((verbFirst && (toks.length < 2 || !/^\p{Lu}/u.test(toks[1].core))) || (titleCase && opensPredicate(first, true))) return 0;
  let inRel = false;
  let relHead = -1;
  let gap = false;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (t.lower === 'yang') {
      inRel = true;
      relHead = -1;
      continue;
    }
    // "Pedagang bernama Sutrisno mengaku …", "Seorang pria berinisial AS (35) ditangkap …": a naming verb, the name (and
    // "lengkap") and an age in parentheses go on in the subject's noun phrase
    const named = namedAfter(toks, i);
    if (named > i) {
      i = named - 1;
      continue;
    }
    // "kabar ditutupnya Facebook …": a passive in -nya before a name is a noun (the closing of Facebook)
    const nominal = /^(?:di|ter)\p{L}+nya$/u.test(t.lower) && !!toks[i + 1] && isCapitalized(toks[i + 1]);
    // "BI dalam keterangan tertulisnya menyebutkan …": the word after a statement noun in a channel phrase describes it
    const channel = i >= 2 && STATEMENT_NOUNS.has(toks[i - 1].lower) && CHANNEL_WORDS.has(toks[i - 2].lower);
    // "Menteri Keuangan Sri Mulyani hadir dalam rapat itu": a presentational root verb after a name is its predicate
    // (at the head of a clause it presents what follows: "hadir salah satu pendiri X menyalami …")
    const present = PRESENTATIONAL.has(t.lower) && /^\p{Lu}/u.test(toks[i - 1].core) && !/^\p{Lu}/u.test(t.core) && !breaksClause(toks[i - 1]);
    const opens = (opensPredicate(t, titleCase) || present) && !PREPOSITIONS.has(toks[i - 1].lower) && !nominal && !channel;
    // "Bahan yang saat ini ramai dibahas …", "Kabar yang sejauh ini telah beredar …": a time phrase in the relative
    // clause is neither its head nor a gap before the main predicate
    if (inRel && (REL_TIMES.has(t.lower) && toks[i + 1]?.lower === 'ini' || (t.lower === 'ini' && REL_TIMES.has(toks[i - 1].lower)))) continue;
    // "Warga yang mengungsi akan mendapat bantuan": a marker of aspect after the relative clause's own verb opens the
    // main predicate ("yang tidak mampu", "yang sudah tidak tinggal" keep theirs: a marker right after yang or a marker)
    if (inRel && relHead >= 0 && i > relHead && REL_ENDING_MARKERS.has(t.lower) && !PREDICATE_MARKERS.has(toks[i - 1].lower)
      && opensPredicate(toks[i - 1]) && toks[i + 1] && opensPredicate(toks[i + 1])) return i;
    // "Barang bukti yang disita adalah sabu …", "Daerah yang terdampak meliputi Bekasi …": a copula or a list word after
    // the relative clause's verb opens the main predicate; a relative verb is never followed by one of its own
    const listing = REL_CLOSERS.has(t.lower) || (t.lower === 'antara' && toks[i + 1]?.lower === 'lain');
    if (inRel && relHead >= 0 && i > relHead && listing && opensPredicate(toks[relHead], titleCase) && toks[i + 1]) return i;
    if (inRel) {
      if (relHead < 0) {
        relHead = i;
        // "Banyak ilmuwan yang mengatakan bahwa …": a focus `yang` before the main predicate.
        if (toks[i + 1]?.lower === 'bahwa' && i >= 2) return i;
      } else if (opens && (gap || !opensPredicate(toks[relHead], titleCase))) return i;
      else if (!opens) gap = true;
      continue;
    }
    if (opens) return speechVerbAhead(toks, i);
  }
  return -1;
}

/** After a naming verb at i and its name ("bernama (lengkap) Siti Aminah", "berinisial AS (35)"), the next token; else i. */
function namedAfter(toks: readonly Token[], i: number): number {
  // right after its noun: "yang (juga) bernama X" is a relative clause, read as one
  if (i < 1) return i;
  const before = toks[i - 1];
  if (!NAMING_VERBS.has(toks[i].lower) || breaksClause(before) || before.lower === 'yang' || PREDICATE_MARKERS.has(before.lower)) return i;
  let k = i + 1;
  if (toks[k]?.lower === 'lengkap') k++;
  const start = k;
  while (k < toks.length && k < start + 4 && isCapitalized(toks[k])) {
    k++;
    if (breaksClause(toks[k - 1])) return k;
  }
  if (k === start) return i;
  if (k < toks.length && toks[k].lead === '(' && toks[k].trail.startsWith(')') && /^\d{1,3}$/.test(toks[k].core)) k++;
  // with no predicate after the name, the naming verb is the predicate: "kedua tersangka berinisial AS dan RD"
  return toks.slice(k).some((t) => opensPredicate(t)) ? k : i;
}

/**
 * "Muncul anggapan bahwa …", "Timbul kekhawatiran di kalangan pedagang": a presentational verb opening the clause has no
 * subject before it, when what it presents runs to bahwa, yang, a preposition or the segment's end; "hadir salah satu
 * pendiri X menyalami …" is a subject with its own verb after it.
 */
function presents(toks: readonly Token[]): boolean {
  if (toks.length < 2 || !PRESENTATIONAL.has(toks[0].lower) || !/^\p{Ll}/u.test(toks[1].core)) return false;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k];
    if (t.lower === 'bahwa' || t.lower === 'yang' || PREPOSITIONS.has(t.lower)) return true;
    if (opensPredicate(t)) return false;
  }
  return true;
}

/**
 * "Dimas mengatakan …", "Terawan menjelaskan …": a capitalised word shaped like a di-/ter-/ber- verb but with no verbal
 * suffix, right before a verb of saying, is the speaker's name ("Dikatakan …" and "Diharapkan menjadi …" keep theirs).
 */
function nameBeforeSpeech(toks: readonly Token[]): boolean {
  const [first, second] = toks;
  return !!second && /^\p{Lu}\p{Ll}/u.test(first.core) && !/(?:kan|i|nya)$/.test(first.lower) && !PREDICATE_MARKERS.has(first.lower)
    && SPEECH_VERBS.has(second.lower);
}

/**
 * "Sebuah kajian tentang rencana nasional mengurangi karbon mengatakan bahwa …": a verb inside the subject's
 * noun phrase gives way to a later "<speech verb> bahwa" with nothing predicate-like between them.
 */
function speechVerbAhead(toks: readonly Token[], i: number): number {
  if (SPEECH_VERBS.has(toks[i].lower) || PREDICATE_MARKERS.has(toks[i].lower)) return i;
  for (let j = i + 1; j < Math.min(toks.length - 1, i + 6); j++) {
    const t = toks[j];
    if (SPEECH_VERBS.has(t.lower) && toks[j + 1].lower === 'bahwa') return j;
    if (PREDICATE_MARKERS.has(t.lower) || CONJUNCTIONS.has(t.lower) || t.lower === 'yang' || t.lower === 'bahwa' || breaksClause(t)) return i;
  }
  return i;
}

/** A part that describes the name before it: a degree ("S.Kep", "M.Si.") or "selaku/sebagai <role>". */
const appositive = (t: Token) => /^(?:selaku|sebagai)$/.test(t.lower) || (ROLES.has(t.lower) || ROLES.has(t.lower + '.')) && t.core.includes('.') && t.core.length > 2;

/**
 * A segment opened by an adverbial word ("Saat polisi tiba, …", "Dalam razia itu, …"); not a time phrase with a
 * demonstrative, which dates the clause it opens ("Saat itu juga dilakukan penggeledahan …").
 */
const isAdverbial = (seg: Segment) => (ADVERBIAL_OPENERS.has(seg.toks[0].lower) && !timeDemonstrative(seg.toks)) || notOnly(seg.toks);
/** "Tak hanya di Surabaya, …": "not only" before a place or time phrase frames the clause after it. */
const notOnly = (toks: readonly Token[]) => /^(?:tak|tidak|bukan)$/.test(toks[0].lower) && /^(?:hanya|saja|cuma)$/.test(toks[1]?.lower ?? '')
  && PREPOSITIONS.has(toks[2]?.lower ?? '');
/** Words that never end a subject: conjunctions, prepositions, subordinators. */
const DANGLING = new Set([...CONJUNCTIONS, ...PREPOSITIONS, ...TRAILING_ADVERBIALS, ...SUBORDINATORS]);
const timeDemonstrative = (toks: readonly Token[]) => TIME_HEADS.has(toks[0].lower) && /^(?:itu|ini)$/.test(toks[1]?.lower ?? '');
const isRoleWord = (t: Token) => ROLES.has(t.lower) || ROLE_DOMAINS.has(t.lower);

/** Of the comma-separated parts before a predicate, the one that names the actor (appositions). */
function pickSubject(parts: Segment[]): Segment {
  const named = parts.filter((p) => p.toks[0].lower !== 'yang');
  if (named.length <= 1) return named[0] ?? parts[0];
  const [head, ...rest] = named;
  // "Warga Dayeuhkolot, Siti Aminah (45), mengaku …": a name with an age in parentheses is the person the parts describe
  const aged = rest.find((p) => p.toks.length >= 2 && isCapitalized(p.toks[0]) && isAge(p.toks[p.toks.length - 1]));
  if (aged) return aged;
  const descriptive = !isCapitalized(head.toks[0]) || isRoleWord(head.toks[0]) || head.toks.some((t) => !isCapitalized(t) && !ROLE_DOMAINS.has(t.lower));
  // "Juru bicara Polda Metro Jaya, Kombes Yusri Yunus, mengatakan …": a name after its rank is a name too
  const ranked = (toks: readonly Token[]) => {
    const k = toks.findIndex((t) => !isRoleWord(t));
    return k > 0 && toks.length - k >= 1 && toks.every((t) => isCapitalized(t));
  };
  const name = rest.find((p) => isCapitalized(p.toks[0]) && (!isRoleWord(p.toks[0]) || ranked(p.toks)));
  if (descriptive && name) return name;
  return head;
}

const span = (toks: readonly Token[]): Range => [toks[0].coreStart, toks[toks.length - 1].coreEnd];

/** An age in parentheses after a name: "(45)", "(45 tahun)" is one token here only as "(45)". */
const isAge = (t: Token) => t.lead.includes('(') && t.trail.includes(')') && /^\d{1,3}$/.test(t.core);

/**
 * "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan …", "Polri, TNI, dan Satpol PP menggelar …":
 * capitalised parts before a subject opened by "dan"/"serta" list one name, or several actors: the subject is the
 * whole list. Null unless every part before is one to four capitalised words and the subject is capitalised after its
 * conjunction.
 */
function listSubject(pending: readonly Segment[], subj: readonly Token[]): Range | null {
  if (!pending.length || subj.length < 2 || !/^(?:dan|serta)$/.test(subj[0].lower) || !subj.slice(1).every(isCapitalized)) return null;
  if (!pending.every((p) => p.toks.length <= 4 && p.toks.every(isCapitalized) && !isRoleWord(p.toks[0]))) return null;
  return [pending[0].toks[0].coreStart, subj[subj.length - 1].coreEnd];
}

/** The clauses of text[from, to). `titleCase`: a headline, where verbs may be capitalised. */
export function parseClauses(text: string, from: number, to: number, titleCase = false): Clause[] {
  const segs = segments(tokenize(text, from, to));
  const clauses: Clause[] = [];
  let pending: Segment[] = [];
  let leadStart = -1;
  for (const seg of segs) {
    let toks = seg.toks;
    let conj = false;
    while (toks.length > 1 && CLAUSE_OPENERS.has(toks[0].lower) && !(toks[0].lower === 'dan' && !clauses.length && pending.length)) {
      toks = toks.slice(1);
      conj = true;
    }
    const phrase = PHRASE_OPENERS.find((p) => toks.length > p.length && p.every((w, k) => toks[k].lower === w) && !breaksClause(toks[p.length - 1]));
    if (phrase) {
      toks = toks.slice(phrase.length);
      conj = true;
    }
    if (!toks.length) continue;
    // "Menteri X, Senin (2/11/2015), menyatakan …", "Budi, saat ditemui di kantornya, mengatakan …": between a subject
    // set apart by commas and its verb, a day with its date or a reporter's aside on where the speaker was reached is
    // no part of the subject (the day still dates the clause: dates are read from the text, not from clauses).
    if (pending.length && !clauses.length && !conj && seg !== segs[segs.length - 1] && betweenAside(toks)) continue;
    const s: Segment = { toks };
    if (clauses.length && !conj && bahwaOpen(text, clauses[clauses.length - 1])) {
      extend(clauses, toks);
      continue;
    }
    if (toks.length > 2 && FRAME_LINKS.has(toks[0].lower) && clauses.length === 1 && existentialFrame(text, clauses[0])) {
      // "Ada saatnya, …, ketika ia merasa …": the frame says nothing; the ketika clause is the claim.
      clauses.pop();
      toks = toks.slice(1);
      s.toks = toks;
      leadStart = -1;
    } else if (clauses.length && !conj && TRAILING_ADVERBIALS.has(toks[0].lower)) {
      clauses[clauses.length - 1].closed = true;
      continue;
    }
    if (clauses.length && toks[0].lower === 'dengan' && toks.length > 1 && isVerbWord(toks[1].lower)) {
      toks = toks.slice(1);
      conj = true;
    }
    // "Mereka menjawab ke CNBC, bahwa …": a bahwa complement after a comma still belongs to the verb before it
    if (toks[0].lower === 'bahwa' && clauses.length && !pending.length && !conj) {
      extend(clauses, toks);
      continue;
    }
    if (toks[0].lower === 'yang' && !titleAt(toks, 0)) {
      if (clauses.length && !pending.length) extend(clauses, toks);
      continue;
    }
    // "… peredaran permen di Surabaya, Jawa Timur yang diduga mengandung …": the region of a place just named, and
    // what follows it, go on with the clause before
    if (clauses.length && !pending.length && !conj && placeGoesOn(segs[segs.indexOf(seg) - 1]?.toks, toks)) {
      extend(clauses, toks);
      continue;
    }
    let p = findPredicate(toks, titleCase);
    const last = seg === segs[segs.length - 1];
    // "Dalam penggeledahan itu ditemukan empat ponsel, …": a presentational verb after the adverbial is the clause
    // (a place or time phrase, not a subordinate clause: "Meskipun ada rilis foto, polisi …")
    const presents = p > 1 && PRESENTATIONAL.has(toks[p].lower) && PREPOSITIONS.has(toks[0].lower);
    // "Seperti dilansir Kompas.com dari Detik.com, Selasa (14/11)": "as reported by …" frames a clause, and is none
    const asReported = p === 1 && /^(?:seperti|sebagaimana)$/.test(toks[0].lower) && /^di\p{L}{3,}$/u.test(toks[1].lower);
    if (asReported) {
      if (!clauses.length && !pending.length) leadStart = leadStart < 0 ? seg.toks[0].start : leadStart;
      continue;
    }
    if (p < 0 || (!clauses.length && !pending.length && isAdverbial(s) && !isVerbWord(toks[0].lower) && (p === 0 || !last) && !presents)) {
      if (clauses.length) extend(clauses, toks);
      else if (isAdverbial(s) && !pending.length) leadStart = leadStart < 0 ? seg.toks[0].start : leadStart;
      else pending.push(s);
      continue;
    }
    // "Seorang petugas yang terpancing ucapan napi dan menembakkan peluru …": `yang` focuses the subject of two predicates
    const focus = p > 0 ? focusYang(toks, p) : -1;
    // "hanya sembilan orang yang melaporkan …": "hanya" opens the focused subject here, not a predicate
    const only = p === 0 && !clauses.length && (toks[0].lower === 'hanya' || toks[0].lower === 'cuma') ? focusYang(toks, -1) : -1;
    if (only > 0) p = only + 1;
    else if (focus > 0) {
      segs.splice(segs.indexOf(seg) + 1, 0, { toks: toks.slice(p - 1) });
      toks = toks.slice(0, p - 1);
      p = focus + 1;
    }
    const split = coordinationSplit(toks, p);
    if (split > 0) {
      segs.splice(segs.indexOf(seg) + 1, 0, { toks: toks.slice(split) });
      toks = toks.slice(0, split);
    }
    const start = leadStart >= 0 && !clauses.length ? leadStart : (pending[0]?.toks[0].start ?? toks[0].start);
    // "Bahan yang beredar itu, kata Budi, sama sekali tidak benar": adverbs alone are no subject (from === to)
    const bounds = p > 0 ? subjectBounds(toks, p) : { from: 0, to: 0, predicate: 0 };
    // "…, dan jaga jalan napas dengan menopang dagu serta tidak memberi …", "Kasihan para pedagang jika disita": words
    // ending in a conjunction or a preposition are no subject; the segment is one subjectless predicate
    if (bounds.from < bounds.to && DANGLING.has(toks[bounds.to - 1].lower)) {
      if (clauses.length) {
        extend(clauses, toks);
        continue;
      }
      clauses.push({ subject: null, predicate: [toks[0].coreStart, toks[toks.length - 1].coreEnd], start, coordinated: false });
      pending = [];
      continue;
    }
    const predicate: Range = [toks[bounds.predicate].coreStart, toks[toks.length - 1].coreEnd];
    if (bounds.from < bounds.to && pending.length && !clauses.length && appositive(toks[bounds.from])) {
      // "Ns. Rina Wati, S.Kep selaku Kepala Ruang Anak juga …": degrees and roles after the name are no subject
      clauses.push({ subject: span(pickSubject(pending).toks), predicate, start, coordinated: false });
    } else if (bounds.from < bounds.to) {
      const subj = toks.slice(bounds.from, bounds.to);
      const subject = toks[bounds.to]?.lower === 'yang' ? focusSpan(subj) : (!clauses.length && listSubject(pending, subj)) || span(subj);
      clauses.push({ subject, predicate, start: clauses.length ? toks[0].start : start, coordinated: false });
    } else if (pending.length && !clauses.length) {
      clauses.push({ subject: span(pickSubject(pending).toks), predicate, start, coordinated: false });
    } else if (clauses.length && (conj || (isVerbWord(toks[0].lower) && !/^(?:di|ter)/.test(toks[0].lower)))) {
      const prev = clauses[clauses.length - 1];
      clauses.push({ subject: prev.subject, predicate, start: leadStart >= 0 ? prev.start : toks[0].start, coordinated: true });
    } else if (clauses.length) {
      extend(clauses, toks);
      continue;
    } else {
      clauses.push({ subject: null, predicate, start, coordinated: false });
    }
    pending = [];
  }
  // "…, hanya sembilan orang yang melaporkan isu itu": a cleft with no other predicate; `yang` focuses the subject
  const cleft = !clauses.length && pending.length ? focusYang(pending[0].toks, -1) : -1;
  if (cleft > 0) {
    const toks = pending[0].toks;
    const end = pending[pending.length - 1].toks;
    const predicate: Range = [toks[cleft + 1].coreStart, end[end.length - 1].coreEnd];
    clauses.push({ subject: focusSpan(toks.slice(0, cleft)), predicate, start: leadStart >= 0 ? leadStart : toks[0].start, coordinated: false });
  }
  // "Ternyata, informasi tersebut salah besar": no predicate word anywhere, a demonstrative closes the subject
  const last = pending[pending.length - 1]?.toks;
  const dem = !clauses.length && last ? last.findIndex((t, k) => k >= 1 && DEMONSTRATIVES.has(t.lower) && !breaksClause(t)) : -1;
  if (dem > 0 && dem + 1 < last.length && !PREPOSITIONS.has(last[0].lower) && !ADVERBIAL_OPENERS.has(last[0].lower)) {
    const next = last[dem + 1];
    if (!isCapitalized(next) && next.lower !== 'yang' && !PREPOSITIONS.has(next.lower) && !TRAILING_ADVERBIALS.has(next.lower)) {
      const predicate: Range = [next.coreStart, last[last.length - 1].coreEnd];
      clauses.push({ subject: span(last.slice(0, dem + 1)), predicate, start: leadStart >= 0 ? leadStart : last[0].start, coordinated: false });
    }
  }
  return clauses;
}

/**
 * The `yang` of a focus construction in toks, or -1: a noun phrase of at most six words, `yang`, then a predicate,
 * with either no main predicate after it (p < 0: "hanya sembilan orang yang melaporkan …") or the main predicate
 * found right after "dan" (p: "seorang petugas yang terpancing ucapan napi dan menembakkan …"), which then
 * coordinates with the predicate after `yang`.
 */
/** Words ending in -lah that are not the emphatic particle. */
const LAH_WORDS = new Set([
  'sekolah', 'masalah', 'jumlah', 'sejumlah', 'istilah', 'kalah', 'salah', 'telah', 'allah', 'olah', 'wilayah', 'celah', 'kilah', 'bilah',
  'belah', 'lelah', 'madrasah', 'musibah',
]);

/** A focused subject without its emphatic -lah: "pedagang kecillah yang menjadi ujung tombak" → pedagang kecil. */
function focusSpan(subj: readonly Token[]): Range {
  const last = subj[subj.length - 1];
  const lah = last.lower.length >= 6 && last.lower.endsWith('lah') && !LAH_WORDS.has(last.lower);
  return [subj[0].coreStart, last.coreEnd - (lah ? 3 : 0)];
}

function focusYang(toks: readonly Token[], p: number): number {
  const k = toks.findIndex((t) => t.lower === 'yang');
  if (k < 1 || k > 6 || k + 1 >= toks.length || !opensPredicate(toks[k + 1]) || PREPOSITIONS.has(toks[0].lower)) return -1;
  // "Siapa penjualnya dan berapa jumlah barang yang disita": a question that lost its mark
  if (QUESTION_WORDS.has(toks[0].lower)) return -1;
  if (toks.slice(0, k).some((t) => breaksClause(t))) return -1;
  if (p < 0) return k;
  if (p <= k + 2 || toks[p - 1].lower !== 'dan' || toks.slice(k + 1, p - 1).some((t) => t.lower === 'yang')) return -1;
  // "Murid yang lolos seleksi dan mewakili provinsi berangkat besok": a later predicate after a noun is the main one
  // (up to a subordinate phrase; "terjadinya" is a noun)
  for (let j = p + 2; j < toks.length && !PREPOSITIONS.has(toks[j - 1].lower) && toks[j - 1].lower !== 'yang'; j++) {
    const before = toks[j - 1];
    if (opensPredicate(toks[j]) && !toks[j].lower.endsWith('nya') && !opensPredicate(before) && !/^(?:dan|atau|serta)$/.test(before.lower)) return -1;
  }
  return k;
}

const WEEKDAYS = new Set(cleaning.weekdays);

/** A day with its date ("Senin (2/11/2015)", "Kamis malam") or "saat ditemui di kantornya": see parseClauses. */
function betweenAside(toks: readonly Token[]): boolean {
  const day = WEEKDAYS.has(toks[0].lower) || toks[0].lower === 'pada' && WEEKDAYS.has(toks[1]?.lower ?? '');
  if (day) return toks.slice(toks[0].lower === 'pada' ? 2 : 1).every((t) => /^[\d/.-]+$/.test(t.core) || DAY_PARTS.has(t.lower));
  return toks.length >= 2 && CONTACT_ASIDE_OPENERS.has(toks[0].lower) && /^di\p{Ll}{3,}$/u.test(toks[1].lower);
}

/**
 * Where the subject toks[from, to) and the predicate of a clause begin, given the predicate found at p > 0:
 * - a trailing "yang" is left out ("Banyak ilmuwan yang mengatakan …");
 * - a time adverb before the subject without a comma is dropped ("Saat ini biaya logistik …", "Sampai saat ini
 *   pemerintah belum …", "Kini harga …");
 * - a time phrase after the subject is dropped ("Budi pada Senin (12/3) mengatakan …", "Polisi kemarin menangkap …");
 * - sentence adverbs after the subject open the predicate ("Budi kemudian mengaitkan …", "Hal ini rupanya dipicu …"),
 *   and an emphatic "sendiri" is dropped ("Budi dan Ani sendiri adalah …");
 * - a subject of adverbs only ("sama sekali tidak bisa …", "seharusnya dibayar …") is none: from === to.
 */
function subjectBounds(toks: readonly Token[], p: number): { from: number; to: number; predicate: number } {
  let from = 0;
  let to = p;
  let predicate = p;
  if (to > 1 && toks[to - 1].lower === 'yang') to--;
  if (toks.slice(0, to).every((t) => ADVERB_SUBJECTS.has(t.lower))) return { from: 0, to: 0, predicate: 0 };
  // "Mengutip Antara, Jumat (9/3/2018) memberitakan …": a day with its date says when, and is no subject
  if (WEEKDAYS.has(toks[0].lower) && toks.slice(1, to).every((t) => /^[\d/.-]+$/.test(t.core) || DAY_PARTS.has(t.lower))) return { from: 0, to: 0, predicate: p };
  // "Saat ini biaya logistik …", "Sampai saat ini pemerintah …", "Sejauh ini polisi …", "Sebelumnya ia mengatakan …"
  const lead = /^(?:sampai|hingga) saat ini |^(?:saat|kali|hari|tahun|pekan|minggu|bulan|sejauh|selama|hingga|sampai) ini |^(?:kini|sekarang|nantinya|kemarin|besok|justru|sebelumnya|selanjutnya|kemudian|akhirnya) /
    .exec(toks.slice(0, Math.min(to, 4)).map((t) => t.lower).join(' ') + ' ');
  if (lead) {
    const n = lead[0].trim().split(' ').length;
    if (to - n >= 1) from = n;
  }
  // "Saat itu juga dilakukan penggeledahan …": a time phrase alone is no subject
  if (to === 2 && timeDemonstrative(toks)) return { from: 0, to: 0, predicate: p };
  while (to - from > 1 && SUBJECT_ADVERBS.has(toks[to - 1].lower) && !breaksClause(toks[to - 2])) predicate = --to;
  // "Tarif tersebut antara lain menyasar …": "antara lain" (among others) qualifies the predicate
  if (to - from > 2 && toks[to - 2].lower === 'antara' && toks[to - 1].lower === 'lain' && !breaksClause(toks[to - 3])) predicate = to -= 2;
  // "KPK sebelumnya memeriksa 12 saksi": after a name "sebelumnya" is an adverb of the predicate ("kasus sebelumnya" is
  // the previous case); a capitalised word opening the sentence is a name only as an acronym or with more names before it
  const named = /^[\p{Lu}\p{N}]{2,}$/u.test(toks[to - 2]?.core ?? '') || (to - 2 > from && toks.slice(from, to - 1).every((t) => isCapitalized(t)));
  if (to - from > 1 && toks[to - 1].lower === 'sebelumnya' && named && !breaksClause(toks[to - 2])) predicate = --to;
  if (to - from > 1 && toks[to - 1].lower === 'sendiri') to--;
  // "Budi pada Senin (12/3) mengatakan …", "Polisi kemarin menangkap …", "Budi, Senin (12/3), mengatakan …"
  for (let k = from + 1; k < to; k++) {
    const t = toks[k];
    const day = WEEKDAYS.has(t.lower) || TIME_ADVERBS.has(t.lower) || (t.lower === 'hari' && toks[k + 1]?.lower === 'ini');
    if (day || (t.lower === 'pada' && k + 1 < to && (WEEKDAYS.has(toks[k + 1].lower) || /^\d/.test(toks[k + 1].core)))) {
      to = k;
      break;
    }
  }
  return { from, to, predicate };
}

/** A subjectless "Ada saatnya" / "Ada kalanya": an existential frame for the clause that follows. */
function existentialFrame(text: string, c: Clause): boolean {
  if (c.subject) return false;
  const toks = tokenize(text, c.predicate[0], c.predicate[1]);
  return toks.length <= 2 && toks[0].lower === 'ada';
}

/**
 * Index of a bare "dan" joining a second predicate or clause, or -1:
 * - a predicate after a long first one ("… di kelas 4 dan lebih baik …"); after a short one the verbs share an
 *   object or a plan ("memiliki banyak ilmuwan dan berencana …" stays one claim);
 * - a clause with a subject of its own after a first clause with its own ("Rutan sudah kondusif dan para penghuni
 *   sudah tenang"), not a second noun of a subjectless passive ("Diharapkan para orang tua dan anak-anak tetap …").
 * Not inside a relative clause ("petugas yang menyita ponsel dan memukul …"), a bahwa complement or a purpose
 * ("dianjurkan untuk mengambil jarum dan mensterilkannya").
 */
function coordinationSplit(toks: readonly Token[], p: number): number {
  let inRel = false;
  for (let k = p + 1; k < toks.length - 1; k++) {
    if (toks[k].lower === 'yang' || (PREPOSITIONS.has(toks[k].lower) && isVerbWord(toks[k + 1].lower))) inRel = true;
    if (toks[k].lower === 'bahwa') return -1;
    if (toks[k].lower !== 'dan' || inRel) continue;
    if (k >= p + 5 && opensPredicate(toks[k + 1]) && !PREPOSITIONS.has(toks[k + 1].lower)) return k;
    if (p > 0 && k >= p + 2 && !breaksClause(toks[k - 1]) && ownSubjectAt(toks, k + 1)) return k;
  }
  return -1;
}

/** A noun phrase of one to four plain words at `from`, then an aspect or a verb: "para penghuni rutan sudah tenang". */
function ownSubjectAt(toks: readonly Token[], from: number): boolean {
  for (let j = from; j < toks.length && j < from + 5; j++) {
    const t = toks[j];
    if (j > from && opensPredicate(t) && !PREPOSITIONS.has(toks[j - 1].lower)) {
      return CLAUSE_MARKERS.has(t.lower) || (isVerbWord(t.lower) && !t.lower.endsWith('nya'));
    }
    const stop = breaksClause(t) || t.lower === 'yang' || PREPOSITIONS.has(t.lower) || TRAILING_ADVERBIALS.has(t.lower) || CONJUNCTIONS.has(t.lower);
    if (stop || opensPredicate(t) || /^\d/.test(t.core) || t.lower.endsWith('nya')) return false;
  }
  return false;
}

/**
 * A segment that opens with the region of the place ending the segment before ("di Surabaya, | Jawa Timur yang …"):
 * two or more capitalised words, no role, and then nothing, `yang` or a lower-case word that is no predicate marker.
 */
function placeGoesOn(before: readonly Token[] | undefined, toks: readonly Token[]): boolean {
  if (!before || before.length < 2) return false;
  const at = before.length - 1;
  if (!isCapitalized(before[at]) || !/^(?:di|ke|dari)$/.test(before[at - 1].lower)) return false;
  let k = 0;
  while (k < toks.length && isCapitalized(toks[k]) && !isRoleWord(toks[k])) k++;
  if (k < 2) return false;
  return k === toks.length || toks[k].lower === 'yang' || breaksClause(toks[k - 1]);
}

/** A clause whose predicate reports a "bahwa" complement: what follows belongs to the complement. */
function bahwaOpen(text: string, c: Clause): boolean {
  return / baha?wa /.test(text.slice(c.predicate[0], Math.min(c.predicate[1] + 1, c.predicate[0] + 300)));
}

function extend(clauses: Clause[], toks: readonly Token[]) {
  const last = clauses[clauses.length - 1];
  if (last.closed) return;
  last.predicate = [last.predicate[0], toks[toks.length - 1].coreEnd];
}
