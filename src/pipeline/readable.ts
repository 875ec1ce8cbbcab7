/**
 * A readable view of messy text, of the same length as the text it reads: lines of a scanned page
 * or of wrapped wire copy joined, words hyphenated across a line end made whole, OCR's «0» for «О»,
 * known names and places capitalised in a text written without case, and Russian typed in Latin
 * letters read back into Cyrillic. The extractors read the view; every span they find is mapped
 * back to the raw text afterwards, so quotes and offsets point at what the article says.
 *
 * Each repair replaces a range of the text by a string no longer than it, padded with spaces at its
 * end, and records for every character of the view the raw character it came from. Ordinary
 * articles fail the cheap tests in `readableView` and get no view at all.
 */
import lexicon from './knowledge/reading-lexicon.json';
import { givenNames, officials, places } from './knowledge/index';
import { splitSentences } from './read';
import type { ArticleDoc, ArticleExtraction, Span } from './types';

/** The repaired text of one article and, for each of its characters, the raw character it stands for. */
export interface ReadableView {
  doc: ArticleDoc;
  /** `source[i]`: offset in the raw text of the view's character `i`. */
  source: Int32Array;
}

/** How the lines of a text end, counted by `lineEnds`. */
interface LineEnds {
  /** Line ends between two lines with text. */
  inner: number;
  /** Of those, ends inside a sentence: a letter, digit or comma, then a line going on in lower case or with a number. */
  broken: number;
  /** Words hyphenated across a line end (a letter, «-», then a lower-case letter). */
  hyphenated: number;
}

/** A lower-case letter by its code: Latin, Latin-1 and Cyrillic (the gate's test, without a string made). */
const lowerCode = (c: number) => (c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f) || c === 0x451 || (c >= 0xdf && c <= 0xff && c !== 0xf7);
/** A capital letter by its code: Latin, Latin-1 and Cyrillic. */
const upperCode = (c: number) => (c >= 65 && c <= 90) || (c >= 0x410 && c <= 0x42f) || c === 0x401 || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const digitCode = (c: number) => c >= 48 && c <= 57;
const blankCode = (c: number) => c === 32 || c === 9;

/** A line end before a line going on in lower case or with a number: where a sentence may be broken. */
const LOWER_LINE_START = /\n[ \t]*[a-zа-яё\d]/g;
/** A typed article has few lines starting in lower case: fewer than this, and its line ends are not counted. */
const WRAPPED_MIN_BROKEN = 8;

/**
 * Counts the kinds of line end of a text. Cheap for a typed article: native searches find the
 * few line ends before a lower-case line and the hyphens at a line end; the line ends are walked
 * one by one only in a text that has enough of them to be wrapped or scanned.
 */
function lineEnds(text: string): LineEnds {
  const out: LineEnds = { inner: 0, broken: 0, hyphenated: 0 };
  const hyphen = text.indexOf('-\n') >= 0;
  if (!hyphen) {
    let starts = 0;
    LOWER_LINE_START.lastIndex = 0;
    while (starts < WRAPPED_MIN_BROKEN && LOWER_LINE_START.test(text)) starts++;
    if (starts < WRAPPED_MIN_BROKEN) return out;
  }
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    let p = i - 1;
    while (p >= 0 && blankCode(text.charCodeAt(p))) p--;
    let n = i + 1;
    while (n < text.length && blankCode(text.charCodeAt(n))) n++;
    if (p < 0 || n >= text.length) continue;
    const before = text.charCodeAt(p);
    const after = text.charCodeAt(n);
    if (before === 10 || after === 10) continue;
    out.inner++;
    if (before === 45 && p === i - 1 && (lowerCode(text.charCodeAt(p - 1)) || upperCode(text.charCodeAt(p - 1))) && lowerCode(after)) out.hyphenated++;
    else if ((lowerCode(before) || upperCode(before) || digitCode(before) || before === 44) && (lowerCode(after) || digitCode(after))) out.broken++;
  }
  return out;
}

/** A line of wrapped copy this long (with its line end) is a full line of the wrap, not a headline. */
const FULL_LINE = 60;

/** A scanned page: words hyphenated across lines (no typed article breaks a word at a line end). */
const isScanned = (e: LineEnds) => e.hyphenated >= 2;
/** Wrapped copy: most lines end inside a sentence (a table or a stray line end or two does not count). */
const isWrapped = (e: LineEnds) => e.broken >= WRAPPED_MIN_BROKEN && e.broken * 5 >= e.inner * 2;

/** A length-preserving editor of a copy of the text. */
class Editor {
  readonly chars: string[];
  readonly source: Int32Array;
  constructor(readonly raw: string) {
    this.chars = raw.split('');
    this.source = new Int32Array(raw.length);
    for (let i = 0; i < raw.length; i++) this.source[i] = i;
  }
  /** Writes `text` over `[a, b)` (`from[k]` the raw offset of its character `k`) and pads the rest of the range with spaces. */
  replace(a: number, b: number, text: string, from: number[]): void {
    for (let i = a; i < b; i++) {
      const k = i - a;
      this.chars[i] = k < text.length ? text[k]! : ' ';
      this.source[i] = k < text.length ? from[k]! : b - 1;
    }
  }
  text(): string {
    return this.chars.join('');
  }
}

const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isLetter = (c: string | undefined) => c !== undefined && c.toLowerCase() !== c.toUpperCase();

const HYPHEN_HEADS = { ru: new Set(lexicon.hyphenHeads.ru), en: new Set(lexicon.hyphenHeads.en) };

/**
 * Joins lines broken inside a sentence (the line end becomes a space) and words hyphenated across a
 * line end (the word's tail moves up to its head; its hyphen stays only after a compound's first
 * part, «премьер-» + «министр», or before a capital). On a scanned page, and after a full-width line
 * of wrapped copy, a line ending in a lower-case word or a comma goes on before a capital too. Asked only of a text with such breaks.
 */
function joinBrokenLines(ed: Editor, lang: 'ru' | 'en', scanned: boolean): boolean {
  const raw = ed.raw;
  let changed = false;
  for (let i = raw.indexOf('\n'); i >= 0; i = raw.indexOf('\n', i + 1)) {
    let p = i - 1;
    while (p >= 0 && (raw[p] === ' ' || raw[p] === '\t')) p--;
    let n = i + 1;
    while (n < raw.length && (raw[n] === ' ' || raw[n] === '\t')) n++;
    const before = raw[p];
    const after = raw[n];
    if (before === undefined || after === undefined) continue;
    if (before === '-' && isLetter(raw[p - 1]) && isLower(after) && p === i - 1) {
      // The head: the letters before the hyphen.
      let h = p - 1;
      while (h >= 0 && isLetter(raw[h])) h--;
      const head = raw.slice(h + 1, p).toLowerCase();
      let t = n;
      while (t < raw.length && isLetter(raw[t])) t++;
      const keep = HYPHEN_HEADS[lang].has(head) || (lang === 'en' && isUpper(raw[h + 1] ?? ''));
      // `[p, t)`: the hyphen, the line end, any indent and the tail.
      const tail = raw.slice(n, t);
      const from: number[] = [];
      if (keep) from.push(p);
      for (let k = n; k < t; k++) from.push(k);
      ed.replace(p, t, (keep ? '-' : '') + tail, from);
      changed = true;
      continue;
    }
    // On a scanned page a line ending in a lower-case word or a comma goes on even before a capital (a name: «…и\nИ.Петров»).
    // So does a full-width line of wrapped copy («…told reporters on\nSaturday»).
    const full = scanned || i - raw.lastIndexOf('\n', i - 1) > FULL_LINE;
    if (isBrokenAt(before, after) || (full && (isLower(before) || before === ',') && isUpper(after))) {
      ed.replace(i, i + 1, ' ', [i]);
      changed = true;
    }
  }
  return changed;
}

function isBrokenAt(before: string, after: string): boolean {
  const endsMid = isLetter(before) || (before >= '0' && before <= '9') || before === ',';
  return endsMid && (isLower(after) || (after >= '0' && after <= '9'));
}

/**
 * OCR's digit «0» read for the letter «О» in Russian text: «0» before a Cyrillic letter, or alone
 * between two Russian words (the preposition «о»). Capital after a full stop or at a line start.
 */
function zeroAsO(ed: Editor): void {
  const raw = ed.raw;
  for (let i = raw.indexOf('0'); i >= 0; i = raw.indexOf('0', i + 1)) {
    const prev = raw[i - 1] ?? '\n';
    const next = raw[i + 1] ?? '';
    if (/[\d.,]/.test(prev) && !(prev === '.' && /[а-яё]/.test(raw[i - 2] ?? ''))) continue;
    const cyrNext = /[а-яё]/i.test(next);
    const alone = next === ' ' && prev === ' ' && /[а-яё]/.test(raw[i - 2] ?? '') && /[а-яё]/.test(raw[i + 2] ?? '');
    if (!cyrNext && !alone) continue;
    if (cyrNext && isLetter(prev)) continue;
    const capital = prev === '.' || prev === '\n' || (cyrNext && isUpper(next));
    ed.replace(i, i + 1, capital ? 'О' : 'о', [i]);
  }
}

/** A full stop (or «!», «?») and a capital after it: the mark of a text written with case. */
const CASED_STOP = /[.!?]["»)]?[ \n]+[A-ZА-ЯЁ]/g;

/** True when the text shows a lower-case word, a full stop and a capital after it within `head` characters. */
function hasCasedStop(text: string, head: number): boolean {
  CASED_STOP.lastIndex = 0;
  for (let m = CASED_STOP.exec(text); m && m.index < head; m = CASED_STOP.exec(text)) if (lowerCode(text.charCodeAt(m.index - 1))) return true;
  return false;
}

/**
 * True for a text written without case: few of its words of four letters or more are capitalised
 * (typed text has one in seven or more: sentence starts and names). The cheap test first: a typed
 * text shows a full stop before a capital in its first lines.
 */
function isCaseless(text: string): boolean {
  if (hasCasedStop(text, 1500)) return false;
  let words = 0;
  let titled = 0;
  let len = 0;
  let firstUpper = false;
  let restLower = true;
  const end = Math.min(text.length, 6000);
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    const lower = lowerCode(c);
    if (lower || upperCode(c)) {
      if (len === 0) firstUpper = !lower;
      else if (!lower) restLower = false;
      len++;
      continue;
    }
    if (len >= 4) {
      words++;
      if (firstUpper && restLower) titled++;
    }
    len = 0;
    restLower = true;
  }
  return words >= 60 && titled * 12 < words;
}

let nameStems: Set<string> | null = null;
/** Lower-case stems of known officials' names and of places (their last vowel cut, so inflected forms match), four letters or more. */
function knownNameStems(): Set<string> {
  if (nameStems) return nameStems;
  const words: string[] = [];
  for (const o of officials) words.push(...o.nameRu.split(/\s+/), ...o.nameEn.split(/\s+/), ...(o.altRu ?? []).flatMap((n) => n.split(/\s+/)), ...(o.altEn ?? []).flatMap((n) => n.split(/\s+/)));
  for (const g of givenNames) words.push(g.ru, ...(g.altRu ?? []));
  for (const p of places) {
    words.push(...p.nameRu.split(/\s+/), ...p.nameEn.split(/\s+/));
    for (const a of p.aliases) if (!a.name.includes(' ')) words.push(a.name);
  }
  nameStems = new Set(
    words
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w.toLowerCase().replace(/[аеёиоуыэюяйьaeiouy]$/u, ''))
      .filter((s) => s.length >= 4),
  );
  return nameStems;
}

/** True when a lower-case word is a known name or place in some inflected form: its stem plus at most three letters. */
function isKnownName(word: string, stems: Set<string>): boolean {
  for (let cut = 0; cut <= 3 && word.length - cut >= 4; cut++) if (stems.has(word.slice(0, word.length - cut))) return true;
  return false;
}

/**
 * A text written without case (a forum thread in lower case, lines in capitals): the words of a
 * line in capitals are lowered (an acronym of up to three letters stays), and known officials'
 * names and places, and each line's first word, get their capital back, so that the matchers that
 * look for capitalised names find them. An all-capitals word in a lower-case line is an acronym.
 */
function restoreCase(ed: Editor): void {
  const raw = ed.raw;
  const stems = knownNameStems();
  const word = /\p{L}+/gu;
  let lineStart = -1;
  let lineCaps = false;
  for (let m = word.exec(raw); m; m = word.exec(raw)) {
    const w = m[0];
    const at = m.index;
    const ls = raw.lastIndexOf('\n', at - 1) + 1;
    if (ls !== lineStart) {
      lineStart = ls;
      const le = raw.indexOf('\n', at);
      const line = raw.slice(ls, le < 0 ? raw.length : le);
      lineCaps = line !== line.toUpperCase() ? false : line !== line.toLowerCase();
    }
    const lower = w.toLowerCase();
    // A line's first word, or a word after «.», «!» or «?».
    const first = /^[\s"«(]*$/.test(raw.slice(ls, at)) || /[.!?]["»)]?\s+$/.test(raw.slice(Math.max(ls, at - 4), at));
    const allCaps = w === w.toUpperCase();
    // Mixed case («Bishkek_Boy») acronyms in a lower-case line and three-letter words in capitals («ГЭС») stay as written.
    if (!allCaps && w !== lower) continue;
    if (allCaps && (!lineCaps || (w.length === 3 && !first))) continue;
    const out = first || isKnownName(lower, stems) ? lower[0]!.toUpperCase() + lower.slice(1) : lower;
    if (out === w) continue;
    const from: number[] = [];
    for (let k = 0; k < w.length; k++) from.push(at + k);
    ed.replace(at, at + w.length, out, from);
  }
}

const TRANSLIT_WORDS = new Set(lexicon.translitWords);
/** The short words of Russian typed in Latin letters, counted to tell it from English. */
const LATIN_WORD = /[A-Za-z']+/g;

/** True when a Latin-letter text reads as Russian: many of its words are Russian function words. */
function isTranslit(text: string): boolean {
  if (!text.includes(' v ') || !text.includes(' na ')) return false;
  let hits = 0;
  let words = 0;
  LATIN_WORD.lastIndex = 0;
  for (let m = LATIN_WORD.exec(text); m; m = LATIN_WORD.exec(text)) {
    words++;
    if (TRANSLIT_WORDS.has(m[0].toLowerCase())) hits++;
  }
  return hits >= 8 && hits * 12 >= words;
}

/** Latin letter groups and the Cyrillic letters they stand for, longest first (reading-lexicon.json). */
const TRANSLIT = lexicon.translitLetters as [string, string][];
const E_STARTS = lexicon.translitE;
const END_I_AFTER = lexicon.translitEndI;
const VOWELS = 'aeiouy';

/** One Latin word read as Russian, with the raw offset (within the word) of each Cyrillic letter. */
export function cyrillicOf(word: string): { text: string; from: number[] } {
  const lw = word.toLowerCase();
  let out = '';
  const from: number[] = [];
  for (let i = 0; i < lw.length; ) {
    const c = lw[i]!;
    let cyr = '';
    let len = 1;
    if (c === "'") cyr = /[eyo]/.test(lw[i + 1] ?? '') && i > 0 ? 'ъ' : 'ь';
    else if (c === 'e' && i === 0 && E_STARTS.some((s) => lw.startsWith(s))) cyr = 'э';
    else if (c === 'i' && i > 0 && VOWELS.includes(lw[i - 1]!) && !(lw[i - 1] === 'i' && i === lw.length - 1 && !END_I_AFTER.some((s) => lw.slice(0, i - 1).endsWith(s)))) cyr = 'й';
    else {
      for (const [lat, c2] of TRANSLIT) {
        if (lw.startsWith(lat, i)) {
          cyr = c2;
          len = lat.length;
          break;
        }
      }
    }
    if (!cyr) cyr = word[i]!;
    const upper = word[i] !== lw[i];
    out += upper ? cyr.toUpperCase() : cyr;
    from.push(i);
    i += len;
  }
  return { text: out, from };
}

/** Reads every Latin word of a text as Russian typed in Latin letters. */
function readTranslit(ed: Editor): void {
  const raw = ed.raw;
  const word = /[A-Za-z][A-Za-z']*/g;
  for (let m = word.exec(raw); m; m = word.exec(raw)) {
    const w = m[0].replace(/'+$/, (q) => (m![0].length > q.length ? q : ''));
    const { text, from } = cyrillicOf(w);
    ed.replace(m.index, m.index + w.length, text, from.map((k) => m!.index + k));
  }
}

/**
 * The article's readable view, or null when its text needs no repair (the common case: a few
 * native scans decide it). A view is made for a text with lines broken inside sentences or words
 * hyphenated across lines, a text written without case, or Russian typed in Latin letters.
 */
export function readableView(doc: ArticleDoc): ReadableView | null {
  const text = doc.text;
  const ends = lineEnds(text);
  const scanned = isScanned(ends);
  const broken = scanned || isWrapped(ends);
  const caseless = isCaseless(text);
  const translit = doc.language === 'en' && isTranslit(text);
  if (!broken && !caseless && !translit) return null;
  const ed = new Editor(text);
  const language = translit ? 'ru' : doc.language;
  if (translit) readTranslit(ed);
  let repaired = translit || caseless;
  if (broken && joinBrokenLines(ed, doc.language, scanned)) repaired = true;
  if (scanned && language === 'ru' && text.includes('0')) zeroAsO(ed);
  if (caseless) restoreCase(ed);
  if (!repaired) return null;
  const viewText = ed.text();
  const view: ArticleDoc = { ...doc, text: viewText, sentences: splitSentences(viewText, { tightStops: scanned }), language };
  return { doc: view, source: ed.source };
}

/** A span of the view mapped back to the raw text. */
function mapSpan(span: Span, source: Int32Array, raw: string): void {
  const start = span.start < source.length ? source[span.start]! : raw.length;
  const end = span.end > 0 ? Math.min(raw.length, source[span.end - 1]! + 1) : 0;
  span.start = start;
  span.end = Math.max(start, end);
  span.text = raw.slice(span.start, span.end);
}

/** The extraction of a view, with every quote and offset mapped back to the raw article. */
export function backToRaw(x: ArticleExtraction, view: ReadableView, raw: ArticleDoc): ArticleExtraction {
  const seen = new Set<Span>();
  const map = (s: Span | null | undefined) => {
    if (!s || seen.has(s)) return;
    seen.add(s);
    mapSpan(s, view.source, raw.text);
  };
  for (const p of x.people) for (const m of p.mentions) map(m);
  for (const f of x.figures) map(f.quote);
  for (const m of x.milestones) map(m.quote);
  map(x.date.span);
  return { ...x, doc: raw };
}
