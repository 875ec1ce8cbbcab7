import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

// "went up 9% in 2029, and this year it slowed": a period after the figure that only a conjunction parts from it opens
// a clause of its own, as after a comma; the period told before the figure with no break between them is the figure's.
describe('a period after "and" / «и» opens a clause of its own', () => {
  it.each([
    ['en: "last year … and this year"', '2031-05-14',
      'The envoy noted that last year bilateral trade went up by 19 percent and this year it keeps climbing.',
      ['trade_turnover_growth_pct 19 2030 actual']],
    ['en: "but this year"', '2031-05-14',
      'In 2029 bilateral trade grew by 11% but this year growth has slowed.',
      ['trade_turnover_growth_pct 11 2029 actual']],
    ['ru: «и в этом году»', '2031-05-14',
      'В прошлом году взаимная торговля прибавила 23% и в этом году подъём не останавливается.',
      ['trade_turnover_growth_pct 23 2030 actual']],
    // Negative: nothing told before the figure, the period after "and" is still the only one of the sentence.
    ['en: no period before the figure keeps the one after', '2031-05-14',
      'Bilateral trade grew 4% and in 2029 it passed $1 billion.',
      ['trade_turnover_growth_pct 4 2029 actual', 'trade_turnover 1000000000 2029 actual']],
    // Negative: a figure of its own after "and" takes its own period.
    ['en: the second figure after "and" keeps its own period', '2031-05-14',
      'Last year trade rose 6% and this year it has risen 2% so far.',
      // "this year … so far" in May: the year to date (running-year.test.ts).
      ['trade_turnover_growth_pct 6 2030 actual', 'trade_turnover_growth_pct 2 2031-YTD actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
