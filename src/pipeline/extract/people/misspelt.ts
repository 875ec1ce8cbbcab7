/**
 * A surname misspelt on the page («Мелис Мырзкматов» beside «Мелис Мырзакматов … Мырзакматов», "Ivan Petorv" beside
 * "Ivan Petrov … Petrov"): the same given name with a surname one letter off, mentioned less often, is a typo for the
 * name written more often, not a second person.
 */
import { wordKey } from './tokens';

/** The parts of a group of unknown mentions this pass reads. */
interface Spelt<H> {
  hits: H[];
  unknown: { givenRu: string; surnameRu: string } | null;
}

/** The shortest surname a one-letter slip is told for: shorter names differ by a letter between people. */
const MIN_LENGTH = 5;

/** True when `a` and `b` differ by exactly one letter dropped, added or changed (not the first). */
export function oneLetterOff(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0] || Math.min(a.length, b.length) < MIN_LENGTH || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // After the first difference the rest must be equal once one letter is skipped on the longer side (or on both, a change).
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Moves the mentions of each group whose surname is a one-letter slip of another group's with the same given name into
 * that group, when the other has more mentions (a tie tells no typo); `groups` is changed in place.
 */
export function mergeMisspelt<H, G extends Spelt<H>>(groups: Map<string, G>): void {
  if (groups.size < 2) return;
  const list = [...groups];
  for (const [key, g] of list) {
    const u = g.unknown;
    if (!u) continue;
    const given = wordKey(u.givenRu);
    const surname = wordKey(u.surnameRu);
    for (const [otherKey, other] of list) {
      const o = other.unknown;
      // A group already merged into a third is no target: its hits would go with it out of `groups`.
      if (other === g || !o || !groups.has(key) || !groups.has(otherKey) || other.hits.length <= g.hits.length) continue;
      if (wordKey(o.givenRu) !== given || !oneLetterOff(surname, wordKey(o.surnameRu))) continue;
      for (const h of g.hits) other.hits.push(h);
      groups.delete(key);
    }
  }
}
