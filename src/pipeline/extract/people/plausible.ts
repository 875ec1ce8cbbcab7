/**
 * Whether a bare surname («Фёдоров», "Lavrov") can mean a known official: the official held office
 * near the article's years, and the words around it do not say the person is of the other gender.
 * A surname alone is weak evidence; these checks keep a namesake from becoming a minister of 1993.
 */
import type { ArticleDoc } from '../../types';
import type { Gender } from './forms';
import type { NameHit } from './hit';
import type { OfficialInput } from './lexicon';
import type { Token } from './tokens';
import { rx } from '../regex';

/** Years either side of the article's year within which an official's term still makes a bare surname plausible. */
export const TERM_MARGIN_YEARS = 3;

const YEAR = rx(/(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)/g);

/**
 * The years an article is about: the header date's year and every year written in the text (a
 * dateline, «в 1993 году» in a look back). Empty when the article tells no year (then any term is plausible).
 */
export function articleYears(doc: ArticleDoc): number[] {
  const out = new Set<number>();
  const header = doc.header.date?.match(/^\d{4}/)?.[0];
  if (header) out.add(Number(header));
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(doc.text); m; m = YEAR.exec(doc.text)) out.add(Number(m[1]));
  return [...out];
}

const yearOf = (d: string | null | undefined, open: number) => (d ? Number(d.slice(0, 4)) : open);

/** True when one of the official's terms overlaps some article year ± the margin (or a term has no dates). */
export function inOfficeNear(o: OfficialInput, years: readonly number[], margin = TERM_MARGIN_YEARS): boolean {
  if (!years.length || !o.roles?.length) return true;
  return o.roles.some((r) => {
    const from = yearOf(r.from, -Infinity);
    const to = yearOf(r.to, Infinity);
    return years.some((y) => from <= y + margin && y - margin <= to);
  });
}

const FEMALE_TITLE = new Set(['г-жа', 'госпожа', 'mrs', 'ms', 'madam', 'madame']);
const MALE_TITLE = new Set(['г-н', 'господин', 'mr', 'sir']);
/** Russian past tense right after the subject: «сообщила», «заявила», «выступила» / «сообщил», «встретился». */
const FEMALE_VERB = /(?:ла|лась)$/;
const MALE_VERB = /(?:[аеиоуыя]л|лся)$/;
/** A hyphen or a dash between two names, with or without spaces: «Путин-Жапаров», «Путин — Жапаров». */
const PAIR_DASH = /^[ \t]*[-‐–—][ \t]*$/;

/**
 * The gender the words next to a surname give its bearer: a courtesy title before it («г-жа», "Mrs")
 * or, in Russian, a past-tense verb right after it («Лаврова сообщила»), but for the second name of a dashed pair.
 * Null when they do not tell.
 */
export function genderCue(text: string, toks: Token[], h: NameHit, lang: 'ru' | 'en'): Gender | null {
  // Not read at −1 (no array index: V8 makes such a read site megamorphic, p57).
  const prev = h.firstTok > 0 ? toks[h.firstTok - 1] : undefined;
  if (prev && prev.sent === h.sent && /^[\s.]*$/.test(text.slice(prev.end, h.start))) {
    if (FEMALE_TITLE.has(prev.key)) return 'female';
    if (MALE_TITLE.has(prev.key)) return 'male';
  }
  if (lang !== 'ru') return null;
  const next = toks[h.lastTok + 1];
  if (!next || next.cap || next.sent !== h.sent || !/^[ \t]+$/.test(text.slice(h.end, next.start))) return null;
  // «встреча Жапаров–Путин прошла»: after the second name of a dashed pair the verb agrees with the noun the pair qualifies.
  if (prev?.cap && prev.sent === h.sent && PAIR_DASH.test(text.slice(prev.end, h.start))) return null;
  if (FEMALE_VERB.test(next.key)) return 'female';
  if (MALE_VERB.test(next.key)) return 'male';
  return null;
}
