/**
 * A step named as what an official welcomed («Премьер приветствовал ратификацию соглашения»,
 * "welcomed the ratification of the agreement"): the step came before the reaction the article
 * reports, on a day it does not tell, so the article's day is too precise for it; its month stands.
 * Phrasing is data (`knowledge/event-phrasing.json`: `welcomedStep`).
 */
import type { Language } from '../../../schema/dataset';
import raw from '../../knowledge/event-phrasing.json';
import { rx } from '../regex';

const WELCOMED: Record<Language, RegExp> = { ru: rx(raw.welcomedStep.ru, 'iu'), en: rx(raw.welcomedStep.en, 'iu') };
/** How far before the event word the verb of welcoming may stand. */
const REACH = 40;

/** True when the event word starting at `at` of `text` is the object of a verb of welcoming. */
export function welcomedStep(text: string, at: number, lang: Language): boolean {
  return WELCOMED[lang].test(text.slice(Math.max(0, at - REACH), at));
}
