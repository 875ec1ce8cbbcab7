import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('a sentence about the gap between two figures passes on their topic', () => {
  it.each([
    ['ru: «Разница …», «Расхождение не новое», then figures with no subject word', '2024-02-20',
      'Товарооборот двух стран в 2023 году составил 2,4 млрд долларов. Разница почти в 300 млн долларов объясняется учетом транзита. Расхождение не новое. В 2022 году одна статистика фиксировала 1,8 млрд долларов, тогда как другая называла 2,1 млрд.',
      ['trade_turnover 2400000000 2023 actual', 'trade_turnover 1800000000 2022 actual', 'trade_turnover 2100000000 2022 actual']],
    ['en: "The discrepancy is not new", then figures with no subject word', '2024-02-20',
      'Bilateral trade reached $2.4 billion in 2023. The discrepancy is not new. In 2022 one agency counted $1.8 billion, another $2.1 billion.',
      ['trade_turnover 2400000000 2023 actual', 'trade_turnover 1800000000 2022 actual', 'trade_turnover 2100000000 2022 actual']],
    ['the difference itself is no turnover', '2024-02-20',
      'Товарооборот двух стран в 2023 году составил 2,4 млрд долларов. Разница в 300 млн долларов объясняется учетом транзита.',
      ['trade_turnover 2400000000 2023 actual']],
    ['negative: a gap after a sentence about investment passes on investment, not trade', '2024-02-20',
      'Инвестиции в 2023 году составили 200 млн долларов. Разница с прошлым годом невелика. В 2022 году называли 180 млн долларов.',
      []],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
