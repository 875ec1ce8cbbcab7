import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('a period that belongs to an earlier amount of the sentence is not the period of a target told after it', () => {
  it.each([
    ['en: the period right after the actual amount', '2023-11-01',
      'Trade between Kyrgyzstan and Russia reached 2.1 billion dollars in the first half of this year, and the two sides agreed to bring it to 4 billion dollars in the coming years.',
      ['trade_turnover 2100000000 2023-H1 actual', 'trade_turnover 4000000000 null target']],
    ['en: a year right after the actual amount', '2020-03-01',
      'Trade between Kyrgyzstan and Russia reached 2.1 billion dollars in 2019, and the sides aim to raise it to 4 billion dollars.',
      ['trade_turnover 2100000000 2019 actual', 'trade_turnover 4000000000 null target']],
    ['ru: the period before the actual amount and a clause break', '2023-11-01',
      'Товарооборот России и Кыргызстана за девять месяцев составил 2 млрд долларов, и стороны договорились довести его до 4 млрд долларов в ближайшие годы.',
      ['trade_turnover 2000000000 2023-9M actual', 'trade_turnover 4000000000 null target']],
    // Kept: a period of the target's own, with the base amount inside the same clause.
    ['ru: «с 3 млрд до 5 млрд» keeps the year that opens the clause', '2023-11-01',
      'В 2025 году стороны намерены довести товарооборот России и Кыргызстана с 3 млрд до 5 млрд долларов.',
      ['trade_turnover 5000000000 2025 target']],
    ['en: a deadline after the target stays', '2023-11-01',
      'Trade between Kyrgyzstan and Russia reached 2.1 billion dollars in 2022, and the sides aim to raise it to 4 billion dollars by 2027.',
      ['trade_turnover 2100000000 2022 actual', 'trade_turnover 4000000000 2027 target']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});

describe('a mark that trade moves towards is a target with no period of its own', () => {
  it.each([
    ['en: "towards the $X mark"', '2024-05-01',
      'Trade between Kyrgyzstan and Russia grew to $3.2 billion in 2023. The ministers said it would keep moving towards the $4 billion mark.',
      ['trade_turnover 3200000000 2023 actual', 'trade_turnover 4000000000 null target']],
    ['ru: «к рубежу в»', '2024-05-01',
      'Товарооборот Кыргызстана и России в 2023 году составил 3,2 млрд долларов. «Мы приближаемся к рубежу в 4 млрд долларов», — сказал министр.',
      ['trade_turnover 3200000000 2023 actual', 'trade_turnover 4000000000 null target']],
    ['ru: a mark quoted past a sentence without a subject is turnover\'s', '2024-05-01',
      'Товарооборот Кыргызстана и России в 2023 году составил 3,2 млрд долларов. Об этом сообщил министр на встрече с журналистами. «Мы движемся к отметке в 4 млрд долларов», — добавил он. Визит завершился вечером.',
      ['trade_turnover 3200000000 2023 actual', 'trade_turnover 4000000000 null target']],
    // Kept: a mark passed is what trade was.
    ['en: "passed the $X mark" stays actual', '2024-05-01',
      'Trade between Kyrgyzstan and Russia passed the $3 billion mark in 2023.',
      ['trade_turnover 3000000000 2023 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
