import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A deal told as agreed by the governments in the passive, with a date of its own, is the arrangement of that date;
// undated, it retells the deal and is no milestone.
describe('a deal agreed in the passive, dated', () => {
  it.each([
    ['en: "had been agreed by both cabinets in March 2030"',
      'date: 2031-04-16\n\nOn Tuesday the sides signed the documents on the pipeline. That deal had been agreed by both cabinets in March 2030.',
      ['2031-04-15 past agreement «On Tuesday»', '2030-03 past agreement «That deal»']],
    ['en: "was agreed by the two cabinets in March 2030"',
      'date: 2031-04-16\n\nThe accord was agreed by the two cabinets in March 2030.',
      ['2030-03 past agreement «The accord»']],
    ['ru: «Сделка была согласована правительствами … в марте 2030 года»',
      'date: 2031-04-16\n\nВо вторник стороны подписали документы о трубопроводе. Сделка была согласована правительствами двух стран в марте 2030 года.',
      ['2031-04-15 past agreement «Во вторник»', '2030-03 past agreement «Сделка была»']],
    // Negatives: undated, or agreed with no governing party or time after the verb.
    ['en: undated', 'date: 2031-04-16\n\nThe accord was agreed by the two cabinets.', []],
    ['ru: undated', 'date: 2031-04-16\n\nСделка была согласована сторонами.', []],
    ['ru: «согласована слишком быстро» is no dated arrangement', 'date: 2031-04-16\n\nЭксперты считают, что сделка была согласована слишком быстро.', []],
    ['en: "the deal was agreed upon" is no dated arrangement', 'date: 2031-04-16\n\nExperts say the deal was agreed upon too quickly.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
