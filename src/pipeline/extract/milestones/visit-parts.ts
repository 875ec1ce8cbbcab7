/**
 * Parts of one visit told after it: who invited it («Визит состоялся по приглашению …», "at the
 * invitation of …"), what its programme still holds («В рамках визита … также посетит …», "During
 * the visit he will also tour …"), and a stop in a third country on the same trip («затем
 * отправится в Минск», "then travels on to Minsk"). Phrasings are data
 * (`knowledge/event-phrasing.json`: `visitInvitation`, `invitationAccepted`, `visitProgramme`, `onwardStop`).
 */
import type { Language } from '../../../schema/dataset';
import type { MilestoneDraft } from '../../types';
import raw from '../../knowledge/event-phrasing.json';
import { rx } from '../regex';
import { placeIn } from './knowledge';
import { MARKERS } from './lexicon';

const both = (x: { ru: string; en: string }, flags = 'iu'): Record<Language, RegExp> => ({ ru: rx(x.ru, flags), en: rx(x.en, flags) });
const INVITATION = both(raw.visitInvitation);
const PROGRAMME = both(raw.visitProgramme);
const ALSO_STOP = rx(raw.alsoVisitStop.ru, 'iu');
const ACCEPTED = both(raw.invitationAccepted);
const INVITING = both(raw.invitationAccepted.inviting);
const DATES_TO_AGREE = both(raw.invitationAccepted.datesToAgree);
const ONWARD = both(raw.onwardStop);
const STOP_JOURNEY = both({ ru: raw.programmeStop.ru.journey, en: raw.programmeStop.en.journey });
const STOP_LOCAL = both({ ru: raw.programmeStop.ru.local, en: raw.programmeStop.en.local });
const WHERE = { ru: rx(/^(?:где|куда|там)\s/iu), en: /^(?:where|there)\s/iu };
const SIDES = new Set(['KG', 'RU']);

/**
 * True when visit clause `text`, with no date of its own, tells by its inviting host a visit already in `out` (not one
 * of the `headlines`, which only name the occasion).
 */
export function retellsByInvitation(type: string, text: string, lang: Language, dated: boolean, out: readonly MilestoneDraft[], headlines: ReadonlySet<MilestoneDraft> = NO_DRAFTS): boolean {
  return type === 'visit' && !dated && INVITATION[lang].test(text) && out.some((o) => o.type === 'visit' && !headlines.has(o));
}

const NO_DRAFTS: ReadonlySet<MilestoneDraft> = new Set();

/**
 * True when visit clause `text`, with no date of its own, only tells that an invitation was accepted
 * («Приглашение принято, сроки визита будут согласованы …») or that the visit's dates are still to be agreed
 * («Сроки визита будут согласованы дополнительно», "The dates of the visit will be agreed later") right after a
 * planned visit: the same visit.
 */
export function retellsByAcceptance(type: string, text: string, lang: Language, dated: boolean, out: readonly MilestoneDraft[]): boolean {
  if (type !== 'visit' || dated || !(ACCEPTED[lang].test(text) || DATES_TO_AGREE[lang].test(text)) || INVITING[lang].test(text)) return false;
  const last = out.length > 0 ? out[out.length - 1] : undefined;
  return last !== undefined && last.type === 'visit' && last.status === 'planned';
}

/** True when `text` tells a further part of a visit's programme («в рамках визита … также …»). */
export function isProgrammePart(text: string, lang: Language): boolean {
  return PROGRAMME[lang].test(text);
}

/**
 * True when planned visit clause `text` (Russian), with no day of its own, tells one more stop of a visit already in `out`
 * («Делегация также посетит университет», «В программе визита также посещение музея»): the visit's programme, no event of
 * its own (`alsoVisitStop`).
 */
export function isAlsoVisitStop(text: string, lang: Language, out: readonly MilestoneDraft[]): boolean {
  return lang === 'ru' && ALSO_STOP.test(text) && out.some((o) => o.type === 'visit' || o.type === 'meeting' || o.type === 'igc_session');
}

/** The day of the last visit in `out` that has one; null when none has. */
export function visitDay(out: readonly MilestoneDraft[]): string | null {
  for (let i = out.length - 1; i >= 0; i--) {
    const o = out[i]!;
    if (o.type === 'visit' && o.date?.length === 10) return o.date;
  }
  return null;
}

/** True when clause `text` travels on to a place of a third country: a stop on the trip that is no Kyrgyz–Russian step. */
export function isOnwardStop(text: string, lang: Language): boolean {
  const re = ONWARD[lang];
  const m = re.exec(text);
  if (!m) return false;
  const where = m[1]!;
  const place = placeIn(where, lang);
  if (place) return place.country !== null && !SIDES.has(place.country);
  return MARKERS.foreignParty[lang].test(where) && !MARKERS.kyrgyzSide[lang].test(where) && !MARKERS.russianSide[lang].test(where);
}

/**
 * True when clause `text`, a «где» / "where" clause, tells talks at a third country's stop
 * (`before`: the sentence up to the clause): «…отправится в Германию, где проведет переговоры с
 * руководством Баварии». A summit held there (a multilateral setting) is told as the golds do.
 */
export function talksOnOnwardStop(text: string, before: string, lang: Language): boolean {
  return WHERE[lang].test(text) && !MARKERS.multilateral[lang].test(text) && !MARKERS.sidelines[lang].test(text) && isOnwardStop(before, lang);
}

/**
 * True when clause `text`, a «где» / "where" clause, tells what a planned stop of the trip holds (`before`: the sentence up to
 * the clause): «…завтра отправится в Талас, где посетит завод и встретится с представителями бизнеса», "will go to Naryn,
 * where the minister will meet the region's governor". The stop's meetings are the trip's programme, no events of their own.
 */
export function meetsOnProgrammeStop(text: string, before: string, lang: Language): boolean {
  return WHERE[lang].test(text) && STOP_LOCAL[lang].test(text) && STOP_JOURNEY[lang].test(before);
}
