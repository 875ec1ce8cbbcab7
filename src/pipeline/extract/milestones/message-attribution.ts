/**
 * «“Наши страны связывают узы …”, — говорится в телеграмме Сергея Лаврова.», '"…," the message said.': the source of a
 * direct quote, named after it, is the message the article has already told («обменялись поздравительными
 * телеграммами»), not a second one. Only when a message was told before: a quote may be the only telling of one.
 */
import type { Language, PartialDate } from '../../../schema/dataset';
import type { DateMention, MilestoneDraft } from '../../types';
import { rx } from '../regex';

/** A clause opening (after the dash of a quote) with the source of what was quoted: «говорится в телеграмме», "the message said". */
const QUOTE_SOURCE = {
  ru: rx(/^[\s,—–»”"-]*(?:как\s+)?(?:говорится|сказано|отмечается|подчеркивается|подчёркивается)\s+в\s+(?:[\p{L}-]+\s+)?(?:телеграмм|послани|письм|поздравлени)\p{L}*/iu),
  en: rx(/^[\s,—–»”"-]*(?:(?:the|a|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:message|telegram|letter)\s+(?:said|says|read|reads)|(?:[\p{L}.'’-]+\s+){0,4}?(?:said|wrote)\s+in\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:message|telegram|letter))(?![\p{L}])/iu),
};
/** The words one of which a quote's source needs: the regex runs only where one stands. */
const CUES = { ru: ['говорится', 'сказано', 'отмечается', 'подчеркивается', 'подчёркивается'], en: ['message', 'telegram', 'letter'] };
/** The quote itself when the clause holds it («“…”, — говорится в телеграмме, направленной в субботу»: a clause with a day of its own). */
const LEADING_QUOTE = /^\s*(?:«[^»]*»|"[^"]*"|“[^”]*”)/u;
/** A message named in an event told before. */
const MESSAGE_NOUN = { ru: rx(/(?:телеграмм|послани|письм|поздравлени)\p{L}*/iu), en: /\b(?:messages?|telegrams?|letters?|greetings|congratulat)/iu };

/** True when `text` (a clause, its lower case `lower`) only names the source of a quote from a message one of `told` already tells. */
export function quotesToldMessage(text: string, lower: string, lang: Language, told: readonly MilestoneDraft[]): boolean {
  if (!told.length || !CUES[lang].some((w) => lower.includes(w)) || !QUOTE_SOURCE[lang].test(text.replace(LEADING_QUOTE, ''))) return false;
  return told.some((o) => MESSAGE_NOUN[lang].test(o.quote.text));
}

/**
 * «Президенты обменялись посланиями, сообщила в пятницу пресс-служба. “…”, — говорится в телеграмме, направленной в
 * четверг.», '"…," said the message, sent on Thursday': the day the source of the quote names is the day the message told
 * before was sent, when that one was dated only by the report (the article's day, later than it). Changes `told` in place.
 */
export function dateToldMessage(inClause: readonly DateMention[], lang: Language, told: MilestoneDraft[], article: PartialDate | null): void {
  if (!article || article.length !== 10 || inClause.length !== 1) return;
  const sent = inClause[0]!.date;
  if (sent.length !== 10 || sent >= article || sent.slice(0, 7) !== article.slice(0, 7)) return;
  for (let i = told.length - 1; i >= 0; i--) {
    const o = told[i]!;
    // The founding an anniversary implies is derived from the message's quote: not the message.
    if (o.derived !== null || !MESSAGE_NOUN[lang].test(o.quote.text)) continue;
    if (o.date !== article) return;
    o.date = sent;
    o.dateEvidence = `the day the message quoted was sent (${sent})`;
    return;
  }
}
