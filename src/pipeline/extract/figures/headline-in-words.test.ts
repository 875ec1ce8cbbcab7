import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('a headline\'s change told in words («на треть», "by a quarter") rounds the body\'s exact change: the headline\'s is a repeat', () => {
  it.each([
    ['ru: «вырос на треть» over the body\'s 33,9%', '2022-08-05',
      'Торговля Киргизии с Россией выросла на треть\n\nТоварооборот Киргизии с Россией в первом полугодии 2022 года увеличился на 33,9%.',
      ['trade_turnover_growth_pct 33.9 2022-H1 actual']],
    ['en: "grew by a quarter" over the body\'s 24.6%', '2022-08-05',
      'Kyrgyz-Russian trade grew by a quarter in 2021\n\nTrade between Kyrgyzstan and Russia rose 24.6% in 2021, the statistics committee said.',
      ['trade_turnover_growth_pct 24.6 2021 actual']],
    // Kept: a headline in words far from the body's change, and one with no change in the body.
    ['ru: «на треть» far from the body\'s 41% stays', '2022-08-05',
      'Торговля Киргизии с Россией выросла на треть\n\nТоварооборот Киргизии с Россией в первом полугодии 2022 года увеличился на 41%.',
      ['trade_turnover_growth_pct 33.3 null actual', 'trade_turnover_growth_pct 41 2022-H1 actual']],
    ['ru: a headline in words alone stays', '2022-08-05',
      'Торговля Киргизии с Россией выросла на треть\n\nТоварооборот Киргизии с Россией в первом полугодии 2022 года составил 1,2 млрд долларов.',
      ['trade_turnover_growth_pct 33.3 null actual', 'trade_turnover 1200000000 2022-H1 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
