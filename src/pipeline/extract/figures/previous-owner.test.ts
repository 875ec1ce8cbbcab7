import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('"the two countries" and "its" told of the countries named in the sentence before', () => {
  it.each([
    ['ru: «Товарооборот двух стран» after «Президенты Таджикистана и Туркмении»', '2024-05-01',
      'Президенты Таджикистана и Туркмении обсудили по телефону строительство новой дороги. Товарооборот двух стран, по их словам, должен достигнуть 2 млрд долларов.',
      ['third_country_trade_turnover 2000000000 null target']],
    ['en: "Its trade with Kyrgyzstan" after a sentence opening with Uzbekistan', '2007-03-01',
      'Uzbekistan is another factor. Its trade with Kyrgyzstan topped $400 million last year, much of it textiles.',
      ['third_country_trade_turnover 400000000 2006 actual']],
    // Kept: the two countries of a sentence naming Russia, and "its" after a sentence about Russia.
    ['ru: «двух стран» after Russia and Kyrgyzstan stay the pair', '2024-05-01',
      'Президенты России и Киргизии обсудили по телефону строительство новой дороги. Товарооборот двух стран, по их словам, должен достигнуть 5 млрд долларов.',
      ['trade_turnover 5000000000 null target']],
    ['en: "Its trade with Kyrgyzstan" after Russia stays the pair', '2007-03-01',
      'Russia remains the main partner. Its trade with Kyrgyzstan topped $900 million last year.',
      ['trade_turnover 900000000 2006 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date, false)).toEqual(want);
  });
});
