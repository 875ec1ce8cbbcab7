/**
 * A month right before a verb of telling dates the telling, not the figure told: «Оверчук в декабре говорил о
 * "порядка 4,4 млрд долларов"», "the minister in March said trade was $2 billion"; so does a month right after
 * one, before what was told: "spoke in December of "more than $4 billion"", «заявил в марте о …». The figure
 * then takes the period of the sentence before, as a figure told without one does.
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
/**
 * From the month to the figure after a verb of telling: "of", "about" or «о», a quote mark and up to two words; after
 * "that" or «что», a short clause of up to four words before the figure ("told reporters in May that mutual trade had “passed").
 */
const TOLD_OF = rx(
  `^\\s*(?:(?:of|about|о|об|про)\\s+[«"“„]?\\s*(?:[\\p{L}-]+\\s+){0,2}|,?\\s*(?:that|что)\\s+(?:[«"“„]?[\\p{L}-]+\\s+){0,4})[«"“„$]?\\s*$`,
  'iu',
);
/** A verb of telling (or "spoke", «говорил») and "in"/«в» right before the month. */
const TELLING_BEFORE = rx(`(?:${wordsSource(lexicon.eventMarkers.telling)}|spoke|spoken|talked)\\s+(?:(?:in|в)\\s+)?$`, 'iu');
/** A period of one month («2024-12»). */
const ONE_MONTH = /^\d{4}-\d{2}$/;

/** True when the period `p`, before the figure that starts at `figureStart` in `sentence`, is the month of telling it. */
export function isTellingMonth(p: PeriodExpr, figureStart: number, sentence: string | undefined): boolean {
  if (sentence === undefined || p.end > figureStart || !p.period || !ONE_MONTH.test(p.period)) return false;
  const between = sentence.slice(p.end, figureStart);
  return TOLD_AFTER.test(between) || (TOLD_OF.test(between) && TELLING_BEFORE.test(sentence.slice(Math.max(0, p.start - 40), p.start)));
}
