"""Articles 05-10 (English) with their gold annotation."""
from common import P, F, EV

ARTICLES = []

# ---------------------------------------------------------------- 05 bne IntelliNews 2016
ARTICLES.append(dict(
file="05_bne_en_2016_kambarata_denounced_rushydro.txt",
source="https://www.intellinews.com/kyrgyzstan-scraps-russian-hydropower-deals-90112/",
date="2016-01-21",
body="""Kyrgyzstan scraps Russian hydropower deals, to repay RusHydro $37mn

Aleksandr Tsoi in Bishkek January 21, 2016

Kyrgyz President Almazbek Atambayev on January 20 signed a law denouncing the 2012 intergovernmental agreements under which Russia's RusHydro and Inter RAO were to build the Kambarata-1 hydropower plant and the Upper Naryn cascade, ending Moscow's flagship energy projects in the republic.

Parliament voted for the denunciation last week, after Atambayev complained in December that Russia's economic crisis had left the projects frozen. "We cannot wait any longer. Kyrgyzstan needs electricity, not promises," he said.

Under the terms of the exit, Bishkek will have to reimburse RusHydro some $37mn it has already spent on preparatory work at Kambarata-1. Prime Minister Temir Sariyev said the government would look for a new investor for both plants and had held preliminary talks with a Czech company, Liglass Trading.

Moscow's reaction was muted. Russian Energy Minister Alexander Novak told TASS that the decision was "Kyrgyzstan's sovereign right" and that Russia remained open to other energy projects in the country.

The setback comes five months after Kyrgyzstan formally joined the Eurasian Economic Union on August 12, 2015, a step Moscow had sweetened with a $1bn Russian-Kyrgyz Development Fund, of which $500mn has been paid in so far.

Bilateral trade has suffered from the rouble's collapse. Kyrgyz-Russian turnover fell 24.7% y/y to $1.45bn in 2015, according to the National Statistics Committee, while Russia's share of Kyrgyzstan's foreign trade edged up to 25.6%. Remittances, which make up about a third of GDP, dropped to $1.69bn in 2015 from $2.24bn a year earlier, the National Bank said.

Atambayev is expected to raise the hydropower issue with Vladimir Putin when the two leaders meet at the informal CIS summit in Moscow in May, a source in the presidential administration told bne IntelliNews.

Gazprom, which bought national gas distributor Kyrgyzgaz for $1 in 2014 and pledged to invest RUB20bn over 25 years, is unaffected by the decision.

Related: Russia's Inter RAO quits Kyrgyz power projects | Kyrgyz som hits record low
""",
header_date="January 21, 2016",
date_partial=None,
date_source="byline",
date_note="Byline 'Aleksandr Tsoi in Bishkek January 21, 2016'. 'on January 20' is the law's signing date; 'last week' = week of 11-15 January 2016.",
people=[
 P("Алмазбек Атамбаев", "Almazbek Atambayev", "президент Киргизии", ["Almazbek Atambayev", "Atambayev"]),
 P("Темир Сариев", "Temir Sariyev", "премьер-министр Киргизии", ["Temir Sariyev"]),
 P("Александр Новак", "Alexander Novak", "министр энергетики России", ["Alexander Novak"]),
 P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin"]),
],
other_names=["Aleksandr Tsoi"],
figures=[
 F("rushydro_reimbursement_usd", 37000000, None, "actual", "reimburse RusHydro some $37mn", qualifier="about", note="Distractor: compensation."),
 F("development_fund_capital_usd", 1000000000, None, "actual", "a $1bn Russian-Kyrgyz Development Fund", note="Distractor: fund capital."),
 F("development_fund_paid_in_usd", 500000000, None, "actual", "$500mn has been paid in so far", note="Distractor."),
 F("trade_turnover_growth_pct", -24.7, "2015", "actual", "Kyrgyz-Russian turnover fell 24.7% y/y to $1.45bn in 2015", note="Decline."),
 F("trade_turnover", 1450000000, "2015", "actual", "Kyrgyz-Russian turnover fell 24.7% y/y to $1.45bn in 2015"),
 F("russia_share_in_kyrgyz_trade_pct", 25.6, "2015", "actual", "Russia's share of Kyrgyzstan's foreign trade edged up to 25.6%"),
 F("remittances_share_gdp", 33, None, "actual", "make up about a third of GDP", qualifier="about", note="Distractor."),
 F("remittances_usd", 1690000000, "2015", "actual", "dropped to $1.69bn in 2015", note="Distractor: remittances."),
 F("remittances_usd", 2240000000, "2014", "actual", "from $2.24bn a year earlier", note="Distractor: remittances; 'a year earlier' = 2014."),
 F("gazprom_investment_rub", 20000000000, None, "target", "pledged to invest RUB20bn over 25 years", note="Distractor: investment pledge in roubles."),
],
events=[
 EV("2016-01-20", "Atambayev signed the law denouncing the 2012 Kambarata-1 and Upper Naryn agreements", "on January 20 signed a law denouncing the 2012 intergovernmental agreements", "agreement", "past"),
 EV("2016-01", "Kyrgyz parliament voted for the denunciation (last week)", "Parliament voted for the denunciation last week", "other", "past"),
 EV("2012", "2012 intergovernmental agreements on Kambarata-1 and Upper Naryn", "the 2012 intergovernmental agreements under which Russia's RusHydro and Inter RAO were to build", "agreement", "past"),
 EV("2015-08-12", "Kyrgyzstan formally joined the Eurasian Economic Union", "Kyrgyzstan formally joined the Eurasian Economic Union on August 12, 2015", "other", "past", bilateral=False),
 EV("2016-05", "Atambayev–Putin meeting expected at the informal CIS summit in Moscow", "when the two leaders meet at the informal CIS summit in Moscow in May", "meeting", "planned"),
 EV("2016-05", "Informal CIS summit in Moscow", "the informal CIS summit in Moscow in May", "other", "planned", bilateral=False),
 EV("2014", "Gazprom bought Kyrgyzgaz for $1", "bought national gas distributor Kyrgyzgaz for $1 in 2014", "agreement", "past"),
],
))

# ---------------------------------------------------------------- 06 The Diplomat 2019
ARTICLES.append(dict(
file="06_diplomat_en_2019_putin_state_visit_jeenbekov.txt",
source="https://thediplomat.com/2019/03/putin-in-bishkek-bases-billions-and-a-busy-year/",
date="2019-03-29",
body="""Putin in Bishkek: Bases, Billions, and a Busy Year

Russia's president came to Kyrgyzstan with a long list of deals. How many will be implemented is another matter.

By Ana Kovalenko
March 29, 2019

Russian President Vladimir Putin's state visit to Kyrgyzstan on March 28 was his first to the country since Sooronbay Jeenbekov took office in November 2017, and Bishkek spared no effort. Putin was greeted at Manas airport by Jeenbekov himself and escorted by horsemen into the capital.

The two presidents signed a joint statement and oversaw the signing of some 20 documents, including a protocol on expanding the Russian air base at Kant. According to the Kyrgyz side, investment and commercial deals worth about $6 billion were concluded, though many are memoranda with no firm financing.

"Russia is our strategic ally and main trading partner," Jeenbekov said at the press conference. Putin noted that bilateral trade had grown by 4.8 percent last year to $1.9 billion and said the goal was to reach $3 billion "in the coming years."

Labor migration was, as always, on the agenda. According to Kyrgyz Foreign Minister Chingiz Aidarbekov, about 640,000 Kyrgyz citizens live and work in Russia. Their remittances, $2.7 billion in 2018, are equal to roughly a third of Kyrgyzstan's GDP.

The two leaders also opened, by video link, the VIII Russian-Kyrgyz interregional conference, and Putin visited a new Russian-funded sports complex with Prime Minister Mukhammedkaly Abylgaziev.

Putin's previous visit came in February 2017, when he met Jeenbekov's predecessor, Almazbek Atambayev. This year he will return to Bishkek at least twice more: for the Shanghai Cooperation Organization summit in June and for the Collective Security Treaty Organization summit in November, both of which Kyrgyzstan chairs in 2019.

There is also a financial angle. Russia, which wrote off Kyrgyzstan's remaining $240 million debt last year, has promised to continue grant support for the Kyrgyz budget, Aidarbekov said. China, by comparison, holds some $1.7 billion of Kyrgyz external debt, about 40 percent of the total.

Whether the $6 billion in deals materializes will depend on Russia's own economic health. Of the much-touted agreements signed during Putin's 2012 visit, the Kambarata-1 hydropower deal was cancelled in 2016.

Ana Kovalenko is a Bishkek-based journalist covering Central Asian politics.

Image Credit: Kremlin.ru
""",
header_date="March 29, 2019",
date_partial=None,
date_source="byline",
date_note="Byline 'March 29, 2019'; URL has 2019/03. Visit on March 28 (previous day).",
people=[
 P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin", "Putin"]),
 P("Сооронбай Жээнбеков", "Sooronbay Jeenbekov", "президент Киргизии", ["Sooronbay Jeenbekov", "Jeenbekov"]),
 P("Чингиз Айдарбеков", "Chingiz Aidarbekov", "министр иностранных дел Киргизии", ["Chingiz Aidarbekov", "Aidarbekov"]),
 P("Мухаммедкалый Абылгазиев", "Mukhammedkaly Abylgaziev", "премьер-министр Киргизии", ["Mukhammedkaly Abylgaziev"]),
 P("Алмазбек Атамбаев", "Almazbek Atambayev", "бывший президент Киргизии", ["Almazbek Atambayev"]),
],
other_names=["Ana Kovalenko"],
figures=[
 F("documents_signed_count", 20, None, "actual", "some 20 documents", qualifier="about", note="Distractor count."),
 F("deals_value_usd", 6000000000, None, "actual", "investment and commercial deals worth about $6 billion were concluded", qualifier="about", note="Distractor: deal value, not turnover."),
 F("trade_turnover_growth_pct", 4.8, "2018", "actual", "bilateral trade had grown by 4.8 percent last year to $1.9 billion", period_text="last year"),
 F("trade_turnover", 1900000000, "2018", "actual", "bilateral trade had grown by 4.8 percent last year to $1.9 billion", period_text="last year"),
 F("trade_turnover", 3000000000, None, "target", "the goal was to reach $3 billion", period_text="in the coming years"),
 F("kyrgyz_migrants_in_russia_count", 640000, None, "actual", "about 640,000 Kyrgyz citizens live and work in Russia", qualifier="about", note="Distractor count."),
 F("remittances_usd", 2700000000, "2018", "actual", "$2.7 billion in 2018", note="Distractor: remittances."),
 F("remittances_share_gdp", 33, "2018", "actual", "equal to roughly a third of Kyrgyzstan's GDP", qualifier="about", note="Distractor."),
 F("debt_writeoff_usd", 240000000, "2018", "actual", "wrote off Kyrgyzstan's remaining $240 million debt last year", note="Distractor: debt write-off."),
 F("china_held_kyrgyz_debt_usd", 1700000000, None, "actual", "some $1.7 billion of Kyrgyz external debt", qualifier="about", note="Distractor: third country."),
 F("china_share_kyrgyz_external_debt_pct", 40, None, "actual", "about 40 percent of the total", qualifier="about", note="Distractor."),
],
events=[
 EV("2019-03-28", "Putin's state visit to Kyrgyzstan", "Russian President Vladimir Putin's state visit to Kyrgyzstan on March 28", "visit", "past"),
 EV("2019-03-28", "Joint statement and some 20 documents incl. a protocol on expanding the Kant air base", "The two presidents signed a joint statement and oversaw the signing of some 20 documents, including a protocol on expanding the Russian air base at Kant", "agreement", "past"),
 EV("2019-03-28", "VIII Russian-Kyrgyz interregional conference opened", "opened, by video link, the VIII Russian-Kyrgyz interregional conference", "conference", "past"),
 EV("2017-02", "Putin's previous visit, meeting Atambayev", "Putin's previous visit came in February 2017", "visit", "past"),
 EV("2019-06", "SCO summit in Bishkek", "for the Shanghai Cooperation Organization summit in June", "other", "planned", bilateral=False),
 EV("2019-11", "CSTO summit in Bishkek", "for the Collective Security Treaty Organization summit in November", "other", "planned", bilateral=False),
 EV("2018", "Russia wrote off Kyrgyzstan's remaining $240m debt", "wrote off Kyrgyzstan's remaining $240 million debt last year", "agreement", "past"),
 EV("2016", "Kambarata-1 hydropower deal cancelled", "the Kambarata-1 hydropower deal was cancelled in 2016", "other", "past"),
 EV("2012", "Putin's 2012 visit with agreements", "agreements signed during Putin's 2012 visit", "visit", "past"),
],
))

# ---------------------------------------------------------------- 07 Financial Times 2023
ARTICLES.append(dict(
file="07_ft_en_2023_parallel_imports_scrutiny.txt",
source="https://www.ft.com/content/5c1e0a3b-7d2f-4b8e-9a61-2f0c8d4e7b19",
date="2023-05-31",
body="""Kyrgyzstan's trade boom with Russia draws western scrutiny

EU and US envoys press Bishkek over goods that reach Moscow despite sanctions

Harriet Crane in London and Nursultan Abdyrov in Bishkek

May 31 2023

When David O'Sullivan, the EU's sanctions envoy, flew into Bishkek last month, he brought a spreadsheet.

It showed that exports from the EU to Kyrgyzstan had risen almost fourfold in 2022 while Kyrgyzstan's own exports to Russia had more than doubled, a pattern that Brussels and Washington say points to the re-export of western goods, including electronics that can be used on the battlefield.

"We are not a hub for sanctions evasion and we will not become one," Akylbek Japarov, chair of Kyrgyzstan's cabinet of ministers, told the Financial Times. "But we are a member of the Eurasian Economic Union and we cannot close our border with Russia."

Kyrgyz statistics show trade with Russia rose 37 per cent last year to $3.1bn. Russian figures are higher. Moscow's trade representative in Bishkek said this week that turnover in the first quarter was up a further 20 per cent on the same period of 2022.

The country's president, Sadyr Japarov, has been careful not to criticise Moscow. He was among the Central Asian leaders who stood beside Vladimir Putin at the Victory Day parade on May 9 — "a gesture that was noticed," one European diplomat said — and was back in Moscow last week for a Eurasian Economic Union summit.

James O'Brien, head of the US State Department's sanctions co-ordination office, visited Bishkek in February and warned that Kyrgyz companies risked secondary sanctions. Washington has since added several Kyrgyz-registered firms to its list.

The boom has filled state coffers. Customs revenues rose by about a third in 2022, according to the finance ministry, while car imports from Germany alone were worth €450mn. Remittances from Russia, which account for roughly 30 per cent of GDP, reached a record $2.7bn.

"There is nothing illegal in trading with our main partner," said Daniyar Amangeldiev, Kyrgyzstan's economy minister. He said Bishkek and Moscow still aimed to bring trade to $5bn a year.

Additional reporting by Sam Welch in Brussels
""",
header_date="May 31 2023",
date_partial=None,
date_source="byline",
date_note="Byline 'May 31 2023'. 'last month' = April 2023 (O'Sullivan); 'in February' = Feb 2023 (O'Brien); 'on May 9' = 2023-05-09; 'last week' = week of 22-26 May 2023 (EAEU summit).",
people=[
 P("Акылбек Жапаров", "Akylbek Japarov", "председатель кабинета министров Киргизии", ["Akylbek Japarov"]),
 P("Садыр Жапаров", "Sadyr Japarov", "президент Киргизии", ["Sadyr Japarov"]),
 P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin"]),
 P("Дэвид О'Салливан", "David O'Sullivan", "специальный посланник ЕС по санкциям", ["David O'Sullivan"]),
 P("Джеймс О'Брайен", "James O'Brien", "глава Офиса по координации санкций Госдепартамента США", ["James O'Brien"]),
 P("Данияр Амангельдиев", "Daniyar Amangeldiev", "министр экономики и коммерции Киргизии", ["Daniyar Amangeldiev"]),
],
other_names=["Harriet Crane", "Nursultan Abdyrov", "Sam Welch"],
figures=[
 F("eu_exports_to_kyrgyzstan_growth_multiple", 4, "2022", "actual", "exports from the EU to Kyrgyzstan had risen almost fourfold in 2022", qualifier="almost", note="Distractor: third party's exports."),
 F("kyrgyz_exports_to_russia_growth_multiple", 2, "2022", "actual", "Kyrgyzstan's own exports to Russia had more than doubled", qualifier="more than", note="Distractor: exports, not turnover."),
 F("trade_turnover_growth_pct", 37, "2022", "actual", "Kyrgyz statistics show trade with Russia rose 37 per cent last year to $3.1bn", period_text="last year", note="Kyrgyz statistics."),
 F("trade_turnover", 3100000000, "2022", "actual", "Kyrgyz statistics show trade with Russia rose 37 per cent last year to $3.1bn", period_text="last year"),
 F("trade_turnover_growth_pct", 20, "2023-Q1", "actual", "turnover in the first quarter was up a further 20 per cent on the same period of 2022", period_text="in the first quarter", note="Russian trade representative; year from the comparison with 2022."),
 F("customs_revenue_growth_pct", 33, "2022", "actual", "Customs revenues rose by about a third in 2022", qualifier="about", note="Distractor."),
 F("german_car_imports_eur", 450000000, "2022", "actual", "car imports from Germany alone were worth €450mn", note="Distractor: euros, third country."),
 F("remittances_share_gdp", 30, None, "actual", "roughly 30 per cent of GDP", qualifier="about", note="Distractor."),
 F("remittances_usd", 2700000000, "2022", "actual", "reached a record $2.7bn", qualifier="record", note="Distractor: remittances, 2022 by context."),
 F("trade_turnover", 5000000000, "annual", "target", "aimed to bring trade to $5bn a year"),
],
events=[
 EV("2023-04", "EU sanctions envoy O'Sullivan visited Bishkek", "flew into Bishkek last month", "visit", "past", bilateral=False),
 EV("2023-02", "US sanctions co-ordinator O'Brien visited Bishkek", "visited Bishkek in February", "visit", "past", bilateral=False),
 EV("2023-05-09", "Sadyr Japarov at the Victory Day parade in Moscow beside Putin", "stood beside Vladimir Putin at the Victory Day parade on May 9", "anniversary", "past", bilateral=False, date_note="Multilateral occasion (several Central Asian leaders)."),
 EV("2023-05", "Eurasian Economic Union summit in Moscow attended by Japarov (last week)", "was back in Moscow last week for a Eurasian Economic Union summit", "other", "past", bilateral=False),
],
))

# ---------------------------------------------------------------- 08 Al Jazeera 2024
ARTICLES.append(dict(
file="08_aljazeera_en_2024_migrants_after_crocus.txt",
source="https://www.aljazeera.com/features/2024/6/18/after-moscow-attack-kyrgyz-migrants-weigh-the-cost-of-staying",
date="2024-06-18",
body="""After Moscow attack, Kyrgyz migrants weigh the cost of staying

Raids, deportations and long queues at the border have pushed some workers home — but Russia's wages still pull harder.

By Aizada Moldobaeva

Published On 18 Jun 2024

Osh, Kyrgyzstan – For eight years, Bakyt, 34, laid tiles on Moscow building sites. In April, three weeks after gunmen killed more than 140 people at the Crocus City Hall concert venue outside Moscow, police stopped him twice in one week.

"They checked my phone, my papers, everything," he said, asking that his surname not be used. "I have a registration, I am from an EAEU country, it did not matter."

Kyrgyzstan's Foreign Ministry in April advised citizens to refrain from non-essential travel to Russia, citing tougher checks at entry points. Foreign Minister Jeenbek Kulubaev later said he had raised the treatment of Kyrgyz citizens with his Russian counterpart Sergey Lavrov during talks in Moscow.

President Sadyr Japarov discussed migration with Vladimir Putin on the sidelines of a Eurasian Economic Union summit in Moscow in May, the Kyrgyz presidential press service said, adding that the two sides agreed to set up a working group.

Russia's Interior Minister Vladimir Kolokoltsev has defended the checks as necessary for security. Russian authorities say about 350,000 Kyrgyz nationals were in the country at the start of the year, down from more than 600,000 before the pandemic.

For Kyrgyzstan, the stakes are high. Money transfers from Russia reached $2.6bn last year, according to the National Bank, down from $3.1bn in 2022, when a strong rouble inflated their dollar value. Remittances still equal about a fifth of GDP.

Trade tells a different story. Turnover between the two countries rose to about $3.3bn in 2023, a record, Kyrgyz officials say, even as western governments keep a close eye on goods re-exported to Russia.

Economist Nurgul Akimova says migrants are diversifying: South Korea, the UK and Turkey are drawing seasonal workers. "But Russia is still the main market, because of the language and because Kyrgyz need no work permit there," she said.

Bakyt plans to return to Moscow in September.

Source: Al Jazeera
""",
header_date="18 Jun 2024",
date_partial=None,
date_source="published_line",
date_note="'Published On 18 Jun 2024'; URL 2024/6/18. Attack (Crocus, 22 March 2024) dated only relatively; 'In April' = April 2024.",
people=[
 P("Жээнбек Кулубаев", "Jeenbek Kulubaev", "министр иностранных дел Киргизии", ["Jeenbek Kulubaev"]),
 P("Сергей Лавров", "Sergey Lavrov", "министр иностранных дел России", ["Sergey Lavrov"]),
 P("Садыр Жапаров", "Sadyr Japarov", "президент Киргизии", ["Sadyr Japarov"]),
 P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin"]),
 P("Владимир Колокольцев", "Vladimir Kolokoltsev", "министр внутренних дел России", ["Vladimir Kolokoltsev"]),
],
other_names=["Aizada Moldobaeva"],
figures=[
 F("attack_victims_count", 140, None, "actual", "killed more than 140 people", qualifier="more than", note="Distractor."),
 F("kyrgyz_migrants_in_russia_count", 350000, "2024", "actual", "about 350,000 Kyrgyz nationals were in the country at the start of the year", qualifier="about", note="Distractor count."),
 F("kyrgyz_migrants_in_russia_count", 600000, None, "actual", "down from more than 600,000 before the pandemic", qualifier="more than", note="Distractor count."),
 F("remittances_usd", 2600000000, "2023", "actual", "Money transfers from Russia reached $2.6bn last year", period_text="last year", note="Distractor: remittances."),
 F("remittances_usd", 3100000000, "2022", "actual", "down from $3.1bn in 2022", note="Distractor: remittances."),
 F("remittances_share_gdp", 20, None, "actual", "Remittances still equal about a fifth of GDP", qualifier="about", note="Distractor."),
 F("trade_turnover", 3300000000, "2023", "actual", "Turnover between the two countries rose to about $3.3bn in 2023, a record", qualifier="about", note="Also 'a record'. Kyrgyz officials' figure."),
],
events=[
 EV("2024-03", "Crocus City Hall attack outside Moscow", "three weeks after gunmen killed more than 140 people at the Crocus City Hall concert venue outside Moscow", "other", "past", bilateral=False, date_note="'three weeks' before an April incident; attack not dated explicitly."),
 EV("2024-04", "Kyrgyz Foreign Ministry advised citizens to refrain from non-essential travel to Russia", "Kyrgyzstan's Foreign Ministry in April advised citizens to refrain from non-essential travel to Russia", "other", "past"),
 EV(None, "Kulubaev–Lavrov talks in Moscow (treatment of Kyrgyz citizens)", "he had raised the treatment of Kyrgyz citizens with his Russian counterpart Sergey Lavrov during talks in Moscow", "meeting", "past", date_note="Date not stated (between April and June 2024)."),
 EV("2024-05", "Japarov–Putin talks on migration on the sidelines of the EAEU summit in Moscow; working group agreed", "President Sadyr Japarov discussed migration with Vladimir Putin on the sidelines of a Eurasian Economic Union summit in Moscow in May", "meeting", "past"),
 EV("2024-05", "Eurasian Economic Union summit in Moscow", "a Eurasian Economic Union summit in Moscow in May", "other", "past", bilateral=False),
],
))

# ---------------------------------------------------------------- 09 Bloomberg 2025
ARTICLES.append(dict(
file="09_bloomberg_en_2025_ofac_kyrgyz_bank_a7a5.txt",
source="https://www.bloomberg.com/news/articles/2025-08-14/us-sanctions-kyrgyz-bank-crypto-exchange-over-russia-ruble-stablecoin",
date="2025-08-14",
body="""US Sanctions Kyrgyz Bank, Crypto Exchange Over Russia Ruble Token

By Daniel Marsh and Aigerim Tokenova

August 14, 2025 at 5:02 PM GMT+3
Updated on August 14, 2025 at 7:40 PM GMT+3

The US Treasury imposed sanctions on a Kyrgyz lender and a crypto exchange registered in the Central Asian country, accusing them of helping Russia move money outside the reach of western restrictions.

The Office of Foreign Assets Control designated Capital Bank of Central Asia and the Grinex exchange, as well as companies behind A7A5, a ruble-backed stablecoin that has processed more than $9 billion in transfers since its launch in February, according to a Treasury statement on Thursday.

"Kyrgyzstan has become a conduit for Russia's sanctions evasion," Treasury Under Secretary for Terrorism and Financial Intelligence John Hurley said in the statement.

It's the second time this year Washington has targeted the Kyrgyz banking sector. In January, OFAC blacklisted state-controlled Keremet Bank for facilitating payments on behalf of Russia's Promsvyazbank.

Kyrgyz President Sadyr Japarov has rejected suggestions that his country is helping Moscow dodge sanctions. "We trade with Russia openly, as EAEU partners. We do not trade in weapons," he told state news agency Kabar in July.

Key Data

- Kyrgyz-Russian trade turnover: $3.4 billion in 2024, up 13%
- Russia's share of Kyrgyz imports: 28%
- Remittances from Russia: $2.2 billion in 2024

Russia remains Kyrgyzstan's biggest trading partner after China. Trade between the two countries rose 13% last year, to $3.4 billion, according to the Kyrgyz statistics committee, and grew another 9% in the first half of 2025. Chairman of the Cabinet of Ministers Adylbek Kasymaliev said in June the two governments aimed to lift it to $5 billion.

Japarov is set to host Vladimir Putin for a state visit later this year, ahead of a summit of the Collective Security Treaty Organization in Bishkek in November.

The Kyrgyz central bank said it was studying the designations and that Capital Bank's clients would be able to withdraw funds. Kyrgyz bonds were little changed.

— With assistance from Irina Belova

(Updates with central bank comment in second-to-last paragraph.)
""",
header_date="August 14, 2025",
date_partial=None,
date_source="byline",
date_note="Byline 'August 14, 2025 at 5:02 PM GMT+3'; 'on Thursday' (2025-08-14 was a Thursday). Updated line same day.",
people=[
 P("Джон Херли", "John Hurley", "заместитель министра финансов США по вопросам терроризма и финансовой разведки", ["John Hurley"]),
 P("Садыр Жапаров", "Sadyr Japarov", "президент Киргизии", ["Sadyr Japarov", "Japarov"]),
 P("Адылбек Касымалиев", "Adylbek Kasymaliev", "председатель кабинета министров Киргизии", ["Adylbek Kasymaliev"]),
 P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin"]),
],
other_names=["Daniel Marsh", "Aigerim Tokenova", "Irina Belova"],
figures=[
 F("a7a5_transfers_usd", 9000000000, None, "actual", "has processed more than $9 billion in transfers since its launch in February", qualifier="more than", note="Distractor: stablecoin volume."),
 F("trade_turnover", 3400000000, "2024", "actual", "Kyrgyz-Russian trade turnover: $3.4 billion in 2024, up 13%", note="Fact-box line; repeated in the body."),
 F("trade_turnover_growth_pct", 13, "2024", "actual", "Trade between the two countries rose 13% last year, to $3.4 billion", period_text="last year"),
 F("trade_turnover", 3400000000, "2024", "actual", "Trade between the two countries rose 13% last year, to $3.4 billion", period_text="last year", note="Kyrgyz statistics committee."),
 F("russia_share_kyrgyz_imports_pct", 28, None, "actual", "Russia's share of Kyrgyz imports: 28%", note="Distractor: import share."),
 F("remittances_usd", 2200000000, "2024", "actual", "Remittances from Russia: $2.2 billion in 2024", note="Distractor."),
 F("trade_turnover_growth_pct", 9, "2025-H1", "actual", "grew another 9% in the first half of 2025"),
 F("trade_turnover", 5000000000, None, "target", "the two governments aimed to lift it to $5 billion"),
],
events=[
 EV("2025-08-14", "OFAC designated Capital Bank of Central Asia, Grinex and A7A5 companies", "The Office of Foreign Assets Control designated Capital Bank of Central Asia and the Grinex exchange", "other", "past", bilateral=False),
 EV("2025-01", "OFAC blacklisted Keremet Bank for Promsvyazbank payments", "In January, OFAC blacklisted state-controlled Keremet Bank", "other", "past", bilateral=False),
 EV("2025-02", "Launch of the A7A5 ruble stablecoin", "since its launch in February", "other", "past", bilateral=False),
 EV("2025", "Putin's state visit to Kyrgyzstan later this year", "Japarov is set to host Vladimir Putin for a state visit later this year", "visit", "planned"),
 EV("2025-11", "CSTO summit in Bishkek", "a summit of the Collective Security Treaty Organization in Bishkek in November", "other", "planned", bilateral=False),
],
))

# ---------------------------------------------------------------- 10 Nikkei Asia 2026
ARTICLES.append(dict(
file="10_nikkei_en_2026_trade_cools_gold_energy.txt",
source="https://asia.nikkei.com/economy/trade/kyrgyzstan-s-russia-trade-plateaus-as-bishkek-courts-new-partners",
date="2026-02-10",
body="""Kyrgyzstan's Russia trade plateaus as Bishkek courts new partners

Gold, gas and a nuclear plant keep Moscow close, but growth has slowed

KENJI TAKAHASHI, Nikkei staff writer
February 10, 2026 06:00 JST

ALMATY/BISHKEK -- Trade between Kyrgyzstan and Russia has stopped growing at the breakneck pace of the sanctions years, new figures show, even as the two governments sign ever larger energy deals.

Turnover reached $3.5 billion in 2025, up just 3% from a year earlier, Kyrgyzstan's National Statistics Committee said last week. In the first nine months of 2025 it had been growing at 6%. Both figures fall well short of the $5 billion annual target set by President Sadyr Japarov and Russian President Vladimir Putin.

The slowdown reflects tighter compliance by Kyrgyz banks after U.S. designations last year, officials and bankers say, as well as a weaker ruble.

Yet political ties have rarely been closer. During Putin's state visit to Bishkek on Nov. 25-26, the two leaders signed a declaration on deepening their strategic partnership and witnessed an agreement with Rosatom on building a small nuclear power plant, which Kyrgyz officials say could cost up to $1.5 billion. Putin stayed on for the Collective Security Treaty Organization summit in the Kyrgyz capital the following day.

Gazprom, which supplies all of Kyrgyzstan's natural gas, is to raise deliveries to 1 billion cubic meters a year under an agreement signed in December, and Russian state companies are exploring Kyrgyz gold deposits. Kyrgyzstan exported $1.9 billion of gold in 2025, most of it to Switzerland and the U.K., not Russia.

"Russia is our strategic partner, but we are open to everyone," Chairman of the Cabinet of Ministers Adylbek Kasymaliev told Nikkei Asia in an interview in Bishkek last month. He is due in Moscow next month for a meeting of the intergovernmental commission with his counterpart, Deputy Prime Minister Alexei Overchuk.

China's trade with Kyrgyzstan, by contrast, hit a record $23 billion last year by Chinese customs data. The China-Kyrgyzstan-Uzbekistan railway, whose construction started in December 2024, is meant to give Kyrgyz exporters a route that bypasses Russia.

Remittances, still about 20% of gross domestic product, have stabilized at around $2.4 billion a year.

Kasymaliev's predecessor, Akylbek Japarov, who was dismissed in December 2024, had championed closer links with Gulf investors, a policy his successor has continued.
""",
header_date="February 10, 2026",
date_partial=None,
date_source="byline",
date_note="Byline 'February 10, 2026 06:00 JST'. Relative dates: 'last week' (statistics release), 'last month' = January 2026 (interview), 'next month' = March 2026 (IGC); 'Nov. 25-26' without year = 2025 (from context).",
people=[
 P("Садыр Жапаров", "Sadyr Japarov", "президент Киргизии", ["Sadyr Japarov"]),
 P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin", "Putin"]),
 P("Адылбек Касымалиев", "Adylbek Kasymaliev", "председатель кабинета министров Киргизии", ["Adylbek Kasymaliev", "Kasymaliev"]),
 P("Алексей Оверчук", "Alexei Overchuk", "заместитель председателя правительства России, сопредседатель МПК", ["Alexei Overchuk"]),
 P("Акылбек Жапаров", "Akylbek Japarov", "бывший председатель кабинета министров Киргизии (отправлен в отставку в декабре 2024)", ["Akylbek Japarov"]),
],
other_names=["KENJI TAKAHASHI"],
figures=[
 F("trade_turnover", 3500000000, "2025", "actual", "Turnover reached $3.5 billion in 2025"),
 F("trade_turnover_growth_pct", 3, "2025", "actual", "up just 3% from a year earlier"),
 F("trade_turnover_growth_pct", 6, "2025-9M", "actual", "In the first nine months of 2025 it had been growing at 6%"),
 F("trade_turnover", 5000000000, "annual", "target", "the $5 billion annual target"),
 F("npp_cost_usd", 1500000000, None, "forecast", "could cost up to $1.5 billion", note="Distractor: project cost."),
 F("gas_supply_bcm_per_year", 1, "annual", "target", "to raise deliveries to 1 billion cubic meters a year", note="Distractor: gas volume."),
 F("gold_exports_usd", 1900000000, "2025", "actual", "Kyrgyzstan exported $1.9 billion of gold in 2025", note="Distractor: gold exports, mostly not to Russia."),
 F("china_kyrgyz_trade_usd", 23000000000, "2025", "actual", "hit a record $23 billion last year by Chinese customs data", qualifier="record", note="Distractor: third country."),
 F("remittances_share_gdp", 20, None, "actual", "still about 20% of gross domestic product", qualifier="about", note="Distractor."),
 F("remittances_usd", 2400000000, "annual", "actual", "stabilized at around $2.4 billion a year", qualifier="about", note="Distractor."),
],
events=[
 EV("2025-11-25", "Putin's state visit to Bishkek (Nov. 25-26); declaration on deepening strategic partnership", "During Putin's state visit to Bishkek on Nov. 25-26", "visit", "past", date_note="Year inferred (2025) from context; end 2025-11-26."),
 EV("2025-11", "Declaration on deepening the strategic partnership signed", "the two leaders signed a declaration on deepening their strategic partnership", "agreement", "past"),
 EV("2025-11", "Agreement with Rosatom on a small nuclear power plant", "witnessed an agreement with Rosatom on building a small nuclear power plant", "agreement", "past"),
 EV("2025-11-27", "CSTO summit in Bishkek", "Putin stayed on for the Collective Security Treaty Organization summit in the Kyrgyz capital the following day", "other", "past", bilateral=False),
 EV("2025-12", "Gazprom gas supply agreement signed in December", "under an agreement signed in December", "agreement", "past"),
 EV("2026-03", "Intergovernmental commission meeting in Moscow (Kasymaliev, Overchuk)", "He is due in Moscow next month for a meeting of the intergovernmental commission", "igc_session", "planned"),
 EV("2024-12", "Start of construction of the China-Kyrgyzstan-Uzbekistan railway", "whose construction started in December 2024", "other", "past", bilateral=False),
],
))
