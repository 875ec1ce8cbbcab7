/**
 * The lines of an article's text, split once per article. The date-line finders each read the
 * first lines (datelines, bylines, a lead outlet, an issue line) or the last ones (a publication
 * line); splitting the text anew for each of them cost more than reading the lines.
 */
import type { ArticleDoc } from '../../types';
import { isSpaceCode } from '../../read';

/** A non-blank line of the text: where it starts and what it says (without the line break). */
export interface Line {
  start: number;
  text: string;
}

/** How many white-space characters open `text` (what a regex `^\s*` matches), told by character codes. */
export function leadingSpaces(text: string): number {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** True when `text` has a character other than white space between `from` and `to` (what `trim` would leave). */
function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

/** The non-blank lines of `text`, first to last (a blank line is told by character codes, not by a trimmed copy). */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    if (hasNonSpace(text, pos, end)) out.push({ start: pos, text: text.slice(pos, end) });
    pos = end + 1;
  }
  return out;
}

// Keyed by the article: its text never changes once read.
const linesCache = new WeakMap<ArticleDoc, Line[]>();
/** The non-blank lines of the article, first to last (split once per article). */
export function allLines(doc: ArticleDoc): Line[] {
  let lines = linesCache.get(doc);
  if (!lines) {
    lines = splitLines(doc.text);
    linesCache.set(doc, lines);
  }
  return lines;
}

/** The first `maxLines` non-blank lines of the article that start before offset `maxChars`. */
export function firstLines(doc: ArticleDoc, maxLines: number, maxChars: number): Line[] {
  const out: Line[] = [];
  const lines = allLines(doc);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (out.length >= maxLines || line.start >= maxChars) break;
    out.push(line);
  }
  return out;
}

/**
 * The first `maxLines` non-blank lines of the article's first `maxChars` characters (the lines of
 * `doc.text.slice(0, maxChars)`): a line across that offset is cut there, and left out if what is
 * left of it is blank.
 */
export function headLines(doc: ArticleDoc, maxChars: number, maxLines: number): Line[] {
  const out: Line[] = [];
  const lines = allLines(doc);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (out.length >= maxLines || line.start >= maxChars) break;
    const text = line.start + line.text.length > maxChars ? line.text.slice(0, maxChars - line.start) : line.text;
    if (text === line.text) out.push(line);
    else if (text.trim()) out.push({ start: line.start, text });
  }
  return out;
}

/** The last `maxLines` non-blank lines of the article, first to last. */
export function lastLines(doc: ArticleDoc, maxLines: number): Line[] {
  return allLines(doc).slice(-maxLines);
}
