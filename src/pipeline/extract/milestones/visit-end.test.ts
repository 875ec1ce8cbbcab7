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
