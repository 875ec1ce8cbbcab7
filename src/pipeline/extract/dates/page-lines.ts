/**
 * Page lines that date an article when its top has no dated byline: a publication line at the
 * bottom of the page («Опубликовано 21.09.2009 19:12», "Published 3 May 2011", "Last updated …",
 * a periodical's citation «„Новая газета“, № 91 от 30 ноября 2006 г.», «Четверг, 30 ноября 2006»),
 * a US-order numeric date on a byline ("By J. Smith (11/05/2009 issue)") and a periodical's issue
 * month ("Issue 12 | March 2019", «Выпуск за октябрь 2018»), which dates the article to the month.
 */
import type { ArticleDoc, Span } from '../../types';
import lexicon from '../../knowledge/date-lexicon.json';
import type { DateLine } from './dateline';
import { fullDateSpan, fullYear, parseFullDate } from './dateline';
import { MONTH_ANY, PUBLISH_LINE, UPDATE_LINE, WEEKDAY_ANY, monthNumber } from './lexicon';
import { escapeRegExp, rx } from '../regex';
import { headLines, lastLines, type Line } from './lines';

const span = (doc: ArticleDoc, start: number, end: number): Span => ({ start, end, text: doc.text.slice(start, end) });

/** Lines this long or longer are body text, not page furniture. */
const FURNITURE = 120;
const HAS_YEAR = /(?:199|20[0-4])\d/;

/** What may stand around a bare date on its own line: white space, a comma, a time, «г.» / «года». */
const BARE_REST = /^[\s,.]*(?:\d{1,2}:\d{2}[\s,.]*)?$/;

/** A line holding a full date and nothing but a time and punctuation. */
export function isBareDate(text: string): boolean {
  const at = fullDateSpan(text);
  return at !== null && BARE_REST.test(text.slice(0, at.start)) && BARE_REST.test(text.slice(at.end).replace(/^\s*(?:года|г\.)/u, ''));
}

/** A periodical's issue number (with a running total in brackets: «№15 (869)», or a double issue «№ 13–14») and the word before its date, after its name: ", № 91 от", ", No. 12,". */
const ISSUE_TAIL = String.raw`\s*[,.:—–-]?\s*(?:(?:№|No\.?|N|#|issue|выпуск)\s*\d+(?:\s*[–—-]\s*\d+)?(?:\s*\(\d+\))?\s*[,.]?\s*)?(?:(?:от|of|from|за)\s+)?$`;
/** A page reference after a cited date: «, стр. 22», ", p. 7", «. Стр. 41–42». */
const PAGE_AFTER = rx(String.raw`^\s*[,.]?\s*(?:стр|с|p|pp|page)\.?\s*\d+(?:\s*[—–-]\s*\d+)?`, 'iu');
/**
 * What may open a line whose rest is a full date: a periodical's name in quotes with its issue number («„Новая
 * газета“, № 91 от 30 ноября 2006 г.», «Газета „Труд“, 12 марта 2014 г.», "“The Times”, No. 12, May 3, 2006") or a
 * weekday («Четверг, 30 ноября 2006»).
 */
const QUOTED_NAME = String.raw`(?:(?:газета|журнал|еженедельник|newspaper|magazine|weekly)\s+)?[«"“„][^«»"“”„\n]{2,40}[»"”“]${ISSUE_TAIL}`;
const CITATION_LEAD = rx(String.raw`^\s*(?:©\s*)?(?:${QUOTED_NAME}|${WEEKDAY_ANY}\s*[,.]?\s*$)`, 'iu');
/** A periodical's name in quotes with its issue number, and nothing else, before a cited month. */
const QUOTED_CITATION = rx(String.raw`^\s*(?:©\s*)?${QUOTED_NAME}`, 'iu');
/** After a periodical's name written without quotes (a known outlet): its issue number, if any. */
const OUTLET_TAIL = rx(`^${ISSUE_TAIL}`, 'iu');
/** A weekday after the date: «30 ноября 2006 г., четверг». */
const WEEKDAY_AFTER = rx(String.raw`^\s*,?\s*${WEEKDAY_ANY}`, 'iu');

/**
 * A line holding a full date after a periodical's citation (in quotes, or a known outlet's name: "The Moscow Times,
 * March 12, 2011") or next to a weekday, with nothing but a page reference («, стр. 22») and a time after it.
 */
function isCitedDate(text: string, outletNames: readonly string[]): boolean {
  const at = fullDateSpan(text);
  if (at === null) return false;
  let rest = text.slice(at.end).replace(/^\s*(?:года|г\.)/u, '');
  const weekdayAfter = WEEKDAY_AFTER.exec(rest);
  if (weekdayAfter) rest = rest.slice(weekdayAfter[0].length);
  const page = PAGE_AFTER.exec(rest);
  if (page) rest = rest.slice(page[0].length);
  if (!BARE_REST.test(rest)) return false;
  const lead = text.slice(0, at.start);
  if (CITATION_LEAD.test(lead) || (weekdayAfter && BARE_REST.test(lead))) return true;
  const named = lead.replace(/^\s*(?:©\s*)?/u, '');
  return outletNames.some((n) => named.startsWith(n) && OUTLET_TAIL.test(named.slice(n.length)));
}

const alternation = (list: readonly string[]) => list.map(escapeRegExp).join('|');
/**
 * A sentence at the foot that tells when this page or a version of it came out: "This article was first published in
 * French on 6 May 2020.", "English version published on 9 May 2020.", «Статья впервые опубликована 6 мая 2020 г.».
 * Its subject is the page (a few words, then a lexicon noun), so a sentence on a document published is no such line.
 */
const FOOT_PUBLISHED = rx(
  String.raw`^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:${alternation(lexicon.footPublishSubjects)})\s+(?:(?:was|is|has\s+been|had\s+been|был[аио]?)\s+)?(?:(?<original>${alternation(lexicon.footOriginalMarkers)})\s+)?(?:${alternation(lexicon.footPublishVerbs)})(?![\p{L}])`,
  'iu',
);
/**
 * A closing sentence that dates the event the page records: "The press conference took place in Bishkek on 22 January
 * 2026.", «Интервью записано 3 августа 2009 г.», «Беседа состоялась …». Its subject is an interview, a press conference
 * or a broadcast (a few words before it), its verb one of taking place or recording.
 */
const FOOT_RECORDED = rx(
  String.raw`^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:${alternation(lexicon.footRecordSubjects)})\s+(?:${lexicon.footRecordVerbs.join('|')})(?![\p{L}])`,
  'iu',
);
/** A broadcast label right before a date («Эфир от 3 августа 2009 года», "Aired on May 3, 2011"): what stands before the date. */
const FOOT_LABEL = rx(String.raw`(?:^|[^\p{L}])(?:${alternation(lexicon.footRecordLabels)})\s*:?\s*$`, 'iu');
/**
 * A verb of `FOOT_PUBLISHED` or `FOOT_RECORDED`, or a word of a label of `FOOT_LABEL`, anywhere in a line: without one
 * no sentence of the line is a statement of publication, and the line is not split into sentences (most foot lines
 * are body text: a split of each cost more than the rule).
 */
const FOOT_VERB = rx(
  String.raw`(?:${alternation(lexicon.footPublishVerbs)}|${lexicon.footRecordVerbs.join('|')}|${alternation(lexicon.footRecordLabels)})(?![\p{L}])`,
  'iu',
);
/** Where a foot line breaks into sentences: after a full stop before a capital. */
const SENTENCE_BREAK = rx(/(?<=[.!?])\s+(?=\p{Lu})/u);
/** A foot line of several sentences is at most this long. */
const FOOT_STATEMENTS = 400;

/** The dated statements of publication in a foot line, each with whether it dates an earlier version ("first published"). */
function footStatements(doc: ArticleDoc, line: Line): { hit: DateLine; original: boolean }[] {
  // A statement dates the page only with a full date, which has a year: most foot lines have none.
  if (line.text.length >= FOOT_STATEMENTS || !HAS_YEAR.test(line.text) || !FOOT_VERB.test(line.text)) return [];
  const out: { hit: DateLine; original: boolean }[] = [];
  let offset = 0;
  for (const sentence of line.text.split(SENTENCE_BREAK)) {
    const at = line.text.indexOf(sentence, offset);
    offset = at + sentence.length;
    const m = sentence.length < FURNITURE ? FOOT_PUBLISHED.exec(sentence) : null;
    const iso = m || (sentence.length < FURNITURE && isRecordedDate(sentence)) ? parseFullDate(sentence) : null;
    if (!iso) continue;
    const lead = sentence.match(/^\s*/)![0].length;
    const start = line.start + at + lead;
    out.push({ hit: datedLine(iso, span(doc, start, line.start + at + sentence.trimEnd().length)), original: Boolean(m?.groups?.original) });
  }
  return out;
}

/** True when a foot sentence dates the recorded event: a statement of `FOOT_RECORDED`, or a label of `FOOT_LABEL` right before its full date. */
function isRecordedDate(sentence: string): boolean {
  if (FOOT_RECORDED.test(sentence)) return true;
  const at = fullDateSpan(sentence);
  return at !== null && FOOT_LABEL.test(sentence.slice(0, at.start));
}

/** A place and a comma before a date, as an interview is signed off: «Бишкек, 15 октября 2012 г.», «г. Ош, 3 мая 2010 года». */
const PLACE_LEAD = rx(/^\s*(?:г\.\s*)?(\p{Lu}[\p{L}-]+(?:[ -]\p{Lu}[\p{L}-]+)?)\s*,\s*$/u);

/** True when `text` is a known place and a full date alone on a line (see `PLACE_LEAD`), with nothing but a time and punctuation after it. */
function isSignedOffDate(text: string, isPlace: (name: string) => boolean): boolean {
  const at = fullDateSpan(text);
  if (at === null || !BARE_REST.test(text.slice(at.end).replace(/^\s*(?:года|г\.)/u, ''))) return false;
  const m = PLACE_LEAD.exec(text.slice(0, at.start));
  return m !== null && isPlace(m[1]!);
}

function datedLine(iso: string, where: Span): DateLine {
  return { kind: 'byline', year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)), place: null, outlet: null, span: where };
}

/**
 * A publication line among the last lines of the page, as a full date, or null. A statement of publication
 * ("English version published on …") beats one of an earlier version ("This article was first published in French
 * on …"), which beats an update line ("Last updated …", «Обновлено …»). A closing sentence dating the recorded event of a
 * transcript ("The press conference took place … on …", «Эфир от …») counts as a statement of publication, and a place
 * `isPlace` knows with a full date, alone on a line («Бишкек, 15 октября 2012 г.»), as a publication line.
 */
export function findClosingPublishLine(doc: ArticleDoc, maxLines = 12, outletNames: readonly string[] = [], isPlace: (name: string) => boolean = () => false): DateLine | null {
  const lines = lastLines(doc, maxLines);
  let updated: DateLine | null = null;
  let original: DateLine | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const statements = footStatements(doc, line);
    const current = statements.find((s) => !s.original);
    if (current) return current.hit;
    original ??= statements[0]?.hit ?? null;
    if (line.text.length >= FURNITURE || !HAS_YEAR.test(line.text)) continue;
    // A line that is only a date («23.11.2000», "May 3, 2011, 14:05") at the foot of a page is its publication date.
    const publish = PUBLISH_LINE.test(line.text) || isBareDate(line.text) || isCitedDate(line.text, outletNames) || isSignedOffDate(line.text, isPlace);
    if (!publish && !UPDATE_LINE.test(line.text)) continue;
    const iso = parseFullDate(line.text);
    if (!iso) continue;
    const lead = line.text.match(/^\s*/)![0].length;
    const hit: DateLine = {
      kind: 'byline',
      year: Number(iso.slice(0, 4)),
      month: Number(iso.slice(5, 7)),
      day: Number(iso.slice(8, 10)),
      place: null,
      outlet: null,
      span: span(doc, line.start + lead, line.start + line.text.trimEnd().length),
    };
    if (publish) return hit;
    updated ??= hit;
  }
  return original ?? updated;
}

/** «11/29/2006», "3/7/2011": a slashed numeric date with a four-digit year. */
const SLASHED = /(?<![\d/])([01]?\d|[23]\d)\/([0-3]?\d)\/((?:199|20[0-4])\d)(?![\d/])/;
/**
 * «Posted: 14-03-2021 09:30», «Опубликовано 03-11-2019»: a numeric date joined by hyphens with a four-digit year, opening
 * its line, after a publication label or before a time (without either, hyphenated numbers may be a code or a range).
 */
const HYPHENED = rx(`^\\s*(${lexicon.publishLine.map(escapeRegExp).join('|')})?\\s*:?\\s*([0-3]?\\d)-([0-3]?\\d)-((?:199|20[0-4])\\d)(?![\\d-])(\\s*,?\\s+[0-2]?\\d:[0-5]\\d(?!\\d))?`, 'iu');

/** A slashed date of a line («3/7/2011», "By X 3/01/05"), or a hyphenated one with its label or time, as [match, a, b, year]. */
function numericDateOf(text: string): { index: number; 0: string; 1: string; 2: string; 3: string } | null {
  if (text.includes('/')) {
    const m = SLASHED.exec(text) ?? NAME_SLASHED_YY.exec(text);
    if (m) return { index: m.index, 0: m[0], 1: m[1]!, 2: m[2]!, 3: m[3]! };
  }
  if (!text.includes('-')) return null;
  const h = HYPHENED.exec(text);
  if (!h || (!h[1] && !h[5])) return null;
  // The span is the date itself, from its first digit.
  const at = h[0].length - h[0].slice(h[0].search(/\d/u)).length;
  return { index: h.index + at, 0: h[0].slice(at, h[0].length - (h[5]?.length ?? 0)), 1: h[2]!, 2: h[3]!, 3: h[4]! };
}

/** Countries whose numeric dates put the month first (3/7/2011 = 7 March); elsewhere the day comes first. */
const MONTH_FIRST = new Set<string>(lexicon.monthFirstCountries);

/**
 * An author's name, then a slashed date whose year has two digits, ending the line: "Daniyar Karimov 3/01/05",
 * "By Anna Petrova, 11/29/06", «Иван Петров 05/03/10». Asked only of a line with no four-digit slashed date.
 */
const NAME_SLASHED_YY = /^\s*(?:By\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*[,|—–-]?\s*([01]?\d|[23]\d)\/([0-3]?\d)\/(\d{2})\s*$/u;

/** What else on a page tells the order of a slashed date: its address's date and its outlet's country. */
export interface SlashedHints {
  /** A day-month the page gives elsewhere (an agency dateline "MOSCOW, November 3"). */
  dayMonth?: { month: number; day: number } | null;
  /** The full date in the page's address («/en/20150812-…»). */
  url?: { month: number; day: number } | null;
  /** The outlet's country (from its domain), which decides the order when nothing on the page does. */
  country?: string | null;
  /** Day-months the body names ("on the eve, on May 8"): one order lying within a few days of one of them decides. */
  bodyDays?: { month: number; day: number }[];
  /** Day-months the body tells as coming ("will launch flights on March 31"): the page is not dated shortly after one. */
  comingDays?: { month: number; day: number }[];
}

/**
 * A slashed numeric date with a four-digit year on a short line among the first lines ("By J. Smith
 * (11/29/2006 issue)", "Posted 3/7/2011"), or null. When one number is above 12 it decides the order;
 * else a day-month the page gives elsewhere, then the date in the page's address, when it agrees with
 * one order only; else a day-month of the body within a few days of one order only ("on the eve, on May 8"
 * beside «09/05/2025»); else the outlet's country (month first in the United States, day first in Europe,
 * Asia and the former Soviet Union: France 24's "12/08/2015" is 12 August); else the page's language
 * (English month first, Russian day first).
 */
export function findSlashedByline(
  doc: ArticleDoc,
  hints: SlashedHints | { month: number; day: number } | (() => SlashedHints) | null = null,
  maxLines = 10,
): DateLine | null {
  // Hints given as a function are gathered only for a date whose order they must decide (most pages have none).
  const hintsOf = (): SlashedHints => (typeof hints === 'function' ? hints() : hints && 'month' in hints ? { dayMonth: hints } : (hints ?? {}));
  for (const line of headLines(doc, 3000, maxLines)) {
    if (line.text.trim().length > 90) continue;
    const m = numericDateOf(line.text);
    if (!m) continue;
    const md = slashedMonthDay(Number(m[1]), Number(m[2]), hintsOf, doc.language);
    if (!md) continue;
    const { month, day } = md;
    const short = m[3]!.length === 2;
    // The name before a two-digit year's date is the author's, not part of the date's span.
    const start = line.start + m.index + (short ? m[0].lastIndexOf(`${m[1]}/`) : 0);
    const end = line.start + m.index + (short ? m[0].trimEnd().length : m[0].length);
    return { kind: 'byline', year: short ? fullYear(m[3]!) : Number(m[3]), month, day, place: null, outlet: null, span: span(doc, start, end) };
  }
  return null;
}

/** A publication label, then a slashed date whose year may have two digits: "Posted: 7/19/06", «Опубликовано 19/07/2006». */
const CLOSING_SLASHED = rx(`^\\s*(?:${lexicon.publishLine.map(escapeRegExp).join('|')})\\s*:?\\s*(?:on\\s+)?([0-3]?\\d)\\/([0-3]?\\d)\\/(\\d{2}|(?:199|20[0-4])\\d)(?![\\d/])`, 'iu');

/**
 * A publication line with a slashed date among the last lines ("Posted: 7/19/06 © Eurasianet"), or null. A two-digit
 * year is read as in bylines; the order of day and month as in `findSlashedByline`.
 */
export function findClosingSlashedLine(doc: ArticleDoc, hints: () => SlashedHints, maxLines = 8): DateLine | null {
  if (!doc.text.includes('/')) return null;
  const lines = lastLines(doc, maxLines);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.text.length >= FURNITURE) continue;
    const m = CLOSING_SLASHED.exec(line.text);
    if (!m) continue;
    const md = slashedMonthDay(Number(m[1]), Number(m[2]), hints, doc.language);
    if (!md) continue;
    const { month, day } = md;
    const year = m[3]!.length === 4 ? Number(m[3]) : fullYear(m[3]!);
    const lead = line.text.match(/^\s*/)![0].length;
    return { kind: 'byline', year, month, day, place: null, outlet: null, span: span(doc, line.start + lead, line.start + m[0].length) };
  }
  return null;
}

/**
 * The month and day of a slashed date «a/b»: a part over 12 is the day, otherwise the page's evidence decides
 * (`hints` is asked only then); null when the result is no calendar day.
 */
function slashedMonthDay(a: number, b: number, hints: () => SlashedHints, language: ArticleDoc['language']): { month: number; day: number } | null {
  const monthFirst = a > 12 ? false : b > 12 ? true : slashedOrder(a, b, hints(), language);
  const [month, day] = monthFirst ? [a, b] : [b, a];
  return !month || month > 12 || !day || day > 31 ? null : { month, day };
}

/** How close a day-month of the body must lie to one order of a slashed date to decide it (the eve, the day after). */
const NEAR_DAYS = 3;

/** Days between two day-months of one (non-leap) year, across the new year too. */
function daysApart(x: { month: number; day: number }, y: { month: number; day: number }): number {
  const d = Math.abs(Date.UTC(2001, x.month - 1, x.day) - Date.UTC(2001, y.month - 1, y.day)) / 86_400_000;
  return Math.min(d, 365 - d);
}

/** How long after a day told as coming a page may not be dated (a coming day further back is next year's). */
const COMING_SPAN_DAYS = 60;

/** True when `x` lies after `coming` in the same year, by at most `COMING_SPAN_DAYS`: a page of `x` would not announce it. */
function shortlyAfter(x: { month: number; day: number }, coming: { month: number; day: number }): boolean {
  const d = (Date.UTC(2001, x.month - 1, x.day) - Date.UTC(2001, coming.month - 1, coming.day)) / 86_400_000;
  return d > 0 && d <= COMING_SPAN_DAYS;
}

/** True when an ambiguous slashed date «a/b» is month first, by the page's other evidence in turn. */
function slashedOrder(a: number, b: number, h: SlashedHints, language: ArticleDoc['language']): boolean {
  for (const hint of [h.dayMonth, h.url]) {
    if (!hint) continue;
    const ab = hint.month === a && hint.day === b;
    const ba = hint.month === b && hint.day === a;
    if (ab !== ba) return ab;
  }
  if (h.comingDays?.length) {
    const abLate = h.comingDays.some((d) => shortlyAfter({ month: a, day: b }, d));
    const baLate = h.comingDays.some((d) => shortlyAfter({ month: b, day: a }, d));
    if (abLate !== baLate) return baLate;
  }
  if (h.bodyDays?.length) {
    const ab = h.bodyDays.some((d) => daysApart(d, { month: a, day: b }) <= NEAR_DAYS);
    const ba = h.bodyDays.some((d) => daysApart(d, { month: b, day: a }) <= NEAR_DAYS);
    if (ab !== ba) return ab;
  }
  if (h.country) return MONTH_FIRST.has(h.country);
  return language === 'en';
}

/** A month and a year: "March 2019", «октябрь 2018», «мая 2021 г.». */
const MONTH_YEAR = rx(`(?<![\\p{L}\\d])(?<m>${MONTH_ANY})\\s+(?<y>(?:199|20[0-4])\\d)(?!\\d)(?:\\s*(?:года|г\\.|г(?![\\p{L}])))?`, 'u');
/** What may stand around the month of an issue line: issue words, numbers and separators. */
const ISSUE_REST = rx(`^(?:[\\s|·•,.:;()\\[\\]/#№\\-–—]|\\d+|(?:${lexicon.issueLine.map(escapeRegExp).join('|')})(?![\\p{L}]))*$`, 'iu');
/** An issue word, one of which the line must have unless the month-year stands alone. */
const ISSUE_WORD = rx(`(?:^|[^\\p{L}])(?:${lexicon.issueLine.filter((w) => !['of', 'the', 'за'].includes(w)).map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');

/** True when `lead` is a known outlet's name and nothing but its issue number and a separator: "Kabar, ". */
function isOutletLead(lead: string, outletNames: readonly string[]): boolean {
  const named = lead.replace(/^\s*(?:©\s*)?/u, '');
  return named.length > 0 && outletNames.some((n) => named.startsWith(n) && OUTLET_TAIL.test(named.slice(n.length)));
}

/**
 * The issue month of a periodical among the first lines, as `YYYY-MM` with its span, or null. A known outlet's name
 * before the month-year ("Kabar, June 2023", «Кабар, июнь 2023») makes the line the page's byline month too.
 */
export function findIssueMonth(doc: ArticleDoc, outletNames: readonly string[] = [], maxLines = 12): { date: string; span: Span } | null {
  for (const line of headLines(doc, 3000, maxLines)) {
    if (line.text.trim().length > 80 || !HAS_YEAR.test(line.text)) continue;
    const m = MONTH_YEAR.exec(line.text);
    if (!m?.groups) continue;
    const rest = line.text.slice(0, m.index) + ' ' + line.text.slice(m.index + m[0].length);
    const issue = ISSUE_REST.test(rest) && (ISSUE_WORD.test(rest) || !rest.trim());
    if (!issue && !(BARE_REST.test(line.text.slice(m.index + m[0].length)) && isOutletLead(line.text.slice(0, m.index), outletNames))) continue;
    const month = monthNumber(m.groups.m!);
    if (!month) continue;
    const start = line.start + m.index;
    return { date: `${m.groups.y}-${String(month).padStart(2, '0')}`, span: span(doc, start, start + m[0].length) };
  }
  return null;
}

/**
 * A periodical's citation at the foot with an issue month and no day («„Вестник“ № 13–14, июль 1992 г. Стр. 41–42.",
 * "“The Steppe Review”, No. 5, May 2021, p. 7"), as `YYYY-MM` with its span, or null. It names the issue the page is
 * from, so it beats a month standing alone at the top, which in a monthly chronicle is the month the entries cover.
 */
export function findClosingIssueMonth(doc: ArticleDoc, outletNames: readonly string[] = [], maxLines = 6): { date: string; span: Span } | null {
  const lines = lastLines(doc, maxLines);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.text.length >= FURNITURE || !HAS_YEAR.test(line.text)) continue;
    const m = MONTH_YEAR.exec(line.text);
    if (!m?.groups) continue;
    let rest = line.text.slice(m.index + m[0].length);
    const page = PAGE_AFTER.exec(rest);
    if (page) rest = rest.slice(page[0].length);
    if (!BARE_REST.test(rest)) continue;
    const lead = line.text.slice(0, m.index);
    const named = lead.replace(/^\s*(?:©\s*)?/u, '');
    const cited = QUOTED_CITATION.test(lead) || outletNames.some((n) => named.startsWith(n) && OUTLET_TAIL.test(named.slice(n.length)));
    const month = cited ? monthNumber(m.groups.m!) : null;
    if (!month) continue;
    const start = line.start + m.index;
    return { date: `${m.groups.y}-${String(month).padStart(2, '0')}`, span: span(doc, start, start + m[0].length) };
  }
  return null;
}

/** «14 мая 1993 года — подписан договор о торговле;», "12 May 2005 – treaty signed in Moscow": after the date, a dash and words. */
const CHRONOLOGY_REST = rx(/^\s*(?:года|г\.)?\s*[—–-]\s*\p{L}[\p{L}-]*(?:[\s,]+[\p{L}\d][\p{L}\d-]*)+/u);

/** True when the text after a full date makes its line an entry of a chronology, not a byline. */
export function isChronologyEntry(rest: string): boolean {
  return CHRONOLOGY_REST.test(rest);
}
