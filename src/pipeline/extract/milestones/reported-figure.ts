/**
 * What a speaker said about a figure, and a gathering only named as a speaker's audience. Phrasings
 * are data (`knowledge/event-phrasing.json`, `reportedFigures` and `audience`).
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

/** "told a business forum", «сообщил участникам конференции» right before the gathering word. */
const AUDIENCE: Record<Language, RegExp> = {
  ru: rx(`(?:^|[^\\p{L}])${raw.audience.ru}`, 'iu'),
  en: rx(`(?:^|[^\\p{L}])${raw.audience.en}`, 'iu'),
};

const GATHERINGS = new Set(['forum', 'meeting', 'summit']);

/** True when gathering `hit` is only named as the audience a speaker told something (`before`: the clause's text up to the hit). */
export function isAudience(hit: TriggerHit, before: string, lang: Language): boolean {
  return GATHERINGS.has(hit.trigger.type) && AUDIENCE[lang].test(before);
}
