"""Articles 08-14: bodies and gold annotation."""
from common import P, F, E

ARTICLES = []

# ---------------------------------------------------------------- 08
ARTICLES.append({
    "file": "08_eurasianet_en_2021_batken_ceasefire_moscow.txt",
    "source": "https://eurasianet.org/kyrgyzstan-tajikistan-uneasy-ceasefire-after-deadliest-border-clash",
    "header_line_date": "2021-04-30",
    "lang": "en",
    "header_date": "Apr 30, 2021",
    "date": "2021-04-30",
    "date_partial": None,
    "date_source": "byline",
    "date_note": "Byline 'Apr 30, 2021'. 'Wednesday' = 2021-04-28, 'Thursday' = 2021-04-29; 'in February' = 2021-02.",
    "body": """
Kyrgyzstan, Tajikistan: Uneasy ceasefire after deadliest border clash in years

Bishkek looks to Moscow, but Moscow is in no hurry to take sides.

Daniyar Kurmanov Apr 30, 2021

A ceasefire between Kyrgyzstan and Tajikistan appeared to be holding on Friday after two days of fighting along their disputed border that left dozens dead and forced thousands of villagers in Kyrgyzstan's Batken region to flee their homes.

The violence flared on Wednesday at a water distribution point near the village of Kok-Tash, where residents of both sides had been arguing over the installation of surveillance cameras. Within hours, border guards and then regular troops on both sides were trading fire with mortars and small arms.

On Thursday evening, Kyrgyzstan's security chief Kamchybek Tashiev and his Tajik counterpart Saimumin Yatimov agreed on a full ceasefire and the withdrawal of troops to their permanent bases. Tashiev said the two sides would continue talks on demarcating the frontier.

Kyrgyz President Sadyr Japarov held a telephone call with Russian President Vladimir Putin on Thursday, his office said. According to the Kyrgyz readout, Putin "expressed concern" and offered Moscow's help in restoring calm. Kremlin spokesman Dmitry Peskov told reporters that Russia hoped the conflict would be resolved "exclusively by peaceful means" and that it was in contact with both Bishkek and Dushanbe.

That even-handedness frustrated some in Bishkek, where commentators noted that both countries are members of the Russia-led Collective Security Treaty Organization and host Russian military facilities. The CSTO's secretary general, Stanislav Zas, offered the bloc's "good offices" but stressed the dispute was a bilateral matter.

Tajik President Emomali Rahmon has not commented publicly on the clashes.

For Japarov, who made Moscow the destination of his first foreign trip as president in February, the crisis is a test of the relationship. He is expected back in the Russian capital for the Victory Day parade on May 9, his office confirmed.

Trade between Kyrgyzstan and Tajikistan is tiny by comparison with either country's trade with Russia, amounting to around $40 million last year.

Related: Kyrgyzstan: Japarov courts Moscow on first trip abroad
""",
    "people": [
        P("Камчыбек Ташиев", "Kamchybek Tashiev", "председатель ГКНБ Киргизии", ["Kamchybek Tashiev", "Tashiev"]),
        P("Саймумин Ятимов", "Saimumin Yatimov", "председатель ГКНБ Таджикистана", ["Saimumin Yatimov"]),
        P("Садыр Жапаров", "Sadyr Japarov", "президент Киргизии", ["Sadyr Japarov", "Japarov"]),
        P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin", "Putin"]),
        P("Дмитрий Песков", "Dmitry Peskov", "пресс-секретарь президента России", ["Dmitry Peskov"]),
        P("Станислав Зась", "Stanislav Zas", "генеральный секретарь ОДКБ", ["Stanislav Zas"]),
        P("Эмомали Рахмон", "Emomali Rahmon", "президент Таджикистана", ["Emomali Rahmon"]),
    ],
    "other_names": ["Daniyar Kurmanov"],
    "figures": [
        F("kyrgyz_tajik_trade_usd", 40000000, "2020", "actual", "amounting to around $40 million last year",
          qualifier="about", period_text="last year", note="Distractor: third-country (Kyrgyzstan–Tajikistan) trade."),
    ],
    "events": [
        E("2021-04-28", "Kyrgyz–Tajik border clashes near Kok-Tash, Batken region",
          "The violence flared on Wednesday at a water distribution point near the village of Kok-Tash",
          "other", "past", False),
        E("2021-04-29", "Tashiev and Yatimov agreed a full ceasefire and troop withdrawal",
          "agreed on a full ceasefire and the withdrawal of troops to their permanent bases", "agreement", "past", False),
        E("2021-04-29", "Japarov–Putin telephone call",
          "held a telephone call with Russian President Vladimir Putin on Thursday", "other", "past", True),
        E("2021-02", "Japarov's first foreign trip as president, to Moscow",
          "made Moscow the destination of his first foreign trip as president in February", "visit", "past", True),
        E("2021-05-09", "Japarov expected in Moscow for the Victory Day parade",
          "He is expected back in the Russian capital for the Victory Day parade on May 9", "visit", "planned", True),
    ],
})

# ---------------------------------------------------------------- 09
ARTICLES.append({
    "file": "09_ria_ru_2022_batken_samarkand_putin.txt",
    "source": "https://ria.ru/20220916/kirgiziya-1817364412.html",
    "header_line_date": None,
    "lang": "ru",
    "header_date": "16.09.2022 18:31",
    "date": "2022-09-16",
    "date_partial": None,
    "date_source": "byline",
    "date_note": "No header date; byline '16.09.2022 18:31' and dateline 'САМАРКАНД, 16 сен'; URL also has 20220916. 'в среду' = 2022-09-14, 'накануне' = 2022-09-15, 'в пятницу' = 2022-09-16; '(обновлено: 17.09.2022 09:05)' is a distractor.",
    "body": """
Путин призвал Киргизию и Таджикистан урегулировать конфликт мирным путем

16.09.2022 18:31 (обновлено: 17.09.2022 09:05)

САМАРКАНД, 16 сен — РИА Новости. Президент России Владимир Путин призвал руководство Киргизии и Таджикистана не допустить дальнейшей эскалации на границе и решать все вопросы за столом переговоров, сообщил журналистам пресс-секретарь главы государства Дмитрий Песков.

"Путин призвал стороны к скорейшему прекращению огня и к тому, чтобы все спорные вопросы решались исключительно политико-дипломатическими средствами", — сказал Песков на полях саммита Шанхайской организации сотрудничества, который проходит в Самарканде.

По словам пресс-секретаря, накануне Путин обсудил ситуацию на границе с президентом Киргизии Садыром Жапаровым во время их встречи на полях саммита, а также провел беседу с президентом Таджикистана Эмомали Рахмоном.

Боестолкновения на киргизско-таджикском участке границы начались в среду в районе Баткенской области Киргизии и Согдийской области Таджикистана. Стороны обвиняют друг друга в провокации и применении тяжелого вооружения.

В пятницу председатель ГКНБ Киргизии Камчыбек Ташиев сообщил, что достиг договоренности с главой ГКНБ Таджикистана о прекращении огня с 16:00 и отводе техники. Позднее Жапаров и Рахмон, по информации киргизской стороны, встретились в Самарканде и поручили соответствующим ведомствам обеспечить выполнение договоренностей.

Генеральный секретарь ОДКБ Станислав Зась выразил озабоченность происходящим и заявил, что организация готова оказать содействие в урегулировании, если стороны об этом попросят.

В октябре на территории Киргизии должны пройти учения миротворческих сил ОДКБ "Нерушимое братство — 2022", напомнил источник в секретариате организации. Вопрос о возможном переносе учений пока не обсуждался.

Российская авиабаза "Кант" продолжает работу в штатном режиме, сообщили РИА Новости в военном ведомстве.
""",
    "people": [
        P("Владимир Путин", "Владимир Путин", "президент России", ["Владимир Путин", "Путин"]),
        P("Дмитрий Песков", "Дмитрий Песков", "пресс-секретарь президента России", ["Дмитрий Песков", "Песков"]),
        P("Садыр Жапаров", "Садыром Жапаровым", "президент Киргизии", ["Садыром Жапаровым", "Жапаров"]),
        P("Эмомали Рахмон", "Эмомали Рахмоном", "президент Таджикистана", ["Эмомали Рахмоном", "Рахмон"]),
        P("Камчыбек Ташиев", "Камчыбек Ташиев", "председатель ГКНБ Киргизии", ["Камчыбек Ташиев"]),
        P("Станислав Зась", "Станислав Зась", "генеральный секретарь ОДКБ", ["Станислав Зась"]),
    ],
    "other_names": [],
    "figures": [],
    "events": [
        E("2022-09-16", "SCO summit in Samarkand under way", "саммита Шанхайской организации сотрудничества, который проходит в Самарканде",
          "meeting", "ongoing", False),
        E("2022-09-15", "Putin–Japarov meeting on the sidelines of the SCO summit",
          "накануне Путин обсудил ситуацию на границе с президентом Киргизии Садыром Жапаровым во время их встречи на полях саммита",
          "meeting", "past", True),
        E("2022-09-14", "Kyrgyz–Tajik border clashes began (Batken / Sughd)",
          "Боестолкновения на киргизско-таджикском участке границы начались в среду", "other", "past", False),
        E("2022-09-16", "Ceasefire agreed by the Kyrgyz and Tajik security chiefs from 16:00",
          "достиг договоренности с главой ГКНБ Таджикистана о прекращении огня", "agreement", "past", False),
        E("2022-09-16", "Japarov–Rahmon meeting in Samarkand",
          "Жапаров и Рахмон, по информации киргизской стороны, встретились в Самарканде", "meeting", "past", False),
        E("2022-10", "CSTO peacekeeping exercise 'Indestructible Brotherhood 2022' due in Kyrgyzstan",
          "В октябре на территории Киргизии должны пройти учения миротворческих сил ОДКБ", "other", "planned", False),
    ],
})

# ---------------------------------------------------------------- 10
ARTICLES.append({
    "file": "10_sputnikkg_ru_2023_bekbolotov_interview.txt",
    "source": "https://ru.sputnik.kg/20230223/ministr-oborony-bekbolotov-intervyu-1072918455.html",
    "header_line_date": "2023-02-23",
    "lang": "ru",
    "header_date": "23.02.2023",
    "date": "2023-02-23",
    "date_partial": None,
    "date_source": "byline",
    "date_note": "Byline '23.02.2023, 09:00 (обновлено: 11:40)'. 'в декабре прошлого года' = 2022-12; 'в октябре' (this year) = 2023-10; 'осенью' = 2023.",
    "body": """
Министр обороны Бекболотов: Кант — это наша общая безопасность

23.02.2023, 09:00 (обновлено: 11:40)

В День защитника Отечества министр обороны Кыргызстана Бактыбек Бекболотов ответил на вопросы Sputnik о военном сотрудничестве с Россией, уроках баткенских событий и перевооружении армии.

Беседовал Эрмек Осмоналиев

— Бактыбек Асанкалиевич, прошлый год стал для армии очень тяжелым. Какие выводы сделаны после сентябрьских событий в Баткене?

— Главный вывод — армия должна быть мобильной и хорошо оснащенной. Мы увеличили численность подразделений на южном направлении, создаем новые опорные пункты. Президент, Верховный главнокомандующий Садыр Жапаров поставил задачу в короткие сроки обновить парк техники. В этом году оборонный бюджет увеличен почти на 30 процентов.

— Какую роль в этом играет Россия?

— Ключевую. В прошлом году по линии безвозмездной военно-технической помощи Российская Федерация передала нам бронеавтомобили «Тигр», бронетранспортеры БТР-70М, беспилотники «Орлан-10» и два вертолета Ми-8МТВ-5. Напомню, что еще в 2012 году было подписано соглашение, по которому Россия обязалась поставить вооружение на 1,1 миллиарда долларов. Часть этих поставок уже выполнена.

— Вы встречались с Сергеем Шойгу...

— Да, в декабре прошлого года в Москве мы провели переговоры с министром обороны России Сергеем Кужугетовичем Шойгу. Договорились о расширении подготовки наших офицеров: сейчас в российских военных вузах учатся более 300 кыргызстанских курсантов.

— Некоторые эксперты говорят, что Кыргызстан закупает беспилотники у Турции, а не у России.

— Мы покупаем то, что нужно армии, у разных партнеров. Но стратегический союзник у нас один — Россия, и в рамках ОДКБ мы вместе отвечаем за безопасность региона.

— Что запланировано на этот год?

— В октябре российской авиабазе «Кант» исполнится 20 лет, мы готовим совместные мероприятия. Осенью наши подразделения примут участие в учениях Коллективных сил оперативного реагирования ОДКБ в Беларуси.

— Ваше поздравление военнослужащим?

— Желаю всем, кто носит погоны, мира, крепкого здоровья и чистого неба!

Фото: Министерство обороны КР
""",
    "people": [
        P("Бактыбек Бекболотов", "Бактыбек Бекболотов", "министр обороны Киргизии",
          ["Бактыбек Бекболотов", "Бекболотов", "Бактыбек Асанкалиевич"],
          note="Interviewee; addressed by name and patronymic."),
        P("Садыр Жапаров", "Садыр Жапаров", "президент Киргизии", ["Садыр Жапаров"]),
        P("Сергей Шойгу", "Сергеем Шойгу", "министр обороны России", ["Сергеем Шойгу", "Сергеем Кужугетовичем Шойгу"]),
    ],
    "other_names": ["Эрмек Осмоналиев"],
    "figures": [
        F("kyrgyz_defence_budget_growth_pct", 30, "2023", "actual", "оборонный бюджет увеличен почти на 30 процентов",
          qualifier="almost", period_text="В этом году", note="Distractor: defence budget."),
        F("russian_military_aid_usd", 1100000000, None, "target", "поставить вооружение на 1,1 миллиарда долларов",
          note="Distractor: 2012 military aid commitment."),
        F("kyrgyz_cadets_in_russia_count", 300, None, "actual", "более 300 кыргызстанских курсантов",
          qualifier="more than", note="Distractor: count."),
    ],
    "events": [
        E("2022", "Russia handed over Tigr armoured cars, BTR-70M, Orlan-10 drones and two Mi-8MTV-5 helicopters as free military-technical aid",
          "В прошлом году по линии безвозмездной военно-технической помощи Российская Федерация передала нам бронеавтомобили «Тигр»",
          "other", "past", True),
        E("2012", "Agreement on Russian military-technical aid worth $1.1 billion signed",
          "еще в 2012 году было подписано соглашение", "agreement", "past", True),
        E("2022-12", "Bekbolotov–Shoigu talks in Moscow",
          "в декабре прошлого года в Москве мы провели переговоры с министром обороны России Сергеем Кужугетовичем Шойгу",
          "meeting", "past", True),
        E("2023-10", "20th anniversary of the Russian Kant air base",
          "В октябре российской авиабазе «Кант» исполнится 20 лет", "anniversary", "planned", True),
        E("2023", "Kyrgyz units to take part in CSTO Collective Rapid Reaction Force exercises in Belarus in autumn",
          "Осенью наши подразделения примут участие в учениях Коллективных сил оперативного реагирования ОДКБ в Беларуси",
          "other", "planned", False),
    ],
})

# ---------------------------------------------------------------- 11
ARTICLES.append({
    "file": "11_milru_ru_2024_belousov_bekbolotov_talks.txt",
    "source": "https://function.mil.ru/news_page/country/more.htm?id=12532418@egNews",
    "header_line_date": "2024-10-22",
    "lang": "ru",
    "header_date": "22.10.2024",
    "date": "2024-10-22",
    "date_partial": None,
    "date_source": "byline",
    "date_note": "Page date '22.10.2024 (13:05)'. 'в сентябре' = 2024-09; 'в ноябре' = 2024-11; 'на следующий год' = 2025.",
    "body": """
Андрей Белоусов провел переговоры с Министром обороны Киргизской Республики

22.10.2024 (13:05)

Министр обороны Российской Федерации Андрей Белоусов провел в Москве переговоры с Министром обороны Киргизской Республики Бактыбеком Бекболотовым.

Открывая встречу, Андрей Белоусов отметил, что Киргизия является стратегическим партнером и союзником России, а двустороннее военное сотрудничество развивается по всем направлениям.

«Мы высоко ценим вклад киргизских партнеров в обеспечение функционирования Объединенной российской военной базы. Рассчитываем и дальше совместно противостоять угрозам международного терроризма и экстремизма, в том числе исходящим с территории Афганистана», — подчеркнул глава российского военного ведомства.

Бактыбек Бекболотов поблагодарил российскую сторону за помощь в оснащении Вооруженных сил Киргизской Республики современными образцами вооружения и военной техники, а также за подготовку военных кадров. В военных вузах Минобороны России в настоящее время обучаются более 400 военнослужащих из Киргизии.

Стороны дали высокую оценку итогам совместного российско-киргизского антитеррористического учения, проведенного в сентябре на полигоне Эдельвейс в Иссык-Кульской области с участием подразделений Объединенной российской военной базы.

По итогам переговоров министры подписали План двустороннего военного сотрудничества на следующий год.

Министры также обсудили подготовку к заседанию Совета министров обороны государств — членов ОДКБ, которое пройдет в ноябре.

Департамент информационной политики Министерства обороны Российской Федерации
""",
    "people": [
        P("Андрей Белоусов", "Андрей Белоусов", "министр обороны России", ["Андрей Белоусов"]),
        P("Бактыбек Бекболотов", "Бактыбеком Бекболотовым", "министр обороны Киргизии",
          ["Бактыбеком Бекболотовым", "Бактыбек Бекболотов"]),
    ],
    "other_names": [],
    "figures": [
        F("kyrgyz_servicemen_in_russian_military_schools_count", 400, None, "actual",
          "обучаются более 400 военнослужащих из Киргизии", qualifier="more than", note="Distractor: count."),
    ],
    "events": [
        E("2024-10-22", "Belousov–Bekbolotov talks in Moscow",
          "Андрей Белоусов провел в Москве переговоры с Министром обороны Киргизской Республики Бактыбеком Бекболотовым",
          "meeting", "past", True),
        E("2024-09", "Joint Russian–Kyrgyz anti-terrorist exercise at the Edelweiss range, Issyk-Kul region",
          "совместного российско-киргизского антитеррористического учения, проведенного в сентябре на полигоне Эдельвейс",
          "other", "past", True),
        E("2024-10-22", "Plan of bilateral military cooperation for the next year signed",
          "министры подписали План двустороннего военного сотрудничества на следующий год", "agreement", "past", True),
        E("2024-11", "Meeting of the CSTO Council of Defence Ministers",
          "заседанию Совета министров обороны государств — членов ОДКБ, которое пройдет в ноябре", "meeting", "planned", False),
    ],
})

# ---------------------------------------------------------------- 12
ARTICLES.append({
    "file": "12_tass_ru_2021_patrushev_imankulov_consultations.txt",
    "source": "https://tass.ru/politika/13163011",
    "header_line_date": "2021-12-10",
    "lang": "ru",
    "header_date": "10 ДЕК, 15:27",
    "date": "2021-12-10",
    "date_partial": None,
    "date_source": "header",
    "date_note": "Header date 2021-12-10; TASS line '10 ДЕК, 15:27' and dateline 'МОСКВА, 10 декабря' lack the year; 'в пятницу' agrees (Friday). 'в августе' = 2021-08; 'в октябре' = 2021-10; 'в следующем году' = 2022.",
    "body": """
Патрушев и Иманкулов обсудили угрозы со стороны Афганистана и охрану границы

10 ДЕК, 15:27

МОСКВА, 10 декабря. /ТАСС/. Секретарь Совета безопасности РФ Николай Патрушев провел в пятницу в Москве консультации с секретарем Совета безопасности Киргизии Маратом Иманкуловым. Об этом сообщили ТАСС в пресс-службе аппарата Совбеза России.

"Стороны обсудили ситуацию в Афганистане после прихода к власти в августе движения "Талибан" (запрещено в РФ), угрозы проникновения террористов и наркотрафика в Центральную Азию, а также вопросы укрепления киргизско-таджикской границы", - говорится в сообщении.

Патрушев подчеркнул, что Россия продолжит оказывать Киргизии содействие в укреплении пограничной службы. По данным российской стороны, за последние три года пограничникам республики безвозмездно передано техники и снаряжения на сумму более 1 млрд рублей, в том числе бронеавтомобили, внедорожники, тепловизоры и беспилотные летательные аппараты.

Марат Иманкулов, в свою очередь, поблагодарил российских коллег за помощь и отметил важность совместных учений. В октябре подразделения вооруженных сил Киргизии участвовали в учениях ОДКБ "Поиск-2021", "Эшелон-2021" и "Взаимодействие-2021" на полигоне Харб-Майдон в Таджикистане.

Также обсуждалось взаимодействие в сфере информационной безопасности и противодействия вербовке трудовых мигрантов экстремистскими организациями.

Стороны договорились провести следующий раунд консультаций в Бишкеке в следующем году.

Тэги: Россия, Киргизия, Николай Патрушев, Совбез РФ
""",
    "people": [
        P("Николай Патрушев", "Николай Патрушев", "секретарь Совета безопасности России", ["Николай Патрушев", "Патрушев"]),
        P("Марат Иманкулов", "Маратом Иманкуловым", "секретарь Совета безопасности Киргизии",
          ["Маратом Иманкуловым", "Марат Иманкулов"]),
    ],
    "other_names": [],
    "figures": [
        F("russian_border_aid_rub", 1000000000, None, "actual", "на сумму более 1 млрд рублей", qualifier="more than",
          period_text="за последние три года", note="Distractor: aid to the border service in roubles."),
    ],
    "events": [
        E("2021-12-10", "Patrushev–Imankulov security council consultations in Moscow",
          "провел в пятницу в Москве консультации с секретарем Совета безопасности Киргизии Маратом Иманкуловым",
          "meeting", "past", True),
        E("2021-08", "Taliban came to power in Afghanistan", "после прихода к власти в августе движения \"Талибан\"",
          "other", "past", False),
        E("2021-10", "CSTO exercises Poisk-2021, Eshelon-2021 and Vzaimodeistvie-2021 at Harb-Maidon, Tajikistan, with Kyrgyz units",
          "В октябре подразделения вооруженных сил Киргизии участвовали в учениях ОДКБ", "other", "past", False),
        E("2022", "Next round of consultations to be held in Bishkek",
          "провести следующий раунд консультаций в Бишкеке в следующем году", "meeting", "planned", True),
    ],
})

# ---------------------------------------------------------------- 13
ARTICLES.append({
    "file": "13_kremlin_ru_2025_putin_japarov_press_statements.txt",
    "source": "http://kremlin.ru/events/president/transcripts/78588",
    "header_line_date": "2025-11-26",
    "lang": "ru",
    "header_date": "26 ноября 2025 года",
    "date": "2025-11-26",
    "date_partial": None,
    "date_source": "body",
    "date_note": "Page line '26 ноября 2025 года, 15:10, Бишкек'. 'завтра' = 2025-11-27 (CSTO summit); 'в прошлом году' = 2024; 'в этом месяце' = 2025-11.",
    "body": """
Заявления для прессы по итогам российско-киргизских переговоров

По завершении переговоров Владимир Путин и Президент Киргизской Республики Садыр Жапаров сделали заявления для прессы.

26 ноября 2025 года, 15:10, Бишкек

В.Путин: Уважаемый Садыр Нургожоевич! Уважаемые представители средств массовой информации!

Прежде всего хотел бы поблагодарить Президента Киргизии за приглашение посетить республику с государственным визитом и за традиционное гостеприимство.

Переговоры прошли в конструктивной, дружественной атмосфере. Подписан солидный пакет межгосударственных, межправительственных и межведомственных документов.

Россия уверенно сохраняет позиции одного из ведущих торгово-экономических партнеров Киргизии. В прошлом году взаимный товарооборот вырос на 9 процентов и превысил 3,3 миллиарда долларов. Накопленные российские инвестиции в экономику республики превышают 1,5 миллиарда долларов. Поставлена задача вывести товарооборот на уровень 5 миллиардов долларов к 2030 году. Этому должны способствовать и договоренности, достигнутые на заседании межправительственной комиссии в этом месяце.

Особое внимание уделили вопросам безопасности. Объединенная российская военная база, прежде всего авиабаза «Кант», вносит весомый вклад в обеспечение стабильности в Центральной Азии. Договорились продолжить модернизацию ее инфраструктуры, а также поставки вооружения и военной техники для Вооруженных сил Киргизии.

Россия поддерживает усилия киргизских друзей по председательству в Организации Договора о коллективной безопасности. Завтра в Бишкеке состоится сессия Совета коллективной безопасности ОДКБ, и мы рассчитываем на ее продуктивную работу.

Спасибо.

С.Жапаров (как переведено): Уважаемый Владимир Владимирович!

Визит Президента Российской Федерации — важное событие для нашей страны. Мы высоко ценим помощь России в укреплении обороноспособности Кыргызстана, в том числе поставки бронетехники и беспилотных систем. Совместная борьба с терроризмом, экстремизмом и наркотрафиком остается нашим приоритетом.

Благодарю за внимание.
""",
    "people": [
        P("Владимир Путин", "Владимир Путин", "президент России",
          ["Владимир Путин", "В.Путин", "Владимир Владимирович"],
          note="'Владимир Владимирович' is an address form without surname."),
        P("Садыр Жапаров", "Садыр Жапаров", "президент Киргизии",
          ["Садыр Жапаров", "С.Жапаров", "Садыр Нургожоевич"],
          note="'Садыр Нургожоевич' is an address form without surname."),
    ],
    "other_names": [],
    "figures": [
        F("trade_turnover_growth_pct", 9, "2024", "actual", "В прошлом году взаимный товарооборот вырос на 9 процентов",
          period_text="В прошлом году"),
        F("trade_turnover", 3300000000, "2024", "actual", "превысил 3,3 миллиарда долларов", qualifier="more than",
          period_text="В прошлом году"),
        F("russian_accumulated_investment_usd", 1500000000, None, "actual",
          "Накопленные российские инвестиции в экономику республики превышают 1,5 миллиарда долларов",
          qualifier="more than", note="Distractor: investment stock."),
        F("trade_turnover", 5000000000, "2030", "target", "вывести товарооборот на уровень 5 миллиардов долларов к 2030 году",
          note="Target with a deadline year rather than 'per year'."),
    ],
    "events": [
        E("2025-11-26", "Putin's state visit to Kyrgyzstan; Russian–Kyrgyz talks in Bishkek",
          "посетить республику с государственным визитом", "visit", "past", True),
        E("2025-11-26", "Package of interstate, intergovernmental and interdepartmental documents signed",
          "Подписан солидный пакет межгосударственных, межправительственных и межведомственных документов",
          "agreement", "past", True),
        E("2025-11", "Session of the intergovernmental commission earlier this month",
          "заседании межправительственной комиссии в этом месяце", "igc_session", "past", True),
        E("2025-11-27", "CSTO Collective Security Council session in Bishkek",
          "Завтра в Бишкеке состоится сессия Совета коллективной безопасности ОДКБ", "meeting", "planned", False),
        E(None, "Kyrgyz chairmanship of the CSTO", "председательству в Организации Договора о коллективной безопасности",
          "other", "ongoing", False),
    ],
})

# ---------------------------------------------------------------- 14
ARTICLES.append({
    "file": "14_thediplomat_en_2026_russia_military_footprint.txt",
    "source": "https://thediplomat.com/2026/02/russia-deepens-its-military-footprint-in-kyrgyzstan/",
    "header_line_date": None,
    "lang": "en",
    "header_date": "February 10, 2026",
    "date": "2026-02-10",
    "date_partial": None,
    "date_source": "byline",
    "date_note": "No header date; byline 'February 10, 2026' (URL has 2026/02). 'last month' = 2026-01; 'late November' = 2025-11; 'in March last year' = 2025-03; 'in April' = 2026-04.",
    "body": """
Russia Deepens Its Military Footprint in Kyrgyzstan

From Kant to the Tajik border, Moscow's drones and armor are reshaping Kyrgyzstan's defense posture.

By Aizada Temirbekova
February 10, 2026

Image Credit: Depositphotos

Last month, at a ceremony on the apron of the Kant air base outside Bishkek, Russian officers handed their Kyrgyz counterparts a batch of reconnaissance drones, several armored vehicles and communications equipment as part of Moscow's free military-technical assistance. Kyrgyz officials described it as the largest single delivery since the border war with Tajikistan in 2022.

The handover came two months after Vladimir Putin's state visit to Bishkek in late November, when he and President Sadyr Japarov agreed to modernize Kant and continue arms supplies. Putin stayed on for a summit of the Collective Security Treaty Organization (CSTO), which Kyrgyzstan chaired last year.

The bloc now has a Kyrgyz face: veteran diplomat Taalatbek Masadykov took over as CSTO secretary-general on January 1. Russian Defense Minister Andrei Belousov has called Kyrgyzstan "the most reliable ally in Central Asia."

Economics underpins the security bond. Kyrgyz statistics show bilateral trade with Russia at $2.6 billion in the first nine months of 2025, up 7 percent year on year. Remittances from Russia, which made up most of the $2.9 billion Kyrgyz migrants sent home in 2025, remain the country's lifeline. China, meanwhile, reported trade with Kyrgyzstan of more than $22 billion in 2024, most of it re-exports.

The border picture has also changed. In March last year Japarov and Tajik President Emomali Rahmon signed a treaty settling the remaining disputed sections of their frontier, removing the main trigger for the clashes of 2021 and 2022. Cabinet Chairman Adylbek Kasymaliev has said the savings will go into the army.

Still, Bishkek is hedging. It buys Turkish drones and trains with Chinese police units. A joint Russian-Kyrgyz air-defense exercise is scheduled for April, and a CSTO command-staff drill is planned in Kyrgyzstan in the autumn.

Aizada Temirbekova is a Bishkek-based journalist covering Central Asian security.
""",
    "people": [
        P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin", "Putin"]),
        P("Садыр Жапаров", "Sadyr Japarov", "президент Киргизии", ["Sadyr Japarov", "Japarov"]),
        P("Таалатбек Масадыков", "Taalatbek Masadykov", "генеральный секретарь ОДКБ", ["Taalatbek Masadykov"]),
        P("Андрей Белоусов", "Andrei Belousov", "министр обороны России", ["Andrei Belousov"]),
        P("Эмомали Рахмон", "Emomali Rahmon", "президент Таджикистана", ["Emomali Rahmon"]),
        P("Адылбек Касымалиев", "Adylbek Kasymaliev", "председатель кабинета министров Киргизии", ["Adylbek Kasymaliev"]),
    ],
    "other_names": ["Aizada Temirbekova"],
    "figures": [
        F("trade_turnover", 2600000000, "2025-9M", "actual",
          "bilateral trade with Russia at $2.6 billion in the first nine months of 2025", note="Kyrgyz statistics."),
        F("trade_turnover_growth_pct", 7, "2025-9M", "actual", "up 7 percent year on year"),
        F("remittances_total_usd", 2900000000, "2025", "actual", "the $2.9 billion Kyrgyz migrants sent home in 2025",
          note="Distractor: total remittances (not only from Russia)."),
        F("china_kyrgyz_trade_usd", 22000000000, "2024", "actual", "trade with Kyrgyzstan of more than $22 billion in 2024",
          qualifier="more than", note="Distractor: third country (China)."),
    ],
    "events": [
        E("2026-01", "Russian drones, armoured vehicles and communications equipment handed over at Kant as free military-technical aid",
          "Russian officers handed their Kyrgyz counterparts a batch of reconnaissance drones", "other", "past", True),
        E("2025-11", "Putin's state visit to Bishkek; agreement with Japarov to modernize Kant",
          "Vladimir Putin's state visit to Bishkek in late November", "visit", "past", True),
        E("2025-11", "CSTO summit in Bishkek", "Putin stayed on for a summit of the Collective Security Treaty Organization (CSTO)",
          "meeting", "past", False),
        E("2025", "Kyrgyzstan's CSTO chairmanship in 2025", "which Kyrgyzstan chaired last year", "other", "past", False),
        E("2026-01-01", "Taalatbek Masadykov took office as CSTO secretary-general",
          "took over as CSTO secretary-general on January 1", "other", "past", False),
        E("2025-03", "Japarov and Rahmon signed the Kyrgyz–Tajik border treaty",
          "In March last year Japarov and Tajik President Emomali Rahmon signed a treaty", "agreement", "past", False),
        E("2026-04", "Joint Russian–Kyrgyz air-defence exercise",
          "A joint Russian-Kyrgyz air-defense exercise is scheduled for April", "other", "planned", True),
        E("2026", "CSTO command-staff drill in Kyrgyzstan in autumn",
          "a CSTO command-staff drill is planned in Kyrgyzstan in the autumn", "other", "planned", False),
    ],
})
