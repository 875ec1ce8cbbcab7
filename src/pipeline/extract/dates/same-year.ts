/**
 * «10 июня того же года», «в ноябре того же года», "in November of the same year", "on June 10 that
 * year": a day or month whose year is the one written last before it, not the article's. A
 * retrospective («установили 20 марта 1992 года, а 10 июня того же года подписали договор») would
 * otherwise put the second event in the article's own year.
 */
import type { DateMention } from '../../types';
import { rx } from '../regex';

/** The words right after a day or month that send its year back to the year written before. */
const SAME_YEAR_AFTER = rx(/^,?\s*(?:(?:того|этого)\s+же\s+года|(?:of\s+)?(?:the\s+same|that\s+same|that)\s+year)(?![\p{L}])/iu);
/** A cheap test on the whole text before any mention is looked at. */
const GATE = /же\s+года|(?:same|that)\s+year/i;

/** A year written in digits in a mention's text («1992 года», "March 1992"). */
const WRITTEN_YEAR = /(?<!\d)(?:1[89]|20)\d\d(?!\d)/;

/** How far back (in characters) the year written before may be. */
const REACH = 1500;

/**
 * Mentions with the year of a «того же года» day or month replaced by the year of the latest mention
 * with a written year before it (within `REACH` characters); the phrase joins the mention's span.
 */
export function sameYear(text: string, mentions: DateMention[]): DateMention[] {
  if (!GATE.test(text)) return mentions;
  let lastYear: { year: string; end: number } | null = null;
  return mentions.map((m) => {
    if (WRITTEN_YEAR.test(m.text)) {
      lastYear = { year: m.date.slice(0, 4), end: m.end };
      return m;
    }
    if (m.date.length < 7 || !lastYear || m.start - lastYear.end > REACH) return m;
    const after = SAME_YEAR_AFTER.exec(text.slice(m.end, m.end + 40));
    if (!after) return m;
    const end = m.end + after[0].length;
    return { ...m, end, text: text.slice(m.start, end), date: lastYear.year + m.date.slice(4) };
  });
}
