# English articles of heldout135: text + gold annotation.
A = []

A.append(dict(
file="04_eurasianet_en_2010_osh_aid.txt",
source="https://eurasianet.org/kyrgyzstan-russian-aid-flights-reach-osh",
header="2010-06-17",
body="""EurasiaNet.org
Kyrgyzstan: Russian Aid Flights Reach Osh as Displaced Begin to Return
June 17, 2010 - 3:12pm, by Daniel Sorokin

Two Il-76 cargo planes belonging to Russia's Emergencies Ministry landed at Osh airport on Wednesday, carrying tents, blankets, medicines and flour, the first large Russian relief shipment since ethnic violence engulfed the southern city last week.

Emergencies Minister Sergei Shoigu told reporters in Moscow that his ministry would deliver about 130 tons of humanitarian cargo to southern Kyrgyzstan by the end of the week. More flights to Osh and Jalal-Abad were planned for Friday and Saturday, a ministry spokesman said.

Osh mayor Melis Myrzakmatov met the Russian crews on the tarmac. "We are grateful to Russia. People here have nothing left: no homes, no bread," Myrzakmatov said. Local officials say more than 1,900 houses in Osh were burned.

The interim leader, Roza Otunbayeva, had asked Russian President Dmitry Medvedev on June 12 to send peacekeepers. Moscow declined, calling the clashes an internal matter. At a meeting in Moscow on Monday, security council secretaries of the Collective Security Treaty Organization agreed to provide helicopters, fuel and equipment, but not troops.

Otunbayeva, speaking in Bishkek on Thursday, thanked the Kremlin for the aid and said the June 27 constitutional referendum would go ahead as planned.

Moscow has moved in other ways, too. On Sunday, Russia flew an additional battalion of paratroopers to its Kant air base outside Bishkek, officially to protect Russian servicemen and their families. Russian officials were careful to stress that the troops would not leave the base.

Across the border, Uzbek authorities say they have registered some 75,000 refugees, mostly women and children, in camps in the Andijan region. Tashkent closed the border on Monday, saying it could accept no more.

In Osh itself the situation remained tense. Roadblocks of burned cars still cut off several Uzbek mahallas, and residents on both sides said they were afraid to go to the bazaar. "Russian tents and flour are good, but what people need most is to feel safe," said Azamat Temirkulov, a Bishkek-based political analyst who visited the city on Tuesday. "Nobody in Osh believes that can be solved by the interim government alone."

The Russian community in southern Kyrgyzstan, which once numbered tens of thousands, has shrunk to a few thousand people, many of them elderly. The Russian Consulate General in Osh said it had received about 300 requests for evacuation since the unrest began.

Russia is Kyrgyzstan's largest trading partner; bilateral turnover was about $1.3 billion last year, down sharply from 2008 as the crisis cut demand. In 2009, Moscow also promised a $150 million grant and wrote off about $180 million of Kyrgyz debt in exchange for a stake in the Dastan torpedo plant.

Editor's note: Daniel Sorokin is a freelance journalist based in Bishkek.

Photo: Russian EMERCOM press service, June 16, 2010. Related: Kyrgyzstan: Uzbekistan Closes Border to Refugees
""",
gold=dict(lang="en", date="2010-06-17", date_partial=None, date_source="byline",
 date_note="Byline 'June 17, 2010 - 3:12pm' (Thursday); 'on Wednesday' = 2010-06-16; 'on Monday' = 2010-06-14 (CSTO meeting; Uzbek border closure); 'On Sunday' = 2010-06-13; photo-credit date June 16 is the date of the flights, not of the page.",
 header_date="June 17, 2010",
 people=[
  dict(name_ru_nominative="Сергей Шойгу", name_in_text="Sergei Shoigu", role="министр по чрезвычайным ситуациям РФ",
       forms_in_text=["Sergei Shoigu"]),
  dict(name_ru_nominative="Мелис Мырзакматов", name_in_text="Melis Myrzakmatov", role="мэр Оша",
       forms_in_text=["Melis Myrzakmatov", "Myrzakmatov"]),
  dict(name_ru_nominative="Роза Отунбаева", name_in_text="Roza Otunbayeva", role="глава временного правительства Киргизии",
       forms_in_text=["Roza Otunbayeva", "Otunbayeva"]),
  dict(name_ru_nominative="Дмитрий Медведев", name_in_text="Dmitry Medvedev", role="президент России",
       forms_in_text=["Dmitry Medvedev"]),
 ],
 other_names=["Daniel Sorokin", "Azamat Temirkulov"],
 figures=[
  dict(metric="humanitarian_aid_tons", value=130, period=None, kind="target", qualifier="about",
       quote="deliver about 130 tons of humanitarian cargo to southern Kyrgyzstan"),
  dict(metric="houses_burned", value=1900, period=None, kind="actual", qualifier="more than",
       quote="more than 1,900 houses in Osh were burned"),
  dict(metric="refugees_in_uzbekistan", value=75000, period=None, kind="actual", qualifier="about",
       quote="they have registered some 75,000 refugees"),
  dict(metric="evacuation_requests", value=300, period=None, kind="actual", qualifier="about",
       quote="it had received about 300 requests for evacuation since the unrest began"),
  dict(metric="trade_turnover", value=1300000000, period="2009", kind="actual", qualifier="about", period_text="last year",
       quote="bilateral turnover was about $1.3 billion last year"),
  dict(metric="aid_grant", value=150000000, period="2009", kind="actual",
       quote="Moscow also promised a $150 million grant"),
  dict(metric="debt_write_off", value=180000000, period="2009", kind="actual", qualifier="about",
       quote="wrote off about $180 million of Kyrgyz debt"),
 ],
 events=[
  dict(date="2010-06-16", what="Russian EMERCOM Il-76 planes deliver humanitarian aid to Osh",
       quote="Two Il-76 cargo planes belonging to Russia's Emergencies Ministry landed at Osh airport on Wednesday",
       type="other", status="past", bilateral=True),
  dict(date="2010-06", what="Further Russian aid flights to Osh and Jalal-Abad on Friday and Saturday",
       quote="More flights to Osh and Jalal-Abad were planned for Friday and Saturday",
       type="other", status="planned", bilateral=True),
  dict(date="2010-06-12", what="Otunbayeva asks Medvedev to send peacekeepers; Moscow declines",
       quote="had asked Russian President Dmitry Medvedev on June 12 to send peacekeepers",
       type="other", status="past", bilateral=True),
  dict(date="2010-06-14", what="CSTO security council secretaries meet in Moscow; helicopters and fuel but no troops",
       quote="At a meeting in Moscow on Monday, security council secretaries of the Collective Security Treaty Organization agreed to provide helicopters, fuel and equipment, but not troops",
       type="meeting", status="past", bilateral=False),
  dict(date="2010-06-13", what="Russia flies an additional paratroop battalion to its Kant air base",
       quote="On Sunday, Russia flew an additional battalion of paratroopers to its Kant air base outside Bishkek",
       type="other", status="past", bilateral=True),
  dict(date="2009", what="Russia wrote off Kyrgyz debt in exchange for a stake in the Dastan plant (and promised a grant)",
       quote="wrote off about $180 million of Kyrgyz debt in exchange for a stake in the Dastan torpedo plant",
       type="agreement", status="past", bilateral=True),
 ])))

A.append(dict(
file="06_akipress_en_2013_kaptagaev_omsk.txt",
source="http://www.akipress.com/news:521734/",
header="2013-08-05",
body="""AKIpress News Agency
Issyk-Kul governor, Omsk governor discuss children's recreation, charter flights
Posted: 05-08-13 11:42 | Updated: 05-08-13 17:05

CHOLPON-ATA (AKIpress) - Governor of Issyk-Kul region Emilbek Kaptagaev met with a delegation of Russia's Omsk region led by Governor Viktor Nazarov last Friday, the regional administration said.

The parties discussed summer recreation for children from Omsk at Issyk-Kul, charter flights and supplies of Omsk agricultural machinery to local farmers. Kaptagaev said some 1,200 children from Siberian regions rested at Issyk-Kul camps this summer.

According to the regional administration, more than 240,000 Russian citizens visited the lake in 2012, making Russia the second largest source of tourists after Kazakhstan.

Viktor Nazarov proposed launching direct charter flights between Omsk and Tamchy airport from next summer. The sides signed a memorandum of cooperation between the Issyk-Kul regional administration and the government of Omsk region.

Nazarov also visited the Kyrgyz-Russian Slavic University's summer school in Cholpon-Ata and the Russian Orthodox church in Karakol.

Kyrgyzstan's trade with Russia amounted to $1.06 billion in the first half of 2013, the National Statistics Committee reported earlier. Russian investment in the region's tourism sector is estimated at $35 million.

Earlier Kaptagaev met the Ambassador of Kazakhstan to discuss the tourism season.

Related: Issyk-Kul expects 1 million tourists in 2013
""",
gold=dict(lang="en", date="2013-08-05", date_partial=None, date_source="byline",
 date_note="'Posted: 05-08-13 11:42' in AKIpress DD-MM-YY style = 2013-08-05 (Monday), not May 8; 'last Friday' = 2013-08-02.",
 header_date="05-08-13",
 people=[
  dict(name_ru_nominative="Эмилбек Каптагаев", name_in_text="Emilbek Kaptagaev", role="полпред правительства в Иссык-Кульской области",
       forms_in_text=["Emilbek Kaptagaev", "Kaptagaev"]),
  dict(name_ru_nominative="Виктор Назаров", name_in_text="Viktor Nazarov", role="губернатор Омской области",
       forms_in_text=["Viktor Nazarov", "Nazarov"]),
 ],
 other_names=[],
 figures=[
  dict(metric="children_rested", value=1200, period="2013", kind="actual", qualifier="about",
       quote="some 1,200 children from Siberian regions rested at Issyk-Kul camps this summer"),
  dict(metric="russian_tourists", value=240000, period="2012", kind="actual", qualifier="more than",
       quote="more than 240,000 Russian citizens visited the lake in 2012"),
  dict(metric="trade_turnover", value=1060000000, period="2013-H1", kind="actual",
       quote="Kyrgyzstan's trade with Russia amounted to $1.06 billion in the first half of 2013"),
  dict(metric="russian_investment", value=35000000, period=None, kind="actual",
       quote="Russian investment in the region's tourism sector is estimated at $35 million"),
 ],
 events=[
  dict(date="2013-08-02", what="Issyk-Kul governor Kaptagaev meets Omsk governor Nazarov's delegation",
       quote="Governor of Issyk-Kul region Emilbek Kaptagaev met with a delegation of Russia's Omsk region led by Governor Viktor Nazarov last Friday",
       type="meeting", status="past", bilateral=True),
  dict(date="2013-08-02", what="Memorandum of cooperation between Issyk-Kul regional administration and Omsk region government signed",
       quote="The sides signed a memorandum of cooperation between the Issyk-Kul regional administration and the government of Omsk region",
       type="agreement", status="past", bilateral=True),
  dict(date="2014", what="Proposed direct charter flights Omsk - Tamchy from next summer",
       quote="proposed launching direct charter flights between Omsk and Tamchy airport from next summer",
       type="other", status="planned", bilateral=True),
  dict(date="2013-08", what="Nazarov visits KRSU summer school in Cholpon-Ata and the Orthodox church in Karakol",
       quote="Nazarov also visited the Kyrgyz-Russian Slavic University's summer school in Cholpon-Ata",
       type="visit", status="past", bilateral=True),
 ])))

A.append(dict(
file="10_24kg_en_2019_travnikov_abylgaziev.txt",
source="https://24.kg/english/134871_Novosibirsk_governor_Abylgaziev_discuss_trade_house/",
header="2019-11-12",
body="""24.kg news agency
12/11/19 16:28, Bishkek - 24.kg news agency, Ulan SAPAROV

Novosibirsk Governor, Abylgaziev discuss trade house and flour supplies

Prime Minister Mukhammedkalyi Abylgaziev met on Monday with Governor of Novosibirsk region Andrei Travnikov, who is in Bishkek on a working visit. The Russian Ambassador Nikolai Udovichenko also took part in the meeting, the press service of the Government reported.

The parties discussed opening a Novosibirsk trade house in Bishkek, supplies of grain and flour, and joint projects in agricultural processing and IT education. Andrei Travnikov said that trade between Novosibirsk region and Kyrgyzstan reached $210 million in 2018, and the region intends to double it within five years.

"After the state visit of President Vladimir Putin to Kyrgyzstan in March, we feel great interest of Russian regions in our country," Mukhammedkalyi Abylgaziev said. According to the National Statistical Committee, trade turnover between Kyrgyzstan and Russia in the first nine months of 2019 amounted to $1.67 billion, up 3.6 percent year-on-year.

The Prime Minister noted that Russia remains the main destination for Kyrgyz labour migrants. Remittances from Russia in January-September exceeded $1.8 billion, the National Bank said earlier.

Following the talks, the sides signed an agreement on trade, economic, scientific, technical and cultural cooperation between the Government of Kyrgyzstan and the Government of Novosibirsk region. Travnikov invited the Kyrgyz side to the Interregional Forum of Russia and Kyrgyzstan to be held next year.

Today the governor is expected to visit the Kyrgyz National Agrarian University and the Dordoi market.

Photo: Government press service

Read also: Abylgaziev meets Uzbek counterpart in Tashkent
""",
gold=dict(lang="en", date="2019-11-12", date_partial=None, date_source="byline",
 date_note="Byline '12/11/19 16:28' in DD/MM/YY = 2019-11-12 (Tuesday), not December 11; 'on Monday' = 2019-11-11.",
 header_date="12/11/19",
 people=[
  dict(name_ru_nominative="Мухаммедкалый Абылгазиев", name_in_text="Mukhammedkalyi Abylgaziev", role="премьер-министр Киргизии",
       forms_in_text=["Mukhammedkalyi Abylgaziev", "Abylgaziev"]),
  dict(name_ru_nominative="Андрей Травников", name_in_text="Andrei Travnikov", role="губернатор Новосибирской области",
       forms_in_text=["Andrei Travnikov", "Travnikov"]),
  dict(name_ru_nominative="Николай Удовиченко", name_in_text="Nikolai Udovichenko", role="посол России в Киргизии",
       forms_in_text=["Nikolai Udovichenko"]),
  dict(name_ru_nominative="Владимир Путин", name_in_text="Vladimir Putin", role="президент России",
       forms_in_text=["Vladimir Putin"]),
 ],
 other_names=["Ulan SAPAROV"],
 figures=[
  dict(metric="regional_trade_turnover", value=210000000, period="2018", kind="actual",
       quote="trade between Novosibirsk region and Kyrgyzstan reached $210 million in 2018", note="Novosibirsk region with Kyrgyzstan"),
  dict(metric="trade_turnover", value=1670000000, period="2019-9M", kind="actual", period_text="in the first nine months of 2019",
       quote="trade turnover between Kyrgyzstan and Russia in the first nine months of 2019 amounted to $1.67 billion"),
  dict(metric="trade_turnover_growth_pct", value=3.6, period="2019-9M", kind="actual",
       quote="up 3.6 percent year-on-year"),
  dict(metric="remittances", value=1800000000, period="2019-9M", kind="actual", qualifier="more than",
       quote="Remittances from Russia in January-September exceeded $1.8 billion"),
 ],
 events=[
  dict(date="2019-11-11", what="PM Abylgaziev meets Novosibirsk governor Travnikov in Bishkek (ambassador Udovichenko present)",
       quote="Prime Minister Mukhammedkalyi Abylgaziev met on Monday with Governor of Novosibirsk region Andrei Travnikov",
       type="meeting", status="past", bilateral=True),
  dict(date="2019-03", what="Putin's state visit to Kyrgyzstan in March",
       quote="After the state visit of President Vladimir Putin to Kyrgyzstan in March",
       type="visit", status="past", bilateral=True),
  dict(date="2019-11-11", what="Agreement on cooperation between the Kyrgyz government and the Novosibirsk region government signed",
       quote="the sides signed an agreement on trade, economic, scientific, technical and cultural cooperation between the Government of Kyrgyzstan and the Government of Novosibirsk region",
       type="agreement", status="past", bilateral=True),
  dict(date="2020", what="Interregional Forum of Russia and Kyrgyzstan next year",
       quote="the Interregional Forum of Russia and Kyrgyzstan to be held next year",
       type="forum", status="planned", bilateral=True),
  dict(date="2019-11-12", what="Travnikov to visit the Kyrgyz National Agrarian University and Dordoi market",
       quote="Today the governor is expected to visit the Kyrgyz National Agrarian University and the Dordoi market",
       type="visit", status="planned", bilateral=True),
 ])))

A.append(dict(
file="14_timesca_en_2026_vakunov_osh.txt",
source="https://timesca.com/russian-ambassador-visits-osh-meets-new-mayor/",
header="2026-03-26",
body="""The Times Of Central Asia
Russian Ambassador Visits Osh, Meets New Mayor
By Aigerim Tolonova
March 26, 2026

Russia's Ambassador to Kyrgyzstan Sergei Vakunov arrived in Osh on Tuesday for a three-day working trip to the south of the country, his first since the city got a new mayor last month.

Vakunov met with Osh Mayor Zhanarbek Akaev, who was appointed by President Sadyr Japarov on February 18 after the dismissal of Zhenishbek Toktorbaev. The two discussed public transport, the supply of Russian buses and the construction of a Russian-language school in the city, one of nine such schools Russia is building in Kyrgyzstan.

"Osh is the southern capital and a natural hub for our trade with the Fergana valley," the ambassador said, according to the mayor's office. Akaev, a former journalist and lawmaker, said the city was ready to offer land for a Russian trade and logistics centre.

According to the Russian embassy, trade between Russia and Kyrgyzstan reached about $3.6 billion in 2025. The two presidents have set a goal of $5 billion a year. Kyrgyz data show a larger figure because they count re-exports differently, officials say.

Vakunov also visited the Russian Consulate General in Osh and laid flowers at the Eternal Flame. On Thursday he is expected in Jalal-Abad, where he will meet the regional governor and students of a Russian-language school.

Cabinet Chairman Adylbek Kasymaliev, who held a government board meeting in Osh in February, has instructed the regional authorities to prepare proposals for the Russian-Kyrgyz Interregional Cooperation Forum, which Osh hopes to host in the autumn.

Separately, Kyrgyz migrants sent home $2.3 billion from Russia last year, the National Bank said.

Photo: Osh Mayor's Office. Zhanar Akaev and Sergei Vakunov in Osh, March 24.
""",
gold=dict(lang="en", date="2026-03-26", date_partial=None, date_source="byline",
 date_note="Byline 'March 26, 2026' (Thursday); 'on Tuesday' = 2026-03-24 (photo caption agrees); 'On Thursday ... is expected' = 2026-03-26.",
 header_date="March 26, 2026",
 people=[
  dict(name_ru_nominative="Сергей Вакунов", name_in_text="Sergei Vakunov", role="посол России в Киргизии",
       forms_in_text=["Sergei Vakunov", "Vakunov"]),
  dict(name_ru_nominative="Жанарбек Акаев", name_in_text="Zhanarbek Akaev", role="мэр Оша",
       forms_in_text=["Zhanarbek Akaev", "Akaev", "Zhanar Akaev"]),
  dict(name_ru_nominative="Садыр Жапаров", name_in_text="Sadyr Japarov", role="президент Киргизии",
       forms_in_text=["Sadyr Japarov"]),
  dict(name_ru_nominative="Женишбек Токторбаев", name_in_text="Zhenishbek Toktorbaev", role="бывший мэр Оша",
       forms_in_text=["Zhenishbek Toktorbaev"]),
  dict(name_ru_nominative="Адылбек Касымалиев", name_in_text="Adylbek Kasymaliev", role="председатель кабинета министров Киргизии",
       forms_in_text=["Adylbek Kasymaliev"]),
 ],
 other_names=["Aigerim Tolonova"],
 figures=[
  dict(metric="trade_turnover", value=3600000000, period="2025", kind="actual", qualifier="about",
       quote="trade between Russia and Kyrgyzstan reached about $3.6 billion in 2025"),
  dict(metric="trade_turnover", value=5000000000, period="annual", kind="target",
       quote="The two presidents have set a goal of $5 billion a year"),
  dict(metric="remittances", value=2300000000, period="2025", kind="actual", period_text="last year",
       quote="Kyrgyz migrants sent home $2.3 billion from Russia last year"),
 ],
 events=[
  dict(date="2026-03-24", what="Russian ambassador Vakunov arrives in Osh for a three-day working trip; meets mayor Akaev",
       quote="Russia's Ambassador to Kyrgyzstan Sergei Vakunov arrived in Osh on Tuesday for a three-day working trip to the south of the country",
       type="visit", status="past", bilateral=True),
  dict(date="2026-03-24", what="Vakunov meets Osh mayor Zhanarbek Akaev",
       quote="Vakunov met with Osh Mayor Zhanarbek Akaev",
       type="meeting", status="past", bilateral=True),
  dict(date="2026-03", what="Vakunov visits the Russian Consulate General in Osh and lays flowers at the Eternal Flame",
       quote="Vakunov also visited the Russian Consulate General in Osh and laid flowers at the Eternal Flame",
       type="other", status="past", bilateral=True),
  dict(date="2026-03-26", what="Vakunov expected in Jalal-Abad on Thursday",
       quote="On Thursday he is expected in Jalal-Abad, where he will meet the regional governor",
       type="visit", status="planned", bilateral=True),
  dict(date="2026", what="Russian-Kyrgyz Interregional Cooperation Forum that Osh hopes to host in autumn",
       quote="the Russian-Kyrgyz Interregional Cooperation Forum, which Osh hopes to host in the autumn",
       type="forum", status="planned", bilateral=True),
 ])))
