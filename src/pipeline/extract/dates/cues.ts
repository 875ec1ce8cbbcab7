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
const LETTER = rx(/^\p{L}$/u);

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

/** A test for any of a list of cues. */
export interface CueTest {
  test(text: string): boolean;
}

// With the `iu` flags a class also matches what folds into it («ſ» into s, the Kelvin sign into k):
// a text where these fail has no character a Latin (Cyrillic) letter of a cue can match.
const LATIN = /[a-z]/iu;
const CYRILLIC = /[а-яё]/iu;
const LATIN_LETTER = /^[a-z]$/i;
const CYRILLIC_LETTER = /^[а-яё]$/i;

/**
 * Whether the text last asked about has a Latin (Cyrillic) letter, known once tested: a sentence is
 * tested by several cue lists in turn (day-month, loose, relative, each family of phrases), and these
 * two tests were ≈65k of the ≈240k regex calls of date mentions on 1,000 bench articles.
 */
const seen = { text: '', latin: null as boolean | null, cyrillic: null as boolean | null };
function hasScript(text: string, script: 'latin' | 'cyrillic'): boolean {
  if (seen.text !== text) {
    seen.text = text;
    seen.latin = null;
    seen.cyrillic = null;
  }
  // Two named reads, not `seen[script]`: a keyed read with two names is megamorphic in V8.
  return script === 'latin' ? (seen.latin ??= LATIN.test(text)) : (seen.cyrillic ??= CYRILLIC.test(text));
}

/** True when every match of the alternative `a` starts with its first character, a letter that `letter` accepts. */
const opensWith = (a: string, letter: RegExp) => letter.test(a.charAt(0)) && !QUANTIFIED.test(a.slice(1)) && !a.includes('|');

/**
 * A case-insensitive test for any of the cues (regex sources: «ма[йяе]», "days?\\b").
 *
 * Why in parts: an alternation costs V8 a try of each of its first letters at each position, so
 * the cues that open with a Latin letter, those that open with a Cyrillic one and the rest are three
 * regexes, and a text is scanned only for the cues its letters can start (a Russian sentence
 * without a Latin letter is not scanned for the English cues). A cue matches in a text only when
 * its part does: the answer is that of one regex of all the cues.
 */
export function cueTest(cues: string[]): CueTest {
  const parts = { latin: [] as string[], cyrillic: [] as string[], other: [] as string[] };
  for (const c of cues) parts[opensWith(c, LATIN_LETTER) ? 'latin' : opensWith(c, CYRILLIC_LETTER) ? 'cyrillic' : 'other'].push(c);
  const compile = (list: string[]) => (list.length ? rx(byFirstLetter(list), 'iu') : null);
  const latin = compile(parts.latin);
  const cyrillic = compile(parts.cyrillic);
  const other = compile(parts.other);
  return {
    test: (text) =>
      (cyrillic !== null && hasScript(text, 'cyrillic') && cyrillic.test(text)) ||
      (latin !== null && hasScript(text, 'latin') && latin.test(text)) ||
      (other !== null && other.test(text)),
  };
}
