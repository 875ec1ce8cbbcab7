import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';
import { findPeriods } from './periods';

const run = (text: string, date: string | null): string[] => figureLines(text, date);

describe("analysts' shorthand of a part of a year with a two-digit year", () => {
  it.each([
    ['in H115', ['2015-H1']],
    ['in 2H09', ['2009-H2']],
    ['in Q314', ['2014-Q3']],
    ['in 4Q98', ['1998-Q4']],
    ['in H315', []],
    ['model H1150', []],
  ])('%s → %j', (text, want) => {
    expect(findPeriods(text, 2016).map((p) => p.period)).toEqual(want);
  });
});

describe('the period of a figure', () => {
  it.each([
    // "y-o-y" between a change and its period adds no distance: the period after it wins over one of an earlier clause.
    ['"rose … y-o-y in H114"', '2014-10-01', 'Turnover reached US$1.5bn in 2013 and rose 6.1% y-o-y in H114, to US$800mn.', ['trade_turnover 1500000000 2013 actual', 'trade_turnover_growth_pct 6.1 2014-H1 actual', 'trade_turnover 800000000 2014-H1 actual']],
    ['«в годовом выражении»', '2014-10-01', 'Товарооборот в 2013 году составил 1,5 млрд долларов и вырос на 6,1% в годовом выражении в первом полугодии 2014 года.', ['trade_turnover 1500000000 2013 actual', 'trade_turnover_growth_pct 6.1 2014-H1 actual']],
    ['not across a clause break', '2026-01-20', 'The committee puts turnover for January–November 2025 at $3.3 billion, down 6.2 percent year on year, and expects the full-year figure to come in just under $3.6 billion.', ['trade_turnover 3300000000 2025-11M actual', 'trade_turnover_growth_pct -6.2 2025-11M actual', 'trade_turnover 3600000000 2025 forecast']],
    // A period after a comma that only a dash parts from the next figure heads that figure, not the one before it.
    ['«…, за первые полгода — …»', '2016-08-01', 'Товарооборот в прошлом году составил 1,5 млрд долларов, за первое полугодие 2016 года — 700 млн.', ['trade_turnover 1500000000 2015 actual', 'trade_turnover 700000000 2016-H1 actual']],
    ['en: "…, in the first quarter – …"', '2016-08-01', 'Trade reached $1.5 billion last year, in the first quarter of 2016 – $300 million.', ['trade_turnover 1500000000 2015 actual', 'trade_turnover 300000000 2016-Q1 actual']],
    // A period before the figure with no break between them outranks a nearer one after a comma, which dates what follows.
    ['«за январь–май составил …, в июне …»', '2019-07-15', 'Товарооборот с Россией за январь–май составил 900 млн долларов, в июне в Бишкеке прошло заседание комиссии.', ['trade_turnover 900000000 2019-5M actual']],
    ['en: "in January–May came to …, in June …"', '2019-07-15', 'Trade with Russia in January–May came to $900 million; in June the commission met in Bishkek.', ['trade_turnover 900000000 2019-5M actual']],
    ['a period after a comma stays the figure’s when none stands before it', '2019-07-15', 'Товарооборот с Россией составил 900 млн долларов, в первом полугодии.', ['trade_turnover 900000000 2019-H1 actual']],
    ['a period after the last figure stays its own', '2016-08-01', 'Товарооборот составил 700 млн долларов, за первое полугодие 2016 года.', ['trade_turnover 700000000 2016-H1 actual']],
    // A month after a verb of telling dates the telling.
    ['"…, the minister told parliament in May"', '2019-06-10', 'In the first quarter of 2019, trade with Russia grew by 12 percent to $500 million, the minister told parliament in May.', ['trade_turnover_growth_pct 12 2019-Q1 actual', 'trade_turnover 500000000 2019-Q1 actual']],
    ['«…, сообщил министр в мае»', '2019-06-10', 'Товарооборот с Россией за первый квартал вырос до 500 млн долларов, сообщил министр в мае.', ['trade_turnover 500000000 2019-Q1 actual']],
    ['a month of the figure before the telling stays', '2019-06-10', 'Trade with Russia reached $300 million in April, the minister said.', ['trade_turnover 300000000 2019-04 actual']],
    // A comparison "on the same period of" a year: the year is the base, the figure keeps the period the sentence states.
    ['"up … on the same period of" a year', '1999-11-02', 'Trade with Russia came to $180 million in January–September, up 12 per cent on the same period of 1998.', ['trade_turnover 180000000 1999-9M actual', 'trade_turnover_growth_pct 12 1999-9M actual']],
    ['"… on the corresponding period of" a year', '2011-07-15', 'In the first half of 2011 turnover with Russia grew 18 percent on the corresponding period of 2010.', ['trade_turnover_growth_pct 18 2011-H1 actual']],
    // «против <сумма> в <год>»: the year after the compared amount is that amount's, not the figure's.
    ['«до … против … в <год>»', '2004-03-01', 'Товарооборот с Россией в 2003 году вырос до 420 млн долларов против 350 млн в 2002 году.', ['trade_turnover 420000000 2003 actual', 'trade_turnover 350000000 2002 actual']],
    ['"…, against … in <year>"', '2004-03-01', 'Trade with Russia rose to $420 million in 2003, against $350 million in 2002.', ['trade_turnover 420000000 2003 actual', 'trade_turnover 350000000 2002 actual']],
    ['"from … in <year>" with no year of its own', '2004-03-01', 'Trade with Russia rose to $420 million from $350 million in 2002.', ['trade_turnover 420000000 null actual', 'trade_turnover 350000000 2002 actual']],
    ['no other period: the month after the telling is kept', '2019-06-10', 'Trade with Russia reached $300 million, the minister said in April.', ['trade_turnover 300000000 2019-04 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});

describe('a run of months told without its year', () => {
  it.each([
    // Months later than the article's month are over only in the year before.
    ['«в январе–октябре» in a March article', 2021, 3, 'в январе–октябре', ['2020-10M']],
    ['"January-November" in a January article', 2019, 1, 'for January-November', ['2018-11M']],
    ['«за январь–февраль» in a March article stays', 2021, 3, 'за январь–февраль', ['2021-2M']],
    ['a written year wins', 2021, 3, 'в январе–октябре 2019 года', ['2019-10M']],
  ])('%s', (_name, year, month, text, want) => {
    expect(findPeriods(text, year, month).map((p) => p.period)).toEqual(want);
  });
});

describe('«, в январе–сентябре — …»: a run of months after a comma opens a clause of its own', () => {
  it.each([
    ['ru: a quarter, then nine months', '2024-02-10', 'Товарооборот с Россией в IV квартале 2023 г. составил 0,9 млрд долл., в январе–сентябре — 2,4 млрд долл.', ['trade_turnover 900000000 2023-Q4 actual', 'trade_turnover 2400000000 2023-9M actual']],
    ['ru: a year, then months of the next', '2024-06-10', 'Товарооборот с Россией в 2023 году составил 3 млрд долларов, за январь–апрель 2024 года — 1,1 млрд долларов.', ['trade_turnover 3000000000 2023 actual', 'trade_turnover 1100000000 2024-4M actual']],
    ['en: a year, then months', '2024-06-10', 'Trade with Russia reached $3 billion in 2023, in January-April 2024 it came to $1.1 billion.', ['trade_turnover 3000000000 2023 actual', 'trade_turnover 1100000000 2024-4M actual']],
  ])('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});
