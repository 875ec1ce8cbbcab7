# Articles 08-14 of heldout127 (written blind, 2026-12-07). Used by build.py.

A = []

# ---------------------------------------------------------------- 08
A.append(dict(
file="08_ria_ru_2018_magnitogorsk_new_year.txt",
source="https://ria.ru/20181231/1548965320.html",
header_date_line=None,
body="""Жээнбеков выразил Путину соболезнования в связи с трагедией в Магнитогорске

МОСКВА, 31 дек — РИА Новости. Президент Киргизии Сооронбай Жээнбеков направил телеграмму соболезнования российскому лидеру Владимиру Путину в связи с обрушением подъезда жилого дома в Магнитогорске, сообщает пресс-служба киргизского лидера.

"Глубоко скорблю вместе с вами в связи с гибелью людей. Прошу передать слова искреннего сочувствия и поддержки родным и близким погибших", — говорится в телеграмме.

Утром в понедельник в Магнитогорске в результате, предположительно, взрыва бытового газа обрушился подъезд десятиэтажного жилого дома. Путин прилетел на место трагедии и провел совещание с руководством региона.

В тот же день Жээнбеков направил Путину новогоднее поздравление. Киргизский лидер отметил, что уходящий год был насыщенным для двусторонних отношений: президенты неоднократно встречались, в том числе в начале декабря в Санкт-Петербурге в ходе неформального саммита СНГ.

"Уверен, что государственный визит в Кыргызстан, который мы ожидаем в 2019 году, станет важным этапом в укреплении нашего союзничества", — цитирует пресс-служба обращение Жээнбекова.

По данным Нацстаткома Киргизии, товарооборот двух стран за январь — октябрь 2018 года составил 1,6 миллиарда долларов. Объем денежных переводов трудовых мигрантов из России за девять месяцев превысил 1,8 миллиарда долларов, что составляет свыше 80% всех переводов в республику.

Новогодние поздравления Путину также направили президент Казахстана Нурсултан Назарбаев и президент Узбекистана Шавкат Мирзиёев.
""",
gold=dict(
 lang="ru", header_date="unknown", date="2018-12-31", date_partial=None,
 date_source="url", date_note="Dateline '31 дек' has no year; the year comes only from the URL (20181231). 'Утром в понедельник' = 31 Dec 2018.",
 people=[
  dict(name_ru_nominative="Сооронбай Жээнбеков", name_in_text="Жээнбеков", role="Президент Киргизии",
       forms_in_text=["Жээнбеков", "Сооронбай Жээнбеков", "Жээнбекова"]),
  dict(name_ru_nominative="Владимир Путин", name_in_text="Путину", role="Президент России",
       forms_in_text=["Путину", "Владимиру Путину", "Путин"]),
  dict(name_ru_nominative="Нурсултан Назарбаев", name_in_text="Нурсултан Назарбаев", role="Президент Казахстана",
       forms_in_text=["Нурсултан Назарбаев"]),
  dict(name_ru_nominative="Шавкат Мирзиёев", name_in_text="Шавкат Мирзиёев", role="Президент Узбекистана",
       forms_in_text=["Шавкат Мирзиёев"]),
 ],
 other_names=[],
 figures=[
  dict(metric="trade_turnover", value=1600000000, period="2018-10M", kind="actual",
       quote="товарооборот двух стран за январь — октябрь 2018 года составил 1,6 миллиарда долларов", period_text="за январь — октябрь 2018 года"),
  dict(metric="remittances_from_russia_usd", value=1800000000, period="2018-9M", kind="actual", qualifier="more than",
       quote="Объем денежных переводов трудовых мигрантов из России за девять месяцев превысил 1,8 миллиарда долларов",
       note="Distractor: remittances, not trade."),
  dict(metric="remittances_russia_share_pct", value=80, period="2018-9M", kind="actual", qualifier="more than",
       quote="свыше 80% всех переводов в республику", note="Distractor share."),
 ],
 events=[
  dict(date="2018-12-31", what="Jeenbekov's condolence telegram to Putin", quote="направил телеграмму соболезнования российскому лидеру Владимиру Путину",
       type="other", status="past", bilateral=True),
  dict(date="2018-12-31", what="Collapse of a residential building entrance in Magnitogorsk", quote="Утром в понедельник в Магнитогорске",
       type="other", status="past", bilateral=False),
  dict(date="2018-12-31", what="Jeenbekov's New Year greetings to Putin", quote="В тот же день Жээнбеков направил Путину новогоднее поздравление",
       type="other", status="past", bilateral=True),
  dict(date="2018-12", what="Jeenbekov–Putin meeting in St Petersburg during the informal CIS summit", quote="президенты неоднократно встречались, в том числе в начале декабря в Санкт-Петербурге",
       type="meeting", status="past", bilateral=True),
  dict(date="2018-12", what="Informal CIS summit in St Petersburg", quote="в ходе неформального саммита СНГ",
       type="meeting", status="past", bilateral=False),
  dict(date="2019", what="Putin's state visit to Kyrgyzstan expected in 2019", quote="государственный визит в Кыргызстан, который мы ожидаем в 2019 году",
       type="visit", status="planned", bilateral=True),
 ]),
))

# ---------------------------------------------------------------- 09
A.append(dict(
file="09_government_ru_2020_covid_call.txt",
source="http://government.ru/news/39431/",
header_date_line="2020-04-10",
body="""Телефонный разговор Михаила Мишустина с Премьер-министром Киргизии Мухаммедкалыем Абылгазиевым

10 апреля 2020

Разговор состоялся по инициативе киргизской стороны.

Обсуждались вопросы взаимодействия в противодействии распространению новой коронавирусной инфекции.

Мухаммедкалый Абылгазиев поблагодарил российскую сторону за оперативно оказанную помощь. В марте по линии Роспотребнадзора Киргизии было безвозмездно передано 10 тыс. тест-систем для диагностики коронавируса, в ближайшее время ожидается поставка ещё 20 тыс. тестов.

Премьер-министры обсудили положение граждан Киргизии, временно находящихся на территории России, в том числе трудовых мигрантов, которые не могут вернуться на родину в связи с прекращением регулярного авиасообщения. Договорились проработать возможность организации дополнительных рейсов.

Затронута также тематика обеспечения бесперебойных взаимных поставок продовольствия, лекарственных средств и товаров первой необходимости, в том числе в рамках Евразийского экономического союза. Михаил Мишустин отметил, что Россия не вводит ограничений на экспорт в Киргизию социально значимых товаров.

Стороны подтвердили договорённость о проведении очередного заседания Межправительственной комиссии по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству, когда позволит эпидемиологическая обстановка, в том числе в формате видеоконференции.

Председатель Правительства России поздравил киргизского коллегу с 75-летием Победы в Великой Отечественной войне, которое будет отмечаться 9 мая.
""",
gold=dict(
 lang="ru", header_date="10 апреля 2020", date="2020-04-10", date_partial=None,
 date_source="header", date_note="government.ru header date.",
 people=[
  dict(name_ru_nominative="Михаил Мишустин", name_in_text="Михаила Мишустина", role="Председатель Правительства России",
       forms_in_text=["Михаила Мишустина", "Михаил Мишустин"]),
  dict(name_ru_nominative="Мухаммедкалый Абылгазиев", name_in_text="Мухаммедкалыем Абылгазиевым", role="Премьер-министр Киргизии",
       forms_in_text=["Мухаммедкалыем Абылгазиевым", "Мухаммедкалый Абылгазиев"]),
 ],
 other_names=[],
 figures=[
  dict(metric="aid_test_systems_count", value=10000, period=None, period_text="В марте", kind="actual",
       quote="было безвозмездно передано 10 тыс. тест-систем", note="Aid in kind, count of tests; not money."),
  dict(metric="aid_test_systems_count", value=20000, period=None, kind="forecast",
       quote="ожидается поставка ещё 20 тыс. тестов", note="Expected further delivery."),
 ],
 events=[
  dict(date="2020-04-10", what="Mishustin–Abylgaziev telephone conversation (Kyrgyz initiative)", quote="Разговор состоялся по инициативе киргизской стороны",
       type="other", status="past", bilateral=True),
  dict(date="2020-03", what="Transfer of 10,000 COVID-19 test systems to Kyrgyzstan", quote="В марте по линии Роспотребнадзора Киргизии было безвозмездно передано 10 тыс. тест-систем",
       type="other", status="past", bilateral=True),
  dict(date=None, what="Next session of the Intergovernmental Commission, possibly by videoconference",
       quote="о проведении очередного заседания Межправительственной комиссии по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству",
       type="igc_session", status="planned", bilateral=True),
  dict(date="2020-05-09", what="75th anniversary of Victory in the Great Patriotic War", quote="с 75-летием Победы в Великой Отечественной войне, которое будет отмечаться 9 мая",
       type="anniversary", status="planned", bilateral=False),
 ]),
))

# ---------------------------------------------------------------- 10
A.append(dict(
file="10_sputnik_ru_2021_election_congrats_call.txt",
source="https://ru.sputnik.kg/20210111/putin-pozdravil-zhaparova-pobeda-1051190345.html",
header_date_line="2021-01-11",
body="""Путин позвонил Жапарову и поздравил с победой на выборах

11.01.2021, 13:05 (обновлено 11.01.2021, 15:40)

БИШКЕК, 11 янв — Sputnik. Президент России Владимир Путин в телефонном разговоре поздравил Садыра Жапарова с победой на досрочных президентских выборах в Кыргызстане, сообщает пресс-служба Кремля.

Российский лидер выразил уверенность, что деятельность нового главы государства будет способствовать дальнейшему развитию союзнических отношений двух стран.

Жапаров поблагодарил за поздравления и подтвердил, что свой первый зарубежный визит в качестве президента совершит в Россию. Стороны условились о проведении переговоров в Москве в ближайшее время, сроки визита будут согласованы по дипломатическим каналам.

Также обсуждались вопросы сотрудничества в борьбе с пандемией коронавируса, включая поставки российской вакцины "Спутник V", и положение кыргызстанских трудовых мигрантов в России.

Выборы президента прошли в воскресенье, 10 января. По предварительным данным ЦИК, Жапаров набрал 79,2 процента голосов. Одновременно прошел референдум о форме правления: за президентскую систему проголосовали более 81 процента участников.

Ранее в понедельник Жапарова поздравил исполняющий обязанности президента, спикер Жогорку Кенеша Талант Мамытов. Поздравления также направили президент Казахстана Касым-Жомарт Токаев и президент Узбекистана Шавкат Мирзиёев.

Фото: Sputnik / Табылды Кадырбеков
""",
gold=dict(
 lang="ru", header_date="11.01.2021, 13:05 (обновлено 11.01.2021, 15:40)", date="2021-01-11", date_partial=None,
 date_source="header", date_note="Header, dateline and URL agree.",
 people=[
  dict(name_ru_nominative="Владимир Путин", name_in_text="Путин", role="Президент России",
       forms_in_text=["Путин", "Владимир Путин"]),
  dict(name_ru_nominative="Садыр Жапаров", name_in_text="Жапарову", role="избранный президент Кыргызстана (победитель выборов 10 января 2021)",
       forms_in_text=["Жапарову", "Садыра Жапарова", "Жапаров", "Жапарова"],
       note="Not yet inaugurated; acting president at the time was Talant Mamytov."),
  dict(name_ru_nominative="Талант Мамытов", name_in_text="Талант Мамытов", role="исполняющий обязанности президента, спикер Жогорку Кенеша",
       forms_in_text=["Талант Мамытов"]),
  dict(name_ru_nominative="Касым-Жомарт Токаев", name_in_text="Касым-Жомарт Токаев", role="Президент Казахстана",
       forms_in_text=["Касым-Жомарт Токаев"]),
  dict(name_ru_nominative="Шавкат Мирзиёев", name_in_text="Шавкат Мирзиёев", role="Президент Узбекистана",
       forms_in_text=["Шавкат Мирзиёев"]),
 ],
 other_names=["Табылды Кадырбеков"],
 figures=[
  dict(metric="election_vote_share_pct", value=79.2, period=None, kind="actual", quote="Жапаров набрал 79,2 процента голосов",
       note="Distractor: domestic election result."),
  dict(metric="referendum_vote_share_pct", value=81, period=None, kind="actual", qualifier="more than",
       quote="проголосовали более 81 процента участников", note="Distractor."),
 ],
 events=[
  dict(date="2021-01-11", what="Putin–Japarov telephone call: congratulations on election win", quote="в телефонном разговоре поздравил Садыра Жапарова с победой",
       type="other", status="past", bilateral=True),
  dict(date="2021-01-10", what="Early presidential election in Kyrgyzstan", quote="Выборы президента прошли в воскресенье, 10 января",
       type="other", status="past", bilateral=False),
  dict(date="2021-01-10", what="Referendum on the form of government", quote="Одновременно прошел референдум о форме правления",
       type="other", status="past", bilateral=False),
  dict(date=None, what="Japarov's first foreign visit as president, to Russia; talks in Moscow", quote="свой первый зарубежный визит в качестве президента совершит в Россию",
       type="visit", status="planned", bilateral=True, date_note="'в ближайшее время'; dates to be agreed."),
 ]),
))

# ---------------------------------------------------------------- 11
A.append(dict(
file="11_24kg_en_2021_video_talks.txt",
source="https://24.kg/english/198713_Ulukbek_Maripov_and_Mikhail_Mishustin_hold_talks_via_video_link/",
header_date_line="2021-06-17",
body="""Ulukbek Maripov and Mikhail Mishustin hold talks via video link

12:38, 17 June 2021

BISHKEK. Chairman of the Cabinet of Ministers of Kyrgyzstan Ulukbek Maripov held talks with Prime Minister of Russia Mikhail Mishustin via videoconference on Wednesday. Press service of the Cabinet reported.

The parties discussed implementation of the agreements reached during the visit of President Sadyr Japarov to Moscow on February 24, cooperation in the fight against coronavirus, labor migration and industrial cooperation.

Ulukbek Maripov noted that trade between the two countries amounted to $1.73 billion in 2020, down 16.5 percent due to the pandemic, but the trend had reversed: in January-April 2021, turnover grew by 25 percent. "Russia remains our key trade and investment partner," he stressed.

Mikhail Mishustin said that Russia would continue supplies of Sputnik V vaccine. Kyrgyzstan has received about 60,000 doses so far.

Deputy Prime Minister of Russia Alexei Overchuk, who also took part in the talks, proposed holding the next meeting of the intergovernmental commission in Bishkek in the fall.

According to the National Statistical Committee, Kyrgyzstan's total foreign trade in 2020 amounted to $5.7 billion. China and Kazakhstan are the country's other main trading partners.

Earlier, on June 10, Ulukbek Maripov held a phone conversation with Prime Minister of Kazakhstan Askar Mamin.

Author: Elvira Dzhumalieva
""",
gold=dict(
 lang="en", header_date="12:38, 17 June 2021", date="2021-06-17", date_partial=None,
 date_source="header", date_note="'on Wednesday' = 16 June 2021 (the day before publication).",
 people=[
  dict(name_ru_nominative="Улукбек Марипов", name_in_text="Ulukbek Maripov", role="Chairman of the Cabinet of Ministers of Kyrgyzstan",
       forms_in_text=["Ulukbek Maripov"]),
  dict(name_ru_nominative="Михаил Мишустин", name_in_text="Mikhail Mishustin", role="Prime Minister of Russia",
       forms_in_text=["Mikhail Mishustin"]),
  dict(name_ru_nominative="Садыр Жапаров", name_in_text="Sadyr Japarov", role="President of Kyrgyzstan",
       forms_in_text=["Sadyr Japarov"]),
  dict(name_ru_nominative="Алексей Оверчук", name_in_text="Alexei Overchuk", role="Deputy Prime Minister of Russia",
       forms_in_text=["Alexei Overchuk"]),
  dict(name_ru_nominative="Аскар Мамин", name_in_text="Askar Mamin", role="Prime Minister of Kazakhstan",
       forms_in_text=["Askar Mamin"]),
 ],
 other_names=["Elvira Dzhumalieva"],
 figures=[
  dict(metric="trade_turnover", value=1730000000, period="2020", kind="actual", quote="trade between the two countries amounted to $1.73 billion in 2020"),
  dict(metric="trade_turnover_growth_pct", value=-16.5, period="2020", kind="actual", quote="down 16.5 percent due to the pandemic",
       note="A decline, recorded as a negative growth rate."),
  dict(metric="trade_turnover_growth_pct", value=25, period="2021-4M", kind="actual", quote="in January-April 2021, turnover grew by 25 percent"),
  dict(metric="vaccine_doses_received", value=60000, period=None, kind="actual", qualifier="about",
       quote="Kyrgyzstan has received about 60,000 doses so far", note="Distractor (vaccine doses)."),
  dict(metric="kg_total_foreign_trade_usd", value=5700000000, period="2020", kind="actual",
       quote="Kyrgyzstan's total foreign trade in 2020 amounted to $5.7 billion", note="Distractor: total foreign trade, not bilateral."),
 ],
 events=[
  dict(date="2021-06-16", what="Maripov–Mishustin talks via videoconference", quote="held talks with Prime Minister of Russia Mikhail Mishustin via videoconference on Wednesday",
       type="meeting", status="past", bilateral=True),
  dict(date="2021-02-24", what="Japarov's visit to Moscow", quote="the visit of President Sadyr Japarov to Moscow on February 24",
       type="visit", status="past", bilateral=True),
  dict(date="2021", what="Next intergovernmental commission meeting in Bishkek in the fall (proposed)", quote="the next meeting of the intergovernmental commission in Bishkek in the fall",
       type="igc_session", status="planned", bilateral=True, date_note="'in the fall' of 2021."),
  dict(date="2021-06-10", what="Maripov's phone call with Kazakh PM Mamin (Kyrgyz–Kazakh)", quote="on June 10, Ulukbek Maripov held a phone conversation with Prime Minister of Kazakhstan Askar Mamin",
       type="other", status="past", bilateral=False, date_note="Not Kyrgyz–Russian."),
 ]),
))

# ---------------------------------------------------------------- 12
A.append(dict(
file="12_presidentkg_ru_2023_russia_day_message.txt",
source="https://www.president.kg/ru/sobytiya/27356_prezident_sadir_ghaparov_pozdravil_prezidenta_rossii_vladimira_putina_s_dnem_rossii",
header_date_line="2023-06-12",
body="""Президент Садыр Жапаров поздравил Президента России Владимира Путина с Днем России

12.06.2023 09:30

Президент Кыргызской Республики Садыр Жапаров направил поздравительное послание Президенту Российской Федерации Владимиру Путину по случаю национального праздника – Дня России.

«Уважаемый Владимир Владимирович! Кыргызстан высоко ценит отношения стратегического партнерства и союзничества с Российской Федерацией, основанные на многовековых традициях дружбы и добрососедства», – говорится в послании.

Глава государства особо отметил встречу с Владимиром Путиным в Москве 9 мая в ходе торжественных мероприятий по случаю 78-й годовщины Победы в Великой Отечественной войне, а также плодотворную работу на заседании Высшего Евразийского экономического совета 25 мая.

«По итогам прошлого года товарооборот между нашими странами вырос почти на 40 процентов и превысил 3,5 миллиарда долларов. Уверен, что совместными усилиями мы сможем в ближайшие годы довести этот показатель до 5 миллиардов долларов», – подчеркнул Садыр Жапаров.

Президент выразил надежду на встречу с российским коллегой осенью в Бишкеке, где пройдет заседание Совета глав государств СНГ.

В тот же день Председатель Кабинета Министров Акылбек Жапаров направил поздравление Председателю Правительства Российской Федерации Михаилу Мишустину, а министр иностранных дел Жээнбек Кулубаев – министру иностранных дел России Сергею Лаврову.

Отдел информационной политики Администрации Президента Кыргызской Республики
""",
gold=dict(
 lang="ru", header_date="12.06.2023 09:30", date="2023-06-12", date_partial=None,
 date_source="header", date_note="president.kg header date.",
 people=[
  dict(name_ru_nominative="Садыр Жапаров", name_in_text="Садыр Жапаров", role="Президент Кыргызской Республики",
       forms_in_text=["Садыр Жапаров"]),
  dict(name_ru_nominative="Владимир Путин", name_in_text="Владимира Путина", role="Президент Российской Федерации",
       forms_in_text=["Владимира Путина", "Владимиру Путину", "Владимир Владимирович", "Владимиром Путиным"]),
  dict(name_ru_nominative="Акылбек Жапаров", name_in_text="Акылбек Жапаров", role="Председатель Кабинета Министров Кыргызской Республики",
       forms_in_text=["Акылбек Жапаров"], note="Different person from President Sadyr Japarov (same surname)."),
  dict(name_ru_nominative="Михаил Мишустин", name_in_text="Михаилу Мишустину", role="Председатель Правительства РФ",
       forms_in_text=["Михаилу Мишустину"]),
  dict(name_ru_nominative="Жээнбек Кулубаев", name_in_text="Жээнбек Кулубаев", role="министр иностранных дел Кыргызской Республики",
       forms_in_text=["Жээнбек Кулубаев"]),
  dict(name_ru_nominative="Сергей Лавров", name_in_text="Сергею Лаврову", role="министр иностранных дел России",
       forms_in_text=["Сергею Лаврову"]),
 ],
 other_names=[],
 figures=[
  dict(metric="trade_turnover_growth_pct", value=40, period="2022", kind="actual", qualifier="almost",
       quote="товарооборот между нашими странами вырос почти на 40 процентов", period_text="По итогам прошлого года"),
  dict(metric="trade_turnover", value=3500000000, period="2022", kind="actual", qualifier="more than",
       quote="превысил 3,5 миллиарда долларов", period_text="По итогам прошлого года"),
  dict(metric="trade_turnover", value=5000000000, period=None, kind="target",
       quote="довести этот показатель до 5 миллиардов долларов", period_text="в ближайшие годы", note="Target, no fixed year."),
 ],
 events=[
  dict(date="2023-06-12", what="Japarov's Russia Day congratulatory message to Putin", quote="направил поздравительное послание Президенту Российской Федерации Владимиру Путину",
       type="other", status="past", bilateral=True),
  dict(date="2023-05-09", what="Japarov–Putin meeting in Moscow during Victory Day events", quote="встречу с Владимиром Путиным в Москве 9 мая",
       type="meeting", status="past", bilateral=True),
  dict(date="2023-05-09", what="78th anniversary of Victory in the Great Patriotic War (celebrations in Moscow)", quote="78-й годовщины Победы в Великой Отечественной войне",
       type="anniversary", status="past", bilateral=False),
  dict(date="2023-05-25", what="Session of the Supreme Eurasian Economic Council", quote="заседании Высшего Евразийского экономического совета 25 мая",
       type="meeting", status="past", bilateral=False),
  dict(date="2023", what="Hoped-for Japarov–Putin meeting in Bishkek in autumn", quote="надежду на встречу с российским коллегой осенью в Бишкеке",
       type="meeting", status="planned", bilateral=True, date_note="'осенью' 2023."),
  dict(date="2023", what="CIS Council of Heads of State in Bishkek in autumn", quote="где пройдет заседание Совета глав государств СНГ",
       type="meeting", status="planned", bilateral=False, date_note="'осенью' 2023."),
  dict(date="2023-06-12", what="Congratulations from Chairman of the Cabinet Akylbek Japarov to Mishustin and from FM Kulubaev to Lavrov",
       quote="В тот же день Председатель Кабинета Министров Акылбек Жапаров направил поздравление", type="other", status="past", bilateral=True),
 ]),
))

# ---------------------------------------------------------------- 13
A.append(dict(
file="13_interfax_ru_2024_crocus_condolences.txt",
source="https://www.interfax.ru/world/952790",
header_date_line="2024-03-23",
body="""Глава МИД Киргизии выразил Лаврову соболезнования в связи с терактом в "Крокус Сити Холле"

23 марта 2024 15:12

Москва. 23 марта. INTERFAX.RU - Министр иностранных дел Киргизии Жээнбек Кулубаев в субботу провел телефонный разговор с главой МИД РФ Сергеем Лавровым, в ходе которого выразил глубокие соболезнования в связи с терактом в подмосковном Красногорске, сообщили в МИД республики.

"Киргизская сторона решительно осуждает это чудовищное преступление и выражает солидарность с народом России", - говорится в сообщении ведомства. Кулубаев также заверил, что киргизские власти готовы оказать содействие российским правоохранительным органам в расследовании.

Лавров поблагодарил за поддержку. Министры договорились продолжить контакты "на полях предстоящих мероприятий СНГ и ОДКБ".

Ранее в субботу президент Киргизии Садыр Жапаров направил телеграмму соболезнования Владимиру Путину. Президент также поручил усилить меры безопасности в местах массового пребывания людей.

Напомним, 18 марта Жапаров в телефонном разговоре одним из первых поздравил Путина с победой на президентских выборах, прошедших 15-17 марта. По данным ЦИК РФ, действующий глава государства набрал 87,28% голосов.

Вечером в пятницу вооруженные люди открыли стрельбу в концертном зале "Крокус Сити Холл" перед началом концерта, после чего в здании начался пожар. По последним данным СК РФ, погибли 133 человека. В России 24 марта объявлено днем общенационального траура.

Официальный представитель МИД России Мария Захарова ранее сообщила, что соболезнования в связи с трагедией направили лидеры и министры иностранных дел большинства стран СНГ.
""",
gold=dict(
 lang="ru", header_date="23 марта 2024 15:12", date="2024-03-23", date_partial=None,
 date_source="header", date_note="Header; 'в субботу' = 23 March 2024; 'в пятницу' = 22 March 2024.",
 people=[
  dict(name_ru_nominative="Жээнбек Кулубаев", name_in_text="Жээнбек Кулубаев", role="министр иностранных дел Киргизии",
       forms_in_text=["Жээнбек Кулубаев", "Кулубаев"]),
  dict(name_ru_nominative="Сергей Лавров", name_in_text="Лаврову", role="министр иностранных дел России",
       forms_in_text=["Лаврову", "Сергеем Лавровым", "Лавров"]),
  dict(name_ru_nominative="Садыр Жапаров", name_in_text="Садыр Жапаров", role="Президент Киргизии",
       forms_in_text=["Садыр Жапаров", "Жапаров"]),
  dict(name_ru_nominative="Владимир Путин", name_in_text="Владимиру Путину", role="Президент России",
       forms_in_text=["Владимиру Путину", "Путина"]),
  dict(name_ru_nominative="Мария Захарова", name_in_text="Мария Захарова", role="официальный представитель МИД России",
       forms_in_text=["Мария Захарова"]),
 ],
 other_names=[],
 figures=[
  dict(metric="election_vote_share_pct", value=87.28, period=None, kind="actual", quote="действующий глава государства набрал 87,28% голосов",
       note="Distractor: Russian election result."),
  dict(metric="death_toll", value=133, period=None, kind="actual", quote="погибли 133 человека", note="Distractor."),
 ],
 events=[
  dict(date="2024-03-23", what="Kulubaev–Lavrov telephone call, condolences", quote="в субботу провел телефонный разговор с главой МИД РФ Сергеем Лавровым",
       type="other", status="past", bilateral=True),
  dict(date="2024-03-22", what="Terrorist attack at Crocus City Hall, Krasnogorsk", quote="Вечером в пятницу вооруженные люди открыли стрельбу в концертном зале",
       type="other", status="past", bilateral=False),
  dict(date="2024-03-23", what="Japarov's condolence telegram to Putin", quote="Ранее в субботу президент Киргизии Садыр Жапаров направил телеграмму соболезнования",
       type="other", status="past", bilateral=True),
  dict(date="2024-03-18", what="Japarov–Putin phone call: congratulations on re-election", quote="18 марта Жапаров в телефонном разговоре одним из первых поздравил Путина",
       type="other", status="past", bilateral=True),
  dict(date="2024-03", what="Russian presidential election", quote="президентских выборах, прошедших 15-17 марта",
       type="other", status="past", bilateral=False, date_note="Held over three days, 15-17 March 2024."),
  dict(date="2024-03-24", what="National day of mourning in Russia", quote="В России 24 марта объявлено днем общенационального траура",
       type="other", status="planned", bilateral=False),
  dict(date=None, what="Further Kulubaev–Lavrov contacts on the sidelines of upcoming CIS and CSTO events", quote="Министры договорились продолжить контакты",
       type="meeting", status="planned", bilateral=True),
 ]),
))

# ---------------------------------------------------------------- 14
A.append(dict(
file="14_akipress_en_2025_victory80_call.txt",
source="https://akipress.com/news:781204:Japarov,_Putin_discuss_80th_Victory_anniversary_by_phone/",
header_date_line=None,
body="""Japarov, Putin discuss 80th Victory anniversary by phone

AKIpress news agency - President Sadyr Japarov and Russian President Vladimir Putin held a telephone conversation on Monday, April 14, the presidential press service said.

The conversation was initiated by the Russian side. Vladimir Putin invited Sadyr Japarov to take part in the celebrations of the 80th anniversary of Victory in the Great Patriotic War in Moscow on May 9. The Kyrgyz leader accepted the invitation and confirmed that a ceremonial unit of the Kyrgyz Armed Forces would march in the parade on Red Square.

The presidents reviewed progress on the agreements reached during Putin's state visit to Kyrgyzstan last November, including projects in energy, education and the construction of Russian-language schools.

Japarov noted that trade turnover between Kyrgyzstan and Russia reached $3.9 billion in 2024. According to Russian customs statistics, bilateral trade amounted to $4.3 billion last year.

The leaders also discussed the agenda of the Supreme Eurasian Economic Council meeting to be held in Minsk in late June.

Separately, Japarov informed Putin about the border treaty with Tajikistan signed in March, which ended decades of disputes over the Kyrgyz-Tajik border.

It was agreed to hold a bilateral meeting on the sidelines of the Victory Day events in Moscow.

Photo: press service of the President of Kyrgyzstan

Read also: Kyrgyzstan's trade with Kazakhstan totals $2.1 billion in 2024
""",
gold=dict(
 lang="en", header_date="unknown", date="2025-04-14", date_partial=None,
 date_source="inferred_year", date_note="No page header date; body gives 'Monday, April 14' and the 80th Victory anniversary / 'in 2024 ... last year' fix the year as 2025 (14 April 2025 was a Monday).",
 people=[
  dict(name_ru_nominative="Садыр Жапаров", name_in_text="Japarov", role="President of Kyrgyzstan",
       forms_in_text=["Japarov", "Sadyr Japarov"]),
  dict(name_ru_nominative="Владимир Путин", name_in_text="Putin", role="President of Russia",
       forms_in_text=["Putin", "Vladimir Putin"]),
 ],
 other_names=[],
 figures=[
  dict(metric="trade_turnover", value=3900000000, period="2024", kind="actual",
       quote="trade turnover between Kyrgyzstan and Russia reached $3.9 billion in 2024", note="Figure cited by Japarov (Kyrgyz side)."),
  dict(metric="trade_turnover", value=4300000000, period="2024", kind="actual",
       quote="bilateral trade amounted to $4.3 billion last year", period_text="last year",
       note="Russian customs figure for the same year; sources disagree (3.9 vs 4.3)."),
  dict(metric="kg_kz_trade_turnover_usd", value=2100000000, period="2024", kind="actual",
       quote="Kyrgyzstan's trade with Kazakhstan totals $2.1 billion in 2024", note="Distractor in a related-links line."),
 ],
 events=[
  dict(date="2025-04-14", what="Japarov–Putin telephone conversation (Russian initiative)", quote="held a telephone conversation on Monday, April 14",
       type="other", status="past", bilateral=True),
  dict(date="2025-05-09", what="Celebrations of the 80th anniversary of Victory in Moscow; Japarov invited and accepted", quote="the celebrations of the 80th anniversary of Victory in the Great Patriotic War in Moscow on May 9",
       type="anniversary", status="planned", bilateral=False),
  dict(date="2024-11", what="Putin's state visit to Kyrgyzstan", quote="Putin's state visit to Kyrgyzstan last November",
       type="visit", status="past", bilateral=True),
  dict(date="2025-06", what="Supreme Eurasian Economic Council meeting in Minsk", quote="the Supreme Eurasian Economic Council meeting to be held in Minsk in late June",
       type="meeting", status="planned", bilateral=False),
  dict(date="2025-03", what="Kyrgyz-Tajik border treaty signed", quote="the border treaty with Tajikistan signed in March",
       type="agreement", status="past", bilateral=False),
  dict(date="2025-05-09", what="Planned Japarov–Putin bilateral meeting on the sidelines of Victory Day events", quote="It was agreed to hold a bilateral meeting on the sidelines of the Victory Day events in Moscow",
       type="meeting", status="planned", bilateral=True),
 ]),
))
