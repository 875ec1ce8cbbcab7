import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

/** Forms of the older news wires: «проц.» for per cent, month counts in words up to twelve. */
describe('wire forms of a change and its period', () => {
  it.each([
    ['«проц.» is per cent', '2006-09-01', 'За семь месяцев нынешнего года товарооборот двух стран вырос на 24 проц.', ['trade_turnover_growth_pct 24 2006-7M actual']],
    ['«проц» at the end of a clause', '2006-09-01', 'Товарооборот с Россией за первое полугодие вырос на 17 проц, сообщил министр.', ['trade_turnover_growth_pct 17 2006-H1 actual']],
    ['«процесс» is no per cent', '2006-09-01', 'Процесс согласования товарооборота занял 12 месяцев.', []],
    ['"the first eleven months"', '2016-01-20', 'Trade with Russia fell by 20% in the first eleven months of 2015 to $1.1 billion.', ['trade_turnover_growth_pct -20 2015-11M actual', 'trade_turnover 1100000000 2015-11M actual']],
    ['«за одиннадцать месяцев»', '2015-12-20', 'За одиннадцать месяцев товарооборот с Россией составил 1,2 млрд долларов.', ['trade_turnover 1200000000 2015-11M actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
