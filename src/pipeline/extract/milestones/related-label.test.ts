import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a bare "Related" or «По теме» label on its own line opens a list of links', () => {
  it.each([
    ['en: "Related" with dashed headlines under it',
      'date: 2009-04-03\n\nThe premiers met in Osh on Thursday.\n\nRelated\n- Russian Loan Raises Hopes\n- Air Base Decision Sparks Debate',
      ['2009-04-02 past meeting «The premiers»']],
    ['ru: «По теме» with headlines under it',
      'date: 2009-04-03\n\nВ четверг премьеры встретились в Оше.\n\nПо теме\nРоссийский кредит вселяет надежды\nПрезиденты подписали соглашение о базе',
      ['2009-04-02 past meeting «В четверг»']],
    ['en: "Related talks" opening a sentence is no label',
      'date: 2009-04-03\n\nThe premiers met in Osh on Thursday.\n\nRelated talks were held by the ministers in Moscow on Wednesday.',
      ['2009-04-02 past meeting «The premiers»', '2009-04-01 past meeting «Related talks»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
