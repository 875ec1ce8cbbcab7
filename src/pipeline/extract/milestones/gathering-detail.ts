/**
 * A gathering already told, told again only by a detail: who attended, opened or chaired it, where
 * it was held, or as the occasion a speaker spoke after ('The summit was attended by …', «Форум
 * открыл премьер-министр …», 'X told reporters after the meeting.'); and the words of a message or a
 * speech already told («Сердечно поздравляю Вас с 30-летием …»), or the day it lasts until («Ярмарка продлится до 25
 * сентября»). Phrasings are data (`knowledge/event-phrasing.json`, `gatheringDetail`, `performative` and `lastsUntil`).
 */
import type { Language } from '../../../schema/dataset';
import raw from '../../knowledge/event-phrasing.json';
import { cueRegex, gatedPhrasing as gated } from './cues';

const DETAIL: Record<Language, ((text: string) => boolean)[]> = {
  ru: raw.gatheringDetail.ru.map(gated),
  en: raw.gatheringDetail.en.map(gated),
};
/**
 * The cue literals of all the phrasings in one regex, under the flags each phrasing's own cue test
 * uses (`gatedPhrasing`): where none occurs no phrasing's cue test passes, and most clauses hold none.
 */
const DETAIL_CUES: Record<Language, RegExp | null> = {
  ru: cueRegex(raw.gatheringDetail.ru, 'iu'),
  en: cueRegex(raw.gatheringDetail.en, 'iu'),
};

/**
 * True when clause `text` only tells a detail of a gathering (its guests, its opener or chair, its
 * venue, or a speaker's words after it). The caller asks only for a clause without a date of its own,
 * once an event of the article is found: the gathering is that event, told again.
 */
export function tellsGatheringDetail(text: string, lang: Language): boolean {
  const cues = DETAIL_CUES[lang];
  return (cues === null || cues.test(text)) && DETAIL[lang].some((matches) => matches(text));
}

const TALKS_VENUE: Record<Language, (text: string) => boolean> = {
  ru: gated(raw.talksVenue.ru),
  en: gated(raw.talksVenue.en),
};

/**
 * True when clause `text` tells talks again only by their venue or setting («Переговоры прошли в Доме правительства»). The
 * caller asks only of an undated meeting clause once a past meeting of the article is found: those talks, told again.
 */
export function tellsTalksVenue(text: string, lang: Language): boolean {
  return TALKS_VENUE[lang](text);
}

const PERFORMATIVE: Record<Language, (text: string) => boolean> = {
  ru: gated(raw.performative.ru),
  en: gated(raw.performative.en),
};

/**
 * True when clause `text` is the first-person words of a message or a speech that congratulate or
 * thank the one addressed («Сердечно поздравляю Вас с 30-летием …»). The caller asks only once an
 * event of the article (the message sent, the meeting held) is found.
 */
export function isPerformative(text: string, lang: Language): boolean {
  return PERFORMATIVE[lang](text);
}

const LASTS_UNTIL: Record<Language, (text: string) => boolean> = {
  ru: gated(raw.lastsUntil.ru),
  en: gated(raw.lastsUntil.en),
};

/**
 * True when clause `text` tells the day a gathering lasts until («Ярмарка продлится до 30 октября», "The fair runs until
 * September 25"). The caller asks only once a gathering of the kind is found: the clause tells its end, not another one.
 */
export function tellsGatheringEnd(text: string, lang: Language): boolean {
  return LASTS_UNTIL[lang](text);
}

