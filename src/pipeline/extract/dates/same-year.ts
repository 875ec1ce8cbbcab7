/**
 * «10 июня того же года», «в ноябре того же года», "in November of the same year", "on June 10 that
 * year": a day or month whose year is the one written last before it, not the article's. A
 * retrospective («установили 20 марта 1992 года, а 10 июня того же года подписали договор») would
 * otherwise put the second event in the article's own year.
 *
 * The same holds for a day or month told as a stretch after the date before it («подписано 22
 * сентября 2003 года, а ровно через месяц, 23 октября, …», "signed on May 3, 2001; a week later, on
 * May 10, …"): a year on when its month comes before that date's; or before it («за неделю до этого, 1 апреля»).
 *
 * A retrospective's days without a year follow the years it writes, not the article's: a day or month told right after
 * a date of an earlier year ("In February 2009. On February 3, …"), or one the article's year would put after the
 * article's own date though it is told in the past («7 апреля 2010 года … Уже 8 апреля позвонил» on 7 April 2015).
 */
import type { Language, PartialDate } from '../../../schema/dataset';
import { speaksOfFuture } from './loose-relative';
import { infinitiveBefore, tenseBefore } from './tense';
import type { DateMention } from '../../types';
import { rx } from '../regex';
import { cueTest } from './cues';
import { MONTH_PREFIXES } from './lexicon';

/** The words right after a day or month that send its year back to the year written before. */
const SAME_YEAR_AFTER = rx(/^,?\s*(?:(?:того|этого)\s+же\s+года|(?:of\s+)?(?:the\s+same|that\s+same|that)\s+year)(?![\p{L}])/iu);
/** «через месяц, », "a week later, on ": the words right before a day or month that date it from the date told before. */
const LATER_BEFORE = rx(
  /(?:(?:через|спустя)\s+(?:[\p{L}\d]+\s+)?(?:месяц\p{L}*|недел\p{L}*|дн\p{L}*|день|сутки)\s*[,–—-]?\s*|(?:(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)\s+later|the\s+(?:next|following)\s+(?:day|week|month))\s*,?\s*(?:on\s+|in\s+)?)$/iu,
);
/** «за неделю до этого, », "two days earlier, on ": the words right before a day or month that date it back from the date told before. */
const EARLIER_BEFORE = rx(
  /(?:за\s+(?:[\p{L}\d]+\s+)?(?:месяц\p{L}*|недел\p{L}*|дн\p{L}*|день|сутки)\s+до\s+(?:этого|того)\s*[,–—-]?\s*|(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)\s+(?:earlier|before)\s*,?\s*(?:on\s+|in\s+)?)$/iu,
);
/**
 * A cheap test on the whole text before any mention is looked at: one of the phrases' words, or a year told as the time
 * («в 2024», "in 2019") after a space or at the start (`pointYearIn`). Two patterns: with the space or start before
 * «в» / "in" as its first alternative, one pattern was tried at every position of the text.
 */
const GATE_WORDS = /же\s+года|(?:same|that)\s+year|через|спустя|later|next|following/i;
const GATE_YEAR = /(?:в|in)\s+(?:1[89]|20)\d\d/gi;
const SPACE = /\s/;

/** True when «в 2024», "in 2019" stands in `text` at its start or after a space (every match of `GATE_YEAR` is looked at). */
export function pointYearIn(text: string): boolean {
  GATE_YEAR.lastIndex = 0;
  for (let m = GATE_YEAR.exec(text); m; m = GATE_YEAR.exec(text)) {
    if (m.index === 0 || SPACE.test(text.charAt(m.index - 1))) return true;
    GATE_YEAR.lastIndex = m.index + 1;
  }
  return false;
}
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
 * with a written year before it (within `REACH` characters); the phrase joins the mention's span. A day
 * or month told right after a date of an earlier year takes that year too (`toldMonth`).
 */
export function sameYear(text: string, mentions: DateMention[], article: PartialDate | null = null, lang: Language = 'ru'): DateMention[] {
  // Only a day or month after a mention with a written year can change.
  if (!mayTakeYear(mentions)) return mentions;
  // The phrases of the first rules need the gate; the month of a date told before (`toldMonth`) does not.
  const gated = GATE_WORDS.test(text) || pointYearIn(text) || seasonYear(text, mentions);
  /** The article's date when it tells its month: what the retrospective rules compare with. */
  const dated = article && article.length >= 7 ? article : null;
  let lastYear: { year: string; month: string; end: number; point: boolean } | null = null;
  let prev: Told | undefined;
  /** The mentions with a written year (or one taken from such) so far: what a day told in the past after the article's date looks back to. */
  const written: DateMention[] = [];
  return mentions.map((m) => {
    if (WRITTEN_YEAR.test(m.text)) {
      // Only the gated phrases (`phrased`) read `point`: without the gate the test is not asked.
      const point = gated && m.date.length === 4 && POINT_YEAR.test(text.slice(Math.max(0, m.start - POINT_WORD_REACH), m.start + 3));
      lastYear = { year: m.date.slice(0, 4), month: m.date.slice(5, 7), end: m.end, point };
      prev = { mention: m, context: true };
      written.push(m);
      return m;
    }
    const got = gated ? phrased(text, m, lastYear) : m;
    if (got !== m) {
      prev = { mention: got, context: true };
      written.push(got);
      return got;
    }
    const moved = m.date.length < 7 ? m : (earlierPhrase(text, m, lastYear) ?? (dated ? (toldMonth(text, m, prev, dated, lang) ?? toldPastAfter(text, m, written, dated, lang)) : null) ?? m);
    prev = { mention: moved, context: moved !== m };
    if (moved !== m) written.push(moved);
    return moved;
  });
}

/** «того же года», «через месяц, 23 октября», «в 2024 году, … 25–26 ноября»: mention `m` in the year written before, or `m` itself. */
function phrased(text: string, m: DateMention, lastYear: { year: string; month: string; end: number; point: boolean } | null): DateMention {
  // «в 2024 году, во время визита в Бишкек 25–26 ноября, …», "In 2019, on March 28, …": the day is of that year.
  // "reached $1.8 billion in 2018, and Putin is due … next month": a month counted from the article's is not of that year.
  if (lastYear?.point && m.date.length >= 7 && m.start - lastYear.end <= POINT_REACH && movable(m) && !YEAR_BREAK.test(text.slice(lastYear.end, m.start))) {
    return m.date.startsWith(lastYear.year) ? m : { ...m, date: lastYear.year + m.date.slice(4) };
  }
  if (m.date.length < 7 || !lastYear || m.start - lastYear.end > REACH) return m;
  const after = SAME_YEAR_AFTER.exec(text.slice(m.end, m.end + 40));
  if (!after) return later(text, m, lastYear);
  const end = m.end + after[0].length;
  const year = attributeYearBefore(text, lastYear.end, m.start) ?? lastYear.year;
  return { ...m, end, text: text.slice(m.start, end), date: year + m.date.slice(4) };
}

/** A year written in digits, alone. */
const BARE_YEAR = /(?<![\d.,])(?:19|20)\d\d(?![\d]|[.,]\d)/g;
/** Where a sentence ends before a mention. */
const SENTENCE_END = /[.!?]\s/g;

/**
 * "the 2023 law on the state language, signed in July of that year", «закон 2023 года, подписанный в июле того же года»: a
 * year that names a thing (no date mention of its own) in the same sentence, after the last date with a year, is the
 * year «того же года» / "that year" points to.
 */
function attributeYearBefore(text: string, from: number, to: number): string | null {
  let start = from;
  SENTENCE_END.lastIndex = from;
  for (let e = SENTENCE_END.exec(text); e && e.index < to; e = SENTENCE_END.exec(text)) start = e.index + e[0].length;
  let year: string | null = null;
  BARE_YEAR.lastIndex = start;
  for (let y = BARE_YEAR.exec(text); y && y.index < to; y = BARE_YEAR.exec(text)) year = y[0];
  return year;
}

/** A mention told before, and whether its year was written (or taken from one written) so a later day or month may take it. */
interface Told {
  mention: DateMention;
  context: boolean;
}

/** A day or month named in a mention's words (not «через месяц», "two weeks later", counted from another date). */
const NAMES_MONTH = cueTest(MONTH_PREFIXES);

/** True when `m` names its day or month and no year of its own (the retrospective rules may move it). */
const movable = (m: DateMention) => !YEAR_WORD.test(m.text) && (!m.relative || NAMES_MONTH.test(m.text));

/** A relative year in a mention's words («в марте текущего года», "in March last year"): its year is told already. */
const YEAR_WORD = /год|year/i;

/**
 * A retrospective's days without a year ("The high-water mark came in February 2009. On February 3, …", "In June 2009, … and
 * on August 1 the presidents signed"): a day or month told right after a date with a written year (in its sentence or the
 * next, the same paragraph) is of that date's year when it comes in the same month or later, lies two months or more from
 * the article's own date and its sentence does not speak of what is to come. Only ever moves a year back: a day near the
 * article's date is news of its time, whatever anniversary stands beside it.
 */
function toldMonth(text: string, m: DateMention, prev: Told | undefined, article: PartialDate, lang: Language): DateMention | null {
  if (!prev?.context || Math.abs(monthIndex(m.date) - monthIndex(article)) < FAR_MONTHS || !movable(m)) return null;
  const p = prev.mention;
  const pm = p.date.slice(5, 7);
  if (!pm || pm > m.date.slice(5, 7) || p.date.slice(0, 4) >= m.date.slice(0, 4)) return null;
  const between = text.slice(p.end, m.start);
  if (between.length > NEAR || between.includes('\n') || sentenceEnds(between) > 1) return null;
  return speaksOfFuture(clauseTo(text, m), lang) ? null : { ...m, date: p.date.slice(0, 4) + m.date.slice(4) };
}

/**
 * «Пять лет назад, 7 апреля 2010 года, режим пал. … Уже 8 апреля Путин позвонил» in an article of 7 April 2015: a day or
 * month that the article's year would put after the article's own date, told in the past tense, cannot be of that year.
 * It takes the year of a date written before it (within `REACH`): the latest of its own month, else the latest of an
 * earlier month. Null when nothing moves it.
 */
function toldPastAfter(text: string, m: DateMention, written: readonly DateMention[], article: PartialDate, lang: Language): DateMention | null {
  if (!written.length || m.date.slice(0, article.length) <= article.slice(0, m.date.length) || !movable(m)) return null;
  const month = m.date.slice(5, 7);
  let earlier: DateMention | null = null;
  let same: DateMention | null = null;
  for (let k = written.length - 1; k >= 0 && !same; k--) {
    const w = written[k]!;
    if (m.start - w.end > REACH) break;
    const wm = w.date.slice(5, 7);
    if (!wm || w.date.slice(0, 4) >= m.date.slice(0, 4)) continue;
    if (wm === month) same = w;
    else if (wm < month) earlier ??= w;
  }
  const from = same ?? earlier;
  if (!from) return null;
  if (speaksOfFuture(clauseTo(text, m), lang)) return null;
  const start = clauseStart(text, m);
  const ends = [text.indexOf('. ', m.end), text.indexOf('\n', m.end)].filter((i) => i >= 0);
  const sentence = text.slice(start, ends.length ? Math.min(...ends) : text.length);
  const at = m.start - start;
  // «договорились рассмотреть в ноябре», "agreed to consider in November": a step still to come when it was told.
  if (infinitiveBefore(sentence, at, lang)) return null;
  const past = lang === 'ru' ? RU_PAST.test(sentence.slice(at)) : tenseBefore(sentence, at, lang) === 'past';
  if (!past) return null;
  return { ...m, date: from.date.slice(0, 4) + m.date.slice(4) };
}

/** How far (characters) after the date with a written year a day or month may take its year. */
const NEAR = 400;

/** How many sentences end in `s`. */
function sentenceEnds(s: string): number {
  let n = 0;
  for (let i = s.indexOf('. '); i >= 0; i = s.indexOf('. ', i + 2)) n++;
  return n + (s.includes('! ') ? 1 : 0) + (s.includes('? ') ? 1 : 0);
}

/**
 * A Russian verb in the past tense by its ending («позвонил», «отказался», «ввела»), looked for after the date (a Russian
 * sentence's predicate mostly follows its time): the tense lexicon lists only verbs of events.
 */
const RU_PAST = /[а-яё]{2}(?:ил|ал|ял|ел|ёл|ыл|ул)(?:а|о|и)?(?:ся|сь)?(?![а-яё])/;

/** Where `m`'s sentence starts. */
const clauseStart = (text: string, m: DateMention) => Math.max(text.lastIndexOf('. ', m.start), text.lastIndexOf('\n', m.start)) + 1;

/** The words of `m`'s sentence up to the comma after it: the tense of its own clause («В июне он примет участие, …»). */
function clauseTo(text: string, m: DateMention): string {
  const start = clauseStart(text, m);
  const ends = [text.indexOf(',', m.end), text.indexOf('. ', m.end), text.indexOf('\n', m.end)].filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
}

/** How many months from the article's date a later month must lie to take the year written before it. */
const FAR_MONTHS = 2;
const monthIndex = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));

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

/**
 * «за неделю до этого, 1 апреля» after «7 апреля 2010 года», "two weeks earlier, on March 26": mention `m` in the year of
 * the date before it (the year before when its month comes later), within a sentence's reach; null otherwise.
 */
function earlierPhrase(text: string, m: DateMention, before: { year: string; month: string; end: number } | null): DateMention | null {
  if (!before || m.start - before.end > SENTENCE_REACH) return null;
  const words = text.slice(Math.max(before.end, m.start - 40), m.start);
  // The words' own letters first: the `$`-anchored pattern is tried at every position.
  if (!(words.includes('earlier') || words.includes('before') || words.includes(' до ')) || !EARLIER_BEFORE.test(words)) return null;
  const month = m.date.slice(5, 7);
  const year = before.month && month > before.month ? String(Number(before.year) - 1) : before.year;
  return year === m.date.slice(0, 4) ? null : { ...m, date: year + m.date.slice(4) };
}

/** How far (characters) the date a stretch is counted from may stand: the same or the previous sentence. */
const SENTENCE_REACH = 200;
