# English articles 11-14 of heldout146.
from data_ru1 import P, F, E

def PE(nom, in_text, role, forms):
    return P(nom, in_text, role, forms)

ARTICLES = []

# ---------------------------------------------------------------- 11
ARTICLES.append({
"file": "11_akipress_en_2014_omsk_nazarov_otorbaev.txt",
"source": "http://akipress.com/news:546012/",
"header_date": None,
"body": """AKIpress News Agency

Kyrgyz PM, Omsk Governor discuss grain supplies and Customs Union

Posted: 18-09-14 16:05, Bishkek

Bishkek (AKIpress) - Prime Minister Djoomart Otorbaev met with Governor of Russia's Omsk Region Viktor Nazarov, who is on a working visit to Kyrgyzstan, on September 18, the government press office said.

Otorbaev said Kyrgyzstan was interested in stable supplies of Omsk wheat and flour and in joint processing of Kyrgyz meat and dairy products for the Siberian market. He stressed that Russia remains the country's leading trade partner, with bilateral trade exceeding $2 billion last year.

Nazarov said the trade between Omsk Region and Kyrgyzstan reached $27 million in 2013, and in January-June this year it grew by 12%. "We see Kyrgyzstan as a gateway to Central Asia and we want to have direct railway deliveries," the governor said.

The sides signed an agreement on trade, economic, scientific, technical and cultural cooperation between the Government of Kyrgyzstan and the Government of Omsk Region.

The Prime Minister also informed the guest about the progress of Kyrgyzstan's accession to the Customs Union. The road map was approved in May, and the country expects to complete the accession procedures by the end of the year.

On Friday Nazarov is scheduled to visit the Kant industrial zone and meet with the Omsk diaspora in Bishkek. In October a delegation of Kyrgyz businessmen will go to Omsk for the Siberian agricultural fair.

Otorbaev earlier this month took part in the session of the CIS Council of Heads of Government in Minsk, where he also met with Russian Prime Minister Dmitry Medvedev.

Photo: gov.kg

Related: Kyrgyzstan, Russia agree on $500 million development fund
""",
"gold": {
 "lang": "en", "header_date": "18-09-14", "date": "2014-09-18", "date_partial": None,
 "date_source": "byline",
 "date_note": "'Posted: 18-09-14' is AKIpress's dd-mm-yy; the body's 'on September 18' (no year) agrees and the 2013 trade figure fixes the year as 2014. 'On Friday' = 2014-09-19; 'In October' = 2014-10; 'in May' = 2014-05.",
 "people": [
  PE("Джоомарт Оторбаев", "Djoomart Otorbaev", "премьер-министр КР", ["Djoomart Otorbaev", "Otorbaev"]),
  PE("Виктор Назаров", "Viktor Nazarov", "губернатор Омской области", ["Viktor Nazarov", "Nazarov"]),
  PE("Дмитрий Медведев", "Dmitry Medvedev", "председатель правительства РФ", ["Dmitry Medvedev"]),
 ],
 "other_names": [],
 "figures": [
  F("trade_turnover", 2000000000, "2013", "actual", "bilateral trade exceeding $2 billion last year", qualifier="more than", period_text="last year"),
  F("omsk_kyrgyzstan_trade", 27000000, "2013", "actual", "the trade between Omsk Region and Kyrgyzstan reached $27 million in 2013", note="A region's trade, not the pair's."),
  F("omsk_kyrgyzstan_trade_growth_pct", 12, "2014-H1", "actual", "in January-June this year it grew by 12%", note="Regional growth."),
 ],
 "events": [
  E("2014-09-18", "PM Djoomart Otorbaev meets Omsk governor Viktor Nazarov, Bishkek", "Prime Minister Djoomart Otorbaev met with Governor of Russia's Omsk Region Viktor Nazarov", "meeting", "past"),
  E("2014-09", "Working visit of Omsk governor Nazarov to Kyrgyzstan", "who is on a working visit to Kyrgyzstan", "visit", "ongoing"),
  E("2014-09-18", "Cooperation agreement between the Government of Kyrgyzstan and the Government of Omsk Region signed", "The sides signed an agreement on trade, economic, scientific, technical and cultural cooperation between the Government of Kyrgyzstan and the Government of Omsk Region", "agreement", "past"),
  E("2014-05", "Road map for Kyrgyzstan's accession to the Customs Union approved", "The road map was approved in May", "agreement", "past", bilateral=False),
  E("2014", "Completion of Kyrgyzstan's Customs Union accession procedures by year end", "the country expects to complete the accession procedures by the end of the year", "other", "planned", bilateral=False),
  E("2014-09-19", "Nazarov to visit the Kant industrial zone and meet the Omsk diaspora", "On Friday Nazarov is scheduled to visit the Kant industrial zone", "visit", "planned"),
  E("2014-10", "Kyrgyz business delegation to Omsk for the Siberian agricultural fair", "In October a delegation of Kyrgyz businessmen will go to Omsk", "visit", "planned"),
  E("2014-09", "Session of the CIS Council of Heads of Government in Minsk", "took part in the session of the CIS Council of Heads of Government in Minsk", "conference", "past", bilateral=False),
  E("2014-09", "Otorbaev meets Russian PM Dmitry Medvedev in Minsk", "where he also met with Russian Prime Minister Dmitry Medvedev", "meeting", "past"),
 ],
}})

# ---------------------------------------------------------------- 12
ARTICLES.append({
"file": "12_24kg_en_2021_mamytov_volodin.txt",
"source": "https://24.kg/english/199874_Talant_Mamytov_Vyacheslav_Volodin_discuss_interparliamentary_cooperation/",
"header_date": "2021-06-10",
"body": """24.kg news agency
Politics
10/06/21 14:22, Bishkek
Kanyshai Abdieva

Talant Mamytov, Vyacheslav Volodin discuss interparliamentary cooperation

Speaker of the Parliament of Kyrgyzstan Talant Mamytov, who is in Moscow on an official visit, met with Chairman of the State Duma of Russia Vyacheslav Volodin yesterday. Press service of the Jogorku Kenesh reported.

The parties discussed the implementation of agreements reached by the presidents of the two countries during the visit of Sadyr Japarov to Moscow in February, as well as the work of the Intergovernmental Commission.

Talant Mamytov noted that trade between Kyrgyzstan and Russia in the first four months of 2021 amounted to $713.6 million, up 29.5 percent over the same period last year. Vyacheslav Volodin, for his part, recalled that Russia had provided Kyrgyzstan with humanitarian aid and vaccines worth more than $10 million during the pandemic.

The speakers agreed to hold the next meeting of the Interparliamentary Commission on Cooperation between the Federal Assembly of Russia and the Jogorku Kenesh in Bishkek in the autumn. Mamytov also invited Volodin to visit Kyrgyzstan.

Earlier, deputies of the Jogorku Kenesh ratified an agreement with Russia on cooperation in the field of migration. Volodin said the State Duma would consider it at one of its next plenary sessions.

For reference: China remains Kyrgyzstan's second largest trade partner, with trade of $211 million in January-April.

The visit of Talant Mamytov to Russia will last until June 12.
""",
"gold": {
 "lang": "en", "header_date": "10/06/21", "date": "2021-06-10", "date_partial": None,
 "date_source": "byline",
 "date_note": "24.kg byline '10/06/21 14:22' is dd/mm/yy. 'yesterday' = 2021-06-09; 'in February' = 2021-02; 'in the autumn' = 2021.",
 "people": [
  PE("Талант Мамытов", "Talant Mamytov", "торага Жогорку Кенеша КР", ["Talant Mamytov", "Mamytov"]),
  PE("Вячеслав Володин", "Vyacheslav Volodin", "председатель Государственной Думы РФ", ["Vyacheslav Volodin", "Volodin"]),
  PE("Садыр Жапаров", "Sadyr Japarov", "президент КР", ["Sadyr Japarov"]),
 ],
 "other_names": ["Kanyshai Abdieva"],
 "figures": [
  F("trade_turnover", 713600000, "2021-4M", "actual", "trade between Kyrgyzstan and Russia in the first four months of 2021 amounted to $713.6 million"),
  F("trade_turnover_growth_pct", 29.5, "2021-4M", "actual", "up 29.5 percent over the same period last year"),
  F("russian_aid_to_kyrgyzstan", 10000000, None, "actual", "humanitarian aid and vaccines worth more than $10 million", qualifier="more than", note="Aid, not turnover."),
  F("china_kyrgyzstan_trade", 211000000, "2021-4M", "actual", "with trade of $211 million in January-April", note="Third-country trade."),
 ],
 "events": [
  E("2021-06-09", "Speaker Talant Mamytov meets State Duma chairman Vyacheslav Volodin, Moscow", "met with Chairman of the State Duma of Russia Vyacheslav Volodin yesterday", "meeting", "past"),
  E("2021-06", "Official visit of speaker Mamytov to Moscow (until 12 June)", "who is in Moscow on an official visit", "visit", "ongoing"),
  E("2021-02", "Visit of President Sadyr Japarov to Moscow", "during the visit of Sadyr Japarov to Moscow in February", "visit", "past"),
  E("2021", "Next meeting of the Interparliamentary Commission in Bishkek, autumn", "hold the next meeting of the Interparliamentary Commission on Cooperation between the Federal Assembly of Russia and the Jogorku Kenesh in Bishkek in the autumn", "meeting", "planned"),
  E(None, "Invitation to Volodin to visit Kyrgyzstan", "Mamytov also invited Volodin to visit Kyrgyzstan", "visit", "planned"),
  E(None, "Jogorku Kenesh ratified agreement with Russia on migration cooperation", "deputies of the Jogorku Kenesh ratified an agreement with Russia on cooperation in the field of migration", "agreement", "past"),
  E(None, "State Duma to consider the migration agreement at a coming plenary session", "the State Duma would consider it at one of its next plenary sessions", "agreement", "planned"),
 ],
}})

# ---------------------------------------------------------------- 13
ARTICLES.append({
"file": "13_akipress_en_2025_beglov_kasymaliev.txt",
"source": "https://akipress.com/news:812340:Kasymaliev_receives_St_Petersburg_Governor_Beglov/",
"header_date": "2025-04-23",
"body": """AKIpress News Agency
Wednesday, April 23, 2025 12:40

Kasymaliev receives St. Petersburg Governor Beglov

Bishkek (AKIpress) - Chairman of the Cabinet of Ministers Adylbek Kasymaliev received Governor of St. Petersburg Alexander Beglov, who leads a delegation of the Russian city to the Days of St. Petersburg in Kyrgyzstan, on April 22.

Kasymaliev said that relations with St. Petersburg have a long history, recalling that more than 7,000 Leningrad children were evacuated to Kyrgyzstan during the Great Patriotic War. This year the two countries will mark the 80th anniversary of the Victory together.

According to the Cabinet, trade between Kyrgyzstan and Russia in 2024 totaled about $3.5 billion, and the leaders of the two countries have set the goal of raising annual trade to $5 billion. Beglov said St. Petersburg's trade with Kyrgyzstan reached $214 million last year, a 17% increase.

The parties signed a plan of joint activities for 2025-2027 between the Cabinet of Ministers and the Government of St. Petersburg. Beglov also announced that a sister-city agreement between Bishkek and the Kirovsky district of St. Petersburg will be signed on Thursday.

On the same day Beglov laid a wreath at the Eternal Flame in Bishkek's Victory Square. The Days of St. Petersburg, which opened on Monday with a concert of the Mariinsky Theatre soloists, will run until April 25 and include a business forum and an exhibition of the city's universities.

In December, Kasymaliev visited St. Petersburg to take part in the informal CIS summit, where he held talks with Beglov.

Photo: Cabinet press service

Related: Russia to open two more Russian-language schools in Osh Region
""",
"gold": {
 "lang": "en", "header_date": "April 23, 2025", "date": "2025-04-23", "date_partial": None,
 "date_source": "byline",
 "date_note": "Page line 'Wednesday, April 23, 2025 12:40'. Meeting 'on April 22'. 'on Thursday' = 2025-04-24; 'on Monday' = 2025-04-21; 'In December' = 2024-12 (the informal CIS summit in St Petersburg); 'This year' = 2025.",
 "people": [
  PE("Адылбек Касымалиев", "Adylbek Kasymaliev", "председатель Кабинета министров КР", ["Adylbek Kasymaliev", "Kasymaliev"]),
  PE("Александр Беглов", "Alexander Beglov", "губернатор Санкт-Петербурга", ["Alexander Beglov", "Beglov"]),
 ],
 "other_names": [],
 "figures": [
  F("evacuated_leningrad_children", 7000, None, "actual", "more than 7,000 Leningrad children were evacuated to Kyrgyzstan", qualifier="more than", note="Historical head count, not money."),
  F("trade_turnover", 3500000000, "2024", "actual", "trade between Kyrgyzstan and Russia in 2024 totaled about $3.5 billion", qualifier="about"),
  F("trade_turnover", 5000000000, "annual", "target", "raising annual trade to $5 billion"),
  F("st_petersburg_kyrgyzstan_trade", 214000000, "2024", "actual", "St. Petersburg's trade with Kyrgyzstan reached $214 million last year", period_text="last year", note="A region's trade, not the pair's."),
  F("st_petersburg_kyrgyzstan_trade_growth_pct", 17, "2024", "actual", "a 17% increase", note="Regional growth."),
 ],
 "events": [
  E("2025-04-22", "Cabinet chairman Adylbek Kasymaliev receives St Petersburg governor Alexander Beglov, Bishkek", "Chairman of the Cabinet of Ministers Adylbek Kasymaliev received Governor of St. Petersburg Alexander Beglov", "meeting", "past"),
  E("2025-04", "Days of St Petersburg in Kyrgyzstan (opened Monday 21 April, until 25 April)", "The Days of St. Petersburg, which opened on Monday with a concert of the Mariinsky Theatre soloists, will run until April 25", "other", "ongoing"),
  E("2025", "Joint celebration of the 80th anniversary of Victory", "This year the two countries will mark the 80th anniversary of the Victory together", "anniversary", "planned"),
  E("2025-04-22", "Plan of joint activities 2025-2027 between the Kyrgyz Cabinet and the St Petersburg government signed", "The parties signed a plan of joint activities for 2025-2027 between the Cabinet of Ministers and the Government of St. Petersburg", "agreement", "past"),
  E("2025-04-24", "Sister-city agreement between Bishkek and the Kirovsky district of St Petersburg to be signed", "a sister-city agreement between Bishkek and the Kirovsky district of St. Petersburg will be signed on Thursday", "agreement", "planned"),
  E("2025-04-22", "Beglov lays a wreath at the Eternal Flame, Victory Square, Bishkek", "On the same day Beglov laid a wreath at the Eternal Flame in Bishkek's Victory Square", "other", "past"),
  E("2024-12", "Informal CIS summit in St Petersburg", "Kasymaliev visited St. Petersburg to take part in the informal CIS summit", "conference", "past", bilateral=False),
  E("2024-12", "Kasymaliev's talks with Beglov in St Petersburg", "where he held talks with Beglov", "meeting", "past"),
 ],
}})

# ---------------------------------------------------------------- 14
ARTICLES.append({
"file": "14_timesca_en_2026_minnikhanov_issyk_kul.txt",
"source": "https://timesca.com/tatarstan-leader-brings-trucks-and-halal-trade-to-kyrgyzstan/",
"header_date": "2026-06-04",
"body": """The Times of Central Asia

Tatarstan Leader Brings Trucks and Halal Trade to Kyrgyzstan

By Nurbek Asanov
June 4, 2026

Rustam Minnikhanov, the Rais of Russia's Republic of Tatarstan, arrived in Kyrgyzstan on Tuesday for a three-day visit that includes talks in Bishkek and a regional business forum on the shores of Lake Issyk-Kul.

On Wednesday, President Sadyr Japarov received Minnikhanov at the Yntymak Ordo residence. According to the presidential press service, the two discussed the assembly of KAMAZ trucks in Kyrgyzstan, halal certification, and flights between Kazan and Osh. Japarov noted that Tatarstan is "one of the closest Russian regions to Kyrgyzstan in language, culture, and spirit."

Tatarstan's trade with Kyrgyzstan, officials in Kazan say, stood at $163 million last year. That is a small slice of the wider relationship: Russia and Kyrgyzstan have repeatedly said they want annual trade to reach $5 billion, and Kyrgyz statistics show bilateral turnover of $1.1 billion in the first quarter of 2026, 9% more than a year earlier.

The visit's centerpiece is the Kyrgyzstan-Tatarstan business forum in Cholpon-Ata on Thursday, where the sides are expected to sign roughly a dozen commercial agreements worth an estimated $120 million, including a joint venture to assemble buses in Tokmok.

Minnikhanov's visit follows the interregional conference held in Kazan last month during the KazanForum, where Kyrgyz delegations from Osh, Jalal-Abad and Issyk-Kul regions took part. Kyrgyzstan's total foreign debt, by contrast, remains above $6 billion, a point opposition economists raise whenever new Russian loans are discussed.

Ties with Tatarstan have deep roots: Bishkek and Kazan signed a cooperation agreement in 2011, and the Tatar community in Kyrgyzstan numbers around 25,000 people.

The Times of Central Asia
""",
"gold": {
 "lang": "en", "header_date": "June 4, 2026", "date": "2026-06-04", "date_partial": None,
 "date_source": "byline",
 "date_note": "Byline 'June 4, 2026' (a Thursday). 'on Tuesday' = 2026-06-02; 'On Wednesday' = 2026-06-03; 'on Thursday' = 2026-06-04 (the article's own day, forum told as expected); 'last month' = 2026-05.",
 "people": [
  PE("Рустам Минниханов", "Rustam Minnikhanov", "раис Республики Татарстан", ["Rustam Minnikhanov", "Minnikhanov"]),
  PE("Садыр Жапаров", "Sadyr Japarov", "президент КР", ["Sadyr Japarov", "Japarov"]),
 ],
 "other_names": ["Nurbek Asanov"],
 "figures": [
  F("tatarstan_kyrgyzstan_trade", 163000000, "2025", "actual", "Tatarstan's trade with Kyrgyzstan, officials in Kazan say, stood at $163 million last year", period_text="last year", note="A region's trade, not the pair's."),
  F("trade_turnover", 5000000000, "annual", "target", "they want annual trade to reach $5 billion"),
  F("trade_turnover", 1100000000, "2026-Q1", "actual", "bilateral turnover of $1.1 billion in the first quarter of 2026"),
  F("trade_turnover_growth_pct", 9, "2026-Q1", "actual", "9% more than a year earlier"),
  F("tatarstan_kyrgyzstan_commercial_agreements", 120000000, None, "forecast", "a dozen commercial agreements worth an estimated $120 million", note="Deal value, not turnover."),
  F("kyrgyz_foreign_debt", 6000000000, None, "actual", "Kyrgyzstan's total foreign debt, by contrast, remains above $6 billion", qualifier="more than", note="Debt distractor."),
 ],
 "events": [
  E("2026-06-02", "Rais of Tatarstan Rustam Minnikhanov arrives in Kyrgyzstan for a three-day visit", "Rustam Minnikhanov, the Rais of Russia's Republic of Tatarstan, arrived in Kyrgyzstan on Tuesday for a three-day visit", "visit", "past"),
  E("2026-06-03", "President Sadyr Japarov receives Minnikhanov at Yntymak Ordo", "On Wednesday, President Sadyr Japarov received Minnikhanov at the Yntymak Ordo residence", "meeting", "past"),
  E("2026-06-04", "Kyrgyzstan-Tatarstan business forum in Cholpon-Ata (about a dozen agreements expected)", "the Kyrgyzstan-Tatarstan business forum in Cholpon-Ata on Thursday", "forum", "ongoing", date_note="'on Thursday' is the article's own day; told in the present ('is', 'are expected to sign')."),
  E("2026-05", "Interregional conference in Kazan during KazanForum with Kyrgyz regional delegations", "the interregional conference held in Kazan last month during the KazanForum", "conference", "past"),
  E("2011", "Bishkek-Kazan cooperation agreement", "Bishkek and Kazan signed a cooperation agreement in 2011", "agreement", "past"),
 ],
}})
