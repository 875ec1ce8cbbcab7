/**
 * «“Наши страны связывают узы …”, — говорится в телеграмме Сергея Лаврова.», '"…," the message said.': the source of a
 * direct quote, named after it, is the message the article has already told («обменялись поздравительными
 * телеграммами»), not a second one. Only when a message was told before: a quote may be the only telling of one.
 */
import type { Language } from '../../../schema/dataset';
import type { MilestoneDraft } from '../../types';
import { rx } from '../regex';

/** A clause opening (after the dash of a quote) with the source of what was quoted: «говорится в телеграмме», "the message said". */
const QUOTE_SOURCE = {
  ru: rx(/^[\s,—–»”"-]*(?:как\s+)?(?:говорится|сказано|отмечается|подчеркивается|подчёркивается)\s+в\s+(?:[\p{L}-]+\s+)?(?:телеграмм|послани|письм|поздравлени)\p{L}*/iu),
  en: rx(/^[\s,—–»”"-]*(?:(?:the|a|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:message|telegram|letter)\s+(?:said|says|read|reads)|(?:[\p{L}.'’-]+\s+){0,4}?(?:said|wrote)\s+in\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:message|telegram|letter))(?![\p{L}])/iu),
};
/** The words one of which a quote's source needs: the regex runs only where one stands. */
const CUES = { ru: ['говорится', 'сказано', 'отмечается', 'подчеркивается', 'подчёркивается'], en: ['message', 'telegram', 'letter'] };
/** A message named in an event told before. */
const MESSAGE_NOUN = { ru: rx(/(?:телеграмм|послани|письм|поздравлени)\p{L}*/iu), en: /\b(?:messages?|telegrams?|letters?|greetings|congratulat)/iu };

/** True when `text` (a clause, its lower case `lower`) only names the source of a quote from a message one of `told` already tells. */
export function quotesToldMessage(text: string, lower: string, lang: Language, told: readonly MilestoneDraft[]): boolean {
  if (!told.length || !CUES[lang].some((w) => lower.includes(w)) || !QUOTE_SOURCE[lang].test(text)) return false;
  return told.some((o) => MESSAGE_NOUN[lang].test(o.quote.text));
}
