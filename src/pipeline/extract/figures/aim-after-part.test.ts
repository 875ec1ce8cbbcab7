import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('an aim without a subject after a sentence that told the turnover and then a part of trade is the turnover\'s', () => {
  it.each([
    ['ru: turnover, then exports in one sentence, then «ориентир»', '2021-03-01',
      'За 2020 год товарооборот Кыргызстана и России достиг 2,3 млрд долларов, экспорт киргизских товаров вырос на 7 процентов. Осенью премьер называл для 2021 года ориентир в 2,9 млрд долларов.',
      ['trade_turnover 2300000000 2020 actual', 'trade_turnover 2900000000 2021 target'], false],
    ['ru: a short sentence between them passes the turnover on', '2021-03-01',
      'За 2020 год товарооборот Кыргызстана и России достиг 2,3 млрд долларов, экспорт киргизских товаров вырос на 7 процентов. Эти данные приводит ведомство. Премьер ставил задачу довести его до 2,9 млрд долларов в 2021 году.',
      ['trade_turnover 2300000000 2020 actual', 'trade_turnover 2900000000 2021 target'], false],
    ['en: turnover, then imports in one sentence, then "the goal"', '2021-03-01',
      'Trade between Kyrgyzstan and Russia reached $2.3 billion in 2020, while imports from Russia rose 4%. The goal for 2021 is $2.9 billion.',
      ['trade_turnover 2300000000 2020 actual', 'trade_turnover 2900000000 2021 target'], false],
    // Kept: the part's own change stays the part's; an actual figure after it is not taken for the turnover.
    ['ru: the export change stays exports', '2021-03-01',
      'За 2020 год товарооборот Кыргызстана и России достиг 2,3 млрд долларов, экспорт киргизских товаров вырос на 7 процентов.',
      ['trade_turnover 2300000000 2020 actual', 'exports_growth_pct 7 2020 actual'], true],
  ])('%s', (_name, date, text, want, all) => {
    expect(figureLines(text, date, !all).filter((l) => all || l.startsWith('trade_turnover '))).toEqual(want);
  });
});

describe('the words of a medium\'s title in guillemets are no subject of a figure', () => {
  it.each([
    ['ru: «Telegram-канал «Бизнес и экспорт»» before an aim', '2021-03-01',
      'За 2020 год товарооборот Кыргызстана и России достиг 2,3 млрд долларов. Telegram-канал «Бизнес и экспорт» напомнил, что весной премьер называл для 2021 года ориентир в 2,9 млрд долларов.',
      ['trade_turnover 2300000000 2020 actual', 'trade_turnover 2900000000 2021 target']],
    ['ru: «газета «Экономика сегодня»» before a change', '2021-03-01',
      'За 2020 год товарооборот Кыргызстана и России достиг 2,3 млрд долларов. Как пишет газета «Экономика сегодня», в январе он вырос ещё на 5 процентов.',
      ['trade_turnover 2300000000 2020 actual', 'trade_turnover_growth_pct 5 2021-01 actual']],
    // Kept: a subject word in quoted speech, not a medium's title, is still the subject.
    ['ru: quoted speech keeps its subject', '2021-03-01',
      'За 2020 год товарооборот Кыргызстана и России достиг 2,3 млрд долларов. «Экспорт вырос на 5 процентов», — сказал министр.',
      ['trade_turnover 2300000000 2020 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
