import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/**
 * A government, a commission or a board approving a programme, a plan, a list or a decision is an event of its day
 * (lexicon 'approval'), counted only with a date of its own in its clause. Every text is invented.
 */
describe('a body approved a programme, a plan or a decision', () => {
  it.each([
    ['ru: «24 мая Кабинет министров утвердил план …»',
      'date: 2031-06-10\n\nНапомним, 24 мая Кабинет министров утвердил план по ремонту школ на третий квартал.',
      ['2031-05-24 past other «Напомним, 24»']],
    ['ru: «в марте правительство одобрило программу …»',
      'date: 2031-06-10\n\nВ марте правительство республики одобрило программу развития пригородных автобусов.',
      ['2031-03 past other «В марте»']],
    ['ru: «решение … совет фонда одобрил в прошлую пятницу»: the object first',
      'date: 2031-06-10\n\nПо его словам, соответствующее решение правление банка одобрило в прошлую пятницу.',
      ['2031-06-06 past other «По его»']],
    ['ru: «комиссия одобрила список товаров» on a day',
      'date: 2031-06-10\n\nРанее, 2 июня, таможенная комиссия одобрила список товаров с пониженными ставками.',
      ['2031-06-02 past other «Ранее, 2»']],
    ['en: "the Cabinet had approved a programme … in May"',
      'date: 2031-06-10\n\nHe said the Cabinet had approved a programme of state support for bus makers in May.',
      ['2031-05 past other «He said»']],
  ] as const)('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it.each([
    ['ru: undated, a programme approved is no event', 'date: 2031-06-10\n\nПравительство одобрило программу развития пригородных автобусов.'],
    ['ru: «одобрил идею»: no document approved', 'date: 2031-06-10\n\nВ марте мэр одобрил идею нового парка.'],
  ] as const)('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});
