/**
 * Observers of a vote («группа депутатов Госдумы наблюдала за ходом голосования», "a group of Duma deputies
 * observed the vote"): the observation is a step of its own beside the vote, on the vote's day, which the article
 * told before it; an observer mission's verdict ("the mission said the vote was transparent") comes after the vote,
 * on the day the reporter tells it.
 */
import type { PartialDate } from '../../../schema/dataset';
import type { MilestoneDraft } from '../../types';
import { rx } from '../regex';

/** The trigger key of observers of a vote (see the event lexicon). */
export const OBSERVATION_KEY = 'observation';
/** The trigger key of an observer mission's verdict on a vote. */
export const VERDICT_KEY = 'observerVerdict';

/** A vote named in a milestone's quote: elections, a referendum, the ballot. */
const VOTE_WORD = rx(/(?<![\p{L}-])(?:выбор|голосовани|референдум|elections?(?![\p{L}])|vote(?![\p{L}])|referendum|ballot|polls(?![\p{L}]))/iu);

/** True when `text` names a vote (elections, a referendum, the ballot). */
export function namesVote(text: string): boolean {
  return VOTE_WORD.test(text);
}

/**
 * The vote an observation clause observed: of the votes the article told before it (domestic events whose quote
 * names a vote, dated), the latest — an article on observers reports on the vote at hand, and recalls older ones.
 * Null when no vote is told.
 */
export function observedVote(out: readonly MilestoneDraft[]): { date: PartialDate; quote: string } | null {
  let best: MilestoneDraft | null = null;
  for (const o of out) {
    if (o.type !== 'other' || o.date === null || !VOTE_WORD.test(o.quote.text)) continue;
    if (!best || o.date > best.date!) best = o;
  }
  return best ? { date: best.date!, quote: best.quote.text } : null;
}
