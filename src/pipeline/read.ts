/**
 * Reading one article: bytes → text (encoding detection), header / front matter, body,
 * sentences with offsets, language. Pure: the caller passes the bytes and the file name.
 */
import { isUtf8, transcode } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Language } from '../schema/dataset';
import type { ArticleDoc, Sentence } from './types';
import { rx } from './extract/regex';

const SENTENCE_START = rx(/[\p{Lu}\d«"“„(—–-]/u);

/** Result of decoding a file's bytes. */
export interface Decoded {
  text: string;
  /** Encoding found, e.g. `utf-8`, `windows-1251`, `utf-16le`. */
  encoding: string;
  /** Set when the bytes are not text at all. */
  binary: boolean;
}

/**
 * Valid UTF-8 as text, else null. The bytes are checked (`isUtf8`) and converted to UTF-16 (`transcode`), both by
 * Node's SIMD routines, then copied into a string: a quarter of the instructions of a strict `TextDecoder`, whose two
 * passes per byte in V8 (length, then decoding) cost ≈1 G instructions at 10,000 articles. Valid UTF-8 has one
 * decoding, so the text is the same; the check rejects what a strict decoder does (overlong forms, surrogates, code
 * points above U+10FFFF, cut sequences).
 */
function strictUtf8(bytes: Uint8Array): string | null {
  return isUtf8(bytes) ? transcode(bytes, 'utf8', 'ucs2').toString('ucs2') : null;
}

/** Decodes bytes to text: BOMs first, then UTF-8 if valid, else the detected single-byte or UTF-16 encoding. */
export function decode(bytes: Uint8Array): Decoded {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(b.subarray(3)), encoding: 'utf-8 (BOM)', binary: false };
  }
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(b.subarray(2)), 'utf-16le'), encoding: 'utf-16le', binary: false };
  }
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(b.subarray(2)), 'utf-16be'), encoding: 'utf-16be', binary: false };
  }
  const sample = b.subarray(0, Math.min(b.length, 4096));
  const nuls = countNuls(sample);
  if (nuls > 0) {
    // UTF-16 without BOM: every other byte of Latin/Cyrillic text is a fixed high byte; NULs in one lane.
    const guess = chardet.detect(sample);
    if (guess && /^UTF-16/i.test(guess) && nuls >= sample.length / 8) {
      const enc = guess.toLowerCase();
      return { text: iconv.decode(Buffer.from(b), enc), encoding: enc, binary: false };
    }
    return { text: '', encoding: 'binary', binary: true };
  }
  const utf8 = strictUtf8(b);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', binary: false };
  const guess = (chardet.detect(sample) ?? 'windows-1251').toLowerCase();
  // Cyrillic single-byte text is almost always cp1251 here; chardet sometimes says koi8-r or iso-8859-x.
  const enc = /1251|koi8|8859-5|ibm866/.test(guess) ? guess : 'windows-1251';
  const text = iconv.decode(Buffer.from(b), enc);
  return { text, encoding: enc, binary: looksBinary(text) };
}

function countNuls(bytes: Uint8Array): number {
  // Most files have none: a native search first, then an indexed count (no iterator per byte).
  // Buffer's indexOf (memchr) over the same memory, not Uint8Array's includes (a loop): 10,000
  // 4 KB samples took 5–16 ms instead of 22–42 ms warm, and 142 ms in a cold bundler run.
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(0) < 0) return 0;
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) n++;
  return n;
}


/** True when decoded text is mostly control characters (an image renamed `.txt`). */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  // By UTF-16 unit: a surrogate (of a pair or alone) is never one of these, so the count is that of the code points.
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

/** Header keys the reader understands. */
const HEADER_KEYS = new Set(['date', 'source', 'url', 'title', 'lang', 'language', 'author', 'outlet', 'place']);

/** Result of splitting a file's text into header and body. */
export interface HeaderSplit {
  header: Record<string, string>;
  /** Offset in the normalised text where the body starts. */
  bodyStart: number;
  /** Messages about a header that was there but could not be read whole. */
  warnings: string[];
}

/**
 * Splits header from body. Three forms: `key: value` lines ending at a blank line, YAML front
 * matter between `---` lines, and an inline `date YYYY-MM-DD` before the first words of the body.
 */
export function splitHeader(text: string): HeaderSplit {
  const warnings: string[] = [];
  const header: Record<string, string> = {};
  const lead = text.match(/^\s*/)?.[0].length ?? 0;

  if (text.slice(lead).startsWith('---\n')) {
    const open = lead + 4;
    const close = text.indexOf('\n---', open - 1);
    if (close < 0) {
      warnings.push('front matter opened with "---" is never closed; read the whole file as body');
      return { header, bodyStart: 0, warnings };
    }
    for (const line of text.slice(open, close).split('\n')) {
      if (!line.trim() || line.trim().startsWith('#')) continue;
      const m = line.match(/^\s*([A-Za-z_][\w-]*)\s*:\s*(.*)$/);
      if (!m) {
        warnings.push(`front matter line not understood: "${line.trim().slice(0, 60)}"`);
        continue;
      }
      header[m[1]!.toLowerCase()] = unquote(m[2]!.trim());
    }
    const after = text.indexOf('\n', close + 1);
    return { header, bodyStart: after < 0 ? text.length : after + 1, warnings };
  }

  // `key: value` lines at the top, ending at a blank line.
  // Line by line from the top, not a split of the whole article: the header is a few lines at most.
  let pos = lead;
  let taken = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl < 0 ? text.length : nl);
    const m = line.match(/^([A-Za-z_][\w-]{0,19})\s*:\s*(.*)$/);
    if (!m || !HEADER_KEYS.has(m[1]!.toLowerCase())) break;
    header[m[1]!.toLowerCase()] = m[2]!.trim();
    pos += line.length + 1;
    taken++;
  }
  if (taken > 0) {
    const rest = text.slice(pos);
    const blank = rest.match(/^[ \t]*\n/);
    if (!blank && rest.trim().length > 0) warnings.push('header lines are not followed by a blank line');
    return { header, bodyStart: pos + (blank?.[0].length ?? 0), warnings };
  }

  // Inline form: `date 2025-11-11 БИШКЕК, …`
  const inline = text.slice(lead).match(/^date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*/i);
  if (inline) {
    header.date = inline[1]!;
    return { header, bodyStart: lead + inline[0].length, warnings };
  }
  return { header, bodyStart: 0, warnings };
}

function unquote(v: string): string {
  return v.replace(/^(['"])(.*)\1$/, '$2');
}

/**
 * Any character `normalise` changes: a carriage return, a control character that is not white
 * space, a no-break space (a byte-order mark changes only at the start, checked apart).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NEEDS_NORMALISING = /[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00A0]/;

/** Normalises line ends and strips control characters that are not whitespace; keeps length meaningful. */
export function normalise(text: string): string {
  // Most articles have none of these: one scan that finds nothing instead of four replace passes.
  if (text.charCodeAt(0) !== 0xfeff && !NEEDS_NORMALISING.test(text)) return text;
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ' ')
    .replace(/\u00A0/g, ' ');
}

/**
 * Abbreviations after which a period does not end a sentence: common short words («г.», «им.»,
 * «т.е.», "Mr."), and initials or initialisms of up to three letters («В.В.», "U.S.").
 */
const ABBREVIATIONS =
  /(?:^|[\s(«"])(?:г|гг|т|д|т\.д|т\.п|т\.е|т\.к|и\.о|им|ул|пр|см|тыс|млн|млрд|руб|долл|ст|проф|акад|обл|напр|Mr|Mrs|Ms|Dr|St|Jr|Sr|No|vs|etc|Inc|Ltd|Co|Gen|Gov|Sen|Rep|Col|Lt|Sgt|Prof|e\.g|i\.e|[A-ZА-ЯЁ](?:\.[A-ZА-ЯЁ]){0,2})\.$/u;
/** A month abbreviation, which does not end a sentence before a day number ("on Dec. 2", «5 окт. 2024»). */
const MONTH_ABBREVIATION = /(?:^|[\s(])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|янв|февр?|апр|авг|сент?|окт|нояб?|дек)\.$/iu;
const DIGIT_START = /\d/;
/** Amount abbreviations («млн.», «руб.»): a capital letter after one starts a new sentence («$676 млн. По итогам…»). */
const AMOUNT_ABBREVIATION = /(?:^|[\s(«"])(?:тыс|млн|млрд|трлн|руб|долл)\.$/u;
const UPPER_START = /\p{Lu}/u;

/** Where a sentence can end: a line end, `.`, `!`, `?`, `…`. */
const BREAK = /[\n.!?…]/g;

/** Punctuation and quotes that close a sentence after its end mark: `.!?…»"”’)`, by character code. */
const CLOSING = [...'.!?…»"”’)'].map((c) => c.charCodeAt(0));
/** A space or a tab. */
const isBlankCode = (c: number) => c === 32 || c === 9;

/**
 * True for a character code that a regex `\s` matches (white space and line terminators). The
 * splitter asks this of a character or two at every sentence edge: a comparison of codes instead of
 * a regex call and a one-character string each time.
 */
export function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A lower-case letter, then a full stop and a capital with no space between («кредита.Документы»). */
const TIGHT_STOP_BEFORE = /\p{Ll}/u;
const TIGHT_STOP_AFTER = /^\p{Lu}\p{Ll}/u;

/**
 * Splits a body into sentences with `[start, end)` offsets; newlines always end a sentence. With
 * `tightStops` (a scanned page's text, which loses spaces), a full stop between a lower-case word
 * and a capitalised one ends a sentence too.
 */
export function splitSentences(text: string, options?: { tightStops?: boolean }): Sentence[] {
  const tight = options?.tightStops === true;
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ index: out.length, start, end, text: text.slice(start, end) });
  };
  let start = 0;
  // The regex jumps from one possible end to the next natively: a loop over every character in
  // JavaScript was most of the time spent reading an article.
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    // Consume closing punctuation and quotes that belong to this sentence.
    let j = i + 1;
    while (j < text.length && CLOSING.includes(text.charCodeAt(j))) j++;
    if (j >= text.length) continue;
    if (!isBlankCode(text.charCodeAt(j))) {
      if (tight && ch === '.' && j === i + 1 && TIGHT_STOP_BEFORE.test(i > 0 ? text[i - 1]! : '') && TIGHT_STOP_AFTER.test(text.slice(j, j + 2))) {
        push(start, j);
        start = j;
        BREAK.lastIndex = j;
      }
      continue;
    }
    let k = j;
    while (k < text.length && isBlankCode(text.charCodeAt(k))) k++;
    const next = text[k] ?? '';
    if (!SENTENCE_START.test(next)) continue;
    if (ch === '.') {
      const before = text.slice(Math.max(0, i - 8), i + 1);
      const amountThenCapital = UPPER_START.test(next) && AMOUNT_ABBREVIATION.test(before);
      if ((ABBREVIATIONS.test(before) && !amountThenCapital) || (DIGIT_START.test(next) && MONTH_ABBREVIATION.test(before))) continue;
    }
    push(start, j);
    start = j;
    BREAK.lastIndex = j;
  }
  push(start, text.length);
  return out;
}

/** Guesses the language from the share of Cyrillic letters; a header `lang` wins. */
export function detectLanguage(text: string, headerLang?: string): Language {
  const h = headerLang?.toLowerCase().slice(0, 2);
  if (h === 'ru' || h === 'en') return h;
  let cyr = 0;
  let lat = 0;
  const end = Math.min(text.length, 5000);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    // а-я А-Я ё Ё; then a-z A-Z.
    if ((c >= 0x410 && c <= 0x44f) || c === 0x451 || c === 0x401) cyr++;
    else if ((c | 32) >= 97 && (c | 32) <= 122) lat++;
    // Every 256 characters: stop once the characters left cannot change the answer (most articles
    // are decided well before their end).
    if ((i & 255) === 255) {
      const left = end - i - 1;
      if (cyr >= lat + left || lat > cyr + left) break;
    }
  }
  return cyr >= lat ? 'ru' : 'en';
}

/** Stable article id from a file name: the name without extension, lower-cased, unsafe characters replaced. */
export function articleId(file: string): string {
  const base = file.replace(/\\/g, '/').replace(/\.txt$/i, '');
  return base.toLowerCase().replace(/[^a-z0-9а-яё_-]+/giu, '-').replace(/^-+|-+$/g, '') || 'article';
}

/** A character beyond Latin-1: V8 keeps a string that has one as two bytes a character. */
// eslint-disable-next-line no-control-regex -- the class is all of Latin-1, control characters included
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * The same text, held by V8 as two bytes a character. V8 stores a string with no character beyond
 * Latin-1 (an English article) one byte a character, and compiles each regex to machine code once
 * for each of the two representations of the strings it searches: with Russian articles (two bytes)
 * and English ones in the same run, each of the extractors' few hundred regexes was compiled twice.
 * Slices of the result (sentences, clauses, words) and their lower case keep the two-byte form.
 */
export function twoByteText(text: string): string {
  if (text.length === 0 || BEYOND_LATIN1.test(text)) return text;
  // Joined with a character beyond Latin-1, the text is copied into a two-byte string; the slice
  // points into that copy.
  return `${text}\u0100`.slice(0, -1);
}

/**
 * Builds an `ArticleDoc` from decoded text. Offsets in the result point into `doc.text`. `verbatim`: where `doc.text`
 * stands in `decodedText` when normalising changed nothing (`doc.text === decodedText.slice(start, end)`), else null.
 */
export function toDoc(file: string, decodedText: string): { doc: ArticleDoc; warnings: string[]; verbatim: { start: number; end: number } | null } {
  const text = normalise(decodedText);
  const { header, bodyStart, warnings } = splitHeader(text);
  // `trimEnd` strips what `\s` matches (white space and line terminators), without a regex tried at every position.
  const trimmed = text.slice(bodyStart).trimEnd();
  const body = twoByteText(trimmed);
  const doc: ArticleDoc = {
    id: articleId(file),
    file,
    header,
    text: body,
    sentences: splitSentences(body),
    language: detectLanguage(body, header.lang ?? header.language),
  };
  return { doc, warnings, verbatim: text === decodedText ? { start: bodyStart, end: bodyStart + trimmed.length } : null };
}
