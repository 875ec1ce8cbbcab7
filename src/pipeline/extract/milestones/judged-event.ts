/**
 * A visit or summit named only as the subject of a judgement ('The visit underlined how much …',
 * «Визит станет проверкой того, насколько …»): commentary on an event told elsewhere. Phrasings are
 * data (`knowledge/event-phrasing.json`, `judgedEvent`).
 */
import type { Language } from '../../../schema/dataset';
import raw from '../../knowledge/event-phrasing.json';
import { gatedPhrasing } from './cues';

/** Each language's pattern, run only where one of its cue literals occurs (`gatedPhrasing`). */
const JUDGED: Record<Language, (text: string) => boolean> = {
  ru: gatedPhrasing(raw.judgedEvent.ru),
  en: gatedPhrasing(raw.judgedEvent.en),
};

/** True when clause `text` judges a visit or a summit rather than telling it. */
export function judgesEvent(text: string, lang: Language): boolean {
  return JUDGED[lang](text);
}
