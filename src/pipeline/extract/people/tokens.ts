/** Word tokens of an article with offsets, sentence index and the shape facts the matchers need. */
import type { ArticleDoc } from '../../types';
import { LETTER, rx } from '../regex';
import { lowerSameLength } from '../lower';

/** One word of the text (letters, inner hyphens kept: «Верхне-Нарынского», «вице-премьер»). */
export interface Token {
  text: string;
  /** Lower case, ё folded to е. */
  key: string;
  start: number;
  end: number;
  /** Index into `doc.sentences`, or -1 outside every sentence. */
  sent: number;
  /** First letter upper case and at least one lower-case letter (not an acronym such as «РФ»). */
  cap: boolean;
}

/**
 * The letters of a word (`rx`'s `\p{L}`, all in the Basic Multilingual Plane), one flag per UTF-16
 * unit, built once. Words are found with this table instead of the regex `\p{L}+(?:[-‐]\p{L}+)*`:
 * an exec and a match array per word made tokenizing ≈30 ms of people's ≈90 ms per 1,000 articles.
 */
const LETTERS = letterTable();

/** `LETTER`'s ranges («a-z», «\u00C0-\u00D6») and single letters, parsed into the table (a regex test per code unit took 46 ms). */
function letterTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const unit = (s: string) => (s.length === 1 ? s.charCodeAt(0) : parseInt(s.slice(2), 16));
  for (const m of LETTER.matchAll(/(\\u[\dA-F]{4}|[^\\])(?:-(\\u[\dA-F]{4}|[^\\]))?/gi)) table.fill(1, unit(m[1]!), unit(m[2] ?? m[1]!) + 1);
  return table;
}

/** True for a letter of a word: the same characters as `rx`'s `\p{L}`. */
export const isLetter = (c: number): boolean => LETTERS[c] === 1;

/** Apostrophe or right single quote: «O'Brien», «д’Эстен» are one word when a capital follows a prefix of one or two letters. */
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

/** A capital followed by a lower-case letter at `i` («Brien»; not the «M» of "I'M"). */
const namePartAt = (text: string, i: number) => isUpper(text.charCodeAt(i)) && LETTERS[text.charCodeAt(i + 1)] === 1 && !isUpper(text.charCodeAt(i + 1));

/** Hyphen-minus or hyphen, joining the parts of a word («вице-премьер»). */
const isHyphen = (c: number) => c === 0x2d || c === 0x2010;

/** End of the word starting at `i` (a letter): letters, and more letters after each inner hyphen. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  for (;;) {
    while (i < n && LETTERS[text.charCodeAt(i)] === 1) i++;
    if (i + 1 < n && isHyphen(text.charCodeAt(i)) && LETTERS[text.charCodeAt(i + 1)] === 1) i += 2;
    else return i;
  }
}
const HAS_LOWER = rx(/\p{Ll}/u);

/** Upper-case letter test without allocating: Latin, Russian and Kyrgyz capitals by code, others via toLowerCase. */
export function isUpper(c: number): boolean {
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c >= 0x410 && c <= 0x42f) return true;
  if (c < 0x80 || (c >= 0x430 && c <= 0x44f)) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

/** True when a word has a lower-case letter: Latin and Russian ones by code, others via the class. */
function hasLower(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f) || c === 0x451) return true;
  }
  return HAS_LOWER.test(word);
}

/**
 * The only characters of the Basic Multilingual Plane that are a letter (`LETTER`) and whose lower
 * case is not, or the other way round: Ohm, Kelvin and Angstrom signs, «Ᵽ», «Ᵹ», «Ꭓ», «Ᶎ» (see the test).
 */
const LETTER_CHANGES_WHEN_LOWERED = ['\u2126', '\u212A', '\u212B', '\u2C63', '\uA77D', '\uA7B3', '\uA7C6'];

/**
 * True when the words of `text` stand where the letters of `lower` (its `lowerSameLength`) do: the
 * text has none of the characters above. The article's text is a slice of the decoded file, and
 * reading it character by character costs half again as much as the flat lower-case copy (≈9.5 →
 * 6 ms per 1,000 articles).
 */
function wordsOfLower(text: string, lower: string): boolean {
  // A search for each character, not a regex of the seven: V8 looks for one character with a native byte search, where
  // the regex tests the class at every position (≈16 → 6.5 M instructions per 1,000 articles).
  return lower.length === text.length && !LETTER_CHANGES_WHEN_LOWERED.some((c) => text.includes(c));
}

/** Normalised lookup key of a word: lower case, ё → е. */
export function wordKey(w: string): string {
  return foldYo(w.toLowerCase());
}

const foldYo = (l: string) => (l.includes('ё') ? l.replace(/ё/g, 'е') : l);
const same = (l: string) => l;

/**
 * Splits the text into word tokens in one pass, tagging each with its sentence. `lower` is the text in
 * lower case (`lowerSameLength`), lowered once for the article instead of once per capitalised word.
 */
export function tokenize(doc: ArticleDoc, lower = lowerSameLength(doc.text)): Token[] {
  const out: Token[] = [];
  // A word's key is its slice of `lower` (lower case maps each character on its own, Greek final sigma
  // aside, in no key looked up), but for a word with «İ», the one letter whose lower case is longer.
  const sents = doc.sentences;
  // Asked once of the article, not of each word: most have no «ё» (then no key needs folding) and no «İ».
  const fold = lower.includes('ё') ? foldYo : same;
  const dotted = lower.includes('İ');
  let s = 0;
  const all = doc.text;
  const labels = speakerLabels(all);
  let label = 0;
  const scanned = wordsOfLower(all, lower) ? lower : all;
  for (let start = 0; start < all.length; start++) {
    if (LETTERS[scanned.charCodeAt(start)] !== 1) continue;
    let end = wordEnd(scanned, start);
    // `end + 2 < length` first: a short word ending the text had its next characters read past the end, which threw
    // away the optimised code of this function (`--trace-deopt`: "out of bounds").
    if (end - start <= 2 && end + 2 < all.length && isApostrophe(all.charCodeAt(end)) && namePartAt(all, end + 1)) end = wordEnd(scanned, end + 1);
    while (s < sents.length && sents[s]!.end <= start) s++;
    const sent = s < sents.length && sents[s]!.start <= start ? s : -1;
    let text = all.slice(start, end);
    const upper = isUpper(text.charCodeAt(0));
    // Words starting lower case are (nearly always) lower case throughout: skip toLowerCase for them.
    const key = upper ? (dotted && text.includes('İ') ? wordKey(text) : fold(lower.slice(start, end))) : fold(text);
    let cap = upper && hasLower(text);
    // "DMITRY MEDVEDEV: Good." — a transcript's speaker label in capitals is read as the words written normally.
    if (upper && !cap && text.length > 2) {
      while (label < labels.length && labels[label]![1] <= start) label++;
      if (label < labels.length && labels[label]![0] <= start) {
        text = text[0] + text.slice(1).toLowerCase();
        cap = true;
      }
    }
    out.push({ text, key, start, end, sent, cap });
    start = end;
  }
  return out;
}

/**
 * A transcript's speaker label: a line that opens with two to eight words in capitals and a colon before the speech
 * ("PRESIDENT DMITRY MEDVEDEV: Mr President, …", "DMITRY MEDVEDEV: Good."), tried at a line's start (sticky).
 */
const SPEAKER_LABEL_AT = /[A-ZА-ЯЁ][A-ZА-ЯЁ'’.-]*(?:[ \t]+[A-ZА-ЯЁ][A-ZА-ЯЁ'’.-]*){1,7}(?=:[ \t]+\S)/uy;

/** A character a speaker label is made of (`[A-ZА-ЯЁ'’.-]` or the space or tab between its words), by code. */
const isLabelChar = (c: number) =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f) || c === 0x401 || c === 0x20 || c === 0x09 || c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d;
/** A line break after which a multiline `^` matches («\n», «\r», U+2028, U+2029). */
const isLineBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/**
 * The [start, end) spans of the text's speaker labels, in order (none for most articles): a line's start, then label
 * characters only up to a colon. A label holds no colon, so only the line's first colon can end one: each colon is
 * walked back over label characters, and the label pattern is tried where that walk reaches a line's start — not at
 * every position of the text by a multiline regex (1,409 colons in the 1.56 M characters of the 1,000 bench texts).
 */
export function speakerLabels(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let at = colon;
    while (at > 0 && isLabelChar(text.charCodeAt(at - 1))) at--;
    if (at === colon || (at > 0 && !isLineBreak(text.charCodeAt(at - 1)))) continue;
    SPEAKER_LABEL_AT.lastIndex = at;
    const m = SPEAKER_LABEL_AT.exec(text);
    if (m) out.push([at, at + m[0].length]);
  }
  return out;
}

/** True when only spaces or tabs separate two tokens (no punctuation, no line break). */
export function adjacent(text: string, a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b || b.start < a.end) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return b.start - a.end <= 3;
}
