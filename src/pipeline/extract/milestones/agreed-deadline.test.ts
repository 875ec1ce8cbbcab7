import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// «договорились о запуске … до конца года»: the year-end deadline belongs to what was agreed; the agreement is of the day told.
describe('a year-end deadline after a past verb of agreement', () => {
  it.each([
    ['ru: договорились о запуске до конца года', 'date: 2030-06-20\n\nКомпания и министерство договорились о запуске сервиса в Оше до конца года.', ['2030-06-20 past other «Компания и»']],
    ['en: agreed to launch by the end of the year', 'date: 2030-06-20\n\nThe company and the ministry agreed to launch the service in Osh by the end of the year.', ['2030-06-20 past other «The company»']],
    // Not an agreement told: the deadline dates the plan.
    ['en: will launch by the end of the year', 'date: 2030-06-20\n\nThe company will launch the service by the end of the year.', ['2030 planned other «The company»']],
    // The step agreed told as the plan itself (an infinitive the planned markers know): the deadline is the plan's date.
    ['ru: договорились открыть центр до конца года', 'date: 2030-06-20\n\nПо итогам визита компании договорились открыть сервисный центр в Оше до конца года.', ['2030 planned other «По итогам»']],
    ['en: agreed, with a year of its own', 'date: 2030-06-20\n\nThe company and the ministry agreed to launch the service in Osh by the end of 2031.', ['2030-06-20 past other «The company»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a gathering or a signing agreed by the year end keeps the deadline as its date', () => {
  it.each([
    ['en: agreed that the commission will meet before the end of the year', 'date: 2030-06-20\n\nThe ministers agreed that the intergovernmental commission will meet in Bishkek before the end of the year.', '2030 planned'],
    ['ru: договорились подписать меморандум до конца года', 'date: 2030-06-20\n\nМинистры договорились подписать меморандум до конца года.', '2030 planned'],
  ])('%s', (_name, text, want) => {
    expect(run(text)[0]?.startsWith(want)).toBe(true);
  });
});
