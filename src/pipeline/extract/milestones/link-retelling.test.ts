import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a related-article link to another page of an occasion the body told is no second event', () => {
  it.each([
    ['en: "See also" a page of the same talks, dated the same day',
      'date: 2018-06-14\n\nTalks in Moscow\n\nVladimir Putin and Sooronbay Jeenbekov held talks in Moscow. The Kyrgyz President is in Russia on a working visit.\n\nJune 14, 2018\n\nAfter the talks the presidents signed a joint statement.\n\nSee also\nJoint news conference following Russian-Kyrgyz talks, June 14, 2018\n',
      ['2018-06-14 past meeting «Vladimir Putin»', '2018-06-14 past visit «The Kyrgyz»', '2018-06-14 past agreement «After the»']],
    ['ru: «Читайте также» a page of the same talks',
      'date: 2018-06-14\n\nВладимир Путин и Сооронбай Жээнбеков провели переговоры в Москве.\n\nЧитайте также:\nЗаявления для прессы по итогам российско-киргизских переговоров, 14 июня 2018 года\n',
      ['2018-06-14 past meeting «Владимир Путин»']],
    // A link to talks of another day is still an event of its own.
    ['en: a link to talks of another day stays',
      'date: 2018-06-14\n\nVladimir Putin and Sooronbay Jeenbekov held talks in Moscow.\n\nSee also\nRussian-Kyrgyz talks in Bishkek, March 2, 2018\n',
      ['2018-06-14 past meeting «Vladimir Putin»', '2018-03-02 past meeting «Russian-Kyrgyz talks»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
