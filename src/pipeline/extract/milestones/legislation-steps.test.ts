import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A chamber's own steps on a law told beside the ratification: a reading told before the bill, amendments considered.
describe('a chamber’s step on a law, the reading or the amendments named first', () => {
  it.each([
    ['ru: the reading named before the bill («одобрили во втором чтении поправки …»)',
      'date: 2011-04-15\n\nВчера парламент ратифицировал соглашение с Россией о туризме. 12 апреля парламентарии одобрили во втором чтении поправки в Налоговый кодекс.',
      ['2011-04-14 past agreement «Вчера парламент»', '2011-04-12 past other «12 апреля»']],
    ['ru: «а также рассмотрели поправки в закон о бюджете»',
      'date: 2011-04-15\n\nСенаторы одобрили закон о ратификации соглашения с Россией о туризме, а также рассмотрели поправки в закон о бюджете на 2011 год.',
      ['2011-04-15 past agreement «Сенаторы одобрили»', '2011-04-15 past other «а также»']],
    // A constitution adopted by parliament is a chamber's step as a law is.
    ['en: "parliament adopted a new version of the Constitution"',
      'date: 2011-04-15\n\nOn April 12 the parliament adopted a new version of the Constitution.',
      ['2011-04-12 past other «On April»']],
    ['ru: «парламент принял новую Конституцию»',
      'date: 2011-04-15\n\n12 апреля парламент принял новую Конституцию.',
      ['2011-04-12 past other «12 апреля»']],
    // Negative: amendments only named are no step.
    ['ru: amendments proposed by a minister',
      'date: 2011-04-15\n\nСенаторы одобрили закон о ратификации соглашения с Россией о туризме. Министр предложил поправки к закону о бюджете.',
      ['2011-04-15 past agreement «Сенаторы одобрили»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
