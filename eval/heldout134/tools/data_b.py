# Articles 08-14 of heldout134: body text + gold annotation.
B = []

B.append(dict(
file="08_ria_ru_2021_sputnik_v_bottling.txt",
source="https://ria.ru/20210420/vaktsina-1729088012.html",
lang="ru", header_date="2021-04-20", date="2021-04-20", date_partial=None,
date_source="header+body",
date_note="Dateline 'БИШКЕК, 20 апр – РИА Новости'; URL 20210420. 'в минувшую пятницу' = 2021-04-16.",
body="""БИШКЕК, 20 апр – РИА Новости. Вторая партия российской вакцины "Спутник V" объемом 20 тысяч доз доставлена во вторник в Бишкек, сообщил министр здравоохранения Киргизии Алымкадыр Бейшеналиев.

"Вакцина уже распределена по центрам семейной медицины Бишкека, Оша и Чуйской области. В первую очередь будут прививать медиков, учителей и людей старше 65 лет", - сказал Бейшеналиев журналистам в аэропорту "Манас".

Глава Российского фонда прямых инвестиций (РФПИ) Кирилл Дмитриев в минувшую пятницу сообщил, что фонд и киргизская фармацевтическая компания договорились о розливе и упаковке "Спутника V" на мощностях в Чуйской области. По словам Дмитриева, производство может начаться уже летом, а мощность площадки составит до 500 тысяч доз в месяц. "Это позволит обеспечить не только потребности Киргизии, но и поставки в третьи страны региона", - отметил он.

Вопрос о поставках вакцины обсуждался в ходе первого зарубежного визита президента Киргизии Садыра Жапарова, который 24 февраля провел в Москве переговоры с Владимиром Путиным. Тогда российский лидер пообещал, что республика получит вакцину "в приоритетном порядке". Всего, по данным минздрава, Киргизия рассчитывает получить от России около 1 миллиона доз.

Ранее, в марте, в республику поступили 150 тысяч доз китайского препарата Sinopharm, переданных КНР на безвозмездной основе.

Россия остается главным торговым партнером Киргизии в ЕАЭС. По итогам 2020 года товарооборот двух стран сократился на 17% и составил 1,7 миллиарда долларов, однако, как ожидают в правительстве республики, уже в этом году он вернется к докризисному уровню.

Председатель кабмина Улукбек Марипов ранее заявлял, что к кампании вакцинации планируется привлечь и мобильные бригады, в том числе в отдаленных районах Нарынской и Баткенской областей.
""",
people=[
 dict(name_ru_nominative="Алымкадыр Бейшеналиев", name_in_text="Алымкадыр Бейшеналиев", role="министр здравоохранения Киргизии", forms_in_text=["Алымкадыр Бейшеналиев", "Бейшеналиев"]),
 dict(name_ru_nominative="Кирилл Дмитриев", name_in_text="Кирилл Дмитриев", role="глава РФПИ", forms_in_text=["Кирилл Дмитриев", "Дмитриева"]),
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="Садыра Жапарова", role="президент Киргизии", forms_in_text=["Садыра Жапарова"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимиром Путиным", role="президент России", forms_in_text=["Владимиром Путиным"]),
 dict(name_ru_nominative="Улукбек Марипов", name_in_text="Улукбек Марипов", role="председатель кабинета министров Киргизии", forms_in_text=["Улукбек Марипов"]),
],
other_names=[],
figures=[
 dict(metric="vaccine_doses_delivered", value=20000, period=None, kind="actual", quote="объемом 20 тысяч доз доставлена"),
 dict(metric="vaccine_bottling_capacity_doses_per_month", value=500000, period=None, kind="forecast", quote="мощность площадки составит до 500 тысяч доз в месяц"),
 dict(metric="vaccine_doses_expected_from_russia", value=1000000, period=None, kind="target", qualifier="about", quote="Киргизия рассчитывает получить от России около 1 миллиона доз"),
 dict(metric="china_vaccine_donation_doses", value=150000, period=None, kind="actual", quote="150 тысяч доз китайского препарата Sinopharm"),
 dict(metric="trade_turnover_growth_pct", value=-17, period="2020", kind="actual", quote="По итогам 2020 года товарооборот двух стран сократился на 17%"),
 dict(metric="trade_turnover", value=1700000000, period="2020", kind="actual", quote="По итогам 2020 года товарооборот двух стран сократился на 17% и составил 1,7 миллиарда долларов"),
],
events=[
 dict(date="2021-04-20", what="Second batch of Sputnik V (20,000 doses) delivered to Bishkek", quote="Вторая партия российской вакцины \"Спутник V\" объемом 20 тысяч доз доставлена во вторник в Бишкек", type="other", status="past", bilateral=True),
 dict(date="2021-04-16", what="RDIF and a Kyrgyz pharmaceutical company agreed on bottling and packaging Sputnik V in Chui region", quote="фонд и киргизская фармацевтическая компания договорились о розливе и упаковке \"Спутника V\" на мощностях в Чуйской области", type="agreement", status="past", bilateral=True),
 dict(date="2021", what="Local Sputnik V production may start in summer", quote="производство может начаться уже летом", type="other", status="planned", bilateral=True),
 dict(date="2021-02-24", what="Japarov's first foreign visit: talks with Putin in Moscow", quote="первого зарубежного визита президента Киргизии Садыра Жапарова, который 24 февраля провел в Москве переговоры с Владимиром Путиным", type="visit", status="past", bilateral=True),
],
))

B.append(dict(
file="09_diplomat_en_2021_vaccine_diplomacy.txt",
source="https://thediplomat.com/2021/06/kyrgyzstans-vaccine-dilemma-sputnik-sinopharm-and-slow-uptake/",
lang="en", header_date="2021-06-08", date="2021-06-08", date_partial=None,
date_source="header+byline",
date_note="Byline 'June 08, 2021'; URL 2021/06.",
body="""Kyrgyzstan's Vaccine Dilemma: Sputnik, Sinopharm and Slow Uptake

Bishkek has received doses from both Moscow and Beijing. Getting people to take them is proving harder.

By Aidai Temirova
June 08, 2021

When President Sadyr Japarov stood beside Vladimir Putin on Red Square for the Victory Day parade on May 9, the Kyrgyz leader made a point of thanking Moscow for its help during the pandemic. A month later, that help is visible but modest.

Kyrgyzstan has so far received about 60,000 doses of Russia's Sputnik V, according to the Ministry of Health, in several batches since April. China, by contrast, donated 150,000 doses of Sinopharm in March and has promised another 300,000. Health Minister Alymkadyr Beishenaliev told parliament last week that the government had also signed a contract with the Russian Direct Investment Fund for local bottling of Sputnik V, but production has yet to begin.

Japarov's government talks up both partners. Yet the numbers behind the diplomacy are sobering: fewer than 2 percent of the country's 6.6 million people had received a first dose by early June.

Russia's weight in Kyrgyzstan goes well beyond vaccines. Russia accounted for roughly $1.7 billion in trade in 2020, a drop of about 17 percent, while migrant remittances from Russia, at $2.05 billion last year, still dwarf anything Beijing provides in cash. Chinese trade with Kyrgyzstan, officially $2.9 billion in 2020, is larger on paper, though much of it is re-exported.

Beishenaliev, a surgeon who previously made headlines by promoting a toxic root as a COVID-19 cure, has urged citizens to get vaccinated "with whichever vaccine is available." Russian doctors who served in Kyrgyz hospitals last summer are remembered fondly, and the Russian Embassy said a new group of epidemiologists will arrive in Bishkek later this month.

Whether Moscow can turn that goodwill into a lasting advantage will depend on deliveries. Putin and Japarov are expected to discuss the issue again at the informal CIS summit in St. Petersburg at the end of the year.

Aidai Temirova is a journalist based in Bishkek.
""",
people=[
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="Sadyr Japarov", role="президент Кыргызстана", forms_in_text=["Sadyr Japarov", "Japarov"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Vladimir Putin", role="президент России", forms_in_text=["Vladimir Putin", "Putin"]),
 dict(name_ru_nominative="Алымкадыр Бейшеналиев", name_in_text="Alymkadyr Beishenaliev", role="министр здравоохранения Кыргызстана", forms_in_text=["Alymkadyr Beishenaliev", "Beishenaliev"]),
],
other_names=["Aidai Temirova"],
figures=[
 dict(metric="vaccine_doses_received_from_russia", value=60000, period=None, kind="actual", qualifier="about", quote="received about 60,000 doses of Russia's Sputnik V"),
 dict(metric="china_vaccine_donation_doses", value=150000, period=None, kind="actual", quote="China, by contrast, donated 150,000 doses of Sinopharm in March"),
 dict(metric="china_vaccine_promised_doses", value=300000, period=None, kind="target", quote="has promised another 300,000"),
 dict(metric="trade_turnover", value=1700000000, period="2020", kind="actual", qualifier="about", quote="Russia accounted for roughly $1.7 billion in trade in 2020"),
 dict(metric="trade_turnover_growth_pct", value=-17, period="2020", kind="actual", qualifier="about", quote="a drop of about 17 percent"),
 dict(metric="remittances_from_russia_usd", value=2050000000, period="2020", kind="actual", quote="migrant remittances from Russia, at $2.05 billion last year"),
 dict(metric="china_kyrgyzstan_trade_usd", value=2900000000, period="2020", kind="actual", quote="Chinese trade with Kyrgyzstan, officially $2.9 billion in 2020"),
],
events=[
 dict(date="2021-05-09", what="Japarov attended the Victory Day parade in Moscow beside Putin", quote="stood beside Vladimir Putin on Red Square for the Victory Day parade on May 9", type="anniversary", status="past", bilateral=True),
 dict(date=None, what="Contract with RDIF for local bottling of Sputnik V signed", quote="signed a contract with the Russian Direct Investment Fund for local bottling of Sputnik V", type="agreement", status="past", bilateral=True),
 dict(date="2021-06", what="New group of Russian epidemiologists to arrive in Bishkek", quote="a new group of epidemiologists will arrive in Bishkek later this month", type="other", status="planned", bilateral=True),
 dict(date="2020", what="Russian doctors served in Kyrgyz hospitals in summer 2020", quote="Russian doctors who served in Kyrgyz hospitals last summer", type="other", status="past", bilateral=True),
 dict(date="2021-12", what="Informal CIS summit in St. Petersburg", quote="at the informal CIS summit in St. Petersburg at the end of the year", type="meeting", status="planned", bilateral=False),
],
))

B.append(dict(
file="10_sputnikkg_ru_2022_rospotrebnadzor_joint_lab.txt",
source="https://ru.sputnik.kg/20220419/rospotrebnadzor-laboratoriya-bishkek-1063822410.html",
lang="ru", header_date="2022-04-19", date="2022-04-19", date_partial=None,
date_source="header+body",
date_note="Timestamp '14:25 19.04.2022 (обновлено: 16:40 19.04.2022)'; 'в прошлую пятницу' = 2022-04-15.",
body="""Совместная лаборатория Роспотребнадзора и Минздрава открылась в Бишкеке

14:25 19.04.2022 (обновлено: 16:40 19.04.2022)

© Sputnik / Табылды Кадырбеков

Новая лаборатория сможет проводить до 3 тысяч ПЦР-исследований в сутки и выявлять возбудителей особо опасных инфекций

БИШКЕК, 19 апр — Sputnik. Российско-кыргызский научно-исследовательский центр по эпидемиологии и микробиологии официально открылся в прошлую пятницу на базе Департамента профилактики заболеваний и госсанэпиднадзора.

В церемонии приняли участие председатель кабинета министров Акылбек Жапаров, министр здравоохранения Алымкадыр Бейшеналиев и посол России в Кыргызстане Николай Удовиченко. Руководитель Роспотребнадзора Анна Попова приветствовала участников по видеосвязи.

"Центр — это не только современное оборудование, но и люди. За два года в России прошли подготовку 96 кыргызстанских вирусологов и эпидемиологов", — отметила Попова.

По словам Удовиченко, стоимость оборудования, переданного российской стороной, превышает 150 миллионов рублей. Всего в рамках программы Роспотребнадзора по содействию Кыргызстану в 2020-2022 годах выделено около 1,3 миллиарда рублей, в том числе на поставку шести мобильных лабораторий.

Акылбек Жапаров поблагодарил российскую сторону и подчеркнул, что центр будет работать и как региональная площадка для стран Центральной Азии. Он также сообщил, что кабмин готов выделить участок под строительство второй подобной лаборатории в Оше.

Ранее глава кабмина обсуждал с российскими партнерами вопросы здравоохранения на заседании Евразийского межправительственного совета в Нур-Султане.

Как сообщал Sputnik, несмотря на санкционное давление на Россию, торговля двух стран продолжает расти: в январе — феврале 2022 года товарооборот Кыргызстана с Россией увеличился на 36,4% и составил 455 миллионов долларов.

В июне в Бишкеке планируется провести заседание Координационного совета руководителей органов санитарно-эпидемиологического надзора государств — участников СНГ.

Читайте также:
Кыргызстан получил от России очередную партию гуманитарной помощи
""",
people=[
 dict(name_ru_nominative="Акылбек Жапаров", name_in_text="Акылбек Жапаров", role="председатель кабинета министров КР", forms_in_text=["Акылбек Жапаров"]),
 dict(name_ru_nominative="Алымкадыр Бейшеналиев", name_in_text="Алымкадыр Бейшеналиев", role="министр здравоохранения КР", forms_in_text=["Алымкадыр Бейшеналиев"]),
 dict(name_ru_nominative="Николай Удовиченко", name_in_text="Николай Удовиченко", role="посол России в Кыргызстане", forms_in_text=["Николай Удовиченко", "Удовиченко"]),
 dict(name_ru_nominative="Анна Попова", name_in_text="Анна Попова", role="руководитель Роспотребнадзора", forms_in_text=["Анна Попова", "Попова"]),
],
other_names=["Табылды Кадырбеков"],
figures=[
 dict(metric="pcr_tests_per_day_capacity", value=3000, period=None, kind="forecast", quote="до 3 тысяч ПЦР-исследований в сутки"),
 dict(metric="specialists_trained_count", value=96, period=None, kind="actual", quote="За два года в России прошли подготовку 96 кыргызстанских вирусологов и эпидемиологов"),
 dict(metric="lab_equipment_value_rub", value=150000000, period=None, kind="actual", qualifier="more than", quote="стоимость оборудования, переданного российской стороной, превышает 150 миллионов рублей"),
 dict(metric="rospotrebnadzor_program_rub", value=1300000000, period=None, kind="actual", qualifier="about", quote="в 2020-2022 годах выделено около 1,3 миллиарда рублей"),
 dict(metric="trade_turnover_growth_pct", value=36.4, period="2022-2M", kind="actual", quote="в январе — феврале 2022 года товарооборот Кыргызстана с Россией увеличился на 36,4%"),
 dict(metric="trade_turnover", value=455000000, period="2022-2M", kind="actual", quote="в январе — феврале 2022 года товарооборот Кыргызстана с Россией увеличился на 36,4% и составил 455 миллионов долларов"),
],
events=[
 dict(date="2022-04-15", what="Russian-Kyrgyz research centre for epidemiology and microbiology (joint Rospotrebnadzor lab) opened in Bishkek", quote="Российско-кыргызский научно-исследовательский центр по эпидемиологии и микробиологии официально открылся в прошлую пятницу", type="other", status="past", bilateral=True),
 dict(date=None, what="Kyrgyz cabinet ready to allot land for a second such laboratory in Osh", quote="кабмин готов выделить участок под строительство второй подобной лаборатории в Оше", type="other", status="planned", bilateral=True),
 dict(date=None, what="Eurasian Intergovernmental Council meeting in Nur-Sultan", quote="на заседании Евразийского межправительственного совета в Нур-Султане", type="meeting", status="past", bilateral=False),
 dict(date="2022-06", what="Session of the CIS Coordination Council of sanitary-epidemiological supervision heads in Bishkek", quote="В июне в Бишкеке планируется провести заседание Координационного совета руководителей органов санитарно-эпидемиологического надзора государств — участников СНГ", type="meeting", status="planned", bilateral=False),
],
))

B.append(dict(
file="11_kaktus_ru_2023_osh_hospital_russian_grant.txt",
source="https://kaktus.media/doc/489214_v_oshe_otkryli_bolnicy_postroennyy_na_rossiyskiy_grant.html",
lang="ru", header_date="2023-10-24", date="2023-10-24", date_partial=None,
date_source="header+byline",
date_note="Byline '24 октября 2023, 15:12'; 'сегодня' = 2023-10-24; Putin's state visit '12 октября'.",
body="""В Оше открыли больницу, построенную на российский грант

24 октября 2023, 15:12
Автор: Эльнура Асанова

В Оше сегодня открылась новая многопрофильная детская больница на 200 коек. Ее строительство финансировалось за счет гранта правительства России, сообщает пресс-служба кабмина.

В церемонии открытия приняли участие председатель кабинета министров Акылбек Жапаров, министр здравоохранения Алымкадыр Бейшеналиев и посол РФ в КР Николай Удовиченко.

Больница оснащена компьютерным томографом, аппаратами ИВЛ и собственной кислородной станцией. Общая стоимость объекта составила 2,4 млрд рублей. Соглашение о ее строительстве было подписано в 2021 году.

"Это подарок российского народа детям юга Кыргызстана", — заявил Николай Удовиченко. По словам посла, российская сторона также возьмет на себя обучение около 40 врачей больницы в клиниках Москвы и Санкт-Петербурга.

Акылбек Жапаров отметил, что открытие больницы стало одним из результатов государственного визита президента России Владимира Путина в Кыргызстан 12 октября. Тогда, напомним, стороны подписали пакет документов, включая межправительственное соглашение о строительстве в республике девяти школ с русским языком обучения. На следующий день в Бишкеке прошел саммит глав государств СНГ.

Министр здравоохранения Алымкадыр Бейшеналиев уточнил, что в больнице будут ежегодно проходить лечение до 12 тысяч детей из Ошской, Джалал-Абадской и Баткенской областей.

Кроме того, Российско-Кыргызский фонд развития с момента создания профинансировал проекты в сфере здравоохранения более чем на 40 млн долларов, в том числе закупку медицинского оборудования для частных клиник.

По данным Нацстаткома, товарооборот Кыргызстана с Россией за январь–август 2023 года составил 2,2 млрд долларов.

В следующем году на российские средства планируется начать строительство еще одной больницы — в Караколе.

Фото пресс-службы кабмина
""",
people=[
 dict(name_ru_nominative="Акылбек Жапаров", name_in_text="Акылбек Жапаров", role="председатель кабинета министров КР", forms_in_text=["Акылбек Жапаров"]),
 dict(name_ru_nominative="Алымкадыр Бейшеналиев", name_in_text="Алымкадыр Бейшеналиев", role="министр здравоохранения КР", forms_in_text=["Алымкадыр Бейшеналиев"]),
 dict(name_ru_nominative="Николай Удовиченко", name_in_text="Николай Удовиченко", role="посол РФ в КР", forms_in_text=["Николай Удовиченко"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимира Путина", role="президент России", forms_in_text=["Владимира Путина"]),
],
other_names=["Эльнура Асанова"],
figures=[
 dict(metric="hospital_beds", value=200, period=None, kind="actual", quote="детская больница на 200 коек"),
 dict(metric="hospital_cost_rub", value=2400000000, period=None, kind="actual", quote="Общая стоимость объекта составила 2,4 млрд рублей"),
 dict(metric="patients_per_year", value=12000, period="annual", kind="forecast", quote="до 12 тысяч детей"),
 dict(metric="rkdf_health_financing_usd", value=40000000, period=None, kind="actual", qualifier="more than", quote="профинансировал проекты в сфере здравоохранения более чем на 40 млн долларов"),
 dict(metric="trade_turnover", value=2200000000, period="2023-8M", kind="actual", quote="товарооборот Кыргызстана с Россией за январь–август 2023 года составил 2,2 млрд долларов"),
],
events=[
 dict(date="2023-10-24", what="Children's hospital (200 beds) built with a Russian government grant opened in Osh", quote="В Оше сегодня открылась новая многопрофильная детская больница на 200 коек", type="other", status="past", bilateral=True),
 dict(date="2021", what="Agreement on building the Osh hospital signed", quote="Соглашение о ее строительстве было подписано в 2021 году", type="agreement", status="past", bilateral=True),
 dict(date="2023-10-12", what="State visit of Putin to Kyrgyzstan", quote="государственного визита президента России Владимира Путина в Кыргызстан 12 октября", type="visit", status="past", bilateral=True),
 dict(date="2023-10-12", what="Intergovernmental agreement on building nine Russian-language schools signed", quote="межправительственное соглашение о строительстве в республике девяти школ с русским языком обучения", type="agreement", status="past", bilateral=True),
 dict(date="2023-10-13", what="CIS heads of state summit in Bishkek", quote="На следующий день в Бишкеке прошел саммит глав государств СНГ", type="meeting", status="past", bilateral=False),
 dict(date="2024", what="Construction of another Russian-funded hospital in Karakol to start", quote="В следующем году на российские средства планируется начать строительство еще одной больницы — в Караколе", type="other", status="planned", bilateral=True),
],
))

B.append(dict(
file="12_vestikg_ru_2024_mudflows_emercom_aid.txt",
source="https://vesti.kg/obshchestvo/item/128457-samolet-mchs-rossii-dostavil-gumanitarnuyu-pomoshch.html",
lang="ru", header_date="unknown", date="2024-07-23", date_partial=None,
date_source="body",
date_note="No header date; body stamp 'Опубликовано: 23.07.2024 11:05'. 'в воскресенье' = 2024-07-21.",
body="""Самолет МЧС России доставил гуманитарную помощь пострадавшим от селей

Опубликовано: 23.07.2024 11:05 | Просмотров: 1873

Самолет МЧС России Ил-76 доставил в аэропорт Джалал-Абада 40 тонн гуманитарной помощи для жителей Сузакского и Аксыйского районов, пострадавших от селевых потоков. Борт встретил министр чрезвычайных ситуаций Бообек Ажикеев.

В составе груза — палатки, спальные мешки, мотопомпы, питьевая вода и наборы продуктов. Помощь направлена по поручению главы МЧС России Александра Куренкова.

"Мы благодарим российских коллег. Это конкретная поддержка в трудный момент, когда сотни семей остались без крова", — сказал Бообек Ажикеев. Он напомнил, что с начала июля сели повредили более 300 жилых домов, погибли шесть человек.

В воскресенье президент Садыр Жапаров поручил кабмину усилить меры по предупреждению стихийных бедствий. На ликвидацию последствий селей из резервного фонда выделено 150 млн сомов.

Кроме того, по словам министра, в сентябре на Иссык-Куле пройдут совместные кыргызско-российские учения спасателей "Барс-2024", а в октябре в Москве планируется подписать программу сотрудничества между МЧС двух стран на 2025-2027 годы.

Отметим, что гуманитарные грузы в Кыргызстан за последнюю неделю направили также Казахстан и Узбекистан. Вопросы совместного реагирования на трансграничные ЧС обсуждались в июне на заседании Межгосударственного совета СНГ по чрезвычайным ситуациям в Минске.

Фото: МЧС КР
""",
people=[
 dict(name_ru_nominative="Бообек Ажикеев", name_in_text="Бообек Ажикеев", role="министр чрезвычайных ситуаций КР", forms_in_text=["Бообек Ажикеев"]),
 dict(name_ru_nominative="Александр Куренков", name_in_text="Александра Куренкова", role="глава МЧС России", forms_in_text=["Александра Куренкова"]),
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="Садыр Жапаров", role="президент КР", forms_in_text=["Садыр Жапаров"]),
],
other_names=[],
figures=[
 dict(metric="humanitarian_aid_tonnes", value=40, period=None, kind="actual", quote="40 тонн гуманитарной помощи"),
 dict(metric="reserve_fund_allocation_kgs", value=150000000, period=None, kind="actual", quote="из резервного фонда выделено 150 млн сомов"),
],
events=[
 dict(date="2024-07-23", what="EMERCOM Il-76 delivered 40 t of aid to Jalal-Abad for mudflow victims", quote="Самолет МЧС России Ил-76 доставил в аэропорт Джалал-Абада 40 тонн гуманитарной помощи", type="other", status="past", bilateral=True),
 dict(date="2024-09", what="Joint Kyrgyz-Russian rescuers' exercise 'Bars-2024' on Issyk-Kul", quote="в сентябре на Иссык-Куле пройдут совместные кыргызско-российские учения спасателей \"Барс-2024\"", type="other", status="planned", bilateral=True),
 dict(date="2024-10", what="Signing of the 2025–2027 cooperation programme between the two emergencies ministries in Moscow", quote="в октябре в Москве планируется подписать программу сотрудничества между МЧС двух стран на 2025-2027 годы", type="agreement", status="planned", bilateral=True),
 dict(date="2024-06", what="Session of the CIS Interstate Council on emergencies in Minsk", quote="в июне на заседании Межгосударственного совета СНГ по чрезвычайным ситуациям в Минске", type="meeting", status="past", bilateral=False),
],
))

B.append(dict(
file="13_akipress_en_2025_medical_education_quotas.txt",
source="https://akipress.com/news:789412:Russia_raises_quota_for_Kyrgyz_students,_medicine_most_popular/",
lang="en", header_date="unknown", date=None, date_partial="????-03-18",
date_source="body_day_month",
date_note="Page shows only 'Tue, 18 Mar' and no year. Context (Kasymaliev as Chairman of the Cabinet, '2025/2026 academic year', 2024 trade) suggests 2025, but the year is not stated on the page.",
body="""Russia raises quota for Kyrgyz students, medicine most popular

BISHKEK (AKIpress) - Tue, 18 Mar, 16:40

Russia will allocate 750 state-funded university places to citizens of Kyrgyzstan for the 2025/2026 academic year, up from 650 a year earlier, head of Rossotrudnichestvo Yevgeny Primakov said at a meeting with Chairman of the Cabinet of Ministers Adylbek Kasymaliev on Monday.

About 180 of the places are reserved for medical specialities, including residency programs for practicing doctors, Primakov said. Applications will open on the Education in Russia portal in April.

Kasymaliev said the shortage of doctors in the regions remained acute and asked the Russian side to expand targeted training for specialists who commit to working in Naryn, Talas and Batken regions after graduation. The parties also discussed the opening of a branch of the First Moscow State Medical University (Sechenov University) in Osh, which is expected to admit its first students in September.

According to the Cabinet press service, over 12,000 Kyrgyz students are currently studying at Russian universities, about a third of them on state-funded places.

Kasymaliev also noted the growth of economic ties. Trade turnover between Kyrgyzstan and Russia reached $3.6 billion in 2024, up 4.8%, while the two countries aim to raise it to $5 billion a year. Remittances from Russia amounted to $2.5 billion last year.

The Russian delegation later visited the Kyrgyz-Russian Slavic University, which will celebrate its 32nd anniversary in September, and laid flowers at the Eternal Flame in Bishkek.

Primakov's visit precedes the meeting of the Kyrgyz-Russian intergovernmental commission scheduled for May in Moscow.

Related:
Kyrgyzstan, Russia discuss construction of Russian-language schools
""",
people=[
 dict(name_ru_nominative="Евгений Примаков", name_in_text="Yevgeny Primakov", role="руководитель Россотрудничества", forms_in_text=["Yevgeny Primakov", "Primakov"]),
 dict(name_ru_nominative="Адылбек Касымалиев", name_in_text="Adylbek Kasymaliev", role="председатель кабинета министров КР", forms_in_text=["Adylbek Kasymaliev", "Kasymaliev"]),
],
other_names=[],
figures=[
 dict(metric="university_quota_places", value=750, period=None, kind="target", quote="Russia will allocate 750 state-funded university places"),
 dict(metric="university_quota_places", value=650, period=None, kind="actual", quote="up from 650 a year earlier"),
 dict(metric="medical_quota_places", value=180, period=None, kind="target", qualifier="about", quote="About 180 of the places are reserved for medical specialities"),
 dict(metric="kyrgyz_students_in_russia_count", value=12000, period=None, kind="actual", qualifier="more than", quote="over 12,000 Kyrgyz students are currently studying at Russian universities"),
 dict(metric="trade_turnover", value=3600000000, period="2024", kind="actual", quote="Trade turnover between Kyrgyzstan and Russia reached $3.6 billion in 2024"),
 dict(metric="trade_turnover_growth_pct", value=4.8, period="2024", kind="actual", quote="up 4.8%"),
 dict(metric="trade_turnover", value=5000000000, period="annual", kind="target", quote="aim to raise it to $5 billion a year"),
 dict(metric="remittances_from_russia_usd", value=2500000000, period="2024", kind="actual", quote="Remittances from Russia amounted to $2.5 billion last year"),
],
events=[
 dict(date=None, date_partial="????-03-17", date_note="'on Monday' before Tue 18 Mar; year not stated.", what="Kasymaliev–Primakov meeting in Bishkek on education quotas", quote="said at a meeting with Chairman of the Cabinet of Ministers Adylbek Kasymaliev on Monday", type="meeting", status="past", bilateral=True),
 dict(date=None, date_partial="????-09", what="Branch of Sechenov University in Osh to admit first students", quote="which is expected to admit its first students in September", type="other", status="planned", bilateral=True),
 dict(date=None, date_partial="????-09", what="32nd anniversary of the Kyrgyz-Russian Slavic University", quote="which will celebrate its 32nd anniversary in September", type="anniversary", status="planned", bilateral=True),
 dict(date=None, date_partial="????-05", what="Meeting of the Kyrgyz-Russian intergovernmental commission in Moscow", quote="the meeting of the Kyrgyz-Russian intergovernmental commission scheduled for May in Moscow", type="igc_session", status="planned", bilateral=True),
],
))

B.append(dict(
file="14_governmentru_ru_2026_mishustin_kasymaliev_health.txt",
source="http://government.ru/news/57203/",
lang="ru", header_date="2026-03-05", date="2026-03-05", date_partial=None,
date_source="header+body",
date_note="Header date; body '5 марта 2026'. 'накануне' = 2026-03-04.",
body="""5 марта 2026
Михаил Мишустин провёл переговоры с Председателем Кабинета Министров Киргизской Республики Адылбеком Касымалиевым

Переговоры состоялись в Доме Правительства. Накануне главы правительств приняли участие в заседании Евразийского межправительственного совета.

Из стенограммы:

М.Мишустин: Уважаемый Адылбек Алешович! Рад приветствовать Вас в Москве.

Киргизия – наш стратегический партнёр и союзник. По итогам прошлого года товарооборот между нашими странами вырос почти на 9% и превысил 3,9 млрд долларов. Уверен, что поставленная президентами задача – выйти на 5 млрд долларов – вполне достижима.

Особое внимание уделяем гуманитарной сфере. В рамках российского гранта в Бишкеке завершается строительство республиканского онкологического центра на 300 коек, он будет введён в строй до конца года. Министр здравоохранения Михаил Альбертович Мурашко доложил, что российские клиники готовы принять на стажировку киргизских врачей.

Число бюджетных мест для граждан Киргизии в российских вузах в этом году будет увеличено до 800, из них 200 – по медицинским специальностям.

А.Касымалиев: Уважаемый Михаил Владимирович! Благодарю за тёплый приём.

Мы высоко ценим помощь России в сфере здравоохранения, в том числе в период пандемии, когда Россия одной из первых направила к нам врачей, тест-системы и вакцину «Спутник V».

Предлагаем до конца года провести очередное заседание межправительственной комиссии в Бишкеке. Также рассчитываем на участие Татьяны Алексеевны Голиковой в Российско-киргизском форуме по здравоохранению, который пройдёт в Оше в мае.

По итогам переговоров подписан меморандум о сотрудничестве в области подготовки медицинских кадров между Министерством здравоохранения Российской Федерации и Министерством здравоохранения Киргизской Республики.

В переговорах также приняли участие Заместитель Председателя Правительства Татьяна Голикова и Министр здравоохранения Михаил Мурашко.
""",
people=[
 dict(name_ru_nominative="Михаил Мишустин", name_in_text="Михаил Мишустин", role="председатель правительства РФ", forms_in_text=["Михаил Мишустин", "М.Мишустин", "Михаил Владимирович"]),
 dict(name_ru_nominative="Адылбек Касымалиев", name_in_text="Адылбеком Касымалиевым", role="председатель кабинета министров КР", forms_in_text=["Адылбеком Касымалиевым", "А.Касымалиев", "Адылбек Алешович"]),
 dict(name_ru_nominative="Михаил Мурашко", name_in_text="Михаил Мурашко", role="министр здравоохранения РФ", forms_in_text=["Михаил Альбертович Мурашко", "Михаил Мурашко"]),
 dict(name_ru_nominative="Татьяна Голикова", name_in_text="Татьяна Голикова", role="заместитель председателя правительства РФ", forms_in_text=["Татьяны Алексеевны Голиковой", "Татьяна Голикова"]),
],
other_names=[],
figures=[
 dict(metric="trade_turnover_growth_pct", value=9, period="2025", kind="actual", qualifier="almost", quote="По итогам прошлого года товарооборот между нашими странами вырос почти на 9%"),
 dict(metric="trade_turnover", value=3900000000, period="2025", kind="actual", qualifier="more than", quote="товарооборот между нашими странами вырос почти на 9% и превысил 3,9 млрд долларов"),
 dict(metric="trade_turnover", value=5000000000, period=None, kind="target", quote="выйти на 5 млрд долларов"),
 dict(metric="hospital_beds", value=300, period=None, kind="actual", quote="республиканского онкологического центра на 300 коек"),
 dict(metric="university_quota_places", value=800, period="2026", kind="target", quote="будет увеличено до 800"),
 dict(metric="medical_quota_places", value=200, period="2026", kind="target", quote="из них 200 – по медицинским специальностям"),
],
events=[
 dict(date="2026-03-05", what="Mishustin–Kasymaliev talks in Moscow (House of Government)", quote="Михаил Мишустин провёл переговоры с Председателем Кабинета Министров Киргизской Республики Адылбеком Касымалиевым", type="meeting", status="past", bilateral=True),
 dict(date="2026-03-04", what="Eurasian Intergovernmental Council meeting", quote="Накануне главы правительств приняли участие в заседании Евразийского межправительственного совета", type="meeting", status="past", bilateral=False),
 dict(date="2026", what="Russian-grant oncology centre (300 beds) in Bishkek to be commissioned by year end", quote="он будет введён в строй до конца года", type="other", status="ongoing", bilateral=True),
 dict(date="2026", what="Next session of the intergovernmental commission in Bishkek proposed before year end", quote="Предлагаем до конца года провести очередное заседание межправительственной комиссии в Бишкеке", type="igc_session", status="planned", bilateral=True),
 dict(date="2026-05", what="Russian-Kyrgyz healthcare forum in Osh", quote="Российско-киргизском форуме по здравоохранению, который пройдёт в Оше в мае", type="forum", status="planned", bilateral=True),
 dict(date="2026-03-05", what="Memorandum on cooperation in training medical personnel signed by the two health ministries", quote="подписан меморандум о сотрудничестве в области подготовки медицинских кадров", type="agreement", status="past", bilateral=True),
],
))
