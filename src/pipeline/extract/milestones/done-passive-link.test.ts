import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A clause linked to the events before it («Кроме того», 'In addition') and told as done continues the last done
// event, not a plan told between them; a Russian short passive («подписаны», «заключено») tells it done.
describe('a done act linked past a plan', () => {
  it.each([
    ['ru: «Кроме того, подписаны два соглашения» after a plan',
      'date: 2031-05-10\n\nСтороны подписали соглашение о статусе базы. Документ вступит в силу в 2033 году.\n\nКроме того, подписаны два соглашения о поставках удобрений.',
      ['2031-05-10 past agreement «Стороны подписали»', '2033 planned agreement «Документ вступит»', '2031-05-10 past agreement «Кроме того,»']],
    ['ru: «Также заключено соглашение» after a plan',
      'date: 2031-05-10\n\nСтороны подписали соглашение о статусе базы. Документ вступит в силу в 2033 году.\n\nТакже заключено соглашение о поставках зерна.',
      ['2031-05-10 past agreement «Стороны подписали»', '2033 planned agreement «Документ вступит»', '2031-05-10 past agreement «Также заключено»']],
    ['en: "In addition, agreements … were signed" after a plan',
      'date: 2031-05-10\n\nThe sides signed an agreement on the base. The document will enter into force in 2033.\n\nIn addition, agreements on two dams were signed.',
      ['2031-05-10 past agreement «The sides»', '2033 planned agreement «The document»', '2031-05-10 past agreement «In addition,»']],
    // Negative: a future passive continues the plan.
    ['ru: «будут подписаны» continues the plan',
      'date: 2031-05-10\n\nСтороны подписали соглашение о статусе базы. Документ вступит в силу в 2033 году.\n\nКроме того, будут подписаны два соглашения о поставках удобрений.',
      ['2031-05-10 past agreement «Стороны подписали»', '2033 planned agreement «Документ вступит»', '2033 planned agreement «Кроме того,»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
