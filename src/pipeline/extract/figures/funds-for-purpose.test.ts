import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('a sum followed by what it is to pay for («на модернизацию …», "for the construction of …") is money set aside, not trade', () => {
  it.each([
    ['ru: «обещанные 150 млн долларов на модернизацию» after a sentence of trade', '2016-03-02',
      'Товарооборот с Россией в 2015 году составил 1,5 млрд долларов. Депутат спросил о судьбе обещанных 150 млн долларов на модернизацию пунктов пропуска.',
      ['trade_turnover 1500000000 2015 actual']],
    ['ru: «выделено 40 млн долларов на поддержку экспортёров»', '2016-03-02',
      'Товарооборот между странами растёт: для этого выделено 40 млн долларов на поддержку экспортёров.',
      []],
    ['ru: «на строительство» after a sum of trade told earlier', '2016-03-02',
      'Товарооборот Кыргызстана и России достиг 1,7 млрд долларов, а ещё 100 млн долларов пойдут на строительство логистического центра.',
      ['trade_turnover 1700000000 null actual']],
    ['en: "$150 million for the modernization of" after a sentence of trade', '2016-03-02',
      'Trade between Kyrgyzstan and Russia reached $1.5 billion in 2015. Deputies asked about the promised $150 million for the modernization of border posts.',
      ['trade_turnover 1500000000 2015 actual']],
    // Kept: a time after «на» is no purpose, nor a capitalised name.
    ['ru: «на конец года» stays', '2016-03-02',
      'Товарооборот Кыргызстана и России составил 1,7 млрд долларов на конец года.',
      ['trade_turnover 1700000000 null actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});

describe('a sum of money that is no trade, in a sentence or after one about trade', () => {
  it.each([
    // An attributive sum before a name and its noun ("the $1 billion … Fund", "a $2 billion Russian loan").
    ['en: "the $500 million Kyrgyz-Russian Investment Fund" after a fall of turnover', '2016-02-01',
      'Turnover fell 20 percent to $1.6 billion in 2015, while the $500 million Kyrgyz-Russian Investment Fund has lent only a part of its capital.',
      ['trade_turnover_growth_pct -20 2015 actual', 'trade_turnover 1600000000 2015 actual']],
    ['en: "a $300 million Russian loan" after turnover', '2016-02-01',
      'Trade reached $1.6 billion in 2015, and Bishkek also received a $300 million Russian loan.',
      ['trade_turnover 1600000000 2015 actual']],
    ['en: "$2 billion Russia-Kyrgyzstan trade" stays trade', '2016-02-01',
      'Officials hailed the $2 billion Russia-Kyrgyzstan trade in 2015.',
      ['trade_turnover 2000000000 2015 actual']],
    // Money sent home by migrants, a contribution: not the turnover of the sentence before.
    ['en: "sending home an estimated $300 million a year"', '2005-08-26',
      'Trade totaled about $430 million last year. Officials say many citizens work in Russia, sending home an estimated $300 million a year.',
      ['trade_turnover 430000000 2004 actual']],
    ['en: "Russia\'s contribution to the programme, which has exceeded"', '2024-06-01',
      'Trade reached $1.45 billion in January-May 2024. The minister also noted Russia\'s contribution to the school programme, which has exceeded $50 million since 2015.',
      ['trade_turnover 1450000000 2024-5M actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
