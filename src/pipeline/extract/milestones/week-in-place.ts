/**
 * "In Naryn this week, the ministers opened …", «В Москве на этой неделе стороны договорились …»: a week told
 * with the place of a visit the article has dated to a day of that week is the visit's day, not only its month.
 */
import type { Language, PartialDate } from '../../../schema/dataset';
import type { DateMention, MilestoneDraft } from '../../types';
import { rx } from '../regex';
import { daysBetween } from '../dates/days';

/** The place right before "this week" («в Москве на этой неделе», "in Moscow this week"); group 1 the place. */
const IN_PLACE_THIS_WEEK = {
  ru: rx(/(?:^|[^\p{L}])[Вв]о?\s+(\p{Lu}\p{Ll}+)\s+на\s+этой\s+неделе(?![\p{L}])/u),
  en: rx(/\b[Ii]n\s+(\p{Lu}\p{Ll}+)\s+(?:earlier\s+)?this\s+week\b/u),
};
/** The word every phrase holds: the cheap test first. */
const CUE = { ru: 'этой недел', en: 'this week' };
/** How many letters of the place must recur in the visit's quote (case endings differ: «в Бишкеке», «в Бишкек»). */
const STEM = 5;
const FULL = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day of the one visit told in `out` to the place the clause names before "this week", within the article's
 * week (Monday to the article's day); null when the clause names no place with the week, or no single such visit.
 */
export function visitDayOfWeek(text: string, mention: DateMention, out: readonly MilestoneDraft[], article: PartialDate | null, lang: Language): PartialDate | null {
  if (!article || !FULL.test(article) || !mention.relative || !mention.text.includes(CUE[lang]) || !text.includes(CUE[lang])) return null;
  const place = IN_PLACE_THIS_WEEK[lang].exec(text)?.[1];
  if (!place || place.length < STEM) return null;
  const stem = place.slice(0, STEM);
  // Days since Monday of the article's week (0 on a Monday).
  const sinceMonday = (new Date(`${article}T00:00:00Z`).getUTCDay() + 6) % 7;
  const days = new Set<string>();
  for (const o of out) {
    if (o.type !== 'visit' || o.status !== 'past' || o.date === null || !FULL.test(o.date) || !o.quote.text.includes(stem)) continue;
    const back = daysBetween(o.date, article);
    if (back >= 0 && back <= sinceMonday) days.add(o.date);
  }
  return days.size === 1 ? [...days][0]! : null;
}
