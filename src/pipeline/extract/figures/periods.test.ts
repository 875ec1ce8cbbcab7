import { describe, expect, it } from 'vitest';
import { findPeriods, monthCount } from './periods';

describe('monthCount: the N of "the first N months"', () => {
  it.each([
    ['digits', '9', 9],
    ['one month', '1', 1],
    ['twelve in digits', '12', 12],
    ['an English word', 'eight', 8],
    ['a capitalised word', 'Nine', 9],
    ['a Russian word in the genitive', 'девяти', 9],
    ['«двенадцати»', 'двенадцати', 12],
    // Negative cases.
    ['no months', '0', null],
    ['more than a year', '13', null],
    ['a word past twelve', 'пятнадцати', null],
    ['half a month', 'half a', null],
    ['not a number', 'several', null],
  ])('%s: %s', (_name, word, want) => {
    expect(monthCount(word)).toBe(want);
  });
});

describe('findPeriods reads the first N months with monthCount', () => {
  it.each([
    ['Exports in the first eight months of this year rose.', 2010, '2010-8M'],
    ['За девять месяцев 2012 года товарооборот вырос.', null, '2012-9M'],
    ['Over the first six months of 2019 trade fell.', null, '2019-H1'],
    ['In the first twelve months of 2019 trade fell.', null, '2019'],
    ['За восемь месяцев текущего 2031 года экспорт вырос.', null, '2031-8M'],
    ['В первом полугодии нынешнего 2030 года поставки упали.', null, '2030-H1'],
  ])('%s', (text, year, want) => {
    expect(findPeriods(text, year)[0]?.period).toBe(want);
  });
});

describe('findPeriods reads a half-year without an ordinal as the first, and three quarters as nine months', () => {
  it.each([
    ['За полугодие экспорт вырос.', 2016, 9, '2016-H1'],
    ['По итогам полугодия 2014 года поставки упали.', null, null, '2014-H1'],
    ['За три квартала нынешнего года экспорт вырос.', 2016, 11, '2016-9M'],
    ['За первые два квартала экспорт вырос.', 2016, 9, '2016-H1'],
    ['Exports grew in the half-year.', 2016, 9, '2016-H1'],
    ['Exports grew over the first three quarters of 2015.', null, null, '2015-9M'],
    // Not over yet at the article's month: of the year before.
    ['За три квартала экспорт вырос.', 2017, 3, '2016-9M'],
    ['За полугодие экспорт вырос.', 2017, 5, '2016-H1'],
    // Kept: an ordinal half is read as before, and a year alone stays a year.
    ['За второе полугодие экспорт вырос.', 2016, 12, '2016-H2'],
    ['За 2015 год экспорт вырос.', 2016, 3, '2015'],
  ])('%s', (text, year, month, want) => {
    expect(findPeriods(text, year, month)[0]?.period).toBe(want);
  });
});
