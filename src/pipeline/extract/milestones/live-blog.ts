/**
 * A live blog or text transcript: entries each opened by a line that is only a time stamp
 * ("21/05 18:40", «08 декабря, 22:40», «17:20») or by a bare time that opens the entry's line
 * («14:20 Начались переговоры …», "12:30 — Japarov laid a wreath …"). Each entry is an occasion of its own — a
 * gathering noun in one («Началось заседание в узком составе») retells nothing of another — and a
 * stamp with a day dates its entry's events told without a date of their own.
 */
import type { PartialDate } from '../../../schema/dataset';
import type { ArticleDoc, MilestoneDraft } from '../../types';
import { allLines } from '../dates/lines';
import { MONTH_ANY, monthNumber } from '../dates/lexicon';

/** A line that is only a time stamp, after an optional day («08 декабря,», "21/05", "May 20,"). */
const STAMP_LINE = new RegExp(
  `^[ \\t]*(?:(?:(\\d{1,2})[./](\\d{1,2})|(\\d{1,2})\\s+(${MONTH_ANY})|(${MONTH_ANY})\\s+(\\d{1,2}))[,\\s]+)?\\d{1,2}[:.]\\d{2}(?:\\s*(?:[AaPp]\\.?[Mm]\\.?|CES?T|MSK|GMT|UTC))?[ \\t]*$` +
    // «14:20 Начались переговоры …», "18:55 — That's it for today": a bare time opening the entry's own line.
    `|^[ \\t]*\\d{1,2}:\\d{2}[ \\t]+(?:[—–-][ \\t]+)?(?=\\p{L})`,
  'u',
);
/** Fewest stamp lines that make a page a live blog. */
const MIN_STAMPS = 3;

export interface LiveEntry {
  start: number;
  end: number;
  /** The stamp's day in the article's year, when it has one not after the article's day. */
  day: PartialDate | null;
}

/** The entries of a live blog in article `doc` (none when fewer than three stamp lines). */
export function liveEntries(doc: ArticleDoc, articleDay: PartialDate | null): LiveEntry[] {
  const stamps: { start: number; day: PartialDate | null }[] = [];
  for (const line of allLines(doc)) {
    const m = STAMP_LINE.exec(line.text);
    if (m) stamps.push({ start: line.start, day: stampDay(m, articleDay) });
  }
  if (stamps.length < MIN_STAMPS) return [];
  return stamps.map((s, i) => ({ start: s.start, end: i + 1 < stamps.length ? stamps[i + 1]!.start : doc.text.length, day: s.day }));
}

function stampDay(m: RegExpExecArray, articleDay: PartialDate | null): PartialDate | null {
  if (!articleDay || articleDay.length !== 10) return null;
  const day = Number(m[1] ?? m[3] ?? m[6] ?? NaN);
  const month = m[2] ? Number(m[2]) : (monthNumber(m[4] ?? m[5] ?? '') ?? NaN);
  if (!(day >= 1 && day <= 31 && month >= 1 && month <= 12)) return null;
  const d = `${articleDay.slice(0, 4)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return d <= articleDay ? d : null;
}

/** The index of the entry that holds offset `at`, or -1. */
export function entryAt(entries: readonly LiveEntry[], at: number): number {
  for (let i = 0; i < entries.length; i++) if (entries[i]!.start <= at && at < entries[i]!.end) return i;
  return -1;
}

/** Gives an entry's stamp day to its drafts dated only by the article's day. */
export function dateByStamp(drafts: readonly MilestoneDraft[], entry: LiveEntry | undefined, articleDay: PartialDate | null): void {
  if (!entry?.day || entry.day === articleDay) return;
  for (const d of drafts) if (d.date === articleDay && entry.start <= d.quote.start && d.quote.start < entry.end) d.date = entry.day;
}
