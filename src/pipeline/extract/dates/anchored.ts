/**
 * Dates that count from the event told just before them, not from the article date: day words
 * such as «днём ранее», "the same day" (a digest of dated items: «2 декабря … Днём ранее …»)
 * and year counts such as "two years later", «спустя два года». The anchor is the latest
 * date of the right precision earlier in the sentence or in the few sentences before: any day
 * for a day word ("On Wednesday … A day earlier"), but not after the article date (a plan is not
 * the event just told); a year written in digits for a year count.
 */
import type { PartialDate } from '../../../schema/dataset';
import type { DateMention } from '../../types';
import { COUNT_EN, COUNT_RU, countAlternation } from './lexicon';
import { execAll, rx } from '../regex';
import { addDays, daysBetween } from './days';
import type { Span } from './timeline';

/** How many sentences back an anchor may be. */
export const ANCHOR_REACH = 3;

/** A mention with its sentence and, for day words that count from the event before, the offset in days. */
export interface Located {
  mention: DateMention;
  sentence: number;
  anaphoric?: number;
  /** For «на той же неделе», "that same week": how many characters of the date told before it keeps. */
  same?: number;
  /** The day word's sentence speaks of something to come: a day ahead of the article may anchor it. */
  ahead?: boolean;
}


/** "two years later", "a year later", «спустя два года», «пять лет спустя», «год спустя». */
const LATER = rx(
  `(?<![\\p{L}\\d])(?:(?<en>\\d{1,2}|${countAlternation(COUNT_EN.keys())})\\s+years?\\s+later|спустя\\s+(?:(?<ru1>\\d{1,2}|${countAlternation(COUNT_RU.keys())})\\s+)?(?:год|года|лет)|(?:(?<ru2>\\d{1,2}|${countAlternation(COUNT_RU.keys())})\\s+)?(?:год|года|лет)\\s+спустя)(?![\\p{L}])`,
  'giu',
);
/** A cheap test before `LATER` runs. */
export const LATER_GATE = /later|спустя/i;

function count(word: string | undefined, table: Map<string, number>): number {
  if (!word) return 1;
  return /^\d+$/.test(word) ? Number(word) : (table.get(word.toLowerCase()) ?? 0);
}

/** Year counts in one sentence ("two years later"), offsets relative to it, with the number of years. */
export function yearsLater(text: string): { index: number; length: number; years: number }[] {
  if (!LATER_GATE.test(text)) return [];
  return execAll(LATER, text)
    .map((m) => {
      const g = m.groups!;
      const years = g.en !== undefined ? count(g.en, COUNT_EN) : count(g.ru1 ?? g.ru2, COUNT_RU);
      return { index: m.index!, length: m[0].length, years };
    })
    .filter((x) => x.years > 0);
}


const FULL = /^\d{4}-\d{2}-\d{2}$/;
/**
 * How many days before the article date the event told before may lie and still anchor a day
 * word: a digest item is recent news; a date of history (a treaty signed a year before) is
 * background, and «накануне» after it means the day before the article.
 */
export const ANCHOR_RECENT_DAYS = 31;

/** Whether offsets `a` and `b` lie in one of `sections`. */
function inOneSection(sections: readonly Span[], a: number, b: number): boolean {
  return sections.some((s) => s.start <= a && a < s.end && s.start <= b && b < s.end);
}

/** A year count found in a sentence ("two years later"), waiting for its anchor. */
export interface YearCount {
  start: number;
  end: number;
  text: string;
  sentence: number;
  years: number;
}

/** The latest mention among `all[0..before)` within reach of `sentence` and before `start` that `fits`. */
function anchorOf(all: Located[], before: number, sentence: number, start: number, fits: (m: DateMention, sameSentence: boolean, c: Located) => boolean): DateMention | null {
  for (let j = before - 1; j >= 0; j--) {
    const c = all[j]!;
    if (sentence - c.sentence > ANCHOR_REACH) break;
    if (c.mention.end <= start && fits(c.mention, c.sentence === sentence, c)) return c.mention;
  }
  return null;
}

/** How many sentences back the day told just before may lie for "the same day", «в тот же день» when no other date stands between. */
export const SAME_DAY_REACH = 6;

/**
 * «10 мая сом ввели … (three sentences of comment) … Каримов в тот же день закрыл границу»: "the same day"
 * never means the article's own day, so beyond `ANCHOR_REACH` it still counts from the date told last
 * before it, when that is a day and no other date stands between.
 */
function sameDayAnchor(all: Located[], i: number, x: Located, fits: (m: DateMention, same: boolean) => boolean): DateMention | null {
  // "On 4 May the minister toured a dam finished in June 1998. … Earlier in the day, …": a month or year told
  // after the day in the day's own sentence is background of that sentence, not a date between.
  let k = i - 1;
  while (k > 0 && !FULL.test(all[k]!.mention.date) && all[k]!.anaphoric === undefined && all[k]!.same === undefined && all[k - 1]!.sentence === all[k]!.sentence) k--;
  const prev = k >= 0 && FULL.test(all[k]!.mention.date) ? all[k] : i > 0 ? all[i - 1] : undefined;
  if (x.anaphoric !== 0 || !prev || prev.anaphoric !== undefined || x.sentence - prev.sentence > SAME_DAY_REACH) return null;
  return prev.mention.end <= x.mention.start && fits(prev.mention, prev.sentence === x.sentence) ? prev.mention : null;
}

/**
 * "The November visit added a memorandum. Another was signed the same day.": "the same day" right after
 * an event told only by its month is a day of that month, not a day counted from an older full date
 * or the article's own: the month told last (in its sentence or the one before, not after the article).
 */
function sameDayOfMonth(all: Located[], i: number, x: Located, article: PartialDate | null, text: string): DateMention | null {
  // "In September 2012, … for 15 years from 2017 … In the same package, …": a year alone told between names no event's time.
  let k = i - 1;
  while (k > 0 && all[k]!.mention.date.length === 4 && !all[k]!.mention.relative && x.sentence - all[k]!.sentence <= 1) k--;
  const prev = all[k];
  if (x.anaphoric !== 0 || !prev || prev.anaphoric !== undefined || prev.same !== undefined || x.sentence - prev.sentence > 1) return null;
  const m = prev.mention;
  if (!/^\d{4}-\d{2}$/.test(m.date) || m.end > x.mention.start) return null;
  if (foundingOfNoun(text, m)) return null;
  return !article || m.date <= article.slice(0, 7) ? m : null;
}

/** How far before a month its participle of founding may stand ("the Commonwealth, founded in December 1991"). */
const FOUNDING_REACH = 32;
/**
 * "the Commonwealth, founded in December 1991", «Содружества, основанного в декабре 1991 года»: a participle (not "was
 * founded", «была основана») that names when the noun before it was founded, not an occasion of the narrative.
 */
const FOUNDING_BEFORE = rx(
  /(?:^|[^\p{L}])(?<!(?:was|were|been|is)\s)(?:founded|established|created|formed|основанн\p{L}*|созданн\p{L}*|учрежд[её]нн\p{L}*|образованн\p{L}*)\s+(?:(?:in|on|в|во)\s+)?$/iu,
);

/** True when the month mention `m` names the founding of a noun, told by a participle right before it. */
export function foundingOfNoun(text: string, m: DateMention): boolean {
  if (!text) return false;
  return FOUNDING_BEFORE.test(text.slice(Math.max(0, m.start - FOUNDING_REACH), m.start));
}

/**
 * «Договора … от 10 июня 1992 г.», "the treaty dated June 10, 1992": a document's date written as part of its name,
 * not a day the narrative told; "the same day" after it counts from the event told before.
 */
const DOCUMENT_DATE_BEFORE = rx(/(?:^|[^\p{L}])(?:от|dated)\s+$/iu);
/** A stay on a visit told in the present, before the day word in its sentence («находится в Ташкенте с трехдневным визитом … накануне»). */
const STAY_NOW = rx(/(?:^|[^\p{L}])(?:находится|находятся|пребывает|пребывают|is|are)\s+(?:in|on|в|во|на)\s+[^.!?]{0,60}?(?:визит|visit)[^.!?]{0,40}$/iu);
/** How far before the day word its stay may start. */
const STAY_REACH = 120;

/** «Накануне» standing alone, with no gathering after it («накануне саммита» is read elsewhere). */
const EVE_ALONE = /^накануне$/iu;

/** «10-13 июля», «10–13 июля»: a mention that opens with a span of days of one month; group 1 is the last day. */
const DAY_SPAN_RU = /^\d{1,2}\s*[-–—]\s*(\d{1,2})(?!\d)/u;
/** "July 10-13", "July 10 – 13": the span's last day written right after a mention that ends with its first day. */
const DAY_SPAN_AFTER = /^\s*[-–—]\s*(\d{1,2})(?!\d)/u;

/**
 * «"Иннопром" проходит 10-13 июля. … Накануне министр провел переговоры» in an article of 11 July: the
 * span of a gathering under way on the article's day tells no day of the narrative; the eve counts
 * from the article. True when `m` is a span of days of one month that holds the article's day.
 */
function spansArticleDay(text: string, m: DateMention, article: PartialDate | null): boolean {
  if (!article || article.length !== 10 || m.date.length !== 10 || m.date > article || m.date.slice(0, 7) !== article.slice(0, 7)) return false;
  const span = DAY_SPAN_RU.exec(m.text) ?? (text ? DAY_SPAN_AFTER.exec(text.slice(m.end, m.end + 6)) : null);
  return span !== null && Number(span[1]) >= Number(article.slice(8, 10));
}

/** How far before a mention its «от» may stand. */
const DOCUMENT_DATE_REACH = 7;

/** True when the mention `m` is a document's date («от 10 июня 1992 г.»). */
function documentDate(text: string, m: DateMention): boolean {
  return text !== '' && DOCUMENT_DATE_BEFORE.test(text.slice(Math.max(0, m.start - DOCUMENT_DATE_REACH), m.start));
}

/**
 * Re-dates the anaphoric day words of `all` (sorted by position) from the event told before them,
 * and adds the year counts that have an explicit year before them; returns mentions in text order.
 */
export function anchorMentions(all: Located[], years: YearCount[], article: PartialDate | null, sections: readonly Span[] = [], text = ''): DateMention[] {
  // "9 May – the leaders watch the parade; talks the next day": a day told earlier in the same sentence anchors its day
  // word however far from the article date it lies (a timeline entry, a plan: "will arrive on 5 March and meet the next day").
  // So does a past day told earlier under the same month heading of a year review («Май. 9 мая … Накануне …»).
  const past = (m: DateMention, sameSentence: boolean, at = -1) =>
    FULL.test(m.date) &&
    (sameSentence || !article || article.length < 10 || (m.date <= article && (daysBetween(m.date, article) <= ANCHOR_RECENT_DAYS || (at >= 0 && inOneSection(sections, m.start, at)))));
  const located: Located[] = all.map((x, i) => {
    if (x.same !== undefined) return samePeriod(all, i, x, article);
    if (x.anaphoric === undefined) return x;
    // «Путин и Атамбаев накануне саммита договорились» over «…накануне вечером провел переговоры»: a day word that shifts the
    // day does not count from another day word (both count from the article; a headline and its lead tell one eve);
    // "the same day" does ("The day before, … Later the same day, …").
    // "The council will meet on 20 December. An informal summit is expected the same day": a plan counts from the day planned.
    // "the same day" never means the article's own day: a day of history told before anchors it however long ago it lies
    // («20 сентября 2012 года … подписано соглашение. В тот же день …» in a retrospective of 2013).
    // "The next day", «на следующий день» never count from the article's own day either: the day after it is yet to come.
    const fits = (m: DateMention, same: boolean) => !(x.anaphoric === 0 && documentDate(text, m)) && !(x.anaphoric! < 0 && spansArticleDay(text, m, article)) && (past(m, same, x.mention.start) || (x.anaphoric! >= 0 && FULL.test(m.date) && (!article || m.date <= article)) || (x.ahead === true && FULL.test(m.date) && article !== null && article.length === 10 && m.date > article && daysBetween(article, m.date) <= ANCHOR_RECENT_DAYS));
    // «Делегация находится в Ташкенте с рабочим визитом, начатым накануне», "is in Tashkent on a visit that began the day
    // before": a stay told in the present is of the article's day, and its eve is the article's eve.
    if (x.anaphoric === -1 && text && STAY_NOW.test(text.slice(Math.max(0, x.mention.start - STAY_REACH), x.mention.start))) return x;
    const month = sameDayOfMonth(all, i, x, article, text);
    if (month) return { ...x, mention: { ...x.mention, date: month.date, relative: true, anchor: month.text } };
    // "Putin will visit on October 12. The following day he is expected to attend the summit": a day after a planned day told in
    // its sentence or the one before counts from it, however far ahead it lies.
    const dayAfterPlan = (m: DateMention, c: Located) => x.ahead === true && x.anaphoric! > 0 && FULL.test(m.date) && article !== null && m.date > article && x.sentence - c.sentence <= 1;
    // «В понедельник боевики захватили … . (two sentences on today's talks) Накануне министр заявил …»: «накануне» alone
    // and a weekday told with other sentences between both count from the article's day; the eve is the article's.
    const eveOfArticle = (c: Located) => c.mention.relative && c.sentence < x.sentence - 1 && EVE_ALONE.test(x.mention.text);
    const anchor = anchorOf(all, i, x.sentence, x.mention.start, (m, same, c) => (fits(m, same) || dayAfterPlan(m, c)) && (x.anaphoric === 0 || (c.anaphoric === undefined && !eveOfArticle(c)))) ?? sameDayAnchor(all, i, x, fits);
    return anchor ? { ...x, mention: { ...x.mention, date: addDays(anchor.date, x.anaphoric), relative: true, anchor: anchor.text } } : x;
  });
  for (const y of years) {
    const at = located.findIndex((x) => x.mention.start > y.start);
    const pos = at < 0 ? located.length : at;
    const anchor = anchorOf(located, pos, y.sentence, y.start, (m) => !m.relative && /\d{4}/.test(m.text));
    if (!anchor) continue;
    const date = String(Number(anchor.date.slice(0, 4)) + y.years);
    located.splice(pos, 0, { mention: { start: y.start, end: y.end, text: y.text, date, relative: true, anchor: anchor.text }, sentence: y.sentence });
  }
  return located.filter((x) => x.same === undefined || x.mention.anchor !== undefined).map((x) => x.mention);
}

/**
 * «14 сентября начались бои … Путин на той же неделе встретился с лидерами», "that same week": the
 * month of the latest date told before within reach, not after the article date (a week may straddle
 * two months: the month of the day told is kept). Left without an anchor (then dropped).
 */
function samePeriod(all: Located[], i: number, x: Located, article: PartialDate | null): Located {
  const keep = x.same!;
  const anchor = anchorOf(all, i, x.sentence, x.mention.start, (m, _same, c) => c.same === undefined && m.date.length >= keep && (!article || m.date.slice(0, article.length) <= article));
  return anchor ? { ...x, mention: { ...x.mention, date: anchor.date.slice(0, keep), relative: true, anchor: anchor.text } } : x;
}
