/**
 * A gathering told as not happening: «Двусторонняя встреча … не планируется», «отдельной встречи
 * … не было», "No formal meeting took place between …", "the two did not meet". The summit it is
 * denied at may still be an event; the meeting is none.
 */
import type { TriggerHit } from './lexicon';
import type { LanguageLexicon } from './language';
import { GATHERING_TYPES } from './retelling';

/** How far (characters) a negation may stand from the gathering's word: within its phrase, not the next clause's. */
const DENIAL_REACH = 40;

/**
 * True when `hit` (a gathering's word in `text`, which starts at article offset `from`) has a
 * negation of the `denied` marker list within a few words. The marker list's cue literals are
 * tested first, so a clause with no «не» / "not" / "no" costs one substring scan.
 */
export function denied(hit: TriggerHit, text: string, from: number, lex: LanguageLexicon): boolean {
  if (!GATHERING_TYPES.has(hit.trigger.type)) return false;
  for (const m of lex.markers.denied.all(text)) {
    if (Math.max(from + m.start - hit.end, hit.start - (from + m.end)) <= DENIAL_REACH) return true;
  }
  return false;
}
