/**
 * A year clue from a whole date still to come ("will hand over the chairmanship on January 1, 2020", «визит
 * состоится 5 марта 2015 года») on a page whose own line gives only a day and a month ("November 27"). A page
 * announces what comes after it, most often within the year: the page is of the last such day-month before
 * the coming date (November 27 before January 1, 2020 is of 2019; before December 5, 2020 of 2020). Weak,
 * since a plan can lie further ahead; other clues outweigh it.
 */
import type { ArticleDoc } from '../../types';
import { rx } from '../regex';
import type { YearClue } from './year-clues';
import { DAY_MONTH, dayMonth } from './dateline';
import { FUTURE } from './lexicon';
import { clauseStart } from './told-weekday';

/** A day-month with its year written after it ("January 1, 2020", «1 января 2020 года»). */
const DAY_MONTH_YEAR = rx(`(?<![\\d.,])${DAY_MONTH}\\s*,?\\s*(?<y>(?:19|20)\\d\\d)(?!\\d)`, 'gu');

/** Year clues from whole dates told as coming, for a page of `page` (its own day and month). */
export function comingDateClues(doc: ArticleDoc, page: { month: number; day: number }): YearClue[] {
  const lang = doc.language === 'ru' ? 'ru' : 'en';
  const out: YearClue[] = [];
  for (const s of doc.sentences) {
    if (!/\d{4}/.test(s.text) || !FUTURE[lang].test(s.text)) continue;
    DAY_MONTH_YEAR.lastIndex = 0;
    for (let m = DAY_MONTH_YEAR.exec(s.text); m; m = DAY_MONTH_YEAR.exec(s.text)) {
      const dm = dayMonth(m.groups!);
      if (!dm || !FUTURE[lang].test(s.text.slice(clauseStart(s.text, m.index), m.index))) continue;
      const coming = Number(m.groups!.y);
      const after = dm.month > page.month || (dm.month === page.month && dm.day > page.day);
      const year = after ? coming : coming - 1;
      out.push({ year, weight: 1, evidence: `year ${year} from «${m[0]}», told as still to come` });
    }
  }
  return out;
}
