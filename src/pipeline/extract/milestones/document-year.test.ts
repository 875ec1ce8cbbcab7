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
    ['ru: «согласовали график … на 1996 год»: a plan\'s period',
      'date: 1995-05-12\n\nВчера министры встретились в Оше и согласовали график консультаций на 1996 год.',
      ['1995-05-11 past meeting «Вчера министры»', '1995-05-11 past agreement «согласовали график»']],
    ['en: "a programme of … for 1996": a plan\'s period',
      'date: 1995-05-12\n\nOn Thursday the ministers met in Osh and signed a programme of cultural exchanges for 1996.',
      ['1995-05-11 past meeting «On Thursday»', '1995-05-11 past agreement «signed a»']],
    // Negative cases: the year a document was signed in, and «на» before a year with no «год».
    ['en: "scheduled for 1996" is when the gathering is due, not a schedule\'s period',
      'date: 1995-05-12\n\nThe next session of the intergovernmental commission is scheduled for 1996 in Osh.',
      ['1996 planned igc_session «The next»']],
    ['en: "signed … in 1993" is the signing\'s year',
      'date: 1995-05-12\n\nThe delegations recalled the protocol on grain deliveries signed in 1993.',
      ['1993 past agreement «The delegations»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
