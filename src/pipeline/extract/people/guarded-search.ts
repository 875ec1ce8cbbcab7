/**
 * A large alternation searched only where it can begin. V8 tries every alternative of a pattern such
 * as `(?<![\p{L}\d])(?:(…)|(…)|…)` at every position of the text: the lookbehind in front keeps it from
 * skipping ahead to a likely first letter. Here a small regex of the alternatives' literal beginnings
 * (the first word of each title) finds the few positions where a match can start, and the big pattern is tried
 * there only, sticky. The matches are exactly those of the big pattern run globally: every match
 * begins with one of the beginnings, candidates are tried left to right, and after a match the search
 * goes on from its end, as a global regex does.
 */
import { rx } from '../regex';

/** The literal characters an alternative's pattern source begins with (up to its first operator or escape). */
export function literalHead(pattern: string): string {
  const m = /^[^\\[\](){}|?*+.^$]*/.exec(pattern)![0];
  // A quantifier applies to the character before it: that character is not certain to be there.
  const next = pattern[m.length];
  return next === '?' || next === '*' || next === '{' ? m.slice(0, -1) : m;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A global search for `source` (whose alternatives are `alternatives`) tried only at their literal beginnings. */
export class GuardedSearch {
  private readonly guard: RegExp | null;
  private readonly sticky: RegExp;
  private readonly global: RegExp;

  /**
   * `source` must match only where one of `alternatives` (pattern sources, one per way a match can
   * begin, after any zero-width assertions in front) matches; `flags` without `g` or `y`.
   */
  constructor(source: string, flags: string, alternatives: readonly string[]) {
    const heads = [...new Set(alternatives.map(literalHead))].sort((a, b) => a.length - b.length);
    // A head that begins with another head adds no position to search.
    const needed = heads.filter((h, i) => !heads.slice(0, i).some((s) => h.startsWith(s)));
    // An alternative without a literal beginning can start anywhere: then the guard cannot help.
    this.guard = heads.length && heads[0] ? new RegExp(needed.map(escape).join('|'), `g${flags.includes('u') ? 'u' : ''}`) : null;
    this.sticky = rx(source, `${flags}y`);
    this.global = rx(source, `${flags}g`);
  }

  /** Every match in `text`, left to right, as `text.matchAll` of the global pattern would give them. */
  all(text: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    const guard = this.guard;
    if (!guard) {
      const re = this.global;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
      return out;
    }
    guard.lastIndex = 0;
    for (let c = guard.exec(text); c; c = guard.exec(text)) {
      this.sticky.lastIndex = c.index;
      const m = this.sticky.exec(text);
      if (m) {
        out.push(m);
        // On from the match's end (an empty match would not move: one character on, as `matchAll` does).
        guard.lastIndex = m[0] ? m.index + m[0].length : c.index + 1;
      } else guard.lastIndex = c.index + 1;
    }
    return out;
  }
}
