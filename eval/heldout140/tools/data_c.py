"""Articles 11-14 with their gold annotation."""
from helpers import P, F, E

ARTICLES = []

# ---------------------------------------------------------------- 11
ARTICLES.append({
    "file": "11_kremlin_ru_2004_putin_akayev_novo_ogaryovo.txt",
    "source": "http://kremlin.ru/events/president/transcripts/22537",
    "date_header": "2004-06-29",
    "body": """Начало встречи с Президентом Киргизии Аскаром Акаевым

29 июня 2004 года, 13:00
Ново-Огарёво, Московская область

В.ПУТИН: Уважаемый Аскар Акаевич, дорогие друзья!

Я очень рад вас видеть. Мы с Вами виделись совсем недавно, в Ташкенте, на саммите Шанхайской организации сотрудничества, но там, как всегда, не было времени поговорить обстоятельно о двусторонних делах.

А они развиваются, я бы сказал, динамично. В прошлом году товарооборот вырос почти на треть, а за первые четыре месяца этого года – ещё на 20 процентов. Это хороший результат, хотя, конечно, абсолютные цифры пока скромные, и у нас есть все возможности, чтобы их нарастить.

Хочу ещё раз поблагодарить Вас за то внимание, которое Вы уделяете положению русского языка в Киргизии и работе Славянского университета. Авиабаза в Канте работает уже восемь месяцев, и мы видим, что она востребована – и для безопасности Киргизии, и для всего региона.

Добро пожаловать!

А.АКАЕВ: Уважаемый Владимир Владимирович!

Благодарю Вас за приглашение и за возможность встретиться в такой неформальной обстановке.

Мы высоко ценим, что Россия остается нашим главным стратегическим партнером и союзником. По нашим данным, товарооборот в прошлом году превысил 300 миллионов долларов. Российские инвестиции в экономику Киргизии за тот же год составили около 20 миллионов долларов – этого, конечно, мало. Мы ставим задачу довести товарооборот до 500 миллионов долларов уже в ближайшие два-три года.

Наш премьер-министр Николай Танаев на прошлой неделе провёл в Москве хорошие переговоры с Михаилом Ефимовичем Фрадковым, и мы рассчитываем, что договорённости по энергетике и по гидроэлектростанциям на Нарыне будут реализованы.

Сегодня мы могли бы обсудить и подготовку к заседанию Совета глав государств СНГ, которое пройдёт в Астане в сентябре.

И, пользуясь случаем, хочу заранее поблагодарить Вас за приглашение на торжества по случаю 60-летия Победы, которые пройдут в Москве 9 мая будущего года.

<...>

Тематическая подборка: Международные отношения
Географическая подборка: Киргизия
Версия для печати
""",
    "gold": {
        "lang": "ru",
        "header_date": "2004-06-29",
        "date": "2004-06-29",
        "date_partial": None,
        "date_source": "body",
        "date_note": "Body: '29 июня 2004 года, 13:00 Ново-Огарёво'. 'будущего года' = 2005; 'на прошлой неделе' = the week of 21–27 June 2004.",
        "people": [
            P("Аскар Акаев", "Аскаром Акаевым", "Президент Киргизии", ["Аскаром Акаевым", "Аскар Акаевич", "А.АКАЕВ"],
              note="'Аскар Акаевич' is name+patronymic; 'А.АКАЕВ' a transcript speaker label."),
            P("Владимир Путин", "В.ПУТИН", "Президент России", ["В.ПУТИН", "Владимир Владимирович"],
              note="Only the speaker label and the name+patronymic address appear."),
            P("Николай Танаев", "Николай Танаев", "премьер-министр Киргизии", ["Николай Танаев"]),
            P("Михаил Фрадков", "Михаилом Ефимовичем Фрадковым", "Председатель Правительства России",
              ["Михаилом Ефимовичем Фрадковым"]),
        ],
        "other_names": [],
        "figures": [
            F("trade_turnover_growth_pct", 33, "2003", "actual", "В прошлом году товарооборот вырос почти на треть",
              qualifier="almost", note="'почти на треть' ≈ 33%.", period_text="В прошлом году"),
            F("trade_turnover_growth_pct", 20, "2004-4M", "actual", "за первые четыре месяца этого года – ещё на 20 процентов",
              period_text="за первые четыре месяца этого года"),
            F("trade_turnover", 300000000, "2003", "actual", "товарооборот в прошлом году превысил 300 миллионов долларов",
              qualifier="more than", period_text="в прошлом году"),
            F("russian_investment_usd", 20000000, "2003", "actual",
              "Российские инвестиции в экономику Киргизии за тот же год составили около 20 миллионов долларов", qualifier="about",
              note="Investment, not turnover."),
            F("trade_turnover", 500000000, None, "target", "довести товарооборот до 500 миллионов долларов уже в ближайшие два-три года",
              note="Target within two to three years; no year stated."),
        ],
        "events": [
            E("2004-06-29", "Putin–Akayev meeting at Novo-Ogaryovo",
              "Начало встречи с Президентом Киргизии Аскаром Акаевым", "meeting", "past"),
            E(None, "SCO summit in Tashkent where the presidents met recently",
              "Мы с Вами виделись совсем недавно, в Ташкенте, на саммите Шанхайской организации сотрудничества", "conference", "past",
              bilateral=False, date_note="'совсем недавно' before 2004-06-29; no date in text."),
            E(None, "Kant air base operating for eight months",
              "Авиабаза в Канте работает уже восемь месяцев", "other", "ongoing"),
            E("2004-06", "Tanayev–Fradkov talks in Moscow last week",
              "Наш премьер-министр Николай Танаев на прошлой неделе провёл в Москве хорошие переговоры с Михаилом Ефимовичем Фрадковым",
              "meeting", "past", date_note="'на прошлой неделе' = 21–27 June 2004."),
            E("2004-09", "CIS Council of Heads of State in Astana in September",
              "заседанию Совета глав государств СНГ, которое пройдёт в Астане в сентябре", "conference", "planned", bilateral=False),
            E("2005-05-09", "Celebrations of the 60th anniversary of Victory in Moscow, 9 May next year",
              "торжества по случаю 60-летия Победы, которые пройдут в Москве 9 мая будущего года", "anniversary", "planned",
              bilateral=False),
        ],
    },
})

# ---------------------------------------------------------------- 12
ARTICLES.append({
    "file": "12_eurasianet_en_2006_kulov_fradkov.txt",
    "source": "http://www.eurasianet.org/departments/business/articles/eav031406.shtml",
    "date_header": None,
    "body": """EurasiaNet Business & Economics
3/14/06

KYRGYZSTAN LOOKS NORTH FOR MONEY, AND MOSCOW IS LISTENING

A EurasiaNet Partner Post by Aidan Corrigan

Kyrgyz Prime Minister Felix Kulov returned from Moscow last week with what officials in Bishkek described as the most concrete package of Russian economic commitments since the March 2005 revolution. During talks on March 9 with his Russian counterpart Mikhail Fradkov, Kulov secured a promise that Moscow would consider restructuring Kyrgyzstan's roughly $180 million debt to Russia, and the two premiers agreed to revive plans for Russian participation in the Kambarata hydropower projects.

The trip capped a busy winter in bilateral relations. President Kurmanbek Bakiyev held a telephone conversation with Vladimir Putin in late February, and the intergovernmental commission on economic cooperation is due to meet in Bishkek in April, according to the Kyrgyz Foreign Ministry. Foreign Minister Alikbek Jekshenkulov is expected to travel to Moscow before then for consultations with Sergei Lavrov.

Trade figures help explain Bishkek's eagerness. Kyrgyz-Russian trade reached $553 million in 2005, up 28 percent from the previous year, according to the National Statistics Committee. Kulov told reporters that the two governments want to lift turnover to $1 billion by 2008. By comparison, China's officially recorded trade with Kyrgyzstan came to nearly $1 billion in 2005, much of it re-exported to neighboring states.

Remittances are an even bigger factor. The National Bank estimates that labor migrants, most of them in Russia, sent home about $322 million last year, a figure many economists consider too low.

Bishkek, at the same time, is locked in a dispute with Washington over the rent for the Manas air base. Bakiyev has demanded that the United States raise its annual payment to $200 million from about $2 million. Russia's base at Kant, by contrast, operates rent-free under the 2003 agreement.

Kyrgyzstan will host the summit of the Shanghai Cooperation Organization next year, and officials in Bishkek are already counting on a Putin visit on the sidelines.

Editor's Note: Aidan Corrigan is a freelance writer who covers Central Asia.

Posted March 14, 2006 © Eurasianet
""",
    "gold": {
        "lang": "en",
        "header_date": "unknown",
        "date": "2006-03-14",
        "date_partial": None,
        "date_source": "body",
        "date_note": "US-style '3/14/06' under the section title and 'Posted March 14, 2006'; URL 'eav031406'. 'last week' agrees with talks on March 9.",
        "people": [
            P("Феликс Кулов", "Felix Kulov", "prime minister of Kyrgyzstan", ["Felix Kulov", "Kulov"]),
            P("Михаил Фрадков", "Mikhail Fradkov", "prime minister of Russia", ["Mikhail Fradkov"]),
            P("Курманбек Бакиев", "Kurmanbek Bakiyev", "president of Kyrgyzstan", ["Kurmanbek Bakiyev", "Bakiyev"]),
            P("Владимир Путин", "Vladimir Putin", "president of Russia", ["Vladimir Putin", "Putin"]),
            P("Аликбек Джекшенкулов", "Alikbek Jekshenkulov", "foreign minister of Kyrgyzstan", ["Alikbek Jekshenkulov"]),
            P("Сергей Лавров", "Sergei Lavrov", "foreign minister of Russia", ["Sergei Lavrov"]),
        ],
        "other_names": ["Aidan Corrigan"],
        "figures": [
            F("kyrgyz_debt_to_russia_usd", 180000000, None, "actual", "Kyrgyzstan's roughly $180 million debt to Russia", qualifier="about"),
            F("trade_turnover", 553000000, "2005", "actual", "Kyrgyz-Russian trade reached $553 million in 2005"),
            F("trade_turnover_growth_pct", 28, "2005", "actual", "up 28 percent from the previous year"),
            F("trade_turnover", 1000000000, "2008", "target", "lift turnover to $1 billion by 2008"),
            F("third_country_trade_turnover", 1000000000, "2005", "actual",
              "China's officially recorded trade with Kyrgyzstan came to nearly $1 billion in 2005", qualifier="almost",
              note="Kyrgyzstan–China trade; distractor."),
            F("remittances_usd", 322000000, "2005", "actual", "sent home about $322 million last year", qualifier="about",
              note="Migrant remittances (mostly from Russia); not turnover.", period_text="last year"),
            F("manas_rent_usd", 200000000, "annual", "target", "raise its annual payment to $200 million",
              note="U.S. base rent demanded by Bishkek; distractor."),
            F("manas_rent_usd", 2000000, "annual", "actual", "from about $2 million", qualifier="about",
              note="Current U.S. base rent; distractor."),
        ],
        "events": [
            E("2006-03", "Kulov's trip to Moscow last week",
              "Kyrgyz Prime Minister Felix Kulov returned from Moscow last week", "visit", "past"),
            E("2006-03-09", "Kulov–Fradkov talks on March 9",
              "During talks on March 9 with his Russian counterpart Mikhail Fradkov", "meeting", "past"),
            E("2006-02", "Bakiyev–Putin telephone conversation in late February",
              "President Kurmanbek Bakiyev held a telephone conversation with Vladimir Putin in late February", "other", "past"),
            E("2006-04", "Intergovernmental commission session in Bishkek in April",
              "the intergovernmental commission on economic cooperation is due to meet in Bishkek in April", "igc_session", "planned"),
            E("2006", "FM Jekshenkulov to travel to Moscow for consultations with Lavrov (before April)",
              "Foreign Minister Alikbek Jekshenkulov is expected to travel to Moscow before then for consultations with Sergei Lavrov",
              "visit", "planned"),
            E(None, "Kyrgyz-U.S. dispute over the Manas base rent",
              "Bishkek, at the same time, is locked in a dispute with Washington over the rent for the Manas air base",
              "other", "ongoing", bilateral=False),
            E("2003", "2003 agreement under which the Kant base operates rent-free",
              "operates rent-free under the 2003 agreement", "agreement", "past"),
            E("2007", "SCO summit to be hosted by Kyrgyzstan next year",
              "Kyrgyzstan will host the summit of the Shanghai Cooperation Organization next year", "conference", "planned",
              bilateral=False),
            E(None, "Expected Putin visit on the sidelines of the SCO summit",
              "officials in Bishkek are already counting on a Putin visit on the sidelines", "visit", "planned",
              date_note="At next year's SCO summit (2007); only implied."),
        ],
    },
})

# ---------------------------------------------------------------- 13
ARTICLES.append({
    "file": "13_reuters_en_2009_cholponata_base_memorandum.txt",
    "source": "https://www.reuters.com/article/idUSLV12345620090801",
    "date_header": "2009-08-01",
    "body": """UPDATE 2-Russia to get second military base in Kyrgyzstan

Sat Aug 1, 2009 2:41pm EDT

* Medvedev, Bakiyev sign memorandum at CSTO informal summit

* Uzbekistan's Karimov stays away

By Dmitry Sokolin

CHOLPON-ATA, Kyrgyzstan, Aug 1 (Reuters) - Russia and Kyrgyzstan agreed on Saturday to open a new Russian military facility in the south of the Central Asian state, strengthening Moscow's hand in a region where the United States also keeps troops.

Russian President Dmitry Medvedev and Kyrgyz President Kurmanbek Bakiyev signed a memorandum on the deployment after talks at a lakeside resort, where leaders of the Moscow-led Collective Security Treaty Organisation (CSTO) were holding an informal summit.

"This is a serious step in the development of our alliance," Medvedev told reporters after the signing.

Officials said a formal agreement, to be drafted by the two defence ministries, could be signed by the end of the year. Russia already operates the Kant air base near the capital Bishkek, opened in 2003.

Uzbek President Islam Karimov, whose country borders the Ferghana Valley area where the new facility is expected to be located, did not attend the summit.

The deal comes less than six months after Bakiyev, speaking in Moscow in February, announced he would close the U.S. air base at Manas. Kyrgyzstan's parliament later approved a new deal allowing Washington to use the facility as a "transit centre" for $60 million a year in rent, up from $17.4 million.

Bakiyev, re-elected on July 23 with nearly 90 percent of the vote, has received $300 million of a promised $2 billion Russian loan and a $150 million grant, Kyrgyz officials say.

Trade between Russia and Kyrgyzstan fell 22 percent in the first half of 2009 to $677 million, Kyrgyz statistics show, as the global crisis cut demand and migrant remittances.

(Additional reporting by Olga Pavlenko in Moscow; Editing by Michael Tresk)
""",
    "gold": {
        "lang": "en",
        "header_date": "2009-08-01",
        "date": "2009-08-01",
        "date_partial": None,
        "date_source": "byline",
        "date_note": "'Sat Aug 1, 2009 2:41pm EDT'; dateline 'Aug 1 (Reuters)'; 'on Saturday' agrees.",
        "people": [
            P("Дмитрий Медведев", "Dmitry Medvedev", "president of Russia", ["Dmitry Medvedev", "Medvedev"]),
            P("Курманбек Бакиев", "Kurmanbek Bakiyev", "president of Kyrgyzstan", ["Kurmanbek Bakiyev", "Bakiyev"]),
            P("Ислам Каримов", "Islam Karimov", "president of Uzbekistan", ["Islam Karimov", "Karimov"]),
        ],
        "other_names": ["Dmitry Sokolin", "Olga Pavlenko", "Michael Tresk"],
        "figures": [
            F("manas_rent_usd", 60000000, "annual", "actual", "for $60 million a year in rent", note="U.S. transit centre rent; distractor."),
            F("manas_rent_usd", 17400000, "annual", "actual", "up from $17.4 million", note="Previous U.S. rent; distractor."),
            F("loan_disbursed_usd", 300000000, None, "actual", "has received $300 million of a promised $2 billion Russian loan"),
            F("loan_usd", 2000000000, None, "actual", "a promised $2 billion Russian loan", note="Pledged loan amount; not turnover."),
            F("grant_usd", 150000000, None, "actual", "a $150 million grant"),
            F("trade_turnover_growth_pct", -22, "2009-H1", "actual", "Trade between Russia and Kyrgyzstan fell 22 percent in the first half of 2009",
              period_text="in the first half of 2009"),
            F("trade_turnover", 677000000, "2009-H1", "actual",
              "Trade between Russia and Kyrgyzstan fell 22 percent in the first half of 2009 to $677 million"),
        ],
        "events": [
            E("2009-08-01", "Agreement (memorandum) to open a new Russian military facility in southern Kyrgyzstan",
              "Russia and Kyrgyzstan agreed on Saturday to open a new Russian military facility in the south of the Central Asian state",
              "agreement", "past"),
            E("2009-08-01", "Medvedev–Bakiyev talks and signing of the memorandum at Cholpon-Ata",
              "signed a memorandum on the deployment after talks at a lakeside resort", "meeting", "past"),
            E("2009-08-01", "Informal CSTO summit at Cholpon-Ata",
              "were holding an informal summit", "conference", "ongoing", bilateral=False),
            E("2009", "Formal base agreement could be signed by the end of the year",
              "a formal agreement, to be drafted by the two defence ministries, could be signed by the end of the year",
              "agreement", "planned"),
            E("2003", "Kant air base opened in 2003", "Russia already operates the Kant air base near the capital Bishkek, opened in 2003",
              "other", "past"),
            E("2009-02", "Bakiyev in Moscow announced closure of the U.S. base at Manas",
              "Bakiyev, speaking in Moscow in February, announced he would close the U.S. air base at Manas", "other", "past",
              bilateral=False),
            E(None, "Kyrgyz parliament approved the U.S. 'transit centre' deal",
              "Kyrgyzstan's parliament later approved a new deal allowing Washington to use the facility", "agreement", "past",
              bilateral=False),
        ],
    },
})

# ---------------------------------------------------------------- 14
ARTICLES.append({
    "file": "14_kabar_ru_1999_cis_moscow_summit.txt",
    "source": "http://old.kabar.kg/1999/04/news1523.html",
    "date_header": None,
    "body": """КАБАР | Новости | Политика

Москва, 2 апреля /Кабар/. Президент Кыргызской Республики Аскар Акаев принял сегодня участие в заседании Совета глав государств Содружества Независимых Государств, которое прошло в Москве.

Главы государств подписали Протокол о продлении действия Договора о коллективной безопасности от 15 мая 1992 года. Под документом поставили подписи президенты Армении, Беларуси, Казахстана, Кыргызстана, России и Таджикистана. Участники заседания также приняли решение освободить от должности исполнительного секретаря СНГ Бориса Березовского.

В кулуарах саммита состоялась встреча Аскара Акаева с Президентом Российской Федерации Борисом Ельциным. Стороны обсудили ход выполнения Договора о дружбе, сотрудничестве и взаимной помощи, вопросы урегулирования задолженности и поставок российских энергоносителей. Аскар Акаев также встретился с Председателем Правительства России Евгением Примаковым.

По данным Национального статистического комитета, в 1998 году товарооборот Кыргызстана с Россией составил 202 млн долларов, снизившись на 17 процентов. Доля России во внешнеторговом обороте республики составила около 16 процентов. Как отметил Аскар Акаев, «последствия августовского кризиса в России ощутила на себе и наша экономика, и восстанавливать объемы взаимной торговли нужно совместно».

Накануне министр иностранных дел Кыргызской Республики Муратбек Иманалиев, входящий в состав делегации, провел консультации с министром иностранных дел России Игорем Ивановым.

Вопросы экономического сотрудничества будут подробно рассмотрены в ходе предстоящего визита в Москву Председателя Правительства Кыргызской Республики.

Следующее заседание Совета глав государств Содружества планируется провести в 2000 году.

Материал из архива информационного агентства «Кабар».
""",
    "gold": {
        "lang": "ru",
        "header_date": "unknown",
        "date": "1999-04-02",
        "date_partial": None,
        "date_source": "body_day_month+url_year",
        "date_note": "Dateline 'Москва, 2 апреля /Кабар/' has no year; the URL path '/1999/04/' gives the year. 'Накануне' = 1999-04-01.",
        "people": [
            P("Аскар Акаев", "Аскар Акаев", "Президент Кыргызской Республики", ["Аскар Акаев", "Аскара Акаева"]),
            P("Борис Березовский", "Бориса Березовского", "исполнительный секретарь СНГ", ["Бориса Березовского"],
              note="Dismissed at this summit."),
            P("Борис Ельцин", "Борисом Ельциным", "Президент Российской Федерации", ["Борисом Ельциным"]),
            P("Евгений Примаков", "Евгением Примаковым", "Председатель Правительства России", ["Евгением Примаковым"]),
            P("Муратбек Иманалиев", "Муратбек Иманалиев", "министр иностранных дел Кыргызской Республики", ["Муратбек Иманалиев"]),
            P("Игорь Иванов", "Игорем Ивановым", "министр иностранных дел России", ["Игорем Ивановым"]),
        ],
        "other_names": [],
        "figures": [
            F("trade_turnover", 202000000, "1998", "actual", "в 1998 году товарооборот Кыргызстана с Россией составил 202 млн долларов"),
            F("trade_turnover_growth_pct", -17, "1998", "actual", "снизившись на 17 процентов"),
            F("russia_share_in_kyrgyz_trade_pct", 16, "1998", "actual",
              "Доля России во внешнеторговом обороте республики составила около 16 процентов", qualifier="about"),
        ],
        "events": [
            E("1999-04-02", "CIS Council of Heads of State in Moscow",
              "принял сегодня участие в заседании Совета глав государств Содружества Независимых Государств, которое прошло в Москве",
              "conference", "past", bilateral=False),
            E("1999-04-02", "Protocol on extending the Collective Security Treaty signed by six states",
              "Главы государств подписали Протокол о продлении действия Договора о коллективной безопасности от 15 мая 1992 года",
              "agreement", "past", bilateral=False),
            E("1999-04-02", "Berezovsky dismissed as CIS executive secretary",
              "приняли решение освободить от должности исполнительного секретаря СНГ Бориса Березовского", "other", "past",
              bilateral=False),
            E("1999-04-02", "Akayev–Yeltsin meeting on the sidelines of the summit",
              "В кулуарах саммита состоялась встреча Аскара Акаева с Президентом Российской Федерации Борисом Ельциным",
              "meeting", "past"),
            E("1999-04-02", "Akayev–Primakov meeting",
              "Аскар Акаев также встретился с Председателем Правительства России Евгением Примаковым", "meeting", "past"),
            E("1999-04-01", "Imanaliev–Ivanov consultations the day before",
              "Накануне министр иностранных дел Кыргызской Республики Муратбек Иманалиев, входящий в состав делегации, провел консультации с министром иностранных дел России Игорем Ивановым",
              "meeting", "past"),
            E(None, "Planned visit of the Kyrgyz prime minister to Moscow",
              "предстоящего визита в Москву Председателя Правительства Кыргызской Республики", "visit", "planned"),
            E("2000", "Next CIS Council of Heads of State planned for 2000",
              "Следующее заседание Совета глав государств Содружества планируется провести в 2000 году", "conference", "planned",
              bilateral=False),
        ],
    },
})
