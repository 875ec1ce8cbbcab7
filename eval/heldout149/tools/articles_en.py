"""English articles 08, 11, 12, 14 of heldout149: text and gold annotation."""
from common import P, F, E

ARTICLES = []

# ---------------------------------------------------------------- 08
ARTICLES.append({
    "file": "08_reuters_en_2020_russian_doctors_covid.txt",
    "source": "https://www.reuters.com/article/us-health-coronavirus-kyrgyzstan-russia-idUSKCN24L1XY",
    "lang": "en",
    "header": "2020-07-20",
    "body": """Russia sends doctors to Kyrgyzstan as coronavirus cases surge

July 20, 2020 / 11:42 AM

By Nurlan Asanov

BISHKEK (Reuters) - A team of Russian doctors and epidemiologists arrived in Kyrgyzstan on Monday to help the Central Asian nation cope with a surge in coronavirus infections that has overwhelmed its hospitals, the Kyrgyz health ministry said.

The group of 100 specialists, flown in by two Russian emergencies ministry planes, will work in the capital Bishkek and in the southern Osh and Jalal-Abad regions, the ministry said in a statement.

Russian President Vladimir Putin ordered the mission after a phone call with Kyrgyz President Sooronbay Jeenbekov last Thursday, the Kremlin said. Jeenbekov had asked Moscow for medical staff, oxygen concentrators and drugs.

Kyrgyzstan, a former Soviet republic of 6.5 million people, has reported more than 30,000 cases and 1,100 deaths, including cases of pneumonia that the health ministry began adding to its tally last week.

Prime Minister Kubatbek Boronov said on Friday the situation "remains very difficult" and urged residents of Bishkek to stay at home.

Russian Health Minister Mikhail Murashko said the team would stay for at least three weeks and that Moscow was ready to send more personnel if needed. Murashko said Russia had also shipped 2 million roubles' worth of medicines.

Neighbouring Kazakhstan sent a team of doctors and a field hospital to Kyrgyzstan earlier this month.

Moscow, which hosts a Russian air base in the Kyrgyz town of Kant, remains Bishkek's main economic partner. Money sent home by migrant workers, most of them in Russia, accounted for roughly 29% of gross domestic product last year, according to the World Bank. Trade between the two countries fell 12% in January-May, Kyrgyz official statistics show, as borders closed.

Reporting by Nurlan Asanov; Additional reporting by Maria Kuzmina in Moscow; Editing by Timothy Hale

Our Standards: The Thomson Reuters Trust Principles.
""",
    "gold": {
        "header_date": "July 20, 2020",
        "date": "2020-07-20", "date_partial": None, "date_source": "byline",
        "date_note": "Byline 'July 20, 2020 / 11:42 AM'. 'on Monday' = 2020-07-20; 'last Thursday' = 2020-07-16; 'on Friday' = 2020-07-17.",
        "people": [
            P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin"]),
            P("Сооронбай Жээнбеков", "Sooronbay Jeenbekov", "президент Киргизии", ["Sooronbay Jeenbekov", "Jeenbekov"]),
            P("Кубатбек Боронов", "Kubatbek Boronov", "премьер-министр Киргизии", ["Kubatbek Boronov"]),
            P("Михаил Мурашко", "Mikhail Murashko", "министр здравоохранения России", ["Mikhail Murashko", "Murashko"]),
        ],
        "other_names": ["Nurlan Asanov", "Maria Kuzmina", "Timothy Hale"],
        "figures": [
            F("medical_specialists_count", 100, None, "actual", "The group of 100 specialists",
              note="Distractor count."),
            F("medicines_aid_rub", 2000000, None, "actual", "2 million roubles' worth of medicines",
              note="Distractor: aid value."),
            F("remittances_share_of_gdp_pct", 29, "2019", "actual",
              "accounted for roughly 29% of gross domestic product last year", qualifier="about",
              period_text="last year", note="Distractor: remittances, all sources."),
            F("trade_turnover_growth_pct", -12, "2020-5M", "actual",
              "Trade between the two countries fell 12% in January-May", note="A decline; Kyrgyz statistics."),
        ],
        "events": [
            E("2020-07-20", "Team of Russian doctors and epidemiologists arrived in Kyrgyzstan",
              "A team of Russian doctors and epidemiologists arrived in Kyrgyzstan on Monday", "other", "past"),
            E("2020-07-16", "Putin–Jeenbekov phone call; Jeenbekov asked for medical help",
              "after a phone call with Kyrgyz President Sooronbay Jeenbekov last Thursday", "meeting", "past"),
            E(None, "Russian medical team to stay at least three weeks",
              "the team would stay for at least three weeks", "other", "planned"),
            E("2020-07", "Kazakhstan sent doctors and a field hospital to Kyrgyzstan (third country)",
              "Neighbouring Kazakhstan sent a team of doctors and a field hospital to Kyrgyzstan earlier this month",
              "other", "past", bilateral=False),
        ],
    },
})

# ---------------------------------------------------------------- 11
ARTICLES.append({
    "file": "11_akipress_en_2023_joint_rescue_drills.txt",
    "source": "https://akipress.com/news:733211:Kyrgyz_and_Russian_rescuers_hold_joint_drills_on_Issyk-Kul/",
    "lang": "en",
    "header": "2023-09-19",
    "body": """Kyrgyz and Russian rescuers hold joint drills on Issyk-Kul

AKIpress news agency - Posted: 19 Sep 2023 12:40

Kyrgyzstan's Ministry of Emergency Situations and Russia's EMERCOM began a joint command-staff exercise on Lake Issyk-Kul on Tuesday, the ministry said.

The three-day drills, which run until September 21, simulate a magnitude 7 earthquake in the Issyk-Kul region at the peak of the tourist season, including the evacuation of holidaymakers from resort areas in Cholpon-Ata and Bosteri and search and rescue on water.

About 600 personnel and 90 units of equipment are involved. A Be-200 amphibious aircraft of the Russian emergencies ministry arrived at Tamchy airport last week for the drills, together with rescuers of the Leader center and divers from Novosibirsk.

Emergencies Minister Boobek Ajikeev said at the opening ceremony that for a lake visited by more than 1.5 million tourists every summer "this scenario is not theoretical." Ajikeev thanked Russian Emergencies Minister Alexander Kurenkov for sending the aircraft.

The exercise is being held under a cooperation plan for 2023-2025 signed by Ajikeev and Kurenkov in Moscow last November.

In October, Bishkek will host a meeting of the CIS Interstate Council for Natural and Man-made Emergencies.

Russia is one of Kyrgyzstan's largest trade partners. Trade turnover between the two countries in January-July 2023 amounted to $1.8 billion, up 9.5% year-on-year, according to the National Statistical Committee. Kyrgyzstan's trade with China over the same period exceeded $9 billion.

Photo: Ministry of Emergency Situations
""",
    "gold": {
        "header_date": "19 Sep 2023",
        "date": "2023-09-19", "date_partial": None, "date_source": "byline",
        "date_note": "'Posted: 19 Sep 2023 12:40'; 'on Tuesday' = 2023-09-19; 'last November' = 2022-11.",
        "people": [
            P("Бообек Ажикеев", "Boobek Ajikeev", "министр чрезвычайных ситуаций Кыргызстана", ["Boobek Ajikeev", "Ajikeev"]),
            P("Александр Куренков", "Alexander Kurenkov", "министр РФ по чрезвычайным ситуациям", ["Alexander Kurenkov", "Kurenkov"]),
        ],
        "other_names": [],
        "figures": [
            F("exercise_personnel_count", 600, None, "actual", "About 600 personnel", qualifier="about",
              note="Distractor count."),
            F("issyk_kul_tourists_count", 1500000, "annual", "actual", "more than 1.5 million tourists every summer",
              qualifier="more than", note="Distractor: tourist flow."),
            F("trade_turnover", 1800000000, "2023-7M", "actual",
              "Trade turnover between the two countries in January-July 2023 amounted to $1.8 billion"),
            F("trade_turnover_growth_pct", 9.5, "2023-7M", "actual", "up 9.5% year-on-year"),
            F("trade_turnover_kyrgyzstan_china", 9000000000, "2023-7M", "actual",
              "Kyrgyzstan's trade with China over the same period exceeded $9 billion", qualifier="more than",
              note="Distractor: third country."),
        ],
        "events": [
            E("2023-09-19", "Joint Kyrgyz–Russian command-staff exercise on Issyk-Kul begins (until 21 September)",
              "began a joint command-staff exercise on Lake Issyk-Kul on Tuesday", "other", "ongoing"),
            E("2023-09", "Russian EMERCOM Be-200 arrived at Tamchy airport for the drills (last week)",
              "A Be-200 amphibious aircraft of the Russian emergencies ministry arrived at Tamchy airport last week",
              "other", "past"),
            E("2022-11", "Cooperation plan for 2023-2025 signed by Ajikeev and Kurenkov in Moscow",
              "a cooperation plan for 2023-2025 signed by Ajikeev and Kurenkov in Moscow last November",
              "agreement", "past"),
            E("2023-10", "Meeting of the CIS Interstate Council for Natural and Man-made Emergencies in Bishkek",
              "In October, Bishkek will host a meeting of the CIS Interstate Council for Natural and Man-made Emergencies",
              "conference", "planned", bilateral=False),
        ],
    },
})

# ---------------------------------------------------------------- 12
ARTICLES.append({
    "file": "12_timesca_en_2024_mudflows_emercom_aid.txt",
    "source": "https://timesca.com/russia-sends-emergency-aid-to-kyrgyzstan-after-deadly-mudflows/",
    "lang": "en",
    "header": "2024-07-15",
    "body": """Russia Sends Emergency Aid to Kyrgyzstan After Deadly Mudflows

By Darya Sokolova - 07/15/2024

A Russian Emergencies Ministry (EMERCOM) Il-76 aircraft carrying 40 tons of humanitarian aid landed in Osh on Sunday, a week after mudflows swept through villages in the Jalal-Abad and Osh regions of Kyrgyzstan.

The cargo, which includes tents, drinking water, generators and food kits, was sent on the instructions of Russian Emergencies Minister Alexander Kurenkov following a request from Bishkek, EMERCOM said in a statement. A second flight is scheduled for Wednesday.

The mudflows began on July 8 after days of heavy rain. At least six people were killed and more than 300 houses were damaged, according to Kyrgyzstan's Ministry of Emergency Situations. Emergencies Minister Boobek Ajikeev has estimated preliminary damage at 1.2 billion som (about $14 million).

President Sadyr Japarov, who visited the worst-hit Suzak district last week, thanked Russian President Vladimir Putin for the assistance, his press office said. Japarov also ordered the cabinet to allocate 300 million som from the reserve fund for reconstruction.

Kazakhstan and Uzbekistan have also sent aid, and the UN has launched a flash appeal.

The two countries' emergency services have long worked closely: last September rescuers from both countries held a joint exercise on Lake Issyk-Kul, and Ajikeev said a joint mudflow monitoring center in Osh could be set up by the end of the year.

Officials insist the disaster has not hit the tourist season on Issyk-Kul, which lies far to the north. Russian tour operators have reported no cancellations; Russians made up about a third of foreign visitors to the lake in 2023.

Russia remains Kyrgyzstan's key partner. Remittances from Russia, which account for roughly a quarter of Kyrgyzstan's GDP, reached $2.2 billion in 2023, according to the Central Bank of Russia.

Photo: EMERCOM of Russia
""",
    "gold": {
        "header_date": "07/15/2024",
        "date": "2024-07-15", "date_partial": None, "date_source": "byline",
        "date_note": "Byline '07/15/2024' (US order). 'on Sunday' = 2024-07-14; 'Wednesday' = 2024-07-17; 'last September' = 2023-09.",
        "people": [
            P("Александр Куренков", "Alexander Kurenkov", "министр РФ по чрезвычайным ситуациям", ["Alexander Kurenkov"]),
            P("Бообек Ажикеев", "Boobek Ajikeev", "министр чрезвычайных ситуаций Кыргызстана", ["Boobek Ajikeev", "Ajikeev"]),
            P("Садыр Жапаров", "Sadyr Japarov", "президент Кыргызстана", ["Sadyr Japarov", "Japarov"]),
            P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin"]),
        ],
        "other_names": ["Darya Sokolova"],
        "figures": [
            F("aid_cargo_tonnes", 40, None, "actual", "carrying 40 tons of humanitarian aid", note="Distractor."),
            F("disaster_damage_kgs", 1200000000, None, "actual", "preliminary damage at 1.2 billion som",
              note="Distractor: damage estimate (also given as about $14 million)."),
            F("reserve_fund_allocation_kgs", 300000000, None, "actual", "allocate 300 million som from the reserve fund",
              note="Distractor."),
            F("russian_share_of_issyk_kul_foreign_visitors_pct", 33, "2023", "actual",
              "Russians made up about a third of foreign visitors to the lake in 2023", qualifier="about",
              note="Distractor; 'a third' in words."),
            F("remittances_russia_to_kyrgyzstan_usd", 2200000000, "2023", "actual",
              "Remittances from Russia, which account for roughly a quarter of Kyrgyzstan's GDP, reached $2.2 billion in 2023",
              note="Distractor: remittances, not trade."),
        ],
        "events": [
            E("2024-07-14", "EMERCOM Il-76 with 40 t of humanitarian aid landed in Osh",
              "Il-76 aircraft carrying 40 tons of humanitarian aid landed in Osh on Sunday", "other", "past"),
            E("2024-07-17", "Second EMERCOM aid flight scheduled", "A second flight is scheduled for Wednesday",
              "other", "planned"),
            E(None, "Japarov thanked Putin for the assistance",
              "thanked Russian President Vladimir Putin for the assistance", "other", "past"),
            E("2024", "Kazakhstan and Uzbekistan also sent aid; UN flash appeal (third parties)",
              "Kazakhstan and Uzbekistan have also sent aid", "other", "past", bilateral=False),
            E("2023-09", "Joint Kyrgyz–Russian rescue exercise on Issyk-Kul (last September)",
              "last September rescuers from both countries held a joint exercise on Lake Issyk-Kul", "other", "past"),
            E("2024", "Possible joint mudflow monitoring centre in Osh by the end of the year",
              "a joint mudflow monitoring center in Osh could be set up by the end of the year", "other", "planned"),
        ],
    },
})

# ---------------------------------------------------------------- 14
ARTICLES.append({
    "file": "14_eurasianet_en_2026_nomad_games_russia.txt",
    "source": "https://eurasianet.org/kyrgyzstan-nomad-games-wrap-up-with-russia-in-the-medals",
    "lang": "en",
    "header": "2026-09-08",
    "body": """Kyrgyzstan: Nomad Games wrap up with Russia in the medals and Moscow in the stands

Sep 8, 2026
Ruslan Kadyrov

The sixth World Nomad Games closed on Sunday in Cholpon-Ata with a horseback parade and fireworks over Lake Issyk-Kul. Russia's team, the largest foreign delegation with more than 300 athletes, finished third in the medal table behind hosts Kyrgyzstan and Kazakhstan.

President Sadyr Japarov, who opened the games on August 31 at the Cholpon-Ata hippodrome, told spectators that the games had become "a brand of Kyrgyzstan." Some 3,000 athletes from 89 countries took part, organizers said.

Russia's Sports Minister Mikhail Degtyarev, who led the Russian delegation, met Japarov on the sidelines of the opening. Degtyarev told reporters that Russia was ready to host an international kok-boru tournament in Tuva next year and would help train referees. A kok-boru semifinal between Russia and Kazakhstan on September 4 drew the largest crowd of the week.

For Moscow, whose athletes remain barred from many international competitions, the games have become a rare stage. The previous edition, held in Astana in 2024, also saw a large Russian contingent.

Cabinet Chairman Adylbek Kasymaliev said the games had drawn more than 200,000 spectators and given a boost to tourism. The Issyk-Kul region received 1.9 million visitors between June and August, up 8% on last year, with Russians the second-largest group after Kazakhs. Extra flights to Tamchy and Cholpon-Ata airports were laid on from Moscow, Novosibirsk and Yekaterinburg.

The games also showcased an economic relationship that has boomed since 2022. Trade between the two countries reached $3.6 billion in 2025, according to Kyrgyz data, and rose by another 6% in the first half of 2026. Russian officials cite a higher figure, and both governments still talk of a $5 billion annual target.

Critics in Bishkek note that the games cost the budget an estimated 2.5 billion som, with little transparency over spending.
""",
    "gold": {
        "header_date": "Sep 8, 2026",
        "date": "2026-09-08", "date_partial": None, "date_source": "byline",
        "date_note": "Byline 'Sep 8, 2026'. 'on Sunday' = 2026-09-06 (closing); 'next year' = 2027.",
        "people": [
            P("Садыр Жапаров", "Sadyr Japarov", "президент Кыргызстана", ["Sadyr Japarov", "Japarov"]),
            P("Михаил Дегтярев", "Mikhail Degtyarev", "министр спорта России", ["Mikhail Degtyarev", "Degtyarev"]),
            P("Адылбек Касымалиев", "Adylbek Kasymaliev", "председатель Кабинета министров Кыргызстана",
              ["Adylbek Kasymaliev"]),
        ],
        "other_names": ["Ruslan Kadyrov"],
        "figures": [
            F("athletes_count", 300, None, "actual", "more than 300 athletes", qualifier="more than",
              note="Distractor count."),
            F("spectators_count", 200000, None, "actual", "more than 200,000 spectators", qualifier="more than",
              note="Distractor."),
            F("issyk_kul_tourists_count", 1900000, "2026", "actual",
              "The Issyk-Kul region received 1.9 million visitors between June and August",
              period_text="between June and August", note="Distractor: summer 2026 (June-August), no period code for it."),
            F("issyk_kul_tourists_growth_pct", 8, "2026", "actual", "up 8% on last year",
              note="Distractor: tourist growth, not trade."),
            F("trade_turnover", 3600000000, "2025", "actual", "Trade between the two countries reached $3.6 billion in 2025",
              note="Kyrgyz data."),
            F("trade_turnover_growth_pct", 6, "2026-H1", "actual", "rose by another 6% in the first half of 2026"),
            F("trade_turnover", 5000000000, "annual", "target", "a $5 billion annual target"),
            F("games_cost_kgs", 2500000000, None, "actual", "an estimated 2.5 billion som", qualifier="about",
              note="Distractor: cost of the games."),
        ],
        "events": [
            E("2026-09-06", "Closing of the 6th World Nomad Games in Cholpon-Ata",
              "The sixth World Nomad Games closed on Sunday in Cholpon-Ata", "other", "past", bilateral=False),
            E("2026-08-31", "Japarov opened the games at the Cholpon-Ata hippodrome",
              "who opened the games on August 31 at the Cholpon-Ata hippodrome", "other", "past", bilateral=False),
            E("2026-08-31", "Degtyarev met Japarov on the sidelines of the opening",
              "met Japarov on the sidelines of the opening", "meeting", "past",
              date_note="Date of the opening, 31 August."),
            E("2027", "International kok-boru tournament in Tuva, Russia ready to host",
              "Russia was ready to host an international kok-boru tournament in Tuva next year", "other", "planned",
              bilateral=False),
            E("2026-09-04", "Kok-boru semifinal Russia vs Kazakhstan",
              "A kok-boru semifinal between Russia and Kazakhstan on September 4", "other", "past", bilateral=False),
            E("2024", "Fifth World Nomad Games in Astana", "The previous edition, held in Astana in 2024",
              "other", "past", bilateral=False),
        ],
    },
})
