/**
 * The article's own date line: agency datelines («БИШКЕК, 11 ноя – РИА Новости», "MOSCOW, May 24.
 * /TASS/", "BISHKEK, Oct 12 (Reuters) -"), bylines with a full date («27 марта 2019, 14:13»,
 * "May 24, 2017") and, failing those, a past-event phrase in the first sentences («состоялась 1 июня»).
 */
import type { ArticleDoc, Span } from '../../types';
import { FUTURE, MONTH_ANY, MONTH_EN, MONTH_RU, PAST_EVENT, PUBLISH_LABEL, PUBLISH_LINE, THIS_DAY_LABEL, UPDATE_AFTER, UPDATE_LINE, WEEKDAY_ANY, isWeekday, monthNumber, weekdayNumber } from './lexicon';
import { rx } from '../regex';
import { allLines, firstLines, leadingSpaces, type Line } from './lines';
import { isChronologyEntry as isChronologyTail } from './page-lines';
import { weekdayOf } from './loose-relative';

const WORD_INITIAL = rx(/(^|[\s-])(\p{L})/gu);
const A_LETTER = rx(/\p{L}/u);
const DOMAIN_END = rx(/\.\p{L}{2,4}$/u);

/** A day-month (with a year when the line gives one) found where the article states its own date. */
export interface DateLine {
  kind: 'dateline' | 'byline' | 'body';
  year: number | null;
  month: number;
  day: number;
  place: string | null;
  outlet: string | null;
  span: Span;
  /** The weekday written with a day-month (0 = Monday): it narrows the years the date can be in. */
  weekday?: number;
  /**
   * True when the body's day-month names a past event by its date ("after the April 7 uprising"):
   * the article is later, so only its month is taken.
   */
  namesEvent?: boolean;
}

const YEAR = '(?<y>(?:199\\d|20[0-4]\\d))';
export const DAY_MONTH = `(?:(?<d1>\\d{1,2})\\s+(?<m1>${MONTH_ANY})|(?<m2>${MONTH_EN})\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?!\\d))`;
/** A dateline's place, with an abbreviated first word ("ST. PETERSBURG. June 6 (Interfax)", "N. NOVGOROD"). */
const PLACE = '(?<place>(?:\\p{Lu}\\p{L}?\\.\\s?)?\\p{Lu}[\\p{L}\\-]+(?:[ \\-]\\p{Lu}[\\p{L}\\-]+){0,2})';
/** A numeric day.month.year date, as agencies write it in datelines («Бишкек, 03.07.2018 — АКИpress», «Бишкек, 05.03.13 — ИА …»). */
const NUMERIC_DATE = '(?<d3>[0-3]?\\d)\\.(?<m3>[01]?\\d)\\.(?:(?<y3>(?:199\\d|20[0-4]\\d))|(?<yy>\\d{2}))(?!\\d)';
/** ", Kyrgyzstan" after the place of a dateline: its country ("BISHKEK, Kyrgyzstan, Aug. 24"), or in brackets («ОШ (Киргизия), 5 мая»). */
const COUNTRY = '(?:\\s*,\\s*\\p{Lu}[\\p{L}\\-]+(?: \\p{Lu}[\\p{L}\\-]+)?|\\s*\\(\\s*\\p{Lu}[\\p{L}\\-]+(?: \\p{Lu}[\\p{L}\\-]+)?\\s*\\))?';
/** A day joined to its month by a hyphen, as Kyrgyz-language agencies write it («Ош, 24-сентябрь — Кабар.»). */
const DAY_HYPHEN_MONTH = `(?<d5>\\d{1,2})-(?<m5>${MONTH_RU})`;
/** «PLACE, 12 октября [2023 г.][, 14:00]», «PLACE, 12.10.2023», «PLACE, 24-сентябрь» or "PLACE, Country, Aug. 24" at the start of a line. */
const AGENCY = rx(
  `^${PLACE}${COUNTRY}\\s*[,.]\\s*(?:${DAY_MONTH}(?:,?\\s*${YEAR}(?:\\s*(?:года|г\\.|г(?![\\p{L}])))?)?|${NUMERIC_DATE}|${DAY_HYPHEN_MONTH})(?:\\s*[,.]?\\s*\\d{1,2}:\\d{2})?`,
  'u',
);
/**
 * A full date anywhere in a short line: «20 сентября 2012 года», "May 24, 2017", 24.05.2017, 2017-05-24; a European
 * day with a point ("12. Aug 2015"); a weekly's span of days ("April 11-17, 1995"), read as its first day.
 */
const FULL = rx(
  `(?<![\\d.])(?:(?<d1>\\d{1,2})\\.?\\s+(?<m1>${MONTH_ANY}),?\\s*${YEAR}|(?<m2>${MONTH_EN})\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–—]\\s*\\d{1,2}(?!\\d))?,?\\s+(?<y2>(?:199\\d|20[0-4]\\d))|(?<d3>[0-3]?\\d)\\.(?<m3>[01]?\\d)\\.(?<y3>(?:199\\d|20[0-4]\\d))|(?<y4>(?:199\\d|20[0-4]\\d))-(?<m4>[01]\\d)-(?<d4>[0-3]\\d))(?![\\d])`,
  'u',
);
/** «Напомним, …», "Recall that …": background, not the article's event. */
const RECALL = /^(?:Напомним|Напомним,|Как сообщалось|Как ранее сообщал|Recall|As reported|As previously reported)/iu;
const HAS_YEAR = /(?:199|20[0-4])\d/;
/**
 * What follows the date of a chronology entry («20 марта 1992 года — установлены отношения;»,
 * "10 June 1992: treaty signed"): a dash or colon, then a word in lower case — an event told, not
 * an outlet or a time.
 */
const CHRONOLOGY_TAIL = rx(/^\s*(?:года|г\.)?\s*[—–:-]\s*\p{Ll}/u);
/** A dash or colon right after the date, then a word: an entry when the lines around it are entries too. */
const ENTRY_TAIL = rx(/^\s*(?:года|г\.)?\s*[—–:-]\s*\p{L}/u);
/** DAY_MONTH, with an English ordinal day before the month as well ("the 15th of May", "15th May"). */
const DAY_MONTH_ORDINAL = `(?:(?:the\\s+)?(?<d1>\\d{1,2})(?:(?:st|nd|rd|th)(?:\\s+of)?)?\\s+(?<m1>${MONTH_ANY})|(?<m2>${MONTH_EN})\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?!\\d))`;
const DAY_MONTH_ANYWHERE = rx(`(?<![\\d.,])${DAY_MONTH_ORDINAL}(?:\\s*,?\\s*${YEAR}(?!\\d))?`, 'u');
/** Outlet right after the date: (Reuters), /TASS/, – РИА Новости., . КирТАГ - */
const OUTLET_AFTER = [
  /^\s*[.,]?\s*\(\s*([^()\n]{2,40}?)\s*\)\s*[-–—.:]?/u,
  /^\s*[.,]?\s*[-–—]?\s*\/\s*([^/\n]{2,40}?)\s*\/\s*[.,\-–—]?/u,
  rx(/^\s*[.,]?\s*[-–—]\s*(\p{L}(?:[^.\n]|\.(?=\p{L})){1,38}?)\s*(?:\.(?=\s|$)|\s[-–—]\s|$)/u),
  rx(/^\s*\.\s*(\p{L}(?:[^.\n]|\.(?=\p{L})){1,38}?)\s*[-–—:]\s/u),
];
/** Place after a full date on a short line: «20 сентября 2012 года, Бишкек». */
const PLACE_AFTER = rx(/^\s*(?:года|г\.)?\s*[,.]?\s*(\p{Lu}[\p{L}-]+(?:[ -]\p{Lu}[\p{L}-]+)?)\s*\.?\s*$/u);

export function dayMonth(g: Record<string, string | undefined>): { day: number; month: number } | null {
  const dayStr = g.d1 ?? g.d2 ?? g.d3 ?? g.d4 ?? g.d5;
  const monthStr = g.m1 ?? g.m2 ?? g.m5;
  const month = monthStr ? monthNumber(monthStr) : Number(g.m3 ?? g.m4);
  const day = Number(dayStr);
  if (!month || month > 12 || !day || day > 31) return null;
  return { day, month };
}

/** Title case for each part of a place name: "НУР-СУЛТАН" → "Нур-Султан", "MOSCOW" → "Moscow". */
export function titleCase(name: string): string {
  return name.toLowerCase().replace(WORD_INITIAL, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function outletAfter(rest: string): { outlet: string; length: number } | null {
  for (const re of OUTLET_AFTER) {
    const m = rest.match(re);
    if (!m) continue;
    const outlet = m[1]!.trim();
    if (outlet.split(/\s+/).length > 4 || !A_LETTER.test(outlet)) continue;
    // The span ends at the outlet and its closing bracket, slash or period, not at the dash after it.
    const after = m[0].indexOf(outlet) + outlet.length;
    const closer = rest.slice(after).match(/^[)/]?\.?/)![0];
    return { outlet, length: after + closer.length };
  }
  return null;
}

const span = (doc: ArticleDoc, start: number, end: number): Span => ({ start, end, text: doc.text.slice(start, end) });

/** The agency dateline a line opens with, and whether only the place list made it one; or null. */
function agencyDatelineOf(doc: ArticleDoc, line: Line, isPlace: (name: string) => boolean): { dateline: DateLine; listedOnly: boolean } | null {
  const lead = leadingSpaces(line.text);
  const m = line.text.slice(lead).match(AGENCY);
  if (!m?.groups) return null;
  const dm = dayMonth(m.groups);
  if (!dm) return null;
  const place = m.groups.place!;
  const weekday = isWeekday(place);
  const after = weekday ? null : outletAfter(line.text.slice(lead + m[0].length));
  const shouting = place === place.toUpperCase() && place.length > 2;
  const year = m.groups.y ?? m.groups.y3 ?? (m.groups.yy ? String(fullYear(m.groups.yy)) : undefined);
  const listedOnly = !after && !shouting && !year;
  if (listedOnly && !isPlace(place)) return null;
  if (weekday && !year) return null;
  const start = line.start + lead;
  const end = start + m[0].length + (after?.length ?? 0);
  const dateline: DateLine = {
    kind: weekday ? 'byline' : 'dateline',
    year: year ? Number(year) : null,
    ...dm,
    place: weekday ? null : titleCase(place),
    outlet: after?.outlet ?? null,
    span: span(doc, start, end),
  };
  return { dateline, listedOnly };
}

/** The agency datelines of an article: read with a place list, and without one. */
export interface AgencyDatelines {
  /** The first of the first lines that opens with a dateline, a place `isPlace` knows counting as one («Ош, 5 мая»). */
  listed: DateLine | null;
  /**
   * The first that opens with a dateline in capitals, with its agency or with its year («МОСКВА, 10 июня», "Bishkek,
   * 7 Oct. (KyrTAG)"), no place list asked: the same line unless only the list made that one a dateline.
   */
  unlisted: DateLine | null;
}

const noPlace = () => false;

/** The agency datelines at the start of the first lines (see `AgencyDatelines`), in one pass over them. */
export function findAgencyDatelines(doc: ArticleDoc, isPlace: (name: string) => boolean): AgencyDatelines {
  const lines = firstLines(doc, 12, 3000);
  for (let i = 0; i < lines.length; i++) {
    const hit = agencyDatelineOf(doc, lines[i]!, isPlace);
    if (!hit) continue;
    if (!hit.listedOnly) return { listed: hit.dateline, unlisted: hit.dateline };
    // The lines before were no dateline with the list, so none without it either: the search goes on after this one.
    for (let j = i + 1; j < lines.length; j++) {
      const next = agencyDatelineOf(doc, lines[j]!, noPlace);
      if (next) return { listed: hit.dateline, unlisted: next.dateline };
    }
    return { listed: hit.dateline, unlisted: null };
  }
  return { listed: null, unlisted: null };
}

/** An agency dateline at the start of one of the first lines, or null. */
export function findAgencyDateline(doc: ArticleDoc, isPlace: (name: string) => boolean): DateLine | null {
  return findAgencyDatelines(doc, isPlace).listed;
}

/** A full date written in any of the usual forms («20 сентября 2012 года», "May 24, 2017", 24.05.2017), as ISO, or null. */
/** Where the first full date of `text` stands (see `FULL`), or null. */
export function fullDateSpan(text: string): { start: number; end: number } | null {
  const m = FULL.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

export function parseFullDate(text: string): string | null {
  const m = FULL.exec(text);
  if (!m?.groups) return null;
  const dm = dayMonth(m.groups);
  const year = Number(m.groups.y ?? m.groups.y2 ?? m.groups.y3 ?? m.groups.y4);
  return dm && year ? `${year}-${String(dm.month).padStart(2, '0')}-${String(dm.day).padStart(2, '0')}` : null;
}

const DAY_MONTH_ALL = rx(`(?<![\\d.,])${DAY_MONTH}`, 'gu');
/** The distinct day-months written in a text («2 декабря 2005 г.», «4 декабря», "May 29") as MM-DD, stopping after `max`. */
export function dayMonthsIn(text: string, max = 3): Set<string> {
  const out = new Set<string>();
  DAY_MONTH_ALL.lastIndex = 0;
  for (let m = DAY_MONTH_ALL.exec(text); m && out.size < max; m = DAY_MONTH_ALL.exec(text)) {
    const dm = m.groups ? dayMonth(m.groups) : null;
    if (dm) out.add(`${dm.month}-${dm.day}`);
  }
  return out;
}

/** A full date on a byline-like line among the first lines («27 марта 2019, 14:13»), skipping update lines. */
export function findBylineDate(doc: ArticleDoc): DateLine | null {
  let best: DateLine | null = null;
  // "Updated 6:41 PM GMT+6, October 12, 2023": an update line is the fallback when no other line has a date.
  let updated: DateLine | null = null;
  const lines = firstLines(doc, 10, 3000);
  // The full date of each line found once: the chronology test reads the lines around one too.
  const fulls: (RegExpExecArray | null | undefined)[] = [];
  const fullAt = (i: number): RegExpExecArray | null => {
    if (fulls[i] === undefined) fulls[i] = FULL.exec(lines[i]!.text);
    return fulls[i] ?? null;
  };
  const tailAt = (i: number) => (i < 0 || i >= lines.length ? null : afterOpeningDate(lines[i]!.text, fullAt(i)));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!HAS_YEAR.test(line.text)) continue;
    if (isChronologyEntry(tailAt, i)) continue;
    const update = UPDATE_LINE.test(line.text);
    if (update && (updated || line.text.trim().length > 90)) continue;
    const m = fullAt(i);
    if (!m?.groups) continue;
    const publish = PUBLISH_LINE.test(line.text);
    const atStart = m.index <= 3 || publish || update;
    // A byline is short; a longer line with the date inside is a sentence, and a «Напомним, …» one
    // tells of the past (a founding date), not of the article.
    // A masthead's parts set off by separators («Vol. III, No. 14 · April 11-17, 1995 · 3 som») are no sentence.
    if (RECALL.test(line.text.trim()) || (line.text.trim().length > 80 && !atStart && !MASTHEAD_SEPARATOR.test(line.text) && !placeDateTail(line.text, m))) continue;
    if (isFuture(doc, line.text)) continue;
    const dm = dayMonth(m.groups);
    if (!dm) continue;
    const year = Number(m.groups.y ?? m.groups.y2 ?? m.groups.y3 ?? m.groups.y4);
    const placeM = line.text.slice(m.index + m[0].length).match(PLACE_AFTER);
    // A weekly’s issue of a span of days («№ 10 (276) 11–17 марта 2009 года»): its first day.
    const before = line.text.slice(0, m.index);
    const first = FIRST_DAY_OF_RANGE.exec(before);
    const firstDay = first && Number(first[1]) < dm.day ? Number(first[1]) : 0;
    // A span across two months («28 октября – 3 ноября 2003», "October 28 - November 3, 2003"): its first day too.
    const cross = firstDay ? null : firstDayMonthOfRange(before, dm.month);
    const from = firstDay > 0 ? m.index - first![0].length : cross ? m.index - cross.length : m.index;
    const hit: DateLine = {
      kind: 'byline',
      year: cross && cross.month > dm.month ? year - 1 : year,
      ...dm,
      ...(from < m.index ? (cross ? { day: cross.day, month: cross.month } : { day: firstDay }) : {}),
      place: placeM ? titleCase(placeM[1]!) : null,
      outlet: null,
      span: span(doc, line.start + from, line.start + m.index + m[0].length),
    };
    if (update) updated = hit;
    else if (publish) return hit;
    else best ??= hit;
  }
  return best ?? updated;
}

/** The first day of a range before a full date: «11–» of «11–17 марта 2009 года». */
const FIRST_DAY_OF_RANGE = /(?<![\d.,])([0-3]?\d)\s*[-–—]\s*$/;

/** The first day-month of a span across months before a full date: «28 октября – » of «28 октября – 3 ноября 2003». */
const FIRST_DAY_MONTH_OF_RANGE = rx(`(?<![\\d.,])(?:(?<d1>\\d{1,2})\\s+(?<m1>${MONTH_ANY})|(?<m2>${MONTH_EN})\\s+(?<d2>\\d{1,2}))\\s*[-–—]\\s*$`, 'u');

/**
 * The day-month opening a span that ends in `month` (see FIRST_DAY_MONTH_OF_RANGE), with the length
 * of its text, or null. Only a span of under a month counts: the month before, or December before January.
 */
function firstDayMonthOfRange(before: string, month: number): { day: number; month: number; length: number } | null {
  const r = FIRST_DAY_MONTH_OF_RANGE.exec(before);
  const dm = r?.groups ? dayMonth(r.groups) : null;
  if (!dm || dm.month !== (month === 1 ? 12 : month - 1)) return null;
  return { ...dm, length: r![0].length };
}

/** The tail of a line after the full date `m` (found in it by FULL) when that date opens it, else null. */
function afterOpeningDate(text: string, m: RegExpExecArray | null): string | null {
  return m && m.index <= 3 ? text.slice(m.index + m[0].length) : null;
}

/**
 * A line of a chronology list: a full date opening the line, then a dash or colon and the event
 * («20 марта 1992 года — установлены дипломатические отношения;», "10 June 1992 – Treaty signed"
 * among other such lines). It dates a past event, not the page. `tailAt(j)` is the tail of line j
 * after its opening full date (null without one, or past the lines).
 */
function isChronologyEntry(tailAt: (i: number) => string | null, i: number): boolean {
  const tail = tailAt(i);
  if (tail === null || !ENTRY_TAIL.test(tail)) return false;
  if (CHRONOLOGY_TAIL.test(tail)) return true;
  return [i - 1, i + 1].some((j) => {
    const t = tailAt(j);
    return t !== null && ENTRY_TAIL.test(t);
  });
}

/** «12/03/14 17:05»: a numeric day/month/two-digit year with a time, at the start of a line (day first). */
/** The same after a publication label: «Дата публикации: 27/09/13 17:12». */
const NUMERIC_BYLINE = rx(`^\\s*(?:${PUBLISH_LABEL})?(?<d3>[0-3]?\\d)[./](?<m3>[01]?\\d)[./](?<yy>\\d{2})\\s*,?\\s+[0-2]?\\d:[0-5]\\d(?!\\d)`, 'u');
/** A day-month with a time and no year on a short line: «Опубликовано: 20 марта, 12:30», «Газета | 5 июня, 14:20». */
const DAY_MONTH_TIME = rx(`(?<![\\d.,])${DAY_MONTH}\\s*[,в]?\\s*[0-2]?\\d:[0-5]\\d(?!\\d)`, 'u');

/**
 * A line that is only a day-month, as a release line under the headline: «14 февраля», "14 February",
 * "February 14,", also after or before a weekday ("Wednesday, October 8", «Среда, 2 августа», «21 января, четверг»,
 * "December 14 — Posted on Thursday": the weekday after a dash with the publication label), or under a this-day
 * column's heading ("This day in history: June 10").
 */
const DAY_MONTH_LINE = rx(`^\\s*(?:${PUBLISH_LABEL}|${THIS_DAY_LABEL})?(?:(?<wd>${WEEKDAY_ANY})\\.?\\s*,?\\s*)?${DAY_MONTH}\\s*(?:(?:[.,]|\\s[—–-])\\s*(?:${PUBLISH_LABEL})?(?<wd2>${WEEKDAY_ANY})\\.?)?\\s*[.,]?\\s*$`, 'u');
/** A masthead's separators: «Еженедельник · Среда, 2 августа · № 30», "Vol. 3 | Monday, May 5", «ГАЗЕТА * вторник, 4 мая * № 12». */
const MASTHEAD_SEPARATOR = /\s[·•|*]\s/u;

/** ", Москва, " / ", Moscow, " right before a date: a place set off by commas. */
const PLACE_BEFORE_DATE = rx(/,\s*\p{Lu}[\p{L}-]+(?:[ -]\p{Lu}[\p{L}-]+)?,\s*$/u);
/** Nothing after the date but «года» / «г.» and a full stop. */
const DATE_ENDS_LINE = /^\s*(?:года|г\.)?\s*\.?\s*$/u;
/**
 * A title line this long or longer is a paragraph, whatever it ends with. A ministry's transcript title names the
 * speaker, the occasion and the counterpart with their full posts (≈250 characters).
 */
const TITLE_LINE_MAX = 320;

/**
 * The title of an official transcript or briefing that ends with its place and full date, set off by commas
 * («Выступление заместителя министра на пресс-конференции, Минск, 3 марта 2031 года», "Remarks by the Deputy
 * Minister at a news conference, Minsk, March 3, 2031"): the page's date, however long the title before it.
 */
function placeDateTail(text: string, m: RegExpExecArray): boolean {
  return (
    text.trim().length < TITLE_LINE_MAX &&
    DATE_ENDS_LINE.test(text.slice(m.index + m[0].length)) &&
    PLACE_BEFORE_DATE.test(text.slice(0, m.index))
  );
}

/** A two-digit year of a byline: 91–99 → 1990s, else 2000s. */
export const fullYear = (yy: string) => (Number(yy) >= 91 ? 1900 : 2000) + Number(yy);

/** A numeric byline «DD/MM/YY HH:MM» among the first lines, as a full date, or null. */
export function findNumericByline(doc: ArticleDoc): DateLine | null {
  for (const line of firstLines(doc, 8, 2000)) {
    const m = NUMERIC_BYLINE.exec(line.text);
    if (!m?.groups) continue;
    const dm = dayMonth(m.groups);
    if (!dm) continue;
    const lead = line.text.match(/^\s*/)![0].length;
    return { kind: 'byline', year: fullYear(m.groups.yy!), ...dm, place: null, outlet: null, span: span(doc, line.start + lead, line.start + m[0].length) };
  }
  return null;
}

/**
 * A monitoring service's source line: "Source: Kyrgyz Radio, Bishkek, in Russian 1300 gmt 14 Jul 95",
 * "(Interfax news agency, Moscow, in English 0915 gmt 3 Mar 05)", "Source: ITAR-TASS, 12 May 1998". The date ends
 * the line, after the time of the broadcast when there is one; a two-digit year is read as in bylines.
 */
const SOURCE_LINE = rx(`^\\s*(?:Source\\s*:|\\()[^\\n]*?[\\s,](?<date>(?<d1>[0-3]?\\d)\\s+(?<m1>${MONTH_EN})\\s+(?<yy>\\d{2}|(?:19|20)\\d{2}))(?!\\d)\\s*\\)?\\s*$`, 'u');

/** A source line of a monitoring transcript (at the top or at the end of the text), as a full date, or null. */
export function findSourceLine(doc: ArticleDoc): DateLine | null {
  if (!/gmt|Source\s*:/i.test(doc.text)) return null;
  for (const { start, text: raw } of allLines(doc)) {
    if (raw.length > 200) continue;
    const m = SOURCE_LINE.exec(raw);
    if (!m?.groups) continue;
    const dm = dayMonth(m.groups);
    if (!dm) continue;
    const yy = m.groups.yy!;
    const year = yy.length === 4 ? Number(yy) : fullYear(yy);
    const at = start + m.index + m[0].lastIndexOf(m.groups.date!);
    return { kind: 'byline', year, ...dm, place: null, outlet: null, span: span(doc, at, start + raw.trimEnd().length) };
  }
  return null;
}

/** The line itself, then each part of a masthead line split at its separators. */
function mastheadParts(line: Line): Line[] {
  if (!MASTHEAD_SEPARATOR.test(line.text)) return [line];
  const parts: Line[] = [line];
  let at = 0;
  for (const piece of line.text.split(/[·•|*]/u)) {
    parts.push({ ...line, start: line.start + at, text: piece });
    at += piece.length + 1;
  }
  return parts;
}

/** A publication line without the update stamp told after it on the same line («Опубликовано 14 марта. Обновлено 15 марта»). */
function publicationPart(line: Line): Line {
  if (!PUBLISH_LINE.test(line.text)) return line;
  const update = UPDATE_AFTER.exec(line.text);
  return update ? { ...line, text: line.text.slice(0, update.index) } : line;
}

/** A publication line with a day-month and no year («Опубликовано: 20 марта, 12:30», or a line «14 февраля» alone, or a part of a masthead line), or null. */
export function findDayMonthByline(doc: ArticleDoc): DateLine | null {
  for (const line of firstLines(doc, 10, 2000)) {
    if (line.text.trim().length > 90 || UPDATE_LINE.test(line.text)) continue;
    for (const part of mastheadParts(publicationPart(line))) {
      const m = /\d:\d/.test(part.text) ? DAY_MONTH_TIME.exec(part.text) : DAY_MONTH_LINE.exec(part.text);
      if (!m?.groups) continue;
      const dm = dayMonth(m.groups);
      if (!dm) continue;
      const wd = m.groups.wd ?? m.groups.wd2;
      const weekday = wd ? weekdayNumber(wd) : null;
      const end = part.start + m.index + m[0].length;
      return { kind: 'byline', year: null, ...dm, place: null, outlet: null, span: span(doc, part.start + m.index, end), ...(weekday === null ? {} : { weekday }) };
    }
  }
  return null;
}

function isFuture(doc: ArticleDoc, sentence: string): boolean {
  return (doc.language === 'ru' ? FUTURE.ru : FUTURE.en).test(sentence);
}

/** How far before a day-month a weekday told with it may start («во вторник, 14 октября»). */
const WEEKDAY_REACH = 20;
/** «в пятницу, », "on Friday, ": a weekday with its preposition right before a day-month, a comma between. */
const WEEKDAY_BEFORE = rx(/(?<![\p{L}])(?:в|во|on)\s+(\p{L}+),\s*$/iu);

/**
 * «Сегодня, 23 октября, …», "Today, October 23, …" (a weekday may stand between: «Сегодня, в пятницу, 23 октября»): the
 * text names its own day, whatever the tense of the sentence.
 */
const TODAY_BEFORE = rx(/(?<![\p{L}])(?:сегодня|today)\s*,\s*(?:(?:в|во|on)\s+\p{L}+\s*,\s*)?$/iu);
/**
 * An opening bracket and a place right before a date («(г. Москва, 29 марта 1996 года)», "(Moscow, March 29, 1996)"): the
 * place and day of signing written after a document's name, not the article's day.
 */
const PLACE_DATE_IN_BRACKETS = rx(/\(\s*(?:г\.\s*)?\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?\s*,\s*$/u);
/** How far before a date the bracket of `PLACE_DATE_IN_BRACKETS` may open. */
const PLACE_DATE_REACH = 40;
/** How far before a day-month «сегодня, » with a weekday may start. */
const TODAY_REACH = 32;
/** «Вчера, 14 марта, …», "Yesterday, May 30, …" (a weekday may stand between): the day told is the one before the page's. */
const YESTERDAY_BEFORE = rx(/(?<![\p{L}])(?:вчера|yesterday)\s*,\s*(?:(?:в|во|on)\s+\p{L}+\s*,\s*)?$/iu);
/** Days in each month of a year that is not a leap year: the day after the last is the first of the next month. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The day after `dm`, or null when it depends on the year left untold (after 28 February) or crosses into the next
 * year (after 31 December).
 */
function dayAfter(dm: { month: number; day: number }): { month: number; day: number } | null {
  if (dm.month === 2 && dm.day >= 28) return null;
  if (dm.day < MONTH_DAYS[dm.month - 1]!) return { month: dm.month, day: dm.day + 1 };
  return dm.month === 12 ? null : { month: dm.month + 1, day: 1 };
}

/**
 * A day-month in a past-event sentence among the first sentences («встреча состоялась 1 июня»), or right after
 * «сегодня, » / "today, ", where the text names its own day.
 */
export function findBodyEventDate(doc: ArticleDoc, maxSentences = 12): DateLine | null {
  const past = doc.language === 'ru' ? PAST_EVENT.ru : PAST_EVENT.en;
  for (const s of doc.sentences.slice(0, maxSentences)) {
    if (!/\d/.test(s.text) || UPDATE_LINE.test(s.text)) continue;
    const m = DAY_MONTH_ANYWHERE.exec(s.text);
    if (!m?.groups) continue;
    const today = m.index > 6 && TODAY_BEFORE.test(s.text.slice(Math.max(0, m.index - TODAY_REACH), m.index));
    if (!today && (!past.test(s.text) || isFuture(doc, s.text) || RECALL.test(s.text))) continue;
    // A range («13—14 июня») or a list is rarely the article's own day.
    if (/\d\s*[-–—]\s*$/.test(s.text.slice(0, m.index))) continue;
    // «14 мая 1993 года — подписан договор;»: an entry of a chronology.
    if (m.index <= 2 && isChronologyTail(s.text.slice(m.index + m[0].length))) continue;
    // «Соглашение … (г. Москва, 29 марта 1996 года)»: where and when a document named was signed.
    if (PLACE_DATE_IN_BRACKETS.test(s.text.slice(Math.max(0, m.index - PLACE_DATE_REACH), m.index))) continue;
    const told = dayMonth(m.groups);
    if (!told) continue;
    // «Вчера, 14 марта, завершилась сессия»: the page is of the next day.
    const yesterday = m.index > 5 && YESTERDAY_BEFORE.test(s.text.slice(Math.max(0, m.index - TODAY_REACH), m.index));
    const dm = yesterday ? dayAfter(told) : told;
    if (!dm) continue;
    // «В Бишкеке в пятницу, 14 октября, завершилось …», "on Friday, October 14": the weekday narrows the years as a byline's does.
    const wd = WEEKDAY_BEFORE.exec(s.text.slice(Math.max(0, m.index - WEEKDAY_REACH), m.index));
    const toldWeekday = wd ? weekdayOf(wd[1]!) : -1;
    const weekday = yesterday && toldWeekday >= 0 ? (toldWeekday + 1) % 7 : toldWeekday;
    const namesEvent = !m.groups.y && weekday < 0 && namesEventByDate(s.text, m.index, m.index + m[0].length);
    return {
      kind: 'body',
      year: m.groups.y ? Number(m.groups.y) : null,
      ...dm,
      place: null,
      outlet: null,
      span: span(doc, s.start + m.index, s.start + m.index + m[0].length),
      ...(weekday < 0 ? {} : { weekday }),
      ...(namesEvent ? { namesEvent } : {}),
    };
  }
  return null;
}

/** "the April 7 uprising": an English day-month after "the" and before a lower-case noun names an event by its date. */
const THE_BEFORE = /(?:^|\s)the\s+$/;
const NOUN_AFTER = rx(/^\s+\p{Ll}\p{L}+/u);
const NOT_NOUNS = new Set(['and', 'or', 'to', 'in', 'at', 'of', 'on', 'by', 'when', 'as', 'for', 'with', 'from', 'until', 'this', 'last', 'next']);

/** True when the day-month at `text[start, end)` qualifies a noun after "the" ("the April 7 uprising", "the March 24 vote"). */
function namesEventByDate(text: string, start: number, end: number): boolean {
  if (!THE_BEFORE.test(text.slice(Math.max(0, start - 5), start))) return false;
  const after = NOUN_AFTER.exec(text.slice(end, end + 24));
  return after !== null && !NOT_NOUNS.has(after[0].trim());
}

/** «FINMARKET.RU - …», "BISHKEK (24.kg) -": an outlet (and place) leading one of the first lines, without a date. */
const LEAD_OUTLET = rx(/^\s*(?:(?<place>\p{Lu}[\p{L}-]+(?:[ -]\p{Lu}[\p{L}-]+)?)\s*\(\s*(?<o1>[^()\n]{2,30}?)\s*\)|(?<o2>\p{Lu}[\p{L}\d.&-]{1,30}(?: \p{Lu}[\p{L}\d.&-]+)?))\s*[-–—]\s/u);

/** An outlet named at the start of one of the first lines, if it looks like one (known, a domain or capitals). */
export function findLeadOutlet(doc: ArticleDoc, isOutlet: (name: string) => boolean): { place: string | null; outlet: string; span: Span } | null {
  for (const line of firstLines(doc, 6, 2000)) {
    const m = line.text.match(LEAD_OUTLET);
    if (!m?.groups) continue;
    const outlet = (m.groups.o1 ?? m.groups.o2)!.trim();
    const plausible = isOutlet(outlet) || DOMAIN_END.test(outlet) || (outlet === outlet.toUpperCase() && outlet.length > 2);
    if (!plausible) continue;
    const lead = line.text.match(/^\s*/)![0].length;
    return {
      place: m.groups.place ? titleCase(m.groups.place) : null,
      outlet,
      span: span(doc, line.start + lead, line.start + m[0].replace(/[\s\-–—]+$/u, '').length),
    };
  }
  return null;
}
