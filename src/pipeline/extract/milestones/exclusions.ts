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
import { orInto, toBits, wordsFor } from './index-bits';
import { CueScanner, holdsSecond, secondTest } from './trigger-cues';

/** What a combination matcher reads from its patterns, once. */
interface Index {
  scanner: CueScanner;
  /** Cue → the patterns owning it or one of its prefixes (bit words, `index-bits`): those a match of it lets run. */
  reach: Map<string, Uint32Array>;
  /** The patterns without cues: run in every text. */
  always: Uint32Array;
  /** True when `always` is empty: a text without cues runs no pattern. */
  none: boolean;
  /** The union of one text's patterns, reused from text to text. */
  acc: Uint32Array;
  /** The number of bit words of a set (`acc.length`, read once). */
  words: number;
  /** By pattern: its second cues (`secondTest`), one of which a text must hold too for it to match there. */
  second: (string | RegExp | null)[];
}

/**
 * One level of the combinations' key tree: a combination's bit words, one word a level, lead to the matcher of its
 * patterns. A key of any number of words, so a list of any length runs by combination (a key of fixed width made a
 * longer list run whole, every pattern on every sentence asked).
 */
interface KeyLevel {
  next: Map<number, KeyLevel>;
  matcher: WordMatcher | null;
}

const newLevel = (): KeyLevel => ({ next: new Map(), matcher: null });

/**
 * All matches of a pattern list, as `new WordMatcher(patterns).all` finds them, with one regex per combination of the
 * patterns whose cue literals (`requiredLiterals`) a text holds, found with one scan (`CueScanner`).
 */
export class CombinationMatcher {
  private index: Index | null = null;
  /** The key tree's root: a combination's first bit word picks its child. */
  private readonly matchers = newLevel();

  constructor(private readonly patterns: readonly string[]) {}

  /** Every match in `text` (`lower` its lower case), in order. */
  all(text: string, lower: string): Match[] {
    const { scanner, reach, always, none, acc, words, second } = (this.index ??= indexOf(this.patterns));
    const cues = scanner.longest(lower);
    // Most texts asked hold no cue: nothing to run, with no bit word touched (each read of one is a call in baseline code).
    if (cues.length === 0 && none) return [];
    acc.set(always);
    for (let i = 0; i < cues.length; i++) orInto(acc, reach.get(cues[i]!)!);
    // A pattern whose second cue the text lacks matches nowhere in it either: with none left, nothing to run.
    if (!keepPaired(acc, second, lower)) return [];
    let level = this.matchers;
    for (let w = 0; w < words; w++) {
      const word = acc[w]!;
      let child = level.next.get(word);
      if (child === undefined) level.next.set(word, (child = newLevel()));
      level = child;
    }
    const m = (level.matcher ??= new WordMatcher(this.patterns.filter((_, i) => (acc[i >>> 5]! & (1 << (i & 31))) !== 0)));
    return m.all(text, lower, true);
  }
}

/**
 * Clears the bits of `acc` (patterns, `index-bits`) whose second cue (`secondTest`) `lower` lacks; false when none is
 * left.
 */
export function keepPaired(acc: Uint32Array, second: readonly (string | RegExp | null)[], lower: string): boolean {
  let left = 0;
  for (let w = 0, words = acc.length; w < words; w++) {
    let word = acc[w]!;
    for (let x = word; x !== 0; x &= x - 1) {
      const bit = x & -x;
      if (!holdsSecond(second[w * 32 + 31 - Math.clz32(bit)]!, lower)) word &= ~bit;
    }
    acc[w] = word;
    left |= word;
  }
  return left !== 0;
}

/** The cue scan of a pattern list and which patterns each cue lets run. */
function indexOf(patterns: readonly string[]): Index {
  const owners = new Map<string, number[]>();
  const always: number[] = [];
  const atStart = new Set<string>();
  const inside = new Set<string>();
  patterns.forEach((p, i) => {
    const cues = requiredLiterals(p);
    if (!cues) return void always.push(i);
    for (const c of cues) {
      owners.set(c, [...(owners.get(c) ?? []), i]);
      (cueStartsWord(p) ? atStart : inside).add(c);
    }
  });
  for (const c of inside) atStart.delete(c);
  const scanner = new CueScanner([...owners.keys()], atStart);
  const words = wordsFor(patterns.length);
  const reach = new Map<string, Uint32Array>();
  for (const c of owners.keys()) reach.set(c, toBits(scanner.prefixesOf(c).flatMap((p) => owners.get(p)!), words));
  return { scanner, reach, always: toBits(always, words), none: always.length === 0, acc: new Uint32Array(words), words, second: patterns.map(secondTest) };
}

/** The exclusions of each language (`MARKERS.exclude`), run by combination. */
export const EXCLUSIONS: Record<Language, CombinationMatcher> = {
  ru: new CombinationMatcher(MARKERS.exclude.ru.patterns),
  en: new CombinationMatcher(MARKERS.exclude.en.patterns),
};
