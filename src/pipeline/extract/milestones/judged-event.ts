/**
 * A visit or summit named only as the subject of a judgement ('The visit underlined how much …',
 * «Визит станет проверкой того, насколько …»): commentary on an event told elsewhere. Phrasings are
 * data (`knowledge/event-phrasing.json`, `judgedEvent`).
 */
import type { Language } from '../../../schema/dataset';
import raw from '../../knowledge/event-phrasing.json';
import { rx } from '../regex';

const JUDGED: Record<Language, RegExp> = {
  ru: rx(raw.judgedEvent.ru, 'iu'),
  en: rx(raw.judgedEvent.en, 'iu'),
};

/** True when clause `text` judges a visit or a summit rather than telling it. */
export function judgesEvent(text: string, lang: Language): boolean {
  return JUDGED[lang].test(text);
}
