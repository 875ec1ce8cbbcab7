/**
 * A gathering told as not happening: «Двусторонняя встреча … не планируется», «отдельной встречи
 * … не было», "No formal meeting took place between …", "the two did not meet". The summit it is
 * denied at may still be an event; the meeting is none. So is a document told as not signed ("The protocol on transit has
 * not been signed yet"): no signing took place; and an event of another kind told as not held («праздничный концерт …
 * не состоялся», 'the ceremony did not take place').
 */
import type { TriggerHit } from './lexicon';
import type { LanguageLexicon } from './language';
import { GATHERING_TYPES } from './retelling';

/** How far (characters) a negation may stand from the gathering's word: within its phrase, not the next clause's. */
const DENIAL_REACH = 40;

/**
 * True when `hit` (a gathering's word, or a document's, in `text`, which starts at article offset `from`) has a
 * negation of the `denied` marker list (for a document, `notSigned`) within a few words. The marker list's cue literals are
 * tested first, so a clause with no «не» / "not" / "no" costs one substring scan.
 */
export function denied(hit: TriggerHit, text: string, from: number, lex: LanguageLexicon): boolean {
  // "The protocol on transit has not been signed yet", «соглашение так и не подписали»: a document not signed.
  // «Фестиваль, который мы готовили к лету, не состоялся», 'the ceremony did not take place': any other event not held.
  const type = hit.trigger.type;
  const markers = type === 'agreement' ? lex.markers.notSigned : GATHERING_TYPES.has(type) ? lex.markers.denied : lex.markers.notHeld;
  for (const m of markers.all(text)) {
    if (Math.max(from + m.start - hit.end, hit.start - (from + m.end)) <= DENIAL_REACH) return true;
  }
  return false;
}
