import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('an agreement reached, told in the passive with its own date, is an agreement of that month', () => {
  it.each([
    ['ru: «договоренность была достигнута в ноябре»',
      'date: 2031-12-04\n\nПо словам министра, соответствующая договоренность была достигнута в ноябре между двумя министерствами.',
      ['2031-11 past agreement «По словам»']],
    ['ru: «договорённость достигнута в марте»',
      'date: 2031-12-04\n\nДоговорённость о поставках достигнута в марте.',
      ['2031-03 past agreement «Договорённость о»']],
    ['en: "a deal was reached in November"',
      'date: 2031-12-04\n\nA deal was reached in November between the two ministries.',
      ['2031-11 past agreement «A deal»']],
    // Negatives: undated it retells the talks' outcome; the attributive «достигнутых» names earlier agreements.
    ['ru: undated «договоренность была достигнута» is no event of its own',
      'date: 2031-12-04\n\nПо словам министра, соответствующая договоренность была достигнута.',
      []],
    // The trip the agreements were reached on is an event of its own (a background stretch, recalled-trip.test.ts); the talks are the article's.
    ['ru: «договоренностей, достигнутых в ходе визита в марте» names what is carried out: no agreement reached',
      'date: 2031-12-04\n\nМинистры обсудили выполнение договоренностей, достигнутых в ходе визита в марте.',
      ['2031-12-04 past meeting «Министры обсудили»', '2031-03 past visit «достигнутых в»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe("a ministry's statement issued on a day is a statement of that day", () => {
  it.each([
    ['en: "The Foreign Ministry issued a statement on 12 May"',
      'date: 2031-05-14\n\nThe Russian Foreign Ministry issued a statement on 12 May saying Moscow welcomed the decision.',
      ['2031-05-12 past statement «The Russian»']],
    ['ru: «МИД России 12 мая распространил заявление»',
      'date: 2031-05-14\n\nМИД России 12 мая распространил заявление, в котором приветствовал это решение.',
      ['2031-05-12 past statement «МИД России»']],
    ['en: "A source in the Foreign Ministry told an agency this month"',
      'date: 2031-05-30\n\nA source in the Russian Foreign Ministry told an agency this month that Moscow regarded the line as a sovereign decision.',
      ['2031-05 past statement «A source»']],
    ['ru: «Источник в МИД России 12 мая сообщил агентству»',
      'date: 2031-05-14\n\nИсточник в МИД России 12 мая сообщил агентству, что Москва не возражает.',
      ['2031-05-12 past statement «Источник в»']],
    // Negative: undated, a statement named is no event of its own.
    ['en: "has issued a statement" with no date',
      'date: 2031-05-14\n\nThe ministry has issued a statement welcoming the decision.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('books or textbooks sent to schools are a gift, as those handed over are', () => {
  it.each([
    ['ru: «направила в школы 89 тысяч учебников»',
      'date: 2031-10-18\n\nВ январе прошлого года Россия направила в школы республики 89 тысяч учебников.',
      ['2030-01 past other «В январе»']],
    ['en: "sent 89,000 textbooks to schools"',
      'date: 2031-10-18\n\nIn January last year Russia sent 89,000 textbooks to Kyrgyz schools.',
      ['2030-01 past other «In January»']],
    // Negative: sending teachers or a letter is no gift of books.
    ['ru: «направила письмо в министерство» is no gift',
      'date: 2031-10-18\n\nВ январе прошлого года школа направила в министерство список учителей.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a debt a side agreed to write off is written off', () => {
  it.each([
    ['ru: «российская сторона согласилась списать 180 млн долларов долга»',
      'date: 2031-02-10\n\nВ среду российская сторона согласилась списать 180 млн долларов государственного долга Киргизии.',
      ['2031-02-05 past other «В среду»']],
    ['en: "Russia agreed to write off $180 million of debt"',
      'date: 2031-02-10\n\nOn Wednesday Russia agreed to write off $180 million of Kyrgyz debt.',
      ['2031-02-05 past other «On Wednesday»']],
    // Negative: a refusal writes nothing off.
    ['ru: «не согласилась списать долг»',
      'date: 2031-02-10\n\nВ среду Россия не согласилась списать долг.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
