# Articles 08-14 of heldout130 with their gold records (written by hand).
from data_a import P, F, E

ARTICLES = []

# ---------------------------------------------------------------- 08
ARTICLES.append(dict(
    file="08_24kg_en_2018_dietrich_airports.txt",
    source="https://24.kg/english/98765_Russia_interested_in_modernizing_Kyrgyz_airports/",
    header_date=None,
    body="""Russia interested in modernizing Kyrgyz airports

17:05, 23 October 2018
BISHKEK - 24.kg news agency, Nurzhan Asanova

Prime Minister of Kyrgyzstan Mukhammedkalyi Abylgaziev met today with the Minister of Transport of Russia Yevgeny Dietrich, who is in Bishkek on a working visit. The press service of the Government reported.

The parties discussed the increase in the number of flights, the modernization of Manas and Osh airports, and the road and rail projects connecting the two countries through Kazakhstan.

According to Mukhammedkalyi Abylgaziev, Russia remains the key partner of Kyrgyzstan. Trade turnover between the countries in January-August 2018 amounted to $1.2 billion, he said.

Yevgeny Dietrich noted that Russian investors are ready to take part in the construction of a new passenger terminal at Manas International Airport if the Kyrgyz side offers clear terms. He also said that more than 1.7 million passengers were carried between Russia and Kyrgyzstan last year, and about 170 flights a week are operated now.

The Minister of Transport and Roads of Kyrgyzstan and Yevgeny Dietrich also signed a memorandum on cooperation in road transport safety.

The next meeting of the intergovernmental commission will be held in Moscow in December. The parties also discussed the preparation for the state visit of Russian President Vladimir Putin to Kyrgyzstan, expected next year.

Earlier, President Sooronbay Jeenbekov discussed regional transport projects with the leaders of the CIS countries at the summit in Dushanbe on September 28.

The Kyrgyz Government earlier said that it plans to attract about $100 million for the reconstruction of the runway of Osh airport, including a loan from the Asian Development Bank.

Related: Passenger traffic at Manas airport grows by 9 percent
""",
    gold=dict(
        lang="en", header_date="17:05, 23 October 2018", date="2018-10-23", date_source="byline",
        date_note="Time/date line above the byline; 'today' = 2018-10-23.",
        people=[
            P("Мухаммедкалый Абылгазиев", "Mukhammedkalyi Abylgaziev", "Prime Minister of Kyrgyzstan", ["Mukhammedkalyi Abylgaziev"]),
            P("Евгений Дитрих", "Yevgeny Dietrich", "Minister of Transport of Russia", ["Yevgeny Dietrich"]),
            P("Владимир Путин", "Vladimir Putin", "President of Russia", ["Vladimir Putin"]),
            P("Сооронбай Жээнбеков", "Sooronbay Jeenbekov", "President of Kyrgyzstan", ["Sooronbay Jeenbekov"]),
        ],
        other_names=["Nurzhan Asanova"],
        figures=[
            F("trade_turnover", 1200000000, "2018-8M", "actual", "Trade turnover between the countries in January-August 2018 amounted to $1.2 billion", period_text="January-August 2018", note="cited by PM Abylgaziev"),
            F("air_passengers_ru_kg", 1700000, "2017", "actual", "more than 1.7 million passengers were carried between Russia and Kyrgyzstan last year", qualifier="more than", period_text="last year"),
            F("flights_per_week_ru_kg", 170, None, "actual", "about 170 flights a week are operated now", qualifier="about"),
            F("osh_runway_investment_usd", 100000000, None, "target", "about $100 million for the reconstruction of the runway of Osh airport", qualifier="about", note="planned funding incl. ADB loan; distractor"),
        ],
        events=[
            E("2018-10-23", "PM Abylgaziev meets Russian transport minister Dietrich in Bishkek", "Mukhammedkalyi Abylgaziev met today with the Minister of Transport of Russia Yevgeny Dietrich", "meeting", "past", True),
            E("2018-10-23", "Dietrich's working visit to Bishkek", "who is in Bishkek on a working visit", "visit", "ongoing", True),
            E("2018-10-23", "Memorandum on road transport safety signed by the transport ministers", "signed a memorandum on cooperation in road transport safety", "agreement", "past", True, date_note="same visit; day assumed"),
            E("2018-12", "Next intergovernmental commission meeting in Moscow", "The next meeting of the intergovernmental commission will be held in Moscow in December", "igc_session", "planned", True),
            E("2019", "State visit of Vladimir Putin to Kyrgyzstan expected next year", "the state visit of Russian President Vladimir Putin to Kyrgyzstan, expected next year", "visit", "planned", True),
            E("2018-09-28", "CIS summit in Dushanbe", "at the summit in Dushanbe on September 28", "other", "past", False, date_note="multilateral"),
        ],
    ),
))

# ---------------------------------------------------------------- 09
ARTICLES.append(dict(
    file="09_kaktus_ru_2020_flights_resume.txt",
    source="https://kaktus.media/doc/421234_rossiia_vozobnovit_aviasoobshenie_s_kyrgyzstanom.html",
    header_date=None,
    body="""Россия возобновит авиасообщение с Кыргызстаном. Но рейсов будет очень мало

Оперативный штаб по борьбе с коронавирусом в России сегодня, 18 сентября 2020 года, объявил о возобновлении регулярного авиасообщения с Кыргызстаном, Казахстаном и Беларусью.

Рейсы в Бишкек начнутся с 21 сентября. Пока разрешено летать только из Москвы и только один раз в неделю. На взаимной основе такое же количество рейсов смогут выполнять и кыргызстанские авиакомпании. С 27 сентября возобновятся полеты в Сеул.

Для въезда в Россию иностранцам по-прежнему нужна справка об отрицательном ПЦР-тесте, сделанном не ранее чем за 72 часа до прибытия. Вывозные рейсы с 21 сентября прекращаются.

Регулярное авиасообщение между странами было прекращено в конце марта. С тех пор граждан вывозили только чартерными и вывозными рейсами. По данным МИД КР, около 2 тыс. кыргызстанцев все еще ждут возможности вернуться домой из разных городов России.

Вопрос возобновления полетов ранее обсуждали по телефону министр иностранных дел Кыргызстана Чингиз Айдарбеков и глава МИД России Сергей Лавров. Премьер-министр Кубатбек Боронов называл Россию, Турцию и ОАЭ приоритетными направлениями для возобновления рейсов. С Турцией и ОАЭ сообщение восстановлено с 10 августа.

Напомним, до пандемии между Кыргызстаном и Россией выполнялось более 200 рейсов в неделю, а по итогам 2019 года пассажиропоток между странами превысил 3 млн человек.

Кыргызстанские перевозчики уже заявили о готовности открыть продажу билетов. Стоимость билета в одну сторону в первые недели, по предварительным данным, составит от 25 до 35 тысяч сомов.

Напомним, 4 октября в Кыргызстане пройдут выборы в Жогорку Кенеш.

Фото иллюстративное. Источник: Kaktus.media
""",
    gold=dict(
        lang="ru", header_date="unknown", date="2020-09-18", date_source="body",
        date_note="'сегодня, 18 сентября 2020 года' in the lead; no date header, URL without date.",
        people=[
            P("Чингиз Айдарбеков", "Чингиз Айдарбеков", "министр иностранных дел Кыргызстана", ["Чингиз Айдарбеков"]),
            P("Сергей Лавров", "Сергей Лавров", "министр иностранных дел России", ["Сергей Лавров"]),
            P("Кубатбек Боронов", "Кубатбек Боронов", "премьер-министр Кыргызстана", ["Кубатбек Боронов"]),
        ],
        other_names=[],
        figures=[
            F("flights_per_week_moscow_bishkek", 1, None, "target", "только один раз в неделю"),
            F("kg_citizens_stranded_in_russia", 2000, None, "actual", "около 2 тыс. кыргызстанцев", qualifier="about", note="distractor"),
            F("flights_per_week_ru_kg_prepandemic", 200, None, "actual", "более 200 рейсов в неделю", qualifier="more than", period_text="до пандемии"),
            F("air_passengers_ru_kg", 3000000, "2019", "actual", "по итогам 2019 года пассажиропоток между странами превысил 3 млн человек", qualifier="more than"),
            F("ticket_price_kgs", 25000, None, "forecast", "от 25 до 35 тысяч сомов", note="range 25,000-35,000 KGS; distractor"),
        ],
        events=[
            E("2020-09-18", "Russian operational HQ announces resumption of regular flights with Kyrgyzstan (also Kazakhstan, Belarus)", "объявил о возобновлении регулярного авиасообщения с Кыргызстаном, Казахстаном и Беларусью", "other", "past", True),
            E("2020-09-21", "Flights to Bishkek resume", "Рейсы в Бишкек начнутся с 21 сентября", "other", "planned", True),
            E("2020-09-27", "Flights to Seoul resume", "С 27 сентября возобновятся полеты в Сеул", "other", "planned", False, date_note="Russia-South Korea, distractor"),
            E("2020-09-21", "Russia ends repatriation (export) flights", "Вывозные рейсы с 21 сентября прекращаются", "other", "planned", False, date_note="Russian general measure, not specific to Kyrgyzstan"),
            E("2020-03", "Regular flights suspended at the end of March", "Регулярное авиасообщение между странами было прекращено в конце марта", "other", "past", True),
            E(None, "Phone call of foreign ministers Aidarbekov and Lavrov on resuming flights", "ранее обсуждали по телефону министр иностранных дел Кыргызстана Чингиз Айдарбеков и глава МИД России Сергей Лавров", "other", "past", True, date_note="'ранее', no date; phone call"),
            E("2020-08-10", "Kyrgyzstan resumed flights with Turkey and the UAE", "С Турцией и ОАЭ сообщение восстановлено с 10 августа", "other", "past", False, date_note="not Kyrgyz-Russian"),
            E("2020-10-04", "Parliamentary (Jogorku Kenesh) elections in Kyrgyzstan", "4 октября в Кыргызстане пройдут выборы в Жогорку Кенеш", "other", "planned", False, date_note="domestic"),
        ],
    ),
))

# ---------------------------------------------------------------- 10
ARTICLES.append(dict(
    file="10_ator_ru_2021_issykkul_charters.txt",
    source="https://www.atorus.ru/news/press-centre/new/55555.html",
    date_hdr="2021-06-02",
    body="""Иссык-Куль возвращается в летнюю программу: первые чартеры из Сибири полетят в июне

Дата публикации: 02.06.2021

Туроператоры начали продажи летних туров на Иссык-Куль: первые чартерные рейсы из Новосибирска и Красноярска в аэропорт "Тамчы" запланированы на 19 июня. Программа рассчитана до конца августа, частота - до 4 рейсов в неделю.

Как сообщили АТОР в одном из сибирских туроператоров, спрос на Киргизию этим летом примерно на 40% выше, чем в 2019 году, - сказывается ограниченный выбор зарубежных направлений. Средняя стоимость недельного тура с перелетом и питанием составляет 45-60 тыс. рублей на человека.

Для въезда в Киргизию россиянам достаточно внутреннего паспорта. Туристы должны иметь отрицательный ПЦР-тест, сделанный не ранее чем за 72 часа до прибытия. Регистрироваться по месту пребывания в течение 30 дней не требуется.

Напомним, Россия возобновила регулярное авиасообщение с Киргизией в сентябре 2020 года. Глава Ростуризма Зарина Догузова ранее называла страны ЕАЭС "естественным направлением" для российских туристов на время пандемии.

Президент Киргизии Садыр Жапаров в мае поручил правительству подготовить курортную зону Иссык-Куля к приему туристов, в том числе усилить санитарный контроль в пансионатах.

По данным Нацстаткома Киргизии, в 2019 году республику посетили около 1,5 млн граждан России, однако в 2020 году поток сократился в несколько раз.

Обратный поток также восстанавливается: жители Киргизии вновь бронируют поездки на российские курорты - в Сочи, Анапу и на Алтай. По оценкам АТОР, в 2021 году их число может достигнуть 60 тысяч.

Отметим, что ограничения на полеты из России в Турцию, действующие с 15 апреля, продлены до 21 июня, что, по мнению участников рынка, также подогревает интерес к направлениям в Центральной Азии.

АТОР
""",
    gold=dict(
        lang="ru", header_date="02.06.2021", date="2021-06-02", date_source="header",
        date_note="'Дата публикации: 02.06.2021' on the page.",
        people=[
            P("Зарина Догузова", "Зарина Догузова", "глава Ростуризма", ["Зарина Догузова"]),
            P("Садыр Жапаров", "Садыр Жапаров", "президент Киргизии", ["Садыр Жапаров"]),
        ],
        other_names=[],
        figures=[
            F("charter_flights_per_week_tamchy", 4, "2021", "target", "до 4 рейсов в неделю", qualifier="up to"),
            F("demand_growth_vs_2019_pct", 40, "2021", "forecast", "примерно на 40% выше, чем в 2019 году", qualifier="about"),
            F("tour_price_rub", 45000, "2021", "actual", "45-60 тыс. рублей на человека", note="range 45,000-60,000 RUB; distractor"),
            F("russian_visitors_to_kg", 1500000, "2019", "actual", "в 2019 году республику посетили около 1,5 млн граждан России", qualifier="about"),
            F("kg_tourists_to_russian_resorts", 60000, "2021", "forecast", "в 2021 году их число может достигнуть 60 тысяч"),
        ],
        events=[
            E("2021-06-19", "First charter flights from Siberia to Tamchy (Issyk-Kul)", "запланированы на 19 июня", "other", "planned", True),
            E("2020-09", "Russia resumed regular flights with Kyrgyzstan", "Россия возобновила регулярное авиасообщение с Киргизией в сентябре 2020 года", "other", "past", True),
            E("2021-05", "President Japarov orders the government to prepare Issyk-Kul resorts", "Президент Киргизии Садыр Жапаров в мае поручил правительству подготовить курортную зону Иссык-Куля", "other", "past", False, date_note="domestic"),
            E("2021-04-15", "Russian restrictions on flights to Turkey in force since April 15", "ограничения на полеты из России в Турцию, действующие с 15 апреля", "other", "past", False, date_note="Russia-Turkey, distractor"),
            E("2021-06-21", "Restrictions on flights to Turkey extended until June 21", "продлены до 21 июня", "other", "planned", False, date_note="end of the restriction; Russia-Turkey, distractor"),
        ],
    ),
))

# ---------------------------------------------------------------- 11
ARTICLES.append(dict(
    file="11_aex_ru_2022_avia_traffic_routes.txt",
    source="https://www.aex.ru/news/2022/4/14/240123/",
    header_date=None,
    body="""Avia Traffic Company и Air Manas открывают новые рейсы из Оша в Россию

Киргизская авиакомпания Avia Traffic Company с 20 апреля начинает выполнять рейсы по маршруту Ош - Красноярск, а с 1 мая - Бишкек - Казань. Полеты будут выполняться на самолетах Airbus A320 три раза в неделю по каждому направлению, сообщил перевозчик.

Air Manas, в свою очередь, в прошлую пятницу получила допуск Росавиации на полеты из Оша в московский аэропорт Жуковский. Первый рейс запланирован на конец апреля.

Киргизские перевозчики наращивают присутствие на российском рынке после того, как ряд иностранных авиакомпаний приостановил полеты в Россию. По данным Агентства гражданской авиации КР, в первом квартале 2022 года пассажиропоток между Киргизией и Россией вырос на 27% в годовом исчислении и составил около 640 тыс. человек.

Глава Росавиации Александр Нерадько на совещании с перевозчиками стран ЕАЭС отметил, что ведомство оперативно рассматривает заявки на новые международные маршруты. "Мы заинтересованы в том, чтобы спрос на перевозки в страны СНГ был обеспечен", - сказал Нерадько.

Российские авиакомпании также расширяют программу: "Аэрофлот" увеличивает частоту рейсов Москва - Бишкек до двух в день, "Победа" с июня планирует запустить рейсы Москва - Ош.

Напомним, с 24 февраля закрыты для полетов 11 аэропортов юга и центральной части России, что вынуждает перевозчиков менять маршруты и время полета в Центральную Азию.

Кроме того, в марте ряд лизингодателей потребовал возврата воздушных судов, находящихся в эксплуатации у российских авиакомпаний.

Фото: Avia Traffic Company
""",
    gold=dict(
        lang="ru", header_date="unknown", date="2022-04-14", date_source="url",
        date_note="The date appears only in the URL (aex.ru/news/2022/4/14/...). 'в прошлую пятницу' = 2022-04-08.",
        people=[
            P("Александр Нерадько", "Александр Нерадько", "глава Росавиации", ["Александр Нерадько", "Нерадько"]),
        ],
        other_names=[],
        figures=[
            F("flights_per_week_per_route", 3, None, "target", "три раза в неделю по каждому направлению"),
            F("air_passengers_ru_kg_growth_pct", 27, "2022-Q1", "actual", "вырос на 27% в годовом исчислении", period_text="в первом квартале 2022 года"),
            F("air_passengers_ru_kg", 640000, "2022-Q1", "actual", "составил около 640 тыс. человек", qualifier="about", period_text="в первом квартале 2022 года"),
            F("aeroflot_flights_per_day_moscow_bishkek", 2, None, "target", "до двух в день"),
            F("closed_russian_airports", 11, None, "actual", "закрыты для полетов 11 аэропортов", note="distractor"),
        ],
        events=[
            E("2022-04-20", "Avia Traffic Company launches Osh - Krasnoyarsk flights", "с 20 апреля начинает выполнять рейсы по маршруту Ош - Красноярск", "other", "planned", True),
            E("2022-05-01", "Avia Traffic Company launches Bishkek - Kazan flights", "с 1 мая - Бишкек - Казань", "other", "planned", True),
            E("2022-04-08", "Rosaviatsia admits Air Manas to Osh - Zhukovsky flights", "в прошлую пятницу получила допуск Росавиации на полеты из Оша в московский аэропорт Жуковский", "other", "past", True),
            E("2022-04", "First Air Manas Osh - Zhukovsky flight planned for end of April", "Первый рейс запланирован на конец апреля", "other", "planned", True),
            E("2022-06", "Pobeda plans Moscow - Osh flights from June", "\"Победа\" с июня планирует запустить рейсы Москва - Ош", "other", "planned", True),
            E(None, "Rosaviatsia head Neradko's meeting with EAEU carriers", "на совещании с перевозчиками стран ЕАЭС", "meeting", "past", False, date_note="undated; multilateral (EAEU carriers)"),
            E("2022-02-24", "Closure of 11 airports in southern and central Russia", "с 24 февраля закрыты для полетов 11 аэропортов юга и центральной части России", "other", "past", False, date_note="Russian domestic"),
            E("2022-03", "Lessors demand return of aircraft from Russian airlines", "в марте ряд лизингодателей потребовал возврата воздушных судов", "other", "past", False),
        ],
    ),
))

# ---------------------------------------------------------------- 12
ARTICLES.append(dict(
    file="12_rbc_ru_2023_id_cards_registration.txt",
    source="https://www.rbc.ru/society/23/03/2023/641c1a2b9a7947e0a1b2c3d4",
    header_date=None,
    body="""Россияне совершили рекордное число поездок в Киргизию. Что нужно знать о правилах въезда

Граждане России в 2022 году совершили в Киргизию около 1,2 млн поездок, на 60% больше, чем годом ранее, следует из данных Пограничной службы ГКНБ Киргизии, которые изучил РБК. Пик пришелся на конец сентября - начало октября.

Въезд по внутреннему паспорту

Для поездки в Киргизию россиянам не нужен загранпаспорт: границу можно пересечь по общегражданскому паспорту РФ. Граждане Киргизии, в свою очередь, въезжают в Россию по ID-карте или заграничному паспорту. Это правило закреплено межправительственным соглашением о взаимных безвизовых поездках граждан.

Миграционная карта и регистрация

Граждане стран ЕАЭС, включая Киргизию, при въезде в Россию заполняют миграционную карту, но могут находиться в стране без постановки на учет до 30 суток. Россияне в Киргизии также освобождены от регистрации в течение первых 30 дней.

В МВД России РБК сообщили, что изменения этих правил для граждан государств ЕАЭС не планируются. Ранее министр внутренних дел Владимир Колокольцев предлагал ужесточить контроль за въездом трудовых мигрантов, однако речь шла о гражданах государств, не входящих в союз.

Рейсы и цены

По данным Агентства гражданской авиации Киргизии, сейчас между странами выполняется около 330 рейсов в неделю. Средняя цена билета Москва - Бишкек в марте составляет около 14 тыс. руб.

Президент Киргизии Садыр Жапаров в интервью российским СМИ в феврале отметил, что товарооборот с Россией в 2022 году вырос на 37% и достиг 3,5 млрд долларов. По данным Нацстаткома Киргизии, внешнеторговый оборот республики в целом превысил $12 млрд.

Межправительственная комиссия по торгово-экономическому сотрудничеству, по данным кабмина Киргизии, проведет очередное заседание в мае в Бишкеке.

Автор: Ксения Лапина
Фото: Shutterstock
""",
    gold=dict(
        lang="ru", header_date="unknown", date="2023-03-23", date_source="url",
        date_note="Date only in the URL path (/23/03/2023/). The body speaks of 2022 as the past year and of 'в марте' (= 2023-03).",
        people=[
            P("Владимир Колокольцев", "Владимир Колокольцев", "министр внутренних дел России", ["Владимир Колокольцев"]),
            P("Садыр Жапаров", "Садыр Жапаров", "президент Киргизии", ["Садыр Жапаров"]),
        ],
        other_names=["Ксения Лапина"],
        figures=[
            F("russian_trips_to_kg", 1200000, "2022", "actual", "в 2022 году совершили в Киргизию около 1,2 млн поездок", qualifier="about"),
            F("russian_trips_to_kg_growth_pct", 60, "2022", "actual", "на 60% больше, чем годом ранее"),
            F("stay_without_registration_days", 30, None, "actual", "без постановки на учет до 30 суток", qualifier="up to", note="rule"),
            F("flights_per_week_ru_kg", 330, None, "actual", "около 330 рейсов в неделю", qualifier="about", period_text="сейчас"),
            F("ticket_price_moscow_bishkek_rub", 14000, "2023-03", "actual", "около 14 тыс. руб", qualifier="about", note="distractor"),
            F("trade_turnover", 3500000000, "2022", "actual", "товарооборот с Россией в 2022 году вырос на 37% и достиг 3,5 млрд долларов", note="cited by President Japarov"),
            F("trade_turnover_growth_pct", 37, "2022", "actual", "вырос на 37%"),
            F("kg_total_foreign_trade_usd", 12000000000, "2022", "actual", "внешнеторговый оборот республики в целом превысил $12 млрд", qualifier="more than", note="Kyrgyzstan's total foreign trade, NOT Russia turnover"),
        ],
        events=[
            E(None, "Intergovernmental agreement on mutual visa-free travel of citizens (background)", "межправительственным соглашением о взаимных безвизовых поездках граждан", "agreement", "past", True, date_note="no date given"),
            E(None, "Interior minister Kolokoltsev's earlier proposal to tighten entry control for migrants from non-EAEU states", "Ранее министр внутренних дел Владимир Колокольцев предлагал ужесточить контроль за въездом трудовых мигрантов", "other", "past", False, date_note="undated statement; Russian domestic policy, not about Kyrgyzstan"),
            E("2023-02", "Japarov's interview to Russian media", "Садыр Жапаров в интервью российским СМИ в феврале", "other", "past", True, date_note="'в феврале' of the article's year"),
            E("2023-05", "Next session of the intergovernmental commission in Bishkek", "Межправительственная комиссия по торгово-экономическому сотрудничеству, по данным кабмина Киргизии, проведет очередное заседание в мае в Бишкеке", "igc_session", "planned", True),
        ],
    ),
))

# ---------------------------------------------------------------- 13
ARTICLES.append(dict(
    file="13_kabar_en_2024_starovoit_routes.txt",
    source="https://en.kabar.kg/news/kyrgyzstan-russia-discuss-new-air-routes-and-manas-airport-modernization/",
    header_date=None,
    body="""Kyrgyzstan, Russia discuss new air routes and Manas airport modernization

12.09.2024 15:40

Moscow, Sept. 12 /Kabar/. Chairman of the Cabinet of Ministers of Kyrgyzstan Akylbek Japarov met with Russian Transport Minister Roman Starovoit in Moscow on Wednesday, the Cabinet's press service reported.

The parties discussed expanding air links between the two countries, including new routes from Osh, Jalal-Abad and Karakol to Russian regional centres, and the participation of Russian companies in the modernization of Manas International Airport.

Akylbek Japarov noted that passenger traffic between Kyrgyzstan and Russia exceeded 3.4 million people in 2023, and about 250 flights a week are now operated by Kyrgyz and Russian airlines. He also said that trade turnover between the countries reached $3.7 billion last year.

Roman Starovoit said the Russian side was ready to consider the Kyrgyz proposals on the increase in flight frequencies and on training of aviation specialists in Russian universities.

Following the talks, the Ministry of Transport and Communications of Kyrgyzstan and the Russian Ministry of Transport signed a roadmap for cooperation in civil aviation for 2024-2026.

The parties agreed to hold the next meeting of the working group on transport in Bishkek in the first quarter of 2025.

As reported earlier, Kyrgyzstan, China and Uzbekistan signed an intergovernmental agreement on the construction of the China-Kyrgyzstan-Uzbekistan railway on June 6 in Beijing. The cost of the project is estimated at $4.7 billion.
""",
    gold=dict(
        lang="en", header_date="12.09.2024 15:40", date="2024-09-12", date_source="byline",
        date_note="Date/time line on the page; dateline 'Sept. 12' without year. 'on Wednesday' = 2024-09-11.",
        people=[
            P("Акылбек Жапаров", "Akylbek Japarov", "Chairman of the Cabinet of Ministers of Kyrgyzstan", ["Akylbek Japarov"]),
            P("Роман Старовойт", "Roman Starovoit", "Minister of Transport of Russia", ["Roman Starovoit"]),
        ],
        other_names=[],
        figures=[
            F("air_passengers_ru_kg", 3400000, "2023", "actual", "passenger traffic between Kyrgyzstan and Russia exceeded 3.4 million people in 2023", qualifier="more than"),
            F("flights_per_week_ru_kg", 250, None, "actual", "about 250 flights a week", qualifier="about"),
            F("trade_turnover", 3700000000, "2023", "actual", "trade turnover between the countries reached $3.7 billion last year", period_text="last year", note="cited by Akylbek Japarov"),
            F("cku_railway_cost_usd", 4700000000, None, "forecast", "The cost of the project is estimated at $4.7 billion", note="China-Kyrgyzstan-Uzbekistan railway; distractor"),
        ],
        events=[
            E("2024-09-11", "Akylbek Japarov meets Russian transport minister Starovoit in Moscow", "Akylbek Japarov met with Russian Transport Minister Roman Starovoit in Moscow on Wednesday", "meeting", "past", True),
            E("2024-09-11", "Signing of a civil aviation cooperation roadmap for 2024-2026", "signed a roadmap for cooperation in civil aviation for 2024-2026", "agreement", "past", True, date_note="'following the talks'"),
            E("2025", "Next meeting of the transport working group in Bishkek", "hold the next meeting of the working group on transport in Bishkek in the first quarter of 2025", "meeting", "planned", True, date_note="first quarter of 2025 (a quarter cannot be expressed in the date field)"),
            E("2024-06-06", "China-Kyrgyzstan-Uzbekistan railway agreement signed in Beijing", "signed an intergovernmental agreement on the construction of the China-Kyrgyzstan-Uzbekistan railway on June 6 in Beijing", "agreement", "past", False, date_note="not Kyrgyz-Russian; year not in the sentence, taken from the article date (2024)"),
        ],
    ),
))

# ---------------------------------------------------------------- 14
ARTICLES.append(dict(
    file="14_akipress_en_2025_osh_terminal.txt",
    source="https://akipress.com/news:812345:Kasymaliev_Russian_transport_minister_discuss_new_Osh_terminal/",
    header_date=None,
    body="""Kasymaliev, Russian transport minister discuss Osh terminal, new routes

AKIpress News Agency - Nov 4, 2025

BISHKEK (AKIpress) - Chairman of the Cabinet of Ministers Adylbek Kasymaliev on Monday met with Russian Transport Minister Andrei Nikitin, who arrived in Bishkek for talks on transport and logistics.

The sides discussed the construction of a new passenger terminal at Osh International Airport, the launch of flights from Osh to St. Petersburg, Ufa and Tyumen, and the development of the North-South corridor.

Kasymaliev said that Kyrgyz and Russian airlines now operate more than 280 flights a week, and in January-September 2025 passenger traffic between the two countries grew by 11%. Russia remains the largest source of tourists for Issyk-Kul: according to the National Statistical Committee, about 780,000 Russian citizens visited the lake in the 2025 summer season.

Nikitin said Russian companies were ready to invest in the Osh terminal, whose cost is estimated at $150 million, and to supply Russian-made aircraft to Kyrgyz carriers in the future.

Air Manas announced last week that it will open Osh - St. Petersburg flights from December 15, with two flights a week.

The talks are part of preparations for the state visit of Russian President Vladimir Putin to Kyrgyzstan later this month. Bishkek will also host the CSTO summit.

Related:
Kyrgyzstan's budget deficit projected at 2.5% of GDP in 2026
Osh airport serves 1.5 million passengers in 10 months
""",
    gold=dict(
        lang="en", header_date="AKIpress News Agency - Nov 4, 2025", date="2025-11-04", date_source="byline",
        date_note="Agency line under the headline. 'on Monday' = 2025-11-03; 'later this month' = 2025-11.",
        people=[
            P("Адылбек Касымалиев", "Adylbek Kasymaliev", "Chairman of the Cabinet of Ministers of Kyrgyzstan", ["Adylbek Kasymaliev", "Kasymaliev"]),
            P("Андрей Никитин", "Andrei Nikitin", "Minister of Transport of Russia", ["Andrei Nikitin", "Nikitin"]),
            P("Владимир Путин", "Vladimir Putin", "President of Russia", ["Vladimir Putin"]),
        ],
        other_names=[],
        figures=[
            F("flights_per_week_ru_kg", 280, None, "actual", "more than 280 flights a week", qualifier="more than", period_text="now"),
            F("air_passengers_ru_kg_growth_pct", 11, "2025-9M", "actual", "in January-September 2025 passenger traffic between the two countries grew by 11%", period_text="January-September 2025"),
            F("russian_tourists_issykkul", 780000, "2025", "actual", "about 780,000 Russian citizens visited the lake in the 2025 summer season", qualifier="about", period_text="2025 summer season"),
            F("osh_terminal_cost_usd", 150000000, None, "forecast", "whose cost is estimated at $150 million", note="investment project cost; not trade"),
            F("flights_per_week_osh_spb", 2, None, "target", "with two flights a week"),
            F("kg_budget_deficit_pct_gdp", 2.5, "2026", "forecast", "budget deficit projected at 2.5% of GDP in 2026", note="related-links line; distractor"),
            F("osh_airport_passengers", 1500000, "2025-10M", "actual", "Osh airport serves 1.5 million passengers in 10 months", note="related-links headline"),
        ],
        events=[
            E("2025-11-03", "Kasymaliev meets Russian transport minister Nikitin in Bishkek", "Adylbek Kasymaliev on Monday met with Russian Transport Minister Andrei Nikitin", "meeting", "past", True),
            E("2025-11-03", "Nikitin's visit to Bishkek for transport talks", "who arrived in Bishkek for talks on transport and logistics", "visit", "past", True),
            E("2025-12-15", "Air Manas launches Osh - St. Petersburg flights", "it will open Osh - St. Petersburg flights from December 15", "other", "planned", True),
            E("2025-11", "State visit of Vladimir Putin to Kyrgyzstan later this month", "the state visit of Russian President Vladimir Putin to Kyrgyzstan later this month", "visit", "planned", True),
            E("2025-11", "CSTO summit in Bishkek", "Bishkek will also host the CSTO summit", "other", "planned", False, date_note="multilateral; month implied by context, not stated"),
        ],
    ),
))
