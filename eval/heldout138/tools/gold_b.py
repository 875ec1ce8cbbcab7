"""Gold annotation 08-14."""
from helpers import P, F, E
GOLD = {}

GOLD["08_kaktus_ru_2022_maly_theatre_tour.txt"] = dict(
    header_date="16 мая 2022", date="2022-05-16", date_partial=None, date_source="byline",
    date_note="'Дата публикации: 16 мая 2022, 14:32'. 'в прошлую пятницу' = 2022-05-13 (2022-05-16 was a Monday). Ticket sale on 20 May is not an event of the pair.",
    people=[
        P("Ольга Любимова", "Ольги Любимовой", "министр культуры России", ["Ольги Любимовой"]),
    ],
    other_names=["Айпери Сыдыкова"],
    figures=[
        F("russian_funding_culture_programme_rub", 40000000, "2022", "forecast",
          "на культурную программу юбилейного года российская сторона направит около 40 млн рублей", qual="about",
          note="Russian funding of the anniversary-year cultural programme (RUB); not trade. Ticket prices in som are not listed."),
    ],
    events=[
        E("2022-06-07", "Maly Theatre tour in Bishkek, 7-11 June",
          "Спектакли пройдут с 7 по 11 июня на сцене Кыргызского национального академического театра оперы и балета имени А. Малдыбаева",
          "other", "planned", note="Runs 2022-06-07 to 2022-06-11."),
        E("2022", "30th anniversary of Kyrgyz-Russian diplomatic relations, marked this year",
          "30-летию установления дипломатических отношений между Кыргызстаном и Россией, которое отмечается в этом году", "anniversary", "ongoing"),
        E("2022-10", "Days of Kyrgyz culture in Moscow",
          "В октябре в Москве пройдут Дни культуры Кыргызстана", "other", "planned"),
        E("2022-10", "Aitmatov Russian Drama Theatre to perform 'Материнское поле' on the Maly Theatre stage",
          "Русский драмтеатр имени Айтматова покажет на сцене Малого театра спектакль „Материнское поле“", "other", "planned"),
        E("2022-05-13", "Photo exhibition '30 лет вместе' opens at the Russian House in Bishkek",
          "в прошлую пятницу в Русском доме в Бишкеке открылась фотовыставка «30 лет вместе»", "other", "past"),
    ],
)

GOLD["09_eurasianet_en_2023_state_language_bill.txt"] = dict(
    header_date="Feb 8, 2023", date="2023-02-08", date_partial=None, date_source="byline",
    date_note="Byline 'Ayana Beishenova Feb 8, 2023'. 'Last Thursday' = 2023-02-02; 'next month' = 2023-03; 'in December' = 2022-12; 'in the spring' = 2023.",
    people=[
        P("Мария Захарова", "Maria Zakharova", "официальный представитель МИД России", ["Maria Zakharova", "Zakharova"]),
        P("Садыр Жапаров", "Sadyr Japarov", "президент Кыргызстана", ["Sadyr Japarov", "Japarov"],
          note="Bare 'Japarov' in the text refers to the president."),
        P("Акылбек Жапаров", "Akylbek Japarov", "председатель кабинета министров Кыргызстана", ["Akylbek Japarov"],
          note="Namesake of the president ('no relation')."),
        P("Догдуркуль Кендирбаева", "Dogdurkul Kendirbaeva", "министр образования и науки Кыргызстана", ["Dogdurkul Kendirbaeva"]),
        P("Сергей Кравцов", "Sergei Kravtsov", "министр просвещения России", ["Sergei Kravtsov"]),
        P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin"]),
    ],
    other_names=["Ayana Beishenova"],
    figures=[
        F("trade_turnover", 3100000000, "2022", "actual", "with turnover of $3.1 billion"),
        F("trade_turnover_growth_pct", 37, "2022", "actual", "up 37 percent on the previous year"),
        F("kyrgyz_china_trade", 15500000000, "2022", "actual", "Trade with China hit $15.5 billion", note="Third-country trade (Kyrgyzstan-China)."),
    ],
    events=[
        E("2023-02-02", "Russian MFA spokeswoman Zakharova says Moscow is following the Kyrgyz language bill closely",
          "Last Thursday, Russian Foreign Ministry spokeswoman Maria Zakharova told reporters that Moscow was \"following closely\" the discussion of the bill",
          "other", "past"),
        E("2023-03", "Kendirbaeva to visit Moscow for talks with Kravtsov on Russian-language schools",
          "She is due to visit Moscow next month for talks with Russian Education Minister Sergei Kravtsov", "visit", "planned"),
        E("2022-12", "Putin visits Bishkek for the Eurasian Economic Union summit",
          "who visited Bishkek in December for a summit of the Eurasian Economic Union", "conference", "past", bil=False),
        E("2023", "State language bill expected to go before parliament in the spring",
          "The bill is expected to go before parliament in the spring", "other", "planned"),
    ],
)

GOLD["10_tass_ru_2023_putin_japarov_schools.txt"] = dict(
    header_date="12 октября", date="2023-10-12", date_partial=None, date_source="header",
    date_note="Dateline 'БИШКЕК, 12 октября. /ТАСС/.' has no year; header date and 'в четверг' (2023-10-12 was a Thursday) agree. 'В пятницу' = 2023-10-13; 'в мае' = 2023-05.",
    people=[
        P("Владимир Путин", "Владимир Путин", "президент России", ["Владимир Путин", "Путин", "Путина"]),
        P("Садыр Жапаров", "Садыр Жапаров", "президент Киргизии", ["Садыр Жапаров", "Жапаров"],
          note="Bare 'Жапаров' refers to the president."),
        P("Акылбек Жапаров", "Акылбек Жапаров", "председатель кабинета министров Киргизии", ["Акылбек Жапаров"]),
    ],
    other_names=[],
    figures=[
        F("trade_turnover", 3500000000, "2022", "actual", "превысив $3,5 млрд", qual="more than"),
        F("trade_turnover_growth_pct", 37, "2022", "actual", "товарооборот двух стран по итогам прошлого года вырос на 37%"),
        F("trade_turnover_growth_pct", 5, "2023-8M", "actual", "за восемь месяцев 2023 года прибавил еще около 5%", qual="about"),
        F("trade_turnover", 5000000000, "annual", "target", "довести взаимную торговлю до $5 млрд в год"),
        F("rkdf_authorized_capital", 500000000, None, "actual", "уставный капитал которого составляет $500 млн",
          note="Russian-Kyrgyz Development Fund capital; not trade."),
    ],
    events=[
        E("2023-10-12", "Putin and Japarov launch by video link the construction of nine Russian-language schools",
          "в четверг в режиме видеоконференции дали старт строительству девяти школ с обучением на русском языке", "other", "past"),
        E("2023-10-12", "Putin's state visit to Bishkek", "в рамках государственного визита российского лидера в Бишкек", "visit", "ongoing"),
        E("2025", "The nine schools to be built by 2025", "Школы будут построены в разных регионах республики к 2025 году", "other", "planned"),
        E("2023-10-12", "Package of documents signed, including in education and science",
          "По итогам переговоров подписан пакет документов, в том числе в сфере образования и науки", "agreement", "past"),
        E("2023-05", "Japarov's trip to Moscow for Victory Day celebrations, meeting Putin",
          "в мае киргизский лидер приезжал в Москву на торжества по случаю Дня Победы", "visit", "past"),
        E("2023-10-13", "CIS Council of Heads of State meeting in Bishkek",
          "В пятницу Путин примет участие в заседании Совета глав государств СНГ, которое пройдет в Бишкеке", "meeting", "planned", bil=False),
    ],
)

GOLD["11_interfax_ru_2024_joint_labs.txt"] = dict(
    header_date="23 апреля", date="2024-04-23", date_partial=None, date_source="header",
    date_note="Dateline 'Москва. 23 апреля. INTERFAX.RU' without year; header date and 'во вторник' (2024-04-23 was a Tuesday) agree. 'в прошлом году' = 2023.",
    people=[
        P("Валерий Фальков", "Валерий Фальков", "министр науки и высшего образования России", ["Валерий Фальков", "Фальков"]),
        P("Догдуркуль Кендирбаева", "Догдуркуль Кендирбаевой", "министр образования и науки Киргизии",
          ["Догдуркуль Кендирбаевой", "Кендирбаева"]),
    ],
    other_names=[],
    figures=[
        F("russian_research_funding_rub", 300000000, None, "forecast",
          "на первом этапе российская сторона направит на финансирование совместных исследований около 300 млн рублей", qual="about",
          note="Research funding (RUB); not trade."),
        F("trade_turnover", 3900000000, "2023", "actual", "товарооборот с Россией в 2023 году составил $3,9 млрд", note="Kyrgyz Natstatkom data."),
    ],
    events=[
        E("2024-04-23", "Falkov–Kendirbaeva talks; agreement to create six joint laboratories by end-2025",
          "по итогам переговоров с министром образования и науки Киргизии Догдуркуль Кендирбаевой", "meeting", "past"),
        E("2024-04-23", "Programme of scientific cooperation for 2024-2026 signed",
          "Министры также подписали программу сотрудничества в сфере науки на 2024-2026 годы", "agreement", "past"),
        E("2025", "Six joint laboratories to be created by the end of 2025",
          "Россия и Киргизия до конца 2025 года создадут шесть совместных лабораторий", "other", "planned"),
        E("2024-09", "First joint laboratory (Tian Shan glaciers) to open at KRSU",
          "Первая лаборатория - по изучению ледников Тянь-Шаня - откроется в сентябре при КРСУ", "other", "planned"),
        E("2023", "30th anniversary of KRSU", "который в прошлом году отметил 30-летие", "anniversary", "past"),
        E("2024-06", "Forum of rectors of Russia and Central Asia in Almaty, with Falkov expected",
          "форуме ректоров вузов России и стран Центральной Азии, который пройдет в Алма-Ате", "forum", "planned", bil=False),
    ],
)

GOLD["12_kabar_en_2024_primakov_quotas.txt"] = dict(
    header_date="July 3, 2024", date="2024-07-03", date_partial=None, date_source="byline",
    date_note="Dateline 'Bishkek, July 3, 2024 / Kabar /'. 'on Tuesday' = 2024-07-02 (the day before); 'On Wednesday' = the publication day 2024-07-03; 'on Thursday' = 2024-07-04.",
    people=[
        P("Евгений Примаков", "Yevgeny Primakov", "руководитель Россотрудничества", ["Yevgeny Primakov", "Primakov"]),
        P("Акылбек Жапаров", "Akylbek Japarov", "председатель кабинета министров Кыргызстана", ["Akylbek Japarov", "Japarov"],
          note="Here bare 'Japarov' refers to the cabinet chairman, not the president."),
    ],
    other_names=[],
    figures=[
        F("trade_turnover", 1450000000, "2024-5M", "actual", "in January-May 2024 trade turnover between Kyrgyzstan and Russia reached $1.45 billion"),
        F("trade_turnover_growth_pct", 9.6, "2024-5M", "actual", "up 9.6 percent year on year"),
        F("russian_aid_school_meals", 60000000, None, "actual", "which has exceeded $60 million since 2013", qual="more than",
          note="Cumulative Russian aid since 2013 via WFP; not trade."),
    ],
    events=[
        E("2024-07-02", "Primakov meets Akylbek Japarov; quota for Kyrgyz students raised to 1,000",
          "announced at a meeting with Chairman of the Cabinet of Ministers Akylbek Japarov on Tuesday", "meeting", "past"),
        E("2024", "Selection of candidates for quota places under way",
          "The selection of candidates for the quota places is currently under way at the Russian House in Bishkek", "other", "ongoing"),
        E("2024-07-03", "Primakov to visit a Russian-language school under construction in Bishkek",
          "On Wednesday, Primakov is scheduled to visit one of the Russian-language schools under construction in Bishkek", "visit", "planned"),
        E("2024-07-04", "International Forum of Creative and Scientific Intelligentsia of the CIS Member States opens in Bishkek",
          "International Forum of Creative and Scientific Intelligentsia of the CIS Member States, which opens on Thursday", "forum", "planned", bil=False),
    ],
)

GOLD["13_midru_ru_2025_zakharova_briefing.txt"] = dict(
    header_date="10 сентября 2025 года", date="2025-09-10", date_partial=None, date_source="body",
    date_note="Title line 'Брифинг ... М.В.Захаровой, Москва, 10 сентября 2025 года'. '1 сентября' = 2025-09-01; 'в июне' = 2025-06.",
    people=[
        P("Мария Захарова", "М.В.Захаровой", "официальный представитель МИД России", ["М.В.Захаровой"]),
        P("Сергей Лавров", "С.В.Лаврова", "министр иностранных дел России", ["С.В.Лаврова"]),
        P("Жээнбек Кулубаев", "Ж.Кулубаевым", "министр иностранных дел Киргизии", ["Ж.Кулубаевым"]),
    ],
    other_names=[],
    figures=[],
    events=[
        E("2025-09-01", "New Russian-language schools built under the presidents' joint initiative admit pupils",
          "1 сентября в Киргизии приняли учеников новые школы с обучением на русском языке", "other", "past"),
        E("2023", "Constitutional law on the state language adopted",
          "принятого в 2023 году конституционного закона о государственном языке", "other", "past"),
        E("2025-06", "Lavrov–Kulubaev talks in Moscow",
          "переговоров Министра иностранных дел России С.В.Лаврова с Министром иностранных дел Киргизии Ж.Кулубаевым, состоявшихся в Москве в июне",
          "meeting", "past"),
        E("2025-10", "CIS summit in Dushanbe", "предстоящем в октябре в Душанбе саммите СНГ", "meeting", "planned", bil=False),
        E("2025-11", "Session of the intergovernmental commission in Bishkek",
          "заседании межправительственной комиссии, которое запланировано на ноябрь в Бишкеке", "igc_session", "planned"),
    ],
)

GOLD["14_presidentkg_ru_2026_japarov_kravtsov.txt"] = dict(
    header_date="17 февраля 2026 года", date="2026-02-17", date_partial=None, date_source="body",
    date_note="Body '17 февраля 2026 года'. 'Накануне' = 2026-02-16; 'в ноябре прошлого года' = 2025-11; 'в апреле' = 2026-04.",
    people=[
        P("Садыр Жапаров", "Садыр Жапаров", "президент Кыргызстана", ["Садыр Жапаров"]),
        P("Сергей Кравцов", "Сергея Кравцова", "министр просвещения России", ["Сергея Кравцова", "Сергей Кравцов"]),
        P("Владимир Путин", "Владимиром Путиным", "президент России", ["Владимиром Путиным", "Владимира Путина"]),
        P("Адылбек Касымалиев", "Адылбеком Касымалиевым", "председатель кабинета министров Кыргызстана", ["Адылбеком Касымалиевым"]),
    ],
    other_names=[],
    figures=[
        F("russian_school_investment_rub", 9000000000, None, "actual",
          "Объем российских средств, вложенных в строительство и оснащение школ, превысил 9 млрд рублей", qual="more than",
          note="Cumulative Russian spending on the schools (RUB); not trade."),
        F("trade_turnover", 5000000000, "annual", "target", "довести ежегодный товарооборот до 5 миллиардов долларов"),
    ],
    events=[
        E("2026-02-17", "Japarov receives Russian Minister of Enlightenment Kravtsov",
          "Президент Кыргызской Республики Садыр Жапаров сегодня принял Министра просвещения Российской Федерации Сергея Кравцова", "meeting", "past"),
        E("2026-02", "Kravtsov's working visit to Kyrgyzstan", "находящегося в Кыргызстане с рабочим визитом", "visit", "ongoing"),
        E("2026-02-16", "Kravtsov meets Cabinet Chairman Kasymaliev and visits a new school in Bishkek",
          "Накануне Министр просвещения Российской Федерации провел встречу с Председателем Кабинета Министров Адылбеком Касымалиевым", "meeting", "past"),
        E("2026", "150 more Russian teachers to be sent in 2026", "в 2026 году будут направлены еще 150 учителей", "other", "planned"),
        E("2026-04", "Joint forum 'Образование без границ' in Osh",
          "совместного форума «Образование без границ», который пройдет в Оше в апреле", "forum", "planned"),
        E("2025-11", "CSTO Collective Security Council session in Bishkek",
          "в ноябре прошлого года в Бишкеке успешно прошла сессия Совета коллективной безопасности ОДКБ", "meeting", "past", bil=False),
    ],
)
