/**
 * A day-month followed by a year before the timeline's range (`mentions.ts`, `OLD_YEAR_RU` / `OLD_YEAR_EN`) is no date:
 * not that day of the article's year. Every text is invented.
 */
import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { dateMentions } from './mentions';

/** `text → date` of every mention, in text order. */
function mentions(text: string, articleDate: string): string[] {
  const { doc } = toDoc('t.txt', text);
  return dateMentions(doc, articleDate).map((m) => `${m.text} → ${m.date}`);
}

describe('a day of a year before the range is no date of the article\'s year', () => {
  it.each([
    ['ru: «от 3 августа 1917 года»', '2031-08-05',
      'Приказом от 3 августа 1917 года полк отправили на фронт.',
      []],
    ['ru: «12 октября 1943 г.»', '2031-08-05',
      'Мост взорвали 12 октября 1943 г. при отступлении.',
      []],
    ['en: "on October 12, 1943"', '2031-08-05',
      'The bridge was blown up on October 12, 1943, during the retreat.',
      []],
    // Positives: a year of the range is read as before, and a number after a day-month that is no year changes nothing.
    ['ru: «4 июля 1997 года» keeps its year', '2031-08-05',
      'Протокол подписали 4 июля 1997 года.',
      ['4 июля 1997 года → 1997-07-04']],
    ['ru: «14 мая 1800 человек» is a day of the article\'s year', '2031-08-05',
      'В Таразе 14 мая 1800 человек вышли на субботник.',
      ['14 мая → 2031-05-14']],
    ['en: "On May 14 1800 runners" is a day of the article\'s year', '2031-08-05',
      'On May 14 1800 runners took part in the race.',
      ['May 14 → 2031-05-14']],
  ] as [string, string, string, string[]][])('%s', (_name, article, text, want) => {
    expect(mentions(text, article)).toEqual(want);
  });
});
