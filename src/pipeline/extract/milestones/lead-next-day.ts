/**
 * A lead told without its day, dated by the sentence after it: "Degtyarev has signed a memorandum
 * during a visit to Bishkek. Degtyarev held talks yesterday with …", «Заседание комиссии прошло в
 * Новосибирске. … Комиссия собралась вчера»: the reporter's narrative, dated by the article only,
 * belongs to the recent day the next sentences tell, not to the publication day.
 */
import type { PartialDate } from '../../../schema/dataset';
import type { MilestoneDraft } from '../../types';
import type { Found } from './clause-state';
import { LEAD_DAYS } from './main-event';

/** How many sentences after the lead's the sentence telling the day may stand. */
export const DAY_REACH = 2;
/** The evidence of a date that is the article's own, the reporter's narrative. */
const ARTICLE_DATE = 'Article date';
/** The evidence of a relative day counted from another day told before it (see `dateClause`). */
const ANCHORED = ', counted from «';

/**
 * Redates in place the past events dated only by the article (outside headlines) when the first of
 * them is followed within `DAY_REACH` sentences by a gathering dated by a relative day shortly
 * before the article date.
 */
export function leadTakesNextDay(f: Found, article: PartialDate | null): void {
  if (!article || article.length !== 10) return;
  const undated = (o: MilestoneDraft) => o.date === article && o.status === 'past' && !f.headlines.has(o) && o.dateEvidence.startsWith(ARTICLE_DATE);
  let lead = -1;
  let first = Infinity;
  for (const o of f.out) {
    if (f.headlines.has(o)) continue;
    const at = f.sentenceOf.get(o) ?? Infinity;
    if (at < first) {
      first = at;
      lead = undated(o) ? at : -1;
    }
  }
  if (lead < 0) return;
  let day: MilestoneDraft | null = null;
  for (const r of f.relativeDay) {
    const at = f.sentenceOf.get(r) ?? -1;
    // A day counted from another told day («накануне» after «в пятницу») is not the article's recent day.
    if (f.headlines.has(r) || at <= lead || at > lead + DAY_REACH || !r.date || r.date.length !== 10 || r.date >= article || r.dateEvidence.includes(ANCHORED)) continue;
    if ((Date.parse(article) - Date.parse(r.date)) / 86_400_000 <= LEAD_DAYS) day = day && (f.sentenceOf.get(day) ?? 0) <= at ? day : r;
  }
  if (!day) return;
  for (const o of f.out) {
    if (!undated(o) || (f.sentenceOf.get(o) ?? -1) < lead) continue;
    o.date = day.date;
    o.dateEvidence = `The occasion «${day.quote.text.slice(0, 60)}» (${day.date}) told after the undated lead`;
  }
}
