/**
 * News digests: «Главное за день», "Evening digest", «Итоги недели» print the day's stories as
 * numbered or bulleted lines, of which one or two concern Kyrgyzstan and Russia and the rest are
 * other news (an election abroad, a forum in Davos, an embassy opened by a third country). Each
 * item is a story of its own: the context of the article does not carry from one to the next, so an
 * item that names neither side tells no Kyrgyz–Russian event.
 */
import type { Language, MilestoneType } from '../../../schema/dataset';
import type { ArticleDoc, PersonDraft, Sentence } from '../../types';
import type { LowerDoc } from '../lower';
import { placeIn } from './knowledge';
import { MARKERS, type TriggerHit } from './lexicon';

/** Fewest list lines that make a page a digest (two bullets may only split one story). */
const DIGEST_ITEMS = 3;

/**
 * Event types a digest item names no side for and still tells of the relationship: documents (a
 * short item of a list of signed documents, «2. Меморандум о сотрудничестве»), the commission of the
 * two governments, and talks or visits (a visit programme's items, «• 10:00 — переговоры в узком
 * составе»), whose third-country cases `isForeignEvent` answers.
 */
const SIDELESS: ReadonlySet<MilestoneType> = new Set(['agreement', 'igc_session', 'meeting', 'visit']);

/** True when the line starting at `at` opens with a list marker: «1.», «2)», a bullet («•», «▪️», «🔹»). */
export function opensListLine(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) {
    let j = i + 1;
    if (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    const p = text.charCodeAt(j);
    return (p === 46 || p === 41) && text.charCodeAt(j + 1) === 32;
  }
  return isBullet(text.codePointAt(i) ?? 0);
}

/** Bullet characters: •, ‣, ∙, ●, ■, ▪, ▫, ►, ▶, ◆, ◾, ◽ and the blue and orange diamonds 🔸🔹🔶🔷. */
function isBullet(c: number): boolean {
  return (
    c === 0x2022 || c === 0x2023 || c === 0x2219 || c === 0x25cf || c === 0x25a0 || c === 0x25aa || c === 0x25ab ||
    c === 0x25ba || c === 0x25b6 || c === 0x25c6 || c === 0x25fe || c === 0x25fd || (c >= 0x1f536 && c <= 0x1f539)
  );
}

/**
 * The digest items of an article: its list lines `[start, end)` when it has at least `DIGEST_ITEMS`, else
 * none. A list whose lines close with a semicolon enumerates one thing (the documents signed: «1. Совместное
 * заявление …; 2. Соглашение …;»), and its page is no digest.
 */
export function digestItems(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (opensListLine(text, start)) {
      if (lastChar(text, start, end) === 59) return [];
      out.push([start, end]);
    }
    start = end + 1;
  }
  return out.length >= DIGEST_ITEMS ? out : [];
}

/** The code of the last character of `[start, end)` that is no white space, or -1. */
function lastChar(text: string, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return c;
  }
  return -1;
}

/**
 * True when the digest item `[start, end)` of `text` names neither side: no Kyrgyz or Russian word
 * («Бишкек», "Russian", «российско-киргизский»), no pair told before («президенты», "both sides"), not the two countries («между двумя странами»), no
 * multilateral body both belong to (the EAEU, the CSTO), no Kyrgyz or Russian person of `people` and no
 * Kyrgyz or Russian city after a locative preposition («в Сочи»). `lower`: the item's lower case, when at hand.
 */
export function namesNoSide(text: string, start: number, end: number, lang: Language, people: readonly PersonDraft[], lower?: string): boolean {
  const item = text.slice(start, end);
  const low = lower ?? item.toLowerCase();
  if (MARKERS.kyrgyzSide[lang].test(item, low) || MARKERS.russianSide[lang].test(item, low)) return false;
  if (MARKERS.bilateralAdjective[lang].test(item, low) || MARKERS.pair[lang].test(item, low) || MARKERS.twoCountries[lang].test(item, low) || MARKERS.multilateral[lang].test(item, low)) return false;
  for (let i = 0; i < people.length; i++) {
    const p = people[i]!;
    if (p.country !== 'KG' && p.country !== 'RU') continue;
    for (let j = 0; j < p.mentions.length; j++) if (p.mentions[j]!.start >= start && p.mentions[j]!.start < end) return false;
  }
  const place = placeIn(item, lang);
  return !(place && (place.country === 'KG' || place.country === 'RU'));
}

/** True when a digest item naming neither side may still tell an event of `type` (`SIDELESS`). */
export function toldWithoutSide(type: MilestoneType): boolean {
  return SIDELESS.has(type);
}

/** An article's digest items (`digestItems`), read on first need. */
export interface Digest {
  items: [number, number][] | null;
}

/**
 * `hits` of sentence `s`, without those a digest's item naming neither side tells (`namesNoSide`,
 * `toldWithoutSide`). Asked only of a sentence with event words on a list line; a chronology's entries
 * (`sections`: «• 20 марта 1992 г. — установлены …») are the relationship's own.
 */
export function ofTheSides(
  doc: ArticleDoc,
  s: Sentence,
  hits: TriggerHit[],
  people: readonly PersonDraft[],
  lower: LowerDoc,
  sections: readonly { start: number; end: number }[],
  digest: Digest,
): TriggerHit[] {
  const text = doc.text;
  if (!opensListLine(text, text.lastIndexOf('\n', s.start - 1) + 1)) return hits;
  const items = (digest.items ??= digestItems(text));
  if (!items.length || within(sections, s.start)) return hits;
  let item: [number, number] | null = null;
  for (let i = 0; i < items.length; i++) if (items[i]![0] <= s.start && s.start < items[i]![1]) item = items[i]!;
  if (!item || !namesNoSide(text, item[0], item[1], doc.language, people, lower.of(item[0], item[1]))) return hits;
  return hits.filter((h) => toldWithoutSide(h.trigger.type));
}

/** True when offset `at` lies in one of `sections`. */
function within(sections: readonly { start: number; end: number }[], at: number): boolean {
  for (let i = 0; i < sections.length; i++) if (sections[i]!.start <= at && at < sections[i]!.end) return true;
  return false;
}
