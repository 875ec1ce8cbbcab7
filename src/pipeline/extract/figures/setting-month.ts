/**
 * A month told before a verb of setting an aim dates the setting, not the aim: «в октябре 2023 года президенты
 * поставили задачу довести товарооборот до 5 млрд долларов», "in March the two governments agreed to raise trade to
 * $3 billion". The aim keeps the period of its own words (a deadline, «в год») or none.
 */
import type { PeriodExpr } from './periods';
import { rx } from '../regex';

/** A verb of setting, agreeing on or announcing an aim. */
const SET_AIM = rx(
  /(?<![\p{L}])(?:постав(?:ил|или|ила|лена|лен)|установ(?:ил|или|ила)|наметил\p{L}*|договорил\p{L}*|условил\p{L}*|согласовал\p{L}*|set(?:s)?\s+(?:a|the|an|out)|agreed|pledged|vowed|announced\s+(?:a|the)\s+(?:goal|target|aim))(?![\p{L}])/iu,
);
/** A period of one month («2023-10»). */
const ONE_MONTH = /^\d{4}-\d{2}$/;
/** The longest stretch between the month and the aim's sum read for the verb. */
const REACH = 120;

/** True when `p`, a month before the target sum at `figureStart`, is when the aim was set. */
export function isSettingMonth(p: PeriodExpr, figureStart: number, sentence: string | undefined): boolean {
  if (sentence === undefined || p.deadline || p.end > figureStart || !p.period || !ONE_MONTH.test(p.period)) return false;
  if (figureStart - p.end > REACH) return false;
  return SET_AIM.test(sentence.slice(p.end, figureStart));
}
