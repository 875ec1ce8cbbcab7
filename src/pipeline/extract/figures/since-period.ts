/**
 * «…, впервые с кризисного 2009 года», "its weakest showing since 2009": a year a change is counted from, told
 * after figures of a period of their own, is no period the next sentence goes on with.
 */
import type { PeriodExpr } from './periods';
import { rx } from '../regex';

/** "since" or «впервые с» and up to four words ("the crisis year of") right before a period. */
const SINCE_BEFORE = rx(/(?<![\p{L}])(?:since|впервые\s+с|впервые\s+со)\s+(?:[\p{L}-]+\s+){0,4}$/iu);
/** How far before a period its "since" may stand. */
const SINCE_REACH = 48;

/** True when the sentence may tell a "since" period at all (cheap test before the regex). */
export function maySaySince(text: string): boolean {
  return text.includes('since') || text.includes('впервые') || text.includes('с 1') || text.includes('с 2');
}

/** "since 2009", «с 2009 года»: a span from a year, which names no period of its own. */
const SINCE_SPAN = rx(/^(?:since|с)\s/iu);

/**
 * Whether the period `p` of `text` is the start a change is counted from ("since the crisis year of 2009", «впервые с
 * кризисного 2009 года»), or a span from a year ("since 2009", «с 2009 года») that takes no period.
 */
export function isSincePeriod(text: string, p: PeriodExpr): boolean {
  if (p.kind === 'none') return SINCE_SPAN.test(text.slice(p.start, p.end));
  return p.period !== null && SINCE_BEFORE.test(text.slice(Math.max(0, p.start - SINCE_REACH), p.start));
}
