import { describe, expect, it } from 'vitest';
import { showsFewerDigits } from '../figures';
import { figureLines } from './test-run';

describe('a headline\'s value with fewer digits than the body\'s exact one ("up 23 percent" over 23.4%) is a repeat', () => {
  it.each([
    ['en: "up 18 percent" over the body\'s 18.3%', '2023-05-10',
      'Kyrgyzstan-Russia trade up 18 percent in first quarter\n\nBISHKEK - Trade turnover between Kyrgyzstan and Russia in January-March 2023 amounted to $812.6 million, up 18.3 percent year-on-year, the statistics committee reports.',
      ['trade_turnover 812600000 2023-Q1 actual', 'trade_turnover_growth_pct 18.3 2023-Q1 actual']],
    ['ru: «вырос на 12%» over the body\'s 11,8%', '2023-05-10',
      'Товарооборот Киргизии с Россией вырос на 12%\n\nТоварооборот Кыргызстана с Россией за январь–март 2023 года составил 812,6 млн долларов, увеличившись на 11,8%.',
      ['trade_turnover 812600000 2023-Q1 actual', 'trade_turnover_growth_pct 11.8 2023-Q1 actual']],
    ['en: "$1.3 billion" over the body\'s $1,261.7 million', '2023-10-12',
      'Kyrgyz-Russian trade reaches $1.3 billion in nine months\n\nTrade turnover between Kyrgyzstan and Russia in January-September 2023 amounted to $1,261.7 million, the statistics committee said.',
      ['trade_turnover 1261700000 2023-9M actual']],
    // Kept: a headline's value that is not the body's rounded, and one with as many digits as the body's.
    ['en: "up 20 percent" beside the body\'s 18.3% stays', '2023-05-10',
      'Kyrgyzstan-Russia trade up 20 percent in first quarter\n\nTrade turnover between Kyrgyzstan and Russia in January-March 2023 amounted to $812.6 million, up 18.3 percent year-on-year.',
      ['trade_turnover_growth_pct 20 2023-Q1 actual', 'trade_turnover 812600000 2023-Q1 actual', 'trade_turnover_growth_pct 18.3 2023-Q1 actual']],
    ['en: "up 18.3 percent" beside the body\'s 18% stays as one', '2023-05-10',
      'Kyrgyzstan-Russia trade up 18.3 percent in first quarter\n\nTrade turnover between Kyrgyzstan and Russia in January-March 2023 rose 18 percent.',
      ['trade_turnover_growth_pct 18.3 2023-Q1 actual', 'trade_turnover_growth_pct 18 2023-Q1 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});

describe('showsFewerDigits', () => {
  it.each([
    [23.4, 23, true],
    [37.4, 37, true],
    [1261700000, 1300000000, true],
    [4100000000, 4000000000, true],
    [9.8, 10, true],
    [18.3, 20, false],
    [1261700000, 1200000000, false],
    [2456.9, 2457, false],
    [0.46, 0.5, true],
    [-4.6, -5, true],
    [0, 0, false],
  ])('%s shown as %s: %s', (exact, shown, want) => {
    expect(showsFewerDigits(exact, shown)).toBe(want);
  });
});
