import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('an intention stated with a date to come is a planned step', () => {
  it.each([
    ['ru: «ВМФ намерен в будущем году увеличить заказы»',
      'date: 2031-10-23\n\nПрезиденты провели переговоры в Бишкеке. Министр обороны России Сергей Иванов сообщил журналистам, что российский ВМФ намерен в будущем году увеличить заказы на продукцию завода.',
      ['2031-10-23 past meeting «Президенты провели»', '2032 planned other «Министр обороны»']],
    ['en: "the Navy intends to increase orders … next year"',
      'date: 2031-10-23\n\nThe presidents held talks in Bishkek. Defence Minister Sergei Ivanov told reporters the Russian Navy intends to increase orders for the plant next year.',
      ['2031-10-23 past meeting «The presidents»', '2032 planned other «Defence Minister»']],
    // Negative: an intention with no date of its own is not placed.
    ['ru: «намерен увеличить заказы» with no date',
      'date: 2031-10-23\n\nПрезиденты провели переговоры в Бишкеке. Министр сообщил, что российский ВМФ намерен увеличить заказы на продукцию завода.',
      ['2031-10-23 past meeting «Президенты провели»']],
    ['en: "intends to increase orders" with no date',
      'date: 2031-10-23\n\nThe presidents held talks in Bishkek. The minister said the Russian Navy intends to increase orders for the plant.',
      ['2031-10-23 past meeting «The presidents»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
