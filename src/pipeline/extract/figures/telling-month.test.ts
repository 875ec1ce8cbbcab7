import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('a month right before a verb of telling dates the telling, not the figure', () => {
  it.each([
    ['ru: «в декабре говорил о» takes the year of the sentence before', '2025-02-18',
      'В 2024 году товарооборот составил 3,6 млрд долларов. Министр в декабре говорил о «порядка 4,2 млрд долларов».',
      ['trade_turnover 3600000000 2024 actual', 'trade_turnover 4200000000 2024 actual']],
    ['en: "in March said" takes the year of the sentence before', '2016-05-10',
      'Trade reached $1.9 billion in 2015. The minister in March said it was $2.1 billion.',
      ['trade_turnover 1900000000 2015 actual', 'trade_turnover 2100000000 2015 actual']],
    ['ru: an imperfective «в марте заявлял о» with «по итогам прошлого года» after the figure', '2023-09-01',
      'Товарооборот России и Кыргызстана растет: вице-премьер в марте заявлял о «более 2 млрд долларов» по итогам прошлого года.',
      ['trade_turnover 2000000000 2022 actual']],
    ['ru: «в мае сообщал» takes the year of the sentence before', '2021-08-12',
      'Товарооборот в 2020 году составил 1,5 млрд долларов. Министр в мае сообщал о 1,7 млрд долларов.',
      ['trade_turnover 1500000000 2020 actual', 'trade_turnover 1700000000 2020 actual']],
    ['en: "spoke in May of" — the month after the verb of telling dates the telling', '2019-08-01',
      'Trade between Russia and Kyrgyzstan was $1.6 billion in 2018. The ambassador spoke in May of "about $1.8 billion."',
      ['trade_turnover 1600000000 2018 actual', 'trade_turnover 1800000000 2018 actual']],
    ['ru: «заявил в апреле о» takes the year of the sentence before', '2019-08-01',
      'В 2018 году товарооборот составил 1,6 млрд долларов. Посол заявил в апреле о «почти 1,8 млрд долларов».',
      ['trade_turnover 1600000000 2018 actual', 'trade_turnover 1800000000 2018 actual']],
    ['en: "said in June that … had “passed" takes the year of the sentence before', '2019-08-01',
      'Trade between Russia and Kyrgyzstan shrank by 3% in 2018 to $1.6 billion. Speaking to students, the ambassador said in June that mutual trade had “passed $1.9 billion” in the same year.',
      ['trade_turnover_growth_pct -3 2018 actual', 'trade_turnover 1600000000 2018 actual', 'trade_turnover 1900000000 2018 actual']],
    ['ru: «заявил в июне, что товарооборот превысил» takes the year of the sentence before', '2019-08-01',
      'В 2018 году товарооборот составил 1,6 млрд долларов. Посол заявил в июне, что товарооборот превысил 1,9 млрд долларов.',
      ['trade_turnover 1600000000 2018 actual', 'trade_turnover 1900000000 2018 actual']],
    // A year counted from ("since", «впервые с») is lent to no later figure.
    ['en: "the first drop since … 2009" is not the period carried on', '2019-02-04',
      'Russian-Kyrgyz trade slid 3% to $1.6bn in 2018, its weakest showing since 2009. Moscow sees it differently: a trade envoy said in June that total two-way trade "passed $2bn".',
      ['trade_turnover_growth_pct -3 2018 actual', 'trade_turnover 1600000000 2018 actual', 'trade_turnover 2000000000 2018 actual']],
    ['ru: «впервые с кризисного 2009 года» is not the period carried on', '2019-02-04',
      'Товарооборот с Россией в 2018 году сократился на 3%, до 1,6 млрд долларов, впервые с кризисного 2009 года. Вице-премьер в июне говорил о «более 2 млрд долларов».',
      ['trade_turnover_growth_pct -3 2018 actual', 'trade_turnover 1600000000 2018 actual', 'trade_turnover 2000000000 2018 actual']],
    // A month that the figure is of keeps it.
    ['en: "in May of" without a verb of telling is the figure\'s month', '2019-08-01',
      'Trade between Russia and Kyrgyzstan reached $150 million in May of this year.',
      ['trade_turnover 150000000 2019-05 actual']],
    ['ru: «в декабре составил» is the figure\'s month', '2025-02-18',
      'Товарооборот в декабре составил 400 млн долларов.',
      ['trade_turnover 400000000 2024-12 actual']],
    ['ru: a year before the verb of telling stays the figure\'s', '2025-02-18',
      'Министр в 2024 году говорил о 4,2 млрд долларов товарооборота.',
      ['trade_turnover 4200000000 2024 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
