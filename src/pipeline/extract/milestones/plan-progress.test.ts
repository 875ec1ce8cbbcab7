import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// «выполнены 9 из 15 пунктов дорожной карты», "7 of the 12 items of the road map have been fulfilled": progress of a
// plan, no event of its own.
describe('a count of a plan\'s items done', () => {
  it.each([
    ['en: "7 of the 12 items of the road map"',
      'date: 2018-10-02\n\nThe vice premiers held talks in Osh today. According to the minister, 7 of the 12 items of the road map have already been fulfilled.',
      ['2018-10-02 past meeting «The vice»']],
    ['ru: «9 из 15 пунктов дорожной карты»',
      'date: 2018-10-02\n\nСегодня вице-премьеры провели переговоры в Оше. По словам министра, уже выполнены 9 из 15 пунктов дорожной карты.',
      ['2018-10-02 past meeting «Сегодня вице-премьеры»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
