/**
 * The item headings of a brief or digest page: «Новости коротко», "News in brief", a headlines ticker
 * print each story as a short title line with no closing full stop («2. Министры обсудили визит»,
 * "Ministers to meet in Minsk", "16:20 Leaders meet in Kazan") over the paragraph that tells it. The
 * title restates its paragraph's event, as an article's headline restates the body, so a milestone
 * read from it is dropped when the paragraph below it gives one.
 */
import type { ArticleDoc, MilestoneDraft } from '../types';
import { allLines, type Line } from './dates/lines';
import { endsWithStop } from './milestones/retelling';

/** Fewest title lines that make a page of items (one such line may be a post's own first line). */
const MIN_HEADINGS = 2;
/** Most words in an item's title. */
const HEADING_WORDS = 12;

/** «1. », «2) », «17:40 », «17:40 — »: a list number or a time stamp opening the title. */
function markerEnd(text: string): number {
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  const digits = (from: number) => {
    let j = from;
    while (j < text.length && j - from < 2 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    return j - from;
  };
  const n = digits(i);
  if (!n) return i;
  const p = text[i + n];
  if ((p === '.' || p === ')') && text[i + n + 1] === ' ') return i + n + 2;
  if (p === ':' && digits(i + n + 1) === 2 && text[i + n + 3] === ' ') {
    let k = i + n + 4;
    if (text[k] === '—' || text[k] === '–' || text[k] === '-') k += 2;
    return k;
  }
  return i;
}

/** True when `line` reads as an item's title: a few words after an optional marker, no closing stop, colon or comma. */
export function isItemTitle(line: string): boolean {
  const t = line.slice(markerEnd(line)).trim();
  if (!t || endsWithStop(t) || /[:;,]$/u.test(t)) return false;
  const words = t.split(/\s+/u).length;
  return words >= 2 && words <= HEADING_WORDS;
}

/** True when only white space stands between offsets `from` and `to` and a blank line does (two line breaks, counted in place). */
function blankBetween(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10 && ++breaks > 1) return true;
  return false;
}

/** Most characters of a title line (`HEADING_WORDS` words and a marker). */
const TITLE_CHARS = 120;

/** True when the last character of `line` that is no space is a full stop, «!», «?» or «…»: a sentence, no title (read in place). */
function endsSentence(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9 || line.charCodeAt(i) === 13)) i--;
  const c = line.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/**
 * The item titles of a page, each with the stretch it titles `[end, next title)`: a title line standing after a blank
 * line, over a longer paragraph that ends a sentence; none when the page has fewer than `MIN_HEADINGS`.
 */
export function itemTitles(doc: ArticleDoc, after: number): { start: number; end: number; bodyEnd: number }[] {
  const lines: readonly Line[] = allLines(doc);
  const out: { start: number; end: number; bodyEnd: number }[] = [];
  for (let i = 1; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    // Most lines of a body are sentences: the two tests read characters in place, before any copy.
    if (line.text.length > TITLE_CHARS || endsSentence(line.text)) continue;
    const prev = lines[i - 1]!;
    const next = lines[i + 1]!;
    if (line.start < after || !blankBetween(doc.text, prev.start + prev.text.length, line.start)) continue;
    if (next.text.length <= line.text.length || !endsWithStop(next.text.trimEnd()) || !isItemTitle(line.text)) continue;
    out.push({ start: line.start, end: line.start + line.text.length, bodyEnd: doc.text.length });
  }
  if (out.length < MIN_HEADINGS) return [];
  for (let i = 0; i + 1 < out.length; i++) out[i]!.bodyEnd = out[i + 1]!.start;
  return out;
}

/** `milestones` without those read from an item's title when the paragraph it titles gives a milestone. */
export function withoutItemTitleRepeats(doc: ArticleDoc, headlineEnd: number, milestones: MilestoneDraft[]): MilestoneDraft[] {
  if (milestones.length < 2) return milestones;
  const titles = itemTitles(doc, headlineEnd);
  if (!titles.length) return milestones;
  const inTitle = (m: MilestoneDraft) => titles.find((t) => m.quote.start >= t.start && m.quote.end <= t.end);
  return milestones.filter((m) => {
    const t = inTitle(m);
    return !t || !milestones.some((b) => b !== m && b.quote.start >= t.end && b.quote.start < t.bodyEnd && !inTitle(b));
  });
}

// Keyed by the article: its text never changes once read.
const titlesCache = new WeakMap<ArticleDoc, { start: number }[]>();

/**
 * True when an item title of a brief (`itemTitles`) stands between offsets `from` and `to`: what is told at `to` is
 * another story than what is told at `from`, and the day of the one does not date the other.
 */
export function otherItem(doc: ArticleDoc, from: number, to: number): boolean {
  let titles = titlesCache.get(doc);
  if (!titles) {
    titles = itemTitles(doc, 0);
    titlesCache.set(doc, titles);
  }
  for (const t of titles) if (t.start > from && t.start <= to) return true;
  return false;
}
