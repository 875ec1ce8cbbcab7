/**
 * Cue tests: does a sentence hold one of many words? A pre-test that lets the sentence skip a
 * group of costlier patterns.
 *
 * Why grouped: V8 runs an alternation by trying each alternative in turn at each position of the
 * text, so a 90-word cue list costs 90 tries per character. Grouped under their first letter
 * («в(?:чера|есн)|с(?:егодня|ентябр)|…») the words are tried only where that letter stands: the same
 * test, about three times faster.
 */
import { rx } from '../regex';

/** A quantifier after the first character binds to it alone: such an alternative cannot be split. */
const QUANTIFIED = /^[?*+{]/;
const LETTER = /^\p{L}$/u;

/**
 * The alternatives (regex sources) as one alternation with those that start with the same letter
 * grouped under it. The letter's case is folded, so the result is only for a case-insensitive
 * regex, and only for tests: a match may report another alternative than the plain alternation would.
 */
export function byFirstLetter(alternatives: string[]): string {
  const groups = new Map<string, string[]>();
  const whole: string[] = [];
  for (const a of alternatives) {
    const first = a.charAt(0);
    // A quantified first letter binds alone, and a `|` may split the alternative at its top level.
    if (!LETTER.test(first) || QUANTIFIED.test(a.slice(1)) || a.includes('|')) whole.push(a);
    else groups.set(first.toLowerCase(), [...(groups.get(first.toLowerCase()) ?? []), a.slice(1)]);
  }
  const grouped = [...groups].map(([letter, rests]) => (rests.length === 1 ? letter + rests[0] : `${letter}(?:${rests.join('|')})`));
  return [...grouped, ...whole].join('|');
}

/** A case-insensitive test for any of the cues (regex sources: «ма[йяе]», "days?\\b"). */
export function cueTest(cues: string[]): RegExp {
  return rx(byFirstLetter(cues), 'iu');
}
