/**
 * A piece of a sentence cut off at a date that is a term: "… signed a decree | and patents are extended until June
 * 15", «… подписал указ, | и сроки продлены до 15 июня». The date after "until" / «до» ends a period; it dates no
 * event of the word the piece inherits.
 */
import type { Language } from '../../../schema/dataset';
import { rx } from '../regex';

/** "until June 15", "till 2025", «до 15 июня», «по 31 декабря 2025 года»: a date that ends a period. */
const UNTIL: Record<Language, RegExp> = {
  ru: rx(/(?:^|[^\p{L}])(?:до|по)\s+(?:\d{1,2}\s+\p{L}+|(?:конца\s+)?\p{L}+\s+\d{4}|\d{4})/iu),
  en: rx(/(?<![\p{L}])(?:until|till|through)\s+(?:\p{L}+\s+\d{1,2}|\d{1,2}\s+\p{L}+|(?:the\s+end\s+of\s+)?\p{L}*\s*\d{4})/iu),
};
/** A cheap test before `UNTIL`. */
const GATE: Record<Language, RegExp> = { ru: /(?:^|\s)(?:до|по)\s/iu, en: /until|till|through/iu };

/** True when the inherited piece `text` tells only a term ending at its date. */
export function termUntil(text: string, lang: Language): boolean {
  return GATE[lang].test(text) && UNTIL[lang].test(text);
}
