import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('the year a document is for does not date its signing', () => {
  it.each([
    ['en: "an agreement on … for 1995", the year of the article',
      'date: 1995-05-12\n\nOn Thursday the ministers met in Bishkek. They signed an agreement on the supply of grain for 1995.',
      ['1995-05-11 past meeting «On Thursday»', '1995-05-11 past agreement «They signed»']],
    ['ru: «протокол о … на 1996 год»',
      'date: 1995-05-12\n\nДелегации подписали протокол о поставках зерна и топлива на 1996 год.',
      ['1995-05-12 past agreement «Делегации подписали»']],
    // Negative cases: the year a document was signed in, and «на» before a year with no «год».
    ['en: "signed … in 1993" is the signing\'s year',
      'date: 1995-05-12\n\nThe delegations recalled the protocol on grain deliveries signed in 1993.',
      ['1993 past agreement «The delegations»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
