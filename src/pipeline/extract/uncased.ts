/**
 * Case-insensitive patterns written out with their case: `uncasedSource` turns the source of a
 * regex meant for the `iu` flags into one that matches the same under `u` alone («товар» →
 * «[тТ][оО][вВᲀ][аА][рР]», a class closed over its case partners).
 *
 * Why: under `iu`, V8 asks ICU for the case closure of every letter and every class of a pattern,
 * each time it parses the pattern (at construction, then once per compilation for one-byte and for
 * two-byte text): ≈0.7 G instructions of a 1,000-article run went to ICU's `UnicodeSet` for the
 * project's few hundred `iu` patterns, most of it for the same letters and the same `\p{L}` class.
 * Written out here, each distinct letter and class is closed once per process. V8 matches a letter
 * of an `iu` pattern through the same closed class, so the compiled matchers do the same work.
 *
 * The case partners are those of ICU's closure as V8 uses it (simple and full case folding, strings
 * dropped): a letter's lower and upper case, and a few partners neither reaches (`PARTNERS`); the
 * tests compare them with the `iu` flag itself for every character of the Basic Multilingual Plane.
 * A pattern with a construct whose meaning under `i` is not a set of characters — a backreference,
 * `\b`, `\B`, `\W` inside a class, a property escape, a character outside the BMP — gets null and
 * keeps its `i` flag.
 */
import { prebuiltUncased } from './prebuilt-uncased';

/** Pairs of case partners that lower- and upper-casing one character do not reach from the other. */
const PARTNERS: [number, number][] = [
  [0x017f, 0x73], // ſ s
  [0x212a, 0x6b], // Kelvin sign, k
  [0x212b, 0xe5], // Ångström sign, å
  [0x2126, 0x3c9], // Ohm sign, ω
  [0x1e9e, 0xdf], // ẞ ß
  [0x01c5, 0x01c6], // ǅ ǆ (title case)
  [0x01c8, 0x01c9],
  [0x01cb, 0x01cc],
  [0x01f2, 0x01f3],
  [0x0345, 0x3b9], // combining ypogegrammeni, ι
  [0x1fbe, 0x3b9],
  [0x1fd3, 0x390],
  [0x1fe3, 0x3b0],
  [0x03d0, 0x3b2], // Greek symbol forms: ϐ β, ϵ ε, ϑ θ, ϴ θ, ϰ κ, µ μ, ϖ π, ϱ ρ, ς σ, ϕ φ
  [0x03f5, 0x3b5],
  [0x03d1, 0x3b8],
  [0x03f4, 0x3b8],
  [0x03f0, 0x3ba],
  [0x00b5, 0x3bc],
  [0x03d6, 0x3c0],
  [0x03f1, 0x3c1],
  [0x03c2, 0x3c3],
  [0x03d5, 0x3c6],
  [0x1c80, 0x432], // old Cyrillic letter forms: в д о с т т ъ ѣ ꙋ
  [0x1c81, 0x434],
  [0x1c82, 0x43e],
  [0x1c83, 0x441],
  [0x1c84, 0x442],
  [0x1c85, 0x442],
  [0x1c86, 0x44a],
  [0x1c87, 0x463],
  [0x1c88, 0xa64b],
  [0x1e9b, 0x1e61], // ẛ ṡ
  [0xfb05, 0xfb06], // ﬅ ﬆ
  [0x1fbc, 0x1fb3], // Greek title-case letters with ypogegrammeni
  [0x1fcc, 0x1fc3],
  [0x1ffc, 0x1ff3],
  ...[0x1f80, 0x1f90, 0x1fa0].flatMap((base) => Array.from({ length: 8 }, (_, i): [number, number] => [base + 8 + i, base + i])),
];

/** Each character of `PARTNERS` with the characters paired with it. */
const PAIRED = new Map<number, number[]>();
for (const [a, b] of PARTNERS) {
  PAIRED.set(a, [...(PAIRED.get(a) ?? []), b]);
  PAIRED.set(b, [...(PAIRED.get(b) ?? []), a]);
}

/** A character, its lower and upper case and theirs (those of one character). Dotless ı has no partner under `iu`. */
function reach(c: number, into: Set<number>): void {
  const s = String.fromCharCode(c);
  into.add(c);
  if (c === 0x131) return;
  for (const x of [s.toLowerCase(), s.toUpperCase(), s.toUpperCase().toLowerCase(), s.toLowerCase().toUpperCase()]) {
    if (x.length === 1) into.add(x.charCodeAt(0));
  }
}

/** Every character that matches `c` under the `iu` flags (`c` included), for a character of the BMP. */
export function casePartners(c: number): number[] {
  const out = new Set<number>();
  reach(c, out);
  for (const x of [...out]) for (const p of PAIRED.get(x) ?? []) reach(p, out);
  for (const x of [...out]) for (const p of PAIRED.get(x) ?? []) out.add(p);
  return [...out].sort((a, b) => a - b);
}

/** Characters whose case partners are not just their lower and upper case (`PARTNERS`, dotless ı, dotted İ). */
const SPECIAL = new Set<number>([...PAIRED.keys(), 0x130, 0x131]);

/** Each character's `partnerClass`, made on first use. */
const partnerClasses = new Map<number, string>();

/** A character as written if it has no case partner, else the class of its partners (the characters themselves: no letter is special in a class). */
function partnerClass(c: number): string {
  let out = partnerClasses.get(c);
  if (out === undefined) {
    const partners = casePartners(c);
    out = partners.length === 1 ? String.fromCharCode(c) : `[${String.fromCharCode(...partners)}]`;
    partnerClasses.set(c, out);
  }
  return out;
}

/** Runs of letters written out with their case: made once per run (a few hundred words recur across the patterns). */
const runs = new Map<string, string>();

/** A run of letters (and other characters outside ASCII) with each letter replaced by the class of its case partners. */
function runSource(run: string): string {
  let out = runs.get(run);
  if (out !== undefined) return out;
  // Most letters have only their lower and upper case as partners: both strings, made natively for the run.
  const lower = run.toLowerCase();
  const upper = run.toUpperCase();
  const aligned = lower.length === run.length && upper.length === run.length;
  out = '';
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (!aligned || SPECIAL.has(c) || SPECIAL.has(lower.charCodeAt(i)) || SPECIAL.has(upper.charCodeAt(i))) out += partnerClass(c);
    else if (lower[i] === upper[i]) out += run[i];
    else out += `[${lower[i]}${upper[i]}]`;
  }
  runs.set(run, out);
  return out;
}

/** An item of a class: an escape or one character. */
const CLASS_ITEM = /\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})|\\c([A-Za-z])|\\([pPwWdDsSbBk1-9])|\\([^])|([^])/g;

/** Class bodies (without the brackets and a leading `^`) closed over case: made once per body. */
const closedBodies = new Map<string, string | null>();

/** `body` and the case partners of its characters; null when it holds something not handled here. */
function closeBody(body: string): string | null {
  let out = closedBodies.get(body);
  if (out !== undefined) return out;
  out = closeBodyOnce(body);
  closedBodies.set(body, out);
  return out;
}

function closeBodyOnce(body: string): string | null {
  // Characters in order (-1 for a class escape: \d, \s and their complements hold no letters to close over), and
  // which of them is a `-` written as it is (a range's dash).
  const items: number[] = [];
  const dash: boolean[] = [];
  let extra = '';
  CLASS_ITEM.lastIndex = 0;
  for (let m = CLASS_ITEM.exec(body); m; m = CLASS_ITEM.exec(body)) {
    const [, braced, u4, x2, ctrl, esc, other, plain] = m;
    let c: number;
    if (braced !== undefined) c = parseInt(braced, 16);
    else if (u4 !== undefined) c = parseInt(u4, 16);
    else if (x2 !== undefined) c = parseInt(x2, 16);
    else if (ctrl !== undefined) c = ctrl.charCodeAt(0) % 32;
    else if (esc !== undefined) {
      if (esc === 'b') c = 8;
      else if ('dDsS'.includes(esc)) c = -1;
      else if (esc === 'w') {
        // Under `iu`, \w also holds ſ and the Kelvin sign (they fold to s and k).
        extra += '\\u017F\\u212A';
        c = -1;
      } else return null;
    } else if (other !== undefined) c = ESCAPED[other] ?? other.charCodeAt(0);
    else c = plain!.charCodeAt(0);
    if (c > 0xffff || (c >= 0xd800 && c <= 0xdfff)) return null;
    items.push(c);
    dash.push(plain === '-');
  }
  const added = new Set<number>();
  for (let i = 0; i < items.length; i++) {
    const c = items[i]!;
    const to = items[i + 2];
    // A range: «a», «-», «z» (a `-` first or last, or next to a class escape, is the character).
    if (c >= 0 && dash[i + 1] && to !== undefined && to >= 0) {
      for (const p of rangePartners(c, to)) added.add(p);
      i += 2;
    } else if (c >= 0) for (const p of casePartners(c)) added.add(p);
  }
  // Partners already in the class need not be added: one native test of the class as written.
  const written = new RegExp(`[${body}]`, 'u');
  const partners = [...added].filter((c) => !written.test(String.fromCharCode(c))).sort((a, b) => a - b);
  // A `-` at the end would make a range with the first character added after it.
  const open = dash[dash.length - 1] ? `${body.slice(0, -1)}\\-` : body;
  return open + extra + String.fromCharCode(...partners);
}

/** The character of each control escape of a class (`\n`, `\0`, …). */
const ESCAPED: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };

/** The case partners of a range's characters: the same ranges (the letter blocks) recur in most patterns. */
const closedRanges = new Map<number, number[]>();

function rangePartners(from: number, to: number): number[] {
  const key = from * 0x10000 + to;
  let out = closedRanges.get(key);
  if (!out) {
    const set = new Set<number>();
    const add = (p: number) => {
      if (p < from || p > to) set.add(p);
    };
    for (let x = from; x <= to; x++) {
      // Most characters have only their lower and upper case as partners: no set made for them.
      const s = String.fromCharCode(x);
      const lower = s.toLowerCase();
      const upper = s.toUpperCase();
      const l = lower.charCodeAt(0);
      const u = upper.charCodeAt(0);
      if (lower.length !== 1 || upper.length !== 1 || SPECIAL.has(x) || SPECIAL.has(l) || SPECIAL.has(u)) casePartners(x).forEach(add);
      else {
        add(l);
        add(u);
      }
    }
    out = [...set];
    closedRanges.set(key, out);
  }
  return out;
}

/** What `uncasedSource` rewrites: escapes, classes, group names (left as they are) and letters. */
const SOURCE_PART = /\\u\{[0-9a-fA-F]+\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\c[A-Za-z]|\\[^]|\[(?:\\[^]|[^\\\]])*\]|\(\?<[^=!][^>]*>|[A-Za-z\xB5-\uFFFF]+/g;

/**
 * The source of a regex matching under the `u` flag what `source` matches under `iu`, or null
 * when `source` holds a construct whose case-insensitive meaning is not written out here.
 */
export function uncasedSource(source: string): string | null {
  const known = madeSources.get(source);
  if (known !== undefined) return known;
  const made = rewrite(source);
  madeSources.set(source, made);
  return made;
}

/**
 * Each pattern source `uncasedSource` was asked for in this process, with its answer: the launcher
 * writes these out after loading the pipeline (`prebuiltUncasedJson`), so that a compiled run starts
 * with the rewrites of every pattern its modules make at import.
 */
export const uncasedSources = (): [string, string | null][] => [...madeSources];

const madeSources = new Map<string, string | null>(prebuiltUncased ? prebuiltUncased() : []);

function rewrite(source: string): string | null {
  if (/[\uD800-\uDFFF]/.test(source)) return null;
  let ok = true;
  const out = source.replace(SOURCE_PART, (part) => {
    if (part[0] !== '\\' && part[0] !== '[' && part[0] !== '(') return runSource(part);
    if (part[0] === '[') {
      const negated = part[1] === '^';
      const body = closeBody(part.slice(negated ? 2 : 1, -1));
      if (body === null) ok = false;
      return `[${negated ? '^' : ''}${body ?? ''}]`;
    }
    if (part[0] === '(') return part;
    // An escape outside a class.
    const e = part[1]!;
    if (e === 'w') return '[\\w\\u017F\\u212A]';
    if (e === 'W') return '[^\\w\\u017F\\u212A]';
    if ('bBkpP123456789'.includes(e)) ok = false;
    if (e === 'u' || e === 'x' || e === 'c') {
      const c = e === 'c' ? part.charCodeAt(2) % 32 : parseInt(part.slice(part[2] === '{' ? 3 : 2).replace('}', ''), 16);
      if (c > 0xffff || (c >= 0xd800 && c <= 0xdfff)) ok = false;
      else {
        if (casePartners(c).length > 1) return partnerClass(c);
      }
    }
    return part;
  });
  return ok ? out : null;
}
