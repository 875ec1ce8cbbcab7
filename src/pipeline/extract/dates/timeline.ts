/**
 * Chronology boxes and chronicle pages: lines that open with a date and a separator («2 июня.», «10 июня
 * 1992 года —», "May 9 —", "3 February:", «2000 —», "December –") are the entries of a timeline, when a page
 * has at least two of them. An entry's day or month without a year is of the year of the entry before it
 * that wrote one, else of the year of the box's heading ("TIMELINE: 2025 IN …", «Июнь 1992 года») — not of
 * the tense of a verbless line. An entry whose date is a sentence of its own («2 июня. В Москве завершились …»)
 * heads a section of the page that runs to the next entry; an entry with a dash or colon covers its line.
 * The events told in an entry took place on its date unless they give one of their own.
 */
import type { ArticleDoc, DateMention } from '../../types';
import { MONTH_ANY, monthNumber } from './lexicon';
import { allLines, type Line } from './lines';
import { rx } from '../regex';
import { reviewedYear } from './year-review';

/** A stretch of the text, by character offsets. */
export interface Span {
  start: number;
  end: number;
}

/** The stretch of text an entry dates, with the entry's date mention. */
export interface TimelineSection {
  start: number;
  end: number;
  mention: DateMention;
}

/** A bullet before an entry's date («•», "- "). */
const BULLET = /^\s*(?:(?:[•▪◦·*]|[-–—](?=\s))\s*)?/u;
/** After an entry's date: «года», then a full stop before a capital (a section), or a colon or a dash before words (a line). */
const AFTER_DATE = rx(/^\s*(?:года|г\.)?\s*(?:(?<stop>\.)\s+(?=[\p{Lu}«"“]|\d{1,2}\s+\p{L})|(?::|\s?[—–-])\s*(?=[\p{L}«"“]))/u);
/** A month alone (with its year, if any) opening a line before a colon or a dash: "December –", «Май 2024 года:». */
const MONTH_ENTRY = rx(`^(?<m>${MONTH_ANY})(?:\\s+(?<y>(?:19|20)\\d\\d))?(?:\\s*(?:года|г\\.))?\\s*(?::|\\s[—–-])\\s*(?=[\\p{L}«"“])`, 'u');
/**
 * A month alone as a sentence of its own heading a paragraph of a year review («Май. 9 мая президент …»,
 * "June. The premier …"): it heads a section like «2 июня.» does. Only a capital month word, so that a
 * sentence cannot open with it by chance.
 */
const MONTH_HEAD = rx(`^(?<m>(?:${MONTH_ANY}))\\.\\s+(?=[\\p{Lu}«"“]|\\d{1,2}\\s+\\p{L})`, 'u');
/** A capital letter opening the line: month heads are written as words of their own. */
const CAPITAL_START = rx(/^\p{Lu}/u);
/** A year alone opening a line before a colon or a dash: «2000 —», "2003: …". */
const YEAR_ENTRY = rx(/^(?<y>(?:19|20)\d\d)(?:\s*(?:год|г\.))?\s*(?::|\s[—–-])\s*(?=[\p{L}«"“])/u);
/** A year alone as a sentence of its own heading a paragraph of a chronicle («2003 год. 23 октября …», "2003. On …"). */
const YEAR_HEAD = rx(/^(?<y>(?:19|20)\d\d)(?:\s*год)?\.\s+(?=[\p{Lu}«"“]|\d{1,2}\s+\p{L})/u);
/** A year written in digits. */
const WRITTEN_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/** A heading is a short line without a closing full stop. */
const HEADING_MAX = 100;
/** A full date with its day («05.01.2026 | 10:31», "January 12, 2031", «12 января 2031»): a line holding one is the page's stamp, not a heading. */
const STAMP = rx(`(?<!\\d)\\d{1,2}[./]\\d{1,2}[./](?:19|20)\\d\\d(?!\\d)|${MONTH_ANY}\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d|(?<!\\d)\\d{1,2}\\s+${MONTH_ANY}\\s+(?:19|20)\\d\\d`, 'u');
/** How many lines above the first entry its heading may stand. */
const HEADING_REACH = 3;

interface Entry {
  line: Line;
  mention: DateMention;
  /** True when the date is a sentence of its own («2 июня.»): the entry heads a section. */
  heads: boolean;
  /** True when the mention was made here (a month or year alone, which the mention rules leave). */
  made: boolean;
}

/**
 * Where a page may hold a timeline at all: some line opens with a digit or a month word, maybe after a bullet.
 * Asked of each non-blank line, anchored: one search of the whole text for a line break before them cost
 * about twice as much. (A bullet alone on its line is passed over for the date on the line after it.)
 */
const TIMELINE_GATE = rx(`^\\s*(?:(?:[•▪◦·*]|[-–—](?=\\s))\\s*)?(?:\\d|${MONTH_ANY})`, 'u');

/**
 * True when some line of the page opens as a timeline entry may (`TIMELINE_GATE`). The one gate of both
 * `timelineMentions` and `timelineSections`: a page they disagree on would have its entries' years settled
 * but no sections, or sections with unsettled years.
 */
export function mayHoldTimeline(doc: ArticleDoc): boolean {
  for (const line of allLines(doc)) if (TIMELINE_GATE.test(line.text)) return true;
  return false;
}

/** The entries of the page's timeline, in order; none when fewer than two lines open with a date. */
function findEntries(doc: ArticleDoc, mentions: readonly DateMention[]): Entry[] {
  const byStart = new Map<number, DateMention>();
  for (const m of mentions) byStart.set(m.start, m);
  const out: Entry[] = [];
  for (const line of allLines(doc)) {
    const lead = BULLET.exec(line.text)![0].length;
    const start = line.start + lead;
    const rest = line.text.slice(lead);
    const m = byStart.get(start);
    if (m) {
      const after = AFTER_DATE.exec(doc.text.slice(m.end, line.start + line.text.length));
      if (after) out.push({ line, mention: m, heads: Boolean(after.groups?.stop), made: false });
      continue;
    }
    const head = CAPITAL_START.test(rest) ? MONTH_HEAD.exec(rest) : null;
    const month = head ?? MONTH_ENTRY.exec(rest);
    const yearHead = month ? null : YEAR_HEAD.exec(rest);
    const year = month || yearHead ? null : YEAR_ENTRY.exec(rest);
    const hit = month ?? yearHead ?? year;
    if (!hit?.groups) continue;
    const text = head ? hit.groups.m! : yearHead ? hit[0].replace(/\.\s*$/u, '') : hit[0].replace(/\s*(?::|[—–-])\s*$/u, '');
    const mo = month ? monthNumber(hit.groups.m!) : null;
    const y = hit.groups.y ?? '0000';
    out.push({
      line,
      mention: { start, end: start + text.length, text, date: mo ? `${y}-${String(mo).padStart(2, '0')}` : y, relative: false },
      heads: head !== null || yearHead !== null,
      made: true,
    });
  }
  return out.length >= 2 ? out : [];
}

/** The one year written on a heading line just above the first entry ("TIMELINE: 2025 IN …", «Июнь 1992 года»), or null. */
function headingYear(doc: ArticleDoc, first: Entry): string | null {
  const lines = allLines(doc);
  const at = lines.indexOf(first.line);
  for (let i = at - 1; i >= Math.max(0, at - HEADING_REACH); i--) {
    const text = lines[i]!.text.trim();
    if (text.length > HEADING_MAX || /[.!?]$/u.test(text) || STAMP.test(text)) continue;
    const years = text.match(WRITTEN_YEAR);
    if (years?.length === 1) return years[0]!;
  }
  return reviewYear(doc, lines);
}

/**
 * A year review's year when no heading stands right over its entries: the year its lead sums up («Уходящий 2021 год
 * стал …»), else the one year of the page's title («Кыргызстан — Россия: 2010 год в событиях»), both far above the
 * entries under a byline and a publication line.
 */
function reviewYear(doc: ArticleDoc, lines: readonly Line[]): string | null {
  const lead = reviewedYear(doc);
  if (lead) return lead;
  const title = lines[0]?.text.trim() ?? '';
  if (title.length > HEADING_MAX || /[.!?]$/u.test(title) || STAMP.test(title)) return null;
  const years = title.match(WRITTEN_YEAR);
  return years?.length === 1 ? years[0]! : null;
}

/**
 * The page's mentions with each timeline entry's year settled (from the entry before it or the box's heading)
 * and the entries told by a month or a year alone added; the other mentions are returned as they were, in the
 * same places of the list, so that what is keyed by them stays valid. `heads`: the stretches the entries date, a
 * heading entry's section or a dashed entry's own line (`lineOf`), within which a day word counts from the entry.
 */
export function timelineMentions(doc: ArticleDoc, mentions: DateMention[]): { mentions: DateMention[]; added: DateMention[]; heads: Span[] } {
  if (!mayHoldTimeline(doc)) return { mentions, added: [], heads: [] };
  const entries = findEntries(doc, mentions);
  if (!entries.length) return { mentions, added: [], heads: [] };
  const heads: Span[] = [];
  let year = headingYear(doc, entries[0]!);
  const replaced = new Map<DateMention, DateMention>();
  const added: DateMention[] = [];
  entries.forEach((e, i) => {
    const own = e.mention.text.match(WRITTEN_YEAR)?.[0] ?? null;
    if (own) year = own;
    if (e.made) {
      if (e.mention.date.startsWith('0000')) {
        if (!year) return;
        added.push({ ...e.mention, date: year + e.mention.date.slice(4) });
      } else added.push(e.mention);
      if (!e.heads) {
        heads.push(lineOf(e));
        return;
      }
      const end = entries[i + 1]?.line.start ?? doc.text.length;
      if (e.mention.date.length === 4) settleYearSection(mentions, e, end, e.mention.date, replaced);
      else settleSection(mentions, e, end, own ?? year!, replaced);
      heads.push({ start: e.line.start, end });
    } else {
      if (!e.heads) heads.push(lineOf(e));
      if (!own && year && !e.mention.date.startsWith(year)) replaced.set(e.mention, { ...e.mention, date: year + e.mention.date.slice(4) });
      // «2003 год. 23 октября …»: a year heading a section of its own dates every day and month under it.
      if (e.heads && own && e.mention.date.length === 4) settleYearSection(mentions, e, entries[i + 1]?.line.start ?? doc.text.length, own, replaced);
    }
  });
  return { mentions: replaced.size ? mentions.map((m) => replaced.get(m) ?? m) : mentions, added, heads };
}

/**
 * The line an entry with a dash or a colon covers («9 мая — президент был на параде. Накануне …»): a day word
 * later on the line counts from the entry's day, however long before the page's date it lies, as one under a
 * heading of its own does.
 */
function lineOf(e: Entry): Span {
  return { start: e.line.start, end: e.line.start + e.line.text.length };
}

/**
 * Under a month heading («Май.»), a day of that month written without a year («9 мая президент …») is of
 * the heading's year: the section tells that month, not the tense of its sentence.
 */
function settleSection(mentions: readonly DateMention[], e: Entry, end: number, year: string, replaced: Map<DateMention, DateMention>): void {
  const month = e.mention.date.slice(4, 7);
  for (const m of mentions) {
    if (m.start <= e.mention.start || m.start >= end || m.date.length !== 10) continue;
    if (m.date.slice(4, 7) === month && !m.date.startsWith(year) && !WRITTEN_YEAR_TEST.test(m.text)) replaced.set(m, { ...m, date: year + m.date.slice(4) });
  }
}

/**
 * Under a year heading («2012 год.», "2012."), a day or a month named without a year («20 сентября», «в июне»)
 * is of the heading's year: a chronicle walks through the years, and the page's stamp or tense says nothing of
 * them. A mention counted from another («накануне», "last year") keeps its own reading.
 */
function settleYearSection(mentions: readonly DateMention[], e: Entry, end: number, year: string, replaced: Map<DateMention, DateMention>): void {
  for (const m of mentions) {
    if (m.start <= e.mention.start || m.start >= end || m.date.length < 7 || m.date.startsWith(year)) continue;
    if (!WRITTEN_YEAR_TEST.test(m.text) && NAMED_MONTH.test(m.text)) replaced.set(m, { ...m, date: year + m.date.slice(4) });
  }
}

/** A month named in words («октября», "June"). */
const NAMED_MONTH = rx(MONTH_ANY, 'iu');

/** A year written in digits, tested once (no global state). */
const WRITTEN_YEAR_TEST = /(?<!\d)(?:19|20)\d\d(?!\d)/u;

/** The stretches of the page that a timeline entry dates: a section headed by a date of its own, or an entry's line. */
export function timelineSections(doc: ArticleDoc, mentions: readonly DateMention[]): TimelineSection[] {
  if (!mayHoldTimeline(doc)) return [];
  const entries = findEntries(doc, mentions);
  const out: TimelineSection[] = [];
  entries.forEach((e, i) => {
    if (e.made) return;
    const lineEnd = e.line.start + e.line.text.length;
    const end = e.heads ? (entries[i + 1]?.line.start ?? doc.text.length) : lineEnd;
    out.push({ start: e.line.start, end, mention: e.mention });
  });
  return out;
}
