import { describe, expect, it } from 'vitest';
import { daysBeforeEnd } from './visit-end';
import { milestoneLines } from './test-kit';

// A stay of several days told by its last day begins N − 1 days before it.
describe('a stay of several days told by its end', () => {
  it.each([
    ['en', 'The minister wrapped up two days of talks in Kazan on Wednesday.', 1],
    ['en', 'The governor left Osh on Friday after a three-day visit.', 2],
    ['ru', 'Министр в среду завершил двухдневный визит в Казань.', 1],
    ['ru', 'Губернатор покинул Ош в пятницу после трехдневного визита.', 2],
    // No end told, or a signing told with it (the day told is the signing's), or a stay of one day.
    ['en', 'The minister began a two-day visit to Kazan on Wednesday.', 0],
    ['en', 'The governor left Osh on Friday after a one-day visit.', 0],
    ['ru', 'Министр в среду завершил двухдневный визит в Казань, где подписал соглашение.', 0],
  ] as const)('%s: «%s» → %i day(s) back', (lang, text, want) => {
    expect(daysBeforeEnd(text, lang, text)).toBe(want);
  });

  it.each([
    ['en: "left … on Friday after a two-day visit"',
      'date: 2019-06-14\n\nThe governor Ivan Petrov left Kazan on Friday after a two-day visit.',
      ['2019-06-13 past visit «The governor»']],
    ['ru: «завершил в среду двухдневный визит»',
      'date: 2019-06-12\n\nГубернатор Иван Петров завершил в среду двухдневный визит в Казань.',
      ['2019-06-11 past visit «Губернатор Иван»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});

// A trip told by the return home with a date of its own is of the month of that day; undated it only frames what follows.
describe('a trip told by the return home', () => {
  it.each([
    ['en: "returned from Moscow on Wednesday after two days of talks" is the month',
      'date: 2031-07-08\n\nThe prime minister returned from Moscow on Wednesday after two days of talks with his Russian counterpart.',
      ['2031-07 past visit «The prime»']],
    ['en: "returned from Moscow last week" is the month of last week',
      'date: 2031-03-14\n\nThe prime minister returned from Moscow last week with a promise of fuel supplies.',
      ['2031-03 past visit «The prime»']],
    ['ru: «вернулся из Москвы в субботу» is the month',
      'date: 2031-04-11\n\nПремьер-министр вернулся из Москвы в субботу с обещанием поставок топлива.',
      ['2031-04 past visit «Премьер-министр вернулся»']],
    // Negatives: undated, the return is no trip of its own; a return from no named place is none.
    ['ru: «вернулся из Москвы, где в прошлый четверг провел переговоры»: only the talks',
      'date: 2031-04-11\n\nПремьер-министр вернулся из Москвы, где в прошлый четверг провел переговоры с председателем правительства России.',
      ['2031-04-03 past meeting «где в»']],
    ['en: "returned from vacation on Monday" is no trip',
      'date: 2031-04-11\n\nThe prime minister returned from vacation on Monday.',
      []],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
