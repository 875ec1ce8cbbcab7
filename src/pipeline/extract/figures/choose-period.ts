/**
 * Choosing the period of one figure among the period expressions of its sentence (and, for an
 * actual figure about trade, of the sentence before).
 */
import type { FigureDraft } from '../../types';
import type { Quantity } from './numbers';
import type { PeriodExpr } from './periods';
import lexicon from '../../knowledge/figures-lexicon.json';
import { wordsSource } from './lexicon';
import { isSettingMonth } from './setting-month';
import { isTellingMonth } from './telling-month';
import { rx } from '../regex';

/** «против 1,2 млрд годом ранее», "from $1.7 billion a year earlier": a value of the year before. */
const YEAR_EARLIER =
  rx(/^\s*(?:долл\p{L}*\.?\s*)?(?:США\s*)?,?\s*(?:годом\s+ранее|год\s+назад|в\s+предыдущем\s+году|a\s+year\s+(?:earlier|ago|before)|the\s+year\s+before|in\s+the\s+previous\s+year)/iu);

/** "y-o-y", "year-on-year", «в годовом выражении», «г/г»: a change compared with the year before, no period. */
const ON_YEAR = rx(/(?<![\p{L}])(?:y-o-y|yoy|y\/y|year[- ]on[- ]year|в\s+годовом\s+(?:выражении|исчислении)|г\/г)(?![\p{L}])/giu);

/** «в том числе», "including", "of which": what follows is a part, with periods of its own. */
const INCLUDING = rx(/(?:в\s+том\s+числе|в\s+т\.\s*ч\.|из\s+них|из\s+которых|including|of\s+which|among\s+them)(?![\p{L}])/iu);

/** What may stand between a sum and «в год» / "a year" for the sum to be a rate: spaces and a currency name. */
const RATE_GAP = rx(/^\s*(?:(?:долл\p{L}*\.?|доллар\p{L}*|USD|(?:US\s+)?dollars?)\s*(?:США\s*)?)?$/iu);

/** The end of an amount: a digit, a scale word or a currency ("USD 3 billion", «3 млрд долларов», "$3bn"). */
const AMOUNT_BEFORE = rx(/(?:\d|(?<![\p{L}])(?:billion|million|bn|mln|млрд|млн|миллиард\p{L}*|миллион\p{L}*|долл\p{L}*|доллар\p{L}*|USD|dollars?)\.?)\s*$/iu);

/** A preposition opening a period right after an amount ("$3.3 billion in the first nine months", «3 млрд долларов за 2023 год»). */
const PERIOD_PREPOSITION = /\s*(?:in|for|during|over|в|во|за|по\s+итогам)(?:\s+the)?\s*$/iu;

/** «за девять месяцев составил 2 млрд долларов, и …»: an amount and then a clause break between a period and the figure. */
const AMOUNT_THEN_BREAK = rx(/\d\s*(?:billion|million|bn|mln|млрд|млн|миллиард\p{L}*|миллион\p{L}*)[^,;:]*[,;:]/iu);

/** A noun of aim right after "annual"/"yearly": "annual target", "yearly goal". */
const AIM_AFTER = rx(/^\s+(?:trade\s+|turnover\s+)?(?:target|goal|objective)s?(?![\p{L}])/iu);

/** «, когда он превышал …», ", when it topped …": a clause of time opening right after a period, up to the figure. */
const WHEN_CLAUSE = rx(/^\s*,\s*(?:когда|when)\s[^,.;:!?]*$/iu);

/**
 * «…на 20% после кризиса в августе», "fell 20% because of the crisis in August": between the figure and a period after
 * it, a word of cause or of an earlier event and a few words: the period dates that event.
 */
const EVENT_PHRASE = rx(`${wordsSource(lexicon.eventMarkers.words)}\\s+(?:[\\p{L}\\d’'-]+\\s+){1,4}$`, 'iu');

/** "…, the minister told parliament in April", «…, сообщил министр в апреле»: a verb of telling and a few words before a period after the figure. */
const TELLING_PHRASE = rx(`${wordsSource(lexicon.eventMarkers.telling)}\\s+(?:[\\p{L}\\d’'-]+\\s+){0,4}$`, 'iu');

/**
 * «…до 1,3 млрд долларов против 1,7 млрд в 2008 году», "$1.3 billion, against $1.7 billion in 2008": between the figure
 * and a period after it, a word of comparison and another amount: the period is the compared amount's.
 */
const COMPARED_AMOUNT = rx(/(?<![\p{L}])(?:против|against|versus|vs\.?|compared\s+(?:with|to)|по\s+сравнению\s+с|from)\s+(?:US\s*)?[$€]?\s*\d(?:[.,]\d|[^,;:—–])*$/iu);

/**
 * "…gave $3 billion for the year and added that it was up a further 5% over the spring", «…3 млрд долларов, и с начала
 * года прибавил ещё 5% за весну»: between the figure and a period after it a conjunction, a word of a further change and
 * another number: the period is the further change's, the level told first is of an earlier one.
 */
const FURTHER_AMOUNT = rx(/(?<![\p{L}])(?:and|while|и|а)\s(?:[^.;]*?\s)?(?:another|a\s+further|further|ещ[её])\s[^.;]*?\d/iu);

/**
 * «…2 млрд долларов, за первое полугодие 2013 года — 1,03 млрд», "$2 billion, and in the first half — $1.03 billion":
 * a period after a clause break that only a dash or colon parts from the next figure heads that figure.
 */
const HEADS_NEXT = rx(/^\s*[—–:-]\s*$/u);

/**
 * "compared to the same period of 2020, when …", «по сравнению с аналогичным периодом 2020 года, когда …»: the year
 * right after a phrase of the same part of a year.
 */
const SAME_PART_OF = rx(/(?:same|corresponding|comparable)\s+period\s+(?:of|in|last)\s+$|(?<![\p{L}])(?:аналогичн\p{L}*|тот\s+же|том\s+же|того\s+же)\s+период\p{L}*\s+$/iu);

/** Only spaces and a preposition between a figure and a period after it ("9% in 2024", «на 9% в 2024 году»). */
const RIGHT_AFTER = /^\s*(?:(?:in|for|during|over|в|во|за|по\s+итогам)\s+)?$/iu;

/** The chosen period and the expression it came from (null when carried or derived). */
export interface PeriodChoice {
  period: string | null;
  expr: PeriodExpr | null;
  /** The period is a year told as "the same period of" that year: the part of a year told before applies to it. */
  samePart?: boolean;
}

/** What the figure's neighbourhood offers for choosing its period. */
export interface PeriodContext {
  clause: [number, number];
  periods: PeriodExpr[];
  kind: FigureDraft['kind'];
  /** Text right after the figure. */
  after: string;
  /** Period of the previous figure of the sentence, if any. */
  previousFigure: string | null;
  /**
   * Period expressions of the previous sentence, when it may lend its period; a function because most figures have a
   * period of their own and never ask (reading the sentence before costs a subject and period scan).
   */
  previousSentence: () => PeriodExpr[] | null;
  /** The figure is a forecast without a subject of its own going on from a forecast of the sentence before. */
  previousForecast?: boolean;
  /** The sentence the offsets count in (to read what stands between a period and the figure). */
  sentence?: string;
  /** The article's month (1–12), when known. */
  articleMonth?: number | null;
  /** The article's year, when known. */
  articleYear?: number | null;
  /** Where the figure told before this one in the sentence starts and ends, if any. */
  earlierFigure?: { start: number; end: number };
}

/** Until this month a whole year reported as done ("full-year turnover reached") is the year before the article's. */
const LAST_MONTH_OF_PRIOR_YEAR_RESULTS = 10;

/** Shifts the year of a period (`2021-H1` → `2020-H1`); null for periods without a year. */
export function shiftYear(period: string | null, by: number): string | null {
  const m = period?.match(/^(\d{4})(.*)$/);
  return m ? `${Number(m[1]) + by}${m[2]}` : null;
}

/**
 * The period of a figure: the nearest period expression in its clause, else the nearest before
 * it in the sentence; an actual figure about trade may take it from the previous sentence.
 * Targets only take a period from their own clause («в год», «к 2030 году»).
 */
export function choosePeriod(q: Quantity, c: PeriodContext): PeriodChoice {
  if (YEAR_EARLIER.test(c.after) && c.previousFigure) return { period: shiftYear(c.previousFigure, -1), expr: null };
  // «…меньше, чем в 1997-м, когда он превышал 400 млн», "than in 1997, when it topped $400 million": the figure told
  // in a clause of time about a period is of that period, even of a comparison's base.
  const when = c.sentence ? c.periods.find((p) => p.kind === 'period' && p.period && p.end <= q.start && WHEN_CLAUSE.test(c.sentence!.slice(p.end, q.start))) : undefined;
  if (when) return { period: when.period, expr: when, samePart: /^\d{4}$/.test(when.period!) && SAME_PART_OF.test(c.sentence!.slice(Math.max(0, when.start - 40), when.start)) };
  // "approaching $3 billion a year, and the goal of bringing it to $5 billion": «в год» / "a year" right after an earlier
  // amount is that amount's rate, not this one's.
  const rateOfEarlier = (p: PeriodExpr) => p.kind === 'annual' && p.end <= q.start && c.sentence !== undefined && AMOUNT_BEFORE.test(c.sentence.slice(Math.max(0, p.start - 30), p.start));
  // "trade reached $3.3 billion in the first nine months, and the sides agreed to bring it to $5 billion": a period right
  // after an earlier amount is that amount's; a target told after it has none of its own.
  const ofEarlierAmount = (p: PeriodExpr) =>
    c.kind === 'target' &&
    p.kind === 'period' &&
    !p.deadline &&
    p.end <= q.start &&
    c.sentence !== undefined &&
    (AMOUNT_BEFORE.test(c.sentence.slice(Math.max(0, p.start - 40), p.start).replace(PERIOD_PREPOSITION, '')) || AMOUNT_THEN_BREAK.test(c.sentence.slice(p.end, q.start)));
  // «в 2027 году вырос на 11% и в ближайшие годы может выйти на 7 млрд», "rose 11% in 2027 and could hit $7 billion": a
  // year gone by told before an earlier figure of the sentence, or right after it, is that figure's; an aim or a forecast
  // told after it is not of a year over.
  const ofEarlierFigure = (p: PeriodExpr) =>
    c.kind !== 'actual' &&
    c.earlierFigure !== undefined &&
    p.period !== null &&
    c.articleYear != null &&
    Number(p.period.slice(0, 4)) < c.articleYear &&
    (p.end <= c.earlierFigure.start || (p.start >= c.earlierFigure.end && p.end <= q.start && c.sentence !== undefined && RIGHT_AFTER.test(c.sentence.slice(c.earlierFigure.end, p.start))));
  const usable = c.periods.filter(
    (p) => !p.base && (c.kind !== 'actual' || !p.deadline) && !rateOfEarlier(p) && !ofEarlierAmount(p) && !ofEarlierFigure(p) && !isTellingMonth(p, q.start, c.sentence) && !(c.kind === 'target' && isSettingMonth(p, q.start, c.sentence)),
  );
  // "rose 8.4% y-o-y in H112": a note of comparison on the year before between a figure and its period adds no
  // distance (not across a clause break: "down 6.2% year on year, and expects the full-year figure").
  const distance = (p: PeriodExpr) => {
    if (p.end <= q.start) return q.start - p.end;
    const gap = c.sentence?.slice(q.end, p.start);
    const bare = gap?.replace(ON_YEAR, '');
    return bare !== undefined && !/[,;:—–]/u.test(bare) ? bare.length : p.start - q.end;
  };
  const nearest = (ps: PeriodExpr[]) => ps.slice().sort((a, b) => distance(a) - distance(b))[0];
  // «…538,9 млн долларов, в том числе в сентябре – 190 млн»: a period after «в том числе» is the next figure's.
  const inClause = usable.filter((p) => p.start >= c.clause[0] && p.end <= c.clause[1] && !(p.start >= q.end && INCLUDING.test(c.after.slice(0, p.start - q.end))));
  const outside = usable.filter((p) => p.kind !== 'annual' && !inClause.includes(p));
  // A period in a later clause usually belongs to something else («…, что позволит в 2025 году …»).
  // A target's deadline («к 2030 году», "by 2030") outranks «в год»/"annual" in the same clause.
  // …unless the amount is itself a rate per year ("$3 billion a year by 2015", «5 млрд долларов в год к 2030 году»):
  // «в год» / "a year" right after the sum; "annual trade by 2030" keeps its deadline.
  // "the $5bn annual target": "annual" as an adjective of a noun of aim names no rate.
  const rate = inClause.find(
    (p) => p.kind === 'annual' && p.start >= q.end && RATE_GAP.test(c.after.slice(0, p.start - q.end)) && !(c.sentence !== undefined && AIM_AFTER.test(c.sentence.slice(p.end))),
  );
  const deadline = c.kind === 'actual' || rate ? undefined : nearest(inClause.filter((p) => p.deadline));
  // A period that dates an event told after the figure yields to any other period of the clause.
  const ofEvent = (p: PeriodExpr) => p.start >= q.end && c.sentence !== undefined && EVENT_PHRASE.test(c.sentence.slice(q.end, p.start));
  // A period after a verb of telling dates the telling: any period of the sentence before the figure comes first.
  const ofTelling = (p: PeriodExpr) => p.start >= q.end && c.sentence !== undefined && TELLING_PHRASE.test(c.sentence.slice(q.end, p.start));
  const ofCompared = (p: PeriodExpr) => p.start >= q.end && c.sentence !== undefined && COMPARED_AMOUNT.test(c.sentence.slice(q.end, p.start));
  const next = q.end + c.after.length;
  const ofNext = (p: PeriodExpr) =>
    p.start >= q.end && p.end <= next && next < (c.sentence?.length ?? 0) && /[,;]/u.test(c.after.slice(0, p.start - q.end)) && HEADS_NEXT.test(c.after.slice(p.end - q.end));
  const ofFurther = (p: PeriodExpr) => p.start >= q.end && c.sentence !== undefined && FURTHER_AMOUNT.test(c.sentence.slice(q.end, p.start));
  const own = inClause.filter((p) => !ofEvent(p) && !ofTelling(p) && !ofCompared(p) && !ofNext(p) && !ofFurther(p));
  const told = inClause.some(ofTelling) ? nearest(usable.filter((p) => p.kind === 'period' && p.end <= q.start && !p.deadline)) : undefined;
  const pick = deadline ?? rate ?? ownPeriod(q, withoutEarlierAmounts(q, own, c.sentence), nearest, c.sentence) ?? told ?? nearest(inClause.filter((p) => !ofCompared(p) && !ofFurther(p))) ?? reachedBy(q, c) ?? (c.kind === 'target' ? undefined : nearest(outside.filter((p) => p.end <= q.start)));
  if (pick?.wholeYear) {
    const done = c.kind === 'actual' && c.articleMonth != null && c.articleMonth <= LAST_MONTH_OF_PRIOR_YEAR_RESULTS;
    return { period: spokenYear(q, c) ?? (done ? shiftYear(pick.period, -1) : pick.period), expr: pick };
  }
  if (pick) return { period: pick.kind === 'annual' ? 'annual' : pick.period, expr: pick };
  const previous = c.kind !== 'actual' && !c.previousForecast ? null : c.previousSentence();
  const carried = previous?.filter((p) => !p.base && !p.deadline && p.kind !== 'annual').pop();
  return { period: carried?.period ?? yearAfterBase(q, c), expr: null };
}

/**
 * «составила $3,9 млрд, что на 13% больше, чем в 2023 году» told in 2025: an actual value with no period of its own,
 * compared only with a whole year written after it that lies two years before the article's, is of the year between
 * (the last year over). Told in the year after the base, the value may be of the running year so far: left alone.
 */
function yearAfterBase(q: Quantity, c: PeriodContext): string | null {
  if (c.kind !== 'actual' || c.articleYear == null) return null;
  const base = c.periods.find((p) => p.base && p.start >= q.end && p.period !== null && p.period.length === 4);
  return base && Number(base.period) + 2 === c.articleYear ? String(c.articleYear - 1) : null;
}

/** A clause break between a figure and a period: a comma, semicolon, colon or dash. */
const BREAK = /[,;:—–]/u;

/**
 * "rose 12% and this year the rise goes on", «вырос на 12% и в этом году рост продолжается»: a conjunction and nothing
 * else between the figure and a period after it; the period opens a clause of its own, as after a comma.
 */
const JOINED_CLAUSE = rx(/^\s+(?:and|but|while|whereas|и|а|но)\s+(?:(?:in|during|over|в|во|за)\s+)?$/iu);

/** Whether a clause break or a conjunction opening a new clause stands between the figure's end and a period after it. */
function breaksBefore(gap: string): boolean {
  return BREAK.test(gap) || (gap.length < 16 && JOINED_CLAUSE.test(gap));
}

/**
 * The nearest period of the figure's own clause, except that one before the figure with no break between them outranks
 * a nearer one after a break («товарооборот за январь–август составил 1,1 млрд долларов, в сентябре …»: September
 * dates what the sentence goes on to tell), a conjunction opening a new clause included ("last year … by 9% and this year …").
 */
function ownPeriod(q: Quantity, own: PeriodExpr[], nearest: (ps: PeriodExpr[]) => PeriodExpr | undefined, sentence: string | undefined): PeriodExpr | undefined {
  const best = nearest(own);
  if (!best || sentence === undefined || best.start < q.end || !breaksBefore(sentence.slice(q.end, best.start))) return best;
  return nearest(own.filter((p) => p.end <= q.start && !BREAK.test(sentence.slice(p.end, q.start)))) ?? best;
}

/**
 * "rose from $1.5 billion in 2013 to $3.1 billion in 2023": a period right after an earlier amount is that amount's when
 * the figure has a period of its own right after it (no clause break between them).
 */
function withoutEarlierAmounts(q: Quantity, own: PeriodExpr[], sentence: string | undefined): PeriodExpr[] {
  if (sentence === undefined || own.length < 2 || !own.some((p) => p.start >= q.end && !breaksBefore(sentence.slice(q.end, p.start)))) return own;
  return own.filter((p) => p.end > q.start || !AMOUNT_BEFORE.test(sentence.slice(Math.max(0, p.start - 40), p.start).replace(PERIOD_PREPOSITION, '')));
}

/** A verb in the past: Russian «-ал(а|о|и)», «-ился», English "was", "had", "-ed". */
const PAST_VERB = rx(/(?<![\p{L}])(?:\p{L}{2,}(?:ал|ял|ил|ел|ыл|ул)(?:а|о|и)?(?:сь|ся)?|was|were|had|\p{L}{2,}ed)(?![\p{L}])/iu);

/**
 * «к 1999 году торговля не дотягивала и до 250 млн», "by 1999 trade had fallen to $250m": for an actual figure a
 * deadline of its own clause told with a past verb is the year the value was reached.
 */
function reachedBy(q: Quantity, c: PeriodContext): PeriodExpr | undefined {
  if (c.kind !== 'actual' || c.sentence === undefined) return undefined;
  const [from, to] = c.clause;
  const own = c.periods.find((p) => p.deadline && !p.base && p.period && p.start >= from && p.end <= to && p.end <= q.start);
  return own && PAST_VERB.test(c.sentence.slice(from, to)) ? own : undefined;
}

/**
 * The year a whole-year expression speaks of, from the periods told before the figure (its sentence, then the one
 * before): a forecast or target for the whole year completes a year of which a part was reported ("In January-November
 * 2025 … Full-year turnover is expected to exceed …"), not a year already over («По итогам 2023 года … по итогам года
 * может превысить»); an actual value is of the last year told. Null: the article's year.
 */
function spokenYear(q: Quantity, c: PeriodContext): string | null {
  const dated = (ps: PeriodExpr[]) =>
    ps.filter((p) => p.kind === 'period' && !p.base && !p.deadline && !p.wholeYear && p.period && (c.kind === 'actual' || p.period.includes('-')));
  const last = dated(c.periods.filter((p) => p.end <= q.start)).pop() ?? dated(c.previousSentence() ?? []).pop();
  return last ? last.period!.slice(0, 4) : null;
}
