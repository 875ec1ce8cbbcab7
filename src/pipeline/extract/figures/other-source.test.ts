import { describe, expect, it } from 'vitest';
import { givesOtherSourceData } from './other-source';
import { figureLines } from './test-run';

describe("another source's figure without a period takes the period told a few sentences back", () => {
  it.each([
    ['ru: «привел киргизские данные —» after a dated figure and an aim', '2026-03-12',
      'По словам министра, товарооборот в 2025 году составил около $3,9 млрд. Президенты поставили задачу довести его до $5 млрд. Его коллега привел киргизские данные — $3,4 млрд.',
      ['trade_turnover 3900000000 2025 actual', 'trade_turnover 5000000000 null target', 'trade_turnover 3400000000 2025 actual']],
    ['en: "Kyrgyz figures put it at" after a dated figure', '2026-03-12',
      'Trade reached $3.9 billion in 2025, the minister said. Leaders want $5 billion. Kyrgyz figures put trade at $3.4 billion.',
      ['trade_turnover 3900000000 2025 actual', 'trade_turnover 5000000000 null target', 'trade_turnover 3400000000 2025 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});

describe('givesOtherSourceData', () => {
  it.each([
    ['Министр привел киргизские данные — $3,5 млрд.', true],
    ['По российской статистике — 3,9 млрд долларов.', true],
    ['Russian figures show $3.9 billion.', true],
    ['По данным министерства, товарооборот вырос.', false],
    ['The data show trade grew.', false],
  ])('%s → %s', (text, want) => expect(givesOtherSourceData(text)).toBe(want));
});
