"""Articles 01-05 (English) with their gold annotation."""
from common import P, F, EV

ARTICLES = []

# ---------------------------------------------------------------- 01 Reuters 2005
ARTICLES.append(dict(
file="01_reuters_en_2005_kant_bakiyev_ivanov.txt",
source="http://today.reuters.com/news/newsArticle.aspx?type=worldNews&storyID=2005-09-05T121204Z_01_L05614587_RTRUKOC_0_US-KYRGYZSTAN-RUSSIA-BASE.xml",
date="2005-09-05",
body="""Russia to beef up Kant air base, Kyrgyz leader says

Mon Sep 5, 2005 8:12 AM ET

By Aibek Sultanov

BISHKEK, Sept 5 (Reuters) - Russia will increase the number of warplanes and troops at its Kant air base in Kyrgyzstan, President Kurmanbek Bakiyev said on Monday after talks with Russian Defence Minister Sergei Ivanov.

"Russia is our strategic partner and we have agreed that the base will be strengthened," Bakiyev told reporters in Bishkek. "This is not directed against anyone."

Ivanov, who flew in from Moscow on Sunday evening, said the number of aircraft at Kant, 20 km (12 miles) east of the capital, could roughly double from the current dozen or so jets and helicopters.

"We are talking about modernising the base, not about a new base," Ivanov said. He declined to give a figure for the cost of the upgrade.

The Kant base, opened with great fanfare by President Vladimir Putin in October 2003, hosts around 500 Russian servicemen and is part of a rapid reaction force of the Moscow-led Collective Security Treaty Organisation.

Washington keeps its own base at Manas airport, just 30 km away on the other side of Bishkek, which supports operations in Afghanistan. A summit of the Shanghai Cooperation Organisation in Astana in July called on the United States to set a deadline for pulling its troops out of Central Asia.

Bakiyev, who was sworn in on Aug. 14 after a landslide win in the July 10 election that followed the overthrow of Askar Akayev in March, has said the U.S. presence can stay as long as the situation in Afghanistan requires.

Prime Minister Felix Kulov, whose appointment parliament approved on Thursday, is expected to travel to Moscow later this month to discuss debt and energy projects. Kyrgyzstan owes Russia about $180 million.

Bakiyev met Putin briefly at a summit of the Commonwealth of Independent States in Kazan late last month, and Kremlin officials said a full bilateral visit could take place before the end of the year.

Trade between the two countries rose by about a fifth last year to some $560 million, according to Kyrgyz statistics, with Russian fuel making up the bulk of imports.

(Additional reporting by Pavel Gurin in Moscow; Editing by Janet Kirby)

Related: Kyrgyz parliament approves Kulov as prime minister | Uzbekistan evicts U.S. from Karshi-Khanabad base
""",
header_date="Mon Sep 5, 2005",
date_partial=None,
date_source="header+dateline",
date_note="Header date 2005-09-05; timestamp 'Mon Sep 5, 2005 8:12 AM ET' and dateline 'BISHKEK, Sept 5 (Reuters)'. 'on Thursday' (Kulov approval) = 2005-09-01; 'Sunday evening' = 2005-09-04.",
people=[
 P("Курманбек Бакиев", "Kurmanbek Bakiyev", "президент Киргизии", ["Kurmanbek Bakiyev", "Bakiyev"]),
 P("Сергей Иванов", "Sergei Ivanov", "министр обороны России", ["Sergei Ivanov", "Ivanov"]),
 P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin", "Putin"]),
 P("Феликс Кулов", "Felix Kulov", "премьер-министр Киргизии", ["Felix Kulov"]),
 P("Аскар Акаев", "Askar Akayev", "бывший президент Киргизии (свергнут в марте 2005)", ["Askar Akayev"]),
],
other_names=["Aibek Sultanov", "Pavel Gurin", "Janet Kirby"],
figures=[
 F("kant_aircraft_growth_multiple", 2, None, "forecast", "could roughly double from the current dozen or so jets and helicopters", qualifier="about", note="Distractor: number of aircraft at Kant, not trade."),
 F("kant_personnel_count", 500, None, "actual", "hosts around 500 Russian servicemen", qualifier="about", note="Distractor count."),
 F("kyrgyz_debt_to_russia_usd", 180000000, None, "actual", "Kyrgyzstan owes Russia about $180 million", qualifier="about", note="Distractor: debt, not turnover."),
 F("trade_turnover_growth_pct", 20, "2004", "actual", "rose by about a fifth last year", qualifier="about", period_text="last year", note="'a fifth' written in words; 'last year' = 2004."),
 F("trade_turnover", 560000000, "2004", "actual", "to some $560 million, according to Kyrgyz statistics", qualifier="about", period_text="last year"),
],
events=[
 EV("2005-09-05", "Bakiyev–Ivanov talks in Bishkek; agreement to strengthen the Kant base", "President Kurmanbek Bakiyev said on Monday after talks with Russian Defence Minister Sergei Ivanov", "meeting", "past"),
 EV("2005-09-04", "Ivanov arrived in Bishkek from Moscow (Sunday evening)", "Ivanov, who flew in from Moscow on Sunday evening", "visit", "past"),
 EV("2005", "Planned expansion/modernisation of the Kant air base (aircraft to roughly double)", "Russia will increase the number of warplanes and troops at its Kant air base in Kyrgyzstan", "other", "planned", date_note="no date given for the upgrade"),
 EV("2003-10", "Kant base opened by Putin", "opened with great fanfare by President Vladimir Putin in October 2003", "other", "past"),
 EV("2005-07", "SCO summit in Astana called for a US withdrawal deadline", "A summit of the Shanghai Cooperation Organisation in Astana in July", "other", "past", bilateral=False),
 EV("2005-09", "Planned trip of PM Kulov to Moscow on debt and energy projects", "is expected to travel to Moscow later this month to discuss debt and energy projects", "visit", "planned"),
 EV("2005-08", "Brief Bakiyev–Putin meeting at the CIS summit in Kazan", "Bakiyev met Putin briefly at a summit of the Commonwealth of Independent States in Kazan late last month", "meeting", "past", date_note="'late last month' = late August 2005; bilateral meeting on a multilateral occasion"),
 EV("2005-08", "CIS summit in Kazan", "a summit of the Commonwealth of Independent States in Kazan", "other", "past", bilateral=False),
 EV("2005", "Possible full bilateral visit of Bakiyev to Russia before the end of the year", "a full bilateral visit could take place before the end of the year", "visit", "planned"),
],
))

# ---------------------------------------------------------------- 02 AP 2009
ARTICLES.append(dict(
file="02_ap_en_2009_bakiyev_medvedev_manas_loan.txt",
source="http://www.washingtonpost.com/wp-dyn/content/article/2009/02/03/AR2009020300412.html",
date="2009-02-03",
body="""Kyrgyz president says US base will close after Russian aid pledge

By NIKOLAI ORLOV
The Associated Press
Tuesday, February 3, 2009; 2:47 PM

MOSCOW -- Kyrgyzstan's president said Tuesday his government has decided to shut down a U.S. air base that is key to the war in Afghanistan, announcing the move minutes after Russia pledged more than $2 billion in loans and aid to his impoverished Central Asian nation.

President Kurmanbek Bakiyev made the announcement in Moscow, standing next to Russian President Dmitry Medvedev after their talks in the Kremlin.

"We have made the decision to end the term of the U.S. base on the territory of Kyrgyzstan," Bakiyev said, complaining that Washington had not paid enough for the use of Manas air base outside the capital, Bishkek.

Russia agreed to give Kyrgyzstan a $2 billion loan, $150 million in financial aid, and to write off $180 million of the country's debt, Bakiyev said. Medvedev said the agreements would help the Kyrgyz economy weather the global financial crisis.

Part of the loan is expected to be used to build the Kambarata-1 hydroelectric power plant, a project Moscow first promised in 2004.

The United States pays $17.4 million a year in rent for Manas, which opened shortly after the Sept. 11, 2001, attacks and now handles about 15,000 troops a month passing in and out of Afghanistan.

Pentagon press secretary Geoff Morrell said U.S. officials had not been formally notified and that talks with Bishkek were continuing. Gen. David Petraeus, the head of U.S. Central Command, visited Bishkek last month and said at the time the base would stay.

Russia operates its own air base at Kant, a short drive from Manas.

Trade between Russia and Kyrgyzstan grew by almost 40 percent last year to about $1.7 billion, according to Russian customs data, with Russian oil products accounting for much of it.

Bakiyev is due to stay in Moscow for a summit Wednesday of the Collective Security Treaty Organization, a Moscow-dominated security grouping of seven former Soviet republics, where leaders are expected to agree to set up a joint rapid reaction force.

Prime Minister Vladimir Putin, who met Bakiyev last year, did not comment.

Associated Press writer Sam Welby in Washington contributed to this report.

(c) 2009 The Associated Press
""",
header_date="Tuesday, February 3, 2009",
date_partial=None,
date_source="byline",
date_note="Byline 'Tuesday, February 3, 2009; 2:47 PM'; 'said Tuesday' agrees. 'summit Wednesday' = 2009-02-04. '(c) 2009' line.",
people=[
 P("Курманбек Бакиев", "Kurmanbek Bakiyev", "президент Киргизии", ["Kurmanbek Bakiyev", "Bakiyev"]),
 P("Дмитрий Медведев", "Dmitry Medvedev", "президент России", ["Dmitry Medvedev", "Medvedev"]),
 P("Владимир Путин", "Vladimir Putin", "председатель правительства России", ["Vladimir Putin"]),
 P("Джефф Моррелл", "Geoff Morrell", "пресс-секретарь Пентагона", ["Geoff Morrell"]),
 P("Дэвид Петреус", "David Petraeus", "командующий Центральным командованием США", ["David Petraeus"]),
],
other_names=["NIKOLAI ORLOV", "Sam Welby"],
figures=[
 F("aid_and_loans_total_usd", 2000000000, None, "actual", "pledged more than $2 billion in loans and aid", qualifier="more than", note="Distractor: pledged loans and aid, not turnover."),
 F("russian_loan_usd", 2000000000, None, "actual", "Russia agreed to give Kyrgyzstan a $2 billion loan", note="Distractor: pledged loan."),
 F("russian_financial_aid_usd", 150000000, None, "actual", "$150 million in financial aid", note="Distractor: aid."),
 F("debt_writeoff_usd", 180000000, None, "actual", "to write off $180 million of the country's debt", note="Distractor: debt write-off."),
 F("manas_rent_usd_per_year", 17400000, "annual", "actual", "The United States pays $17.4 million a year in rent for Manas", note="Distractor: US–Kyrgyz rent."),
 F("manas_transit_troops_per_month", 15000, None, "actual", "about 15,000 troops a month", qualifier="about", note="Distractor count."),
 F("trade_turnover_growth_pct", 40, "2008", "actual", "grew by almost 40 percent last year", qualifier="almost", period_text="last year", note="Russian customs data; last year = 2008."),
 F("trade_turnover", 1700000000, "2008", "actual", "to about $1.7 billion, according to Russian customs data", qualifier="about", period_text="last year"),
],
events=[
 EV("2009-02-03", "Medvedev–Bakiyev talks in the Kremlin", "standing next to Russian President Dmitry Medvedev after their talks in the Kremlin", "meeting", "past"),
 EV("2009-02-03", "Russia agreed a $2bn loan, $150m aid and a $180m debt write-off", "Russia agreed to give Kyrgyzstan a $2 billion loan, $150 million in financial aid, and to write off $180 million of the country's debt", "agreement", "past"),
 EV("2009-02-03", "Bakiyev announced the decision to close the US Manas air base", "We have made the decision to end the term of the U.S. base on the territory of Kyrgyzstan", "other", "past", bilateral=False),
 EV("2004", "Moscow first promised to build Kambarata-1", "a project Moscow first promised in 2004", "other", "past"),
 EV("2009-01", "Petraeus visited Bishkek", "visited Bishkek last month", "visit", "past", bilateral=False),
 EV("2009-02-04", "CSTO summit in Moscow (rapid reaction force)", "a summit Wednesday of the Collective Security Treaty Organization", "other", "planned", bilateral=False),
 EV("2008", "Earlier Putin–Bakiyev meeting", "who met Bakiyev last year", "meeting", "past"),
],
))

# ---------------------------------------------------------------- 03 RFE/RL 2010
ARTICLES.append(dict(
file="03_rferl_en_2010_putin_atambaev_interim_aid.txt",
source="https://www.rferl.org/a/Putin_Pledges_Aid_To_Kyrgyz_Interim_Government/2015732.html",
date="2010-04-16",
header_date_line=False,
body="""Putin Pledges Aid To Kyrgyz Interim Government

Last Updated: April 16, 2010 08:05 GMT

MOSCOW -- Russian Prime Minister Vladimir Putin has promised financial help to Kyrgyzstan's new interim leadership, a week after the bloody uprising that drove President Kurmanbek Bakiev from the capital.

Putin met on April 14 in Moscow with Almazbek Atambaev, the first deputy head of the interim government led by Roza Otunbaeva.

"We have decided to provide $20 million in the form of grants and another $30 million as a loan on preferential terms," Putin told Atambaev at the start of their meeting, according to Russian news agencies. He added that Russia would also ship 25,000 tons of fuel and lubricants to help with spring sowing.

Atambaev thanked Moscow for what he called its "swift and brotherly" support. "Without Russia, Kyrgyzstan will not survive this crisis," he said.

Moscow was the first capital to offer de facto recognition to the interim authorities: Putin telephoned Otunbaeva on April 8, the day after the violence in which at least 80 people were killed.

Bakiev, who fled to his power base in the south, left Kyrgyzstan for Kazakhstan on April 15 after signing a letter of resignation, Otunbaeva said.

Interim Finance Minister Temir Sariev told RFE/RL's Kyrgyz Service the government would ask Moscow to restore customs duty exemptions on fuel, scrapped by Russia on April 1. "Fuel prices have almost doubled in a month," he said.

Kyrgyzstan's trade with Russia shrank by almost a quarter last year to $1.1 billion, according to the National Statistics Committee, while remittances from some 500,000 Kyrgyz migrant workers in Russia fell to about $1 billion.

Russian President Dmitry Medvedev, speaking in Washington where he attended the nuclear security summit, warned that Kyrgyzstan risked becoming "a second Afghanistan."

Otunbaeva is expected to visit Moscow once the situation stabilizes, her office said. Atambaev said the sides also discussed the future of the U.S. transit center at Manas airport, whose lease runs until July.

-- Gulnara Toktosunova, with agency reports

Photo: Putin (right) and Atambaev at the Russian government headquarters (ITAR-TASS)
""",
header_date="April 16, 2010",
date_partial=None,
date_source="updated_line",
date_note="No header date; the page states only 'Last Updated: April 16, 2010 08:05 GMT', taken as the article date. The body's 'April 14' (meeting) and 'April 15' (Bakiev leaves) are event dates, not the publication date.",
people=[
 P("Владимир Путин", "Vladimir Putin", "председатель правительства России", ["Vladimir Putin", "Putin"]),
 P("Алмазбек Атамбаев", "Almazbek Atambaev", "первый заместитель главы временного правительства Киргизии", ["Almazbek Atambaev", "Atambaev"], note="RFE/RL spelling 'Atambaev' (elsewhere Atambayev)."),
 P("Роза Отунбаева", "Roza Otunbaeva", "глава временного правительства Киргизии", ["Roza Otunbaeva", "Otunbaeva"], note="RFE/RL spelling 'Otunbaeva' (elsewhere Otunbayeva)."),
 P("Курманбек Бакиев", "Kurmanbek Bakiev", "свергнутый президент Киргизии", ["Kurmanbek Bakiev", "Bakiev"], note="RFE/RL spelling 'Bakiev'."),
 P("Темир Сариев", "Temir Sariev", "министр финансов временного правительства Киргизии", ["Temir Sariev"]),
 P("Дмитрий Медведев", "Dmitry Medvedev", "президент России", ["Dmitry Medvedev"]),
],
other_names=["Gulnara Toktosunova"],
figures=[
 F("russian_grant_usd", 20000000, None, "actual", "$20 million in the form of grants", note="Distractor: aid pledge."),
 F("russian_preferential_loan_usd", 30000000, None, "actual", "another $30 million as a loan on preferential terms", note="Distractor: loan pledge."),
 F("fuel_aid_tons", 25000, None, "actual", "25,000 tons of fuel and lubricants", note="Distractor count."),
 F("fuel_price_growth_multiple", 2, None, "actual", "Fuel prices have almost doubled in a month", qualifier="almost", note="Distractor."),
 F("trade_turnover_growth_pct", -25, "2009", "actual", "shrank by almost a quarter last year", qualifier="almost", period_text="last year", note="Decline written in words ('a quarter'); last year = 2009."),
 F("trade_turnover", 1100000000, "2009", "actual", "to $1.1 billion, according to the National Statistics Committee", period_text="last year"),
 F("kyrgyz_migrants_in_russia_count", 500000, None, "actual", "some 500,000 Kyrgyz migrant workers in Russia", qualifier="about", note="Distractor count."),
 F("remittances_usd", 1000000000, "2009", "actual", "fell to about $1 billion", qualifier="about", note="Distractor: remittances, not turnover."),
],
events=[
 EV("2010-04-14", "Putin–Atambaev meeting in Moscow; aid pledged ($20m grant, $30m loan, fuel)", "Putin met on April 14 in Moscow with Almazbek Atambaev", "meeting", "past"),
 EV("2010-04-08", "Putin's telephone call with Otunbaeva (de facto recognition)", "Putin telephoned Otunbaeva on April 8", "other", "past"),
 EV("2010-04-01", "Russia scrapped customs duty exemptions on fuel exports to Kyrgyzstan", "scrapped by Russia on April 1", "other", "past"),
 EV("2010-04", "Nuclear security summit in Washington attended by Medvedev", "where he attended the nuclear security summit", "conference", "ongoing", bilateral=False),
 EV(None, "Expected visit of Otunbaeva to Moscow once the situation stabilizes", "Otunbaeva is expected to visit Moscow once the situation stabilizes", "visit", "planned"),
],
))

# ---------------------------------------------------------------- 04 Eurasianet 2012
ARTICLES.append(dict(
file="04_eurasianet_en_2012_putin_bishkek_base_debt.txt",
source="https://eurasianet.org/kyrgyzstan-putin-wins-base-extension-writes-off-debt",
date="2012-09-20",
body="""Kyrgyzstan: Putin Wins Base Extension, Writes Off Debt

September 20, 2012 - 4:31pm, by Max Harmon

Vladimir Putin's first visit to Kyrgyzstan since returning to the Kremlin lasted barely a day, but it delivered most of what Moscow wanted.

At a ceremony in Bishkek's Ala-Archa state residence on September 20, Putin and President Almazbek Atambayev signed a package of agreements that extends Russia's military presence in the country for 15 years after the current lease expires in 2017, with an option to prolong it for another five.

The deal folds Russia's scattered facilities -- the Kant air base, a torpedo testing site on Lake Issyk-Kul, a communications center in Kara-Balta and a seismic station in Mailuu-Suu -- into a single "unified base." Moscow will pay rent of $4.5 million a year, the same as now, according to officials.

In return, Russia agreed to write off Kyrgyzstan's $489 million debt. Under the scheme, $189 million will be forgiven once the agreement is ratified and the remaining $300 million in equal installments over ten years.

"This is a historic day," Atambayev told reporters. He reiterated that the US Transit Center at Manas must close when its lease runs out in 2014. "We have told our American partners this more than once," he said.

The two presidents also signed intergovernmental agreements on the Kambarata-1 hydropower plant, to be built by RusHydro, and on the Upper Naryn cascade, to be built by Inter RAO UES. Kambarata-1 alone is estimated to cost around $2 billion; construction is supposed to begin in 2013 and take up to seven years.

Newly appointed Prime Minister Zhantoro Satybaldiyev, confirmed by parliament on September 5, said Bishkek hoped the projects would turn the country into an electricity exporter.

Moscow remains Kyrgyzstan's leading trade partner. Bilateral trade reached $1.9 billion last year, Russian data show, while Chinese customs put China's trade with Kyrgyzstan at almost $5 billion, most of it re-exports of Chinese goods.

Kyrgyzstan is also preparing to join the Customs Union of Russia, Belarus and Kazakhstan; Putin said he hoped a road map would be ready by the end of the year.

Putin flew back to Moscow in the evening. Kremlin aide Yuri Ushakov told journalists that Atambayev would pay a return visit to Russia "in the coming months."

Max Harmon is a freelance writer based in Bishkek.

Related: Kyrgyzstan: Moscow Eyes Kambarata Deal | Kyrgyzstan: New PM Takes Office Amid Coalition Shuffle
""",
header_date="September 20, 2012",
date_partial=None,
date_source="byline",
date_note="Byline 'September 20, 2012 - 4:31pm'; body 'on September 20'.",
people=[
 P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin", "Putin"]),
 P("Алмазбек Атамбаев", "Almazbek Atambayev", "президент Киргизии", ["Almazbek Atambayev", "Atambayev"]),
 P("Жанторо Сатыбалдиев", "Zhantoro Satybaldiyev", "премьер-министр Киргизии", ["Zhantoro Satybaldiyev"]),
 P("Юрий Ушаков", "Yuri Ushakov", "помощник президента России", ["Yuri Ushakov"]),
],
other_names=["Max Harmon"],
figures=[
 F("base_rent_usd_per_year", 4500000, "annual", "actual", "Moscow will pay rent of $4.5 million a year", note="Distractor: rent."),
 F("debt_writeoff_usd", 489000000, None, "actual", "Russia agreed to write off Kyrgyzstan's $489 million debt", note="Distractor: debt write-off."),
 F("debt_writeoff_first_tranche_usd", 189000000, None, "target", "$189 million will be forgiven once the agreement is ratified", note="Distractor: write-off tranche."),
 F("debt_writeoff_installments_usd", 300000000, None, "target", "the remaining $300 million in equal installments over ten years", note="Distractor."),
 F("hpp_cost_usd", 2000000000, None, "forecast", "Kambarata-1 alone is estimated to cost around $2 billion", qualifier="about", note="Distractor: project cost."),
 F("trade_turnover", 1900000000, "2011", "actual", "Bilateral trade reached $1.9 billion last year, Russian data show", period_text="last year"),
 F("china_kyrgyz_trade_usd", 5000000000, "2011", "actual", "China's trade with Kyrgyzstan at almost $5 billion", qualifier="almost", note="Distractor: third country's trade."),
],
events=[
 EV("2012-09-20", "Putin's visit to Kyrgyzstan (first since returning to the Kremlin)", "Vladimir Putin's first visit to Kyrgyzstan since returning to the Kremlin lasted barely a day", "visit", "past"),
 EV("2012-09-20", "Agreement extending Russia's military presence (unified base) for 15 years after 2017", "signed a package of agreements that extends Russia's military presence in the country for 15 years after the current lease expires in 2017", "agreement", "past"),
 EV("2012-09-20", "Agreement to write off Kyrgyzstan's $489m debt", "Russia agreed to write off Kyrgyzstan's $489 million debt", "agreement", "past"),
 EV("2012-09-20", "Intergovernmental agreements on Kambarata-1 (RusHydro) and Upper Naryn cascade (Inter RAO)", "signed intergovernmental agreements on the Kambarata-1 hydropower plant", "agreement", "past"),
 EV("2017", "Current lease of Russian military facilities expires", "the current lease expires in 2017", "other", "planned"),
 EV("2013", "Planned start of Kambarata-1 construction", "construction is supposed to begin in 2013", "other", "planned"),
 EV("2014", "US Transit Center at Manas to close when its lease runs out", "must close when its lease runs out in 2014", "other", "planned", bilateral=False),
 EV("2012", "Road map for Kyrgyzstan joining the Customs Union expected by year-end", "a road map would be ready by the end of the year", "other", "planned", bilateral=False),
 EV(None, "Return visit of Atambayev to Russia 'in the coming months'", "Atambayev would pay a return visit to Russia", "visit", "planned"),
],
))
