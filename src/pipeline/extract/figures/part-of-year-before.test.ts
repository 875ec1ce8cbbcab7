import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';
import { findPeriods } from './periods';

describe('a quarter or half told without its year after a year told earlier in the sentence is of that year', () => {
  it.each([
    ['en: "Last year … in the third quarter"', '2019-03-05',
      'Last year trade between Kyrgyzstan and Russia grew by 5 percent in the third quarter.',
      ['trade_turnover_growth_pct 5 2018-Q3 actual']],
    ['en: the year, a colon and an attribution before the figure', '2019-03-05',
      'Last year the slide ended: by the ministry’s count, trade between Kyrgyzstan and Russia rose by about 6 percent in the second half.',
      ['trade_turnover_growth_pct 6 2018-H2 actual']],
    ['ru: «В прошлом году … в четвертом квартале»', '2019-03-05',
      'В прошлом году спад прекратился: товарооборот Киргизии и России в четвертом квартале вырос на 7 процентов.',
      ['trade_turnover_growth_pct 7 2018-Q4 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });

  it.each([
    // Another figure between the year and the part: the part is the article's own.
    ['en: a second figure between them', 'In 2018 trade fell by 4 percent, while in the first quarter it grew by 2 percent.', 2019, ['2018', '2019-Q1']],
    // A number after the part: it may be the part's own sum, left to the article's year.
    ['en: a number after the part', 'Last year trade grew by 3 percent in the fourth quarter, to 410 million dollars.', 2019, ['2018', '2019-Q4']],
    // A further rise ("another") or the part's own «т.г.»: the part is the article's.
    ['en: "by another … in the first half"', 'Trade fell last year and grew by another 5 percent in the first half.', 2019, ['2018', '2019-H1']],
    ['ru: «т.г.» after the part', 'В прошлом году спад прекратился, за первое полугодие т.г. рост составил 6 процентов.', 2019, ['2018', '2019-H1']],
    ['ru: the part alone keeps the article year', 'В первом квартале товарооборот вырос на 9 процентов.', 2019, ['2019-Q1']],
  ])('%s', (_name, text, year, want) => {
    expect(findPeriods(text, year, 3).map((p) => p.period)).toEqual(want);
  });
});
