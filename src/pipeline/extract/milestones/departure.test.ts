import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a leader flying home ends the visit: an event of its day', () => {
  it.each([
    ['en: "flies home today" after a signing yesterday',
      'date: 2004-03-11\n\nThe two presidents signed a treaty of alliance in the Kremlin yesterday. The Kyrgyz president flies home today.',
      ['2004-03-10 past agreement «The two»', '2004-03-11 past visit «The Kyrgyz»']],
    ['ru: «вылетел на родину» after talks yesterday',
      'date: 2004-03-11\n\nВчера президенты провели переговоры в Кремле. Сегодня президент Киргизии вылетел на родину.',
      ['2004-03-10 past meeting «Вчера президенты»', '2004-03-11 past visit «Сегодня президент»']],
    ['en: a worker who "flew home" tells no visit',
      'date: 2004-03-11\n\nThe two presidents signed a treaty in the Kremlin yesterday. Azamat, a 29-year-old builder, flew home from Moscow on Tuesday.',
      ['2004-03-10 past agreement «The two»']],
    ['ru: «рабочий вылетел домой» tells no visit',
      'date: 2004-03-11\n\nВчера президенты провели переговоры в Кремле. Азамат, строитель из Нарына, во вторник вылетел домой.',
      ['2004-03-10 past meeting «Вчера президенты»']],
    ['en: "home" alone is no event',
      'date: 2004-03-11\n\nThe two presidents signed a treaty in the Kremlin yesterday. Thousands of workers send money home every month.',
      ['2004-03-10 past agreement «The two»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
