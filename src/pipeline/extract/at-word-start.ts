/**
 * Patterns that match only where no letter stands before them, checked by code. A pattern opening with a lookbehind
 * over `rx`'s letter class (`(?<![\p{L}])…`) makes V8 test that lookbehind at each position where the rest may start,
 * and a class that large (more than 16 ranges) is tested by a call into C++ each time. The same pattern without the
 * lookbehind, with the character before each of its matches looked up in a table, finds the same matches: where the
 * lookbehind fails at a position, the search goes on from the next one, as V8's does.
 */
import { rx } from './regex';

/** The lookbehind a pattern opens with: a negated class of property escapes, `\d` and plain characters. */
const LEADING = /^\(\?<!\[((?:\\p\{\w+\}|\\d|[^\\\]])+)\]\)/;

/**
 * The code units looked up in a table, not tested by a regex: ASCII, Latin-1 and Latin Extended-A (0–0x17F: the
 * spaces, quotes and dashes before words among them) and Cyrillic (0x400–0x52F).
 */
const TABLE_END = 0x530;
const TABLED: [number, number][] = [
  [0, 0x180],
  [0x400, TABLE_END],
];

/** A lookbehind's class as a one-character regex, and its table (1: in the class, 0: not, 2: ask the regex). */
interface ClassTable {
  before: RegExp;
  table: Uint8Array;
}

/** The tables by class body and flags: the few classes of the patterns are each tabled once. */
const TABLES = new Map<string, ClassTable>();

function classTable(body: string, flags: string): ClassTable {
  const key = `${flags}/${body}`;
  let t = TABLES.get(key);
  if (!t) {
    const before = rx(`[${body}]`, flags);
    const table = new Uint8Array(TABLE_END).fill(2);
    for (const [from, to] of TABLED) for (let c = from; c < to; c++) table[c] = before.test(String.fromCharCode(c)) ? 1 : 0;
    TABLES.set(key, (t = { before, table }));
  }
  return t;
}

/** Whether a top-level `|` stands in a regex source (outside groups and classes). */
export function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** A pattern found only at word starts; a `RegExp` and it are both a `Matcher`. */
export interface Matcher {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
}

/**
 * `rx(source, flags)` for a `source` that opens with a negative lookbehind of one class (`(?<![\p{L}])`,
 * `(?<![\p{L}\d])`, `(?<![\p{L}-])`), with nothing after it on a top-level alternative of its own: the lookbehind is
 * taken off the regex and tested by code before each match is given out. `flags` must hold `g`; `exec` and
 * `lastIndex` work as a global regex's do.
 */
export class AtWordStart implements Matcher {
  /** The pattern without its lookbehind. */
  private readonly re: RegExp;
  /** The lookbehind's class as a regex of one character, with the pattern's flags (so under `iu` with its case partners). */
  private readonly before: RegExp;
  /** For the code units of `TABLED`: 1 when the lookbehind's class holds it, 0 when not (2: ask `before`). */
  private readonly table: Uint8Array;

  constructor(source: string, flags: string) {
    const lead = LEADING.exec(source);
    const rest = lead ? source.slice(lead[0].length) : '';
    if (!lead || !flags.includes('g') || hasTopLevelAlternative(rest)) throw new Error(`AtWordStart: not a global pattern opening with one lookbehind: /${source}/${flags}`);
    this.re = rx(rest, flags);
    ({ before: this.before, table: this.table } = classTable(lead[1]!, flags.replace(/[gy]/g, '')));
  }

  get lastIndex(): number {
    return this.re.lastIndex;
  }

  set lastIndex(at: number) {
    this.re.lastIndex = at;
  }

  /** True when the character before `at` in `text` is in the lookbehind's class (a surrogate pair read as one character). */
  classBefore(text: string, at: number): boolean {
    if (at <= 0) return false;
    const c = text.charCodeAt(at - 1);
    const known = c < TABLE_END ? this.table[c]! : 2;
    if (known !== 2) return known === 1;
    const pair = c >= 0xdc00 && c <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
    return this.before.test(pair ? text.slice(at - 2, at) : text[at - 1]!);
  }

  /** The next match from `lastIndex` with no character of the class before it, or null (and `lastIndex` 0). */
  exec(text: string): RegExpExecArray | null {
    const re = this.re;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!this.classBefore(text, m.index)) return m;
      // The lookbehind failed here: try again from the next character (a surrogate pair is one under `u`).
      const c = text.charCodeAt(m.index);
      const pair = c >= 0xd800 && c <= 0xdbff && m.index + 1 < text.length && text.charCodeAt(m.index + 1) >= 0xdc00 && text.charCodeAt(m.index + 1) <= 0xdfff;
      re.lastIndex = m.index + (pair && re.unicode ? 2 : 1);
    }
    return null;
  }

  /** Whether the pattern matches anywhere in `text` (from the start). */
  test(text: string): boolean {
    this.re.lastIndex = 0;
    const found = this.exec(text) !== null;
    this.re.lastIndex = 0;
    return found;
  }
}

/** `new AtWordStart(source, flags)`: see there. */
export const atWordStart = (source: string | RegExp, flags?: string): AtWordStart =>
  typeof source === 'string' ? new AtWordStart(source, flags ?? '') : new AtWordStart(source.source, flags ?? source.flags);

/** Every match of `m` in `text`, as `execAll` gives a global regex's. */
export function execAllAt(m: Matcher, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  m.lastIndex = 0;
  for (let found = m.exec(text); found; found = m.exec(text)) {
    out.push(found);
    if (found[0] === '') m.lastIndex++;
  }
  m.lastIndex = 0;
  return out;
}
