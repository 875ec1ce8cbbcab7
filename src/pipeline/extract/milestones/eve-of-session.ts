/**
 * "The 26th meeting of the intergovernmental commission took place on May 3. On the eve of the
 * session, the minister met …": an English "on the eve of" right before a gathering told earlier
 * with its day dates the clause to the day before it. (The date module reads "on the eve of" as no
 * day of its own, since it often counts from an event told nowhere; the trigger finder drops "the
 * session" as a reference back to a gathering already told.)
 */
import type { MilestoneType } from '../../../schema/dataset';
import type { MilestoneDraft, Sentence } from '../../types';
import type { Clause } from './clauses';

/** The gathering nouns after "on the eve of", with the kinds of event told before each may name. */
const NAMES: Record<string, ReadonlySet<MilestoneType>> = {
  session: new Set(['meeting', 'igc_session', 'summit']),
  meeting: new Set(['meeting', 'igc_session']),
  talks: new Set(['meeting']),
  summit: new Set(['summit']),
  forum: new Set(['forum']),
  visit: new Set(['visit']),
  trip: new Set(['visit']),
};
/** "on the eve of the session", "On the eve of this summit": the noun right after, in group 1. */
const EVE = /\bon the eve of (?:the |this |that |his |her |their )?(sessions?|meetings?|talks|summit|forum|visit|trip)\b/i;

/**
 * The kinds of gathering an English "on the eve of the <noun>" in sentence `s`, before the end of
 * clause `c`, may name ("On the eve of the session, | the minister met"); null when there is none.
 * The event dated (its trigger at `hitStart`) is told after the phrase, or before it in the clause that holds it
 * ("held talks … on the eve of the visit"). Gated on "eve of" in the sentence.
 */
export function eveOfGathering(s: Sentence, c: Clause, hitStart: number): ReadonlySet<MilestoneType> | null {
  if (!s.text.includes('eve of')) return null;
  const m = EVE.exec(s.text);
  if (!m) return null;
  const at = s.start + m.index;
  // The event dated is told after the phrase, in a clause that starts before the phrase ends or holds it;
  // or before it in the same clause ("held talks with his counterpart on the eve of the visit").
  const after = at < c.end && hitStart >= at + m[0].length;
  const before = at >= c.start && at < c.end && hitStart < at;
  if (!after && !before) return null;
  return NAMES[m[1]!.toLowerCase().replace(/s$/, '').replace(/^talk$/, 'talks')] ?? null;
}

/**
 * "Lavrov and Kulubaev signed a plan on Tuesday. … Galuzin held talks with his counterpart on the eve of the visit":
 * a visit named by "on the eve of" and told nowhere with its day is the trip of the article's own occasion (its main
 * event, past, told with its day); the clause is the day before that. Null when the eve names no visit.
 */
export function eveOfOwnVisit(eve: ReadonlySet<MilestoneType>, main: { date: string | null; status: string } | undefined): string | null {
  return eve.has('visit') && main && main.status === 'past' && main.date?.length === 10 ? main.date : null;
}

/** How the dating of a gathering named only as the morrow of the occasion ("on the eve of a summit") opens its evidence. */
export const EVE_EVIDENCE = 'Held the day after the occasion';

/**
 * "A deputy minister briefed the press in Osh on the eve of the trip. … - The minister arrives there on 9 June": a
 * gathering named only by "on the eve of", held the day after the occasion
 * (`EVE_EVIDENCE`), is the one the article tells elsewhere as planned with a later day of its own: not a second event.
 * Drops such gatherings from `out` in place.
 */
export function withoutEveToldWithDay(out: MilestoneDraft[]): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const m = out[i]!;
    if (m.date === null || !m.dateEvidence.startsWith(EVE_EVIDENCE)) continue;
    const day = m.date;
    if (out.some((o) => o !== m && o.type === m.type && o.status === 'planned' && o.date !== null && o.date.length === 10 && o.date > day)) out.splice(i, 1);
  }
}
