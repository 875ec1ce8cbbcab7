import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

const run = (text: string, date: string | null): string[] => figureLines(text, date);

describe('a change told in words', () => {
  it.each([
    // A fall by a factor compared with the year before is a fall in percent.
    ['«вдвое меньше, чем годом ранее»', '2001-03-01', 'Товарооборот в 2000 году составил 150 млн долларов — это почти вдвое меньше, чем годом ранее.', ['trade_turnover 150000000 2000 actual', 'trade_turnover_growth_pct -50 2000 actual']],
    ['"three times less than a year earlier"', '2001-03-01', 'Trade came to $150 million in 2000, three times less than a year earlier.', ['trade_turnover 150000000 2000 actual', 'trade_turnover_growth_pct -66.7 2000 actual']],
    ['a comparison with a year long gone is no change', '2001-03-01', 'Товарооборот в 2000 году составил 150 млн долларов, втрое меньше, чем в 1991 году.', ['trade_turnover 150000000 2000 actual']],
    // A fraction after "a further" / "another".
    ['"shrink by a further quarter" (forecast)', '2002-11-20', 'The ministry expects turnover with Russia to shrink by a further quarter in 2003.', ['trade_turnover_growth_pct -25 2003 forecast']],
    ['"fell by another third"', '2015-11-20', 'Trade with Russia fell by another third in the first nine months.', ['trade_turnover_growth_pct -33.3 2015-9M actual']],
    ['"rose by a further fifth"', '2015-11-20', 'Trade with Russia rose by a further fifth in 2014.', ['trade_turnover_growth_pct 20 2014 actual']],
    ['"down quarter-on-quarter" is no fraction', '2015-11-20', 'Trade with Russia was down quarter-on-quarter in the third quarter.', []],
    // A fraction followed by a comparison with the year before is a change over the year.
    ['"about a fifth more than a year earlier"', '2014-05-30', 'Trade reached $2.2 billion in 2013, according to customs statistics, about a fifth more than a year earlier.', ['trade_turnover 2200000000 2013 actual', 'trade_turnover_growth_pct 20 2013 actual']],
    ['"a third lower than the year before"', '2014-05-30', 'In 2013 trade with Russia came to $1.2 billion, a third lower than the year before.', ['trade_turnover 1200000000 2013 actual', 'trade_turnover_growth_pct -33.3 2013 actual']],
    ['"was a fifth higher than a year earlier" alone', '2014-05-30', 'In 2013 trade with Russia was a fifth higher than a year earlier.', ['trade_turnover_growth_pct 20 2013 actual']],
    ['a fraction more than a year long gone is no change', '2014-05-30', 'Trade in 2013 was $2.2 billion, a fifth more than in 2005.', ['trade_turnover 2200000000 2013 actual']],
    // A fraction with a hedge before it, or in quotation marks; a fall is negative.
    ['"fell by around a fifth"', '2016-09-01', 'Trade with Russia was $1.5 billion in 2015 and fell by around a fifth in the first half of 2016.', ['trade_turnover 1500000000 2015 actual', 'trade_turnover_growth_pct -20 2016-H1 actual']],
    ['"grew by just over a third"', '2008-02-01', 'Trade with Russia grew by just over a third in 2007.', ['trade_turnover_growth_pct 33.3 2007 actual']],
    // "at least" between "by" and the change: a bound, the change stays.
    ['"by at least a fifth" (aim)', '2031-06-01', 'Trade with Russia came to $2.3 billion in 2030; the cabinet wants to raise it by at least a fifth within four years.', ['trade_turnover 2300000000 2030 actual', 'trade_turnover_growth_pct 20 null target']],
    ['"by at least 15%" (aim)', '2031-06-01', 'The cabinet wants to raise trade with Russia by at least 15% within four years.', ['trade_turnover_growth_pct 15 null target']],
    ['"continued to grow "by more than a quarter"" is no aim', '2008-05-01', 'The minister said trade with Russia continued to grow "by more than a quarter" in the first quarter of 2008.', ['trade_turnover_growth_pct 25 2008-Q1 actual']],
    ['"agreed to grow … by a quarter" stays an aim', '2008-05-01', 'The governments agreed to grow trade with Russia by a quarter in 2009.', ['trade_turnover_growth_pct 25 2009 target']],
    // A change without a verb of its own goes the way of the sentence's last change, even with a sum between them.
    ['«снизился на 8% – до 2 млрд, а … – ещё на 20%»', '2016-05-01', 'В прошлом году торговля с Россией снизилась на 6 процентов – до 1,8 млрд долларов, а за январь–март этого года – ещё на 20 процентов.', ['trade_turnover_growth_pct -6 2015 actual', 'trade_turnover 1800000000 2015 actual', 'trade_turnover_growth_pct -20 2016-Q1 actual']],
    ['"fell … to $1.8 billion, and … by another 20 percent"', '2016-05-01', 'Trade with Russia fell 6 percent to $1.8 billion last year, and in the first quarter of this year by another 20 percent.', ['trade_turnover_growth_pct -6 2015 actual', 'trade_turnover 1800000000 2015 actual', 'trade_turnover_growth_pct -20 2016-Q1 actual']],
    ['"rose … to $1.8 billion, and … by a further 20 percent" stays a rise', '2016-05-01', 'Trade with Russia rose 6 percent to $1.8 billion last year, and in the first quarter of this year by a further 20 percent.', ['trade_turnover_growth_pct 6 2015 actual', 'trade_turnover 1800000000 2015 actual', 'trade_turnover_growth_pct 20 2016-Q1 actual']],
    ['«выросла на 6% … , а … – ещё на 20%» stays a rise', '2016-05-01', 'В прошлом году торговля с Россией выросла на 6 процентов – до 1,8 млрд долларов, а за январь–март этого года – ещё на 20 процентов.', ['trade_turnover_growth_pct 6 2015 actual', 'trade_turnover 1800000000 2015 actual', 'trade_turnover_growth_pct 20 2016-Q1 actual']],
    // «в сопоставимых ценах» is how the change is measured, not a change of prices.
    ['«в сопоставимых ценах сократился почти на треть»', '1993-06-01', 'Товарооборот с Россией в 1992 году превысил 10 млрд рублей, но за январь–март этого года в сопоставимых ценах сократился почти на треть.', ['trade_turnover_growth_pct -33.3 1993-Q1 actual']],
    // An old spelling of Kyrgyzstan is Kyrgyzstan.
    ['"Kirghizia": "fallen by almost half"', '1993-10-10', 'Trade between Russia and Kirghizia has fallen by almost half in the first nine months of this year.', ['trade_turnover_growth_pct -50 1993-9M actual']],
    // A verb of fall in the present («снижается», «сокращается», «падает») is a fall too, with the change told after a dash.
    ['«снижается – за первое полугодие на 8%»', '2016-09-01', '«Товарооборот, к сожалению, снижается – за первое полугодие на 8%», – сказал министр.', ['trade_turnover_growth_pct -8 2016-H1 actual']],
    ['«торговля сокращается: за девять месяцев на 12%»', '2016-11-01', 'Торговля с Россией сокращается: за девять месяцев на 12 процентов.', ['trade_turnover_growth_pct -12 2016-9M actual']],
    ['«товарооборот падает – в первом квартале на 5%»', '2016-05-01', 'Товарооборот с Россией падает – в первом квартале на 5%.', ['trade_turnover_growth_pct -5 2016-Q1 actual']],
    ['«растет – за полугодие на 8%» stays a rise', '2016-09-01', 'Товарооборот с Россией растет – за первое полугодие на 8%.', ['trade_turnover_growth_pct 8 2016-H1 actual']],
    // «не ниже» / «не выше» is a bound ("at least", "at most"), not a word of fall or rise.
    ['«рост не ниже 4% в год» is a rise', '2021-03-01', 'Правительство поставило задачу обеспечить рост товарооборота с Россией не ниже 4% в год.', ['trade_turnover_growth_pct 4 annual target']],
    ['«на 4% ниже» stays a fall', '2021-03-01', 'Товарооборот с Россией в 2020 году оказался на 4% ниже, чем в 2019 году.', ['trade_turnover_growth_pct -4 2020 actual']],
    ['«снизился не более чем на 3%» stays a fall', '2021-03-01', 'Товарооборот с Россией в 2020 году снизился не более чем на 3%.', ['trade_turnover_growth_pct -3 2020 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});

describe('a change by a factor against a year long before', () => {
  it.each([
    ['«вдвое по сравнению с» a year two back is no growth', '2001-03-01', 'В прошлом году товарооборот составил около 150 млн долларов, сократившись почти вдвое по сравнению с 1998 годом.', ['trade_turnover 150000000 2000 actual']],
    ['«вдвое по сравнению с» the year before stays a fall', '1993-03-01', 'Товарооборот в прошлом году упал почти вдвое по сравнению с 1991 годом.', ['trade_turnover_growth_pct -50 1992 actual']],
    ['"halved compared with" a year three back is no growth', '2010-03-01', 'Trade with Russia came to $600 million in 2009, having halved compared with 2006.', ['trade_turnover 600000000 2009 actual']],
    ['"halved compared with 2008" of 2009 stays a fall', '2010-03-01', 'In 2009 trade with Russia halved compared with 2008.', ['trade_turnover_growth_pct -50 2009 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});

describe('a noun of change before «к» and a year names the year compared with', () => {
  it.each([
    ['«спад к 2029 году составил 18%» is of the year told, not of 2029', '2031-03-01',
      'В 2030 году товарооборот двух стран составил 2,1 млрд долларов; спад к 2029 году составил 18%.',
      ['trade_turnover 2100000000 2030 actual', 'trade_turnover_growth_pct -18 2030 actual']],
    // Kept: «к … году» after a verb is a deadline.
    ['«к 2035 году вырастет до» stays a deadline', '2031-03-01', 'Товарооборот к 2035 году вырастет до 4 млрд долларов.', ['trade_turnover 4000000000 2035 forecast']],
  ])('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});
