/**
 * A year clue from an event still to come that is written with its month and year ("elections
 * scheduled for February 2005") in an article that reports a part of its own year as over ("trade
 * in the first nine months of this year", «за девять месяцев текущего года»). The article is
 * written after that part; an event still to come in one of its months cannot be of the same year,
 * so it is of the next one and the article of the year before the event's. A plan for a year alone
 * («должен начать работу в 2014 году») counts so too once three quarters of the year are over.
 */
import type { ArticleDoc } from '../../types';
import { NUMBER_WORDS_SOURCE } from '../figures/lexicon';
import { monthCount } from '../figures/periods';
import { DUTY, MONTH_EN, MONTH_RU, monthNumber } from './lexicon';
import { tenseBefore } from './tense';
import type { YearClue } from './year-clues';
import { execAll, rx } from '../regex';

const YR = '(?:199\\d|20[0-4]\\d)';
/** "this year", «текущего года»: the article's own year, named without its number. */
const THIS_YEAR_EN = '(?:this|the\\s+current)\\s+year';
const THIS_YEAR_RU = '(?:текущ|нынешн|этого|сего)\\p{L}*\\s+года';

/** A part of this year counted from January: months, a half, a quarter or «январь–сентябрь». */
const PART_OF_THIS_YEAR = rx(
  [
    `(?<![\\p{L}])first\\s+(?<n>\\d{1,2}|${NUMBER_WORDS_SOURCE})\\s+months\\s+of\\s+${THIS_YEAR_EN}`,
    `(?<![\\p{L}])(?:за|в)\\s+(?:перв\\p{L}*\\s+)?(?<n2>\\d{1,2}|${NUMBER_WORDS_SOURCE})\\s+месяц\\p{L}*\\s+${THIS_YEAR_RU}`,
    `(?<![\\p{L}])(?<ord>first|second|third)\\s+(?<unit>half|quarter)\\s+of\\s+${THIS_YEAR_EN}`,
    `(?<![\\p{L}])(?<ord2>перв|втор|трет)\\p{L}*\\s+(?<unit2>полугоди|квартал)\\p{L}*\\s+${THIS_YEAR_RU}`,
    `(?<![\\p{L}])(?:January|январ\\p{L}*)\\s*(?:[-–—]|through|to)\\s*(?<last>${MONTH_EN}|${MONTH_RU})\\p{L}*\\s+(?:of\\s+)?(?:${THIS_YEAR_EN}|${THIS_YEAR_RU})`,
  ]
    .map((p) => `(?:${p})`)
    .join('|'),
  'giu',
);
/** Cheap test before `PART_OF_THIS_YEAR`. */
const PART_GATE = /this year|current year|текущ|нынешн|этого года|сего года/i;

/** "February 2005", «феврале 2005 года»: a month with its year. */
const MONTH_YEAR = rx(`(?<![\\p{L}])(?<m>${MONTH_EN}|${MONTH_RU})\\p{L}*,?\\s+(?<y>${YR})(?!\\d)`, 'gu');

/** «в 2014 году», "in 2014": a year alone, with no month before it. */
const YEAR_ALONE = rx(`(?<![\\p{L}])(?:в\\s+(?<y>${YR})\\s+году|in\\s+(?<y2>${YR}))(?![\\d\\p{L}])`, 'giu');
/** Months of its own year an article must report as over for a plan of a year alone to be of the next year. */
const LATE_IN_YEAR = 9;

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, перв: 1, втор: 2, трет: 3 };

/** The last month of a part of the year matched by `PART_OF_THIS_YEAR`, or null. */
function lastMonthOf(g: Record<string, string | undefined>): number | null {
  const count = g.n ?? g.n2;
  if (count) {
    const n = monthCount(count);
    return n !== null && n <= 11 ? n : null;
  }
  const ord = (g.ord ?? g.ord2)?.toLowerCase();
  const unit = (g.unit ?? g.unit2)?.toLowerCase();
  if (ord && unit) {
    const k = ORDINAL[ord]!;
    return /^(?:half|полугоди)/.test(unit) ? (k === 1 ? 6 : null) : k * 3;
  }
  return g.last ? monthNumber(g.last) : null;
}

/**
 * The latest month of the article's year that the text reports as over: a part of "this year"
 * told in a sentence that does not put it in the future. Null when there is none.
 */
export function monthsOver(doc: ArticleDoc): number | null {
  let latest: number | null = null;
  for (const s of doc.sentences) {
    if (!PART_GATE.test(s.text)) continue;
    for (const m of execAll(PART_OF_THIS_YEAR, s.text)) {
      const n = lastMonthOf(m.groups!);
      if (n === null || tenseBefore(s.text, m.index!, doc.language) === 'future') continue;
      if (latest === null || n > latest) latest = n;
    }
  }
  return latest;
}

/** Year clues from events still to come in a month of the next year (see the module's note). */
export function comingYearClues(doc: ArticleDoc): YearClue[] {
  const over = monthsOver(doc);
  if (over === null) return [];
  const out: YearClue[] = [];
  for (const s of doc.sentences) {
    if (!/\d{4}/.test(s.text)) continue;
    for (const m of execAll(MONTH_YEAR, s.text)) {
      const month = monthNumber(m.groups!.m!);
      if (month === null || month > over || tenseBefore(s.text, m.index!, doc.language) !== 'future') continue;
      const year = Number(m.groups!.y) - 1;
      out.push({ year, weight: 1, evidence: `year ${year} from «${m[0]}» still to come while ${over} months of this year are over` });
    }
    // «Фонд должен начать работу в 2014 году» with nine months of this year over: a plan for a year alone, told
    // late in the year, is for the next one (within its own year it would be «до конца года»).
    if (over < LATE_IN_YEAR) continue;
    for (const m of execAll(YEAR_ALONE, s.text)) {
      const tense = tenseBefore(s.text, m.index!, doc.language);
      if (tense !== 'future' && (tense !== null || !DUTY[doc.language].test(s.text.slice(0, m.index!)))) continue;
      const year = Number(m.groups!.y ?? m.groups!.y2) - 1;
      out.push({ year, weight: 1, evidence: `year ${year} from «${m[0].trim()}» still to come while ${over} months of this year are over` });
    }
  }
  return out;
}
