/**
 * A search for many phrase patterns at once, tried only where a phrase can begin. V8 runs one big
 * alternation such as `(?<![\p{L}\d])(?:(…)|(…)|…)` by trying every alternative at every position of
 * the text (the lookbehind in front keeps it from skipping ahead to a likely first letter), and
 * compiling it costs ≈20 ms. Here a small regex of the phrases' literal beginnings (their first
 * word, as a rule) finds the few positions where a phrase can start; at such a position only the
 * phrases with that beginning are tried, as one sticky regex compiled on first use.
 *
 * The matches are those of the big alternation run globally: a phrase can match only where its
 * beginning stands; the beginnings searched for are prefix-free, so one of them stands at a
 * position and its group holds every phrase that can match there, in the original order; after a
 * match the search goes on from its end, as a global regex does.
 */
import { escapeRegExp, rx } from '../regex';

/** A phrase pattern (a regex source without capturing groups) and what a match of it stands for. */
export interface Phrase {
  pattern: string;
  tag: number;
}

/** A phrase found in a text: `[start, end)` and the matching phrase's tag. */
export interface PhraseMatch {
  start: number;
  end: number;
  tag: number;
}

/** The literal characters a pattern source begins with (up to its first operator or escape). */
export function literalHead(pattern: string): string {
  const m = /^[^\\[\](){}|?*+.^$]*/.exec(pattern)![0];
  // A quantifier applies to the character before it: that character is not certain to be there.
  const next = pattern[m.length];
  return next === '?' || next === '*' || next === '{' ? m.slice(0, -1) : m;
}

/** The shortest prefix of `text` (itself included) that `set` holds, or null. */
export function shortestIn(set: ReadonlySet<string>, text: string): string | null {
  for (let n = 0; n <= text.length; n++) {
    const prefix = text.slice(0, n);
    if (set.has(prefix)) return prefix;
  }
  return null;
}


interface Group {
  phrases: Phrase[];
  re: RegExp | null;
}

/** Many phrases searched at once, each tried only where its literal beginning stands. */
export class PhraseSearch {
  /** Finds the beginnings; null when some phrase has none (then every phrase is tried everywhere). */
  private readonly guard: RegExp | null;
  private readonly groups = new Map<string, Group>();

  /**
   * `before` and `after`: zero-width assertions around every phrase (`(?<![\p{L}\d])`, `(?![\p{L}])`);
   * `flags` without `g` or `y`. Phrases are tried in the given order, the first that matches wins.
   */
  constructor(
    phrases: readonly Phrase[],
    private readonly before: string,
    private readonly after: string,
    private readonly flags: string,
  ) {
    const heads = phrases.map((p) => literalHead(p.pattern));
    const sorted = [...new Set(heads)].sort((a, b) => a.length - b.length);
    // A beginning that starts with a shorter one adds no position: its phrases join the shorter one's group.
    // Shortest first, so the set holds every shorter beginning kept when a longer one is looked at;
    // looking up a beginning's own prefixes is linear where comparing with all shorter ones was quadratic.
    const searched = new Set<string>();
    for (const h of sorted) if (shortestIn(searched, h) === null) searched.add(h);
    if (!phrases.length || searched.has('')) {
      this.guard = null;
      this.groups.set('', { phrases: [...phrases], re: null });
      return;
    }
    this.guard = new RegExp([...searched].map(escapeRegExp).join('|'), `g${flags.includes('u') ? 'u' : ''}`);
    phrases.forEach((p, i) => {
      const key = shortestIn(searched, heads[i]!)!;
      const group = this.groups.get(key);
      if (group) group.phrases.push(p);
      else this.groups.set(key, { phrases: [p], re: null });
    });
  }

  /** The group's regex: its phrases in order, one capturing group each; sticky, or global for the unguarded search. */
  private regex(group: Group): RegExp {
    const body = group.phrases.map((p) => `(${p.pattern})`).join('|');
    return (group.re ??= rx(`${this.before}(?:${body})${this.after}`, `${this.flags}${this.guard ? 'y' : 'g'}`));
  }

  /** Every phrase in `text`, left to right, as the global alternation of all phrases would find them. */
  all(text: string): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    const guard = this.guard;
    if (!guard) {
      const group = this.groups.get('')!;
      const re = this.regex(group);
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        out.push(toMatch(m, group));
        if (!m[0]) re.lastIndex++;
      }
      return out;
    }
    guard.lastIndex = 0;
    for (let c = guard.exec(text); c; c = guard.exec(text)) {
      const group = this.groups.get(c[0])!;
      const re = this.regex(group);
      re.lastIndex = c.index;
      const m = re.exec(text);
      if (m) out.push(toMatch(m, group));
      // On from the match's end (an empty match would not move: one character on, as `matchAll` does).
      guard.lastIndex = m && m[0] ? m.index + m[0].length : c.index + 1;
    }
    return out;
  }
}

function toMatch(m: RegExpExecArray, group: Group): PhraseMatch {
  let g = 1;
  while (m[g] === undefined) g++;
  return { start: m.index, end: m.index + m[0].length, tag: group.phrases[g - 1]!.tag };
}
