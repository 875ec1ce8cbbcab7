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
