/**
 * «Президенты поставили задачу довести товарооборот до $5 млрд. Премьер заявил, что Бишкек рассчитывает выйти на этот
 * уровень к 2027 году», "…set a goal of $5 billion. The minister hopes to reach that level by 2028": a sentence with no
 * sum of its own that names the level of an aim told just before and a deadline sets that aim for the deadline.
 */
import { rx } from '../regex';
import type { PeriodExpr } from './periods';

/** Cheap test before the pattern: a word for a level. */
const LEVEL_CUE = /уров|рубеж|отметк|планк|level|mark\b|threshold/i;
/** «этот уровень», «этой отметки», «такого рубежа», "that level", "this mark": a level named by pointing back. */
const LEVEL_ANAPHOR = rx(
  /(?<![\p{L}])(?:(?:эт|так|данн)(?:от|ого|ому|им|ом|ой|ую|ый|ая)\s+(?:уров\p{L}*|рубеж\p{L}*|отметк\p{L}*|планк\p{L}*)|(?:this|that|the\s+same)\s+(?:level|mark|threshold))(?![\p{L}])/iu,
);
/** How many sentences back the aim may be told. */
export const AIM_REACH = 2;

/** Where the level pointing back ends and the deadline year after it, or null. */
export function levelDeadline(text: string, periods: () => PeriodExpr[]): { start: number; end: number; year: string } | null {
  if (!LEVEL_CUE.test(text)) return null;
  const m = LEVEL_ANAPHOR.exec(text);
  if (!m) return null;
  const after = m.index + m[0].length;
  const deadline = periods().find((p) => p.deadline && p.start >= after && p.period !== null && /^\d{4}$/.test(p.period));
  return deadline ? { start: m.index, end: deadline.end, year: deadline.period! } : null;
}
