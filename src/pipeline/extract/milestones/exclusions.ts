/**
 * The event lexicon's exclusions (phrases that tell no event: «в беседе с RT», 'signed an appeal'), asked of each
 * sentence holding a trigger. A sentence holds the cues of a few of some forty patterns at most (1,000 bench articles:
 * 2,630 of the 6,136 sentences asked hold any, two patterns' on average, in 35 combinations), so it runs one regex of
 * just those patterns, made for its combination on first use and kept. The matches are the whole list's: a pattern
 * whose cues a text lacks matches nowhere in it, and the others keep their order.
 */
import type { Language } from '../../../schema/dataset';
import { cueStartsWord, requiredLiterals } from './cues';
import { MARKERS, type Match, WordMatcher } from './lexicon';
import { CueScanner } from './trigger-cues';

/**
 * Patterns a combination's key holds: two words of 26 bits in one number (exact in a double), and a third word that
 * picks a map of its own for combinations reaching past the first 52 patterns (the lexicon's lists have grown to
 * that: a longer list run whole asks every sentence every pattern).
 */
const KEY_BITS = 26;
const MAX_PATTERNS = 3 * KEY_BITS;
const KEY_SPAN = 2 ** KEY_BITS;

/** A set of a list's patterns as `lo` (the first 26), `hi` (the next 26) and `top` (the last 26) bit words. */
interface PatternBits {
  lo: number;
  hi: number;
  top: number;
}

/** What a combination matcher reads from its patterns, once. */
interface Index {
  scanner: CueScanner;
  /** Cue → the patterns owning it or one of its prefixes: those a match of it lets run. */
  reach: Map<string, PatternBits>;
  /** The patterns without cues: run in every text. */
  always: PatternBits;
}

/**
 * All matches of a pattern list, as `new WordMatcher(patterns).all` finds them, with one regex per combination of the
 * patterns whose cue literals (`requiredLiterals`) a text holds, found with one scan (`CueScanner`). Lists longer than
 * a key holds (78 patterns) run whole.
 */
export class CombinationMatcher {
  private index: Index | null = null;
  /** Key (`lo` and `hi` of `PatternBits` as one number) → the matcher of those patterns, for combinations with `top` 0. */
  private readonly matchers = new Map<number, WordMatcher>();
  /** `top` → key → matcher, for combinations reaching past the first 52 patterns. */
  private readonly topMatchers = new Map<number, Map<number, WordMatcher>>();
  private whole: WordMatcher | null = null;

  constructor(private readonly patterns: readonly string[]) {}

  /** Every match in `text` (`lower` its lower case), in order. */
  all(text: string, lower: string): Match[] {
    if (this.patterns.length > MAX_PATTERNS) return (this.whole ??= new WordMatcher(this.patterns)).all(text, lower);
    const { scanner, reach, always } = (this.index ??= indexOf(this.patterns));
    const cues = scanner.longest(lower);
    let lo = always.lo;
    let hi = always.hi;
    let top = always.top;
    for (let i = 0; i < cues.length; i++) {
      const r = reach.get(cues[i]!)!;
      lo |= r.lo;
      hi |= r.hi;
      top |= r.top;
    }
    if (lo === 0 && hi === 0 && top === 0) return [];
    const key = hi * KEY_SPAN + lo;
    let map = this.matchers;
    if (top !== 0) {
      const tm = this.topMatchers.get(top);
      if (tm === undefined) this.topMatchers.set(top, (map = new Map()));
      else map = tm;
    }
    let m = map.get(key);
    if (m === undefined) {
      const words = [lo, hi, top];
      m = new WordMatcher(this.patterns.filter((_, i) => (words[(i / KEY_BITS) | 0]! & (1 << i % KEY_BITS)) !== 0));
      map.set(key, m);
    }
    return m.all(text, lower, true);
  }
}

/** The cue scan of a pattern list and which patterns each cue lets run. */
function indexOf(patterns: readonly string[]): Index {
  const owners = new Map<string, number[]>();
  const always: PatternBits = { lo: 0, hi: 0, top: 0 };
  const atStart = new Set<string>();
  const inside = new Set<string>();
  patterns.forEach((p, i) => {
    const cues = requiredLiterals(p);
    if (!cues) return void add(always, i);
    for (const c of cues) {
      owners.set(c, [...(owners.get(c) ?? []), i]);
      (cueStartsWord(p) ? atStart : inside).add(c);
    }
  });
  for (const c of inside) atStart.delete(c);
  const scanner = new CueScanner([...owners.keys()], atStart);
  const reach = new Map<string, PatternBits>();
  for (const c of owners.keys()) {
    const bits = { lo: 0, hi: 0, top: 0 };
    for (const p of scanner.prefixesOf(c)) for (const i of owners.get(p)!) add(bits, i);
    reach.set(c, bits);
  }
  return { scanner, reach, always };
}

function add(bits: PatternBits, i: number): void {
  if (i < KEY_BITS) bits.lo |= 1 << i;
  else if (i < 2 * KEY_BITS) bits.hi |= 1 << (i - KEY_BITS);
  else bits.top |= 1 << (i - 2 * KEY_BITS);
}

/** The exclusions of each language (`MARKERS.exclude`), run by combination. */
export const EXCLUSIONS: Record<Language, CombinationMatcher> = {
  ru: new CombinationMatcher(MARKERS.exclude.ru.patterns),
  en: new CombinationMatcher(MARKERS.exclude.en.patterns),
};
