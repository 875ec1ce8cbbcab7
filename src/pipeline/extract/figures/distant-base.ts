/**
 * A change by a factor («сократился вдвое», "halved", «вырос в три раза») measured against a written year
 * that is not the year before the figure's own («в прошлом году … сократившись почти вдвое по сравнению с
 * 1997 годом» in 2000): a change over several years, not the year's growth in percent.
 */
import type { PeriodExpr } from './periods';

/** The year a period code starts with («2023-H1» → 2023), or null. */
function yearOf(period: string | null): number | null {
  return period && /^\d{4}/.test(period) ? Number(period.slice(0, 4)) : null;
}

/**
 * True when a factor told at `qEnd` (offsets within the sentence) compares its period `period` with a base
 * year written after it that lies two years back or more.
 */
export function factorOnDistantBase(qEnd: number, period: string | null, periods: PeriodExpr[]): boolean {
  const own = yearOf(period);
  if (own === null) return false;
  const base = periods.find((p) => p.base && p.start >= qEnd && yearOf(p.period) !== null);
  if (!base) return false;
  return own - yearOf(base.period)! >= 2;
}
