/**
 * A congratulation on an anniversary («направил поздравительную телеграмму … в связи с 30-летием»,
 * «поздравил … с 25-летием», "congratulated … on the 30th anniversary"): sent on the day of the
 * article that reports it, which is the day the anniversary is marked.
 */
import type { Language, PartialDate } from '../../../schema/dataset';
import { rx } from '../regex';

/** A word of congratulating: «поздравил», «поздравляю», «поздравительное», "congratulated", "congratulatory". */
const CONGRATULATION: Record<Language, RegExp> = {
  ru: rx(/(?<![\p{L}])поздрав\p{L}*/iu),
  en: rx(/\bcongratulat\p{L}*/iu),
};

/**
 * The article's day for an anniversary counted to `year` in a clause that congratulates on it,
 * told with no date of its own; null otherwise (the article's day is not full, or of another year).
 */
export function congratulationDay(text: string, lang: Language, year: string | null, article: PartialDate | null, ownDates: number): PartialDate | null {
  if (!year || ownDates > 0 || !article || article.length !== 10 || !article.startsWith(year)) return null;
  return CONGRATULATION[lang].test(text) ? article : null;
}

/** Milestone fields the anniversary's day is read from and written to. */
interface Dated {
  date: PartialDate | null;
  dateEvidence: string;
  type: string;
  derived: string | null;
  quote: { start: number; text: string };
}

/**
 * «20 октября исполняется 28 лет со дня установления отношений. … Посол направил поздравительное
 * послание»: a congratulation told without a date of its own, after an anniversary of the article's
 * year marked on a known day, is sent on that day. Changes `out` in place; one pass over it.
 */
export function congratulationsOnAnniversary(out: Dated[], lang: Language, article: PartialDate | null): void {
  if (!article) return;
  const year = article.slice(0, 4);
  let day: Dated | null = null;
  for (const m of out.slice().sort((a, b) => a.quote.start - b.quote.start)) {
    if (m.type === 'anniversary' && !m.derived && m.date?.length === 10 && m.date.startsWith(year)) day = m;
    else if (day && m.date === null && m.type === 'other' && CONGRATULATION[lang].test(m.quote.text)) {
      m.date = day.date;
      m.dateEvidence = `Congratulations on the anniversary «${day.quote.text.slice(0, 60)}» (${day.date})`;
    }
  }
}
