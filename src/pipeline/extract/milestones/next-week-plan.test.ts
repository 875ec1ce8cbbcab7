import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// «на следующей неделе», «в следующем месяце» mark a plan as "next week" / "next month" do: a Russian perfective future
// («совершит», «проведёт») carries no other marker, and a week ahead may still fall in the article's own month.
describe('«на следующей неделе» and «в следующем месяце» tell a plan', () => {
  it.each([
    ['ru: a trip next week within the article’s month', 'date: 2023-03-10\n\nСвой первый визит министр совершит в Ташкент на следующей неделе.', 'planned'],
    ['ru: a session next month', 'date: 2023-03-10\n\nОчередное заседание комиссии в следующем месяце проведет вице-премьер.', 'planned'],
    ['en: "next week" as before', 'date: 2023-03-10\n\nThe minister makes his first trip to Tashkent next week.', 'planned'],
    ['ru: «на прошлой неделе» stays past', 'date: 2023-03-10\n\nСвой первый визит министр совершил в Ташкент на прошлой неделе.', 'past'],
    // "later this month" looks forward as "next month" does, with no verb of the future.
    ['en: "preparations for the state visit … later this month"', 'date: 2023-03-10\n\nThe talks are part of preparations for the president\'s state visit to Tashkent later this month.', 'planned'],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)[0]?.split(' ')[1]).toBe(want);
  });
});

// "when X last came to Osh", "last came in 2015": a past visit, as «последний раз … был в Оше» is.
describe('"last came" tells a past visit', () => {
  it.each([
    ['en: "last came" with a year', 'date: 2023-03-10\n\nSimilar pledges were made when the Russian premier last came in 2016.', ['2016 visit']],
    ['en: "last came to" a capital', 'date: 2023-03-10\n\nThe Russian premier last came to Bishkek in 2016.', ['2016 visit']],
    ['en: "the last came" is no visit', 'date: 2023-03-10\n\nTwo loans were granted by the bank; the last came in 2016.', []],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text).map((l) => `${l.split(' ')[0]} ${l.split(' ')[2]}`).filter((l) => l.endsWith('visit'))).toEqual(want);
  });
});

// «Сроки визита пока не определены»: the trip is a plan whose date is unknown, not an event of the article's day.
describe('dates told as not yet set tell a plan with no date', () => {
  it.each([
    ['ru: «сроки визита … не определены»', 'date: 2023-03-10\n\nСроки визита министра в Ташкент пока не определены.', 'null planned'],
    ['ru: «дата встречи ещё не согласована»', 'date: 2023-03-10\n\nДата встречи глав правительств ещё не согласована.', 'null planned'],
    ['ru: a trip with its dates set stays as told', 'date: 2023-03-10\n\nМинистр посетил Ташкент, сроки визита были согласованы заранее.', '2023-03-10 past'],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)[0]?.split(' ').slice(0, 2).join(' ')).toBe(want);
  });
});

// A gathering told as "also" after a plan of "later this month" is of that month too.
describe('"also" after a plan of "later this month"', () => {
  it('en: "will also host the summit"', () => {
    expect(milestoneLines('date: 2023-03-10\n\nThe talks are part of preparations for the president\'s state visit to Tashkent later this month. Tashkent will also host the summit.')).toEqual([
      '2023-03 planned visit «The talks»',
      '2023-03 planned summit «Tashkent will»',
    ]);
  });
});
