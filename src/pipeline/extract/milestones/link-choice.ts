/**
 * Which of the events told just before a linked clause («по итогам переговоров», "also",
 * "Following the session") it continues, and so takes the date of.
 */
import type { Language, PartialDate } from '../../../schema/dataset';
import { PAST_EVENT, TELLING } from '../dates/lexicon';
import type { LinkCandidate } from './dating';
import raw from '../../knowledge/event-phrasing.json';
import { rx } from '../regex';

const FULL = /^\d{4}-\d{2}-\d{2}$/;
/** «пригласил», "invited": a visit asked for (`knowledge/event-phrasing.json`: `invitationAccepted.inviting`). */
const INVITING = { ru: rx(raw.invitationAccepted.inviting.ru, 'iu'), en: rx(raw.invitationAccepted.inviting.en, 'iu') };
/** «передал … приглашение», "conveyed an invitation": one handed on from someone else (`invitationAccepted.conveying`). */
const CONVEYING = { ru: rx(raw.invitationAccepted.conveying.ru, 'iu'), en: rx(raw.invitationAccepted.conveying.en, 'iu') };
/** "had agreed", "had signed": a pluperfect tells background before the plan, not a step of today's news. */
const PLUPERFECT = rx(/\bhad\s+(?:(?:already|also)\s+)?\p{L}+ed\b/iu);
/** «подписаны соглашения», «заключено соглашение»: a Russian short passive of a done act (`event-phrasing.json`: `donePassive`). */
const DONE_PASSIVE_RU = rx(raw.donePassive.ru, 'iu');
/** «стало известно, что …», "it was announced that …": a plan learnt at a gathering (`event-phrasing.json`: `reportedPlan`). */
const REPORTED_PLAN = { ru: rx(raw.reportedPlan.ru, 'iu'), en: rx(raw.reportedPlan.en, 'iu') };
/** The word every `REPORTED_PLAN` match holds: a cheap test before the pattern. */
const REPORTED_CUE = { ru: 'что', en: 'that' };

/**
 * The candidate a clause continues, the likeliest first:
 * - a plan continues a plan; a past clause continues a past event, or a plan that is no gathering
 *   (a clause without markers may still tell a step of the plan);
 * - "Moscow also agreed to write off the debt" after "The agreements must still be ratified": a
 *   clause told with a verb of a done event does not continue a plan (a pluperfect "had agreed"
 *   tells background, and "said Bishkek would raise it" tells the plan: both are left as before); so is a Russian
 *   short passive of a done act («Кроме того, подписаны два соглашения …» after «Документ вступит в силу в 2030 году»);
 * - "Following the session, the sides will sign a protocol" after "The session opened today": a
 *   plan linked to a gathering of the article's own day is signed at its end, on that day;
 * - an invitation («также пригласил … посетить», «передал … приглашение … посетить») continues no plan: the visit it
 *   asks for has no date yet;
 * - a plan told as learnt or announced at the gathering («В ходе встречи стало известно, что …», 'During the talks it
 *   was announced that …') is not a step at its end: the gathering dates the news only.
 */
export function continued(candidates: LinkCandidate[], planned: boolean, text: string, lang: Language, article: PartialDate | null): LinkCandidate | undefined {
  // «Жапаров также пригласил Путина посетить Кыргызстан» after a session set for the spring: the
  // visit invited to has no date of its own, and the plan told before it gives it none.
  if (planned && candidates.some((p) => p.status === 'planned') && (INVITING[lang].test(text) || CONVEYING[lang].test(text))) return undefined;
  let done: boolean | undefined;
  const found = candidates.find((p) => {
    if ((p.status === 'planned') === planned) return true;
    if (planned || p.gathering) return false;
    return p.status !== 'planned' || !(done ??= (PAST_EVENT[lang].test(text) || (lang === 'ru' && DONE_PASSIVE_RU.test(text))) && !TELLING[lang].test(text) && !PLUPERFECT.test(text));
  });
  if (found || !planned || !article || !FULL.test(article)) return found;
  // «В ходе встречи стало известно, что президент посетит Россию»: the gathering dates the news, not the visit.
  if (text.includes(REPORTED_CUE[lang]) && REPORTED_PLAN[lang].test(text)) return undefined;
  return candidates.find((p) => p.gathering === true && p.status !== 'planned' && p.date === article);
}
