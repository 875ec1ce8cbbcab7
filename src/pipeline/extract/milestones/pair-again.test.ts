import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('the pair of the event just told, named again as the subject', () => {
  it.each([
    ['en: "The two leaders discussed …" goes on with a visit of a day told before',
      'date: 2031-05-20\n\nThe Russian premier visited Osh on 12 May, where he held talks with his Kyrgyz counterpart. The two leaders discussed a new bridge and signed a road protocol.',
      ['2031-05-12 past visit «The Russian»', '2031-05-12 past meeting «where he»', '2031-05-12 past agreement «signed a»']],
    ['ru: «Оба премьера подписали …» after talks of a day told before',
      'date: 2031-05-20\n\nПремьер-министры двух стран провели переговоры в Оше 12 мая. Оба премьера подписали протокол о строительстве моста.',
      ['2031-05-12 past meeting «Премьер-министры двух»', '2031-05-12 past agreement «Оба премьера»']],
    // Kept: an event dated only by its month is coarser than the article's day, which dates the step.
    ['en: a month-dated event before does not take the article day\'s step',
      'date: 2031-05-20\n\nIn May the premier was received by the president. The two ministers signed a road protocol.',
      ['2031-05 past meeting «In May»', '2031-05-20 past agreement «The two»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
