import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** A base or facility renamed by a finite verb is a step of its own; a participle after a comma only describes it. */
describe('a facility rebranded or renamed', () => {
  it.each([
    ['en: "rebranded the old air base as a logistics hub" with its month',
      'date: 2031-03-14\n\nIn May 2029, the cabinet rebranded the old air base as a "logistics hub" and raised the fee.',
      ['2029-05 past other «In May»']],
    ['en: "was renamed a transit center in June"',
      'date: 2031-07-14\n\nInstead, the depot was renamed a transit center in June.',
      ['2031-06 past other «Instead, the»']],
    ['ru: «авиабазу переименовали в центр …» in May',
      'date: 2031-07-14\n\nВ мае старую авиабазу переименовали в центр транзитных перевозок.',
      ['2031-05 past other «В мае»']],
    // Negative: a participle after a comma only describes the facility.
    ['en: ", renamed a transit center," describes the hub', 'date: 2031-07-14\n\nThe hub, renamed a "Transit Center," stayed open.', []],
    ['ru: «база, переименованная в центр,» describes the base', 'date: 2031-07-14\n\nБаза, переименованная в центр транзитных перевозок, продолжила работу.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
