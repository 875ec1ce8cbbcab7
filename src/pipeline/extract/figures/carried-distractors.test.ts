import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('a sentence that goes on about the turnover told before but opens with a third country as its holder: that country\'s trade', () => {
  it.each([
    ['ru: «У Таджикистана этот показатель составил …»', '2019-03-01',
      'Товарооборот Кыргызстана с Россией в 2018 году составил 1,8 млрд долларов. У Таджикистана этот показатель составил 1 млрд долларов.',
      ['trade_turnover 1800000000 2018 actual', 'third_country_trade_turnover 1000000000 2018 actual']],
    ['ru: «Узбекистан нарастил показатель до …»', '2019-03-01',
      'Товарооборот Кыргызстана с Россией в 2018 году составил 1,8 млрд долларов. Узбекистан за тот же год нарастил показатель до 4,4 млрд долларов.',
      ['trade_turnover 1800000000 2018 actual', 'third_country_trade_turnover 4400000000 2018 actual']],
    ['en: "Tajikistan\'s figure was …"', '2019-03-01',
      'Trade between Kyrgyzstan and Russia reached $1.8 billion in 2018. Tajikistan\'s figure was $1 billion.',
      ['trade_turnover 1800000000 2018 actual', 'third_country_trade_turnover 1000000000 2018 actual']],
    ['ru: «На Казахстан пришлось …» after the trade with the bloc', '2019-03-01',
      'Товарооборот Кыргызстана со странами ЕАЭС в 2018 году составил 2,9 млрд долларов. На Казахстан пришлось 0,9 млрд долларов.',
      ['eaeu_trade_turnover 2900000000 2018 actual', 'third_country_trade_turnover 900000000 2018 actual']],
    ['ru: «С Таджикистаном он вырос на …»', '2019-03-01',
      'Товарооборот Кыргызстана с Россией в 2018 году составил 1,8 млрд долларов. С Таджикистаном он вырос на 7%.',
      ['trade_turnover 1800000000 2018 actual', 'third_country_trade_turnover_growth_pct 7 2018 actual']],
    ['en: "By comparison, with China it reached …"', '2019-03-01',
      'Trade between Kyrgyzstan and Russia reached $1.8 billion in 2018. By comparison, with China it reached $1.2 billion.',
      ['trade_turnover 1800000000 2018 actual', 'third_country_trade_turnover 1200000000 2018 actual']],
    // Kept: a third country as a place or as a speaker, and Russia opening the sentence.
    ['ru: «В Казахстане он вырос …» (a place) stays the pair\'s', '2019-03-01',
      'Товарооборот Кыргызстана с Россией в 2018 году составил 1,8 млрд долларов. В Казахстане на встрече министры отметили, что он вырос до 1,9 млрд долларов.',
      ['trade_turnover 1800000000 2018 actual', 'trade_turnover 1900000000 2018 actual']],
    ['ru: «Казахстан отметил, что он вырос …» (a speaker) stays the pair\'s', '2019-03-01',
      'Товарооборот Кыргызстана с Россией в 2018 году составил 1,8 млрд долларов. Казахстан при этом отметил, что он вырос до 1,9 млрд долларов.',
      ['trade_turnover 1800000000 2018 actual', 'trade_turnover 1900000000 2018 actual']],
    ['ru: «США, увеличившись на …» (a sum\'s currency cut off at «долл.») stays the pair\'s', '2019-03-01',
      'Товарооборот Кыргызстана с Россией в 2018 году составил 1,8 млрд долл. США, увеличившись на 7% по сравнению с предыдущим годом.',
      ['trade_turnover 1800000000 2018 actual', 'trade_turnover_growth_pct 7 2018 actual']],
    ['ru: «С Россией он вырос на …» stays the pair\'s', '2019-03-01',
      'Товарооборот Кыргызстана с Россией в 2018 году составил 1,8 млрд долларов. С Россией он вырос на 7%.',
      ['trade_turnover 1800000000 2018 actual', 'trade_turnover_growth_pct 7 2018 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date, false)).toEqual(want);
  });
});

describe('damage and losses are not turnover, though a sentence about trade comes before', () => {
  it.each([
    ['ru: «Ущерб оценивается в …»', '2019-03-01',
      'Товарооборот Кыргызстана с Россией в 2018 году составил 1,8 млрд долларов. Ущерб от закрытия границы оценивается в 20 млн долларов.',
      ['trade_turnover 1800000000 2018 actual']],
    ['ru: «Убытки перевозчиков составили …»', '2019-03-01',
      'Товарооборот Кыргызстана с Россией в 2018 году составил 1,8 млрд долларов. Убытки перевозчиков составили 40 млн долларов.',
      ['trade_turnover 1800000000 2018 actual']],
    ['en: "Losses amounted to …"', '2019-03-01',
      'Trade between Kyrgyzstan and Russia reached $1.8 billion in 2018. Losses of truckers amounted to $40 million.',
      ['trade_turnover 1800000000 2018 actual']],
    ['en: "The damage is estimated at …"', '2019-03-01',
      'Trade between Kyrgyzstan and Russia reached $1.8 billion in 2018. The damage is estimated at $20 million.',
      ['trade_turnover 1800000000 2018 actual']],
    // Kept: a change of turnover beside a word of losses after it.
    ['ru: «вырос на 10%, несмотря на потери» stays', '2019-03-01',
      'Товарооборот Кыргызстана с Россией в 2018 году вырос на 10%, несмотря на потери от закрытия границы.',
      ['trade_turnover_growth_pct 10 2018 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
