/**
 * "Japarov met Putin in May, when he attended the Victory Day parade", «в мае, на параде Победы»: a gathering dated only
 * by its month, told with a holiday of a fixed day held that month, took place on the holiday's day.
 */
import type { Language, PartialDate } from '../../../schema/dataset';
import dateLexicon from '../../knowledge/date-lexicon.json';
import { rx } from '../regex';

interface HolidayDay {
  monthDay: string;
  cue: Record<Language, string>;
  re: Record<Language, RegExp>;
}

/** The holidays of the dates lexicon (`holidayDays`), their patterns compiled once. */
const HOLIDAYS: HolidayDay[] = dateLexicon.holidayDays.days.map((h) => ({
  monthDay: h.monthDay,
  cue: h.cue,
  re: { en: rx(`(?<![\\p{L}])(?:${h.en.join('|')})(?![\\p{L}])`, 'iu'), ru: rx(`(?<![\\p{L}])(?:${h.ru.join('|')})(?![\\p{L}])`, 'iu') },
}));

/**
 * The day of a month-only `date` when the clause `lower` (lower case) / `text` names a holiday of that month's fixed day;
 * null otherwise (a day, a year or no date is left as it is).
 */
export function holidayDay(date: PartialDate | null, text: string, lower: string, lang: Language): PartialDate | null {
  if (date === null || date.length !== 7) return null;
  const month = date.slice(5, 7);
  for (const h of HOLIDAYS) {
    if (!h.monthDay.startsWith(month) || !lower.includes(h.cue[lang])) continue;
    if (h.re[lang].test(text)) return `${date}-${h.monthDay.slice(3)}`;
  }
  return null;
}
