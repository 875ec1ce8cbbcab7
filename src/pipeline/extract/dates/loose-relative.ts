/**
 * Relative date words that need the article's own date and the sentence's tense: «накануне»,
 * "earlier that day", weekdays («в минувшую пятницу», "on Monday", "said Friday"), month- and
 * week-relative phrases ("next month", «на этой неделе» — month precision), halves of the year
 * ("before the end of the year" — year precision). Words live in knowledge/loose-date-lexicon.json.
 */
import type { Language, PartialDate } from '../../../schema/dataset';
import lexicon from '../../knowledge/loose-date-lexicon.json';
import { FUTURE, PAST_EVENT } from './lexicon';
import { execAll, phraseSource, rx } from '../regex';
import { type CueTest, cueTest } from './cues';
import { tenseBefore } from './tense';
import { addDays } from './days';

/** A relative mention, offsets relative to the sentence. */
export interface RelativeHit {
  index: number;
  length: number;
  date: PartialDate;
  /**
   * Days from the event told just before, for words that count from it («днём ранее», "the same
   * day"); the date above counts them from the article date, the fallback when nothing is told.
   */
  anaphoric?: number;
  /**
   * For a week told as the same as the event told just before («на той же неделе», "that same
   * week"): how many characters of that event's date it keeps (7: the month).
   */
  same?: number;
}

/** Lexicon phrases as one alternation, the longest first. */
export const alt = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map(phraseSource).join('|');
const bounded = (list: string[], flags = 'giu') => rx(`(?<![\\p{L}])(?:${alt(list)})(?![\\p{L}])`, flags);

/** Words of the patterns below (one of them stands in every match). */
export const RELATIVE_CUES = [
  'накануне', 'ранее', 'м раньше', 'м позже', 'м позднее', 'тот же день', 'этот же день', 'день до', 'that day', 'in the day', 'before', 'earlier', 'previous', 'same day', 'недел', 'week', 'месяц', 'month',
  'половин', 'half', 'end of', 'year-end', 'later this', 'понедельн', 'вторник', 'сред', 'четверг', 'пятниц', 'суббот', 'воскресен',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'квартал', 'quarter', 'конц', 'исход', 'излет',
  'излёт', 'late', 'через', 'выходн', 'days?\\b', 'следующий день', 'следующее утро', 'следующим утром', 'наутро', 'другой день', 'morning', 'назад', 'ago', 'same breath', 'same package', 'же пакет',
  'that evening', 'same evening', 'that night', 'того же дня', 'тот же вечер', 'тем же вечером', 'же году', 'же год', 'тем же годом', 'same year', 'that year',
];
/** Cheap gate for everything below. */
export const RELATIVE_GATE = cueTest(RELATIVE_CUES);

/** The phrases of a table by their offsets, and one cheap test for all of them (see `cues.ts`). */
interface Family {
  /** Any phrase of the table, without the word boundaries: where it fails, no phrase is found. */
  cue: CueTest;
  byOffset: { offset: number; re: RegExp }[];
}
const family = (table: Record<string, string[]>): Family => ({
  cue: cueTest(Object.values(table).flatMap((words) => words.map(phraseSource))),
  byOffset: Object.entries(table).map(([k, words]) => ({ offset: Number(k), re: bounded(words) })),
});
/** Each offset of a family in turn, only in a text where one of the family's phrases stands. */
const offsets = (f: Family, text: string) => (f.cue.test(text) ? f.byOffset : []);
const DAYS = family(lexicon.relativeDays);
const SAME = family(lexicon.samePeriod);
const MONTHS = family(lexicon.relativeMonths);
const WEEKS = family(lexicon.relativeWeeks);
const MONTH_PARTS_AHEAD = bounded(lexicon.monthPartsAhead.phrases);
/** A word every phrase of `MONTH_PARTS_AHEAD` holds. */
const MONTH_PART_CUE = cueTest(['месяца', 'month']);
const YEAR_PARTS = bounded(lexicon.yearParts);
const QUARTERS = family(lexicon.relativeQuarters);
/** One regex per pattern: the patterns share group names, which one regex cannot hold twice. */
const bare = (list: string[]) => list.map((p) => rx(`(?<![\\p{L}])(?:${p})(?![\\p{L}])`, 'giu'));
const SEASON_ENDS = { ru: bare(lexicon.seasonEndsRu), en: bare(lexicon.seasonEndsEn) };
const COUNT_IN = { ru: bare(lexicon.countInRu), en: bare(lexicon.countInEn) };
const COUNT_AGO = { ru: bare(lexicon.countAgoRu), en: bare(lexicon.countAgoEn) };
const COUNT_LATER = { ru: bare(lexicon.countLaterRu), en: bare(lexicon.countLaterEn) };
/** «должна прибыть», "is due to arrive": a duty or a timetable speaks of a plan too. */
const DUE = { ru: rx(/(?<![\p{L}])(?:должн\p{L}{0,2}|предстоит|намечен\p{L}{0,2})(?![\p{L}])/iu), en: rx(/(?<![\p{L}])(?:is|are)\s+(?:due|scheduled|set|expected)\s+to(?![\p{L}])/iu) };
const RU_WD = lexicon.weekdaysRu.map((w) => w[0]!);
/**
 * A word every match of a pattern list holds (the season of a season's end, the unit of a count, «назад»,
 * "ago"; those of `yearParts`): a sentence without one skips the list's scans, which try a lookbehind
 * and an alternation at every position. Tests in `loose.test.ts` check each pattern against its cue.
 */
export const FAMILY_CUES = {
  seasonEnds: { ru: cueTest(['лета', 'весны', 'осени']), en: cueTest(['summer', 'spring', 'autumn', 'fall']) },
  countIn: { ru: cueTest(['через']), en: cueTest(['day', 'week', 'month']) },
  countAgo: { ru: cueTest(['назад']), en: cueTest(['ago']) },
  countLater: { ru: cueTest(['спустя']), en: cueTest(['later']) },
  yearParts: cueTest(['половин', 'year', 'ближайш', 'week', 'month']),
  weekday: { ru: cueTest(RU_WD), en: cueTest(lexicon.weekdaysEn) },
};
/** Units a span counted back may name without a count («год назад», "a decade ago" has one): a plural alone («много лет назад») is no date. */
const AGO_SINGULAR = new Set(lexicon.countAgoSingular);
/** The end of a text before a count that is only the last word of a larger number («двадцать пять», "twenty-five", «125»). */
const AGO_COMPOUND = rx(`(?:\\d|(?<![\\p{L}])(?:${lexicon.countAgoTens.join('|')})[\\s-])$`, 'iu');
const COUNT_WORDS: Record<string, number> = lexicon.countWords;
const DEADLINE_START = /^(?:к|до|на|by|before|until|towards?)\s/iu;
export const QUOTED = rx(/«[^»]*»|"[^"]*"|“[^”]*”/g);

const WEEKDAY_RU = rx(
  `(?<![\\p{L}])(?:${alt(lexicon.weekdayFrameRu)})\\s+(?:(?<mod>${alt([...lexicon.weekdayLastRu, ...lexicon.weekdayNextRu, ...lexicon.weekdayThisRu])})\\s+)?(?<wd>${alt(RU_WD)})(?![\\p{L}])`,
  'giu',
);
/** «запланированы на среду»: a weekday a thing is set for (not «в ночь на среду»); see `weekdayOntoNote`. */
const WEEKDAY_ONTO_RU = rx(
  `(?<![\\p{L}])(?<!(?:${alt(lexicon.weekdayOntoNotAfterRu)})\\s+)(?:${alt(lexicon.weekdayOntoRu)})\\s+(?:(?<mod>${alt(lexicon.weekdayNextRu)})\\s+)?(?<wd>${alt(RU_WD)})(?![\\p{L}])`,
  'giu',
);
const WEEKDAY_EN = rx(`(?<![\\p{L}])(?:(?<mod>[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Oo]n\\s+last|[Oo]n\\s+next)\\s+)?(?<wd>${lexicon.weekdaysEn.join('|')})(?![\\p{L}])(?!,?\\s+(?:\\d|[A-Z][a-z]+\\.?\\s+\\d))`, 'gu');
/** "over the weekend", «в минувшие выходные»: the weekend's Saturday (see `weekendNote`). */
const WEEKEND = { ru: rx(`(?<![\\p{L}])(?:${lexicon.weekendRu.join('|')})(?![\\p{L}])`, 'giu'), en: rx(`(?<![\\p{L}])(?:${lexicon.weekendEn.join('|')})(?![\\p{L}])`, 'giu') };
/** A letter run every weekend phrase holds («выходные», "weekend"): a plain substring test, cheaper than a cue regex on every sentence. */
const WEEKEND_CUE = { ru: 'ыходн', en: 'eekend' };
const WEEKEND_NEXT = /^(?:next|ближайшие|следующие|будущие)$/iu;
const WEEKEND_LAST = /^(?:last|past|минувшие|прошлые|прошедшие)$/iu;
const WEEKEND_THIS = /^(?:this|эти)$/iu;
/** Saturday, 0 being Monday. */
const SATURDAY = 5;

const LAST_RU = rx(`^(?:${alt(lexicon.weekdayLastRu)})$`, 'iu');
const NEXT_RU = rx(`^(?:${alt(lexicon.weekdayNextRu)})$`, 'iu');
const THIS_RU = rx(`^(?:${alt(lexicon.weekdayThisRu)})$`, 'iu');
export const PLANNED = { ru: bounded(lexicon.plannedRu, 'iu'), en: bounded(lexicon.plannedEn, 'iu') };
/**
 * A verb of a timetable in the present ("The forum continues on Friday", "flies to Astana … on
 * Thursday", «в пятницу открывается выставка»): news tells what is still to come this week so.
 */
const SCHEDULE = { ru: bounded(lexicon.weekdayScheduleRu, 'iu'), en: bounded(lexicon.weekdayScheduleEn, 'iu') };


function addMonths(iso: string, n: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + n;
  const yy = y + Math.floor(m / 12);
  return `${yy}-${String((((m % 12) + 12) % 12) + 1).padStart(2, '0')}`;
}

/** True when the reporter's words (quotes aside) speak of something still to come. */
export function speaksOfFuture(sentence: string, lang: Language): boolean {
  const told = sentence.replace(QUOTED, ' ');
  return FUTURE[lang].test(told) || PLANNED[lang].test(told);
}

/**
 * The stretch of `text` between commas (or semicolons) around position `at`, joined with the next
 * stretch when it is short («On Friday, leaders will meet»): the tense of a weekday is its own
 * clause's, not that of a clause about something else (", which is due to open next month").
 */
function segmentAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf(',', at), text.lastIndexOf(';', at)) + 1;
  const next = (from: number) => {
    const ends = [text.indexOf(',', from), text.indexOf(';', from)].filter((i) => i >= 0);
    return ends.length ? Math.min(...ends) : text.length;
  };
  let end = next(at);
  if (end - start < 25 && end < text.length) end = next(end + 1);
  return text.slice(start, end);
}

/** A reporting verb in the past a few words before a weekday ("told his counterpart on Monday", «договорились в пятницу»). */
const TOLD_BEFORE = {
  en: rx(/(?:^|[^\p{L}])(?:told|said|agreed|announced|stated|assured)((?:\s+[\p{L}'’-]+){0,8})\s*$/iu),
  ru: rx(/(?:^|[^\p{L}])(?:заявил|сказал|сообщил|договорил|подчеркнул|отметил|пообещал)\p{L}*((?:\s+[\p{L}-]+){0,8})\s*$/iu),
};
/** Words between the verb and the weekday that make the weekday another event's: "agreed to meet on Friday", «договорились провести в пятницу». */
const ANOTHER_EVENT = {
  en: rx(/(?:^|\s)(?:to|that|will|would)(?=\s|$)/iu),
  ru: rx(/(?:^|\s)(?:что|чтобы|будет|будут|\p{L}+ть(?:ся)?)(?=\s|$)/iu),
};
/**
 * «в четверг договорились провести …», "on Thursday agreed to hold …": a weekday right before a past verb of agreeing
 * dates the agreeing, past whatever was agreed to do.
 */
const AGREED_AFTER = {
  ru: rx(/^(?:в|во)\s+\p{L}+\s+(?:[\p{L}-]+\s+)?(?:договорил|условил)(?:ись|ся|ась)(?![\p{L}])/iu),
  en: rx(/^on\s+\p{L}+\s+(?:[\p{L}-]+\s+)?agreed(?![\p{L}])/iu),
};
/** How far after a weekday's start its verb of agreeing may end. */
const AGREED_REACH = 60;
/** How far before a weekday its reporting verb may stand. */
const TOLD_REACH = 80;

/**
 * True when a weekday dates the telling itself ("the minister told his counterpart on Monday",
 * "agreed on Monday to …"): it is past whatever was told.
 */
function toldOn(text: string, at: number, lang: Language): boolean {
  const m = TOLD_BEFORE[lang].exec(text.slice(Math.max(0, at - TOLD_REACH), at));
  return m !== null && !ANOTHER_EVENT[lang].test(m[1] ?? '');
}

/**
 * True when a weekday at `at` looks forward: its own stretch of the sentence decides when it has a
 * tense («, in Bishkek on Friday» has none), else the reporter's words of the whole sentence.
 */
function weekdayTense(text: string, at: number, lang: Language): boolean {
  if (toldOn(text, at, lang) || AGREED_AFTER[lang].test(text.slice(at, at + AGREED_REACH))) return false;
  // "signed an agreement on Wednesday under which Russia will give …": the verb nearest the weekday.
  const near = tenseBefore(text, at, lang);
  if (near) return near === 'future';
  const segment = segmentAt(text, at);
  if (speaksOfFuture(segment, lang) || SCHEDULE[lang].test(segment)) return true;
  if (PAST_EVENT[lang].test(segment.replace(QUOTED, ' '))) return false;
  return speaksOfFuture(text, lang);
}

/** The weekday (0 = Monday) a phrase ends with («в пятницу», "on Friday"), or -1. */
export function weekdayOf(phrase: string): number {
  const last = phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase();
  return Math.max(lexicon.weekdaysEn.findIndex((w) => w.toLowerCase() === last), RU_WD.indexOf(last));
}

/** Days back within which "last Tuesday" / «в минувший вторник» is not the weekday meant: today or yesterday would be said so. */
const LAST_WEEKDAY_MIN_BACK = 2;

/**
 * The date of weekday `w` (0 = Monday) nearest the article date: back for the past, forward for
 * the future. A weekday said with "last" / «в минувший» (`last`) is never today's or yesterday's
 * ("last Thursday" in a Thursday or Friday article is the Thursday a week before).
 */
export function weekdayDate(article: string, w: number, forward: boolean, last = false): string {
  const aw = (new Date(`${article}T12:00:00Z`).getUTCDay() + 6) % 7;
  if (forward) return addDays(article, (w - aw + 7) % 7);
  const back = (aw - w + 7) % 7;
  return addDays(article, -(last && back < LAST_WEEKDAY_MIN_BACK ? back + 7 : back));
}

/** «в начале следующей недели», "early last week": the part of a week a phrase names, by its words. */
const WEEK_START = rx(/начал|early|start|beginning/iu);
const WEEK_END = rx(/конц|late|end/iu);
/** Monday, Wednesday and Friday, 0 being Monday: the start, the middle and the end of a working week. */
const WEEK_DAYS = { start: 0, middle: 2, end: 4 };

/**
 * The month of the week `offset` days from the article's day («на следующей неделе», "last week"). A week ahead is
 * dated by its middle (Wednesday): a plan for next week may fall on any of its days, and a Friday's "next week" in late
 * November (27 November – 1 December) is November's, though the Friday a week on is December's. A week back keeps the
 * same weekday a week before (the golds and tables agree with it; its Friday or its middle each disagree with one), unless
 * its working days (Monday to Friday) lie in two months of one year: "last week" in a Tuesday's article of 6 September (29 August –
 * 2 September) may be either month's, and only its year is told. A phrase naming the start («в начале … недели», "early next
 * week") or the end of the week takes its Monday or its Friday. Near the year's turn the month may be of the other year.
 */
export function weekMonth(article: string, offset: number, phrase: string): PartialDate {
  const aw = (new Date(`${article}T12:00:00Z`).getUTCDay() + 6) % 7;
  const day = WEEK_START.test(phrase) ? WEEK_DAYS.start : WEEK_END.test(phrase) ? WEEK_DAYS.end : offset > 0 ? WEEK_DAYS.middle : null;
  const month = addDays(article, day === null ? offset : offset - aw + day).slice(0, 7);
  if (day !== null || offset >= 0) return month;
  // Across the year's turn a year alone is no better a guess than the month: the same weekday's month stays.
  const monday = addDays(article, offset - aw).slice(0, 7);
  const friday = addDays(article, offset - aw + WEEK_DAYS.end).slice(0, 7);
  return monday === friday || monday.slice(0, 4) !== friday.slice(0, 4) ? month : month.slice(0, 4);
}

/**
 * «Встреча прошла на следующий день после совещания», "The talks came the day after the summit":
 * the subject restates the event told just before and the day word dates it, so the event the
 * clause names after «после» / "after" — the one a milestone is taken from — lies a day on the other
 * side of it. Only a bare restating subject and a verb of taking place count: "Putin called the day
 * after the talks" dates the call. The subject may be a possessive and the verb a present of the day's report ("The
 * minister's trip comes a day before the forum").
 */
const RESTATED_BEFORE = rx(/^\s*(?:[\p{L}'’-]+\s+){1,3}(?:прош(?:ёл|ел|ла|ло|ли)|состоял(?:ся|ась|ось|ись)|took\s+place|was\s+held|were\s+held|came|comes|happened)\s*,?\s*$/iu);
const AFTER_OR_BEFORE = rx(/^\s+(?:после|до|after|before)(?![\p{L}])/iu);
/** A phrase that holds its preposition ("the day before"): an event named right after it is the other one. */
const ENDS_IN_PREPOSITION = rx(/(?<![\p{L}])(?:после|до|after|before)$/iu);
const NAMED_NEXT = rx(/^\s+\p{L}/u);
function restatedDayAfter(text: string, m: RegExpExecArray): boolean {
  const rest = text.slice(m.index + m[0].length);
  const other = ENDS_IN_PREPOSITION.test(m[0]) ? NAMED_NEXT.test(rest) : AFTER_OR_BEFORE.test(rest);
  return other && RESTATED_BEFORE.test(text.slice(0, m.index));
}

/** Relative mentions of one sentence; `article` is the article's date (any precision). */
export function relativeMentions(text: string, lang: Language, article: PartialDate): RelativeHit[] {
  if (!RELATIVE_GATE.test(text)) return [];
  const out: RelativeHit[] = [];
  const push = (m: RegExpExecArray, date: string, anaphoric?: number) =>
    out.push({ index: m.index, length: m[0].length, date, ...(anaphoric === undefined ? {} : { anaphoric }) });
  // «на той же неделе», "that same week": first, so that no shorter phrase takes their words.
  const same = offsets(SAME, text);
  for (let i = 0; i < same.length; i++) {
    const offset = same[i]!.offset;
    for (const m of execAll(same[i]!.re, text)) out.push({ index: m.index, length: m[0].length, date: article.slice(0, offset), same: offset });
  }
  const full = article.length === 10;
  if (article.length >= 7) {
    const months = offsets(MONTHS, text);
    for (let i = 0; i < months.length; i++) for (const m of execAll(months[i]!.re, text)) push(m, addMonths(article, months[i]!.offset));
    // «начнётся в конце месяца»: a bare part of the month is the article's only when still to come.
    if (MONTH_PART_CUE.test(text)) for (const m of execAll(MONTH_PARTS_AHEAD, text)) if (weekdayTense(text, m.index, lang)) push(m, article.slice(0, 7));
  }
  if (full) {
    const days = offsets(DAYS, text);
    for (let i = 0; i < days.length; i++) {
      const offset = days[i]!.offset;
      for (const m of execAll(days[i]!.re, text)) {
        const o = restatedDayAfter(text, m) ? -offset : offset;
        push(m, addDays(article, o), o);
      }
    }
    const weeks = offsets(WEEKS, text);
    for (let i = 0; i < weeks.length; i++) for (const m of execAll(weeks[i]!.re, text)) push(m, weekMonth(article, weeks[i]!.offset, m[0]));
    const future = (at: number) => weekdayTense(text, at, lang);
    // «В это воскресенье исполняется 30 лет», "this Sunday": a weekday said with "this" is the coming one unless its clause tells the past.
    const pastAt = (at: number) => tenseBefore(text, at, lang) === 'past' || PAST_EVENT[lang].test(segmentAt(text, at).replace(QUOTED, ' '));
    if (lang === 'ru') {
      for (const m of FAMILY_CUES.weekday.ru.test(text) ? execAll(WEEKDAY_RU, text) : []) {
        const w = RU_WD.findIndex((x) => x.toLowerCase() === m.groups!.wd!.toLowerCase());
        const mod = m.groups!.mod ?? '';
        const last = LAST_RU.test(mod);
        const forward = NEXT_RU.test(mod) || (THIS_RU.test(mod) ? !pastAt(m.index) : !last && future(m.index));
        if (w >= 0) push(m, weekdayDate(article, w, forward, last));
      }
      // «переговоры запланированы на среду»: the coming day it is set for, unless the clause tells the past.
      for (const m of text.includes('на ') && FAMILY_CUES.weekday.ru.test(text) ? execAll(WEEKDAY_ONTO_RU, text) : []) {
        const w = RU_WD.findIndex((x) => x.toLowerCase() === m.groups!.wd!.toLowerCase());
        if (w >= 0) push(m, weekdayDate(article, w, !pastAt(m.index)));
      }
    } else {
      for (const m of FAMILY_CUES.weekday.en.test(text) ? execAll(WEEKDAY_EN, text) : []) {
        const w = lexicon.weekdaysEn.indexOf(m.groups!.wd!);
        const mod = (m.groups!.mod ?? '').toLowerCase();
        const last = mod.endsWith('last');
        const forward = mod.endsWith('next') || (mod === 'this' ? !pastAt(m.index) : !last && future(m.index));
        push(m, weekdayDate(article, w, forward, last));
      }
    }
    if (text.includes(WEEKEND_CUE[lang])) {
      for (const m of execAll(WEEKEND[lang], text)) {
        const mod = m.groups?.mod ?? '';
        const last = WEEKEND_LAST.test(mod);
        const forward = WEEKEND_NEXT.test(mod) || (WEEKEND_THIS.test(mod) ? !pastAt(m.index) : !last && future(m.index));
        push(m, weekdayDate(article, SATURDAY, forward, last));
      }
    }
  }
  // "last week", «на этой неделе», "this month" in a page dated only to its year: they fall in that year (a week
  // counted back or on may cross into another only in the first or last days of the year).
  if (article.length === 4) {
    for (const { re } of offsets(WEEKS, text)) for (const m of execAll(re, text)) push(m, article);
    for (const { offset, re } of offsets(MONTHS, text)) if (offset === 0) for (const m of execAll(re, text)) push(m, article);
  }
  if (FAMILY_CUES.yearParts.test(text)) for (const m of execAll(YEAR_PARTS, text)) push(m, article.slice(0, 4));
  if (article.length >= 7) {
    const y0 = Number(article.slice(0, 4));
    const q0 = Math.floor((Number(article.slice(5, 7)) - 1) / 3);
    for (const { offset, re } of offsets(QUARTERS, text)) for (const m of execAll(re, text)) push(m, String(y0 + Math.floor((q0 + offset) / 4)));
    for (const m of FAMILY_CUES.seasonEnds[lang].test(text) ? SEASON_ENDS[lang].flatMap((re) => execAll(re, text)) : []) {
      const last = seasonLastMonth(m.groups!.season!);
      if (last === null) continue;
      const rolled = last < Number(article.slice(5, 7)) && (DEADLINE_START.test(m[0]) || speaksOfFuture(text, lang));
      push(m, `${rolled ? y0 + 1 : y0}-${String(last).padStart(2, '0')}`);
    }
    // «Спустя неделю … должна прибыть», "will meet a week later": told of a plan, counted on from the article's day.
    const later = FAMILY_CUES.countLater[lang].test(text) && (speaksOfFuture(text, lang) || DUE[lang].test(text)) ? COUNT_LATER[lang].flatMap((re) => execAll(re, text)) : [];
    for (const m of [...(FAMILY_CUES.countIn[lang].test(text) ? COUNT_IN[lang].flatMap((re) => execAll(re, text)) : []), ...later]) {
      const n = m.groups!.n === undefined ? 1 : /^\d+$/.test(m.groups!.n) ? Number(m.groups!.n) : COUNT_WORDS[m.groups!.n.toLowerCase()];
      const unit = m.groups!.unit!.toLowerCase();
      if (!n) continue;
      if (/^(?:month|месяц)/.test(unit)) push(m, addMonths(article, n));
      else if (full && /^(?:week|недел)/.test(unit)) push(m, addDays(article, 7 * n).slice(0, 7));
      else if (full) push(m, addDays(article, n));
    }
  }
  for (const m of FAMILY_CUES.countAgo[lang].test(text) ? COUNT_AGO[lang].flatMap((re) => execAll(re, text)) : []) {
    if (AGO_COMPOUND.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const date = countedBack(m.groups!.n, m.groups!.unit!.toLowerCase(), article);
    if (date) push(m, date);
  }
  return out;
}

/**
 * The date a span counted back from the article date starts at («два года назад» → the year,
 * «год назад», «полгода назад», "three months ago", «две недели назад» → the month, "five days ago" → the day),
 * or null where the article's date is too coarse or the count is missing. A day the text names beside the span
 * («две недели назад, 28 марта») dates the event instead.
 */
function countedBack(word: string | undefined, unit: string, article: PartialDate): PartialDate | null {
  if (word === undefined && !AGO_SINGULAR.has(unit)) return null;
  const n = word === undefined ? 1 : /^\d+$/.test(word) ? Number(word) : COUNT_WORDS[word.toLowerCase()];
  if (!n) return null;
  const y0 = Number(article.slice(0, 4));
  if (/^(?:десятилети|decade)/.test(unit)) return String(y0 - 10 * n);
  // «визит Путина в Бишкек год назад», "a year ago": one year back is the article's month of the year before.
  if (/^(?:год|лет|year)/.test(unit)) return n === 1 && /^(?:год|year)$/.test(unit) && article.length >= 7 ? addMonths(article, -12) : String(y0 - n);
  if (article.length < 7) return null;
  if (/^(?:полгода|half)/.test(unit)) return addMonths(article, -6 * n);
  if (/^(?:месяц|month)/.test(unit)) return addMonths(article, -n);
  // «две недели назад», "two weeks ago": the month of that day (the text may name the day itself elsewhere).
  if (/^(?:недел|week)/.test(unit)) return article.length === 10 ? addDays(article, -7 * n).slice(0, 7) : null;
  return article.length === 10 ? addDays(article, -n) : null;
}

/** The last month of a season word («весной», "spring") or null; a planned season already over this year is next year's. */
export function seasonLastMonth(word: string): number | null {
  const w = word.toLowerCase();
  for (const [stem, month] of Object.entries(lexicon.seasonLastMonth)) if (w.includes(stem)) return month;
  return null;
}
