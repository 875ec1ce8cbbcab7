/**
 * Regular expressions that are cheap to compile. V8 compiles `\p{L}` (all letters of Unicode) under
 * the `i` flag into a very large case-folded class, ≈3 ms per occurrence, and hundreds of patterns
 * use it; articles are Russian and English, so letters of the Latin, Greek and Cyrillic scripts
 * (with their extensions, Kyrgyz «ң ү ө» included) stand in for it. `rx` rewrites `\p{L}`, `\p{Lu}`,
 * `\p{Ll}` and `\p{N}` into those explicit classes; a pattern for the `iu` flags is then written out
 * with its case and compiled without the `i` (`uncased.ts`), and its matches stay the same.
 *
 * Polytonic Greek (the Greek Extended block, U+1F00–U+1FFF) is left out: no article of a Russian
 * or English archive is written in it, and under the `i` flag V8 case-folds each class letter by
 * letter, where most of those letters fold to two-letter strings: they made up nearly half of
 * that work, ≈110 M instructions of every run (start-up 2,054 → 1,942 M on the seeds).
 */

import { uncasedSource } from './uncased';

/** Letters of the Latin, Greek and Cyrillic blocks (a superset of their `\\p{L}`, minus a few signs; no polytonic Greek). */
export const LETTER =
  'a-zA-Z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u0373\\u0376-\\u03FF\\u0400-\\u0481\\u048A-\\u052F\\u1E00-\\u1EFF\\u2C60-\\u2C7F\\u2DE0-\\u2DFF\\uA640-\\uA69F\\uA720-\\uA7FF';

/** Digits and the number signs of Latin-1 and the number forms block (`\p{N}` of those blocks). */
export const NUMBER = '0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE\\u0660-\\u0669\\u06F0-\\u06F9\\u2070-\\u2079\\u2080-\\u2089\\u2150-\\u2189\\u2460-\\u249B';

/** Code point ranges scanned to build the upper- and lower-case classes. */
const SCANNED: [number, number][] = [
  [0x41, 0x2af],
  [0x370, 0x52f],
  [0x1e00, 0x1eff],
  [0x2c60, 0x2c7f],
  [0xa640, 0xa69f],
  [0xa720, 0xa7ff],
];

/**
 * `body` (a class body written with `\uXXXX` escapes) with each escape as the character itself: V8
 * reads a character of a pattern faster than an escape, and these classes are read some thousand times at
 * every start.
 */
const unescaped = (body: string): string => body.replace(/\\u([0-9A-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
const LETTER_CHARS = unescaped(LETTER);

/**
 * `LETTER` without the capitals of Basic Latin and Latin-1 (A–Z, À–Ö, Ø–Þ): each lower-cases to another letter, so a
 * lower-cased text holds none of them, and on such a text this class matches what `LETTER` matches. Its fifteen ranges
 * V8 tests in the compiled pattern; `LETTER`'s seventeen it tests by a call into C++ for each character.
 */
export const LOWER_TEXT_LETTER = 'a-z\\u00AA\\u00B5\\u00BA\\u00DF-\\u00F6\\u00F8-\\u02AF\\u0370-\\u0373\\u0376-\\u03FF\\u0400-\\u0481\\u048A-\\u052F\\u1E00-\\u1EFF\\u2C60-\\u2C7F\\u2DE0-\\u2DFF\\uA640-\\uA69F\\uA720-\\uA7FF';
const LOWER_TEXT_LETTER_CHARS = unescaped(LOWER_TEXT_LETTER);
const NUMBER_CHARS = unescaped(NUMBER);

/** Every code point of `SCANNED`, in order (all in the Basic Multilingual Plane: one UTF-16 unit each). */
function scannedText(): string {
  const codes: number[] = [];
  for (const [lo, hi] of SCANNED) for (let c = lo; c <= hi; c++) codes.push(c);
  return String.fromCharCode(...codes);
}

/**
 * The class body (ranges) of the code points in `SCANNED` that match `property` (a one-character
 * class such as `/\p{Lu}/gu`). One native pass marks every other character, instead of a test per
 * code point.
 */
function classOf(property: RegExp): string {
  const all = scannedText();
  const marked = all.replace(property, '\0');
  let out = '';
  let from = -1;
  for (let i = 0; i <= all.length; i++) {
    const c = i < all.length ? all.charCodeAt(i) : -1;
    const ok = c >= 0 && marked.charCodeAt(i) === 0;
    // A range ends at a code point that does not match, and at a gap between the scanned blocks.
    if (from >= 0 && (!ok || c !== all.charCodeAt(i - 1) + 1)) {
      const last = all.charCodeAt(i - 1);
      // The characters themselves (letters only: none has a meaning in a class), see `unescaped`.
      out += from === last ? String.fromCharCode(from) : `${String.fromCharCode(from)}-${String.fromCharCode(last)}`;
      from = -1;
    }
    if (ok && from < 0) from = c;
  }
  return out;
}

let cases: { upper: string; lower: string } | null = null;

/** Upper- and lower-case letters of the scanned blocks, built on first use. */
function caseClasses(): { upper: string; lower: string } {
  return (cases ??= { upper: classOf(/\p{Lu}/gu), lower: classOf(/\p{Ll}/gu) });
}

/** The explicit class body for a property escape, or null when it is not one rewritten here. */
function classFor(name: string, lowerText: boolean): string | null {
  if (name === 'L') return lowerText ? LOWER_TEXT_LETTER_CHARS : LETTER_CHARS;
  if (name === 'N') return NUMBER_CHARS;
  if (name === 'Lu') return caseClasses().upper;
  if (name === 'Ll') return caseClasses().lower;
  return null;
}

/** What `fastSource` looks at: an escape (a property escape with its name) and the brackets of a class. */
const SOURCE_TOKEN = /\\(?:([pP])\{(\w+)\}|[^])|\[|\]/g;

/**
 * Rewrites the property escapes of a regex source into explicit classes (see the module note); with `lowerText`, for
 * a pattern run on lower-cased text only, `\p{L}` as `LOWER_TEXT_LETTER`.
 */
export function fastSource(source: string, lowerText = false): string {
  let inClass = false;
  // One native replace over the tokens: a scan by hand costs more than compiling the regex itself.
  return source.replace(SOURCE_TOKEN, (token: string, sign: string | undefined, name: string | undefined) => {
    if (token === '[') inClass = true;
    else if (token === ']') inClass = false;
    const body = name === undefined ? null : classFor(name, lowerText);
    // Inside a class only `\p` can be spliced in; a negated `\P` there stays as written.
    if (body === null || (inClass && sign === 'P')) return token;
    return inClass ? body : `[${sign === 'P' ? '^' : ''}${body}]`;
  });
}

/** `s` with every character that has a meaning in a regex escaped: the regex source matching `s` literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A lexicon phrase as a regex source: `*` stands for the rest of a word, a space for any whitespace. */
export const phraseSource = (phrase: string): string => phrase.replace(/\*/g, '\\p{L}*').replace(/ /g, '\\s+');

/**
 * A regex like `new RegExp(source, flags)` (or a copy of a literal) with cheap letter classes. Under
 * the `iu` flags the pattern is written out with its case and compiled without `i` (`uncasedSource`:
 * V8 closes every letter and class over case with ICU on each compilation), so its `flags` may lack the `i`.
 */
export function rx(source: string | RegExp, flags?: string): RegExp {
  const fast = fastSource(typeof source === 'string' ? source : source.source);
  const f = typeof source === 'string' ? flags : (flags ?? source.flags);
  const uncased = f?.includes('i') && f.includes('u') ? uncasedSource(fast) : null;
  return uncased === null ? new RegExp(fast, f) : new RegExp(uncased, f!.replace('i', ''));
}

/**
 * `rx(source, flags)` for a pattern run on lower-cased text only (`flags` without `i`): the same matches there, its
 * letter classes tested inline (`LOWER_TEXT_LETTER`; the lexicon matchers' `[\p{L}-]+` and `\p{L}*` were ≈15 M
 * instructions of C++ calls at 1,000 articles, c55).
 */
export function rxOnLowerText(source: string, flags: string): RegExp {
  return new RegExp(fastSource(source, true), flags);
}

/** `rx(/…/flags)`: a call of `rx` on a regex literal alone, as the pipeline's sources write it. */
const RX_LITERAL = /\brx\(\s*\/((?:[^/\\[\n]|\\.|\[(?:[^\]\\\n]|\\.)*\])+)\/([dgimsuvy]*)\s*,?\s*\)/g;

/**
 * `code` (a module's source) with each `rx(/…/flags)` written as the regex `rx` makes of it,
 * `new RegExp("…", "flags")` with that regex's own source and flags; other calls of `rx` stay. The launcher (`scripts/pipeline.mjs`) compiles
 * the pipeline from this: V8 parses a literal when it is made, `\p{L}` classes and their case closure
 * under the `i` flag included (≈0.5 ms a literal, some 280 of them at every start), only for `rx` to
 * rewrite it. A literal's text between its slashes is its `source`, so the regex matches the same.
 * Its large classes are split here as well (`commonFirst`), where it costs nothing at run time;
 * the patterns made at run time (lexicons) are left as they are, since reading their classes at
 * every start costs more than the split saves on 1,000 articles.
 */
export const withPrebuiltRx = (code: string): string =>
  code.replace(RX_LITERAL, (_, source: string, flags: string) => {
    // What `rx` makes, its flags included (under `iu` it writes the case out and drops the `i`), large classes split.
    const re = commonFirst(rx(source, flags));
    return `new RegExp(${JSON.stringify(re.source)}, ${JSON.stringify(re.flags)})`;
  });

/**
 * Every match of a global (or sticky) regex, like `[...text.matchAll(re)]` but without the copy of
 * the regex that `matchAll` makes on each call (for large patterns that copy costs more than the search).
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/**
 * Basic Latin and the Russian letters (U+0400–U+045F): the characters most text is written in,
 * tested first by the classes of `commonFirst`.
 */
const COMMON = '\\x00-\\x7F\\u0400-\\u045F';
const inCommon = (c: number): boolean => c <= 0x7f || (c >= 0x400 && c <= 0x45f);
/** Ranges of a class that V8 still tests in the compiled pattern; a class of more is tested by a call into C++. */
const INLINE_RANGES = 16;

/** A class body character written so that it means itself. */
const classChar = (c: number): string => (/[\\\][^-]/.test(String.fromCharCode(c)) ? '\\' : '') + String.fromCharCode(c);

/** Ranges `lo`–`hi` as a class body. */
const classRange = (lo: number, hi: number): string => (lo === hi ? classChar(lo) : `${classChar(lo)}-${classChar(hi)}`);

/** One class body item: an escape, kept as written, or a range of characters written as themselves. */
const CLASS_ITEM = /\\(?:u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[pP]\{[^}]*\}|c[A-Za-z]|[^])|([^\\])(?:-([^\\]))?/g;

/**
 * A class of many ranges (its `body`, negated or not) as the same set written in two parts: its
 * Basic Latin and Russian characters with its escapes, in a class V8 tests inline, and the rest,
 * tried only for a character outside those two blocks. Null when the class is small, all common or
 * written in a way this does not read (a range to an escape, a character outside the Basic
 * Multilingual Plane).
 */
function commonFirstClass(body: string, negated: boolean): string | null {
  let common = '';
  let rest = '';
  let items = 0;
  // A range to or from an escape is not read here.
  if (/[^\\]-\\|\\[^]-[^\]]/.test(body)) return null;
  for (const m of body.matchAll(CLASS_ITEM)) {
    items++;
    if (m[1] === undefined) {
      common += m[0];
      continue;
    }
    const lo = m[1].charCodeAt(0);
    const hi = m[2] === undefined ? lo : m[2].charCodeAt(0);
    if ((lo >= 0xd800 && lo <= 0xdfff) || (hi >= 0xd800 && hi <= 0xdfff) || hi < lo) return null;
    // The range cut at the borders of the two common blocks.
    for (const [a, b] of [[lo, Math.min(hi, 0x7f)], [Math.max(lo, 0x80), Math.min(hi, 0x3ff)], [Math.max(lo, 0x400), Math.min(hi, 0x45f)], [Math.max(lo, 0x460), hi]] as const) {
      if (a > b) continue;
      if (inCommon(a)) common += classRange(a, b);
      else rest += classRange(a, b);
    }
  }
  if (items <= INLINE_RANGES || common === '' || rest === '') return null;
  return negated ? `(?:(?![${common}])(?:[${COMMON}]|[^${rest}]))` : `(?:[${common}]|(?![${COMMON}])[${rest}])`;
}

/** A character class of a regex source (its body may hold escapes, `]` included), or an escape outside one. */
const SOURCE_CLASS = /\\[^]|\[(\^?)((?:[^\\\]]|\\[^])*)\]/g;

/**
 * `re` with each class of more than sixteen items written as two classes, its Basic Latin and
 * Russian characters first (`commonFirstClass`): V8 tests a class of more ranges by a call into C++
 * for each character (≈3% of the instructions at 10,000 articles), and the letter classes of `rx`
 * (`\p{L}`, `\p{Lu}`, `\p{Ll}`) are such. The same characters match; a pattern under the `i` flag
 * (closed over case at compile time) is left as it is.
 */
export function commonFirst(re: RegExp): RegExp {
  if (re.flags.includes('i') || re.flags.includes('v')) return re;
  const source = re.source.replace(SOURCE_CLASS, (token: string, negated: string | undefined, body: string | undefined) =>
    body === undefined ? token : (commonFirstClass(body, negated === '^') ?? token),
  );
  return source === re.source ? re : new RegExp(source, re.flags);
}
