import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('a clause of time between commas tells when, not what a figure after it is about', () => {
  it.each([
    ['ru: «когда …» with a noun of imports, then the figure', '2021-03-02',
      'Товарооборот двух стран в 2020 году составил 2,1 млрд долларов. А 2019 год, когда на рынок хлынул поток импорта из Китая, республика закрыла с показателем около 2,6 млрд, а партнеры — с 2,9 млрд.',
      ['trade_turnover 2100000000 2020 actual', 'trade_turnover 2600000000 2019 actual', 'trade_turnover 2900000000 2019 actual']],
    ['en: ", when …," with a noun of exports, then the figure', '2021-03-02',
      'Bilateral trade came to $2.1 billion in 2020. The year 2019, when exports of gold collapsed, ended at about $2.6 billion.',
      ['trade_turnover 2100000000 2020 actual', 'trade_turnover 2600000000 2019 actual']],
    ['a figure inside the clause of time keeps its own subject', '2021-03-02',
      'В 2019 году, когда экспорт составил 500 млн долларов, товарооборот достиг 2,6 млрд долларов.',
      ['trade_turnover 2600000000 2019 actual']],
    ['negative: a subject after the clause of time is the subject', '2021-03-02',
      'Товарооборот в 2020 году составил 2,1 млрд долларов. В 2019 году, когда торговля росла, экспорт составил 600 млн долларов.',
      ['trade_turnover 2100000000 2020 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
