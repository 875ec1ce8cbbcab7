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

describe('a stake or a company bought is a milestone; goods or citizenship acquired are not', () => {
  it.each([
    ['ru: «приобрела 75% акций» with its year',
      'date: 2031-04-16\n\nВ 2029 году российская компания приобрела 75% акций киргизского цементного завода.',
      ['2029 past other «В 2029»']],
    ['ru: «с момента приобретения в 2027 году 100% …»',
      'date: 2031-04-16\n\nС момента приобретения в 2027 году 100% акций завода компания вложила в него 40 млн долларов.',
      ['2027 past other «С момента»']],
    ['ru: «выкупил у государства» a company',
      'date: 2031-04-16\n\nВ 2027 году холдинг за $1 выкупил у государства местную сеть заправок.',
      ['2027 past other «В 2027»']],
    ['en: "took a controlling stake" last year',
      'date: 2031-04-16\n\nThe state fund took a controlling stake in the Osh dairy plant last year.',
      ['2030 past other «The state»']],
    // Control of a company or a mine taken is its takeover; a date inside a relative clause after it dates the deal's past.
    ['en: "formally took control of the national gas company on Tuesday"',
      'date: 2031-04-16\n\nThe Russian holding formally took control of the national gas company on Tuesday.',
      ['2031-04-15 past other «The Russian»']],
    ['en: ", completing a deal that was first floated five years ago" is no second item of a list',
      'date: 2031-04-16\n\nThe Russian holding formally took control of the national gas company on Tuesday, completing a deal that was first floated five years ago.',
      ['2031-04-15 past other «The Russian»']],
    ['en: "took temporary control of the mine" a day after',
      'date: 2031-04-16\n\nThe president spoke on Tuesday, a day after his government took temporary control of the gold mine.',
      ['2031-04-14 past other «a day»']],
    // Negative: goods, citizenship and a situation.
    ['en: "took control of the situation" is no takeover',
      'date: 2031-04-16\n\nOn Monday the police took control of the situation in the capital.',
      []],
    ['ru: «приобрела технику» is no acquisition of a company',
      'date: 2031-04-16\n\nВ 2029 году компания приобрела новую технику для рудника.',
      []],
    ['en: "acquired citizenship" is no stake',
      'date: 2031-04-16\n\nIn 2029 the engineer acquired Russian citizenship.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
