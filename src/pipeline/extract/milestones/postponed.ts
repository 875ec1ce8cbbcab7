/**
 * A date an event was put off to: "originally scheduled for November, had been postponed by mutual
 * agreement to December", «намечавшийся на ноябрь визит перенесли на декабрь». The new date is the
 * event's, though the first one may stand nearer its event word. Verbs are data in
 * knowledge/event-lexicon.json (`postponedTo`).
 */
import type { Language } from '../../../schema/dataset';
import type { DateMention } from '../../types';
import raw from '../../knowledge/event-lexicon.json';
import { rx } from '../regex';

const p = raw.postponedTo;
/** The verb, up to four words, and the preposition, right before a date. */
const BEFORE_NEW_DATE = {
  ru: rx(`(?<![\\p{L}])(?:${p.ru.join('|')})(?:\\s+[\\p{L}-]+){0,4}?\\s+(?:${p.prepositionsRu.join('|')})\\s+$`, 'iu'),
  en: rx(`(?<![\\p{L}])(?:${p.en.join('|')})(?:\\s+[\\p{L}-]+){0,4}?\\s+(?:${p.prepositionsEn.join('|')})\\s+(?:the\\s+)?$`, 'iu'),
};
/** How far before a date its verb may stand. */
const REACH = 60;

/** The mention of `ms` an event was put off to, in `text` (the whole document's); null when none is. */
export function postponedTo(text: string, ms: DateMention[], clauseStart: number, lang: Language): DateMention | null {
  return (
    ms.find((m) => {
      const before = text.slice(Math.max(clauseStart, m.start - REACH), m.start);
      // The preposition may open the mention itself («на декабрь», "to December").
      const opening = FIRST_WORD.exec(m.text);
      return BEFORE_NEW_DATE[lang].test(before) || (opening !== null && BEFORE_NEW_DATE[lang].test(before + opening[0]));
    }) ?? null
  );
}

/** The first word of a mention and the space after it. */
const FIRST_WORD = rx(/^\p{L}+\s+/u);
