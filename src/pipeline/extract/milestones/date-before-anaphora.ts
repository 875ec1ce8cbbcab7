/**
 * «Решение приняли в декабре прошлого года, во время визита Путина в Бишкек», "in May 2001, during the
 * president's visit to Moscow": a date set right before «во время …», "during …" dates the gathering
 * named after it; that gathering is another one than the gathering told before, not a reference back.
 */
import type { DateMention } from '../../types';

/** What may stand between the date and the anaphoric words: a comma, a dash and spaces. */
const JOINER = /^[\s,–—-]{0,4}$/u;

/** True when one of `mentions` (document offsets) ends right before `from` in `text` (whose first character is at `offset`). */
export function dateRightBefore(text: string, offset: number, from: number, mentions: readonly DateMention[]): boolean {
  return mentions.some((d) => d.end <= from && from - d.end <= 4 && d.start >= offset && JOINER.test(text.slice(d.end - offset, from - offset)));
}
