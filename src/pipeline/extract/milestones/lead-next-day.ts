/**
 * A lead told without its day, dated by the sentence after it: "Degtyarev has signed a memorandum
 * during a visit to Bishkek. Degtyarev held talks yesterday with …", «Заседание комиссии прошло в
 * Новосибирске. … Комиссия собралась вчера»: the reporter's narrative, dated by the article only,
 * belongs to the recent day the next sentences tell, not to the publication day.
 */
import type { Language, PartialDate } from '../../../schema/dataset';
import { rx } from '../regex';
import type { MilestoneDraft } from '../../types';
import type { Found } from './clause-state';
import { LEAD_DAYS } from './main-event';
import { daysBetween } from '../dates/days';

/** How many sentences after the lead's the sentence telling the day may stand. */
export const DAY_REACH = 2;
/** The evidence of a date that is the article's own, the reporter's narrative. */
const ARTICLE_DATE = 'Article date';
/** A counterpart of the gathering's own: «встреча с депутатами», "a meeting with MPs". */
const WITH: Record<Language, RegExp> = {
  ru: rx(/(?<![\p{L}])(?:с|со)\s/iu),
  en: rx(/\bwith\b/iu),
};
/** A subject pronoun («вчера он провел переговоры с …», "he held talks yesterday with …"): the lead's own subject told again. */
const PRONOUN: Record<Language, RegExp> = {
  ru: rx(/(?<![\p{L}])(?:он|она|они)(?![\p{L}])/iu),
  en: rx(/\b(?:he|she|they)\b/iu),
};
/** The evidence of a relative day counted from another day told before it (see `dateClause`). */
const ANCHORED = ', counted from «';

/**
 * Redates in place the past events dated only by the article (outside headlines) when the first of
 * them is followed within `DAY_REACH` sentences by a gathering dated by a relative day shortly
 * before the article date.
 */
export function leadTakesNextDay(f: Found, article: PartialDate | null, lang: Language): void {
  if (!article || article.length !== 10) return;
  // A happening other than a gathering, visit or document ("came back with a grant") sets no occasion.
  const undated = (o: MilestoneDraft) => o.date === article && o.status === 'past' && o.type !== 'other' && !f.headlines.has(o) && o.dateEvidence.startsWith(ARTICLE_DATE);
  let lead = -1;
  let first = Infinity;
  let leadDraft: MilestoneDraft | null = null;
  for (const o of f.out) {
    if (f.headlines.has(o)) continue;
    const at = f.sentenceOf.get(o) ?? Infinity;
    if (at < first) {
      first = at;
      lead = undated(o) ? at : -1;
      leadDraft = o;
    }
  }
  if (lead < 0 || !leadDraft) return;
  const sides = new Set(leadDraft.peopleIds);
  let day: MilestoneDraft | null = null;
  for (const r of f.relativeDay) {
    const at = f.sentenceOf.get(r) ?? -1;
    // A day counted from another told day («накануне» after «в пятницу») is not the article's recent day.
    if (f.headlines.has(r) || at <= lead || at > lead + DAY_REACH || !r.date || r.date.length !== 10 || r.date >= article || r.dateEvidence.includes(ANCHORED)) continue;
    // «Делегация прибыла в Бишкек накануне» after «В Бишкеке состоялось заседание комиссии»: an arrival the day before
    // comes ahead of the occasion it was made for; it tells no day of the lead's.
    if (r.type === 'visit') continue;
    // The occasion told again by someone of the lead ("Degtyarev held talks yesterday", "he held talks
    // yesterday with …"), or by its gathering alone («Комиссия собралась вчера»), not another
    // gathering with a counterpart of its own.
    const own = r.peopleIds.some((id) => sides.has(id)) || PRONOUN[lang].test(r.quote.text);
    if (!own && (r.peopleIds.length > 0 || WITH[lang].test(r.quote.text))) continue;
    if (daysBetween(r.date, article) <= LEAD_DAYS) day = day && (f.sentenceOf.get(day) ?? 0) <= at ? day : r;
  }
  if (!day) return;
  for (const o of f.out) {
    if (!undated(o) || (f.sentenceOf.get(o) ?? -1) < lead) continue;
    o.date = day.date;
    o.dateEvidence = `The occasion «${day.quote.text.slice(0, 60)}» (${day.date}) told after the undated lead`;
  }
}
