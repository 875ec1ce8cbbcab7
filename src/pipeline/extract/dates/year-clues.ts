/**
 * Exact-year clues in the text for an article whose date line has no year: anniversaries counted
 * from a known fact («30 лет установлению дипломатических отношений»), relative periods tied to a
 * written year («по итогам прошлого года … выше 2016 года»), and the latest period reported as a
 * result («за 2023 год товарооборот составил…», "evaluated the results of 2021").
 */
import type { ArticleDoc, Sentence } from '../../types';
import type { DateKnowledge } from './context';
import { COUNT_EN, COUNT_RU, DUTY, FUTURE, MONTH_ANY, PAST_EVENT, NUMBER_WORD_EN, NUMBER_WORD_RU, ORDINAL_WORD_RU, countAlternation, monthNumber, numberValue, ordinalValueRu } from './lexicon';
import { execAll, rx } from '../regex';

/** One year the text points to, with how strongly and why. */
export interface YearClue {
  year: number;
  /** 3 = explicit arithmetic (anniversary, «прошлый год» = 2017); 2 = reported results; 1 = weak. */
  weight: number;
  evidence: string;
}

const YR = '(?:199\\d|20[0-4]\\d)';
/** English count words from two up ("ten years of membership"); "a year" is no anniversary. */
const COUNT_WORD_EN = countAlternation([...COUNT_EN].filter(([, n]) => n > 1).map(([w]) => w));
const ANNIVERSARY = rx(
  [
    `(?<n>\\d{1,3})\\s*[-‑–]?\\s*(?:лети[еяю]|летием|летн\\p{L}+)`,
    `(?<![\\p{L}])(?<w>${NUMBER_WORD_RU})\\s*-?\\s*(?:лети[еяю]|летием)`,
    `(?<n2>\\d{1,3})\\s+лет(?![\\p{L}])`,
    `(?<n3>\\d{1,3})\\s*-?\\s*(?:я|й|ю|ой)?\\s+годовщин\\p{L}*`,
    `(?<![\\p{L}])(?<o>${ORDINAL_WORD_RU})\\s+годовщин\\p{L}*`,
    `(?<n4>\\d{1,3})(?:st|nd|rd|th)\\s+anniversary`,
    `(?<![\\p{L}-])(?<w2>${NUMBER_WORD_EN})\\s+anniversary`,
    `(?<n5>\\d{1,3})(?:-year|\\s+years)(?:\\s+anniversary|\\s+(?:of|since|ago))`,
    `(?<![\\p{L}-])(?<c>${COUNT_WORD_EN})\\s+years\\s+(?:of|since|ago)(?![\\p{L}])`,
  ]
    .map((p) => `(?:${p})`)
    .join('|'),
  'giu',
);
const APPROXIMATE = /(?:более|свыше|около|почти|порядка|больше|последние|over|more than|almost|nearly|about|past|last)\s*$/iu;
const LAST_YEAR = rx(/(?:в\s+)?(?:прошл|минувш)\p{L}*\s+год\p{L}*|\blast year\b|\bprevious year\b/iu);
const NEXT_YEAR = rx(/(?:следующ|будущ)\p{L}*\s+год\p{L}*|\bnext year\b/iu);
const PREFILTER = /лет|годовщин|anniversar|years/iu;

/** Quotation marks around a name in a fact's keyword, matched as any of them or none. */
const QUOTES = /["«»“”„]/g;
const QUOTE_CLASS = '["«»“”„]';

const stemCache = new WeakMap<DateKnowledge, { id: string; year: number; res: RegExp[] }[]>();
function factMatchers(kb: DateKnowledge) {
  let m = stemCache.get(kb);
  if (!m) {
    m = kb.facts.map((f) => ({
      id: f.id,
      year: Number(f.date.slice(0, 4)),
      // Each word cut to a stem so that case endings match («Победа» ~ «Победы», "relations"), and a name in
      // quotes of any kind («Кант», "Кант") or none.
      res: f.keywords.map((k) =>
        rx(
          k
            .toLowerCase()
            .replace(QUOTES, ' ')
            .trim()
            .split(/\s+/)
            .map((w) => (w.length > 4 ? w.slice(0, Math.max(4, w.length - 2)) + '\\p{L}*' : w))
            .join(`${QUOTE_CLASS}*\\s+${QUOTE_CLASS}*`),
          'u',
        ),
      ),
    }));
    stemCache.set(kb, m);
  }
  return m;
}

/** «вчера», «накануне», "yesterday": the event told is the day before the article's. */
const DAY_BEFORE = rx(/(?<![\p{L}])(?:вчера|накануне|yesterday)(?![\p{L}])/iu);
/** «30 лет», "30 years": a span counted from the event. */
const YEARS_COUNTED = rx(/(?<![\d.,])\d{1,3}\s*(?:лет|года?|years)(?![\p{L}])/iu);
const TODAY = rx(/(?<![\p{L}])(?:сегодня|today)(?![\p{L}])/iu);
/** An anniversary, a jubilee or a day of remembrance: a fact named on its own day is then being marked, not happening. */
const MARKED = /годовщин|летие|юбиле|anniversar|jubilee/iu;

/**
 * A known dated event of the field («договор о Евразийском экономическом союзе», signed 29 May 2014)
 * told on the day-month of the article's line, or the day before with «вчера» / "yesterday" in its
 * sentence, gives the year: the article reports it as news. Not in an article about an anniversary,
 * nor for a day kept every year (Victory Day's parade on 9 May is held each year, not in 1945 only).
 */
export function sameDayFactClues(doc: ArticleDoc, kb: DateKnowledge, md: { month: number; day: number }): YearClue[] {
  if (MARKED.test(doc.text)) return [];
  const out: YearClue[] = [];
  const facts = factMatchers(kb);
  kb.facts.forEach((f, i) => {
    if (f.date.length !== 10 || f.kind === 'commemoration') return;
    const fm = Number(f.date.slice(5, 7));
    const fd = Number(f.date.slice(8, 10));
    const year = Number(f.date.slice(0, 4));
    const sameDay = fm === md.month && fd === md.day;
    const next = new Date(Date.UTC(year, fm - 1, fd + 1));
    const dayBefore = next.getUTCMonth() + 1 === md.month && next.getUTCDate() === md.day;
    if (!sameDay && !dayBefore) return;
    for (const s of doc.sentences) {
      const lower = s.text.toLowerCase();
      if (!facts[i]!.res.some((re) => re.test(lower))) continue;
      if (dayBefore && !DAY_BEFORE.test(s.text)) continue;
      // Told as news («подписали сегодня», "signed yesterday"), not counted from («более 30 лет отношений»).
      if (YEARS_COUNTED.test(s.text) || !(PAST_EVENT[doc.language].test(s.text) || TODAY.test(s.text))) continue;
      out.push({ year, weight: 3, evidence: `year ${year} from «${s.text.slice(0, 80)}» (${f.id}, ${f.date}${dayBefore ? ', the day before' : ''})` });
      return;
    }
  });
  return out;
}

/**
 * «…, подписанного в 2014 году», "signed in Astana in 2014": the founding year written after an anniversary;
 * for the anniversary of a start («десятилетие начала работ»), «работы стартовали летом 2013 года»; a word (a month)
 * may stand before the year («открытый в мае 2011 года», "opened in May 2011").
 */
const FOUNDED_IN = rx(
  `^[^.;!?]{0,80}?(?<![\\p{L}])(?:подписан|основан|создан|учрежд[её]н|открыт|заключ[её]н|установлен|стартовал|начал|начат|signed|founded|established|created|opened|set up|launched|concluded|started|began)\\p{L}*(?:\\s+[^\\s\\d.;]+){0,3}?\\s+(?:(?:(?:в|in)\\s+)?[a-zа-яё]{3,9}\\s+(?:of\\s+)?|(?:в|in)\\s+|(?:летом|весной|осенью|зимой|in (?:the )?(?:summer|spring|autumn|fall|winter) of)\\s+|(?:on\\s+)?\\d{1,2}\\s+\\p{L}+\\s+|(?:on\\s+)?\\p{Lu}\\p{L}+\\s+\\d{1,2},?\\s+)(?<y>${YR})(?!\\d)`,
  'iu',
);

/**
 * The founding year of an anniversary written in the same sentence: the only year there, after a verb
 * of founding. "N years" without "anniversary" (`weak`) must follow directly ("20 years since it opened in 2003").
 */
function foundingInText(sentence: string, after: number, weak: boolean): { id: string; year: number } | null {
  const m = FOUNDED_IN.exec(sentence.slice(after));
  if (!m?.groups || (weak && m.index! + m[0].length > 60)) return null;
  const year = Number(m.groups.y);
  if (execAll(YEAR_ANY, sentence).some((y) => Number(y[0]) !== year)) return null;
  return { id: 'founding year in the text', year };
}

/** Anniversaries of known facts: base year + N (adjusted by «в прошлом году»/"next year" in the same sentence). */
export function anniversaryClues(doc: ArticleDoc, kb: DateKnowledge): YearClue[] {
  const facts = factMatchers(kb);
  const out: YearClue[] = [];
  doc.sentences.forEach((s, i) => {
    if (!PREFILTER.test(s.text)) return;
    for (const m of execAll(ANNIVERSARY, s.text)) {
      const g = m.groups!;
      const token = g.n ?? g.n2 ?? g.n3 ?? g.n4 ?? g.n5 ?? g.w ?? g.w2 ?? '';
      const n = g.o ? ordinalValueRu(g.o) : g.c ? (COUNT_EN.get(g.c.toLowerCase()) ?? null) : numberValue(token.toLowerCase());
      if (!n || n < 1 || n > 150) continue;
      if (APPROXIMATE.test(s.text.slice(Math.max(0, m.index! - 20), m.index))) continue;
      const window = s.text.slice(Math.max(0, m.index! - 60), m.index! + m[0].length + 100).toLowerCase();
      const weak = Boolean(g.n2 || g.n5 || g.c);
      // «…в день четвертой годовщины открытия базы. База была открыта 23 октября 2003 года»: the founding told right after.
      const next = doc.sentences[i + 1];
      const fact =
        facts.find((f) => f.res.some((re) => re.test(window))) ??
        foundingInText(s.text, m.index! + m[0].length, weak) ??
        // «Созданный в мае 2011 года комбинат отпраздновал 15-летие»: the founding told before the count.
        (!weak ? foundingInText(s.text.slice(0, m.index), 0, false) : null) ??
        (!weak && next && execAll(YEAR_ANY, s.text).length === 0 ? foundingInText(next.text, 0, false) : null);
      if (!fact) continue;
      // «в 2022 году исполнится 30 лет»: the anniversary's year is written, the article's is not implied.
      if (execAll(YEAR_ANY, s.text).some((y) => Number(y[0]) !== fact.year)) continue;
      const shift = LAST_YEAR.test(s.text) ? 1 : NEXT_YEAR.test(s.text) ? -1 : 0;
      const year = fact.year + n + shift;
      // «ветерану 100 лет … Великой Отечественной войны» is an age, not an anniversary.
      if (year < 1991 || year > 2040) continue;
      const note = shift ? ` (${shift > 0 ? 'celebrated last year' : 'to be celebrated next year'})` : '';
      out.push({ year, weight: 3, evidence: `year ${year} from «${quote(s, m.index!, m[0].length)}» (${fact.id}: ${fact.year} + ${n}${note})` });
    }
  });
  return out;
}


const APPOSITION_PAST = rx(`(?:прошл|минувш)\\p{L}*\\s*[,(]\\s*(${YR})\\s*\\)?\\s*(?:год|г\\.)|(?:last|previous) year\\s*[,(]\\s*(${YR})`, 'iu');
/** «текущего 2031 года», «в уходящем 2023 году» (the year drawing to its close is the article's own), "this year, 2019". */
const APPOSITION_THIS = rx(`(?<![\\p{L}])(?:текущ|нынешн|этого|этом|сего|уходящ)\\p{L}*\\s*[,(]?\\s*(${YR})\\s*\\)?\\s*(?:год|г\\.)|this year\\s*[,(]\\s*(${YR})`, 'iu');
const COMPARISON = rx(
  `(?:выше|ниже|больше|меньше|превыш\\p{L}*|превзош\\p{L}*|сравнению с|сравнении с|относительно|против|чем в|than in|than|compared (?:with|to)|as against|over|(?:percent|per cent|%)\\s+(?:up\\s+|down\\s+)?(?:from|on))\\s+(?:[\\p{L}]+\\s+){0,2}?(${YR})(?!\\d)`,
  'iu',
);
/** Comparison with a single year and nothing else: the current period is the year after it. */
const COMPARED_WITH = rx(`(?:по сравнению с|в сравнении с|сравнительно с|compared (?:with|to)|in comparison (?:with|to))\\s+(?:\\p{L}+\\s+){0,2}?(${YR})(?!\\d)`, 'iu');
/** «против аналогичного периода 2044 года», "up on the same period of 2047": the current part of a year set against that of a year. */
const SAME_PERIOD_OF = rx(`(?:аналогичн|соответствующ)\\p{L}*\\s+период\\p{L}*\\s+(${YR})(?!\\d)|(?:same|corresponding|comparable)\\s+period\\s+(?:of|in)\\s+(${YR})(?!\\d)`, 'iu');
const RESULTS_OF = rx(`(?:итог\\p{L}*|results?|outcomes?)\\s+(?:of\\s+|за\\s+|for\\s+)?(?:the\\s+)?(?:year\\s+)?(${YR})(?![\\d\\-–—])`, 'iu');
/**
 * Verbs that report a period's result; traffic counts too («перевезено 1,1 млн пассажиров», «аэропорт обслужил …»,
 * "carried 2 million passengers", not "carried out").
 */
const RESULT_VERB =
  /(?:достиг|состав|вырос|вырост|увелич|сократ|снизил|снижен|превысил|прибавил|упал|перевез|обслужил|reached|amounted|totall?ed|grew|rose|increased|decreased|declined|fell|stood at|was up|was down|carried(?! out))/iu;
/**
 * Last year told as a period of its own, after a written year in the same sentence («то в прошлом году — …», "to
 * 20,000 last year"), not a comparison with it («по сравнению с прошлым годом», "up on last year").
 */
const LAST_YEAR_LATER = rx(/(?<![\p{L}])(?:в\s+(?:прошл|минувш)(?:ом|ем)\s+году|(?<!(?:on|from|with|than|over|since)\s)last\s+year)(?![\p{L}])/iu);
const COUNT_ALL = new Map([...COUNT_RU, ...COUNT_EN].filter(([, n]) => n > 1));
/** «за последние шесть лет», "over the past six years": a span of years that ends now. */
const LAST_SPAN = rx(
  `(?<![\\p{L}])(?:за\\s+(?:последние|минувшие|прошедшие)|(?:over|in|during)\\s+the\\s+(?:past|last))\\s+(\\d{1,2}|${countAlternation(COUNT_ALL.keys())})\\s+(?:лет|года|years)(?![\\p{L}])`,
  'iu',
);
const countOf = (w: string) => (/^\d+$/.test(w) ? Number(w) : (COUNT_ALL.get(w.toLowerCase()) ?? 0));
/** A written year, with a following «год»/«г.» word when there is one. */
const YEAR_WORD = rx(`(?<![\\d.,$])(${YR})(?![\\d%])(\\s*(?:год\\p{L}*|г\\.))?`, 'giu');
const PARTIAL_BEFORE =
  rx(/(?:полугоди|квартал|месяц|половин|январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр|half|quarter|months?|january|february|march|april|may|june|july|august|september|october|november|december)\p{L}*\.?\s*(?:of\s+)?(?:the\s+)?(?:year\s+)?$/iu);
const FULL_BEFORE = /(?:^|[\s(])(?:за|в|по итогам|in|for|during|of)\s+(?:the\s+(?:whole\s+|full\s+)?year\s+)?$/iu;
const TARGET_BEFORE = rx(/(?:^|[\s(])(?:к|до|с|со|by|until|since|till|from|through)\s+(?:\p{L}+\s+)?$/iu);
const YEAR_ANY = rx(`(?<![\\d.,])${YR}(?![\\d])`, 'g');

/** The month word that closes a reported part of a year, right before its year («январь-ноябрь», "January-November"). */
const PERIOD_LAST_MONTH = rx(`(${MONTH_ANY})\\s*(?:of\\s+)?(?:the\\s+)?(?:year\\s+)?$`, 'iu');

/**
 * The year a reported part of year `yr` points to when the page's own month is `pageMonth`: a part told up to its
 * last month (January–November) is counted only once that month is over, so a page of February that reports it is of
 * the next year. A part that ends the month after the page's may be an early estimate, so only one ending two months
 * or more after it counts.
 */
function partialReportYear(before: string, yr: number, pageMonth: number | null): number {
  if (pageMonth === null) return yr;
  const m = PERIOD_LAST_MONTH.exec(before);
  const last = m ? monthNumber(m[1]!) : null;
  return last !== null && last >= pageMonth + 2 ? yr + 1 : yr;
}

/**
 * Relative periods tied to a written year, and the latest reported period. `pageMonth` is the month of the
 * page's own day-month line, when it has one (not an event's day told in the body).
 */
export function relativeClues(doc: ArticleDoc, pageMonth: number | null = null): YearClue[] {
  const out: YearClue[] = [];
  let report = null as YearClue | null;
  const offer = (c: YearClue) => {
    if (!report || c.year > report.year) report = c;
  };
  for (const s of doc.sentences) {
    if (!/\d{4}/.test(s.text)) continue;
    const t = s.text;
    // Whether one year alone is written: asked only of the few sentences with a comparison.
    const oneYear = () => new Set(execAll(YEAR_ANY, t).map((m) => m[0])).size === 1;
    let m = t.match(APPOSITION_PAST);
    if (m) {
      const y = Number(m[1] ?? m[2]) + 1;
      out.push({ year: y, weight: 3, evidence: `year ${y} from «${quote(s, m.index!, m[0].length)}» (last year = ${y - 1})` });
      continue;
    }
    m = t.match(APPOSITION_THIS);
    if (m) {
      const y = Number(m[1] ?? m[2]);
      out.push({ year: y, weight: 3, evidence: `year ${y} from «${quote(s, m.index!, m[0].length)}»` });
      continue;
    }
    const cmp = t.match(COMPARISON);
    if (cmp && LAST_YEAR.test(t) && oneYear()) {
      const y = Number(cmp[1]) + 2;
      out.push({
        year: y,
        weight: 3,
        evidence: `year ${y} from «${quote(s, 0, t.length)}» (last year compared with ${cmp[1]}, so last year = ${y - 1})`,
      });
      continue;
    }
    const strict = t.match(COMPARED_WITH) ?? t.match(SAME_PERIOD_OF);
    if (strict && oneYear()) {
      const base = strict[1] ?? strict[2]!;
      const y = Number(base) + 1;
      offer({ year: y, weight: 2, evidence: `year ${y} from «${quote(s, strict.index!, strict[0].length)}» (the current period is compared with ${base})` });
    }
    const res = t.match(RESULTS_OF);
    if (res) {
      const y = Number(res[1]) + 1;
      offer({ year: y, weight: 2, evidence: `year ${y} from «${quote(s, res.index!, res[0].length)}» (results of ${res[1]} are reported)` });
    }
    if (!RESULT_VERB.test(t)) continue;
    for (const f of execAll(YEAR_WORD, t)) {
      const before = t.slice(Math.max(0, f.index! - 40), f.index);
      const yr = Number(f[1]);
      if (TARGET_BEFORE.test(before)) continue;
      const partial = PARTIAL_BEFORE.test(before);
      if (!partial && !(FULL_BEFORE.test(before) && (f[2] || doc.language === 'en'))) continue;
      // «если в 2031 году … то в прошлом году …», "from 90,000 in 2031 to 20,000 last year": the written year is the
      // base of a comparison, last year the latest result; over «последние шесть лет» the span gives last year.
      if (!partial && LAST_YEAR_LATER.test(t.slice(f.index! + f[0].length))) {
        const span = LAST_SPAN.exec(t);
        const n = span ? countOf(span[1]!) : 0;
        if (n > 1) out.push({ year: yr + n + 1, weight: 3, evidence: `year ${yr + n + 1} from «${quote(s, 0, t.length)}» (${yr} + ${n} years = last year)` });
        continue;
      }
      const y = partial ? partialReportYear(before, yr, pageMonth) : yr + 1;
      const why = !partial ? `full-year ${yr} results are reported as news` : y > yr ? `part of ${yr} is reported in month ${pageMonth}, before that part was over` : `part of ${yr} is reported`;
      offer({ year: y, weight: partial ? 2 : 1, evidence: `year ${y} from «${quote(s, f.index!, f[0].length)}» (${why})` });
    }
  }
  if (report) out.push(report);
  return out;
}

function quote(s: Sentence, index: number, length: number): string {
  const start = Math.max(0, index - 40);
  const end = Math.min(s.text.length, index + length + 40);
  return `${start > 0 ? '…' : ''}${s.text.slice(start, end).trim()}${end < s.text.length ? '…' : ''}`;
}

/** «к 2030 году», «на 2015–2016 годы» (both years of a plan's span), 'by 2030'. */
const TARGET_OR_PLAN_BEFORE = rx(/(?:^|[\s(])(?:к|до|на|с|со|by|until|since|till|from|through|for)\s+(?:\p{L}+\s+)?(?:\d{4}\s*[-–—]\s*)?$/iu);

/**
 * The latest year the text mentions as already happened (not a target «к 2030 году», not in a
 * sentence about plans): the article cannot be older. Used to veto weak clues.
 */
export function latestPastYear(doc: ArticleDoc): number | null {
  let latest: number | null = null;
  for (const s of doc.sentences) {
    if (!/\d{4}/.test(s.text)) continue;
    // «Фонд должен начать работу в 2014 году»: a plan, as a sentence of the future is.
    if ((doc.language === 'ru' ? FUTURE.ru : FUTURE.en).test(s.text) || DUTY[doc.language].test(s.text)) continue;
    for (const m of execAll(YEAR_WORD, s.text)) {
      if (TARGET_OR_PLAN_BEFORE.test(s.text.slice(Math.max(0, m.index! - 40), m.index))) continue;
      const y = Number(m[1]);
      if (latest === null || y > latest) latest = y;
    }
  }
  return latest;
}
