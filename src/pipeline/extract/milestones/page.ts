/**
 * Page furniture around the article's own text: links to related articles («Читайте также:»,
 * "Related:") with their publication stamps, and bracketed citations ("(Interfax, May 3)").
 */
import type { Language } from '../../../schema/dataset';
import { MARKERS } from './lexicon';
import { LowerDoc } from './lower';
import type { ArticleDoc } from '../../types';
import { allLines } from '../dates/lines';
import raw from '../../knowledge/event-lexicon.json';

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

/** A photo caption's opener at a line's start («Фото: …», «Фото Игоря СУХОВА», "Photograph: …", "Photo by …"). */
const CAPTION: Record<Language, RegExp> = {
  ru: new RegExp(`^[ \\t]*(?:${raw.captionLabels.ru.join('|')})(?:[ \\t]*[:|—–]|[ \\t]+\\p{Lu})`, 'iu'),
  en: new RegExp(`^[ \\t]*(?:${raw.captionLabels.en.join('|')})(?:[ \\t]*[:|—–]|[ \\t]+(?:by|courtesy)\\b)`, 'iu'),
};

/**
 * The lines of photo captions: a line opened by «Фото: …» / "Photograph: …" describes a picture
 * ("X and Y after the signing ceremony"), not an event; the event is told in the article's text.
 */
export function captionLines(doc: ArticleDoc, lang: Language): [number, number][] {
  return allLines(doc)
    .filter((l) => CAPTION[lang].test(l.text))
    .map((l): [number, number] => [l.start, l.start + l.text.length]);
}

/**
 * True when the date mention at `at` is a related link's publication stamp in brackets at the end
 * of its sentence ("> Leaders sign treaty (Aug 16, 2007)", «… (12.08.2007)»), as "… - 15.01.2026" is.
 */
export function isBracketStamp(text: string, at: number, end: number): boolean {
  const open = text.lastIndexOf('(', at);
  return open >= 0 && open >= at - 2 && /^\([^()]{1,24}\)\s*$/u.test(text.slice(open, end));
}
