/**
 * A wire's day named only by its weekday: "Observers said on Monday that Sunday's election …" on a page with no
 * date of its own, whose year other clues give. The days the text tells as past ("attended the summit on
 * October 11") and as coming ("will hand over power on November 24") fence the week: the article is of the
 * first such weekday after the latest past day, before the first coming one.
 */
import type { ArticleDoc } from '../../types';
import { rx } from '../regex';
import { pad2 } from './context';
import { addDays } from './days';
import { DAY_MONTH, dayMonth } from './dateline';
import { FUTURE, PAST_EVENT } from './lexicon';
import { weekdayOf } from './loose-relative';

/** «заявили в понедельник», "said on Monday": the reporter's day, by its weekday. */
const ON_WEEKDAY = rx(
  /(?<![\p{L}])(?:on|в|во)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?![\p{L}'’])/u,
);
/** A day-month anywhere, with the year written after it if any. */
const DAY_MONTH_YEAR = rx(`(?<![\\d.,])${DAY_MONTH}(?:\\s*,?\\s*(?<y>(?:19|20)\\d\\d)(?!\\d))?`, 'gu');
/** How many of the first sentences may hold the reporter's weekday (outlet line, headline, byline, lead). */
const LEAD_SENTENCES = 5;

/** The article's day in `year` from the lead's weekday and the days told around it, or null. */
export function weekdayAmongToldDays(doc: ArticleDoc, year: number): { date: string; evidence: string } | null {
  const lang = doc.language === 'ru' ? 'ru' : 'en';
  let weekday = -1;
  let phrase = '';
  for (const s of doc.sentences.slice(0, LEAD_SENTENCES)) {
    const m = ON_WEEKDAY.exec(s.text);
    if (!m || !PAST_EVENT[lang].test(s.text)) continue;
    weekday = weekdayOf(m[1]!);
    phrase = m[0];
    break;
  }
  if (weekday < 0) return null;
  let past = null as string | null;
  let coming = null as string | null;
  for (const s of doc.sentences) {
    if (!/\d/.test(s.text)) continue;
    // The sentence's tense, read once at its first day-month (0: not read yet, 1: coming, 2: past, 3: neither).
    let tense = 0;
    DAY_MONTH_YEAR.lastIndex = 0;
    for (let m = DAY_MONTH_YEAR.exec(s.text); m; m = DAY_MONTH_YEAR.exec(s.text)) {
      const dm = m.groups ? dayMonth(m.groups) : null;
      if (!dm || (m.groups!.y && Number(m.groups!.y) !== year)) continue;
      const iso = `${year}-${pad2(dm.month)}-${pad2(dm.day)}`;
      if (tense === 0) tense = FUTURE[lang].test(s.text) ? 1 : PAST_EVENT[lang].test(s.text) ? 2 : 3;
      if (tense === 1) {
        if (coming === null || iso < coming) coming = iso;
      } else if (tense === 2 && (past === null || iso > past)) past = iso;
    }
  }
  if (past === null) return null;
  const w = (new Date(`${past}T12:00:00Z`).getUTCDay() + 6) % 7;
  const date = addDays(past, ((weekday - w + 6) % 7) + 1);
  if (coming !== null && date >= coming) return null;
  if (!date.startsWith(String(year))) return null;
  return { date, evidence: `«${phrase}» is the first such day after ${past}, the latest day the text tells as past${coming ? `, and before ${coming}, told as coming` : ''}` };
}

/** Where a clause ends: a day-month after one of these is not in the clause of a future marker before them. */
const CLAUSE_BREAK = ',;:()';

/** Where the clause that holds position `at` of `text` starts. */
export function clauseStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (CLAUSE_BREAK.includes(text[i]!)) return i + 1;
  return 0;
}

/**
 * The day-months a text tells as coming: "will launch flights on March 31", «визит состоится 28 марта» (a future marker
 * before the day-month in its clause; "The ministers, who will meet in May, met on March 2" tells March 2 as past).
 * A page is dated before the days it announces, so they tell apart the two orders of a slashed byline.
 */
export function comingDayMonths(doc: ArticleDoc): { month: number; day: number }[] {
  const lang = doc.language === 'ru' ? 'ru' : 'en';
  const out: { month: number; day: number }[] = [];
  for (const s of doc.sentences) {
    if (!/\d/.test(s.text) || !FUTURE[lang].test(s.text)) continue;
    DAY_MONTH_YEAR.lastIndex = 0;
    for (let m = DAY_MONTH_YEAR.exec(s.text); m; m = DAY_MONTH_YEAR.exec(s.text)) {
      const dm = m.groups ? dayMonth(m.groups) : null;
      if (!dm) continue;
      if (FUTURE[lang].test(s.text.slice(clauseStart(s.text, m.index), m.index))) out.push(dm);
    }
  }
  return out;
}
