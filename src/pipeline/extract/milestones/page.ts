/**
 * Page furniture around the article's own text: links to related articles («Читайте также:»,
 * "Related:") with their publication stamps, and bracketed citations ("(Interfax, May 3)").
 */
import type { Language } from '../../../schema/dataset';
import { MARKERS } from './lexicon';
import { LowerDoc } from './lower';

/**
 * The lines of related-article links: a line opened by «Читайте также:» / "Related:" with a
 * headline of its own, and the lines right after such a label (no blank line between).
 */
export function relatedLinks(text: string, lang: Language, lower = new LowerDoc(text)): [number, number][] {
  const out: [number, number][] = [];
  const label = MARKERS.relatedLink[lang];
  // Most articles have no such label: one cue test on the whole text spares lower-casing each line.
  if (lower.lower !== null && !label.mayMatch(lower.lower)) return out;
  let inList = false;
  let pos = 0;
  for (const line of text.split('\n')) {
    const start = pos;
    pos += line.length + 1;
    if (!line.trim()) {
      inList = false;
      continue;
    }
    const found = label.all(line, lower.of(start, start + line.length))[0];
    if (found && found.start === line.length - line.trimStart().length) {
      inList = true;
      if (line.slice(found.end).trim()) out.push([start, start + line.length]);
    } else if (inList) out.push([start, start + line.length]);
  }
  return out;
}

/** Most words in an item of a menu of page controls («Версия для печати | Обсудить в форуме»). */
const MENU_ITEM_WORDS = 4;

/**
 * True when `text` is a menu of page controls: two or more short items separated by "|"
 * («Версия для печати | Отправить другу | Обсудить в форуме», "Share | Print | Comment"). A line
 * that pairs a stamp with a headline («03.10.2022 | Президент принял посла») is not one.
 */
export function isControlMenu(text: string): boolean {
  if (!text.includes('|')) return false;
  const items = text.split('|').map((x) => x.trim()).filter(Boolean);
  return items.length >= 2 && items.every((x) => x.split(/\s+/u).length <= MENU_ITEM_WORDS);
}

/** A link's publication stamp: a date after a dash at the end of its line ("… - 15.01.2026"). */
export const STAMP = /^\s*[-–—]\s*[^\s].{0,20}$/u;

/** True when `at` lies inside an opening bracket of the sentence that starts at `from` and is not closed before it. */
export function inBrackets(text: string, from: number, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  return open >= from && text.indexOf(')', open) >= at;
}
