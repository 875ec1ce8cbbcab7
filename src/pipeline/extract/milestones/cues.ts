/**
 * Cue literals of a lexicon pattern: a few lower-case strings one of which every match contains,
 * so that a substring scan can rule a pattern out before its regex runs. Read from the pattern's
 * source: a literal run outside optional parts («визит» in `визит\p{L}*`), or the alternatives of
 * a group every match passes through (`(?:send|sent|deploy) … troops` → send, sent, deploy).
 */

/** Literals one of which occurs in every match; null when none is known. */
type Required = string[] | null;

/** Shorter cues say too little: a one-letter cue is in nearly every sentence. */
const MIN_CUE = 2;

/** How well a set of cues rules out text: its shortest cue first, then how few cues it has. */
function better(a: string[], b: string[] | null): boolean {
  if (!b) return true;
  const la = Math.min(...a.map((c) => c.length));
  const lb = Math.min(...b.map((c) => c.length));
  return la !== lb ? la > lb : a.length < b.length;
}

/** The minimum repeat count of a quantifier at `i` (`?`, `*`, `+`, `{n,m}`), its length, or null when none is there. */
function quantifier(p: string, i: number): { min: number; length: number } | null {
  let q: { min: number; length: number } | null = null;
  const ch = p[i];
  if (ch === '?' || ch === '*') q = { min: 0, length: 1 };
  else if (ch === '+') q = { min: 1, length: 1 };
  else if (ch === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(p.slice(i, i + 16));
    if (m) q = { min: Number(m[1]), length: m[0].length };
  }
  // A lazy quantifier (`*?`, `{0,2}?`) repeats as often.
  if (q && p[i + q.length] === '?') q.length++;
  return q;
}

/** End (exclusive) of the escape starting at `i` (a backslash). */
function escapeEnd(p: string, i: number): number {
  const ch = p[i + 1];
  if (ch === 'p' || ch === 'P' || ch === 'k' || (ch === 'u' && p[i + 2] === '{')) return p.indexOf(ch === 'k' ? '>' : '}', i) + 1;
  if (ch === 'u') return i + 6;
  if (ch === 'x') return i + 4;
  if (ch === 'c') return i + 3;
  return i + 2;
}

/** End (exclusive) of the character class starting at `i` (`[`). */
function classEnd(p: string, i: number): number {
  for (let j = i + 1; j < p.length; j++) {
    if (p[j] === '\\') j++;
    else if (p[j] === ']') return j + 1;
  }
  return p.length;
}

/** Alternatives from `i` up to the closing parenthesis or the end: their cues, and where they end. */
function alternation(p: string, i: number): { req: Required; end: number } {
  const all: string[] = [];
  let known = true;
  for (;;) {
    const seq = sequence(p, i);
    if (seq.req) all.push(...seq.req);
    else known = false;
    i = seq.end;
    if (p[i] !== '|') break;
    i++;
  }
  return { req: known ? [...new Set(all)] : null, end: i };
}

/** One alternative from `i`: the best cues among its mandatory literal runs and groups. */
function sequence(p: string, i: number): { req: Required; end: number } {
  let best: Required = null;
  let run = '';
  const flush = () => {
    const lit = run.trim().toLowerCase();
    if (lit.length >= MIN_CUE && better([lit], best)) best = [lit];
    run = '';
  };
  while (i < p.length && p[i] !== '|' && p[i] !== ')') {
    const ch = p[i]!;
    let literal: string | null = null;
    let group: Required = null;
    let end: number;
    if (ch === '\\') end = escapeEnd(p, i);
    else if (ch === '[') end = classEnd(p, i);
    else if (ch === '(') {
      const head = /^\((?:\?(?::|<?[=!]|<[^>]*>))?/.exec(p.slice(i, i + 40))![0];
      const lookaround = /[=!]$/.test(head);
      const inner = alternation(p, i + head.length);
      end = inner.end + 1;
      if (!lookaround) group = inner.req;
    } else {
      end = i + 1;
      if (!'.^$'.includes(ch)) literal = ch;
    }
    const q = quantifier(p, end);
    if (q) end += q.length;
    if (literal !== null && (!q || q.min >= 1)) {
      run += literal;
      if (q) flush(); // more copies may follow: the run cannot go on past them
    } else {
      flush();
      if (group && (!q || q.min >= 1) && group.every((c) => c.length >= MIN_CUE) && better(group, best)) best = group;
    }
    i = end;
  }
  flush();
  return { req: best, end: i };
}

/**
 * Lower-case literals one of which every match of the regex source `p` contains (checked on the
 * lower-cased text); null when the source gives none of at least two characters.
 */
export function requiredLiterals(p: string): string[] | null {
  return alternation(p, 0).req;
}

/** Cues for a pattern list: the union of each pattern's, or null when some pattern has none. */
export function cuesOf(patterns: readonly string[]): string[] | null {
  const out: string[] = [];
  for (const p of patterns) {
    const req = requiredLiterals(p);
    if (!req) return null;
    out.push(...req);
  }
  return [...new Set(out)];
}
