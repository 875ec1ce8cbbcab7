/**
 * «Поездка главы МИД в Ош стала первой после его назначения в июне», "the minister's first trip to the country since
 * taking office in June": the clause's date and its chosen event are the one the visit is the first after; the
 * visit itself is the article's own occasion, which such a clause may be the only one to tell.
 */
import type { MilestoneDraft } from '../../types';
import { makeTitles, NOBODY } from './describe';
import type { TriggerHit } from './lexicon';
import { rx } from '../regex';

/** «первым после», «первый … после», "first … since", "first … after": a visit counted from another event. */
const FIRST_AFTER = rx(/(?:^|[^\p{L}])(?:перв\p{L}*|first)(?:\s+[\p{L}-]+){0,4}?\s+(?:после|since|after)(?![\p{L}])/iu);
/** How far before the visit word "first" may stand ("his first official visit"). */
const FIRST_REACH = 40;

/**
 * The visit hit of the clause `[from, …)` that is called the first after the event of `hit` (a later hit of another
 * type), or null.
 */
export function visitFirstAfter(told: readonly TriggerHit[], hit: TriggerHit, text: string, from: number): TriggerHit | null {
  if (hit.trigger.type === 'visit') return null;
  for (let i = 0; i < told.length; i++) {
    const h = told[i]!;
    if (h.trigger.type !== 'visit' || h.end > hit.start) continue;
    if (FIRST_AFTER.test(text.slice(Math.max(from, h.start - FIRST_REACH), hit.start))) return h;
  }
  return null;
}

/** The visit `visit` told in the clause of `m`, on the occasion's day `day`. */
export function firstVisitDraft(m: MilestoneDraft, visit: TriggerHit, day: string): MilestoneDraft {
  const titles = makeTitles({ type: 'visit', labelEn: visit.trigger.labelEn, labelRu: visit.trigger.labelRu, people: NOBODY, place: m.place, organisation: null });
  // Every field in the drafts' one order, not `{ ...m, … }`: V8 gives a spread copy a hidden class of its own.
  return {
    date: day,
    dateEvidence: `The visit the clause calls the first after another event: the occasion's day (${day})`,
    type: 'visit',
    status: 'past',
    titleEn: titles.titleEn,
    titleRu: titles.titleRu,
    peopleIds: m.peopleIds,
    place: m.place,
    bilateral: true,
    derived: null,
    quote: m.quote,
    documentAct: false,
  };
}
