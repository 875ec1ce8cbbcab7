import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// Talks held "On the sidelines," («На полях этого саммита») of a gathering told before are of its day, though they
// name a counterpart of their own; the gathering's host of the year ('hosted this year by') is no event of that year.
describe('talks on the sidelines of a gathering told before', () => {
  it.each([
    ['en: "On the sidelines," after a summit of last Friday',
      'date: 2031-05-10\n\nThe presidents gathered in Osh last Friday for a regional summit of the Collective Security Treaty Organisation. On the sidelines, the Russian leader had a private meeting with the Kyrgyz president.',
      ['2031-05-02 past summit «The presidents»', '2031-05-02 past meeting «On the»']],
    ['en: "hosted this year by" is no summit of the year',
      'date: 2031-05-10\n\nThe presidents gathered in Osh last Friday for a regional summit of the Collective Security Treaty Organisation (CSTO), hosted this year by Tajikistan. On the sidelines, the Russian leader had a private meeting with the Kyrgyz president.',
      ['2031-05-02 past summit «The presidents»', '2031-05-02 past meeting «On the»']],
    ['ru: «На полях этого саммита» after a summit of last Friday',
      'date: 2031-05-10\n\nЛидеры собрались в Оше в прошлую пятницу на саммит ОДКБ. На полях этого саммита президенты России и Киргизии провели двустороннюю встречу.',
      ['2031-05-02 past summit «Лидеры собрались»', '2031-05-02 past meeting «На полях»']],
    // Negatives: a plan told before is no occasion the talks were held on.
    ['en: "On the sidelines," after a plan only',
      'date: 2031-05-10\n\nThe leaders will gather in Osh next week for a summit. On the sidelines, the Russian leader had a private meeting with the Kyrgyz president.',
      ['2031-05 planned summit «The leaders»', '2031-05-10 past meeting «On the»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
