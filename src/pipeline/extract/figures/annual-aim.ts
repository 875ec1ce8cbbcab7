/**
 * An aim told as a sum a year («выйти на $5 млрд в год», "to reach $5 billion a year") with no subject word, after a
 * sentence or two on another matter without a subject of its own (a meeting being prepared): aims of a yearly volume
 * are set for the turnover told before those sentences. So are aims told as a level («выйдем на уровень в 3 млрд долларов»,
 * "to reach the level of $3 billion"): a level is of the volume told before.
 */
import { rx } from '../regex';

/** «в год», «ежегодно», "a year", "per year", "annually" right after the sum. */
const PER_YEAR_AFTER = rx(/^\s*(?:в\s+год|ежегодно|(?:a|per)\s+year|annually)(?![\p{L}])/iu);

/** True when the words right after a sum make it a yearly volume. */
export function isYearlyVolume(after: string): boolean {
  return PER_YEAR_AFTER.test(after);
}

/** «на уровень в», «уровня не менее», "the level of" right before the sum (a hedge may stand between). */
const LEVEL_BEFORE = rx(
  /(?<![\p{L}])(?:уров(?:ень|ня|не)(?:\s+в)?|level\s+of)(?:\s+(?:не\s+менее|не\s+ниже|не\s+меньше|около|порядка|более|свыше|почти|about|around|nearly|some|over|more\s+than))?\s*\$?\s*$/iu,
);

/** True when the words right before a sum name it as a level. */
export function isLevelNamed(window: string): boolean {
  return LEVEL_BEFORE.test(window);
}
