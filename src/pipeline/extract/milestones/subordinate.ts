/**
 * Years that do not date the event of their clause: a limit or a starting point («до 2000 года»,
 * "until 2032", «к 2030 году», «с 2003 года действует», "since 2020") and a year inside a relative
 * clause about something else ("the base, which opened in 2003", «база, которая открылась в 2003 году»).
 */
import type { DateMention } from '../../types';
import { execAll, rx } from '../regex';
import { lastRunBeforeSpace } from './spaces';
import { tellsItsHolding } from './held-relative';
import raw from '../../knowledge/event-lexicon.json';

/** A preposition of limit or start right before a year («до», «к», «с», «по», "until", "by", "since"). */
const LIMIT_BEFORE = rx(/(?:^|[^\p{L}])(?:до|к|ко|с|со|по|начиная\s+с|since|until|till|through|by|before|after|from|starting|после)\s+(?:(?:конца|начала|середины|the\s+end\s+of|the\s+start\s+of)\s+)?$/iu);
/** The words `LIMIT_BEFORE` can end with, before its final white space. */
const LIMIT_LAST = ['до', 'к', 'ко', 'с', 'со', 'по', 'since', 'until', 'till', 'through', 'by', 'before', 'after', 'from', 'starting', 'после', 'конца', 'начала', 'середины', 'of'];
/** The words `TERM_BEFORE` can end with, before its final white space. */
const TERM_LAST = ['на', 'for', 'the', 'текущий', 'следующий', 'будущий', 'нынешний', 'this', 'next', 'coming'];

/**
 * Cheap test before a `…\s+$` regex ending with one of `words`: the last run of non-space
 * characters before the white space ending `text[from, to)` must end with one of them. Those
 * regexes are tried at every position of their window; this rules out ≈all year mentions. A long
 * s («ſ», which the `i` flag reads as "s") leaves the question to the regex.
 */
function endsWithOneOf(text: string, from: number, to: number, words: readonly string[]): boolean {
  const run = lastRunBeforeSpace(text, Math.max(0, from), to);
  if (run === null) return false;
  if (run.includes('ſ')) return true;
  for (const w of words) if (run.endsWith(w)) return true;
  return false;
}

/** A relative pronoun opening a clause between the event word and a later year. */
const RELATIVE = rx(/(?:^|[^\p{L}])(?:which|who|whose|котор\p{L}*|чей|чья|чьи)(?![\p{L}])/giu);

/** True when a year-only mention names a limit, a start or another thing's date rather than the event's. */
export function isSubordinateYear(text: string, m: DateMention, trigger: { start: number; end: number }): boolean {
  if (m.date.length !== 4) return false;
  // «план сотрудничества на следующий год»: the term, whether the year is written or told.
  if (endsWithOneOf(text, m.start - TERM_REACH, m.start, TERM_LAST) && TERM_BEFORE.test(text.slice(Math.max(0, m.start - TERM_REACH), m.start))) return true;
  // "the third time they had met this year", «третья их встреча в этом году»: the year is the range of a count of such events.
  if (countedWithin(text, m)) return true;
  // «…на ремонт дорог, протяжённость которых за прошлый год выросла …», "the region, whose output last year …": a year
  // told by words in a clause about what something else has is that thing's.
  if (!/^\d/.test(m.text)) return m.start > trigger.end && hasWithin(text, trigger.end, m.start) && inWhoseClause(text.slice(trigger.end, m.start));
  if (spanOfNoun(text, m)) return true;
  if (endsWithOneOf(text, m.start - 30, m.start, LIMIT_LAST) && LIMIT_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) && !documentFrom(text, m.start)) return true;
  if (m.start <= trigger.end) return false;
  // Inside the relative clause: after its pronoun, with no comma closing it before the year.
  const between = text.slice(trigger.end, m.start);
  const rel = execAll(RELATIVE, between).pop();
  if (rel === undefined) return false;
  const tail = between.slice(rel.index + rel[0].length);
  return !tail.includes(',') && !tellsItsHolding(tail);
}

/**
 * A relative clause of possession opened between the event word and a year: «, дефицит которого», «, объём которых», ", whose
 * deficit", with no comma closing it before the year.
 */
const WHOSE = rx(/(?:,\s*[\p{L}-]+\s+(?:которого|которой|которых)|,\s*whose)(?![\p{L}])/giu);

/** True when «котор» or "whose" (the cue words of `WHOSE`) occurs in `text[from, to)`, found without slicing it. */
function hasWithin(text: string, from: number, to: number): boolean {
  const ru = text.indexOf('котор', from);
  if (ru >= 0 && ru < to) return true;
  const en = text.indexOf('whose', from);
  return en >= 0 && en < to;
}

/** True when `between` (from the event word to a year) opens a relative clause of possession (`WHOSE`) that is still open. */
function inWhoseClause(between: string): boolean {
  const rel = execAll(WHOSE, between).pop();
  return rel !== undefined && !between.slice(rel.index + rel[0].length).includes(',');
}

/** "the gas supply agreement from 2019": "from" right after a document noun tells when the document was made, not a start. */
const DOCUMENT_FROM = rx(`(?:^|[^\\p{L}])(?:${raw.timelineDocuments.en.join('|')})s?\\s+from\\s+$`, 'iu');

/** True when the year at `at` follows a document noun and "from" (`DOCUMENT_FROM`). */
function documentFrom(text: string, at: number): boolean {
  return text.slice(Math.max(0, at - 6), at).includes('from') && DOCUMENT_FROM.test(text.slice(Math.max(0, at - 30), at));
}

/** How far before a year the ordinal of a count of events within it may stand. */
const COUNT_REACH = 60;
/** The nouns a count of events names, as a cheap test before `COUNTED_WITHIN`. */
const COUNT_CUE = rx(/time|meeting|visit|trip|contact|talks|раз|встреч|визит|поездк|контакт|переговор/iu);
/**
 * "the third time they had met this year", "their second meeting this year", «третья их встреча в этом году», «во второй
 * раз за год»: an ordinal and the noun it counts, with no comma or stop before the year.
 */
const COUNTED_WITHIN = rx(
  /(?:^|[^\p{L}])(?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th)|втор|трет|четв[её]рт|пят|шест)\p{L}*\s+(?:(?:их|его|е[её]|наш\p{L}*|such)\s+)?(?:time|meeting|visit|trip|contact|round of talks|раз|встреч|визит|поездк|контакт)\p{L}*(?![\p{L}])[^.;,!?]{0,40}?(?:in|during|за|в|во)?\s*$/iu,
);

/** The current year told without its number: "this year", «в этом году», «за этот год» (not "later this year"). */
const THIS_YEAR = rx(/^(?:(?:this|the\s+current)\s+year|(?:в\s+)?(?:этом|текущем|нынешнем)\s+году|(?:за\s+)?(?:этот|текущий|нынешний)\s+год)$/iu);

/**
 * True when the year mention `m` is the range of a count of events told right before it ("the third time … this year").
 * A first one ("his first visit … next year") is dated by its year; so is one told with any other year.
 */
function countedWithin(text: string, m: DateMention): boolean {
  if (!THIS_YEAR.test(m.text)) return false;
  const window = text.slice(Math.max(0, m.start - COUNT_REACH), m.start);
  return COUNT_CUE.test(window) && COUNTED_WITHIN.test(window);
}

/** A span of years, or its second year: "1992-1993", «1992–1993 годов». */
const YEAR_SPAN = /^\d{4}\s*[-–—]\s*\d{2,4}/u;
const SPAN_END = /\d{4}\s*[-–—]\s*$/u;
/** A preposition of time before a span: "in 1992-1993", «в 1992–1993 годах» may date what is told. */
const SPAN_PREPOSITION = rx(/(?:^|[^\p{L}])(?:in|during|over|from|between|by|until|в|во|за|между|с|со|к|до|по)\s+$/iu);

/**
 * "technical credits of 1992-1993", «по кредитам 1992–1993 годов»: a span of years right after a noun (no preposition
 * of time before it) is the period of that thing, never the day of the clause's event.
 */
function spanOfNoun(text: string, m: DateMention): boolean {
  const whole = YEAR_SPAN.test(m.text);
  const before = text.slice(Math.max(0, m.start - 8), m.start);
  const end = whole ? null : SPAN_END.exec(before);
  if (!whole && !end) return false;
  const from = end ? m.start - before.length + end.index : m.start;
  return !SPAN_PREPOSITION.test(text.slice(Math.max(0, from - 16), from));
}

/**
 * «протокол о взаимных поставках на 1995 год», "a plan of military cooperation for 2008", «индикативный баланс на 2026
 * год» (the planned supplies of a year): a year
 * after «на» / "for" in the name of a document or programme is its term, not the day it was signed.
 */
const TERM_BEFORE = rx(
  /(?:^|[^\p{L}])(?:(?:протокол|соглашени|договор|план|программ|меморандум|контракт|бюджет|баланс)\p{L}*|agreements?|protocols?|plans?|programm?e?s?|memorand(?:um|a)|contracts?|budgets?|balances?)(?![\p{L}])[^.;:!?]{0,60}?(?:^|[^\p{L}])(?:на|for)\s+(?:(?:the|текущий|следующий|будущий|нынешний|this|next|coming)\s+)?$/iu,
);
/** How far back a document's noun may stand before the «на» / "for" of its term. */
const TERM_REACH = 80;

const START_BEFORE = rx(/(?:^|[^\p{L}])(?:с|со|since)\s+$/iu);
/**
 * "the first since 2019", «первый с 2019 года», «впервые с 2019 года»: the year is the last time before, which
 * dates neither the event (this one is later) nor a starting point of it.
 */
const FIRST_SINCE_BEFORE = rx(/(?:^|[^\p{L}])(?:first|впервые|перв\p{L}+)(?:\s+[\p{L}-]+){0,3}?\s*,?\s+(?:с|со|since)\s+$/iu);

/**
 * The mentions that may date the event at `trigger`: subordinate years are dropped; when nothing
 * else is left, a starting year («действует с 2003 года», "operating since 2003") still dates it.
 */
export function eventMentions(text: string, ms: DateMention[], trigger: { start: number; end: number }): DateMention[] {
  let kept = ms.filter((m) => !isSubordinateYear(text, m, trigger) && !possessiveAfter(text, m, trigger));
  // "In January 2016 he tore up the 2012 agreements": a year written before a noun names that
  // thing's date; another date of the clause dates the event.
  if (kept.length > 1) {
    const dating = kept.filter((m) => !isAttributiveYear(text, m));
    if (dating.length) kept = dating;
  }
  if (kept.length || !ms.length) return kept;
  return ms.filter((m) => startsFrom(text, m) && !firstSince(text, m));
}

/** «с 2019 года», "since 2019": the mention is told as a starting point. */
const startsFrom = (text: string, m: DateMention) => START_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start));
/** "the first since 2019", «впервые с 2019 года»: the starting point is the last time before. */
const firstSince = (text: string, m: DateMention) => FIRST_SINCE_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start));

/**
 * The year of "the first since 2019", «впервые с 2019 года» among `ms` (the mentions `eventMentions` left none of): the
 * last time the event happened before, a milestone of its own; null when there is none.
 */
export function lastTimeBefore(text: string, ms: DateMention[]): DateMention | null {
  return ms.find((m) => startsFrom(text, m) && firstSince(text, m)) ?? null;
}

/** "'s" or "’s" and a space right after a date: the date is the possessor of the noun after it. */
const POSSESSIVE_AFTER = /^['’]s\s/u;
/** A limit right before a possessive date: "before next summer's …", "ahead of Sunday's …". */
const LIMIT_BEFORE_POSSESSIVE = rx(/(?:^|[^\p{L}])(?:before|ahead of|until|till|after|since)\s+$/iu);

/**
 * True when a date told after the event word, as the possessor of a limit, owns another noun:
 * "the tournament, the last test before next summer's Olympics" dates the Olympics, not the
 * tournament ("flew to Moscow for Monday's summit", with no limit, still dates the trip).
 */
function possessiveAfter(text: string, m: DateMention, trigger: { start: number; end: number }): boolean {
  return m.start >= trigger.end && POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 3)) && LIMIT_BEFORE_POSSESSIVE.test(text.slice(Math.max(0, m.start - 12), m.start));
}

/** The determiners that stand before an attributive year ("the 2012 agreements", "its 2014 deal"). */
const DETERMINER_LAST = ['the', 'its', 'their', 'his', 'her'];
/** A lower-case word right after the year: the noun (or its adjective) the year qualifies. */
const NOUN_AFTER = rx(/^[ \t]+\p{Ll}/u);
const DETERMINER_BEFORE = rx(/(?:^|[^\p{L}])(?:the|its|their|his|her)\s+$/iu);

/** True when a year-only mention in English qualifies a noun after a determiner ("the 2012 agreements", "under its 2014 deal"). */
export function isAttributiveYear(text: string, m: DateMention): boolean {
  if (m.date.length !== 4 || !/^\d{4}$/.test(m.text)) return false;
  if (!endsWithOneOf(text, m.start - 8, m.start, DETERMINER_LAST)) return false;
  return DETERMINER_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) && NOUN_AFTER.test(text.slice(m.end, m.end + 3));
}
