/**
 * Period expressions of a sentence: «в 2024 году», «по итогам прошлого года», «за первую
 * половину 2025 года», «январь-июль», «в январе 2024 года», «с начала года», «в год», "over the first six months of
 * this year", "last year", and spans that name no single period («за последние пять лет").
 * Relative expressions resolve against the article's year, never the current date.
 */
import lexicon from '../../knowledge/figures-lexicon.json';
import { NUMBER_WORDS, NUMBER_WORDS_SOURCE, wordsSource } from './lexicon';
import { rx } from '../regex';
import { atWordStart, type Matcher } from '../at-word-start';

/** A period expression found in a sentence; offsets are relative to the text searched. */
export interface PeriodExpr {
  start: number;
  end: number;
  /** `period`: a year or part of one; `annual`: a per-year amount; `none`: a span of years (no single period). */
  kind: 'period' | 'annual' | 'none';
  /** `2021`, `2023-H1`, `2024-7M`, `2012-YTD`, or null when relative to an unknown article year. */
  period: string | null;
  /** The year a comparison is made against («по сравнению с 2014 годом», "than in 2020"). */
  base: boolean;
  /** A deadline («к 2030 году», "by 2030"). */
  deadline: boolean;
  /** The whole of the year spoken of, written without it ("full-year", «по итогам года», «к концу года»). */
  wholeYear?: boolean;
}

const Y = String.raw`(?:19[5-9]\d|20[0-4]\d)`;
/** The hint of the patterns of halves and quarters; one object, asked once of a sentence for both. */
const PARTS_HINT = /полугод|половин|квартал|half|quarter/i;
/** The hint of the patterns of a written year; one object, so that a sentence is tested for it once (`findPeriods`). */
const YEAR_HINT = /[12]\d{3}/;
const MONTHS_RU = lexicon.months.ru.map((m) => rx(`^${wordsSource([m])}$`, 'iu'));
const MONTHS_EN = lexicon.months.en.map((m) => rx(`^${m}$`, 'i'));
const MONTH_ANY = wordsSource([...lexicon.months.ru, ...lexicon.months.en]);
const ORDINALS = Object.entries(lexicon.ordinals).map(([w, n]) => ({ n, re: rx(`^${wordsSource([w])}$`, 'iu') }));
const ORD = wordsSource(Object.keys(lexicon.ordinals));
const COUNT = `(?:\\d{1,2}|${NUMBER_WORDS_SOURCE})`;
/** A Russian adjective made from a month's name («августовский», «январской», «декабрьском»): its ending holds «ск». */
const MONTH_ADJECTIVE = rx(/ск\p{L}*$/iu);
const MONTH_HINT = /январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр|January|February|March|April|May|June|July|August|September|October|November|December/i;

const REL_RU = String.raw`(?<rel>прошл\p{L}*|минувш\p{L}*|предыдущ\p{L}*|позапрошл\p{L}*|текущ\p{L}*|нынешн\p{L}*|эт(?:ом|от|ого)|следующ\p{L}*|будущ\p{L}*)\s+год\p{L}*`;
const REL_EN = String.raw`(?:the\s+)?(?<rel>last|past|previous|this|current|next|coming)\s+year(?![\p{L}])`;
const REF = String.raw`(?:\s+(?:(?:(?:текущ|нынешн)\p{L}*\s+|эт(?:ого|ом)\s+)?(?<y>${Y})(?!\d)\s*(?:-?го\s+)?(?:год\p{L}*|г\.)?|${REL_RU})|(?:\s+of|,)?\s+(?:(?<y2>${Y})(?!\d)|${REL_EN.replace('<rel>', '<rel2>')}))?`;

/** A pattern of period expressions as written in `PATTERNS`. */
interface PatternSpec {
  kind: PeriodExpr['kind'];
  hint: RegExp;
  /** A global regex, or one whose word-start lookbehind is tested by code (`atWordStart`). */
  re: Matcher;
  sub?: (m: RegExpExecArray) => string | null;
  /** Years added to the article year the expression counts from («в ближайшие два года» → +2; a later month → −1). */
  shift?: (m: RegExpExecArray, articleMonth: number | null) => number | null;
  deadline?: boolean;
  relative?: boolean;
  wholeYear?: boolean;
}

/** A pattern of `PATTERNS`: every field present (null or false when a spec leaves it out), so that all have one shape. */
type PeriodPattern = Required<Omit<PatternSpec, 'sub' | 'shift'>> & { sub: PatternSpec['sub'] | null; shift: PatternSpec['shift'] | null };

/**
 * Fills in the fields a spec leaves out. Specs with different optional fields are objects of different shapes, and
 * `findPeriods` reads every pattern's fields at the same sites: with more than four shapes these reads were
 * megamorphic in V8.
 */
const periodPattern = (p: PatternSpec): PeriodPattern => ({
  kind: p.kind,
  hint: p.hint,
  re: p.re,
  sub: p.sub ?? null,
  shift: p.shift ?? null,
  deadline: p.deadline ?? false,
  relative: p.relative ?? false,
  wholeYear: p.wholeYear ?? false,
});

/**
 * Patterns in priority order: an earlier one claims its characters first. A year's patterns test what stands before
 * the year after it (`(?<y>…)(?<!…\d{4})`, the same test as a lookbehind before it): the engine then skips ahead to a
 * digit, where a leading lookbehind runs at every character.
 */
const PATTERNS: readonly PeriodPattern[] = ([
  {
    // "in the next two years": a deadline counted from the article year, which is the first of those years (from
    // March 2006 "the next two years" are 2006 and 2007). «В течение двух лет», «в ближайшие три года», "within five
    // years" name a span, not a year, and are left alone (the Russian golds of several sets give them no year).
    kind: 'period', hint: /next|coming/i, deadline: true, sub: () => '',
    re: atWordStart(String.raw`(?<![\p{L}])(?:in|over|during)\s+the\s+(?:next|coming)\s+(?<n>${COUNT})\s+years(?![\p{L}])`, 'giu'),
    shift: (m) => {
      const n = count(m.groups!.n!);
      return n === null ? null : n - 1;
    },
  },
  {
    kind: 'none',
    hint: /последн|прошедш|лет|since|past|last|between|\d\s*[-–—]\s*[12]|с\s+[12]|\d0-?[’']?s|\d0-[ехы]/i,
    re: rx(
      // A decade ("in the early 1990s", «в 2000-е годы», «в начале 1990-х») is a span too.
      String.raw`(?<![\d.,$])${Y}(?:-?[’']?s|\s*-(?:е|х|ые|ых))(?![\p{L}])|(?:за|в|на\s+протяжении)\s+(?:последн\p{L}*|прошедш\p{L}*)\s+(?:(?:${COUNT}|несколько)\s+)?(?:лет|года?|десятилети\p{L}*)|за\s+${COUNT}\s+(?:лет|года)|(?<![\p{L}])с\s+${Y}\s*(?:года|г\.)|${Y}\s*[-–—]\s*${Y}|(?:over|in|during|for)\s+the\s+(?:past|last)\s+(?:\p{L}+\s+)?(?:years|decade)|since\s+${Y}|between\s+${Y}\s+and\s+${Y}`,
      'giu',
    ),
  },
  {
    kind: 'period', hint: PARTS_HINT,
    // "first-half figures", «первое полугодие»: a hyphen may join the English ordinal to its unit.
    re: rx(String.raw`(?<ord>${ORD})(?:\s+|-)(?<unit>полугоди\p{L}*|половин\p{L}*|квартал\p{L}*|half|quarter)${REF}`, 'giu'),
    sub: (m) => `${/^(полуг|полов|half)/i.test(m.groups!.unit!) ? 'H' : 'Q'}${ordinal(m.groups!.ord!)}`,
  },
  {
    // «за полугодие», «по итогам полугодия 2019 года», "in the half-year": the half without an ordinal is the first one;
    // «за три квартала», "the first three quarters of 2019": nine months, «за два квартала» six. Without its year, a part
    // not yet over at the article's month is of the year before.
    kind: 'period', hint: PARTS_HINT,
    re: atWordStart(
      String.raw`(?<![\p{L}])(?:(?:за|по\s+итогам|по\s+результатам|в\s+течение)\s+(?:(?:всего|перв\p{L}*)\s+)?(?:(?<half>полугоди\p{L}*)|(?<n>три|двух|два|трёх|трех|[23])\s+квартал\p{L}*)|(?:in|for|over|during)\s+the\s+(?:(?<half2>half[- ]year)|(?:first\s+)?(?<n2>three|two)\s+quarters))${REF}`,
      'giu',
    ),
    sub: (m) => (partMonths(m) === 6 ? 'H1' : '9M'),
    shift: (m, articleMonth) => (hasYear(m) ? 0 : articleMonth === null ? null : articleMonth <= partMonths(m) ? -1 : 0),
  },
  { kind: 'period', hint: /полгода/i, re: rx(String.raw`(?<![\p{L}])перв\p{L}*\s+полгода${REF}`, 'giu'), sub: () => 'H1' },
  // Analysts' shorthand with a two-digit year: "H112" (first half of 2012), "Q314", "1H12", "3Q13".
  {
    kind: 'period', hint: /[HQ][1-4]\d\d|[1-4][HQ]\d\d/,
    re: rx(String.raw`(?<![\p{L}\d])(?:(?<unit>[HQ])(?<ord>[1-4])|(?<ord2>[1-4])(?<unit2>[HQ]))(?<yy>\d{2})(?![\p{L}\d])`, 'gu'),
    sub: (m) => (m.groups!.unit2 === 'H' && Number(m.groups!.ord2) > 2) || (m.groups!.unit === 'H' && Number(m.groups!.ord) > 2) ? null : `${m.groups!.unit ?? m.groups!.unit2}${m.groups!.ord ?? m.groups!.ord2}`,
  },
  { kind: 'period', hint: /[HQ][1-4]/, re: rx(String.raw`(?<![\p{L}])(?<unit>[HQ])(?<ord>[1-4])(?:\s+(?<y>${Y}))?(?![\p{L}\d])`, 'gu'), sub: (m) => `${m.groups!.unit}${m.groups!.ord}` },
  {
    kind: 'period', hint: /месяц|months/i,
    re: atWordStart(String.raw`(?<![\p{L}])(?:(?:за|в\s+течение|в|по\s+итогам|по\s+результатам|по\s+данным\s+за)\s+(?:перв\p{L}*\s+)?|(?:(?:in|for|over|during)\s+the\s+|the\s+)?first\s+|(?:in|for|over|during)\s+(?:the\s+)?)(?<n>${COUNT})\s+(?:месяц\p{L}*|months)${REF}`, 'giu'),
    sub: (m) => months(m.groups!.n!),
  },
  {
    kind: 'period', hint: /январ|january/i,
    re: atWordStart(String.raw`(?<![\p{L}])(?:январ\p{L}*|january)\s*(?:[-–—]|through|to)\s*(?<m2>${MONTH_ANY})${REF}`, 'giu'),
    sub: (m) => months(String(monthIndex(m.groups!.m2!))),
    // «в январе–сентябре» without a year in a February article: the months are over, so of the year before.
    shift: (m, articleMonth) => (!hasYear(m) && articleMonth !== null && monthIndex(m.groups!.m2!) > articleMonth ? -1 : 0),
  },
  {
    // «в январе 2024 года», "in March last year": one month, only with its year written.
    kind: 'period', hint: MONTH_HINT,
    // «из-за» is "because of", not «за» of a month.
    re: atWordStart(String.raw`(?<![\p{L}-])(?:в|во|за|in|for|during)\s+(?<m1>${MONTH_ANY})${REF}`, 'giu'),
    sub: (m) => String(monthIndex(m.groups!.m1!)).padStart(2, '0'),
    // "In January, trade amounted to…" without a year: the article's year, or the year before for a month still to come.
    shift: (m, articleMonth) => (hasYear(m) ? 0 : articleMonth === null ? null : monthIndex(m.groups!.m1!) > articleMonth ? -1 : 0),
  },
  {
    kind: 'period', hint: /начал|beginning|start|to.date/i,
    re: atWordStart(
      String.raw`(?<![\p{L}])(?:с\s+начала\s+(?:(?<y>${Y})\s+|текущего\s+|этого\s+|нынешнего\s+)?года|since\s+the\s+(?:beginning|start)\s+of\s+(?:the\s+year|this\s+year|(?<y2>${Y}))|year[- ]to[- ]date)`,
      'giu',
    ),
    sub: () => 'YTD',
  },
  // "the $5bn annual target they set for 2030", "a goal for 2030": the year a target is set for is its deadline.
  {
    kind: 'period', hint: /target|goal|objective/i, deadline: true,
    re: rx(String.raw`(?<=(?:target|goal|objective)s?\s+(?:[\p{L}]+\s+){0,3})for\s+(?<y>${Y})(?!\d)`, 'giu'),
  },
  { kind: 'period', hint: YEAR_HINT, deadline: true, re: atWordStart(String.raw`(?<![\p{L}])(?:(?:к|до)\s+(?<y>${Y})\s*(?:-?му\s+)?(?:год\p{L}*|г\.)|by\s+(?:the\s+end\s+of\s+)?(?<y2>${Y})(?!\d))`, 'giu') },
  { kind: 'period', hint: YEAR_HINT, re: rx(String.raw`(?<y>${Y})(?<![\d.,$]\d{4})(?:\s*-?(?:м|й|го))?\s*(?:год\p{L}*|г\.|гг\.)`, 'giu') },
  // «в 1997-м» without «году»: the ordinal ending alone names the year.
  { kind: 'period', hint: YEAR_HINT, re: atWordStart(String.raw`(?<![\p{L}])в\s+(?<y>${Y})-м(?![\p{L}\d])`, 'giu') },
  { kind: 'period', hint: YEAR_HINT, re: rx(String.raw`(?<y>${Y})(?<=(?:^|[\s(])(?:в|во|за|к|по\s+итогам|по\s+результатам|до|на\s+конец)\s+${Y})(?![\d.,]?\d)`, 'giu') },
  { kind: 'period', hint: YEAR_HINT, re: rx(String.raw`(?<y>${Y})(?<![\d.,$\p{L}]\d{4})(?![\d.,]?\d|\s*(?:%|per|млн|млрд|million|billion))`, 'giu') },
  { kind: 'period', hint: /год|year/i, relative: true, re: atWordStart(String.raw`(?<![\p{L}])(?:${REL_RU}|${REL_EN.replace('<rel>', '<rel2>')})`, 'giu') },
  // «прошлогодний», «прошлогодних 300 млн»: last year's.
  { kind: 'period', hint: /прошлогодн/i, relative: true, re: rx(String.raw`(?<![\p{L}])(?<rel>прошлогодн\p{L}*)`, 'giu') },
  // «по итогам года», «итог года», "full-year", «к концу года» without a year: the year the text speaks of (the article's unless
  // a part of another year was just reported: "In January-November 2025 … Full-year turnover is expected …").
  {
    kind: 'period', hint: /итогам|результатам|год|year/i, sub: () => '', wholeYear: true,
    re: atWordStart(
      String.raw`(?<![\p{L}])(?:по\s+(?:итогам|результатам)\s+(?:всего\s+)?года|итог(?:и|ом|ов)?\s+(?:всего\s+)?года|(?:за|на)\s+(?:весь|целый)\s+год|за\s+год\s+в\s+целом|в\s+целом\s+за\s+год|(?:к|до|на)\s+концу?\s+года|full[- ]year|for\s+the\s+(?:full|whole|entire)\s+year|for\s+the\s+year\s+as\s+a\s+whole|by\s+(?:the\s+)?(?:end\s+of\s+the\s+year|year[- ]end))(?![\p{L}])`,
      'giu',
    ),
  },
  {
    kind: 'annual', hint: /год|year|annu|annum/i,
    re: atWordStart(String.raw`(?<![\p{L}])(?:ежегодн\p{L}*|в\s+год(?=\s*(?:$|[,.;:!?«»"“”„)—–-]|(?:и|а|к|до|в)\s))|годов(?:ой|ого|ом|ому)\s+(?:товарооборот|объ[её]м)\p{L}*|a\s+year(?!\s+(?:ago|earlier|before|later))|per\s+(?:year|annum)|annual(?:ly)?|(?:each|every)\s+year|yearly)(?![\p{L}])`, 'giu'),
  },
] satisfies PatternSpec[]).map(periodPattern);

const BASE = rx(
  `(?:${wordsSource(lexicon.baseMarkers)})(?:\\s+(?:the|same|period|of|in|for|year|аналогичн\\p{L}*|период\\p{L}*|в|за|с))*\\s*$`,
  'iu',
);
/**
 * "up 5 percent on 2012", "a 7% rise on the previous year", "up 15 per cent on the same period of 1994": «on» after a
 * change names the year compared with;
 * «рост на 5% к 2012 году» likewise (after a percentage «к» is a base, not a deadline).
 */
const CHANGE_ON = rx(/(?:%|per\s?cent|percent|pct|up|down|higher|lower|rise|increase|growth|fall|drop|decline)\s+on\s+(?:(?:the|same|corresponding|comparable|period|of|in)\s+)*$/iu);
const PERCENT_BEFORE = rx(/(?:%|процент\p{L}*|проц\.?|per\s?cent|pct)\s*$/iu);
/** «спад к 2014 году», «рост к уровню 2012 года»: a noun of change right before «к» names the year compared with too. */
const CHANGE_NOUN_BEFORE = rx(/(?<![\p{L}])(?:паден|рост|сниж|прирост|увелич|сокращ|спад)\p{L}*\s*$/iu);
/** «плюс 9% к прошлому году», «рост на 5% к уровню 2012 года»: after a percentage «к» names the year compared with. */
const PERCENT_TO_BEFORE = rx(/(?:%|процент\p{L}*)\s+к\s+(?:уровню\s+)?$/iu);
/**
 * A part of a year after «чем» / "than" / «по сравнению с» is a base too («на 12% больше, чем в январе–сентябре
 * 2011 года», "up 9% compared with the first half of 2019", an index "112.5% of the level of January-June 2015"); the wider markers above («over», «период») are not
 * used for them: "over the first nine months of 2019" is the figure's own period.
 */
const STRICT_BASE = rx(
  /(?:чем|than|compared\s+(?:with|to)|сравнению\s+с|сравнении\s+с|against|versus|vs\.?|relative\s+to|относительно|против|(?:%|percent|per\s?cent)\s+of\s+the\s+level)\s+(?:(?:в|во|за|с|со|in|for|the|same|period|of|аналогичн\p{L}*|период\p{L}*)\s+)*$/iu,
);
/** "compared with double-digit growth in 2023", «по сравнению с ростом в 2023 году»: a few words on, still the base. */
const COMPARED_BASE = rx(/(?:compared\s+(?:with|to)|сравнению\s+с|сравнении\s+с)\s+(?:[\p{L}-]+\s+){1,4}$/iu);
const NOT_BASE = /(?:по\s+(?:итогам|результатам)|according\s+to)\s*$/iu;
const MONTH_BEFORE = rx(`(?:${MONTH_ANY})\\.?\\s*(?:\\d{1,2}\\s*,?\\s*)?$`, 'iu');

/** The most words a `byWord` function remembers (the words of ordinals and months are few, their forms bounded). */
const REMEMBERED = 1000;

/**
 * `read`, remembered by word: an ordinal or a month is read by trying a list of patterns in turn, a few dozen regex
 * runs for each period found, while the words themselves are few («первом», «январе», "March").
 */
function byWord(read: (word: string) => number): (word: string) => number {
  const seen = new Map<string, number>();
  return (word) => {
    let n = seen.get(word);
    if (n === undefined) {
      if (seen.size >= REMEMBERED) seen.clear();
      seen.set(word, (n = read(word)));
    }
    return n;
  };
}

const ordinal = byWord((word) => ORDINALS.find((o) => o.re.test(word))?.n ?? 1);

/** A count written in digits or as a number word («девяти», "nine"), or undefined when it is neither. */
function readCount(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS.get(word.toLowerCase());
}

/**
 * The N of "the first N months", «за девять месяцев», in digits or in words: 1 to 12, else null. Shared with the date
 * stage's months of the article's year told as over (`dates/coming-year.ts`).
 */
export function monthCount(word: string): number | null {
  const n = readCount(word);
  return n && n >= 1 && n <= 12 ? n : null;
}

function months(word: string): string | null {
  const n = monthCount(word);
  if (n === null) return null;
  // Six months are a half-year and three a quarter; twelve are the whole year.
  return n === 6 ? 'H1' : n === 3 ? 'Q1' : n === 12 ? '' : `${n}M`;
}

/** The months of a half-year or of quarters told without an ordinal («за полугодие» 6, «за три квартала» 9). */
function partMonths(m: RegExpExecArray): number {
  const g = m.groups!;
  if (g.half || g.half2) return 6;
  return /^(?:три|тр[её]х|3|three)$/iu.test(g.n ?? g.n2 ?? '') ? 9 : 6;
}

/** Whether a match names its year, written or relative («2024 года», «прошлого года», "last year"). */
function hasYear(m: RegExpExecArray): boolean {
  return Boolean(m.groups!.y || m.groups!.y2 || m.groups!.rel || m.groups!.rel2);
}

function count(word: string): number | null {
  const n = readCount(word);
  return n && n <= 50 ? n : null;
}

const monthIndex = byWord((word) => {
  const i = MONTHS_RU.findIndex((re) => re.test(word));
  return (i >= 0 ? i : MONTHS_EN.findIndex((re) => re.test(word))) + 1;
});

function relativeOffset(word: string): number {
  const w = word.toLowerCase();
  if (w.startsWith('позапрошл')) return -2;
  if (/^(прошл|минувш|предыдущ|last|past|previous)/.test(w)) return -1;
  if (/^(следующ|будущ|next|coming)/.test(w)) return 1;
  return 0;
}

/** Year named by a match: an explicit year, a relative one against `articleYear`, else the article year. */
function yearOf(m: RegExpExecArray, articleYear: number | null, defaultToArticle: boolean): number | null {
  const y = m.groups?.y ?? m.groups?.y2;
  if (y) return Number(y);
  // A two-digit year ("H112"): of this century below 50.
  const yy = m.groups?.yy;
  if (yy) return Number(yy) + (Number(yy) < 50 ? 2000 : 1900);
  const rel = m.groups?.rel ?? m.groups?.rel2;
  if (rel) return articleYear === null ? null : articleYear + relativeOffset(rel);
  return defaultToArticle ? articleYear : null;
}

/** Finds the period expressions of `text` (a sentence), resolving relative ones against `articleYear`. */
export function findPeriods(text: string, articleYear: number | null, articleMonth: number | null = null): PeriodExpr[] {
  const out: PeriodExpr[] = [];
  // Parts of a year whose year was not written but taken from the article (joined to a year told after them).
  const yearless = new Map<PeriodExpr, string>();
  let hint: RegExp | null = null;
  let hinted = false;
  for (let k = 0; k < PATTERNS.length; k++) {
    const p = PATTERNS[k]!;
    // Patterns in a row with the same hint ask it once.
    if (p.hint !== hint) hinted = (hint = p.hint).test(text);
    if (!hinted) continue;
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    // p60: each match is read by a function of its own, so that this loop is small enough for V8 to optimise it early and cheaply.
    while ((m = p.re.exec(text))) {
      const expr = periodAt(p, m, text, articleYear, articleMonth, out);
      if (expr === null) continue;
      out.push(expr);
      if (p.sub && expr.period?.includes('-') && !m.groups?.y && !m.groups?.y2 && !m.groups?.yy && !m.groups?.rel && !m.groups?.rel2) yearless.set(expr, expr.period.slice(5));
    }
  }
  out.sort((a, b) => a.start - b.start);
  return yearless.size ? yearBefore(text, joinYears(text, out, yearless), yearless) : out;
}

/**
 * The period expression of match `m` of pattern `p` in `text`, years resolved against `articleYear` (`articleMonth` for a
 * shift), or null when it overlaps one of `out`, names an event or takes no period.
 */
function periodAt(p: (typeof PATTERNS)[number], m: RegExpExecArray, text: string, articleYear: number | null, articleMonth: number | null, out: readonly PeriodExpr[]): PeriodExpr | null {
  const start = m.index;
  const end = start + m[0].length;
  if (out.some((o) => o.start < end && start < o.end)) return null;
  // «из-за августовского кризиса», «в декабрьском докладе»: an adjective of a month names an event, not the figure's period.
  if (m.groups?.m1 && MONTH_ADJECTIVE.test(m.groups.m1)) return null;
  const before = text.slice(Math.max(0, start - 45), start);
  if (p.kind === 'period' && !p.sub && !p.relative && MONTH_BEFORE.test(before)) return null;
  let period: string | null = null;
  if (p.kind === 'period') {
    const by = p.shift ? p.shift(m, articleMonth) : 0;
    const found = yearOf(m, articleYear, Boolean(p.sub));
    const year = found === null || by === null ? null : found + by;
    const sub = p.sub ? p.sub(m) : '';
    if (sub === null || (p.sub && sub === '' && year === null)) return null;
    period = year === null ? null : sub ? `${year}-${sub}` : String(year);
  }
  const comparedTo = (Boolean(p.deadline) && !p.sub && (PERCENT_BEFORE.test(before) || (m[0].startsWith('к') && CHANGE_NOUN_BEFORE.test(before)))) || (p.kind === 'period' && PERCENT_TO_BEFORE.test(before));
  const base =
    comparedTo ||
    (p.kind === 'period' && !p.sub && !p.deadline && ((BASE.test(before) && !NOT_BASE.test(before)) || CHANGE_ON.test(before) || COMPARED_BASE.test(before))) ||
    (p.kind === 'period' && Boolean(p.sub) && !p.deadline && !p.wholeYear && (STRICT_BASE.test(before) || CHANGE_ON.test(before) || COMPARED_BASE.test(before)));
  return { start, end, kind: p.kind, period, base, deadline: Boolean(p.deadline) && !comparedTo, ...(p.wholeYear ? { wholeYear: true } : {}) };
}

/** A number: after a year and a part of a year told later, a second one is another figure's, maybe of another year. */
const NUMBER = /\d+(?:[.,]\d+)*/g;
/** «в прошлом году», "last year": the year before the article's, told by a word (lexicon `partOfYearBefore.lastYear`, stems). */
const LAST_YEAR = rx(lexicon.partOfYearBefore.lastYear.join('|'), 'i');
/**
 * "grew by another 5%", «ещё на 5%», "т.г.", "this year": a further period, or the part's own year told after it (lexicon
 * `partOfYearBefore.notOfYear`, regex fragments).
 */
const NOT_OF_YEAR_BEFORE = rx(lexicon.partOfYearBefore.notOfYear.join('|'), 'i');

/**
 * A quarter or half still without its year after "last year" told earlier in the sentence is of that year when the only
 * number after it is the part's own figure: "Last year, as the customs service put it, cotton shipments gained 4% in the
 * third quarter" (not the article's third quarter). "In 2015 exports fell 3%, and in the first quarter they rose 2%", "grew by another 2% in
 * the first half" and a part joined to a year after it keep theirs.
 */
function yearBefore(text: string, out: PeriodExpr[], yearless: Map<PeriodExpr, string>): PeriodExpr[] {
  for (let i = 1; i < out.length; i++) {
    const part = out[i]!;
    const sub = yearless.get(part);
    if (!sub || part.base || (sub[0] !== 'Q' && sub[0] !== 'H') || part.period !== `${part.period!.slice(0, 4)}-${sub}`) continue;
    const year = out[i - 1]!;
    if (year.kind !== 'period' || !year.period || !/^\d{4}$/.test(year.period) || year.base || year.deadline || year.wholeYear) continue;
    if (!LAST_YEAR.test(text.slice(year.start, year.end)) || part.period.slice(0, 4) === year.period) continue;
    if (NOT_OF_YEAR_BEFORE.test(text.slice(year.end, Math.min(text.length, part.end + 12))) || (text.slice(year.end).match(NUMBER)?.length ?? 0) > 1) continue;
    part.period = `${year.period}-${sub}`;
  }
  return out;
}

/**
 * A verb of telling right after a half-year or quarter («в первом полугодии называл оборот за 2025 год»): the part dates
 * the telling. A single month needs no such test: `MONTH_YEAR_GAP` admits no word but a preposition.
 */
const TELLING_FIRST = rx(`^\\s*${wordsSource(lexicon.eventMarkers.telling)}`, 'iu');
/** Up to three words between a part of a year and its year: "first-half figures for this year". */
const PART_YEAR_GAP = rx(/^(?:\s+[\p{L}-]+){0,2}\s+(?:for|of|in|за|в)\s+$|^\s+$/iu);

/** Between a single month and a year only a preposition: «в марте за 2020 год» is no month of that year when words stand between. */
const MONTH_YEAR_GAP = rx(/^\s+(?:(?:for|of|in|за|в)\s+)?$/iu);

/**
 * A part of a year written without its year takes a year told a few words after it ("first-half figures for this
 * year"); a comma or a number between them ends the part («в первом полугодии, как и в 2019 году») and nothing is joined.
 * A single month takes no words between: «в мае оценивал доход за 2020 год» dates the telling by the month, not the
 * figure (`telling-month.ts`).
 */
function joinYears(text: string, out: PeriodExpr[], yearless: Map<PeriodExpr, string>): PeriodExpr[] {
  for (let i = 0; i + 1 < out.length; i++) {
    const part = out[i]!;
    const year = out[i + 1]!;
    const sub = yearless.get(part);
    if (!sub || part.base || year.kind !== 'period' || !year.period || !/^\d{4}$/.test(year.period) || year.base || year.deadline || year.wholeYear) continue;
    const gap = text.slice(part.end, year.start);
    // A month takes only a preposition before its year; a half-year or quarter up to two words, but not a verb of telling
    // («в первом полугодии называл оборот за 2025 год»: the part dates the telling, the year is what was told).
    if (!(/^\d\d$/.test(sub) ? MONTH_YEAR_GAP : PART_YEAR_GAP).test(gap) || TELLING_FIRST.test(gap)) continue;
    part.period = `${year.period}-${sub}`;
    part.end = year.end;
    out.splice(i + 1, 1);
  }
  return out;
}
