"""Gold annotation 01-07."""
from helpers import P, F, E
GOLD = {}

GOLD["01_rg_ru_1993_krsu_first_students.txt"] = dict(
    header_date="2 сентября 1993 г.", date="1993-09-02", date_partial=None, date_source="header",
    date_note="Header and masthead line 'Российская газета, 2 сентября 1993 г.'. 'Вчера' = 1993-09-01 (start of classes). 'в сентябре прошлого года' = 1992-09; 'в мае' (som introduced) is not a bilateral event.",
    people=[
        P("Аскар Акаев", "Аскар Акаев", "президент Кыргызстана", ["Аскар Акаев"]),
        P("Евгений Ткаченко", "Евгений Ткаченко", "министр образования России", ["Евгений Ткаченко"]),
        P("Турсунбек Чынгышев", "Турсунбек Чынгышев", "премьер-министр Кыргызстана", ["Турсунбек Чынгышев"]),
    ],
    other_names=["Виктор КОЛЕСНИКОВ", "Андрея ЛЬВОВА"],
    figures=[
        F("russian_funding_krsu_rub", 600000000, "1993", "target", "из обещанных на нынешний год 600 млн рублей",
          note="Russian share of KRSU funding promised for 1993 (RUB), not trade; about a third transferred."),
    ],
    events=[
        E("1993-09-01", "Classes begin at the newly founded Kyrgyz-Russian Slavic University in Bishkek",
          "Вчера в столице Кыргызстана начались занятия в Кыргызско-Российском Славянском университете", "other", "past"),
        E("1992-09", "Intergovernmental agreement on founding the Kyrgyz-Russian Slavic University signed",
          "соглашение об учреждении университета правительства двух стран подписали в сентябре прошлого года", "agreement", "past"),
        E("1993-10", "Delegation of the Russian Ministry of Education expected in Bishkek to agree KRSU specialities and teacher secondment",
          "В октябре в Бишкек ожидается делегация Минобразования России", "visit", "planned"),
        E(None, "Mutual recognition of education documents across the CIS to be put to a CIS Council of Heads of Government session",
          "будет вынесен на одно из ближайших заседаний Совета глав правительств СНГ", "meeting", "planned", bil=False),
    ],
)

GOLD["02_kommersant_ru_2000_official_language_law.txt"] = dict(
    header_date="30.05.2000", date="2000-05-30", date_partial=None, date_source="header",
    date_note="Masthead 'Газета «Коммерсантъ» №95 от 30.05.2000'. 'вчера' = 2000-05-29 (law signed). 'в прошлом году' = 1999 for the figures. Autumn presidential election is domestic, not listed.",
    people=[
        P("Аскар Акаев", "Аскар Акаев", "президент Киргизии", ["Аскар Акаев", "Акаев"]),
        P("Алтай Борубаев", "Алтай Борубаев", "председатель Законодательного собрания Жогорку Кенеша", ["Алтай Борубаев", "Борубаева"]),
        P("Владимир Путин", "Владимира Путина", "президент России", ["Владимира Путина", "Владимир Путин"]),
    ],
    other_names=["ГУЛЬНАРА Ъ-ИСМАИЛОВА", "ДМИТРИЙ Ъ-ПЕТРОВ"],
    figures=[
        F("trade_turnover", 190000000, "1999", "actual", "в прошлом году сократился на 18% и составил лишь $190 млн",
          note="Russian Goskomstat data."),
        F("trade_turnover_growth_pct", -18, "1999", "actual", "Товарооборот двух стран, по данным Госкомстата России, в прошлом году сократился на 18%"),
        F("kyrgyz_debt_to_russia", 130000000, None, "actual", "Долг Киргизии перед Россией превышает $130 млн", qual="more than"),
        F("kyrgyz_kazakh_trade", 250000000, "1999", "actual", "с соседним Казахстаном Киргизия в прошлом году наторговала на $250 млн",
          note="Third-country trade (Kyrgyzstan-Kazakhstan), not the pair."),
    ],
    events=[
        E("2000-05-29", "Akaev signs the law on the official language, giving Russian official status",
          "Президент Киргизии Аскар Акаев вчера подписал закон «Об официальном языке Киргизской Республики»", "other", "past"),
        E("1994", "Akaev decree allowing Russian in office work in Russian-speaking areas",
          "Еще в 1994 году господин Акаев своим указом разрешил использовать русский язык в делопроизводстве", "other", "past"),
        E("2000", "Possible Russian-Kyrgyz presidential talks in summer, with the Russian language a central topic",
          "тема русского языка станет одной из центральных на переговорах президентов, которые могут пройти уже летом", "meeting", "planned",
          note="'летом' of 2000; month not fixed."),
        E("2000-06", "Akaev and Putin to meet at the June CIS summit in Moscow",
          "господин Акаев и Владимир Путин увидятся в Москве на июньском саммите СНГ", "meeting", "planned", bil=False),
    ],
)

GOLD["03_24kg_ru_2008_broadcast_law_russian_channels.txt"] = dict(
    header_date="10 июня", date=None, date_partial="????-06-10", date_source="byline",
    date_note="Byline '10 июня, 16:45 — ИА «24.kg»' has no year and the page states none. Bakiyev (president 2005-2010) and Chudinov (PM Dec 2007-Oct 2009) narrow it only to 2008-2009; no year is assigned. The weekday of 10 June is unknown, so 'в минувшую пятницу' cannot be dated.",
    people=[
        P("Курманбек Бакиев", "Курманбек Бакиев", "президент Кыргызстана", ["Курманбек Бакиев"]),
        P("Игорь Чудинов", "Игорь Чудинов", "премьер-министр Кыргызстана", ["Игорь Чудинов", "Игоря Чудинова"]),
    ],
    other_names=["Елена Миронова"],
    figures=[
        F("tv_advertising_market_kg", 12000000, "annual", "actual", "примерно в $12 млн в год", qual="about",
          note="Kyrgyz TV advertising market estimate; not trade. The 50% and 30% airtime shares are not figures of the pair."),
    ],
    events=[
        E(None, "Bakiyev signs the law on TV and radio broadcasting restricting rebroadcast of foreign (mostly Russian) channels",
          "Документ был подписан в минувшую пятницу", "other", "past", partial="????-06",
          note="A Friday shortly before 10 June (or in the last days of May); year not stated."),
        E(None, "Russian embassy sends a note to the Kyrgyz MFA over possible cuts to Russian-language broadcasting",
          "посольство России в Кыргызстане еще на прошлой неделе направило в МИД республики ноту", "other", "past",
          note="'на прошлой неделе' relative to an undated-year 10 June."),
        E(None, "The broadcasting law to enter into force a month after official publication",
          "Закон вступит в силу через месяц после официального опубликования", "other", "planned"),
        E(None, "Common information space to be raised at the autumn session of the CIS Inter-Parliamentary Assembly in St Petersburg",
          "поднимут на осенней сессии Межпарламентской ассамблеи СНГ в Санкт-Петербурге", "meeting", "planned", bil=False),
    ],
)

GOLD["04_akipress_en_2014_kosachev_quotas.txt"] = dict(
    header_date="Apr 15, 2014", date="2014-04-15", date_partial=None, date_source="byline",
    date_note="Dateline 'AKIpress News Agency, Bishkek, Apr 15, 2014'; 'on Tuesday' agrees (2014-04-15 was a Tuesday); 'On Monday' = 2014-04-14.",
    people=[
        P("Константин Косачёв", "Konstantin Kosachev", "руководитель Россотрудничества", ["Konstantin Kosachev", "Kosachev"]),
        P("Джоомарт Оторбаев", "Djoomart Otorbaev", "премьер-министр Кыргызстана", ["Djoomart Otorbaev", "Otorbaev"]),
    ],
    other_names=[],
    figures=[
        F("trade_turnover", 2000000000, "2013", "actual", "Trade turnover between the two countries amounted to about $2 billion in 2013", qual="about"),
        F("remittances_from_russia", 2080000000, "2013", "actual", "remittances from Kyrgyz migrant workers in Russia exceeded $2.08 billion last year",
          qual="more than", note="Remittances, not trade."),
    ],
    events=[
        E("2014-04-15", "Otorbaev meets Rossotrudnichestvo head Kosachev; quota of state-funded places to be raised to 500",
          "Prime Minister Djoomart Otorbaev met with Konstantin Kosachev", "meeting", "past"),
        E("2014-04-14", "Kosachev visits the Kyrgyz-Russian Slavic University and lectures students",
          "On Monday, he visited the Slavic University and gave a lecture to students of the international relations faculty", "visit", "past"),
        E("2013", "20th anniversary of the Kyrgyz-Russian Slavic University",
          "which marked its 20th anniversary last year", "anniversary", "past"),
        E("2014-09", "Branch of the Russian Center of Science and Culture to open in Osh",
          "a branch of the Russian Center of Science and Culture would open in Osh in September", "other", "planned"),
        E("2014", "Kyrgyzstan expects to complete the road map for joining the Customs Union of Russia, Belarus and Kazakhstan",
          "Kyrgyzstan expects to complete the road map for joining the Customs Union of Russia, Belarus and Kazakhstan by the end of the year",
          "agreement", "planned", bil=False),
    ],
)

GOLD["05_sputnik_ru_2017_vasilyeva_kudaiberdieva.txt"] = dict(
    header_date="18 окт", date="2017-10-18", date_partial=None, date_source="header",
    date_note="Dateline 'МОСКВА, 18 окт — Sputnik' (no year in body); year from header and URL (20171018). 'во вторник' = 2017-10-17.",
    people=[
        P("Гульмира Кудайбердиева", "Гульмира Кудайбердиева", "министр образования и науки Кыргызстана",
          ["Гульмира Кудайбердиева", "Кудайбердиевой", "Кудайбердиева"]),
        P("Ольга Васильева", "Ольга Васильева", "министр образования и науки России", ["Ольга Васильева", "Васильева"]),
        P("Владимир Путин", "Владимира Путина", "президент России", ["Владимира Путина", "Путин"]),
        P("Алмазбек Атамбаев", "Алмазбек Атамбаев", "президент Кыргызстана", ["Алмазбек Атамбаев"]),
    ],
    other_names=["Эрлан Турдубаев"],
    figures=[
        F("textbooks_supply_value_rub", 250000000, None, "forecast", "Стоимость поставки, по данным министерства, составит около 250 миллионов рублей",
          qual="about", note="Value of Russian textbook supply (RUB); not trade."),
        F("trade_turnover", 1050000000, "2017-8M", "actual", "за январь–август 2017 года вырос на 24,6 процента и составил 1,05 миллиарда долларов"),
        F("trade_turnover_growth_pct", 24.6, "2017-8M", "actual", "товарооборот Кыргызстана и России за январь–август 2017 года вырос на 24,6 процента"),
    ],
    events=[
        E("2017-10-17", "Education ministers Kudaiberdieva and Vasilyeva sign an education cooperation road map for 2018-2020 in Moscow",
          "во вторник подписали в Москве дорожную карту сотрудничества в сфере образования на 2018–2020 годы", "agreement", "past"),
        E("2017-02", "Putin's visit to Bishkek, where he and Atambayev agreed to expand humanitarian cooperation",
          "в ходе февральского визита президента России Владимира Путина в Бишкек", "visit", "past"),
        E("2018", "Vasilyeva accepts invitation to visit Bishkek next year",
          "Васильева приняла приглашение посетить Бишкек в следующем году", "visit", "planned"),
    ],
)

GOLD["06_kremlin_ru_2019_press_statements.txt"] = dict(
    header_date="28 марта 2019 года", date="2019-03-28", date_partial=None, date_source="body",
    date_note="Body line '28 марта 2019 года 16:20 Бишкек'. 'По итогам прошлого года' = 2018.",
    people=[
        P("Владимир Путин", "Владимир Путин", "президент России", ["Владимир Путин", "В.Путин", "Владимир Владимирович"]),
        P("Сооронбай Жээнбеков", "Сооронбай Жээнбеков", "президент Киргизии",
          ["Сооронбай Жээнбеков", "С.Жээнбеков", "Сооронбай Шарипович"]),
    ],
    other_names=[],
    figures=[
        F("trade_turnover", 1750000000, "2018", "actual", "до 1 миллиарда 750 миллионов долларов"),
        F("trade_turnover_growth_pct", 7, "2018", "actual", "По итогам прошлого года взаимный товарооборот увеличился почти на 7 процентов", qual="almost"),
        F("russian_investment_stock", 500000000, None, "actual", "накопленные российские инвестиции превысили 500 миллионов долларов", qual="more than",
          note="Accumulated investment, not trade."),
    ],
    events=[
        E("2019-03-28", "Putin's state visit to Bishkek", "Мы рады приветствовать Президента России в Бишкеке с государственным визитом", "visit", "ongoing"),
        E("2019-03-28", "Putin–Jeenbekov talks in restricted and expanded formats",
          "Мы провели содержательные переговоры в узком и расширенном составах", "meeting", "past"),
        E("2019-03-28", "Package of documents signed, including the Programme of humanitarian cooperation for 2019-2021",
          "Подписан солидный пакет документов, в том числе Программа сотрудничества в гуманитарной сфере на 2019–2021 годы", "agreement", "past"),
        E("2019", "Next session of the intergovernmental commission in Moscow in autumn",
          "Следующее заседание межправкомиссии пройдет осенью в Москве", "igc_session", "planned"),
        E("2019-06", "SCO summit in Bishkek under Kyrgyz chairmanship",
          "саммит которой пройдет в Бишкеке в июне", "conference", "planned", bil=False),
    ],
)

GOLD["07_thediplomat_en_2021_russian_tv_kyrgyzstan.txt"] = dict(
    header_date="June 15, 2021", date="2021-06-15", date_partial=None, date_source="byline",
    date_note="Byline 'June 15, 2021'. 'Last month' = 2021-05; 'in May' (Maripov to lawmakers) is a statement, not an event. January snap election and October 2020 unrest are domestic.",
    people=[
        P("Садыр Жапаров", "Sadyr Japarov", "президент Кыргызстана", ["Sadyr Japarov", "Japarov"]),
        P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin", "Putin"]),
        P("Улукбек Марипов", "Ulukbek Maripov", "председатель кабинета министров Кыргызстана", ["Ulukbek Maripov", "Maripov"]),
    ],
    other_names=["Nurzhan Abdrakhmanova"],
    figures=[
        F("trade_turnover", 1700000000, "2020", "actual", "to roughly $1.7 billion", qual="about"),
        F("trade_turnover_growth_pct", -20, "2020", "actual", "trade with Russia fell by about 20 percent in 2020", qual="about"),
        F("remittances_from_russia", 1900000000, "2020", "actual", "remittances from Russia sank to $1.9 billion", note="Remittances, not trade."),
    ],
    events=[
        E("2021-02-24", "Japarov's first foreign trip as president: visit to Moscow and meeting with Putin in the Kremlin",
          "made Moscow his first foreign trip as president, meeting Vladimir Putin in the Kremlin on February 24", "visit", "past"),
        E("2021-05", "Licence of the NTV Mir rebroadcaster extended for five years",
          "Last month, the licence of the company that rebroadcasts NTV Mir was extended for another five years", "other", "past"),
        E("2021-04", "New constitution approved in a referendum keeps Russian as an official language",
          "The new constitution, approved in an April referendum, keeps Russian as an official language", "other", "past"),
        E("2021-09", "Japarov and Putin expected to meet at the SCO summit in Dushanbe",
          "Japarov and Putin are expected to meet again at the Shanghai Cooperation Organization summit in Dushanbe in September",
          "conference", "planned", bil=False),
    ],
)
