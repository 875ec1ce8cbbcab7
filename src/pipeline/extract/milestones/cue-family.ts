/**
 * Rule families asked of one text, gated by one scan of their cue literals: a text that holds none
 * of a matcher's cues is matched by none of its patterns (`WordMatcher` tests them first for that
 * reason), so a family whose cues a text lacks is passed over with one scan instead of one cue
 * test per matcher (each matcher still tests its own cues when the family is asked).
 */
import { literalsRegex, type WordMatcher } from './lexicon';

export class CueFamily {
  /** The cues of all the members as one regex; null when one of them has no cues (then any text may match). */
  private readonly cueRe: RegExp | null;
  /** False for a family of no members, which matches nowhere. */
  private readonly members: boolean;

  constructor(matchers: readonly WordMatcher[]) {
    const cues: string[] = [];
    let known = true;
    for (const m of matchers) {
      if (m.cues) cues.push(...m.cues);
      else known = false;
    }
    this.members = matchers.length > 0;
    this.cueRe = known && cues.length ? literalsRegex([...new Set(cues)]) : null;
  }

  /** False when no cue of any member occurs in `lower` (a lower-cased text): then none of them matches in it or in any part of it. */
  mayMatch(lower: string): boolean {
    return this.members && (!this.cueRe || this.cueRe.test(lower));
  }
}
