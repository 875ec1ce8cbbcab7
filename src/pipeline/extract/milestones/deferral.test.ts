import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a deferral of loan repayments granted is a step of the lender', () => {
  it.each([
    ['ru: «фонд … предоставит отсрочку по выплатам фермерам» is a plan',
      'date: 2020-04-08\n\nФонд развития предоставит отсрочку по выплатам фермерам, получившим кредиты, на три месяца.',
      ['null planned other «Фонд развития»']],
    // "last week" from Wednesday 8 April 2020 ran from 30 March to 3 April: only its year is told.
    ['en: "granted farmers a three-month deferral on loan repayments last week"',
      'date: 2020-04-08\n\nThe fund granted farmers a three-month deferral on loan repayments last week.',
      ['2020 past other «The fund»']],
    ['ru: a deferral only asked for is no step',
      'date: 2020-04-08\n\nФермеры просят об отсрочке выплат по кредитам.',
      []],
    ['en: a deferral only named is no step',
      'date: 2020-04-08\n\nA deferral on repayments would help farmers.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
