import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('«прежде чем» is "before doing", not "earlier"; «проведём» is a plan', () => {
  it.each([
    ['ru: «Прежде чем открывать рынок, ведомство проведет инспекции» is a plan, not a step recalled',
      'date: 2014-08-12\n\nПрежде чем открывать рынок, ведомство проведет инспекции предприятий.',
      ['null planned other «Прежде чем»']],
    ['ru: «мы проведём инспекции» in a quote is a plan',
      'date: 2014-08-12\n\nГлава ведомства Сергей Данкверт вчера заявил, что заявки будут рассмотрены. "Прежде чем открывать рынок, мы проведем инспекции",— сказал он.',
      ['null planned other «"Прежде чем»', '2014-08-11 past statement «Глава ведомства»']],
    ['ru: «прежде всего» is "above all": a plan stays a plan',
      'date: 2014-08-12\n\nПрежде всего ведомство проведет инспекции предприятий.',
      ['null planned other «Прежде всего»']],
    ['ru: «Прежде ведомство проводило инспекции» is recalled',
      'date: 2014-08-12\n\nПрежде ведомство уже проводило инспекции предприятий.',
      ['null past other «Прежде ведомство»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
