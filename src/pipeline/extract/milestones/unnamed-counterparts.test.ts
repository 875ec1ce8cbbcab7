import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('gatherings with counterparts left unnamed, and a cabinet meeting a speaker is quoted at, are no events of the two sides', () => {
  it.each([
    ['en: talks with potential investors', 'date: 2018-02-06\n\nNegotiations with potential investors are planned for the spring, the energy minister said.'],
    ['ru: «переговоры с потенциальными инвесторами»', 'date: 2018-02-06\n\nВо вторник министр провел переговоры с потенциальными инвесторами.'],
    ['ru: «ряд двусторонних встреч» on the sidelines', 'date: 2018-02-06\n\nВ кулуарах ярмарки в Оше вице-премьер намерен провести ряд двусторонних встреч, рассказали в министерстве.'],
    ['en: "a number of bilateral meetings" on the sidelines', 'date: 2018-02-06\n\nOn the sidelines of the forum the minister will also hold a number of bilateral meetings.'],
    ['ru: credentials from the ambassadors of several states', 'date: 2018-02-06\n\nВ четверг глава МИД получил копии верительных грамот у послов нескольких зарубежных стран.'],
    ['en: credentials from the ambassadors of several countries', 'date: 2018-02-06\n\nOn Tuesday the president accepted credentials from the ambassadors of several countries.'],
    ['en: quoted "at a cabinet meeting"', 'date: 2018-02-06\n\n"Prices will stay stable," the finance minister said at a cabinet meeting.'],
  ])('%s: no event', (_name, text) => {
    expect(run(text)).toEqual([]);
  });

  it.each([
    // A named counterpart keeps the meeting.
    ['en: "a number of bilateral meetings, including with" a named leader',
      'date: 2018-02-06\n\nOn the sidelines of the summit on Friday, the president will hold a number of bilateral meetings, including with Vladimir Putin.',
      ['2018-02-09 planned meeting «On the»']],
    ['en: talks with a Russian partner named',
      'date: 2018-02-06\n\nOn Monday the energy minister held talks with Gazprom chief executive Alexei Miller in Bishkek.',
      ['2018-02-05 past meeting «On Monday»']],
    ['ru: credentials of the Russian ambassador',
      'date: 2018-02-06\n\nВ четверг министр иностранных дел принял у нового посла России копии верительных грамот.',
      ['2018-02-01 past meeting «В четверг»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
