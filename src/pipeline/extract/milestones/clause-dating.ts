/**
 * The steps of dating a clause's event that look beyond its chosen trigger and mention: an
 * anniversary's count, and the dating that the clause's context changes afterwards.
 */
import { VERDICT_KEY } from './observed-vote';
import type { Language } from '../../../schema/dataset';
import type { ArticleDoc, DateMention, MilestoneDraft } from '../../types';
import { otherItem } from '../item-headings';
import type { LeadDate } from './main-event';
import { anniversaryYear, type Anniversary } from './anniversary';
import type { Clause } from './clauses';
import type { ArticleView, Found, Picked, SentenceView } from './clause-state';
import { ALSO_MET, countable, DURING_TRIP, overlaps, TRIP_REACH, TRIP_TYPES } from './clause-links';
import { planJustBefore, toldOnDay } from './day-before';
import { placeIn } from './knowledge';
import { isAfter, type Dating } from './dating';
import { MARKERS, type TriggerHit } from './lexicon';
import { GATHERING_TYPES } from './retelling';
import { inSpeech } from './speech';
import { rx } from '../regex';
import looseLexicon from '../../knowledge/loose-date-lexicon.json';
import { addDays, daysBetween } from '../dates/days';
import { ANCHOR_REACH } from '../dates/anchored';
import { monthNumber } from '../dates/lexicon';
import { pad2 } from '../dates/context';
import { congratulationDay } from './congratulation-day';
import { EVE_EVIDENCE, eveOfGathering, eveOfOwnVisit } from './eve-of-session';
import { stepToday, talksToday } from './day-programme';
import { sameVisit } from './same-visit';
import { plannedHostNamed } from './sidelines-planned';
import { nextSessionPrepared } from './passing';
import { preparedFor } from './prepared-for';
import { reactionInReportedWords } from './reported-reaction';
import { visitDayOfWeek } from './week-in-place';
import { endedGathering, withinGathering } from './within-gathering';

/** "last month", «в прошлом месяце»: a month told back from the article's. */
const LAST_MONTH = {
  en: /\b(?:last|previous) month\b/iu,
  ru: rx(/(?:прошл|минувш|предыдущ)\p{L}* месяц/iu),
};

/**
 * A summit named again as known: "the summit", "the summits", «этот саммит», «этом саммите», and its corridors or sidelines
 * with no name after them («в кулуарах саммитов», «на полях саммита,»: the summits just told).
 */
const SUMMIT_AGAIN = {
  en: rx(/(?<![\p{L}])the summits?(?![\p{L}])/iu),
  // Case-sensitive: a capital after «саммита» is the name of another summit («на полях саммита ШОС»).
  ru: rx(/(?<![\p{L}])(?:(?:[Ээ]т(?:от|ом|ого|ому|им)|[Дд]анн(?:ый|ом|ого|ому|ым)) саммит|(?:кулуарах|полях) саммит(?:а|ов)(?![\p{L}])(?!\s+(?:\p{Lu}|[«"„(]|\p{Ll}+\s+\p{Lu})))/u),
};

/**
 * The date an anniversary counts to (the founding year + N), whether the thing counted from is
 * dated in the sentence (then its mention dates nothing else), whether a day or month without a
 * year took the anniversary's year (then that mention's own year is not used), and whether the
 * event is told in direct speech.
 */
export function countAnniversary(
  a: ArticleView,
  v: SentenceView,
  c: Clause,
  text: string,
  p: Picked,
  hit: TriggerHit,
  counting: Anniversary | null,
  f: Found,
): { date: string | null; founded: boolean; yearless: boolean; spoken: boolean } {
  const { lang, date } = a;
  // «30-летие договора, подписанного 10 июня 1992 года»: the date is the founding one, N years back.
  let anniversaryDate = counting ? anniversaryYear(counting, date.date) : null;
  // The thing counted from may be dated earlier in the sentence («подписали 10 июня 1992 года, и через три недели отметят его первую годовщину»).
  const founded = counting && date.date ? countable(p.inClause, v.inSentence, c.start).find((m) => Number(m.date.slice(0, 4)) + counting.n === Number(date.date!.slice(0, 4))) : undefined;
  if (founded) anniversaryDate = `${Number(founded.date.slice(0, 4)) + (counting ? counting.n : 0)}${founded.date.slice(4)}`;
  // «в год 30-летия установления отношений, которое отмечалось 20 марта»: a day of the anniversary's
  // own year told in the clause is the day it was marked, also when the founding year is told too
  // ("founded in 1993, celebrated its 30th anniversary on September 9").
  const year = anniversaryDate?.length === 4 ? anniversaryDate : null;
  // "March will mark 34 years since …": a month as the subject of the marking verb is of the anniversary's year (the
  // clause's other mentions are of other events).
  const subjectMonth = year && lang === 'en' ? monthMarking(text) : null;
  const marked = subjectMonth ? `${year}-${subjectMonth}` : year ? v.inSentence.find((m) => m.start >= c.start && m.end <= c.end && m.date.length === 10 && m.date.startsWith(year))?.date : undefined;
  // "preparations for the 35th anniversary of relations, which will be celebrated in March 2027": a relative clause of marking
  // right after the anniversary tells its own month or day, with the anniversary's year written.
  const celebrated = year && !marked ? celebratedIn(a.doc.text, v.inSentence, hit.end, year, lang) : null;
  if (marked) anniversaryDate = marked;
  else if (celebrated) anniversaryDate = celebrated;
  // "this year marks the 20th anniversary of the treaty signed in June 1992": the founding told later in the
  // sentence with its month dates the anniversary of "this year" to that month (without "this year" the year stays);
  // "last month … marked the 25th anniversary of relations, established on March 20, 1992": the founding's day of
  // that month is the day marked. The founding may stand in the clause itself, after the count («В будущем году
  // исполнится 40 лет со дня подписания договора (10 июня 1992 года)»).
  const lastMonth = year && counting && !founded && !marked ? p.inClause.find((m) => m.relative && m.date.length === 7 && m.date.startsWith(year) && LAST_MONTH[lang].test(m.text)) : undefined;
  const foundingAfter =
    year && counting && !founded && !marked && (lastMonth || p.inClause.some((m) => m.relative && m.date === year))
      ? v.inSentence.find((m) => m.start >= Math.min(c.end, hit.end) && m.date.length >= (lastMonth ? 10 : 7) && Number(m.date.slice(0, 4)) + counting.n === Number(year) && (!lastMonth || m.date.slice(4, 7) === lastMonth.date.slice(4)))
      : undefined;
  if (foundingAfter) anniversaryDate = `${year}${foundingAfter.date.slice(4)}`;
  // «обсудили подготовку к празднованию 15-летия отношений 20 марта» in February: a day or month told
  // without its year is of the anniversary's year, whichever year its verb's tense would give it. A day told without
  // digits ("on Tuesday", «вчера») is counted from the article's day and keeps its year.
  const yearless = year && !founded && !marked ? v.inSentence.find((m) => m.start >= c.start && m.end <= c.end && m.date.length >= 7 && !YEAR_WRITTEN.test(m.text) && Math.abs(Number(m.date.slice(0, 4)) - Number(year)) === 1 && (m.date.length === 7 || DIGIT.test(m.text))) : undefined;
  if (yearless) anniversaryDate = `${year}${yearless.date.slice(4)}`;
  // «Когда в октябре Путин прилетел в Бишкек … а сам визит совпал с 20-летием авиабазы», "the visit, timed to the
  // base's 20th anniversary": the anniversary is marked by the visit just told, of its year, and takes its date.
  const visit = year && !founded && !marked && !yearless && MARKERS.visitCoincides[lang].test(text) ? visitOfYear(f, v.s.index, year) : null;
  if (visit) anniversaryDate = visit;
  // «Ранее в этот день президенты провели переговоры, а также приняли участие в мероприятиях, посвящённых 20-летию
  // авиабазы», "held talks on Tuesday and attended the celebrations of the base's 20th anniversary": celebrations
  // attended in a clause going on from an event of the same sentence told on a day of the anniversary's year, that day.
  const attended = year && !founded && !marked && !yearless && !visit && c.start > v.s.start && ATTENDED[lang].test(text) ? dayBefore(f, v.s.index, year, c.start) : null;
  if (attended) anniversaryDate = attended;
  const spoken = inSpeech(a.speech, hit.start >= c.start ? hit.start : c.start);
  // "The summit marks the fifth anniversary of the treaty signed in 2014": counted to the article's
  // year, the anniversary is marked by the occasion told, on the article's day.
  const ad = date.date;
  // Not one marked "this month" («в этом месяце»): the month is all the clause tells of its day.
  if (founded && anniversaryDate && ad && anniversaryDate.length < ad.length && ad.startsWith(anniversaryDate) && !spoken && !MARKERS.planned[lang].test(text) && !THIS_MONTH.test(text)) anniversaryDate = ad;
  // «направил поздравительную телеграмму … в связи с 30-летием»: congratulated on the article's day.
  // Only an anniversary's year can be that day's: without one the planned markers are not asked.
  else if (year && !founded && !marked && !yearless && !MARKERS.planned[lang].test(text)) anniversaryDate = congratulationDay(text, lang, year, ad, p.inClause.length) ?? anniversaryDate;
  return { date: anniversaryDate, founded: founded !== undefined, yearless: yearless !== undefined || subjectMonth !== null || (lastMonth !== undefined && foundingAfter !== undefined), spoken };
}

const DIGIT = /\d/;

/** "on the sidelines of the events", «на полях этих мероприятий»: gatherings named in the plural, several occasions at once. */
const PLURAL_OCCASIONS = {
  en: rx(/(?<![\p{L}])(?:the|these|those|both)\s+(?:events|summits|gatherings|forums|meetings)(?![\p{L}])/iu),
  ru: rx(/(?<![\p{L}])(?:этих|обоих|данных|указанных)\s+(?:мероприятий|саммитов|форумов|заседаний)(?![\p{L}])/iu),
};

/**
 * The words between an anniversary's count and a date in a relative clause of marking it («…, которое будет отмечаться в»,
 * ", which will be celebrated in"): the subject of the anniversary, a comma, the relative word, the verb of marking.
 */
const CELEBRATED_BEFORE = {
  en: rx(/^[^,.;!?]{0,80},\s*(?:which|that)\s+(?:[\p{L}-]+\s+){0,3}(?:celebrated|marked|observed|celebrates|marks)\s+(?:in|on)\s+$/iu),
  ru: rx(/^[^,.;!?]{0,100},\s*котор\p{L}+\s+(?:[\p{L}-]+\s+){0,3}(?:отмеча\p{L}*|отмет\p{L}*|праздн\p{L}*)\s+(?:(?:в|во)\s+)?$/iu),
};

/** The month or day of `year`, with its year written, told in a relative clause of marking the anniversary counted before `from`. */
function celebratedIn(text: string, mentions: readonly DateMention[], from: number, year: string, lang: Language): string | null {
  const m = mentions.find((x) => x.start >= from && x.date.length >= 7 && x.date.startsWith(year) && YEAR_WRITTEN.test(x.text));
  return m && CELEBRATED_BEFORE[lang].test(text.slice(from, m.start)) ? m.date : null;
}
/** "this month", «в этом месяце»: an anniversary marked in the month, its day untold. */
const THIS_MONTH = rx(/(?<![\p{L}])(?:this\s+month|в\s+(?:этом|текущем|нынешнем)\s+месяце)(?![\p{L}])/iu);

/** "March will mark", "May marks": a month word before a verb of marking (a bare month is no date mention: "march", "may"). */
const MONTH_MARKS = rx(/(?<![\p{L}])([A-Z][a-z]{2,8})\s+(?:will\s+mark|marks)(?![\p{L}])/u);

/** The month (two digits) that is the subject of "will mark" / "marks" in `text`, or null. */
function monthMarking(text: string): string | null {
  const m = text.match(MONTH_MARKS);
  const n = m ? monthNumber(m[1]!) : null;
  return n ? pad2(n) : null;
}

/** «приняли участие в мероприятиях», «посетили торжества», "attended", "took part in": celebrations attended. */
const ATTENDED = {
  ru: rx(/(?:^|[^\p{L}])(?:принял\p{L}*\s+участие|участвовал\p{L}*|присутствовал\p{L}*|посетил\p{L}*)(?![\p{L}])/iu),
  en: rx(/(?:^|[^\p{L}])(?:attended|took\s+part|participated|joined)(?![\p{L}])/iu),
};

/** The day, of `year`, of the latest past event told in sentence `at` before offset `before`; null when none. */
function dayBefore(f: Found, at: number, year: string, before: number): string | null {
  for (let i = f.recent.length - 1; i >= 0 && f.recent[i]!.sentence === at; i--) {
    const d = f.recent[i]!.draft;
    if (d.status === 'past' && d.quote.end <= before && d.date?.length === 10 && d.date.startsWith(year)) return d.date;
  }
  return null;
}

/** The date, finer than its year, of the latest past visit told up to `TRIP_REACH` sentences before sentence `at`, in `year`. */
function visitOfYear(f: Found, at: number, year: string): string | null {
  const trip = f.recent.filter((r) => at - r.sentence <= TRIP_REACH && r.draft.type === 'visit' && r.draft.status === 'past' && r.draft.date && r.draft.date.length > 4 && r.draft.date.startsWith(year)).pop();
  return trip?.draft.date ?? null;
}

/** «пригласил», «приглашение», "invited", "invitation": a visit asked for, not one planned by the visitor. */
const INVITED = { ru: /приглас|приглаш/iu, en: /\binvit/iu };

/** A clause opening with the gathering it follows: "After the parade", «После парада», «После завершения саммита». */
const AFTER_GATHERING = {
  ru: rx(/^\s*После\s+(?:завершения\s+|окончания\s+)?(?:парада|церемонии|саммита|заседания|торжеств)(?![\p{L}])/u),
  en: rx(/^\s*(?:After|Following)\s+the\s+(?:parade|ceremony|summit|session|celebrations?)(?![\p{L}])/u),
};

/**
 * «…, подписанному во время государственного визита … в ноябре», "…, signed during the president's visit in
 * November": a visit named only as the occasion of an earlier document's signing, not a trip the narrative follows.
 */
const SIGNED_ON_OCCASION = { ru: rx(/^(?:подписанн|заключенн|заключённ)\p{L}*\s/iu), en: /^(?:signed|concluded)\s/iu };

/** What opens the content of a verb of saying: «, что», "that". */
const CONTENT_OPENER = { ru: rx(/,\s*что(?![\p{L}])/u), en: rx(/(?:^|[^\p{L}])that(?![\p{L}])/u) };

/**
 * Where what was said opens in `between` (from a date to an event's word), when it holds a verb of saying followed by the
 * opening of its content («Накануне министр заявил, что …», "on Monday the minister said that …"); else −1. Cheap cue
 * first: «что» / "that".
 */
function contentAfterSaying(between: string, lang: 'ru' | 'en'): number {
  if (!between.includes(lang === 'ru' ? 'что' : 'that')) return -1;
  const verb = MARKERS.statement[lang].all(between)[0];
  if (!verb) return -1;
  const opener = CONTENT_OPENER[lang].exec(between.slice(verb.end));
  return opener !== null && opener.index <= CONTENT_REACH ? verb.end + opener.index : -1;
}
/** How far after a verb of saying its content may open ("said on Monday at a briefing that …"). */
const CONTENT_REACH = 40;

/** «сегодня», "today": the day a speaker speaks on. */
const TODAY_WORD = rx(/^(?:сегодня|today)$/iu);

/**
 * True when `mention` is «сегодня» / "today" inside quoted words, the narrative's occasion (`f.lead`) lies a day or two
 * before the article's day and nothing told just before is of the article's own day.
 */
function todayInWords(a: ArticleView, f: Found, v: SentenceView, mention: DateMention): boolean {
  const lead = f.lead!.date;
  const today = a.date.date;
  if (!mention.relative || lead.length !== 10 || today?.length !== 10 || lead >= today || daysBetween(lead, today) > LEAD_REACH) return false;
  return TODAY_WORD.test(mention.text) && inSpeech(a.speech, mention.start) && !toldToday(f.recent, v.s.index, today, lead);
}
/** How many days before the article's the occasion of quoted words told «сегодня» may lie. */
const LEAD_REACH = 2;

/** True when a date mention starts within `[from, to)`. */
function laterMention(mentions: readonly DateMention[], from: number, to: number): boolean {
  for (let i = 0; i < mentions.length; i++) if (mentions[i]!.start >= from && mentions[i]!.start < to) return true;
  return false;
}

/**
 * How many sentences after a past trip told with its day undated talks may come and still be that trip's: "X flew to
 * Moscow on Monday. The choice surprised no one: … . In the Kremlin, X held talks with Y" — one aside between. Not after
 * a trip of a month only, which may be an occasion named in passing, nor after one of several days, whose day is not told.
 */
const VISIT_TALKS_REACH = 2;

/** A clause opening with «где» / "where". */
const WHERE_OPENING = { ru: /^где(?![\p{L}])/iu, en: /^where(?![\p{L}])/iu };
/** «… из Ташкента, », "… from Astana, ": the place left, named right before a «где» / "where" clause. */
const PLACE_LEFT = { ru: rx(/(?:^|\s)из\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?,\s*$/u), en: rx(/(?:^|\s)from\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?,\s*$/u) };
/** How far before the clause the place left may start. */
const PLACE_LEFT_REACH = 40;

/** How many sentences after a planned trip of several days its steps, linked to it, may be told. */
const SPAN_STEP_REACH = 3;
/** A year written in a mention («20 марта 2007 года», "March 2007"). */
const YEAR_WRITTEN = /\d{4}/;

/** Dating that the clause's context changes: a planned trip's talks, a teaser's headline, the lead's occasion, another meeting of a trip. */
export function redate(a: ArticleView, f: Found, v: SentenceView, c: Clause, text: string, hit: TriggerHit, mention: DateMention | null, spoken: boolean, d: Dating): void {
  const { lang, date } = a;
  const { s, teaser } = v;
  const body = a.doc.text;
  const { type, key } = hit.trigger;
  // The day word of the mention counted from the occasion told («накануне» → -1), asked once.
  const dayWord = mention ? occasionDays(mention.text) : null;
  // "came in a year marking the 30th anniversary of the Commonwealth", «в год 30-летия Содружества»: the anniversary
  // is told by its year; the day of the narrative is the occasion's, not the anniversary's.
  if (!mention && type === 'anniversary' && d.narrativeArticleDate && d.date?.length === 10 && YEAR_OF_ANNIVERSARY.cue[lang].test(text) && YEAR_OF_ANNIVERSARY[lang].test(text)) {
    d.dateEvidence = `An anniversary told by its year (${d.dateEvidence})`;
    d.date = d.date.slice(0, 4);
    d.narrativeArticleDate = false;
    return;
  }
  // "discussed preparations for the next session of the commission", «подготовку к очередному заседанию межправкомиссии»:
  // the session prepared for is still to come, its time not told.
  if (!mention && type === 'igc_session' && d.status !== 'planned' && nextSessionPrepared(text, hit.start - c.start, lang, body.slice(s.start, c.start))) {
    d.date = null;
    d.status = 'planned';
    d.dateEvidence = 'The next session, prepared for; no date is told';
    d.narrativeArticleDate = false;
    return;
  }
  // "several visits postponed because of the floods, among them the commission's session", «заседание комиссии отложено»: a
  // gathering put off with no new date told is still to come, its time not told (not the day of the talks that tell of it).
  // (One told as held after all, «отложенное заседание прошло в Оше», is held.)
  if (!mention && GATHERING_TYPES.has(type) && (d.narrativeArticleDate || d.linked) && putOffBefore(a, Math.max(s.start, hit.start - PUT_OFF_REACH), Math.min(c.end, hit.end + PUT_OFF_REACH), lang) && !HELD_AFTER_ALL[lang].test(text)) {
    d.date = null;
    d.status = 'planned';
    d.dateEvidence = 'Put off, with no new date told';
    d.narrativeArticleDate = false;
    d.linked = false;
    return;
  }
  // «мэры говорили о подготовке к межрегиональному форуму», "preparations for the fair": the event prepared for
  // is still to come, its time not told (not the day of the clause, nor of the event told just before).
  // (A date told after it in the sentence, «к празднованию юбилея, которое будет отмечаться в следующем году», is its own.)
  if (!mention && (d.date !== null || d.status !== 'planned') && preparedFor(text, hit.start - c.start, lang) && !v.inSentence.some((m) => m.start >= hit.end)) {
    d.date = null;
    d.status = 'planned';
    d.dateEvidence = 'An event prepared for; no date is told';
    d.narrativeArticleDate = false;
    return;
  }
  // "Putin will visit Bishkek on 25 November. He is expected to sign agreements with Japarov":
  // talks or signings planned without a date take the date of the planned trip just told.
  if (!mention && !spoken && !teaser && d.date === null && d.status === 'planned' && DURING_TRIP.has(type) && !MARKERS.nearFuture[lang].test(text)) {
    const trips = f.recent.filter((r) => s.index - r.sentence <= TRIP_REACH && r.draft.status === 'planned' && r.draft.date !== null && TRIP_TYPES.has(r.draft.type));
    // "a bilateral meeting on the sidelines of the Dushanbe summit": the planned gathering it names, not the one told last.
    const host = type === 'meeting' && MARKERS.sidelines[lang].test(text) ? plannedHostNamed(text, lang, f.recent, s.index) : undefined;
    const trip = host ? { draft: host } : trips.pop();
    if (trip) {
      d.date = trip.draft.date;
      d.dateEvidence = `During the planned ${trip.draft.type} «${trip.draft.quote.text.slice(0, 60)}» (${trip.draft.date})`;
      // «саммит СНГ, который пройдет в Бишкеке 16–17 сентября. … В его рамках президенты проведут встречу»: a step of a
      // gathering of several days is held on one of them, not told which (a trip keeps its own rule below).
      if (trip.draft.type !== 'visit' && d.date?.length === 10 && SPAN_OF_DAYS.test(trip.draft.quote.text)) {
        d.date = d.date.slice(0, 7);
        d.dateEvidence = `${d.dateEvidence}; one of its days, not told which`;
      }
      // "… on the sidelines of the events" after two summits on December 21 and 22: one of their days, the month only.
      const other = host ? undefined : trips.pop();
      if (other && other.draft.date !== trip.draft.date && other.draft.date!.slice(0, 7) === trip.draft.date!.slice(0, 7) && PLURAL_OCCASIONS[lang].test(text)) {
        d.date = trip.draft.date!.slice(0, 7);
        d.dateEvidence = `During the planned gatherings «${other.draft.quote.text.slice(0, 40)}» and «${trip.draft.quote.text.slice(0, 40)}» of different days (${d.date})`;
      }
    }
  }
  // «…в ходе саммита ОДКБ в Москве в конце ноября. … Путин и Жапаров могут провести встречу на полях саммита ОДКБ»: a meeting
  // planned on the sidelines of a body's gathering planned and dated earlier in the article takes that gathering's date (not
  // the date of whatever event was told just before it).
  if (!mention && !teaser && (d.date === null || d.linked) && d.status === 'planned' && type === 'meeting' && text.includes(lang === 'ru' ? 'на полях' : 'sidelines')) {
    const host = plannedHostNamed(text, lang, f.recent, s.index);
    if (host) {
      d.date = host.date;
      d.dateEvidence = `On the sidelines of the planned «${host.quote.text.slice(0, 60)}» (${host.date})`;
      d.linked = false;
    }
  }
  // «Сегодня провели переговоры. После переговоров лидеры продолжат диалог … Ожидается подписание»:
  // the next steps of the day's programme take its day.
  if (!mention && !spoken && !teaser && d.date === null && d.status === 'planned' && DURING_TRIP.has(type) && date.date?.length === 10) {
    const step = talksToday(s.text, lang, f.out, date.date) ?? stepToday(planJustBefore(f.recent, s.index), date.date);
    if (step) {
      d.date = date.date;
      d.dateEvidence = `A next step of the day's programme after «${step.quote.text.slice(0, 60)}» (${date.date})`;
    }
  }
  // «Сегодня обсудим саммит, который пройдёт в сентябре. По итогам переговоров подпишем программу»: the
  // plan names the day's own talks, not the plan told just before, whose date the link gave it.
  if (!mention && !teaser && d.linked && d.status === 'planned' && date.date?.length === 10 && d.date !== date.date && talksToday(s.text, lang, f.out, date.date)) {
    d.date = date.date;
    d.dateEvidence = `After the talks of the article's own day (${date.date})`;
  }
  // «Дни города пройдут в сентябре. Губернатор пообещала приехать»: a trip planned without a date
  // or a destination of its own goes to the plan just told.
  // An invitation to visit ("had invited Putin to visit Kyrgyzstan", «пригласил посетить») is a trip of its own, its dates still open.
  if (!mention && !spoken && !teaser && type === 'visit' && d.date === null && d.status === 'planned' && !MARKERS.nearFuture[lang].test(text) && !INVITED[lang].test(text) && !placeIn(text, lang)) {
    const plan = planJustBefore(f.recent, s.index);
    if (plan) {
      d.date = plan.date;
      d.dateEvidence = `To the plan «${plan.quote.text.slice(0, 60)}» told just before (${plan.date})`;
    }
  }
  // "Putin is expected to meet Japarov at the CIS summit later this week. Tokayev will host the summit.":
  // a planned summit named again without a date of its own is the one just planned.
  if (!mention && !spoken && !teaser && type === 'summit' && d.date === null && d.status === 'planned' && SUMMIT_AGAIN[lang].test(text)) {
    const plan = planJustBefore(f.recent, s.index);
    if (plan) {
      d.date = plan.date;
      d.dateEvidence = `The summit of the plan «${plan.quote.text.slice(0, 60)}» told just before (${plan.date})`;
    }
  }
  // (Not a clause opening with the gathering it follows, "After the parade, the leaders had breakfast …", «После парада …»:
  // it is of that gathering's day, not of the trip's arrival told just before.)
  // "When X chose Moscow for his first trip on February 24, … . After talks with Putin, X said …":
  // talks or signings the narrative tells without a date right after a past trip of a known day
  // or month take its date (a year alone is too loose to say the talks were on that trip); so do
  // signings right after talks told with a day ("held talks the same evening. The two signed …"). A visit named
  // only as the occasion of an older document's signing («…, подписанному во время визита в ноябре») is no such trip.
  if (!mention && !spoken && !teaser && d.narrativeArticleDate && DURING_TRIP.has(type)) {
    const last = f.recent.length > 0 ? f.recent[f.recent.length - 1] : undefined;
    // "The leaders adopted a joint statement and witnessed the signing of a memorandum": a signing in the clause after
    // another of the same sentence, dated by the day told before, took place that day too.
    const signedBeside = (r: NonNullable<typeof last>) => type === 'agreement' && r.sentence === s.index && r.draft.type === 'agreement' && r.draft.date?.length === 10;
    const trip = last && s.index - last.sentence <= (last.draft.type === 'visit' && last.draft.date?.length === 10 && !f.spanDay.has(last.draft) ? VISIT_TALKS_REACH : 1) && last.draft.status === 'past' && (last.draft.date?.length ?? 0) >= 7 && last.draft.date !== date.date && (last.draft.type === 'visit' || (type === 'agreement' && toldOnDay(last.draft)) || signedBeside(last)) && !SIGNED_ON_OCCASION[lang].test(last.draft.quote.text) && !AFTER_GATHERING[lang].test(text) ? last.draft : null;
    // "The visit on Nov. 25-26 was …. The leaders signed …": a signing of a trip of several days took one of them, which is not told.
    // "paid an official visit on 9-11 June and had talks with …. The sides signed …": talks told in the clause after the
    // visit of several days, dated by its first day, are of those days too.
    const days = trip && type === 'agreement' && (f.spanDay.has(trip) || f.recent.some((r) => r.sentence === last!.sentence && r.draft !== trip && r.draft.date === trip.date && f.spanDay.has(r.draft)));
    if (trip) {
      d.date = days ? trip.date!.slice(0, 7) : trip.date;
      d.dateEvidence = `During the trip «${trip.quote.text.slice(0, 60)}» told just before (${trip.date})${days ? '; a signing of its days, whose own day is not told' : ''}`;
      d.narrativeArticleDate = false;
    }
  }
  // "The announcement came on the eve of a summit in Moscow": a gathering named only as the morrow
  // of the occasion told is held the day after it.
  if (!mention && !teaser && lang === 'en' && (d.date === null || d.narrativeArticleDate) && GATHERING_TYPES.has(type) && s.text.includes('eve of')) {
    const base = f.lead?.date.length === 10 ? f.lead.date : date.date?.length === 10 ? date.date : null;
    if (base && EVE_BEFORE.test(body.slice(Math.max(s.start, hit.start - EVE_REACH), hit.start))) {
      d.date = addDays(base, 1);
      d.dateEvidence = `${EVE_EVIDENCE} (${base}): «on the eve of»`;
      d.status = date.date && isAfter(d.date, date.date) ? 'planned' : 'past';
      d.narrativeArticleDate = false;
    }
  }
  // "will pay an official visit on October 19-21. During the visit, the premiers will hold a joint meeting": a step of a
  // planned trip of several days, linked to it with no day of its own, is held on one of its days, not told which: its month.
  if (!mention && d.linked && d.status === 'planned' && type !== 'visit' && d.date?.length === 10) {
    const trip = f.recent.find((r) => s.index - r.sentence <= SPAN_STEP_REACH && r.draft.status === 'planned' && r.draft.date === d.date && f.spanDay.has(r.draft));
    if (trip) {
      d.date = d.date.slice(0, 7);
      d.dateEvidence = `${d.dateEvidence}; a step of the planned trip «${trip.draft.quote.text.slice(0, 60)}» of several days, one of them, not told which`;
    }
  }
  // «В рамках Дней пройдут неделя кино и выставка», "As part of the festival, a film week will be held": a step of a
  // gathering of several days told before with its day is held on one of its days, not told which: its month.
  // A step already done within a gathering told as of the article's own day («Сегодня открылась конференция … В рамках
  // конференции подписано 10 документов») is of that day, and so is one within a gathering of one day told with it
  // («14 апреля палата провела бизнес-миссию»): only a gathering of several days, told by its span or as ended, hides the day.
  const within = !mention && (d.date === null || d.narrativeArticleDate) ? withinGathering(f, s.index, text, lang) : null;
  if (within && (d.status === 'planned' || (date.date !== null && within.date! < date.date.slice(0, within.date!.length) && (f.spanDay.has(within) || endedGathering(within, lang))))) {
    d.date = within.date!.slice(0, 7);
    d.dateEvidence = `Within «${within.quote.text.slice(0, 60)}» told before (${within.date}); one of its days, not told which`;
    d.narrativeArticleDate = false;
    return;
  }
  // "arrived in Bishkek from Astana, where he had held talks with …", «прилетел в Ош из Ташкента, где провел переговоры»: a step
  // at the place left came before the arrival, on a day the clause does not tell (not the reporter's day).
  if (!mention && d.narrativeArticleDate && WHERE_OPENING[lang].test(text) && PLACE_LEFT[lang].test(body.slice(Math.max(s.start, c.start - PLACE_LEFT_REACH), c.start))) {
    d.date = null;
    d.dateEvidence = 'At the place left before the arrival told; its day is not told';
    d.narrativeArticleDate = false;
    return;
  }
  if (teaser && !mention && d.date !== null) {
    d.date = null;
    d.dateEvidence = 'A link to another article: no date of its own';
    d.narrativeArticleDate = false;
  }
  // "would give priority to ratifying the agreements signed during the visit": a plan told of the visit's outcome is still
  // to come, not a step of that visit.
  const visit = !mention && !teaser && !spoken && d.status !== 'planned' ? sameVisit(text, lang, f.out) : null;
  if (visit) {
    d.date = visit.date;
    d.dateEvidence = `On the same visit as «${visit.quote.text.slice(0, 60)}» (${visit.date})`;
    d.narrativeArticleDate = false;
  }
  // "last week the governor announced he intends to visit Baku "in the near future"", «на прошлой неделе губернатор сообщил,
  // что посетит Баку в ближайшее время»: the day before the plan is when it was told; the plan itself has no date yet.
  if (mention && d.status === 'planned' && mention.end <= hit.start && date.date !== null && !isAfter(mention.date, date.date) && MARKERS.nearFuture[lang].test(body.slice(hit.end, c.end))) {
    d.date = null;
    d.dateEvidence = `Planned «in the near future»; «${mention.text}» dates the telling`;
    d.narrativeArticleDate = false;
    return;
  }
  // «Накануне Петров заявил, что посетит Ош», "said on Monday that he will visit Osh": a day told before the verb of saying
  // dates the telling; the trip, gathering or signing planned in what was said has no date of its own yet (a demand or a
  // reaction told there is the statement itself).
  const content = mention && d.status !== 'ongoing' && (GATHERING_TYPES.has(type) || type === 'agreement') && mention.end <= hit.start && !laterMention(v.inSentence, hit.start, c.end) ? contentAfterSaying(body.slice(mention.end, hit.start), lang) : -1;
  if (content >= 0 && (d.status === 'planned' || MARKERS.planned[lang].test(body.slice(mention!.end + content, c.end)))) {
    d.date = null;
    d.status = 'planned';
    d.dateEvidence = `A plan told in what was said; «${mention!.text}» dates the telling`;
    d.narrativeArticleDate = false;
    return;
  }
  // «По ее словам, посольство направило ноту», "noted that the cabinet would request explanations": a reaction told
  // undated within someone's words follows the occasion told, on a day the words do not give.
  if (!mention && !teaser && d.narrativeArticleDate && reactionInReportedWords(key, body.slice(s.start, hit.start), lang)) {
    d.date = null;
    d.dateEvidence = 'A reaction told in what someone said, without a day of its own';
    d.narrativeArticleDate = false;
    return;
  }
  // «С начала года выдано 600 паспортов. Выездные приёмы проходили в Токмоке»: the account of the
  // year so far goes on, in the year, not on the day of the occasion told before it. (Not a gathering, nor a clause linked
  // to the occasion: «Также во время поездки прошло заседание …», «Вечером министр встретился …».)
  if (!mention && !teaser && d.narrativeArticleDate && d.status === 'past' && date.date !== null && s.index > 0 && c.start === s.start && !GATHERING_TYPES.has(type) && yearSoFarBefore(a, s.index, lang) && !MARKERS.link[lang].test(text) && !MARKERS.deictic[lang].test(text)) {
    d.date = date.date.slice(0, 4);
    d.dateEvidence = `The account of the year so far told just before goes on: the article's year (${d.dateEvidence})`;
    d.narrativeArticleDate = false;
    return;
  }
  // The reporter's undated narrative after a lead event told with its own recent day («вчера»,
  // "on Monday") belongs to that occasion, not to the publication day.
  // Not after an event told just before with the article's own day («Вчера … торжества. Сегодня
  // состоялась встреча. Стороны обсудили …»): the narrative has come back to that day.
  // An observer mission's verdict comes after the vote the lead tells: it keeps the reporter's day.
  if (d.narrativeArticleDate && f.lead && key !== VERDICT_KEY && !overlaps(c, date.span) && !toldToday(f.recent, s.index, date.date, f.lead.date)) {
    // «17–18 февраля … провел бизнес-миссию. … В рамках миссии делегацию принял премьер»: one of the trip's days, not told which.
    // (A trip told again, «это была первая поездка …», is the lead itself and keeps its day.)
    const days = type !== 'visit' && leadIsDaySpan(f);
    // «В первый же день …», "On the second day …": the day of the span is told after all.
    const nth = days ? NTH_DAY[lang].exec(text) : null;
    const offset = nth ? NTH_DAY_OFFSET[nth[1]!.toLowerCase().slice(0, 3)] : undefined;
    // "landed on Monday evening for a two-day visit. On Tuesday, the two held talks … . The optics were carefully staged: the
    // leaders opened schools": the narrative has moved on to the later day of the occasion told just before.
    const later = offset === undefined && !days ? laterDayTold(a.doc, f.recent, s.index, date.date, f.lead.date) : undefined;
    d.date = later ? later.draft.date! : offset !== undefined ? addDays(f.lead.date, offset) : days ? f.lead.date.slice(0, 7) : f.lead.date;
    d.dateEvidence = later
      ? `The narrative goes on with the later day of «${later.draft.quote.text.slice(0, 60)}» (${later.draft.date}), after the lead event «${f.lead.quote}» (${f.lead.date})`
      : `Same occasion as the lead event «${f.lead.quote}» (${f.lead.date})${offset !== undefined ? `; «${nth![0]}» of its days` : days ? '; one of its days, not told which' : ''}`;
  }
  // "Putin yesterday turned the pact into an alliance. At a summit in the Kremlin, the leaders
  // agreed …": before any event set the occasion, the day the lead told dates the narrative.
  // (A clause of the lead sentence itself is dated by its own words: "who arrived on Monday, was received".)
  else if (d.narrativeArticleDate && !f.leadSeen && f.leadDay && key !== VERDICT_KEY && f.leadDay.sentence < s.index && !overlaps(c, date.span)) {
    d.date = f.leadDay.date;
    d.dateEvidence = `Same occasion as the lead «${f.leadDay.quote}» (${f.leadDay.date})`;
  }
  // «Вчера … провели переговоры. … Накануне X принял Y»: a day word the date module could tie to no
  // day told just before counts from the occasion the narrative tells, not from the article date.
  const shift = mention && !mention.anchor && f.lead && f.lead.date !== date.date && d.date === mention.date && !leadOfOtherItem(a.doc, f.lead, s.start) ? dayWord : null;
  if (shift !== null && f.lead?.date.length === 10) {
    // «В четверг состоялись переговоры. … В тот же день Путин посетил университет» after a lead of Wednesday: the same day
    // is the later day the narrative has moved on to.
    const later = shift === 0 ? laterDayTold(a.doc, f.recent, s.index, date.date, f.lead.date) : undefined;
    d.date = later ? later.draft.date! : addDays(f.lead.date, shift);
    d.dateEvidence = later
      ? `«${mention!.text}» is the later day of «${later.draft.quote.text.slice(0, 60)}» (${later.draft.date}), after the lead event «${f.lead.quote}» (${f.lead.date})`
      : `«${mention!.text}» counted from the occasion of the lead event «${f.lead.quote}» (${f.lead.date})`;
  }
  // «Накануне губернатор встретился с послом. … В тот же день стороны утвердили план …» after a lead of the day before the article's: the same day
  // as a day word the narrative moved to its occasion is that word's new day, not the one counted from the article.
  const moved = mention?.anchor && dayWord === 0 && d.date === mention.date ? movedAnchor(f, s.index, mention) : null;
  if (moved) {
    d.date = moved.date;
    d.dateEvidence = `«${mention!.text}» counted from «${mention!.anchor}», told of ${moved.date}`;
  }
  // «"Мы сегодня подписали …", — заявил министр на пресс-конференции» after a lead of a day before the article's (a
  // paper of the next morning): the speaker's «сегодня» is the day he spoke, the occasion's, not the day of print.
  if (mention && f.lead && d.date === date.date && todayInWords(a, f, v, mention)) {
    d.date = f.lead.date;
    d.dateEvidence = `«${mention.text}» in the words of the occasion of the lead event «${f.lead.quote}» (${f.lead.date})`;
  }
  // "In Naryn this week, the ministers opened …": the week of a visit to the place named, told with its day before.
  const weekDay = mention && d.date === mention.date ? visitDayOfWeek(text, mention, f.out, date.date, lang) : null;
  if (weekDay) {
    d.date = weekDay;
    d.dateEvidence = `«${mention!.text}» in the place of the visit told before (${weekDay})`;
  }
  // «Накануне форума посол встречался с …», "on the eve of the summit": the day before the
  // gathering named right after the day word, when it was told with its day.
  if (mention && dayWord === -1) {
    const named = v.hits.find((h) => h.start >= mention.end && GATHERING_TYPES.has(h.trigger.type) && RIGHT_AFTER.test(body.slice(mention.end, h.start)) && !VERB_FIRST.test(body.slice(h.start, h.start + 24)));
    const told = named ? f.out.filter((o) => o.type === named.trigger.type && o.date?.length === 10).pop() : undefined;
    if (told) {
      d.date = addDays(told.date!, -1);
      d.dateEvidence = `«${mention.text}»: the day before the gathering «${told.quote.text.slice(0, 60)}» (${told.date})`;
    }
  }
  // "On the eve of the session, the minister met …": the English day word the date module leaves alone.
  const eve = !mention && d.narrativeArticleDate && !spoken ? eveOfGathering(s, c, hit.start) : null;
  const toldEve = eve ? f.out.filter((o) => eve.has(o.type) && o.status === 'past' && o.date?.length === 10).pop() : undefined;
  const ownVisit = eve && !toldEve ? eveOfOwnVisit(eve, f.main?.draft) : null;
  if (toldEve) {
    d.date = addDays(toldEve.date!, -1);
    d.dateEvidence = `"on the eve of": the day before the gathering «${toldEve.quote.text.slice(0, 60)}» (${toldEve.date})`;
  } else if (ownVisit) {
    d.date = addDays(ownVisit, -1);
    d.dateEvidence = `"on the eve of the visit": the day before the article's occasion «${f.main!.draft.quote.text.slice(0, 60)}» (${ownVisit})`;
  }
  // "The announcement came the day before a summit … on February 4th": the day word dates what came
  // before the gathering it names; the gathering itself takes the day the clause tells for it.
  if (mention && dayWord !== null && hit.start >= mention.end && NAMED_RIGHT_AFTER.test(body.slice(mention.end, hit.start))) {
    const own = v.inSentence.find((m) => m !== mention && m.start >= hit.end && m.end <= c.end && !m.relative && m.date.length === 10);
    if (own) {
      d.date = own.date;
      d.dateEvidence = `«${own.text}» in the sentence, the day of the gathering «${mention.text}» names`;
    }
  }
  // "visited Bishkek on February 3–4 and signed a plan", «прибыл 25–26 ноября и подписал соглашение»: a
  // signing dated only by the span of days of another clause's trip took place on one of them, which is
  // not told. (A clause that holds the span itself tells the trip as well, and keeps its first day.)
  const span = type === 'agreement' && d.date?.length === 10 ? v.inSentence.find((m) => m.date === d.date && (m.end <= c.start || m.start >= c.end) && isDaySpan(body, m)) : undefined;
  if (span) {
    d.dateEvidence = `A signing during the days «${span.text}»; its own day is not told`;
    d.date = d.date!.slice(0, 7);
  }
  // "is expected to visit Moscow after the October elections", «после октябрьских выборов посетит»:
  // the month is another event's; this one comes later, in a month the text does not tell.
  // Not a short span after it («через две недели после майских праздников»): that stays within the month.
  const beforeMonth = mention && d.date === mention.date && mention.date.length === 7 && d.status === 'planned' ? body.slice(Math.max(0, mention.start - 40), mention.start) : '';
  if (beforeMonth && AFTER_EVENT_OF_MONTH.test(beforeMonth) && !SPAN_AFTER_EVENT.test(beforeMonth)) {
    d.dateEvidence = `After an event of «${mention!.text}»: the year only (${d.dateEvidence})`;
    d.date = mention!.date.slice(0, 4);
  }
  // «Министр также посетил университет», "also visited the plant": another stop of the trip dated by the occasion told
  // (or by the reporter's day) is of the same month, on a day not told.
  if (!mention && !spoken && d.date?.length === 10 && (d.narrativeArticleDate || d.linked || d.dateEvidence.startsWith('Same occasion')) && alsoVisited(body.slice(s.start, c.end), lang)) {
    d.dateEvidence = `Another stop of the trip; its day is not told (${d.dateEvidence})`;
    d.date = d.date.slice(0, 7);
    d.narrativeArticleDate = false;
  }
  // «встретился также с министром…», "also met with the minister": another meeting of the trip
  // dated by the event before it — the same month, but its day is not told.
  const sameOccasion = !mention && type === 'meeting' && d.dateEvidence.startsWith('Same occasion');
  const also = !mention && type === 'meeting' && d.date?.length === 10 && (sameOccasion || (d.narrativeArticleDate && !spoken)) && ALSO_MET[lang].test(text);
  if (also && sameOccasion) {
    d.dateEvidence = `Another meeting of the same trip; its day is not told (${d.dateEvidence})`;
    d.date = d.date!.slice(0, 7);
  }
  // «Губернатор на прошлой неделе совершил визит в Бишкек. … Он также встретился с премьером»: a trip told
  // by its week or month dates its other meetings so, not the article's day the narrative would give them.
  else if (also) {
    const trip = f.recent.filter((r) => s.index - r.sentence <= TRIP_REACH && r.draft.type === 'visit' && r.draft.status === 'past' && r.draft.date?.length === 7).pop();
    if (trip && d.date!.startsWith(trip.draft.date!)) {
      d.dateEvidence = `Another meeting of the trip «${trip.draft.quote.text.slice(0, 60)}» (${trip.draft.date}); its day is not told`;
      d.date = trip.draft.date;
      d.narrativeArticleDate = false;
    }
  }
}

/** "a year marking the 30th anniversary", "the year of the 30th anniversary", «в год 30-летия», «в юбилейный год». */
const YEAR_OF_ANNIVERSARY = {
  cue: { en: /year/i, ru: /год/iu },
  en: rx(/(?<![\p{L}])(?:a|the|this)\s+year\s+(?:that\s+)?(?:marking|marks|marked|of)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}\d-]+\s+){0,2}anniversary(?![\p{L}])/iu),
  ru: rx(/(?<![\p{L}])(?:год\s+(?:\d+|[\p{L}]+)[\s-]*(?:лети|годовщин)|юбилейн\p{L}*\s+год)/iu),
};

/** «16–17 сентября», "on September 16-17", «с 26 по 28 мая»: a span of days of one month written in a quote. */
const SPAN_OF_DAYS = /(?<!\d)\d{1,2}\s*(?:[-–—]|\s(?:по|to|through)\s)\s*\d{1,2}(?!\d)/u;
/**
 * True when `told` (the sentence up to the clause's end: "also visited the consulate and laid flowers" tells both stops)
 * holds `ALSO_VISITED`, asked only when one of its words is there.
 */
function alsoVisited(told: string, lang: Language): boolean {
  return ALSO_CUE[lang].some((w) => told.includes(w)) && ALSO_VISITED[lang].test(told);
}
/** The words of `ALSO_VISITED` a clause must hold before the regex is tried. */
const ALSO_CUE = { ru: ['также', 'тоже'], en: ['also'] };
/** «также посетил», «побывал также», "also visited", "also toured": another stop of a trip. */
const ALSO_VISITED = {
  ru: rx(/(?:^|[^\p{L}])(?:(?:также|тоже)\s+(?:посетил|побывал)\p{L}*|(?:посетил|побывал)\p{L}*\s+(?:также|тоже))(?![\p{L}])/iu),
  en: /\balso\s+(?:visited|toured)\b/iu,
};

/** «в первый (же) день», "on the second day": which day of a span of days the narrative tells. */
const NTH_DAY = {
  ru: rx(/(?:^|[^\p{L}])(?:в|во|на)\s+(перв|втор|трет)\p{L}*\s+(?:же\s+)?(?:день|дня)(?![\p{L}])/iu),
  en: rx(/(?:^|[^\p{L}])on\s+(?:the|its|his|her|their)\s+(first|second|third)\s+day(?![\p{L}])/iu),
};
/** Days after the first of the span, by the ordinal's first three letters. */
const NTH_DAY_OFFSET: Record<string, number> = { пер: 0, вто: 1, тре: 2, fir: 0, sec: 1, thi: 2 };

/** "after", "following", «после» right before a month that names another event ("after the October elections"). */
const AFTER_EVENT_OF_MONTH = rx(/(?:^|[^\p{L}])(?:after|following|после)\s+$/iu);
/** "two weeks after", «через несколько дней после»: a short span counted from that event. */
const SPAN_AFTER_EVENT = rx(/(?:^|[^\p{L}])(?:дн(?:я|ей)|недел\p{L}*|days?|weeks?)\s+(?:after|following|после)\s+$/iu);

/** True when the occasion the narrative continues (`f.lead`) is a trip told by the first day of a span of days («17–18 февраля»). */
export function leadIsDaySpan(f: Found): boolean {
  const lead = f.lead?.date;
  if (lead?.length !== 10) return false;
  for (const d of f.spanDay) if (d.date === lead && f.sentenceOf.get(d) === f.leadSentence) return true;
  return false;
}

/** «25–26 ноября» in a mention, or "–4" right after "February 3": a span of days. */
const SPAN_IN = /\d\s*(?:[-–—]|\s(?:по|to|through)\s)\s*\d/;
const SPAN_AFTER = /^\s*[-–—]\s*(\d{1,2})(?!\d)(?!\s*(?:years?|лет|год))/iu;
const LAST_DAY = /(\d{1,2})$/;

/** "postponed", "put off", «отложено», «перенесли»: a gathering put off (not "had been postponed": put off before it was held). */
const PUT_OFF = {
  ru: rx(/(?<![\p{L}])(?:отлож(?:ен|ено|ена|ены|енн|или|ил|ила)|перенес(?:ен|ено|ена|ены|енн|ли|ла)|перенесл[аио])\p{L}*/iu),
  en: /\b(?<!had been )(?:postponed|put off|deferred)\b/iu,
};
/** The cheap test before `PUT_OFF`. */
const PUT_OFF_CUE = { ru: ['отлож', 'перенес'], en: ['postpone', 'put off', 'deferred'] };
/** "was held", «прошло», «состоялось»: a gathering put off once, then held. */
const HELD_AFTER_ALL = {
  ru: rx(/(?<![\p{L}])(?:состоял\p{L}*|прош(?:ло|ла|ел|ёл|ли)|открыл\p{L}*)(?![\p{L}])/iu),
  en: /\b(?:was held|were held|took place|opened|finally met)\b/iu,
};
/** How far from a gathering's word the word putting it off may stand. */
const PUT_OFF_REACH = 90;

/** The last article asked `putOffBefore` of, and whether its lower case holds a cue of `PUT_OFF` at all. */
let putOffText = '';
let putOffCued = false;

/**
 * True when the article between `from` and `to` tells something put off. Whether the article holds a cue at all is
 * asked once an article (most hold none), not a search to its end for every clause.
 */
function putOffBefore(a: ArticleView, from: number, to: number, lang: Language): boolean {
  const text = a.doc.text;
  if (text !== putOffText) {
    putOffText = text;
    const lower = a.lowerDoc.lower ?? text.toLowerCase();
    putOffCued = PUT_OFF_CUE[lang].some((cue) => lower.includes(cue));
  }
  return putOffCued && PUT_OFF[lang].test(text.slice(from, to));
}

/** «с начала года», "since the start of the year", "so far this year": an account of the year up to the article. */
const YEAR_SO_FAR = {
  ru: rx(/(?<![\p{L}])с начала (?:этого |текущего |нынешнего )?года(?![\p{L}])/iu),
  en: /\b(?:since the (?:start|beginning) of (?:the|this) year|so far this year)\b/iu,
};
/** The cheap test before `YEAR_SO_FAR`. */
const YEAR_SO_FAR_CUE = { ru: 'начала', en: ' year' };

/** True when the sentence before sentence `at` tells an account of the year so far. */
function yearSoFarBefore(a: ArticleView, at: number, lang: Language): boolean {
  const prev = a.doc.sentences[at - 1]!.text;
  return prev.includes(YEAR_SO_FAR_CUE[lang]) && YEAR_SO_FAR[lang].test(prev);
}

/** True when mention `m` is the first day of a span of days («25–26 ноября», "February 3–4"; not "June 10 - 30 years after"). */
export function isDaySpan(text: string, m: DateMention): boolean {
  if (SPAN_IN.test(m.text)) return true;
  const first = LAST_DAY.exec(m.text);
  const second = first ? SPAN_AFTER.exec(text.slice(m.end, m.end + 16)) : null;
  return second !== null && Number(second[1]) > Number(first![1]) && Number(second[1]) <= 31;
}

/** «4–6 июня», «с 26 по 28 мая»: the last day of a span of days written in the mention. */
const SPAN_END_IN = /\d\s*(?:[-–—]|\s(?:по|to|through)\s)\s*(\d{1,2})(?!\d)/;

/**
 * True when mention `m` is a span of days of one month («4–6 июня», "June 4-6") that holds `day`: a gathering
 * told with it is under way on that day.
 */
export function spanHoldsDay(text: string, m: DateMention, day: string | null): boolean {
  if (!day || day.length !== 10 || m.date.length !== 10 || m.date > day || m.date.slice(0, 7) !== day.slice(0, 7) || !isDaySpan(text, m)) return false;
  const last = SPAN_END_IN.exec(m.text) ?? SPAN_AFTER.exec(text.slice(m.end, m.end + 16));
  return last !== null && Number(last[1]) >= Number(day.slice(8, 10));
}

/** What may stand between a day word and the gathering it names, an indefinite article too ("the day before a summit"). */
const NAMED_RIGHT_AFTER = /^\s*(?:the\s+|this\s+|that\s+|a\s+|an\s+)?$/iu;

/** True when the lead was told in an earlier item of a brief than offset `at` (`otherItem`): another story, not this one's occasion. */
function leadOfOtherItem(doc: ArticleDoc, lead: LeadDate, at: number): boolean {
  return lead.at !== undefined && otherItem(doc, lead.at, at);
}

/**
 * A trigger told by its verb first («накануне провел переговоры», "the day before held talks"): the day word dates
 * the event itself, it names no gathering it is the eve of.
 */
const VERB_FIRST = rx(/^(?:\p{L}+(?:ал|ял|ил|ел|ыл|ул)(?:а|о|и)?(?:сь|ся)?|held|met|hosted|had|took)(?!\p{L})/iu);

/** What may stand between a day word and the gathering it names: «накануне форума», "the day before the summit". */
const RIGHT_AFTER = /^\s*(?:the\s+|this\s+|that\s+)?$/iu;
/** "on the eve of a summit", "the eve of the CSTO summit": the phrase right before a gathering's word. */
const EVE_BEFORE = rx(/(?:^|\s)eve\s+of\s+(?:a\s+|an\s+|the\s+)?(?:[\p{L}-]+\s+)?$/iu);
/** How far before a gathering's word "eve of" may end. */
const EVE_REACH = 28;

/** Day words that count from the occasion told («накануне» → -1, "the same day" → 0), by offset, whole-mention regexes. */
const OCCASION_DAYS = Object.entries(looseLexicon.relativeDays).map(([k, words]) => ({
  offset: Number(k),
  re: rx(`^(?:${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})$`, 'iu'),
}));

/** The offset in days of a day word counted from the occasion told; null when `text` is none. */
export function occasionDays(text: string): number | null {
  for (let i = 0; i < OCCASION_DAYS.length; i++) if (OCCASION_DAYS[i]!.re.test(text)) return OCCASION_DAYS[i]!.offset;
  return null;
}


/** "to", "until", «до», «на период до» right before a year. */
const HORIZON_BEFORE = rx(/(?:^|[^\p{L}])(?:to|until|till|through|до|на период до)\s+$/iu);

/** True when `m` is a bare year after the article's, told as how long a document runs («до 2030 года», "to 2030"). */
export function isHorizon(text: string, m: DateMention, article: string | null): boolean {
  if (m.date.length !== 4 || !article || m.date <= article.slice(0, 4)) return false;
  return HORIZON_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start));
}

/**
 * The event told within `ANCHOR_REACH` sentences before whose quote holds the day word `mention` counts from, when the
 * narrative dated it otherwise than the date module did (a day word moved to the lead's occasion); null otherwise.
 */
function movedAnchor(f: Found, at: number, mention: DateMention): MilestoneDraft | null {
  for (let i = f.recent.length - 1; i >= 0; i--) {
    const r = f.recent[i]!;
    if (at - r.sentence > ANCHOR_REACH) break;
    if (r.draft.date?.length === 10 && r.draft.date !== mention.date && r.draft.quote.text.startsWith(mention.anchor!)) return r.draft;
  }
  return null;
}


/** How many sentences before the narrative's a later day of the occasion may be told and still be the day it goes on with. */
const LATER_DAY_REACH = 2;
/** A sentence opening with its day («Во вторник …», "On Tuesday, …", «На следующий день …», "On November 26, …"): the narrative moves to that day. */
const DAY_FIRST = rx(
  /^(?:(?:В|Во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|На\s+следующий\s+день|На\s+другой\s+день|\d{1,2}\s+\p{Ll}{3,}|(?:On\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:On\s+)?(?:the\s+)?(?:next|following)\s+day|On\s+\p{Lu}\p{Ll}+\s+\d{1,2})(?![\p{L}])/u,
);

/**
 * The past event told last (plans passed over), within `LATER_DAY_REACH` sentences before sentence `at`, when it has a day
 * after the lead's and before the article's own (`today`) and a sentence of that day's run of events opens with the day:
 * the day the narrative has moved on to. Undefined otherwise (a later day told in passing, «…; в пятницу президент
 * встретился также с …», moves nothing).
 */
function laterDayTold(doc: ArticleDoc, recent: Found['recent'], at: number, today: string | null, lead: string): Found['recent'][number] | undefined {
  if (!today || lead.length !== 10) return undefined;
  // (A plan told in between, «поручили … до конца квартала подготовить программу», does not move the narrative.)
  let k = recent.length - 1;
  while (k >= 0 && recent[k]!.draft.status === 'planned') k--;
  const last = k >= 0 ? recent[k] : undefined;
  if (!last || at - last.sentence > LATER_DAY_REACH || last.draft.status !== 'past') return undefined;
  const day = last.draft.date;
  if (day === null || day.length !== 10 || day <= lead || day >= today) return undefined;
  // The day may be set by the first of the events told of it («В четверг … состоялись переговоры. По итогам переговоров …»).
  for (let i = k; i >= 0 && recent[i]!.draft.date === day; i--) {
    const sentence = doc.sentences[recent[i]!.sentence];
    if (sentence && DAY_FIRST.test(sentence.text)) return last;
  }
  return undefined;
}

/** True when the event told in this or the sentence before is of the article's own day, not the lead's. */
function toldToday(recent: Found['recent'], at: number, today: string | null, lead: string): boolean {
  const last = recent.length > 0 ? recent[recent.length - 1] : undefined;
  return Boolean(last && today && today !== lead && at - last.sentence <= 1 && last.draft.status === 'past' && last.draft.date === today);
}
