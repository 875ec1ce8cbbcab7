def P(ru, t, role, forms, note=None):
    d = {"name_ru_nominative": ru, "name_in_text": t, "role": role, "forms_in_text": forms}
    if note: d["note"] = note
    return d

def F(metric, value, period, kind, quote, qualifier=None, period_text=None, note=None):
    d = {"metric": metric, "value": value, "period": period, "kind": kind}
    if qualifier: d["qualifier"] = qualifier
    d["quote"] = quote
    if period_text: d["period_text"] = period_text
    if note: d["note"] = note
    return d

def E(date, what, quote, typ, status, bilateral, date_note=None, date_partial=None):
    d = {"date": date}
    if date_partial: d["date_partial"] = date_partial
    if date_note: d["date_note"] = date_note
    d.update({"what": what, "quote": quote, "type": typ, "status": status, "bilateral": bilateral})
    return d

G = {}

G["01"] = dict(
    source="Vecherny Bishkek (print issue)", lang="ru",
    header_date="понедельник, 14 июня 1999 г.", date="1999-06-14", date_partial=None,
    date_source="byline",
    date_note="Issue line of the paper: '№ 112 (8345), понедельник, 14 июня 1999 г.' The reception was held 'в пятницу' = 1999-06-11.",
    people=[
        P("Амангельды Муралиев", "Амангельды Муралиев", "Prime Minister of Kyrgyzstan", ["Амангельды Муралиев"]),
        P("Муратбек Иманалиев", "Муратбек Иманалиев", "Minister of Foreign Affairs of Kyrgyzstan", ["Муратбек Иманалиев", "Иманалиев"]),
        P("Борис Ельцин", "Бориса Ельцина", "President of Russia", ["Бориса Ельцина", "Борису Ельцину"]),
        P("Аскар Акаев", "Аскар Акаев", "President of Kyrgyzstan", ["Аскар Акаев"]),
    ],
    other_names=["Ольга ВАСИЛЬЕВА", "Владимира ПИРОГОВА"],
    figures=[
        F("reception_guests", 400, None, "actual", "собрались около четырехсот гостей", qualifier="about", note="Number written in words."),
        F("world_bank_loan_usd", 36000000, None, "actual", "кредита Всемирного банка на 36 млн долларов", note="Distractor: World Bank loan, not bilateral trade."),
    ],
    events=[
        E("1999-06-11", "Russian embassy reception on the eve of the Declaration of State Sovereignty Day (Russia Day)", "В пятницу, накануне Дня принятия Декларации о государственном суверенитете России, посольство Российской Федерации в Кыргызстане устроило традиционный прием", "other", "past", True, date_note="'в пятницу' before Monday 14 June 1999"),
        E("1992-06-10", "Treaty on Friendship, Cooperation and Mutual Assistance signed", "Договор о дружбе, сотрудничестве и взаимной помощи, подписанный 10 июня 1992 года", "agreement", "past", True),
        E("1999", "Next session of the intergovernmental commission planned in Moscow in the autumn", "правительство рассчитывает провести очередное заседание межправительственной комиссии осенью, в Москве", "igc_session", "planned", True, date_note="'осенью' of the article's year"),
        E("1998-08", "Russian financial crisis of August 1998 (background)", "августовского кризиса прошлого года", "other", "past", False, date_note="'прошлого года' relative to 1999"),
        E("1999-06", "Akayev sends congratulatory telegram to Yeltsin", "Президент Аскар Акаев накануне праздника направил поздравительную телеграмму Борису Ельцину", "other", "past", True, date_note="'накануне праздника' (12 June); exact day not stated"),
        E("1999", "Russian delegations visited Bishkek this year", "в этом году в Бишкеке побывали уже несколько российских делегаций", "visit", "past", True),
        E("1999", "Governors of Siberian regions expected to visit in summer", "летом ожидается приезд губернаторов ряда сибирских областей", "visit", "planned", True),
    ],
)

G["02"] = dict(
    source="Kabar", lang="ru", header_date="29.08.2003", date="2003-08-29", date_partial=None,
    date_source="header",
    date_note="Header date and 'Кабар, 29.08.2003'; dateline 'Москва, 29 августа' has no year. Reception 'вчера' = 2003-08-28.",
    people=[
        P("Аскар Акаев", "Аскара Акаева", "President of Kyrgyzstan", ["Аскара Акаева"]),
        P("Игорь Иванов", "Игорь Иванов", "Minister of Foreign Affairs of Russia", ["Игорь Иванов", "Игорем Ивановым"], note="Lavrov became FM only in 2004."),
        P("Аскар Айтматов", "Аскар Айтматов", "Minister of Foreign Affairs of Kyrgyzstan", ["Аскар Айтматов"]),
    ],
    other_names=[],
    figures=[
        F("reception_guests", 350, None, "actual", "собрались более 350 гостей", qualifier="more than"),
        F("kg_migrants_in_russia", 300000, None, "actual", "в России сегодня трудятся около 300 тысяч граждан Кыргызстана", qualifier="about", note="Embassy estimate; not trade."),
    ],
    events=[
        E("2003-08-28", "Reception at the Kyrgyz embassy in Moscow for the 12th anniversary of independence", "Вчера в посольстве Кыргызской Республики в Российской Федерации состоялся торжественный прием, посвященный 12-й годовщине независимости Кыргызстана", "anniversary", "past", True, date_note="'Вчера' relative to 29 August 2003"),
        E("2003-08", "Phone call between FMs Aitmatov and Ivanov", "Аскар Айтматов в телефонном разговоре с Игорем Ивановым в начале августа", "other", "past", True, date_note="'в начале августа'"),
        E("2003-09", "CIS summit in Yalta where heads of state will meet", "в сентябре главы государств встретятся на саммите СНГ в Ялте", "conference", "planned", False),
        E("2003", "Expected opening of the Russian air base in Kant", "осенью в Канте ожидается открытие российской авиабазы", "other", "planned", True, date_note="'осенью' of 2003"),
        E("2003-08-31", "Independence Day festivities in Bishkek (domestic)", "31 августа на главной площади столицы состоится торжественное собрание и народное гуляние", "other", "planned", False),
    ],
)

G["03"] = dict(
    source="AKIpress", lang="en", header_date="21/10/2008 15:32", date="2008-10-21", date_partial=None,
    date_source="byline",
    date_note="Timestamp line under the headline; 'on Tuesday' agrees (21 Oct 2008 was a Tuesday). Related-link date 16/10/2008 is another article.",
    people=[
        P("Эдуард Россель", "Eduard Rossel", "Governor of Sverdlovsk Region", ["Eduard Rossel"]),
        P("Курманбек Бакиев", "Kurmanbek Bakiyev", "President of Kyrgyzstan", ["Kurmanbek Bakiyev"]),
    ],
    other_names=[],
    figures=[
        F("citizens_received", 1460, "2008-10", "actual", "the team received 1,460 Kyrgyz citizens", period_text="From October 13 to 17"),
        F("passports_issued", 1140, "2008-10", "actual", "issued 1,140 new passports"),
        F("return_certificates_issued", 210, "2008-10", "actual", "210 certificates for return to Kyrgyzstan"),
        F("civil_registrations", 95, "2008-10", "actual", "registered 95 births and marriages"),
        F("kg_citizens_in_region", 50000, None, "actual", "about 50,000 Kyrgyz citizens live and work in the Sverdlovsk Region", qualifier="about"),
        F("kg_remittances_usd", 1200000000, "2007", "actual", "Remittances from Kyrgyz migrants, most of whom work in Russia and Kazakhstan, reached $1.2 billion in 2007", note="Distractor: remittances, not trade turnover."),
    ],
    events=[
        E("2008-10-13", "Kyrgyz embassy mobile consular team works in Yekaterinburg (13-17 October)", "From October 13 to 17 the team received 1,460 Kyrgyz citizens", "other", "past", True, date_note="Range 2008-10-13..2008-10-17"),
        E("2008-10-15", "Governor Rossel receives the Kyrgyz team leader and Deputy Foreign Minister", "On October 15 the team leader and Kyrgyzstan's Deputy Foreign Minister were received by Sverdlovsk Region Governor Eduard Rossel", "meeting", "past", True),
        E("2008-11", "Mobile consular teams to visit Novosibirsk and Omsk", "Similar teams will visit Novosibirsk and Omsk in November", "other", "planned", True),
    ],
)

G["04"] = dict(
    source="24.kg", lang="ru", header_date="17/09/12 13:05", date="2012-09-17", date_partial=None,
    date_source="byline",
    date_note="Byline '17/09/12 13:05 Бишкек – Новости-24.kg' (two-digit year). Related link dated 11/09/12 is another article.",
    people=[
        P("Владимир Путин", "Владимир Путин", "President of Russia", ["Владимир Путин", "Владимира Путина"]),
        P("Андрей Крутько", "Андрей Крутько", "Ambassador of Russia to Kyrgyzstan", ["Андрей Крутько"]),
        P("Алмазбек Атамбаев", "Алмазбеком Атамбаевым", "President of Kyrgyzstan", ["Алмазбеком Атамбаевым", "Алмазбек Атамбаев"], note="Second form only in the related-links line."),
        P("Жанторо Сатыбалдиев", "Жанторо Сатыбалдиев", "Prime Minister of Kyrgyzstan", ["Жанторо Сатыбалдиев"]),
    ],
    other_names=["Айжан ТОКТОСУНОВА"],
    figures=[
        F("kg_debt_to_russia_usd", 489000000, None, "actual", "Речь идет о задолженности в 489 млн долларов", note="Distractor: Kyrgyz debt to Russia to be settled/written off, not trade."),
    ],
    events=[
        E("2012-09-20", "Putin's visit to Bishkek", "Президент России Владимир Путин посетит Бишкек 20 сентября", "visit", "planned", True),
        E("2012-09-20", "About ten documents to be signed during Putin-Atambayev talks (military base, debt settlement, Kambarata-1, Upper Naryn)", "В ходе переговоров с Алмазбеком Атамбаевым планируется подписать около десяти документов", "agreement", "planned", True, date_note="During the visit"),
        E("2012-09-17", "Ambassador Krutko's meeting with journalists", "Об этом сегодня на встрече с журналистами сообщил Чрезвычайный и Полномочный Посол Российской Федерации в Кыргызстане Андрей Крутько", "other", "past", True),
        E("2012-05", "Putin's inauguration as president (domestic background)", "после его вступления в должность президента в мае", "other", "past", False),
        E("2014", "Withdrawal of the US Transit Center at Manas (Kyrgyz-US matter)", "должен быть выведен в 2014 году", "other", "planned", False),
    ],
)

G["05"] = dict(
    source="Sputnik Kyrgyzstan", lang="ru", header_date="unknown", date="2015-09-14", date_partial=None,
    date_source="url",
    date_note="Date from the URL (/20150914/) and dateline 'БИШКЕК, 14 сен — Sputnik' (no year). Consular day 'в субботу' = 2015-09-12.",
    people=[
        P("Эрлан Абдылдаев", "Эрлан Абдылдаев", "Minister of Foreign Affairs of Kyrgyzstan", ["Эрлан Абдылдаев"]),
    ],
    other_names=["Нурбек Асанов"],
    figures=[
        F("consular_applications", 1200, "2015-09", "actual", "приняла в северной столице России более 1 200 обращений", qualifier="more than"),
        F("passport_applications", 640, "2015-09", "actual", "приняты документы на оформление 640 общегражданских паспортов"),
        F("return_certificates_issued", 180, "2015-09", "actual", "выдано 180 свидетельств на возвращение"),
        F("powers_of_attorney_and_certificates", 300, "2015-09", "actual", "оформлено около 300 доверенностей и справок", qualifier="about"),
        F("kg_citizens_in_region", 120000, None, "actual", "в Санкт-Петербурге и Ленинградской области сейчас находятся около 120 тысяч граждан Кыргызстана", qualifier="about", note="Diaspora estimate."),
        F("kg_entries_to_russia_growth_pct", 3.5, "2015-8M", "actual", "количество граждан Кыргызстана, въехавших в Россию, за восемь месяцев 2015 года выросло на 3,5%", note="Distractor: migration growth, not trade."),
    ],
    events=[
        E("2015-09-12", "Kyrgyz embassy's mobile consular day in St Petersburg", "Посольство Кыргызстана в России провело в субботу выездной консульский день в Санкт-Петербурге", "other", "past", True, date_note="'в субботу' before Monday 14 Sept 2015"),
        E("2015-08-12", "Treaty on Kyrgyzstan's accession to the EAEU enters into force", "12 августа вступил в силу договор о присоединении Кыргызстана к Евразийскому экономическому союзу", "agreement", "past", False),
        E("2015-09", "FM Abdyldaev's statement that consular days will be monthly", "Как заявил на прошлой неделе в Бишкеке министр иностранных дел Эрлан Абдылдаев", "other", "past", True, date_note="'на прошлой неделе' = 7-11 Sept 2015"),
        E("2015-10", "Next consular visits to Novosibirsk and Krasnoyarsk", "Следующие выезды запланированы в Новосибирск и Красноярск в октябре", "other", "planned", True),
    ],
)

G["06"] = dict(
    source="TASS", lang="ru", header_date="30 августа 2016, 07:45", date="2016-08-30", date_partial=None,
    date_source="header",
    date_note="Header date and page timestamp; dateline 'БИШКЕК, 30 августа' has no year.",
    people=[
        P("Андрей Крутько", "Андрей Крутько", "Ambassador of Russia to Kyrgyzstan", ["Андрей Крутько", "Андрей Андреевич"]),
        P("Владимир Путин", "Владимир Путин", "President of Russia", ["Владимир Путин"]),
        P("Алмазбек Атамбаев", "Алмазбеком Атамбаевым", "President of Kyrgyzstan", ["Алмазбеком Атамбаевым"]),
    ],
    other_names=["Данияр Карымов"],
    figures=[
        F("trade_turnover", 1600000000, "2015", "actual", "Товарооборот между нашими странами по итогам 2015 года составил около 1,6 млрд долларов", qualifier="about"),
        F("trade_turnover_growth_pct", -8, "2016-H1", "actual", "В первом полугодии 2016 года он сократился примерно на 8%", qualifier="about", note="A decline: negative growth."),
        F("rkdf_capital_usd", 500000000, None, "actual", "Российско-Киргизский фонд развития с капиталом 500 млн долларов", note="Distractor: fund capital."),
        F("rkdf_loans_usd", 150000000, None, "actual", "выдал кредиты на сумму более 150 млн долларов", qualifier="more than", note="Distractor: fund loans."),
        F("kg_migrants_in_russia", 500000, None, "actual", "в России находятся более 500 тысяч граждан Киргизии", qualifier="more than"),
    ],
    events=[
        E("1992-03-20", "Establishment of diplomatic relations", "Дипломатические отношения мы установили 20 марта 1992 года", "anniversary", "past", True),
        E("2015-08-12", "Kyrgyzstan's EAEU accession treaty in force", "договор о присоединении вступил в силу 12 августа 2015 года", "agreement", "past", False),
        E("2016-09", "World Nomad Games at Issyk-Kul", "В начале сентября на Иссык-Куле пройдут Всемирные игры кочевников", "other", "planned", False),
        E("2016-09-16", "CIS summit in Bishkek (16-17 September) with Putin", "16–17 сентября в Бишкеке состоится саммит СНГ", "conference", "planned", False),
        E("2016-09", "Possible bilateral Putin-Atambayev meeting on the sidelines", "Не исключена и его двусторонняя встреча с президентом Алмазбеком Атамбаевым", "meeting", "planned", True),
        E("2016-08-31", "Independence Day congratulations and embassy attending reception", "31 августа посольство традиционно направит поздравления руководству республики", "anniversary", "planned", True),
        E("2016-08-30", "Ambassador Krutko's interview to TASS on the 25th anniversary of independence", "Накануне 25-летия независимости Киргизии посол России в республике Андрей Крутько рассказал ТАСС", "other", "past", True),
    ],
)

G["07"] = dict(
    source="Oblastnaya Gazeta (Yekaterinburg)", lang="ru", header_date="17 мая 2018 года", date="2018-05-17", date_partial=None,
    date_source="byline",
    date_note="Date under the byline; the meeting was 'вчера' = 2018-05-16.",
    people=[
        P("Евгений Куйвашев", "Евгений Куйвашев", "Governor of Sverdlovsk Region", ["Евгений Куйвашев"]),
        P("Болот Отунбаев", "Болотом Отунбаевым", "Ambassador of Kyrgyzstan to Russia", ["Болотом Отунбаевым", "Болот Отунбаев"]),
    ],
    other_names=["Татьяна ЗАХАРОВА"],
    figures=[
        F("sverdlovsk_kg_trade_growth_pct", 24, "2017", "actual", "в 2017 году товарооборот Свердловской области с Киргизией вырос на 24%", note="Distractor: one Russian region's trade, not the countries' turnover."),
        F("sverdlovsk_kg_trade_usd", 61300000, "2017", "actual", "составил 61,3 млн долларов", note="Distractor: regional trade."),
        F("kg_citizens_in_region", 40000, None, "actual", "около 40 тысяч граждан Киргизии", qualifier="about"),
    ],
    events=[
        E("2018-05-16", "Governor Kuyvashev meets Kyrgyz Ambassador Otunbaev in Yekaterinburg", "Губернатор Свердловской области Евгений Куйвашев вчера встретился с Чрезвычайным и Полномочным Послом Киргизии в России Болотом Отунбаевым", "meeting", "past", True),
        E("2018-07", "Innoprom exhibition in Yekaterinburg, Kyrgyz delegation invited", "делегация Киргизии приглашена на выставку «Иннопром», которая пройдет в Екатеринбурге в июле", "forum", "planned", False, date_note="International industrial exhibition; invitation is bilateral but the event is multilateral"),
        E("2018", "Days of Kyrgyz Culture in Yekaterinburg in the autumn", "осенью в уральской столице планируется провести Дни культуры Киргизии", "other", "planned", True),
        E(None, "Interregional conference (Ural industrialists invited)", "Посол пригласил уральских промышленников принять участие в межрегиональной конференции", "conference", "planned", True, date_note="No date given"),
        E("2018-06", "FIFA World Cup, four matches in Yekaterinburg", "Встреча прошла за месяц до начала чемпионата мира по футболу", "other", "planned", False),
    ],
)

G["08"] = dict(
    source="24.kg", lang="ru", header_date="11:40, 11 июня 2019", date="2019-06-11", date_partial=None,
    date_source="byline",
    date_note="Byline timestamp; reception 'вчера' = 2019-06-10.",
    people=[
        P("Николай Удовиченко", "Николай Удовиченко", "Ambassador of Russia to Kyrgyzstan", ["Николай Удовиченко"]),
        P("Владимир Путин", "Владимира Путина", "President of Russia", ["Владимира Путина", "Владимиру Путину"]),
        P("Сооронбай Жээнбеков", "Сооронбай Жээнбеков", "President of Kyrgyzstan", ["Сооронбай Жээнбеков"]),
    ],
    other_names=["Улан ОМУРОВ"],
    figures=[
        F("reception_guests", 300, None, "actual", "Среди более чем 300 гостей", qualifier="more than"),
        F("consular_documents_issued", 1700, "2019-YTD", "actual", "с начала года консульство оформило более 1 700 документов", qualifier="more than"),
        F("passports_issued", 400, "2019-YTD", "actual", "около 400 заграничных паспортов для российских граждан", qualifier="about"),
    ],
    events=[
        E("2019-06-10", "Russian Consulate General in Osh holds Russia Day reception, attended by Ambassador Udovichenko", "Генеральное консульство России в Оше вчера провело прием по случаю Дня России", "other", "past", True),
        E("2019-03-28", "Putin's first state visit to Kyrgyzstan; more than ten documents signed", "28 марта состоялся первый государственный визит Владимира Путина в Кыргызстан", "visit", "past", True),
        E("2019-06-09", "Ambassador meets rector of Osh State University", "Накануне приема посол встретился с ректором Ошского государственного университета", "meeting", "past", True, date_note="'Накануне приема' = day before 10 June"),
        E("2019-06", "Jeenbekov congratulates Putin on Russia Day", "Президент Сооронбай Жээнбеков направил поздравление Владимиру Путину по случаю Дня России", "other", "past", True),
        E("2019-06-13", "SCO summit in Bishkek (13-14 June)", "13–14 июня в Бишкеке пройдет саммит Шанхайской организации сотрудничества", "conference", "planned", False),
        E("2019", "Consulate's mobile receptions in Jalal-Abad and Batken", "Выездные приемы граждан прошли в Джалал-Абаде и Баткене", "other", "past", True, date_note="Since the start of the year; no date"),
    ],
)

G["09"] = dict(
    source="24.kg (English)", lang="en", header_date="05/06/2020 10:52", date="2020-06-05", date_partial=None,
    date_source="byline",
    date_note="'Posted: 05/06/2020' is day/month/year (5 June, not 6 May). Meeting 'yesterday' = 2020-06-04.",
    people=[
        P("Чингиз Айдарбеков", "Chingiz Aidarbekov", "Minister of Foreign Affairs of Kyrgyzstan", ["Chingiz Aidarbekov"]),
        P("Николай Удовиченко", "Nikolai Udovichenko", "Ambassador of Russia to Kyrgyzstan", ["Nikolai Udovichenko"]),
    ],
    other_names=["Darya PODOLSKAYA"],
    figures=[
        F("special_flights", 26, "2020-YTD", "actual", "since April, 26 special flights", period_text="since April"),
        F("citizens_repatriated", 5300, "2020-YTD", "actual", "more than 5,300 citizens home", qualifier="more than", period_text="since April"),
        F("citizens_applied_for_help", 3000, None, "actual", "About 3,000 more citizens have applied to the embassy in Moscow for help", qualifier="about"),
        F("kg_migrants_in_russia", 640000, None, "actual", "about 640,000 citizens of Kyrgyzstan are currently in Russia", qualifier="about"),
        F("imf_emergency_aid_usd", 242000000, None, "actual", "the International Monetary Fund approved $242 million in emergency assistance to Kyrgyzstan", note="Distractor: IMF aid."),
    ],
    events=[
        E("2020-06-04", "FM Aidarbekov meets Russian Ambassador Udovichenko", "Foreign Minister of Kyrgyzstan Chingiz Aidarbekov met yesterday with the Ambassador Extraordinary and Plenipotentiary of the Russian Federation to Kyrgyzstan Nikolai Udovichenko", "meeting", "past", True),
        E(None, "Postponed meeting of the intergovernmental commission", "including a meeting of the intergovernmental commission", "igc_session", "planned", True, date_note="Postponed, no date"),
        E("2020-06-24", "Victory Parade in Moscow with Kyrgyz servicemen", "the Victory Parade in Moscow on June 24", "other", "planned", False, date_note="Russian national event with foreign contingents"),
        E("2020-04", "Special repatriation flights since April", "since April, 26 special flights have brought more than 5,300 citizens home", "other", "ongoing", True),
    ],
)

G["10"] = dict(
    source="Embassy of Russia in Kyrgyzstan (kyrgyzstan.mid.ru)", lang="ru", header_date="unknown", date=None, date_partial="????-06-22",
    date_source="body",
    date_note="Only '22 июня' in the body; no year anywhere (URL has no date). '1941' is the start of the war, not the article's year. Udovichenko's term (2019-2024) bounds it, but a year must not be invented.",
    people=[
        P("Николай Удовиченко", "Н.Н.Удовиченко", "Ambassador of Russia to Kyrgyzstan", ["Н.Н.Удовиченко"]),
    ],
    other_names=[],
    figures=[
        F("ww2_mobilized_from_kirghiz_ssr", 360000, None, "actual", "на фронт из республики ушли более 360 тысяч человек", qualifier="more than", note="Historical distractor."),
        F("ceremony_participants", 200, None, "actual", "около 200 человек", qualifier="about"),
    ],
    events=[
        E(None, "Embassy-organised wreath-laying at the Eternal Flame, Victory Square, Bishkek, on the Day of Memory and Sorrow", "22 июня, в День памяти и скорби, Посол России в Киргизии Н.Н.Удовиченко", "other", "past", True, date_partial="????-06-22"),
        E("1941-06-22", "Germany attacks the USSR; start of the Great Patriotic War (historical)", "В этот день в 1941 году гитлеровская Германия напала на Советский Союз", "other", "past", False),
        E(None, "Similar wreath-laying by the Russian Consulate General in Osh the same day", "Аналогичная церемония прошла в тот же день в Оше", "other", "past", True, date_partial="????-06-22"),
    ],
)

G["11"] = dict(
    source="TASS (English)", lang="en", header_date="unknown", date="2022-03-20", date_partial=None,
    date_source="inferred_year",
    date_note="Dateline 'MOSCOW, March 20' has no year; year inferred from '30th anniversary' of relations established on March 20, 1992 (and 'on Sunday' fits 2022-03-20).",
    people=[
        P("Сергей Лавров", "Sergey Lavrov", "Minister of Foreign Affairs of Russia", ["Sergey Lavrov", "Lavrov"]),
        P("Руслан Казакбаев", "Ruslan Kazakbayev", "Minister of Foreign Affairs of Kyrgyzstan", ["Ruslan Kazakbayev", "Kazakbayev"]),
        P("Николай Удовиченко", "Nikolai Udovichenko", "Ambassador of Russia to Kyrgyzstan", ["Nikolai Udovichenko"]),
    ],
    other_names=[],
    figures=[],
    events=[
        E("2022-03-20", "Lavrov and Kazakbayev exchange messages on the 30th anniversary of diplomatic relations", "exchanged congratulatory messages on Sunday on the 30th anniversary of the establishment of diplomatic relations", "anniversary", "past", True),
        E("1992-03-20", "Diplomatic relations established", "Russia and Kyrgyzstan established diplomatic relations on March 20, 1992", "other", "past", True),
        E("1992-06", "Treaty on Friendship, Cooperation and Mutual Assistance", "the Treaty on Friendship, Cooperation and Mutual Assistance signed in June 1992", "agreement", "past", True),
        E("2000-07", "Declaration on Eternal Friendship, Alliance and Partnership", "the Declaration on Eternal Friendship, Alliance and Partnership of July 2000", "agreement", "past", True),
        E("2022-03-22", "Anniversary reception at the Russian embassy in Bishkek", "will host a reception at the embassy in Bishkek on March 22", "anniversary", "planned", True),
        E("2022", "Kyrgyzstan chairs EAEU bodies", "This year Kyrgyzstan chairs the bodies of the Eurasian Economic Union", "other", "ongoing", False),
    ],
)

G["12"] = dict(
    source="Ministry of Foreign Affairs of Kyrgyzstan (mfa.gov.kg), Embassy in Russia page", lang="ru", header_date="16.10.2023", date="2023-10-16", date_partial=None,
    date_source="byline",
    date_note="Date line above the headline on the embassy page.",
    people=[
        P("Жээнбек Кулубаев", "Ж.Кулубаева", "Minister of Foreign Affairs of Kyrgyzstan", ["Ж.Кулубаева"]),
    ],
    other_names=[],
    figures=[
        F("citizens_received", 2140, "2023-10", "actual", "на прием обратились 2 140 граждан Кыргызской Республики", period_text="С 9 по 14 октября 2023 года"),
        F("passport_applications", 1320, "2023-10", "actual", "Приняты документы на оформление 1 320 паспортов"),
        F("return_certificates_issued", 185, "2023-10", "actual", "выдано 185 свидетельств на возвращение"),
        F("certificates_issued", 96, "2023-10", "actual", "оформлено 96 справок"),
        F("notarial_documents", 240, "2023-10", "actual", "240 нотариальных документов"),
        F("kg_citizens_registered_in_region", 27000, "2023-9M", "actual", "за девять месяцев 2023 года на миграционный учет в Самарской области поставлено более 27 тыс. граждан Кыргызской Республики", qualifier="more than"),
        F("regions_visited_by_mobile_teams", 19, "2023-YTD", "actual", "с начала года выездные консульские группы Посольства посетили 19 регионов России"),
        F("kg_remittances_from_russia_usd", 1600000000, "2023-8M", "actual", "объем денежных переводов физических лиц из России за январь-август 2023 года составил 1,6 млрд долларов США", note="Distractor: remittances, not trade turnover."),
    ],
    events=[
        E("2023-10-09", "Embassy's mobile consular team works in Samara (9-14 October)", "С 9 по 14 октября 2023 года выездная консульская группа Посольства Кыргызской Республики в Российской Федерации осуществляла прием граждан в г. Самара", "other", "past", True, date_note="Range 2023-10-09..2023-10-14"),
        E("2023-10", "Team leader meets Samara regional ministry and regional Interior Ministry directorate", "руководитель консульской группы провел встречу с руководством министерства внутренней политики Самарской области", "meeting", "past", True),
        E("2023-11", "Mobile teams planned in Ulyanovsk and Penza", "В ноябре 2023 года планируется работа групп в городах Ульяновск и Пенза", "other", "planned", True),
    ],
)

G["13"] = dict(
    source="Kabar", lang="ru", header_date="unknown", date="2024-09-10", date_partial=None,
    date_source="dateline",
    date_note="Dateline 'Бишкек, 10 сен. 2024. / Кабар /.'",
    people=[
        P("Садыр Жапаров", "Садыр Жапаров", "President of Kyrgyzstan", ["Садыр Жапаров", "Садыром Жапаровым"]),
        P("Сергей Вакунов", "Сергея Вакунова", "Ambassador of Russia to Kyrgyzstan", ["Сергея Вакунова", "Сергей Вакунов"]),
        P("Владимир Путин", "Владимиром Путиным", "President of Russia", ["Владимиром Путиным"]),
        P("Жээнбек Кулубаев", "Жээнбеку Кулубаеву", "Minister of Foreign Affairs of Kyrgyzstan", ["Жээнбеку Кулубаеву"]),
        P("Николай Удовиченко", "Николая Удовиченко", "former Ambassador of Russia to Kyrgyzstan", ["Николая Удовиченко"]),
    ],
    other_names=[],
    figures=[],
    events=[
        E("2024-09-10", "Japarov receives the credentials of Russian Ambassador Sergei Vakunov", "Президент Кыргызской Республики Садыр Жапаров сегодня принял верительные грамоты от Чрезвычайного и Полномочного Посла Российской Федерации в Кыргызстане Сергея Вакунова", "meeting", "past", True),
        E(None, "Vakunov earlier presented copies of credentials to FM Kulubaev", "Ранее посол вручил копии верительных грамот министру иностранных дел Жээнбеку Кулубаеву", "meeting", "past", True, date_note="'Ранее', no date; before 2024-09-10"),
        E("2019", "Udovichenko heads the Russian mission from 2019", "возглавлявшего российскую дипмиссию в Бишкеке с 2019 года", "other", "past", True),
        E("2024-10", "CIS summit in Moscow", "примет участие в саммите СНГ в Москве", "conference", "planned", False),
        E("2024-10", "BRICS summit in Kazan", "саммите БРИКС в Казани", "conference", "planned", False),
    ],
)

G["14"] = dict(
    source="Kabar (English)", lang="en", header_date="unknown", date="2025-06-11", date_partial=None,
    date_source="dateline",
    date_note="Dateline 'Bishkek, June 11, 2025 / Kabar /.'; reception 'on Tuesday' = 2025-06-10.",
    people=[
        P("Адылбек Касымалиев", "Adylbek Kasymaliev", "Chairman of the Cabinet of Ministers of Kyrgyzstan", ["Adylbek Kasymaliev"]),
        P("Жээнбек Кулубаев", "Jeenbek Kulubaev", "Minister of Foreign Affairs of Kyrgyzstan", ["Jeenbek Kulubaev"]),
        P("Сергей Вакунов", "Sergei Vakunov", "Ambassador of Russia to Kyrgyzstan", ["Sergei Vakunov"]),
    ],
    other_names=[],
    figures=[
        F("reception_guests", 500, None, "actual", "more than 500 guests", qualifier="more than"),
        F("trade_turnover", 3800000000, "2024", "actual", "Last year the trade turnover between Russia and Kyrgyzstan approached $3.8 billion", qualifier="approaching", period_text="Last year"),
        F("russia_share_of_kg_foreign_trade_pct", 25, "2024", "actual", "Russia accounts for about a quarter of Kyrgyzstan's foreign trade", qualifier="about", note="'a quarter' in words; period by context"),
        F("russian_companies_in_kg", 400, None, "actual", "more than 400 Russian companies and joint ventures operate in Kyrgyzstan", qualifier="more than"),
        F("kg_students_state_funded_places", 6000, "2024", "actual", "admitted more than 6,000 students from Kyrgyzstan on state-funded places last year", qualifier="more than"),
        F("kg_total_foreign_trade_usd", 17400000000, "2024", "actual", "Kyrgyzstan's total foreign trade reached $17.4 billion in 2024", note="Distractor: Kyrgyzstan's total foreign trade, not bilateral."),
    ],
    events=[
        E("2025-06-10", "Russian Embassy reception on Russia Day", "The Embassy of the Russian Federation in Kyrgyzstan hosted a reception on Tuesday on the occasion of Russia Day", "other", "past", True),
        E("2025", "Next meeting of the Kyrgyz-Russian intergovernmental commission in Moscow in the autumn", "the next meeting of the Kyrgyz-Russian intergovernmental commission would be held in Moscow in the autumn", "igc_session", "planned", True),
    ],
)
