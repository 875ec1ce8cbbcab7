import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a company’s purchase completed, and a plant or station to open, are milestones', () => {
  it.each([
    ['ru: «завершил покупку …», dated by «сообщила вчера»',
      'date: 2031-04-16\n\nРоссийская компания завершила покупку 51% акций киргизского банка, сообщила вчера пресс-служба.',
      ['2031-04-15 past other «Российская компания»']],
    ['ru: «закрыла сделку по приобретению …»',
      'date: 2031-04-16\n\nВ марте российская компания закрыла сделку по приобретению завода в Токмоке.',
      ['2031-03 past other «В марте»']],
    ['en: "completed the acquisition of …"',
      'date: 2031-04-16\n\nThe Russian company completed the acquisition of a Kyrgyz bank on Monday.',
      ['2031-04-14 past other «The Russian»']],
    ['ru: «в мае откроется станция …» is an opening to come',
      'date: 2031-04-16\n\nКак сообщили в компании, в мае в Токмоке откроется новая заправочная станция.',
      ['2031-05 planned other «Как сообщили»']],
    ['ru: «откроется завод» is an opening to come',
      'date: 2031-04-16\n\nВ сентябре в Чуйской области откроется совместный завод по сборке тракторов.',
      ['2031-09 planned other «В сентябре»']],
    // Negative: a purchase only planned or a business closed is no completed deal.
    ['ru: «завершил работу» is no purchase',
      'date: 2031-04-16\n\nВчера банк завершил работу над отчетом.',
      []],
    ['en: "completed the construction" is no acquisition (it is a construction completed)',
      'date: 2031-04-16\n\nThe contractor completed the construction of the depot.',
      ['2031-04-16 past other «The contractor»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
