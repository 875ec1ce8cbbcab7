import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';
import { findPeriods } from './periods';

// Figures as outlets citing one another tell them: a month of telling beside the year told, a level and then a further
// change, another source's gap, a comment opening with «Это». Every text is invented.
describe('a single month joins a year told after it only across a preposition', () => {
  it.each([
    ['ru: «в марте оценивал доход за 2030 год» keeps the month apart', 'Министр в марте оценивал товарооборот за 2030 год в 7 млрд долларов.', ['2031-03', '2030']],
    ['ru: «в марте 2030 года» is that month', 'Товарооборот в марте 2030 года составил 700 млн долларов.', ['2030-03']],
    ['en: "for March for 2030" joins across a preposition', 'The figures for March for 2030 were revised.', ['2030-03']],
  ])('%s', (_name, text, want) => {
    expect(findPeriods(text, 2031, 5).filter((p) => p.kind === 'period').map((p) => p.period)).toEqual(want);
  });

  it('ru: «в январе называл товарооборот за 2030 год» is of that year', () => {
    expect(figureLines('Вице-премьер в январе называл товарооборот за 2030 год «близким к 7 млрд долларов».', '2031-03-02')).toEqual([
      'trade_turnover 7000000000 2030 actual',
    ]);
  });
});

describe('a level told before a further change takes no period of the change', () => {
  it.each([
    ['en: "put it at … and said it grew by another … in the first half of"', '2031-08-20',
      'Last year, by the consul\'s count, trade between the two countries came to $2 billion. A customs official put it at "roughly $2.4 billion" and said it grew by another 4 percent in the first half of 2031.',
      ['trade_turnover 2000000000 2030 actual', 'trade_turnover 2400000000 2030 actual', 'trade_turnover_growth_pct 4 2031-H1 actual']],
    ['ru: «а за полгода вырос ещё на»', '2031-08-20',
      'Товарооборот в прошлом году составил 2 млрд долларов. Губернатор назвал цифру в 2,4 млрд долларов, а за первое полугодие 2031 года он вырос ещё на 6%.',
      ['trade_turnover 2000000000 2030 actual', 'trade_turnover 2400000000 2030 actual', 'trade_turnover_growth_pct 6 2031-H1 actual']],
    // Without a further change the period after the sum is its own.
    ['en: "reached $2.4 billion in the first half of"', '2031-08-20',
      'Trade reached $2.4 billion in the first half of 2031.',
      ['trade_turnover 2400000000 2031-H1 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});

describe('another source giving the figure lower or higher tells no change', () => {
  it.each([
    ['ru: «называют цифру на треть меньше»', 'Товарооборот в 2030 году составил 3 млрд долларов, хотя местные ведомства называют цифру на треть меньше.',
      ['trade_turnover 3000000000 2030 actual']],
    ['en: "put the figure 15% higher"', 'Trade reached $3 billion in 2030, though customs officials put the figure 15% higher.',
      ['trade_turnover 3000000000 2030 actual']],
    // A change of the figure itself stays.
    ['ru: «оказался на треть меньше» is a change', 'Товарооборот в 2030 году составил 3 млрд долларов, а в 2031 году он оказался на треть меньше.',
      ['trade_turnover 3000000000 2030 actual', 'trade_turnover_growth_pct -33.3 2031 actual']],
  ])('%s', (_name, text, want) => {
    expect(figureLines(text, '2032-02-10')).toEqual(want);
  });
});

describe('«расходится» is no spending, and «Это …» comments the figure before', () => {
  it('ru: a target after «цифра расходится с …» goes on with the turnover told before', () => {
    expect(
      figureLines(
        'Товарооборот по итогам 2030 года составил 3 млрд долларов. Отчёт обсудили эксперты. Аналитик заметил, что цифра расходится с планом: весной министр называл для 2030 года ориентир в 3,5 млрд долларов.',
        '2031-03-02',
      ),
    ).toEqual(['trade_turnover 3000000000 2030 actual', 'trade_turnover 3500000000 2030 target']);
  });

  it('ru: a long sentence opening with «Это» passes the topic on', () => {
    expect(
      figureLines(
        'Товарооборот в 2030 году составил 900 млн долларов. Это заметно меньше, чем рассчитывали обе стороны, и спад объясняют прежде всего слабым спросом на рынках. Но уже в феврале этого года виден рост почти на 15 процентов.',
        '2031-03-20',
      ),
    ).toEqual(['trade_turnover 900000000 2030 actual', 'trade_turnover_growth_pct 15 2031-02 actual']);
  });
});
