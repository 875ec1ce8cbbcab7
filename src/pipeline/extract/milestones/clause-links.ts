/**
 * How a clause hangs on what was told before it: a second predicate after «и» / "and", a «где» /
 * "where" clause, talks during a planned trip, another meeting of the same trip, and the events
 * a clause may continue («по итогам переговоров»).
 */
import type { Language } from '../../../schema/dataset';
import type { ArticleDoc, DateMention, MilestoneDraft, Span } from '../../types';
import type { LinkCandidate } from './dating';
import { MARKERS, type TriggerHit } from './lexicon';
import { GATHERING_TYPES } from './retelling';
import { OUTCOME_PARTICIPLE } from './background';
import { rx } from '../regex';

/** How many sentences back an event can still be continued («по итогам переговоров»). */
const LINK_REACH = 3;

export const span = (doc: ArticleDoc, start: number, end: number): Span => ({ start, end, text: doc.text.slice(start, end) });
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number } | null) =>
  Boolean(b && a.start < b.end && b.start < a.end);

/** The spans of `spans` inside `[start, end)`, in order: a loop, asked of every clause (a `filter` closure called per mention cost more). */
export function within<T extends { start: number; end: number }>(spans: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < spans.length; i++) {
    const x = spans[i]!;
    if (x.start >= start && x.end <= end) out.push(x);
  }
  return out;
}

/** The last span of `spans` inside `[start, end)`, or null. */
export function lastWithin<T extends { start: number; end: number }>(spans: readonly T[], start: number, end: number): T | null {
  for (let i = spans.length - 1; i >= 0; i--) {
    const x = spans[i]!;
    if (x.start >= start && x.end <= end) return x;
  }
  return null;
}

/** «и» / "and" right before a clause: with a past verb first, the clause is a second predicate of the same subject. */
export const AND_BEFORE = /(?:^|\s)(?:и|and)\s+$/iu;
export const PAST_VERB_FIRST = {
  ru: rx(/^\p{Ll}+(?:л|ла|ло|ли|лся|лась|лось|лись)(?![\p{L}])/u),
  // "and took part in the summit": the irregular pasts of the verbs that tell an official's acts.
  en: rx(/^(?:\p{Ll}+ed|took|held|met|made|paid|went|came|gave|laid|flew|spoke|led|left|sent|brought|began|became|saw|sat)(?![\p{L}])/u),
};
/** A clause hanging on the one before it by place or time. */
export const WHERE_WHEN = {
  ru: rx(/^(?:где|куда|когда|на котор\p{L}+|в ходе котор\p{L}+|в рамках котор\p{L}+)\s/iu),
  en: /^(?:where|when|at which|during which|on the sidelines of which)\s/iu,
};
/**
 * A sentence opening with a time clause ("When X met Y on May 8, the two agreed …", «Когда
 * министры встретились в мае, они договорились …»), after a dateline ("BISHKEK - "): its date
 * dates the main clause.
 */
export const TIME_CLAUSE_FIRST = {
  ru: rx(/^(?:\p{Lu}[\p{Lu}\s.,]*\s[-—–]\s+)?(?:когда|после того,? как)\s/u),
  en: rx(/^(?:\p{Lu}[\p{Lu}\s.,]*\s[-—–]\s+)?(?:When|After)\s/u),
};
/** A tour of several countries («турне», "tour"). */
const TOUR_NOUN = { ru: /(?:^|[^\p{L}])турне(?![\p{L}])/iu, en: /\btour\b/iu };

/** Events that a planned trip told just before holds: talks and signings. */
export const DURING_TRIP = new Set(['meeting', 'agreement']);
/** Planned occasions whose date such events take. */
export const TRIP_TYPES = new Set(['visit', 'summit', 'forum']);
/** How many sentences after a planned trip its talks and signings may still be told without a date. */
export const TRIP_REACH = 2;
/** «встретился также с», "also met with", "was also received by": one more meeting of a trip, with someone else. */
export const ALSO_MET: Record<'ru' | 'en', RegExp> = {
  ru: rx(/(?:встретил\p{L}*|провел\p{L}* (?:[\p{L}-]+ )?(?:встречу|переговоры|беседу)|побеседовал\p{L}*)\s+(?:также|тоже)\s+с(?:о)?\s|(?:также|тоже)\s+(?:встретил\p{L}*|провел\p{L}* (?:[\p{L}-]+ )?(?:встречу|переговоры|беседу))\s+с(?:о)?\s|(?:был\p{L}*\s+)?(?:также|тоже)\s+(?:был\p{L}*\s+)?принят\p{L}*\s/iu),
  en: /\balso\s+(?:met|held\s+(?:talks|a\s+meeting)|had\s+(?:talks|a\s+meeting))\s+with\b|\balso\s+met\s+(?!with)|\b(?:was|were)\s+also\s+received\s+by\b/iu,
};

/**
 * The events a clause may continue, newest first: those within reach; when the clause's link
 * names a gathering ("Following the meeting", «по итогам переговоров»), gatherings first. `discussion`: the clause's event
 * is the discussion itself («Также стороны обсудили …»), which continues the talks told before (`talksDiscussedAt`).
 */
export function linkable(
  recent: { draft: MilestoneDraft; sentence: number }[],
  at: number,
  text: string,
  lang: Language,
  discussion = false,
  headlines: ReadonlySet<MilestoneDraft> = NO_HEADLINES,
): LinkCandidate[] {
  const within = recent.filter((r) => at - r.sentence <= LINK_REACH).reverse();
  // "During the ceremony the university signed …": the ceremony told before, further back than other links reach,
  // not a plan told in between.
  // Without a ceremony told before it, the link continues nothing.
  const ceremony = CEREMONY_NOUN[lang].test(text) ? ceremonyBefore(recent, at, text, lang) : undefined;
  // (A festive occasion is a gathering: a plan told after one of the article's own day, «После церемонии президенты проведут
  // переговоры», is on its day.)
  if (ceremony) return ceremony === NONE ? [] : [{ date: ceremony.draft.date, quote: ceremony.draft.quote.text, status: ceremony.draft.status, gathering: true }];
  // Nothing within reach: no link word can find an event to continue (and its regex need not run).
  if (!within.length) return [];
  // The gathering may be the link's own word or the word right after it («по итогам | переговоров»),
  // in any of the clause's links («Тогда по итогам переговоров …», "Later, following the talks, …").
  // "On the sidelines," names the gathering told before as the occasion, as «на полях этого саммита» does.
  const named = MARKERS.link[lang].all(text).filter((link) => MARKERS.gatheringNoun[lang].test(link.text) || gatheringNext(text.slice(link.end, link.end + NEXT_WORD), lang) || MARKERS.sidelines[lang].test(link.text));
  if (!named.length) {
    const r = repeatedVerb(within, text, lang) ?? afterFlashback(recent, within[0]!, at, text, lang, headlines) ?? (discussion ? talksDiscussedAt(recent, within[0]!, at, text, lang) : undefined) ?? within[0];
    return r ? [{ date: r.draft.date, quote: r.draft.quote.text, status: r.draft.status }] : [];
  }
  // "Following the talks" after "talks on Tuesday … arrived on Monday": the talks, not the arrival told between.
  const talks = named.some((link) => TALKS_NOUN[lang].test(text.slice(link.start, link.end + NEXT_WORD)));
  // «Переговоры прошли накануне. Предыдущий визит был три года назад. По итогам переговоров …»: a trip told as the
  // previous one is a recollection, no occasion of the talks' outcome (a link naming the trip, «в ходе того визита», still takes it).
  const near = within.filter((r) => GATHERING_TYPES.has(r.draft.type) && !(talks && r.draft.type === 'visit' && PREVIOUS_TRIP[lang].test(r.draft.quote.text)));
  // "A session goes on today. … A protocol is to be signed following the meeting": with no
  // gathering within reach, the one going on as the article is written, told further back.
  const gatherings = near.length ? near : ongoingGathering(recent, at);
  const arrivalOnly = (r: { draft: MilestoneDraft }) => ARRIVAL[lang].test(r.draft.quote.text) && !TALKS_NOUN[lang].test(r.draft.quote.text);
  // «По итогам переговоров … подписали» after «Вице-премьеры проверили исполнение решений, достигнутых в ходе визита
  // мэра 3 октября»: the talks held, not a trip recalled as what they discussed.
  // A trip cut out of the talks' sentence in a participle of an outcome («…, достигнутых в ходе визита …») was discussed there.
  const discussedTrip = (r: { draft: MilestoneDraft }) => !TALKS_NOUN[lang].test(r.draft.quote.text) && (MARKERS.topic[lang].test(r.draft.quote.text) || (r.draft.type === 'visit' && OUTCOME_PARTICIPLE.test(r.draft.quote.text)));
  // (The last gathering told as done is asked: a plan told after it, «и подготовку к заседанию», is no occasion of a signing.)
  const done = talks ? gatherings.find((r) => r.draft.status !== 'planned') : undefined;
  // «Стороны обсудили ход реализации договорённостей, | достигнутых в ходе визита … в марте. По итогам встречи подписали …»:
  // a trip recalled in a stretch cut out of the talks' own sentence is what they discussed; the talks are the occasion.
  const recalledTrip = talks && gatherings[0]?.draft.type === 'visit' ? gatherings.find((r) => r !== gatherings[0] && r.sentence === gatherings[0]!.sentence && r.draft.type === 'meeting' && r.draft.status !== 'planned') : undefined;
  const held = recalledTrip ?? (talks && gatherings[0] && (arrivalOnly(gatherings[0]) || (done !== undefined && discussedTrip(done))) ? gatherings.find((r) => TALKS_NOUN[lang].test(r.draft.quote.text)) : undefined);
  // "During that trip Putin visited the base" after "paid a visit on October 12 and took part in the summit the following day": the trip.
  const trip = !held && named.some((link) => TRIP_NOUN[lang].test(text.slice(link.start, link.end + NEXT_WORD))) ? gatherings.find((r) => r.draft.type === 'visit') : undefined;
  const first = held ?? trip;
  // "Following the talks" after "the final leg of X's Central Asian tour": a tour of several days is no occasion of the talks.
  const occasions = talks && !first ? gatherings.filter((r) => !(TOUR_NOUN[lang].test(r.draft.quote.text) && !TALKS_NOUN[lang].test(r.draft.quote.text))) : gatherings;
  const ordered = first ? [first, ...gatherings.filter((r) => r !== first)] : occasions;
  return ordered.map((r) => ({ date: r.draft.date, quote: r.draft.quote.text, status: r.draft.status, gathering: true }));
}

/**
 * True when the clause's link is the sidelines of a gathering told before ("On the sidelines, X held talks with Y",
 * «На полях этого саммита …»): the talks, though with a counterpart of their own, are held on that occasion.
 */
export function onToldSidelines(text: string, lang: Language): boolean {
  return MARKERS.sidelines[lang].test(text) && MARKERS.link[lang].all(text).some((link) => MARKERS.sidelines[lang].test(link.text));
}

/** «церемония», «торжества», "ceremony", "celebrations": a festive occasion a link word may name. */
const CEREMONY_NOUN = {
  ru: rx(/(?:^|[^\p{L}])(?:церемони|торжеств|празднеств|празднован)/iu),
  en: /\b(?:ceremony|celebrations?|festivities|gala)\b/iu,
};

/**
 * «открыли авиабазу», "opened the air base", "inaugurated": an opening told as done is a ceremony, which a later «После
 * церемонии», "After the ceremony" names.
 */
const OPENED = {
  ru: rx(/(?:^|[^\p{L}])открыл(?:и|а)?(?![\p{L}])/iu),
  en: /\b(?:opened|inaugurated|unveiled)\b/iu,
};

/** How many sentences back a ceremony a link names («в ходе церемонии», "during the ceremony") may be told. */
const CEREMONY_REACH = 8;

/** No ceremony told before a link that names one. */
const NONE = 'none';

/**
 * When a link of the clause names a ceremony: the latest past anniversary or ceremony told within `CEREMONY_REACH`
 * before sentence `at`, or `NONE`; undefined when no link names one.
 */
function ceremonyBefore(recent: { draft: MilestoneDraft; sentence: number }[], at: number, text: string, lang: Language): { draft: MilestoneDraft } | typeof NONE | undefined {
  if (!MARKERS.link[lang].all(text).some((link) => CEREMONY_NOUN[lang].test(link.text))) return undefined;
  for (let i = recent.length - 1; i >= 0; i--) {
    const r = recent[i]!;
    if (at - r.sentence > CEREMONY_REACH) break;
    if (r.draft.status !== 'planned' && (r.draft.type === 'anniversary' || CEREMONY_NOUN[lang].test(r.draft.quote.text) || OPENED[lang].test(r.draft.quote.text))) return r;
  }
  return NONE;
}

/** The gathering nouns that name talks themselves, not the trip they were held on. */
const TALKS_NOUN = {
  ru: rx(/(?:^|[^\p{L}])(?:переговор|встреч|бесед)/iu),
  en: /\b(?:talks|meeting|negotiations)\b/iu,
};
/** An arrival told on its own («прибыл в Бишкек», "arrived in Bishkek"): a trip's step, not its talks. */
const ARRIVAL = {
  ru: rx(/(?:^|[^\p{L}])(?:прибыл|прилетел)\p{L}*/iu),
  en: /\b(?:arriv(?:ed|es|ing)|landed)\b/iu,
};
/** The newest gathering other than a visit told as going on, within `TALKS_REACH` sentences before sentence `at`, as a list of one (or none). */
function ongoingGathering<T extends { draft: MilestoneDraft; sentence: number }>(recent: T[], at: number): T[] {
  for (let i = recent.length - 1; i >= 0; i--) {
    const r = recent[i]!;
    if (at - r.sentence > TALKS_REACH) break;
    // (Not a visit: a stay of several days, «проходит 25–26 ноября», is no one day's occasion.)
    if (r.draft.status === 'ongoing' && r.draft.type !== 'visit' && GATHERING_TYPES.has(r.draft.type)) return [r];
  }
  return [];
}

/** A discussion told in the past («обсудили», "discussed"): something talked over at a gathering. */
const DISCUSSED = {
  ru: rx(/(?:^|[^\p{L}])обсудил\p{L}*/iu),
  en: /\bdiscussed\b/iu,
};

/** How many sentences back the talks a discussion continues may be told (a page's paragraphs on their outcomes between). */
const TALKS_REACH = 12;

/**
 * «Переговоры прошли накануне. … <событие другого рода с датой>. Стороны также обсудили …»: a discussion
 * continues the last talks held within `TALKS_REACH` sentences before sentence `at`, not an event of another kind told in
 * between (`last`, the newest event within reach); undefined when `last` is a gathering itself or no talks are within reach.
 */
function talksDiscussedAt(recent: Told[], last: Told, at: number, text: string, lang: Language): Told | undefined {
  if (GATHERING_TYPES.has(last.draft.type) || !DISCUSSED[lang].test(text)) return undefined;
  for (let i = recent.length - 1; i >= 0; i--) {
    const r = recent[i]!;
    if (at - r.sentence > TALKS_REACH) break;
    if (r.draft.type === 'meeting' && r.draft.status !== 'planned') return r;
  }
  return undefined;
}

/** A trip told as the one before («предыдущий визит», «прошлая поездка», "the previous visit", "his last trip"). */
const PREVIOUS_TRIP = {
  ru: rx(/(?:^|[^\p{L}])(?:предыдущ|прошл)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:визит|поездк)/iu),
  en: /\b(?:previous|last|prior)\s+(?:[\p{L}-]+\s+){0,2}?(?:visit|trip)\b/iu,
};
/** The gathering nouns that name a trip («визит», «поездка», "visit", "trip"). */
const TRIP_NOUN = {
  ru: rx(/(?:^|[^\p{L}])(?:визит|поездк)/iu),
  en: /\b(?:visit|trip)\b/iu,
};

/** An event told, with the index of its sentence. */
type Told = { draft: MilestoneDraft; sentence: number };

/**
 * The events a clause may continue (`linkable`); when its link names a gathering («По итогам
 * переговоров», "Following the talks"), the gatherings told with a date of their own in a
 * background stretch («визит премьера, который прилетел 14 сентября») count too, in the order they were told.
 */
export function linkableOrTold(
  recent: Told[],
  told: Told[],
  at: number,
  text: string,
  lang: Language,
  discussion = false,
  headlines: ReadonlySet<MilestoneDraft> = NO_HEADLINES,
): LinkCandidate[] {
  const found = linkable(recent, at, text, lang, discussion, headlines);
  // A link that names no gathering gets its candidates unflagged: the told gatherings are not for it.
  if (!told.length || found.some((c) => c.gathering !== true)) return found;
  const both = [...recent, ...told].sort((x, y) => x.sentence - y.sentence || x.draft.quote.start - y.draft.quote.start);
  return linkable(both, at, text, lang, discussion, headlines).filter((c) => c.gathering === true);
}

/**
 * «Затем …», «затем провели», "Then …", "then held", "later met": a link opening its clause or standing before the
 * clause's past verb tells the next step of the story (not "first one on one and then with the delegations").
 */
const SEQUENCE = {
  ru: rx(/^(?:Затем|Позднее|Позже|После этого)(?![\p{L}])|(?:^|[^\p{L}])(?:затем|позднее|позже)\s+\p{Ll}+(?:л|ла|ли|лся|лась|лись)(?![\p{L}])/u),
  en: rx(/^(?:Then|Later|Afterwards)\b|\b(?:then|later|afterwards)\s+(?:\p{Ll}+ed|held|met|took|made|paid|went|came|gave|flew|spoke|left|sent|saw|sat|laid|led)\b/u),
};
/** No headline drafts: the default of callers that know none. */
const NO_HEADLINES: ReadonlySet<MilestoneDraft> = new Set();
/** How many sentences back the step before a flashback may be told. */
const FLASHBACK_REACH = 6;

/**
 * The step of the story a sequence link continues when the event told last, in a sentence before the clause's (`at`),
 * is a flashback: "On Thursday the two opened the plant. The deal on it was signed on March 2. The two then held talks" — the talks follow the opening, not the
 * earlier signing told in between (an event dated before the one told just before it). Undefined otherwise.
 * A headline's event (`headlines`) is no step of the story: "Putin makes first trip abroad" atop a lead dated the day
 * before the article ("arrived on October 12 …. X later hosted talks") only names the article, dated by its publication,
 * so the lead's earlier day is no flashback from it.
 */
function afterFlashback(recent: Told[], last: Told, at: number, text: string, lang: Language, headlines: ReadonlySet<MilestoneDraft>): Told | undefined {
  // «…, а затем возложил венок» after an event of its own sentence: the link continues that event.
  if (last.sentence === at || last.draft.date === null || last.draft.status === 'planned' || !SEQUENCE[lang].test(text)) return undefined;
  const k = recent.indexOf(last);
  const before = k > 0 ? recent[k - 1]! : undefined;
  if (!before || before.draft.date === null || before.draft.status === 'planned' || last.sentence - before.sentence > FLASHBACK_REACH || before.sentence === last.sentence || headlines.has(before.draft)) return undefined;
  const n = Math.min(before.draft.date.length, last.draft.date.length);
  return before.draft.date.slice(0, n) > last.draft.date.slice(0, n) ? before : undefined;
}

/** "also ratified", «также ратифицировали»: the verb a link word repeats from an earlier event. */
const ALSO_VERB = { ru: rx(/(?:^|[^\p{L}])(?:также|тоже)\s+(\p{L}{5,})/iu), en: rx(/\balso\s+(\p{L}{5,})/iu) };
/** How much of the repeated verb must recur in the earlier event's quote ("ratif", «ратиф»). */
const VERB_STEM = 5;

/**
 * The earlier event whose verb a linked clause repeats ("The deputies also ratified …" after
 * "Parliament today ratified …"): it is continued rather than an event told in between.
 */
function repeatedVerb<T extends { draft: MilestoneDraft }>(within: T[], text: string, lang: Language): T | undefined {
  const verb = ALSO_VERB[lang].exec(text)?.[1];
  if (!verb) return undefined;
  const stem = verb.slice(0, VERB_STEM).toLowerCase();
  return within.find((r) => r.draft.quote.text.toLowerCase().includes(stem));
}

/** How far after a link word its gathering noun is looked for. */
const NEXT_WORD = 20;

/** True when `after` (the text right after a link word) starts with a gathering noun. */
function gatheringNext(after: string, lang: Language): boolean {
  const m = MARKERS.gatheringNoun[lang].all(after)[0];
  return m !== undefined && after.slice(0, m.start).trim() === '';
}

/** What an anniversary may count from: the clause's dates, then the sentence's earlier ones, nearest first. */
export function countable(inClause: DateMention[], inSentence: DateMention[], clauseStart: number): DateMention[] {
  return [...inClause, ...inSentence.filter((m) => m.end <= clauseStart).reverse()];
}

/** The mention closest to the chosen trigger. */
export function nearest(ms: DateMention[], hit: TriggerHit): DateMention | null {
  const dist = (m: DateMention) => Math.max(0, m.start - hit.end, hit.start - m.end);
  return ms.reduce<DateMention | null>((best, m) => (!best || dist(m) < dist(best) ? m : best), null);
}
