import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('"the two countries" and "its" told of the countries named in the sentence before', () => {
  it.each([
    ['ru: «Товарооборот двух стран» after «Президенты Таджикистана и Туркмении»', '2024-05-01',
      'В Душанбе вице-премьеры Таджикистана и Туркмении подписали протокол о транзите. Объем торговли двух стран, по оценке министров, может вырасти до 2 млрд долларов.',
      ['third_country_trade_turnover 2000000000 null forecast']],
    ['en: "Its trade with Kyrgyzstan" after a sentence opening with Uzbekistan', '2007-03-01',
      'Uzbekistan has moved fast since the border reopened. Its bilateral trade with Kyrgyzstan rose to $400 million last year.',
      ['third_country_trade_turnover 400000000 2006 actual']],
    // Kept: the two countries of a sentence naming Russia, and "its" after a sentence about Russia.
    ['ru: «двух стран» after Russia and Kyrgyzstan stay the pair', '2024-05-01',
      'В Москве вице-премьеры России и Киргизии подписали протокол о транзите. Объем торговли двух стран, по оценке министров, может вырасти до 5 млрд долларов.',
      ['trade_turnover 5000000000 null forecast']],
    ['en: "Its trade with Kyrgyzstan" after Russia stays the pair', '2007-03-01',
      'Russia has moved fast since the border reopened. Its bilateral trade with Kyrgyzstan rose to $900 million last year.',
      ['trade_turnover 900000000 2006 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date, false)).toEqual(want);
  });
});
