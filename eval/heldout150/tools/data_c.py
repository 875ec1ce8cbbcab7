"""Articles 11-14 (2023-2026 and an undated 'this day in history' page)."""
from helpers import P, F, E, G

ARTICLES = []

# ---------------------------------------------------------------- 11 Kaktus.media 2023 day's main news
ARTICLES.append(dict(
file="11_kaktus_ru_2023_main_of_day.txt", lang="ru",
source="https://kaktus.media/doc/489215_glavnoe_za_den_12_oktiabria.html",
header="2023-10-12",
body="""
Главное за день: визит Путина, перекрытые улицы и снег в горах

12 октября 2023, 21:00
Автор: Бермет Осмонова

Kaktus.media собрал главные новости четверга.

Путин в Бишкеке. Утром президент России Владимир Путин прибыл в Кыргызстан с официальным визитом. В аэропорту «Манас» его встретил председатель Кабинета министров Акылбек Жапаров. Это первый зарубежный визит Путина после выдачи Международным уголовным судом ордера на его арест.

Переговоры. В резиденции «Ынтымак Ордо» Садыр Жапаров и Владимир Путин провели переговоры в узком, а затем в расширенном составе. Глава государства сообщил, что в прошлом году товарооборот между странами вырос на 37% и достиг почти 3,5 млрд долларов, а за первое полугодие текущего года прибавил еще 17,9%. Президенты подтвердили цель довести товарооборот до 5 млрд долларов.

Документы. По итогам переговоров подписаны совместное заявление и ряд соглашений, в том числе меморандум о строительстве в Кыргызстане девяти школ с обучением на русском языке.

Кант. Во второй половине дня Путин и Жапаров посетили российскую авиабазу «Кант», которая отмечает 20-летие. Российский лидер напомнил, что база была открыта в октябре 2003 года.

Дороги. Из-за визита в столице были перекрыты проспекты Чуй и Манаса, а также улица Ахунбаева. Мэрия просит горожан пользоваться объездными путями и завтра.

Завтра. В пятницу в Бишкеке пройдет заседание Совета глав государств СНГ. Ожидается участие лидеров Казахстана, Таджикистана, Узбекистана, Туркменистана, Армении, Азербайджана и Беларуси.

Погода. В горных районах Нарынской и Иссык-Кульской областей выпал первый снег, температура ночью опустится до -6 градусов.

Фото: пресс-служба президента КР / Султан Досалиев
Читайте также: Что Путин подарил Жапарову; Как Бишкек встречал российского президента
""",
gold=G("12 октября 2023", "2023-10-12", None, "byline", "Byline '12 октября 2023, 21:00'; 'новости четверга' agrees (Thursday). 'В пятницу'/'завтра' = 2023-10-13.",
  [P("Владимир Путин", "Владимир Путин", "президент России", ["Владимир Путин", "Путина", "Путин"]),
   P("Акылбек Жапаров", "Акылбек Жапаров", "председатель Кабинета министров Кыргызстана", ["Акылбек Жапаров"],
     "same surname as the president"),
   P("Садыр Жапаров", "Садыр Жапаров", "президент Кыргызстана", ["Садыр Жапаров", "Жапаров", "Жапарову"],
     "'Жапарову' appears in a related-links line"),
  ],
  ["Бермет Осмонова", "Султан Досалиев"],
  [F("trade_turnover_growth_pct", 37, "2022", "actual", "в прошлом году товарооборот между странами вырос на 37%", period_text="в прошлом году"),
   F("trade_turnover", 3500000000, "2022", "actual", "достиг почти 3,5 млрд долларов", "almost", period_text="в прошлом году"),
   F("trade_turnover_growth_pct", 17.9, "2023-H1", "actual", "за первое полугодие текущего года прибавил еще 17,9%"),
   F("trade_turnover", 5000000000, None, "target", "цель довести товарооборот до 5 млрд долларов")],
  [E("2023-10-12", "Putin arrived in Kyrgyzstan on an official visit", "президент России Владимир Путин прибыл в Кыргызстан с официальным визитом", "visit", "past"),
   E("2023-10-12", "Japarov–Putin talks at Yntymak Ordo", "Садыр Жапаров и Владимир Путин провели переговоры в узком, а затем в расширенном составе", "meeting", "past"),
   E("2023-10-12", "Joint statement and agreements signed, incl. memorandum on nine Russian-language schools",
     "подписаны совместное заявление и ряд соглашений", "agreement", "past"),
   E("2023-10-12", "Putin and Japarov visited the Kant air base (20th anniversary)", "Путин и Жапаров посетили российскую авиабазу «Кант», которая отмечает 20-летие", "anniversary", "past"),
   E("2003-10", "Kant base opened", "база была открыта в октябре 2003 года", "other", "past"),
   E("2023-10-13", "CIS Council of Heads of State in Bishkek", "В пятницу в Бишкеке пройдет заседание Совета глав государств СНГ", "other", "planned", False),
  ])))

# ---------------------------------------------------------------- 12 24.kg English 2025 week in review
ARTICLES.append(dict(
file="12_24kg_en_2025_week_in_review.txt", lang="en",
source="https://24.kg/english/351420_Kyrgyzstan-Russia_week_in_review_November_24-30/",
header="2025-11-30",
body="""
Kyrgyzstan-Russia: week in review, November 24-30

30 November 2025 19:20
Kyrgyzstan - 24.kg news agency, by Aidana Sultanbekova

The week was dominated by the state visit of the Russian President and the CSTO summit in Bishkek. Here are the key items.

Nov 24: Foreign Minister Jeenbek Kulubaev told reporters that more than ten documents were being prepared for signing. He recalled that the Jogorku Kenesh last week ratified the agreement with Kazakhstan and Uzbekistan on the Kambarata-1 project, in which Russian companies are expected to take part.

Nov 25: Vladimir Putin arrived in Bishkek on a state visit. He was met at Manas airport by Chairman of the Cabinet of Ministers Adylbek Kasymaliev.

Nov 26: Sadyr Japarov and Vladimir Putin held talks at Yntymak Ordo. Japarov said bilateral trade reached $3.2 billion in 2024 and grew another 9 percent in January-September. The presidents reaffirmed the goal of raising trade to $5 billion a year. Putin noted that Russian investment in the Kyrgyz economy exceeded $2 billion.

Nov 26: The sides signed a declaration on further deepening of allied relations and a package of intergovernmental agreements.

Nov 27: Bishkek hosted the session of the CSTO Collective Security Council. Kyrgyzstan handed over the chairmanship of the organization to Russia for 2026.

Nov 28: Kasymaliev said the next meeting of the intergovernmental commission would take place in Moscow in the first quarter of next year.

Nov 29: The Central Bank of Russia reported that money transfers from Russia to Kyrgyzstan amounted to $2.4 billion in the first nine months.

Photo: president.kg
Related: Putin in Bishkek: what was signed; Kasymaliev meets Overchuk
""",
gold=G("30 November 2025", "2025-11-30", None, "byline", "Byline '30 November 2025 19:20'.",
  [P("Жээнбек Кулубаев", "Jeenbek Kulubaev", "министр иностранных дел Киргизии", ["Jeenbek Kulubaev"]),
   P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin", "Putin"]),
   P("Адылбек Касымалиев", "Adylbek Kasymaliev", "председатель кабинета министров Киргизии", ["Adylbek Kasymaliev", "Kasymaliev"]),
   P("Садыр Жапаров", "Sadyr Japarov", "президент Киргизии", ["Sadyr Japarov", "Japarov"]),
   P("Алексей Оверчук", "Overchuk", "заместитель председателя правительства РФ", ["Overchuk"], "only in a related-links line")],
  ["Aidana Sultanbekova"],
  [F("trade_turnover", 3200000000, "2024", "actual", "Japarov said bilateral trade reached $3.2 billion in 2024"),
   F("trade_turnover_growth_pct", 9, "2025-9M", "actual", "grew another 9 percent in January-September"),
   F("trade_turnover", 5000000000, "annual", "target", "raising trade to $5 billion a year"),
   F("russian_investment_usd", 2000000000, None, "actual", "Russian investment in the Kyrgyz economy exceeded $2 billion", "more than", note="Distractor: investment."),
   F("remittances_from_russia_usd", 2400000000, "2025-9M", "actual", "money transfers from Russia to Kyrgyzstan amounted to $2.4 billion in the first nine months",
     note="Distractor: remittances.")],
  [E("2025-11", "Jogorku Kenesh ratified the agreement with Kazakhstan and Uzbekistan on Kambarata-1", "the Jogorku Kenesh last week ratified the agreement with Kazakhstan and Uzbekistan on the Kambarata-1 project",
     "agreement", "past", False, date_note="'last week' relative to 24 Nov 2025 = week of 17–23 Nov"),
   E("2025-11-25", "Putin arrived in Bishkek on a state visit", "Vladimir Putin arrived in Bishkek on a state visit", "visit", "past"),
   E("2025-11-26", "Japarov–Putin talks at Yntymak Ordo", "Sadyr Japarov and Vladimir Putin held talks at Yntymak Ordo", "meeting", "past"),
   E("2025-11-26", "Declaration on further deepening of allied relations and intergovernmental agreements signed",
     "The sides signed a declaration on further deepening of allied relations", "agreement", "past"),
   E("2025-11-27", "CSTO Collective Security Council session in Bishkek", "Bishkek hosted the session of the CSTO Collective Security Council", "other", "past", False),
   E("2025-11-27", "Kyrgyzstan handed over CSTO chairmanship to Russia for 2026", "Kyrgyzstan handed over the chairmanship of the organization to Russia for 2026", "other", "past", False),
   E("2026", "Next intergovernmental commission meeting in Moscow, first quarter of next year",
     "the next meeting of the intergovernmental commission would take place in Moscow in the first quarter of next year", "igc_session", "planned"),
  ])))

# ---------------------------------------------------------------- 13 RIA Novosti 'this day in history', no year
ARTICLES.append(dict(
file="13_ria_ru_nodate_this_day_23oct.txt", lang="ru",
source="https://ria.ru/spravka/this-day/23-october/",
header=None,
body="""
Этот день в истории: 23 октября

Справочная служба РИА Новости
Подготовлено на основе открытых источников

1956 год — в Будапеште началось восстание против просоветского правительства Венгрии.

1973 год — вступило в силу прекращение огня, завершившее войну Судного дня на Ближнем Востоке.

2002 год — в Москве террористы захватили здание Театрального центра на Дубровке, где шел мюзикл «Норд-Ост». В заложниках оказались более 900 человек.

2003 год — в Киргизии открыта российская авиабаза «Кант», ставшая первой новой военной базой России за рубежом после распада СССР. В церемонии открытия приняли участие президент России Владимир Путин и президент Киргизии Аскар Акаев, а также министр обороны РФ Сергей Иванов. «Это не военная база в классическом понимании, а компонент сил быстрого развертывания ОДКБ», — подчеркнул тогда Путин. Соглашение о статусе базы было подписано месяцем ранее. Позднее срок ее пребывания был продлен: соглашение 2012 года предусматривает размещение объединенной российской военной базы на 15 лет с возможностью продления. В день 20-летия базы ее посетили Путин и киргизский лидер Садыр Жапаров.

2019 год — в Сочи открылся первый саммит и экономический форум «Россия — Африка».

Также в этот день родились: бразильский футболист Пеле (1940), американский писатель Майкл Крайтон (1942).

Материалы по теме: Авиабаза Кант. Досье; Российские военные объекты за рубежом
""",
gold=G("23 октября", None, "????-10-23", "title_day_month_only",
  "Title 'Этот день в истории: 23 октября' gives day and month only; the page itself states no year (the latest item it mentions is the base's 20th anniversary, 2023, but that only bounds the page). No year is invented.",
  [P("Владимир Путин", "Владимир Путин", "президент России", ["Владимир Путин", "Путин"]),
   P("Аскар Акаев", "Аскар Акаев", "президент Киргизии", ["Аскар Акаев"]),
   P("Сергей Иванов", "Сергей Иванов", "министр обороны РФ", ["Сергей Иванов"]),
   P("Садыр Жапаров", "Садыр Жапаров", "президент Киргизии", ["Садыр Жапаров"])],
  [],
  [],
  [E("2003-10-23", "Opening of the Russian air base Kant with Putin, Akayev and Defence Minister Ivanov", "2003 год — в Киргизии открыта российская авиабаза «Кант»", "other", "past"),
   E("2003-09", "Agreement on the status of the base signed a month earlier", "Соглашение о статусе базы было подписано месяцем ранее", "agreement", "past",
     date_note="'месяцем ранее' than 23 October 2003"),
   E("2012", "2012 agreement on the joint Russian military base for 15 years", "соглашение 2012 года предусматривает размещение объединенной российской военной базы на 15 лет", "agreement", "past"),
   E("2023", "Putin and Japarov visited the base on its 20th anniversary", "В день 20-летия базы ее посетили Путин и киргизский лидер Садыр Жапаров", "anniversary", "past",
     date_note="The page says 'в день 20-летия' (i.e. around 23 Oct 2023); the actual visit was 12 Oct 2023, so only the year is given."),
  ])))

# ---------------------------------------------------------------- 14 Rossiyskaya Gazeta 2026 chronicle of 2025
ARTICLES.append(dict(
file="14_rg_ru_2026_chronicle_2025.txt", lang="ru",
source="https://rg.ru/2026/01/06/rossiia-i-kirgiziia-hronika-goda.html",
header="2026-01-06",
body="""
Союзники на марше: Россия и Киргизия подвели итоги 2025 года

Российская газета - Федеральный выпуск: №1(9852)
06.01.2026 17:45
Текст: Ирина Свешникова

Минувший год оказался для российско-киргизских отношений одним из самых насыщенных за последнее десятилетие. «РГ» напоминает ключевые даты.

9 мая — президент Киргизии Садыр Жапаров вместе с лидерами других стран СНГ присутствовал на Красной площади на параде в честь 80-летия Победы. Накануне в Кремле состоялась его короткая встреча с Владимиром Путиным.

27 июня — на заседании Высшего Евразийского экономического совета в Минске президенты обсудили ход реализации совместных проектов в энергетике.

9–10 октября — в Душанбе на полях саммита «Россия — Центральная Азия» и Совета глав государств СНГ Путин и Жапаров согласовали программу предстоящего визита российского лидера в Бишкек.

25–26 ноября — государственный визит Владимира Путина в Киргизию. Подписана декларация о дальнейшем углублении союзнических отношений, а также пакет межправительственных соглашений.

27 ноября — в Бишкеке прошла сессия Совета коллективной безопасности ОДКБ, по итогам которой председательство в организации перешло к России.

Цифры года

Как сообщил председатель Кабинета министров Киргизии Адылбек Касымалиев, по итогам 2024 года товарооборот двух стран вырос на 16,6% и достиг 3,2 млрд долларов. За январь–сентябрь 2025-го, по данным киргизской стороны, он составил 2,5 млрд долларов. Цель, поставленная президентами, — довести взаимную торговлю до 5 млрд долларов в год. Для сравнения: торговля Киргизии с Китаем за тот же период превысила 14 млрд долларов.

Что дальше

Вице-премьер Алексей Оверчук сообщил «РГ», что очередное заседание межправительственной комиссии пройдет в Москве в марте. На 2026 год, когда Россия председательствует в ОДКБ, запланирован также ответный визит Садыра Жапарова в Россию.

Фото: Сергей Михеев / РГ
""",
gold=G("06.01.2026", "2026-01-06", None, "byline", "Byline '06.01.2026 17:45'. 'Минувший год' = 2025; 'в марте' (IGC) = March 2026.",
  [P("Садыр Жапаров", "Садыр Жапаров", "президент Киргизии", ["Садыр Жапаров", "Жапаров", "Садыра Жапарова"]),
   P("Владимир Путин", "Владимиром Путиным", "президент России", ["Владимиром Путиным", "Владимира Путина", "Путин"]),
   P("Адылбек Касымалиев", "Адылбек Касымалиев", "председатель Кабинета министров Киргизии", ["Адылбек Касымалиев"]),
   P("Алексей Оверчук", "Алексей Оверчук", "заместитель председателя правительства РФ", ["Алексей Оверчук"])],
  ["Ирина Свешникова", "Сергей Михеев"],
  [F("trade_turnover_growth_pct", 16.6, "2024", "actual", "по итогам 2024 года товарооборот двух стран вырос на 16,6%"),
   F("trade_turnover", 3200000000, "2024", "actual", "достиг 3,2 млрд долларов"),
   F("trade_turnover", 2500000000, "2025-9M", "actual", "За январь–сентябрь 2025-го, по данным киргизской стороны, он составил 2,5 млрд долларов",
     note="Kyrgyz data; compare file 12 ('grew another 9 percent in January-September')"),
   F("trade_turnover", 5000000000, "annual", "target", "довести взаимную торговлю до 5 млрд долларов в год"),
   F("kg_china_trade_usd", 14000000000, "2025-9M", "actual", "торговля Киргизии с Китаем за тот же период превысила 14 млрд долларов", "more than",
     note="Distractor: third-country trade.")],
  [E("2025-05-09", "Japarov attended the Victory Day parade (80th anniversary) on Red Square", "присутствовал на Красной площади на параде в честь 80-летия Победы", "anniversary", "past"),
   E("2025-05-08", "Short Japarov–Putin meeting in the Kremlin on the eve", "Накануне в Кремле состоялась его короткая встреча с Владимиром Путиным", "meeting", "past"),
   E("2025-06-27", "Supreme Eurasian Economic Council meeting in Minsk", "на заседании Высшего Евразийского экономического совета в Минске", "other", "past", False),
   E("2025-10-09", "Russia–Central Asia summit and CIS Council of Heads of State in Dushanbe (9–10 October)", "в Душанбе на полях саммита «Россия — Центральная Азия» и Совета глав государств СНГ",
     "other", "past", False),
   E("2025-10", "Putin and Japarov agreed the programme of the coming visit (Dushanbe)", "Путин и Жапаров согласовали программу предстоящего визита российского лидера в Бишкек", "meeting", "past",
     date_note="9 or 10 October 2025"),
   E("2025-11-25", "State visit of Putin to Kyrgyzstan (25–26 November)", "государственный визит Владимира Путина в Киргизию", "visit", "past"),
   E("2025-11", "Declaration on further deepening of allied relations and intergovernmental agreements signed", "Подписана декларация о дальнейшем углублении союзнических отношений",
     "agreement", "past", date_note="during the 25–26 November visit; day not stated"),
   E("2025-11-27", "CSTO Collective Security Council session in Bishkek; chairmanship passed to Russia", "в Бишкеке прошла сессия Совета коллективной безопасности ОДКБ", "other", "past", False),
   E("2026-03", "Next IGC meeting in Moscow in March", "очередное заседание межправительственной комиссии пройдет в Москве в марте", "igc_session", "planned"),
   E("2026", "Return visit of Japarov to Russia planned for 2026", "запланирован также ответный визит Садыра Жапарова в Россию", "visit", "planned"),
  ])))
