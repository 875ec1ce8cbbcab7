/**
 * «10 июня того же года», «в ноябре того же года», "in November of the same year", "on June 10 that
 * year": a day or month whose year is the one written last before it, not the article's. A
 * retrospective («установили 20 марта 1992 года, а 10 июня того же года подписали договор») would
 * otherwise put the second event in the article's own year.
 *
 * The same holds for a day or month told as a stretch after the date before it («подписано 22
 * сентября 2003 года, а ровно через месяц, 23 октября, …», "signed on May 3, 2001; a week later, on
 * May 10, …"): a year on when its month comes before that date's.
 */
import type { DateMention } from '../../types';
import { rx } from '../regex';

/** The words right after a day or month that send its year back to the year written before. */
const SAME_YEAR_AFTER = rx(/^,?\s*(?:(?:того|этого)\s+же\s+года|(?:of\s+)?(?:the\s+same|that\s+same|that)\s+year)(?![\p{L}])/iu);
/** «через месяц, », "a week later, on ": the words right before a day or month that date it from the date told before. */
const LATER_BEFORE = rx(
  /(?:(?:через|спустя)\s+(?:[\p{L}\d]+\s+)?(?:месяц\p{L}*|недел\p{L}*|дн\p{L}*|день|сутки)\s*[,–—-]?\s*|(?:(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)\s+later|the\s+(?:next|following)\s+(?:day|week|month))\s*,?\s*(?:on\s+|in\s+)?)$/iu,
);
/** A cheap test on the whole text before any mention is looked at. */
const GATE = /же\s+года|(?:same|that)\s+year|через|спустя|later|next|following|(?:^|\s)(?:в|in)\s+(?:1[89]|20)\d\d/i;
/**
 * «в 2024 году», "in 2019", «Осенью 2012 года», "in the autumn of 2012": a year (or a season of it) told as the time of
 * what follows, right before a mention's digits.
 */
const POINT_YEAR = rx(/(?:^|[^\p{L}])(?:в|in|осенью|весной|летом|зимой|(?:autumn|fall|spring|summer|winter)\s+of)\s+\d{1,3}$/iu);
/** How far before a year's digits its time word may start («осенью», "summer of"). */
const POINT_WORD_REACH = 12;
/** What ends the reach of such a year: a sentence end, a clause of contrast, another number. */
const YEAR_BREAK = rx(/[.;!?]\s|\s(?:а|но|but|while|whereas)\s|\d/iu);
/** How far (characters) after such a year a day or month may still take it. */
const POINT_REACH = 90;

/** A year written in digits in a mention's text («1992 года», "March 1992"). */
const WRITTEN_YEAR = /(?<!\d)(?:1[89]|20)\d\d(?!\d)/;

/** How far back (in characters) the year written before may be. */
const REACH = 1500;

/**
 * Mentions with the year of a «того же года» day or month replaced by the year of the latest mention
 * with a written year before it (within `REACH` characters); the phrase joins the mention's span.
 */
export function sameYear(text: string, mentions: DateMention[]): DateMention[] {
  // Only a day or month after a mention with a written year can change: without one the scan of the
  // whole text for the gate (≈5% of date mentions' time) is spared.
  if (!mayTakeYear(mentions) || !(GATE.test(text) || seasonYear(text, mentions))) return mentions;
  let lastYear: { year: string; month: string; end: number; point: boolean } | null = null;
  return mentions.map((m) => {
    if (WRITTEN_YEAR.test(m.text)) {
      const point = m.date.length === 4 && POINT_YEAR.test(text.slice(Math.max(0, m.start - POINT_WORD_REACH), m.start + 3));
      lastYear = { year: m.date.slice(0, 4), month: m.date.slice(5, 7), end: m.end, point };
      return m;
    }
    // «в 2024 году, во время визита в Бишкек 25–26 ноября, …», "In 2019, on March 28, …": the day is of that year.
    if (lastYear?.point && m.date.length >= 7 && m.start - lastYear.end <= POINT_REACH && !YEAR_BREAK.test(text.slice(lastYear.end, m.start))) {
      return m.date.startsWith(lastYear.year) ? m : { ...m, date: lastYear.year + m.date.slice(4) };
    }
    if (m.date.length < 7 || !lastYear || m.start - lastYear.end > REACH) return m;
    const after = SAME_YEAR_AFTER.exec(text.slice(m.end, m.end + 40));
    if (!after) return later(text, m, lastYear);
    const end = m.end + after[0].length;
    return { ...m, end, text: text.slice(m.start, end), date: lastYear.year + m.date.slice(4) };
  });
}

/** «Осенью», "summer of" right before a year's digits: a season told as the time of what follows (asked of the written years only). */
const SEASON_BEFORE = rx(/(?:осенью|весной|летом|зимой|(?:autumn|fall|spring|summer|winter)\s+of)\s+$/iu);

/** True when a year of `mentions` is told with its season before it («Осенью 2012 года»): the gate of that case, by mention, not by a scan of the text. */
function seasonYear(text: string, mentions: readonly DateMention[]): boolean {
  for (const m of mentions) if (m.date.length === 4 && SEASON_BEFORE.test(text.slice(Math.max(0, m.start - POINT_WORD_REACH), m.start))) return true;
  return false;
}

/** True when some mention of a day or month without a written year follows one with a written year (the only ones `sameYear` may change). */
export function mayTakeYear(mentions: readonly DateMention[]): boolean {
  let written = false;
  for (const m of mentions) {
    if (WRITTEN_YEAR.test(m.text)) written = true;
    else if (written && m.date.length >= 7) return true;
  }
  return false;
}

/**
 * «через месяц, 23 октября» after «22 сентября 2003 года»: mention `m` in the year of the date
 * before it (the next one when its month comes earlier), within a sentence's reach; `m` itself otherwise.
 */
function later(text: string, m: DateMention, before: { year: string; month: string; end: number; point: boolean }): DateMention {
  if (m.start - before.end > SENTENCE_REACH) return m;
  if (!LATER_BEFORE.test(text.slice(Math.max(before.end, m.start - 40), m.start))) return m;
  const month = m.date.slice(5, 7);
  const year = before.month && month < before.month ? String(Number(before.year) + 1) : before.year;
  return { ...m, date: year + m.date.slice(4) };
}

/** How far (characters) the date a stretch is counted from may stand: the same or the previous sentence. */
const SENTENCE_REACH = 200;
