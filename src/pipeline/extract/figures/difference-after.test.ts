import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

// A noun of difference after a figure («…, и это расхождение объясняют …», ", a discrepancy that …") and what follows it
// tell how the figure stands to another and why: the figure goes on with the topic of the sentence before.
describe('a figure followed by a noun of difference', () => {
  it.each([
    ['en: "reports a figure of …, a discrepancy …"', '2031-03-01',
      'According to the deputy premier, bilateral trade hit $4.8 billion in 2030. The customs office, by contrast, reports a 2030 figure of $4.1 billion, a discrepancy the ministry blames on unrecorded border sales.',
      ['trade_turnover 4800000000 2030 actual', 'trade_turnover 4100000000 2030 actual']],
    ['ru: «…, и это расхождение объясняют …»', '2031-03-01',
      'По данным вице-премьера, товарооборот в 2030 году составил 4,8 млрд долларов. Таможенная служба насчитала за тот же год 4,1 млрд долларов, и это расхождение связывают с неучтённой приграничной торговлей.',
      ['trade_turnover 4800000000 2030 actual', 'trade_turnover 4100000000 2030 actual']],
    ['negative: a figure of investment before the gap stays no turnover', '2031-03-01',
      'Инвестиции в 2030 году составили 200 млн долларов, и это расхождение с планом невелико.',
      []],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
