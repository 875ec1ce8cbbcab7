/**
 * An article's lower case, made once. Lower-casing Cyrillic is not cheap in V8, and the milestone
 * pass asks lower-case questions of every sentence, clause and line; a slice of the article's
 * lower case is that span's lower case whenever no character changes length when lower-cased
 * («İ») and no capital sigma (whose lower case depends on the letters around it) occurs.
 */
export class LowerDoc {
  /** The article's lower case; null when a slice of it would not be exact (then each span is lower-cased on its own). */
  readonly lower: string | null;

  constructor(readonly text: string) {
    const lower = text.toLowerCase();
    this.lower = lower.length === text.length && !text.includes('Σ') ? lower : null;
  }

  /** `text.slice(start, end).toLowerCase()`, as a slice when that is exact. */
  of(start: number, end: number): string {
    return this.lower !== null ? this.lower.slice(start, end) : this.text.slice(start, end).toLowerCase();
  }
}
