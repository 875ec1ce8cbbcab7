/**
 * «Shanghai, June 15 – The president today took part …» or "MOSCOW, May 8. /TASS/. … held talks in the Kremlin on
 * Thursday" under a header stamped the day after: the lead tells its event as of the dateline's own day («today»,
 * «сегодня», or the weekday that day falls on), so the page was written then and stamped (or posted) a day later.
 * When the page's address carries the header's day too, only «today» ties the page to the dateline's day: a weekday
 * ("launched on Tuesday") is how copy posted the next day still tells the event.
 */
import type { ArticleDoc } from '../../types';
import type { DateLine } from './dateline';
import { addDays } from './days';
import { weekdayOf } from './loose-relative';
import { rx } from '../regex';

/** «today», «сегодня», or a weekday after "on" / «в», «во»: the word that ties the lead to a day. */
const LEAD_DAY = rx(
  /(?<![\p{L}])(?:(today|сегодня)|(?:on|в|во)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))(?![\p{L}'’])/giu,
);
/** How much of the dateline's paragraph is its lead. */
const LEAD_CHARS = 400;

/**
 * The dateline's day when `header` (YYYY-MM-DD) is the day after it and the lead tells that day; else null.
 * `addressDated`: the page's address carries the header's day.
 */
export function datelineDayBeforeHeader(doc: ArticleDoc, line: DateLine, header: string, addressDated: boolean): string | null {
  if (line.kind !== 'dateline' || line.year) return null;
  const day = addDays(header, -1);
  if (Number(day.slice(5, 7)) !== line.month || Number(day.slice(8, 10)) !== line.day) return null;
  const end = doc.text.indexOf('\n', line.span.end);
  const lead = doc.text.slice(line.span.end, Math.min(end < 0 ? doc.text.length : end, line.span.end + LEAD_CHARS));
  const weekday = (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;
  LEAD_DAY.lastIndex = 0;
  for (let m = LEAD_DAY.exec(lead); m; m = LEAD_DAY.exec(lead)) {
    if (m[1] || (!addressDated && weekdayOf(m[2]!) === weekday)) return day;
  }
  return null;
}
