/**
 * A day of the month told without its month: "on the 14th", «14-го числа», «14 числа». It is of the article's month
 * when that day has come (or, told of a plan, is still to come this month), else of the month before (a plan's: the
 * month after). After a month named just before it («В июне, 13–14 числа») it is of that month.
 */
import type { Language, PartialDate } from '../../../schema/dataset';
import type { Sentence } from '../../types';
import { pad2 } from './context';
import { speaksOfFuture } from './loose-relative';
import { execAll, rx } from '../regex';
import { MONTH_RU, monthNumber } from './lexicon';

/** A day found here, with offsets relative to the sentence. */
export interface DayOrdinal {
  index: number;
  length: number;
  date: PartialDate;
}

/**
 * "on the 14th" closing its phrase (a comma, a stop, a conjunction or a preposition after it): "on the 14th floor",
 * "on the 5th anniversary" are no days.
 */
const EN = rx(/(?<![\p{L}\d])on\s+the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?![\p{L}\d])(?=\s*(?:[,.;:)!?—–]|$)|\s+(?:and|but|when|after|before|at|in|of\s+(?:this|that|last)\s+month)(?![\p{L}]))/gu);
const RU = rx(/(?<![\p{L}\d])([1-9]|[12]\d|3[01])(?:-?го)?\s+числа(?![\p{L}])/gu);

/** Days of the month told alone in sentence `s`, for an article dated to the day. */
export function dayOrdinalMentions(s: Sentence, lang: Language, article: PartialDate): DayOrdinal[] {
  if (article.length !== 10) return [];
  const cue = lang === 'en' ? s.text.includes('on the ') : s.text.includes('числа');
  if (!cue) return [];
  const y = Number(article.slice(0, 4));
  const mo = Number(article.slice(5, 7));
  const ad = Number(article.slice(8, 10));
  const future = speaksOfFuture(s.text, lang);
  const out: DayOrdinal[] = [];
  for (const m of execAll(lang === 'en' ? EN : RU, s.text)) {
    const named = lang === 'ru' ? MONTH_BEFORE.exec(s.text.slice(Math.max(0, m.index! - MONTH_REACH), m.index)) : null;
    if (named) {
      const day = namedMonthDay(named, Number(m[1]), y, mo, future);
      if (day) out.push({ index: m.index!, length: m[0].length, date: day });
      continue;
    }
    const d = Number(m[1]);
    // A past day after the article's is of the month before; a planned day before it, of the month after.
    const shift = future ? (d < ad ? 1 : 0) : d > ad ? -1 : 0;
    const month0 = mo - 1 + shift;
    const yy = y + Math.floor(month0 / 12);
    const mm = ((month0 % 12) + 12) % 12 + 1;
    if (d > daysIn(yy, mm)) continue;
    out.push({ index: m.index!, length: m[0].length, date: `${yy}-${pad2(mm)}-${pad2(d)}` });
  }
  return out;
}

/** How far before «числа» the month it is of may start («В июне, 13–14 числа»). */
const MONTH_REACH = 32;
/** «в июне, », «В июне, 13–» right before «14 числа»: the days are of that month (the first of a range). */
const MONTH_BEFORE = rx(`(?<![\\p{L}])(?:в|во)\\s+(?<m>${MONTH_RU})\\s*,\\s*(?:(?<first>[1-9]|[12]\\d|3[01])\\s*[-–—]\\s*)?$`, 'iu');

/** The date of day `d` (or the range's first day) of the month named before it: this year's, or the next's for a plan past it, the last's for a past one ahead of it. */
function namedMonthDay(named: RegExpExecArray, d: number, y: number, mo: number, future: boolean): PartialDate | null {
  const month = monthNumber(named.groups!.m!);
  if (month === null) return null;
  const day = named.groups!.first ? Number(named.groups!.first) : d;
  const yy = future && month < mo ? y + 1 : !future && month > mo ? y - 1 : y;
  return day > daysIn(yy, month) ? null : `${yy}-${pad2(month)}-${pad2(day)}`;
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
