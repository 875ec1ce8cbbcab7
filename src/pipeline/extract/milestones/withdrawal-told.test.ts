import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// Forces or border guards told as leaving the country, and the outposts they guarded handed over, are the withdrawal
// of forces (knowledge/event-lexicon.json, trigger 'withdrawal'); a future verb («покинут») marks the plan.
describe('forces leaving the country, outposts handed over', () => {
  it.each([
    ['ru: «последние российские пограничники покинут республику до конца года»',
      'date: 1999-07-20\n\nПоследние российские пограничники покинут республику до конца года.',
      ['1999 planned other «Последние российские»']],
    ['ru: «Оставшиеся заставы, по словам представителя ведомства, будут переданы до конца года»',
      'date: 1999-07-20\n\nОставшиеся заставы, по словам представителя ведомства, будут переданы до конца года.',
      ['1999 planned other «Оставшиеся заставы,»']],
    ['en: "the last Russian border guards will leave the country by the end of the year"',
      'date: 1999-07-20\n\nThe last Russian border guards will leave the country by the end of the year.',
      ['1999 planned other «The last»']],
    ['ru: «российские военнослужащие покинули республику в 1999 году»',
      'date: 2005-07-20\n\nРоссийские военнослужащие покинули республику в 1999 году.',
      ['1999 past other «Российские военнослужащие»']],
    // Negative: others leaving the country, outposts built.
    ['ru: migrants leaving the country are no withdrawal', 'date: 1999-07-20\n\nВ прошлом году республику покинули 30 тысяч мигрантов.', []],
    ['en: migrants leaving the country are no withdrawal', 'date: 1999-07-20\n\nThousands of migrants left the country last year.', []],
    ['ru: outposts built are no handover', 'date: 1999-07-20\n\nНовые заставы были построены в прошлом году.', []],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
