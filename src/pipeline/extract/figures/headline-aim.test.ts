import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('«считаем реальным выйти на …»: an aim held realistic is a target, not a level reached', () => {
  it.each([
    ['ru: «считаем реальным выйти на»', '2021-05-10',
      'Министр экономики напомнил, что за 2020 год объём двусторонней торговли достиг 2,2 млрд долларов. «Считаем реальным выйти на 4 млрд долларов», — добавил он.',
      ['trade_turnover 2200000000 2020 actual', 'trade_turnover 4000000000 null target']],
    ['ru: «считает возможным довести его до»', '2021-05-10',
      'Министр экономики напомнил, что за 2020 год объём двусторонней торговли достиг 2,2 млрд долларов. Он считает возможным довести его до 3 млрд долларов.',
      ['trade_turnover 2200000000 2020 actual', 'trade_turnover 3000000000 null target']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});

describe('a headline\'s aim told as the other kind of aim (a forecast over the body\'s target of the same value) is one aim', () => {
  it.each([
    ['ru: headline «может вырасти до» over the body\'s target', '2021-05-10',
      'Осмонов: взаимная торговля двух стран может вырасти до 4 млрд долларов\n\nМинистр экономики Осмонов напомнил, что за 2020 год объём двусторонней торговли достиг 2,2 млрд долларов. «Считаем реальным выйти на 4 млрд долларов», — добавил он.',
      ['trade_turnover 2200000000 2020 actual', 'trade_turnover 4000000000 null target']],
    ['en: headline "could reach" over the body\'s goal', '2021-05-10',
      'Kyrgyz-Russian trade could reach $4 billion, minister says\n\nTrade between Kyrgyzstan and Russia stood at $2.2 billion in 2020. "Our goal is $4 billion," the minister said.',
      ['trade_turnover 2200000000 2020 actual', 'trade_turnover 4000000000 null target']],
    // Kept: a headline's aim of another value than the body's.
    ['ru: a headline forecast of another value stays', '2021-05-10',
      'Осмонов: взаимная торговля двух стран может вырасти до 5 млрд долларов\n\nМинистр экономики Осмонов напомнил, что за 2020 год объём двусторонней торговли достиг 2,2 млрд долларов. «Считаем реальным выйти на 4 млрд долларов», — добавил он.',
      ['trade_turnover 5000000000 null forecast', 'trade_turnover 2200000000 2020 actual', 'trade_turnover 4000000000 null target']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
