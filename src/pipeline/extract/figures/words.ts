import { rx } from '../regex';
/**
 * Fast matching of many word patterns at once. One big alternation regex tried at every
 * character is slow on long lists, so patterns are indexed by their literal first letters and
 * only the few candidates for a word's first letters are tried there, as sticky regexes; a
 * pattern that is a plain word or stem needs no regex at all.
 */

/** A word pattern found in a text, with the tag of its list. */
export interface WordHit<T extends string> {
  tag: T;
  start: number;
  end: number;
}

interface Entry<T extends string> {
  tag: T;
  /** Literal lower-case start of the pattern, checked before the regex runs. */
  prefix: string;
  re: RegExp;
  /**
   * `word` when the pattern is its prefix alone («товарооборот»), `stem` when it is its prefix and `*` («экспорт*»):
   * then a hit is decided from the characters after the prefix, without running the regex (most patterns are such).
   */
  literal: 'word' | 'stem' | null;
}

/** Pattern notation → regex source: a space is any whitespace, `*` the rest of a word. */
export function patternSource(pattern: string): string {
  return pattern.replace(/\*/g, '\\p{L}*').replace(/ /g, '\\s+');
}

const LETTER_OR_DIGIT = rx(/[\p{L}\p{N}]/u);

/** True for a letter or digit; ASCII and Cyrillic without a regex (this runs on every character). */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  if (code >= 0x400 && code <= 0x4ff) return true;
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/** The letters of `(?![\p{L}])` and `\p{L}*` in the patterns' case-insensitive regexes (`rx` narrows `\p{L}`). */
const LETTER = rx(/[\p{L}]/iu);

/** True for a letter as the patterns' regexes see it; ASCII and Cyrillic without a regex. */
export function isLetter(code: number): boolean {
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  // Cyrillic, less its number sign and combining marks (U+0482–U+0489).
  if (code >= 0x400 && code <= 0x52f) return code < 0x482 || code > 0x489;
  return LETTER.test(String.fromCharCode(code));
}

/** Where words start: a letter, digit or currency sign not preceded by a letter or digit. */
export function wordStarts(text: string): number[] {
  const out: number[] = [];
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const word = isWordChar(c);
    if ((word && !inWord) || c === 36 || c === 0x20ac || c === 0x20bd) out.push(i);
    inWord = word;
  }
  return out;
}

/** Matches tagged word-pattern lists against texts. */
export class WordMatcher<T extends string> {
  /** Keyed by the UTF-16 codes of the first two (or one) lower-case letters: `code1 * 65536 + code2`. */
  private readonly byTwo = new Map<number, Entry<T>[]>();
  private readonly byOne = new Map<number, Entry<T>[]>();
  private readonly always: Entry<T>[] = [];

  constructor(lists: Record<T, readonly string[]>) {
    for (const tag of Object.keys(lists) as T[]) {
      for (const pattern of lists[tag]) {
        const prefix = (pattern.match(/^[^*?()[\]|\\ .{}+^$]*/)?.[0] ?? '').toLowerCase();
        // A literal before an optional part is not required: «up(?! to)» keeps "up", «dollars?» keeps "dollar".
        const required = /^[?{]/.test(pattern.slice(prefix.length)) ? prefix.slice(0, -1) : prefix;
        const literal = required !== prefix ? null : pattern.length === prefix.length ? 'word' : pattern === `${pattern.slice(0, prefix.length)}*` ? 'stem' : null;
        const entry = { tag, prefix: required, re: rx(`(?:${patternSource(pattern)})(?![\\p{L}])`, 'iuy'), literal } as const;
        if (required.length >= 2) push(this.byTwo, required.charCodeAt(0) * 65536 + required.charCodeAt(1), entry);
        else if (required.length === 1) push(this.byOne, required.charCodeAt(0), entry);
        else this.always.push(entry);
      }
    }
  }

  /** Every hit in `text`, left to right; at one position, the longest hit of each tag. */
  find(text: string): WordHit<T>[] {
    const out: WordHit<T>[] = [];
    const { lower, starts } = scanned(text);
    // Offsets in the lower case are those of the text unless lower-casing changed a length («İ» → «i̇»).
    const aligned = lower.length === text.length;
    for (const at of starts) {
      const c1 = lower.charCodeAt(at);
      const two = at + 1 < lower.length ? this.byTwo.get(c1 * 65536 + lower.charCodeAt(at + 1)) : undefined;
      const one = this.byOne.get(c1);
      if (!two && !one && this.always.length === 0) continue;
      const first = out.length;
      if (two) this.tryAll(two, text, lower, aligned, at, out, first);
      if (one) this.tryAll(one, text, lower, aligned, at, out, first);
      this.tryAll(this.always, text, lower, aligned, at, out, first);
    }
    return out;
  }

  /**
   * Tries `list` at `at`, keeping in `out` (from index `first`, the hits at `at`) the longest hit of each tag.
   * `test` with a sticky regex leaves `lastIndex` at the match's end: no match array is built (this runs at every
   * candidate word of every sentence).
   */
  private tryAll(list: Entry<T>[], text: string, lower: string, aligned: boolean, at: number, out: WordHit<T>[], first: number): void {
    for (const c of list) {
      if (!lower.startsWith(c.prefix, at)) continue;
      let end = at + c.prefix.length;
      if (c.literal && aligned) {
        if (c.literal === 'stem') while (end < text.length && isLetter(text.charCodeAt(end))) end++;
        else if (end < text.length && isLetter(text.charCodeAt(end))) continue;
      } else {
        c.re.lastIndex = at;
        if (!c.re.test(text)) continue;
        end = c.re.lastIndex;
      }
      if (end === at) continue;
      let i = first;
      while (i < out.length && out[i]!.tag !== c.tag) i++;
      if (i === out.length) out.push({ tag: c.tag, start: at, end });
      else if (end > out[i]!.end) out[i]!.end = end;
    }
  }
}

/** The last text scanned, its lower case and word starts: several matchers read the same sentence in a row. */
let last: { text: string; lower: string; starts: number[] } = { text: '', lower: '', starts: [] };

function scanned(text: string): { lower: string; starts: number[] } {
  if (last.text !== text) last = { text, lower: text.toLowerCase(), starts: wordStarts(text) };
  return last;
}

function push<V>(map: Map<number, V[]>, key: number, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
