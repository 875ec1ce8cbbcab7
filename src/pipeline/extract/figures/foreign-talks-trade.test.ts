import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('the pair\'s own trade agreed at talks with a third country\'s side is that pair\'s', () => {
  it.each([
    ['en: "talks with an Uzbek premier …, the two governments agreed to lift bilateral trade to"', '2024-03-10',
      'In Tashkent last week the premier had talks with his Uzbek counterpart Ivan Orlov, and the two governments agreed to lift bilateral trade to $4 billion.',
      ['third_country_trade_turnover 4000000000 null target']],
    ['ru: «встретился с премьер-министром Таджикистана …, стороны договорились довести взаимный товарооборот до»', '2024-03-10',
      'Премьер встретился с премьер-министром Таджикистана в Душанбе, где стороны договорились довести взаимный товарооборот до $1 млрд.',
      ['third_country_trade_turnover 1000000000 null target']],
    // Kept: Russia named at the talks.
    ['en: talks with a Russian side stay bilateral', '2024-03-10',
      'In Moscow last week the premier had talks with his Russian counterpart Ivan Orlov, and the two governments agreed to lift bilateral trade to $4 billion.',
      ['trade_turnover 4000000000 null target']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date, false)).toEqual(want);
  });
});
