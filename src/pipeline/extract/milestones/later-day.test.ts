import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// The reporter's undated narrative belongs to the occasion the lead tells; when a sentence has since opened with a later day
// of that occasion («Во вторник …», "On Tuesday, …"), the narrative goes on with that day.
describe('undated narrative after a later day of the occasion goes on with that day', () => {
  it.each([
    ['en: "landed on Monday … On Tuesday, … held talks … The leaders opened schools"',
      'date: 2031-11-27\n\nA Russian delegation headed by the president reached Bishkek late on Monday, beginning a state visit of two days. On Tuesday, the two presidents held talks in the residence. The optics were carefully staged. The two leaders opened, via video link, three new schools.',
      ['2031-11-24 past visit «A Russian»', '2031-11-25 past meeting «On Tuesday,»', '2031-11-25 past other «The two»']],
    ['ru: «прибыл в среду … В четверг состоялись переговоры. По итогам … Министры подписали …»',
      'date: 2031-12-06\n\nПрезидент России прибыл в Бишкек в среду вечером. В четверг в резиденции состоялись переговоры президентов. По итогам переговоров главы государств подписали декларацию. Министры обороны подписали протокол о базе.',
      ['2031-12-03 past visit «Президент России»', '2031-12-04 past meeting «В четверг»', '2031-12-04 past agreement «По итогам»', '2031-12-04 past agreement «Министры обороны»']],
    ['negative: a later day told in passing after «;» moves nothing',
      'date: 2031-08-02\n\nВ прошлый четверг в Кремле президенты подписали декларацию о дружбе. Визит продлился два дня; в пятницу президент встретился также с министром. Для президента России это первые переговоры с коллегой в таком формате.',
      ['2031-07-31 past agreement «В прошлый»', '2031-07-31 past visit «Визит продлился»', '2031-08-01 past meeting «в пятницу»', '2031-07-31 past meeting «Для президента»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
