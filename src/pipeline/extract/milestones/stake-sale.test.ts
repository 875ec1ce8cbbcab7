import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A sale of a stake completed is a company deal, as a purchase completed is.
describe('a stake sale completed', () => {
  it.each([
    ['en: completed the sale of its stake', 'date: 2030-06-20\n\nThe group has completed the sale of its 50.1 percent stake in the operator to the state, the company said today.', ['2030-06-20 past other «The group»']],
    ['ru: завершила продажу доли', 'date: 2030-06-20\n\nГруппа завершила продажу своей доли в операторе государству.', ['2030-06-20 past other «Группа завершила»']],
    ['ru: закрыл сделку по продаже акций', 'date: 2030-06-20\n\nХолдинг закрыл сделку по продаже 51% акций банка.', ['2030-06-20 past other «Холдинг закрыл»']],
    // Not a deal: a sale only planned with no date of its own.
    ['en: may sell its stake', 'date: 2030-06-20\n\nThe group might sell its stake in the operator.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
