/**
 * Another source's figure for the same quantity: «Амангельдиев привел киргизские данные — $3,5 млрд», «по российской
 * статистике — 3,9 млрд», "Kyrgyz figures put it at $3.5bn". Told without a period after a dated figure a few
 * sentences back, it is of that period, as "over the same period" is.
 */
import { rx } from '../regex';

/** A country's adjective before a noun of data or statistics, in Russian or English. */
const OTHER_SOURCE_DATA = rx(
  /(?<![\p{L}])\p{L}{3,}(?:ск|цк)\p{L}{1,3}\s+(?:данн\p{L}+|статистик\p{L}*|цифр\p{L}*)(?![\p{L}])|(?<![\p{L}])\p{Lu}\p{Ll}{2,}(?:an|ian|yz|kh|ek|ik)\s+(?:data|figures|statistics)(?![\p{L}])/u,
);

/** True when the sentence gives another source's data («киргизские данные», "Russian figures"). */
export function givesOtherSourceData(sentence: string): boolean {
  return OTHER_SOURCE_DATA.test(sentence);
}
