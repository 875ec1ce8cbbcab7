/**
 * A gathering told again: the same meeting or visit described once more («Встреча продолжалась
 * три часа», "It was his first trip …"), a headline and its lead telling one event, and two
 * clauses telling one event; such clauses add no milestone.
 */
import type { Language, PartialDate, Status } from '../../../schema/dataset';
import type { ArticleDoc, DateMention, MilestoneDraft, PersonDraft, Sentence } from '../../types';
import { MARKERS, type TriggerHit } from './lexicon';
import { rx } from '../regex';
import { tellsItsHolding } from './held-relative';
import { headlineSpans } from '../headline';
import { LEAD_SENTENCES } from './main-event';

/** Kinds of event a reference back («на встрече», "the meeting") may point to. */
export const GATHERING_TYPES = new Set(['meeting', 'igc_session', 'visit', 'summit', 'forum']);
/** «также», "also": one more step of the occasion told. */
export const ALSO = { ru: rx(/(?:^|[^\p{L}])(?:также|тоже)(?![\p{L}])/iu), en: /\balso\b/iu };

/** `f` evaluated at most once, when first asked. */
export function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [f(), true];
    return value;
  };
}

/** People of the events found so far and of the lead sentences: a clause naming only them names no new participant. */
export function knownPeople(out: MilestoneDraft[], people: PersonDraft[], doc: ArticleDoc): Set<string> {
  const leadEnd = doc.sentences[LEAD_SENTENCES - 1]?.end ?? doc.text.length;
  const ids = new Set(out.flatMap((o) => o.peopleIds));
  for (const p of people) if (p.mentions.some((x) => x.end <= leadEnd)) ids.add(p.id);
  return ids;
}

/**
 * True when a clause retells a gathering already found: its event word is a gathering noun
 * with no counterpart after it («встреча», not «встреча с …»), it has no date of its own and
 * names no one new, and a gathering of the same date is already told — or it only characterises
 * one («Это первый визит …», "It was his first trip …").
 */
export function retells(
  hit: TriggerHit,
  text: string,
  c: { start: number; end: number },
  mention: DateMention | null,
  d: { date: PartialDate | null; status: Status; untold?: boolean; narrativeArticleDate?: boolean },
  out: MilestoneDraft[],
  headlines: Set<MilestoneDraft>,
  known: () => Set<string>,
  who: PersonDraft[],
  lang: Language,
  sentenceStart = c.start,
): boolean {
  if (!GATHERING_TYPES.has(hit.trigger.type)) return false;
  // «На полях саммита возможна встреча президентов»: a meeting on the sidelines of a summit told
  // before is another event than the summit, though of its date.
  const aside = hit.trigger.type === 'meeting' && MARKERS.sidelines[lang].test(text);
  const told = out.filter((o) => !headlines.has(o) && GATHERING_TYPES.has(o.type) && (!aside || o.type === 'meeting'));
  if (!told.length) return false;
  if (MARKERS.characterisation[lang].test(text)) return !earlierTrip(hit, text, c.start, mention && !mention.relative ? mention.date : null, told);
  // «Главной новостью визита стало другое заявление», "The main news of the visit was another statement": the gathering
  // told is the frame of other news, told in a sentence of its own («Сенсацией визита стало заявление …: Киргизия
  // намерена …» tells that news itself).
  const framed = text.slice(Math.max(0, hit.start - c.start - NEWS_OF_REACH), hit.start - c.start);
  if (hasNewsWord(framed) && NEWS_OF_BEFORE[lang].test(framed) && !NEWS_TOLD_AFTER.test(text.slice(hit.end - c.start))) return true;
  if (mention) return false;
  // «Предыдущее заседание подгруппы состоялось в Бишкеке», "the previous round was held in Osh": another occasion, undated or not.
  if (PREVIOUS_BEFORE[lang].test(text.slice(Math.max(0, hit.start - c.start - PREVIOUS_REACH), hit.start - c.start))) return false;
  // «Прошло третье заседание межпарламентской комиссии», "the third session of the commission" after the speakers' talks:
  // a numbered session of a series is a gathering of its own, unless a session was told already.
  if (hit.trigger.key === 'session' && ORDINAL_BEFORE[lang].test(text.slice(Math.max(0, hit.start - c.start - ORDINAL_REACH), hit.start - c.start)) && !told.some((o) => SESSION_WORD.test(o.quote.text))) return false;
  // The narrative of an article whose day is unknown is undated, yet tells the same occasion.
  const sameOccasion = told.some((o) => (o.date === d.date || d.untold === true) && (o.status === 'planned') === (d.status === 'planned'));
  // «Джумагулов прилетел в Москву с поручением президента …» after the talks he came for: the trip
  // to that gathering, made by someone already told. With no date at all, the arrival may be the
  // trip itself told late («Ранее стало известно, что … прибыл»).
  // «…также посетил авиабазу», "also visited the base": another stop of the trip, not the trip again.
  // "It was his first official visit to Russia" after the talks only: the visit itself, told by its noun.
  // One pointed back at («нынешний визит», «это первый визит», "this visit") is the trip already told.
  const visitNoun = VISIT_NOUN.test(text.slice(hit.start - c.start, hit.end - c.start)) && !DEMONSTRATIVE_BEFORE.test(text.slice(0, hit.start - c.start));
  // "Putin arrived in Bishkek from Dushanbe", «прилетел в Бишкек из Душанбе» after the talks only: a leg of a tour, the
  // trip itself told by where it came from.
  if (hit.trigger.type === 'visit' && (visitNoun || FROM_PLACE[lang].test(text.slice(hit.end - c.start))) && !told.some((o) => o.type === 'visit')) return false;
  if (hit.trigger.type === 'visit') {
    if (d.date === null || !sameOccasion || ALSO[lang].test(text) || (who.length && !who.some((p) => known().has(p.id)))) return false;
    // "Earlier in the day, Putin visited the Kant air base" after his arrival in the country, or the
    // arrival after the site visit (a live blog's later entry first): two stops of one trip, told in
    // sentences of their own (a clause of the same sentence, "… on his first trip abroad", retells it; not a site visited
    // after the talks: «провёл переговоры, а затем посетил авиабазу» tells two stops).
    const site = MARKERS.visitSite[lang].test(text);
    return told.some(
      (o) => (o.date === d.date || d.untold === true) && (o.status === 'planned') === (d.status === 'planned') && (isSiteVisit(o, lang) === site || (!site && o.quote.end > sentenceStart)),
    );
  }
  // "X and Y took part in the expanded talks", «В переговорах в расширенном составе приняли участие …» after the talks: who
  // sat at the table told, the talks are the same (their new names are no counterpart of a gathering of their own).
  if (hit.trigger.type === 'meeting' && joinedTold(text, hit.start - c.start, hit.end - c.start, lang) && told.some((o) => o.type === 'meeting' && o.date === d.date && o.status !== 'planned' && d.status !== 'planned')) return true;
  if (who.length && who.some((p) => !known().has(p.id) && !onlyReports(p, text, c, hit.start, lang) && !onlyMadeDeals(p, text, c, hit.end, lang))) return false;
  // «обсудил с коллегой …», "discussed … with his counterpart": the talks already told.
  // «На прошлой неделе министр встретился с … . Стороны обсудили …»: the talks dated only to the
  // month (or year) that holds the article's day, retold by the reporter's narrative of that day.
  // "Putin arrived in Bishkek on Monday. … the two leaders discussed …": when the trip is told only by its arrival (no
  // other gathering told of its day or after), the verb of discussing tells its talks first (as "held talks" after an
  // arrival does).
  if (hit.trigger.key === 'discussion' || hit.trigger.key === 'discussed') {
    const day = d.date;
    if (day !== null && d.status !== 'planned' && told.every((o) => arrivalOnly(o, lang) || o.date === null || o.date.slice(0, day.length) < day.slice(0, o.date.length))) return false;
    return sameOccasion || (d.narrativeArticleDate === true && withinCoarser(told, d));
  }
  const word = text.slice(hit.start - c.start, hit.end - c.start);
  const noun = MARKERS.gatheringNoun[lang].all(word).some((m) => m.start === 0 && m.end === word.length);
  if (!noun || COUNTERPART.test(text.slice(hit.end - c.start, hit.end - c.start + 8))) return false;
  // A plan («следующий раунд консультаций состоится …») is another gathering than the one held;
  // a session or a summit named during a visit ("visited Moscow, where he co-chaired a session of the
  // commission") is another kind of gathering than the trip.
  // «Заседание провели сопредседатели комиссии» after the commission's session: the session again.
  const kind = (o: MilestoneDraft) => o.type === hit.trigger.type || (hit.trigger.key === 'session' && o.type === 'igc_session');
  return told.some((o) => kind(o) && (o.date === d.date || d.untold === true) && (o.status === 'planned') === (d.status === 'planned'));
}

/** "took part in the (expanded) talks", «приняли участие в (расширенных) переговорах»: the words right before the gathering's noun. */
const JOINED_BEFORE = {
  ru: rx(/(?<![\p{L}])(?:принял\p{L}*|приняли|принимал\p{L}*)\s+участие\s+в[о]?\s+(?:[\p{L}-]+\s+)?$/iu),
  en: rx(/(?<![\p{L}])(?:took|take|takes|taking)\s+part\s+in\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$|(?<![\p{L}])joined\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu),
};
/** «В переговорах в расширенном составе приняли участие …»: the gathering's noun first, its format and «приняли участие» after. */
const JOINED_AFTER_RU = rx(/^(?:\s+в\s+(?:узком|расширенном)\s+составе)?\s+(?:также\s+)?(?:принял\p{L}*|приняли)\s+участие(?![\p{L}])/iu);

/** True when the gathering's noun at `[start, end)` of `text` is what people took part in (`JOINED_BEFORE`, `JOINED_AFTER_RU`). */
function joinedTold(text: string, start: number, end: number, lang: Language): boolean {
  if (!text.includes(lang === 'ru' ? 'участи' : 'part') && !(lang === 'en' && text.includes('joined'))) return false;
  return JOINED_BEFORE[lang].test(text.slice(Math.max(0, start - 60), start)) || (lang === 'ru' && JOINED_AFTER_RU.test(text.slice(end, end + 60)));
}

/** True when `text` tells a day relatively (`RELATIVE_DAY`). */
export function tellsRelativeDay(text: string, lang: Language): boolean {
  return RELATIVE_DAY[lang].test(text);
}

/** A day told relatively («вчера», «накануне», «в пятницу», "yesterday", "on Friday"): a day of its own, known or not. */
const RELATIVE_DAY = {
  ru: rx(/(?<![\p{L}])(?:вчера|позавчера|накануне|сегодня|в(?:о)? (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))(?![\p{L}])/iu),
  en: rx(/(?<![\p{L}])(?:yesterday|today|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?![\p{L}])/iu),
};

/** «прибыл», «прилетел», "arrived", "landed": a trip told by its arrival. */
const ARRIVED = { ru: rx(/(?:^|[^\p{L}])(?:прибыл|прилетел)\p{L}*/iu), en: /\b(?:arriv(?:ed|es|ing)|land(?:ed|s|ing))\b/iu };
/** «переговор», «встреч», "talks", "meeting": the talks themselves named. */
const TALKS_WORD = { ru: rx(/(?:^|[^\p{L}])(?:переговор|встреч|бесед)/iu), en: /\b(?:talks|meeting|negotiations|discussions?)\b/iu };

/** A visit told only by its arrival («прибыл в Бишкек», "arrived in Moscow"), with no word of its talks. */
function arrivalOnly(o: MilestoneDraft, lang: Language): boolean {
  return o.type === 'visit' && ARRIVED[lang].test(o.quote.text) && !TALKS_WORD[lang].test(o.quote.text);
}

/** «новостью», «сенсацией», "news of the", "surprise of the" right before a gathering's noun: the gathering frames other news. */
const NEWS_OF_BEFORE = {
  ru: rx(/(?<![\p{L}])(?:новост|сенсаци|неожиданност)\p{L}*\s+$/iu),
  en: rx(/(?<![\p{L}])(?:news|surprise|headline|takeaway)\s+(?:of|from)\s+(?:the|this|that|his|her|their)\s+(?:[\p{L}-]+\s+)?$/iu),
};
/** A colon, a quote or «что» / "that" after the gathering's noun: the news is told in the clause. */
const NEWS_TOLD_AFTER = /[:«"“]|(?:^|\s)(?:что|that)\s/u;
/** The cue test before `NEWS_OF_BEFORE`, an `$`-anchored regex tried at every position: a word of news stands in `text`. */
function hasNewsWord(text: string): boolean {
  return text.includes('овост') || text.includes('енсаци') || text.includes('ожиданност') || text.includes('news') || text.includes('urprise') || text.includes('eadline') || text.includes('akeaway');
}

/** How far before the gathering's noun its frame of news may start. */
const NEWS_OF_REACH = 40;

/** «предыдущее», «прошлое», "previous", "last" up to two words before a gathering's noun: an earlier occasion than the one told. */
const PREVIOUS_BEFORE = {
  ru: rx(/(?<![\p{L}])(?:предыдущ\p{L}*|прошл(?:ое|ая|ый|ого|ой|ом|ые|ых|ую|ому|ыми?)|прежн\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}$/iu),
  en: rx(/(?<![\p{L}])(?:previous|prior|last)\s+(?:[\p{L}-]+\s+){0,2}$/iu),
};
/** How far before the gathering's noun its adjective may stand. */
const PREVIOUS_REACH = 40;

/** An ordinal right before a session's noun («третье заседание», "the 3rd session"): one session of a series. */
const ORDINAL_BEFORE = {
  ru: rx(/(?<![\p{L}])(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|\d{1,2}-?)(?:ое|ье|ого|ьего|ом|ьем|ому|ьему|ая|ья|ой|ьей|ую|ью|е|м)?\s+$/iu),
  en: rx(/(?<![\p{L}])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+$/iu),
};
/** How far before a session's noun its ordinal may start. */
const ORDINAL_REACH = 16;
/** A session named in a gathering's quote. */
const SESSION_WORD = rx(/заседани|сесси|session/iu);

/** True when a past gathering of `told` is dated only to a month or year that holds the narrative's day `d`. */
function withinCoarser(told: readonly MilestoneDraft[], d: { date: PartialDate | null; status: Status }): boolean {
  const day = d.date;
  if (day === null || d.status === 'planned') return false;
  return told.some((o) => o.status !== 'planned' && o.date !== null && o.date.length < day.length && day.startsWith(o.date));
}

/**
 * The gathering whose trip a clause characterises: «Это первый визит Х в Москву в должности …»,
 * ", his first official visit to Russia" after talks told with no visit of their own. The trip
 * was not told yet; the talks were its occasion, so it is a milestone of theirs, of their date.
 * Null when the clause characterises no trip, or a visit (not a headline's) is told already.
 */
export function tripOfTalks(
  hit: TriggerHit,
  text: string,
  doc: string,
  c: { start: number; end: number },
  out: readonly MilestoneDraft[],
  headlines: Set<MilestoneDraft>,
  lang: Language,
  ownDate: PartialDate | null = null,
): MilestoneDraft | null {
  if (hit.trigger.type !== 'visit' || !RANKED_TRIP.test(doc.slice(Math.max(c.start, hit.start - RANK_REACH), hit.end))) return null;
  if (!MARKERS.characterisation[lang].test(text)) return null;
  const told = out.filter((o) => !headlines.has(o) && GATHERING_TYPES.has(o.type));
  if (told.some((o) => o.type === 'visit')) return null;
  // «провели двустороннюю встречу в рамках саммита … Это первый … визит»: talks told as the summit's are its occasion too.
  const talks = told.findLast((o) => (o.type === 'meeting' || o.type === 'summit') && o.status !== 'planned');
  // «…переговоры с Жапаровым, который находится в Москве с официальным визитом. Это первая поездка …»:
  // the talks' own sentence told the trip already.
  if (!talks || TRIP_WORD.test(doc.slice(talks.quote.start, c.start))) return null;
  return earlierTrip(hit, doc.slice(c.start, c.end), c.start, ownDate, [talks]) ? null : talks;
}

/** «последний визит», "last trip": the rank of the trip before the present one. */
const LAST_TRIP = rx(/(?<![\p{L}])(?:последн|last)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}(?:визит|поездк|visit|trip)/iu);

/**
 * "His last trip to the capital was in May 2013", «последний визит … состоялся в 2019 году»: a trip ranked last, told
 * with a date of its own that none of the events told has, is the trip before them, not one of theirs characterised.
 */
export function earlierTrip(hit: TriggerHit, text: string, clauseStart: number, ownDate: PartialDate | null, told: readonly MilestoneDraft[]): boolean {
  if (ownDate === null || hit.trigger.type !== 'visit') return false;
  const ranked = text.slice(Math.max(0, hit.start - clauseStart - RANK_REACH), hit.end - clauseStart);
  if (!ranked.includes('ast') && !ranked.includes('оследн')) return false;
  if (!LAST_TRIP.test(ranked)) return false;
  return !told.some((o) => o.date !== null && (ownDate.startsWith(o.date) || o.date.startsWith(ownDate)));
}

/**
 * «первый … визит», "last trip": the trip ranked among the traveller's, named by its noun; in Russian the span it is
 * first in may stand between them («первый за годы независимости визит», «первый с 2019 года визит»).
 */
const RANKED_TRIP = rx(/(?<![\p{L}])(?:перв|втор|трет|последн|first|second|third|last)\p{L}*\s+(?:(?:за|с|со|после)\s+(?:[\p{L}\d-]+\s+){1,3}?)?(?:[\p{L}-]+\s+){0,2}(?:визит|поездк|visit|trip)/iu);
/** How far before the trip's noun its rank may stand (past a span: «первый за годы независимости Киргизии визит»). */
const RANK_REACH = 70;
/** «визит», «поездка», "visit", "trip": a trip named by its noun. */
const TRIP_WORD = rx(/(?<![\p{L}])(?:визит|поездк|visit|trip)/iu);

/**
 * "A spokesman, X, said that … talks would continue", «X заявил, что переговоры продолжатся»: a verb of
 * saying right after the name (or after an apposition set off by commas) and before the event word.
 */
const SAYS_BEFORE = {
  ru: rx(/^(?:,[^,.;]{1,80})?,?\s+(?:заявил|сообщил|сказал|отметил|подчеркнул|добавил|уточнил)[аи]?\s*,\s+что(?![\p{L}])/u),
  en: rx(/^(?:,[^,.;]{1,80})?,?\s+(?:said|says|told\s+[\p{L}]+|added|noted|stressed)(?![\p{L}])/u),
};

/** True when every mention of `p` in the clause only introduces what he said about the event: he reports it, not takes part. */
export function onlyReports(p: PersonDraft, text: string, c: { start: number; end: number }, eventStart: number, lang: Language): boolean {
  let seen = false;
  for (let i = 0; i < p.mentions.length; i++) {
    const m = p.mentions[i]!;
    if (m.start < c.start || m.end > c.end) continue;
    if (m.end > eventStart || !SAYS_BEFORE[lang].test(text.slice(m.end - c.start, eventStart - c.start))) return false;
    seen = true;
  }
  return seen;
}

/**
 * "talked over progress on the accords made by President X and President Y", «обсудили выполнение
 * договорённостей, достигнутых президентами X и Y»: the ones who reached the deals talked of, after the event word.
 */
const REACHED_BY = {
  ru: rx(/(?:договор[её]нност|соглашени|решени)\p{L}*,?\s+(?:ранее\s+)?(?:достигнут|принят)\p{L}*\s[^.;]{0,80}$/iu),
  en: rx(/\b(?:agreements?|accords?|arrangements?|understandings?|deals?|decisions?)\s+(?:previously\s+|earlier\s+)?(?:reached|made|taken)\s+(?:by|between)\s[^.;]{0,80}$/iu),
};

/** True when every mention of `p` in the clause comes after the event word, among those who reached the deals it names (`REACHED_BY`). */
export function onlyMadeDeals(p: PersonDraft, text: string, c: { start: number; end: number }, eventEnd: number, lang: Language): boolean {
  let seen = false;
  for (let i = 0; i < p.mentions.length; i++) {
    const m = p.mentions[i]!;
    if (m.start < c.start || m.end > c.end) continue;
    if (m.start < eventEnd || !REACHED_BY[lang].test(text.slice(eventEnd - c.start, m.start - c.start))) return false;
    seen = true;
  }
  return seen;
}

/**
 * The gathering a clause gives its day to: «Премьер провел переговоры с … . Встреча прошла … в
 * среду вечером»: the gathering noun with no counterpart, naming no one new, tells the day of a
 * gathering of its kind told before and dated only by the article; null when there is none.
 */
export function toldWithDay(
  hit: TriggerHit,
  text: string,
  c: { start: number; end: number },
  d: { date: PartialDate | null; status: Status },
  undated: readonly MilestoneDraft[],
  known: () => Set<string>,
  who: PersonDraft[],
  lang: Language,
): MilestoneDraft | null {
  if (!undated.length || d.date?.length !== 10 || d.status === 'planned' || !GATHERING_TYPES.has(hit.trigger.type)) return null;
  const word = text.slice(hit.start - c.start, hit.end - c.start);
  if (!MARKERS.gatheringNoun[lang].all(word).some((m) => m.start === 0 && m.end === word.length)) return null;
  if (COUNTERPART.test(text.slice(hit.end - c.start, hit.end - c.start + 8))) return null;
  if (who.some((p) => !known().has(p.id))) return null;
  return undated.find((o) => o.type === hit.trigger.type && o.status === 'past') ?? null;
}

/**
 * "before the summit", «накануне визита», «после встречи»: a time preposition right before a gathering's noun.
 * A word's start is a lookbehind, not `(?:^|[^\p{L}])`: V8 then tries only where a listed word can
 * start, not at every character that is no letter; for `test` the two answer alike.
 */
const TIME_PREPOSITION = {
  ru: rx(/(?<![\p{L}])(?:накануне|перед|после|по окончании|по завершении|по итогам|в преддверии|до начала|после начала|перед началом)\s+$/iu),
  en: rx(/(?<![\p{L}])(?:before|after|ahead of|following|prior to|in the run-up to)\s+(?:the|this|that|his|her|their)\s+(?:[\p{L}-]+\s+)?$/iu),
};

/**
 * True when a gathering is named only as the time of something else ("talked for 40 minutes
 * before the summit", «Накануне визита X пообещал», "told reporters after the meeting") after a
 * gathering was told: the time is the gathering already told or one told only as a landmark.
 */
export function namedAsTime(doc: string, hit: TriggerHit, out: readonly MilestoneDraft[], lang: Language, mentions: readonly DateMention[] = []): boolean {
  if (!GATHERING_TYPES.has(hit.trigger.type) || !out.some((o) => GATHERING_TYPES.has(o.type))) return false;
  if (!TIME_PREPOSITION[lang].test(doc.slice(Math.max(0, hit.start - 40), hit.start))) return false;
  // «Через несколько часов после встречи с X он объявил …», "Hours after the meeting with X, he
  // announced …": a span of time counted from the gathering makes it a landmark, counterpart or not.
  if (ELAPSED_SINCE[lang].test(doc.slice(Math.max(0, hit.start - 70), hit.start))) return true;
  // Only a noun follows the preposition (no verb does): no noun list is asked.
  if (COUNTERPART.test(doc.slice(hit.end, hit.end + 8))) return false;
  // «Накануне делегацию принял премьер», "the day before": a trigger told as an object and its verb is a clause of its
  // own, dated by the day word; no gathering named as a landmark.
  if (lang === 'ru' && OBJECT_THEN_VERB.test(doc.slice(hit.start, hit.end))) return false;
  // «после визита Путина в Бишкек в конце марта»: a date of its own in the gathering's phrase makes it another event.
  return !mentions.some((m) => m.start >= hit.end && m.start - hit.end <= OWN_DATE_REACH && ownDateAfter(withoutOpeningBracket(doc.slice(hit.end, m.start))));
}

/** A trigger of two words or more that ends with a verb in the past («делегацию принял», «гостей приняли»). */
const OBJECT_THEN_VERB = rx(/\s\p{L}+(?:ал|ял|ил|ел|ыл|ул)(?:а|о|и)?$/u);

/** The words from a gathering's noun to its relative clause of holding («встречи глав государств, которая состоится»). */
const HOLDING_RELATIVE = rx(/^[^,;:—–()]*,\s*(?:котор\p{L}*|which)(?=\s)/u);

/**
 * True when a date after a gathering's noun, `between` the two, is the gathering's own: no break of the phrase between,
 * or a relative clause that tells when it is held («в преддверии встречи глав государств, которая состоится 21 июня»).
 */
function ownDateAfter(between: string): boolean {
  if (!PHRASE_BREAK.test(between)) return true;
  const r = between.includes(',') ? HOLDING_RELATIVE.exec(between) : null;
  return r !== null && tellsItsHolding(between.slice(r[0].length)) && !/[,;:—–()]/u.test(between.slice(r[0].length));
}

/**
 * The words between a gathering's noun and a date, without a bracket opened right before the date: «саммита ШОС в
 * Самарканде (15–16 сентября)», "the summit in Astana (July 3–4)" give the gathering's own days in brackets.
 */
function withoutOpeningBracket(between: string): string {
  const open = between.trimEnd();
  return open.endsWith('(') ? open.slice(0, -1) : between;
}

/**
 * True when a gathering already told is named only as what a protest or a vote was against ("people protested
 * against the visit on March 27", «митинг против визита»): the day told is the protest's, no new gathering.
 */
export function namedAsTarget(doc: string, hit: TriggerHit, out: readonly MilestoneDraft[]): boolean {
  if (!GATHERING_TYPES.has(hit.trigger.type) || !out.some((o) => o.type === hit.trigger.type)) return false;
  return AGAINST_BEFORE.test(doc.slice(Math.max(0, hit.start - 24), hit.start));
}

/** How far after a gathering's noun a date may stand and still be the gathering's own. */
const OWN_DATE_REACH = 50;
/** A comma or a relative word between a gathering's noun and a date: the date is another clause's. */
const PHRASE_BREAK = rx(/[,;:—–()]|(?:^|[^\p{L}])(?:that|which|when|что|котор\p{L}*|когда)(?![\p{L}])/u);

/**
 * «через несколько часов после», «спустя два дня после», «вскоре после», "hours after the",
 * "shortly after the": a span of time counted from a gathering, right before its noun.
 */
const ELAPSED_SINCE = {
  ru: rx(/(?<![\p{L}])(?:(?:через|спустя)\s+(?:[\p{L}\d-]+\s+)?(?:час|минут|дн|дня|сут|недел)\p{L}*|вскоре|сразу)\s+(?:после|по окончании|по завершении|по итогам)\s+$/iu),
  en: rx(/(?<![\p{L}])(?:hours|minutes|days|an hour|a day|shortly|soon|immediately|right|moments)\s+(?:after|following)\s+(?:the|this|that|his|her|their)\s+(?:[\p{L}-]+\s+)?$/iu),
};

/** «визит», "visit": the trip told by its noun, not by a verb of arriving. */
const VISIT_NOUN = /^(?:визит|visit$)/iu;
/** «из Душанбе», "from Dushanbe": the place a trip came from, a capitalised name right after the preposition. */
const FROM_PLACE = { ru: rx(/(?:^|[^\p{L}])из\s+\p{Lu}/u), en: rx(/(?:^|[^\p{L}])from\s+\p{Lu}/u) };
/** «нынешний», «этот», «это», "this", "the current" a few words before a noun: a reference back. */
const DEMONSTRATIVE_BEFORE = rx(/(?:^|[^\p{L}])(?:нынешн\p{L}*|текущ\p{L}*|данн\p{L}*|эт(?:от|о|а|ого|ом)|this|that|the current|the present)\s+(?:[\p{L}-]+\s+){0,3}$/iu);

/** «встреча с …», "talks with …": a counterpart named right after the event word. */
/** "against the", «против»: right before a gathering's noun, the gathering is what a protest or a vote was against. */
const AGAINST_BEFORE = rx(/(?<![\p{L}])(?:against|против)\s+(?:the\s+|this\s+|his\s+|her\s+|their\s+)?(?:[\p{L}-]+\s+)?$/iu);

export const COUNTERPART = /^\s+(?:с|со|with|between)\s/iu;

/**
 * Two milestones telling one event: same type (documents aside), same known date, same people; of
 * two visits, not a site's («visited the Kant air base») and the arrival in the country or city.
 */
export function sameEvent(a: MilestoneDraft, b: MilestoneDraft, lang: Language = 'en'): boolean {
  if (a.type !== b.type || a.type === 'agreement' || a.date === null || a.date !== b.date || !a.peopleIds.length) return false;
  if (a.type === 'visit' && isSiteVisit(a, lang) !== isSiteVisit(b, lang)) return false;
  if (a.peopleIds.length !== b.peopleIds.length || !a.peopleIds.every((id) => b.peopleIds.includes(id))) return false;
  // The speakers' talks and «третье заседание межпарламентской комиссии» they chaired: two gatherings of one day.
  return a.type !== 'meeting' || numberedSession(a.quote.text) === numberedSession(b.quote.text);
}

/** True when `quote` names a numbered session; the regex only runs where a session's noun stands. */
function numberedSession(quote: string): boolean {
  return (quote.includes('аседани') || quote.includes('есси') || quote.includes('ession')) && NUMBERED_SESSION.test(quote);
}

/** A numbered session («третье заседание», "the first session"): one sitting of a body's series. */
const NUMBERED_SESSION = rx(
  /(?<![\p{L}])(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\p{L}*\s+(?:заседани|сесси|session)/iu,
);

/** A visit to a site (a base, a plant, a school), not to a country or city. */
function isSiteVisit(m: MilestoneDraft, lang: Language): boolean {
  return m.type === 'visit' && MARKERS.visitSite[lang].test(m.quote.text);
}

/** A headline and a lead sentence telling one event: same type and date, no people against each other. */
export function headlineTwin(h: MilestoneDraft, m: MilestoneDraft): boolean {
  if (h.type !== m.type || h.date !== m.date) return false;
  return !h.peopleIds.length || h.peopleIds.some((id) => m.peopleIds.includes(id));
}

/**
 * A headline: a whole line without a closing full stop, or a sentence of a line of several in the
 * headline block atop the article (`heads`, the article's `PageStructure.headlines`, read once per
 * article by `extractArticle`: «Жапаров встретился с Путиным. Что обсудили», a headline and its teaser).
 */
export function isHeadline(doc: ArticleDoc, s: Sentence, heads: readonly { start: number; end: number }[] = headlineSpans(doc.text)): boolean {
  const text = doc.text;
  const before = s.start === 0 || text[s.start - 1] === '\n';
  const after = s.end === text.length || text[s.end] === '\n';
  const inHeads = () => heads.some((h) => h.start <= s.start && s.end <= h.end);
  // «– Соглашение о …;», "- Memorandum on …;": the items of a list in the body are no headlines.
  if (before && after) return !endsWithStop(s.text) && (!isListItem(s.text) || inHeads());
  return inHeads();
}

/** Dashes that open an item of a list in running text (a bullet or star opens the key points that sum up the article, as a headline does). */
const LIST_MARKS = new Set(['–', '—', '-']);

/** A numbered row of a table: a number of one or two digits, then a bar («3 | Соглашение о … | Министр …»). */
export const TABLE_ROW = /^\s*\d{1,2}\s*\|/u;

/** True when a line is an item of a list: it opens with a dash, ends with a semicolon, or is a numbered row of a table. */
function isListItem(line: string): boolean {
  return line[line.length - 1] === ';' || LIST_MARKS.has(line[0]!) || (line.includes('|') && TABLE_ROW.test(line));
}

/** Sentence-ending marks and the closing quotes that may follow one. */
const STOPS = new Set(['.', '!', '?', '…']);
const CLOSING = new Set(['"', '»', '”']);

/** True when `text` ends with a sentence-ending mark, maybe in closing quotes: what `/[.!?…]["»”]?$/u` tells, read from the last two characters: the regex tried every position of the line. */
export function endsWithStop(text: string): boolean {
  const n = text.length;
  if (n && STOPS.has(text[n - 1]!)) return true;
  return n > 1 && CLOSING.has(text[n - 1]!) && STOPS.has(text[n - 2]!);
}

/**
 * «Телефонный разговор … состоялся 16 октября», "The talks took place on May 8": a gathering noun
 * with a verb of taking place — the gathering told again, now with its calendar day.
 */
const TOOK_PLACE = {
  ru: rx(/(?:^|[^\p{L}])(?:встреч|переговор|бесед|разговор|консультаци)\p{L}*,?(?:\s+[^\s.]+){0,10}?\s+(?:состоял(?:ся|ась|ись|ось)|прош(?:ел|ёл|ла|ли))(?![\p{L}])/iu),
  en: /\b(?:talks|meeting|conversation|call|consultations|discussion)\b,?(?:\s+[^\s.]+){0,10}?\s+(?:took place|was held|were held)\b/iu,
};

/**
 * The gathering a clause tells again with its calendar day, when that gathering was dated only by a
 * relative day («на следующий день … позвонил»): the two clauses tell one event, and the one with
 * the calendar day is kept (annotators quote it). Null when there is none.
 */
export function retoldWithCalendarDay(
  hit: TriggerHit,
  text: string,
  mention: DateMention | null,
  d: { date: PartialDate | null; status: Status },
  out: readonly MilestoneDraft[],
  relativeDay: ReadonlySet<MilestoneDraft>,
  who: readonly PersonDraft[],
  lang: Language,
): MilestoneDraft | null {
  if (!mention || mention.relative || d.date?.length !== 10 || d.status === 'planned' || !GATHERING_TYPES.has(hit.trigger.type)) return null;
  if (!TOOK_PLACE[lang].test(text)) return null;
  return out.find((o) => relativeDay.has(o) && o.type === hit.trigger.type && o.date === d.date && who.every((p) => o.peopleIds.includes(p.id))) ?? null;
}
