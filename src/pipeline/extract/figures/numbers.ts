/**
 * Finding quantities in text: sums of money («2,5 млрд долларов США», "$4.1 billion",
 * «пяти млрд долларов»), percentages («на 47%», "17.5 percent") and multiples («в 2,5 раза»,
 * "doubled"). Only the surface form is read here; what the number is about is decided later.
 */
import type { Language } from '../../../schema/dataset';
import {
  FRACTION,
  FRACTION_WORDS,
  HALF_SCALE_PREFIX,
  MULTIPLE_WORDS,
  MULTIPLE_WORDS_SOURCE,
  NUMBER_WORDS,
  NUMBER_WORDS_SOURCE,
  OTHER_CURRENCY_SOURCE,
  PLUS_HALF,
  PLUS_HALF_SOURCE,
  SCALES,
  SHORT_SCALES,
  SINGLE_SCALES,
  USD_SOURCE,
} from './lexicon';
import { execAll, rx } from '../regex';

/** A quantity found in a text, with offsets relative to that text. */
export interface Quantity {
  type: 'money' | 'percent' | 'multiple';
  /** Dollars for money, the percentage, or the factor. */
  value: number;
  /** For money: `usd`, `other` (roubles, som, euro…), or null when no currency is written. */
  currency: 'usd' | 'other' | null;
  start: number;
  end: number;
  /** True when a full scale word is written (millions, billions), so an unstated currency may be implied. */
  scaled: boolean;
  /** The upper bound of a range («от 3 до 3,5 млрд», "10–12%"); `value` is then the lower bound. */
  high?: number;
}

const NUM = String.raw`(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![.,]?\d)|\d{1,3}(?:[ \u202F]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)`;
/** Digits or a number word, with «с половиной» / "and a half" added («три с половиной», "two and a half"). */
const NUMBER = `(?:(?:${NUM}|${NUMBER_WORDS_SOURCE})${PLUS_HALF_SOURCE}?)`;
/** `NUMBER` without the number words. */
const DIGITS_NUMBER = `(?:${NUM}${PLUS_HALF_SOURCE}?)`;
/** «15 с лишним процентов», «два с небольшим миллиарда»: "N-odd", a little more than N, read as N (a multiple «в пятнадцать с лишним раз» is left alone). */
const ODD = String.raw`(?:\s+с\s+(?:лишним|небольшим))?`;
/** Scale words may touch the digits ("$1.2bn"), so their word-start guard is dropped. */
const unguarded = (source: string) => source.replace('(?<![\\p{L}\\p{N}])', '');
const SCALE = `(?:${SCALES.map((s) => unguarded(s.source)).join('|')})`;
const SHORT_SCALE = `(?:${SHORT_SCALES.map((s) => unguarded(s.source)).join('|')})`;
const USD = `(?:${USD_SOURCE}(?:\\s+США)?)`;

/** "$2.3 billion", "$5bn", and the Canadian Press style "$230-million" (a hyphen between the number and its scale). */
const DOLLAR_FIRST = rx(String.raw`(?:US\s?\$|\$|USD\s?)\s?(?<n>${NUM})(?:(?:\s*|-)(?<sc>${SCALE})\.?|(?<ss>${SHORT_SCALE}))?`, 'giu');
const CURRENCY_AFTER = String.raw`(?:\s*(?:(?<usd>${USD})|(?<oth>${OTHER_CURRENCY_SOURCE})))?`;
/** «1 млрд 200 млн долларов»: two scales in a row make one sum. */
const COMPOSITE = rx(String.raw`(?<n>${NUM})\s*(?<sc>${SCALE})\.?\s+(?<n2>${NUM})\s*(?<sc2>${SCALE})\.?${CURRENCY_AFTER}`, 'giu');
/** The second half of «$3 млрд 512,4 млн», right after a dollar-first sum with a scale. */
const SECOND_SCALE = rx(String.raw`\s+(?<n2>${NUM})\s*(?<sc2>${SCALE})\.?`, 'uy');
/**
 * The patterns with a number (`SCALED`, `PERCENT`, `MULTIPLE`) as written, and with digits only (`NUMBER` is digits or
 * a number word): where no number word stands, the two find the same matches, and the second does not try the
 * number words' alternatives at every position of the sentence. `number` is the pattern of a number.
 */
const withNumber = (make: (number: string) => string, flags: string) => ({ words: rx(make(NUMBER), flags), digits: rx(make(DIGITS_NUMBER), flags) });
const SCALED = withNumber((number) => String.raw`(?<n>${number})${ODD}\s*(?<sc>${SCALE})\.?(?:\s*(?:(?<usd>${USD})|(?<oth>${OTHER_CURRENCY_SOURCE})))?`, 'giu');
/** «полмиллиарда долларов», «до полумиллиона»: half of a scale, written as one word. */
const HALF_SCALED = rx(String.raw`${HALF_SCALE_PREFIX}(?<sc>${SCALE})${CURRENCY_AFTER}`, 'giu');
/** "200m dollars", "1.5bn roubles" (BBC Monitoring style): a short scale glued to the number, with a currency word after. */
const SHORT_SCALED = rx(String.raw`(?<n>${NUM})(?<ss>${SHORT_SCALE})\s*(?:(?<usd>${USD})|(?<oth>${OTHER_CURRENCY_SOURCE}))`, 'giu');
/** «перевалит за миллиард долларов», "a billion dollars": one unit of a scale, the currency written after it. */
const SINGLE_SCALED = rx(String.raw`(?:${SINGLE_SCALES.map((s) => s.source).join('|')})\s*(?<usd>${USD})`, 'giu');
const PLAIN = rx(String.raw`(?<n>${NUM})\s*(?:(?<usd>${USD})|(?<oth>${OTHER_CURRENCY_SOURCE}))`, 'giu');
const PERCENT = withNumber((number) => String.raw`(?<n>${number})${ODD}\s*(?:%|процент\p{L}*(?!\p{L})|проц(?:\.|(?!\p{L}))|per\s?cent(?!age)|pct)(?!\s*(?:пункт|п\.\s*п|points?))`, 'giu');
// A multiple word joined by a hyphen is part of another word: "double-digit growth" is no doubling.
const MULTIPLE = withNumber(
  (number) => String.raw`(?:(?<=\s|^)(?:в|by)\s+)?(?<n>${number})\s*(?:-?\s*раз(?:а)?(?![\p{L}])|-?fold(?![\p{L}])|\s+times(?![\p{L}]))|(?:${MULTIPLE_WORDS_SOURCE})(?![-‐])`,
  'giu',
);
/**
 * One form of each pattern with a number, chosen once per text (`findQuantities`): its reads are of named properties of
 * one shape, where `SCALED[number]` with both keys was a megamorphic keyed read in V8.
 */
const WITH_NUMBER_WORDS = { scaled: SCALED.words, percent: PERCENT.words, multiple: MULTIPLE.words };
const WITH_DIGITS_ONLY: typeof WITH_NUMBER_WORDS = { scaled: SCALED.digits, percent: PERCENT.digits, multiple: MULTIPLE.digits };

/** The lower end of a range right before a quantity: «от 3 до», "between $3 billion and", «10–», «10-». */
const RANGE_BEFORE = rx(
  String.raw`(?:(?<open>(?<![\p{L}])(?:от|between|между))\s+)?(?<lo>(?:US\s?\$|\$)?\s?${NUM}(?:\s*(?:${SCALE})\.?(?:\s*(?:${USD}))?)?(?:\s*(?:%|процент\p{L}*|per\s?cent))?)\s*(?:(?<dash>[–—-])|(?<word>(?<![\p{L}])(?:до|to|and|и)))\s*$`,
  'iu',
);
const FIRST_NUM = rx(NUM, 'u');
/** A white-space character, as `\s` of `RANGE_BEFORE` reads one. */
const SPACE = /^\s$/u;
/** The last character of what `RANGE_BEFORE` ends with before its spaces: a dash or the end of «до», "to", "and", «и». */
const RANGE_END = rx(/^[–—\-оodи]$/iu);

/**
 * Whether `RANGE_BEFORE` may match `text` right before `at`: `\s*$` anchors it at the end, so the last character that is
 * not a space must end a dash or a range word. A test of one character instead of the whole pattern tried at every
 * position of the 60 characters before each quantity (most quantities are no range).
 */
function mayEndRange(text: string, from: number, at: number): boolean {
  let i = at - 1;
  while (i >= from && SPACE.test(text[i]!)) i--;
  return i >= from && RANGE_END.test(text[i]!);
}

/** Folds «от 3 до 3,5 млрд долларов», "between $3 billion and $3.5 billion", «10–12%» into one quantity: the lower value, with `high`. */
function mergeRanges(text: string, found: Quantity[], language: Language): Quantity[] {
  if (found.length === 0 || !/[–—-]|до|to|and|и/.test(text)) return found;
  const out: Quantity[] = [];
  for (const q of found) {
    if (q.type === 'multiple') {
      out.push(q);
      continue;
    }
    const from = Math.max(0, q.start - 60);
    const m = mayEndRange(text, from, q.start) ? RANGE_BEFORE.exec(text.slice(from, q.start)) : null;
    if (!m || (!m.groups!.dash && !m.groups!.open)) {
      out.push(q);
      continue;
    }
    const loStart = from + m.index + m[0].indexOf(m.groups!.lo!);
    // Not read at −1 of an empty list (no array index: V8 makes such a read site megamorphic, p57).
    const prev = out.length > 0 ? out[out.length - 1] : undefined;
    let low: number | null;
    // «$2.05–2.1 billion»: a bare number before the scaled one takes its scale, so it is read again below.
    if (prev && prev.type === q.type && prev.start >= loStart && (prev.scaled || !q.scaled)) low = prev.value;
    else {
      const own = FIRST_NUM.exec(m.groups!.lo!);
      const upper = FIRST_NUM.exec(text.slice(q.start, q.end));
      const n = own ? parseNumber(own[0], language) : null;
      const u = upper ? parseNumber(upper[0], language) : null;
      // The upper sum's scale applied to the lower number, as exactly as a written sum («4,15–4,2 млрд»: 4 150 000 000).
      low = n !== null && u ? timesScale(n, q.value / u) : null;
    }
    if (low === null || !(low < q.value)) {
      out.push(q);
      continue;
    }
    if (prev && prev.start >= loStart) out.pop();
    out.push({ ...q, value: low, high: q.value, start: loStart });
  }
  return out;
}

/** Digits with a decimal point or none: `Number` reads them as they are. */
const PLAIN_DIGITS = /^\d+(?:\.\d+)?$/;

/** Parses a written number: digits with decimal comma or point (thousands separators by language) or a number word. */
export function parseNumber(raw: string, language: Language): number | null {
  // Most numbers are plain digits («47», "2.5"): nothing below would change them.
  if (PLAIN_DIGITS.test(raw) && !NUMBER_WORDS.has(raw)) return Number(raw);
  const s = raw.trim().toLowerCase();
  const half = PLUS_HALF.exec(s);
  if (half) {
    const whole = parseNumber(s.slice(0, half.index), language);
    return whole === null ? null : whole + 0.5;
  }
  const word = NUMBER_WORDS.get(s.replace(/\s+/g, ' '));
  if (word !== undefined) return word;
  let t = s.replace(/[ \u202F]/g, '');
  if (/^\d{1,3}(,\d{3})+$/.test(t) && language === 'en') t = t.replace(/,/g, '');
  // "1,850.3": thousands by commas and a decimal point, in whatever language the text is.
  else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(t)) t = t.replace(/,/g, '');
  t = t.replace(',', '.');
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

const exact = (table: { factor: number; source: string }[]) => table.map((s) => ({ factor: s.factor, re: rx(`^${s.source}$`, 'iu') }));
const SCALE_EXACT = exact(SCALES);
const SHORT_SCALE_EXACT = exact(SHORT_SCALES);
const SINGLE_SCALE_EXACT = exact(SINGLE_SCALES);

function scaleOf(word: string | undefined, table: { factor: number; re: RegExp }[]): number {
  if (!word) return 1;
  return table.find((s) => s.re.test(word))?.factor ?? 1;
}

/** Cheap tests that let a sentence skip the full patterns it cannot match. */
const HINT = {
  dollar: /\$|USD/,
  scale: /млрд|млн|миллиард|миллион|трлн|триллион|тыс|billion|million|trillion|thousand|bn|bln|mln|mn|tn/i,
  currency: /долл|dollar|USD/i,
  otherCurrency: /руб|rouble|ruble|som|euro|евро/i,
  percent: /%|проц|per\s?cent|pct/i,
  fraction: /трет|четверт|половин|пят|десят|third|quarter|half|fifth|tenth/i,
  multiple: /раз|fold|times|вдво|втро|удво|утро|doubl|tripl|quadrupl|halv/i,
  half: /пол[уо]?-?(?:млрд|млн|миллиард|миллион|трлн|триллион)/i,
};

/** All matches of `re` in `text` when `when` holds, else none. */
function matches(re: RegExp, text: string, when: boolean): RegExpExecArray[] {
  return when ? execAll(re, text) : [];
}

/**
 * A written number times its scale, without the binary fraction's error: 4,1 × 10⁹ is 4 099 999 999.9999995 in floating
 * point, 4 100 000 000 here (to the cent, which no scaled sum in a text goes below).
 */
export function timesScale(n: number, factor: number): number {
  return factor === 1 ? n : Math.round(n * factor * 100) / 100;
}

/** A smaller scaled sum right after `at` that completes a dollar-first sum of scale `factor` («$3 млрд 512,4 млн»). */
function secondScale(text: string, at: number, factor: number, language: Language): { value: number; end: number } | null {
  SECOND_SCALE.lastIndex = at;
  const m = SECOND_SCALE.exec(text);
  if (!m) return null;
  const n2 = parseNumber(m.groups!.n2!, language);
  const f2 = scaleOf(m.groups!.sc2, SCALE_EXACT);
  if (n2 === null || f2 >= factor || n2 * f2 >= factor) return null;
  return { value: timesScale(n2, f2), end: at + m[0].replace(/\.$/, '').length };
}

/**
 * Finds sums of money, percentages and multiples, left to right, without overlaps. `numberWords`: false when the text is
 * known to hold no number word (`readWords`), so that its numbers are looked for as digits only.
 */
export function findQuantities(text: string, language: Language, numberWords = true): Quantity[] {
  const numbered = numberWords ? WITH_NUMBER_WORDS : WITH_DIGITS_ONLY;
  const found: Quantity[] = [];
  const add = (q: Quantity | null) => {
    if (q && !found.some((f) => f.start < q.end && q.start < f.end)) found.push(q);
  };
  const scaled = HINT.scale.test(text);
  // Asked by two patterns: tested once.
  const dollarWord = HINT.currency.test(text);
  for (let i = 0, ms = matches(DOLLAR_FIRST, text, HINT.dollar.test(text)); i < ms.length; i++) {
    const m = ms[i]!;
    const n = parseNumber(m.groups!.n!, language);
    if (n === null) continue;
    const factor = m.groups!.sc ? scaleOf(m.groups!.sc, SCALE_EXACT) : scaleOf(m.groups!.ss, SHORT_SCALE_EXACT);
    let value = timesScale(n, factor);
    let end = m.index + m[0].replace(/\.$/, '').length;
    const tail = m.groups!.sc ? secondScale(text, m.index + m[0].length, factor, language) : null;
    if (tail) [value, end] = [value + tail.value, tail.end];
    add({ type: 'money', value, currency: 'usd', start: m.index, end, scaled: factor > 1 });
  }
  const scaledSums = matches(numbered.scaled, text, scaled);
  // A sum of two scales («1 млрд 200 млн») holds two scaled sums, and no scaled sum can reach over the digits of the
  // next one: with fewer than two, the (dear) pattern of two scales cannot match and is not run.
  for (let i = 0, ms = matches(COMPOSITE, text, scaledSums.length >= 2); i < ms.length; i++) {
    const m = ms[i]!;
    const n = parseNumber(m.groups!.n!, language);
    const n2 = parseNumber(m.groups!.n2!, language);
    const f = scaleOf(m.groups!.sc, SCALE_EXACT);
    const f2 = scaleOf(m.groups!.sc2, SCALE_EXACT);
    if (n === null || n2 === null || f2 >= f || n2 * f2 >= f) continue;
    const currency = m.groups!.usd ? 'usd' : m.groups!.oth ? 'other' : null;
    const end = m.index + (currency ? m[0].length : m[0].replace(/\.$/, '').length);
    add({ type: 'money', value: timesScale(n, f) + timesScale(n2, f2), currency, start: m.index, end, scaled: true });
  }
  for (let i = 0; i < scaledSums.length; i++) {
    const m = scaledSums[i]!;
    const n = parseNumber(m.groups!.n!, language);
    if (n === null) continue;
    const currency = m.groups!.usd ? 'usd' : m.groups!.oth ? 'other' : null;
    // Without a currency the match must not swallow the trailing period of a sentence.
    const raw = m[0];
    const end = m.index + (currency ? raw.length : raw.replace(/\.$/, '').length);
    add({ type: 'money', value: timesScale(n, scaleOf(m.groups!.sc, SCALE_EXACT)), currency, start: m.index, end, scaled: true });
  }
  for (let i = 0, ms = matches(SHORT_SCALED, text, dollarWord || HINT.otherCurrency.test(text)); i < ms.length; i++) {
    const m = ms[i]!;
    const n = parseNumber(m.groups!.n!, language);
    if (n === null) continue;
    const currency = m.groups!.usd ? 'usd' : 'other';
    add({ type: 'money', value: timesScale(n, scaleOf(m.groups!.ss, SHORT_SCALE_EXACT)), currency, start: m.index, end: m.index + m[0].length, scaled: true });
  }
  for (let i = 0, ms = matches(HALF_SCALED, text, HINT.half.test(text)); i < ms.length; i++) {
    const m = ms[i]!;
    const currency = m.groups!.usd ? 'usd' : m.groups!.oth ? 'other' : null;
    add({ type: 'money', value: 0.5 * scaleOf(m.groups!.sc, SCALE_EXACT), currency, start: m.index, end: m.index + m[0].length, scaled: true });
  }
  for (let i = 0, ms = matches(SINGLE_SCALED, text, scaled && dollarWord); i < ms.length; i++) {
    const m = ms[i]!;
    const word = m[0].slice(0, m[0].length - m.groups!.usd!.length).trim();
    add({ type: 'money', value: scaleOf(word, SINGLE_SCALE_EXACT), currency: 'usd', start: m.index, end: m.index + m[0].length, scaled: true });
  }
  for (let i = 0, ms = matches(PLAIN, text, dollarWord); i < ms.length; i++) {
    const m = ms[i]!;
    const n = parseNumber(m.groups!.n!, language);
    if (n === null) continue;
    add({ type: 'money', value: n, currency: m.groups!.usd ? 'usd' : 'other', start: m.index, end: m.index + m[0].length, scaled: false });
  }
  for (let i = 0, ms = matches(numbered.multiple, text, HINT.multiple.test(text)); i < ms.length; i++) {
    const m = ms[i]!;
    let value: number | null = null;
    if (m.groups!.n) value = parseNumber(m.groups!.n, language);
    else value = MULTIPLE_WORDS.find((w) => w.re.test(m[0]))?.value ?? null;
    if (value === null || value <= 1) continue;
    add({ type: 'multiple', value, currency: null, start: m.index, end: m.index + m[0].length, scaled: false });
  }
  for (let i = 0, ms = matches(numbered.percent, text, HINT.percent.test(text)); i < ms.length; i++) {
    const m = ms[i]!;
    const n = parseNumber(m.groups!.n!, language);
    if (n === null) continue;
    add({ type: 'percent', value: n, currency: null, start: m.index, end: m.index + m[0].length, scaled: false });
  }
  for (let i = 0, ms = matches(FRACTION, text, HINT.fraction.test(text)); i < ms.length; i++) {
    const m = ms[i]!;
    const value = FRACTION_WORDS.get(m[0].toLowerCase().replace(/\s+/g, ' '));
    if (value !== undefined) add({ type: 'percent', value, currency: null, start: m.index, end: m.index + m[0].length, scaled: false });
  }
  return mergeRanges(text, found.sort((a, b) => a.start - b.start), language);
}
