"""English articles of heldout148 with their gold annotation (written blind)."""
from data_ru import P, F, E

ARTICLES = []

# ---------------------------------------------------------------- 05 24.kg English 2015
ARTICLES.append(dict(
    file="05_24kg_en_2015_dairy_restrictions_eaeu.txt",
    source="https://24.kg/english/17456_Rosselkhoznadzor_lifts_restrictions_on_Kyrgyz_dairy/",
    lang="en", header="2015-09-23",
    body='''Russia lifts restrictions on dairy from four Kyrgyz companies

Posted 23/09/2015 14:12  Updated 23/09/2015 16:40

BISHKEK - 24.kg news agency, by Aigerim Sultanbekova. The Russian Federal Service for Veterinary and Phytosanitary Surveillance (Rosselkhoznadzor) has lifted restrictions on dairy imports from four Kyrgyz enterprises, the State Inspectorate for Veterinary and Phytosanitary Safety of Kyrgyzstan told 24.kg news agency today.

According to the inspectorate, the decision was taken after Russian experts inspected 11 dairy plants in Chui, Issyk-Kul and Talas regions last week. Products from the remaining seven enterprises may be exported once they eliminate the violations found, including the lack of laboratory control of raw milk.

The issue was discussed on Monday by Prime Minister Temir Sariev and head of Rosselkhoznadzor Sergei Dankvert in Moscow. "Kyrgyzstan is now a full member of the Eurasian Economic Union, and our farmers should feel it," Temir Sariev said. Sergei Dankvert, in his turn, noted that Rosselkhoznadzor was ready to help Kyrgyz laboratories obtain international accreditation.

Kyrgyzstan officially became a member of the EAEU on August 12, 2015. Veterinary control on the Kyrgyz-Kazakh border is expected to be lifted after the republic completes its road map commitments by the end of the year. Kazakhstan's border restrictions have already cost Kyrgyz dairy producers about $12 million in lost sales since spring, according to the Dairy Union of Kyrgyzstan.

Trade between Kyrgyzstan and Russia amounted to $870.2 million in January-July 2015, down 22.7 percent year-on-year, the National Statistical Committee reports. Russia's share in Kyrgyzstan's foreign trade stood at 23.4 percent. Remittances from Kyrgyz labour migrants in Russia decreased by almost a third in the first half of the year due to the weaker rouble.

Kyrgyz milk processors expect the Russian market to absorb at least 10,000 tonnes of dairy products next year.

Russian and Kyrgyz veterinary services will sign a memorandum on mutual recognition of laboratory results at a meeting in Bishkek in October, the inspectorate added.

Photo: 24.kg

Related: Kyrgyzstan joins EAEU: what changes for farmers
''',
    date="2015-09-23", date_partial=None, date_source="header+byline",
    date_note="Header 2015-09-23; 'Posted 23/09/2015' (a Wednesday). 'on Monday' = 2015-09-21; 'last week' = 2015-09-14..18.",
    people=[
        P("Темир Сариев", "Temir Sariev", "премьер-министр Киргизии", ["Temir Sariev"]),
        P("Сергей Данкверт", "Sergei Dankvert", "руководитель Россельхознадзора", ["Sergei Dankvert"]),
    ],
    other_names=["Aigerim Sultanbekova"],
    figures=[
        F("trade_turnover", 870200000, "2015-7M", "actual", "Trade between Kyrgyzstan and Russia amounted to $870.2 million in January-July 2015"),
        F("trade_turnover_growth_pct", -22.7, "2015-7M", "actual", "down 22.7 percent year-on-year"),
        F("russia_share_in_kyrgyz_trade_pct", 23.4, "2015-7M", "actual", "Russia's share in Kyrgyzstan's foreign trade stood at 23.4 percent",
          note="Share; period taken from the preceding sentence."),
        F("kg_dairy_lost_sales_kazakhstan_usd", 12000000, None, "actual", "about $12 million in lost sales since spring", qualifier="about",
          note="Distractor: losses on the Kazakh border."),
        F("remittances_from_russia_change_pct", -33, "2015-H1", "actual", "decreased by almost a third in the first half of the year", qualifier="almost",
          note="Distractor: remittances; 'almost a third' in words."),
    ],
    events=[
        E("2015-09", "Rosselkhoznadzor lifted restrictions on dairy imports from four Kyrgyz enterprises",
          "has lifted restrictions on dairy imports from four Kyrgyz enterprises", "other", "past"),
        E("2015-09", "Russian experts inspected 11 Kyrgyz dairy plants (last week)",
          "Russian experts inspected 11 dairy plants in Chui, Issyk-Kul and Talas regions last week", "other", "past"),
        E("2015-09-21", "Sariev–Dankvert talks in Moscow",
          "The issue was discussed on Monday by Prime Minister Temir Sariev and head of Rosselkhoznadzor Sergei Dankvert in Moscow", "meeting", "past"),
        E("2015-08-12", "Kyrgyzstan became a member of the EAEU",
          "Kyrgyzstan officially became a member of the EAEU on August 12, 2015", "other", "past", bilateral=False),
        E("2015", "Veterinary control on the Kyrgyz-Kazakh border expected to be lifted by year end",
          "Veterinary control on the Kyrgyz-Kazakh border is expected to be lifted", "other", "planned", bilateral=False),
        E("2015-10", "Memorandum on mutual recognition of laboratory results to be signed in Bishkek in October",
          "will sign a memorandum on mutual recognition of laboratory results at a meeting in Bishkek in October", "agreement", "planned"),
    ],
))

# ---------------------------------------------------------------- 09 Reuters 2022
ARTICLES.append(dict(
    file="09_reuters_en_2022_fertiliser_supplies.txt",
    source="https://www.reuters.com/markets/commodities/kyrgyzstan-secures-russian-fertiliser-supplies-despite-export-curbs-2022-04-12/",
    lang="en", header="2022-04-12",
    body='''Kyrgyzstan secures Russian fertiliser supplies despite export curbs

By Timur Sadykov

April 12 (Reuters) - Kyrgyzstan will receive 100,000 tonnes of Russian mineral fertilisers this year at Russian domestic prices despite Moscow's curbs on fertiliser exports, the Central Asian nation's cabinet said on Tuesday.

Akylbek Japarov, chairman of Kyrgyzstan's cabinet of ministers, agreed the volumes with Russian producers during talks in Moscow last week, the cabinet said in a statement.

Kyrgyzstan, a member of the Russia-led Eurasian Economic Union (EAEU), is not subject to the fertiliser export quotas Moscow introduced in December for countries outside the bloc.

"Fertiliser is critical for our food security, and Russia is our main supplier," Japarov told reporters in Bishkek on Tuesday. Farmers in the mountainous country of 6.7 million people have complained that prices for ammonium nitrate have doubled since January.

President Sadyr Japarov, who is not related to the cabinet chairman, spoke by phone with Russian President Vladimir Putin on Friday and discussed food security and the supply of fuel for the spring sowing campaign, the Kremlin said.

Kyrgyz data show trade with Russia totalled $2.47 billion in 2021, up nearly 40% from a year earlier. Neighbouring Kazakhstan provides about 90% of Kyrgyzstan's wheat imports.

The impoverished country is heavily dependent on Russia. Remittances, mostly from migrants working in Russia, equalled about a third of Kyrgyzstan's gross domestic product last year, and the World Bank has forecast they could fall by 25% in 2022 as Western sanctions hit the Russian economy.

Kyrgyzstan holds the rotating chairmanship of the EAEU this year and will host a summit of the bloc's leaders in December.

(Reporting by Timur Sadykov in Bishkek; Editing by Peter Holloway)
''',
    date="2022-04-12", date_partial=None, date_source="header+body",
    date_note="Header 2022-04-12; dateline 'April 12 (Reuters)' without year (year also in URL). 'on Tuesday' = 2022-04-12; 'on Friday' = 2022-04-08; 'last week' = 2022-04-04..08.",
    people=[
        P("Акылбек Жапаров", "Akylbek Japarov", "председатель кабинета министров КР", ["Akylbek Japarov", "Japarov"],
          note="Bare 'Japarov' in 'Japarov told reporters' refers to Akylbek, not the president."),
        P("Садыр Жапаров", "Sadyr Japarov", "президент КР", ["Sadyr Japarov"]),
        P("Владимир Путин", "Vladimir Putin", "президент РФ", ["Vladimir Putin"]),
    ],
    other_names=["Timur Sadykov", "Peter Holloway"],
    figures=[
        F("trade_turnover", 2470000000, "2021", "actual", "Kyrgyz data show trade with Russia totalled $2.47 billion in 2021"),
        F("trade_turnover_growth_pct", 40, "2021", "actual", "up nearly 40% from a year earlier", qualifier="almost"),
        F("kazakhstan_share_in_kg_wheat_imports_pct", 90, None, "actual", "Neighbouring Kazakhstan provides about 90% of Kyrgyzstan's wheat imports",
          qualifier="about", note="Distractor: third country."),
        F("remittances_share_of_gdp_pct", 33, "2021", "actual", "equalled about a third of Kyrgyzstan's gross domestic product last year",
          qualifier="about", note="Distractor: remittances; 'a third' in words."),
        F("remittances_change_pct", -25, "2022", "forecast", "could fall by 25% in 2022", note="Distractor: World Bank forecast."),
    ],
    events=[
        E("2022-04", "Akylbek Japarov's talks in Moscow (last week) agreeing fertiliser volumes",
          "agreed the volumes with Russian producers during talks in Moscow last week", "visit", "past"),
        E("2022", "Kyrgyzstan to receive 100,000 t of Russian mineral fertilisers this year at domestic prices",
          "Kyrgyzstan will receive 100,000 tonnes of Russian mineral fertilisers this year at Russian domestic prices", "other", "planned"),
        E("2021-12", "Russia introduced fertiliser export quotas for non-EAEU countries",
          "the fertiliser export quotas Moscow introduced in December for countries outside the bloc", "other", "past", bilateral=False),
        E("2022-04-08", "Sadyr Japarov–Putin phone call on food security and fuel for sowing",
          "spoke by phone with Russian President Vladimir Putin on Friday", "other", "past"),
        E("2022-12", "EAEU summit to be hosted by Kyrgyzstan in December",
          "will host a summit of the bloc's leaders in December", "meeting", "planned", bilateral=False),
    ],
))

# ---------------------------------------------------------------- 11 AKIpress 2023
ARTICLES.append(dict(
    file="11_akipress_en_2023_overchuk_irrigation_glaciers.txt",
    source="https://akipress.com/news:731245:Russia_Kyrgyzstan_discuss_irrigation_glacier_monitoring/",
    lang="en", header=None,
    body='''Russia, Kyrgyzstan discuss irrigation, glacier monitoring ahead of Putin's visit

AKIpress News Agency, Bishkek, Sep 28, 2023 16:05

Chairman of the Cabinet of Ministers Akylbek Japarov on September 28 met with Deputy Prime Minister of Russia Alexei Overchuk, who arrived in Bishkek on a working visit on Wednesday.

The parties discussed the implementation of joint projects in agriculture and water management, including the reconstruction of irrigation canals in Chui, Talas and Batken regions and the construction of small reservoirs. The Russian side is ready to allocate $30 million in grant funding for irrigation projects, the Cabinet's press service said.

"Water is becoming the main constraint for our farmers. Glaciers in the Tien Shan have lost about 16% of their area over the past 50 years," Akylbek Japarov said. He proposed to create a joint Kyrgyz-Russian center for monitoring glaciers and mountain water resources on the basis of the Kyrgyz-Russian Slavic University.

Overchuk noted that Russian agricultural exports to Kyrgyzstan, including grain, sunflower oil and sugar, grew by 28% in January-June 2023. He said the sides were also working on a new veterinary and phytosanitary agreement that would simplify certification of Kyrgyz fruits and vegetables.

According to the National Statistical Committee, trade between Kyrgyzstan and Russia in the first seven months of 2023 amounted to $1.77 billion, increasing by 8.4% over the same period last year.

The parties also discussed preparations for the state visit of President Vladimir Putin to Kyrgyzstan on October 12 and the CIS heads of state summit to be held in Bishkek on October 13. Several intergovernmental agreements, including one on irrigation, are expected to be signed during the visit.

Earlier this month, President Sadyr Japarov instructed the Cabinet to speed up the construction of small reservoirs ahead of the 2024 irrigation season.

Photo: Cabinet press service
''',
    date="2023-09-28", date_partial=None, date_source="byline",
    date_note="No header date. Byline 'AKIpress News Agency, Bishkek, Sep 28, 2023 16:05'. 'on Wednesday' = 2023-09-27.",
    people=[
        P("Акылбек Жапаров", "Akylbek Japarov", "председатель кабинета министров КР", ["Akylbek Japarov"]),
        P("Алексей Оверчук", "Alexei Overchuk", "заместитель председателя правительства РФ", ["Alexei Overchuk", "Overchuk"]),
        P("Владимир Путин", "Vladimir Putin", "президент РФ", ["Vladimir Putin", "Putin"]),
        P("Садыр Жапаров", "Sadyr Japarov", "президент КР", ["Sadyr Japarov"]),
    ],
    other_names=[],
    figures=[
        F("russian_irrigation_grant_usd", 30000000, None, "target", "ready to allocate $30 million in grant funding for irrigation projects",
          note="Distractor: grant aid offered, not turnover."),
        F("tien_shan_glacier_area_loss_pct", 16, None, "actual", "lost about 16% of their area over the past 50 years", qualifier="about", note="Distractor."),
        F("russian_agri_exports_to_kg_growth_pct", 28, "2023-H1", "actual", "grew by 28% in January-June 2023", note="Distractor: one-way agri exports."),
        F("trade_turnover", 1770000000, "2023-7M", "actual", "trade between Kyrgyzstan and Russia in the first seven months of 2023 amounted to $1.77 billion"),
        F("trade_turnover_growth_pct", 8.4, "2023-7M", "actual", "increasing by 8.4% over the same period last year"),
    ],
    events=[
        E("2023-09-28", "Akylbek Japarov–Overchuk meeting in Bishkek",
          "Akylbek Japarov on September 28 met with Deputy Prime Minister of Russia Alexei Overchuk", "meeting", "past"),
        E("2023-09-27", "Overchuk's working visit to Bishkek (arrived Wednesday)",
          "who arrived in Bishkek on a working visit on Wednesday", "visit", "ongoing"),
        E(None, "Proposed joint Kyrgyz-Russian glacier and mountain water monitoring center",
          "He proposed to create a joint Kyrgyz-Russian center for monitoring glaciers and mountain water resources", "other", "planned"),
        E(None, "New veterinary and phytosanitary agreement under preparation",
          "working on a new veterinary and phytosanitary agreement", "agreement", "planned"),
        E("2023-10-12", "Putin's state visit to Kyrgyzstan",
          "the state visit of President Vladimir Putin to Kyrgyzstan on October 12", "visit", "planned"),
        E("2023-10-13", "CIS heads of state summit in Bishkek",
          "the CIS heads of state summit to be held in Bishkek on October 13", "meeting", "planned", bilateral=False),
        E("2023-10-12", "Intergovernmental agreements, including one on irrigation, to be signed during the visit",
          "Several intergovernmental agreements, including one on irrigation, are expected to be signed during the visit", "agreement", "planned"),
    ],
))

# ---------------------------------------------------------------- 13 Eurasianet 2025
ARTICLES.append(dict(
    file="13_eurasianet_en_2025_rosselkhoznadzor_apricots_water.txt",
    source="https://eurasianet.org/kyrgyzstan-russian-food-safety-watchdog-squeezes-farmers",
    lang="en", header="2025-07-17",
    body='''Kyrgyzstan: Russian food safety watchdog squeezes farmers

Bishkek's hopes of exporting more fruit to Russia run into a wall of inspections.

Bermet Kasymalieva Jul 17, 2025

Apricots being sorted at a market in Batken. (Photo: Bermet Kasymalieva)

For apricot growers in Batken, July should be the busiest time of the year. Instead, trucks have been lining up at the Kazakh border since Russia's agricultural watchdog, Rosselkhoznadzor, tightened controls on Kyrgyz produce at the start of the month.

Rosselkhoznadzor said on July 1 that it had detected pesticide residues and quarantine pests in more than 60 consignments of Kyrgyz fruit and vegetables since January. From July 3, imports from 14 Kyrgyz exporters were suspended pending laboratory checks.

Rosselkhoznadzor head Sergei Dankvert told Russian media last week that Kyrgyz certificates were "too often not worth the paper they are printed on." It is not the first time the watchdog has alarmed Bishkek: in 2019 it restricted tomatoes and peppers, in 2022 dairy.

Kyrgyz officials have tried to play down the dispute. Deputy Chairman of the Cabinet of Ministers Bakyt Torobaev, who oversees agriculture, flew to Moscow on July 10 for talks with Rosselkhoznadzor, and said afterward that the two sides had agreed on a joint inspection of exporters in August. Cabinet Chairman Adylbek Kasymaliev has ordered the creation of a single state laboratory for export certification by the end of the year.

President Sadyr Japarov, for his part, blamed "unscrupulous middlemen." Speaking to farmers in Osh on Saturday, he said Kyrgyzstan would not allow "a few dishonest exporters to spoil the reputation of Kyrgyz apricots."

The stakes are high. Russia bought around $140 million worth of Kyrgyz fruit, vegetables and nuts last year, according to the National Statistical Committee. The committee puts overall trade with Russia in 2024 at $3.3 billion; Russian customs data show a higher figure, about $3.6 billion. Remittances from Russia were equivalent to roughly a quarter of GDP.

Farmers face a second problem: water. A hot spring and shrinking glaciers have left canals in the Fergana Valley half-empty. Kyrgyzstan's glaciers have lost around 20 percent of their volume since the 1960s, scientists estimate, and the government is asking donors, Russia included, to fund new reservoirs.

A Russian-Kyrgyz intergovernmental commission meeting planned for the autumn in Bishkek is expected to take up the issue.

Bermet Kasymalieva is a Bishkek-based journalist.
''',
    date="2025-07-17", date_partial=None, date_source="header+byline",
    date_note="Header 2025-07-17; byline 'Jul 17, 2025' (a Thursday). 'last week' = 2025-07-07..13; 'on Saturday' = 2025-07-12.",
    people=[
        P("Сергей Данкверт", "Sergei Dankvert", "руководитель Россельхознадзора", ["Sergei Dankvert"]),
        P("Бакыт Торобаев", "Bakyt Torobaev", "заместитель председателя кабинета министров КР", ["Bakyt Torobaev"]),
        P("Адылбек Касымалиев", "Adylbek Kasymaliev", "председатель кабинета министров КР", ["Adylbek Kasymaliev"]),
        P("Садыр Жапаров", "Sadyr Japarov", "президент КР", ["Sadyr Japarov"]),
    ],
    other_names=["Bermet Kasymalieva"],
    figures=[
        F("kg_fruitveg_nut_exports_to_russia_usd", 140000000, "2024", "actual", "Russia bought around $140 million worth of Kyrgyz fruit, vegetables and nuts last year",
          qualifier="about", note="Distractor: one product group; 'last year' = 2024."),
        F("trade_turnover", 3300000000, "2024", "actual", "The committee puts overall trade with Russia in 2024 at $3.3 billion", note="Kyrgyz statistics."),
        F("trade_turnover", 3600000000, "2024", "actual", "Russian customs data show a higher figure, about $3.6 billion", qualifier="about",
          note="Russian customs; sources disagree."),
        F("remittances_share_of_gdp_pct", 25, None, "actual", "Remittances from Russia were equivalent to roughly a quarter of GDP", qualifier="about",
          note="Distractor; 'a quarter' in words."),
        F("kg_glacier_volume_loss_pct", 20, None, "actual", "lost around 20 percent of their volume since the 1960s", qualifier="about", note="Distractor."),
    ],
    events=[
        E("2025-07-03", "Rosselkhoznadzor suspended imports from 14 Kyrgyz exporters",
          "From July 3, imports from 14 Kyrgyz exporters were suspended pending laboratory checks", "other", "past"),
        E("2019", "Earlier Rosselkhoznadzor restrictions on Kyrgyz tomatoes and peppers",
          "in 2019 it restricted tomatoes and peppers", "other", "past"),
        E("2022", "Earlier Rosselkhoznadzor restrictions on Kyrgyz dairy",
          "in 2022 dairy", "other", "past"),
        E("2025-07-10", "Torobaev's trip to Moscow for talks with Rosselkhoznadzor",
          "flew to Moscow on July 10 for talks with Rosselkhoznadzor", "visit", "past"),
        E("2025-08", "Joint inspection of Kyrgyz exporters agreed for August",
          "agreed on a joint inspection of exporters in August", "other", "planned"),
        E("2025", "Russian-Kyrgyz intergovernmental commission meeting in Bishkek in the autumn",
          "A Russian-Kyrgyz intergovernmental commission meeting planned for the autumn in Bishkek", "igc_session", "planned"),
    ],
))
