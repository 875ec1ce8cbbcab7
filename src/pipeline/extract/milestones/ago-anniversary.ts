/**
 * «Десять лет назад, 23 октября 2003 года, была открыта авиабаза», "Twenty years ago, on March 20, 1992, the two
 * countries established relations" in an article of that day-month, so many years on: the recalled event keeps its
 * own day, and the piece marks its anniversary on the article's day. The count must agree with the years between
 * the two dates, so a loose «несколько лет назад» or a date of another month marks nothing.
 */
import type { Language, PartialDate } from '../../../schema/dataset';
import type { MilestoneDraft } from '../../types';
import { COUNT_EN, COUNT_RU, countAlternation } from '../dates/lexicon';
import { rx } from '../regex';
import { ordinal } from './anniversary';
import { daysBetween } from '../dates/days';

const COUNT: Record<Language, Map<string, number>> = { ru: COUNT_RU, en: COUNT_EN };
/** «десять лет назад, », "20 years ago, on ": a count of years counted back, right before the recalled date. */
const AGO: Record<Language, RegExp> = {
  ru: rx(`(?<![\\p{L}\\d])(\\d{1,3}|${countAlternation([...COUNT_RU.keys()])})\\s+(?:лет|года?)\\s+назад[\\s,:—–-]*$`, 'iu'),
  en: rx(`(?<![\\p{L}\\d])(\\d{1,3}|${countAlternation([...COUNT_EN.keys()])})\\s+years?\\s+ago[\\s,:—–-]*(?:on\\s+)?$`, 'iu'),
};
/** Days an article may be written after the anniversary it marks («Вчера … пятнадцать лет назад, 10 июня»). */
const DAYS_AFTER = 7;

/** The month of an ISO date, read from its digits. */
const monthOf = (d: string) => (d.charCodeAt(5) - 48) * 10 + d.charCodeAt(6) - 48;
/**
 * The anniversary the article marks when `draft`, dated to a full day by a mention starting at `at` in `text`,
 * is told «N лет назад, <date>» and that date N years on is the article's day or up to a week before it; else null.
 */
export function agoAnniversary(draft: MilestoneDraft, text: string, at: number, article: PartialDate | null, lang: Language): MilestoneDraft | null {
  const date = draft.date;
  if (!article || article.length !== 10 || date?.length !== 10 || draft.type === 'anniversary') return null;
  const years = Number(article.slice(0, 4)) - Number(date.slice(0, 4));
  if (years < 1) return null;
  // Cheaper still: a day up to a week before the article's is of the article's month or the one before it.
  const months = monthOf(article) - monthOf(date);
  if (months !== 0 && months !== 1) return null;
  // The cheap test first: the date so many years on must fall within the week before the article's day.
  const day = `${article.slice(0, 4)}${date.slice(4)}`;
  const gap = daysBetween(day, article);
  if (!(gap >= 0 && gap <= DAYS_AFTER)) return null;
  const m = AGO[lang].exec(text.slice(Math.max(0, at - 40), at));
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const n = /^\d+$/.test(word) ? Number(word) : (COUNT[lang].get(word) ?? 0);
  if (n !== years) return null;
  return anniversaryOf(draft, day, n, m[0].trim(), 'article');
}

/**
 * «12 лет со дня завершения стройки в мае 2019 года», "celebrating 12 years since the school opened in May 2019": a
 * count of years told since an event, right before that event's date. Cheap cue first: «со дня», «с момента» or "since" in the slice.
 */
const SINCE: Record<Language, { cue: (s: string) => boolean; re: RegExp }> = {
  ru: {
    cue: (s) => s.includes('со дня') || s.includes('с момента'),
    re: rx(`(?<![\\p{L}\\d])(\\d{1,3}|${countAlternation([...COUNT_RU.keys()])})\\s+(?:лет|года?)\\s+(?:со\\s+дня|с\\s+момента)(?:\\s+\\p{L}+){0,3}\\s+(?:в\\s+)?$`, 'iu'),
  },
  en: {
    cue: (s) => s.includes('since'),
    re: rx(`(?<![\\p{L}\\d])(\\d{1,3}|${countAlternation([...COUNT_EN.keys()])})\\s+years?\\s+since(?:\\s+[\\p{L}'’-]+){0,4}\\s+(?:(?:in|on)\\s+)?$`, 'iu'),
  },
};
/** How far before an event's date its count of years may open. */
const SINCE_REACH = 60;

/**
 * The anniversary a clause marks when `draft`, dated by a mention starting at `at`, is the event a count of years runs
 * from («отпраздновав 12 лет со дня завершения стройки в мае 2019 года», "celebrating 12 years since the school opened in May
 * 2019") and that date
 * so many years on falls in the article's year, not after its date: the anniversary takes the event's date moved on by the
 * count, at its precision (a month stays a month); the event keeps its own date. Else null.
 */
export function sinceAnniversary(draft: MilestoneDraft, text: string, at: number, article: PartialDate | null, lang: Language): MilestoneDraft | null {
  const date = draft.date;
  if (!article || !date || date.length < 4 || draft.type === 'anniversary') return null;
  const years = Number(article.slice(0, 4)) - Number(date.slice(0, 4));
  if (years < 1) return null;
  const before = text.slice(Math.max(0, at - SINCE_REACH), at);
  const since = SINCE[lang];
  if (!since.cue(before)) return null;
  const m = since.re.exec(before);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const n = /^\d+$/.test(word) ? Number(word) : (COUNT[lang].get(word) ?? 0);
  const day = `${article.slice(0, 4)}${date.slice(4)}`;
  if (n !== years || day > article) return null;
  return anniversaryOf(draft, day, n, m[0].trim(), 'clause');
}

/**
 * The anniversary on `day` of `draft`'s event, `n` years on, told by `told` («десять лет назад», "12 years since"):
 * marked by the article (its day) or by the clause (its year).
 */
function anniversaryOf(draft: MilestoneDraft, day: string, n: number, told: string, by: 'article' | 'clause'): MilestoneDraft {
  // Every field in the drafts' one order, not `{ ...draft, … }`: V8 gives a spread copy a hidden class of its own.
  return {
    date: day,
    dateEvidence: `«${told}» ${draft.date} + ${n} years: the anniversary the ${by} marks`,
    type: 'anniversary',
    status: 'past',
    titleEn: `${ordinal(n)} anniversary: ${draft.titleEn}`.slice(0, 80),
    titleRu: `${n}-летие: ${draft.titleRu}`.slice(0, 80),
    peopleIds: [],
    place: draft.place,
    bilateral: draft.bilateral,
    derived: `the ${ordinal(n)} anniversary of the event told «${told}»`,
    quote: draft.quote,
    documentAct: draft.documentAct,
  };
}
