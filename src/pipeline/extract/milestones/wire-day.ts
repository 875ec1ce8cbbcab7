/**
 * A newspaper page that prints wire copy under the agency's dateline («МОСКВА, 10 июня. (КазТАГ).
 * Сегодня …» in the issue of 11 June): the copy's «сегодня», «накануне» and its undated narrative
 * count from the dateline's day, not from the page's.
 */
import type { ArticleDate } from '../../types';
import type { DateLine } from '../dates/dateline';

const DAY_MS = 86_400_000;
/** The most days a page may follow the wire copy it prints (an issue of the next or the second day). */
const MAX_LAG = 2;
/** Article dates read from the page itself (its header or byline), which wire copy may predate. */
const PAGE_BASES: ReadonlySet<ArticleDate['basis']> = new Set(['header', 'inline-header', 'byline']);

/**
 * The article date to count the copy's relative days from: the dateline's day when a dated page
 * prints a dateline one or two days before its own date, else null (the page date stands). `line`
 * is the article's agency dateline (the article date's `wireDateline`): one in capitals or with its
 * agency («МОСКВА, 10 июня», "Bishkek, 7 Oct. (KyrTAG)"), else a title-case one of a known place
 * («Бишкек, 25 августа.» in the issue of the 26th).
 */
export function wireDay(date: ArticleDate, line: DateLine | null): ArticleDate | null {
  const page = date.date;
  if (page?.length !== 10 || !PAGE_BASES.has(date.basis)) return null;
  if (!line || line.kind !== 'dateline') return null;
  const year = Number(page.slice(0, 4));
  if (line.year !== null && line.year !== year) return null;
  const pageMs = Date.UTC(year, Number(page.slice(5, 7)) - 1, Number(page.slice(8, 10)));
  // A dateline of 31 December on a page of 1 January belongs to the year before.
  for (const y of [year, year - 1]) {
    const ms = Date.UTC(y, line.month - 1, line.day);
    const lag = (pageMs - ms) / DAY_MS;
    if (lag >= 1 && lag <= MAX_LAG) {
      const iso = new Date(ms).toISOString().slice(0, 10);
      return { ...date, date: iso, evidence: `${date.evidence}; wire copy dated «${line.span.text.trim()}» (${iso})` };
    }
  }
  return null;
}
