/**
 * A relative date set beside an explicit one names the same day: «позвонил уже 8 апреля, на
 * следующий день после стрельбы», "on 8 April, the day after the shooting", «вчера, 15 мая,»,
 * "yesterday (May 15)". The two are one date told twice: the relative one is dropped, so the
 * clause is not cut at it and no second milestone is made of its piece; an event word inside the
 * apposition («накануне подписания договора») is only the landmark it counts from.
 */
import type { DateMention } from '../../types';

/** A stretch of the article's text. */
interface Span {
  start: number;
  end: number;
}

/**
 * Only punctuation and spaces between two mentions: a comma, a dash or an opening bracket. Not a line break: a
 * dateline's day at the end of its line («Новости, 20 марта») and «Сегодня …» opening the next paragraph are two.
 */
const APPOSED = /^[^\S\n]*[,(–—-]?[^\S\n]*$/;
/** «после», "after" right after a relative day: it counts from the landmark named next. */
const LANDMARK_AFTER = /^\s+(?:после|after|of)\s/iu;
const LANDMARK_REACH = 8;
/** «накануне», "on the eve": a relative day counted back from a landmark. */
const EVE = /^(?:накануне|(?:on\s+)?the\s+eve)$/iu;
/** A word right after the eve word: the landmark it counts from («накануне Дня …», "the eve of …"). */
const LANDMARK_NOUN = /^\s+[\p{L}]/u;
/** Where an apposition ends: the next comma, bracket, dash or sentence end. */
const APPOSITION_END = /[,;:.)–—!?\n]/g;

/** `mentions` (in text order) without a relative mention that only restates an explicit one beside it, and the stretches of those appositions. */
export function withoutApposedRelatives(text: string, mentions: DateMention[]): { mentions: DateMention[]; apposed: Span[] } {
  if (mentions.length < 2) return { mentions, apposed: [] };
  let drop: Set<DateMention> | null = null;
  const apposed: Span[] = [];
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    if (b.start < a.end || !APPOSED.test(text.slice(a.end, b.start))) continue;
    // «В пятницу, накануне Дня независимости, …», "On Friday, on the eve of Russia Day": the eve names the day told
    // before it by its landmark, not the day before that day.
    if (a.relative && b.relative && !(b.anchor === a.text && EVE.test(b.text) && LANDMARK_NOUN.test(text.slice(b.end, b.end + 3)))) continue;
    if (!a.relative && !b.relative) continue;
    const relative = b.relative ? b : a;
    // «подписал 6 августа, на следующий день правительство утвердило …»: a later day counted from the explicit one is another
    // day (not one counted from a landmark named after it: «6 августа, на следующий день после саммита», «накануне подписания»).
    const explicit = relative === a ? b : a;
    if (relative.anchor === explicit.text && relative.date > explicit.date && !LANDMARK_AFTER.test(text.slice(relative.end, relative.end + LANDMARK_REACH))) continue;
    (drop ??= new Set()).add(relative);
    APPOSITION_END.lastIndex = relative.end;
    const end = APPOSITION_END.exec(text)?.index ?? text.length;
    apposed.push({ start: relative.start, end });
  }
  return drop ? { mentions: mentions.filter((m) => !drop.has(m)), apposed } : { mentions, apposed };
}

/** True when `at` lies inside one of the appositions. */
export function inApposition(apposed: readonly Span[], at: number): boolean {
  for (const x of apposed) if (x.start <= at && at < x.end) return true;
  return false;
}
