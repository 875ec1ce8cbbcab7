/**
 * Trade figures: Kyrgyz–Russian trade turnover (USD), its growth in percent and as a multiple,
 * targets and forecasts, plus a few figures that are NOT turnover (debt write-offs, investment,
 * aid, exports or imports alone, shares) under their own metric names so they never pass for it.
 * Each figure keeps the clause it was read from; relative periods resolve against the article date.
 */
import type { ArticleDate, ArticleDoc, FigureDraft, PersonDraft, Sentence, Span } from '../types';
import { commonFirst, execAll, rx } from './regex';
import { RUSSIA_GENITIVE_RU, RUSSIA_STEM_EN, RUSSIA_STEM_RU } from './figures/pair-names';
import { choosePeriod } from './figures/choose-period';
import { mayHoldFigure } from './figures/gate';
import { clauseAt, kindOf, onlyComingOut, qualifierOf, readWords, subjectAfter, subjectBefore, subjectCues, withBareTurnover, type Cue, type Words } from './figures/context';
import { ESTIMATE, FORECAST_AFTER, RUNNING_YEAR, STATISTICS_MONTH, OTHER_CURRENCY, TARGET_AFTER, isTowardsMark, type Subject } from './figures/lexicon';
import { metricOf, namesRegion, type Read } from './figures/metric';
import { namesRegionalHead, regionalHeadMentions } from './figures/regional-head';
import { extractPeople } from './people';
import { findQuantities, type Quantity } from './figures/numbers';
import { findPeriods, type PeriodExpr } from './figures/periods';
import { givesOtherSourceData } from './figures/other-source';
import { differenceFrom, divergesBy, onlyDifferenceCues } from './figures/difference';
import { isLevelNamed, isYearlyVolume } from './figures/annual-aim';
import { isSincePeriod, maySaySince } from './figures/since-period';
import { AIM_REACH, levelDeadline } from './figures/level-anaphor';
import { factorOnDistantBase } from './figures/distant-base';
import { mayHoldTable, tableFigures } from './figures/table';
import { inlinePartnerFigures, pairTableFigures, partnerListFigures, partnerTableFigures } from './figures/partner-table';
import { inSpans, pageStructure, type PageStructure } from './page';
import { LowerDoc } from './lower';
import { rememberSentence } from './figures/words';

/** A sentence about trade leaves its period to the next one even without figures. */
const TRADE_WORD = /товарооборот|торговл|trade|turnover/iu;
/** A quarter or a half of a year (`2026-Q1`, `2019-H2`). */
const PART_OF_YEAR = /^\d{4}-[QH][1-4]$/;
/** How many sentences back a word of trade still makes «оборот» alone trade turnover. */
const TRADE_CONTEXT_REACH = 3;
/** "last year's", «прошлогодних» right before a number: the value of a year gone by. */
const PAST_YEARS_OWN = rx(/(?:last|previous|past)\s+year['’]s\s+(?:(?:total|figure|level|record|of)\s+)*$|(?<![\p{L}])прошлогодн\p{L}*\s+(?:\p{L}+\s+){0,2}$/iu);
/** A pronoun as the subject a few words before a figure: "it grew by another", «он вырос еще на». */
const PRONOUN_GOES_ON = rx(/(?<![\p{L}])(?:it|он|она|оно)\s+(?:[\p{L}-]+\s+){1,4}$/iu);
/** How far before a number a word of targeting or forecasting still governs it. */
const KIND_REACH = 100;
/** How far before its clause a subject or period may be to join a figure's quote. */
const QUOTE_REACH = 160;

/** What a sentence leaves for the next one: its topic and its periods. */
interface SentenceContext {
  topic: Subject | null;
  periods: PeriodExpr[];
  /** Its periods whatever its topic, for "over the same period" / «за тот же период». */
  anyPeriods: () => PeriodExpr[];
  /** The kind of its last figure about turnover, if any. */
  kind?: FigureDraft['kind'];
  /** The metric of its last figure («товарооборот края …» → regional), for a figure that goes on with «он»/"it". */
  metric?: string;
  /** The topic was passed on from the sentence before (it is passed on once only). */
  passedOn?: boolean;
  /** The sentence names a Russian region («… торговое представительство Татарстана»): who "our trade" may belong to. */
  regionNamed: () => boolean;
  /** The sentence is told for comparison («Для сравнения: …», "By comparison, …"): its pair is not the article's own. */
  comparison?: boolean;
  /** Its figures give both exports and imports: a singular "the figure" after it is not one of them. */
  bothParts?: boolean;
  /** The metric of its last turnover figure when a part of trade came after it («Товарооборот составил …, экспорт вырос …»). */
  turnoverMetric?: string;
}
/** «Для сравнения», "by comparison", "for comparison": the sentence sets another pair beside the article's own. */
const COMPARISON = rx(/(?<![\p{L}])(?:для\s+сравнения|в\s+сравнении|(?:by|for|in)\s+comparison)(?![\p{L}])/iu);
/** "another", "a further", «ещё (на)» right before a change: one more change of a series told before. */
const ANOTHER_BEFORE = rx(/(?<![\p{L}])(?:another|(?:a\s+)?further|ещ[её](?:\s+на)?)\s*$/iu);
/** «показатель», "the figure", "this indicator": a noun that names a value already told, not what it measures. */
const THE_FIGURE = rx(/(?<![\p{L}])(?:показател\p{L}*|(?:the|this)\s+(?:figure|indicator))(?![\p{L}])/iu);
/** Subjects that are parts of turnover: a sentence about them may follow one about turnover itself. */
const PARTS_OF_TRADE = new Set<Subject | null>(['exports', 'imports']);

/** "compared with", "against", «против», «по сравнению с» right before a sum: the base it is set against. */
const BASE_BEFORE = rx(/(?<![\p{L}])(?:compared\s+(?:with|to)|against|versus|vs\.?|против|по\s+сравнению\s+с)\s*$/iu);

/** The longest sentence without subject words that still passes on the topic of the one before. */
const PASS_ON_LENGTH = 80;

/**
 * «Это ниже прогноза …», "This falls short of …", «Это, конечно, связано с …»: a sentence opening with a pointer back
 * (an aside after it set off by a comma) comments the figure before, however long.
 */
const THIS_OPENS = /^(?:Это|This|That)[\s,]/u;

/** How many sentences back "the same period" may point. */
const SAME_PERIOD_REACH = 3;
/** "over the same period", «за тот же период»: the period of the sentence before, whatever it was about. */
const SAME_PERIOD = rx(
  /(?:over|in|during|for)\s+the\s+(?:same|corresponding|comparable)\s+(?:period|time|months?)|(?:за|в)\s+(?:тот\s+же|этот\s+же|этот|указанный|данный|аналогичн\p{L}*)\s+(?:период|срок)(?![\p{L}])/iu,
);
/**
 * «за тот же год», «в том же году», "in the same year": the last whole year told a few sentences back, whatever it was
 * about («Для сравнения: в 2013 году Россия импортировала … Весь экспорт Киргизии за тот же год составил …»).
 */
const SAME_YEAR = rx(/(?<![\p{L}])(?:(?:за|в)\s+(?:тот|этот)\s+же\s+год|в\s+(?:том|этом)\s+же\s+году|(?:in|for|during|over)\s+(?:the|that)\s+same\s+year)(?![\p{L}])/iu);
/** The cheap test before `SAME_YEAR`: one of its words of sameness. */
function maySayTheSameYear(text: string): boolean {
  return text.includes('же год') || text.includes('same year');
}
/**
 * «по сравнению с аналогичным периодом», «чем за тот же период», "compared with the same period": a base, not the figure's
 * period; so is "over the same period" of a year right after a percentage ("up 12 percent over the same period last
 * year"), where "over" sets the change against it (alone, "fell 21% over the same period" is the period told before).
 */
const SAME_PERIOD_BASE = rx(
  /(?<![\p{L}])(?:compared\s+(?:with|to)|from|than|against|on)\s+(?:in\s+|during\s+)?the\s+(?:same|corresponding|comparable)\s+period|(?:%|percent|per\s?cent)\s+over\s+the\s+(?:same|corresponding|comparable)\s+period\s+(?:last\s+year|of|in|a\s+year)(?![\p{L}])|(?<![\p{L}])(?:по\s+сравнению\s+с|против|относительно|чем|к)\s+(?:(?:за|в)\s+)?(?:аналогичн\p{L}*|тем\s+же|тот\s+же)\s+период\p{L}*/iu,
);

/**
 * Finds trade-turnover figures, growth rates and targets, with their periods resolved against the
 * article date. `page`: the article's headline block and related-article links (`pageStructure`),
 * read once per article by `extractArticle`; `people`: the people stage's (`extractPeople`), whose
 * heads of regions make "our trade" a region's.
 */
export function extractFigures(doc: ArticleDoc, date: ArticleDate, page: PageStructure = pageStructure(doc), people: readonly PersonDraft[] = extractPeople(doc)): FigureDraft[] {
  const year = date.date ? Number(date.date.slice(0, 4)) : null;
  const month = date.date ? Number(date.date.slice(5, 7)) : null;
  // The heads of regions and cities named, in office in the article's month (roles are read at month precision); asked
  // only of "our trade", so found on first use.
  const regionalHeads = once(() => regionalHeadMentions(people, date.date === null ? null : date.date.slice(0, 7)));
  // Whether a sentence, or the attribution of the quotation it stands in, names such a head.
  const namesHead = (s: Sentence) => namesRegionalHead(regionalHeads(), s, doc.text);
  // Where the people of third countries are named (asked only of a pair of names owning "their" trade).
  const foreignMentions = once(() => foreignPeopleMentions(people));
  const reads: Read[] = [];
  let previous: (() => SentenceContext) | null = null;
  const recent: (() => SentenceContext)[] = [];
  /** Whether each of the last few sentences spoke of trade, latest first. */
  const tradeRecent: boolean[] = [];
  // "Trade suffered too. Bilateral trade fell 21% over the same period": the last period told, a few sentences back.
  const lastPeriods = () => {
    for (const c of recent) {
      const ps = c().anyPeriods().filter((p) => !p.base && !p.deadline && p.kind !== 'annual');
      if (ps.length) return ps;
    }
    return null;
  };
  // "Overall turnover in the quarter grew 12.4%": the latest part of a year of that unit, a few sentences back.
  const lastPart = (unit: string) => {
    for (const c of recent) {
      const p = c().anyPeriods().find((x) => !x.base && !x.deadline && x.period && PART_OF_YEAR.test(x.period) && x.period[5] === unit);
      if (p) return p.period;
    }
    return null;
  };
  // "Trade rose … Exports grew …": whether one of the last few sentences was about turnover itself.
  // `pastAsides`: only past sentences without a subject of their own (another subject on the way stops the search).
  const turnoverRecent = (pastAsides = false) => {
    for (const c of recent) {
      const topic = c().topic;
      if (topic === 'trade_turnover') return c();
      // «Товарооборот составил 3,1 млрд, экспорт вырос на 12%. … ориентир в 4 млрд»: the turnover told before the part in one sentence.
      const turnoverMetric = c().turnoverMetric;
      if (turnoverMetric && PARTS_OF_TRADE.has(topic)) return { ...c(), topic: 'trade_turnover' as const, metric: turnoverMetric };
      if (pastAsides && topic !== null) return null;
    }
    return null;
  };
  const found: Weighed[] = [];
  // The latest aim for turnover told (a target or forecast), and how many sentences ago: a level pointing back names it.
  let lastAim: { draft: FigureDraft; age: number } | null = null;
  // «Читайте также: • … договорились довести товарооборот до 5 млрд», "Related: …": another article's headline, whose
  // figures are that article's.
  const sentences = doc.sentences;
  // Each sentence's lower case is a slice of the article's, for the word scans of its cues (`rememberSentence`).
  const lower = new LowerDoc(doc.text);
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    // The words of a sentence that may hold figures are read once, for its numbers (a number word among them, or none),
    // its figures and the sentence after it.
    rememberSentence(s.text, lower, s.start, s.end);
    const sentenceWords = mayHoldFigure(s.text) && !(page.related.length && inSpans(page.related, s.start)) ? readWords(s.text) : null;
    const here = sentenceWords ? findQuantities(s.text, doc.language, sentenceWords.numberWords) : [];
    const words = here.length ? sentenceWords : null;
    // «оборот» alone is trade turnover where this sentence or one of the few before it speaks of trade.
    const aboutTrade = TRADE_WORD.test(s.text);
    if (words && (aboutTrade || tradeRecent.includes(true))) words.cues = withBareTurnover(s.text, words.cues);
    tradeRecent.unshift(aboutTrade);
    if (tradeRecent.length > TRADE_CONTEXT_REACH) tradeRecent.pop();
    // Found once for the sentence's figures and for the sentence after it (both may ask).
    const periods = once(() => findPeriods(s.text, year, month));
    const previousText = () => (si > 0 ? sentences[si - 1]!.text : '');
    const read: Read[] = words ? readSentence(s, here, words, periods, year, month, previous, lastPeriods, lastPart, turnoverRecent, namesHead, previousText, foreignMentions) : [];
    for (let k = 0; k < read.length; k++) reads.push(read[k]!);
    lastAim = aimAfter(s, here.length > 0, read, periods, lastAim, found);
    const before: (() => SentenceContext) | null = previous;
    previous = once((): SentenceContext => contextOf(s, periods, read, words, before));
    recent.unshift(previous);
    if (recent.length > SAME_PERIOD_REACH) recent.pop();
  }
  // p60: the article-wide passes are a function of their own, so that this one is small enough for V8 to optimise its
  // loop early and cheaply.
  return withTablesAndLists(doc, date, year, month, page, reads, found);
}

/**
 * The figures read sentence by sentence (`reads`, with the aims restated in `found`), the article's tables and lists
 * of partners added, without repeats (`dedupe`) and headline figures the body tells rounded.
 */
function withTablesAndLists(doc: ArticleDoc, date: ArticleDate, year: number | null, month: number | null, page: PageStructure, reads: readonly Read[], found: Weighed[]): FigureDraft[] {
  for (const r of reads) if (r.draft) found.push({ draft: r.draft, weight: r.sentenceLength });
  // One cheap test of the whole article before either kind of table is looked for (most articles have none).
  if (mayHoldTable(doc.text)) for (const draft of [...tableFigures(doc, date.date), ...partnerTableFigures(doc), ...pairTableFigures(doc, year, month)]) found.push({ draft, weight: 0 });
  for (const draft of partnerListFigures(doc, year, month)) found.push({ draft, weight: 0 });
  for (const draft of inlinePartnerFigures(doc, year, month)) found.push({ draft, weight: 0 });
  return withoutRoundedHeadlineRepeats(page.headlines, dedupe(found));
}

/**
 * The latest aim for turnover told (and how many sentences ago) after sentence `s` (`read` its figures), the aim `lastAim`
 * told before; a sentence without figures of its own pointing back at the aim's level restates it, by its deadline, in `found`.
 */
function aimAfter(s: Sentence, hasQuantities: boolean, read: readonly Read[], periods: () => PeriodExpr[], lastAim: { draft: FigureDraft; age: number } | null, found: Weighed[]): { draft: FigureDraft; age: number } | null {
  // «…нарастить товарооборот до 4 млрд долларов. Правительство намерено выйти на этот уровень уже к 2033 году»: the aim, by then.
  const level = !hasQuantities && lastAim ? levelDeadline(s.text, periods) : null;
  if (level && lastAim) found.push({ draft: aimByDeadline(s, lastAim.draft, level), weight: s.text.length, restated: true });
  const lastTurnover = read.findLast((r) => r.draft?.metric === 'trade_turnover')?.draft;
  if (lastTurnover) return lastTurnover.kind === 'target' || lastTurnover.kind === 'forecast' ? { draft: lastTurnover, age: 0 } : null;
  if (lastAim) return lastAim.age + 1 < AIM_REACH ? { draft: lastAim.draft, age: lastAim.age + 1 } : null;
  return null;
}

/** Where a clause may open before a level pointing back: its quote starts after the last of these. */
const QUOTE_OPENERS = [',', ';', ':', '«', '"', '“', '(', '—'];

/** The aim told before, set for the deadline of the sentence that points back at its level, quoted from that clause. */
function aimByDeadline(s: Sentence, aim: FigureDraft, level: { start: number; end: number; year: string }): FigureDraft {
  let from = 0;
  for (const c of QUOTE_OPENERS) from = Math.max(from, s.text.lastIndexOf(c, level.start) + 1);
  while (from < level.start && /\s/.test(s.text[from]!)) from++;
  return { ...aim, period: level.year, qualifier: null, quote: { start: s.start + from, end: s.start + level.end, text: s.text.slice(from, level.end) } };
}

/** A figure and the length of the sentence it was read from (0 for a table row): the longer sentence wins a tie. */
interface Weighed {
  draft: FigureDraft;
  weight: number;
  /** An aim told again with a deadline of its own («выйти на этот уровень к 2027 году»): the undated aim before it stays. */
  restated?: boolean;
}

/** The sides of the pair: their people are not a third country's. */
const PAIR_COUNTRIES = new Set(['RU', 'KG']);

/** The mentions of the article's `people` (the people stage's) of a country other than Russia and Kyrgyzstan. */
function foreignPeopleMentions(people: readonly PersonDraft[]): Span[] {
  const out: Span[] = [];
  for (const p of people) if (p.country !== null && !PAIR_COUNTRIES.has(p.country)) out.push(...p.mentions);
  return out;
}

/** Computes a value on first use only (most sentences are never looked back at). */
function once<T>(make: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: make() }).v;
}

/**
 * The topic a sentence leaves: the subject of its last figure, else its last subject word. A short sentence
 * without figures or subject words («Это меньше, чем мы хотели бы.», "That is not enough.") passes on the
 * topic and periods of the one before it, once: the sentence after it may still speak of the same thing.
 */
function contextOf(
  s: Sentence,
  anyPeriods: () => PeriodExpr[],
  read: Read[],
  words: Words | null,
  before: (() => SentenceContext) | null,
): SentenceContext {
  const lastFigure = read.filter((r) => r.draft).pop();
  // «…, а доля расчетов в рублях во взаимной торговле превысила 85%»: a share passes on what it is a share of.
  const shareOf = lastFigure?.subject === 'share' ? words?.cues.filter((c) => c.tag !== 'share' && c.tag !== 'writeoff' && c.end <= lastFigure.q.start).pop()?.tag : undefined;
  const fromFigures = shareOf ?? lastFigure?.subject;
  // «Доля России — 27% от внешней торговли республики, которая достигла 8,5 млрд»: the whole of a share, told in its
  // relative clause, is said in passing; the sentence passes on no metric, as a share does.
  const wholeOfShare = isWholeOfShare(s.text, read, lastFigure);
  // The subject words of a sentence with figures were found with its other words (`readWords`): the same hits.
  const allCues = fromFigures ? [] : (words?.cues ?? subjectCues(s.text));
  const cues = allCues.filter((c) => c.tag !== 'share' && c.tag !== 'writeoff');
  const regionNamed = once(() => namesRegion(s.text));
  if (!fromFigures && allCues.length === 0 && read.length === 0 && (s.text.length <= PASS_ON_LENGTH || THIS_OPENS.test(s.text)) && before) {
    const prev = before();
    if (!prev.passedOn && prev.topic)
      return { topic: prev.topic, periods: prev.periods, anyPeriods, passedOn: true, metric: prev.metric, regionNamed, turnoverMetric: prev.turnoverMetric };
  }
  // «Разница почти в 800 млн долларов объясняется …», «Расхождение не новое.»: a gap between figures speaks of what they measure.
  if ((!fromFigures || fromFigures === 'other') && before && onlyDifferenceCues(s.text, words?.cues ?? allCues)) {
    const prev = before();
    if (prev.topic) return { topic: prev.topic, periods: prev.periods, anyPeriods, metric: prev.metric, regionNamed };
  }
  const topic = fromFigures ?? (cues.length > 0 ? cues[cues.length - 1]!.tag : null);
  return {
    topic,
    periods: topic === 'trade_turnover' || TRADE_WORD.test(s.text) ? withoutComparedPeriods(s.text, anyPeriods(), read) : [],
    anyPeriods,
    kind: lastFigure?.draft?.kind,
    metric: shareOf || wholeOfShare ? undefined : lastFigure?.draft?.metric,
    regionNamed,
    // «Товарооборот составил 1,8 млрд, тогда как торговля с Китаем — 5,6 млрд»: another pair's figure set beside the pair's own.
    comparison: lastFigure?.draft?.metric.startsWith('third_country') === true && (COMPARISON.test(s.text) || read.some((r) => r.draft?.metric === 'trade_turnover')),
    bothParts: read.some((r) => r.draft && r.subject === 'exports') && read.some((r) => r.draft && r.subject === 'imports'),
    turnoverMetric: PARTS_OF_TRADE.has(topic) ? read.findLast((r) => r.draft && r.subject === 'trade_turnover')?.draft!.metric : undefined,
  };
}

/** A share, then a comma and a relative pronoun before the next figure: that figure is the share's whole. */
const SHARE_THEN_WHOLE = rx(/^[^.;!?]*,\s*(?:котор(?:ый|ая|ое|ые)|which|that)\s/iu);

/** «на Россию приходится», «доля России», "Russia accounts for", "Russia's share": Russia holds a share of the sum after it. */
const RUSSIA_HOLDS_SHARE = commonFirst(
  rx(
    `(?:[Нн]а\\s+(?:долю\\s+)?${RUSSIA_STEM_RU}\\p{L}*\\s+(?:приход|пришл)\\p{L}*|[Дд]ол\\p{L}+\\s+${RUSSIA_GENITIVE_RU}|${RUSSIA_STEM_EN}\\s+(?:accounts?|accounted)\\s+for|${RUSSIA_STEM_EN}['’]s\\s+share)(?![\\p{L}])`,
    'u',
  ),
);

/**
 * Whether `last`, the last figure of `read` from `text`, is the country's total trade a share told right before it is
 * of: told in the share's relative clause («…, которая составила $9 млрд», ", which came to …"), or after Russia's share
 * of it («На Россию приходится 30% внешней торговли страны …»). The sentence is about the share, and passes on no
 * metric of that total.
 */
function isWholeOfShare(text: string, read: readonly Read[], last: Read | undefined): boolean {
  if (last?.draft?.metric !== 'total_foreign_trade_turnover') return false;
  const share = read[read.indexOf(last) - 1];
  if (share === undefined || share.q.type !== 'percent') return false;
  return SHARE_THEN_WHOLE.test(text.slice(share.q.end, last.q.start)) || RUSSIA_HOLDS_SHARE.test(text.slice(0, share.q.start));
}

/** "well below the $2.1 billion of 2013", «против 1,5 млрд в 2018 году»: a word of comparison right before an amount. */
const COMPARED_BEFORE = rx(/(?<![\p{L}])(?:below|above|under|over|against|versus|vs\.?|from|than|compared\s+(?:with|to)|против|чем|по\s+сравнению\s+с)\s+(?:the\s+|some\s+|about\s+|около\s+|почти\s+)?(?:US\s*)?[$€]?\s*$/iu);

/**
 * The periods a sentence lends to the next, without those only of amounts told for comparison («Exchange reached $1.4 billion
 * in 2027, far short of the $1.8 billion of 2022. Customs data give $1.5 billion»: 2027, not 2022), and
 * without a year counted from that no figure of the sentence is of («впервые с 2020 года», "since 2020").
 */
function withoutComparedPeriods(text: string, periods: PeriodExpr[], read: Read[]): PeriodExpr[] {
  const compared = new Set<string>();
  const own = new Set<string>();
  for (const r of read) {
    const p = r.draft?.period;
    if (!p) continue;
    if (COMPARED_BEFORE.test(text.slice(Math.max(0, r.q.start - 40), r.q.start))) compared.add(p);
    else own.add(p);
  }
  // "slid 3% in 2018, its weakest showing since 2009": the year counted from is lent to no later figure.
  const since = own.size > 0 && maySaySince(text) ? periods.filter((p) => !(p.period !== null && own.has(p.period)) && isSincePeriod(text, p)) : [];
  if (since.length) periods = periods.filter((p) => !since.includes(p));
  if (!compared.size || !own.size) return periods;
  return periods.filter((p) => !p.period || !compared.has(p.period) || own.has(p.period));
}

function readSentence(
  s: Sentence,
  qs: Quantity[],
  words: Words,
  periods: () => PeriodExpr[],
  year: number | null,
  month: number | null,
  previous: (() => SentenceContext) | null,
  lastPeriods: () => PeriodExpr[] | null,
  lastPart: (unit: string) => string | null,
  turnoverRecent: (pastAsides?: boolean) => SentenceContext | null,
  namesHead: (s: Sentence) => boolean,
  previousText: () => string,
  foreignMentions: () => readonly Span[],
): Read[] {
  const text = s.text;
  const sentenceCues = words.cues;
  // «…2022 год, когда через республику пошли потоки импорта, Бишкек закрыл с показателем 3,1 млрд»: a clause of time set
  // between commas tells when, and its nouns are not what a figure after it is about.
  const asides = text.includes('когда') || text.includes('when') ? timeAsides(text) : NO_SPANS;
  const samePeriod = once(() => SAME_PERIOD.test(text) && !SAME_PERIOD_BASE.test(text));
  const sameYear = once(() => maySayTheSameYear(text) && SAME_YEAR.test(text));
  // Asked only of a sum without a currency about turnover: most sentences never need this scan.
  const foreignMoney = once(() => {
    OTHER_CURRENCY.lastIndex = 0;
    return OTHER_CURRENCY.test(text);
  });
  // Asked only of "our trade with Kyrgyzstan": this sentence or the one before names a Russian region.
  const regionNear = () => namesRegion(text) || (previous?.().regionNamed() ?? false);
  // Asked only of "our trade": the sentence names a governor or mayor in office in the article's month.
  const regionalHead = once(() => namesHead(s));
  const foreignPersonAt = (from: number, to: number) => foreignMentions().some((m) => m.start >= s.start + from && m.start < s.start + to);
  const out: Read[] = [];
  qs.forEach((q, i) => {
    const prevQ = (out.length > 0 ? out[out.length - 1]! : null);
    const winStart = i > 0 ? qs[i - 1]!.end : 0;
    const window = text.slice(winStart, q.start);
    const after = text.slice(q.end, qs[i + 1]?.start ?? text.length);
    const allCues = asides.length ? sentenceCues.filter((c) => !asides.some((a) => a.end <= q.start && c.start >= a.start && c.end <= a.end)) : sentenceCues;
    const cues = allCues.filter((c) => c.start >= winStart && c.end <= q.start);
    // The subject named before the number in its own clause, else one right after it, else any before it.
    const [cStart, cEnd] = clauseAt(text, words, q.start);
    const near = subjectBefore(cues.filter((c) => c.start >= cStart), q.type !== 'money');
    let subject = near ?? subjectAfter(after) ?? subjectBefore(cues, q.type !== 'money') ?? prevQ?.subject ?? null;
    let inherited = false;
    // A multiple told as a word ("talked of doubling trade to $4bn") is part of the verb phrase before the sum:
    // the words of intent before it govern the sum too.
    const kindFrom = i > 0 && qs[i - 1]!.type === 'multiple' && !/\d/.test(text.slice(qs[i - 1]!.start, qs[i - 1]!.end)) ? (i > 1 ? qs[i - 2]!.end : 0) : winStart;
    const wordMultiple = q.type === 'multiple' && !/\d/.test(text.slice(q.start, q.end));
    // "well below last year's $420m", «прошлогодние 420 млн»: a value of a year gone by is what it was, whatever is expected.
    // A mark moved towards ("towards the $5 billion mark", «к рубежу в 5 млрд») is a target unless a period before it
    // in its clause says when trade came near it («в прошлом году приблизился к отметке в 2 млрд»).
    const towardsMark = isTowardsMark(window, after) && !periods().some((p) => p.start >= cStart && p.start < q.start);
    const pastOwn = PAST_YEARS_OWN.test(window.slice(-40));
    const told = pastOwn
      ? 'actual'
      : TARGET_AFTER.test(after) || towardsMark
      ? 'target'
      : FORECAST_AFTER.test(after)
      ? 'forecast'
      : (kindOf(words, Math.max(kindFrom, q.start - KIND_REACH), wordMultiple ? q.end : q.start, text, kindFrom) ?? prevQ?.kind ?? 'actual');
    let kind = told;
    // "In the first quarter, it grew by another 12 percent, as importers …": «он», "it" before the change goes on with
    // the sentence before, whatever nouns come after the figure.
    // «Киргизская статистика фиксирует меньшую величину — 3,61 млрд долл.; расхождение объясняется учетом … импорта»: nouns
    // of a later clause are not what the figure is about.
    // "… the customs office counts $1.4 billion for the year, a discrepancy that …": a noun of difference after the figure names no subject.
    const subjectEnd = Math.min(cEnd, differenceFrom(text, allCues, q.end));
    const goesOn = !allCues.some((c) => c.start < subjectEnd) || (!allCues.some((c) => c.start < q.start) && PRONOUN_GOES_ON.test(window));
    // "Trade rose to $3.9bn. Exports grew to …, imports to … «Our task is to reach $5 billion by 2030»": an aim without
    // a subject after the parts of trade is an aim for the turnover told just before them (aims are set for turnover).
    let afterParts: SentenceContext | null = null;
    if (!subject && !prevQ && goesOn && previous) {
      const topic = previous().topic;
      // "Trade rose by a third. Exports nearly tripled. This year statistics show another 10 percent increase": a change
      // told as "another" / «ещё» after the parts of trade goes on with the turnover's change told before them.
      // «Экспорт составил 1,36 млрд, импорт — 350 млн. Для сравнения: в 2013 году показатель достигал 2,1 млрд»: after both
      // parts, one "figure" is the whole they are parts of.
      const partsThenMore =
        PARTS_OF_TRADE.has(topic) && (kind === 'target' || (q.type === 'percent' && ANOTHER_BEFORE.test(window)) || (previous().bothParts === true && THE_FIGURE.test(window)));
      afterParts = partsThenMore ? turnoverRecent() : null;
      // «Заседание запланировано на июнь. По словам X, стороны рассчитывают «выйти на $5 млрд в год к 2028 году»»: a yearly aim past asides;
      // so is a mark moved towards («Об этом сообщил X. «Мы подошли к рубежу в 5 млрд долларов»») or a level («выйдем на уровень в …»).
      if (!afterParts && topic === null && kind === 'target' && q.type === 'money' && (isYearlyVolume(after) || towardsMark || isLevelNamed(window))) afterParts = turnoverRecent(true);
      if (topic === 'trade_turnover' || afterParts) {
        subject = 'trade_turnover';
        inherited = true;
      }
    }
    const read: Read = { q, subject, kind, sign: 1, draft: null, sentenceLength: text.length };
    out.push(read);

    // «Для сравнения: товарооборот России с Казахстаном … Цель … — 500 млн долларов к 2006 году»: an aim is the article's own pair's.
    // The aim after the parts of trade is of the turnover told before them (a region's: «товарооборот края …»).
    const prevContext = inherited ? (afterParts ?? previous?.()) : undefined;
    const carried = prevContext && !(prevContext.comparison && kind === 'target') ? (prevContext.metric ?? null) : null;
    const prevChange = () => out.findLast((r) => r !== read && r.draft?.unit === '%' && r.draft.metric.endsWith('_growth_pct')) ?? null;
    const previousMetric = () => previous?.().metric ?? null;
    // «расходятся почти на $1 млрд»: the gap between two figures, no value of its own.
    if (q.type === 'money' && divergesBy(window)) return;
    const metric = metricOf(read, { window, after, text, cues, foreignMoney, prevQ, words, winStart, carried, regionNear, regionalHead, prevChange, previousMetric, previousText, foreignPersonAt });
    if (!metric) return;
    // "The presidents agreed to reach $4 billion by 2016" told in 2011, «к 2009 году выйти на 2 млрд» told in 2005: a value
    // set for a deadline of its own clause still ahead of the article is not what trade was, whatever verb tells it.
    if (kind === 'actual' && !pastOwn && year !== null && hasDeadlineAhead(text, q, periods(), Math.max(cStart, winStart), Math.min(cEnd, q.end + after.length), year)) read.kind = kind = 'target';
    const chosen = choosePeriod(q, {
      clause: [cStart, cEnd],
      periods: periods(),
      kind,
      after,
      previousFigure: prevQ?.draft?.period ?? null,
      previousSentence: () => {
        if (samePeriod()) return lastPeriods();
        // «за тот же год»: the year told before, even of another subject (a year only: a part of one is another period).
        if (sameYear()) return lastPeriods()?.filter((p) => p.period !== null && /^\d{4}$/.test(p.period)) ?? null;
        const before = inherited || subject === 'trade_turnover' ? (previous?.().periods ?? null) : null;
        // «…цель — выйти на $7 млрд. По данным киргизской стороны, оборот меньше — $2,9 млрд»: past an undated sentence; so
        // does a value set against "the same period of the previous year": it is of the period last told, a few sentences back.
        return before?.length || kind !== 'actual' || !(givesOtherSourceData(text) || SAME_PERIOD_BASE.test(text)) ? before : lastPeriods();
      },
      // «…может достичь полумиллиарда. Реально говорить о 450 миллионах»: a forecast that goes on from a forecast.
      previousForecast: inherited && kind === 'forecast' && previous?.().kind === 'forecast',
      articleMonth: month,
      articleYear: year,
      earlierFigure: prevQ?.draft ? prevQ.q : undefined,
      sentence: text,
    });
    const { expr } = chosen;
    let period =
      (samePeriod() ? samePeriodOfYear(text, q, window, after, periods(), lastPeriods) : null) ??
      (chosen.samePart ? partOfYearBefore(chosen.period!, expr!.start, periods(), lastPeriods) : null) ??
      chosen.period ??
      partReferredBack(text, lastPart);
    // «сократившись почти вдвое по сравнению с 1997 годом» of 1999: a change over years, not the year's growth.
    if (q.type === 'multiple' && metric.unit === '%' && factorOnDistantBase(q.end, period, periods())) return;
    // "We estimate full-year 2014 turnover at …" in December 2014: an estimate of a year not over yet is a forecast; so is
    // an estimate of the year's total told without its year («за январь–ноябрь … ; оценивает итог года в …»), its
    // figures not out yet whenever it is told; so is an estimate of the year just over told before its statistics are out
    // ("is estimated to have exceeded $4 billion in 2025" in January 2026).
    const unpublished = (y: number) => year !== null && (y >= year || (y === year - 1 && month !== null && month >= 1 && month < STATISTICS_MONTH));
    if (kind === 'actual' && period !== null && /^\d{4}$/.test(period) && (unpublished(Number(period)) || expr?.wholeYear) && ESTIMATE.test(window)) read.kind = 'forecast';
    // "had grown to some $200 million this year" told in October: a value of the running year told as done (not estimated)
    // is the year so far.
    if (read.kind === 'actual' && year !== null && month !== null && month < 12 && period === String(year) && expr && !expr.wholeYear && RUNNING_YEAR.test(text.slice(expr.start, expr.end))) period = `${year}-YTD`;
    // «по итогам года выйдем на …», «по оценкам, в этом году выйдем на …»: coming out at a level in the running year itself
    // (no deadline), with no word of aim before it, is where the year is heading.
    if (read.kind === 'target' && year !== null && period === String(year) && !expr?.deadline && onlyComingOut(words, Math.max(kindFrom, q.start - KIND_REACH), q.start, text)) read.kind = 'forecast';
    // "could exceed $5 billion a year by 2030": a yearly volume of turnover ahead is an aim, not a forecast of a period.
    if (read.kind === 'forecast' && period === 'annual' && metric.unit === 'USD') read.kind = 'target';
    // "is expected to exceed $4.5 billion, compared with $4.1 billion in 2025": the base of a comparison in a year gone by
    // is what trade was, whatever the figure before it is expected to be.
    if (read.kind !== 'actual' && year !== null && period !== null && /^\d{4}$/.test(period) && Number(period) < year && BASE_BEFORE.test(window)) read.kind = 'actual';
    // The quote is the clause, widened to the subject and the period it was read with.
    const lastCue: Cue | undefined = cues.filter((c) => c.tag !== 'share').pop();
    const anchors = [cStart, lastCue?.start, expr && expr.end <= q.start ? expr.start : undefined];
    const first = Math.min(...anchors.filter((x): x is number => x !== undefined && q.start - x < QUOTE_REACH));
    const qStart = first < cStart ? clauseAt(text, words, first)[0] : cStart;
    const quoteEnd = Math.max(cEnd, q.end);
    read.draft = {
      metric: metric.name,
      value: metric.value,
      unit: metric.unit,
      period,
      kind: read.kind,
      qualifier: qualifierOf(text, words, winStart, q.start),
      quote: { start: s.start + qStart, end: s.start + quoteEnd, text: text.slice(qStart, quoteEnd) },
    };
  });
  return out;
}

/**
 * Whether a deadline («к 2030 году», "by 2030") after the article's year stands by figure `q` within `[from, to)` (its clause,
 * between the figures either side), with no other period between them and, after the figure, no clause break.
 */
function hasDeadlineAhead(text: string, q: Quantity, periods: readonly PeriodExpr[], from: number, to: number, year: number): boolean {
  return periods.some((p) => {
    if (!p.deadline || p.base || p.period === null || p.start < from || p.end > to || Number(p.period.slice(0, 4)) <= year) return false;
    const [gapFrom, gapTo] = p.end <= q.start ? [p.end, q.start] : [q.end, p.start];
    if (p.start >= q.end && CLAUSE_BREAK.test(text.slice(gapFrom, gapTo))) return false;
    return !periods.some((o) => o !== p && o.start >= gapFrom && o.end <= gapTo);
  });
}
/** A comma, semicolon, colon or dash: a clause break between a figure and a period after it. */
const CLAUSE_BREAK = /[,;:—–]/u;

const NO_SPANS: readonly { start: number; end: number }[] = [];
/** «, когда …,», ", when …,": a clause of time closed by a comma before the sentence goes on. */
const TIME_ASIDE = rx(/,\s+(?:когда|when)\s[^,.;:!?]*,/giu);

/** The clauses of time set between commas in a sentence, each from its «когда»/"when" up to its closing comma. */
function timeAsides(text: string): { start: number; end: number }[] {
  return execAll(TIME_ASIDE, text).map((m) => ({ start: m.index + 1, end: m.index + m[0].length }));
}

/** Only spaces and a currency between a sum and the phrase after it ("$1.1 billion in", «245 млн долл. за»). */
const CURRENCY_GAP = rx(/^\.?\s*(?:(?:долл\p{L}*\.?|доллар\p{L}*|руб\p{L}*\.?|USD|(?:US\s+)?dollars?)\s*(?:США\s*)?)?(?:в|во|за|in|during|over|for)?\s*$/iu);

/** How far from "the same period" the year it is of may stand («В прошлом году за тот же период», "in the same period of 2014"). */
const SAME_PERIOD_YEAR_GAP = 20;

/**
 * «За аналогичный период прошлого года он составлял …», «В прошлом году за тот же период …», "against $1.1 billion in
 * the same period of 2015": a figure next to the phrase (between it and the figures either side) is of the part of a
 * year told before it (January–September, in this sentence or a few before), in the year written beside the phrase.
 */
function samePeriodOfYear(text: string, q: Quantity, window: string, after: string, periods: PeriodExpr[], lastPeriods: () => PeriodExpr[] | null): string | null {
  const m = SAME_PERIOD.exec(text);
  if (!m) return null;
  const [phraseFrom, phraseTo] = [m.index, m.index + m[0].length];
  const year = periods.find(
    (p) =>
      p.kind === 'period' &&
      p.period &&
      /^\d{4}$/.test(p.period) &&
      !p.deadline &&
      !p.wholeYear &&
      ((p.start >= phraseTo && p.start - phraseTo <= SAME_PERIOD_YEAR_GAP) || (p.end <= phraseFrom && phraseFrom - p.end <= SAME_PERIOD_YEAR_GAP)),
  );
  if (!year) return null;
  // The phrase with its year stands between the figure before and this one, or between this one and the next and
  // nearer to this one («900 млн, тогда как за аналогичный период прошлого года — 1,1 млрд»: the second figure's).
  const [from, to] = [Math.min(phraseFrom, year.start), Math.max(phraseTo, year.end)];
  const next = q.end + after.length;
  const near = (from >= q.start - window.length && to <= q.start) || (from >= q.end && to <= next && (next >= text.length || from - q.end < next - to));
  if (!near) return null;
  // «196 млн против 245 млн за аналогичный период прошлого года, то есть снизился на 20%»: the phrase right after the
  // sum before (only its currency between) and a clause break after it is that sum's period; this figure goes on with
  // the period told before the comparison (the current part of a year), if any.
  if (to <= q.start && window.length && CURRENCY_GAP.test(text.slice(q.start - window.length, from)) && /[,;—–]/u.test(text.slice(to, q.start))) {
    return periods.filter((p) => p.end <= from && p !== year && !p.base && !p.deadline && p.kind === 'period' && p.period).pop()?.period ?? null;
  }
  return partOfYearBefore(year.period!, from, periods, lastPeriods);
}

/**
 * `year` with the part of a year (January–July) told before `from`, in this sentence or a few before: "the same period of
 * 2020" after "in January-July 2021" is `2020-7M`. Null when no part of a year was told.
 */
function partOfYearBefore(year: string, from: number, periods: PeriodExpr[], lastPeriods: () => PeriodExpr[] | null): string | null {
  const own = periods.filter((p) => p.end <= from && !p.base && p.period && /^\d{4}-/.test(p.period)).pop();
  const part = own ?? lastPeriods()?.find((p) => p.period && /^\d{4}-/.test(p.period));
  return part ? `${year}${part.period!.slice(4)}` : null;
}

/** "in the quarter", «в этом квартале», "over the half-year": a part of a year told before, referred back to. */
const THE_PART = rx(/(?<![\p{L}])(?:(?:in|during|over|for)\s+the\s+(?<en>quarter|half(?:-year)?)|(?:в|за)\s+(?:этом|этот|том\s+же|тот\s+же|данном|данный|отчетном|отчётном|отчетный|отчётный)\s+(?<ru>квартал\p{L}*|полугоди\p{L}*))(?![\p{L}-])/iu);

/** The period of a figure without one whose sentence refers back to a part of a year ("turnover in the quarter grew"). */
function partReferredBack(text: string, lastPart: (unit: string) => string | null): string | null {
  const m = THE_PART.exec(text);
  if (!m) return null;
  const word = (m.groups!.en ?? m.groups!.ru)!.toLowerCase();
  return lastPart(/^(?:quarter|квартал)/.test(word) ? 'Q' : 'H');
}

/** Keeps one figure per metric, value, period and kind (the one read from the longer sentence), and drops an undated repeat of a dated one. */
function dedupe(items: Weighed[]): FigureDraft[] {
  const best = new Map<string, Weighed & { undated: string }>();
  for (const it of items) {
    const d = it.draft;
    // The value is written out once per figure (number to text is the dear part of a key).
    const undated = `${d.metric}|${d.value}|${d.kind}`;
    const key = `${undated}|${d.period ?? ''}`;
    const have = best.get(key);
    // A literal, not a spread of `it`: the spread copies through a generic, slow path (a tenth of dedupe's time).
    if (!have || it.weight > have.weight) best.set(key, { draft: d, weight: it.weight, undated, restated: it.restated });
  }
  // A headline's «вернуть товарооборот к трем миллиардам» without a period repeats the body's dated figure.
  const dated = new Set<string>();
  for (const x of best.values()) if (x.draft.period !== null && !x.restated) dated.add(x.undated);
  const out: FigureDraft[] = [];
  for (const x of best.values()) if (x.draft.period !== null || !dated.has(x.undated)) out.push(x.draft);
  return out.sort((a, b) => a.quote.start - b.quote.start);
}

/** Qualifiers of a rounded value («почти на 10%», "about $2 billion"). */
const ROUNDED = new Set<string>(['almost', 'about', 'approaching', 'more than']);
/** A digit that is not part of a year (19xx, 20xx): a figure's quote without one tells its value in words. */
const DIGIT_NOT_YEAR = /(?<!\d)(?!(?:19|20)\d\d(?!\d))\d/u;
/** How far a rounded repeat may be from the exact value: 5% of it, or half a point of a percentage. */
const ROUNDED_REACH = 0.05;
/** How far below an "almost" the exact value may be: a tenth of the rounded mark («почти на треть» over 31%, "almost $2 billion" over $1.85 billion). */
const ALMOST_REACH = 0.1;
/** How far above a "more than" the exact value may be: a fifth of the mark ("more than a quarter" over 29%, "tops $4bn" over $4.1bn). */
const MORE_THAN_REACH = 0.2;

/**
 * A headline's rounded figure («вырос почти на 10%», "tops $4bn") repeats the exact one of the body (9,8%, $4.1bn) with the
 * same metric, period (or none) and kind: the body's is kept, the headline's dropped. So is a headline's aim told as the
 * other kind of aim (a forecast over the body's target of the same value), or by the deadline of the body's yearly rate. `heads`: the
 * article's headline block (`PageStructure.headlines`).
 */
export function withoutRoundedHeadlineRepeats(heads: PageStructure['headlines'], figures: FigureDraft[]): FigureDraft[] {
  if (!heads.length) return figures;
  const inHead = (f: FigureDraft) => heads.some((h) => f.quote.start >= h.start && f.quote.end <= h.end);
  // «вырос на треть», "doubled": a change told in words, without digits (a year aside), is rounded as an "about" is.
  const rounded = (f: FigureDraft) => (f.qualifier !== null && ROUNDED.has(f.qualifier)) || (f.unit === '%' && !DIGIT_NOT_YEAR.test(f.quote.text));
  // A headline's «… может вырасти до N» over the body's target of the same N («… реальным выйти на N»): one aim, told as a forecast in the headline.
  const aim = (f: FigureDraft) => f.kind === 'target' || f.kind === 'forecast';
  // A headline's "may pass $8 billion by 2035" over the body's "$8 billion a year by 2035": the body's rate by the
  // headline's deadline (its year in the body's quote) is the same aim, of either kind.
  const samePeriod = (f: FigureDraft, b: FigureDraft) =>
    b.period === f.period || f.period === null
      ? b.kind !== f.kind
      : b.period === 'annual' && f.period.length === 4 && b.quote.text.includes(f.period);
  const aimRepeat = (f: FigureDraft) =>
    aim(f) && figures.some((b) => b !== f && aim(b) && !inHead(b) && b.value === f.value && b.metric === f.metric && samePeriod(f, b));
  if (!figures.some((f) => (rounded(f) || aim(f)) && inHead(f))) return figures;
  // «почти на треть» over the body's 31%: "almost" rounds up to a coarse mark (a fraction told in words), from below;
  // "more than a third" over the body's 37%, "tops $4bn" over $4.1bn: "more than" rounds down to one, from above (a value
  // told, not a forecast's threshold: "to exceed $4 billion in 2026" over a forecast of $4.2 billion is a claim of its own).
  const near = (a: FigureDraft, b: FigureDraft) =>
    a.qualifier === 'more than'
      ? a.kind === 'actual' && a.value > 0 && b.value > a.value && b.value - a.value <= a.value * MORE_THAN_REACH
      : Math.abs(a.value - b.value) <= Math.max(Math.abs(b.value) * ROUNDED_REACH, b.unit === '%' ? 0.5 : 0) ||
        (a.qualifier === 'almost' && b.value > 0 && b.value < a.value && a.value - b.value <= a.value * ALMOST_REACH);
  const repeats = (f: FigureDraft) =>
    rounded(f) &&
    inHead(f) &&
    figures.some((b) => b !== f && !inHead(b) && b.value !== f.value && b.metric === f.metric && (b.period === f.period || f.period === null) && b.kind === f.kind && near(f, b));
  return figures.filter((f) => !repeats(f) && !(inHead(f) && aimRepeat(f)));
}
