/**
 * An event called off: "The ministry on Sunday abruptly cancelled the exercise, which was due to begin
 * the next day and run through October 14", «Учения, которые должны были пройти 14–18 октября, в
 * воскресенье отменены». What the clause tells is the cancelling, on the day told right beside its
 * verb; the days the event had been set for date nothing that happened. Verbs are data in
 * knowledge/event-lexicon.json (`markers.cancelled`). Asked by `datedPlan` of a plan told without an event word.
 */
import type { Language } from '../../../schema/dataset';
import type { DateMention } from '../../types';
import { MARKERS } from './lexicon';
import { rx } from '../regex';

/** Between a day and the verb after it: nothing, a comma, or one adverb ("on Sunday abruptly cancelled", «в воскресенье внезапно отменило»). */
const DAY_THEN_VERB = rx(/^,?\s+(?:[\p{L}]+\s+)?$/u);
/** Between the verb and a day after it: "was cancelled on Sunday", «отменены в воскресенье» (the preposition may open the mention). */
const VERB_THEN_DAY = rx(/^\s+(?:on\s+|в\s+|во\s+)?$/iu);

/**
 * The mention of `ms` (within the clause `[from, to)` of `text`) that dates the cancelling told there, or null when the
 * clause cancels nothing or no day stands beside its verb. `lower`: the clause's lower case.
 */
export function cancelledOn(text: string, lower: string, from: number, to: number, ms: readonly DateMention[], lang: Language): DateMention | null {
  const verbs = MARKERS.cancelled[lang].all(text.slice(from, to), lower);
  for (let i = 0; i < verbs.length; i++) {
    const at = from + verbs[i]!.start;
    const end = from + verbs[i]!.end;
    for (let j = 0; j < ms.length; j++) {
      const m = ms[j]!;
      if (m.start < from || m.end > to) continue;
      if ((m.end <= at && at - m.end <= 24 && DAY_THEN_VERB.test(text.slice(m.end, at))) || (m.start >= end && m.start - end <= 8 && VERB_THEN_DAY.test(text.slice(end, m.start)))) return m;
    }
  }
  return null;
}
