import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a date set right before «во время визита», "during the visit" dates another gathering', () => {
  it.each([
    ['ru: «в декабре прошлого года, во время визита …» after the day\'s trip',
      'date: 2005-10-24\n\nВчера президенты открыли в Оше новый центр. Путин прибыл в Ош. Решение о строительстве центра президенты приняли еще в декабре прошлого года, во время визита Владимира Путина в Бишкек.',
      ['2005-10-23 past other «Вчера президенты»', '2005-10-23 past visit «Путин прибыл»', '2004-12 past visit «Решение о»']],
    ['en: "in May, during the president\'s visit …" after the day\'s trip',
      'date: 2005-10-24\n\nThe presidents opened a new centre in Osh yesterday. Putin arrived in Osh. The decision to build it was taken in May, during the president\'s visit to Bishkek.',
      ['2005-10-23 past other «The presidents»', '2005-10-23 past visit «Putin arrived»', '2005-05 past visit «The decision»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it.each([
    ['ru: «во время визита» with no date before it still points back',
      'date: 2005-10-24\n\nВчера Путин прибыл в Бишкек с визитом. Во время визита президенты открыли в Оше новый центр.',
      ['2005-10-23 past visit «Вчера Путин»', '2005-10-23 past other «Во время»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
