# Part C of the data: articles 11-14 (English)
C = []

C.append(dict(
file="11_kremlin_en_2021_pension_agreement_law.txt",
source="http://en.kremlin.ru/acts/news/65811",
lang="en",
header="2021-06-11",
body="""Federal Law on ratifying Russia–Kyrgyzstan agreement on pension provision

June 11, 2021
14:20

Vladimir Putin signed Federal Law On Ratifying the Agreement between the Russian Federation and the Kyrgyz Republic on Pension Provision.

The Federal Law was adopted by the State Duma on May 26, 2021 and approved by the Federation Council on June 2, 2021.

Reference of the Presidential Executive Office's State Legal Directorate

The Federal Law ratifies the Agreement between the Russian Federation and the Kyrgyz Republic on Pension Provision, signed in Moscow on February 24, 2021, during the working visit to Russia of President of the Kyrgyz Republic Sadyr Japarov.

The Agreement is based on the principle of proportionality: each party pays the pension for the length of service acquired on its territory. It covers old-age, disability and survivor pensions and replaces, in relations between the two countries, the provisions of the Agreement on Guarantees of the Rights of Citizens of the CIS Member States in the Field of Pension Provision of March 13, 1992.

The Agreement complements the Agreement on Pension Provision for Workers of the Member States of the Eurasian Economic Union, which came into force on January 1, 2021 and applies to periods of employment after that date.

According to the estimates of the Pension Fund of Russia, about 35,000 people currently receive Russian pensions in Kyrgyzstan, with annual payments exceeding 4 billion rubles.

The Agreement shall enter into force on the first day of the month following the month in which the last written notification on the completion by the parties of their domestic procedures is received.

Published in sections: News, Documents
Topic: Foreign policy
Geography: Kyrgyzstan
Publication date: June 11, 2021, 14:20
Text version
""",
gold=dict(
header_date="June 11, 2021 14:20", date="2021-06-11", date_partial=None, date_source="header",
date_note="Kremlin page date; the law is signed that day.",
people=[
 P("Владимир Путин","Vladimir Putin","President of Russia",["Vladimir Putin"]),
 P("Садыр Жапаров","Sadyr Japarov","President of the Kyrgyz Republic",["Sadyr Japarov"]),
],
other_names=[],
figures=[
 F("pension_recipients_in_kg",35000,None,"actual","about 35,000 people currently receive Russian pensions in Kyrgyzstan",qualifier="about",note="not money"),
 F("pension_payments_rub",4000000000,"annual","actual","annual payments exceeding 4 billion rubles",qualifier="more than",note="distractor: pension payments, not trade"),
],
events=[
 E("2021-06-11","Putin signs the law ratifying the RU–KG pension agreement","Vladimir Putin signed Federal Law On Ratifying the Agreement","agreement","past",True),
 E("2021-05-26","State Duma adopts the ratification law","adopted by the State Duma on May 26, 2021","agreement","past",True),
 E("2021-06-02","Federation Council approves the ratification law","approved by the Federation Council on June 2, 2021","agreement","past",True),
 E("2021-02-24","Pension agreement signed in Moscow","signed in Moscow on February 24, 2021","agreement","past",True),
 E("2021-02-24","Japarov's working visit to Russia","during the working visit to Russia of President of the Kyrgyz Republic Sadyr Japarov","visit","past",True,date_note="dated by the signing in the same sentence"),
 E("1992-03-13","CIS agreement on pension guarantees (1992)","Agreement on Guarantees of the Rights of Citizens of the CIS Member States in the Field of Pension Provision of March 13, 1992","agreement","past",False),
 E("2021-01-01","EAEU pension agreement enters into force","which came into force on January 1, 2021","agreement","past",False),
 E(None,"Bilateral pension agreement to enter into force after the last notification","The Agreement shall enter into force on the first day of the month following","agreement","planned",True),
],
)))

C.append(dict(
file="12_council_en_2023_matviyenko_shakiev.txt",
source="http://council.gov.ru/en/events/news/150318/",
lang="en",
header="2023-11-17",
body="""17 November 2023 16:45

Valentina Matviyenko met with Speaker of the Jogorku Kenesh of the Kyrgyz Republic Nurlanbek Shakiev

On Friday, Speaker of the Federation Council Valentina Matviyenko met with Toraga (Speaker) of the Jogorku Kenesh of the Kyrgyz Republic Nurlanbek Shakiev. The meeting took place in the Tauride Palace on the sidelines of the meeting of the Council of the CIS Inter-Parliamentary Assembly.

Valentina Matviyenko noted that the state visit of President of Russia Vladimir Putin to Bishkek on October 12 had given "a powerful impetus" to the entire range of bilateral ties. "Our presidents have set ambitious goals, and parliamentarians must provide the legal framework for them," she said.

The Speaker of the Federation Council pointed out that last year trade between Russia and Kyrgyzstan grew by almost 40 percent and reached a record USD 3.7 billion. "In January–September this year, the positive dynamics continued," she added, noting that the two countries could reach USD 5 billion in annual trade in the coming years.

Nurlanbek Shakiev thanked the Russian side for its assistance in the construction of schools with the Russian language of instruction and for the support of Kyrgyz labour migrants. He informed that the Jogorku Kenesh was preparing to ratify several intergovernmental agreements signed during the October visit.

The parties agreed to hold the next meeting of the Commission on Cooperation between the Federation Council and the Jogorku Kenesh in Bishkek in the first half of 2024.

Deputy Speaker of the Federation Council Konstantin Kosachev also took part in the meeting.

By comparison, Kyrgyzstan's trade with China last year exceeded USD 15 billion, according to Kyrgyz customs data quoted by the delegation.

Photo: Press Service of the Federation Council
See also: Valentina Matviyenko opens the meeting of the IPA CIS Council
""",
gold=dict(
header_date="17 November 2023 16:45", date="2023-11-17", date_partial=None, date_source="header",
date_note="Date line of the Federation Council news; 'On Friday' = 17 November 2023.",
people=[
 P("Валентина Матвиенко","Valentina Matviyenko","Speaker of the Federation Council",["Valentina Matviyenko"]),
 P("Нурланбек Шакиев","Nurlanbek Shakiev","Toraga (Speaker) of the Jogorku Kenesh",["Nurlanbek Shakiev"]),
 P("Владимир Путин","Vladimir Putin","President of Russia",["Vladimir Putin"]),
 P("Константин Косачев","Konstantin Kosachev","Deputy Speaker of the Federation Council",["Konstantin Kosachev"]),
],
other_names=[],
figures=[
 F("trade_turnover",3700000000,"2022","actual","last year trade between Russia and Kyrgyzstan grew by almost 40 percent and reached a record USD 3.7 billion",qualifier="record",period_text="last year"),
 F("trade_turnover_growth_pct",40,"2022","actual","grew by almost 40 percent",qualifier="almost",period_text="last year"),
 F("trade_turnover",5000000000,"annual","target","the two countries could reach USD 5 billion in annual trade in the coming years"),
 F("kg_china_trade_usd",15000000000,"2022","actual","Kyrgyzstan's trade with China last year exceeded USD 15 billion",qualifier="more than",note="distractor: Kyrgyzstan–China"),
],
events=[
 E("2023-11-17","Matviyenko meets Jogorku Kenesh Speaker Shakiev in St Petersburg","On Friday, Speaker of the Federation Council Valentina Matviyenko met with Toraga (Speaker) of the Jogorku Kenesh of the Kyrgyz Republic Nurlanbek Shakiev","meeting","past",True),
 E("2023-11-17","Meeting of the Council of the CIS Inter-Parliamentary Assembly","the meeting of the Council of the CIS Inter-Parliamentary Assembly","conference","ongoing",False),
 E("2023-10-12","Putin's state visit to Bishkek","the state visit of President of Russia Vladimir Putin to Bishkek on October 12","visit","past",True,date_note="year inferred from the article date"),
 E("2023-10","Intergovernmental agreements signed during the October visit","several intergovernmental agreements signed during the October visit","agreement","past",True),
 E(None,"Jogorku Kenesh preparing to ratify the October agreements","the Jogorku Kenesh was preparing to ratify several intergovernmental agreements","agreement","planned",True),
 E("2024","Next meeting of the Federation Council–Jogorku Kenesh cooperation commission in Bishkek","hold the next meeting of the Commission on Cooperation between the Federation Council and the Jogorku Kenesh in Bishkek in the first half of 2024","igc_session","planned",True,date_note="first half of 2024"),
],
)))

C.append(dict(
file="13_kenesh_en_2024_russian_schools_agreement.txt",
source="http://kenesh.kg/en/news/show/9/21734/jogorku-kenesh-ratifies-agreement-with-russia-on-construction-of-schools",
lang="en",
header="2024-03-13",
body="""13.03.2024

Jogorku Kenesh ratifies agreement with Russia on construction of schools

On Wednesday, at the plenary session chaired by Toraga of the Jogorku Kenesh Nurlanbek Shakiev, deputies adopted in three readings the draft law "On ratification of the Agreement between the Cabinet of Ministers of the Kyrgyz Republic and the Government of the Russian Federation on cooperation in the construction of general education schools with the Russian language of instruction", signed on October 12, 2023 in Bishkek.

The draft law was presented by the Minister of Education and Science Dogdurkul Kendirbaeva. She said that under the agreement the Russian side will finance the construction of nine schools in Bishkek, Osh and several regional centres, each for 1,200 pupils. The total cost of the project is estimated at about 4.2 billion rubles. The first schools are expected to open on September 1, 2025.

Deputy Dastan Bekeshev asked who would provide teachers for the new schools. The minister replied that Russian universities would train teachers, and the Kyrgyz-Russian Slavic University would host refresher courses.

During the discussion, deputies also noted the growth of economic ties. According to the National Statistical Committee, trade between Kyrgyzstan and Russia in 2023 amounted to about USD 3.5 billion, while the country's total foreign trade turnover reached USD 16.3 billion.

The agreement enters into force on the date of receipt of the last written notification through diplomatic channels.

The Jogorku Kenesh also ratified an agreement with Uzbekistan on the state border.

Press Service of the Jogorku Kenesh of the Kyrgyz Republic
""",
gold=dict(
header_date="13.03.2024", date="2024-03-13", date_partial=None, date_source="header",
date_note="Date line of the kenesh.kg news; 'On Wednesday' = 13 March 2024.",
people=[
 P("Нурланбек Шакиев","Nurlanbek Shakiev","Toraga of the Jogorku Kenesh",["Nurlanbek Shakiev"]),
 P("Догдуркул Кендирбаева","Dogdurkul Kendirbaeva","Minister of Education and Science of the Kyrgyz Republic",["Dogdurkul Kendirbaeva"]),
 P("Дастан Бекешев","Dastan Bekeshev","deputy of the Jogorku Kenesh",["Dastan Bekeshev"]),
],
other_names=[],
figures=[
 F("schools_project_cost_rub",4200000000,None,"forecast","The total cost of the project is estimated at about 4.2 billion rubles",qualifier="about",note="distractor: project cost"),
 F("trade_turnover",3500000000,"2023","actual","trade between Kyrgyzstan and Russia in 2023 amounted to about USD 3.5 billion",qualifier="about"),
 F("kg_total_foreign_trade_usd",16300000000,"2023","actual","the country's total foreign trade turnover reached USD 16.3 billion",note="distractor: Kyrgyzstan's total trade"),
],
events=[
 E("2024-03-13","Jogorku Kenesh ratifies the agreement with Russia on construction of Russian-language schools","deputies adopted in three readings the draft law","agreement","past",True),
 E("2023-10-12","Schools agreement signed in Bishkek","signed on October 12, 2023 in Bishkek","agreement","past",True),
 E("2025-09-01","First schools expected to open","The first schools are expected to open on September 1, 2025","other","planned",True),
 E(None,"Schools agreement to enter into force on the last notification","The agreement enters into force on the date of receipt of the last written notification","agreement","planned",True),
 E("2024-03-13","Jogorku Kenesh ratifies a border agreement with Uzbekistan (not Russia)","The Jogorku Kenesh also ratified an agreement with Uzbekistan on the state border","agreement","past",False),
],
)))

C.append(dict(
file="14_duma_en_2025_volodin_turgunbek_uulu.txt",
source="http://duma.gov.ru/en/news/59273/",
lang="en",
header="2025-04-23",
body="""23.04.2025

Vyacheslav Volodin held talks with Nurlanbek Turgunbek uulu

On Tuesday, Chairman of the State Duma Vyacheslav Volodin held talks with Toraga of the Jogorku Kenesh of the Kyrgyz Republic Nurlanbek Turgunbek uulu, who is in Moscow on an official visit.

"Kyrgyzstan is our strategic partner and ally. We value the relations that have developed between our countries and our parliaments," Volodin said.

The Chairman of the State Duma noted that last year trade between the two countries exceeded USD 3.8 billion, having grown by 12 percent. In the first two months of 2025, trade increased by another 9 percent. "This is the result of the work of our presidents, and we must support it with legislation," Volodin stressed.

Nurlanbek Turgunbek uulu thanked the Russian side for the ratification of the agreement on the conditions of operation of the Kyrgyz-Russian Slavic University, and invited the Chairman of the State Duma to visit Bishkek.

The parties discussed preparations for the events marking the 80th anniversary of Victory in the Great Patriotic War on May 9 and the 25th anniversary of the Declaration of Eternal Friendship, Alliance and Partnership between Russia and Kyrgyzstan, signed on July 27, 2000.

The speakers agreed that the next meeting of the Inter-Parliamentary Commission on Cooperation between the State Duma and the Jogorku Kenesh will be held in Bishkek in the autumn.

Chairman of the Committee on International Affairs Leonid Slutsky and Chairman of the Committee on CIS Affairs, Eurasian Integration and Relations with Compatriots Leonid Kalashnikov also took part in the talks.

Earlier, on April 17, Nurlanbek Turgunbek uulu took part in the plenary session of the Inter-Parliamentary Assembly of the CIS in St Petersburg.

Press Service of the State Duma
""",
gold=dict(
header_date="23.04.2025", date="2025-04-23", date_partial=None, date_source="header",
date_note="Page date 23.04.2025 (Wednesday); the talks were 'On Tuesday' = 22 April 2025.",
people=[
 P("Вячеслав Володин","Vyacheslav Volodin","Chairman of the State Duma",["Vyacheslav Volodin","Volodin"]),
 P("Нурланбек Тургунбек уулу","Nurlanbek Turgunbek uulu","Toraga of the Jogorku Kenesh",["Nurlanbek Turgunbek uulu"]),
 P("Леонид Слуцкий","Leonid Slutsky","Chairman of the State Duma Committee on International Affairs",["Leonid Slutsky"]),
 P("Леонид Калашников","Leonid Kalashnikov","Chairman of the State Duma Committee on CIS Affairs, Eurasian Integration and Relations with Compatriots",["Leonid Kalashnikov"]),
],
other_names=[],
figures=[
 F("trade_turnover",3800000000,"2024","actual","last year trade between the two countries exceeded USD 3.8 billion",qualifier="more than",period_text="last year"),
 F("trade_turnover_growth_pct",12,"2024","actual","having grown by 12 percent",period_text="last year"),
 F("trade_turnover_growth_pct",9,"2025-2M","actual","In the first two months of 2025, trade increased by another 9 percent"),
],
events=[
 E("2025-04-22","Volodin holds talks with Toraga Turgunbek uulu in Moscow","On Tuesday, Chairman of the State Duma Vyacheslav Volodin held talks with Toraga of the Jogorku Kenesh","meeting","past",True,date_note="'On Tuesday' before the page date 23.04.2025"),
 E("2025-04","Turgunbek uulu's official visit to Moscow","who is in Moscow on an official visit","visit","ongoing",True),
 E(None,"Invitation to Volodin to visit Bishkek","invited the Chairman of the State Duma to visit Bishkek","visit","planned",True),
 E("2025-05-09","80th anniversary of Victory","the 80th anniversary of Victory in the Great Patriotic War on May 9","anniversary","planned",False,date_note="year from the 80th anniversary / article date"),
 E("2025-07-27","25th anniversary of the Declaration of Eternal Friendship, Alliance and Partnership","the 25th anniversary of the Declaration of Eternal Friendship, Alliance and Partnership between Russia and Kyrgyzstan","anniversary","planned",True,date_note="declaration signed 27 July 2000, so the 25th anniversary is 27 July 2025"),
 E("2000-07-27","Declaration of Eternal Friendship signed","signed on July 27, 2000","agreement","past",True),
 E("2025","Next session of the Duma–Jogorku Kenesh inter-parliamentary commission in Bishkek, autumn","the next meeting of the Inter-Parliamentary Commission on Cooperation between the State Duma and the Jogorku Kenesh will be held in Bishkek in the autumn","igc_session","planned",True,date_note="'in the autumn' of 2025"),
 E(None,"Russia's ratification of the agreement on the conditions of operation of KRSU","the ratification of the agreement on the conditions of operation of the Kyrgyz-Russian Slavic University","agreement","past",True,date_note="no date given"),
 E("2025-04-17","IPA CIS plenary session in St Petersburg","on April 17, Nurlanbek Turgunbek uulu took part in the plenary session of the Inter-Parliamentary Assembly of the CIS in St Petersburg","conference","past",False),
],
)))
