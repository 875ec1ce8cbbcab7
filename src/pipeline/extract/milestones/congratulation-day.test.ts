import { describe, expect, it } from 'vitest';
import { congratulationDay } from './congratulation-day';
import { milestoneLines } from './test-kit';

// Congratulations on an anniversary are sent on the day it is marked: a congratulation on an
// anniversary of the article's year, with no date of its own, is of the article's day; one told
// after an anniversary marked on a known day of the article's year is of that day.
describe('congratulations on an anniversary', () => {
  it.each([
    ['ru: «направил поздравительную телеграмму … в связи с N-летием» on the article day',
      'date: 2017-10-20\n\nПрезидент Иван Петров направил поздравительную телеграмму коллеге в связи с 25-летием установления дипломатических отношений между двумя странами.',
      ['2017-10-20 past anniversary «Президент Иван»', '1992-10-20 past anniversary «Президент Иван»']],
    ['en: "congratulated … on the Nth anniversary" on the article day',
      'date: 2017-10-20\n\nPresident Ivan Petrov congratulated his counterpart on the 25th anniversary of diplomatic relations between the two countries.',
      ['2017-10-20 past anniversary «President Ivan»', '1992-10-20 past anniversary «President Ivan»']],
    ['ru: a message sent after the anniversary day takes that day',
      'date: 2017\n\n20 октября исполняется 25 лет со дня установления дипломатических отношений между двумя странами. Посол Иван Петров направил поздравительное послание в министерство иностранных дел.',
      ['2017-10-20 past anniversary «20 октября»', '1992-10-20 past anniversary «20 октября»', '2017-10-20 past other «Посол Иван»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });

  it.each([
    // A date of its own, another year, no congratulation, an article day not known to the day.
    ['ru', 'поздравил с 25-летием', '2017', '2017-10-20', 1, null],
    ['ru', 'поздравил с 25-летием', '2016', '2017-10-20', 0, null],
    ['ru', 'отметили 25-летие', '2017', '2017-10-20', 0, null],
    ['en', 'congratulated on the 25th anniversary', '2017', '2017', 0, null],
    ['en', 'congratulated on the 25th anniversary', '2017', '2017-10-20', 0, '2017-10-20'],
  ] as const)('%s: «%s» counted to %s, article %s, %s own dates → %s', (lang, text, year, article, own, want) => {
    expect(congratulationDay(text, lang, year, article, own)).toBe(want);
  });
});
