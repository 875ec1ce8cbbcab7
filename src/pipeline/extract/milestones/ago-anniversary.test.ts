import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// «Десять лет назад, <date>» in an article of that day-month, so many years on: the recalled event keeps
// its day and the article marks its anniversary; a count that disagrees with the years, a date of another
// month or a loose count marks nothing.
describe('an event told «N лет назад, <date>» on its anniversary', () => {
  it.each([
    ['ru: the article of the day ten years on marks the anniversary',
      'date: 2015-05-14\n\nДесять лет назад, 14 мая 2005 года, в Оше был открыт русский драматический театр.',
      ['2005-05-14 past other «Десять лет»', '2015-05-14 past anniversary «Десять лет»']],
    ['en: "twenty years ago, on <date>" in a piece two days later',
      'date: 2019-09-06\n\nTwenty years ago, on September 4, 1999, the university opened its doors to its first students.',
      ['1999-09-04 past other «on September»', '2019-09-04 past anniversary «on September»']],
    ['ru: a count that is not the years between the dates marks nothing',
      'date: 2015-05-14\n\nПять лет назад, 14 мая 2005 года, в Оше был открыт русский драматический театр.',
      ['2005-05-14 past other «Пять лет»']],
    ['en: a date of another month marks nothing',
      'date: 2019-11-20\n\nTwenty years ago, on September 4, 1999, the university opened its doors to its first students.',
      ['1999-09-04 past other «on September»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});

// "this year" ("last month") names only the year (month) of an anniversary the count dates more finely: by the
// founding's month (day) told later in the sentence, or by a day of that year in brackets.
describe('an anniversary of "this year" dated finer by its count', () => {
  it.each([
    ['en: "this year marks the 20th anniversary of the treaty … signed in June 1992" is of June',
      'date: 2012-02-14\n\nThe envoy noted that this year marks the 20th anniversary of the Treaty on Friendship, Cooperation and Mutual Assistance signed in June 1992.',
      '2012-06'],
    ['en: a day of that year in brackets after the anniversary',
      'date: 2012-10-02\n\nThe minister thanked his hosts for the events held this year to mark the 20th anniversary of diplomatic relations (20 March 2012).',
      '2012-03-20'],
    ['en: "last month … marked the 20th anniversary of relations, established on March 20, 1992" is of that day',
      'date: 2012-04-11\n\nThe envoy recalled that last month the two states marked the 20th anniversary of diplomatic relations, established on March 20, 1992.',
      '2012-03-20'],
    ['en: a founding of another month than "last month" leaves the month',
      'date: 2012-04-11\n\nThe envoy recalled that last month the two states marked the 20th anniversary of diplomatic relations, established on May 20, 1992.',
      '2012-03'],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text).filter((l) => l.includes(' anniversary ') && !l.startsWith('1992'))[0]?.slice(0, want.length + 1)).toBe(`${want} `);
  });
});
