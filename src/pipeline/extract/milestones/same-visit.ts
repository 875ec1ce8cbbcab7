/**
 * «В рамках того же визита Москва согласилась списать долг», 'During the same trip, the two signed …': a clause that
 * names the same visit as one told before happened on that visit, whatever occasion the narrative is on. It takes the
 * date of the latest past event before it that tells a visit (an event of type visit, or one whose quote names a trip:
 * «подписано … в ходе визита Путина»).
 */
import type { Language } from '../../../schema/dataset';
import type { MilestoneDraft } from '../../types';
import { rx } from '../regex';

const SAME_VISIT = {
  ru: rx(/(?:^|[^\p{L}])в\s+(?:рамках|ходе)\s+(?:того\s+же|этого\s+же|той\s+же)\s+(?:визита|поездки|турне)(?![\p{L}])/iu),
  en: rx(/(?:^|[^\p{L}])(?:during|on|in|as\s+part\s+of)\s+the\s+same\s+(?:visit|trip|tour)(?![\p{L}])/iu),
};
/**
 * «на полях визита.», "on the sidelines of the visit": the visit named bare, with nothing after it that says whose or
 * where, points back to the one told before as "the same visit" does.
 */
const THE_VISIT = {
  ru: rx(/(?:^|[^\p{L}])(?:в\s+рамках|в\s+ходе|на\s+полях)\s+(?:этого\s+)?(?:визита|поездки)(?=\s*(?:[,.;:)]|$))/iu),
  en: rx(/(?:^|[^\p{L}])(?:during|on\s+the\s+(?:sidelines|margins)\s+of|as\s+part\s+of)\s+(?:the|that)\s+(?:visit|trip)(?=\s*(?:[,.;:)]|$))/iu),
};
/** The trip words both patterns hold: a cheap test before them. */
const TRIP_CUE = { ru: /визит|поездк|турне/iu, en: /visit|trip|tour/iu };
/** A quote that tells a trip. */
const TRIP_WORD = { ru: rx(/(?:^|[^\p{L}])(?:визит|поездк|турне)\p{L}*/iu), en: rx(/(?:^|[^\p{L}])(?:visit|trip|tour)(?![\p{L}])/iu) };

/** The past visit a clause names as "the same visit", among the events told before it, or null. */
export function sameVisit(text: string, lang: Language, before: readonly MilestoneDraft[]): MilestoneDraft | null {
  if (!TRIP_CUE[lang].test(text) || (!SAME_VISIT[lang].test(text) && !THE_VISIT[lang].test(text))) return null;
  for (let i = before.length - 1; i >= 0; i--) {
    const e = before[i]!;
    if (e.status !== 'past' || !e.date || e.date.length < 7) continue;
    if (e.type === 'visit' || TRIP_WORD[lang].test(e.quote.text)) return e;
  }
  return null;
}
