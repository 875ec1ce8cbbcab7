/**
 * Year clues from a census told relatively: «по итогам прошлогодней переписи», "according to last year's census".
 * The censuses the field's articles cite are few and known (knowledge/date-lexicon.json `censusYears`), so each
 * gives a candidate year (census + 1 for last year's, the census year for this year's); the article's officials
 * choose among them (`chooseYear` keeps the clues their terms allow, and a tie decides nothing).
 */
import lexicon from '../../knowledge/date-lexicon.json';
import type { ArticleDoc } from '../../types';
import type { YearClue } from './year-clues';
import { rx } from '../regex';

const CENSUS_YEARS: readonly number[] = lexicon.censusYears.years;

/** Last year's or this year's census, in either language; `last` or `this` tells which. */
const CENSUS_TOLD = rx(
  [
    `(?<![\\p{L}])(?<ru1>прошлогодн)\\p{L}*\\s+(?:\\p{L}+\\s+)?перепис\\p{L}*`,
    `(?<![\\p{L}])перепис\\p{L}*\\s+(?:населения\\s+)?(?:,\\s*)?(?:проведенн\\p{L}*\\s+|проведённ\\p{L}*\\s+)?(?:в\\s+)?(?<ru2>прошл|минувш|этого|этом|текущ)\\p{L}*\\s+год\\p{L}*`,
    `(?<![\\p{L}])(?<en1>last|this)\\s+year's\\s+(?:\\p{L}+\\s+)?census`,
    `(?<![\\p{L}])census\\s+(?:(?:held|conducted|taken|carried\\s+out)\\s+)?(?<en2>last|this)\\s+year(?![\\p{L}])`,
  ].join('|'),
  'iu',
);

/** Candidate years from a census told as last year's or this year's, each of weight 2. */
export function censusYearClues(doc: ArticleDoc): YearClue[] {
  // A cheap test first, with no lower-cased copy of the text: «Перепись», «переписи», "Census", "census".
  if (!doc.text.includes('ерепис') && !doc.text.includes('ensus')) return [];
  for (const s of doc.sentences) {
    const m = CENSUS_TOLD.exec(s.text);
    if (!m) continue;
    const g = m.groups!;
    const rel = (g.ru1 ?? g.ru2 ?? g.en1 ?? g.en2 ?? '').toLowerCase();
    const shift = /^(?:прошл|минувш|last)/.test(rel) ? 1 : 0;
    return CENSUS_YEARS.map((c) => ({
      year: c + shift,
      weight: 2,
      evidence: `year ${c + shift} from «${m[0]}» (census of ${c}${shift ? ', told as last year’s' : ''})`,
    }));
  }
  return [];
}
