/**
 * Periods of trade figures as spans of time: `2021` a calendar year, `2023-H1` January–June,
 * `2021-Q1`, `2024-7M` January–July, `2025-03` March alone, `2012-YTD` from January to the article's date. `annual`
 * (a yearly target) is not a span and parses to null: it becomes a reference line.
 */

/** How much of its year a period covers. */
export type PeriodKind = 'year' | 'half' | 'quarter' | 'months' | 'month' | 'ytd';

/** A period placed on the calendar, in UTC. */
export interface PeriodSpan {
  /** The period string as given. */
  period: string;
  year: number;
  kind: PeriodKind;
  /** First month covered, 1–12. */
  fromMonth: number;
  /** Last month covered, 1–12. */
  toMonth: number;
  /** First instant of the period. */
  start: Date;
  /** First instant after the period. */
  end: Date;
  /** True for anything shorter than a calendar year. */
  partial: boolean;
  /** True when the end is a guess (a YTD figure without a usable "as of" date). */
  openEnd: boolean;
}

const PERIOD = /^(\d{4})(?:-(H[12]|Q[1-4]|\d{1,2}M|0[1-9]|1[0-2]|YTD))?$/;

const utc = (y: number, m1: number) => new Date(Date.UTC(y, m1 - 1, 1));

/**
 * Parses a period. `asOf` (the article's date, `YYYY[-MM[-DD]]`) ends a YTD period: the month
 * before the article's month, or June when the article is from another year or undated.
 */
export function parsePeriod(period: string | null, asOf: string | null = null): PeriodSpan | null {
  if (!period) return null;
  const m = PERIOD.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  const suffix = m[2];
  let kind: PeriodKind = 'year';
  let fromMonth = 1;
  let toMonth = 12;
  let openEnd = false;
  if (suffix?.startsWith('H')) {
    kind = 'half';
    fromMonth = suffix === 'H1' ? 1 : 7;
    toMonth = fromMonth + 5;
  } else if (suffix?.startsWith('Q')) {
    kind = 'quarter';
    fromMonth = (Number(suffix[1]) - 1) * 3 + 1;
    toMonth = fromMonth + 2;
  } else if (suffix?.endsWith('M')) {
    const n = Number(suffix.slice(0, -1));
    if (n < 1 || n > 12) return null;
    kind = n === 12 ? 'year' : 'months';
    toMonth = n;
  } else if (suffix && /^\d\d$/.test(suffix)) {
    kind = 'month';
    fromMonth = Number(suffix);
    toMonth = fromMonth;
  } else if (suffix === 'YTD') {
    kind = 'ytd';
    const asOfYear = asOf ? Number(asOf.slice(0, 4)) : null;
    const asOfMonth = asOf && asOf.length >= 7 ? Number(asOf.slice(5, 7)) : null;
    if (asOfYear === year && asOfMonth !== null && asOfMonth > 1) toMonth = asOfMonth - 1;
    else if (asOfYear !== null && asOfYear > year) toMonth = 12;
    else {
      toMonth = 6;
      openEnd = true;
    }
  }
  const partial = !(fromMonth === 1 && toMonth === 12);
  return { period, year, kind, fromMonth, toMonth, start: utc(year, fromMonth), end: utc(year, toMonth + 1), partial, openEnd };
}

/** Where a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) sits on a time axis: the middle of what it names. */
export function dateMidpoint(date: string | null): Date | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return null;
  if (!m) return new Date(Date.UTC(y, 6, 1));
  if (!d) return new Date(Date.UTC(y, m - 1, 15));
  return new Date(Date.UTC(y, m - 1, d));
}
