import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A month later in the year than the article's, told with a verb of unrest or of judging it ('stormed', 'seized',
// 'described … as', «штурмовали», «охарактеризовал»): the month of the year before, a past event, not one to come.
describe('unrest and a judgement of it tell the past', () => {
  it.each([
    ['en: "stormed" and "described … as"',
      'date: 2031-03-10\n\nIn November, as crowds stormed the mayor\'s office in Talas, the ambassador described the events as a tragedy.',
      ['2030-11 past other «In November,»']],
    ['en: "stormed" alone',
      'date: 2031-03-10\n\nIn December protesters stormed the regional administration in Naryn.',
      ['2030-12 past other «In December»']],
    ['ru: «штурмовали»',
      'date: 2031-03-10\n\nВ ноябре демонстранты штурмовали здание администрации в Таласе.',
      ['2030-11 past other «В ноябре»']],
    // Negative: a month before the article's keeps its year.
    ['en: an earlier month of the same year',
      'date: 2031-03-10\n\nIn February protesters stormed the regional administration in Naryn.',
      ['2031-02 past other «In February»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
