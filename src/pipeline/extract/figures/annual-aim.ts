/**
 * An aim told as a sum a year («выйти на $5 млрд в год», "to reach $5 billion a year") with no subject word, after a
 * sentence or two on another matter without a subject of its own (a meeting being prepared): aims of a yearly volume
 * are set for the turnover told before those sentences.
 */
import { rx } from '../regex';

/** «в год», «ежегодно», "a year", "per year", "annually" right after the sum. */
const PER_YEAR_AFTER = rx(/^\s*(?:в\s+год|ежегодно|(?:a|per)\s+year|annually)(?![\p{L}])/iu);

/** True when the words right after a sum make it a yearly volume. */
export function isYearlyVolume(after: string): boolean {
  return PER_YEAR_AFTER.test(after);
}
