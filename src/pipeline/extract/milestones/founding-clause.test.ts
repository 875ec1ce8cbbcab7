import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('the founding an anniversary implies takes the relative clause that tells its year as its quote', () => {
  it.each([
    ['ru: «, которые были установлены в …» after the count',
      'date: 2012-03-20\n\nСегодня две страны отмечают 20-летие дипломатических отношений, которые были установлены ещё в 1992 году.',
      ['2012-03-20 past anniversary «Сегодня две»', '1992-03-20 past anniversary «которые были»']],
    ['en: ", which were established in …" after the count',
      'date: 2012-03-20\n\nThis spring the two countries celebrate the 20th anniversary of diplomatic relations, which were established in 1992.',
      ['2012-03-20 past anniversary «This spring»', '1992-03-20 past anniversary «which were»', '1992 past other «which were»']],
    ['ru: without such a clause the founding keeps the anniversary\'s quote',
      'date: 2012-03-20\n\nВ эти дни Бишкек и Москва празднуют 20-летие дипломатических отношений, которые сегодня крепки как никогда.',
      ['2012-03-20 past anniversary «В эти»', '1992-03-20 past anniversary «В эти»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
