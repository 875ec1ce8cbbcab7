import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a relative date beside an explicit one names the same day (one milestone)', () => {
  it.each([
    ['ru: «8 мая, на следующий день после выборов» after the call',
      'date: 2021-05-20\n\nГубернатор позвонил мэру уже 8 мая, на следующий день после выборов в городской совет.',
      ['2021-05-08 past meeting «Губернатор позвонил»']],
    ['ru: the event word of the apposition («накануне подписания») is only a landmark',
      'date: 2021-05-20\n\nНа встрече с губернатором 12 мая, накануне подписания соглашения, мэр предложил открыть рейс.',
      ['2021-05-12 past meeting «На встрече»']],
    ['ru: «вчера, 19 мая,» is one date',
      'date: 2021-05-20\n\nВчера, 19 мая, министры провели переговоры в Оше.',
      ['2021-05-19 past meeting «Вчера, 19»']],
    ['en: "on May 8, the day after the vote"',
      'date: 2021-05-20\n\nThe governor phoned the mayor on May 8, the day after the city council vote.',
      ['2021-05-08 past meeting «The governor»']],
    ['en: "on May 12, a day before the signing" keeps the talks',
      'date: 2021-05-20\n\nAt talks with the governor on May 12, a day before the signing of the agreement, the mayor proposed a new flight.',
      ['2021-05-12 past meeting «At talks»']],
    ['ru: a dateline’s day ending its line is no apposition of «Сегодня» opening the next paragraph',
      'date: 2021-05-20\n\nЗаголовок\n\nВести региона, 20 мая\n\nСегодня исполнилось 15 лет со дня открытия консульства в Оше.',
      ['2021-05-20 past anniversary «Сегодня исполнилось»']],
    ['a relative date told apart («а на следующий день») is an event of its own',
      'date: 2021-05-20\n\nМинистры провели переговоры 12 мая, а на следующий день подписали соглашение о дорогах.',
      ['2021-05-12 past meeting «Министры провели»', '2021-05-13 past agreement «а на»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
