import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** Flights opened, started or resumed, told with a date of their own (lexicon 'flights', dated). */
describe('flights as background events', () => {
  it.each([
    ['ru: a route «открытый в 2005 году»',
      'date: 2007-07-10\n\nРейс Бишкек — Новосибирск, открытый в 2005 году, летает полным.',
      ['2005 past other «Рейс Бишкек»']],
    ['ru: a route «открытый три года назад» counts back from the article',
      'date: 2007-07-10\n\nРейс Ош — Казань, открытый три года назад, летает полным.',
      ['2004 past other «Рейс Ош»']],
    ['en: a route opened two years ago',
      'date: 2020-05-10\n\nThe direct flight from Osh to Kazan, opened two years ago, is full.',
      ['2018 past other «The direct»']],
    ['ru: a direct flight launched in March',
      'date: 2007-07-10\n\nПрямой рейс из Оша в Казань запустили в марте.',
      ['2007-03 past other «Прямой рейс»']],
    ['ru: charter flights in May',
      'date: 2020-06-10\n\nВ мае чартерные рейсы вывезли домой три тысячи студентов.',
      ['2020-05 past other «В мае»']],
    ['en: evacuation flights that started in April',
      'date: 2020-05-10\n\nThe first evacuation flights started in April.',
      ['2020-04 past other «The first»']],
    ['en: flights that could resume in August',
      'date: 2020-05-10\n\nRegular flights could resume in August, he said.',
      ['2020-08 planned other «Regular flights»']],
    ['en: a carrier that will resume flights from a day',
      'date: 2021-02-05\n\nUral Airlines will resume its flights between Yekaterinburg and Osh from April 2, the airline said.',
      ['2021-04-02 planned other «Ural Airlines»']],
    ['en: a route to be opened next month',
      'date: 2021-02-05\n\nA Kyrgyz carrier intends to open a Kazan–Bishkek route next month.',
      ['2021-03 planned other «A Kyrgyz»']],
    ['ru: a carrier that will start operating flights from a day',
      'date: 2021-02-05\n\nАвиакомпания «Ютэйр» с 3 апреля начнёт выполнять рейсы из Тюмени в Ош.',
      ['2021-04-03 planned other «Авиакомпания «Ютэйр»»']],
    ['ru: a new route launched in March',
      'date: 2021-05-05\n\nВ марте перевозчик запустил новый маршрут Сургут — Бишкек.',
      ['2021-03 past other «В марте»']],
  ] as const)('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it.each([
    ['en: a schedule is no event', 'date: 2020-05-10\n\nThe two airlines run direct flights three times a week.'],
    ['en: undated flights are none', 'date: 2020-05-10\n\nRegular flights between the cities run daily.'],
    ['ru: undated charter flights are none', 'date: 2020-05-10\n\nЧартерные рейсы летают полными.'],
    ['en: a route opened with no date of its own is none', 'date: 2020-05-10\n\nThe airline wants to open more routes to Central Asia.'],
  ] as const)('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});
