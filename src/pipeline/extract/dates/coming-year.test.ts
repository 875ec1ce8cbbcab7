import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { comingYearClues, monthsOver } from './coming-year';

const doc = (text: string) => toDoc('t.txt', text).doc;
const years = (text: string) => comingYearClues(doc(text)).map((c) => c.year);

describe('months of the article year told as over', () => {
  it.each([
    ['months in words', 'Trade\n\nExports in the first eight months of this year rose to $90 million.', 8],
    ['a half', 'Trade\n\nImports fell in the first half of the current year.', 6],
    ['a quarter', 'Торговля\n\nЗа третий квартал текущего года поставки выросли.', 9],
    ['months in Russian', 'Торговля\n\nЗа десять месяцев нынешнего года товарооборот вырос на 12%.', 10],
    ['January to a month', 'Торговля\n\nВ январе–июле этого года экспорт составил 40 млн долларов.', 7],
    // Negative cases.
    ['a part still to come', 'Trade\n\nTrade is expected to grow in the first half of this year.', null],
    ['a part of another year', 'Trade\n\nExports in the first eight months of 2003 rose to $90 million.', null],
  ])('%s', (_name, text, want) => {
    expect(monthsOver(doc(text))).toBe(want);
  });
});

describe('an event still to come in a month already over this year', () => {
  it.each([
    [
      'the next spring',
      'Talks\n\nThe ministers said exports in the first ten months of this year reached $70 million. The next round is scheduled for March 2008.',
      [2007],
    ],
    [
      'Russian',
      'Переговоры\n\nЗа девять месяцев текущего года товарооборот вырос на 20%. Следующее заседание комиссии состоится в мае 2011 года.',
      [2010],
    ],
    [
      'a plan for a year alone, nine months over',
      'Фонд\n\nЗа девять месяцев текущего года выдано 40 кредитов. Новый фонд должен начать работу в 2031 году.',
      [2030],
    ],
    [
      'en: a plan for a year alone, ten months over',
      'Fund\n\nIn the first ten months of this year the bank lent $40 million. The new fund will start lending in 2031.',
      [2030],
    ],
    // Negative cases.
    [
      'a plan for a year alone with only half the year over',
      'Фонд\n\nЗа первое полугодие текущего года выдано 40 кредитов. Новый фонд должен начать работу в 2031 году.',
      [],
    ],
    [
      'a year alone told as past',
      'Фонд\n\nЗа девять месяцев текущего года выдано 40 кредитов. Фонд начал работу в 2029 году.',
      [],
    ],
    [
      'a month still ahead this year',
      'Talks\n\nExports in the first six months of this year rose. The forum will be held in November 2008.',
      [],
    ],
    ['a past event', 'Talks\n\nExports in the first ten months of this year rose. The plant opened in March 2008.', []],
    ['no part of the year told', 'Talks\n\nThe next round is scheduled for March 2008.', []],
  ])('%s', (_name, text, want) => {
    expect(years(text)).toEqual(want);
  });
});
