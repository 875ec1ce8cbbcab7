import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// «Накануне министр заявил, что посетит Ош», 'said on Monday that he will visit Osh': a day told before the verb of saying
// dates the telling; the plan in what was said is planned, with no date of its own yet.
describe('a plan told in what was said, with the day of the telling only', () => {
  it.each([
    ['en: "said on <weekday> that he will visit"',
      'date: 2031-11-05\n\nOn Monday the minister said that he will visit Tashkent.',
      ['null planned visit «On Monday»']],
    ['ru: «Накануне … заявил, что … совершит визит»',
      'date: 2031-11-01\n\nНакануне на брифинге в Оше министр заявил, что свою первую зарубежную поездку совершит в Россию.',
      ['null planned visit «Накануне на»']],
    ['ru: «в понедельник сообщил, что посетит»',
      'date: 2031-11-05\n\nВ понедельник губернатор сообщил, что посетит Бишкек.',
      ['null planned visit «В понедельник»']],
    // Negative: a date of the plan's own after the verb dates the plan.
    ['en: the plan\'s own date after the verb of saying',
      'date: 2031-11-05\n\nOn Monday the minister said that he will visit Tashkent on November 20.',
      ['2031-11-20 planned visit «On Monday»']],
    // Negative: a past event told in what was said keeps the day of the telling, as before.
    ['en: a past event in what was said keeps the day',
      'date: 2031-11-05\n\nOn Monday the minister said that the talks in Osh had been useful.',
      ['2031-11-03 past meeting «On Monday»']],
    // Negative: no verb of saying between the day and the event: the event's own day.
    ['en: a visit of the day told',
      'date: 2031-11-05\n\nOn Monday the minister visited Tashkent.',
      ['2031-11-03 past visit «On Monday»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
