/**
 * A month right before a verb of telling dates the telling, not the figure told: «Оверчук в декабре говорил о
 * "порядка 4,4 млрд долларов"», "the minister in March said trade was $2 billion". The figure then takes the period
 * of the sentence before, as a figure told without one does.
 */
import lexicon from '../../knowledge/figures-lexicon.json';
import { wordsSource } from './lexicon';
import type { PeriodExpr } from './periods';
import { rx } from '../regex';

/** From the end of a month to the figure: a verb of telling, a preposition or "that", a quote mark and up to two words. */
const TOLD_AFTER = rx(
  `^\\s*${wordsSource(lexicon.eventMarkers.telling)}\\s+(?:(?:о|об|про|that)\\s+)?[«"“„]?\\s*(?:[\\p{L}-]+\\s+){0,2}[«"“„$]?\\s*$`,
  'iu',
);
/** A period of one month («2024-12»). */
const ONE_MONTH = /^\d{4}-\d{2}$/;

/** True when the period `p`, before the figure that starts at `figureStart` in `sentence`, is the month of telling it. */
export function isTellingMonth(p: PeriodExpr, figureStart: number, sentence: string | undefined): boolean {
  if (sentence === undefined || p.end > figureStart || !p.period || !ONE_MONTH.test(p.period)) return false;
  return TOLD_AFTER.test(sentence.slice(p.end, figureStart));
}
