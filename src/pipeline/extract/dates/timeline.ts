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

/** The stretch of text an entry dates, with the entry's date mention. */
export interface TimelineSection {
  start: number;
  end: number;
  mention: DateMention;
}

/** A bullet before an entry's date («•», "- "). */
const BULLET = /^\s*(?:(?:[•▪◦·*]|[-–—](?=\s))\s*)?/u;
/** After an entry's date: «года», then a full stop before a capital (a section), or a colon or a dash before words (a line). */
const AFTER_DATE = rx(/^\s*(?:года|г\.)?\s*(?:(?<stop>\.)\s+(?=[\p{Lu}«"“])|(?::|\s?[—–-])\s*(?=[\p{L}«"“]))/u);
/** A month alone (with its year, if any) opening a line before a colon or a dash: "December –", «Май 2024 года:». */
const MONTH_ENTRY = rx(`^(?<m>${MONTH_ANY})(?:\\s+(?<y>(?:19|20)\\d\\d))?(?:\\s*(?:года|г\\.))?\\s*(?::|\\s[—–-])\\s*(?=[\\p{L}«"“])`, 'u');
/** A year alone opening a line before a colon or a dash: «2000 —», "2003: …". */
const YEAR_ENTRY = rx(/^(?<y>(?:19|20)\d\d)(?:\s*(?:год|г\.))?\s*(?::|\s[—–-])\s*(?=[\p{L}«"“])/u);
/** A year written in digits. */
const WRITTEN_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/** A heading is a short line without a closing full stop. */
const HEADING_MAX = 100;
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
    const month = MONTH_ENTRY.exec(rest);
    const year = month ? null : YEAR_ENTRY.exec(rest);
    const hit = month ?? year;
    if (!hit?.groups) continue;
    const text = hit[0].replace(/\s*(?::|[—–-])\s*$/u, '');
    const mo = month ? monthNumber(hit.groups.m!) : null;
    const y = hit.groups.y ?? '0000';
    out.push({
      line,
      mention: { start, end: start + text.length, text, date: mo ? `${y}-${String(mo).padStart(2, '0')}` : y, relative: false },
      heads: false,
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
    if (text.length > HEADING_MAX || /[.!?]$/u.test(text)) continue;
    const years = text.match(WRITTEN_YEAR);
    if (years?.length === 1) return years[0]!;
  }
  return null;
}

/**
 * The page's mentions with each timeline entry's year settled (from the entry before it or the box's heading)
 * and the entries told by a month or a year alone added; the other mentions are returned as they were, in the
 * same places of the list, so that what is keyed by them stays valid.
 */
export function timelineMentions(doc: ArticleDoc, mentions: DateMention[]): { mentions: DateMention[]; added: DateMention[] } {
  if (!TIMELINE_GATE.test(doc.text)) return { mentions, added: [] };
  const entries = findEntries(doc, mentions);
  if (!entries.length) return { mentions, added: [] };
  let year = headingYear(doc, entries[0]!);
  const replaced = new Map<DateMention, DateMention>();
  const added: DateMention[] = [];
  for (const e of entries) {
    const own = e.mention.text.match(WRITTEN_YEAR)?.[0] ?? null;
    if (own) year = own;
    if (e.made) {
      if (e.mention.date.startsWith('0000')) {
        if (year) added.push({ ...e.mention, date: year + e.mention.date.slice(4) });
      } else added.push(e.mention);
    } else if (!own && year && !e.mention.date.startsWith(year)) replaced.set(e.mention, { ...e.mention, date: year + e.mention.date.slice(4) });
  }
  return { mentions: replaced.size ? mentions.map((m) => replaced.get(m) ?? m) : mentions, added };
}

/** Where a page may hold a timeline at all: some line opens with a digit or a month word followed by a separator. */
const TIMELINE_GATE = rx(`(?:^|\\n)\\s*(?:(?:[•▪◦·*]|[-–—](?=\\s))\\s*)?(?:\\d|${MONTH_ANY})`, 'u');

/** The stretches of the page that a timeline entry dates: a section headed by a date of its own, or an entry's line. */
export function timelineSections(doc: ArticleDoc, mentions: readonly DateMention[]): TimelineSection[] {
  if (!TIMELINE_GATE.test(doc.text)) return [];
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
