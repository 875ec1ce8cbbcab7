/**
 * Page furniture around the article's own text that the milestone pass reads: menus of page
 * controls, link stamps, captions, crossheads and bracketed citations ("(Interfax, May 3)"). The
 * headline block and the related-article links, which the figure pass reads too, are read once per
 * article in `../page` (`pageStructure`).
 */
import type { Language } from '../../../schema/dataset';
import type { ArticleDoc, MilestoneDraft } from '../../types';
import { inSpans } from '../page';
import { allLines } from '../dates/lines';
import { fullDateSpan } from '../dates/dateline';
import raw from '../../knowledge/event-lexicon.json';
import { endsWithStop, TABLE_ROW } from './retelling';
import { rx } from '../regex';
import { mapPacked } from '../packed';

/** Most words in an item of a menu of page controls («Версия для печати | Обсудить в форуме»). */
const MENU_ITEM_WORDS = 4;

/** «#Минниханов #Кыргызстан #KazanForum», "#Kyrgyzstan #Russia": a line of hashtags labels the page, as «Теги:» does. */
const HASHTAG_LINE = rx(/^\s*#[\p{L}\p{N}_]+(?:[\s,]+#[\p{L}\p{N}_]+)*[\s.]*$/u);

/**
 * True when `text` is a menu of page controls or a line of hashtags: two or more short items separated by "|"
 * («Версия для печати | Отправить другу | Обсудить в форуме», "Share | Print | Comment") or each in square brackets. A line
 * that pairs a stamp with a headline («03.10.2022 | Президент принял посла») is not one.
 */
export function isControlMenu(text: string): boolean {
  if (text.includes('#') && HASHTAG_LINE.test(text)) return true;
  // «[Версия для печати] [Отправить другу] [Обсудить на форуме]», "[Print version] [E-mail this story]": items in brackets.
  if (text.includes('] [') && BRACKET_MENU.test(text)) {
    return text.trim().slice(1, -1).split(/\]\s*\[/u).every((x) => x.trim().split(/\s+/u).length <= MENU_ITEM_WORDS);
  }
  if (!text.includes('|')) return false;
  // «2 | Меморандум о … | Министр …»: a numbered row of a table, not a menu.
  if (TABLE_ROW.test(text)) return false;
  const items = mapPacked(text.split('|'), (x) => x.trim()).filter(Boolean);
  return items.length >= 2 && items.every((x) => x.split(/\s+/u).length <= MENU_ITEM_WORDS);
}

/** A line that is only items in square brackets («[Версия для печати] [Обсудить на форуме]»). */
const BRACKET_MENU = /^\s*(?:\[[^[\]\n]+\]\s*){2,}$/u;

/** A link's publication stamp: a date after a dash or a bar at the end of its line ("… - 15.01.2026", "… | 10/10/2022"). */
export const STAMP = /^\s*[-–—|]\s*[^\s].{0,20}$/u;

/** True when `at` lies inside an opening bracket of the sentence that starts at `from` and is not closed before it. */
export function inBrackets(text: string, from: number, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  return open >= from && text.indexOf(')', open) >= at;
}

/** A photo caption's opener at a line's start («Фото: …», «Фото Игоря СУХОВА», "Photograph: …", "Photo by …"). */
// A caption may be set in brackets ("[Photo: …]", «(Фото: …)»).
const CAPTION: Record<Language, RegExp> = {
  ru: rx(`^[ \\t]*[[(]?(?:${raw.captionLabels.ru.join('|')})(?:[ \\t]*[:|—–]|[ \\t]+\\p{Lu})`, 'iu'),
  en: new RegExp(`^[ \\t]*[[(]?(?:${raw.captionLabels.en.join('|')})(?:[ \\t]*[:|—–]|[ \\t]+(?:by|courtesy)\\b)`, 'iu'),
};

/**
 * The lines of photo captions: a line opened by «Фото: …» / "Photograph: …" describes a picture
 * ("X and Y after the signing ceremony"), not an event; the event is told in the article's text.
 */
export function captionLines(doc: ArticleDoc, lang: Language): [number, number][] {
  // Packed (`mapPacked`): the first captioned article after this is optimised would deopt `extractMilestones`.
  const caption = CAPTION[lang];
  return mapPacked(
    allLines(doc).filter((l) => caption.test(l.text)),
    (l): [number, number] => [l.start, l.start + l.text.length],
  );
}

/** A correction note's opener at a line's start ("Correction:", "Correction, April 19:", «Уточнение от 5 мая:»). */
const CORRECTION: Record<Language, RegExp> = {
  ru: rx(`^[ \\t]*[[(]?(?:${raw.correctionLabels.ru.join('|')})(?:(?:,| от) [^:\\n]{1,30})?[ \\t]*[:—–]`, 'iu'),
  en: rx(`^[ \\t]*[[(]?(?:${raw.correctionLabels.en.join('|')})(?:, [^:\\n]{1,30})?[ \\t]*[:—–]`, 'iu'),
};
/** A label in capitals closed by a full stop ("CORRECTION. An earlier version …", «ИСПРАВЛЕНИЕ. В первой версии …»). */
const CORRECTION_CAPS: Record<Language, RegExp> = {
  ru: rx(`^[ \\t]*(?:${raw.correctionLabels.ru.map((l) => l.toUpperCase()).join('|')})\\.\\s`, 'u'),
  en: rx(`^[ \\t]*(?:${raw.correctionLabels.en.map((l) => l.toUpperCase()).join('|')})\\.\\s`, 'u'),
};
/** Any label in its own case or in capitals, for the cheap test before the lines are read. */
const LABELS: Record<Language, readonly string[]> = {
  ru: [...raw.correctionLabels.ru, ...raw.correctionLabels.ru.map((l) => l.toUpperCase())],
  en: [...raw.correctionLabels.en, ...raw.correctionLabels.en.map((l) => l.toUpperCase())],
};

/**
 * The lines of correction notes («Исправление: …», "Correction, April 19: …"). Asked only of an article that names a label.
 */
export function correctionLines(doc: ArticleDoc, lang: Language): [number, number][] {
  const text = doc.text;
  if (!LABELS[lang].some((label) => text.includes(label))) return [];
  return mapPacked(
    allLines(doc).filter((l) => CORRECTION[lang].test(l.text) || CORRECTION_CAPS[lang].test(l.text)),
    (l): [number, number] => [l.start, l.start + l.text.length],
  );
}

/**
 * `out` without the events of a correction note that the body tells too (an event of the same date): "Correction: An earlier
 * version said the program was signed on Monday. The document was signed on Tuesday." fixes the text above, and its right
 * version is the body's signing again. An event the body does not tell with that date ("It was signed in May 2011",
 * the body having said 2002 or nothing) is the note's own news and stays. (What the note says was wrong is excluded as words.)
 */
export function withoutCorrectionRetellings(out: readonly MilestoneDraft[], corrections: readonly [number, number][]): MilestoneDraft[] {
  const inNote = (o: MilestoneDraft) => inSpans(corrections, o.quote.start);
  return out.filter((o) => !inNote(o) || !out.some((p) => p !== o && !inNote(p) && p.date === o.date));
}

/**
 * True when the date mention at `at` is a related link's publication stamp in brackets at the end
 * of its sentence ("> Leaders sign treaty (Aug 16, 2007)", «… (12.08.2007)»), as "… - 15.01.2026" is,
 * or at the end of one link of several on a line ("US general visits base (Oct. 3) | Next link (Aug. 8)").
 */
export function isBracketStamp(text: string, at: number, end: number): boolean {
  const open = text.lastIndexOf('(', at);
  return open >= 0 && open >= at - 2 && /^\([^()]{1,24}\)\s*(?:\|.*)?$/u.test(text.slice(open, end));
}

/** A numeric date («19.09.2012», "25/11/2019", "2019-11-25"), optionally with its time, then the headline. */
const LEADING_STAMP = /(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}:\d{2})?\s*[-–—|]?\s+\S/uy;

/**
 * True when the date mention at `at` opens its line as a related link's publication stamp, written in figures
 * before the headline («19.09.2012 Президент посетит Ош», "25/11/2019 Minister to visit Kazan"): the day the link
 * was posted, not its event's (a date in words opening a headline, «19 сентября Путин посетит Ош», is the event's).
 */
export function isLeadingStamp(text: string, at: number): boolean {
  const line = text.lastIndexOf('\n', at - 1) + 1;
  for (let i = line; i < at; i++) if (text.charCodeAt(i) > 32) return false;
  LEADING_STAMP.lastIndex = at;
  return LEADING_STAMP.test(text);
}

/** Most words in a crosshead ("More visits ahead", «Цифры и факты»). */
const CROSSHEAD_WORDS = 6;

/**
 * The shapes of a verb: an auxiliary or a past form ("is", "will", "signed"), a Russian past or present
 * form («подписали», «едет»). A noun of the same shape («визит») only keeps a line from being a crosshead.
 */
const VERB_SHAPE: Record<Language, RegExp> = {
  ru: rx(/\p{L}{2,}(?:[аяиеуы]л(?:[аои])?(?:сь|ся)?|[еёиуюая]т(?:ся)?)(?!\p{L})/iu),
  en: rx(/(?<!\p{L})(?:is|are|was|were|be|been|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|did|\p{L}{2,}ed)(?!\p{L})/iu),
};

/** True when `text` reads as a crosshead: a few words, no digit, no sentence-ending mark and no verb unless set in capitals. */
export function isCrossheadText(text: string, lang: Language): boolean {
  const t = text.trim();
  if (!t || endsWithStop(t) || /\d|[:;,]$/u.test(t)) return false;
  // "WHAT WAS SIGNED": set in capitals, a line is a heading even with a verb.
  return t.split(/\s+/u).length <= CROSSHEAD_WORDS && (!VERB_SHAPE[lang].test(t) || ALL_CAPS.test(t));
}

/** Letters, all of them capitals (at least two), and no lower-case one. */
const ALL_CAPS = rx(/^(?=(?:[^\p{L}]*\p{Lu}){2})[^\p{Ll}]*$/u);

/** True when only blank lines stand between offsets `from` and `to`, and at least one does. */
function blankLineBetween(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  return !gap.trim() && gap.split('\n').length > 2;
}

/**
 * The crossheads of the body: a short line with no sentence-ending mark and no verb standing alone
 * between paragraphs, after one that ends a sentence ("More visits ahead"). It titles the stretch
 * below it; the events are told there, so it is no milestone by itself. The headline is not one: it
 * is the first line without such a mark, and a masthead with a full date («№ 12, среда, 13 апреля
 * 2005 г.») ends with a point but is no paragraph of the body.
 */
export function crossheadLines(doc: ArticleDoc, lang: Language): [number, number][] {
  const lines = allLines(doc);
  const out: [number, number][] = [];
  let titled = false;
  for (let i = 1; i + 1 < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    const next = lines[i + 1]!;
    const afterTitle = titled;
    if (!endsWithStop(prev.text.trim())) titled = true;
    if (!afterTitle || !isCrossheadText(line.text, lang) || !endsWithStop(prev.text.trim()) || fullDateSpan(prev.text)) continue;
    const end = line.start + line.text.length;
    if (blankLineBetween(doc.text, prev.start + prev.text.length, line.start) && blankLineBetween(doc.text, end, next.start)) out.push([line.start, end]);
  }
  return out;
}

/** Most characters of a point's run-in heading («Переговоры.», 'The documents.'). */
const POINT_HEADING_CHARS = 32;
/** Most words of a point's run-in heading. */
const POINT_HEADING_WORDS = 3;
/** What may open a point's line before its heading: a list number («3.», «3)») or a dash or bullet. */
const POINT_MARKER = /^[ \t]*(?:\d{1,2}[.)]|[-–—•])[ \t]*$/u;
/** A Russian past form («прошли», «завершился»): a verb makes a sentence, not a heading. */
const RU_PAST = /[аяиеуыо]л(?:[аои])?(?:сь|ся)?$/u;

/**
 * True when sentence `[start, end)` of `text` is the run-in heading of a point in an explainer or a list
 * («3. Переговоры. Переговоры президентов пройдут …», "- The documents. The two sides signed …"): after a list
 * number or a dash opening its line, a few words with no verb and a full stop, with the point's own text
 * going on in the same line. It names the point's topic; the events are told after it.
 */
export function isPointHeading(text: string, start: number, end: number, lang: Language): boolean {
  if (end - start > POINT_HEADING_CHARS) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let t = text.slice(start, end).trim();
  const lead = text.slice(lineStart, start);
  if (!POINT_MARKER.test(lead)) {
    // The marker inside the sentence («- The documents.»).
    const m = /^(?:[-–—•])[ \t]+/u.exec(t);
    if (!m || lead.trim()) return false;
    t = t.slice(m[0].length);
  }
  if (!t.endsWith('.') || /\d/u.test(t)) return false;
  const words = t.slice(0, -1).split(/\s+/u);
  if (words.length > POINT_HEADING_WORDS) return false;
  if (lang === 'ru' ? words.some((w) => RU_PAST.test(w.toLowerCase())) : VERB_SHAPE.en.test(t)) return false;
  // The point's text goes on in the same line.
  const nl = text.indexOf('\n', end);
  return !!text.slice(end, nl < 0 ? text.length : nl).trim();
}
