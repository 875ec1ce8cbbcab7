import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';
import { findPeriods } from './periods';

describe('a quarter or half told without its year after a year told earlier in the sentence is of that year', () => {
  it.each([
    ['en: "Last year … in the third quarter"', '2019-03-05',
      'Last year, customs officers in Talas say, Kyrgyz–Russian commerce expanded 5% in the third quarter.',
      ['trade_turnover_growth_pct 5 2018-Q3 actual']],
    ['en: the year, a colon and an attribution before the figure', '2019-03-05',
      'Last year looked uneven: as the customs service later put it, Kyrgyz–Russian turnover climbed some 6% in the second half.',
      ['trade_turnover_growth_pct 6 2018-H2 actual']],
    ['ru: «В прошлом году … в четвертом квартале»', '2019-03-05',
      'В прошлом году, как посчитали в таможне, взаимные поставки Киргизии и России за четвертый квартал прибавили 7%.',
      ['trade_turnover_growth_pct 7 2018-Q4 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });

  it.each([
    // Another figure between the year and the part: the part is the article's own.
    ['en: a second figure between them', 'In 2018 wool exports shrank 4%, yet over the first quarter they gained 2%.', 2019, ['2018', '2019-Q1']],
    // A number after the part: it may be the part's own sum, left to the article's year.
    ['en: a number after the part', 'Last year, over the fourth quarter, coal deliveries gained 3% and reached 410 million dollars.', 2019, ['2018', '2019-Q4']],
    // A further rise ("another") or the part's own «т.г.»: the part is the article's.
    ['en: "by another … in the first half"', 'Honey sales slipped last year, then gained another 5% over the first half.', 2019, ['2018', '2019-H1']],
    ['ru: «т.г.» after the part', 'В прошлом году экспорт шерсти сократился, а за первое полугодие т.г. прибавил 6%.', 2019, ['2018', '2019-H1']],
    ['ru: the part alone keeps the article year', 'За первый квартал поставки угля увеличились на 9%.', 2019, ['2019-Q1']],
  ])('%s', (_name, text, year, want) => {
    expect(findPeriods(text, year, 3).map((p) => p.period)).toEqual(want);
  });
});
