import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('a month before a verb of setting an aim dates the setting, not the aim', () => {
  it.each([
    ['ru: «в марте 2019 года … поставили задачу довести … в ближайшие годы»', '2020-05-10',
      'Во время визита в марте 2019 года министры поставили задачу довести товарооборот до 3 млрд долларов в ближайшие годы.',
      ['trade_turnover 3000000000 null target']],
    ['en: "in June 2016 … agreed to raise trade to"', '2017-02-10',
      'At their talks in June 2016 the two governments agreed to raise trade to $2 billion.',
      ['trade_turnover 2000000000 null target']],
    // The aim's own deadline or rate stays.
    ['ru: a deadline after the aim stays', '2020-05-10',
      'В марте 2019 года министры поставили задачу довести товарооборот до 3 млрд долларов к 2025 году.',
      ['trade_turnover 3000000000 2025 target']],
    ['en: an actual figure of the month keeps it', '2017-02-10',
      'In January 2017 trade with Russia amounted to $150 million, the ministers agreed.',
      ['trade_turnover 150000000 2017-01 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
