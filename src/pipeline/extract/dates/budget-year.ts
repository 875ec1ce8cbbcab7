/**
 * A year clue from the state budget the text tells as the year's own («дефицит бюджета на 2014 год может
 * превысить …», "the 2014 budget deficit"): in the first half of a year the budget spoken of is that year's (next
 * year's is drafted and debated from the summer on, so a later dateline gives no clue). A text that names two
 * different budget years gives none.
 */
import type { ArticleDoc } from '../../types';
import type { YearClue } from './year-clues';
import { execAll, rx } from '../regex';

/** «бюджета на 2014 год», «республиканский бюджет на 2014 год», "the 2014 budget", "budget for 2014". */
const BUDGET_YEAR = rx(
  /(?<![\p{L}])бюджет\p{L}*\s+на\s+(?<ru>199\d|20[0-4]\d)(?:-?й)?\s+год(?![\p{L}])|(?<![\d\p{L}])(?<en1>199\d|20[0-4]\d)\s+(?:state\s+|national\s+|republican\s+)?budget(?![\p{L}])|(?<![\p{L}])budget\s+for\s+(?<en2>199\d|20[0-4]\d)(?!\d)/giu,
);
/** Cheap test before `BUDGET_YEAR`. */
const CUE = /бюджет|budget/i;
/** The last month a dateline speaks of the year's own budget. */
const LAST_MONTH = 6;

/** The budget year named in the text, as the year of a dateline of `month` in the first half of a year. */
export function budgetYearClues(doc: ArticleDoc, month: number | null): YearClue[] {
  if (month === null || month > LAST_MONTH || !CUE.test(doc.text)) return [];
  let year: number | null = null;
  let evidence = '';
  for (const s of doc.sentences) {
    if (!CUE.test(s.text)) continue;
    for (const m of execAll(BUDGET_YEAR, s.text)) {
      const y = Number(m.groups!.ru ?? m.groups!.en1 ?? m.groups!.en2);
      if (year !== null && year !== y) return [];
      year = y;
      evidence = s.text.slice(0, 80);
    }
  }
  if (year === null) return [];
  return [{ year, weight: 2, evidence: `year ${year} from the budget of that year told in its first half («${evidence}»)` }];
}
