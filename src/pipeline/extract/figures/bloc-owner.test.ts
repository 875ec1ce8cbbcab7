import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('trade owned by a bloc or told as a country\'s whole foreign trade is not Kyrgyz–Russian turnover', () => {
  it.each([
    ['en: "the EAEU\'s mutual trade"', '2022-11-01',
      'Trade between Russia and Kyrgyzstan grew by 10% in January-September. Earlier, EEC chief Ivan Petrov said that the EAEU\'s mutual trade in January-September had risen by 11.2%.',
      ['trade_turnover_growth_pct 10 2022-9M actual', 'eaeu_trade_turnover_growth_pct 11.2 2022-9M actual']],
    ['en: "the bloc\'s trade"', '2022-11-01',
      'Trade between Russia and Kyrgyzstan grew by 10% in January-September. The bloc\'s trade rose 11.2% over the same period.',
      ['trade_turnover_growth_pct 10 2022-9M actual', 'bloc_trade_turnover_growth_pct 11.2 2022-9M actual']],
    ['en: "total foreign trade turnover"', '2023-10-01',
      'Trade between Russia and Kyrgyzstan rose to $3.1 billion in 2022. Kyrgyzstan\'s total foreign trade turnover reached $14.1 billion in 2022, the statistics committee said.',
      ['trade_turnover 3100000000 2022 actual', 'total_foreign_trade_turnover 14100000000 2022 actual']],
    // Kept: a bloc's possessive before another noun, the words of foreign trade before a later trade word, a partner named.
    ['en: "at the EAEU\'s meeting" names no trade', '2022-11-01',
      'At the EAEU\'s meeting in Minsk, the minister said trade between Russia and Kyrgyzstan grew by 10% in January-September.',
      ['trade_turnover_growth_pct 10 2022-9M actual']],
    ['en: "foreign trade minister said trade with Russia"', '2023-10-01',
      'Kyrgyzstan\'s foreign trade minister said trade with Russia reached $3.1 billion in 2022.',
      ['trade_turnover 3100000000 2022 actual']],
    ['en: "foreign trade turnover with Russia"', '2023-10-01',
      'Kyrgyzstan\'s foreign trade turnover with Russia reached $3.1 billion in 2022.',
      ['trade_turnover 3100000000 2022 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date, false).filter((l) => l.includes('trade_turnover'))).toEqual(want);
  });
});
