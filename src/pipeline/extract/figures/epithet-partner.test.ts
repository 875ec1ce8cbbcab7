import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('an epithet before the partner\'s name («с соседним Казахстаном») does not hide the partner', () => {
  it.each([
    ['ru: «с соседней Белоруссией» is a third country', '2013-05-01', 'Товарооборот России с соседней Белоруссией в 2012 году превысил $30 млрд.',
      ['third_country_trade_turnover 30000000000 2012 actual']],
    ['ru: «с соседним Узбекистаном» before a comparison with Kyrgyzstan', '2013-05-01',
      'Оборот торговли России с соседним Узбекистаном за 2012 год составил около $7 млрд — вчетверо больше, чем с Киргизией.',
      ['third_country_trade_turnover 7000000000 2012 actual']],
    // Kept: an epithet before Russia, a lower-case group after an adjective.
    ['ru: «с братской Россией» stays bilateral', '2013-05-01', 'Товарооборот Киргизии с братской Россией в 2012 году превысил $2 млрд.',
      ['trade_turnover 2000000000 2012 actual']],
    ['ru: «с другими странами союза» stays a group', '2013-05-01', 'Товарооборот с другими странами союза в 2012 году превысил $2 млрд.',
      ['bloc_trade_turnover 2000000000 2012 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date, false)).toEqual(want);
  });
});
