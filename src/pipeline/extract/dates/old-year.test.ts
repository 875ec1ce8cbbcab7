/**
 * A year before the timeline's range (`mentions.ts`, `OLD`, `OLD_YEAR_RU` / `OLD_YEAR_EN`): written after a day-month of the
 * last century it dates that day (not the article's year's day); alone it is a time only with its month or season before
 * it, or as «в 1941 году» — a year named as a topic («события 1916 года», "the events of 1916") is no date. Every text is invented.
 */
import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { dateMentions } from './mentions';

/** `text → date` of every mention, in text order. */
function mentions(text: string, articleDate: string): string[] {
  const { doc } = toDoc('t.txt', text);
  return dateMentions(doc, articleDate).map((m) => `${m.text} → ${m.date}`);
}

describe('a day of a year before the range is that day, never a day of the article\'s year', () => {
  it.each([
    ['ru: «от 3 августа 1917 года»', '2031-08-05',
      'Приказом от 3 августа 1917 года полк отправили на фронт.',
      ['3 августа 1917 года → 1917-08-03']],
    ['ru: «12 октября 1943 г.»', '2031-08-05',
      'Мост взорвали 12 октября 1943 г. при отступлении.',
      ['12 октября 1943 г. → 1943-10-12']],
    ['en: "on October 12, 1943"', '2031-08-05',
      'The bridge was blown up on October 12, 1943, during the retreat.',
      ['October 12, 1943 → 1943-10-12']],
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
    // The 1800s stay out: such a day is no date at all.
    ['ru: «от 2 мая 1867 года»', '2031-08-05',
      'Указом от 2 мая 1867 года уезд передали губернии.',
      []],
  ] as [string, string, string, string[]][])('%s', (_name, article, text, want) => {
    expect(mentions(text, article)).toEqual(want);
  });
});

describe('a year before the range alone is a time with its season or month before it, or as «в … году»', () => {
  it.each([
    ['ru: «осенью 1957 года»', '2031-08-05', 'Полк был расквартирован в Нарыне осенью 1957 года.', ['1957 года → 1957']],
    ['ru: «в марте 1962 года»', '2031-08-05', 'Завод пустили в марте 1962 года.', ['марте 1962 года → 1962-03']],
    ['ru: «в 1948 году»', '2031-08-05', 'Бригада была создана в 1948 году.', ['1948 году → 1948']],
    ['en: "in the spring of 1957"', '2031-08-05', 'The regiment moved to Naryn in the spring of 1957.', ['1957 → 1957']],
    // Negatives: a year named as a topic or a count is no time.
    ['ru: «событий 1930 года» is a topic', '2031-08-05', 'Комиссия изучает документы событий 1930 года.', []],
    ['ru: «1948 человек» is a count', '2031-08-05', 'На митинг пришли 1948 человек.', []],
    ['en: "the floods of 1930" is a topic', '2031-08-05', 'Historians studied the floods of 1930 in the valley.', []],
    ['ru: a span of years of war names the war', '2031-08-05', 'Ветеранам вручили медали «За победу в войне 1941-1945 гг.».', []],
  ] as [string, string, string, string[]][])('%s', (_name, article, text, want) => {
    expect(mentions(text, article)).toEqual(want);
  });
});
