/**
 * "that June", "that same September", "the following March": a month whose year is the one written
 * last before it, not the article's. A history told in a paragraph ("ties were established on March
 * 20, 1992, and the treaty signed that June"; "… in February 2012, and Putin returned the favour that
 * September") dates its second event by the first one's year ("the following" month comes after it,
 * in the next year when its month is earlier).
 */
import type { DateMention } from '../../types';
import { rx } from '../regex';
import { MONTH_EN, monthNumber } from './lexicon';

/** "that June", "that same September", "the following March" (the month word must be capitalised). */
const THAT_MONTH = rx(`(?<![\\p{L}])(?:that\\s+(?:same\\s+)?|the\\s+(?<next>following|next)\\s+)(?<m>${MONTH_EN})(?![\\p{L}\\d])(?!\\s+\\d)`, 'gu');
/** A cheap test on the whole text before `THAT_MONTH` runs. */
const GATE = /(?:that|following|next)\s+(?:same\s+)?[A-Z]/;
/** A year written in digits in a mention's text. */
const WRITTEN_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
/** An English month is written with a capital ("that may be" is no month). */
const CAPITAL = /^[A-Z]/;
/** How far back (characters) the year written before may be: about two sentences. */
const REACH = 400;

/** Month mentions for "that June" phrases of `text`, dated by the latest mention with a written year before each. */
export function thatMonthMentions(text: string, mentions: readonly DateMention[]): DateMention[] {
  if (!GATE.test(text)) return [];
  const out: DateMention[] = [];
  for (const m of text.matchAll(THAT_MONTH)) {
    const start = m.index;
    const end = start + m[0].length;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    let before: DateMention | null = null;
    for (const x of mentions) {
      if (x.end > start) break;
      if (WRITTEN_YEAR.test(x.text)) before = x;
    }
    if (!before || start - before.end > REACH) continue;
    const word = m.groups!.m!;
    const month = CAPITAL.test(word) ? monthNumber(word) : null;
    if (!month) continue;
    let year = Number(before.date.slice(0, 4));
    const prevMonth = before.date.length >= 7 ? Number(before.date.slice(5, 7)) : null;
    if (m.groups!.next && prevMonth !== null && month <= prevMonth) year += 1;
    out.push({ start, end, text: m[0], date: `${year}-${String(month).padStart(2, '0')}`, relative: true, anchor: before.text });
  }
  return out;
}
