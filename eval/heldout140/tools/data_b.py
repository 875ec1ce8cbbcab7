"""Articles 06-10 with their gold annotation."""
from helpers import P, F, E

ARTICLES = []

# ---------------------------------------------------------------- 06
ARTICLES.append({
    "file": "06_vb_ru_nd_treaty_ten_years.txt",
    "source": "http://www.vb.kg/archive/politika/12jun/rossiya.html",
    "date_header": None,
    "body": """Вечерний Бишкек | Политика
12 июня

ДЕСЯТЬ ЛЕТ С ДОГОВОРОМ

Вчера, в канун Дня России, в Бишкеке прошел торжественный прием, который в этом году совпал с еще одной памятной датой. Десять лет назад, 10 июня 1992 года, в Москве был подписан Договор о дружбе, сотрудничестве и взаимной помощи между Кыргызстаном и Россией — первый большой межгосударственный документ двух стран после распада Союза.

Поздравить российских дипломатов пришли премьер-министр Николай Танаев, торага Законодательного собрания Жогорку Кенеша Абдыгани Эркебаев, министр иностранных дел Муратбек Иманалиев, руководители министерств и ведомств, представители русской общины.

Выступая перед гостями, Николай Танаев, возглавивший правительство лишь три недели назад, заметил, что «договор выдержал проверку временем, и это главное». Премьер рассказал, что на днях провел телефонный разговор с председателем правительства России Михаилом Касьяновым: стороны договорились провести очередное заседание межправкомиссии в Москве в сентябре.

По словам министра иностранных дел Муратбека Иманалиева, в этом году ожидается первый в истории двусторонних отношений визит Президента России Владимира Путина в Кыргызстан. «Приглашение нашего Президента принято, сроки обсуждаются, скорее всего, это будет конец года», — уточнил министр.

Напомним, в прошлую пятницу в Санкт-Петербурге Президент Аскар Акаев вместе с лидерами других государств — членов Шанхайской организации сотрудничества подписал Хартию ШОС. Там же состоялась короткая встреча Аскара Акаева с Владимиром Путиным.

Товарооборот между двумя странами растет, но медленно. В прошлом году, по данным Нацстаткома, он составил 195 млн долларов, увеличившись на 9,6 процента. А вот денежные переводы наших граждан, работающих в России, по оценкам Национального банка, превысили за прошлый год 60 млн долларов — и это без учета тех, что везут «в кармане».

Как рассказал «ВБ» один из гостей приема, ветеран дипломатической службы, «десять лет назад многие сомневались, что договор переживет первые трудности. Сегодня об этом уже никто не вспоминает».

Ирина Смолина
Фото Владимира Пирогова
""",
    "gold": {
        "lang": "ru",
        "header_date": "unknown",
        "date": "2002-06-12",
        "date_partial": None,
        "date_source": "body_day_month+inferred_year",
        "date_note": "Page shows only '12 июня'. Year from the text: the treaty of 10 June 1992 was signed 'Десять лет назад' → 2002. Consistent: 'в прошлую пятницу' = 2002-06-07 (SCO Charter signed in St Petersburg); Tanayev became premier in May 2002.",
        "people": [
            P("Николай Танаев", "Николай Танаев", "премьер-министр Кыргызстана", ["Николай Танаев"]),
            P("Абдыгани Эркебаев", "Абдыгани Эркебаев", "торага Законодательного собрания Жогорку Кенеша", ["Абдыгани Эркебаев"]),
            P("Муратбек Иманалиев", "Муратбек Иманалиев", "министр иностранных дел Кыргызстана",
              ["Муратбек Иманалиев", "Муратбека Иманалиева"]),
            P("Михаил Касьянов", "Михаилом Касьяновым", "председатель правительства России", ["Михаилом Касьяновым"]),
            P("Владимир Путин", "Владимира Путина", "Президент России", ["Владимира Путина", "Владимиром Путиным"]),
            P("Аскар Акаев", "Аскар Акаев", "Президент Кыргызстана", ["Аскар Акаев", "Аскара Акаева"]),
        ],
        "other_names": ["Ирина Смолина", "Владимира Пирогова"],
        "figures": [
            F("trade_turnover", 195000000, "2001", "actual", "В прошлом году, по данным Нацстаткома, он составил 195 млн долларов",
              period_text="В прошлом году"),
            F("trade_turnover_growth_pct", 9.6, "2001", "actual", "увеличившись на 9,6 процента"),
            F("remittances_from_russia_usd", 60000000, "2001", "actual", "превысили за прошлый год 60 млн долларов",
              qualifier="more than", note="Migrant remittances; not turnover."),
        ],
        "events": [
            E("2002-06-11", "Reception in Bishkek on the eve of Russia Day",
              "Вчера, в канун Дня России, в Бишкеке прошел торжественный прием", "other", "past"),
            E("2002-06-10", "10th anniversary of the Treaty of Friendship, Cooperation and Mutual Assistance",
              "который в этом году совпал с еще одной памятной датой", "anniversary", "past"),
            E("1992-06-10", "Treaty of Friendship, Cooperation and Mutual Assistance signed in Moscow",
              "Десять лет назад, 10 июня 1992 года, в Москве был подписан Договор о дружбе, сотрудничестве и взаимной помощи",
              "agreement", "past"),
            E(None, "Tanayev–Kasyanov telephone call ('на днях')",
              "на днях провел телефонный разговор с председателем правительства России Михаилом Касьяновым", "other", "past"),
            E("2002-09", "Next intergovernmental commission session in Moscow in September",
              "провести очередное заседание межправкомиссии в Москве в сентябре", "igc_session", "planned"),
            E("2002", "Expected first visit of President Putin to Kyrgyzstan, likely at the end of the year",
              "в этом году ожидается первый в истории двусторонних отношений визит Президента России Владимира Путина в Кыргызстан",
              "visit", "planned"),
            E("2002-06-07", "SCO Charter signed in St Petersburg (last Friday)",
              "в прошлую пятницу в Санкт-Петербурге Президент Аскар Акаев вместе с лидерами других государств — членов Шанхайской организации сотрудничества подписал Хартию ШОС",
              "agreement", "past", bilateral=False),
            E("2002-06-07", "Short Akayev–Putin meeting in St Petersburg",
              "Там же состоялась короткая встреча Аскара Акаева с Владимиром Путиным", "meeting", "past"),
        ],
    },
})

# ---------------------------------------------------------------- 07
ARTICLES.append({
    "file": "07_ria_ru_2003_kant_airbase.txt",
    "source": "https://ria.ru/20031023/444816.html",
    "date_header": "2003-10-23",
    "body": """Путин и Акаев открыли авиабазу Кант

16:27 23.10.2003

КАНТ (Киргизия), 23 октября - РИА Новости, Алексей Гончаров. Президенты России и Киргизии Владимир Путин и Аскар Акаев в четверг открыли авиабазу Кант в 20 километрах от Бишкека - первый военный объект, который Россия создает за рубежом после распада Советского Союза.

База станет авиационным компонентом Коллективных сил быстрого развертывания Организации Договора о коллективной безопасности в Центральноазиатском регионе. Соглашение о ее статусе и условиях пребывания было подписано в сентябре в Москве.

"Авиабаза в Канте - это не только военный, но и политический символ. Она укрепляет безопасность не только Киргизии, но и всего региона", - заявил Путин на церемонии. Акаев, в свою очередь, назвал открытие базы "зримым воплощением Декларации о вечной дружбе, союзничестве и партнерстве", подписанной главами двух государств три года назад.

На церемонии присутствовали министры обороны России и Киргизии Сергей Иванов и Эсен Топоев. По словам российского министра, на базе будут размещены штурмовики Су-25, учебно-боевые самолеты Л-39 и военно-транспортные самолеты, а численность личного состава составит около 500 человек.

После церемонии Путин и Акаев провели переговоры в Бишкеке в узком и расширенном составе. Как сообщил журналистам источник в российской делегации, главы государств обсудили ход выполнения договоренностей, достигнутых в ходе визита Путина в Киргизию в декабре прошлого года.

Особое внимание было уделено экономике. За январь-август товарооборот между двумя странами вырос на 25,6% по сравнению с тем же периодом прошлого года. По итогам прошлого года объем взаимной торговли составил около 240 млн долларов, а по итогам 2003 года стороны рассчитывают выйти на уровень 300 млн долларов.

Обсуждалась и проблема государственного долга Киргизии перед Россией, который составляет около 180 млн долларов. Российская сторона, по словам источника, готова рассмотреть вопрос о его реструктуризации.

Очередное заседание межправительственной комиссии по торгово-экономическому сотрудничеству намечено на декабрь в Москве.

Фото: РИА Новости / Игорь Фомичев

Читайте также: Российская авиабаза в Киргизии: досье
""",
    "gold": {
        "lang": "ru",
        "header_date": "2003-10-23",
        "date": "2003-10-23",
        "date_partial": None,
        "date_source": "byline",
        "date_note": "Time stamp '16:27 23.10.2003' and dateline '23 октября'; URL 20031023; 'в четверг' agrees.",
        "people": [
            P("Владимир Путин", "Владимир Путин", "президент России", ["Владимир Путин", "Путин", "Путина"]),
            P("Аскар Акаев", "Аскар Акаев", "президент Киргизии", ["Аскар Акаев", "Акаев"]),
            P("Сергей Иванов", "Сергей Иванов", "министр обороны России", ["Сергей Иванов"]),
            P("Эсен Топоев", "Эсен Топоев", "министр обороны Киргизии", ["Эсен Топоев"]),
        ],
        "other_names": ["Алексей Гончаров", "Игорь Фомичев"],
        "figures": [
            F("trade_turnover_growth_pct", 25.6, "2003-8M", "actual",
              "За январь-август товарооборот между двумя странами вырос на 25,6%", period_text="За январь-август"),
            F("trade_turnover", 240000000, "2002", "actual",
              "По итогам прошлого года объем взаимной торговли составил около 240 млн долларов", qualifier="about",
              period_text="По итогам прошлого года"),
            F("trade_turnover", 300000000, "2003", "target",
              "по итогам 2003 года стороны рассчитывают выйти на уровень 300 млн долларов"),
            F("kyrgyz_debt_to_russia_usd", 180000000, None, "actual", "который составляет около 180 млн долларов", qualifier="about"),
        ],
        "events": [
            E("2003-10-23", "Putin and Akayev open the Kant air base",
              "в четверг открыли авиабазу Кант в 20 километрах от Бишкека", "other", "past"),
            E("2003-09", "Agreement on the status and conditions of the base signed in Moscow",
              "Соглашение о ее статусе и условиях пребывания было подписано в сентябре в Москве", "agreement", "past"),
            E("2000", "Declaration of Eternal Friendship, Alliance and Partnership signed three years earlier",
              "подписанной главами двух государств три года назад", "agreement", "past",
              date_note="'три года назад' from 2003."),
            E("2003-10-23", "Putin–Akayev talks in Bishkek after the ceremony",
              "После церемонии Путин и Акаев провели переговоры в Бишкеке в узком и расширенном составе", "meeting", "past"),
            E("2002-12", "Putin's visit to Kyrgyzstan in December of the previous year",
              "визита Путина в Киргизию в декабре прошлого года", "visit", "past"),
            E("2003-12", "Intergovernmental commission session planned for December in Moscow",
              "Очередное заседание межправительственной комиссии по торгово-экономическому сотрудничеству намечено на декабрь в Москве",
              "igc_session", "planned"),
        ],
    },
})

# ---------------------------------------------------------------- 08
ARTICLES.append({
    "file": "08_ap_en_2005_putin_bakiyev_kazan.txt",
    "source": "https://apnews.com/article/5c2e8f0a1b7d4e3f9a6c0d2b8e1f4a7c",
    "date_header": "2005-08-26",
    "body": """Putin courts Kyrgyzstan's new leader at CIS summit

By SERGEI LUKIN
Associated Press Writer

Posted: Aug 26, 2005 11:52 AM
Updated: Aug 26, 2005 03:10 PM

KAZAN, Russia (AP) — Russian President Vladimir Putin met Friday with Kyrgyzstan's newly inaugurated president, Kurmanbek Bakiyev, on the sidelines of a summit of former Soviet republics, pledging support for the Central Asian nation five months after a popular uprising toppled its longtime leader.

"Russia has always been and will remain Kyrgyzstan's close friend and ally," Putin told Bakiyev as the two sat down for talks in the Kazan Kremlin, the 16th-century fortress in the capital of the Tatarstan region.

Bakiyev, who was sworn in Aug. 14 after winning a landslide victory in July's presidential election, called Russia his country's "strategic partner" and said he would make his first official visit to Moscow in the coming months.

The meeting came as Moscow and Beijing have pressed Washington to set a timeline for withdrawing from military bases in Central Asia. At a summit in the Kazakh capital, Astana, in July, the Shanghai Cooperation Organization — which groups Russia, China, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan — called for such a deadline.

The United States has used the Manas air base outside the Kyrgyz capital, Bishkek, since December 2001 to support operations in Afghanistan. Russia opened its own base at Kant, about 20 miles away, in 2003.

Bakiyev has said the U.S. base can stay for now. U.S. Defense Secretary Donald Rumsfeld visited Bishkek last month and won assurances that American aircraft could keep using Manas.

Trade between Russia and Kyrgyzstan totaled about $430 million last year, according to Russian customs data, up some 35 percent from 2003. Kyrgyz officials say hundreds of thousands of Kyrgyz citizens work in Russia, sending home an estimated $300 million a year.

Felix Kulov, Bakiyev's nominee for prime minister, told reporters in Bishkek on Thursday that Kyrgyzstan hoped to attract Russian investment in hydropower, including the long-stalled Kambarata project on the Naryn River.

The leaders of the Commonwealth of Independent States gathered in Kazan for a one-day summit dominated by talk of reforming the loose alliance. Turkmenistan announced it would downgrade its status to that of an associate member.

Associated Press writer Aida Toktosunova in Bishkek contributed to this report.

Copyright 2005 The Associated Press. All rights reserved.
""",
    "gold": {
        "lang": "en",
        "header_date": "2005-08-26",
        "date": "2005-08-26",
        "date_partial": None,
        "date_source": "byline",
        "date_note": "'Posted: Aug 26, 2005'; 'Friday' agrees (2005-08-26 was a Friday).",
        "people": [
            P("Владимир Путин", "Vladimir Putin", "president of Russia", ["Vladimir Putin", "Putin"]),
            P("Курманбек Бакиев", "Kurmanbek Bakiyev", "president of Kyrgyzstan", ["Kurmanbek Bakiyev", "Bakiyev"]),
            P("Дональд Рамсфелд", "Donald Rumsfeld", "U.S. Defense Secretary", ["Donald Rumsfeld"]),
            P("Феликс Кулов", "Felix Kulov", "nominee for prime minister of Kyrgyzstan", ["Felix Kulov"],
              note="Nominated, not yet confirmed, at the article's date."),
        ],
        "other_names": ["SERGEI LUKIN", "Aida Toktosunova"],
        "figures": [
            F("trade_turnover", 430000000, "2004", "actual", "Trade between Russia and Kyrgyzstan totaled about $430 million last year",
              qualifier="about", period_text="last year"),
            F("trade_turnover_growth_pct", 35, "2004", "actual", "up some 35 percent from 2003", qualifier="about"),
            F("remittances_from_russia_usd", 300000000, "annual", "actual", "sending home an estimated $300 million a year",
              qualifier="about", note="Migrant remittances; not turnover."),
        ],
        "events": [
            E("2005-08-26", "Putin–Bakiyev talks in the Kazan Kremlin on the sidelines of the CIS summit",
              "Russian President Vladimir Putin met Friday with Kyrgyzstan's newly inaugurated president, Kurmanbek Bakiyev",
              "meeting", "past"),
            E("2005-08-26", "CIS summit in Kazan",
              "The leaders of the Commonwealth of Independent States gathered in Kazan for a one-day summit",
              "conference", "ongoing", bilateral=False),
            E(None, "Bakiyev's first official visit to Moscow in the coming months",
              "he would make his first official visit to Moscow in the coming months", "visit", "planned"),
            E("2005-07", "SCO summit in Astana called for a deadline for U.S. withdrawal",
              "At a summit in the Kazakh capital, Astana, in July, the Shanghai Cooperation Organization", "conference", "past",
              bilateral=False),
            E("2001-12", "U.S. use of the Manas air base since December 2001",
              "The United States has used the Manas air base outside the Kyrgyz capital, Bishkek, since December 2001",
              "other", "ongoing", bilateral=False),
            E("2003", "Russia opened its base at Kant",
              "Russia opened its own base at Kant, about 20 miles away, in 2003", "other", "past"),
            E("2005-07", "U.S. Defense Secretary Rumsfeld visited Bishkek last month",
              "U.S. Defense Secretary Donald Rumsfeld visited Bishkek last month", "visit", "past", bilateral=False),
        ],
    },
})

# ---------------------------------------------------------------- 09
ARTICLES.append({
    "file": "09_kommersant_ru_2007_sco_bishkek.txt",
    "source": "https://www.kommersant.ru/doc/796521",
    "date_header": "2007-08-17",
    "body": """Газета «Коммерсантъ» №147 от 17.08.2007, стр. 9

Шанхайская шестерка сыграла в Бишкеке
Владимир Путин совместил саммит ШОС с визитом к Курманбеку Бакиеву

Вчера в Бишкеке прошел саммит Шанхайской организации сотрудничества. Президент России Владимир Путин, прилетевший в киргизскую столицу еще накануне, успел до начала саммита провести переговоры с президентом Киргизии Курманбеком Бакиевым и подписать с ним совместное заявление. Из Бишкека участники саммита отправились в Челябинскую область, где сегодня понаблюдают за финальным этапом учений «Мирная миссия-2007».

Переговоры Владимира Путина и Курманбека Бакиева в среду вечером в резиденции «Ала-Арча» продолжались почти три часа — вдвое дольше запланированного. Как рассказал „Ъ“ один из членов киргизской делегации, значительная часть времени ушла на «долговой вопрос». Киргизия должна России около $180 млн, и Бишкек давно предлагает обменять долг на доли в промышленных предприятиях. По итогам переговоров стороны договорились, что правительства до конца года подготовят соглашение об урегулировании задолженности.

Премьер-министр Киргизии Алмазбек Атамбаев, участвовавший в переговорах в расширенном составе, рассказал „Ъ“, что Москва и Бишкек рассчитывают довести товарооборот до $2 млрд к 2010 году. По данным Росстата, в 2006 году товарооборот между странами вырос на 52% и составил $983 млн. Впрочем, к китайским показателям Киргизии пока далеко: торговля с КНР, по китайской же статистике, за прошлый год превысила $2,2 млрд.

Министры иностранных дел Сергей Лавров и Эднан Карабаев в кулуарах саммита обсудили подготовку к саммиту ОДКБ, который пройдет в октябре в Душанбе.

Сам саммит ШОС, в отличие от переговоров, обошелся без сюрпризов. Главы государств подписали договор о долгосрочном добрососедстве, дружбе и сотрудничестве и Бишкекскую декларацию. Курманбек Бакиев, председательствовавший на встрече, назвал ее «самой представительной в истории организации».

Для Владимира Путина это первый визит в Киргизию после «тюльпановой революции». Предыдущий раз он был в Бишкеке в октябре 2003 года, когда открывал российскую авиабазу Кант.

Павел Стрельцов, Бишкек
""",
    "gold": {
        "lang": "ru",
        "header_date": "2007-08-17",
        "date": "2007-08-17",
        "date_partial": None,
        "date_source": "header+body",
        "date_note": "Issue line '№147 от 17.08.2007'. 'Вчера' = 2007-08-16 (SCO summit); 'накануне' and 'в среду' = 2007-08-15 (arrival and talks); 'сегодня' = 2007-08-17.",
        "people": [
            P("Владимир Путин", "Владимир Путин", "президент России", ["Владимир Путин", "Владимира Путина"]),
            P("Курманбек Бакиев", "Курманбеком Бакиевым", "президент Киргизии",
              ["Курманбеку Бакиеву", "Курманбеком Бакиевым", "Курманбека Бакиева", "Курманбек Бакиев"]),
            P("Алмазбек Атамбаев", "Алмазбек Атамбаев", "премьер-министр Киргизии", ["Алмазбек Атамбаев"]),
            P("Сергей Лавров", "Сергей Лавров", "министр иностранных дел России", ["Сергей Лавров"]),
            P("Эднан Карабаев", "Эднан Карабаев", "министр иностранных дел Киргизии", ["Эднан Карабаев"]),
        ],
        "other_names": ["Павел Стрельцов"],
        "figures": [
            F("kyrgyz_debt_to_russia_usd", 180000000, None, "actual", "Киргизия должна России около $180 млн", qualifier="about"),
            F("trade_turnover", 2000000000, "2010", "target", "довести товарооборот до $2 млрд к 2010 году"),
            F("trade_turnover_growth_pct", 52, "2006", "actual", "в 2006 году товарооборот между странами вырос на 52%"),
            F("trade_turnover", 983000000, "2006", "actual", "в 2006 году товарооборот между странами вырос на 52% и составил $983 млн"),
            F("third_country_trade_turnover", 2200000000, "2006", "actual", "торговля с КНР, по китайской же статистике, за прошлый год превысила $2,2 млрд",
              qualifier="more than", note="Kyrgyzstan–China trade; distractor.", period_text="за прошлый год"),
        ],
        "events": [
            E("2007-08-16", "SCO summit in Bishkek (yesterday)",
              "Вчера в Бишкеке прошел саммит Шанхайской организации сотрудничества", "conference", "past", bilateral=False),
            E("2007-08-15", "Putin arrived in Bishkek the day before the summit",
              "прилетевший в киргизскую столицу еще накануне", "visit", "past"),
            E("2007-08-15", "Putin–Bakiyev talks at the Ala-Archa residence on Wednesday evening",
              "Переговоры Владимира Путина и Курманбека Бакиева в среду вечером в резиденции «Ала-Арча» продолжались почти три часа",
              "meeting", "past"),
            E("2007-08-15", "Joint statement signed by Putin and Bakiyev",
              "подписать с ним совместное заявление", "agreement", "past"),
            E("2007-08-17", "SCO leaders to watch the final stage of the 'Peace Mission 2007' exercise in Chelyabinsk region (today)",
              "где сегодня понаблюдают за финальным этапом учений «Мирная миссия-2007»", "other", "planned", bilateral=False),
            E("2007", "Governments to prepare an agreement on settling Kyrgyzstan's debt by the end of the year",
              "правительства до конца года подготовят соглашение об урегулировании задолженности", "agreement", "planned"),
            E(None, "Lavrov–Karabayev talks on the sidelines of the summit",
              "Министры иностранных дел Сергей Лавров и Эднан Карабаев в кулуарах саммита обсудили", "meeting", "past",
              date_note="On the sidelines of the SCO summit (2007-08-16), day not stated explicitly."),
            E("2007-10", "CSTO summit in Dushanbe in October",
              "саммиту ОДКБ, который пройдет в октябре в Душанбе", "conference", "planned", bilateral=False),
            E("2007-08-16", "SCO treaty on long-term good-neighbourliness and the Bishkek Declaration signed",
              "Главы государств подписали договор о долгосрочном добрососедстве, дружбе и сотрудничестве и Бишкекскую декларацию",
              "agreement", "past", bilateral=False),
            E("2003-10", "Putin's previous visit to Bishkek (opening of the Kant air base)",
              "Предыдущий раз он был в Бишкеке в октябре 2003 года", "visit", "past"),
        ],
    },
})

# ---------------------------------------------------------------- 10
ARTICLES.append({
    "file": "10_24kg_ru_2009_bakiyev_medvedev_credit.txt",
    "source": "http://www.24.kg/politic/2009/02/03/106345.html",
    "date_header": "2009-02-03",
    "body": """03/02/09 21:14
Москва - ИА «24.kg», Марина Кольцова

Россия выделит Кыргызстану кредит в $2 млрд и спишет долг

Сегодня в Кремле состоялись переговоры президента Кыргызстана Курманбека Бакиева и президента России Дмитрия Медведева. Курманбек Бакиев находится в Москве с официальным визитом.

По итогам переговоров подписан ряд документов, в том числе соглашение о предоставлении Кыргызстану льготного кредита в размере $2 млрд и безвозмездной финансовой помощи в размере $150 млн. Кроме того, российская сторона спишет государственный долг Кыргызстана в $180 млн в обмен на 48% акций ОАО «Дастан».

Из суммы кредита $1,7 млрд будут направлены на строительство Камбаратинской ГЭС-1. Соглашение о создании совместного предприятия по достройке станции планируется подписать в ближайшие месяцы, сообщил премьер-министр Кыргызстана Игорь Чудинов.

«Россия была и остается нашим главным стратегическим партнером», - заявил Курманбек Бакиев на совместной пресс-конференции. Дмитрий Медведев, в свою очередь, отметил, что, несмотря на кризис, товарооборот между странами в 2008 году вырос более чем на 40% и составил около $1,9 млрд.

На той же пресс-конференции К.Бакиев заявил, что правительство Кыргызстана приняло решение о выводе авиабазы США из аэропорта «Манас». «Соответствующий законопроект будет внесен в Жогорку Кенеш в ближайшие дни», - уточнил он.

Завтра президент Кыргызстана примет участие во внеочередной сессии Совета коллективной безопасности ОДКБ в Москве, а также встретится с председателем правительства РФ Владимиром Путиным.

Напомним, в прошлом году Бакиев и Медведев встречались на неформальном саммите СНГ в Санкт-Петербурге.

Ранее ИА «24.kg» сообщало, что Посол Кыргызстана в России Раимкул Аттакуров назвал нынешний визит «историческим».
""",
    "gold": {
        "lang": "ru",
        "header_date": "2009-02-03",
        "date": "2009-02-03",
        "date_partial": None,
        "date_source": "byline",
        "date_note": "Time stamp '03/02/09 21:14' (DD/MM/YY) and URL 2009/02/03. 'Сегодня' = 2009-02-03; 'Завтра' = 2009-02-04.",
        "people": [
            P("Курманбек Бакиев", "Курманбека Бакиева", "президент Кыргызстана",
              ["Курманбека Бакиева", "Курманбек Бакиев", "К.Бакиев", "Бакиев"]),
            P("Дмитрий Медведев", "Дмитрия Медведева", "президент России", ["Дмитрия Медведева", "Дмитрий Медведев", "Медведев"]),
            P("Игорь Чудинов", "Игорь Чудинов", "премьер-министр Кыргызстана", ["Игорь Чудинов"]),
            P("Владимир Путин", "Владимиром Путиным", "председатель правительства РФ", ["Владимиром Путиным"]),
            P("Раимкул Аттакуров", "Раимкул Аттакуров", "Посол Кыргызстана в России", ["Раимкул Аттакуров"]),
        ],
        "other_names": ["Марина Кольцова"],
        "figures": [
            F("loan_usd", 2000000000, None, "actual", "льготного кредита в размере $2 млрд",
              note="Agreed Russian soft loan; not turnover."),
            F("grant_usd", 150000000, None, "actual", "безвозмездной финансовой помощи в размере $150 млн"),
            F("debt_writeoff_usd", 180000000, None, "actual", "спишет государственный долг Кыргызстана в $180 млн"),
            F("stake_pct", 48, None, "actual", "в обмен на 48% акций ОАО «Дастан»"),
            F("investment_usd", 1700000000, None, "target", "$1,7 млрд будут направлены на строительство Камбаратинской ГЭС-1"),
            F("trade_turnover_growth_pct", 40, "2008", "actual", "товарооборот между странами в 2008 году вырос более чем на 40%",
              qualifier="more than"),
            F("trade_turnover", 1900000000, "2008", "actual",
              "товарооборот между странами в 2008 году вырос более чем на 40% и составил около $1,9 млрд", qualifier="about"),
        ],
        "events": [
            E("2009-02-03", "Bakiyev–Medvedev talks in the Kremlin",
              "Сегодня в Кремле состоялись переговоры президента Кыргызстана Курманбека Бакиева и президента России Дмитрия Медведева",
              "meeting", "past"),
            E("2009-02-03", "Official visit of Bakiyev to Moscow (in progress)",
              "Курманбек Бакиев находится в Москве с официальным визитом", "visit", "ongoing"),
            E("2009-02-03", "Documents signed, incl. agreement on a $2 bn soft loan and $150 mln grant",
              "соглашение о предоставлении Кыргызстану льготного кредита в размере $2 млрд", "agreement", "past"),
            E(None, "Russia to write off Kyrgyzstan's $180 mln debt in exchange for 48% of Dastan",
              "российская сторона спишет государственный долг Кыргызстана в $180 млн в обмен на 48% акций ОАО «Дастан»",
              "other", "planned"),
            E("2009", "Agreement on a joint venture to complete Kambarata HPP-1 to be signed in coming months",
              "Соглашение о создании совместного предприятия по достройке станции планируется подписать в ближайшие месяцы",
              "agreement", "planned"),
            E(None, "Kyrgyz government decision to close the U.S. air base at Manas announced",
              "правительство Кыргызстана приняло решение о выводе авиабазы США из аэропорта «Манас»", "other", "planned",
              bilateral=False),
            E("2009-02-04", "Extraordinary session of the CSTO Collective Security Council in Moscow (tomorrow)",
              "Завтра президент Кыргызстана примет участие во внеочередной сессии Совета коллективной безопасности ОДКБ в Москве",
              "conference", "planned", bilateral=False),
            E("2009-02-04", "Bakiyev to meet Russian PM Putin (tomorrow)",
              "встретится с председателем правительства РФ Владимиром Путиным", "meeting", "planned"),
            E("2008", "Bakiyev–Medvedev meeting at the informal CIS summit in St Petersburg last year",
              "в прошлом году Бакиев и Медведев встречались на неформальном саммите СНГ в Санкт-Петербурге", "meeting", "past"),
        ],
    },
})
