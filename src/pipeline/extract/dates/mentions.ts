/**
 * Dates mentioned in an article («28 марта», «13—14 июня», «1 июня 2018 года», "April 14",
 * «в 2014 году», «в марте текущего года», «в прошлом году», "last year"), resolved against the
 * article's own year. Sentences are pre-filtered by a cheap regex; chrono-node picks up the
 * numeric forms the patterns below do not cover.
 */
import type { Language, PartialDate } from '../../../schema/dataset';
import type { ArticleDoc, DateMention, Sentence } from '../../types';
import { chronoParseOutside } from './chrono';
import { pad2 } from './context';
import { DAY_WORD_RU, MONTH_PREFIXES, PUBLISH_LINE, UPDATE_LINE, YEAR_ATTRIBUTE_ACT_EN, YEAR_ATTRIBUTE_EN, dayWordValue, monthNumber } from './lexicon';
import { cueTest } from './cues';
import { execAll, rx } from '../regex';
import { sentenceAt } from '../sentence-at';
import { LOOSE_GATE, gatedLooseMentions, monthYear } from './loose';
import { LATER_GATE, anchorMentions, yearsLater, type YearCount } from './anchored';
import { speaksOfFuture } from './loose-relative';
import { sameYear } from './same-year';
import { withLandmarkDays } from './landmark';
import { thatMonthMentions } from './that-month';
import { timelineMentions } from './timeline';
import { dayOrdinalMentions } from './day-ordinal';

const Y = '(?:199\\d|20[0-4]\\d)';
/** A year of the last century before the timeline's range (1900–1989): a date only where it is plainly a year (see the rules). */
const OLD = '19[0-8]\\d';
/**
 * A year before the timeline's range written right after a day-month («25 июня 1916 года», "November 16, 1941"): the
 * day is of that year, which no mention can hold, so it is no date at all (not the article's year's day).
 */
const OLD_YEAR_RU = '(?!\\.?\\s*,?\\s*(?:1[0-8]\\d\\d|19[0-8]\\d)\\s*(?:года|г\\.))';
const OLD_YEAR_EN = '(?!,\\s*(?:1[0-8]\\d\\d|19[0-8]\\d)(?!\\d))';
// Case variants are spelled out: an `i` flag makes these scans several times slower.
const REL_RU = '[Пп]розапрошл|[Пп]рошл|[Мм]инувш|[Тт]екущ|[Нн]ынешн|[Ээ]том|[Ээ]того|[Сс]ледующ|[Бб]удущ'.replace('[Пп]розапрошл', '[Пп]озапрошл');
const REL_EN = '[Ll]ast|[Tt]his|[Nn]ext|[Cc]urrent';
const DIGIT = /\d/;
const YEAR4 = /\d{4}/;
/** «прошлогодний», «позапрошлогодний»: a plain substring, looked for with `includes` (no regex call for each sentence). */
const LAST_YEARS = 'рошлогодн';
const RELATIVE = rx(`(?:${REL_RU})\\p{L}*\\s+год|(?:${REL_EN})\\s+year`, 'u');
/** A month word is captured loosely and checked against the lexicon: a long alternation is slow to scan. */
const WORD = '([A-Za-zА-Яа-яЁё]{3,9})(?![A-Za-zА-Яа-яЁё])';
const month = (w: string | undefined) => (w ? monthNumber(w) : null);
const DOTTED = /\d\.\d{1,2}\.\d{4}/;
const MONTH_START = cueTest(MONTH_PREFIXES);
const NUMERIC = /\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d(?:st|nd|rd|th)\s+of\s+/u;

/** A pattern and how its match becomes a date; `before` extends a match backwards («в марте» + «текущего года»). */
interface Rule {
  /** A cheap test a sentence must pass before `re` runs. */
  gate: (c: Cues) => boolean;
  re: RegExp;
  resolve: (m: RegExpMatchArray, y0: number | null, prefix: string, ctx: Tense) => { date: PartialDate; relative: boolean; back?: number } | null;
}

/**
 * What a sentence holds, each tested once: several rules need a digit, and a regex call costs
 * about as much as a scan of a short sentence.
 */
interface Cues {
  text: string;
  digit: boolean;
  /** A digit and the start of a month word: what a day-month («1 июня», "April 14") needs. */
  dayMonth: boolean;
  /** A relative year («в прошлом году», "last year"). */
  relative: boolean;
  /** «прошлогодний». */
  lastYears: boolean;
  /** A numeric date («01.07.2022», "12/05/19", "5th of"): chrono reads the sentence. */
  numeric: boolean;
  /** A day-month sentence with two numbers joined as a range («13—14», «с 14 по 17», "14 to 17", «7 и 8»). */
  range: boolean;
  /** A Russian sentence with an ordinal word in «-ого» and the start of a month word: what «первого сентября» needs. */
  dayWord: boolean;
  /** A day-month sentence with a Latin capital, which an English month before its day opens ("April 14"). */
  latinCapital: boolean;
}

/** What a span of days across two months needs after its first day-month («— 2 октября», "– August 1"; no letter class first: it would be tried at every letter). */
const CROSS_MONTH_RANGE = /(?:[-–—]|\s(?:по|to|until|through)\s)\s*(?:\d{1,2}\s+\p{L}|\p{Lu}\p{Ll}+\.?\s+\d)/u;
/**
 * What a day range of the first rule needs (its regex is tried at every position, this one only at digits): a second
 * number of one or two digits before a space, so that "2019 and 2020" does not wake the rule.
 */
const DAY_RANGE = /\d(?:\s*[-–—]\s*|\s+(?:по|to|и|and)\s+)\d{1,2}\s/u;
const LATIN_CAPITAL = /[A-Z]/;

/** What a day-month without a year needs to take the year of its tense: the sentence, its language and the article's month. */
interface Tense {
  sentence: string;
  lang: Language;
  articleMonth: number | null;
}

/**
 * The year of a day-month written without one: the article's, or by tense the year before (a past event of a
 * month still to come: "came to Osh on 12 December" in a March article) or after (a plan of a month gone:
 * «примет участие в параде 9 мая» in a December article).
 */
function dayMonthYear(written: string | undefined, mo: number | null, y0: number | null, ctx: Tense, at: number): number | null {
  if (written) return Number(written);
  if (y0 === null || !mo) return y0;
  return monthYear(mo, '', ctx.sentence, ctx.lang, y0, ctx.articleMonth, at, true);
}

/** Year offset of a relative word: «прошлом» → -1, «этом» → 0, "next" → +1. */
function offset(word: string): number {
  const w = word.toLowerCase();
  if (w.startsWith('позапрошл')) return -2;
  if (/^(?:прошл|минувш|last)/.test(w)) return -1;
  if (/^(?:следующ|будущ|next)/.test(w)) return 1;
  return 0;
}

function ymd(year: number, month: number, day: number | null): PartialDate | null {
  if (!month || month > 12) return null;
  if (day === null) return `${year}-${pad2(month)}`;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

const abs = (date: PartialDate | null) => (date ? { date, relative: false } : null);

// Matched against the 40 characters before a year or a relative year; anchored at the end.
const MONTH_BEFORE = rx(`${WORD}\\.?\\s+(?:of\\s+)?$`, 'u');
/**
 * Two months joined before the year («в апреле и июне прошлого года», "the events of April and June last year",
 * «апреля и июня 2010 года»): the date both share is the year.
 */
const MONTH_PAIR_BEFORE = rx(`${WORD}\\s+(?:and|и)\\s+${WORD}\\.?\\s+(?:of\\s+)?$`, 'u');

/** The length of a pair of months right before the year in `prefix` (`MONTH_PAIR_BEFORE`), or 0. Asked only where one month stands there. */
function monthPairLength(prefix: string): number {
  const p = prefix.match(MONTH_PAIR_BEFORE);
  return p && month(p[1]) && month(p[2]) ? p[0].length : 0;
}
/** A day and month before a relative year: «23 октября прошлого года», "23 October last year", "October 23 last year". */
const DAY_MONTH_BEFORE = {
  dayFirst: rx(`(?<![\\d.,])(\\d{1,2})\\s+${WORD}\\.?\\s+(?:of\\s+)?$`, 'u'),
  monthFirst: rx(`(?<![A-Za-z])([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+$`, 'u'),
};
const PERIOD_BEFORE = rx(/(?:\p{L}{3,}\s+){0,2}(?:полугоди|квартал|месяц|половин|half|quarter|months)\p{L}*\s+(?:of\s+)?(?:the\s+)?$/iu);
// A season before the year ("scheduled for autumn 2027") dates it as well as a preposition.
const EN_PREPOSITION_BEFORE = /(?:^|\s)(?:in|of|for|since|by|until|from|to|than|with|during|early|late|mid|end of|spring|summer|autumn|fall|winter)\s+$/iu;
/** «летом», "the summer of": a season right before a year. */
const SEASON_BEFORE = /(?:летом|весной|осенью|зимой|summer|spring|autumn|fall|winter)\s+(?:of\s+)?$/iu;
/** «в» right before a year (with «году» after it: «в 1941 году»). */
const IN_BEFORE_RU = /(?:^|\s)[вВ]\s+$/u;
/** "a 2012 agreement", "the 2010 revolution": a determiner before an English year that a noun of an event follows. */
const EN_DETERMINER_BEFORE = /(?:^|\s)(?:a|an|the|its|their|his|her|this|that)\s+$/iu;

/** Ordered from the most specific: a match hides later matches that overlap it. */
const RULES: Rule[] = [
  {
    // «30 сентября — 2 октября [2013 года]», «с 30 сентября по 2 октября», "September 30 – October 2", "from 30 September to
    // 2 October" (an event across two months): the first day, in the year written after the last (the year before for a
    // December–January span).
    gate: (c) => c.dayMonth && CROSS_MONTH_RANGE.test(c.text),
    re: rx(
      `(?<![\\d.,])(?:(\\d{1,2})\\s+${WORD}|(?<![A-Za-z])([A-Z][a-z]{2,8})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\s*(?:[-–—]|\\s(?:по|to|until|through)\\s)\\s*(?:\\d{1,2}\\s+${WORD}|([A-Z][a-z]{2,8})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:\\.?\\s*,?\\s*(${Y})(?:\\s*(?:года|г\\.))?)?(?![\\d\\p{L}])`,
      'gu',
    ),
    resolve: (m, y0, _prefix, ctx) => {
      const mo = month(m[2] ?? m[3]);
      const last = month(m[5] ?? m[6]);
      if (!mo || !last || last === mo) return null;
      const y = m[7] ? Number(m[7]) - (last < mo ? 1 : 0) : dayMonthYear(undefined, mo, y0, ctx, m.index!);
      return y ? abs(ymd(y, mo, Number(m[1] ?? m[4]))) : null;
    },
  },
  {
    // «13—14 июня [2019 года]», «с 14 по 17 июня», "from 14 to 17 June", «7 и 8 июня» (an event of two days): the first day.
    gate: (c) => c.range,
    re: rx(`(?<![\\d.,])(\\d{1,2})(?:\\s*[-–—]\\s*|\\s+(?:по|to|и|and)\\s+)\\d{1,2}\\s+${WORD}(?:\\.?\\s*,?\\s*(${Y})(?:\\s*(?:года|г\\.))?)?(?!\\d)`, 'gu'),
    resolve: (m, y0, _prefix, ctx) => {
      const mo = month(m[2]);
      const y = dayMonthYear(m[3], mo, y0, ctx, m.index!);
      return y && mo ? abs(ymd(y, mo, Number(m[1]))) : null;
    },
  },
  {
    // «1 июня [2018 года]», «12 окт.»; also before a colon («отметит 31 августа: Москва …»), not before a time («1 июня:10»).
    gate: (c) => c.dayMonth,
    re: rx(`(?<![\\d.,])(\\d{1,2})\\s+${WORD}(?:\\.?\\s*,?\\s*(${Y}|${OLD}(?=\\s*(?:года|г\\.)))(?:\\s*(?:года|г\\.))?)?${OLD_YEAR_RU}(?!\\d|:\\d)`, 'gu'),
    resolve: (m, y0, _prefix, ctx) => {
      const mo = month(m[2]);
      const y = dayMonthYear(m[3], mo, y0, ctx, m.index!);
      return y && mo ? abs(ymd(y, mo, Number(m[1]))) : null;
    },
  },
  {
    // «первого сентября», «двадцать пятого мая [2019 года]»: a day told as an ordinal word.
    gate: (c) => c.dayWord,
    re: rx(`${DAY_WORD_RU}\\s+${WORD}(?:\\s*,?\\s*(${Y})(?:\\s*(?:года|г\\.))?)?(?!\\d)`, 'giu'),
    resolve: (m, y0, _prefix, ctx) => {
      const mo = month(m[3]);
      const day = dayWordValue(m[1], m[2]!);
      const y = dayMonthYear(m[4], mo, y0, ctx, m.index!);
      return y && mo && day ? abs(ymd(y, mo, day)) : null;
    },
  },
  {
    // "April 14", "May 24, 2017"; "May 24–25, 2017" (an event of two days, the year after the last): the first day.
    gate: (c) => c.latinCapital,
    re: rx(`(?<![A-Za-z])([A-Z][a-z]{2,8}|[A-Z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:(?:\\s*[-–—]\\s*\\d{1,2})?,?\\s+(${Y})|,\\s*(${OLD})(?!\\d))?${OLD_YEAR_EN}(?![\\d])`, 'gu'),
    resolve: (m, y0, _prefix, ctx) => {
      const mo = /^[a-z]+$/i.test(m[1]!) ? month(m[1]) : null;
      const y = dayMonthYear(m[3] ?? m[4], mo, y0, ctx, m.index!);
      return y && mo ? abs(ymd(y, mo, Number(m[2]))) : null;
    },
  },
  {
    // «01.07.2022», "17.06.2025": dotted numbers are day first in either language (chrono reads
    // English ones month first).
    // A dotted date is also a numeric one: only a sentence with one is tested (7,065 → 214 tests on 1,000 bench articles).
    gate: (c) => c.numeric && DOTTED.test(c.text),
    re: rx(`(?<![\\d.,/])(\\d{1,2})\\.(\\d{1,2})\\.(${Y})(?![\\d.,]\\d)`, 'gu'),
    resolve: (m) => abs(ymd(Number(m[3]), Number(m[2]), Number(m[1]))),
  },
  {
    // «в прошлом году», "last year"; with a month before it «в марте текущего года» → YYYY-MM; with a
    // period before it «в первом полугодии текущего года» → the year.
    gate: (c) => c.relative,
    re: rx(`(?<![\\p{L}])(?:(${REL_RU})\\p{L}*\\s+(?:году|года|год)(?![\\p{L}])|(${REL_EN})\\s+year(?![\\p{L}]))`, 'gu'),
    resolve: (m, y0, prefix) => {
      if (!y0) return null;
      const y = y0 + offset(m[1] ?? m[2]!);
      // «23 октября прошлого года»: the day is told too, and the whole phrase is one date.
      const dm = prefix.match(DAY_MONTH_BEFORE.dayFirst);
      const md = dm ? null : prefix.match(DAY_MONTH_BEFORE.monthFirst);
      const dayMonth = dm ? { mo: month(dm[2]), day: Number(dm[1]), len: dm[0].length } : md ? { mo: month(md[1]), day: Number(md[2]), len: md[0].length } : null;
      const full = dayMonth?.mo ? ymd(y, dayMonth.mo, dayMonth.day) : null;
      if (full) return { date: full, relative: true, back: dayMonth!.len };
      const mb = prefix.match(MONTH_BEFORE);
      const mo = month(mb?.[1]);
      if (mb && mo) {
        const pair = monthPairLength(prefix);
        return pair ? { date: String(y), relative: true, back: pair } : { date: ymd(y, mo, null) ?? String(y), relative: true, back: mb[0].length };
      }
      const period = prefix.match(PERIOD_BEFORE);
      return { date: String(y), relative: true, back: period?.[0].length ?? 0 };
    },
  },
  {
    // «прошлогоднего визита», «позапрошлогодний саммит»: an event of last year (or the year before).
    gate: (c) => c.lastYears,
    re: rx(`(?<![\\p{L}])([Пп]озапрошлогодн|[Пп]рошлогодн)\\p{L}*`, 'gu'),
    resolve: (m, y0) => (y0 ? { date: String(y0 - (m[1]!.length > 'прошлогодн'.length ? 2 : 1)), relative: true } : null),
  },
  {
    // «в 2014 году», «2021—2023 годах», «в 1999 и 2000 годах» (each year), "in 2021", «в марте 2019 года» → YYYY-MM; a year
    // with an ordinal ending stands for «года» too («летом 2013-го», «в 2013-м», «к 2020-му»).
    gate: (c) => c.digit && YEAR4.test(c.text),
    re: rx(`(?<![\\d.,$])(${Y}|${OLD})(?:(?:\\s*[-–—]\\s*|\\s+(?:и|или)\\s+)(${Y}|${OLD}))?(?![\\d%])(\\s*(?:год\\p{L}*|гг?\\.)|-(?:го|м|му)(?![\\p{L}]))?`, 'gu'),
    resolve: (m, _y0, prefix, ctx) => {
      const mb = prefix.match(MONTH_BEFORE);
      const mo = month(mb?.[1]);
      // A year before the range is a time only with its month or season before it («летом 1941 года», "in the summer
      // of 1941") or as «в 1941 году»: otherwise it mostly names a topic («события 1916 года», "documents on 1916").
      if (m[1]! < '1990' && !(mb && mo) && !SEASON_BEFORE.test(prefix) && !(IN_BEFORE_RU.test(prefix) && !m[2] && m[3]?.trim() === 'году')) return null;
      if (mb && mo) {
        const pair = monthPairLength(prefix);
        return pair ? { date: m[1]!, relative: false, back: pair } : { date: ymd(Number(m[1]), mo, null) ?? m[1]!, relative: false, back: mb[0].length };
      }
      if (m[3] || EN_PREPOSITION_BEFORE.test(prefix)) return abs(m[1]!);
      const after = ctx.sentence.slice(m.index! + m[0].length, m.index! + m[0].length + 24);
      return !m[2] && EN_DETERMINER_BEFORE.test(prefix) && YEAR_ATTRIBUTE_EN.test(after) && !YEAR_ATTRIBUTE_ACT_EN.test(prefix) ? abs(m[1]!) : null;
    },
  },
];

/** «в этот день в», «в тот же день в», "on this day in" right before a year: the year of a day told before. */
const SAME_DAY_IN = /(?:^|[^\p{L}])(?:в\s+(?:этот|тот)\s+(?:же\s+)?день,?\s+в|on\s+(?:this|that)\s+(?:very\s+|same\s+)?day,?\s+in)\s+$/iu;
/** A day and its month («22 июня», "June 22", "22 June"), the last one of a stretch of text. */
const DAY_MONTH_ANY = rx(`(?<![\\d.,])(\\d{1,2})\\s+${WORD}|(?<![A-Za-z])([A-Z][a-z]{2,8})\\s+(\\d{1,2})(?![\\d])`, 'gu');
/** How far back the day a year is told for may stand: the paragraph or two before. */
const SAME_DAY_REACH = 800;

/**
 * The day-month told last in the `SAME_DAY_REACH` characters before `sentenceStart`, in `year`, when `prefix` (the words
 * before the year) says "on this day in"; null otherwise. Asked only of a year read alone.
 */
function sameDayInYear(text: string, sentenceStart: number, prefix: string, year: string): PartialDate | null {
  if (!prefix.includes('день') && !prefix.includes('day')) return null;
  if (!SAME_DAY_IN.test(prefix)) return null;
  let found: PartialDate | null = null;
  for (const m of text.slice(Math.max(0, sentenceStart - SAME_DAY_REACH), sentenceStart).matchAll(DAY_MONTH_ANY)) {
    const mo = month(m[2] ?? m[3]);
    const day = Number(m[1] ?? m[4]);
    const date = mo ? ymd(Number(year), mo, day) : null;
    if (date) found = date;
  }
  return found;
}

function refDate(y0: number | null, articleDate: PartialDate | null): Date {
  if (!articleDate || !y0) return new Date(Date.UTC(2000, 0, 1));
  const [, mm, dd] = articleDate.split('-');
  return new Date(Date.UTC(y0, Number(mm ?? 7) - 1, Number(dd ?? 1), 12));
}

function chronoMentions(s: Sentence, doc: ArticleDoc, y0: number | null, ref: Date, taken: (a: number, b: number) => boolean): DateMention[] {
  const out: DateMention[] = [];
  for (const r of chronoParseOutside(s.text, doc.language, ref, (a, b) => taken(s.start + a, s.start + b))) {
    const start = s.start + r.index;
    const end = start + r.text.length;
    if (taken(start, end) || !r.start.isCertain('month')) continue;
    const y = r.start.isCertain('year') ? r.start.get('year') : y0;
    if (!y) continue;
    const date = ymd(y, r.start.get('month')!, r.start.isCertain('day') ? r.start.get('day')! : null);
    if (date) out.push({ start, end, text: doc.text.slice(start, end), date, relative: !r.start.isCertain('year') });
  }
  return out;
}

/** True when `[a, b)` overlaps one of `spans`. */
function overlapsSpan(spans: readonly [number, number][], a: number, b: number): boolean {
  for (let i = 0; i < spans.length; i++) if (a < spans[i]![1] && b > spans[i]![0]) return true;
  return false;
}

/** Date mentions resolved against the article date; a mention needing a year the article lacks is skipped. */
export function dateMentions(doc: ArticleDoc, articleDate: PartialDate | null): DateMention[] {
  const y0 = articleDate ? Number(articleDate.slice(0, 4)) : null;
  // Built for the first sentence chrono reads: most articles have none.
  let ref: Date | null = null;
  const am = articleDate && articleDate.length >= 7 ? Number(articleDate.slice(5, 7)) : null;
  const out: DateMention[] = [];
  const sentenceOf = new Map<DateMention, number>();
  const anaphoric = new Map<DateMention, number>();
  /** «на той же неделе», "that same week": how much of the date told before each keeps. */
  const same = new Map<DateMention, number>();
  /** Day words of sentences that speak of something to come: they may count from a day ahead. */
  const ahead = new Set<DateMention>();
  const years: YearCount[] = [];
  // "… years later" is rare: tested once on the whole text (a sentence is a slice of it, so where the text
  // has no match no sentence has one), not on each of its ≈20 sentences (≈20k regex calls on 1,000 articles).
  const laterInText = LATER_GATE.test(doc.text);
  const sentences = doc.sentences;
  // The spans read in the current sentence, a new list for each: declared here, not in the loop's body, since the
  // closure `taken` holding them made V8 allocate the body's scope for every sentence, through a runtime call (c55).
  let spans: [number, number][] = [];
  const taken = (a: number, b: number) => overlapsSpan(spans, a, b);
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const digit = DIGIT.test(s.text);
    // A relative year ends in «год» or "year": a string search rules most sentences out before the regex.
    const relative = (s.text.includes('год') || s.text.includes('year')) && RELATIVE.test(s.text);
    const lastYears = s.text.includes(LAST_YEARS);
    // Loose mentions need the article's date: without one they are not looked for.
    const loose = articleDate !== null && LOOSE_GATE.test(s.text);
    const dayMonth = digit && MONTH_START.test(s.text);
    const cues: Cues = {
      text: s.text,
      digit,
      dayMonth,
      relative,
      lastYears,
      numeric: digit && NUMERIC.test(s.text),
      range: dayMonth && DAY_RANGE.test(s.text),
      latinCapital: dayMonth && LATIN_CAPITAL.test(s.text),
      dayWord: doc.language === 'ru' && s.text.includes('ого ') && MONTH_START.test(s.text),
    };
    const later = laterInText && LATER_GATE.test(s.text);
    // "Posted …" / "Modified …" lines are page metadata, not dates the article talks about.
    if (!(loose || later || cues.digit || cues.relative || lastYears || cues.dayWord) || UPDATE_LINE.test(s.text) || PUBLISH_LINE.test(s.text)) continue;
    const first = out.length;
    const tense: Tense = { sentence: s.text, lang: doc.language, articleMonth: am };
    spans = [];
    for (let r = 0; r < RULES.length; r++) {
      const rule = RULES[r]!;
      if (!rule.gate(cues)) continue;
      const ms = execAll(rule.re, s.text);
      for (let k = 0; k < ms.length; k++) {
        const m = ms[k]!;
        const end = s.start + m.index! + m[0].trimEnd().length;
        if (taken(s.start + m.index!, end)) continue;
        const prefix = s.text.slice(Math.max(0, m.index! - 40), m.index);
        const got = rule.resolve(m, y0, prefix, tense);
        if (!got) continue;
        const start = s.start + m.index! - (got.back ?? 0);
        // The phrase reaches back over a mention read before it («23 октября» of «23 октября прошлого года»): it replaces it.
        if (got.back) for (let k = out.length - 1; k >= first; k--) if (out[k]!.start >= start && out[k]!.end <= end) out.splice(k, 1);
        spans.push([start, end]);
        // «3 июля … В этот день в 1944 году …», "On this day in 1995": the day told before, in the year told here.
        const date = got.date.length === 4 && !got.relative && !m[2] ? (sameDayInYear(doc.text, s.start, prefix, got.date) ?? got.date) : got.date;
        out.push({ start, end, text: doc.text.slice(start, end), date, relative: got.relative });
        // The second year of a range «2021—2023 годах».
        if (m[2] && /^\d{4}$/.test(m[2]) && got.date === m[1]) {
          const i = s.start + m.index! + m[0].indexOf(m[2], m[1]!.length);
          out.push({ start: i, end: i + 4, text: m[2], date: m[2], relative: false });
        }
      }
    }
    if (cues.numeric) out.push(...chronoMentions(s, doc, y0, (ref ??= refDate(y0, articleDate)), taken));
    // "on the 14th", «14-го числа»: a day without its month, of the article's month or the one next to it.
    // p60: the rarer readings below are functions of their own, so that this function's bytecode is smaller and V8
    // optimises its hot loop sooner (after 3 + bytecode size ÷ 150 ticks) and compiles it faster.
    if (digit && articleDate !== null) pushDayOrdinals(s, doc, articleDate, spans, out);
    if (loose) pushLooseMentions(s, doc, articleDate, taken, out, same, anaphoric, ahead);
    for (let k = first; k < out.length; k++) sentenceOf.set(out[k]!, s.index);
    if (later) pushYearsLater(s, doc.text, spans, years);
  }
  return settledMentions(doc, articleDate, out, sentenceOf, anaphoric, same, ahead, years);
}

/**
 * The mentions `out` of `dateMentions` (read sentence by sentence; `sentenceOf` their sentences) with a timeline's
 * entries, "that month" mentions, years settled (`sameYear`), anaphoric and relative ones anchored and landmark days.
 */
function settledMentions(
  doc: ArticleDoc,
  articleDate: PartialDate | null,
  out: DateMention[],
  sentenceOf: Map<DateMention, number>,
  anaphoric: Map<DateMention, number>,
  same: Map<DateMention, number>,
  ahead: Set<DateMention>,
  years: YearCount[],
): DateMention[] {
  // A timeline's entries told by a month or a year alone ("December – …") are dates too, and an entry's
  // day-month without a year is of its timeline's year: one reading of the entries for both. The settled
  // mentions replace theirs in place, as `sentenceOf` is keyed by `out`.
  const timeline = timelineMentions(doc, out);
  const settled = timeline.mentions === out ? null : new Map(out.map((m, i) => [m, timeline.mentions[i]!]));
  for (const m of timeline.added) {
    out.push(m);
    sentenceOf.set(m, sentenceAt(doc.sentences, m.start)?.index ?? 0);
  }
  out.sort((a, b) => a.start - b.start);
  const thatMonth = thatMonthMentions(doc.text, out);
  if (thatMonth.length) {
    for (const m of thatMonth) {
      out.push(m);
      sentenceOf.set(m, sentenceAt(doc.sentences, m.start)?.index ?? 0);
    }
    out.sort((a, b) => a.start - b.start);
  }
  const dated = sameYear(doc.text, settled ? out.map((m) => settled.get(m) ?? m) : out, articleDate, doc.language);
  if (!anaphoric.size && !same.size && !years.length) return withLandmarkDays(doc.text, dated);
  return withLandmarkDays(
    doc.text,
    anchorMentions(
      dated.map((mention, i) => ({ mention, sentence: sentenceOf.get(out[i]!)!, anaphoric: anaphoric.get(out[i]!), same: same.get(out[i]!), ahead: ahead.has(out[i]!) })),
      years,
      articleDate,
      timeline.heads,
      doc.text,
    ),
  );
}

/** Pushes onto `out` the days without their month in sentence `s` ("on the 14th", «14-го числа»: `dayOrdinalMentions`) outside `spans`. */
function pushDayOrdinals(s: Sentence, doc: ArticleDoc, articleDate: PartialDate, spans: readonly [number, number][], out: DateMention[]): void {
  for (const m of dayOrdinalMentions(s, doc.language, articleDate)) {
    const start = s.start + m.index;
    if (!overlapsSpan(spans, start, start + m.length)) out.push({ start, end: start + m.length, text: doc.text.slice(start, start + m.length), date: m.date, relative: true });
  }
}

/** Pushes onto `out` the loose mentions of sentence `s` (`gatedLooseMentions`), noting which keep part of a date told before and which count from one. */
function pushLooseMentions(
  s: Sentence,
  doc: ArticleDoc,
  articleDate: PartialDate | null,
  taken: (a: number, b: number) => boolean,
  out: DateMention[],
  same: Map<DateMention, number>,
  anaphoric: Map<DateMention, number>,
  ahead: Set<DateMention>,
): void {
  for (const m of gatedLooseMentions(s, doc.language, articleDate, taken)) {
    const start = s.start + m.index;
    const mention = { start, end: start + m.length, text: doc.text.slice(start, start + m.length), date: m.date, relative: true };
    out.push(mention);
    if (m.same !== undefined) same.set(mention, m.same);
    if (m.anaphoric !== undefined) {
      anaphoric.set(mention, m.anaphoric);
      if (speaksOfFuture(s.text, doc.language)) ahead.add(mention);
    }
  }
}

/** Pushes onto `years` the "… years later" counts of sentence `s` of `text` (`yearsLater`) outside `spans`. */
function pushYearsLater(s: Sentence, text: string, spans: readonly [number, number][], years: YearCount[]): void {
  for (const y of yearsLater(s.text)) {
    const start = s.start + y.index;
    if (!overlapsSpan(spans, start, start + y.length)) years.push({ start, end: start + y.length, text: text.slice(start, start + y.length), sentence: s.index, years: y.years });
  }
}
