/**
 * A timeline entry that names a document without a verb («27 июля 2000 года — Декларация о вечной дружбе …»,
 * "27 July 2000 – Declaration on Eternal Friendship"): a chronology lists the documents signed that day, and the
 * noun alone tells the signing there. So does a list of signings in running text («10 июня 1992 года был подписан
 * Договор о дружбе. 27 июля 2000 года — Декларация о …»): the verb of the sentence before is left out. Elsewhere a
 * document named without a verb is only referred to.
 */
import type { Language } from '../../../schema/dataset';
import type { DateMention, Sentence } from '../../types';
import raw from '../../knowledge/event-lexicon.json';
import type { TimelineSection } from '../dates/timeline';
import { TRIGGERS, type TriggerHit } from './lexicon';
import { rx } from '../regex';
import type { LanguageLexicon } from './language';

/** After an entry's date: «года», a dash or colon, then the document noun at the start of the entry's text. */
const DOCUMENT_AFTER = {
  ru: rx(`^\\s*(?:года|г\\.)?\\s*(?::|[—–-])\\s*(?<noun>(?:${raw.timelineDocuments.ru.join('|')})\\p{L}*)(?![\\p{L}])`, 'iu'),
  en: rx(`^\\s*(?::|[—–-])\\s*(?:the\\s+)?(?<noun>(?:${raw.timelineDocuments.en.join('|')})s?)(?![\\p{L}])`, 'iu'),
};
/**
 * A list item's marker, then the document noun it opens with: a dash («– Декларация о …;», "- Memorandum on …;"),
 * a bullet («• Соглашение о …»), or a number before a stop, a bracket or a table's bar («2) Протокол …», «3 | Соглашение
 * о … | Министр …»), as lists and tables of the documents signed write them.
 */
const ITEM_MARKER = '(?:[–—•▪·*-]|\\d{1,2}\\s*[.)|])';
export const ITEM_DOCUMENT = {
  ru: rx(`^${ITEM_MARKER}\\s*(?<noun>(?:${raw.timelineDocuments.ru.join('|')})\\p{L}*)(?![\\p{L}])`, 'iu'),
  en: rx(`^${ITEM_MARKER}\\s*(?:the\\s+)?(?:joint\\s+)?(?<noun>(?:${raw.timelineDocuments.en.join('|')})s?)(?![\\p{L}])`, 'iu'),
};
/** The document noun opening an item whose number the sentence splitter cut off («1.» / «Декларация о …;»). */
const NUMBERED_DOCUMENT = {
  ru: rx(`^(?<noun>(?:${raw.timelineDocuments.ru.join('|')})\\p{L}*)(?![\\p{L}])`, 'iu'),
  en: rx(`^(?:the\\s+)?(?:joint\\s+)?(?<noun>(?:${raw.timelineDocuments.en.join('|')})s?)(?![\\p{L}])`, 'iu'),
};
const DOCUMENT = TRIGGERS.find((t) => t.key === 'document')!;

/** The document a timeline entry opening sentence `s` names right after its date, as a trigger hit; or null. */
export function entryDocument(text: string, s: Sentence, timeline: readonly TimelineSection[], lang: Language): TriggerHit | null {
  const entry = timeline.find((t) => t.mention.start >= s.start && t.mention.start < s.end && t.start <= s.start);
  if (!entry || text.slice(entry.start, entry.mention.start).trim().length > 1) return null;
  const m = DOCUMENT_AFTER[lang].exec(text.slice(entry.mention.end, s.end));
  if (!m?.groups) return null;
  const start = entry.mention.end + m.index + m[0].length - m.groups.noun!.length;
  return { trigger: DOCUMENT, start, end: start + m.groups.noun!.length };
}

/**
 * The document sentence `s` names right after the date it opens with («27 июля 2000 года — Декларация о …»), as
 * a trigger hit; or null. The caller asks only right after a sentence that told a signing: the list goes on.
 */
export function listedDocument(text: string, s: Sentence, inSentence: readonly DateMention[], lang: Language): TriggerHit | null {
  const first = inSentence[0];
  if (!first || first.date.length !== 10 || text.slice(s.start, first.start).trim().length > 0) return null;
  const m = DOCUMENT_AFTER[lang].exec(text.slice(first.end, s.end));
  if (!m?.groups) return null;
  const start = first.end + m.index + m[0].length - m.groups.noun!.length;
  return { trigger: DOCUMENT, start, end: start + m.groups.noun!.length };
}

/**
 * The document a list item names after its dash («В присутствии глав государств подписаны: – Декларация о …;»),
 * as a trigger hit; or null. `numbered`: the item's number stands alone as the sentence before («1.»), and the item
 * opens with the document's noun (a capital: «Декларация», not «декларация» inside prose). The caller asks only right
 * after a sentence that told a signing: the list goes on.
 */
export function itemDocument(text: string, s: Sentence, lex: LanguageLexicon, numbered = false): TriggerHit | null {
  const first = s.text.charAt(0);
  const m = numbered ? (first !== first.toLowerCase() ? NUMBERED_DOCUMENT[lex.lang].exec(s.text) : null) : lex.itemDocument.exec(s.text);
  if (!m?.groups) return null;
  const start = s.start + m[0].length - m.groups.noun!.length;
  return { trigger: DOCUMENT, start, end: start + m.groups.noun!.length };
}
