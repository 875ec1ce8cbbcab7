/**
 * "Mr X arrived on Wednesday and held talks with Y the same evening. The two leaders signed a
 * declaration …": a signing or talks the narrative tells without a date right after talks told
 * with a day of their own took place that day, not on the day of the article's lead.
 */
import type { MilestoneDraft } from '../../types';

const TALKS = new Set(['meeting', 'igc_session', 'summit']);
/** Evidence of a date taken from another event rather than told with the gathering. */
const BORROWED = /^(?:Same occasion|Article date)/;

/** True when `d` is a past gathering told with a day of its own. */
export function toldOnDay(d: MilestoneDraft): boolean {
  return TALKS.has(d.type) && d.status === 'past' && d.date?.length === 10 && !BORROWED.test(d.dateEvidence);
}
