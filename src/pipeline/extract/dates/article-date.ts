/**
 * The article's own date. Precedence: header date; a full date on a byline or dateline; a date in
 * the address (with the dateline's day-month); a day-month from an agency dateline or a past-event
 * phrase, with the year inferred from evidence (anniversaries, relative periods, offices, place
 * names). Without evidence no year is invented: `date` is null and `monthDay` keeps what is known.
 */
import type { ArticleDate, ArticleDoc, PersonDraft, Span } from '../../types';
import type { DateKnowledge } from './context';
import { pad2 } from './context';
import { chooseYear, officeConstraints, placeConstraints } from './constraints';
import type { DateLine } from './dateline';
import { findAgencyDatelines, findBodyEventDate, findBylineDate, dayMonthsIn, findDayMonthByline, findLeadOutlet, findNumericByline, findSourceLine, parseFullDate, titleCase } from './dateline';
import { canonicalOutlet, codedUrlDate, countryOfAddress, countryOfHeadOutlet, dateFromUrl, headerUrl, isKnownOutlet, outletFromHeader, type UrlDate, urlIso } from './url';
import { actingConstraints, earlyTermConstraints, officeSentences, officeStartClues, officeStartDayClues } from './office-clues';
import type { YearClue } from './year-clues';
import { anniversaryClues, sameDayFactClues, latestPastYear, relativeClues } from './year-clues';
import { execAll, rx } from '../regex';
import { sentenceAt } from '../sentence-at';
import { findHyphenatedByline } from './hyphen-byline';
import { yearReviewClues } from './year-review';
import { sinceSpanClues } from './since-span';
import { comingYearClues } from './coming-year';
import { censusYearClues } from './census-year';
import { copyrightYearClues } from './copyright-year';
import { editionYearClues } from './edition-year';
import { schoolYearClues } from './school-year';
import { budgetYearClues } from './budget-year';
import { findClosingIssueMonth, findClosingPublishLine, findClosingSlashedLine, findIssueMonth, findSlashedByline, isBareDate, type SlashedHints } from './page-lines';
import { findDocumentDateLine, type DocumentDateLine } from './document-date';
import { PUBLISH_LINE } from './lexicon';
import { exactAgoDate, type ExactAgo } from './exact-ago';
import { comingDayMonths, weekdayAmongToldDays } from './told-weekday';
import { comingDateClues } from './coming-date';
import { daysBetween } from './days';
import { headLines } from './lines';
import { datelineDayBeforeHeader } from './dateline-today';

const YEAR_NEAR = rx(/(?<![\d.,])(199\d|20[0-4]\d)(?!\d)(?:\s*(?:год\p{L}*|г\.))?/gu);

// Any four-digit year: a header wins over extraction, and the bundler warns about dates before 1991 or in the future.
const HEADER_DATE = /^\d{4}(?:[-/.](?:0[1-9]|1[0-2])(?:[-/.](?:0[1-9]|[12]\d|3[01]))?)?(?!\d)/;

function iso(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function lineQuote(l: DateLine): string {
  const label = l.kind === 'dateline' ? 'Dateline' : l.kind === 'byline' ? 'Byline' : 'Body';
  return `${label} «${l.span.text.trim()}»`;
}

/** Where the date line points: place (title case, canonical when known) and outlet (canonical). */
function placeAndOutlet(doc: ArticleDoc, line: DateLine | null, kb: DateKnowledge): { place: string | null; outlet: string | null; span: Span | null } {
  // A line with its place and outlet leaves nothing for a lead outlet line to add.
  const lead = line?.place && line.outlet ? null : findLeadOutlet(doc, (n) => isKnownOutlet(n, kb));
  const place = line?.place ?? lead?.place ?? null;
  const named = line?.outlet ?? lead?.outlet ?? null;
  return {
    place: place ? canonicalPlace(place, kb) : null,
    outlet: named ? canonicalOutlet(named, kb, doc.language) : outletFromHeader(doc.header, kb, doc.language),
    span: line?.kind === 'body' ? null : (line?.span ?? lead?.span ?? null),
  };
}

type Place = DateKnowledge['places'][number];

/** Place names looked up by their lower-cased spelling, built once per knowledge base. */
interface PlaceNames {
  /** Every name and alias, lower-cased. */
  lower: Set<string>;
  /** Lower-cased with «ё» as «е» → the first place of the list with that name or alias. */
  byKey: Map<string, Place>;
}
const placeNamesCache = new WeakMap<DateKnowledge, PlaceNames>();
const placeKey = (x: string) => x.toLowerCase().replace(/ё/g, 'е');
function placeNames(kb: DateKnowledge): PlaceNames {
  let names = placeNamesCache.get(kb);
  if (!names) {
    names = { lower: new Set(), byKey: new Map() };
    for (const p of kb.places) {
      for (const x of [p.name, p.nameEn, ...p.aliases.map((a) => a.text)]) {
        if (x === null || x === undefined) continue;
        names.lower.add(x.toLowerCase());
        if (x && !names.byKey.has(placeKey(x))) names.byKey.set(placeKey(x), p);
      }
    }
    placeNamesCache.set(kb, names);
  }
  return names;
}

function canonicalPlace(name: string, kb: DateKnowledge): string {
  const p = placeNames(kb).byKey.get(placeKey(name));
  if (!p) return titleCase(name);
  // Keep the script of the text: a Latin dateline gets the English name.
  return /[a-z]/i.test(name) ? (p.nameEn ?? titleCase(name)) : p.name;
}

/** A year written right next to the day-month (a few words either side, same sentence). */
function nearYearClue(doc: ArticleDoc, line: DateLine): YearClue | null {
  const sentence = sentenceAt(doc.sentences, line.span.start);
  if (!sentence) return null;
  const from = Math.max(sentence.start, line.span.start - 30);
  const to = Math.min(sentence.end, line.span.end + 30);
  const around = doc.text.slice(from, to);
  const years = execAll(YEAR_NEAR, around).filter(
    (m) => !/(?:^|\s)(?:к|до|с|by|until|since|from)\s+$/iu.test(around.slice(0, m.index)),
  );
  if (years.length !== 1) return null;
  const y = Number(years[0]![1]);
  return { year: y, weight: 3, evidence: `year ${y} written next to the date («${around.trim()}»)` };
}

/** «15th anniversary», «15-летие», «15 лет со дня»: the count of an anniversary written in digits. */
const ANNIVERSARY_COUNT = rx(/(?<!\d)(\d{1,3})(?:st|nd|rd|th|-?(?:й|я|ю))?[\s-]*(?:anniversary|годовщин|лет(?:и[еяю]|ием)|лет\s+со\s+дня|years\s+since)/giu);

/** True when the text marks an anniversary of `years` («…celebrated its 15th anniversary today. … October 23, 2003»). */
function anniversaryOf(text: string, years: number): boolean {
  return years > 0 && execAll(ANNIVERSARY_COUNT, text).some((m) => Number(m[1]) === years);
}

/** A dated line longer than this is a body paragraph, not a byline. */
const BODY_LINE = 120;

/**
 * A full date in the address beats a different full date that opens a body paragraph when the text
 * dates other items too (a digest: «КИРГИЗИЯ. 2 декабря … 4 декабря …»); an agency dateline with its
 * outlet in the address's month, or a short byline, keeps its date.
 */
function preferUrl(doc: ArticleDoc, line: DateLine, url: UrlDate): boolean {
  if (line.kind === 'dateline' && line.outlet && line.year === url.year && line.month === url.month) return false;
  const lineEnd = doc.text.indexOf('\n', line.span.start);
  const lineStart = doc.text.lastIndexOf('\n', line.span.start) + 1;
  if ((lineEnd < 0 ? doc.text.length : lineEnd) - lineStart <= BODY_LINE) return false;
  return dayMonthsIn(doc.text).size > 1;
}

/** What tells the order of a slashed byline date: a day-month on the page, the address's date, the body's day-months, the outlet's country (from its address, else its name heading the page). */
function slashedHints(doc: ArticleDoc, dayMonth: { month: number; day: number } | null, kb: DateKnowledge): SlashedHints {
  const address = headerUrl(doc.header);
  const u = dateFromUrl(address);
  const bodyDays = [...dayMonthsIn(doc.text, 12)].map((k) => ({ month: Number(k.split('-')[0]), day: Number(k.split('-')[1]) }));
  const country = countryOfAddress(address, kb) ?? countryOfHeadOutlet(headLines(doc, 600, 6), kb);
  return { dayMonth, url: u?.day && u.month ? { month: u.month, day: u.day } : null, country, bodyDays, comingDays: comingDayMonths(doc) };
}

/** The outlets' names and aliases of three letters or more, once per knowledge base (for citation lines at a page's foot). */
const outletNamesCache = new WeakMap<DateKnowledge, string[]>();
function outletNamesOf(kb: DateKnowledge): string[] {
  let names = outletNamesCache.get(kb);
  if (!names) {
    names = [...new Set(kb.outlets.flatMap((o) => [o.name, o.nameEn ?? '', ...o.aliases]).filter((n) => n.length >= 3))];
    outletNamesCache.set(kb, names);
  }
  return names;
}

/** A clock time before noon right after a page stamp's date («2017-03-01 03:12:45»). */
const SMALL_HOURS_AFTER = /^[\sT,|]*(?:0?\d|1[01]):[0-5]\d(?!\d)/;

/**
 * «BISHKEK, Feb. 28 (Xinhua)» under a page stamp «2017-03-01 03:12:45»: wire copy filed on its dateline's day and
 * stamped in the morning of the next in a time zone ahead. The dateline's day, with the stamp's year, is the article's.
 */
function filedDayBefore(doc: ArticleDoc, dateline: DateLine, stamp: DateLine): string | null {
  if (dateline.year || !SMALL_HOURS_AFTER.test(doc.text.slice(stamp.span.end, stamp.span.end + 12))) return null;
  const stampDay = Date.UTC(stamp.year!, stamp.month - 1, stamp.day);
  const before = new Date(stampDay - 86_400_000);
  if (before.getUTCMonth() + 1 !== dateline.month || before.getUTCDate() !== dateline.day) return null;
  return iso(before.getUTCFullYear(), dateline.month, dateline.day);
}

/** Finds the article's own date and how it was found. */
export function articleDate(doc: ArticleDoc, people: PersonDraft[], kb: DateKnowledge): ArticleDate {
  return datedArticle(doc, people, kb).date;
}

/**
 * The article's own date, and the agency dateline read without the place list (`AgencyDatelines.unlisted`), else
 * with it, which tells wire copy printed on a later page (`wireDay`): both from one reading of the first lines. `documentLine`: the
 * page's own document date line (`PageStructure.documentDateLine`), found here when not given.
 */
export function datedArticle(
  doc: ArticleDoc,
  people: PersonDraft[],
  kb: DateKnowledge,
  documentLine: DocumentDateLine | null = findDocumentDateLine(doc),
): { date: ArticleDate; wireDateline: DateLine | null } {
  const names = placeNames(kb);
  const agency = findAgencyDatelines(doc, (n) => names.lower.has(n.toLowerCase()));
  return { date: dateOf(doc, people, kb, agency.listed, documentLine), wireDateline: agency.unlisted ?? agency.listed };
}

/** The whole line of the text a span stands on. */
function lineAround(doc: ArticleDoc, span: Span): string {
  const start = doc.text.lastIndexOf('\n', span.start) + 1;
  const end = doc.text.indexOf('\n', span.end);
  return doc.text.slice(start, end < 0 ? doc.text.length : end);
}

/** Words after a date that make its line a sentence telling an event: "Russia and Kyrgyzstan established relations." */
const TOLD_AFTER = rx(/^[\s,]*(?:года|г\.)?[\s,]*(?:\p{L}[\p{L}'’-]*[\s,]+){3,}[^\n]*[.!?]\s*$/u);

/** True when `line` goes on after the date `dateText` with a clause of words and a full stop (a sentence, not a byline). */
function isToldSentence(line: string, dateText: string): boolean {
  const at = line.indexOf(dateText);
  return at >= 0 && TOLD_AFTER.test(line.slice(at + dateText.length));
}

/**
 * A byline date among the first lines, unless the page is an official document with a date of its own (`documentLine`):
 * then «Принят Государственной Думой 15 марта 2013 года» under the title is a step before the law's date, and only a
 * page's publication stamp (a line that is a date alone, or «Опубликовано …») stays before the document's date.
 */
function bylineOrDocumentDate(doc: ArticleDoc, documentLine: DocumentDateLine | null): DateLine | null {
  const top = findBylineDate(doc);
  if (top) {
    const line = lineAround(doc, top.span);
    if (PUBLISH_LINE.test(line) || isBareDate(line)) return top;
  }
  return documentLine?.date ?? top;
}

/** The full date the page's address carries, or null. */
function addressDay(doc: ArticleDoc): string | null {
  const url = dateFromUrl(headerUrl(doc.header));
  return url?.day ? urlIso(url) : null;
}

/** How many days a header stamp may lie after the day its dateline and address agree on. */
const HEADER_AFTER_FILED_DAYS = 2;

/** Any year written on the page (1900–2099); a page without one leaves its year untold to a weekday. */
const WRITTEN_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;

/** The day of the address when the dateline `line` tells that day too and the header `header` lies a day or two after it; else null. */
function filedBeforeHeader(doc: ArticleDoc, line: DateLine, header: string): string | null {
  const url = dateFromUrl(headerUrl(doc.header));
  if (!url?.day || url.month !== line.month || url.day !== line.day) return null;
  const day = urlIso(url);
  const after = daysBetween(day, header);
  return after > 0 && after <= HEADER_AFTER_FILED_DAYS ? day : null;
}

/**
 * A source note that is no address and ends with the day it was posted, in figures, with or without
 * the time («repost from a group, 14.03.2011 в 9:05», «архив форума, 2.11.2007, 22:40»): the copy's date.
 */
const SOURCE_NOTE_DATE = /(?:^|[\s,(])((?<d>[0-3]?\d)\.(?<m>[01]?\d)\.(?<y>(?:19|20)\d\d))(?:\s*(?:,|в|v|at)?\s*[0-2]?\d:[0-5]\d)?\s*\)?\s*$/u;

/** The day a source note (a header `source` that is no address) ends with, or null. */
export function sourceNoteDate(source: string | undefined): { date: string; text: string } | null {
  if (!source || !source.includes('.') || /^\s*https?:/i.test(source)) return null;
  const m = SOURCE_NOTE_DATE.exec(source);
  const g = m?.groups;
  if (!g) return null;
  const month = Number(g.m);
  const day = Number(g.d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { date: `${g.y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, text: m[1]! };
}

/** The article's own date, given its agency dateline read with the place list. */
function dateOf(doc: ArticleDoc, people: PersonDraft[], kb: DateKnowledge, agency: DateLine | null, documentLine: DocumentDateLine | null): ArticleDate {
  // A dateline with its year decides everything below the bylines would: they are not read then.
  const byline = agency?.year
    ? null
    : (bylineOrDocumentDate(doc, documentLine) ?? findNumericByline(doc) ?? findHyphenatedByline(doc) ?? findSlashedByline(doc, () => slashedHints(doc, agency ?? findDayMonthByline(doc), kb)) ?? findSourceLine(doc) ?? findClosingPublishLine(doc, 12, outletNamesOf(kb), (n) => placeNames(kb).lower.has(n.toLowerCase())) ?? findClosingSlashedLine(doc, () => slashedHints(doc, agency ?? findDayMonthByline(doc), kb)));
  const release = byline?.year && !agency ? findDayMonthByline(doc) : null;
  // «20 March 12:00» over «On March 20, 1992, Russia and Kyrgyzstan established diplomatic relations.»: the page's
  // release line has no year, and the full date below it is of the event the sentence tells.
  const told = release !== null && release.span.start < byline!.span.start && isToldSentence(lineAround(doc, byline!.span), byline!.span.text);
  // «Ровно год назад, 23 октября 2003 года, …» on a short first line: the date is the event's, counted back from the page's.
  // Asked only when the answer matters: a page with a header date never reads it.
  let ago: ExactAgo | null | undefined;
  const agoOnce = () => (ago === undefined ? (ago = exactAgoDate(doc)) : ago);
  const agoDate = !agency?.year && !doc.header.date && byline?.year && !told ? agoOnce()?.at === byline.span.start : false;
  const full = agency?.year ? agency : byline?.year && !told && !agoDate ? byline : null;
  const dayMonthLine = full ?? agency ?? (told ? release : null) ?? findDayMonthByline(doc) ?? findBodyEventDate(doc);
  const where = placeAndOutlet(doc, agency ?? (told ? null : byline) ?? dayMonthLine, kb);
  // Built field by field: an object spread («{ ...where, date }») took a sixth of this function's time.
  const dated = (date: string | null, basis: ArticleDate['basis'], evidence: string, monthDay: string | null = null): ArticleDate => ({
    place: where.place,
    outlet: where.outlet,
    span: where.span,
    monthDay,
    date,
    basis,
    evidence,
  });

  const headerValue = doc.header.date?.trim() ?? '';
  const h = headerValue.match(HEADER_DATE)?.[0].replace(/[/.]/g, '-') ?? (headerValue ? parseFullDate(headerValue) : null);
  const posted = h ? null : sourceNoteDate(doc.header.source);
  if (posted) return dated(posted.date, 'header', `Source note dated «${posted.text}».`);
  if (h) {
    const date = h;
    const agrees = dayMonthLine && date.length === 10 && Number(date.slice(5, 7)) === dayMonthLine.month && Number(date.slice(8, 10)) === dayMonthLine.day;
    const note = agrees ? `; ${lineQuote(dayMonthLine)} agrees` : '';
    // "June 12 (Reuters)" under an address of …-2024-06-12 and a header of 2024-06-13: two of the page's own
    // stamps agree on the day before a header that is a later (update) stamp.
    const filed = !agrees && dayMonthLine && date.length === 10 ? filedBeforeHeader(doc, dayMonthLine, date) : null;
    if (filed) return dated(filed, 'url', `${lineQuote(dayMonthLine!)} and the address agree on a day before the header date ${doc.header.date!.trim()}.`);
    const leadDay = !agrees && dayMonthLine && date.length === 10 ? datelineDayBeforeHeader(doc, dayMonthLine, date, addressDay(doc) === date) : null;
    if (leadDay) return dated(leadDay, 'dateline', `${lineQuote(dayMonthLine!)}, its lead told as of that day, is the day before the header date ${doc.header.date!.trim()}.`);
    return dated(date, 'header', `Header date ${doc.header.date!.trim()}${note}.`);
  }

  const address = headerUrl(doc.header);
  const url = dateFromUrl(address) ?? codedUrlDate(address, kb);
  if (full?.year) {
    const filed = agency && full.kind === 'byline' ? filedDayBefore(doc, agency, full) : null;
    if (filed) return dated(filed, 'dateline', `${lineQuote(agency!)}; ${lineQuote(full)} is stamped in the small hours of the next day.`);
    const date = iso(full.year, full.month, full.day);
    if (url?.day && urlIso(url) !== date && preferUrl(doc, full, url)) {
      return dated(urlIso(url), 'url', `Date in the address «${url.text}»; ${lineQuote(full)} is one of several dated items.`);
    }
    return dated(date, full.kind, `${lineQuote(full)}.`);
  }

  const md = dayMonthLine;
  if (url) {
    if (!md && url.day) return dated(urlIso(url), 'url', `Date in the address «${url.text}».`);
    // «/news/2019/march/…» and no day-month in the text: the page is of that month.
    if (!md && url.month) return dated(urlIso(url), 'url', `Month in the address «${url.text}»; no day in the text.`);
    // A day told in the body is an event's («Putin on October 23 opened …»); the address's day is the page's.
    if (md?.kind === 'body' && url.day) return dated(urlIso(url), 'url', `Date in the address «${url.text}»; ${lineQuote(md)} is an event's day.`);
    if (md && url.month && Math.abs(url.month - md.month) <= 1) {
      const year = url.month === 1 && md.month === 12 ? url.year - 1 : url.year;
      return dated(iso(year, md.month, md.day), 'url', `${lineQuote(md)}; year ${year} from the address «${url.text}».`);
    }
  }

  // A periodical's issue month ("Issue 12 | March 2019", or its citation at the foot) dates the article
  // to the month; a day-month line of that month makes it a full date.
  const issue = findClosingIssueMonth(doc, outletNamesOf(kb)) ?? findIssueMonth(doc, outletNamesOf(kb));
  if (issue) {
    const sameMonth = md && md.kind !== 'body' && Number(issue.date.slice(5, 7)) === md.month;
    const date = sameMonth ? iso(Number(issue.date.slice(0, 4)), md.month, md.day) : issue.date;
    return dated(date, 'byline', `Issue line «${issue.span.text}»${sameMonth ? `; ${lineQuote(md)}` : ''}.`);
  }

  // «Ровно год назад, 23 октября 2003 года, …»: the page is of that day-month, so many years on.
  const exact = agoOnce();
  if (exact && (!md || (md.month === exact.month && md.day === exact.day))) {
    return dated(exact.date, 'inferred-year', `${exact.evidence}.`, `--${pad2(exact.month)}-${pad2(exact.day)}`);
  }

  // Weak clues older than a year the text reports as past are wrong («в 2012 году … составил»
  // in an article that also tells what happened in 2015).
  // The sentences with a verb of taking office, asked both for the year a term started and for a term just begun.
  const inOffice = officeSentences(doc);
  const found = anniversaryClues(doc, kb).concat(relativeClues(doc, md && md.kind !== 'body' ? md.month : null), officeStartClues(doc, people, kb, inOffice), officeStartDayClues(people, kb, inOffice), sinceSpanClues(doc), comingYearClues(doc), copyrightYearClues(doc), editionYearClues(doc), censusYearClues(doc));
  const floor = found.some((c) => c.weight < 3) ? latestPastYear(doc) : null;
  const clues = found.filter((c) => c.weight >= 3 || floor === null || c.year >= floor);
  const near = md ? nearYearClue(doc, md) : null;
  if (near) clues.push(near);
  if (md) clues.push(...sameDayFactClues(doc, kb, md));
  if (md && md.kind !== 'body') clues.push(...comingDateClues(doc, md));
  clues.push(...yearReviewClues(doc, md?.month ?? null), ...schoolYearClues(doc, md?.month ?? null), ...budgetYearClues(doc, md?.month ?? null));
  const ranges = officeConstraints(people, kb).concat(actingConstraints(doc, people, kb), earlyTermConstraints(doc, people, kb, inOffice), placeConstraints(doc, kb));
  const choice = chooseYear(clues, ranges, md, WRITTEN_YEAR.test(doc.text));
  const monthDay = md ? `--${pad2(md.month)}-${pad2(md.day)}` : null;
  if (choice) {
    // «Дипломатические отношения были установлены 20 марта 1992 года» in a piece of 1997: a past event's day, not the article's.
    if (md?.kind === 'body' && md.year !== null && md.year !== choice.year && !anniversaryOf(doc.text, choice.year - md.year)) {
      return dated(String(choice.year), 'inferred-year', `No day or month of the article's own (${lineQuote(md)} is of ${md.year}); ${choice.evidence}.`);
    }
    // "Putin telephoned her the day after the April 7 uprising": the article is later that month, its day untold.
    // "Observers said on Monday that Sunday's election …" and no day-month of the article's own: the week the days told fence.
    const told = md ? null : weekdayAmongToldDays(doc, choice.year);
    if (told) return dated(told.date, 'inferred-year', `${told.evidence}; ${choice.evidence}.`);
    const date = md?.namesEvent ? `${choice.year}-${pad2(md.month)}` : md ? iso(choice.year, md.month, md.day) : String(choice.year);
    const lead = md?.namesEvent ? `${lineQuote(md)} names an earlier event of the month; ` : md ? `${lineQuote(md)}; ` : 'No day or month in the text; ';
    return dated(date, 'inferred-year', `${lead}${choice.evidence}.`, monthDay);
  }
  if (md) {
    return dated(null, md.kind, `${lineQuote(md)} gives ${monthDay} but nothing in the text gives the year.`, monthDay);
  }
  return dated(null, 'none', 'No date in the header, date line, address or text.');
}
