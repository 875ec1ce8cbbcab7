/**
 * What a live blog tells again or tells of others: the end of a gathering or a signing («Саммит
 * завершен», "The summit has ended", «Подписание документов завершено») when another entry tells
 * the gathering or the signing that day (entries may run either way in time), and the arrivals of
 * third countries' leaders at a multilateral gathering («Прибыли Александр Лукашенко и Никол
 * Пашинян»). Each entry of a live blog is read as an occasion of its own (`live-blog.ts`), so the
 * retelling rules of one entry do not see the others: these are asked over the whole blog.
 * Phrasings are data (`knowledge/event-phrasing.json`, `gatheringEnd`).
 */
import type { Language } from '../../../schema/dataset';
import type { MilestoneDraft, PersonDraft } from '../../types';
import raw from '../../knowledge/event-phrasing.json';
import { rx } from '../regex';

const ENDED: Record<Language, RegExp> = {
  ru: rx(raw.gatheringEnd.ru, 'iu'),
  en: rx(raw.gatheringEnd.en, 'iu'),
};

/**
 * Kinds of occasion whose end an entry may tell: gatherings, the visit («Визит завершен») and the signing
 * («Подписание документов завершено»), told by another entry that day.
 */
const GATHERINGS = new Set(['summit', 'meeting', 'forum', 'igc_session', 'visit', 'agreement']);
const PARTIES = new Set(['KG', 'RU']);
/** An ending is told in a short clause of its own. */
const SHORT = 120;

/** True when `d` only tells the end of a gathering or a signing another draft of `all` tells that day. */
function endsToldGathering(d: MilestoneDraft, all: readonly MilestoneDraft[], lang: Language): boolean {
  if (!GATHERINGS.has(d.type) || d.quote.text.length > SHORT || !ENDED[lang].test(d.quote.text)) return false;
  // A visit's end retells a visit, a signing's end a signing, a gathering's end a gathering.
  const kind = occasionKind(d.type);
  return all.some((o) => o !== d && o.date === d.date && o.status !== 'planned' && GATHERINGS.has(o.type) && occasionKind(o.type) === kind && !ENDED[lang].test(o.quote.text));
}

/** The visit, the signing, or any other gathering: what an end told in an entry can retell. */
function occasionKind(type: string): string {
  return type === 'visit' || type === 'agreement' ? type : 'gathering';
}

/** True when `d` is an arrival whose people are all officials of third countries. */
function thirdPartyArrival(d: MilestoneDraft, people: readonly PersonDraft[]): boolean {
  if (d.type !== 'visit' || !d.peopleIds.length) return false;
  return d.peopleIds.every((id) => {
    const p = people.find((x) => x.id === id);
    return !!p?.country && !PARTIES.has(p.country);
  });
}

/** The drafts of a live blog without those that tell again a gathering's end or a third party's arrival. */
export function withoutLiveRetellings(drafts: MilestoneDraft[], people: readonly PersonDraft[], lang: Language): MilestoneDraft[] {
  return drafts.filter((d) => !(endsToldGathering(d, drafts, lang) || thirdPartyArrival(d, people)));
}
