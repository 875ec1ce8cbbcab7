import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('"from $X in one year to $Y in another": the period right after the earlier amount is that amount\'s', () => {
  it.each([
    ['en: "from … in 2013 to … in 2023"', '2025-06-01',
      'Trade turnover with Russia rose from about $1.5 billion in 2013 to $3.1 billion in 2023, according to Russian data.',
      ['trade_turnover 1500000000 2013 actual', 'trade_turnover 3100000000 2023 actual']],
    ['ru: «с … в 2013 году до … в 2023 году»', '2025-06-01',
      'Товарооборот с Россией вырос с 1,5 млрд долларов в 2013 году до 3,1 млрд долларов в 2023 году.',
      ['trade_turnover 1500000000 2013 actual', 'trade_turnover 3100000000 2023 actual']],
    // Kept: a figure with no period of its own after it, and a change before the sum.
    ['en: "fell 20% in 2020 to $1.7 billion" keeps 2020 for the sum', '2025-06-01',
      'Trade turnover with Russia fell 20% in 2020 to $1.7 billion in a year of closed borders.',
      ['trade_turnover_growth_pct -20 2020 actual', 'trade_turnover 1700000000 2020 actual']],
    ['en: "fell by $300 million in 2020 to $1.7 billion" keeps 2020', '2025-06-01',
      'Trade turnover with Russia fell by $300 million in 2020 to $1.7 billion in the pandemic year.',
      ['trade_turnover_change_usd -300000000 2020 actual', 'trade_turnover 1700000000 2020 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date, false)).toEqual(want);
  });
});
