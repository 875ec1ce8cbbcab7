/**
 * An article's lower case, made once for all the extractors. Lower-casing Cyrillic is not cheap in
 * V8, and people, dates, figures and milestones each asked for the whole article's lower case (people
 * twice): the last article's lower case is remembered, so each asks for it again for free.
 */

/** The last text lower-cased here and its lower case. */
let last = { text: '', lower: '' };

/** `text.toLowerCase()`, remembered for the last text (the article every extractor reads in turn). */
export function lowerOfText(text: string): string {
  if (last.text !== text) last = { text, lower: text.toLowerCase() };
  return last.lower;
}

/** Lower case with every offset kept (characters whose lower case is longer stay as they are). */
export function lowerSameLength(text: string): string {
  const lower = lowerOfText(text);
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/**
 * The lower case of any span of an article: a slice of the article's lower case is that span's lower
 * case whenever no character changes length when lower-cased («İ») and no capital sigma (whose lower
 * case depends on the letters around it) occurs.
 */
export class LowerDoc {
  /** The article's lower case; null when a slice of it would not be exact (then each span is lower-cased on its own). */
  readonly lower: string | null;

  constructor(readonly text: string) {
    const lower = lowerOfText(text);
    this.lower = lower.length === text.length && !text.includes('Σ') ? lower : null;
  }

  /** `text.slice(start, end).toLowerCase()`, as a slice when that is exact. */
  of(start: number, end: number): string {
    return this.lower !== null ? this.lower.slice(start, end) : this.text.slice(start, end).toLowerCase();
  }
}
