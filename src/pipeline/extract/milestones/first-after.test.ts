import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** «первый … после <события> в <месяце>», "first … after <event> in <month>": the event counted from is past. */
describe('the month of an event a first step counts from', () => {
  it.each([
    ['ru: «первый визит … после ее инаугурации в ноябре» in February',
      'date: 2031-02-27\n\nВ пятницу губернатор Анна Соколова провела в Казани переговоры. Это первый рабочий визит Соколовой в Минск после ее инаугурации в ноябре.',
      ['2031-02-21 past meeting «В пятницу»', '2030-11 past other «Это первый»']],
    ['en: "his first trip abroad after his inauguration in December" in February',
      'date: 2031-02-27\n\nThe president held talks on Friday. It is his first trip abroad after his inauguration in December.',
      ['2031-02-21 past meeting «The president»', '2030-12 past other «It is»']],
    // Negative: a plan after an event of a later month keeps the article's year.
    ['ru: «посетит Минск после выборов в декабре»',
      'date: 2031-02-27\n\nПрезидент посетит Минск после выборов в декабре.',
      ['2031-12 planned visit «Президент посетит»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
