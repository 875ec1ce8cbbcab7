/**
 * A day of the month told without its month: "on the 14th", «14-го числа», «14 числа». It is of the article's month
 * when that day has come (or, told of a plan, is still to come this month), else of the month before (a plan's: the
 * month after).
 */
import type { Language, PartialDate } from '../../../schema/dataset';
import type { Sentence } from '../../types';
import { pad2 } from './context';
import { speaksOfFuture } from './loose-relative';
import { execAll, rx } from '../regex';

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

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
