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

/** A recent event and the index of its sentence. */
interface RecentEvent {
  draft: MilestoneDraft;
  sentence: number;
}

/**
 * «Дни города пройдут в сентябре. Губернатор пообещала приехать лично», "The festival will be held
 * in September. The governor promised to come": a trip planned without a date right after a plan
 * told with one goes to it, and takes its date. The plan of the sentence just before, if any.
 */
export function planJustBefore(recent: readonly RecentEvent[], sentence: number): MilestoneDraft | null {
  const last = recent.length > 0 ? recent[recent.length - 1] : undefined;
  return last && sentence - last.sentence === 1 && last.draft.status === 'planned' && last.draft.date !== null ? last.draft : null;
}
