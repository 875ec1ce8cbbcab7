/**
 * «Ровно год назад, 23 октября 2003 года, над аэродромом …», "Exactly ten years ago, on March 20, 1992, the two
 * countries …": a dated event counted back from the article's own day. «Ровно» / "exactly" says the article is
 * written on that day-month, so many years on; without it the count is loose and nothing is inferred.
 */
import type { ArticleDoc } from '../../types';
import { fullDateSpan, parseFullDate } from './dateline';
import { rx } from '../regex';
import { COUNT_EN, COUNT_RU, countAlternation } from './lexicon';

const COUNT = new Map([...COUNT_RU, ...COUNT_EN]);
const WORDS = countAlternation([...COUNT.keys()].filter((w) => w !== 'год'));

/** Cheap tests of the whole text before `EXACT_AGO` (a string search, not a regex scan). */
const hasCue = (text: string) => (text.includes('назад') || text.includes('ago')) && (text.includes('овно') || text.includes('xactly'));
/** «ровно год назад», «ровно десять лет назад», "exactly a year ago", "exactly 20 years ago", and the punctuation after. */
const EXACT_AGO = rx(
  `(?<![\\p{L}])(?:ровно|exactly)\\s+(?:(?<n>\\d{1,2}|${WORDS})\\s+)?(?<unit>года?|лет|years?)\\s+(?:назад|ago)[\\s,:—–-]*(?:on\\s+)?`,
  'iu',
);

/** The article's date counted forward from an exactly-dated anniversary event, with how it was found. */
export interface ExactAgo {
  date: string;
  month: number;
  day: number;
  /** Where the counted-from date stands in the text. */
  at: number;
  evidence: string;
}

/** The article's own day from «ровно N лет назад, <full date>», or null. */
export function exactAgoDate(doc: ArticleDoc): ExactAgo | null {
  if (!hasCue(doc.text)) return null;
  const m = EXACT_AGO.exec(doc.text);
  if (!m?.groups) return null;
  const word = m.groups.n?.toLowerCase();
  // «ровно год назад» counts one; "exactly year ago" is no English.
  const n = word === undefined ? (/^год$/i.test(m.groups.unit!) ? 1 : 0) : /^\d+$/.test(word) ? Number(word) : (COUNT.get(word) ?? 0);
  if (n < 1) return null;
  const after = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
  // The date must follow the count at once, not stand later in the sentence.
  const full = fullDateSpan(after)?.start === 0 ? parseFullDate(after) : null;
  if (!full) return null;
  const year = Number(full.slice(0, 4)) + n;
  const month = Number(full.slice(5, 7));
  const day = Number(full.slice(8, 10));
  return { date: `${year}${full.slice(4)}`, month, day, at: m.index + m[0].length, evidence: `«${m[0].trim()} ${after.split(/[,.;]/)[0]!.trim()}»: ${full} + ${n} year${n > 1 ? 's' : ''}` };
}
