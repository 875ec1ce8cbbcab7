"""Articles 11-14 (English) with their gold annotation."""
from common import P, F, E, A

ARTICLES = []

# ---------------------------------------------------------------- 11 Eurasianet 2021
ARTICLES.append(A(
    file="11_eurasianet_en_2021_japarov_moscow.txt",
    source="https://eurasianet.org/kyrgyzstan-japarov-goes-to-moscow-comes-back-with-promises",
    lang="en", header_line="2021-02-26",
    body="""Eurasianet
Analysis
Kyrgyzstan: Japarov goes to Moscow, comes back with promises
Daniel Hartwell
Feb 26, 2021

Sadyr Japarov, Kyrgyzstan's new president, made his first trip abroad this week, and as is customary for leaders in Bishkek, the destination was Moscow.

At the Kremlin on Wednesday, Japarov was greeted by Vladimir Putin, who noted that Russia "has always been with the Kyrgyz people," according to a Kremlin readout. Japarov, who won a snap election in January after a chaotic autumn of unrest, used the occasion to ask for help with the country's finances and with COVID-19 vaccines.

What exactly he got is unclear. Kyrgyz officials reportedly hoped for budget support of around $100 million. Putin's spokesman Dmitry Peskov told reporters that assistance "is being discussed," but no figures were announced. Moscow had frozen disbursements of aid in October, after the upheaval that swept Japarov from a prison cell to the presidency.

Foreign Minister Ruslan Kazakbaev, who accompanied the president, insisted that "all previous agreements remain in force," including the 2012 deal on the Kant air base.

On trade, neither side had much to celebrate. According to Kyrgyz statistics, turnover between the two countries fell by about 20 percent in 2020, to $1.7 billion. Back in 2019, it had stood at roughly $2.1 billion. Russia remains Kyrgyzstan's top trading partner along with China, whose trade with Kyrgyzstan Chinese customs put at $2.9 billion last year.

Migrants are another lever. Pandemic border closures left tens of thousands of Kyrgyz workers stranded; remittances, which account for nearly a third of GDP, nonetheless held up at about $2.4 billion in 2020, the National Bank said.

The trip followed a well-worn path. Almazbek Atambayev, too, chose Moscow for his first foreign visit as president, back in February 2012.

Russia's ambassador in Bishkek, Nikolai Udovichenko, said last week that a session of the intergovernmental commission could take place in the spring, which would be the first real test of whether Moscow's promises translate into money.

Related: Kyrgyzstan: Vaccine diplomacy reaches Bishkek
""",
    header_date="Feb 26, 2021", date="2021-02-26", date_partial=None, date_source="byline",
    date_note="Byline 'Feb 26, 2021'. 'on Wednesday' = 2021-02-24.",
    people=[
        P("Садыр Жапаров", "Sadyr Japarov", "president of Kyrgyzstan", ["Sadyr Japarov", "Japarov"]),
        P("Владимир Путин", "Vladimir Putin", "president of Russia", ["Vladimir Putin", "Putin"]),
        P("Дмитрий Песков", "Dmitry Peskov", "Kremlin spokesman", ["Dmitry Peskov"]),
        P("Руслан Казакбаев", "Ruslan Kazakbaev", "foreign minister of Kyrgyzstan", ["Ruslan Kazakbaev"]),
        P("Алмазбек Атамбаев", "Almazbek Atambayev", "president of Kyrgyzstan (in 2012)", ["Almazbek Atambayev"]),
        P("Николай Удовиченко", "Nikolai Udovichenko", "Russian ambassador to Kyrgyzstan", ["Nikolai Udovichenko"]),
    ],
    other_names=["Daniel Hartwell"],
    figures=[
        F("requested_budget_support_usd", 1e8, None, "target", "Kyrgyz officials reportedly hoped for budget support of around $100 million", qualifier="about"),
        F("trade_turnover_growth_pct", -20, "2020", "actual", "turnover between the two countries fell by about 20 percent in 2020", qualifier="about"),
        F("trade_turnover", 1.7e9, "2020", "actual", "turnover between the two countries fell by about 20 percent in 2020, to $1.7 billion"),
        F("trade_turnover", 2.1e9, "2019", "actual", "Back in 2019, it had stood at roughly $2.1 billion", qualifier="about"),
        F("kg_china_trade_turnover_usd", 2.9e9, "2020", "actual", "whose trade with Kyrgyzstan Chinese customs put at $2.9 billion last year"),
        F("remittances_usd", 2.4e9, "2020", "actual", "held up at about $2.4 billion in 2020", qualifier="about"),
    ],
    events=[
        E("2021-02-24", "Japarov's first foreign trip as president, to Moscow", "made his first trip abroad this week", "visit", "past", True),
        E("2021-02-24", "Japarov–Putin meeting at the Kremlin (Wednesday)", "At the Kremlin on Wednesday, Japarov was greeted by Vladimir Putin", "meeting", "past", True),
        E("2021-01", "Japarov won the snap presidential election", "won a snap election in January", "other", "past", False),
        E("2020-10", "Moscow froze disbursements of aid", "Moscow had frozen disbursements of aid in October", "other", "past", True),
        E("2012", "2012 agreement on the Kant air base", "the 2012 deal on the Kant air base", "agreement", "past", True),
        E("2012-02", "Atambayev's first foreign visit as president, to Moscow", "chose Moscow for his first foreign visit as president, back in February 2012", "visit", "past", True),
        E("2021", "Possible session of the intergovernmental commission in the spring", "a session of the intergovernmental commission could take place in the spring", "igc_session", "planned", True),
    ],
))

# ---------------------------------------------------------------- 12 The Diplomat 2025
ARTICLES.append(A(
    file="12_diplomat_en_2025_sanctions_balancing.txt",
    source="https://thediplomat.com/2025/06/kyrgyzstans-russia-balancing-act-under-sanctions-pressure/",
    lang="en", header_line="2025-06-18",
    body="""The Diplomat
Central Asia | Economy | Central Asia
Kyrgyzstan's Russia Balancing Act Under Sanctions Pressure
Bishkek's trade with Moscow keeps growing, and so does Western scrutiny.
By Aliya Temirova
June 18, 2025

In January, the U.S. Treasury Department added Kyrgyzstan's Keremet Bank to its sanctions list, accusing it of helping Russian entities evade restrictions. Bishkek's reaction was muted. President Sadyr Japarov reportedly told local media that Kyrgyzstan "does not violate anyone's sanctions" and would not spoil relations with either Washington or Moscow.

The numbers explain the caution. Kyrgyz officials put 2024 trade turnover with Russia at $3.2 billion, up 16.6 percent year-on-year, while Russian data cited by Deputy Prime Minister Alexei Overchuk show a figure closer to $3.6 billion. In the first quarter of 2025, turnover reportedly grew by another 9 percent. For comparison, Chinese customs recorded $22.7 billion in trade with Kyrgyzstan last year, most of it Chinese exports.

Adylbek Kasymaliev, who became chairman of the Cabinet of Ministers in December, has repeatedly said the two countries should reach $5 billion in annual trade "within the next few years." According to his press office, Kasymaliev raised the target in a phone call with Russian Prime Minister Mikhail Mishustin last month.

Migration remains the other pillar. An estimated 1 million Kyrgyz citizens live and work in Russia, and remittances reached about $2.6 billion in 2024. After the Crocus City Hall attack in March 2024, Kyrgyz diplomats pressed Moscow over raids on migrants; Foreign Minister Jeenbek Kulubaev discussed the issue with Sergey Lavrov during a visit to Moscow earlier this year.

Symbolism matters too. Japarov was among the Central Asian leaders who stood next to Vladimir Putin on Red Square on May 9 for the 80th anniversary of Victory Day. Back in 2022, by contrast, several Kyrgyz banks reportedly suspended Russia's Mir payment cards for fear of secondary sanctions.

The calendar ahead is crowded. Kasymaliev is expected in Minsk at the end of the month for a meeting of Eurasian Economic Union leaders, and Putin is due in Bishkek in November for the summit of the Collective Security Treaty Organization, which Kyrgyzstan chairs this year.

For now, Bishkek appears to be betting that it can keep both doors open.

Aliya Temirova is a Bishkek-based journalist.
""",
    header_date="June 18, 2025", date="2025-06-18", date_partial=None, date_source="byline",
    date_note="Byline 'June 18, 2025'; URL has 2025/06.",
    people=[
        P("Садыр Жапаров", "Sadyr Japarov", "president of Kyrgyzstan", ["Sadyr Japarov", "Japarov"]),
        P("Алексей Оверчук", "Alexei Overchuk", "deputy prime minister of Russia", ["Alexei Overchuk"]),
        P("Адылбек Касымалиев", "Adylbek Kasymaliev", "chairman of the Cabinet of Ministers of Kyrgyzstan", ["Adylbek Kasymaliev", "Kasymaliev"]),
        P("Михаил Мишустин", "Mikhail Mishustin", "prime minister of Russia", ["Mikhail Mishustin"]),
        P("Жээнбек Кулубаев", "Jeenbek Kulubaev", "foreign minister of Kyrgyzstan", ["Jeenbek Kulubaev"]),
        P("Сергей Лавров", "Sergey Lavrov", "foreign minister of Russia", ["Sergey Lavrov"]),
        P("Владимир Путин", "Vladimir Putin", "president of Russia", ["Vladimir Putin", "Putin"]),
    ],
    other_names=["Aliya Temirova"],
    figures=[
        F("trade_turnover", 3.2e9, "2024", "actual", "Kyrgyz officials put 2024 trade turnover with Russia at $3.2 billion"),
        F("trade_turnover_growth_pct", 16.6, "2024", "actual", "up 16.6 percent year-on-year"),
        F("trade_turnover", 3.6e9, "2024", "actual", "Russian data cited by Deputy Prime Minister Alexei Overchuk show a figure closer to $3.6 billion", qualifier="about"),
        F("trade_turnover_growth_pct", 9, "2025-Q1", "actual", "In the first quarter of 2025, turnover reportedly grew by another 9 percent"),
        F("kg_china_trade_turnover_usd", 2.27e10, "2024", "actual", "Chinese customs recorded $22.7 billion in trade with Kyrgyzstan last year"),
        F("trade_turnover", 5e9, "annual", "target", "the two countries should reach $5 billion in annual trade"),
        F("kg_citizens_in_russia_count", 1e6, None, "actual", "An estimated 1 million Kyrgyz citizens live and work in Russia", qualifier="about"),
        F("remittances_usd", 2.6e9, "2024", "actual", "remittances reached about $2.6 billion in 2024", qualifier="about"),
    ],
    events=[
        E("2025-01", "US Treasury sanctioned Kyrgyzstan's Keremet Bank", "In January, the U.S. Treasury Department added Kyrgyzstan's Keremet Bank to its sanctions list", "other", "past", False),
        E("2025-05", "Kasymaliev–Mishustin phone call on the USD 5 bn target", "Kasymaliev raised the target in a phone call with Russian Prime Minister Mikhail Mishustin last month", "other", "past", True),
        E("2024-03", "Crocus City Hall attack", "After the Crocus City Hall attack in March 2024", "other", "past", False),
        E("2025", "Kulubaev–Lavrov talks during a visit to Moscow", "Foreign Minister Jeenbek Kulubaev discussed the issue with Sergey Lavrov during a visit to Moscow earlier this year", "meeting", "past", True),
        E("2025-05-09", "Victory Day 80th anniversary parade in Moscow attended by Japarov", "stood next to Vladimir Putin on Red Square on May 9 for the 80th anniversary of Victory Day", "anniversary", "past", False),
        E("2022", "Kyrgyz banks reportedly suspended Mir cards", "Back in 2022, by contrast, several Kyrgyz banks reportedly suspended Russia's Mir payment cards", "other", "past", True),
        E("2025-06", "EAEU leaders' meeting in Minsk at the end of the month", "Kasymaliev is expected in Minsk at the end of the month for a meeting of Eurasian Economic Union leaders", "meeting", "planned", False),
        E("2025-11", "Putin's visit to Bishkek for the CSTO summit", "Putin is due in Bishkek in November for the summit of the Collective Security Treaty Organization", "visit", "planned", True),
        E("2025", "Kyrgyzstan's CSTO chairmanship this year", "which Kyrgyzstan chairs this year", "other", "ongoing", False),
    ],
))

# ---------------------------------------------------------------- 13 Reuters 2014
ARTICLES.append(A(
    file="13_reuters_en_2014_eaeu_treaty.txt",
    source="https://www.reuters.com/article/russia-kyrgyzstan-union-idUSL6N0U71RW20141223",
    lang="en", header_line="2014-12-23",
    body="""Kyrgyzstan signs up to Russia-led trade bloc as rouble slumps

By Pavel Gurov

MOSCOW, Dec 23 (Reuters) - Kyrgyzstan signed a treaty on Tuesday to join the Russian-led Eurasian Economic Union, binding the impoverished Central Asian state more closely to Moscow even as Russia's economy struggles with a collapsing rouble.

President Almazbek Atambayev signed the document at a meeting of the union's leaders in Moscow hosted by President Vladimir Putin and attended by Kazakhstan's Nursultan Nazarbayev, Belarus's Alexander Lukashenko and Armenia's Serzh Sargsyan.

The union, which comes into force on Jan. 1, will create a common market of more than 170 million people. Armenia joins a day later, and Kyrgyzstan is expected to become a full member in May after ratification by member states' parliaments, officials said.

The Kremlin quoted Putin as saying Kyrgyzstan was a "natural partner" of the bloc. Atambayev told reporters that his country had "no other choice," Interfax news agency reported.

To soften the blow of higher external tariffs, Russia has pledged to set up a $1 billion fund to help Kyrgyzstan modernise its economy and to provide $200 million in grants, Kyrgyz Prime Minister Djoomart Otorbaev has said.

Russia's trade with Kyrgyzstan totalled about $2 billion in 2013, according to Russian customs data, but fell around 10 percent in January-October this year. Kyrgyz migrant workers in Russia sent home more than $2 billion last year, money that is now losing value as the rouble falls.

Moscow already has a strong foothold in Kyrgyzstan. It operates an air base at Kant near Bishkek, while the United States closed its transit centre at Manas airport in June after Bishkek refused to extend the lease.

Last week Russia's central bank raised its key rate to 17 percent in an attempt to halt the rouble's slide.

(Additional reporting by Nurlan Kasymov in Bishkek; Editing by Richard Blake)
""",
    header_date="Dec 23", date="2014-12-23", date_partial=None, date_source="header",
    date_note="Dateline 'MOSCOW, Dec 23 (Reuters)' gives day and month; the year comes from the header date and URL (…20141223). 'on Tuesday' = 2014-12-23.",
    people=[
        P("Алмазбек Атамбаев", "Almazbek Atambayev", "president of Kyrgyzstan", ["Almazbek Atambayev", "Atambayev"]),
        P("Владимир Путин", "Vladimir Putin", "president of Russia", ["Vladimir Putin", "Putin"]),
        P("Нурсултан Назарбаев", "Nursultan Nazarbayev", "president of Kazakhstan", ["Nursultan Nazarbayev"]),
        P("Александр Лукашенко", "Alexander Lukashenko", "president of Belarus", ["Alexander Lukashenko"]),
        P("Серж Саргсян", "Serzh Sargsyan", "president of Armenia", ["Serzh Sargsyan"]),
        P("Джоомарт Оторбаев", "Djoomart Otorbaev", "prime minister of Kyrgyzstan", ["Djoomart Otorbaev"]),
    ],
    other_names=["Pavel Gurov", "Nurlan Kasymov", "Richard Blake"],
    figures=[
        F("eaeu_market_population", 170000000, None, "actual", "a common market of more than 170 million people", qualifier="more than"),
        F("russian_development_fund_usd", 1e9, None, "target", "Russia has pledged to set up a $1 billion fund"),
        F("russian_grants_usd", 2e8, None, "target", "to provide $200 million in grants"),
        F("trade_turnover", 2e9, "2013", "actual", "Russia's trade with Kyrgyzstan totalled about $2 billion in 2013", qualifier="about"),
        F("trade_turnover_growth_pct", -10, "2014-10M", "actual", "fell around 10 percent in January-October this year", qualifier="about"),
        F("remittances_usd", 2e9, "2013", "actual", "Kyrgyz migrant workers in Russia sent home more than $2 billion last year", qualifier="more than"),
        F("russia_key_rate_pct", 17, None, "actual", "raised its key rate to 17 percent"),
    ],
    events=[
        E("2014-12-23", "Kyrgyzstan signed the treaty on accession to the EAEU", "Kyrgyzstan signed a treaty on Tuesday to join the Russian-led Eurasian Economic Union", "agreement", "past", False),
        E("2014-12-23", "Meeting of EAEU leaders in Moscow hosted by Putin", "at a meeting of the union's leaders in Moscow hosted by President Vladimir Putin", "meeting", "past", False),
        E("2015-01-01", "EAEU comes into force", "The union, which comes into force on Jan. 1", "other", "planned", False),
        E("2015-01-02", "Armenia joins the EAEU", "Armenia joins a day later", "other", "planned", False),
        E("2015-05", "Kyrgyzstan expected to become a full EAEU member after ratification", "Kyrgyzstan is expected to become a full member in May after ratification by member states' parliaments", "other", "planned", False),
        E(None, "Russia pledged a USD 1 bn fund and USD 200 mln grants for Kyrgyzstan", "Russia has pledged to set up a $1 billion fund to help Kyrgyzstan modernise its economy", "agreement", "past", True),
        E("2014-06", "US closed its transit centre at Manas", "the United States closed its transit centre at Manas airport in June", "other", "past", False),
        E("2014-12", "Russian central bank raised key rate to 17% (last week)", "Last week Russia's central bank raised its key rate to 17 percent", "other", "past", False),
    ],
))

# ---------------------------------------------------------------- 14 AKIpress 2019
ARTICLES.append(A(
    file="14_akipress_en_2019_putin_state_visit.txt",
    source="https://akipress.com/news:620317:Putin_wraps_up_state_visit_to_Kyrgyzstan/",
    lang="en", header_line="2019-03-29",
    body="""AKIpress News Agency
Posted: 29 March 2019, 10:12 | Updated: 29 March 2019, 12:40

Putin wraps up state visit: base, billions and a busy year ahead

BISHKEK (AKIpress) - Russian President Vladimir Putin left Bishkek late on Thursday after a state visit that officials on both sides called a milestone, the first by a Russian leader since 2017.

Putin and President Sooronbay Jeenbekov held talks in narrow and extended formats at the Ala-Archa state residence and signed a joint statement. In total, more than 15 intergovernmental documents were signed, including agreements on military-technical cooperation and on the use of the Kant air base, according to the presidential press service.

Later the two presidents visited the Russian air base in Kant, where Putin said Russia had no plans to "expand its presence" but would modernise equipment. According to the Kremlin, the base has operated since 2003.

Speaking at a joint press conference, Putin said bilateral trade reached $1.9 billion last year, up 3 percent, while Russian investment in Kyrgyzstan since 2005 has exceeded $1.3 billion. Jeenbekov, for his part, said Kyrgyzstan counted on Russian support in "modernising the economy."

The presidents also addressed the 8th Russian-Kyrgyz Interregional Conference, where agreements worth over $6 billion were reportedly signed, though the figure could not be independently verified. Prime Minister Mukhammedkaly Abylgaziev told the forum that the sides aim to raise mutual trade to $3 billion "in the medium term."

Putin will be back soon. Kyrgyzstan holds the chairmanship of the Shanghai Cooperation Organization and the Collective Security Treaty Organization this year, and the Russian leader is expected in Bishkek for the SCO summit on June 13-14 and for the CSTO summit in November.

Photo: AKIpress / Azamat Imanaliev
Read also: Putin, Jeenbekov lay flowers at Eternal Flame
""",
    header_date="29 March 2019", date="2019-03-29", date_partial=None, date_source="byline",
    date_note="'Posted: 29 March 2019, 10:12'. 'on Thursday' = 2019-03-28.",
    people=[
        P("Владимир Путин", "Vladimir Putin", "president of Russia", ["Vladimir Putin", "Putin"]),
        P("Сооронбай Жээнбеков", "Sooronbay Jeenbekov", "president of Kyrgyzstan", ["Sooronbay Jeenbekov", "Jeenbekov"]),
        P("Мухаммедкалый Абылгазиев", "Mukhammedkaly Abylgaziev", "prime minister of Kyrgyzstan", ["Mukhammedkaly Abylgaziev"]),
    ],
    other_names=["Azamat Imanaliev"],
    figures=[
        F("trade_turnover", 1.9e9, "2018", "actual", "Putin said bilateral trade reached $1.9 billion last year"),
        F("trade_turnover_growth_pct", 3, "2018", "actual", "up 3 percent"),
        F("russian_investment_usd", 1.3e9, None, "actual", "Russian investment in Kyrgyzstan since 2005 has exceeded $1.3 billion", qualifier="more than"),
        F("interregional_agreements_value_usd", 6e9, None, "actual", "agreements worth over $6 billion were reportedly signed", qualifier="more than"),
        F("trade_turnover", 3e9, None, "target", "the sides aim to raise mutual trade to $3 billion"),
    ],
    events=[
        E("2019-03-28", "Putin's state visit to Kyrgyzstan", "Russian President Vladimir Putin left Bishkek late on Thursday after a state visit", "visit", "past", True),
        E("2017", "Previous visit by a Russian leader (2017)", "the first by a Russian leader since 2017", "visit", "past", True),
        E("2019-03-28", "Putin–Jeenbekov talks at Ala-Archa; joint statement signed", "Putin and President Sooronbay Jeenbekov held talks in narrow and extended formats at the Ala-Archa state residence and signed a joint statement", "meeting", "past", True),
        E("2019-03-28", "More than 15 intergovernmental documents signed", "more than 15 intergovernmental documents were signed", "agreement", "past", True),
        E("2019-03-28", "Presidents visited the Kant air base", "Later the two presidents visited the Russian air base in Kant", "visit", "past", True),
        E("2003", "Kant air base operating since 2003", "the base has operated since 2003", "other", "past", True),
        E("2019-03-28", "8th Russian-Kyrgyz Interregional Conference", "The presidents also addressed the 8th Russian-Kyrgyz Interregional Conference", "conference", "past", True),
        E("2019", "Kyrgyz chairmanship of the SCO and CSTO", "Kyrgyzstan holds the chairmanship of the Shanghai Cooperation Organization and the Collective Security Treaty Organization this year", "other", "ongoing", False),
        E("2019-06-13", "SCO summit in Bishkek, 13-14 June (Putin expected)", "the Russian leader is expected in Bishkek for the SCO summit on June 13-14", "visit", "planned", False),
        E("2019-11", "CSTO summit in Bishkek in November (Putin expected)", "for the CSTO summit in November", "visit", "planned", False),
    ],
))
