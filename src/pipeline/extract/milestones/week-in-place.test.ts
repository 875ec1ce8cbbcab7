import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** "In <place> this week" after a visit to that place told with a day of the article's week: the visit's day. */
describe('«на этой неделе» / "this week" with the place of a visit told before', () => {
  it.each([
    ['en: «In Karakol this week» after the visit to Karakol on Tuesday',
      'date: 2031-05-08\n\nThe Russian prime minister\'s visit to Karakol on May 6 was brief.\n\nIn Karakol this week, Moscow wrote off $90 million that the lakeside power utility owed.',
      ['2031-05-06 past visit «The Russian»', '2031-05-06 past other «In Karakol»']],
    ['ru: «В Караколе на этой неделе» after the visit to Karakol',
      'date: 2031-05-08\n\nПремьер-министр России 6 мая прибыл в Каракол с визитом.\n\nВ Караколе на этой неделе стороны подписали меморандум о туризме.',
      ['2031-05-06 past visit «Премьер-министр России»', '2031-05-06 past agreement «В Караколе»']],
    // Negative: another place than the visit's keeps the week's month.
    ['en: «In Naryn this week» after a visit to Karakol',
      'date: 2031-05-08\n\nThe Russian prime minister\'s visit to Karakol on May 6 was brief.\n\nIn Naryn this week, Moscow wrote off $90 million that the lakeside power utility owed.',
      ['2031-05-06 past visit «The Russian»', '2031-05 past other «In Naryn»']],
    // Negative: a visit of an earlier week is not this week's.
    ['en: the visit a fortnight before',
      'date: 2031-05-22\n\nThe Russian prime minister\'s visit to Karakol on May 6 was brief.\n\nIn Karakol this week, Moscow wrote off $90 million that the lakeside power utility owed.',
      ['2031-05-06 past visit «The Russian»', '2031-05 past other «In Karakol»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
