import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('«за тот же год», "in the same year": the year told before, whatever it was about', () => {
  it.each([
    ['ru: «за тот же год» after another subject’s year', '2016-08-12',
      'Для сравнения: в 2015 году страна импортировала продовольствия на $10 млрд. Весь экспорт Киргизии в Россию за тот же год составил около $150 млн, товарооборот двух стран — $1,8 млрд.',
      ['trade_turnover 1800000000 2015 actual']],
    ['ru: «в том же году»', '2016-08-12',
      'В 2014 году республика подала заявку на вступление в союз. В том же году товарооборот с Россией составил 2 млрд долларов.',
      ['trade_turnover 2000000000 2014 actual']],
    ['en: "in the same year"', '2016-08-12',
      'In 2013 Russia imported $15 billion of food from the EU. In the same year trade between Kyrgyzstan and Russia was $2 billion.',
      ['trade_turnover 2000000000 2013 actual']],
    ['en: "the same year" takes a year, not the part of one told before', '2016-08-12',
      'In January-June 2015 exports of fruit rose sharply. Trade between Kyrgyzstan and Russia was $1.5 billion in the same year.',
      ['trade_turnover 1500000000 null actual']],
    ['ru: without the phrase a turnover after another subject’s year stays undated', '2016-08-12',
      'Для сравнения: в 2015 году страна импортировала продовольствия на $10 млрд. Товарооборот двух стран — $1,8 млрд.',
      ['trade_turnover 1800000000 null actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
