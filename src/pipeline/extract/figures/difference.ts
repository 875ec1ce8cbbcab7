/**
 * A sentence about the difference between two figures («Разница почти в 800 млн долларов объясняется учетом
 * реэкспорта», «Расхождение не новое», "The discrepancy is not new") is still about what the two figures measure:
 * it passes on the topic of the sentence before it, so that the figures told next without a subject word («В 2023
 * году статистика фиксировала 2,9 млрд долларов») go on with that topic. The difference itself stays no turnover.
 */
import { rx } from '../regex';
import type { Cue } from './context';

/** A noun of difference between two values: «разница», «расхождение», «разрыв», "difference", "discrepancy", "gap". */
const DIFFERENCE_WORD = rx(/^(?:разниц|расхождени|разрыв|difference|discrepanc|gap)/iu);

/**
 * True when the sentence's subject words (the general nouns among its cues) are all nouns of difference, and there is
 * at least one: the sentence speaks of the gap between figures, not of a subject of its own.
 */
export function onlyDifferenceCues(text: string, cues: readonly Cue[]): boolean {
  if (!cues.length) return false;
  for (const c of cues) if (c.tag !== 'other' || !DIFFERENCE_WORD.test(text.slice(c.start, c.end))) return false;
  return true;
}

/**
 * Where a noun of difference after the figure ending at `end` starts («…1,2 млрд, и это расхождение связывают с транзитом»,
 * "… counts $1.4 billion, a discrepancy the ministry blames on unrecorded border sales"); `Infinity` when there is none. What follows
 * tells how the figure stands to another and why, not what the figure is about.
 */
export function differenceFrom(text: string, cues: readonly Cue[], end: number): number {
  for (const c of cues) if (c.start >= end && c.tag === 'other' && DIFFERENCE_WORD.test(text.slice(c.start, c.end))) return c.start;
  return Infinity;
}

/**
 * «Данные двух стран расходятся почти на $1 млрд», "the two sets of data differ by nearly $1 billion": a sum right after a
 * verb of diverging and «на» / "by" is how far apart two figures are, not a value of what they measure.
 */
const DIVERGE_BY = rx(/(?<![\p{L}])(?:расход(?:ятся|ится|ились|илась|илось)|разош(?:лись|лась|лось)|differ(?:s|ed)?|diverge[ds]?)\s+(?:(?:почти|примерно|около|более\s+чем|almost|nearly|about|some|more\s+than)\s+)?(?:на|by)\s+(?:(?:почти|примерно|около|almost|nearly|about|some)\s+)?$/iu);

/** True when the text before a sum ends with a verb of diverging and «на» / "by" (see `DIVERGE_BY`). */
export function divergesBy(before: string): boolean {
  return DIVERGE_BY.test(before.slice(-48));
}
