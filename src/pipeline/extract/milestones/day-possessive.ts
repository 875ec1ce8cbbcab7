/**
 * A gathering named by its day a second time: "Yesterday's summit, chaired by …" after a lead that
 * told "yesterday's summit of the SCO", «Вчерашние переговоры …» after «вчерашние переговоры
 * президентов». The second naming describes the gathering already told; it is no new event.
 * Day words are data (`knowledge/event-phrasing.json`, `dayPossessive`).
 */
import type { Language } from '../../../schema/dataset';
import raw from '../../knowledge/event-phrasing.json';
import { escapeRegExp, rx } from '../regex';
import type { TriggerHit } from './lexicon';

const BEFORE_NOUN: Record<Language, RegExp> = {
  ru: rx(`(?:^|[^\\p{L}])${raw.dayPossessive.ru}`, 'iu'),
  en: rx(`(?:^|[^\\p{L}])${raw.dayPossessive.en}`, 'iu'),
};

/** Letters of the gathering word compared with the earlier naming (a Russian stem: case endings differ). */
const STEM = 5;

/**
 * True when gathering `hit` of article `text` is named by a day word («вчерашний», "yesterday's")
 * that named the same gathering word earlier in the article (before `from`).
 */
export function namedByDayBefore(text: string, hit: TriggerHit, from: number, lang: Language): boolean {
  const from0 = Math.max(from, hit.start - 60);
  const day = BEFORE_NOUN[lang].exec(text.slice(from0, hit.start));
  if (!day) return false;
  const word = text.slice(hit.start, hit.end).split(/\s/)[0]!;
  const noun = lang === 'ru' ? `${escapeRegExp(word.slice(0, STEM))}\\p{L}*` : escapeRegExp(word);
  const dayWord = lang === 'ru' ? `${escapeRegExp(day[1]!)}\\p{L}*` : escapeRegExp(day[1]!).replace(/['’]/g, "['’]");
  const earlier = text.slice(0, from0 + day.index);
  return rx(`(?:^|[^\\p{L}])${dayWord} (?:[\\p{L}-]+ ){0,2}?${noun}(?![\\p{L}])`, 'iu').test(earlier);
}
