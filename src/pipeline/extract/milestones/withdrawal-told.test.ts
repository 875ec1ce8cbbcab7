import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// Forces or border guards told as leaving the country, and the outposts they guarded handed over, are the withdrawal
// of forces (knowledge/event-lexicon.json, trigger 'withdrawal'); a future verb («покинут») marks the plan.
describe('forces leaving the country, outposts handed over', () => {
  it.each([
    ['ru: «оставшиеся российские пограничники покинут страну до конца года»',
      'date: 2002-03-14\n\nОставшиеся российские пограничники покинут страну до конца года.',
      ['2002 planned other «Оставшиеся российские»']],
    ['ru: «Две последние заставы, как уточнили в штабе, будут переданы …»',
      'date: 2002-03-14\n\nДве последние заставы, как уточнили в штабе, будут переданы местным пограничникам до конца года.',
      ['2002 planned other «Две последние»']],
    ['en: "all Russian servicemen will leave the republic by the end of the year"',
      'date: 2002-03-14\n\nAll Russian servicemen will leave the republic by the end of the year.',
      ['2002 planned other «All Russian»']],
    ['ru: «российские пограничники покинули страну в 2001 году»',
      'date: 2008-02-11\n\nРоссийские пограничники покинули страну в 2001 году.',
      ['2001 past other «Российские пограничники»']],
    // Negative: others leaving the country, outposts built.
    ['ru: seasonal workers leaving the country are no withdrawal', 'date: 2002-03-14\n\nВ прошлом месяце страну покинули 12 тысяч сезонных рабочих.', []],
    ['en: students leaving the republic are no withdrawal', 'date: 2002-03-14\n\nHundreds of students left the republic last month.', []],
    ['ru: outposts built are no handover', 'date: 2002-03-14\n\nТри новые заставы были построены на перевале прошлой осенью.', []],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
