/**
 * «…, впервые с 2020 года», "the first decline since the pandemic year of 2020": a year a change is counted from, told
 * after figures of a period of their own, is no period the next sentence goes on with.
 */
import type { PeriodExpr } from './periods';
import { rx } from '../regex';

/** "since" or «впервые с» and up to four words ("the pandemic year of") right before a period. */
const SINCE_BEFORE = rx(/(?<![\p{L}])(?:since|впервые\s+с|впервые\s+со)\s+(?:[\p{L}-]+\s+){0,4}$/iu);
/** How far before a period its "since" may stand. */
const SINCE_REACH = 48;

/** True when the sentence may tell a "since" period at all (cheap test before the regex). */
export function maySaySince(text: string): boolean {
  return text.includes('since') || text.includes('впервые');
}

/** Whether the period `p` of `text` is the start a change is counted from ("since …", «впервые с …»). */
export function isSincePeriod(text: string, p: PeriodExpr): boolean {
  return SINCE_BEFORE.test(text.slice(Math.max(0, p.start - SINCE_REACH), p.start));
}
