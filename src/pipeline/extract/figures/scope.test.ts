import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import type { FigureDraft } from '../../types';
import { articleDate } from './test-run';
import { extractFigures } from '../figures';
import { BLOC_WORDS_GATE, blocPartner } from './metric';
import { rx } from '../regex';


/** `metric value period kind` — one line per figure, in text order. */
function run(text: string, date: string | null): string[] {
  const { doc } = toDoc('t.txt', text);
  return extractFigures(doc, articleDate(date)).map((f: FigureDraft) => [f.metric, f.value, f.period ?? 'null', f.kind].join(' '));
}

describe('scope: a country’s total trade and trade with a bloc are not Kyrgyz–Russian turnover', () => {
  it.each([
    ['«внешнеторговый оборот» of the country', '2015-04-01', 'Внешнеторговый оборот Кыргызстана в 2014 году составил 7,3 млрд долларов.', ['total_foreign_trade_turnover 7300000000 2014 actual']],
    ['«весь внешнеторговый оборот», growth goes on with it', '2015-04-01', 'Весь внешнеторговый оборот республики за 2014 год составил 7,3 млрд долларов и вырос на 4,5%.', ['total_foreign_trade_turnover 7300000000 2014 actual', 'total_foreign_trade_turnover_growth_pct 4.5 2014 actual']],
    ['en: total foreign trade', '2011-03-01', "The republic's total foreign trade was about $5.6bn in 2010.", ['total_foreign_trade_turnover 5600000000 2010 actual']],
    ['en: external trade', '2011-03-01', 'External trade reached $5.6 billion in 2010.', ['total_foreign_trade_turnover 5600000000 2010 actual']],
    ['foreign trade with Russia stays bilateral', '2015-04-01', 'Внешнеторговый оборот Кыргызстана с Россией в 2014 году составил 2 млрд долларов.', ['trade_turnover 2000000000 2014 actual']],
    ['en: foreign trade between the two countries stays bilateral', '2011-03-01', 'Foreign trade between the two countries reached $1.2 billion in 2010.', ['trade_turnover 1200000000 2010 actual']],
    ['en: a foreign trade minister speaking of trade is not the total', '2011-03-01', 'The foreign trade minister said trade rose to $1.2 billion in 2010.', ['trade_turnover 1200000000 2010 actual']],
    ['«министр внешней торговли» speaking of turnover is not the total', '2011-03-01', 'Министр внешней торговли сообщил, что товарооборот в 2010 году составил 1,2 млрд долларов.', ['trade_turnover 1200000000 2010 actual']],
    ['Russia owning foreign trade marks no bilateral trade', '2019-08-01', 'Внешнеторговый оборот России за первое полугодие 2019 года составил 320 млрд долларов.', ['total_foreign_trade_turnover 320000000000 2019-H1 actual']],
    ['«…Российской Федерации», then a bloc', '2019-08-01', 'Внешнеторговый оборот Российской Федерации за 2018 год составил 690 млрд долларов, товарооборот со странами СНГ — 80 млрд долларов.', ['total_foreign_trade_turnover 690000000000 2018 actual', 'cis_trade_turnover 80000000000 2018 actual']],
    ["en: Russia's foreign trade", '2019-08-01', "Russia's foreign trade reached $690 billion in 2018.", ['total_foreign_trade_turnover 690000000000 2018 actual']],
    // «Между тем» (meanwhile) opens the sentence: «между» names no pair there.
    ['«Между тем, … внешнеторговый оборот республики» is the total', '2019-08-01', 'Между тем, по данным статкомитета, внешнеторговый оборот республики за январь–июнь 2019 года вырос на 4,1% и составил 3,3 млрд долларов.', ['total_foreign_trade_turnover_growth_pct 4.1 2019-H1 actual', 'total_foreign_trade_turnover 3300000000 2019-H1 actual']],
    ['«торговля между странами» stays bilateral', '2019-08-01', 'Внешнеторговый оборот между двумя странами за январь–июнь 2019 года составил 1,1 млрд долларов.', ['trade_turnover 1100000000 2019-H1 actual']],
    ['foreign trade of Kyrgyzstan with Russia stays bilateral', '2019-08-01', 'Внешнеторговый оборот Кыргызстана с Россией в 2018 году составил 2,4 млрд долларов.', ['trade_turnover 2400000000 2018 actual']],
    // "in the union", "in the EAEU": trade inside the bloc, unless Russia or the two countries are named.
    ['en: "mutual trade in the union"', '2025-05-01', 'Mutual trade in the union grew 4 percent in 2024, the commission said.', ['bloc_trade_turnover_growth_pct 4 2024 actual']],
    ['en: "trade in the EAEU"', '2025-05-01', 'Overall trade in the EAEU reached $90 billion in 2024.', ['eaeu_trade_turnover 90000000000 2024 actual']],
    ['en: Russia, "its partner in the EAEU", stays bilateral', '2025-05-01', 'Trade with Russia, its largest partner in the EAEU, reached $3 billion in 2024.', ['trade_turnover 3000000000 2024 actual']],
    ['en: "the bloc" named before', '2019-08-01', 'Trade with the bloc as a whole came to $3 billion in 2018.', ['bloc_trade_turnover 3000000000 2018 actual']],
    ['en: "mutual trade within the bloc" is the bloc’s', '2019-08-01', 'The commission said mutual trade within the bloc reached $60 billion in 2018.', ['bloc_trade_turnover 60000000000 2018 actual']],
    ['en: a pair of adjectives with a third country', '2019-08-01', 'Kazakh-Russian trade came to about $17 billion last year.', ['third_country_trade_turnover 17000000000 2018 actual']],
    ['en: "turnover with" a third country in a relative clause after the bilateral sum', '2012-03-01', "Bilateral trade reached $1.2 billion in 2011, a small part of Russia's turnover with Belarus, which exceeded $30 billion.", ['trade_turnover 1200000000 2011 actual', 'third_country_trade_turnover 30000000000 2011 actual']],
    ['en: the partner named right after the sum', '2012-03-01', "Bilateral trade reached $1.2 billion in 2011, far below Russia's $20 billion turnover with Kazakhstan.", ['trade_turnover 1200000000 2011 actual', 'third_country_trade_turnover 20000000000 2011 actual']],
    ['en: "in trade with" a third country after the sum', '2012-03-01', 'Kyrgyzstan did $1.2 billion in trade with Russia in 2011 and $0.9 billion in trade with China.', ['trade_turnover 1200000000 2011 actual', 'third_country_trade_turnover 900000000 2011 actual']],
    ['«казахстанско-российский товарооборот»', '2019-08-01', 'Казахстанско-российский товарооборот в 2018 году составил 17 млрд долларов.', ['third_country_trade_turnover 17000000000 2018 actual']],
    ['the Kyrgyz–Russian pair stays bilateral', '2019-08-01', 'Российско-киргизский товарооборот в 2018 году составил 2,4 млрд долларов.', ['trade_turnover 2400000000 2018 actual']],
    ['en: "two-way" is no pair of countries', '2019-08-01', 'Two-way trade reached $2.4 billion in 2018.', ['trade_turnover 2400000000 2018 actual']],
    ['a region’s trade with a third partner named right before «оборот области»', '2018-07-01', 'Товарооборот Омской области и Киргизии за 2017 год составил 40 млн долларов. Для сравнения, с Узбекистаном оборот области превышает 900 млн долларов.', ['regional_trade_turnover 40000000 2017 actual', 'regional_trade_turnover 900000000 2017 actual']],
    ['a third partner right before the trade word, no comma', '1999-04-01', 'Зато с Узбекистаном торговля республики в 1998 году выросла на 12 процентов.', ['third_country_trade_turnover_growth_pct 12 1998 actual']],
    ['a third partner fronted with «С …,»', '1999-04-01', 'С Узбекистаном, напротив, торговля республики в 1998 году выросла на 12 процентов.', ['third_country_trade_turnover_growth_pct 12 1998 actual']],
    ['en: a country with an apposition owns "its own trade with Russia"', '2023-08-01', 'Uzbekistan, the other big neighbour, saw its own trade with Russia reach a record $9 billion in 2022.', ['third_country_trade_turnover 9000000000 2022 actual']],
    ['«Казахстан, крупнейший партнер, нарастил свой товарооборот с Россией»', '2023-08-01', 'Казахстан, крупнейший сосед, нарастил свой товарооборот с Россией до 26 млрд долларов в 2022 году.', ['third_country_trade_turnover 26000000000 2022 actual']],
    ['en: "China, whose trade with Kyrgyzstan"', '1999-04-01', 'Russia is level with China, whose recorded trade with Kyrgyzstan is about $150 million a year.', ['third_country_trade_turnover 150000000 annual actual']],
    ['«со странами СНГ» before the turnover word', '2013-02-01', 'Со странами СНГ товарооборот в 2012 году составил 3,1 млрд долларов.', ['cis_trade_turnover 3100000000 2012 actual']],
    ['«со всеми странами ЕАЭС»', '2019-03-01', 'Торговля Кыргызстана со всеми странами ЕАЭС за 2018 год превысила 2,7 млрд долларов.', ['eaeu_trade_turnover 2700000000 2018 actual']],
    ['en: trade with EAEU members', '2019-03-01', 'Trade with fellow EAEU members came to $2.7 billion in 2018.', ['eaeu_trade_turnover 2700000000 2018 actual']],
    ['a list continues the scope of each item', '2010-02-01', 'Со странами СНГ внешнеторговый оборот в 2009 году составил 2,2 млрд долларов, в том числе со странами ЕврАзЭС – 1,9 млрд долларов, с государствами – членами Таможенного союза (Россия, Беларусь, Казахстан) – 1,6 млрд долларов.', ['cis_trade_turnover 2200000000 2009 actual', 'eurasec_trade_turnover 1900000000 2009 actual', 'customs_union_trade_turnover 1600000000 2009 actual']],
    // The members' trade among themselves, and trade with all the countries of a group.
    ['«взаимной торговли государств — членов ЕАЭС» is the bloc’s', '2023-12-14', 'Всего объем взаимной торговли государств — членов ЕАЭС за январь — октябрь 2023 года составил 71,4 млрд долларов США.', ['eaeu_trade_turnover 71400000000 2023-10M actual']],
    ['«товарооборот между странами СНГ» is the bloc’s', '2013-02-01', 'Товарооборот между странами СНГ в 2012 году вырос на 4%.', ['cis_trade_turnover_growth_pct 4 2012 actual']],
    ['«взаимная торговля стран союза» (the union named by its common noun) is the bloc’s', '2024-11-20', 'Глава комиссии сообщил, что взаимная торговля стран союза за первое полугодие 2024 года составила 40 млрд долларов.', ['bloc_trade_turnover 40000000000 2024-H1 actual']],
    ['«товарооборот государств Союза» is the bloc’s too', '2024-11-20', 'Товарооборот государств Союза в 2023 году вырос на 6%.', ['bloc_trade_turnover_growth_pct 6 2023 actual']],
    ['Russia and Kyrgyzstan named before «стран союза» stay bilateral', '2024-11-20', 'Торговля России и Кыргызстана как стран союза в 2023 году выросла на 9%.', ['trade_turnover_growth_pct 9 2023 actual']],
    ['en: trade among EAEU members', '2019-03-01', 'Trade among EAEU member states reached $60 billion in 2018.', ['eaeu_trade_turnover 60000000000 2018 actual']],
    ['en: mutual trade of EAEU countries (members after the name)', '2019-03-01', 'Mutual trade of EAEU countries came to $61 billion in 2018.', ['eaeu_trade_turnover 61000000000 2018 actual']],
    ['en: trade of the EAEU member states', '2019-03-01', 'Total trade of the EAEU member states was $62 billion in 2018.', ['eaeu_trade_turnover 62000000000 2018 actual']],
    ['en: mutual trade of the member states of the EAEU', '2019-03-01', 'Mutual trade of the member states of the EAEU reached $60 billion in 2018.', ['eaeu_trade_turnover 60000000000 2018 actual']],
    ['Russia and Kyrgyzstan as members stay bilateral', '2019-03-01', 'Взаимная торговля России и Кыргызстана как государств — членов ЕАЭС в 2018 году составила 2 млрд долларов.', ['trade_turnover 2000000000 2018 actual']],
    ['«со всеми странами Союза» is a group', '2023-12-14', 'Товарооборот Кыргызстана со всеми странами Союза за 2023 год — 4,1 млрд долларов.', ['group_trade_turnover 4100000000 2023 actual']],
    ['en: with all the other members', '2023-12-14', 'Kyrgyzstan’s trade with all the other members reached $4.1 billion in 2023.', ['group_trade_turnover 4100000000 2023 actual']],
    // Trade between two named countries of which one is neither Russia nor Kyrgyzstan.
    ['en: trade between China and Kyrgyzstan is a third country’s', '2007-08-17', 'Trade between China and Kyrgyzstan was expected to exceed 3 billion U.S. dollars this year.', ['third_country_trade_turnover 3000000000 2007 forecast']],
    ['«между Казахстаном и Кыргызстаном» is a third country’s', '2016-09-17', 'Товарооборот между Казахстаном и Кыргызстаном в 2015 году составил около 900 млн долларов.', ['third_country_trade_turnover 900000000 2015 actual']],
    ['en: between the Kyrgyz Republic and the Russian Federation stays bilateral', '2016-09-17', 'Trade between the Kyrgyz Republic and the Russian Federation reached $1.5 billion in 2015.', ['trade_turnover 1500000000 2015 actual']],
    ['en: between Bishkek and Moscow stays bilateral (capitals stand for their countries)', '2016-09-17', 'Trade between Bishkek and Moscow reached $1.5 billion in 2015.', ['trade_turnover 1500000000 2015 actual']],
    ['en: "China’s trade with Kyrgyzstan" is a third country’s', '2026-05-01', 'China’s trade with Kyrgyzstan already exceeds US$22bn a year.', ['third_country_trade_turnover 22000000000 annual actual']],
    ['«товарооборот Казахстана с Кыргызстаном» is a third country’s', '2016-09-17', 'Товарооборот Казахстана с Кыргызстаном в 2015 году составил около 900 млн долларов.', ['third_country_trade_turnover 900000000 2015 actual']],
    ['en: "Kyrgyzstan’s trade with Russia" stays bilateral', '2016-09-17', 'Kyrgyzstan’s trade with Russia reached $1.5 billion in 2015.', ['trade_turnover 1500000000 2015 actual']],
    ['«товарооборот Кыргызстана с Россией» stays bilateral', '2016-09-17', 'Товарооборот Кыргызстана с Россией в 2015 году составил 1,5 млрд долларов.', ['trade_turnover 1500000000 2015 actual']],
    ['«товарооборот Армении и Кыргызстана» (two owners, no «между») is a third country’s', '2016-09-17', 'Товарооборот Армении и Кыргызстана в 2015 году составил 20 млн долларов.', ['third_country_trade_turnover 20000000 2015 actual']],
    ['«товарооборот России и Кыргызстана» stays bilateral', '2016-09-17', 'Товарооборот России и Кыргызстана в 2015 году составил 1,5 млрд долларов.', ['trade_turnover 1500000000 2015 actual']],
    ['«с Турцией … наторговала» (the partner before the verb) is a third country’s', '2016-09-17', 'С Турцией, по данным таможни, республика в 2015 году наторговала на 400 млн долларов.', ['third_country_trade_turnover 400000000 2015 actual']],
    ['«с Россией … наторговала» stays bilateral', '2016-09-17', 'С Россией, по данным таможни, республика в 2015 году наторговала на 1,5 млрд долларов.', ['trade_turnover 1500000000 2015 actual']],
    ['«с соседним Узбекистаном … наторговала» (an epithet before the partner) is a third country’s', '2016-09-17', 'Для сравнения: с соседним Узбекистаном республика в 2015 году наторговала на 300 млн долларов.', ['third_country_trade_turnover 300000000 2015 actual']],
    ['«с братской Россией … наторговала» stays bilateral', '2016-09-17', 'С братской Россией республика в 2015 году наторговала на 1,5 млрд долларов.', ['trade_turnover 1500000000 2015 actual']],
    ['«оборот с Узбекистаном» (bare «оборот») is a third country’s', '2016-09-17', 'Товарооборот с Россией вырос. Оборот с Узбекистаном в 2015 году составил 200 млн долларов.', ['third_country_trade_turnover 200000000 2015 actual']],
    ['«товарооборот республики с Россией»: the bare republic is Kyrgyzstan', '2016-09-17', 'Товарооборот республики с Россией в 2015 году составил 1,5 млрд долларов.', ['trade_turnover 1500000000 2015 actual']],
    ['«товарооборот республики с Кыргызстаном» stays a region’s', '2016-09-17', 'Товарооборот республики с Кыргызстаном в 2015 году составил 60 млн долларов.', ['regional_trade_turnover 60000000 2015 actual']],
    // «между республикой и …»: the bare republic beside a country is Kyrgyzstan too; beside a Russian region it stays a region's.
    ['«между республикой и Россией»: the bare republic is Kyrgyzstan', '2016-09-17', 'Товарооборот между республикой и Россией в январе-мае 2015 года составил 600 млн долларов, увеличившись на 5%.', ['trade_turnover 600000000 2015-5M actual', 'trade_turnover_growth_pct 5 2015-5M actual']],
    ['«между республикой и Узбекистаном» is a third country’s', '2016-09-17', 'Товарооборот между республикой и Узбекистаном в 2015 году составил 200 млн долларов.', ['third_country_trade_turnover 200000000 2015 actual']],
    ['«между республикой и Башкирией» stays a region’s', '2016-09-17', 'Товарооборот между республикой и Башкирией в 2015 году составил 40 млн долларов.', ['regional_trade_turnover 40000000 2015 actual']],
    ['en: "the two countries" after Armenian and Georgian partners is theirs', '2016-09-17', 'The Armenian minister told Georgian officials in Yerevan that trade between the two countries would reach $1 billion this year.', ['third_country_trade_turnover 1000000000 2016 forecast']],
    // "The two countries" of a sentence naming neither side: the pair told just before, or the country whose figures it cites.
    ['en: "the two countries" after a third country’s pair is theirs', '2019-05-20', 'The presidents of Uzbekistan and Kyrgyzstan agreed to raise Uzbek-Kyrgyz trade to $1 billion a year. Trade between the two countries came to $600 million last year.', ['third_country_trade_turnover 1000000000 annual target', 'third_country_trade_turnover 600000000 2018 actual']],
    ['en: "according to Chinese customs data" names the pair', '2019-05-20', 'Trade between the two countries grew to $5 billion in 2018, according to Chinese customs data.', ['third_country_trade_turnover 5000000000 2018 actual']],
    ['«по данным китайской таможни» names the pair', '2019-05-20', 'Товарооборот двух стран в 2018 году составил 5 млрд долларов, по данным китайской таможни.', ['third_country_trade_turnover 5000000000 2018 actual']],
    ['en: a foreign source with Russia named stays bilateral', '2019-05-20', 'Trade between the two countries, Russia and Kyrgyzstan, reached $2 billion in 2018, according to Chinese estimates.', ['trade_turnover 2000000000 2018 actual']],
    ['en: "the two countries" after a Kyrgyz–Russian figure stays bilateral', '2019-05-20', 'Trade with Russia reached $2 billion in 2018. Trade between the two countries grew 10% in the first quarter.', ['trade_turnover 2000000000 2018 actual', 'trade_turnover_growth_pct 10 2019-Q1 actual']],
    // A country opening the sentence, the sum after «, with».
    ['en: "Kazakhstan, with about $… in trade with its neighbour" is a third country’s', '2004-03-01', 'Kazakhstan, with about $300 million in trade with its neighbour, comes second.', ['third_country_trade_turnover 300000000 null actual']],
    // A group of countries named by their region.
    ['en: trade with the Central Asian states is a group’s', '2019-05-20', "Russia's trade with the five Central Asian states reached $30 billion last year.", ['central_asia_trade_turnover 30000000000 2018 actual']],
    ['«со странами Центральной Азии» is a group’s', '2019-05-20', 'Товарооборот России со странами Центральной Азии в 2018 году составил 30 млрд долларов.', ['central_asia_trade_turnover 30000000000 2018 actual']],
    ['en: "the two countries" with no third country stays bilateral', '2016-09-17', 'The Russian minister told reporters in Moscow that trade between the two countries would reach $2 billion this year.', ['trade_turnover 2000000000 2016 forecast']],
    ['en: "between St. Petersburg and Kyrgyzstan" (a city of several words) is a city’s', '2016-09-17', 'Trade between St. Petersburg and Kyrgyzstan totaled $30 million in 2015.', ['regional_trade_turnover 30000000 2015 actual']],
    ['en: "Uzbekistan remained Kyrgyzstan’s third-largest partner, with turnover of …" is a third country’s', '2016-09-17', "Uzbekistan remained Kyrgyzstan's third-largest partner, with turnover of $400 million in 2015.", ['third_country_trade_turnover 400000000 2015 actual']],
    ['«Казахстан остался вторым торговым партнером Кыргызстана» is a third country’s', '2016-09-17', 'Казахстан остался вторым торговым партнером Кыргызстана: товарооборот в 2015 году составил 900 млн долларов.', ['third_country_trade_turnover 900000000 2015 actual']],
    ['en: "Russia remained Kyrgyzstan’s largest partner" stays bilateral', '2016-09-17', "Russia remained Kyrgyzstan's largest partner, with turnover of $1.5 billion in 2015.", ['trade_turnover 1500000000 2015 actual']],
    ['«со всей Россией» stays bilateral', '2025-05-14', 'Товарооборот Кыргызстана со всей Россией в 2024 году достиг 3,6 млрд долларов.', ['trade_turnover 3600000000 2024 actual']],
    // «Наш товарооборот с Кыргызстаном» told after a Russian region is named: the region's trade.
    ['«наш товарооборот с Кыргызстаном» after a region is named', '2025-05-14', 'Накануне в Бишкеке открылось торговое представительство Татарстана. «Наш товарооборот с Кыргызстаном за прошлый год составил 168 млн долларов», — сказал глава республики.', ['regional_trade_turnover 168000000 2024 actual']],
    ['en: a city\'s possessive owns its trade', '2019-03-01', '"Kazan\'s trade with Kyrgyzstan rose to $25 million last year," the mayor said.', ['regional_trade_turnover 25000000 2018 actual']],
    ['en: a region\'s possessive owns its trade', '2019-03-01', "Bashkortostan's trade with Kyrgyzstan reached $41 million in 2018.", ['regional_trade_turnover 41000000 2018 actual']],
    ['en: a capital\'s possessive stands for its country', '2019-03-01', "Moscow's trade with Kyrgyzstan reached $2 billion in 2018.", ['trade_turnover 2000000000 2018 actual']],
    ['en: "our trade with Kyrgyzstan" in a sentence naming a region', '2025-05-14', '"Our trade with Kyrgyzstan reached $40 million last year," the head of Tatarstan said.', ['regional_trade_turnover 40000000 2024 actual']],
    ['«наш товарооборот с Кыргызстаном» without a region stays bilateral', '2025-05-14', 'Министр встретился с послом. «Наш товарооборот с Кыргызстаном за прошлый год составил 3,6 млрд долларов», — сказал он.', ['trade_turnover 3600000000 2024 actual']],
    // A region or a city as one owner of a pair, or as the subject of «наторговать»; a governor's "our trade".
    ['«товарооборот Омской области и Кыргызстана» is a region’s', '2020-03-01', 'По итогам 2019 года товарооборот Омской области и Кыргызстана составил 35 млн долларов.', ['regional_trade_turnover 35000000 2019 actual']],
    ['«товарооборот Казани и Киргизии» (a city and a country) is a city’s', '2020-03-01', 'Товарооборот Казани и Киргизии в 2019 году вырос на 15%.', ['regional_trade_turnover_growth_pct 15 2019 actual']],
    ['«товарооборот Казахстана и Кыргызстана» stays a third country’s', '2020-03-01', 'Товарооборот Казахстана и Кыргызстана в 2019 году составил 900 млн долларов.', ['third_country_trade_turnover 900000000 2019 actual']],
    ['«Челябинская область … наторговала с Киргизией» is a region’s', '2020-03-01', 'Челябинская область за 2019 год наторговала с Киргизией на 90 млн долларов.', ['regional_trade_turnover 90000000 2019 actual']],
    ['«Башкирия в прошлом году наторговала» is a region’s', '2020-03-01', 'Башкирия в прошлом году наторговала с республикой на 40 млн долларов.', ['regional_trade_turnover 40000000 2019 actual']],
    ['«Новосибирск … наторговал» (a city) is the city’s', '2020-03-01', 'Новосибирск в 2019 году наторговал с Киргизией на 25 млн долларов.', ['regional_trade_turnover 25000000 2019 actual']],
    ['«Киргизия наторговала с Россией» stays bilateral', '2020-03-01', 'Киргизия в 2019 году наторговала с Россией на 2,5 млрд долларов.', ['trade_turnover 2500000000 2019 actual']],
    ['a governor’s «наш товарооборот» is the region’s', '2020-03-01', '«В прошлом году наш товарооборот составил 45 млн долларов», — сказал губернатор Александр Моор.', ['regional_trade_turnover 45000000 2019 actual']],
    ['a mayor’s «наш товарооборот» is the city’s', '2020-03-01', '«Наш товарооборот в прошлом году вырос до 12 млн долларов», — отметил Сергей Собянин.', ['regional_trade_turnover 12000000 2019 actual']],
    ['a governor out of office is no region’s head: «наш товарооборот» stays bilateral', '2020-03-01', '«В прошлом году наш товарооборот составил 2,4 млрд долларов», — сказал Александр Ткачёв.', ['trade_turnover 2400000000 2019 actual']],
    ['a minister’s «наш товарооборот» stays bilateral', '2020-03-01', '«В прошлом году наш товарооборот составил 2,4 млрд долларов», — сказал Максим Решетников.', ['trade_turnover 2400000000 2019 actual']],
    ['a governor’s «товарооборот между нашими регионами», attributed after a quotation of two sentences', '2020-03-01', '«В прошлом году товарооборот между нашими регионами составил 45 млн долларов. Мы хотим большего», — сказал губернатор Александр Моор.', ['regional_trade_turnover 45000000 2019 actual']],
    ['a governor’s «товарооборот между нашими странами» stays the two countries’', '2020-03-01', '«В прошлом году товарооборот между нашими странами составил 2,4 млрд долларов. Мы хотим большего», — сказал губернатор Александр Моор.', ['trade_turnover 2400000000 2019 actual']],
    ['«наш товарооборот с Россией» stays bilateral after a region', '2025-05-14', 'Делегация посетила Татарстан. «Наш товарооборот с Россией за прошлый год составил 3,6 млрд долларов», — сказал министр.', ['trade_turnover 3600000000 2024 actual']],
    ['«в рамках ЕАЭС» without Russia is trade inside the bloc', '2019-03-01', 'Товарооборот Кыргызстана в рамках ЕАЭС в 2018 году составил 2,7 млрд долларов.', ['eaeu_trade_turnover 2700000000 2018 actual']],
    ['en: intra-EAEU trade', '2019-03-01', "Kyrgyzstan's intra-EAEU trade reached $2.7 billion in 2018.", ['eaeu_trade_turnover 2700000000 2018 actual']],
    ['«в рамках ЕАЭС» with Russia named stays bilateral', '2019-03-01', 'Товарооборот России и Кыргызстана в рамках ЕАЭС в 2018 году составил 2 млрд долларов.', ['trade_turnover 2000000000 2018 actual']],
    ['Russia named first keeps it bilateral', '2019-03-01', 'Товарооборот с Россией после вступления в ЕАЭС в 2018 году вырос до 2 млрд долларов.', ['trade_turnover 2000000000 2018 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });

  it.each([
    ['со странами СНГ', 'Со странами СНГ оборот составил ', 'cis'],
    ['with a dash inside the phrase', 'с государствами – членами Таможенного союза (Россия, Беларусь, Казахстан) – ', 'customs_union'],
    ['Russia first', 'торговля с Россией и другими странами ЕАЭС составила ', null],
    ['members’ trade', 'Всего объем взаимной торговли государств — членов ЕАЭС составил ', 'eaeu'],
    ['members named with Russia', 'взаимная торговля России и Кыргызстана как государств — членов ЕАЭС составила ', null],
    ['bloc not after «с»', 'На саммите ЕАЭС было сказано, что торговля составила ', null],
    ['a comma ends the phrase', 'trade with Russia, the largest EAEU economy, reached ', null],
    ['Central Asia after «с»', 'товарооборот со странами Центральной Азии составил ', 'central_asia'],
    ['Kyrgyzstan as a Central Asian state after a comma', 'trade with Kyrgyzstan, the smallest Central Asian economy, reached ', null],
    ['«с учётом» opens no partner', 'С учётом вступления в Таможенный союз объём торговли может вырасти до ', null],
    ['«с» before joining a bloc opens no partner', 'в связи с присоединением к ЕАЭС товарооборот вырастет до ', null],
    ['en: "with the accession" opens no partner', 'with the accession to the EAEU, trade could climb to ', null],
    ['«с членами» still names the bloc', 'торговля с членами Таможенного союза составила ', 'customs_union'],
  ])('blocPartner: %s', (_name, window, want) => {
    expect(blocPartner(window)).toBe(want);
  });
});

describe('BLOC_WORDS_GATE: the lookahead before the capitals changes no match', () => {
  const plain = rx(/\p{Lu}{2}|[Сс]оюз|[Uu]nion|зарубеж|abroad|[Ww]orld|[Мм]ир|bloc|grouping|Asia|[Аа]зи(?:[яиюе]|ат)/u);
  it.each([
    ['со странами СНГ', true],
    ['with EAEU members', true],
    ['в ЕАЭС', true],
    ['Таможенного союза', true],
    ['the Eurasian Economic Union', true],
    ['со всем миром', true],
    ['worldwide', true],
    ['зарубежья', true],
    ['with the Central Asian states', true],
    ['со странами Центральной Азии', true],
    ['центральноазиатскими', true],
    ['газификации', false],
    ['abroad', true],
    ['ÉÉ', true],
    ['ǅǅ', false],
    ['ΣΩ', true],
    ['Ёж Ёлка', false],
    ['ЁЖ', true],
    ['товарооборот России и Кыргызстана в 2024 году', false],
    ['trade between Russia and Kyrgyzstan in 2024, up 5.1%', false],
    ['', false],
  ])('%s → %s', (text, want) => {
    expect(BLOC_WORDS_GATE.test(text)).toBe(want);
    expect(plain.test(text)).toBe(want);
  });
});

describe('«оборот» alone is trade turnover in a text about trade', () => {
  it.each([
    ['after a sentence about trade', '2019-07-01', 'Товарооборот стран в первом квартале вырос на 5%. Министр напомнил, что в прошлом году оборот составил 1,5 млрд долларов.', ['trade_turnover_growth_pct 5 2019-Q1 actual', 'trade_turnover 1500000000 2018 actual']],
    ['with no word of trade nearby it is not', '2019-07-01', 'Министр напомнил, что в прошлом году оборот составил 1,5 млрд долларов.', []],
    ['«оборот розничной торговли» is one sector’s', '2019-07-01', 'Товарооборот стран растет. Оборот розничной торговли в республике вырос на 5%.', []],
    ['en: retail trade is one sector’s', '2019-07-01', 'Trade with Russia is growing. Retail trade in the republic rose 5%.', []],
    ['«оборот «…»» of a company named in quotes is not trade', '2019-07-01', 'Товарооборот стран растет. Годовой оборот «Нефть Ала-Тоо» составил 300 млн долларов.', []],
    ['«оборот компании» is not trade', '2019-07-01', 'Торговля стран растет. При этом оборот компании в прошлом году составил 1,5 млрд долларов.', []],
    ['«денежный оборот» is not trade', '2019-07-01', 'Торговля стран растет. При этом денежный оборот в прошлом году составил 1,5 млрд долларов.', []],
  ])('%s', (_name, date, text, want) => {
    expect(run(text, date).filter((l) => l.startsWith('trade_turnover'))).toEqual(want);
  });
});

describe('a share passes on what it is a share of', () => {
  it.each([
    ['«доля … в торговле» then a target without a subject', '2023-06-01', 'Доля расчетов в национальных валютах во взаимной торговле превысила 90%. «Мы ставим задачу выйти на 4 млрд долларов в течение пяти лет», – сказал премьер.', ['trade_turnover 4000000000 null target']],
    ['en: "share … of trade" then a target', '2023-06-01', "The rouble's share of mutual trade settlements passed 90%. \"We aim to reach $4 billion within five years,\" the premier said.", ['trade_turnover 4000000000 null target']],
    ['a share of investment does not make trade', '2023-06-01', 'Доля России в инвестициях составила 30%. «Мы ставим задачу выйти на 4 млрд долларов», – сказал премьер.', []],
  ])('%s', (_name, date, text, want) => {
    expect(run(text, date).filter((l) => l.startsWith('trade_turnover'))).toEqual(want);
  });
});

describe('the words of what a share is of belong to the share, not to the change after it', () => {
  it.each([
    ['«…, или 30% всего внешнеторгового оборота, и вырос на …»', '2019-08-01', 'Товарооборот с Россией в первом полугодии 2019 года составил 900 млн долларов, или 30% всего внешнеторгового оборота республики, и вырос на 7,5%.', ['trade_turnover 900000000 2019-H1 actual', 'trade_turnover_growth_pct 7.5 2019-H1 actual']],
    ['en: "…, or 30 percent of total foreign trade, and fell …"', '2019-08-01', 'Trade with Russia came to $900 million in the first half of 2019, or 30 percent of total foreign trade, and fell 7.5 percent.', ['trade_turnover 900000000 2019-H1 actual', 'trade_turnover_growth_pct -7.5 2019-H1 actual']],
    ['«…, или 30% от общего внешнеторгового оборота, который составил …»: the relative clause tells the total', '2019-08-01', 'Товарооборот с Россией в первом полугодии 2019 года составил 900 млн долларов, или 30% от общего внешнеторгового оборота республики, который достиг 3 млрд долларов.', ['trade_turnover 900000000 2019-H1 actual', 'total_foreign_trade_turnover 3000000000 2019-H1 actual']],
    ['en: "…, or 30 percent of total foreign trade, which came to …"', '2019-08-01', 'In the first half of 2019 trade with Russia came to $750 million, or 25 percent of total foreign trade, which came to $3 billion.', ['trade_turnover 750000000 2019-H1 actual', 'total_foreign_trade_turnover 3000000000 2019-H1 actual']],
    ['the whole of a share told in passing hands no metric on to an aim after it', '2019-08-01', 'Товарооборот с Россией в первом полугодии 2019 года составил 900 млн долларов. На Россию приходится 30% всей внешней торговли страны, которая составила 3 млрд долларов. «Мы ставим задачу выйти на 2 млрд долларов в год», – сказал министр.', ['trade_turnover 900000000 2019-H1 actual', 'total_foreign_trade_turnover 3000000000 2019-H1 actual', 'trade_turnover 2000000000 annual target']],
    ['the total itself, with its change, stays the total', '2019-08-01', 'Внешнеторговый оборот республики в первом полугодии 2019 года составил 3 млрд долларов и вырос на 4%.', ['total_foreign_trade_turnover 3000000000 2019-H1 actual', 'total_foreign_trade_turnover_growth_pct 4 2019-H1 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});

describe('the nouns of a source set off by a comma are not the subject', () => {
  it.each([
    ['«по оценке экспертов … фонда,»', '1994-05-01', 'Товарооборот в прошлом году составил 10 млрд рублей – по оценке аналитиков Азиатского фонда развития, около 300 млн долларов.', ['trade_turnover 300000000 1993 actual']],
    ['en: "according to the Ministry of Economy and Commerce,"', '2011-05-01', 'According to the Ministry of Economy and Commerce, the figure reached $300 million in 2010.', []],
    ['a source without a comma keeps the subject after it', '2011-05-01', 'По данным Нацстаткома товарооборот в 2010 году составил 1,2 млрд долларов.', ['trade_turnover 1200000000 2010 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});

describe('a debt told with a verb of owing is not turnover', () => {
  it.each([
    ['en: "still owes … some $40 million"', '2006-09-01', 'Trade reached about $300 million last year. The republic still owes Moscow some $40 million.', ['trade_turnover 300000000 2005 actual', 'debt_usd 40000000 null actual']],
    ['en: "owed Russia $40 million"', '2006-09-01', 'Trade reached about $300 million last year. At the end of 2005 the republic owed Russia $40 million.', ['trade_turnover 300000000 2005 actual', 'debt_usd 40000000 2005 actual']],
    ['«задолжал»', '2006-09-01', 'Товарооборот в прошлом году составил около 300 млн долларов. Бишкек задолжал Москве еще около 40 млн долларов.', ['trade_turnover 300000000 2005 actual', 'debt_usd 40000000 null actual']],
    ['en: a hyphen between the sum and its scale ("$410-million")', '2000-05-01', 'Trade fell by a fifth last year, to $410-million.', ['trade_turnover_growth_pct -20 1999 actual', 'trade_turnover 410000000 1999 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});

describe('a third country that owns the trade: the subject of a verb of trading, the owner of «торговля … с»', () => {
  it.each([
    ['«Узбекистан, южный сосед республики, наторговал с ней …»', '1995-05-01', 'В 1994 году товарооборот с Россией составил около 300 млн долларов. Для сравнения: Узбекистан, южный сосед республики, наторговал с ней за тот же год примерно на 150 млн долларов.', ['trade_turnover 300000000 1994 actual', 'third_country_trade_turnover 150000000 1994 actual']],
    ['«Таджикистан наторговал с Кыргызстаном …» after «, а»', '2020-05-01', 'Товарооборот с Россией в 2019 году составил 2 млрд долларов, а Таджикистан наторговал с Кыргызстаном на 400 млн долларов.', ['trade_turnover 2000000000 2019 actual', 'third_country_trade_turnover 400000000 2019 actual']],
    ['«Республика наторговала с Россией …» stays Kyrgyz–Russian', '2020-05-01', 'Республика наторговала с Россией в 2019 году на 2 млрд долларов.', ['trade_turnover 2000000000 2019 actual']],
    ['«торговля Узбекистана с Кыргызстаном» is Uzbekistan’s', '2023-03-01', 'Товарооборот с Россией по итогам 2022 года составил 3 млрд долларов, а торговля Узбекистана с Кыргызстаном — около 1,2 млрд долларов.', ['trade_turnover 3000000000 2022 actual', 'third_country_trade_turnover 1200000000 2022 actual']],
    // A foreign country set off by a word of comparison at the sentence's start owns the trade after the figure.
    ['"The United States, by comparison, did … in trade with"', '2000-10-31', 'The United States, by comparison, did about $40 million in trade with Kyrgyzstan last year.', ['third_country_trade_turnover 40000000 1999 actual']],
    ['«Казахстан, для сравнения, …»', '2004-10-19', 'Казахстан, для сравнения, наторговал с Киргизией на 500 млн долларов в 2003 году.', ['third_country_trade_turnover 500000000 2003 actual']],
    ['"Trade, by comparison, …" stays bilateral', '2000-10-31', 'Trade, by comparison, was about $40 million last year.', ['trade_turnover 40000000 1999 actual']],
    // An aim after a comparison with another pair is the article's own pair's; a change going on with the comparison is not.
    ['an aim after «Для сравнения: …»', '2004-10-19', 'Для сравнения: товарооборот России с Казахстаном по итогам 2003 года превысил 6,7 млрд долларов. Цель, которую называют киргизские чиновники, — 500 млн долларов к 2006 году.', ['third_country_trade_turnover 6700000000 2003 actual', 'trade_turnover 500000000 2006 target']],
    ['an aim after the pair’s own turnover with another pair’s set beside it', '2016-05-01', 'Товарооборот в 2015 году составил 1,6 млрд долларов, тогда как торговля с Турцией — 0,9 млрд долларов. Стороны ставят цель выйти на 3 млрд долларов к 2020 году.', ['trade_turnover 1600000000 2015 actual', 'third_country_trade_turnover 900000000 2015 actual', 'trade_turnover 3000000000 2020 target']],
    ['en: an aim after the pair’s own turnover and another pair’s', '2016-05-01', 'Trade reached $1.6 billion in 2015, while trade with Turkey came to $0.9 billion. Moscow has set the goal of reaching $3 billion by 2020.', ['trade_turnover 1600000000 2015 actual', 'third_country_trade_turnover 900000000 2015 actual', 'trade_turnover 3000000000 2020 target']],
    ['a change after «Для сравнения: …» stays the other pair\'s', '2004-10-19', 'Для сравнения: товарооборот России с Казахстаном в 2003 году составил 6,7 млрд долларов. В 2004 году он вырос еще на 10%.', ['third_country_trade_turnover 6700000000 2003 actual', 'third_country_trade_turnover_growth_pct 10 2004 actual']],
    // An aim without a subject after a region's exports is the region's.
    ["a region's aim after its exports", '2012-05-01', 'Товарооборот Красноярского края с Кыргызстаном в прошлом году составил около 46 млн долларов. Основные статьи экспорта — алюминий, лес и зерно. Консул выразил надежду, что в течение двух лет показатель удастся довести до 100 миллионов.', ['regional_trade_turnover 46000000 2011 actual', 'regional_trade_turnover 100000000 null target']],
    // A country named before a relative clause of trade, a country that raised its trade with a partner, an abbreviation
    // in a pair of adjectives, and a pair of countries that own "their" trade.
    ['«Турция, товарооборот с которой превысил …»', '2023-03-01', 'Товарооборот с Россией в 2022 году составил 3 млрд долларов; вторым партнером стала Турция, товарооборот с которой превысил 900 млн долларов.', ['trade_turnover 3000000000 2022 actual', 'third_country_trade_turnover 900000000 2022 actual']],
    ['en: "Turkey, with which trade reached …"', '2023-03-01', 'The second partner is Turkey, with which trade reached $900 million in 2022.', ['third_country_trade_turnover 900000000 2022 actual']],
    ['«Россия, торговля с которой …» stays bilateral', '2023-03-01', 'Главным партнером осталась Россия, торговля с которой в 2022 году превысила 3 млрд долларов.', ['trade_turnover 3000000000 2022 actual']],
    ['«Узбекистан увеличил товарооборот с Киргизией до …»', '2023-03-01', 'Узбекистан увеличил товарооборот с Киргизией до 1,2 млрд долларов.', ['third_country_trade_turnover 1200000000 null actual']],
    ['en: "Turkey lifted its trade with Kyrgyzstan to …"', '2023-03-01', 'Turkey lifted its trade with Kyrgyzstan to $900 million in 2022.', ['third_country_trade_turnover 900000000 2022 actual']],
    ['«Россия нарастила торговлю с Киргизией …» stays bilateral', '2023-03-01', 'Россия нарастила торговлю с Киргизией до 3 млрд долларов.', ['trade_turnover 3000000000 null actual']],
    ['en: "EU-Kyrgyz trade"', '2023-03-01', 'By comparison, EU-Kyrgyz trade was about $400 million in 2022.', ['third_country_trade_turnover 400000000 2022 actual']],
    ['en: "U.S.-Kyrgyz trade"', '2023-03-01', 'U.S.-Kyrgyz trade came to $150 million in 2022.', ['third_country_trade_turnover 150000000 2022 actual']],
    ['en: "Kyrgyzstan and Turkey … their trade, which reached"', '2023-03-01', 'Kyrgyzstan and Turkey agreed on Monday to expand their trade, which reached $900 million in 2022.', ['third_country_trade_turnover 900000000 2022 actual']],
    ['«Киргизия и Узбекистан … взаимную торговлю»', '2023-03-01', 'Киргизия и Узбекистан договорились нарастить взаимную торговлю, которая в 2022 году составила 1,2 млрд долларов.', ['third_country_trade_turnover 1200000000 2022 actual']],
    ['en: two leaders and "their trade" stay bilateral', '2023-03-01', 'Putin and Japarov agreed to expand their trade, which reached $3 billion in 2022.', ['trade_turnover 3000000000 2022 actual']],
    ['en: "Russia and Kyrgyzstan … their trade" stays bilateral', '2023-03-01', 'Russia and Kyrgyzstan agreed to expand their trade, which reached $3 billion in 2022.', ['trade_turnover 3000000000 2022 actual']],
    ['«торговля России с Кыргызстаном» stays bilateral', '2023-03-01', 'Торговля России с Кыргызстаном по итогам 2022 года составила 3 млрд долларов.', ['trade_turnover 3000000000 2022 actual']],
    // An abbreviation on the second side of a pair of adjectives; a country that "traded" with a neighbour; «с которой он»: the turnover as a pronoun.
    ['en: "Russia-UAE trade"', '2024-06-01', 'Russia-UAE trade topped $9 billion in 2023, Russian officials said.', ['third_country_trade_turnover 9000000000 2023 actual']],
    // A pair of country names joined by an en dash, as a neighbour's own trade with Russia; the Kyrgyz pair so joined stays bilateral.
    ['en: "Tajikistan–Russia trade"', '2024-06-01', 'Tajikistan–Russia trade rose to $1.5 billion in 2023, the customs service said.', ['third_country_trade_turnover 1500000000 2023 actual']],
    ['en: "Kyrgyzstan–Russia trade" stays bilateral', '2024-06-01', 'Kyrgyzstan–Russia trade rose to $3.4 billion in 2023, the customs service said.', ['trade_turnover 3400000000 2023 actual']],
    ['en: "Kyrgyz-U.S. trade"', '2024-06-01', 'Kyrgyz-U.S. trade came to $200 million in 2023.', ['third_country_trade_turnover 200000000 2023 actual']],
    ['en: "Kazakhstan, …, traded … with its neighbour"', '2024-02-01', 'Bilateral trade grew to $3 billion in 2023. Kazakhstan, through which most Chinese goods travel to the republic, traded some $900 million with its neighbour.', ['trade_turnover 3000000000 2023 actual', 'third_country_trade_turnover 900000000 2023 actual']],
    ['en: "Russia traded …" stays bilateral', '2024-02-01', 'Bilateral trade grew in 2023. Russia, its largest partner, traded about $3 billion with the republic.', ['trade_turnover 3000000000 2023 actual']],
    ['«…, чем с Арменией, с которой он составил …»', '1997-03-01', 'Товарооборот России с Киргизией в прошлом году составил 300 млн долларов — вдвое меньше, чем с Арменией, с которой он составил 600 млн.', ['trade_turnover 300000000 1996 actual', 'third_country_trade_turnover 600000000 1996 actual']],
    // A country's part of a sum told before: Russia's is the pair's turnover, another country's is that country's.
    ['en: "Russia accounted for … of this amount, and Kazakhstan for …"', '2019-10-01', "Kyrgyzstan's trade with EAEU member states reached $2 billion in January–June 2019. Russia accounted for $1.3 billion of this amount, and Kazakhstan for $0.5 billion.", ['eaeu_trade_turnover 2000000000 2019-H1 actual', 'trade_turnover 1300000000 2019-H1 actual', 'third_country_trade_turnover 500000000 2019-H1 actual']],
    ['«…, тогда как с Таджикистаном — …»: the other partner of a comparison with its verb left out', '2019-10-01', 'Министр напомнил, что товарооборот с Россией в 2018 году составил 2,5 млрд долларов, тогда как с Таджикистаном — около 0,3 млрд долларов.', ['trade_turnover 2500000000 2018 actual', 'third_country_trade_turnover 300000000 2018 actual']],
    ['«…, тогда как с Узбекистаном - …»: a hyphen typed for the dash', '2019-10-01', 'По словам министра, торговля с Россией в 2018 году составила 2,5 млрд долларов, тогда как с Узбекистаном - порядка 0,4 млрд долларов.', ['trade_turnover 2500000000 2018 actual', 'third_country_trade_turnover 400000000 2018 actual']],
    ['«…, а с Россией - …» with a hyphen stays the pair\'s own', '2019-10-01', 'Товарооборот Киргизии с Узбекистаном в 2018 году составил 0,4 млрд долларов, а с Россией - 2,5 млрд долларов.', ['third_country_trade_turnover 400000000 2018 actual', 'trade_turnover 2500000000 2018 actual']],
    // A third country that owns "trade with" the Kyrgyz side: as the subject of a clause after a conjunction, as the
    // partner that a clause names, or as an adjective right before the trade word.
    ['en: ", while neighbouring Tajikistan reported trade with Kyrgyzstan of …"', '2016-02-01', 'Bilateral trade with Russia fell to $1.7 billion last year, while neighbouring Tajikistan reported trade with Kyrgyzstan of about $0.2 billion.', ['trade_turnover 1700000000 2015 actual', 'third_country_trade_turnover 200000000 2015 actual']],
    ['en: ", and Kazakhstan is now its second trading partner, with two-way trade of …"', '2022-02-01', 'Remittances keep the economy afloat, and Kazakhstan is now its second trading partner, with two-way trade of about $1.5 billion in 2021.', ['third_country_trade_turnover 1500000000 2021 actual']],
    ['en: "China, however, is its biggest trading partner: … bilateral trade"', '2022-02-01', 'Trade with Russia reached $2.9 billion in 2021. China, however, is its biggest trading partner: customs data put bilateral trade at $7.5 billion in 2021.', ['trade_turnover 2900000000 2021 actual', 'third_country_trade_turnover 7500000000 2021 actual']],
    ['en: "Russia, however, remains its second trading partner: …" stays bilateral', '2022-02-01', 'Russia, however, remains its second trading partner: two-way trade reached $2.9 billion in 2021.', ['trade_turnover 2900000000 2021 actual']],
    ['en: ", and Russia is by far its largest trading partner, with …" stays bilateral', '2022-02-01', 'Remittances keep the economy afloat, and Russia is by far its largest trading partner, with two-way trade of about $2.9 billion in 2021.', ['trade_turnover 2900000000 2021 actual']],
    // After a lead-in closed by a colon ("For comparison:", «Для справки:») the partner opens its clause all the same.
    ['en: "For comparison: Turkey remains its third largest trade partner, with trade of …"', '2031-06-02', 'Trade with Russia reached $1.2 billion in January-May 2031. For comparison: Turkey remains Kyrgyzstan\'s third largest trade partner, with trade of $140 million in January-May.', ['trade_turnover 1200000000 2031-5M actual', 'third_country_trade_turnover 140000000 2031-5M actual']],
    ['«Для справки: Казахстан остается вторым торговым партнером … с товарооборотом …»', '2031-06-02', 'Для справки: Казахстан остается вторым торговым партнером республики с товарооборотом около 1,7 млрд долларов в 2030 году.', ['third_country_trade_turnover 1700000000 2030 actual']],
    ['en: "For reference: Russia remains its largest trade partner, with …" stays bilateral', '2031-06-02', 'For reference: Russia remains Kyrgyzstan\'s largest trade partner, with trade of $3.9 billion in 2030.', ['trade_turnover 3900000000 2030 actual']],
    ['«…, а Казахстан остается вторым торговым партнером … с товарооборотом …»', '2022-02-01', 'Переводы мигрантов растут, а Казахстан остается вторым торговым партнером республики с товарооборотом около 1,5 млрд долларов в 2021 году.', ['third_country_trade_turnover 1500000000 2021 actual']],
    ['en: "Uzbek trade with Kyrgyzstan, officially …"', '2022-02-01', 'Uzbek trade with Kyrgyzstan, officially $0.9 billion in 2021, is smaller than the Russian figure.', ['third_country_trade_turnover 900000000 2021 actual']],
    ['en: "U.S. trade with Kyrgyzstan"', '2022-02-01', 'U.S. trade with Kyrgyzstan reached $0.1 billion in 2021.', ['third_country_trade_turnover 100000000 2021 actual']],
    ['en: "Kyrgyz trade with Russia" stays bilateral', '2022-02-01', 'Kyrgyz trade with Russia, officially $2.9 billion in 2021, grew fast.', ['trade_turnover 2900000000 2021 actual']],
    // A third country's statistics, as the subject of a verb of reporting right before the sum, report its own trade.
    ['en: "Turkish customs, in turn, recorded about $1 billion in trade with Kyrgyzstan"', '2022-02-01', 'Trade with Russia reached $2.9 billion in 2021. Turkish customs, in turn, recorded about $1 billion in trade with Kyrgyzstan.', ['trade_turnover 2900000000 2021 actual', 'third_country_trade_turnover 1000000000 2021 actual']],
    ['en: "By comparison, Kazakhstan, its northern neighbour, reported … in bilateral trade"', '2022-02-01', 'By comparison, Kazakhstan, its northern neighbour and second partner, reported $1.5 billion in bilateral trade.', ['third_country_trade_turnover 1500000000 null actual']],
    ['en: "Chinese customs data put bilateral trade at …" opening the sentence', '2022-02-01', 'Trade with Russia reached $2.9 billion in 2021. Chinese customs data put bilateral trade at $7.5 billion in 2021.', ['trade_turnover 2900000000 2021 actual', 'third_country_trade_turnover 7500000000 2021 actual']],
    ['en: "Russian customs data put bilateral trade at" stays bilateral', '2022-02-01', 'Trade reached $2.9 billion in 2021, by Kyrgyz count. Russian customs data put bilateral trade at $3.3 billion.', ['trade_turnover 2900000000 2021 actual', 'trade_turnover 3300000000 2021 actual']],
    ['en: "Russian customs, meanwhile, reported …" stays bilateral', '2022-02-01', 'Trade reached $2.9 billion in 2021. Russian customs, meanwhile, reported $3.3 billion in trade with Kyrgyzstan.', ['trade_turnover 2900000000 2021 actual', 'trade_turnover 3300000000 2021 actual']],
    ['en: a third country opening the sentence but not the subject of the verb stays bilateral', '2022-02-01', 'Trade reached $2.9 billion in 2021. Uzbekistan aside, Kyrgyz statistics recorded $3.3 billion in trade with Russia.', ['trade_turnover 2900000000 2021 actual', 'trade_turnover 3300000000 2021 actual']],
    ['en: ", while with China — …"', '2019-10-01', 'Trade with Russia reached $2.5 billion in 2018, while with China — about $5.6 billion.', ['trade_turnover 2500000000 2018 actual', 'third_country_trade_turnover 5600000000 2018 actual']],
    ['«…, а с Россией — …» stays the pair\'s own', '2019-10-01', 'Товарооборот Киргизии с Казахстаном в 2018 году составил 0,8 млрд долларов, а с Россией — 2,5 млрд долларов.', ['third_country_trade_turnover 800000000 2018 actual', 'trade_turnover 2500000000 2018 actual']],
    ['«из них на Россию пришлось …, на Казахстан — …»', '2019-10-01', 'Внешнеторговый оборот Киргизии за первое полугодие 2019 года составил 3 млрд долларов, из них на Россию пришлось 1,3 млрд долларов, на Казахстан — 0,5 млрд.', ['total_foreign_trade_turnover 3000000000 2019-H1 actual', 'trade_turnover 1300000000 2019-H1 actual', 'third_country_trade_turnover 500000000 2019-H1 actual']],
    ['"of which China accounted for …" is a third country’s', '2019-10-01', "Kyrgyzstan's foreign trade in the first half of 2019 was $3 billion, of which China accounted for about $0.9 billion.", ['total_foreign_trade_turnover 3000000000 2019-H1 actual', 'third_country_trade_turnover 900000000 2019-H1 actual']],
    ['«Россией, с которой он …» stays bilateral', '1997-03-01', 'Товарооборот республики вырос, прежде всего с Россией, с которой он составил 300 млн долларов.', ['trade_turnover 300000000 null actual']],
  ])('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});
