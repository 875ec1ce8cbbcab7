/**
 * Cue literals of a lexicon pattern: a few lower-case strings one of which every match contains,
 * so that a substring scan can rule a pattern out before its regex runs. Read from the pattern's
 * source: a literal run outside optional parts («визит» in `визит\p{L}*`), or the alternatives of
 * a group every match passes through (`(?:send|sent|deploy) … troops` → send, sent, deploy).
 */
import { escapeRegExp, rx } from '../regex';
import { prebuiltCues } from './prebuilt-cues';

/** Literals one of which occurs in every match; null when none is known. */
type Required = string[] | null;

/** Shorter cues say too little: a one-letter cue is in nearly every sentence. */
const MIN_CUE = 2;

/** How well a set of cues rules out text: its shortest cue first, then how few cues it has. */
function better(a: string[], b: string[] | null): boolean {
  if (!b) return true;
  const la = shortest(a);
  const lb = shortest(b);
  return la !== lb ? la > lb : a.length < b.length;
}

function shortest(cues: string[]): number {
  let n = Infinity;
  for (const c of cues) if (c.length < n) n = c.length;
  return n;
}

/**
 * The tokens of a regex source: a run of plain characters, an escape, a class, a group opening, a
 * closing parenthesis, a bar, a quantifier (with its lazy mark) or another single character. One
 * native scan instead of a loop per character: this runs for hundreds of patterns at start-up.
 */
const TOKEN = /([^\\[\]()|?*+{.^$]+)|(\\(?:[pPk][{<][^}>]*[}>]|u\{[^}]*\}|u[\dA-Fa-f]{4}|x[\dA-Fa-f]{2}|c[A-Za-z]|[^]))|(\[(?:\\[^]|[^\]\\])*\])|(\((?:\?(?::|<?[=!]|<[^>]*>))?)|(\))|(\|)|([?*+]\??|\{(\d+)(?:,\d*)?\}\??)|([^])/gu;

/** Token kinds: the capture group of `TOKEN` that matched (escapes, classes and other characters are all "other" here). */
const Kind = { Literal: 1, Open: 4, Close: 5, Bar: 6, Quantifier: 7, Other: 9 } as const;

interface Token {
  kind: number;
  text: string;
  /** For a quantifier: its minimum repeat count. */
  min: number;
}

function tokens(p: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(p); m; m = TOKEN.exec(p)) {
    let kind: number = Kind.Other;
    for (let g = 1; g <= 7; g++) if (m[g] !== undefined) kind = g;
    const min = kind === Kind.Quantifier ? (m[8] !== undefined ? Number(m[8]) : m[0][0] === '+' ? 1 : 0) : 0;
    out.push({ kind, text: m[0], min });
  }
  TOKEN.lastIndex = 0;
  return out;
}

/** Alternatives from token `i` up to the closing parenthesis or the end: their cues, and where they end. */
function alternation(ts: Token[], i: number): { req: Required; end: number } {
  const all: string[] = [];
  let known = true;
  for (;;) {
    const seq = sequence(ts, i);
    if (seq.req) all.push(...seq.req);
    else known = false;
    i = seq.end;
    if (ts[i]?.kind !== Kind.Bar) break;
    i++;
  }
  return { req: known ? [...new Set(all)] : null, end: i };
}

/** One alternative from token `i`: the best cues among its mandatory literal runs and groups. */
function sequence(ts: Token[], i: number): { req: Required; end: number } {
  let best: Required = null;
  let run = '';
  const flush = () => {
    const lit = run.trim().toLowerCase();
    if (lit.length >= MIN_CUE && better([lit], best)) best = [lit];
    run = '';
  };
  while (i < ts.length && ts[i]!.kind !== Kind.Bar && ts[i]!.kind !== Kind.Close) {
    const t = ts[i]!;
    let group: Required = null;
    let end = i + 1;
    if (t.kind === Kind.Open) {
      const inner = alternation(ts, i + 1);
      end = inner.end + 1;
      if (!/[=!]$/.test(t.text)) group = inner.req;
    }
    const q = ts[end]?.kind === Kind.Quantifier ? ts[end]! : null;
    if (q) end++;
    if (t.kind === Kind.Literal) {
      // A quantifier applies to the run's last character only.
      if (!q || q.min >= 1) run += t.text;
      else run += t.text.slice(0, -1);
      if (q) flush(); // more copies may follow, or none: the run cannot go on past it
    } else {
      flush();
      if (group && (!q || q.min >= 1) && shortest(group) >= MIN_CUE && better(group, best)) best = group;
    }
    i = end;
  }
  flush();
  return { req: best, end: i };
}

/** Lower-case literals one of which every match of the regex source `p` contains, read from the source. */
function literalsOfSource(p: string): string[] | null {
  return alternation(tokens(p), 0).req;
}

/** Each distinct pattern of `patterns` with its cue literals: what the launcher prebuilds for the knowledge base's patterns. */
export function cueTable(patterns: readonly string[]): [string, string[] | null][] {
  return [...new Set(patterns)].map((p) => [p, literalsOfSource(p)]);
}

/**
 * The knowledge base's patterns' cues when the compiled pipeline has them ready-made: reading
 * ≈1,200 pattern sources token by token cost ≈1% of a run over 1,000 articles.
 */
const PREBUILT: ReadonlyMap<string, string[] | null> | null = prebuiltCues ? new Map(prebuiltCues) : null;

/**
 * Lower-case literals one of which every match of the regex source `p` contains (checked on the
 * lower-cased text); null when the source gives none of at least two characters.
 */
export function requiredLiterals(p: string): string[] | null {
  const ready = PREBUILT?.get(p);
  return ready !== undefined ? ready : literalsOfSource(p);
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

/**
 * A regex finding one of the cue literals of `patterns` under the patterns' own `flags` (so that
 * it finds them wherever the patterns could match), or null when they have none. Where it finds
 * none no pattern can match, and their regexes need not run: a pattern such as `^\W*…` is tried at
 * every position of a Russian text, whose letters are all `\W`.
 */
export function cueRegex(patterns: readonly string[], flags: string): RegExp | null {
  const cues = cuesOf(patterns);
  return cues ? new RegExp(cues.map(escapeRegExp).join('|'), flags) : null;
}

/**
 * `re.test`, asked first whether one of the cue literals of `source` (`re`'s own unless given)
 * occurs (`cueRegex`, with the flags `source` is matched with: `rx` compiles an `iu` pattern
 * without the `i`, written out with its case): the answer is the same, and most texts are ruled
 * out by the cheaper scan.
 */
export function cueGated(re: RegExp, source: string = re.source, flags: string = re.flags): (text: string) => boolean {
  const cue = cueRegex([source], flags.replace(/[gy]/g, ''));
  return cue ? (text) => cue.test(text) && re.test(text) : (text) => re.test(text);
}

/** A phrasing pattern of the knowledge folder as a case-insensitive test, run behind its cue literals (`cueGated`). */
export function gatedPhrasing(pattern: string): (text: string) => boolean {
  return cueGated(rx(pattern, 'iu'), pattern, 'iu');
}
