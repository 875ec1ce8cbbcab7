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
    // Flights that begin or resume, links restored or barred, a carrier admitted to fly: each dated by its own day.
    ['ru: «Рейсы … начнутся с …»',
      'date: 2021-05-05\n\nРейсы из Тюмени в Ош начнутся с 1 июня.',
      ['2021-06-01 planned other «Рейсы из»']],
    ['ru: «С … возобновятся полеты …»',
      'date: 2021-05-05\n\nС 10 июня возобновятся полеты в Караганду.',
      ['2021-06-10 planned other «С 10»']],
    ['ru: «сообщение восстановлено с …»',
      'date: 2021-05-05\n\nС Грузией сообщение восстановлено с 2 мая.',
      ['2021-05-02 past other «С Грузией»']],
    ['ru: «с … начинает выполнять рейсы»',
      'date: 2021-05-05\n\nПеревозчик с 12 мая начинает выполнять рейсы из Оша в Самару.',
      ['2021-05-12 planned other «Перевозчик с»']],
    ['ru: «с июня планирует запустить рейсы»',
      'date: 2021-05-05\n\nДругая авиакомпания с июля планирует запустить рейсы Казань - Ош.',
      ['2021-07 planned other «Другая авиакомпания»']],
    ['ru: «закрыты для полетов» from a day',
      'date: 2021-05-05\n\nС 3 марта закрыты для полетов четыре аэропорта на юге страны.',
      ['2021-03-03 past other «С 3»']],
    ['ru: a carrier «получила допуск … на полеты»',
      'date: 2021-05-05\n\nВ понедельник киргизская авиакомпания получила допуск авиавластей на полеты в Пермь.',
      ['2021-05-03 past other «В понедельник»']],
    ['ru: «открытие рейса … состоялось» with its day',
      'date: 2021-05-05\n\nОткрытие рейса Томск - Ош состоялось 3 мая.',
      ['2021-05-03 past other «Открытие рейса»']],
    ['ru: «ограничения на полеты … продлены до …»',
      'date: 2021-05-05\n\nОграничения на полеты в Египет продлены до 1 июня.',
      ['2021-06-01 planned other «Ограничения на»']],
    ['ru: restrictions on flights to a place, described by a participle with their start',
      'date: 2021-05-05\n\nОграничения на полеты в Египет, действующие с 3 апреля, остаются в силе.',
      ['2021-04-03 past other «Ограничения на»']],
    ['en: a plan to open flights told in what was said has the plan\'s own day',
      'date: 2021-05-05\n\nThe airline announced last week that it will open Osh - Ufa flights from June 15.',
      ['2021-06-15 planned other «The airline»']],
  ] as const)('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it.each([
    ['en: a schedule is no event', 'date: 2020-05-10\n\nThe two airlines run direct flights three times a week.'],
    ['en: undated flights are none', 'date: 2020-05-10\n\nRegular flights between the cities run daily.'],
    ['ru: undated charter flights are none', 'date: 2020-05-10\n\nЧартерные рейсы летают полными.'],
    ['en: a route opened with no date of its own is none', 'date: 2020-05-10\n\nThe airline wants to open more routes to Central Asia.'],
    ['ru: undated restrictions on flights are none', 'date: 2020-05-10\n\nОграничения на полеты в Египет пока сохраняются.'],
    ['ru: a permit to fly with no date is none', 'date: 2020-05-10\n\nАвиакомпания получила разрешение на полеты в Пермь.'],
    // Flights or a route opened are flights (dated), not the opening of a facility: with no date of their own, none.
    // Flights told as operated in the present are a schedule, even in a season named.
    ['ru: «этим летом выполняются чартерные рейсы» is a schedule', 'date: 2020-05-10\n\nИз Томска в Каракол этим летом выполняются чартерные рейсы.'],
    ['ru: «прямые рейсы летают» is a schedule', 'date: 2020-05-10\n\nВ мае прямые рейсы летают три раза в неделю.'],
    ['ru: «Ранее … открыла рейсы» with no date is none', 'date: 2020-05-10\n\nРанее авиакомпания открыла рейсы из Томска в Ош.'],
  ] as const)('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});

/** A presentation held (lexicon 'presentation', dated): an occasion of its own when its day is told. */
describe('a presentation held', () => {
  it.each([
    ['ru: «Презентация … прошла вчера»',
      'date: 2021-05-05\n\nПрезентация нового рейса из Томска прошла вчера в Караколе.',
      ['2021-05-04 past other «Презентация нового»']],
    ['en: "the presentation … took place on Monday"',
      'date: 2021-05-05\n\nThe presentation of the new Tomsk route took place in Karakol on Monday.',
      ['2021-05-03 past other «The presentation»']],
    // A product, a card or a book told as presented in a named place, with a day of its own.
    ['en: "the first joint cards were presented in Karakol on Monday"',
      'date: 2021-05-05\n\nThe first joint payment cards were presented in Karakol on Monday.',
      ['2021-05-03 past other «The first»']],
  ] as const)('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it.each([
    ['ru: an undated presentation is none', 'date: 2021-05-05\n\nПрезентация проекта прошла успешно.'],
    ['en: findings "presented at the ministry" with no place named are none', 'date: 2021-05-05\n\nThe findings were presented at the ministry.'],
  ] as const)('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});
