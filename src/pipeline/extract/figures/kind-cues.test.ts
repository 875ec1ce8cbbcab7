import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('words that tell a forecast or an aim where the verb before the sum does not', () => {
  it.each([
    ['en: "$X expected this year" after an aim is a forecast', '2023-11-01',
      'Sidorov urged Osmonov to have both cabinets aim for annual trade worth $7 billion, against roughly $4.2 billion expected this year.',
      ['trade_turnover 7000000000 annual target', 'trade_turnover 4200000000 2023 forecast']],
    ['en: "a roadmap for trade to grow" is an aim', '2018-03-01',
      '"Our trade ministers are drafting a roadmap for trade to grow by 15% this year," Osmonov told the forum.',
      ['trade_turnover_growth_pct 15 2018 target']],
    ['ru: «должен достигнуть» is an aim, as «должен достичь»', '2024-06-01',
      'Товарооборот России и Киргизии, по словам министра, должен достигнуть 5 млрд долларов.',
      ['trade_turnover 5000000000 null target']],
    ['ru: «считаем реальным выйти на» after the year\'s result is an aim, of no year', '2021-04-10',
      'В 2020 году товарооборот составил около 1,3 млрд долларов. «Считаем реальным выйти на 2 млрд долларов уже в ближайшие годы», — сказал министр.',
      ['trade_turnover 1300000000 2020 actual', 'trade_turnover 2000000000 null target']],
    // Kept: a verb of expecting with an infinitive stays a forecast; a headline's infinitive too.
    ['en: "expect trade to grow" stays a forecast', '2018-03-01',
      'Analysts expect trade to grow by 12% this year.',
      ['trade_turnover_growth_pct 12 2018 forecast']],
    ['en: a headline infinitive stays a forecast', '2018-03-01',
      'Kyrgyz-Russian trade to grow by 12% this year, ministry says.',
      ['trade_turnover_growth_pct 12 2018 forecast']],
    ['en: "$X, expected to grow" after a comma stays actual', '2023-11-01',
      'Trade between Russia and Kyrgyzstan reached $3.1 billion in 2022, expected to grow further.',
      ['trade_turnover 3100000000 2022 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});

describe('"double digits" names a rate of ten percent or more, not a doubling', () => {
  it.each([
    ['en: "growing by double digits — more than 14 percent"', '2020-11-01',
      'Since January, bilateral trade has been growing by double digits — more than 14 percent over nine months, the minister noted.',
      ['trade_turnover_growth_pct 14 2020-9M actual']],
    ['en: "double-digit growth" alone gives no figure', '2020-11-01',
      'Trade between Russia and Kyrgyzstan showed double-digit growth this year.',
      []],
    // Kept: "double" as a verb of aim still tells a multiple.
    ['en: "to double trade" stays a multiple', '2020-11-01',
      'The presidents agreed to double trade between Russia and Kyrgyzstan by 2025.',
      ['trade_turnover_growth_multiple 2 2025 target']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
