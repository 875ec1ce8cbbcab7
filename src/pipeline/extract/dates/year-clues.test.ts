/** Year clues from reported results: a written year compared with last year, and a span of years ending last year. Invented sentences. */
import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { relativeClues } from './year-clues';

const clues = (text: string) => relativeClues(toDoc('t.txt', text).doc).map((c) => [c.year, c.weight]);

describe('a written year compared with last year', () => {
  it.each([
    ['«за последние N лет … если в X году …, то в прошлом году»', 'Сады\n\nЗа последние семь лет площадь яблоневых садов в долине выросла вдвое: если в 2030 году под ними было 12 гектаров, то в прошлом году - уже 24 гектара.', [[2038, 3]]],
    ['«за минувшие N лет», digits', 'Экспорт\n\nЗа минувшие 4 года экспорт шерсти вырос вдвое: в 2030 году он составил 20 тысяч тонн, в прошлом году - 40 тысяч.', [[2035, 3]]],
    ['English, "over the past N years … in X … last year"', 'Migration\n\nOver the past seven years departures fell sharply, from 40,000 in 2030 to 9,000 last year.', [[2038, 3]]],
    // Negative cases: the written year is a base, and no span says how far last year is from it.
    ['no span: the base year gives no clue', 'Сады\n\nПлощадь яблоневых садов в долине выросла вдвое: если в 2030 году под ними было 12 гектаров, то в прошлом году - уже 24 гектара.', []],
    ['English, no span', 'Migration\n\nDepartures fell from 40,000 in 2030 to 9,000 last year.', []],
    // The comparison with last year, not last year as a period of its own: the written year is the latest result.
    ['«по сравнению с прошлым годом» keeps the full-year result', 'Торговля\n\nВ 2030 году товарооборот вырос на 10 процентов по сравнению с прошлым годом.', [[2031, 1]]],
    ['"up on last year" keeps the full-year result', 'Trade\n\nTrade grew by 10 percent in 2030, up on last year.', [[2031, 1]]],
    ['a span of years ahead is no count back', 'Сады\n\nЗа следующие семь лет, по плану, площадь садов вырастет: если в 2030 году под ними было 12 гектаров, то в прошлом году - 24 гектара.', []],
  ])('%s', (_name, text, want) => {
    expect(clues(text)).toEqual(want);
  });
});

describe('the current part of a year set against the same period of a written year', () => {
  it.each([
    ['«чем за аналогичный период X года»', 'Экспорт\n\nПоставки шерсти за январь–апрель выросли на 12 процентов больше, чем за аналогичный период 2031 года.', [[2032, 2]]],
    ['«против соответствующего периода X года»', 'Экспорт\n\nЭкспорт меда за полугодие составил 3 млн долларов против соответствующего периода 2029 года.', [[2030, 2]]],
    ['en: "the same period of X"', 'Exports\n\nHoney exports in January-May were 8 percent above the same period of 2031.', [[2032, 2]]],
    // Negative: two years written, the clue is not one year's.
    ['two years written: no clue', 'Экспорт\n\nВ 2030 и 2031 годах поставки были ниже, чем за аналогичный период 2029 года.', []],
  ])('%s', (_name, text, want) => {
    expect(clues(text)).toEqual(want);
  });
});

describe('a part of a written year reported as traffic carried', () => {
  it.each([
    ['«по итогам N месяцев X года … перевезено»', 'Авиаперевозки\n\nПо итогам восьми месяцев 2031 года между городами перевезено 900 тысяч пассажиров.', [[2031, 2]]],
    ['«аэропорт обслужил» over a half of X', 'Аэропорт\n\nЗа первое полугодие 2031 года аэропорт обслужил 400 тысяч пассажиров.', [[2031, 2]]],
    ['en: "carried" in January-July of X', 'Airlines\n\nThe two carriers carried 300,000 passengers in January-July 2031.', [[2031, 2]]],
    // Negative: "carried out" is no count of traffic.
    ['"carried out in X" gives no clue', 'Repairs\n\nThe runway repairs were carried out in 2030 by a local firm.', []],
  ])('%s', (_name, text, want) => {
    expect(clues(text)).toEqual(want);
  });
});
