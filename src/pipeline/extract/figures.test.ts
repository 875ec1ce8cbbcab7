import { describe, expect, it } from 'vitest';
import { toDoc } from '../read';
import type { ArticleDate, FigureDraft } from '../types';
import { extractFigures } from './figures';

function articleDate(date: string | null): ArticleDate {
  return { date, evidence: 'test', basis: date ? 'header' : 'none', monthDay: null, place: null, outlet: null, span: null };
}

function run(text: string, date: string | null): FigureDraft[] {
  const { doc } = toDoc('t.txt', text);
  const figures = extractFigures(doc, articleDate(date));
  for (const f of figures) expect(doc.text.slice(f.quote.start, f.quote.end)).toBe(f.quote.text);
  return figures;
}

/** `metric value period kind qualifier` — one line per figure, in text order. */
const show = (f: FigureDraft) => [f.metric, f.value, f.period ?? 'null', f.kind, f.qualifier ?? '-'].join(' ');

describe('extractFigures', () => {
  it.each([
    // Turnover, actual, with explicit periods (Russian).
    ['year, «по итогам»', '2020-02-10', 'По итогам 2019 года товарооборот между Россией и Кыргызстаном составил 1,8 млрд долларов США.', ['trade_turnover 1800000000 2019 actual -']],
    ['fall and total', '2021-03-01', 'Объем взаимной торговли в 2020 году сократился на 12,3% и составил 1,5 млрд долларов.', ['trade_turnover_growth_pct -12.3 2020 actual -', 'trade_turnover 1500000000 2020 actual -']],
    ['«по итогам восьми месяцев»', '2022-10-05', 'По итогам восьми месяцев 2022 года товарооборот составил 2,4 млрд долларов.', ['trade_turnover 2400000000 2022-8M actual -']],
    ['en: "in the first nine months"', '2019-10-20', 'Trade between Kyrgyzstan and Russia grew 7 percent in the first nine months of 2019.', ['trade_turnover_growth_pct 7 2019-9M actual -']],
    ['turnover with one Russian region', '2019-12-01', 'Товарооборот с Омской областью за январь-октябрь достиг 45 млн долларов.', ['regional_trade_turnover 45000000 2019-10M actual -']],
    ['en: trade with a third country', '2019-12-01', 'In 2018 Kyrgyzstan’s trade with Uzbekistan reached $800 million.', ['third_country_trade_turnover 800000000 2018 actual -']],
    ['turnover with Russia stays bilateral', '2019-12-01', 'Товарооборот Кыргызстана с Россией в 2018 году составил 2,1 млрд долларов.', ['trade_turnover 2100000000 2018 actual -']],
    ['nine months by month range', '2023-11-02', 'В январе-сентябре 2023 года товарооборот вырос на 8%.', ['trade_turnover_growth_pct 8 2023-9M actual -']],
    ['a figure in a clause of time about a comparison\'s year is of that year', '2000-07-27', 'В прошлом году товарооборот составил около 220 млн долларов — почти вдвое меньше, чем в 1997-м, когда он превышал 400 млн.', ['trade_turnover 220000000 1999 actual about', 'trade_turnover 400000000 1997 actual more than']],
    ['en: a figure in a "when" clause about a comparison\'s year', '2021-03-01', 'Trade between Russia and Kyrgyzstan reached $1.5 billion last year, less than in 2019, when it topped $2 billion.', ['trade_turnover 1500000000 2020 actual -', 'trade_turnover 2000000000 2019 actual more than']],
    ['en: a year a few words after "compared with" is the base', '2026-09-10', 'In the first half of 2026, trade between Russia and Kyrgyzstan rose by 2.1 percent, compared with double-digit growth in 2023.', ['trade_turnover_growth_pct 2.1 2026-H1 actual -']],
    ['a year a few words after «по сравнению с» is the base', '2026-09-10', 'В первом полугодии 2026 года товарооборот вырос на 2,1% по сравнению с быстрым ростом в 2023 году.', ['trade_turnover_growth_pct 2.1 2026-H1 actual -']],
    ['quarter', '2021-05-12', 'За первый квартал 2021 года товарооборот достиг 410 млн долларов.', ['trade_turnover 410000000 2021-Q1 actual -']],
    ['one month with its year', '2022-03-10', 'В феврале 2022 года товарооборот составил 180 млн долларов.', ['trade_turnover 180000000 2022-02 actual -']],
    ['en: one month of last year', '2022-03-10', 'In December last year, trade between the two countries reached $210 million.', ['trade_turnover 210000000 2021-12 actual -']],
    ['en: "a 21% increase" after the number', '2017-06-20', 'Trade turnover in 2016 totalled $1.3 billion, a 21% increase on the year before.', ['trade_turnover 1300000000 2016 actual -', 'trade_turnover_growth_pct 21 2016 actual -']],
    ['seven months of the current year, «около»', '2024-09-03', 'Товарооборот за семь месяцев текущего года составил около 1,1 млрд долларов.', ['trade_turnover 1100000000 2024-7M actual about']],
    ['year to date', '2021-05-20', 'С начала года товарооборот увеличился на 20,5%.', ['trade_turnover_growth_pct 20.5 2021-YTD actual -']],
    ['year to date with a year', '2012-06-01', 'С начала 2012 года товарооборот вырос на 19%, до $980 млн.', ['trade_turnover_growth_pct 19 2012-YTD actual -', 'trade_turnover 980000000 2012-YTD actual -']],
    ['last year, number word, approaching', '2017-04-04', 'Товарооборот в прошлом году приблизился к отметке в двух миллиардов долларов.', ['trade_turnover 2000000000 2016 actual approaching']],
    ['composite sum', '2015-02-01', 'Товарооборот в 2014 году составил 1 млрд 870 млн долларов.', ['trade_turnover 1870000000 2014 actual -']],
    ['«долл.» abbreviation', '2019-03-01', 'По словам министра, товарооборот в 2018 году составил 2,1 млрд долл.', ['trade_turnover 2100000000 2018 actual -']],
    ['currency implied by the subject', '2016-03-01', 'В 2015 году товарооборот составил 1,3 миллиарда, сообщил министр.', ['trade_turnover 1300000000 2015 actual -']],
    ['«на 13,6% - до»', '2019-02-01', 'Товарооборот в 2018 году увеличился на 13,6% - до 2,2 млрд долларов.', ['trade_turnover_growth_pct 13.6 2018 actual -', 'trade_turnover 2200000000 2018 actual -']],
    ['record and almost', '2014-03-01', 'В прошлом году товарооборот вырос на 21%, до рекордных почти 2,1 миллиарда долларов.', ['trade_turnover_growth_pct 21 2013 actual -', 'trade_turnover 2100000000 2013 actual almost']],
    ['comparison base is not the period', '2019-07-15', 'Товарооборот в первом полугодии 2019 года снизился на 3,5 процента по сравнению с аналогичным периодом 2018 года.', ['trade_turnover_growth_pct -3.5 2019-H1 actual -']],
    ['«выше результатов» of the base year', '2019-05-01', 'По итогам прошлого года товарооборот составил 2,4 млрд долларов, что выше результатов 2017 года более чем на 12 процентов.', ['trade_turnover 2400000000 2018 actual -', 'trade_turnover_growth_pct 12 2018 actual more than']],
    ['«на 3,5% меньше»', '2019-08-01', 'Объем торговли за январь-июнь 2019 года составил 1 млрд долларов, что на 3,5% меньше аналогичного периода прошлого года.', ['trade_turnover 1000000000 2019-H1 actual -', 'trade_turnover_growth_pct -3.5 2019-H1 actual -']],
    ['one side’s data', '2023-02-01', 'Товарооборот в 2022 году, по данным киргизской стороны, достиг $2,7 млрд.', ['trade_turnover 2700000000 2022 actual -']],
    ['growth and multiple', '2013-02-01', 'Товарооборот в 2012 году превысил 2 млрд долларов, увеличившись почти вдвое.', ['trade_turnover 2000000000 2012 actual more than', 'trade_turnover_growth_multiple 2 2012 actual almost']],
    ['«в 1,5 раза»', '2023-01-20', 'Товарооборот в 2022 году вырос в 1,5 раза.', ['trade_turnover_growth_multiple 1.5 2022 actual -']],
    ['span of years has no period', '2023-01-20', 'За последние шесть лет товарооборот вырос в 1,8 раза.', ['trade_turnover_growth_multiple 1.8 null actual -']],
    ['an increase in dollars is a change, not a level', '2023-03-01', 'Товарооборот в 2022 году вырос на 300 млн долларов.', ['trade_turnover_change_usd 300000000 2022 actual -']],
    ['value of the year before', '2018-02-01', 'Товарооборот в 2017 году составил 1,7 млрд долларов против 1,4 млрд годом ранее.', ['trade_turnover 1700000000 2017 actual -', 'trade_turnover 1400000000 2016 actual -']],
    ['signed percentage', '2020-02-01', 'Товарооборот в 2019 году составил $2,6 млрд (+14%).', ['trade_turnover 2600000000 2019 actual -', 'trade_turnover_growth_pct 14 2019 actual -']],
    ['a period in a later clause is not the figure’s', '2025-03-01', 'Товарооборот составил 2,8 млрд долларов, что позволит в 2026 году выйти на новые рубежи.', ['trade_turnover 2800000000 null actual -']],
    ['"worth", last year', '2021-05-01', 'Trade between the countries, the minister said, was worth $2.7 billion last year.', ['trade_turnover 2700000000 2020 actual -']],
    // Monitoring-service sums, decades, bases, sectors and cities.
    ['en: "m dollars" glued to the number', '1996-03-01', 'Trade turnover between the two countries last year reached 150m dollars.', ['trade_turnover 150000000 1995 actual -']],
    ['en: "m roubles" is not in dollars', '1996-03-01', 'Trade turnover reached 40m roubles in 1995.', []],
    ['en: a decade is no period', '2002-05-01', 'In the early 2000s bilateral trade was worth about $400 million.', ['trade_turnover 400000000 null actual about']],
    ['a decade in Russian is no period', '2002-05-01', 'В 1990-е годы товарооборот составлял около 900 млн долларов.', ['trade_turnover 900000000 null actual about']],
    ['en: "up 8 percent on 2012" names the base', '2014-03-01', 'Trade turnover reached $1.9 billion in 2013, up 8 percent on 2012.', ['trade_turnover 1900000000 2013 actual -', 'trade_turnover_growth_pct 8 2013 actual -']],
    ['«на 8% к 2012 году» names the base', '2014-03-01', 'В 2013 году товарооборот вырос на 8% к 2012 году.', ['trade_turnover_growth_pct 8 2013 actual -']],
    ['en: one sector’s trade', '2021-03-01', 'Agricultural trade between Russia and Kyrgyzstan reached $300 million in 2020.', ['sector_trade_turnover 300000000 2020 actual -']],
    ['one sector’s trade, goods after the word', '2021-03-01', 'Товарооборот сельхозпродукции в 2020 году составил 250 млн долларов.', ['sector_trade_turnover 250000000 2020 actual -']],
    ['en: a city and a country', '2012-02-01', 'Trade between Novosibirsk and Kyrgyzstan reached $90 million last year.', ['regional_trade_turnover 90000000 2011 actual -']],
    ['en: two capitals stand for their countries', '2012-02-01', 'Trade between Moscow and Bishkek reached $2 billion last year.', ['trade_turnover 2000000000 2011 actual -']],
    ['a city’s turnover with a country', '2012-02-01', 'Товарооборот Москвы с Киргизией в 2011 году составил 400 млн долларов.', ['regional_trade_turnover 400000000 2011 actual -']],
    ['«вложить» is investment', '2019-06-01', 'Российская компания готова вложить 20 млн долларов в строительство завода.', ['investment_usd 20000000 null actual -']],
    // The whole year, told without its number.
    ['en: a full-year forecast completes the part just reported', '2026-01-20', 'In January-November 2025, trade grew to $3 billion. Full-year turnover is expected to exceed $3.3 billion.', ['trade_turnover 3000000000 2025-11M actual -', 'trade_turnover 3300000000 2025 forecast more than']],
    ['«к концу года» after months of this year', '2019-12-20', 'За январь-октябрь товарооборот составил 2 млрд долларов. К концу года он может превысить 2,4 млрд долларов.', ['trade_turnover 2000000000 2019-10M actual -', 'trade_turnover 2400000000 2019 forecast more than']],
    ['a year already over lends no year to a forecast', '2024-11-12', 'В 2023 году товарооборот превысил 3 млрд долларов. По итогам года товарооборот может превысить 3,3 млрд долларов.', ['trade_turnover 3000000000 2023 actual more than', 'trade_turnover 3300000000 2024 forecast more than']],
    ['en: full-year trade reported early in the next year', '2026-01-21', 'Full-year trade turnover reached $4.2 billion, the ministry said.', ['trade_turnover 4200000000 2025 actual -']],
    ['en: "city trade" is the city’s', '2011-11-03', 'Moscow city trade with Kyrgyzstan exceeded $410 million last year.', ['regional_trade_turnover 410000000 2010 actual more than']],
    ['en: "the region’s trade"', '2011-11-03', 'The region’s trade with Kyrgyzstan reached $40 million last year.', ['regional_trade_turnover 40000000 2010 actual -']],
    ['a region’s turnover goes on with «он»', '2019-09-14', 'Товарооборот Омской области с Кыргызстаном за восемь месяцев составил 30 млн долларов. По прогнозу, к концу года он может достичь 45 миллионов.', ['regional_trade_turnover 30000000 2019-8M actual -', 'regional_trade_turnover 45000000 2019 forecast -']],
    // Targets and forecasts.
    ['«может быть доведена до» is a target', '2005-09-01', 'Стороны считают, что взаимная торговля может быть доведена до 2 млрд долларов.', ['trade_turnover 2000000000 null target -']],
    ['«может быть увеличен до» is a target', '2005-09-01', 'Объем взаимной торговли может быть увеличен до 1 млрд долларов.', ['trade_turnover 1000000000 null target -']],
    ['en: "topped" is more than', '2012-02-01', 'Bilateral trade topped $1.5 billion last year.', ['trade_turnover 1500000000 2011 actual more than']],
    ['en: "could be raised to" is a target', '2005-09-01', 'Officials said bilateral trade could be raised to $3 billion.', ['trade_turnover 3000000000 null target -']],
    ['en: an agreement that envisages raising deliveries', '1996-03-01', 'The protocol envisages raising mutual deliveries to 500m dollars a year.', ['trade_turnover 500000000 annual target -']],
    ['en: "count on reaching … by" is a target with its deadline', '2016-04-12', 'We count on reaching $3 billion in bilateral trade by 2022, the minister said.', ['trade_turnover 3000000000 2022 target -']],
    ['en: "hope to reach … by" is a target with its deadline', '2016-04-12', 'The two governments hope to reach $4 billion in mutual trade by 2025.', ['trade_turnover 4000000000 2025 target -']],
    ['target with deadline', '2019-05-01', 'Стороны договорились довести товарооборот до 10 млрд долларов к 2030 году.', ['trade_turnover 10000000000 2030 target -']],
    ['annual target', '2019-05-01', 'Мы ставим цель нарастить товарооборот до пяти миллиардов долларов в год.', ['trade_turnover 5000000000 annual target -']],
    ['«ежегодный» target', '2024-11-01', 'Президенты поставили задачу довести ежегодный товарооборот до 6 миллиардов долларов.', ['trade_turnover 6000000000 annual target -']],
    ['target without period', '2024-11-01', 'Стороны нацелены на наращивание товарооборота до 7 млрд долларов.', ['trade_turnover 7000000000 null target -']],
    ['forecast this year', '2023-06-01', 'По прогнозам, в текущем году товарооборот может превысить 3 млрд долларов.', ['trade_turnover 3000000000 2023 forecast more than']],
    ['actual then forecast', '2019-03-27', 'Он напомнил, что в 2018 году товарооборот составил 2 млрд долларов, а в текущем году ожидается его рост до 2,5 млрд.', ['trade_turnover 2000000000 2018 actual -', 'trade_turnover 2500000000 2019 forecast -']],
    // English.
    ['reached, up year on year', '2023-04-01', 'Trade between Russia and Kyrgyzstan reached $3.1 billion in 2022, up 12 percent year on year.', ['trade_turnover 3100000000 2022 actual -', 'trade_turnover_growth_pct 12 2022 actual -']],
    ['fell by', '2016-04-01', 'Bilateral trade fell by 9.4% to $1.7 billion in 2015.', ['trade_turnover_growth_pct -9.4 2015 actual -', 'trade_turnover 1700000000 2015 actual -']],
    ['aim, a year', '2016-04-01', 'The two countries aim to bring trade to $5 billion a year.', ['trade_turnover 5000000000 annual target -']],
    ['expected to exceed', '2023-04-01', 'Trade turnover is expected to exceed $3 billion this year.', ['trade_turnover 3000000000 2023 forecast more than']],
    ['quarter', '2021-05-01', 'In the first quarter of 2021, trade grew by 25 percent.', ['trade_turnover_growth_pct 25 2021-Q1 actual -']],
    ['first half, almost', '2016-09-01', 'Trade with Russia totalled almost $500 million in the first half of 2016.', ['trade_turnover 500000000 2016-H1 actual almost']],
    ['first six months of this year', '2020-08-01', 'Trade grew by nearly 15 percent over the first six months of this year, to exceed $900 million.', ['trade_turnover_growth_pct 15 2020-H1 actual almost', 'trade_turnover 900000000 2020-H1 actual more than']],
    ['US $', '2019-03-01', 'Trade turnover in 2018 amounted to US $ 1.9 billion.', ['trade_turnover 1900000000 2018 actual -']],
    ['bn suffix, last year', '2015-03-01', 'Bilateral trade hit $1.2bn last year.', ['trade_turnover 1200000000 2014 actual -']],
    ['two values, two years', '2019-03-01', 'Trade rose to $2 billion in 2018 from $1.5 billion in 2017.', ['trade_turnover 2000000000 2018 actual -', 'trade_turnover 1500000000 2017 actual -']],
    ['decrease compared with a year', '2016-01-20', 'Compared with 2014, a decrease in turnover by 11.5 percent is observed.', ['trade_turnover_growth_pct -11.5 null actual -']],
    ['doubled', '2021-05-01', 'Trade has doubled over the past five years.', ['trade_turnover_growth_multiple 2 null actual -']],
    ['some, qualifier about', '2019-03-01', 'Kyrgyz-Russian trade stood at some $1.9 billion in 2018, up 9% from 2017.', ['trade_turnover 1900000000 2018 actual about', 'trade_turnover_growth_pct 9 2018 actual -']],
    // A change told as a fraction.
    ['«более чем на треть»', '2019-05-18', 'За январь-апрель товарооборот сократился более чем на треть из-за падения цен.', ['trade_turnover_growth_pct -33.3 2019-4M actual more than']],
    ['«на четверть»', '2019-05-18', 'В 2018 году товарооборот вырос на четверть.', ['trade_turnover_growth_pct 25 2018 actual -']],
    ['en: by a quarter', '2019-05-18', 'Trade between the two countries fell by a quarter in 2018.', ['trade_turnover_growth_pct -25 2018 actual -']],
    ['en: by more than a third', '2019-05-18', 'Bilateral trade grew by more than a third in the first quarter.', ['trade_turnover_growth_pct 33.3 2019-Q1 actual more than']],
    ['a fraction of something else is no change', '2019-05-18', 'Треть товарооборота приходится на топливо.', []],
    // "The same period" points back to the last period told, whatever it was about.
    ['en: over the same period, a sentence between', '2015-10-21', 'Remittances fell 40 percent in the first eight months of 2015. Exports suffered too. Bilateral trade fell 20 percent over the same period, to $1.1 billion.',
      ['trade_turnover_growth_pct -20 2015-8M actual -', 'trade_turnover 1100000000 2015-8M actual -']],
    ['«за тот же период»', '2015-10-21', 'Переводы мигрантов за январь-август сократились на 40%. Товарооборот за тот же период снизился на 20%.', ['trade_turnover_growth_pct -20 2015-8M actual -']],
    ['compared with the same period is a base', '2015-10-21', 'Remittances fell 40 percent in the first eight months of 2015. Trade fell 20 percent in the third quarter compared with the same period of 2014.',
      ['trade_turnover_growth_pct -20 2015-Q3 actual -']],
    // "…the same period of 2020, when it stood at …": the value told in the clause of time is of the same months of that year.
    ['en: the same period of a year, when …', '2016-08-20', 'Trade reached $1.2 billion in January-June 2016. The figure grew by 12 percent compared to the same period of 2015, when trade between the countries stood at $1.07 billion.',
      ['trade_turnover 1200000000 2016-H1 actual -', 'trade_turnover_growth_pct 12 2016-H1 actual -', 'trade_turnover 1070000000 2015-H1 actual -']],
    ['«по сравнению с аналогичным периодом …, когда …»', '2016-08-20', 'Товарооборот за январь-май 2016 года составил 700 млн долларов, что на 5% больше, чем за аналогичный период 2015 года, когда он составлял 667 млн долларов.',
      ['trade_turnover 700000000 2016-5M actual -', 'trade_turnover_growth_pct 5 2016-5M actual -', 'trade_turnover 667000000 2015-5M actual -']],
    // Another source's "figure" for the year told before, not for the year of an amount told in comparison.
    ['en: another source puts the figure at …', '2020-08-12', 'Customs data show turnover of $1.6 billion in 2018, against the $2.3 billion of 2012. The national statistics office puts the figure at $1.8 billion.',
      ['trade_turnover 1600000000 2018 actual -', 'trade_turnover 2300000000 2012 actual -', 'trade_turnover 1800000000 2018 actual -']],
    ['«против … в 2012 году» lends no year to the next sentence', '2019-02-01', 'Товарооборот в 2018 году составил 1,6 млрд долларов против 2,3 млрд долларов в 2012 году. Киргизская статистика оценивает показатель в 1,8 млрд долларов.',
      ['trade_turnover 1600000000 2018 actual -', 'trade_turnover 2300000000 2012 actual -', 'trade_turnover 1800000000 2018 actual -']],
    // After both parts of trade, «показатель» / "the figure" is the whole turnover.
    ['«показатель» after exports and imports', '2020-02-20', 'Товарооборот в 2019 году составил 1,5 млрд долларов. Экспорт составил 1,2 млрд долларов, импорт — 300 млн долларов. Для сравнения: в 2012 году показатель достигал 2 млрд долларов, в 2013-м — 1,9 млрд.',
      ['trade_turnover 1500000000 2019 actual -', 'exports_usd 1200000000 null actual -', 'imports_usd 300000000 null actual -', 'trade_turnover 2000000000 2012 actual -', 'trade_turnover 1900000000 2013 actual -']],
    ['«показатель» after exports alone stays unread', '2020-02-20', 'Товарооборот в 2019 году составил 1,5 млрд долларов. Экспорт составил 1,2 млрд долларов. В 2012 году показатель достигал 1,4 млрд долларов.',
      ['trade_turnover 1500000000 2019 actual -', 'exports_usd 1200000000 null actual -']],
    // "a year" right after an earlier amount is that amount's rate.
    ['en: "a year" of the amount before, a target without a period', '2025-04-17', 'He said trade is approaching $2 billion a year, and that the leaders have set the goal of bringing it to $4 billion.',
      ['trade_turnover 2000000000 annual actual approaching', 'trade_turnover 4000000000 null target -']],
    ['«в год» after the target itself stays annual', '2025-04-17', 'Товарооборот приближается к 2 млрд долларов в год, а президенты поставили задачу довести его до 4 млрд долларов в год.',
      ['trade_turnover 2000000000 annual actual approaching', 'trade_turnover 4000000000 annual target -']],
    ['a whole year, when …, stays that year', '2016-02-20', 'Товарооборот в 2015 году сократился на 20% по сравнению с 2014 годом, когда он составлял 2 млрд долларов.',
      ['trade_turnover_growth_pct -20 2015 actual -', 'trade_turnover 2000000000 2014 actual -']],
    // Each coordinated clause keeps its own period.
    ['en: ", and in …" starts a clause with its own period', '2025-03-19', 'In 2024 trade, according to Russian data, reached nearly four billion dollars, and in January-February 2025 it grew by 10 percent.',
      ['trade_turnover 4000000000 2024 actual almost', 'trade_turnover_growth_pct 10 2025-2M actual -']],
    ['«, и за …» starts a clause with its own period', '2025-03-19', 'В 2024 году товарооборот достиг 3 млрд долларов, и за январь-февраль 2025 года он вырос на 12%.',
      ['trade_turnover 3000000000 2024 actual -', 'trade_turnover_growth_pct 12 2025-2M actual -']],
    // Trade of a region with "partners" when the sentence speaks of regions.
    ['a region\'s trade with Russian partners', '2025-03-19', 'Сотрудничество области с регионами России развивается: товарооборот с российскими партнерами вырос на 20% в 2024 году.', ['regional_trade_turnover_growth_pct 20 2024 actual -']],
    ['en: trade with partners among Russian regions', '2025-03-19', 'The region is expanding ties with Russian regions: trade with its partners grew by 20% in 2024.', ['regional_trade_turnover_growth_pct 20 2024 actual -']],
    ['partners alone stay bilateral', '2025-03-19', 'Товарооборот с российскими партнерами вырос на 20% в 2024 году.', ['trade_turnover_growth_pct 20 2024 actual -']],
    // A relative year with no article year stays null.
    ['«в прошлом году» without an article year', null, 'Товарооборот в прошлом году вырос на 20%.', ['trade_turnover_growth_pct 20 null actual -']],
    // Not turnover.
    ['debt write-off (ru)', '2017-05-01', 'Россия списала Киргизии долг в размере 500 млн долларов.', ['debt_writeoff_usd 500000000 null actual -']],
    ['debt write-off (en)', '2016-05-01', 'Russia wrote off $240 million of Kyrgyz debt.', ['debt_writeoff_usd 240000000 null actual -']],
    ['debt forgiven', '2013-10-01', 'Россия простит Киргизии долг в размере почти $480 млн.', ['debt_writeoff_usd 480000000 null actual almost']],
    // «Госдолг» is one word of debt: a sentence about it after one about turnover does not go on with turnover.
    ['«Госдолг …» after a sentence of turnover is debt', '2005-10-01', 'Товарооборот двух стран за девять месяцев этого года вырос на 12%. Госдолг республики перед Россией — около $170 млн, и правительство просит его списать.', ['trade_turnover_growth_pct 12 2005-9M actual -', 'debt_usd 170000000 null actual about']],
    ['aid named after the sum wins over trade in another clause', '2021-05-01', 'The leaders discussed trade, energy and migration; Russia has provided $25 million in aid.', ['aid_usd 25000000 null actual -']],
    ['investment into the economy', '2017-05-01', 'Российские инвестиции в экономику республики превысили 1,2 млрд долларов.', ['investment_usd 1200000000 null actual more than']],
    ['investment (en)', '2016-05-01', 'Russian investment in Kyrgyzstan amounted to $600 million.', ['investment_usd 600000000 null actual -']],
    ['aid', '2017-05-01', 'Россия выделила Киргизии безвозмездную помощь на 30 млн долларов.', ['aid_usd 30000000 null actual -']],
    ['share of Russia in trade', '2017-05-01', 'Доля России во внешнеторговом обороте Киргизии составляет 22%.', ['russia_share_in_trade_pct 22 null actual -']],
    ['percent of trade is a share', '2021-05-01', "Russia accounts for 25 percent of Kyrgyzstan's foreign trade.", []],
    ['exports only', '2017-05-01', 'Экспорт из России в Киргизию вырос на 15% и составил 2 млрд долларов.', ['exports_growth_pct 15 null actual -', 'exports_usd 2000000000 null actual -']],
    // One side's deliveries («поставил товаров на», "shipped goods worth") are its exports, not the turnover.
    ['«поставил в Россию товаров на» after the turnover is exports', '2023-12-14', 'Товарооборот России и Кыргызстана за январь-октябрь 2023 года составил 2,71 млрд долларов. Кыргызстан поставил в Россию товаров на 0,71 млрд долларов.', ['trade_turnover 2710000000 2023-10M actual -', 'exports_usd 710000000 null actual -']],
    ['en: "shipped goods worth" is exports', '2024-02-01', 'Kyrgyzstan shipped goods worth $700 million to Russia in 2023.', ['exports_usd 700000000 2023 actual -']],
    ['«поставил задачу удвоить товарооборот» stays turnover', '2019-06-01', 'Губернатор поставил задачу удвоить товарооборот к 2024 году.', ['trade_turnover_growth_multiple 2 2024 target -']],
    ['«поставил задачу довести товарооборот» stays turnover', '2024-02-01', 'Президент поставил перед правительством задачу довести товарооборот до 3 млрд долларов.', ['trade_turnover 3000000000 null target -']],
    ['roubles are not dollars', '2017-05-01', 'Товарооборот составил 120 млрд рублей.', []],
    ['a year that is not money', '2017-05-01', 'В 2016 году в республике открылись 15 новых предприятий.', []],
    ['migrants, not money', '2020-05-01', 'In 2019, 3 million Kyrgyz citizens worked in Russia.', []],
    ['multiple of something else', '2020-05-01', 'Число мигрантов выросло в 2,5 раза.', []],
    ['deals are not turnover', '2022-05-01', 'The agreements signed are worth over $1 billion.', []],
    ['remittances are not turnover', '2019-03-27', 'Денежные переводы из России составили 2,4 млрд долларов.', []],
    // "personal/money transfers" is the English statisticians' word for remittances, even right after a trade figure.
    ['en: transfers after trade are not turnover', '2021-04-10', 'Trade between the two countries rose to $1.8 bln last year. Personal transfers from Russia to Kyrgyzstan came to $2.1 bln in 2020.', ['trade_turnover 1800000000 2020 actual -']],
    ['funds for trade are not trade', '2019-03-27', 'Кроме того, российская сторона выделит 30 млн долларов на развитие торговли.', ['aid_usd 30000000 null actual -']],
    ['growth in roubles', '2016-01-20', 'Turnover in roubles rose by 20 percent.', ['trade_turnover_growth_pct_rub_terms 20 null actual -']],
    ['flights are not figures', '2022-08-25', 'There are 21 direct flights per week between the two countries.', []],
    ['percentage points', '2022-08-25', 'Доля России в товарообороте выросла на 3 процентных пункта.', []],
    // A Russian region as the trading party is regional, not national (and its growth with it).
    ['region owns the turnover', '2022-04-01', 'По итогам 2021 года товарооборот Омской области с Кыргызстаном составил 31 млн долларов, увеличившись на 12%.', ['regional_trade_turnover 31000000 2021 actual -', 'regional_trade_turnover_growth_pct 12 2021 actual -']],
    ['republic within Russia owns it', '2019-08-01', 'Товарооборот Башкортостана с Кыргызстаном за первое полугодие превысил 20 млн долларов.', ['regional_trade_turnover 20000000 2019-H1 actual more than']],
    ['en: trade between a region and the country', '2021-06-01', 'Trade between Omsk Region and Kyrgyzstan reached $25 million in 2020.', ['regional_trade_turnover 25000000 2020 actual -']],
    ['Kyrgyz Republic is no region', '2021-06-01', 'Товарооборот Кыргызской Республики с Россией в 2020 году составил 1,7 млрд долларов.', ['trade_turnover 1700000000 2020 actual -']],
    // A range is one figure: the lower bound.
    ['en: range "between … and"', '2024-02-01', 'Officials expect trade to reach between $4 billion and $4.5 billion this year.', ['trade_turnover 4000000000 2024 forecast -']],
    ['ru: range «от … до»', '2024-02-01', 'Ожидается, что в этом году товарооборот составит от 4 до 4,5 млрд долларов.', ['trade_turnover 4000000000 2024 forecast -']],
    ['ru: percent range with a dash', '2024-02-01', 'В этом году товарооборот вырастет на 6–8%.', ['trade_turnover_growth_pct 6 2024 forecast -']],
    ['"from … to" is a change, not a range', '2024-02-01', 'In 2023 trade rose from $1.5 billion to $2 billion.', ['trade_turnover 1500000000 2023 actual -', 'trade_turnover 2000000000 2023 actual -']],
    // Targets: the deadline year outranks "annual trade"; a rate written right after the sum («в год», "a year") is `annual`.
    ['en: goal in annual trade by a year', '2024-02-01', 'The leaders set a goal of $9 billion in annual trade by 2032.', ['trade_turnover 9000000000 2032 target -']],
    ['ru: target per year by a year', '2024-02-01', 'Стороны намерены довести товарооборот до 4 млрд долларов в год к 2028 году.', ['trade_turnover 4000000000 annual target -']],
    ['en: a rate per year by a year', '2011-05-04', 'The two governments want bilateral trade to hit $2.5 billion a year by 2016.', ['trade_turnover 2500000000 annual target -']],
    ['en: per annum before the deadline', '2011-05-04', 'The aim is trade of $4 billion per annum by 2020.', ['trade_turnover 4000000000 annual target -']],
    ['ru: deadline first, rate after the sum', '2011-05-04', 'К 2020 году стороны планируют довести товарооборот до 3 млрд долларов США в год.', ['trade_turnover 3000000000 annual target -']],
    ['ru: deadline without a rate', '2011-05-04', 'К 2020 году стороны планируют довести товарооборот до 3 млрд долларов.', ['trade_turnover 3000000000 2020 target -']],
    // Number words with a half: «с половиной», "and a half", «полтора», «пол(у)миллиарда»; a sum written in two scales.
    ['ru: «три с половиной миллиарда»', '2019-02-11', 'В 2018 году товарооборот составил три с половиной миллиарда долларов.', ['trade_turnover 3500000000 2018 actual -']],
    ['ru: «двух с половиной миллиардов», genitive', '2019-02-11', 'Товарооборот в прошлом году превысил отметку в двух с половиной миллиардов долларов.', ['trade_turnover 2500000000 2018 actual more than']],
    ['en: "two and a half billion"', '2019-02-11', 'Trade reached two and a half billion dollars in 2018.', ['trade_turnover 2500000000 2018 actual -']],
    ['en: "one and a half billion"', '2019-02-11', 'Last year trade totalled one and a half billion dollars.', ['trade_turnover 1500000000 2018 actual -']],
    ['ru: «полтора миллиарда»', '2019-02-11', 'Товарооборот за 2018 год составил почти полтора миллиарда долларов.', ['trade_turnover 1500000000 2018 actual almost']],
    ['ru: «полмиллиарда»', '2005-02-11', 'В 2004 году товарооборот впервые превысил полмиллиарда долларов.', ['trade_turnover 500000000 2004 actual more than']],
    ['ru: «полумиллиарда» in quotes, currency implied', '2005-02-11', 'В этом году товарооборот может приблизиться к «полумиллиарду».', ['trade_turnover 500000000 2005 forecast approaching']],
    ['ru: «пол-миллиона» of something else', '2005-02-11', 'Россия выделила пол-миллиона долларов на ремонт школ.', ['aid_usd 500000 null actual -']],
    ['ru: «1 миллиард 250 миллионов»', '2019-02-11', 'По итогам 2018 года товарооборот составил 1 миллиард 250 миллионов долларов.', ['trade_turnover 1250000000 2018 actual -']],
    ['ru: «полугодие» is no half of a sum', '2019-08-11', 'За первое полугодие товарооборот вырос на 4%.', ['trade_turnover_growth_pct 4 2019-H1 actual -']],
    // Fractions and factors as changes: as a percentage, like «на треть».
    ['en: "down almost a fifth"', '2010-05-20', 'Trade fell to $900 million in 2009, down almost a fifth from a year earlier.', ['trade_turnover 900000000 2009 actual -', 'trade_turnover_growth_pct -20 2009 actual almost']],
    ['en: "up a quarter"', '2012-03-01', 'Bilateral trade was up a quarter in 2011.', ['trade_turnover_growth_pct 25 2011 actual -']],
    ['en: "fell by a third"', '2016-03-01', 'In 2015 trade between the two countries fell by a third.', ['trade_turnover_growth_pct -33.3 2015 actual -']],
    ['ru: «на пятую часть»', '2016-03-01', 'В 2015 году товарооборот сократился на пятую часть.', ['trade_turnover_growth_pct -20 2015 actual -']],
    ['en: "halved"', '2016-03-01', 'Trade between Russia and Kyrgyzstan halved in 2015.', ['trade_turnover_growth_pct -50 2015 actual -']],
    ['ru: «сократился вдвое»', '2016-03-01', 'В 2015 году товарооборот сократился вдвое.', ['trade_turnover_growth_pct -50 2015 actual -']],
    ['ru: «упал в четыре раза»', '1995-03-01', 'За 1994 год товарооборот упал в четыре раза.', ['trade_turnover_growth_pct -75 1994 actual -']],
    ['en: "doubled" stays a multiple', '2016-03-01', 'Trade doubled in 2015.', ['trade_turnover_growth_multiple 2 2015 actual -']],
    ['ru: «втрое меньше, чем» is a comparison, not a fall', '1997-03-01', 'В 1996 году товарооборот составил 400 млн долларов, что втрое меньше, чем в 1991 году.', ['trade_turnover 400000000 1996 actual -']],
    ['en: "a fifth of trade" is a share, not a change', '2016-03-01', 'Russia accounts for a fifth of Kyrgyz trade.', []],
    // Targets told with a first-person modal; the next N years end in the article year + N − 1.
    ['en: "we can reach … in the next two years"', '2008-04-01', '"We can reach two billion dollars in trade in the next two years," the minister said.', ['trade_turnover 2000000000 2009 target -']],
    ['en: "we could bring … to"', '2008-04-01', 'We could bring trade to $3 billion.', ['trade_turnover 3000000000 null target -']],
    ['ru: «мы можем выйти на»', '2008-04-01', '«В ближайшие три года мы можем выйти на товарооборот в 2 млрд долларов», — сказал министр.', ['trade_turnover 2000000000 null target -']],
    ['ru: «сможем довести»', '2008-04-01', 'Уверен, что мы сможем довести товарооборот до 3 млрд долларов.', ['trade_turnover 3000000000 null target -']],
    ['ru: «может достичь» stays a forecast', '2008-04-01', 'В этом году товарооборот может достичь 2 млрд долларов.', ['trade_turnover 2000000000 2008 forecast -']],
    ['en: "within five years" names no year', '2008-04-01', 'The sides aim to bring trade to $3 billion within five years.', ['trade_turnover 3000000000 null target -']],
    ['ru: «в ближайшие пять лет» names a span, not a year', '2011-06-01', 'Поставлена задача в ближайшие пять лет довести товарооборот до 4 млрд долларов.', ['trade_turnover 4000000000 null target -']],
    ['ru: «за следующие два года» names a span, not a year', '2011-06-01', 'Стороны намерены за следующие два года выйти на товарооборот в 3 млрд долларов.', ['trade_turnover 3000000000 null target -']],
    ['ru: «реально говорить о» is a forecast', '2008-04-01', 'По итогам года товарооборот может вырасти. Реально говорить о 2 млрд долларов.', ['trade_turnover 2000000000 null forecast -']],
    // One month without a year: the article year, or the year before for a month after the article's.
    ['en: "In January" of the article year', '2006-03-03', 'In January, trade amounted to 48 million dollars.', ['trade_turnover 48000000 2006-01 actual -']],
    ['ru: «в феврале» of the article year', '2014-04-10', 'В феврале товарооборот составил 120 млн долларов.', ['trade_turnover 120000000 2014-02 actual -']],
    ['en: a month after the article month is last year’s', '2014-02-10', 'In November trade reached $150 million.', ['trade_turnover 150000000 2013-11 actual -']],
    // An adjective of a month names an event («августовский кризис»), not the figure's month; «из-за» is no «за».
    ['ru: «из-за августовского кризиса» is no month period', '1999-06-20', 'Товарооборот в прошлом году составил 230 млн долларов, сократившись почти на 20 процентов из-за августовского кризиса.', ['trade_turnover 230000000 1998 actual -', 'trade_turnover_growth_pct -20 1998 actual almost']],
    ['ru: «в декабрьском докладе» is no month period', '2015-06-20', 'В 2014 году, как сказано в декабрьском докладе, товарооборот сократился на 5%.', ['trade_turnover_growth_pct -5 2014 actual -']],
    // A period after a word of cause or of an earlier event («после кризиса в августе») dates that event: any other period wins.
    ['ru: «после кризиса в августе» yields to «в прошлом году»', '1999-06-20', 'Товарооборот в прошлом году сократился почти на 20% после кризиса в августе.', ['trade_turnover_growth_pct -20 1998 actual almost']],
    ['en: "after the default in August 1998" yields to the year', '1999-06-20', 'Trade fell by 20 percent in 1999 after the default in August 1998.', ['trade_turnover_growth_pct -20 1999 actual -']],
    ['ru: the event’s month is the only period: it stays', '1998-10-20', 'Товарооборот сократился почти на 20% после кризиса в августе.', ['trade_turnover_growth_pct -20 1998-08 actual almost']],
    ['ru: a period right after the figure is its own', '2019-06-20', 'Товарооборот в прошлом году вырос на 5%, а в январе-мае 2019 года — на 7%.', ['trade_turnover_growth_pct 5 2018 actual -', 'trade_turnover_growth_pct 7 2019-5M actual -']],
    ['ru: the month itself stays the period', '1998-10-20', 'В августе товарооборот сократился почти на 20 процентов из-за кризиса.', ['trade_turnover_growth_pct -20 1998-08 actual almost']],
    ['ru: a day of a month is no month period', '2014-04-10', '3 марта министр сообщил, что товарооборот в 2013 году составил 2 млрд долларов.', ['trade_turnover 2000000000 2013 actual -']],
    // Reported speech after a colon; a later clause about currencies does not make it roubles.
    ['growth after a colon', '2023-04-10', 'По словам министра, партнерство «приносит плоды»: товарооборот между Россией и Кыргызстаном в прошлом году вырос почти на 11%, а доля расчетов в рублях превысила 80%.', ['trade_turnover_growth_pct 11 2022 actual almost']],
  ])('%s', (_name, date, text, expected) => {
    expect(run(text, date).map(show)).toEqual(expected);
  });

  it('takes a relative period from the article year, and none without one', () => {
    const text = 'В прошлом году товарооборот увеличился на 23%.';
    expect(run(text, '2018-03-01').map(show)).toEqual(['trade_turnover_growth_pct 23 2017 actual -']);
    expect(run(text, null).map(show)).toEqual(['trade_turnover_growth_pct 23 null actual -']);
  });

  it('leaves periods counted from the article year null in an undated article', () => {
    const text = 'In January, trade amounted to 48 million dollars. "We can reach one billion dollars in the next two years," he said. Trade may reach $2 billion a year by 2030.';
    expect(run(text, null).map(show)).toEqual([
      'trade_turnover 48000000 null actual -',
      'trade_turnover 1000000000 null target -',
      'trade_turnover 2000000000 annual target -',
    ]);
  });

  it('passes the topic through one short sentence without subject words, not two', () => {
    const one = 'Товарооборот в 2016 году составил 1,2 млрд долларов. Это меньше, чем мы хотели бы. Задача — выйти на два миллиарда.';
    expect(run(one, '2017-03-20').map(show)).toEqual(['trade_turnover 1200000000 2016 actual -', 'trade_turnover 2000000000 null target -']);
    const two = 'Trade reached $1.5 billion in 2016. That is not enough. Nobody is happy. We want to reach three billion.';
    expect(run(two, '2017-03-20').map(show)).toEqual(['trade_turnover 1500000000 2016 actual -']);
  });

  it('passes the topic through a long sentence opening with a pointer back and an aside («Это, конечно, …»)', () => {
    const text = 'Товарооборот в 2030 году составил 2 млрд долларов. Это, по мнению экономистов, объясняется высоким урожаем хлопка, спросом на удобрения и новым мостом через Нарын. За семь месяцев этого года статистика фиксирует спад примерно на 4%.';
    expect(run(text, '2031-09-01').map(show)).toEqual(['trade_turnover 2000000000 2030 actual -', 'trade_turnover_growth_pct -4 2031-7M actual about']);
  });

  it('lets a forecast that goes on from a forecast keep its period, not a target', () => {
    const text = 'Trade may reach $2 billion this year. It could even top $2.2 billion. The sides plan $3 billion.';
    expect(run(text, '2019-05-01').map(show)).toEqual([
      'trade_turnover 2000000000 2019 forecast -',
      // "top" is "exceed", as «превысить» below.
      'trade_turnover 2200000000 2019 forecast more than',
      'trade_turnover 3000000000 null target -',
    ]);
    const ru = 'По итогам года товарооборот может превысить 3 млрд долларов. Реально говорить о 3,2 млрд.';
    expect(run(ru, '2022-09-01').map(show)).toEqual(['trade_turnover 3000000000 2022 forecast more than', 'trade_turnover 3200000000 2022 forecast -']);
  });

  it('carries subject and period from the previous sentence', () => {
    const text = 'Товарооборот в 2018 году вырос на 9 процентов. Он составил 1,9 млрд долларов.\nА в первом полугодии текущего года прибавил еще 6,1%.';
    expect(run(text, '2019-08-01').map(show)).toEqual([
      'trade_turnover_growth_pct 9 2018 actual -',
      'trade_turnover 1900000000 2018 actual -',
      'trade_turnover_growth_pct 6.1 2019-H1 actual -',
    ]);
  });

  it('keeps one figure when the headline repeats the body, also when the headline has no period', () => {
    const same = 'Товарооборот России и Киргизии вырос на 11%\nМОСКВА. Товарооборот между странами в 2019 году вырос на 11% и составил 2,2 млрд долларов.';
    const figures = run(same, '2020-02-01');
    expect(figures.map(show)).toEqual(['trade_turnover_growth_pct 11 2019 actual -', 'trade_turnover 2200000000 2019 actual -']);
    const twice = 'Товарооборот в 2019 году вырос на 11%.\nПо итогам 2019 года товарооборот вырос на 11%, сообщил министр.';
    const kept = run(twice, '2020-02-01');
    expect(kept.map(show)).toEqual(['trade_turnover_growth_pct 11 2019 actual -']);
    expect(kept[0]!.quote.text).toContain('По итогам 2019 года');
  });

  it('quotes the clause, not the whole paragraph', () => {
    const text = 'Стороны обсудили энергетику и транспорт, а также образование; товарооборот в 2021 году составил 2,3 млрд долларов; следующая встреча пройдет осенью.';
    const [f] = run(text, '2022-01-10');
    expect(f!.quote.text).toBe('товарооборот в 2021 году составил 2,3 млрд долларов');
  });

  it('finds nothing in a text without figures', () => {
    expect(run('Президенты обсудили сотрудничество в сфере образования.', '2020-01-01')).toEqual([]);
  });
});
