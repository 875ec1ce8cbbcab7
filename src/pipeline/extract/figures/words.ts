import { phraseSource, rx } from '../regex';
import { mapPacked } from '../packed';
import type { LowerDoc } from '../lower';
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
  /** The list the pattern belongs to, among those matched together. */
  group: number;
  /** Literal lower-case start of the pattern, checked before the regex runs. */
  prefix: string;
  /** The pattern's sticky regex, made on first use (shared by an entry's copies under other starts). */
  regex: PatternRegex;
  /**
   * `word` when the pattern is its prefix alone («товарооборот»), `stem` when it is its prefix and `*` («экспорт*»):
   * then a hit is decided from the characters after the prefix, without running the regex (most patterns are such).
   */
  literal: 'word' | 'stem' | null;
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

/** The literal start of a pattern (or of one alternative), lower-case: the letters every match begins with. */
function literalStart(pattern: string): string {
  const prefix = (pattern.match(/^[^*?()[\]|\\ .{}+^$]*/)?.[0] ?? '').toLowerCase();
  // A literal before an optional part is not required: «up(?! to)» keeps "up", «dollars?» keeps "dollar".
  return /^[?{]/.test(pattern.slice(prefix.length)) ? prefix.slice(0, -1) : prefix;
}

/** Splits `source` at its top-level `|` (not inside a group or a class). */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * The literal starts of a pattern that opens with a group of alternatives, lower-case: «(можем|сможем) …» starts with
 * «можем» or «сможем», "(мы )?(можем|…) …" with «мы» or one of those. Null when the pattern is not of that shape or a
 * start is shorter than two letters. None of the returned starts begins with another one.
 */
export function openingLiterals(pattern: string): string[] | null {
  if (!pattern.startsWith('(') || pattern.startsWith('(?')) return null;
  let depth = 0;
  let end = -1;
  for (let i = 0; i < pattern.length && end < 0; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) end = i;
  }
  if (end < 0) return null;
  const starts: string[] = [];
  for (const alt of topLevelAlternatives(pattern.slice(1, end))) {
    const start = literalStart(alt);
    if (start.length < 2) return null;
    starts.push(start);
  }
  const rest = pattern.slice(end + 1);
  if (/^[{+]/.test(rest)) return null;
  // An optional group («(мы )?…»): a match may also begin with what follows it.
  if (/^[?*]/.test(rest)) {
    const after = openingLiterals(rest.slice(1)) ?? (literalStart(rest.slice(1)).length >= 2 ? [literalStart(rest.slice(1))] : null);
    if (!after) return null;
    starts.push(...after);
  }
  return [...new Set(starts)].filter((a) => !starts.some((b) => b !== a && a.startsWith(b)));
}

/**
 * A pattern's sticky regex, made when a text first needs it: most patterns are a literal word or stem, decided from
 * their characters without the regex (`literal`), so most of these are never made in a run. Making them all at load
 * (`rx`: the letter classes written out, the case rewrite looked up, V8's parse) was ≈0.5% of a run over 1,000 bench
 * articles in a CPU profile. Cachegrind (p56): outside garbage collection and compiling −23 M in both runs, V8's regex
 * parsing −16.7 M; with TurboFan's run-to-run spread, −0.32% and −0.13% of the whole.
 */
interface PatternRegex {
  source: string;
  re: RegExp | null;
}

/** Every `PatternRegex` of the indexes made in this process, for `makeEveryPatternRegex`. */
const patternRegexes: PatternRegex[] = [];

/**
 * Makes every pattern regex of the indexes loaded so far. For the launcher's prebuild only (`uncased-prebuild.ts`):
 * the `iu` rewrites it writes out are those asked while the pipeline loads, and these regexes are otherwise made later.
 */
export function makeEveryPatternRegex(): void {
  for (const r of patternRegexes) r.re ??= rx(r.source, 'iuy');
}

/** Tagged pattern lists: tag → patterns. */
type Lists = Record<string, readonly string[]>;

/**
 * The patterns of one or more tagged lists, indexed by their first letters, and the walk over a text's words that
 * tries them. Each hit goes to the output of its list (`group`).
 */
class PatternIndex {
  /** Keyed by the UTF-16 codes of the first two lower-case letters, `code1 * 65536 + code2`, then by the third (`narrow`). */
  private readonly byThree = new Map<number, ByThird>();
  private readonly byOne = new Map<number, Entry<string>[]>();
  private readonly always: Entry<string>[] = [];
  /**
   * The patterns without a literal start that open with alternatives («(можем|сможем) …»), under the first two letters
   * of each alternative: tried after the others at a word, as `always` would be, but only where they can match.
   */
  private readonly opening = new Map<number, Entry<string>[]>();

  constructor(groups: Lists[]) {
    const opening: { entry: Entry<string>; starts: string[] | null }[] = [];
    const byTwo = new Map<number, Entry<string>[]>();
    groups.forEach((lists, group) => {
      for (const tag of Object.keys(lists)) {
        for (const pattern of lists[tag]!) {
          const prefix = (pattern.match(/^[^*?()[\]|\\ .{}+^$]*/)?.[0] ?? '').toLowerCase();
          const required = literalStart(pattern);
          const literal = required !== prefix ? null : pattern.length === prefix.length ? 'word' : pattern === `${pattern.slice(0, prefix.length)}*` ? 'stem' : null;
          const regex: PatternRegex = { source: `(?:${phraseSource(pattern)})(?![\\p{L}])`, re: null };
          patternRegexes.push(regex);
          const entry = { tag, group, prefix: required, regex, literal } as const;
          if (required.length >= 2) push(byTwo, twoKey(required), entry);
          else if (required.length === 1) push(this.byOne, required.charCodeAt(0), entry);
          else opening.push({ entry, starts: openingLiterals(pattern) });
        }
      }
    });
    for (const [key, list] of byTwo) this.byThree.set(key, narrow(list));
    // Hits at one word come in the order the patterns are tried: when one of these patterns has no known starts, all
    // stay together in `always`, in their order.
    if (opening.some((o) => !o.starts)) for (const o of opening) this.always.push(o.entry);
    // One entry per start (no start begins with another: at one word at most one of them passes `startsWith`).
    else for (const { entry, starts } of opening) for (const start of starts!) push(this.opening, twoKey(start), { ...entry, prefix: start });
  }

  /** Adds every hit in `text` to `outs[group]`, left to right; at one position, the longest hit of each tag. */
  scan(text: string, outs: WordHit<string>[][]): void {
    const { lower, starts } = scanned(text);
    // Offsets in the lower case are those of the text unless lower-casing changed a length («İ» → «i̇»).
    const aligned = lower.length === text.length;
    for (const at of starts) {
      const c1 = lower.charCodeAt(at);
      const byThird = at + 1 < lower.length ? this.byThree.get(c1 * 65536 + lower.charCodeAt(at + 1)) : undefined;
      // Past the end `charCodeAt` is NaN: no third letter, only the patterns of two.
      const two = byThird && (byThird.third.get(lower.charCodeAt(at + 2)) ?? byThird.two);
      const one = this.byOne.get(c1);
      if (two) tryAll(two, text, lower, aligned, at, outs);
      if (one) tryAll(one, text, lower, aligned, at, outs);
      if (this.always.length) tryAll(this.always, text, lower, aligned, at, outs);
      const opening = this.opening.size && at + 1 < lower.length ? this.opening.get(c1 * 65536 + lower.charCodeAt(at + 1)) : undefined;
      if (opening) tryAll(opening, text, lower, aligned, at, outs);
    }
  }
}

/** The patterns of one two-letter start: those of two letters only, and by their third letter, with those of two. */
interface ByThird {
  two: Entry<string>[];
  third: Map<number, Entry<string>[]>;
}

/**
 * Splits the patterns of one two-letter start by their third letter. At a word, only the patterns whose third letter
 * is the word's can pass `startsWith`; each list keeps its patterns in their order (the order of hits at one word),
 * and a word of two letters, or whose third letter opens none of them, is tried with the patterns of two letters only.
 * «пр» alone starts 30 patterns: `startsWith` was the line of the walk that took most time.
 */
function narrow(list: Entry<string>[]): ByThird {
  const two = list.filter((e) => e.prefix.length === 2);
  const third = new Map<number, Entry<string>[]>();
  for (const e of list) {
    const c3 = e.prefix.charCodeAt(2);
    if (e.prefix.length > 2 && !third.has(c3)) third.set(c3, list.filter((x) => x.prefix.length === 2 || x.prefix.charCodeAt(2) === c3));
  }
  return { two, third };
}

/**
 * Tries `list` at `at`, keeping the longest hit of each tag there. `test` with a sticky regex leaves `lastIndex` at the
 * match's end: no match array is built (this runs at every candidate word of every sentence).
 */
function tryAll(list: Entry<string>[], text: string, lower: string, aligned: boolean, at: number, outs: WordHit<string>[][]): void {
  for (let k = 0; k < list.length; k++) {
    const c = list[k]!;
    if (!lower.startsWith(c.prefix, at)) continue;
    let end = at + c.prefix.length;
    if (c.literal && aligned) {
      if (c.literal === 'stem') while (end < text.length && isLetter(text.charCodeAt(end))) end++;
      else if (end < text.length && isLetter(text.charCodeAt(end))) continue;
    } else {
      const re = (c.regex.re ??= rx(c.regex.source, 'iuy'));
      re.lastIndex = at;
      if (!re.test(text)) continue;
      end = re.lastIndex;
    }
    if (end === at) continue;
    // The hits at `at` are the last ones of the list's output.
    const out = outs[c.group]!;
    let i = out.length - 1;
    while (i >= 0 && out[i]!.start === at && out[i]!.tag !== c.tag) i--;
    if (i >= 0 && out[i]!.start === at) out[i]!.end = Math.max(out[i]!.end, end);
    else out.push({ tag: c.tag, start: at, end });
  }
}

/** Matches tagged word-pattern lists against texts. */
export class WordMatcher<T extends string> {
  private readonly index: PatternIndex;

  constructor(lists: Record<T, readonly string[]>) {
    this.index = new PatternIndex([lists]);
  }

  /** Every hit in `text`, left to right; at one position, the longest hit of each tag. */
  find(text: string): WordHit<T>[] {
    const out: WordHit<T>[] = [];
    this.index.scan(text, [out]);
    return out;
  }
}

/** The hits of each list of a `WordGroups`. */
export type GroupHits<G extends Record<string, Lists>> = { [K in keyof G]: WordHit<Extract<keyof G[K], string>>[] };

/**
 * Several matchers in one: each list's hits are those its own `WordMatcher` would find, but a text's words are
 * walked once for all of them (a sentence is asked about subjects, growth, kinds and hedges in a row).
 */
export class WordGroups<G extends Record<string, Lists>> {
  private readonly names: (keyof G)[];
  private readonly index: PatternIndex;

  /**
   * @param hitsOf the record of the lists' hits, given in the order of `groups`' keys: one object literal, so every
   * record has one shape (set by name in a loop, each name's store was a megamorphic keyed store in V8; with
   * `Object.fromEntries` the record is a slow dictionary-mode object).
   */
  constructor(
    groups: G,
    private readonly hitsOf: (outs: readonly WordHit<string>[][]) => Record<keyof G, WordHit<string>[]>,
  ) {
    this.names = Object.keys(groups);
    this.index = new PatternIndex(this.names.map((n) => groups[n]!));
  }

  /** Every hit in `text` of each list, left to right; at one position, the longest hit of each tag. */
  find(text: string): GroupHits<G> {
    const outs: WordHit<string>[][] = mapPacked(this.names, () => []);
    this.index.scan(text, outs);
    return this.hitsOf(outs) as GroupHits<G>;
  }
}

/** The last text scanned, its lower case and word starts: several matchers read the same sentence in a row. */
let last: { text: string; lower: string; starts: number[] } = { text: '', lower: '', starts: [] };

/** A sentence about to be scanned, where it stands in its article and the article's lower case (`rememberSentence`). */
let knownText = '';
let knownDoc: LowerDoc | null = null;
let knownStart = 0;
let knownEnd = 0;

function scanned(text: string): { lower: string; starts: number[] } {
  if (last.text !== text) last = { text, lower: knownDoc !== null && knownText === text ? knownDoc.of(knownStart, knownEnd) : text.toLowerCase(), starts: wordStarts(text) };
  return last;
}

/**
 * Tells the next scans that `text` is `lower`'s article from `start` to `end`: its lower case is then a slice of the
 * article's, not lowered again (≈34 instructions a character in ICU for a two-byte string). Nothing is made until a
 * scan asks: most sentences are never scanned.
 */
export function rememberSentence(text: string, lower: LowerDoc, start: number, end: number): void {
  knownText = text;
  knownDoc = lower;
  knownStart = start;
  knownEnd = end;
}

/** The map key of a start's first two letters. */
function twoKey(start: string): number {
  return start.charCodeAt(0) * 65536 + start.charCodeAt(1);
}

function push<V>(map: Map<number, V[]>, key: number, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
