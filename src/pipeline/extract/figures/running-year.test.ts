import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

// A value of the running year told as done, named only «в этом году» / "this year", before the year is out: the year so far.
describe('a value told as done "this year" before the year is out is the year to date', () => {
  it.each([
    ['en: "had risen to … this year" in September', '2011-09-14',
      'The minister said bilateral trade had risen to about $700 million this year.',
      ['trade_turnover 700000000 2011-YTD actual']],
    ['ru: «в этом году вырос на … и составил» in July', '2011-07-05',
      'По словам министра, в этом году товарооборот вырос на 12% и составил 640 млн долларов.',
      ['trade_turnover_growth_pct 12 2011-YTD actual', 'trade_turnover 640000000 2011-YTD actual']],
    ['negative: told in December, the year is all but over', '2011-12-20',
      'The minister said bilateral trade had risen to about $700 million this year.',
      ['trade_turnover 700000000 2011 actual']],
    ['negative: an estimate of the running year stays a forecast of the year', '2011-09-14',
      'По оценке министерства, в этом году товарооборот вырос до 700 млн долларов.',
      ['trade_turnover 700000000 2011 forecast']],
    ['negative: a future value of this year is a forecast of the year', '2011-09-14',
      'В этом году товарооборот превысит 700 млн долларов.',
      ['trade_turnover 700000000 2011 forecast']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
