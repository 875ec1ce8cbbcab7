/**
 * A small date-mention finder used only when the dates pass returned no mentions at all (it is
 * developed separately). Covers the common event dates: «28 марта [2019 года]», «13—14 июня»,
 * «в марте текущего года», «в 2014 году», «в прошлом году», "April 14", "by the end of June".
 * Resolves against the article date; without an article year only explicit years are kept.
 */
import type { PartialDate } from '../../../schema/dataset';
import type { DateMention } from '../../types';
import { rx } from '../regex';

const RU_MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма[йяе]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RU_M = `(?:${RU_MONTHS.map((m) => `${m}\\p{L}*`).join('|')})`;
const EN_M = `(?:january|february|march|april|may|june|july|august|september|october|november|december)`;
const REL = '(текущего|этого|нынешнего|прошлого|следующего|будущего)';
const REL_IN = '(текущем|этом|нынешнем|прошлом|следующем|будущем)';

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray, year: number | null) => PartialDate | null; relative: boolean }[] = [
  { re: rx(`(?<![\\p{L}\\d])(\\d{1,2})(?:\\s*[-–—]\\s*\\d{1,2})?\\s+(${RU_M})(?:\\s+(\\d{4})(?:\\s*(?:года|г\\.))?)?`, 'giu'), read: (m, y) => day(m[3] ?? y, ruMonth(m[2]!), m[1]!), relative: false },
  { re: rx(`(?<![\\p{L}\\d])(?:в|к)\\s+(?:конце\\s+|начале\\s+|середине\\s+)?(${RU_M})(?:\\s+${REL}\\s+года|\\s+(\\d{4})\\s+года)?`, 'giu'), read: (m, y) => month(m[3] ?? rel(m[2], y), ruMonth(m[1]!)), relative: true },
  { re: rx(`(?<![\\p{L}\\d])(?:в|на)\\s+(?:конце\\s+|начале\\s+)?(\\d{4})\\s+(?:году|г\\.)|(?:в|до)\\s+(\\d{4})-м`, 'giu'), read: (m) => m[1] ?? m[2] ?? null, relative: false },
  { re: rx(`(?<![\\p{L}])(?:в\\s+${REL_IN}\\s+году|в\\s+(?:конце|начале)\\s+${REL}\\s+года)`, 'giu'), read: (m, y) => year(rel(m[1] ?? m[2], y)), relative: true },
  { re: rx(`(?<![\\p{L}\\d])(${EN_M})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?|(\\d{1,2})\\s+(${EN_M})(?:\\s+(\\d{4}))?`, 'giu'), read: (m, y) => (m[1] ? day(m[3] ?? y, enMonth(m[1]), m[2]!) : day(m[6] ?? y, enMonth(m[5]!), m[4]!)), relative: false },
  { re: rx(`(?<![\\p{L}\\d])(?:in|by|until)\\s+(?:the\\s+(?:end|beginning|middle)\\s+of\\s+)?(${EN_M})(?:\\s+(\\d{4}))?`, 'giu'), read: (m, y) => month(m[2] ?? y, enMonth(m[1]!)), relative: true },
  { re: /\bin\s+(\d{4})\b/giu, read: (m) => m[1]!, relative: false },
  { re: /\b(this|last|next)\s+year\b/giu, read: (m, y) => year(y === null ? null : y + ({ this: 0, last: -1, next: 1 } as Record<string, number>)[m[1]!.toLowerCase()]!), relative: true },
];

/** Each month's stem anchored at a word's start, compiled once rather than on every date read. */
const RU_MONTH_STARTS = RU_MONTHS.map((m) => rx(`^${m}`, 'iu'));

function ruMonth(w: string): number {
  const i = RU_MONTH_STARTS.findIndex((re) => re.test(w));
  return i + 1;
}
function enMonth(w: string): number {
  return EN_MONTHS.indexOf(w.slice(0, 3).toLowerCase()) + 1;
}
function rel(word: string | undefined, y: number | null): number | null {
  if (y === null) return null;
  if (!word) return y;
  if (/^прошл/i.test(word)) return y - 1;
  if (/^(следующ|будущ)/i.test(word)) return y + 1;
  return y;
}
const pad = (n: number) => String(n).padStart(2, '0');
const year = (y: number | string | null) => (y === null ? null : String(y));
const month = (y: number | string | null, mo: number) => (y === null || mo < 1 ? null : `${y}-${pad(mo)}`);
const day = (y: number | string | null, mo: number, d: string) => (y === null || mo < 1 || +d < 1 || +d > 31 ? null : `${y}-${pad(mo)}-${pad(+d)}`);

/** Finds date mentions in `text` (offsets into it), resolved against `articleDate`. */
export function fallbackDateMentions(text: string, articleDate: PartialDate | null): DateMention[] {
  const y = articleDate ? Number(articleDate.slice(0, 4)) : null;
  const out: DateMention[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const date = p.read(m, y);
      const start = m.index;
      const end = start + m[0].length;
      if (!date || out.some((o) => o.start < end && start < o.end)) continue;
      out.push({ start, end, text: m[0], date, relative: p.relative });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
