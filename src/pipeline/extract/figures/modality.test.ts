import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';
import { findPeriods } from './periods';

const run = (text: string, date: string | null): string[] => figureLines(text, date);

describe('modality: targets, forecasts and actuals', () => {
  it.each([
    // An obligation with a deadline is a target.
    ['"should reach … a year by"', '2009-05-01', 'The minister said turnover should reach $2 billion a year by 2012.', ['trade_turnover 2000000000 annual target']],
    ['"must hit"', '2009-05-01', 'Trade must hit $2 billion by 2012, the envoy said.', ['trade_turnover 2000000000 2012 target']],
    ['«должен достичь»', '2009-05-01', 'Товарооборот должен достичь 2 млрд долларов к 2012 году.', ['trade_turnover 2000000000 2012 target']],
    ['"is to reach"', '2009-05-01', 'Bilateral trade is to reach $3 billion by 2015.', ['trade_turnover 3000000000 2015 target']],
    // Talk of doubling or raising, and promises.
    ['"talked of doubling … to"', '2019-05-01', 'At the summit the leaders talked of doubling trade to $4bn a year by 2025.', ['trade_turnover_growth_multiple 2 2025 target', 'trade_turnover 4000000000 annual target']],
    ['"spoke about raising"', '2019-05-01', 'They spoke about raising trade to $4 billion by 2025.', ['trade_turnover 4000000000 2025 target']],
    ['«говорили об увеличении»', '2019-05-01', 'Стороны говорили об увеличении товарооборота до 4 млрд долларов к 2025 году.', ['trade_turnover 4000000000 2025 target']],
    // A verb of forecasting with an infinitive is a forecast, though "to grow" alone tells an aim.
    ['"We forecast … to grow to"', '2015-05-01', 'We forecast bilateral trade to grow to US$3bn by 2017.', ['trade_turnover 3000000000 2017 forecast']],
    ['"expect turnover to reach"', '2015-05-01', 'Analysts expect turnover to reach $3bn in 2016.', ['trade_turnover 3000000000 2016 forecast']],
    ['"plans to increase trade to" stays a target', '2015-05-01', 'The government plans to increase trade to $3bn by 2017.', ['trade_turnover 3000000000 2017 target']],
    // A headline's infinitive is a forecast; a verb of intent before it makes a target.
    ['headline "trade to exceed … in"', '2019-11-01', 'Bank: Russia–Kyrgyzstan trade to exceed $3 billion in 2019', ['trade_turnover 3000000000 2019 forecast']],
    ['"want … trade to hit … a year by"', '2015-05-01', 'The two governments want bilateral trade to hit $3 billion a year by 2020.', ['trade_turnover 3000000000 annual target']],
    ['"plan for trade to reach … by"', '2015-05-01', 'Officials plan for trade to reach $3bn by 2017.', ['trade_turnover 3000000000 2017 target']],
    // A rate before the noun: "a goal of $2 billion a year in trade by".
    ['"a goal of … a year in trade by"', '2015-05-01', 'The two governments have set a goal of $3 billion a year in trade by 2020.', ['trade_turnover 3000000000 annual target']],
    ['"the target of … a year in trade with Russia by"', '2015-05-01', 'The premier reiterated the target of $3 billion a year in trade with Russia by 2020.', ['trade_turnover 3000000000 annual target']],
    // "eye", "eyeing": a headline's verb of aim.
    ['headline "eye … trade"', '2026-01-23', 'Russia and Kyrgyzstan hold commission in Bishkek, eye $5bn trade', ['trade_turnover 5000000000 null target']],
    ['"eyeing … by"', '2026-01-23', 'Kyrgyzstan and Russia eyeing $5 billion in trade by 2030', ['trade_turnover 5000000000 2030 target']],
    // An aim without a subject after the parts of trade (exports, imports) is an aim for the turnover told before them.
    ['an aim after exports and imports', '2026-01-23', 'Bilateral trade in 2025 rose to $3.86 billion. Exports to Russia grew to $612 million, while imports from Russia amounted to $3.25 billion. "Our task remains to reach $5 billion by 2030," he added.', ['trade_turnover 3860000000 2025 actual', 'trade_turnover 5000000000 2030 target']],
    // "another" / «ещё» before a change without a subject after the parts of trade: one more change of the turnover.
    ['"another … increase" after exports', '2019-09-20', 'Trade with Russia rose by a quarter in 2018. Imports from Russia doubled. In the first half of this year, customs data show another 8 percent increase. The governments speak of a target of $3 billion.', ['trade_turnover_growth_pct 25 2018 actual', 'trade_turnover_growth_pct 8 2019-H1 actual', 'trade_turnover 3000000000 null target']],
    ['«ещё на … » after exports', '2019-09-20', 'Товарооборот с Россией в 2018 году вырос на 25%. Экспорт в Россию удвоился. За первое полугодие этого года рост составил ещё 8 процентов.', ['trade_turnover_growth_pct 25 2018 actual', 'trade_turnover_growth_pct 8 2019-H1 actual']],
    // The month May in a range or after "in" is no modal "may".
    ['"in January–May came to" is actual', '2019-07-15', 'Trade with Russia in January–May came to $900 million.', ['trade_turnover 900000000 2019-5M actual']],
    ['"may reach" stays a forecast', '2019-07-15', 'Trade with Russia may reach $900 million this year.', ['trade_turnover 900000000 2019 forecast']],
    ['a change after exports without "another" stays unread', '2019-09-20', 'Trade with Russia rose by a quarter in 2018. Imports from Russia doubled. In the first half of this year, customs data show an 8 percent increase.', ['trade_turnover_growth_pct 25 2018 actual']],
    ['no turnover before the parts: no aim for it', '2026-01-23', 'Exports to Russia grew to $612 million. "Our task remains to reach $1 billion by 2030," he added.', []],
    // "could reach" is a forecast (the majority convention of the golds: "could top … in 2007", "forecast it could top").
    // A yearly volume ahead is an aim whatever the modal before it.
    ['"could reach … in annual trade"', '2015-05-01', 'The president said the two countries could reach $3 billion in annual trade within a few years.', ['trade_turnover 3000000000 annual target']],
    // Capability is a forecast.
    ['«способны выйти на»', '2018-03-06', 'К 2020 году стороны вполне способны выйти на товарооборот в 2,5 млрд долларов.', ['trade_turnover 2500000000 2020 forecast']],
    ['«пообещал вернуть»', '2017-05-01', 'Премьер пообещал вернуть товарооборот к трем миллиардам долларов в год.', ['trade_turnover 3000000000 annual target']],
    ['"pledged to return to"', '2017-05-01', 'The premier pledged to return trade to $3 billion a year.', ['trade_turnover 3000000000 annual target']],
    // A good chance is a forecast for the period told.
    ['"every chance of topping … this year"', '2019-06-01', 'We have every chance of topping three billion dollars in trade this year.', ['trade_turnover 3000000000 2019 forecast']],
    ['«есть все шансы»', '2019-06-01', 'По итогам года есть все шансы превысить 3 млрд долларов товарооборота.', ['trade_turnover 3000000000 2019 forecast']],
    ['"a good chance"', '2019-06-01', 'Trade stands a good chance to top $3 billion this year.', ['trade_turnover 3000000000 2019 forecast']],
    // A full-year forecast after a part of the year: the whole year, not the months told before it.
    ['"expects the full-year figure"', '2026-02-01', 'Statistics for January–October 2025 show bilateral turnover of $2.9 billion, and the agency expects the full-year figure to be just under $3.5 billion.', ['trade_turnover 2900000000 2025-10M actual', 'trade_turnover 3500000000 2025 forecast']],
    ['«по итогам года ожидается» after nine months', '2025-11-01', 'За январь–сентябрь 2025 года товарооборот составил 2,7 млрд долларов, а по итогам года ожидается около 3,6 млрд.', ['trade_turnover 2700000000 2025-9M actual', 'trade_turnover 3600000000 2025 forecast']],
    // A verb of intent or hope governs the clause it opens: the future or modal inside it does not make a forecast.
    ['«надеемся, что … превысит» is a target', '2017-03-20', '«Мы надеемся, что уже в нынешнем году товарооборот превысит 1,8 млрд долларов», — сказал спикер.', ['trade_turnover 1800000000 2017 target']],
    ['«рассчитываем, что … превысит» is an expectation: a forecast', '2018-10-20', 'Рассчитываем, что по итогам года товарооборот превысит 2 млрд долларов.', ['trade_turnover 2000000000 2018 forecast']],
    ['en: "hope … could help push trade towards" is a target', '2002-11-01', 'Government economists hope the new plant - and the engineers who would come with it - could help push annual trade towards 500 million dollars.', ['trade_turnover 500000000 annual target']],
    ['en: "we hope that trade will reach" is a target', '2019-06-01', 'We hope that trade will reach $3 billion this year, the minister said.', ['trade_turnover 3000000000 2019 target']],
    ['«как надеются в Бишкеке, может» is an aside: a forecast', '2005-10-01', 'По итогам года товарооборот, как надеются в Бишкеке, может приблизиться к 600 млн долларов.', ['trade_turnover 600000000 2005 forecast']],
    ['«надеемся …, по прогнозам, превысит» keeps the expectation', '2019-06-01', 'Мы надеемся на рост, а в этом году, по прогнозам, товарооборот превысит 3 млрд долларов.', ['trade_turnover 3000000000 2019 forecast']],
    ['en: a verb of intent does not govern a coordinated clause', '2019-06-01', 'Officials hope to sign a new agreement, and analysts say trade could reach $3 billion this year.', ['trade_turnover 3000000000 2019 forecast']],
    ['«надеемся …, а … может» is a forecast', '2019-06-01', 'Мы надеемся на новые соглашения, а товарооборот в этом году может превысить 3 млрд долларов.', ['trade_turnover 3000000000 2019 forecast']],
    ['en: "will" without a verb of intent stays a forecast', '2019-06-01', 'Trade will reach $3 billion this year, the minister said.', ['trade_turnover 3000000000 2019 forecast']],
    // «выйдет на …» (to come out at a level) is the wording of aims, whatever verb of hope or expectation stands before it;
    // told of the running year alone, with no word of aim, it tells where the year is heading (coming-out.test.ts).
    ['«выйдет на … в этом году» is where the year is heading', '2013-05-01', 'Министр уверен, что в этом году товарооборот выйдет на 3 млрд долларов.', ['trade_turnover 3000000000 2013 forecast']],
    ['«по прогнозу … выйдет на … в год» is an aim', '2013-05-01', 'По прогнозу министра, с запуском грузового терминала объем товарооборота выйдет на 3 млрд долларов в год.', ['trade_turnover 3000000000 annual target']],
    ['«рассчитывает, что … выйдет на» is an aim', '2013-05-01', 'Правительство рассчитывает, что после запуска завода товарооборот выйдет на отметку 3 млрд долларов.', ['trade_turnover 3000000000 null target']],
    // A perfective future of returning to a level is a future like «составит»: an aim of a yearly volume.
    ['«вернется к … в год» is an aim', '2013-05-01', 'Посол уверен, что объем товарооборота вскоре вернется к прежним 2 млрд долларов в год.', ['trade_turnover 2000000000 annual target']],
    ['«выразил надежду, что … превысит» is an aim', '2013-05-01', 'Глава делегации выразил надежду, что объем взаимной торговли в 2016 году превысит 3 млрд долларов.', ['trade_turnover 3000000000 2016 target']],
    ['«вправе рассчитывать на» is a forecast', '2017-05-01', 'Товарооборот в прошлом году составил $1,9 млрд. По итогам нынешнего года стороны вправе рассчитывать на 2,3 млрд долларов, считает министр.', ['trade_turnover 1900000000 2016 actual', 'trade_turnover 2300000000 2017 forecast']],
    ['«вышел на» in a year gone by stays actual', '2013-05-01', 'В 2012 году товарооборот вышел на 3 млрд долларов.', ['trade_turnover 3000000000 2012 actual']],
    // «наметился рост» (a rise has shown) is what happened; «наметили» (set out) is a plan.
    ['«наметился рост» is actual', '2015-03-01', 'Товарооборот в прошлом году сократился. В феврале наметился рост – на 6%.', ['trade_turnover_growth_pct 6 2015-02 actual']],
    ['«наметили довести» is a target', '2015-03-01', 'Стороны наметили довести товарооборот до 2 млрд долларов к 2020 году.', ['trade_turnover 2000000000 2020 target']],
    // A value of a year gone by is actual whatever is expected of this one.
    ['en: "below last year’s $420m" is actual', '1998-09-01', 'Trade with Russia fell by 18% in the first half, and officials expect the full-year figure to come in well below last year’s $300m.', ['trade_turnover_growth_pct -18 1998-H1 actual', 'trade_turnover 300000000 1997 actual']],
    ['«ниже прошлогодних 300 млн» is actual', '1998-09-01', 'Товарооборот, по прогнозу, окажется ниже прошлогодних 300 млн долларов.', ['trade_turnover 300000000 1997 actual']],
    // A potential of growth is what could be reached, not what was.
    ['«потенциал роста … на 8% в год» is a target', '2024-05-01', 'Министр видит потенциал роста товарооборота не менее чем на 8% в год.', ['trade_turnover_growth_pct 8 annual target']],
    ['en: "potential for trade growth of 8% a year" is a target', '2024-05-01', 'The minister sees potential for trade growth of 8% a year.', ['trade_turnover_growth_pct 8 annual target']],
    // A noun of aim right after the sum.
    ['en: "on track for the $3 billion goal by 2028" is a target', '2024-05-01', 'Trade reached $2 billion last year. The ministers said the two countries were on track for the $3 billion goal by 2028.', ['trade_turnover 2000000000 2023 actual', 'trade_turnover 3000000000 2028 target']],
    ['en: "the $3 billion mark" is no target', '2024-05-01', 'Trade passed the $3 billion mark in 2023.', ['trade_turnover 3000000000 2023 actual']],
    // A scenario is a forecast; so is a rate that makes an aim look achievable.
    ['«сценарий предполагает рост … до» is a forecast', '2025-03-01', 'Консервативный сценарий министерства предполагает рост товарооборота с Россией в 2025 году до 3,1–3,3 млрд долларов.', ['trade_turnover 3100000000 2025 forecast']],
    ['en: "the baseline scenario sees trade at" is a forecast', '2025-03-01', 'Our baseline scenario sees bilateral trade at $3.2 billion in 2025.', ['trade_turnover 3200000000 2025 forecast']],
    ['«выглядит достижимой при росте на … в год» is a forecast', '2025-03-01', 'Цель довести товарооборот до 4 млрд долларов к 2028 году выглядит достижимой при росте на 6% в год.', ['trade_turnover 4000000000 2028 target', 'trade_turnover_growth_pct 6 annual forecast']],
    ['en: "is attainable with growth of … a year" is a forecast', '2025-03-01', 'The goal of $4 billion in trade by 2028 is attainable with growth of 6% a year.', ['trade_turnover 4000000000 2028 target', 'trade_turnover_growth_pct 6 annual forecast']],
    // An estimate of a year not over at the article's date is a forecast; of a year gone by, its actual value.
    ['en: "we estimate full-year … turnover at" in December is a forecast', '2017-12-15', 'We estimate full-year 2017 turnover with Russia at $1.7 billion.', ['trade_turnover 1700000000 2017 forecast']],
    ['«по нашей оценке, в этом году товарооборот составил» in November is a forecast', '2017-11-20', 'По нашей оценке, в этом году товарооборот с Россией составил около 1,7 млрд долларов.', ['trade_turnover 1700000000 2017 forecast']],
    ['«оценивается» for the year before is actual', '2018-02-10', 'Товарооборот с Россией в 2017 году оценивается в 1,7 млрд долларов.', ['trade_turnover 1700000000 2017 actual']],
    // … but told in January, before the year's statistics are out, it is still a forecast.
    ['en: "is estimated to have reached … in" the year before, told in January, is a forecast', '2018-01-18', 'The ministry said trade with Russia is estimated to have reached $1.7 billion in 2017.', ['trade_turnover 1700000000 2017 forecast']],
    ['«по оценке, в прошлом году товарооборот превысил» in January is a forecast', '2018-01-18', 'По оценке министерства, в прошлом году товарооборот с Россией превысил 1,7 млрд долларов.', ['trade_turnover 1700000000 2017 forecast']],
    ['a figure of the year before told in January without an estimate stays actual', '2018-01-18', 'Товарооборот с Россией в 2017 году составил 1,7 млрд долларов.', ['trade_turnover 1700000000 2017 actual']],
    ['«оценивает итог года» after the months so far is a forecast of that year, even told in the next', '2018-01-25', 'За январь–ноябрь 2017 года товарооборот с Россией составил 1,5 млрд долларов; министерство оценивает итог года примерно в 1,7 млрд.', ['trade_turnover 1500000000 2017-11M actual', 'trade_turnover 1700000000 2017 forecast']],
    // A hedged change of a year not over is the writer's estimate: a forecast.
    ['en: "probably grew by … this year" in October is a forecast', '2019-10-05', 'Trade with Russia probably grew by 8% this year, the economist wrote.', ['trade_turnover_growth_pct 8 2019 forecast']],
    ['«в этом году, вероятно, сократился» in September is a forecast', '2019-09-05', 'Товарооборот с Россией в этом году, вероятно, сократился на 5%.', ['trade_turnover_growth_pct -5 2019 forecast']],
    ['en: a hedged change of a year gone by stays actual', '2019-10-05', 'Trade with Russia probably grew by 8% in 2017.', ['trade_turnover_growth_pct 8 2017 actual']],
    ['en: an estimate of months gone by is actual', '2017-12-15', 'We estimate turnover with Russia in January–October 2017 at $1.4 billion.', ['trade_turnover 1400000000 2017-10M actual']],
    // The actual value told in the same sentence stays actual.
    ['actual then forecast', '2019-06-01', 'Trade came to $2.8 billion last year, and we have every chance of going past three billion this year.', ['trade_turnover 2800000000 2018 actual', 'trade_turnover 3000000000 2019 forecast']],
  ])('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});

describe('periods: rates, parts and bases', () => {
  it.each([
    ['«в год» before a quoted phrase', '1999-02-01', 'Стороны решили довести товарооборот до 300 млн долларов в год «в ближайшие годы».', ['trade_turnover 300000000 annual target']],
    ['«в том числе в сентябре» is the next figure’s period', '2012-11-01', 'В III квартале 2012 года товарооборот составил 400 млн долларов, в том числе в сентябре – 150 млн долларов.', ['trade_turnover 400000000 2012-Q3 actual', 'trade_turnover 150000000 2012-09 actual']],
    ['en: "including … in September"', '2012-11-01', 'Trade reached $400 million in the third quarter of 2012, including $150 million in September.', ['trade_turnover 400000000 2012-Q3 actual', 'trade_turnover 150000000 2012-09 actual']],
    ['«чем в январе–сентябре» is the base', '2012-11-01', 'В январе–сентябре 2012 года товарооборот составил 1,2 млрд долларов, что на 12,8% больше, чем в январе–сентябре 2011 года.', ['trade_turnover 1200000000 2012-9M actual', 'trade_turnover_growth_pct 12.8 2012-9M actual']],
    ['en: "than in the first half of" is the base', '2019-08-01', 'Trade in the first half of 2019 was $900 million, 9% more than in the first half of 2018.', ['trade_turnover 900000000 2019-H1 actual', 'trade_turnover_growth_pct 9 2019-H1 actual']],
    ['en: "up … on the first half of" is the base', '2019-08-01', 'Trade in January–June 2019 rose 9% on the first half of 2018.', ['trade_turnover_growth_pct 9 2019-H1 actual']],
    ['«по сравнению с январем–сентябрем» is the base', '2012-11-01', 'В январе–сентябре 2012 года товарооборот вырос на 12% по сравнению с январем–сентябрем 2011 года.', ['trade_turnover_growth_pct 12 2012-9M actual']],
    ['«по сравнению с первым кварталом» is the base', '2019-05-01', 'В первом квартале 2019 года товарооборот вырос на 7% по сравнению с первым кварталом 2018 года.', ['trade_turnover_growth_pct 7 2019-Q1 actual']],
    ['"over the first nine months" stays the period', '2019-11-01', 'Trade between the two countries grew 7 percent over the first nine months of 2019.', ['trade_turnover_growth_pct 7 2019-9M actual']],
    ['an aside’s noun is not the subject', '2026-02-01', 'Bilateral turnover in January–November 2025 was $3.1 billion. Customs data, which count transit goods in another way, show $3.9 billion for the whole of 2025.', ['trade_turnover 3100000000 2025-11M actual', 'trade_turnover 3900000000 2025 actual']],
    ['en: "slipped" is a fall', '2024-06-01', 'Bilateral trade was $3 billion last year. In the first quarter of 2024 it slipped 4%.', ['trade_turnover 3000000000 2023 actual', 'trade_turnover_growth_pct -4 2024-Q1 actual']],
    ['en: "first-half figures for this year" is the half of that year', '2019-08-01', 'Trade fell to $300 million in 2018, and first-half figures for last year show a rise of 9%.', ['trade_turnover 300000000 2018 actual', 'trade_turnover_growth_pct 9 2018-H1 actual']],
    ['en: "a fall of almost a third" is a percent', '2019-08-01', 'Bilateral trade was $300 million in 2018; the first half of this year saw a fall of almost a third.', ['trade_turnover 300000000 2018 actual', 'trade_turnover_growth_pct -33.3 2019-H1 actual']],
    ['«в прошлом году за тот же период» is last year’s part', '2016-12-01', 'За январь–сентябрь товарооборот составил 900 млн долларов. В прошлом году за тот же период он составлял 1,1 млрд долларов, а за весь год – 1,5 млрд долларов.', ['trade_turnover 900000000 2016-9M actual', 'trade_turnover 1100000000 2015-9M actual', 'trade_turnover 1500000000 2015 actual']],
    ['en: "in the same period last year"', '2016-12-01', 'Trade came to $900 million in January–September. In the same period last year it was $1.1 billion.', ['trade_turnover 900000000 2016-9M actual', 'trade_turnover 1100000000 2015-9M actual']],
    ['en: "in the quarter" refers back to the quarter told', '2026-05-20', 'Officials point to the first quarter of 2026. Exports doubled compared with January–March 2025. Overall turnover in the quarter grew 9%.', ['trade_turnover_growth_pct 9 2026-Q1 actual']],
    ['«в этом полугодии» refers back to the half told', '2019-08-01', 'Итоги первого полугодия 2019 года подвели в Бишкеке. Товарооборот в этом полугодии вырос на 7%.', ['trade_turnover_growth_pct 7 2019-H1 actual']],
    ['«к 2001 году … сократился» with a past verb is that year', '2010-05-01', 'Кризис 1998 года ударил по экономике: к 2001 году товарооборот с Россией сократился до 180 млн долларов.', ['trade_turnover 180000000 2001 actual']],
    ['en: "by 2001 trade had fallen to" is that year', '2010-05-01', 'Trade suffered after the crisis of 1998: by 2001 bilateral trade had fallen to $180 million.', ['trade_turnover 180000000 2001 actual']],
    ['en: "it grew" goes on with the trade of the sentence before', '2022-06-01', 'Trade between the two countries reached $2 billion in 2021. In the first quarter of 2022, it grew by another 9 percent, as exporters looked for new routes.', ['trade_turnover 2000000000 2021 actual', 'trade_turnover_growth_pct 9 2022-Q1 actual']],
    ['«он вырос» goes on with the trade of the sentence before', '2022-06-01', 'Товарооборот стран в 2021 году достиг 2 млрд долларов. В первом квартале 2022 года он вырос еще на 9%, поскольку импортеры искали новые маршруты.', ['trade_turnover 2000000000 2021 actual', 'trade_turnover_growth_pct 9 2022-Q1 actual']],
    ['«за аналогичный период прошлого года» in the next sentence', '2016-12-01', 'За январь–сентябрь товарооборот составил 900 млн долларов. За аналогичный период прошлого года он составлял 1,1 млрд долларов.', ['trade_turnover 900000000 2016-9M actual', 'trade_turnover 1100000000 2015-9M actual']],
    ['«тогда как за аналогичный период прошлого года —» belongs to the figure after it', '2016-12-01', 'За январь–сентябрь товарооборот составил 900 млн долларов, тогда как за аналогичный период прошлого года — 1,1 млрд долларов.', ['trade_turnover 900000000 2016-9M actual', 'trade_turnover 1100000000 2015-9M actual']],
    ['en: "against … in the same period of 2015" belongs to the figure before it', '2016-12-01', 'Trade came to $900 million in January–September, against $1.1 billion in the same period of 2015.', ['trade_turnover 900000000 2016-9M actual', 'trade_turnover 1100000000 2015-9M actual']],
    ['«против … за аналогичный период прошлого года, то есть сократился на» is the first sum’s period', '2005-10-20', 'За январь–август товарооборот составил 300 млн долл. против 400 млн долл. за аналогичный период прошлого года, то есть сократился на 25%.', ['trade_turnover 300000000 2005-8M actual', 'trade_turnover 400000000 2004-8M actual', 'trade_turnover_growth_pct -25 2005-8M actual']],
    ['en: "against … in the same period of 2003, a fall of" is the first sum’s period', '2004-10-20', 'Trade came to $300 million in January–August, against $400 million in the same period of 2003, a fall of 25%.', ['trade_turnover 300000000 2004-8M actual', 'trade_turnover 400000000 2003-8M actual', 'trade_turnover_growth_pct -25 2004-8M actual']],
    // A currency losing value is no change of trade, even right after a sentence about trade.
    ['«сом подешевел на» after trade is the currency’s', '2009-03-01', 'Товарооборот с Россией в 2008 году вырос на 12%. За зиму сом подешевел на 15%.', ['trade_turnover_growth_pct 12 2008 actual']],
    ['en: "the rouble depreciated" after trade is the currency’s', '2015-03-01', 'Bilateral trade fell 10% in 2014. Since December the rouble has depreciated by 40%.', ['trade_turnover_growth_pct -10 2014 actual']],
    ['«больше, чем за аналогичный период прошлого года» is a base', '2016-12-01', 'За январь–сентябрь товарооборот вырос на 10% по сравнению с аналогичным периодом прошлого года.', ['trade_turnover_growth_pct 10 2016-9M actual']],
    ['en: "a drop of a quarter" in "first-quarter figures"', '2009-05-01', 'Trade with Russia was $900 million in 2008. First-quarter figures for this year show a drop of a quarter.', ['trade_turnover 900000000 2008 actual', 'trade_turnover_growth_pct -25 2009-Q1 actual']],
    ['«превысит прошлогодний показатель в 2 млрд» is last year’s actual', '2009-08-01', 'Товарооборот в этом году, по прогнозам, превысит прошлогодний показатель в 2 млрд долларов.', ['trade_turnover 2000000000 2008 actual']],
    ['en: "and 6 percent in the second" goes on with the change before it', '2024-08-01', 'Bilateral trade rose 9 percent in the first quarter, to $700 million, and 6 percent in the second quarter.', ['trade_turnover_growth_pct 9 2024-Q1 actual', 'trade_turnover 700000000 2024-Q1 actual', 'trade_turnover_growth_pct 6 2024-Q2 actual']],
    ['«, и 6% во втором» after a fall is a fall', '2024-08-01', 'Товарооборот снизился на 9% в первом квартале, до 700 млн долларов, и 6% во втором квартале.', ['trade_turnover_growth_pct -9 2024-Q1 actual', 'trade_turnover 700000000 2024-Q1 actual', 'trade_turnover_growth_pct -6 2024-Q2 actual']],
    ['en: a percentage after "and" with no change before it is none', '2024-08-01', 'Bilateral trade came to $700 million in the first quarter, and 6 percent of it was fuel.', ['trade_turnover 700000000 2024-Q1 actual']],
    ['en: "edged up" is a rise', '2024-06-01', 'Bilateral trade edged up 2% in the first quarter of 2024.', ['trade_turnover_growth_pct 2 2024-Q1 actual']],
    ['the cost of a programme is not turnover', '2025-05-20', 'Товарооборот в 2024 году составил 3 млрд долларов. Стороны обсудили программу обновления автопарка, стоимость которой оценивается в 80 млн долларов.', ['trade_turnover 3000000000 2024 actual']],
    ['en: the cost of a project is not turnover', '2025-05-20', 'Trade reached $3 billion in 2024. The plant would cost $80 million.', ['trade_turnover 3000000000 2024 actual']],
    ['en: a sum announced for the repair of buildings is not turnover', '2025-05-20', 'Trade reached $3 billion in 2024. The ministry also announced $6 million for the renovation of clinics.', ['trade_turnover 3000000000 2024 actual']],
    ['a sum announced for the construction of schools is not turnover', '2025-05-20', 'Товарооборот в 2024 году составил 3 млрд долларов. Министерство также объявило о 6 млн долларов на строительство поликлиник.', ['trade_turnover 3000000000 2024 actual']],
    ['«рассчитываем превысить» is an expectation: a forecast', '2020-11-01', '«В этом году рассчитываем превысить 2 млрд долларов товарооборота», — сказал министр.', ['trade_turnover 2000000000 2020 forecast']],
    ['en: "hoped to push it back above" is a target', '2003-05-01', 'The minister said trade had dropped to $250 million in 2002 and that he hoped to push it back above $300 million this year.', ['trade_turnover 250000000 2002 actual', 'trade_turnover 300000000 2003 target']],
    ['en: "hopes to lift trade to" is a target', '2003-05-01', 'The embassy hopes to lift trade to $300 million in 2004.', ['trade_turnover 300000000 2004 target']],
    ['«рассчитываем довести» stays a target', '2020-11-01', 'Мы рассчитываем довести товарооборот до 2 млрд долларов в этом году.', ['trade_turnover 2000000000 2020 target']],
    ['en: an adjective between the sum and "target" ("the $3bn annual target")', '2021-11-01', 'Trade rose to $2bn in 2020, and officials say they are on track for the $3bn annual target set for 2027.', ['trade_turnover 2000000000 2020 actual', 'trade_turnover 3000000000 2027 target']],
    ['«в январе–марте этого года — …, это плюс 9% к прошлому году»: a months range, and a change on last year', '2019-06-01', 'Товарооборот в прошлом году составил 1 млрд долларов. В январе–марте этого года — 250 млн долларов, это плюс 7% к прошлому году.', ['trade_turnover 1000000000 2018 actual', 'trade_turnover 250000000 2019-Q1 actual', 'trade_turnover_growth_pct 7 2019-Q1 actual']],
    ['«минус 4% к уровню прошлого года» is a fall', '2019-06-01', 'За январь–май товарооборот составил 400 млн долларов, минус 4% к уровню прошлого года.', ['trade_turnover 400000000 2019-5M actual', 'trade_turnover_growth_pct -4 2019-5M actual']],
    ['«По итогам 2019 года … , в этом году рассчитываем …»: two clauses, each with its period', '2020-11-01', 'Товарооборот за девять месяцев 2020 года составил 1,4 млрд долларов. «По итогам 2019 года мы вышли на 1,5 млрд, в этом году рассчитываем превысить 2 млрд», — сказал министр.', ['trade_turnover 1400000000 2020-9M actual', 'trade_turnover 1500000000 2019 actual', 'trade_turnover 2000000000 2020 forecast']],
    ['«составил …, в 2019 году — …»: the second clause keeps its year', '2021-03-01', 'Товарооборот в 2020 году составил 2 млрд долларов, в 2019 году — 1,8 млрд.', ['trade_turnover 2000000000 2020 actual', 'trade_turnover 1800000000 2019 actual']],
    ['en: ", this year officials expect …" is a clause of its own', '2020-11-01', 'Trade reached $1.5 billion in 2019, this year officials expect it to top $2 billion.', ['trade_turnover 1500000000 2019 actual', 'trade_turnover 2000000000 2020 forecast']],
    // A figure without a subject goes on with the trade of the sentence before; nouns of a later clause do not stop it.
    ['«… фиксирует меньшую величину — …; расхождение … импорта»', '2024-03-01', 'Товарооборот России и Киргизии в 2023 году составил 3,5 млрд долларов. Бишкек приводит другую цифру — 3,2 млрд долларов; разрыв объясняют учетом импорта.', ['trade_turnover 3500000000 2023 actual', 'trade_turnover 3200000000 2023 actual']],
    ['en: "… puts it lower, at …; the gap comes from imports"', '2024-03-01', 'Bilateral trade reached $3.5 billion in 2023. Kyrgyz statistics put it lower, at $3.2 billion; the gap is put down to how imports are counted.', ['trade_turnover 3500000000 2023 actual', 'trade_turnover 3200000000 2023 actual']],
    ['a noun before the figure still stops it', '2024-03-01', 'Товарооборот России и Киргизии в 2023 году составил 3,5 млрд долларов. Экспорт из Киргизии — 0,4 млрд долларов; остальное пришлось на импорт.', ['trade_turnover 3500000000 2023 actual']],
    ['a difference between two figures is no turnover', '2024-03-01', 'Товарооборот России и Киргизии в 2023 году составил 3,5 млрд долларов. Разница – почти полмиллиарда – это неучтенная торговля.', ['trade_turnover 3500000000 2023 actual']],
    ['a headline\'s rounded growth repeats the body\'s exact one', '2021-09-01', 'Товарооборот с Россией за полгода вырос почти на 10%\n\nТоварооборот Киргизии с Россией в первом полугодии 2021 года увеличился на 9,7%.', ['trade_turnover_growth_pct 9.7 2021-H1 actual']],
    ['en: a headline\'s "about $2 billion" repeats the body\'s exact sum', '2021-09-01', 'Kyrgyz-Russian trade reaches about $2 billion in first half\n\nTrade between Kyrgyzstan and Russia reached $1.94 billion in the first half of 2021.', ['trade_turnover 1940000000 2021-H1 actual']],
    // "Almost" up to a coarse mark told in words («почти на треть», "almost a third") repeats the body's figure below it.
    ['a headline\'s «почти на треть» repeats the body\'s 30%', '2021-09-01', 'Товарооборот с Россией за полгода вырос почти на треть\n\nТоварооборот Киргизии с Россией в первом полугодии 2021 года увеличился на 30,5%.', ['trade_turnover_growth_pct 30.5 2021-H1 actual']],
    ['en: a headline\'s "almost a third" repeats the body\'s 30%', '2021-09-01', 'Kyrgyz-Russian trade up almost a third in first half\n\nTrade between Kyrgyzstan and Russia grew by 30.5% in the first half of 2021.', ['trade_turnover_growth_pct 30.5 2021-H1 actual']],
    ['a headline\'s "almost" far above the body\'s figure stays', '2021-09-01', 'Товарооборот с Россией за полгода вырос почти на треть\n\nТоварооборот Киргизии с Россией в первом полугодии 2021 года увеличился на 12%.', ['trade_turnover_growth_pct 33.3 null actual', 'trade_turnover_growth_pct 12 2021-H1 actual']],
    ['a rounded figure of the body stays beside an exact one', '2021-09-01', 'Товарооборот Киргизии с Россией в первом полугодии 2021 года увеличился на 9,7%. По данным другой стороны, он вырос почти на 10%.', ['trade_turnover_growth_pct 9.7 2021-H1 actual', 'trade_turnover_growth_pct 10 2021-H1 actual']],
    ['an undated headline repeats the dated figure', '2016-12-01', 'Вице-премьер пообещал вернуть товарооборот к трем миллиардам\n\nЦель — вернуться к трем миллиардам долларов в год.', ['trade_turnover 3000000000 annual target']],
  ])('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});

describe('periods: a part of a year and the year told after it', () => {
  it.each([
    ['first-half figures for this year', 2019, ['2019-H1']],
    ['first-half figures for last year', 2019, ['2018-H1']],
    ['in the first quarter of 2018', 2019, ['2018-Q1']],
    ['in the first half, as in 2018', 2019, ['2019-H1', '2018']],
    ['в первом полугодии, как и в 2018 году', 2019, ['2019-H1', '2018']],
  ] as const)('%s', (text, year, want) => {
    expect(findPeriods(text, year).map((p) => p.period)).toEqual(want);
  });
  it.each([
    ['плюс 9% к прошлому году', 2019, [true]],
    ['рост на 5% к уровню 2012 года', 2019, [true]],
    ['в прошлом году товарооборот вырос', 2019, [false]],
  ] as const)('«%s»: after a percentage «к» names the base', (text, year, want) => {
    expect(findPeriods(text, year).map((p) => p.base)).toEqual(want);
  });
});
