/**
 * "The 26th meeting of the intergovernmental commission took place on May 3. On the eve of the
 * session, the minister met …": an English "on the eve of" right before a gathering told earlier
 * with its day dates the clause to the day before it. (The date module reads "on the eve of" as no
 * day of its own, since it often counts from an event told nowhere; the trigger finder drops "the
 * session" as a reference back to a gathering already told.)
 */
import type { MilestoneType } from '../../../schema/dataset';
import type { Sentence } from '../../types';
import type { Clause } from './clauses';

/** The gathering nouns after "on the eve of", with the kinds of event told before each may name. */
const NAMES: Record<string, ReadonlySet<MilestoneType>> = {
  session: new Set(['meeting', 'igc_session', 'summit']),
  meeting: new Set(['meeting', 'igc_session']),
  talks: new Set(['meeting']),
  summit: new Set(['summit']),
  forum: new Set(['forum']),
};
/** "on the eve of the session", "On the eve of this summit": the noun right after, in group 1. */
const EVE = /\bon the eve of (?:the |this |that )?(sessions?|meetings?|talks|summit|forum)\b/i;

/**
 * The kinds of gathering an English "on the eve of the <noun>" in sentence `s`, before the end of
 * clause `c`, may name ("On the eve of the session, | the minister met"); null when there is none.
 * The event dated (its trigger at `hitStart`) is told after the phrase. Gated on "eve of" in the sentence.
 */
export function eveOfGathering(s: Sentence, c: Clause, hitStart: number): ReadonlySet<MilestoneType> | null {
  if (!s.text.includes('eve of')) return null;
  const m = EVE.exec(s.text);
  // The event dated is told after the phrase, in a clause that starts before the phrase ends or holds it.
  if (!m || s.start + m.index >= c.end || hitStart < s.start + m.index + m[0].length) return null;
  return NAMES[m[1]!.toLowerCase().replace(/s$/, '').replace(/^talk$/, 'talks')] ?? null;
}
