import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';
import { withoutComparisonAsides } from './comparison-aside';

describe('a comparison with others set between commas names no partner of the figure', () => {
  it.each([
    ['en: ", as was the case across the EAEU," before "it grew"', '2017-11-01',
      'In 2016 mutual trade shrank by a fifth, as was the case across the EAEU. From January to August 2017 it recovered by 12%.',
      ['trade_turnover_growth_pct -20 2016 actual', 'trade_turnover_growth_pct 12 2017-8M actual']],
    ['ru: «, как и во всём ЕАЭС,» before «вырос»', '2017-11-01',
      'В прошлом году товарооборот сократился на 20%, как и во всём ЕАЭС, но за восемь месяцев этого года он вырос на 12%.',
      ['trade_turnover_growth_pct -20 2016 actual', 'trade_turnover_growth_pct 12 2017-8M actual']],
    // Kept: the bloc named as the partner itself.
    ['en: trade within the EAEU stays the bloc\'s', '2017-11-01', 'Trade within the EAEU grew by 12% over eight months.', ['eaeu_trade_turnover_growth_pct 12 2017-8M actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date, false)).toEqual(want);
  });

  it('blanks the aside and keeps the offsets', () => {
    const w = 'fell, as was the case in the CIS, and then';
    expect(withoutComparisonAsides(w)).toHaveLength(w.length);
    expect(withoutComparisonAsides(w)).not.toContain('CIS');
  });
});
