from h import P, F, E
A = []

# ---------------------------------------------------------------- 08
A.append(dict(
file="08_kommersant_ru_2019_putin_jeenbekov_state_visit.txt",
source="https://www.kommersant.ru/doc/3925611",
lang="ru", header_date="unknown",
date="2019-03-28", date_partial=None, date_source="body(issue line)",
date_note="Issue line 'Газета «Коммерсантъ» №54 от 28.03.2019, стр. 6'. 'сегодня' = 2019-03-28 (Thursday); 'накануне' = 2019-03-27.",
body="""Газета «Коммерсантъ» №54 от 28.03.2019, стр. 6

Бишкек ждет инвестиций, а не кредитов

Владимир Путин прибывает в Киргизию с государственным визитом

Сегодня в Бишкеке президент России Владимир Путин проведет переговоры со своим киргизским коллегой Сооронбаем Жээнбековым. Как рассказал накануне помощник президента РФ Юрий Ушаков, по итогам визита будет подписан пакет из более чем десяти документов, а главы государств примут участие в российско-киргизской межрегиональной конференции.

Экономическая повестка визита, по словам собеседников “Ъ” в правительстве Киргизии, сводится к одному: Бишкеку нужны прямые инвестиции. Торговля растет, но медленно. По данным ФТС России, в 2018 году товарооборот двух стран составил $1,76 млрд, прибавив 5,6%. Нацстатком Киргизии называет другую цифру — $1,87 млрд. Расхождение в Бишкеке объясняют учетом реэкспорта через Казахстан.

Господин Ушаков напомнил, что в 2017 году Россия списала Киргизии $240 млн долга, а общий объем российских инвестиций в республику превысил $1,1 млрд. Кроме того, Москва ежегодно выделяет Бишкеку безвозмездную помощь на поддержку бюджета — в прошлом году это были $30 млн.

Российская сторона рассчитывает и на военную составляющую: в повестке визита — расширение авиабазы Кант, где в 2018 году отметили 15-летие ее открытия.

Последний раз господин Путин приезжал в Киргизию в феврале 2017 года, а с господином Жээнбековым в последний раз встречался в ноябре 2018 года на саммите ОДКБ в Астане.

Источник “Ъ” в Минэкономразвития сказал, что Максим Орешкин, возглавляющий российскую часть межправкомиссии, подготовил для переговоров предложения по увеличению товарооборота до $3 млрд к 2024 году.

Кирилл Тарасов, Бишкек
""",
people=[
 P("Владимир Путин", "Владимир Путин", "президент России", ["Владимир Путин", "Путин"], note="'господин Путин'"),
 P("Сооронбай Жээнбеков", "Сооронбаем Жээнбековым", "президент Киргизии", ["Сооронбаем Жээнбековым", "Жээнбековым"]),
 P("Юрий Ушаков", "Юрий Ушаков", "помощник президента РФ", ["Юрий Ушаков", "Ушаков"], note="'Господин Ушаков'"),
 P("Максим Орешкин", "Максим Орешкин", "министр экономического развития РФ, глава российской части МПК", ["Максим Орешкин"]),
],
other_names=["Кирилл Тарасов"],
figures=[
 F("trade_turnover", 1760000000, "2018", "actual", "По данным ФТС России, в 2018 году товарооборот двух стран составил $1,76 млрд", note="Russian customs data"),
 F("trade_turnover_growth_pct", 5.6, "2018", "actual", "прибавив 5,6%"),
 F("trade_turnover", 1870000000, "2018", "actual", "Нацстатком Киргизии называет другую цифру — $1,87 млрд", note="Kyrgyz statistics; disagrees with FTS"),
 F("debt_writeoff_usd", 240000000, "2017", "actual", "в 2017 году Россия списала Киргизии $240 млн долга", note="Distractor: debt."),
 F("russian_investment_total_usd", 1100000000, None, "actual", "общий объем российских инвестиций в республику превысил $1,1 млрд", qualifier="more than", note="Distractor: investment."),
 F("russian_budget_grant_usd", 30000000, "2018", "actual", "в прошлом году это были $30 млн", note="Distractor: aid; 'в прошлом году' = 2018."),
 F("trade_turnover", 3000000000, "2024", "target", "увеличению товарооборота до $3 млрд к 2024 году"),
],
events=[
 E("2019-03-28", "Putin–Jeenbekov talks in Bishkek (Putin's state visit)", "Сегодня в Бишкеке президент России Владимир Путин проведет переговоры со своим киргизским коллегой Сооронбаем Жээнбековым", "meeting", "planned"),
 E("2019-03-28", "Signing of more than ten documents following the visit", "по итогам визита будет подписан пакет из более чем десяти документов", "agreement", "planned"),
 E("2019-03-28", "Russian-Kyrgyz interregional conference with both heads of state", "главы государств примут участие в российско-киргизской межрегиональной конференции", "conference", "planned"),
 E("2017", "Russia wrote off $240m of Kyrgyz debt", "в 2017 году Россия списала Киргизии $240 млн долга", "agreement", "past"),
 E("2018", "15th anniversary of the Kant air base", "где в 2018 году отметили 15-летие ее открытия", "anniversary", "past"),
 E("2017-02", "Putin's previous visit to Kyrgyzstan (February 2017)", "Последний раз господин Путин приезжал в Киргизию в феврале 2017 года", "visit", "past"),
 E("2018-11", "Putin–Jeenbekov meeting at the CSTO summit in Astana", "с господином Жээнбековым в последний раз встречался в ноябре 2018 года на саммите ОДКБ в Астане", "meeting", "past"),
 E("2018-11", "CSTO summit in Astana", "на саммите ОДКБ в Астане", "conference", "past", bilateral=False),
],
))

# ---------------------------------------------------------------- 09
A.append(dict(
file="09_govru_ru_2020_mishustin_abylgaziev_almaty.txt",
source="http://government.ru/news/38812/",
lang="ru", header_date="2020-01-31",
date="2020-01-31", date_partial=None, date_source="header+body",
date_note="Page date '31 января 2020'; header agrees.",
body="""Встреча Михаила Мишустина с Премьер-министром Киргизской Республики Мухаммедкалыем Абылгазиевым

31 января 2020
Алма-Ата

Встреча состоялась на полях заседания Евразийского межправительственного совета.

Из стенограммы:

М.Мишустин: Уважаемый Мухаммедкалый Дуйшекеевич! Рад нашей первой встрече. Киргизия – наш стратегический партнёр и союзник. Товарооборот между нашими странами в прошлом году, по нашим данным, вырос почти на 8% и составил 1,9 млрд долларов. Это хороший показатель, но мы можем больше.

Важно, что в марте прошлого года состоялся государственный визит Президента России в Бишкек, по итогам которого подписано 12 документов. Наша задача – обеспечить их выполнение. Предлагаю поручить сопредседателям межправкомиссии подготовить очередное заседание уже в первой половине года.

М.Абылгазиев: Уважаемый Михаил Владимирович! Позвольте от имени руководства Киргизии поздравить Вас с назначением на должность Председателя Правительства Российской Федерации.

Россия остаётся нашим основным торговым партнёром – на неё приходится почти 27% внешней торговли республики. При этом у нас сохраняется значительный дефицит: наш экспорт в Россию по итогам 2019 года составил лишь 289 млн долларов.

Хотел бы также поблагодарить российскую сторону за поддержку: за прошлый год по линии Российско-Кыргызского фонда развития профинансировано проектов более чем на 100 млн долларов.

В этом году мы отмечаем 75-летие Великой Победы. Президент Сооронбай Жээнбеков подтвердил своё участие в торжествах в Москве 9 мая.

М.Мишустин: Спасибо. Будем рады видеть киргизскую делегацию.

Фото: Дмитрий Астахов
""",
people=[
 P("Михаил Мишустин", "Михаила Мишустина", "председатель правительства РФ", ["Михаила Мишустина", "М.Мишустин", "Михаил Владимирович"], note="stenogram label 'М.Мишустин:'; address by name+patronymic"),
 P("Мухаммедкалый Абылгазиев", "Мухаммедкалыем Абылгазиевым", "премьер-министр Киргизии", ["Мухаммедкалыем Абылгазиевым", "Мухаммедкалый Дуйшекеевич", "М.Абылгазиев"], note="stenogram label 'М.Абылгазиев:'; address by name+patronymic"),
 P("Сооронбай Жээнбеков", "Сооронбай Жээнбеков", "президент Киргизии", ["Сооронбай Жээнбеков"]),
],
other_names=["Дмитрий Астахов"],
figures=[
 F("trade_turnover_growth_pct", 8, "2019", "actual", "Товарооборот между нашими странами в прошлом году, по нашим данным, вырос почти на 8%", qualifier="almost", note="'в прошлом году' = 2019"),
 F("trade_turnover", 1900000000, "2019", "actual", "составил 1,9 млрд долларов"),
 F("russia_share_in_kg_trade_pct", 27, None, "actual", "на неё приходится почти 27% внешней торговли республики", qualifier="almost", note="Distractor: share."),
 F("kg_exports_to_russia", 289000000, "2019", "actual", "наш экспорт в Россию по итогам 2019 года составил лишь 289 млн долларов", note="Distractor: exports."),
 F("rkfd_financing_usd", 100000000, "2019", "actual", "профинансировано проектов более чем на 100 млн долларов", qualifier="more than", note="Distractor: fund financing."),
],
events=[
 E("2020-01-31", "Mishustin–Abylgaziev meeting in Almaty", "Встреча состоялась на полях заседания Евразийского межправительственного совета", "meeting", "past"),
 E("2020-01-31", "Eurasian Intergovernmental Council session, Almaty", "заседания Евразийского межправительственного совета", "conference", "ongoing", bilateral=False),
 E("2019-03", "Putin's state visit to Bishkek; 12 documents signed", "в марте прошлого года состоялся государственный визит Президента России в Бишкек, по итогам которого подписано 12 документов", "visit", "past"),
 E("2020", "Next IGC session proposed for the first half of the year", "подготовить очередное заседание уже в первой половине года", "igc_session", "planned"),
 E("2020-05-09", "75th anniversary of Victory celebrations in Moscow with Jeenbekov", "подтвердил своё участие в торжествах в Москве 9 мая", "anniversary", "planned", bilateral=False),
],
))

# ---------------------------------------------------------------- 10
A.append(dict(
file="10_sputnik_ru_nodate_overchuk_akylbek_japarov.txt",
source="https://ru.sputnik.kg/economy/overchuk-zhaparov-vstrecha-tovarooborot/",
lang="ru", header_date="unknown",
date=None, date_partial="????-11-16", date_source="body_day_month_only",
date_note="Dateline 'БИШКЕК, 16 ноя — Sputnik' has no year and the URL has none. Year inferable as 2021: Akylbek Japarov is chairman of the cabinet (from October 2021), 'в следующем году' the 30th anniversary of diplomatic relations (1992+30=2022), and Sadyr Japarov's February visit to Moscow (2021-02-24).",
body="""Оверчук и Жапаров обсудили рост товарооборота между Кыргызстаном и Россией

БИШКЕК, 16 ноя — Sputnik. Председатель Кабинета министров КР Акылбек Жапаров во вторник принял заместителя председателя правительства РФ Алексея Оверчука, который находится в Бишкеке с рабочим визитом.

По словам Жапарова, за девять месяцев текущего года товарооборот между странами вырос на 31,2 процента и составил 1,68 миллиарда долларов. "Это хорошая динамика, но мы рассчитываем, что к концу года выйдем на 2,3 миллиарда", — сказал глава кабмина.

Оверчук, который является сопредседателем межправительственной комиссии с российской стороны, отметил, что в следующем году страны отметят 30-летие установления дипломатических отношений, и предложил провести к этой дате юбилейное заседание комиссии.

Стороны также обсудили реализацию договоренностей, достигнутых президентом Садыром Жапаровым и Владимиром Путиным в ходе официального визита кыргызского лидера в Москву в феврале. Кроме того, речь шла о поставках горюче-смазочных материалов: в этом году Кыргызстан импортировал из России более 1 миллиона тонн нефтепродуктов.

Вечером Алексей Оверчук провел встречу с первым заместителем председателя кабмина Арзыбеком Кожошевым, возглавляющим кыргызскую часть межправкомиссии.

© Sputnik / Эрмек Асанов
Председатель Кабинета министров КР Акылбек Жапаров и вице-премьер РФ Алексей Оверчук во время встречи

Читайте также:
Объем денежных переводов из России за девять месяцев вырос на 26 процентов
""",
people=[
 P("Акылбек Жапаров", "Акылбек Жапаров", "председатель кабинета министров КР", ["Акылбек Жапаров", "Жапаров", "Жапарова"], note="'По словам Жапарова' (genitive); headline 'Жапаров'. Not to be confused with President Sadyr Japarov."),
 P("Алексей Оверчук", "Алексея Оверчука", "заместитель председателя правительства РФ, сопредседатель МПК", ["Алексея Оверчука", "Оверчук", "Алексей Оверчук"]),
 P("Садыр Жапаров", "Садыром Жапаровым", "президент КР", ["Садыром Жапаровым"]),
 P("Владимир Путин", "Владимиром Путиным", "президент РФ", ["Владимиром Путиным"]),
 P("Арзыбек Кожошев", "Арзыбеком Кожошевым", "первый заместитель председателя кабинета министров КР, глава кыргызской части МПК", ["Арзыбеком Кожошевым"]),
],
other_names=["Эрмек Асанов"],
figures=[
 F("trade_turnover_growth_pct", 31.2, None, "actual", "за девять месяцев текущего года товарооборот между странами вырос на 31,2 процента", period_text="за девять месяцев текущего года", note="year not stated; = 2021-9M if the year is 2021"),
 F("trade_turnover", 1680000000, None, "actual", "составил 1,68 миллиарда долларов", period_text="за девять месяцев текущего года", note="= 2021-9M if the year is 2021"),
 F("trade_turnover", 2300000000, None, "forecast", "к концу года выйдем на 2,3 миллиарда", period_text="к концу года", note="full-year forecast for the (unstated) current year"),
 F("oil_products_imports_tonnes", 1000000, None, "actual", "Кыргызстан импортировал из России более 1 миллиона тонн нефтепродуктов", qualifier="more than", note="Distractor: tonnes, not USD."),
 F("migrant_remittances_growth_pct", 26, None, "actual", "Объем денежных переводов из России за девять месяцев вырос на 26 процентов", note="Distractor in a related-link line: remittances growth."),
],
events=[
 E(None, "Akylbek Japarov received Overchuk in Bishkek (Tuesday, 16 November)", "Председатель Кабинета министров КР Акылбек Жапаров во вторник принял заместителя председателя правительства РФ Алексея Оверчука", "meeting", "past", date_partial="????-11-16", note="year not stated (2021 by inference)"),
 E(None, "Overchuk's working visit to Bishkek", "находится в Бишкеке с рабочим визитом", "visit", "ongoing", date_partial="????-11-16"),
 E(None, "30th anniversary of diplomatic relations next year; proposed jubilee IGC session", "в следующем году страны отметят 30-летие установления дипломатических отношений", "anniversary", "planned", note="next year relative to an unstated year (2022 by inference)"),
 E(None, "Sadyr Japarov's official visit to Moscow in February (talks with Putin)", "в ходе официального визита кыргызского лидера в Москву в феврале", "visit", "past", date_partial="????-02"),
 E(None, "Overchuk met First Deputy Chairman Kozhoshev in the evening", "Вечером Алексей Оверчук провел встречу с первым заместителем председателя кабмина Арзыбеком Кожошевым", "meeting", "past", date_partial="????-11-16"),
],
))

# ---------------------------------------------------------------- 11
A.append(dict(
file="11_eurasianet_en_2022_trade_boom_sanctions.txt",
source="https://eurasianet.org/kyrgyzstan-trade-with-russia-booms-as-sanctions-bite",
lang="en", header_date="unknown",
date="2022-12-07", date_partial=None, date_source="byline",
date_note="Byline 'Dec 7, 2022'. 'on Friday' = 2022-12-09 (Supreme Eurasian Economic Council in Bishkek). 'last month' = 2022-11.",
body="""Kyrgyzstan: Trade with Russia booms as sanctions bite

Bishkek is riding a wave of re-exports, but officials insist everything is above board.

Nurjan Kasymova
Dec 7, 2022

Trucks loaded with washing machines, car parts and smartphones queue for days at the Ak-Zhol crossing on the Kazakh border. Much of the cargo is heading for Russia.

Official data tell the same story. According to Kyrgyzstan's National Statistics Committee, trade turnover with Russia reached $2.1 billion in the first nine months of 2022, up 37 percent year-on-year. Kyrgyz exports to Russia rose 2.5 times, driven largely by goods imported from China and Turkey.

"We are not violating anybody's sanctions. We trade within the Eurasian Economic Union," Economy and Commerce Minister Daniyar Amangeldiev told reporters last month, after meeting Russian Deputy Prime Minister Alexei Overchuk in Moscow. Amangeldiev said the two governments aimed to lift trade to $3 billion next year.

Migrants' money matters even more. Remittances from Russia, most of them sent in rubles, totaled $2.1 billion in the first half of the year, according to the central bank — a figure that happens to match the entire nine-month trade number.

China remains the heavyweight. Chinese customs data put its trade with Kyrgyzstan at $11.3 billion for January to October.

Western diplomats have been watching closely. In October, a delegation from the U.S. Treasury visited Bishkek and Almaty to warn banks about secondary sanctions.

President Sadyr Japarov, who marked the 30th anniversary of diplomatic relations with Moscow in March, has avoided criticizing the war in Ukraine. Vladimir Putin is due in Bishkek on Friday for a summit of the Eurasian Economic Union, his second trip to Central Asia this autumn. A bilateral meeting between Japarov and Putin is expected on the sidelines.

Nurjan Kasymova is a journalist based in Bishkek.
""",
people=[
 P("Данияр Амангельдиев", "Daniyar Amangeldiev", "министр экономики и коммерции Киргизии", ["Daniyar Amangeldiev", "Amangeldiev"]),
 P("Алексей Оверчук", "Alexei Overchuk", "заместитель председателя правительства РФ", ["Alexei Overchuk"]),
 P("Садыр Жапаров", "Sadyr Japarov", "президент Киргизии", ["Sadyr Japarov", "Japarov"]),
 P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin", "Putin"]),
],
other_names=["Nurjan Kasymova"],
figures=[
 F("trade_turnover", 2100000000, "2022-9M", "actual", "trade turnover with Russia reached $2.1 billion in the first nine months of 2022", note="Kyrgyz statistics"),
 F("trade_turnover_growth_pct", 37, "2022-9M", "actual", "up 37 percent year-on-year"),
 F("kg_exports_to_russia_growth_multiple", 2.5, "2022-9M", "actual", "Kyrgyz exports to Russia rose 2.5 times", note="Distractor: exports."),
 F("trade_turnover", 3000000000, "2023", "target", "aimed to lift trade to $3 billion next year", note="'next year' relative to 2022"),
 F("migrant_remittances_from_russia", 2100000000, "2022-H1", "actual", "Remittances from Russia, most of them sent in rubles, totaled $2.1 billion in the first half of the year", note="Distractor: remittances, same value as the turnover figure."),
 F("cn_kg_trade_turnover", 11300000000, "2022-10M", "actual", "Chinese customs data put its trade with Kyrgyzstan at $11.3 billion for January to October", note="Distractor: third country (China)."),
],
events=[
 E("2022-11", "Amangeldiev–Overchuk meeting in Moscow (last month)", "after meeting Russian Deputy Prime Minister Alexei Overchuk in Moscow", "meeting", "past"),
 E("2022-10", "U.S. Treasury delegation visited Bishkek and Almaty to warn about secondary sanctions", "In October, a delegation from the U.S. Treasury visited Bishkek and Almaty to warn banks about secondary sanctions", "visit", "past", bilateral=False),
 E("2022-03", "30th anniversary of Kyrgyz-Russian diplomatic relations", "marked the 30th anniversary of diplomatic relations with Moscow in March", "anniversary", "past"),
 E("2022-12-09", "Putin in Bishkek for the Eurasian Economic Union summit", "Vladimir Putin is due in Bishkek on Friday for a summit of the Eurasian Economic Union", "conference", "planned", bilateral=False),
 E("2022-12-09", "Expected Japarov–Putin bilateral meeting on the sidelines", "A bilateral meeting between Japarov and Putin is expected on the sidelines", "meeting", "planned"),
],
))

# ---------------------------------------------------------------- 12
A.append(dict(
file="12_rbc_ru_2023_overchuk_igc_five_billion.txt",
source="https://www.rbc.ru/economics/15/06/2023/648aee219a79472e1c3b5d0f",
lang="ru", header_date="2023-06-15",
date="2023-06-15", date_partial=None, date_source="header+url+byline",
date_note="Byline '15 июн, 16:48'; URL 15/06/2023; header agrees. 'в прошлую пятницу' = 2023-06-09.",
body="""Россия и Киргизия договорились нарастить товарооборот до $5 млрд

Торговля двух стран в прошлом году выросла более чем на треть. Москва рассчитывает закрепить рост за счет промышленной кооперации

15 июн, 16:48
Автор: Дарья Никитина

Россия и Киргизия намерены довести взаимный товарооборот до $5 млрд в год, заявил в четверг вице-премьер Алексей Оверчук по итогам заседания межправительственной комиссии по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству, прошедшего в Москве.

«По итогам 2022 года товарооборот вырос на 37% и почти достиг $3,5 млрд. За январь — апрель текущего года — еще плюс 14%, около $1,2 млрд», — сказал Оверчук, который возглавляет российскую часть комиссии.

Киргизскую делегацию возглавил первый заместитель председателя кабмина республики. Накануне заседания делегацию принял министр экономического развития Максим Решетников, который обсудил с киргизскими коллегами создание совместных промышленных зон.

Доля расчетов в национальных валютах во взаимной торговле, по словам Оверчука, превысила 90%. Российско-Кыргызский фонд развития с 2014 года профинансировал проекты более чем на $650 млн.

Параллельно растет торговля Киргизии с Китаем: по данным китайской таможни, за пять месяцев она превысила $7,6 млрд.

В прошлую пятницу председатель кабмина Киргизии Акылбек Жапаров провел в Бишкеке телефонный разговор с Михаилом Мишустиным, в ходе которого стороны условились «синхронизировать» подготовку заседания. Следующее заседание комиссии пройдет в 2024 году в Киргизии. В июле киргизская делегация также примет участие в выставке «Иннопром» в Екатеринбурге.

Фото: Илья Пронин / РБК
""",
people=[
 P("Алексей Оверчук", "Алексей Оверчук", "заместитель председателя правительства РФ, сопредседатель МПК", ["Алексей Оверчук", "Оверчук", "Оверчука"]),
 P("Максим Решетников", "Максим Решетников", "министр экономического развития РФ", ["Максим Решетников"]),
 P("Акылбек Жапаров", "Акылбек Жапаров", "председатель кабинета министров Киргизии", ["Акылбек Жапаров"]),
 P("Михаил Мишустин", "Михаилом Мишустиным", "председатель правительства РФ", ["Михаилом Мишустиным"]),
],
other_names=["Дарья Никитина", "Илья Пронин"],
figures=[
 F("trade_turnover", 5000000000, "annual", "target", "довести взаимный товарооборот до $5 млрд в год", note="headline repeats: 'нарастить товарооборот до $5 млрд'"),
 F("trade_turnover_growth_pct", 37, "2022", "actual", "По итогам 2022 года товарооборот вырос на 37%", note="headline paraphrase: 'в прошлом году выросла более чем на треть'"),
 F("trade_turnover", 3500000000, "2022", "actual", "почти достиг $3,5 млрд", qualifier="almost"),
 F("trade_turnover_growth_pct", 14, "2023-4M", "actual", "За январь — апрель текущего года — еще плюс 14%"),
 F("trade_turnover", 1200000000, "2023-4M", "actual", "около $1,2 млрд", qualifier="about"),
 F("national_currency_settlement_share_pct", 90, None, "actual", "Доля расчетов в национальных валютах во взаимной торговле, по словам Оверчука, превысила 90%", qualifier="more than", note="Distractor: share."),
 F("rkfd_financing_usd", 650000000, None, "actual", "профинансировал проекты более чем на $650 млн", qualifier="more than", note="Distractor: fund financing since 2014."),
 F("cn_kg_trade_turnover", 7600000000, "2023-5M", "actual", "за пять месяцев она превысила $7,6 млрд", qualifier="more than", note="Distractor: third country (China)."),
],
events=[
 E("2023-06-15", "Session of the intergovernmental commission in Moscow", "по итогам заседания межправительственной комиссии по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству, прошедшего в Москве", "igc_session", "past", note="day taken as the day of the statement ('в четверг'); the text does not date the session itself"),
 E("2023-06-14", "Reshetnikov received the Kyrgyz delegation on the eve of the session", "Накануне заседания делегацию принял министр экономического развития Максим Решетников", "meeting", "past"),
 E("2023-06-09", "Phone call Akylbek Japarov – Mishustin", "В прошлую пятницу председатель кабмина Киргизии Акылбек Жапаров провел в Бишкеке телефонный разговор с Михаилом Мишустиным", "other", "past"),
 E("2024", "Next IGC session in Kyrgyzstan", "Следующее заседание комиссии пройдет в 2024 году в Киргизии", "igc_session", "planned"),
 E("2023-07", "Kyrgyz delegation at the Innoprom fair in Yekaterinburg", "В июле киргизская делегация также примет участие в выставке «Иннопром» в Екатеринбурге", "forum", "planned", bilateral=False),
],
))

# ---------------------------------------------------------------- 13
A.append(dict(
file="13_reuters_en_2025_kasymaliev_overchuk_payments.txt",
source="https://www.reuters.com/world/asia-pacific/kyrgyzstan-russia-seek-boost-trade-despite-us-sanctions-banks-2025-02-20/",
lang="en", header_date="unknown",
date="2025-02-20", date_partial=None, date_source="byline+url",
date_note="Byline 'February 20, 2025 10:41 AM GMT+6'; dateline 'BISHKEK, Feb 20 (Reuters)'. 'on Wednesday' = 2025-02-19; 'Updated 2 hours ago' is noise.",
body="""Kyrgyzstan, Russia seek to boost trade despite U.S. sanctions on banks

By Timur Dzhumabaev
February 20, 2025 10:41 AM GMT+6 Updated 2 hours ago

BISHKEK, Feb 20 (Reuters) - Kyrgyzstan and Russia will keep expanding trade and settling payments in their own currencies, Kyrgyz Cabinet Chairman Adylbek Kasymaliev said after talks with Russian Deputy Prime Minister Alexei Overchuk in Bishkek on Wednesday.

Trade between the two countries rose 16.6% to $3.2 billion in 2024, according to Kyrgyz statistics. Russian customs data showed growth of about 13%. The two sides reaffirmed a goal of $5 billion in annual trade, Kasymaliev's office said in a statement.

In January, the U.S. Treasury imposed sanctions on Kyrgyzstan's Keremet Bank, accusing it of helping Russia evade restrictions. Kasymaliev, who took over as head of government in December, told Overchuk that Bishkek "will not allow its territory to be used" to circumvent sanctions but would not give up trade with its main partner.

Russia is Kyrgyzstan's largest source of remittances, which reached $2.6 billion last year, about a fifth of the country's economic output. China, however, is Kyrgyzstan's biggest trading partner: Chinese customs data put bilateral trade at $22.7 billion in 2024.

Overchuk, who co-chairs the Kyrgyz-Russian intergovernmental commission, said the next session would be held in Bishkek in the autumn. Russian President Vladimir Putin paid a state visit to Kyrgyzstan in November, when he and President Sadyr Japarov signed a declaration on deepening the allied partnership.

Reporting by Timur Dzhumabaev; Writing by Anna Keller; Editing by Peter Collins

Our Standards: The Thomson Reuters Trust Principles.
""",
people=[
 P("Адылбек Касымалиев", "Adylbek Kasymaliev", "председатель кабинета министров Киргизии", ["Adylbek Kasymaliev", "Kasymaliev"], note="also possessive 'Kasymaliev's'"),
 P("Алексей Оверчук", "Alexei Overchuk", "заместитель председателя правительства РФ, сопредседатель МПК", ["Alexei Overchuk", "Overchuk"]),
 P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin"]),
 P("Садыр Жапаров", "Sadyr Japarov", "президент Киргизии", ["Sadyr Japarov"]),
],
other_names=["Timur Dzhumabaev", "Anna Keller", "Peter Collins"],
figures=[
 F("trade_turnover_growth_pct", 16.6, "2024", "actual", "Trade between the two countries rose 16.6% to $3.2 billion in 2024", note="Kyrgyz statistics"),
 F("trade_turnover", 3200000000, "2024", "actual", "Trade between the two countries rose 16.6% to $3.2 billion in 2024"),
 F("trade_turnover_growth_pct", 13, "2024", "actual", "Russian customs data showed growth of about 13%", qualifier="about", note="Russian data, disagrees with 16.6%"),
 F("trade_turnover", 5000000000, "annual", "target", "a goal of $5 billion in annual trade"),
 F("migrant_remittances_from_russia", 2600000000, "2024", "actual", "remittances, which reached $2.6 billion last year", note="Distractor: remittances."),
 F("cn_kg_trade_turnover", 22700000000, "2024", "actual", "Chinese customs data put bilateral trade at $22.7 billion in 2024", note="Distractor: third country ('bilateral' here = China–Kyrgyzstan)."),
],
events=[
 E("2025-02-19", "Kasymaliev–Overchuk talks in Bishkek", "said after talks with Russian Deputy Prime Minister Alexei Overchuk in Bishkek on Wednesday", "meeting", "past"),
 E("2025-01", "U.S. Treasury sanctions on Keremet Bank", "In January, the U.S. Treasury imposed sanctions on Kyrgyzstan's Keremet Bank", "other", "past", bilateral=False),
 E("2024-12", "Kasymaliev took over as head of government", "who took over as head of government in December", "other", "past", bilateral=False),
 E("2025", "Next IGC session in Bishkek in the autumn", "the next session would be held in Bishkek in the autumn", "igc_session", "planned"),
 E("2024-11", "Putin's state visit to Kyrgyzstan", "Russian President Vladimir Putin paid a state visit to Kyrgyzstan in November", "visit", "past"),
 E("2024-11", "Declaration on deepening the allied partnership signed by Putin and Japarov", "signed a declaration on deepening the allied partnership", "agreement", "past"),
],
))

# ---------------------------------------------------------------- 14
A.append(dict(
file="14_vestikg_ru_2026_economic_forum_amangeldiev.txt",
source="https://vesti.kg/ekonomika/item/152310-kyrgyzsko-rossijskij-ekonomicheskij-forum.html",
lang="ru", header_date="unknown",
date="2026-03-12", date_partial=None, date_source="byline",
date_note="Byline 'Опубликовано: 12.03.2026 11:20'; 'Просмотров: 1 204' and 'Изменено: 13.03.2026' are noise. 'прошлого года' = 2025; 'в минувший вторник' = 2026-03-10.",
body="""Кыргызско-российский экономический форум пройдет в Бишкеке в мае

Опубликовано: 12.03.2026 11:20 | Изменено: 13.03.2026 09:02 | Просмотров: 1 204
Автор: Бермет Сыдыкова

Кыргызско-российский экономический форум состоится в Бишкеке 21–22 мая. Об этом сообщил заместитель председателя Кабинета министров – министр экономики и коммерции Данияр Амангельдиев на брифинге в Доме правительства.

По словам вице-премьера, в работе форума примут участие представители более чем 40 регионов России, а также члены Кыргызско-российского делового совета. Российскую делегацию возглавит заместитель председателя правительства РФ Алексей Оверчук.

Д. Амангельдиев сообщил, что по итогам 2025 года товарооборот между Кыргызстаном и Россией составил 3 млрд 640 млн долларов, увеличившись на 12,4%. За январь текущего года объем взаимной торговли достиг 262,5 млн долларов. «Цель, поставленную главами государств, – 5 млрд долларов – считаем вполне достижимой к 2030 году», – отметил он.

Для сравнения, товарооборот Кыргызстана со странами ЕАЭС в целом за прошлый год превысил 6,8 млрд долларов, а с Казахстаном – 1,9 млрд долларов.

Министр напомнил, что в ноябре прошлого года в Бишкеке прошло заседание межправительственной комиссии, на котором сопредседатели договорились провести форум в первом полугодии. Итоги форума планируется рассмотреть на следующем заседании МПК осенью в России.

В минувший вторник Председатель Кабинета министров Адылбек Касымалиев провел совещание по подготовке к форуму и поручил министерствам подготовить портфель инвестиционных проектов на сумму не менее 1,5 млрд долларов.

Напомним, в 2026 году исполняется 35 лет Содружеству Независимых Государств.

Фото: пресс-служба Кабмина КР
Теги: Россия, товарооборот, Амангельдиев
""",
people=[
 P("Данияр Амангельдиев", "Данияр Амангельдиев", "заместитель председателя кабинета министров – министр экономики и коммерции КР", ["Данияр Амангельдиев", "Д. Амангельдиев", "Амангельдиев"], note="initial form 'Д. Амангельдиев'; tag line 'Амангельдиев'"),
 P("Алексей Оверчук", "Алексей Оверчук", "заместитель председателя правительства РФ", ["Алексей Оверчук"]),
 P("Адылбек Касымалиев", "Адылбек Касымалиев", "председатель кабинета министров КР", ["Адылбек Касымалиев"]),
],
other_names=["Бермет Сыдыкова"],
figures=[
 F("trade_turnover", 3640000000, "2025", "actual", "по итогам 2025 года товарооборот между Кыргызстаном и Россией составил 3 млрд 640 млн долларов", note="number written as '3 млрд 640 млн'"),
 F("trade_turnover_growth_pct", 12.4, "2025", "actual", "увеличившись на 12,4%"),
 F("trade_turnover", 262500000, "2026-1M", "actual", "За январь текущего года объем взаимной торговли достиг 262,5 млн долларов"),
 F("trade_turnover", 5000000000, "2030", "target", "5 млрд долларов – считаем вполне достижимой к 2030 году", note="target by 2030"),
 F("kg_eaeu_trade_turnover", 6800000000, "2025", "actual", "товарооборот Кыргызстана со странами ЕАЭС в целом за прошлый год превысил 6,8 млрд долларов", qualifier="more than", note="Distractor: EAEU total."),
 F("kg_kz_trade_turnover", 1900000000, "2025", "actual", "с Казахстаном – 1,9 млрд долларов", note="Distractor: third country."),
 F("investment_projects_portfolio_usd", 1500000000, None, "target", "портфель инвестиционных проектов на сумму не менее 1,5 млрд долларов", qualifier="at least", note="Distractor: investment portfolio."),
],
events=[
 E("2026-05", "Kyrgyz-Russian economic forum in Bishkek, 21–22 May", "Кыргызско-российский экономический форум состоится в Бишкеке 21–22 мая", "forum", "planned", note="21–22 May 2026"),
 E("2025-11", "IGC session in Bishkek in November last year", "в ноябре прошлого года в Бишкеке прошло заседание межправительственной комиссии", "igc_session", "past"),
 E("2026", "Next IGC session in Russia in the autumn", "следующем заседании МПК осенью в России", "igc_session", "planned"),
 E("2026-03-10", "Kasymaliev held a preparatory meeting for the forum", "В минувший вторник Председатель Кабинета министров Адылбек Касымалиев провел совещание по подготовке к форуму", "other", "past"),
 E("2026", "35th anniversary of the CIS", "в 2026 году исполняется 35 лет Содружеству Независимых Государств", "anniversary", "ongoing", bilateral=False),
],
))
