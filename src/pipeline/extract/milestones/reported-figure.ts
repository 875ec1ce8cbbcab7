/**
 * What a speaker said about a figure, a gathering only named as a speaker's audience or in its guest
 * list, and a signing ceremony only named as where a speaker spoke. Phrasings are data
 * (`knowledge/event-phrasing.json`, `reportedFigures`, `audience`, `guestList` and `ceremonyVenue`).
 */
import type { Language } from '../../../schema/dataset';
import raw from '../../knowledge/event-phrasing.json';
import { rx } from '../regex';
import type { TriggerHit } from './lexicon';

const f = raw.reportedFigures;

/** «заявил, что товарооборот …», "said two-way trade fell …" at the start of a clause. */
const FIGURE_REPORT: Record<Language, RegExp> = {
  ru: rx(`^\\s*(?:(?:[\\p{L}-]+ ){0,2}?${f.verb.ru},? (?:что )?|что )(?:[\\p{L}-]+ ){0,4}?${f.subject.ru}`, 'iu'),
  en: rx(`^\\s*(?:(?:[\\p{L}-]+ ){0,2}?${f.verb.en},? (?:that )?|that )(?:[\\p{L}'’-]+ ){0,4}?${f.subject.en}(?![\\p{L}])`, 'iu'),
};

/**
 * True when `text`, a clause cut off at a date after an event told before it («Премьер, который
 * встретился с коллегой на прошлой неделе, | заявил, что товарооборот …»), reports a figure: its
 * date is the figure's period, not a date of that event.
 */
export function reportsFigure(text: string, lang: Language): boolean {
  return FIGURE_REPORT[lang].test(text);
}

/** `FIGURE_CONTENT`, built on first use: asked only of a date after an event word with «что» / "trade" before it. */
let figureContent: Record<Language, RegExp> | null = null;
/**
 * «…и отметил, что товарооборот … вырос», "… and noted that trade …": a verb of telling, its content opening with a figure noun
 * within a few words, and nothing after it that ends the clause (the text runs up to a date). Cased (the verb and the noun
 * stand inside a sentence, in lower case): a pattern without the `i` flag compiles without case folding.
 */
const FIGURE_CONTENT = (): Record<Language, RegExp> => (figureContent ??= {
  ru: rx(`(?<![\\p{L}])${f.verb.ru},?\\s+что\\s+(?:[\\p{L}-]+\\s+){0,4}?${f.subject.ru}[^.;:!?«»"]*$`, 'u'),
  en: rx(`(?<![\\p{L}])${f.verb.en},?\\s+(?:that\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}?${f.subject.en}(?![\\p{L}])[^.;:!?"“”]*$`, 'u'),
});
/** The cue words of `FIGURE_CONTENT`: «что» in Russian (it opens the content), "trade" in English (the usual figure noun). */
const FIGURE_CONTENT_CUE = { ru: 'что', en: 'trade' };

/**
 * True when a date told after an event word is the period of a figure a speaker reported after it: «поздравил коллегу с
 * избранием и добавил, что обмен товарами в прошлом году прибавил 9%», "congratulated him and added that trade grew 9% last
 * year" (`between`: from the event word to the date). The event is dated as if no date were written.
 */
export function isFigurePeriodAfter(between: string, lang: Language): boolean {
  return between.includes(FIGURE_CONTENT_CUE[lang]) && FIGURE_CONTENT()[lang].test(between);
}

/** «…, сообщил X на заседании …», ", the economy minister said at the session": a verb of telling a few words after a comma. */
const TELLING_AFTER_COMMA: Record<Language, RegExp> = {
  ru: rx(`,\\s*(?:[\\p{L}-]+\\s+){0,4}?${f.verb.ru}(?![\\p{L}])`, 'iu'),
  en: rx(`,\\s*(?:[\\p{L}'’-]+\\s+){0,4}?${f.verb.en}(?![\\p{L}])`, 'iu'),
};
/** A figure noun («товарооборот», "trade") anywhere in a span. */
const FIGURE_SUBJECT: Record<Language, RegExp> = {
  ru: rx(`(?<![\\p{L}])${f.subject.ru}`, 'iu'),
  en: rx(`(?<![\\p{L}])${f.subject.en}(?![\\p{L}])`, 'iu'),
};

/**
 * True when a year told before an event word is the period of a figure reported before a verb of telling, and the
 * event is where it was told: «Взаимная торговля за 2030 год прибавила 7%, рассказал министр, выступая на заседании комиссии»
 * (`before`: the clause up to the year; `between`: from the year to the event word).
 */
export function isReportedPeriod(before: string, between: string, lang: Language): boolean {
  const telling = TELLING_AFTER_COMMA[lang].exec(between);
  return telling !== null && FIGURE_SUBJECT[lang].test(before + between.slice(0, telling.index));
}

/** "told a business forum", «сообщил участникам конференции» right before the gathering word. */
const AUDIENCE: Record<Language, RegExp> = {
  ru: rx(`(?:^|[^\\p{L}])${raw.audience.ru}`, 'iu'),
  en: rx(`(?:^|[^\\p{L}])${raw.audience.en}`, 'iu'),
};

/** "Other leaders attending the summit included …", «Среди участников саммита …» right before the gathering word. */
const GUEST_LIST: Record<Language, RegExp> = {
  ru: rx(`(?:^|[^\\p{L}])${raw.guestList.ru}`, 'iu'),
  en: rx(`(?:^|[^\\p{L}])${raw.guestList.en}`, 'iu'),
};

const GATHERINGS = new Set(['forum', 'meeting', 'summit']);

/**
 * True when gathering `hit` is only named as the audience a speaker told something, or inside a list
 * of who attended it (`before`: the clause's text up to the hit).
 */
export function isAudience(hit: TriggerHit, before: string, lang: Language): boolean {
  return GATHERINGS.has(hit.trigger.type) && (AUDIENCE[lang].test(before) || GUEST_LIST[lang].test(before));
}

/** «Выступая на церемонии подписания», "said at the signing ceremony" right before the signing word. */
const VENUE: Record<Language, RegExp> = {
  ru: rx(`(?:^|[^\\p{L}])${raw.ceremonyVenue.ru}`, 'iu'),
  en: rx(`(?:^|[^\\p{L}])${raw.ceremonyVenue.en}`, 'iu'),
};
const CEREMONY = rx(raw.ceremonyVenue.ceremony, 'iu');
/** «Процедура подписания прошла …», "The signing ceremony took place …": the ceremony told as held. */
const HELD: Record<Language, RegExp> = { ru: rx(raw.ceremonyVenue.heldRu, 'iu'), en: rx(raw.ceremonyVenue.heldEn, 'iu') };

/**
 * True when signing `hit` is a ceremony only named as where a speaker spoke, or told as held (`before`:
 * the clause's text up to the hit; `words`: the hit's own text; `after`: the clause after it):
 * «Как подчеркнул на церемонии подписания X, …», «Процедура подписания прошла в присутствии …».
 */
export function isCeremonyVenue(hit: TriggerHit, before: string, words: string, after: string, lang: Language): boolean {
  if (hit.trigger.type !== 'agreement') return false;
  const near = before.slice(-24);
  if (!(CEREMONY.test(words) || CEREMONY.test(near) || /процедур/iu.test(near))) return false;
  return VENUE[lang].test(before) || HELD[lang].test(`${near}${words}${after.slice(0, 60)}`);
}
