/**
 * The lead of a year's review names the year it sums up: "The year 2022 marked the 30th anniversary …",
 * «2022 год стал для наших отношений годом …», «Уходящий 2022 год …», «Минувший 2022 год …». With the text
 * speaking of "this year" or the year's results, the article is of that year (of the next one for «минувший»,
 * and for a past-tense review dated in January). The text's own word for its year outweighs anniversary
 * arithmetic, whose base year institutions count in more than one way.
 */
import type { ArticleDoc } from '../../types';
import { latestPastYear, type YearClue } from './year-clues';
import { rx } from '../regex';

const YR = '(?:199\\d|20[0-4]\\d)';
/** How many sentences of the text's opening are read for the lead. */
const LEAD_SENTENCES = 6;
/** «Уходящий 2022 год», "The outgoing year 2022": the year still running. */
const CURRENT = rx(`^(?:[«"“]?\\s*)(?:уходящ\\p{L}*\\s+(?<y1>${YR})\\s*(?:год|г\\.)|the\\s+outgoing\\s+(?:year\\s+)?(?<y2>${YR}))`, 'iu');
/** «Минувший 2022 год», "The past year 2022": the year before the article's. */
const PREVIOUS = rx(`^(?:[«"“]?\\s*)(?:(?:минувш|прошедш)\\p{L}*\\s+(?<y1>${YR})\\s*(?:год|г\\.)|the\\s+past\\s+year\\s+(?<y2>${YR}))`, 'iu');
/** «2022 год стал …», "The year 2022 marked …", "2022 was a year of …": a year made the subject of a verb of summing up. */
const REVIEWED = rx(
  `^(?:[«"“]?\\s*)(?:(?<y1>${YR})\\s*(?:год|г\\.)\\s+(?:стал|ознаменовал|прош[её]л|выдался|запомнил|был\\s+отмечен)\\p{L}*|(?:the\\s+year\\s+)?(?<y2>${YR})\\s+(?:marked|was\\s+(?:a|the)\\s+year|saw|proved|became|turned\\s+out))`,
  'iu',
);
/** "this year", «в этом году», «итоги года», "the results of the year": the text speaks from inside a year. */
const THIS_YEAR = rx(/(?<![\p{L}])(?:this\s+year|(?:results|outcomes?)\s+of\s+the\s+(?:\p{L}+\s+)?year|(?:в\s+)?(?:этом|текущем|нынешнем)\s+году|(?:этого|текущего|нынешнего)\s+года|итог\p{L}*\s+(?:\p{L}+\s+)?года(?![\p{L}]))/iu);
/** A cheap hint before the patterns are tried. */
const HINT = /\d{4}/;

/** An outlet's credit opening the lead («24.kg - », "AKIpress — "): read past it. */
const CREDIT = /^[\p{L}\d.]{2,24}\s+[-—–]\s+/u;

/**
 * The year a review's lead says it sums up («Уходящий 2021 год стал …», «Минувший 2020 год …», "2025 was a year of …"),
 * whatever the article's own date: the year its month-by-month entries are of. Null when the lead names none.
 */
export function reviewedYear(doc: ArticleDoc): string | null {
  for (const s of doc.sentences.slice(0, LEAD_SENTENCES)) {
    if (!HINT.test(s.text)) continue;
    const t = s.text.trim().replace(CREDIT, '');
    const m = CURRENT.exec(t) ?? PREVIOUS.exec(t) ?? REVIEWED.exec(t);
    if (m?.groups) return m.groups.y1 ?? m.groups.y2 ?? null;
  }
  return null;
}

/** The year a review's lead names as its own, with the article's month to tell a January review of the year before. */
export function yearReviewClues(doc: ArticleDoc, month: number | null): YearClue[] {
  const lead = doc.sentences.slice(0, LEAD_SENTENCES);
  for (const s of lead) {
    if (!HINT.test(s.text)) continue;
    const t = s.text.trim();
    const now = CURRENT.exec(t) ?? null;
    const before = now ? null : PREVIOUS.exec(t);
    const reviewed = now || before ? null : REVIEWED.exec(t);
    const m = now ?? before ?? reviewed;
    if (!m?.groups) continue;
    if (!THIS_YEAR.test(doc.text)) return [];
    const named = Number(m.groups.y1 ?? m.groups.y2);
    // «2010 год стал переломным…» opening a piece that goes on to 2014: a retrospective, not the year's review.
    const latest = latestPastYear(doc);
    if (latest !== null && latest > named) return [];
    const year = before || (reviewed && month === 1) ? named + 1 : named;
    return [{ year, weight: 4, evidence: `year ${year} from the review's lead «${t.slice(0, 80)}»` }];
  }
  return [];
}
