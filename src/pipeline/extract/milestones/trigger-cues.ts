/**
 * The event triggers' cue literals, found in a sentence with one scan: which triggers may match
 * there, so that only their patterns run (most sentences hold no cue at all).
 */
import type { Language } from '../../../schema/dataset';
import { cueStartsWord, requiredLiterals, secondCues } from './cues';
import { literalsRegex, TRIGGERS } from './lexicon';
import { trieSource } from './literal-trie';
import { indexesOf, orInto, toBits, wordsFor } from './index-bits';

type ByLang<T> = Record<Language, T>;

/**
 * No letter of the Latin or Cyrillic alphabets (lower case) right before: where a cue that starts
 * a word (`cueStartsWord`: no letter before it) may stand. Narrower than `\p{L}`, which V8 tests by
 * a call per character, so it never rules out a real word start; it only lets a few more positions
 * through (after «ң», "é").
 */
const AT_WORD_START = '(?<![a-zа-яё])';

/**
 * Finds which of a list of cue literals occur in a text with one scan instead of one test per
 * matcher. The alternation is longest first, so at each position it reports the longest cue
 * there; the other cues at that position are its prefixes, added from a table. Restarting one
 * character after each match visits every position where a cue starts, so the set is exact.
 * Cues that only count at the start of a word (`wordStart`: every match holding them has them
 * there) are looked for only there: most positions of a text are inside a word, and there the
 * scan then gives up after one test of the character before, where the trie tried its first
 * letters (≈40% of the scan's instructions on the bench).
 */
export class CueScanner {
  private readonly re: RegExp;
  /** Cue → the cues that are prefixes of it (itself included). */
  private readonly prefixes = new Map<string, string[]>();

  constructor(cues: string[], wordStart: ReadonlySet<string> = new Set()) {
    const unique = [...new Set(cues)];
    const known = new Set(unique);
    for (const c of unique) {
      const prefixes: string[] = [];
      for (let n = 1; n <= c.length; n++) if (known.has(c.slice(0, n))) prefixes.push(c.slice(0, n));
      this.prefixes.set(c, prefixes);
    }
    // Cues inside words are tried first; a cue having one of them as a prefix is tried there too,
    // so that the longest cue at a position is still the one found.
    const inside = new Set(unique.filter((c) => this.prefixes.get(c)!.some((p) => !wordStart.has(p))));
    const atStart = unique.filter((c) => !inside.has(c));
    // Shaped as a trie: with some two hundred cues, trying only the branch that fits at each
    // position scans about twice as fast as trying the cues one by one (a list of a few cues is not
    // faster as a trie, so the matchers' own cue tests stay lists).
    const branches: string[] = [];
    if (inside.size) branches.push(trieSource([...inside]));
    if (atStart.length) branches.push(`${AT_WORD_START}(?:${trieSource(atStart)})`);
    this.re = new RegExp(branches.join('|') || '(?!)', 'gu');
  }

  /** The cues that occur in `lower`. */
  scan(lower: string): Set<string> {
    const out = new Set<string>();
    for (const cue of this.longest(lower)) for (const p of this.prefixes.get(cue)!) out.add(p);
    return out;
  }

  /**
   * The longest cue at each position of `lower` where one starts, with that position, in order:
   * `at[i]` is where `cue[i]` starts.
   */
  positions(lower: string): { at: number[]; cue: string[] } {
    const re = this.re;
    const at: number[] = [];
    const cue: string[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      at.push(m.index);
      cue.push(m[0]);
      re.lastIndex = m.index + 1;
    }
    re.lastIndex = 0;
    return { at, cue };
  }

  /** The longest cue at each position of `lower` where one starts, in order; their prefixes occur there too. */
  longest(lower: string): readonly string[] {
    const { cue } = this.positions(lower);
    return cue.length ? cue : NONE;
  }

  /** The cues that are prefixes of `cue` (itself included): those a match of `cue` also finds. */
  prefixesOf(cue: string): readonly string[] {
    return this.prefixes.get(cue) ?? [];
  }
}

/**
 * Trigger cues of one language, scanned at once, and which patterns of which triggers each cue belongs to. The
 * patterns of all triggers are numbered in `TRIGGERS`' order (those of trigger 0 first), so that their bits read out
 * lowest first give the triggers in order.
 */
export interface TriggerCues {
  scanner: CueScanner;
  /** Cue → indexes into `TRIGGERS` of the triggers having it. */
  owners: Map<string, number[]>;
  /** Indexes of the triggers without cues in this language: candidates in every sentence. */
  always: number[];
  /** Cue → indexes of the triggers owning it or one of its prefixes: what one match of it makes candidates. */
  reach: Map<string, number[]>;
  /**
   * The cues' patterns as bit words (`index-bits`), for `ArticleCues`: cue → the patterns owning it (`owners`) or it or
   * one of its prefixes (`reach`); the patterns of triggers in `always` are in neither.
   */
  bits: { owners: Map<string, Uint32Array>; reach: Map<string, Uint32Array> };
  /** By pattern number: the index into `TRIGGERS` of its trigger. */
  triggerOf: Int32Array;
  /**
   * By pattern number: its second cues (`secondCues`), one of which a text must hold too for the pattern to match
   * there — a lone literal, a regex of several, or null when it has none.
   */
  second: (string | RegExp | null)[];
  /** The cues that count only at the start of a word (`wordStartCues`). */
  wordStart: ReadonlySet<string>;
}

/** Each list of a map as bit words. */
const bitsByKey = (lists: Map<string, number[]>, words: number) => new Map([...lists].map(([k, v]) => [k, toBits(v, words)] as const));

/** The second cues of a pattern as a test (`holdsSecond`): a lone literal, a regex of several, or null when it has none. */
export const secondTest = (p: string): string | RegExp | null => {
  const cues = secondCues(p);
  return cues === null ? null : cues.length === 1 ? cues[0]! : literalsRegex(cues);
};

function triggerCues(lang: Language): TriggerCues {
  const owners = new Map<string, number[]>();
  const always: number[] = [];
  const patternOwners = new Map<string, number[]>();
  const triggerOf: number[] = [];
  const second: (string | RegExp | null)[] = [];
  TRIGGERS.forEach((t, i) => {
    const cues = t.re[lang].cues;
    if (!cues) return void always.push(i);
    for (const c of cues) owners.set(c, [...(owners.get(c) ?? []), i]);
    for (const p of t.re[lang].patterns) {
      const k = triggerOf.length;
      triggerOf.push(i);
      second.push(secondTest(p));
      for (const c of requiredLiterals(p)!) patternOwners.set(c, [...(patternOwners.get(c) ?? []), k]);
    }
  });
  const wordStart = wordStartCues(lang);
  const scanner = new CueScanner([...owners.keys()], wordStart);
  const prefixed = (lists: Map<string, number[]>, c: string) => [...new Set(scanner.prefixesOf(c).flatMap((p) => lists.get(p)!))];
  const reach = new Map<string, number[]>();
  const patternReach = new Map<string, number[]>();
  for (const c of owners.keys()) {
    reach.set(c, prefixed(owners, c));
    patternReach.set(c, prefixed(patternOwners, c));
  }
  const words = wordsFor(triggerOf.length);
  const bits = { owners: bitsByKey(patternOwners, words), reach: bitsByKey(patternReach, words) };
  return { scanner, owners, always, reach, bits, triggerOf: Int32Array.from(triggerOf), second, wordStart };
}

/** The triggers' cues that every pattern holding them has at the start of a word (`cueStartsWord`). */
function wordStartCues(lang: Language): Set<string> {
  const atStart = new Set<string>();
  const inside = new Set<string>();
  for (const t of TRIGGERS) {
    for (const p of t.re[lang].patterns) for (const c of requiredLiterals(p) ?? []) (cueStartsWord(p) ? atStart : inside).add(c);
  }
  for (const c of inside) atStart.delete(c);
  return atStart;
}

/** True when `lower` holds the second cue `test` of a pattern (`secondTest`), or the pattern has none. */
export function holdsSecond(test: string | RegExp | null, lower: string): boolean {
  return test === null || (typeof test === 'string' ? lower.includes(test) : test.test(lower));
}

/**
 * Indexes into `TRIGGERS` of the triggers that may match in `lower` (a lower-cased text), in
 * priority order, each once: those without cues, and those with a pattern whose cue occurs there
 * and whose second cue (`TriggerCues.second`), if it has one, too.
 */
export function candidateTriggers(cues: TriggerCues, lower: string): readonly number[] {
  const found = cues.scanner.longest(lower);
  if (!found.length && !cues.always.length) return NONE_INDEXES;
  const patterns = new Set<number>();
  for (const cue of found) for (const p of cues.scanner.prefixesOf(cue)) for (const k of indexesOf(cues.bits.owners.get(p)!)) patterns.add(k);
  const out = [...cues.always];
  for (const k of patterns) if (holdsSecond(cues.second[k]!, lower)) out.push(cues.triggerOf[k]!);
  return sortedUnique(out);
}

/** `out` sorted, each index once (in place). */
function sortedUnique(out: number[]): number[] {
  out.sort((a, b) => a - b);
  let n = 0;
  for (let k = 0; k < out.length; k++) if (k === 0 || out[k] !== out[k - 1]) out[n++] = out[k]!;
  out.length = n;
  return out;
}

/**
 * The trigger cues of a whole article, found with one scan of its lower case, handed out by
 * sentence: `candidateTriggers` of each sentence's lower case without a regex call per sentence
 * (a call costs more than scanning a short sentence). A cue that runs past a sentence's end
 * counts there by its prefixes that fit, as a scan of the sentence alone finds just those.
 */
export class ArticleCues {
  private readonly at: number[];
  private readonly cue: string[];
  /** The patterns each cue found reaches, by its position in `at` (bit words). */
  private readonly reach: Uint32Array[];
  /** The union of one sentence's patterns, reused from sentence to sentence. */
  private readonly acc: Uint32Array;
  /** The patterns' numbers read out of `acc`, reused likewise. */
  private readonly patterns: number[] = [];
  /** The list `candidates` returns, reused likewise. */
  private readonly out: number[] = [];
  /** The first cue at or after the start of the last sentence asked about: sentences are asked in order. */
  private next = 0;

  constructor(
    private readonly cues: TriggerCues,
    lower: string,
  ) {
    ({ at: this.at, cue: this.cue } = cues.scanner.positions(lower));
    this.reach = this.cue.map((c) => cues.bits.reach.get(c)!);
    this.acc = new Uint32Array(wordsFor(cues.triggerOf.length));
  }

  /**
   * `candidateTriggers(cues, lower)` of the sentence `[start, end)`, `lower` its lower case; the list is valid until
   * the next call (a list per sentence was ≈3% of the milestone pass's allocation).
   */
  candidates(start: number, end: number, lower: string): readonly number[] {
    const { at, cue, cues, acc, reach } = this;
    // The cursor and the length kept in locals: in baseline code each read of a field is an inline-cache call.
    const n = at.length;
    let next = this.next;
    if (next > 0 && at[next - 1]! >= start) next = 0;
    while (next < n && at[next]! < start) next++;
    this.next = next;
    const always = cues.always;
    if (next >= n || at[next]! >= end) return always.length ? [...always] : NONE_INDEXES;
    acc.fill(0);
    for (let k = next; k < n; k++) {
      const from = at[k]!;
      if (from >= end) break;
      const c = cue[k]!;
      if (from + c.length <= end) orInto(acc, reach[k]!);
      else for (const p of cues.scanner.prefixesOf(c)) if (from + p.length <= end) orInto(acc, cues.bits.owners.get(p)!);
    }
    const patterns = indexesOf(acc, this.patterns);
    const { triggerOf, second } = cues;
    const out = this.out;
    let m = 0;
    // Patterns come by trigger: a trigger already taken skips its other patterns.
    for (let j = 0; j < patterns.length; j++) {
      const k = patterns[j]!;
      const t = triggerOf[k]!;
      if ((m === 0 || out[m - 1] !== t) && holdsSecond(second[k]!, lower)) out[m++] = t;
    }
    out.length = m;
    return always.length ? sortedUnique([...always, ...out]) : out;
  }
}

const NONE: readonly string[] = Object.freeze([]);
const NONE_INDEXES: readonly number[] = Object.freeze([]);

/**
 * All trigger cues of a language: one scan finds the triggers with cues that may match; the
 * triggers some pattern of which has no cue are always candidates.
 */
export const TRIGGER_CUES: ByLang<TriggerCues> = { ru: triggerCues('ru'), en: triggerCues('en') };
