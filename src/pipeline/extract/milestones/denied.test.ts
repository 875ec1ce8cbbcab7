import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a gathering told as not happening is no milestone', () => {
  it.each([
    ['ru: «встреча … не планируется» at a summit',
      'date: 2011-04-02\n\nСаммит ШОС пройдет 15 июня в Астане. Отдельная встреча Медведева и Отунбаевой там не планируется.',
      ['2011-06-15 planned summit «Саммит ШОС»']],
    ['ru: «отдельные переговоры … не планировались»',
      'date: 2011-04-02\n\nВ Кремле уточнили, что отдельные переговоры с киргизским лидером не планировались.',
      []],
    ['ru: «отдельной встречи … не было»',
      'date: 2011-04-02\n\nВ марте в Москве прошел саммит СНГ. Отдельной встречи президентов на полях саммита не было.',
      ['2011-03 past summit «В марте»']],
    ['ru: a meeting that took place stays',
      'date: 2011-04-02\n\nВ марте в Москве прошел саммит СНГ. На полях саммита президенты провели отдельную встречу.',
      // On the sidelines of the March summit: the summit's month.
      ['2011-03 past summit «В марте»', '2011-03 past meeting «На полях»']],
    ['en: "No formal meeting took place between"',
      'date: 2011-04-02\n\nThe SCO summit opened in Astana on Friday. No formal meeting took place between the Kyrgyz and Uzbek presidents.',
      ['2011-04-01 past other «The SCO»']],
    ['en: "a bilateral meeting is not planned"',
      'date: 2011-04-02\n\nThe CSTO summit will be held in Minsk on May 20. A bilateral meeting of the two presidents is not planned there.',
      ['2011-05-20 planned summit «The CSTO»']],
    ['en: a meeting held "not far from" the venue stays',
      'date: 2011-04-02\n\nThe two presidents met on Friday at a residence not far from Bishkek.',
      ['2011-04-01 past meeting «The two»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
