/**
 * A day counted from a landmark event the article dates elsewhere: "Putin called him the day after
 * the vote" with "the Oct. 15 presidential election" told before, «накануне выборов» with «выборы
 * 10 января». The day word alone counts from the event told just before or from the article date;
 * here it counts from the landmark's own day. Words live in knowledge/loose-date-lexicon.json
 * (`landmarkDays`, `landmarkEvents`).
 */
import type { DateMention } from '../../types';
import lexicon from '../../knowledge/loose-date-lexicon.json';
import { execAll, rx } from '../regex';
import { addDays } from './days';
import { alt } from './loose-relative';


const DAYS = Object.entries(lexicon.landmarkDays).map(([k, words]) => ({ offset: Number(k), words: alt(words) }));
const GROUPS = lexicon.landmarkEvents.map((words) => alt(words));
/** Up to two words between the day word and the event («накануне президентских выборов», "the day after the snap presidential election"). */
const BETWEEN = '(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?';
/** A day word and the landmark event it counts from, per group and offset. */
const PHRASES = GROUPS.flatMap((g, group) =>
  DAYS.map(({ offset, words }) => ({ group, offset, re: rx(`(?<![\\p{L}])(?:${words})\\s+${BETWEEN}(?:${g})(?![\\p{L}])`, 'giu') })),
);
/** The event named right after a day's mention ("Oct. 15 presidential election"), or right before it («выборов 10 января», "the election on Oct. 15"). */
const NAMED_AFTER = GROUPS.map((g) => rx(`^\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:${g})(?![\\p{L}])`, 'iu'));
const NAMED_BEFORE = GROUPS.map((g) => rx(`(?<![\\p{L}])(?:${g})(?:\\s+(?:on|of|held\\s+on|состоявш\\p{L}*|прошедш\\p{L}*))?[\\s,]+$`, 'iu'));
/** A cheap test on the whole text. */
const GATE = rx(`(?<![\\p{L}])(?:${DAYS.map((d) => d.words).join('|')})(?![\\p{L}])`, 'iu');
/**
 * The words every day phrase of the lexicon holds («накануне», «за день до», "the day after", "on the eve of"),
 * tested before `GATE`: a regex that opens with a lookbehind is tried at every position of the text, this
 * one only where «н», «д», "d" or "e" stands, and most articles hold none of the phrases.
 */
export const DAY_CUE = /накануне|день\s+(?:до|после)|day\s+(?:before|after)|eve\s+of/iu;
/** Each group's event words anywhere in the text: a group none of whose words occurs has no phrase to scan for. */
const GROUP_GATES = GROUPS.map((g) => rx(`(?:${g})(?![\\p{L}])`, 'iu'));
/** How far (characters) around a day's mention the event's name is looked for. */
const REACH = 60;
const FULL = /^\d{4}-\d{2}-\d{2}$/;


/** The one day the article tells for an event of `group`, as a mention; null when it tells none or several. */
function landmarkDay(text: string, mentions: readonly DateMention[], group: number): DateMention | null {
  let found: DateMention | null = null;
  for (const m of mentions) {
    if (!FULL.test(m.date) || m.relative) continue;
    const after = text.slice(m.end, m.end + REACH);
    const before = text.slice(Math.max(0, m.start - REACH), m.start);
    if (!NAMED_AFTER[group]!.test(after) && !NAMED_BEFORE[group]!.test(before)) continue;
    if (found && found.date !== m.date) return null;
    found ??= m;
  }
  return found;
}

/**
 * `mentions` (in text order) with each day counted from a landmark event the article dates
 * elsewhere added, replacing a mention of its day word alone («накануне»).
 */
export function withLandmarkDays(text: string, mentions: DateMention[]): DateMention[] {
  if (!DAY_CUE.test(text) || !GATE.test(text)) return mentions;
  const named = GROUP_GATES.map((g) => g.test(text));
  let out = mentions;
  for (const { group, offset, re } of PHRASES) {
    if (!named[group]) continue;
    for (const m of execAll(re, text)) {
      const start = m.index!;
      const end = start + m[0].length;
      const day = landmarkDay(text, out, group);
      if (!day || (day.start >= start && day.end <= end)) continue;
      const mention: DateMention = { start, end, text: m[0], date: addDays(day.date, offset), relative: true, anchor: day.text };
      out = [...out.filter((x) => x.end <= start || x.start >= end), mention].sort((a, b) => a.start - b.start);
    }
  }
  return out;
}
