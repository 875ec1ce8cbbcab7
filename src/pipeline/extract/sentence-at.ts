/** Finding the sentence of an article that holds a character offset, for the extractors that quote from one. */
import type { Sentence } from '../types';

/**
 * The first of `sentences` that holds offset `at` (`start <= at < end`), or null when none does (an offset in the
 * white space between sentences, or past the text). Offsets are into the article's text, as `Sentence` keeps them.
 */
export function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | null {
  for (const s of sentences) if (s.start <= at && at < s.end) return s;
  return null;
}
