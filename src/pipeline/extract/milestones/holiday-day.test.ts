import { describe, expect, it } from 'vitest';
import { holidayDay } from './holiday-day';
import { milestoneLines as run } from './test-kit';

// A gathering dated only by its month, told with a holiday of a fixed day that month ('the Victory Day parade', «в День
// памяти и скорби»): the holiday's day.
describe('a month-only gathering on a holiday of a fixed day', () => {
  it.each([
    ['en: "in May, when he attended the Victory Day parade"', '2030-05', 'The governor last met the minister in May, when he attended the Victory Day parade in Minsk.', 'en', '2030-05-09'],
    ['ru: «в мае на параде Победы»', '2030-05', 'Губернатор встречался с министром в мае на параде Победы в Минске.', 'ru', '2030-05-09'],
    ['ru: «в июне, в День памяти и скорби»', '2030-06', 'В июне, в День памяти и скорби, послы возложили венки.', 'ru', '2030-06-22'],
    // Negatives: another month, a day already told, a war named without its holiday.
    ['en: another month keeps its month', '2030-04', 'In April the veterans spoke of the Victory Day parade to come.', 'en', null],
    ['en: a day already told', '2030-05-03', 'On May 3 the committee planned the Victory Day parade.', 'en', null],
    ['en: the war named, no holiday', '2030-05', 'In May the museum opened a hall on the Great Patriotic War.', 'en', null],
  ])('%s', (_name, date, text, lang, want) => {
    expect(holidayDay(date, text, text.toLowerCase(), lang as 'en' | 'ru')).toBe(want);
  });

  it.each([
    ['en: the meeting at the parade takes the holiday\'s day',
      'date: 2030-10-02\n\nThe premier held talks with the governor in Osh on Tuesday.\n\nThe two last met in Moscow in May, when they attended the Victory Day parade.',
      ['2030-10-01 past meeting «The premier»', '2030-05-09 past meeting «The two»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
