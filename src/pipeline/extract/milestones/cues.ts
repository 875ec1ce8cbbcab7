/**
 * Cue literals of a lexicon pattern: a few lower-case strings one of which every match contains,
 * so that a substring scan can rule a pattern out before its regex runs. Read from the pattern's
 * source: a literal run outside optional parts («визит» in `визит\p{L}*`), or the alternatives of
 * a group every match passes through (`(?:send|sent|deploy) … troops` → send, sent, deploy).
 */
import { escapeRegExp, rx } from '../regex';
import { prebuiltCues } from './prebuilt-cues';
import common from '../../knowledge/common-words.json';

/** Shorter cues say too little: a one-letter cue is in nearly every sentence. */
const MIN_CUE = 2;

/** Words most sentences of the corpus hold (`knowledge/common-words.json`), of both languages: a cue inside one rules out little. */
const COMMON_WORDS: readonly string[] = [...common.en, ...common.ru];

/** Cues this short are in many words (the years' «19» and «20», «вш» of participles): common whatever they are. */
const SHORT_CUE = 3;

/**
 * True when a cue of `cues` is shorter than `SHORT_CUE` or occurs inside a common word (`COMMON_WORDS`), at the start
 * of one of its words when the cues count only there (`startsWord`: «operation» is inside «cooperation», yet never at
 * a word's start there): wherever that word stands, the cue is found.
 */
export function holdsCommonCue(cues: readonly string[], startsWord: boolean): boolean {
  for (const c of cues) {
    if (c.length < SHORT_CUE) return true;
    for (const w of COMMON_WORDS) if (startsWord ? w.startsWith(c) || w.includes(` ${c}`) : w.includes(c)) return true;
  }
  return false;
}

/**
 * How well a set of cues rules out text: one without a common cue (`holdsCommonCue`) first, then its shortest cue,
 * then how few cues it has.
 */
function better(a: Cues, b: Cues | null): boolean {
  if (!b) return true;
  const ca = holdsCommonCue(a.literals, a.startsWord);
  const cb = holdsCommonCue(b.literals, b.startsWord);
  if (ca !== cb) return cb;
  const la = shortest(a.literals);
  const lb = shortest(b.literals);
  return la !== lb ? la > lb : a.literals.length < b.literals.length;
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

/**
 * Cues of a part of a pattern, and whether the cue a match holds starts a word there: the character
 * before it is no letter (or there is none; a digit may be: «30летие»), given that the part itself
 * starts where `sequence` was told.
 */
interface Cues {
  literals: string[];
  startsWord: boolean;
}

/** What a part of a pattern tells: its cues (null when none is known), where it ends, and whether a word starts right after it. */
interface Part {
  req: Cues | null;
  end: number;
  /** True when every match of the part ends right before a word start: with a space, say. */
  wordNext: boolean;
}

/** True when `ch` is no letter: a cue right after it has no letter before it. */
const NOT_LETTER = /^[^\p{L}]$/u;
/** Escapes matching no letter: a cue right after one has no letter before it. */
const NO_LETTER_ESCAPES = new Set(['\\s', '\\d']);
/** The members of a class: escapes, ranges of two characters, or single characters. */
const CLASS_MEMBER = /\\(?:[pPk]\{[^}]*\}|u\{[^}]*\}|u[\dA-Fa-f]{4}|x[\dA-Fa-f]{2}|c[A-Za-z]|[^])|[^\\](?:-[^\\\]])?/gu;

/**
 * True when class token `t` (`[- ]`, `[,\s]`) matches no letter: each member is `\s`, `\d`, an
 * escaped or plain character that is no letter, or a range of digits. Anything else (a negated class,
 * `\p{…}`, `\w`, a range such as `!-~` that spans letters) may match a letter.
 */
function classWithoutLetters(t: string): boolean {
  if (t.startsWith('[^')) return false;
  const members = t.slice(1, -1).match(CLASS_MEMBER) ?? [];
  return members.join('') === t.slice(1, -1) && members.every((m) => {
    if (m[0] === '\\') return NO_LETTER_ESCAPES.has(m) || (m.length === 2 && !/[A-Za-z0-9]/.test(m[1]!) && NOT_LETTER.test(m[1]!));
    if (m.length === 3) return /^\d-\d$/.test(m);
    return NOT_LETTER.test(m);
  });
}
/** Tokens that match no character: they leave the word start where it was. */
const ZERO_WIDTH = new Set(['^', '$', '\\b', '\\B']);

/**
 * Alternatives from token `i` up to the closing parenthesis or the end: their cues, and where they
 * end; `wordStart` tells whether a word starts where they do.
 */
function alternation(ts: Token[], i: number, wordStart: boolean): Part {
  const all: string[] = [];
  let known = true;
  let startsWord = true;
  let wordNext = true;
  for (;;) {
    const seq = sequence(ts, i, wordStart);
    if (seq.req) {
      all.push(...seq.req.literals);
      startsWord &&= seq.req.startsWord;
    } else known = false;
    wordNext &&= seq.wordNext;
    i = seq.end;
    if (ts[i]?.kind !== Kind.Bar) break;
    i++;
  }
  return { req: known ? { literals: [...new Set(all)], startsWord } : null, end: i, wordNext };
}

/**
 * One alternative from token `i`: the best cues among its mandatory literal runs and groups;
 * `wordStart` tells whether a word starts where it does.
 */
function sequence(ts: Token[], i: number, wordStart: boolean, all?: string[][]): Part {
  let best: Cues | null = null;
  let run = '';
  /** Whether a word starts where the current literal run does. */
  let runAtWord = false;
  /** Whether a word starts at the current point of the alternative. */
  let atWord = wordStart;
  const flush = () => {
    const lit = run.trim().toLowerCase();
    // A run opening with a space («запрет\p{L}* на …») puts its cue at a word start.
    const cues = { literals: [lit], startsWord: runAtWord || run.trimStart() !== run };
    if (lit.length >= MIN_CUE) all?.push([lit]);
    if (lit.length >= MIN_CUE && better(cues, best)) best = cues;
    run = '';
  };
  while (i < ts.length && ts[i]!.kind !== Kind.Bar && ts[i]!.kind !== Kind.Close) {
    const t = ts[i]!;
    let group: Cues | null = null;
    let end = i + 1;
    /** Whether a word starts after one copy of the token, and after it when it may be left out. */
    let afterOne = false;
    let zeroWidth = false;
    let around: Cues | null = null;
    if (t.kind === Kind.Open) {
      const inner = alternation(ts, i + 1, atWord);
      end = inner.end + 1;
      if (!/[=!]$/.test(t.text)) group = inner.req;
      else {
        zeroWidth = true;
        // A lookaround that must hold («(?= on …)», «(?<=which …)») needs its cues in the text too, outside the match.
        if (t.text.endsWith('=') && ts[end]?.kind !== Kind.Quantifier) around = inner.req;
      }
      afterOne = inner.wordNext;
    } else if (t.kind === Kind.Literal) {
      afterOne = NOT_LETTER.test(t.text.at(-1)!);
    } else {
      // An escape, a class or another character: `\s`, `\d` and a class of no letter (`[- ]`) end before a word start.
      zeroWidth = ZERO_WIDTH.has(t.text);
      afterOne = NO_LETTER_ESCAPES.has(t.text) || (t.text[0] === '[' && classWithoutLetters(t.text));
    }
    const q = ts[end]?.kind === Kind.Quantifier ? ts[end]! : null;
    if (q) end++;
    if (t.kind === Kind.Literal) {
      if (!run) runAtWord = atWord;
      // A quantifier applies to the run's last character only.
      if (!q || q.min >= 1) run += t.text;
      else run += t.text.slice(0, -1);
      if (q) flush(); // more copies may follow, or none: the run cannot go on past it
      // Left out, the last character leaves the word start as the one before it did.
      const before = t.text.length > 1 ? NOT_LETTER.test(t.text.at(-2)!) : atWord;
      atWord = !q || q.min >= 1 ? afterOne : afterOne && before;
    } else {
      flush();
      if (group && (!q || q.min >= 1) && shortest(group.literals) >= MIN_CUE) {
        all?.push(group.literals);
        if (better(group, best)) best = group;
      }
      if (around && shortest(around.literals) >= MIN_CUE) all?.push(around.literals);
      if (!zeroWidth) atWord = !q || q.min >= 1 ? afterOne : afterOne && atWord;
    }
    i = end;
  }
  flush();
  return { req: best, end: i, wordNext: atWord };
}

/** The cues of the regex source `p`, read from the source, for a pattern whose matches start a word. */
function cuesOfSource(p: string): Cues | null {
  return alternation(tokens(p), 0, true).req;
}

/** Lower-case literals one of which every match of the regex source `p` contains, read from the source. */
function literalsOfSource(p: string): string[] | null {
  return cuesOfSource(p)?.literals ?? null;
}

/**
 * The lists of lower-case literals one member of each of which every text the regex source `p` matches in holds: the
 * cues of each part every match passes through (a literal run, a group) and of each lookaround that must hold, where
 * `requiredLiterals` gives the best one only. Empty when the pattern is an alternation at its top level (its
 * alternatives have parts of their own).
 */
export function cueSetsOfSource(p: string): string[][] {
  const ts = tokens(p);
  const all: string[][] = [];
  return sequence(ts, 0, true, all).end === ts.length ? all : [];
}

/**
 * The second cues of the regex source `p`: the best list of `cueSetsOfSource` after the one `requiredLiterals` gives
 * (`better`), one member of which every text a match is found in also holds («с» … «коллег|министр|…» of «обсудил …
 * с министром»); null when there is no other. A trigger pattern whose first cue a sentence holds runs only where its
 * second cue stands too.
 */
function secondOfSource(p: string, first: string[] | null): string[] | null {
  if (first === null) return null;
  const key = first.join('\0');
  let best: Cues | null = null;
  for (const literals of cueSetsOfSource(p)) {
    const cues = { literals, startsWord: false };
    if (literals.join('\0') !== key && better(cues, best)) best = cues;
  }
  return best?.literals ?? null;
}

/** A pattern source with `requiredLiterals` and `cueStartsWord` of it, and `secondCues` for a pattern that is asked them. */
export type CueRow = [pattern: string, literals: string[] | null, startsWord: boolean, second?: string[] | null];

/**
 * Each distinct pattern of `patterns` with its cue literals: what the launcher prebuilds for the knowledge base's
 * patterns; with their second cues too for those in `paired` (the ones asked them: the rest would only make the
 * table longer to read at every start).
 */
export function cueTable(patterns: readonly string[], paired: ReadonlySet<string> = new Set()): CueRow[] {
  return [...new Set(patterns)].map((p) => {
    const cues = cuesOfSource(p);
    const literals = cues?.literals ?? null;
    return paired.has(p) ? [p, literals, cues?.startsWord ?? false, secondOfSource(p, literals)] : [p, literals, cues?.startsWord ?? false];
  });
}

/**
 * The knowledge base's patterns' cues when the compiled pipeline has them ready-made: reading
 * ≈1,200 pattern sources token by token cost ≈1% of a run over 1,000 articles.
 */
const PREBUILT: ReadonlyMap<string, CueRow> | null = prebuiltCues ? new Map(prebuiltCues.map((row) => [row[0], row])) : null;

/**
 * Lower-case literals one of which every match of the regex source `p` contains (checked on the
 * lower-cased text); null when the source gives none of at least two characters.
 */
export function requiredLiterals(p: string): string[] | null {
  const ready = PREBUILT?.get(p);
  return ready !== undefined ? ready[1] : literalsOfSource(p);
}

/**
 * True when the cue literal (`requiredLiterals`) a match of the regex source `p` holds starts a word
 * in every match — no letter right before it (a digit may be: «30-летие», «30летие») — given that the
 * match itself starts a word, as a `WordMatcher`'s patterns' do: the cue at the pattern's start
 * («визит\p{L}*»), after a space («запрет\p{L}* на (?:[\p{L}-]+ )?(?:ввоз|вывоз)»), a digit or a
 * class of no letter («ribbon[- ]cutting»). A scan may then look for it where no letter stands before.
 */
export function cueStartsWord(p: string): boolean {
  const ready = PREBUILT?.get(p);
  return ready !== undefined ? ready[2] : (cuesOfSource(p)?.startsWord ?? false);
}

/** The second cues of the regex source `p` (`secondOfSource`): null when it has none. */
export function secondCues(p: string): string[] | null {
  const ready = PREBUILT?.get(p)?.[3];
  return ready !== undefined ? ready : secondOfSource(p, literalsOfSource(p));
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
