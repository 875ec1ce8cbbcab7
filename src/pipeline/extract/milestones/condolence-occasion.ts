/**
 * The occasion a condolence names: «выразил Лаврову соболезнования в связи с терактом», 'expressed condolences over the
 * attack'. Told so, without a date of its own, the disaster is what the condolences answer, named in passing; the article
 * tells the disaster itself by its own verbs and day («взрыв прогремел в воскресенье») when it does.
 */
import type { Language } from '../../../schema/dataset';
import { rx } from '../regex';

/** Condolences or sympathy, then within the clause «в связи с» / "over", right before the disaster's word (up to three words between). */
const OCCASION_OF_CONDOLENCES: Record<Language, RegExp> = {
  ru: rx(/(?:соболезновани|сочувстви|скорб)\p{L}*[^.;]{0,80}?(?:^|\s)(?:в связи с|по поводу)\s+(?:[\p{L}«»"-]+\s+){0,3}$/iu),
  en: rx(/(?:condolences?|sympathy|sympathies)(?![\p{L}])[^.;]{0,80}?\s(?:over|on|for|following|after)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu),
};
/** The words one of which `OCCASION_OF_CONDOLENCES` needs: the regex runs only where one stands. */
const CUES: Record<Language, readonly string[]> = { ru: ['оболезн', 'очувств', 'корб'], en: ['ondolence', 'ympath'] };

/** True when `before` (the clause up to an incident's word) names it as the occasion of condolences. */
export function condolenceOccasion(before: string, lang: Language): boolean {
  return CUES[lang].some((c) => before.includes(c)) && OCCASION_OF_CONDOLENCES[lang].test(before);
}
