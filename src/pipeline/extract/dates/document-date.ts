/**
 * The own date of an official document printed as the page: the date written with the act's number («от 22 февраля
 * 2017 года № 110», «г. Бишкек, от 10 апреля 2025 года № 85»), the signing block of a law (a date line between
 * «Москва, Кремль» and «N 40-ФЗ») and the closing clause of a treaty («Совершено в г. Москве 27 июля 2000 года в двух
 * экземплярах», "Done at Bishkek on 26 November 2024"). The dates a document cites (the agreement it ratifies, the
 * day a chamber adopted it, an earlier law «от … № …» inside a sentence) are none of these.
 */
import type { ArticleDoc, Span } from '../../types';
import lexicon from '../../knowledge/date-lexicon.json';
import type { DateLine } from './dateline';
import { fullDateSpan, parseFullDate } from './dateline';
import { escapeRegExp, rx } from '../regex';
import { allLines, leadingSpaces, type Line } from './lines';

/** An act's number: «№ 110», «N 40-ФЗ», "No. 85", «№ УП-123». */
const NUMBER = String.raw`(?:№|N|No\.?)\s*[\p{L}\d-]*\d[\p{L}\d/-]*`;
/** A line that is only an act's number. */
const NUMBER_LINE = rx(String.raw`^\s*${NUMBER}\s*$`, 'u');
/** What may stand before the date of an act's own date line: its place («г. Бишкек,», «Москва, Кремль,») and «от». */
const LEAD = rx(String.raw`^\s*(?:(?:г\.|город)?\s*\p{Lu}[\p{L}-]+(?:\s*,\s*\p{Lu}[\p{L}-]+)?\s*,?\s*)?(?:от\s+)?$`, 'u');
/** What may follow it: «года» or «г.», then the act's number (required when `numbered`). */
const TAIL_NUMBERED = rx(String.raw`^\s*(?:года|г\.)?\s*,?\s*${NUMBER}\s*$`, 'u');
const TAIL_BARE = rx(String.raw`^\s*(?:года|г\.)?\s*[.,]?\s*$`, 'u');
/** The closing clause of a treaty: «Совершено в г. Москве», "Done at Bishkek on", with its date close after. */
const DONE_AT = rx(String.raw`^\s*(?:${lexicon.documentDoneAt.map(escapeRegExp).join('|')})\s+(?:в|во|at|in)\s`, 'iu');
/** An act's own date line is short: a longer line with a date and a number is a sentence citing an act. */
const OWN_LINE = 80;
/** How far into a closing clause its date may stand (the place and «on» before it). */
const DONE_REACH = 60;

function dated(doc: ArticleDoc, line: Line, at: { start: number; end: number }): DateLine | null {
  const iso = parseFullDate(line.text.slice(at.start));
  if (!iso) return null;
  const start = line.start + at.start;
  const end = line.start + at.end;
  return { kind: 'byline', year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)), place: null, outlet: null, span: { start, end, text: doc.text.slice(start, end) } };
}

/** The full date of `line` when the line is an act's own date line: with its number on it, or on the line after. */
function numberedDate(lines: readonly Line[], i: number): { start: number; end: number } | null {
  const text = lines[i]!.text;
  const at = fullDateSpan(text);
  if (!at || !LEAD.test(text.slice(0, at.start))) return null;
  const rest = text.slice(at.end);
  if (TAIL_NUMBERED.test(rest)) return at;
  const next = lines[i + 1];
  return TAIL_BARE.test(rest) && next && NUMBER_LINE.test(next.text) ? at : null;
}

/** The date of a closing clause «Совершено в …» / "Done at …" opening `text`, or null. */
function doneAtDate(text: string): { start: number; end: number } | null {
  if (!DONE_AT.test(text)) return null;
  const at = fullDateSpan(text);
  return at && at.start <= DONE_REACH ? at : null;
}

/** The document's own date line: its date, the clause that states it (place, date and number, or «Совершено в …» to the date), and whether a treaty's closing clause told it. */
export interface DocumentDateLine {
  date: DateLine;
  clause: Span;
  treaty: boolean;
}

/** The document's own date line (see the module's note), the first in the text, or null. */
export function findDocumentDateLine(doc: ArticleDoc): DocumentDateLine | null {
  const lines = allLines(doc);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!/\d{4}/.test(line.text)) continue;
    const numbered = line.text.length <= OWN_LINE ? numberedDate(lines, i) : null;
    const at = numbered ?? doneAtDate(line.text);
    const hit = at ? dated(doc, line, at) : null;
    if (!hit) continue;
    const start = line.start + leadingSpaces(line.text);
    const end = numbered ? line.start + line.text.trimEnd().length : hit.span.end;
    return { date: hit, clause: { start, end, text: doc.text.slice(start, end) }, treaty: !numbered };
  }
  return null;
}
