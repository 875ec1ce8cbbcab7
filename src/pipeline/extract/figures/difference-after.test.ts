import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

// A noun of difference after a figure («…, и это расхождение объясняют …», ", a discrepancy that …") and what follows it
// tell how the figure stands to another and why: the figure goes on with the topic of the sentence before.
describe('a figure followed by a noun of difference', () => {
  it.each([
    ['en: "puts the figure at …, a discrepancy that …"', '2031-03-01',
      'The minister said trade between the two countries reached $2.9 billion in 2030. The statistics agency, however, puts the 2030 figure at $2.6 billion, a discrepancy that economists attribute to goods routed through third countries.',
      ['trade_turnover 2900000000 2030 actual', 'trade_turnover 2600000000 2030 actual']],
    ['ru: «…, и это расхождение объясняют …»', '2031-03-01',
      'Министр сообщил, что товарооборот двух стран в 2030 году достиг 2,9 млрд долларов. Статистический комитет называет за тот же год 2,6 млрд долларов, и это расхождение объясняют учётом реэкспорта.',
      ['trade_turnover 2900000000 2030 actual', 'trade_turnover 2600000000 2030 actual']],
    ['negative: a figure of investment before the gap stays no turnover', '2031-03-01',
      'Инвестиции в 2030 году составили 200 млн долларов, и это расхождение с планом невелико.',
      []],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
