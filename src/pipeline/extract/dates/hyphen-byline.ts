/**
 * A byline's date written day-month-year with hyphens and an English month abbreviation, as some
 * English-language services print it after the author and issue number: "By A. Author in Bishkek
 * (RCA No. 120, 07-Mar-03)", "Posted 21-Oct-2008". The line is short and among the first lines.
 */
import type { ArticleDoc } from '../../types';
import { fullYear, type DateLine } from './dateline';
import { monthNumber } from './lexicon';
import { firstLines } from './lines';

/** «07-Mar-03», «21-Oct-2008»: a day, a three-letter English month and a year joined by hyphens. */
const HYPHENATED = /(?<![\d-])([0-3]?\d)-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}|(?:19|20)\d{2})(?![\d-])/u;
/** A byline is short; a longer line is body text. */
const BYLINE_MAX = 120;

/** The hyphenated day-month-year of a short line among the first lines, as a byline date, or null. */
export function findHyphenatedByline(doc: ArticleDoc): DateLine | null {
  for (const line of firstLines(doc, 10, 2000)) {
    if (line.text.length > BYLINE_MAX) continue;
    const m = HYPHENATED.exec(line.text);
    if (!m) continue;
    const month = monthNumber(m[2]!);
    const day = Number(m[1]);
    if (!month || day < 1 || day > 31) continue;
    const start = line.start + m.index;
    return { kind: 'byline', year: m[3]!.length === 4 ? Number(m[3]) : fullYear(m[3]!), month, day, place: null, outlet: null, span: { start, end: start + m[0].length, text: m[0] } };
  }
  return null;
}
