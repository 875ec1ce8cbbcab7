"""English-language articles of heldout136 with their gold annotation."""
from common import P, F, E

ARTICLES = []

# ---------------------------------------------------------------- 05 Eurasianet 2014
ARTICLES.append(dict(
file="05_eurasianet_en_2014_gazprom_kyrgyzgaz.txt",
source="https://eurasianet.org/kyrgyzstan-gazprom-takes-over-kyrgyzgaz-for-1",
header="2014-04-16",
lang="en",
body="""
Kyrgyzstan: Gazprom Takes Over Kyrgyzgaz for $1

Daniyar Karimov
Apr 16, 2014

Russian energy giant Gazprom formally took control of Kyrgyzstan's debt-ridden national gas company on Tuesday, completing a deal that was first floated more than five years ago.

Gazprom CEO Alexei Miller signed the sale contract in Bishkek, paying the symbolic price of $1 for 100 percent of Kyrgyzgazprom, the subsidiary into which Kyrgyzgaz's pipelines, storage facilities and distribution stations had been transferred. In return, the Russian company takes on around $40 million of debt and has promised to invest 20 billion rubles (about $560 million) in the network over five years.

"This is a historic event. Kyrgyzgaz is joining our big family," Miller told reporters. The new company will be called Gazprom Kyrgyzstan.

Prime Minister Djoomart Otorbaev, who took office last month after his predecessor Zhantoro Satybaldiyev resigned, called the sale a guarantee of "energy security for the whole country." Otorbaev said household gas tariffs would stay unchanged at least until the end of the year.

The intergovernmental agreement underpinning the deal was signed last July, and parliament ratified it in December after a stormy debate in which opposition lawmakers accused the government of "selling strategic assets for the price of a bus ticket." President Almazbek Atambayev defended the sale, arguing that Kyrgyzgaz was technically bankrupt and could not pay its Uzbek supplier.

That supplier may now be the weak point. Uzbekistan's state gas company, which provides almost all of the gas consumed in southern Kyrgyzstan, has yet to sign a new contract with Gazprom Kyrgyzstan, and some analysts in Bishkek fear Tashkent could use the change of ownership to interrupt deliveries.

The takeover deepens Bishkek's economic dependence on Moscow. Russia's trade with Kyrgyzstan reached $2.2 billion last year, according to Russian customs data, while Kyrgyz migrants in Russia sent home about $2 billion, equivalent to almost a third of the country's GDP.

Kyrgyzstan is also negotiating to join the Russian-led Customs Union. Leaders of Russia, Belarus and Kazakhstan are expected to sign the treaty creating the Eurasian Economic Union in Astana in late May, and Atambayev has said he hopes Kyrgyzstan will follow by the end of the year.

Daniyar Karimov is a Bishkek-based journalist.
""",
header_date="Apr 16, 2014",
date="2014-04-16",
date_partial=None,
date_source="byline",
date_note="Byline 'Apr 16, 2014'. 'On Tuesday' = 2014-04-15 (deal completion); 'last July' = 2013-07; 'in December' = 2013-12; 'last year' = 2013.",
people=[
 P("Алексей Миллер", "Alexei Miller", "председатель правления «Газпрома»", ["Alexei Miller", "Miller"], note="Head of a state-controlled company."),
 P("Джоомарт Оторбаев", "Djoomart Otorbaev", "премьер-министр Киргизии", ["Djoomart Otorbaev", "Otorbaev"]),
 P("Жанторо Сатыбалдиев", "Zhantoro Satybaldiyev", "бывший премьер-министр Киргизии (ушёл в отставку в марте 2014)", ["Zhantoro Satybaldiyev"]),
 P("Алмазбек Атамбаев", "Almazbek Atambayev", "президент Киргизии", ["Almazbek Atambayev", "Atambayev"]),
],
other_names=["Daniyar Karimov"],
figures=[
 F("purchase_price_usd", 1, None, "actual", "paying the symbolic price of $1 for 100 percent of Kyrgyzgazprom"),
 F("assumed_debt_usd", 40000000, None, "actual", "takes on around $40 million of debt", qualifier="about"),
 F("investment_rub", 20000000000, None, "target", "has promised to invest 20 billion rubles (about $560 million) in the network over five years"),
 F("trade_turnover", 2200000000, "2013", "actual", "Russia's trade with Kyrgyzstan reached $2.2 billion last year", period_text="last year"),
 F("remittances_usd", 2000000000, "2013", "actual", "Kyrgyz migrants in Russia sent home about $2 billion", qualifier="about", note="Remittances, distractor."),
],
events=[
 E("2014-04-15", "Gazprom completes the purchase of Kyrgyzgaz (Kyrgyzgazprom) for $1; sale contract signed in Bishkek", "Russian energy giant Gazprom formally took control of Kyrgyzstan's debt-ridden national gas company on Tuesday", "agreement", "past"),
 E("2013-07", "Intergovernmental agreement on the Kyrgyzgaz deal signed", "The intergovernmental agreement underpinning the deal was signed last July", "agreement", "past"),
 E("2013-12", "Kyrgyz parliament ratified the intergovernmental agreement", "parliament ratified it in December", "agreement", "past"),
 E("2014-05", "Signing of the Eurasian Economic Union treaty by Russia, Belarus and Kazakhstan in Astana", "Leaders of Russia, Belarus and Kazakhstan are expected to sign the treaty creating the Eurasian Economic Union in Astana in late May", "agreement", "planned", bilateral=False),
],
))

# ---------------------------------------------------------------- 07 Reuters 2016
ARTICLES.append(dict(
file="07_reuters_en_2016_kyrgyzstan_scraps_hydro_deals.txt",
source="https://www.reuters.com/article/kyrgyzstan-russia-hydropower-idUSL8N1561ZQ",
header="2016-01-22",
lang="en",
body="""
Kyrgyzstan scraps Russian hydropower deals as Moscow's cash dries up

By Timur Osmonaliev

BISHKEK, Jan 22 (Reuters) - Kyrgyz President Almazbek Atambayev has signed a law terminating agreements with Russia to build the Kambarata-1 hydropower plant and a cascade of smaller stations on the Upper Naryn river, his office said on Friday.

Parliament voted unanimously on Wednesday to denounce the deals, signed during President Vladimir Putin's visit to Bishkek in September 2012, under which Russia's RusHydro and Inter RAO were to build and co-own the plants. The projects were together valued at about $3 billion.

Atambayev said last month that Russia, hit by low oil prices and Western sanctions, was no longer able to finance the projects and that Bishkek would look for other investors. He stressed the decision was not political.

Kremlin spokesman Dmitry Peskov told reporters the Kremlin "took note" of the decision. "This is a sovereign decision of our Kyrgyz partners, it will in no way affect our allied relations," Peskov said.

Under the termination terms, Kyrgyzstan will have to reimburse RusHydro about $37 million it has already spent on preparatory work on the Upper Naryn cascade. Officials have not said where the money will come from.

Kyrgyzstan, one of the poorest former Soviet republics, depends heavily on Russia. It joined the Moscow-led Eurasian Economic Union in August, and hosts a Russian air base at Kant. Remittances from Kyrgyz migrants working in Russia fell by about a quarter in dollar terms in the first nine months of 2015 as the rouble slumped.

Bilateral trade also shrank. Turnover between the two countries fell 26 percent year-on-year to about $1.5 billion in 2015, according to preliminary Russian customs data, while the $1 billion Russian-Kyrgyz Development Fund set up to help Kyrgyzstan adapt to the union has so far disbursed only a fraction of its capital.

The Kambarata-1 plant, designed in Soviet times, would have a capacity of 1,860 megawatts and could double Kyrgyzstan's power exports. Downstream Uzbekistan has long opposed the project, fearing it would reduce water flows to its cotton fields.

(Reporting by Timur Osmonaliev; Additional reporting by Maria Kiseleva in Moscow; Editing by Mark Halley)
""",
header_date="Jan 22",
date="2016-01-22",
date_partial=None,
date_source="header",
date_note="Header date; dateline 'BISHKEK, Jan 22 (Reuters)' has no year. 'On Wednesday' = 2016-01-20 (parliament vote); 'last month' = 2015-12; 'in August' = 2015-08.",
people=[
 P("Алмазбек Атамбаев", "Almazbek Atambayev", "президент Киргизии", ["Almazbek Atambayev", "Atambayev"]),
 P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin"]),
 P("Дмитрий Песков", "Dmitry Peskov", "пресс-секретарь президента России", ["Dmitry Peskov", "Peskov"]),
],
other_names=["Timur Osmonaliev", "Maria Kiseleva", "Mark Halley"],
figures=[
 F("project_cost_usd", 3000000000, None, "forecast", "The projects were together valued at about $3 billion", qualifier="about"),
 F("refund_to_rushydro_usd", 37000000, None, "actual", "reimburse RusHydro about $37 million", qualifier="about"),
 F("remittances_growth_pct", -25, "2015-9M", "actual", "fell by about a quarter in dollar terms in the first nine months of 2015", qualifier="about", note="Remittances, distractor."),
 F("trade_turnover_growth_pct", -26, "2015", "actual", "Turnover between the two countries fell 26 percent year-on-year"),
 F("trade_turnover", 1500000000, "2015", "actual", "Turnover between the two countries fell 26 percent year-on-year to about $1.5 billion in 2015", qualifier="about", note="Russian customs data; differs from Kyrgyz statistics in 06."),
 F("development_fund_usd", 1000000000, None, "actual", "the $1 billion Russian-Kyrgyz Development Fund", note="Fund capital, distractor."),
 F("capacity_mw", 1860, None, "target", "would have a capacity of 1,860 megawatts"),
],
events=[
 E("2016-01", "Atambayev signed the law terminating the Kambarata-1 and Upper Naryn agreements with Russia", "has signed a law terminating agreements with Russia to build the Kambarata-1 hydropower plant", "agreement", "past", date_note="Signing reported on Friday 2016-01-22; the signing day itself is not stated."),
 E("2016-01-20", "Kyrgyz parliament unanimously voted to denounce the deals", "Parliament voted unanimously on Wednesday to denounce the deals", "agreement", "past"),
 E("2012-09", "Hydropower agreements signed during Putin's visit to Bishkek", "signed during President Vladimir Putin's visit to Bishkek in September 2012", "agreement", "past"),
 E("2015-08", "Kyrgyzstan joined the Eurasian Economic Union", "It joined the Moscow-led Eurasian Economic Union in August", "other", "past", bilateral=False),
],
))

# ---------------------------------------------------------------- 11 The Diplomat 2023 (analysis)
ARTICLES.append(dict(
file="11_thediplomat_en_2023_kambarata_after_moscow.txt",
source="https://thediplomat.com/2023/02/kambarata-1-kyrgyzstans-megaproject-after-moscow/",
header="2023-02-09",
lang="en",
body="""
Kambarata-1: Kyrgyzstan's Megaproject After Moscow

Russia promised twice to build Central Asia's biggest dam. Now Bishkek is betting on its neighbors instead, while its fuel still comes from Russia.

By Aidana Musaeva
February 09, 2023

Image credit: Depositphotos / Ruslan Shamsutdinov

Few infrastructure projects in Central Asia have been announced as often as the Kambarata-1 hydropower plant on the Naryn River. Designed in the 1980s, the 1,860-megawatt station was meant to regulate the flow into the Toktogul reservoir and turn Kyrgyzstan into a regional electricity exporter. For three decades it has instead served as a barometer of the country's relations with Moscow.

The first serious attempt came in February 2009, when President Kurmanbek Bakiyev flew to Moscow and secured from Dmitry Medvedev a $2 billion soft loan, a large share of which was earmarked for Kambarata-1. Within hours Bakiyev announced the closure of the U.S. air base at Manas. Only a fraction of the money arrived, the base stayed, and the loan became one of the grievances Moscow held against Bakiyev before his ouster in April 2010.

The second attempt was more formal. During Vladimir Putin's visit to Bishkek in September 2012, the two governments signed agreements under which Inter RAO would build Kambarata-1 and RusHydro a cascade of four smaller plants on the Upper Naryn, each as a 50-50 joint venture. Almazbek Atambayev, then president, called it "the deal of the century." But Russia's economy buckled after 2014, and in January 2016 the Kyrgyz parliament voted to denounce both agreements. Bishkek later repaid RusHydro some $37 million for work already done.

The new approach is regional. In January, the energy ministers of Kazakhstan, Kyrgyzstan and Uzbekistan signed a roadmap for building Kambarata-1 together, with the World Bank expected to finance an updated feasibility study. Kyrgyz Energy Minister Taalaibek Ibraev said the cost could reach $3 billion and that officials hope to start work on the main dam next year. President Sadyr Japarov has repeatedly described Kambarata-1 as a project that "will pay for itself within a decade." Uzbek President Shavkat Mirziyoyev, whose predecessor opposed upstream dams, has endorsed the scheme, a shift that made the trilateral format possible.

Russia is not absent from the picture. It remains the country's dominant supplier of fuel: more than 90 percent of the gasoline and diesel sold in Kyrgyzstan comes from Russian refineries, delivered duty-free under an annual indicative balance within the Eurasian Economic Union. For 2023 that balance is reportedly set at about 1.2 million tons. When a dry autumn left Toktogul half-empty, it was Russia, via Kazakhstan's grid, that supplied electricity in December to help avoid rolling blackouts. Cabinet Chairman Akylbek Japarov, no relation to the president, has said the government is negotiating a similar arrangement for next winter.

The economic ties are also deeper than ever. Kyrgyz statistics put trade with Russia at $3.1 billion in 2022, up 37 percent, as Kyrgyz re-exports filled gaps left by Western sanctions. Remittances from Russia, at roughly $2.7 billion last year, still equal about a quarter of GDP. By comparison, China, Kyrgyzstan's largest trade partner by official Chinese data, reported $15.5 billion in bilateral trade.

What Moscow has not offered is new money for hydropower. Russian officials have instead pitched nuclear cooperation, and Rosatom signed a memorandum on a small modular reactor with Bishkek last year. For Japarov's government, that leaves Kambarata-1 dependent on neighbors who share the river but not always the same priorities.

Whether the third attempt succeeds will depend on financing that has not yet been secured. But the politics have changed: for the first time, the dam is being planned with the downstream states rather than over their objections, and without waiting for Moscow.

Aidana Musaeva is a Bishkek-based researcher on energy and water in Central Asia.
""",
header_date="February 09, 2023",
date="2023-02-09",
date_partial=None,
date_source="byline",
date_note="Byline 'February 09, 2023'. 'In January' = 2023-01; 'last year' = 2022; 'next year' = 2024.",
people=[
 P("Курманбек Бакиев", "Kurmanbek Bakiyev", "президент Киргизии (2009)", ["Kurmanbek Bakiyev", "Bakiyev"]),
 P("Дмитрий Медведев", "Dmitry Medvedev", "президент России (2009)", ["Dmitry Medvedev"]),
 P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin"]),
 P("Алмазбек Атамбаев", "Almazbek Atambayev", "президент Киргизии (2012; бывший)", ["Almazbek Atambayev"]),
 P("Таалайбек Ибраев", "Taalaibek Ibraev", "министр энергетики Киргизии", ["Taalaibek Ibraev"]),
 P("Садыр Жапаров", "Sadyr Japarov", "президент Киргизии", ["Sadyr Japarov", "Japarov"]),
 P("Шавкат Мирзиёев", "Shavkat Mirziyoyev", "президент Узбекистана", ["Shavkat Mirziyoyev"]),
 P("Акылбек Жапаров", "Akylbek Japarov", "председатель Кабинета министров Киргизии", ["Akylbek Japarov"]),
],
other_names=["Aidana Musaeva", "Ruslan Shamsutdinov"],
figures=[
 F("capacity_mw", 1860, None, "target", "the 1,860-megawatt station"),
 F("loan_usd", 2000000000, None, "actual", "a $2 billion soft loan", note="2009 loan, distractor."),
 F("refund_to_rushydro_usd", 37000000, None, "actual", "Bishkek later repaid RusHydro some $37 million", qualifier="about"),
 F("project_cost_usd", 3000000000, None, "forecast", "the cost could reach $3 billion"),
 F("fuel_import_share_from_russia_pct", 90, None, "actual", "more than 90 percent of the gasoline and diesel sold in Kyrgyzstan comes from Russian refineries", qualifier="more than"),
 F("duty_free_oil_products_tonnes", 1200000, "2023", "target", "For 2023 that balance is reportedly set at about 1.2 million tons", qualifier="about"),
 F("trade_turnover", 3100000000, "2022", "actual", "Kyrgyz statistics put trade with Russia at $3.1 billion in 2022, up 37 percent", note="Kyrgyz statistics; 10 gives 'more than $3.5 bn' for 2022."),
 F("trade_turnover_growth_pct", 37, "2022", "actual", "Kyrgyz statistics put trade with Russia at $3.1 billion in 2022, up 37 percent"),
 F("remittances_usd", 2700000000, "2022", "actual", "Remittances from Russia, at roughly $2.7 billion last year", qualifier="about", note="Remittances, distractor."),
 F("trade_turnover_china_kg", 15500000000, "2022", "actual", "reported $15.5 billion in bilateral trade", note="China–Kyrgyzstan trade, distractor; year implied."),
],
events=[
 E("2009-02", "Bakiyev's visit to Moscow; $2 bn soft loan secured from Medvedev", "when President Kurmanbek Bakiyev flew to Moscow and secured from Dmitry Medvedev a $2 billion soft loan", "visit", "past"),
 E("2010-04", "Ouster of Bakiyev", "before his ouster in April 2010", "other", "past", bilateral=False),
 E("2012-09", "Putin's visit to Bishkek; Kambarata-1 and Upper Naryn agreements signed", "During Vladimir Putin's visit to Bishkek in September 2012, the two governments signed agreements", "agreement", "past"),
 E("2016-01", "Kyrgyz parliament voted to denounce both agreements", "in January 2016 the Kyrgyz parliament voted to denounce both agreements", "agreement", "past"),
 E("2023-01", "Energy ministers of Kazakhstan, Kyrgyzstan and Uzbekistan signed a roadmap on building Kambarata-1", "In January, the energy ministers of Kazakhstan, Kyrgyzstan and Uzbekistan signed a roadmap for building Kambarata-1 together", "agreement", "past", bilateral=False),
 E("2024", "Start of work on the main Kambarata-1 dam hoped for next year", "officials hope to start work on the main dam next year", "other", "planned", bilateral=False),
 E("2022-12", "Russia supplied electricity via Kazakhstan's grid in December", "it was Russia, via Kazakhstan's grid, that supplied electricity in December", "other", "past"),
 E("2022", "Rosatom signed a memorandum on a small modular reactor with Bishkek", "Rosatom signed a memorandum on a small modular reactor with Bishkek last year", "agreement", "past"),
],
))

# ---------------------------------------------------------------- 13 AKIpress 2025
ARTICLES.append(dict(
file="13_akipress_en_2025_kasymaliev_overchuk_fuel.txt",
source="https://akipress.com/news:812457:Kasymaliev_Overchuk_discuss_fuel_supplies_ahead_of_winter/",
header="2025-10-16",
lang="en",
body="""
Kasymaliev, Overchuk discuss fuel supplies ahead of winter

16 October 2025, 15:42
BISHKEK (AKIpress) - Chairman of the Cabinet of Ministers Adylbek Kasymaliev met with Russian Deputy Prime Minister Alexei Overchuk, co-chair of the Kyrgyz-Russian intergovernmental commission, in Bishkek on October 15, the Cabinet's press service said.

The parties discussed uninterrupted supplies of petroleum products to Kyrgyzstan, including in light of Russia's temporary ban on gasoline exports, which does not apply to deliveries under intergovernmental agreements within the Eurasian Economic Union.

Kasymaliev asked the Russian side to consider an additional 100,000 tonnes of gasoline before the end of the year to stabilize prices at filling stations. He also proposed raising the indicative balance of duty-free oil product supplies for 2026 to 1.45 million tonnes.

Overchuk said the Russian government would consider the request "in the shortest possible time" and that Kyrgyzstan remained "a priority partner" for Russian fuel companies.

The sides also discussed electricity supplies for the autumn-winter period, the construction of a small nuclear power plant with Rosatom, and preparations for the next session of the intergovernmental commission, scheduled for November in Bishkek.

According to the National Statistical Committee, trade turnover between Kyrgyzstan and Russia in January-August 2025 amounted to $2.7 billion, up 8.4% year-on-year. The two countries aim to raise annual trade to $5 billion.

Kasymaliev noted that President Sadyr Japarov and President Vladimir Putin had touched upon energy issues during their conversation on the sidelines of the Russia - Central Asia summit in Dushanbe last week. Putin is expected to pay a state visit to Kyrgyzstan in late November, when Bishkek also hosts the CSTO Collective Security Council.

Russian Ambassador Sergei Vakunov attended the meeting.

In the first eight months of the year, Russian direct investment in Kyrgyzstan's economy reached $120 million, the ministry of economy reported earlier.

Related: Gasoline prices rise 12% since July - Antimonopoly Service
""",
header_date="16 October 2025, 15:42",
date="2025-10-16",
date_partial=None,
date_source="byline",
date_note="Page line '16 October 2025, 15:42'. Meeting 'on October 15'; 'last week' = Dushanbe summit (2025-10-09).",
people=[
 P("Адылбек Касымалиев", "Adylbek Kasymaliev", "председатель Кабинета министров КР", ["Adylbek Kasymaliev", "Kasymaliev"]),
 P("Алексей Оверчук", "Alexei Overchuk", "заместитель председателя правительства РФ, сопредседатель МПК", ["Alexei Overchuk", "Overchuk"]),
 P("Садыр Жапаров", "Sadyr Japarov", "президент Киргизии", ["Sadyr Japarov"]),
 P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin", "Putin"]),
 P("Сергей Вакунов", "Sergei Vakunov", "посол России в Киргизии", ["Sergei Vakunov"]),
],
other_names=[],
figures=[
 F("gasoline_supply_tonnes", 100000, "2025", "target", "an additional 100,000 tonnes of gasoline before the end of the year", note="Requested extra volume."),
 F("duty_free_oil_products_tonnes", 1450000, "2026", "target", "raising the indicative balance of duty-free oil product supplies for 2026 to 1.45 million tonnes"),
 F("trade_turnover", 2700000000, "2025-8M", "actual", "trade turnover between Kyrgyzstan and Russia in January-August 2025 amounted to $2.7 billion", period_text="in January-August 2025"),
 F("trade_turnover_growth_pct", 8.4, "2025-8M", "actual", "up 8.4% year-on-year"),
 F("trade_turnover", 5000000000, "annual", "target", "The two countries aim to raise annual trade to $5 billion"),
 F("fdi_usd", 120000000, "2025-8M", "actual", "Russian direct investment in Kyrgyzstan's economy reached $120 million", period_text="In the first eight months of the year", note="Investment, distractor."),
],
events=[
 E("2025-10-15", "Meeting of cabinet chairman Adylbek Kasymaliev with Russian Deputy PM Alexei Overchuk in Bishkek on fuel supplies", "met with Russian Deputy Prime Minister Alexei Overchuk, co-chair of the Kyrgyz-Russian intergovernmental commission, in Bishkek on October 15", "meeting", "past"),
 E("2025-11", "Next session of the Kyrgyz-Russian intergovernmental commission in Bishkek", "the next session of the intergovernmental commission, scheduled for November in Bishkek", "igc_session", "planned"),
 E("2025-10", "Japarov–Putin conversation on the sidelines of the Russia–Central Asia summit in Dushanbe", "had touched upon energy issues during their conversation on the sidelines of the Russia - Central Asia summit in Dushanbe last week", "meeting", "past"),
 E("2025-10", "Russia – Central Asia summit in Dushanbe", "the Russia - Central Asia summit in Dushanbe last week", "conference", "past", bilateral=False),
 E("2025-11", "Putin's state visit to Kyrgyzstan in late November", "Putin is expected to pay a state visit to Kyrgyzstan in late November", "visit", "planned"),
 E("2025-11", "CSTO Collective Security Council session hosted by Bishkek", "Bishkek also hosts the CSTO Collective Security Council", "conference", "planned", bilateral=False),
],
))
