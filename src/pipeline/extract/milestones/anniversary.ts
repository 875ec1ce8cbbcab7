/**
 * Anniversaries: the count N («30 лет», «70-летие», "70th anniversary") and the historical fact
 * it counts from (knowledge facts: diplomatic relations, Victory…), so the anniversary can be
 * dated (fact year + N) and a founding event derived (anniversary date − N).
 */
import type { Language, PartialDate } from '../../../schema/dataset';
import type { MilestoneDraft } from '../../types';
import { factById, factIn, type Fact } from './knowledge';
import { ANNIVERSARY_SUBJECTS, NUMBER_WORDS } from './lexicon';
import raw from '../../knowledge/event-lexicon.json';
import { rx } from '../regex';
import { countOf, countWords } from './count-words';

const A_LETTER = rx(/\p{L}/u);

/** What an anniversary clause says: how many years, and of what. */
export interface Anniversary {
  n: number;
  /** The fact counted from, or null when the subject is not recognised. */
  fact: Fact | null;
  /** Title wording: "diplomatic relations" / «установления дипломатических отношений». */
  ofEn: string | null;
  ofRu: string | null;
  /** Title of the founding event. */
  foundingEn: string | null;
  foundingRu: string | null;
}

const N_RU = [
  rx(/(?<![\p{L}\d])(\d{1,3})\s*-?\s*(?:лети\p{L}*|летн\p{L}*)/iu),
  rx(/(?<![\p{L}\d])(\d{1,3})\s*-?\s*(?:я|й|ю|ой)?\s+годовщин\p{L}*/iu),
  rx(/(?<![\p{L}\d])(\d{1,3})\s+(?:лет|года?)(?![\p{L}])/iu),
];
const N_EN = [
  rx(/(?<![\p{L}\d])(\d{1,3})(?:st|nd|rd|th)?[- ]anniversary/iu),
  rx(/(?<![\p{L}\d])(\d{1,3})\s+years\s+(?:since|of)/iu),
  // "the base is marking 20 years this month": the years a subject marks.
  rx(/(?:^|[^\p{L}])(?:marks|marked|marking|celebrates|celebrated|celebrating)\s+(\d{1,3})\s+years(?![\p{L}])/iu),
];
/** The kind of fact whose anniversary is kept on its own day every year (knowledge facts: Victory Day, the war's start). */
const FIXED_DAY_KIND = 'commemoration';
/** Kinds of fact whose date is a founding step worth its own derived milestone. */
const FOUNDING_KINDS = new Set(['founding', 'treaty', 'membership']);

const ORD = raw.anniversaryOrdinals;
/** «первую годовщину», "first anniversary": an ordinal word right before the anniversary noun. */
const ORDINAL: Record<Language, { re: RegExp; n: Record<string, number> }> = {
  ru: { re: rx(`(?<![\\p{L}-])(${Object.keys(ORD.ru).join('|')})(?:ую|ая|ой|ый|ий|ья|ью|ей|ьей|ье|его|ого|ему|ому|ом)\\s+годовщин`, 'iu'), n: ORD.ru },
  en: { re: rx(`(?<![\\p{L}-])(${Object.keys(ORD.en).join('|')})\\s+anniversary`, 'iu'), n: ORD.en },
};

const CARD = raw.anniversaryCardinals;
const cardinalAlternation = (words: Record<string, number>) =>
  Object.keys(words)
    .sort((a, b) => b.length - a.length)
    .join('|');
/** "marks five years since", «исполняется пять лет со дня»: a cardinal word counting the years elapsed. */
const CARDINAL: Record<Language, { re: RegExp; n: Record<string, number> }> = {
  ru: { re: rx(`(?<![\\p{L}-])(${cardinalAlternation(CARD.ru)})\\s+(?:лет|года?)\\s+(?:со дня|с момента)`, 'iu'), n: CARD.ru },
  en: { re: rx(`(?<![\\p{L}-])(${cardinalAlternation(CARD.en)})\\s+years?\\s+since`, 'iu'), n: CARD.en },
};

/**
 * «базе исполнится шесть лет», «девять лет исполнилось», «отметила десять лет», "marks nine years": a count word
 * (dates/lexicon) of the years a subject turns or marks, with no «со дня» / "since" after it.
 */
const TURNS: Record<Language, RegExp> = {
  ru: rx(`(?<![\\p{L}])(?:исполн\\p{L}*\\s+(${countWords('ru')})\\s+(?:лет|года?)|(${countWords('ru')})\\s+(?:лет|года?)\\s+исполн\\p{L}*|отмети\\p{L}*\\s+(${countWords('ru')})\\s+(?:лет|года?))(?![\\p{L}])`, 'iu'),
  en: rx(`(?<![\\p{L}])(?:marks|marked|marking|celebrates|celebrated|celebrating)\\s+(${countWords('en')})\\s+years(?![\\p{L}])`, 'iu'),
};

const wordNumber = (text: string, lang: Language): number | null => {
  const o = text.match(ORDINAL[lang].re);
  if (o) return (ORDINAL[lang].n as Record<string, number>)[o[1]!.toLowerCase()] ?? null;
  const c = text.match(CARDINAL[lang].re);
  if (c) return (CARDINAL[lang].n as Record<string, number>)[c[1]!.toLowerCase()] ?? null;
  const t = text.match(TURNS[lang]);
  if (t) return countOf((t[1] ?? t[2] ?? t[3])!, lang);
  const lower = text.toLowerCase();
  for (const [w, n] of Object.entries(NUMBER_WORDS[lang])) {
    const at = lower.indexOf(w);
    if (at >= 0 && (at === 0 || !A_LETTER.test(lower[at - 1]!))) return n;
  }
  return null;
};

/** Reads N and the subject from an anniversary clause; null when no count is given. */
export function readAnniversary(text: string, lang: Language): Anniversary | null {
  let n: number | null = null;
  for (const re of lang === 'ru' ? N_RU : N_EN) {
    const m = text.match(re);
    if (m) {
      n = Number(m[1]);
      break;
    }
  }
  n ??= wordNumber(text, lang);
  if (!n || n > 500) return null;
  const subject = ANNIVERSARY_SUBJECTS.find((s) => s.re[lang].test(text));
  if (subject) return { n, fact: factById(subject.fact), ofEn: subject.ofEn, ofRu: subject.ofRu, foundingEn: subject.foundingEn, foundingRu: subject.foundingRu };
  const fact = factIn(text, lang);
  if (!fact) return { n, fact: null, ofEn: null, ofRu: null, foundingEn: null, foundingRu: null };
  return { n, fact, ofEn: fact.keywordsEn[0] ?? null, ofRu: fact.keywordsRu[0] ?? null, foundingEn: fact.descriptionEn, foundingRu: fact.descriptionRu };
}

/** The anniversary's year from the fact it counts from (fact year + N), or null. */
export function anniversaryYear(a: Anniversary, article: PartialDate | null = null): PartialDate | null {
  if (!a.fact) return null;
  const year = String(Number(a.fact.date.slice(0, 4)) + a.n);
  // An article of the anniversary's own month, on or after its day, tells the day itself. Before it, a commemoration held
  // on its fixed day (Victory Day: «на празднование 65-летия Победы отправится делегация» of May 5 is of May 9) is of that
  // day too; other jubilees are marked by events on days of their own (a base's ceremony a week before its date).
  const day = `${year}${a.fact.date.slice(4)}`;
  const sameMonth = /^\d{4}-\d{2}-\d{2}$/.test(a.fact.date) && article?.length === 10 && article.slice(0, 7) === day.slice(0, 7);
  return sameMonth && (article! >= day || a.fact.kind === FIXED_DAY_KIND) ? day : year;
}

/** True when the anniversary's fact is a founding step (relations, a treaty), not a commemoration. */
export function impliesFounding(a: Anniversary): boolean {
  return Boolean(a.fact && FOUNDING_KINDS.has(a.fact.kind));
}

/** The date N years before `date`, keeping its precision (`2022-03` − 30 → `1992-03`). */
export function yearsBefore(date: PartialDate, n: number): PartialDate {
  return `${String(Number(date.slice(0, 4)) - n).padStart(4, '0')}${date.slice(4)}`;
}

/** English ordinal of a count: 1st, 22nd, 30th. */
export function ordinal(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

/** "30th anniversary of diplomatic relations" / «30-летие установления дипломатических отношений». */
export function anniversaryLabel(a: Anniversary): { labelEn: string; labelRu: string } {
  return {
    labelEn: a.ofEn ? `${ordinal(a.n)} anniversary of ${a.ofEn}` : `${ordinal(a.n)} anniversary`,
    labelRu: a.ofRu ? `${a.n}-летие ${a.ofRu}` : `${a.n}-летие`,
  };
}

/** The founding event an anniversary implies: N years before it, same precision. */
export function founding(m: MilestoneDraft, a: Anniversary, at: PartialDate): MilestoneDraft {
  const n = a.n;
  // Every field in the drafts' one order, not `{ ...m, … }`: V8 gives a spread copy a hidden class of its own.
  return {
    date: yearsBefore(at, n),
    dateEvidence: `${at} minus ${n} years (the ${ordinal(n)} anniversary)`,
    type: 'anniversary',
    status: 'past',
    titleEn: (a.foundingEn ?? 'Founding event').slice(0, 80),
    titleRu: (a.foundingRu ?? 'Основание').slice(0, 80),
    peopleIds: [],
    place: null,
    bilateral: m.bilateral,
    derived: `implied by the ${ordinal(n)} anniversary in ${at}`,
    quote: m.quote,
    documentAct: m.documentAct,
  };
}

/** How far after the anniversary's quote starts a relative clause telling the founding year may end. */
const FOUNDING_CLAUSE_REACH = 240;
/** «, которые стороны установили в 1993 году», ", which the two states set up in 1994": a relative clause naming a year. */
const FOUNDING_CLAUSE = rx(/,\s*((?:котор\p{L}+|which|that)\s[^.;!?,]*?(?<!\d)(\d{4})(?!\d)(?:\s*(?:года|году|г\.))?)/giu);

/**
 * «Вуз отметил 30-летие университета, который был открыт в 1993 году»: the founding implied by the count is
 * told outright in a relative clause of the anniversary's sentence; that clause, naming the derived year, is its quote.
 */
export function withFoundingClause(m: MilestoneDraft, text: string, sentenceEnd: number): MilestoneDraft {
  const from = m.quote.start;
  const year = m.date?.slice(0, 4);
  const comma = text.indexOf(',', from);
  if (!year || comma < 0 || comma >= sentenceEnd) return m;
  const part = text.slice(from, Math.min(sentenceEnd, from + FOUNDING_CLAUSE_REACH));
  FOUNDING_CLAUSE.lastIndex = 0;
  for (let hit = FOUNDING_CLAUSE.exec(part); hit; hit = FOUNDING_CLAUSE.exec(part)) {
    if (hit[2] !== year) continue;
    const start = from + hit.index + hit[0].length - hit[1]!.length;
    const end = from + hit.index + hit[0].length;
    m.quote = { start, end, text: text.slice(start, end) };
    break;
  }
  return m;
}
