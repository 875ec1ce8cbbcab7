/**
 * A year clue from the school or academic year the text tells as its own («открытие 1993/94 учебного года», «В
 * 2019-2020 учебном году в школах начали работать…», "the 2019/20 academic year began"): a dateline of
 * August to December is in the first year of the span, one of January to June in the second. A text that names
 * two different school years, or tells the one it names as still to come, gives none.
 */
import type { ArticleDoc } from '../../types';
import { FUTURE } from './lexicon';
import type { YearClue } from './year-clues';
import { execAll, rx } from '../regex';

/** «1993/94 учебного года», «2019-2020 учебном году», "2019/20 academic year", "2019-20 school year". */
const SCHOOL_YEAR = rx(
  /(?<![\d./-])(?<a>199\d|20[0-4]\d)\s*[/–—-]\s*(?<b>\d{4}|\d{2})(?![\d./-])\s*(?:-?(?:го|й|м))?\s+(?:учебн\p{L}*\s+год\p{L}*|academic\s+year|school\s+year)/giu,
);
/** Cheap test before `SCHOOL_YEAR`. */
const CUE = /учебн|academic year|school year/i;
/** The first month of a school year: from then on a dateline is in its first calendar year. */
const FIRST_MONTH = 8;
/** The last month of a school year: up to then a dateline is in its second calendar year. */
const LAST_MONTH = 6;

/** The school year named in the text, when it is one and told as under way, as the year of a dateline of `month`. */
export function schoolYearClues(doc: ArticleDoc, month: number | null): YearClue[] {
  if (month === null || (month > LAST_MONTH && month < FIRST_MONTH) || !CUE.test(doc.text)) return [];
  let first: number | null = null;
  let evidence = '';
  for (const s of doc.sentences) {
    if (!CUE.test(s.text)) continue;
    for (const m of execAll(SCHOOL_YEAR, s.text)) {
      const a = Number(m.groups!.a);
      const b = m.groups!.b!;
      // The second year follows the first: «2019/20», «2019-2020», not a range of years («1993-1995»).
      if (Number(b.length === 2 ? b : b.slice(2)) !== (a + 1) % 100) continue;
      if (first !== null && first !== a) return [];
      if (FUTURE[doc.language].test(s.text)) return [];
      first = a;
      evidence = s.text.slice(0, 80);
    }
  }
  if (first === null) return [];
  const year = month >= FIRST_MONTH ? first : first + 1;
  return [{ year, weight: 2, evidence: `year ${year} from the school year ${first}/${first + 1} («${evidence}»)` }];
}
