# Articles 01-07 with hand annotation. Texts are written for this set (style imitations).
A = []

A.append(dict(
file="01_itartass_ru_2004_pm_talks.txt",
source="https://itar-tass.com/archive/2004/11/18/kyrgyzstan-russia-pm-talks",
lang="ru", header_date="2004-11-18",
header={"date": "2004-11-18"},
body="""Россия и Киргизия договорились расширить торговлю и ускорить урегулирование долга

МОСКВА, 18 ноября. /Корр. ИТАР-ТАСС Андрей Кузнецов/. Председатель правительства РФ Михаил Фрадков провел сегодня в Доме правительства переговоры с премьер-министром Киргизии Николаем Танаевым, который находится в Москве с рабочим визитом.

"Мы видим хорошую динамику в торговле, но потенциал наших экономик используется далеко не полностью", - заявил Фрадков, открывая встречу. По его словам, товарооборот между двумя странами за девять месяцев текущего года вырос на 28 проц и составил около 270 млн долларов. "Рассчитываем, что по итогам года мы выйдем на уровень не менее 370 млн долларов", - сказал глава российского правительства.

Николай Танаев поблагодарил российскую сторону за поддержку и отметил, что Киргизия заинтересована в притоке российских инвестиций в энергетику и горнодобывающую отрасль. Киргизский премьер напомнил, что внешний долг республики перед Россией составляет около 180 млн долларов, и предложил рассмотреть возможность его конвертации в собственность российских компаний.

По итогам переговоров главы правительств подписали соглашение о сотрудничестве в области миграции и программу экономического сотрудничества на 2005-2007 годы. Стороны также условились провести очередное заседание межправительственной комиссии по торгово-экономическому сотрудничеству в Бишкеке в первом квартале 2005 года.

Для сравнения, товарооборот Киргизии с Казахстаном по итогам прошлого года превысил 300 млн долларов, а с Китаем, по данным киргизской таможни, - 320 млн долларов.

Танаев в пятницу встретится с министром иностранных дел РФ Сергеем Лавровым, сообщили в посольстве Киргизии в Москве.

Как сообщал ИТАР-ТАСС, в октябре прошлого года президент РФ Владимир Путин и президент Киргизии Аскар Акаев открыли авиабазу Кант - первый с советских времен российский военный объект за рубежом, размещенный в рамках Коллективных сил быстрого развертывания ОДКБ.
""",
gold=dict(
date="2004-11-18", date_partial=None, date_source="header",
date_note="Header date line and dateline '18 ноября' agree; year only in header (and 'программу ... на 2005-2007 годы' context).",
people=[
 dict(name_ru_nominative="Михаил Фрадков", name_in_text="Михаил Фрадков", role="Председатель правительства РФ", forms_in_text=["Михаил Фрадков","Фрадков"]),
 dict(name_ru_nominative="Николай Танаев", name_in_text="Николаем Танаевым", role="премьер-министр Киргизии", forms_in_text=["Николаем Танаевым","Николай Танаев","Танаев"]),
 dict(name_ru_nominative="Сергей Лавров", name_in_text="Сергеем Лавровым", role="министр иностранных дел РФ", forms_in_text=["Сергеем Лавровым"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимир Путин", role="президент РФ", forms_in_text=["Владимир Путин"]),
 dict(name_ru_nominative="Аскар Акаев", name_in_text="Аскар Акаев", role="президент Киргизии", forms_in_text=["Аскар Акаев"]),
],
other_names=["Андрей Кузнецов"],
figures=[
 dict(metric="trade_turnover", value=270000000, period="2004-9M", kind="actual", qualifier="about", quote="составил около 270 млн долларов", period_text="за девять месяцев текущего года"),
 dict(metric="trade_turnover_growth_pct", value=28, period="2004-9M", kind="actual", quote="вырос на 28 проц"),
 dict(metric="trade_turnover", value=370000000, period="2004", kind="forecast", qualifier="more than", quote="не менее 370 млн долларов", note="'не менее' = at least"),
 dict(metric="kg_debt_to_russia_usd", value=180000000, period=None, kind="actual", qualifier="about", quote="составляет около 180 млн долларов", note="distractor: debt, not turnover"),
 dict(metric="kg_kz_trade_turnover_usd", value=300000000, period="2003", kind="actual", qualifier="more than", quote="превысил 300 млн долларов", note="distractor: Kyrgyzstan-Kazakhstan"),
 dict(metric="kg_cn_trade_turnover_usd", value=320000000, period="2003", kind="actual", quote="320 млн долларов", note="distractor: Kyrgyzstan-China"),
],
events=[
 dict(date="2004-11-18", what="Talks of PMs Fradkov and Tanaev in Moscow (working visit)", quote="провел сегодня в Доме правительства переговоры с премьер-министром Киргизии Николаем Танаевым", type="meeting", status="past", bilateral=True),
 dict(date="2004-11-18", what="Migration agreement and economic cooperation programme 2005-2007 signed", quote="подписали соглашение о сотрудничестве в области миграции и программу экономического сотрудничества на 2005-2007 годы", type="agreement", status="past", bilateral=True),
 dict(date="2005", date_note="first quarter of 2005", what="Next IGC session planned in Bishkek", quote="провести очередное заседание межправительственной комиссии по торгово-экономическому сотрудничеству в Бишкеке в первом квартале 2005 года", type="igc_session", status="planned", bilateral=True),
 dict(date="2004-11-19", date_note="'в пятницу' after Thursday 18 Nov", what="Tanaev to meet Lavrov", quote="Танаев в пятницу встретится с министром иностранных дел РФ Сергеем Лавровым", type="meeting", status="planned", bilateral=True),
 dict(date="2003-10", date_note="'в октябре прошлого года' (real opening 23 Oct 2003)", what="Putin and Akaev opened Kant air base", quote="в октябре прошлого года президент РФ Владимир Путин и президент Киргизии Аскар Акаев открыли авиабазу Кант", type="other", status="past", bilateral=True),
])))

A.append(dict(
file="02_ria_ru_2007_sco_sidelines.txt",
source="https://ria.ru/politics/20070816/72034519.html",
lang="ru", header_date="unknown", header={},
body="""Путин и Бакиев обсудили в Бишкеке энергетику и военное сотрудничество

БИШКЕК, 16 авг - РИА Новости. Президент России Владимир Путин в четверг на полях саммита Шанхайской организации сотрудничества (ШОС) провел переговоры с президентом Киргизии Курманбеком Бакиевым.

"Россия - стратегический партнер Киргизии, и мы очень ценим это", - сказал Бакиев в начале встречи, которая прошла в государственной резиденции "Ала-Арча".

Путин отметил, что отношения двух стран развиваются "ровно и поступательно". "Товарооборот в прошлом году вырос почти на 60% и приблизился к 750 миллионам долларов. Это хороший результат, но можно сделать больше", - заявил российский лидер.

Собеседники обсудили участие российских компаний в строительстве Камбаратинских ГЭС, а также деятельность российской авиабазы Кант. Бакиев подтвердил, что Бишкек не намерен пересматривать условия ее размещения.

Саммит ШОС, в котором принимают участие лидеры шести государств-членов, открывается в Бишкеке в четверг. В пятницу главы государств посетят совместные учения "Мирная миссия-2007" на полигоне под Челябинском.

Как сообщалось ранее, в текущем году Киргизия получила от Китая кредит в размере 20 млн долларов на развитие дорожной инфраструктуры, а Всемирный банк одобрил республике грант на 15 млн долларов.

Читайте также: Саммит ШОС в Бишкеке: главное

Напомним, Путин в последний раз посещал Киргизию с официальным визитом в октябре 2003 года, когда была открыта авиабаза Кант.
""",
gold=dict(
date="2007-08-16", date_partial=None, date_source="url",
date_note="Year only in URL (20070816); dateline '16 авг' without year; 'в четверг' consistent.",
people=[
 dict(name_ru_nominative="Владимир Путин", name_in_text="Путин", role="президент России", forms_in_text=["Владимир Путин","Путин"]),
 dict(name_ru_nominative="Курманбек Бакиев", name_in_text="Бакиев", role="президент Киргизии", forms_in_text=["Курманбеком Бакиевым","Бакиев"]),
],
other_names=[],
figures=[
 dict(metric="trade_turnover_growth_pct", value=60, period="2006", kind="actual", qualifier="almost", quote="вырос почти на 60%", period_text="в прошлом году"),
 dict(metric="trade_turnover", value=750000000, period="2006", kind="actual", qualifier="approaching", quote="приблизился к 750 миллионам долларов", period_text="в прошлом году"),
 dict(metric="china_loan_to_kg_usd", value=20000000, period="2007", kind="actual", quote="кредит в размере 20 млн долларов", note="distractor"),
 dict(metric="world_bank_grant_usd", value=15000000, period="2007", kind="actual", quote="грант на 15 млн долларов", note="distractor"),
],
events=[
 dict(date="2007-08-16", what="Putin-Bakiyev talks on SCO summit sidelines, Ala-Archa", quote="в четверг на полях саммита Шанхайской организации сотрудничества (ШОС) провел переговоры с президентом Киргизии Курманбеком Бакиевым", type="meeting", status="past", bilateral=True),
 dict(date="2007-08-16", what="SCO summit opens in Bishkek", quote="Саммит ШОС, в котором принимают участие лидеры шести государств-членов, открывается в Бишкеке в четверг", type="conference", status="ongoing", bilateral=False),
 dict(date="2007-08-17", what="Heads of state to attend Peace Mission-2007 exercise near Chelyabinsk", quote="В пятницу главы государств посетят совместные учения \"Мирная миссия-2007\" на полигоне под Челябинском", type="other", status="planned", bilateral=False),
 dict(date="2003-10", what="Putin's previous official visit to Kyrgyzstan, Kant air base opened", quote="Путин в последний раз посещал Киргизию с официальным визитом в октябре 2003 года, когда была открыта авиабаза Кант", type="visit", status="past", bilateral=True),
])))

A.append(dict(
file="03_ria_en_2009_bakiyev_moscow.txt",
source="https://en.rian.ru/russia/20090203/119961702.html",
lang="en", header_date="16:12 03/02/2009",
header={"date": "2009-02-03"},
body="""Russia to lend Kyrgyzstan $2 bln, write off debt

16:12 03/02/2009

MOSCOW, February 3 (RIA Novosti) - Russia will provide Kyrgyzstan with a $2 billion loan and a $150 million grant, and will write off the Central Asian state's $180 million debt, Russian President Dmitry Medvedev said after talks with his Kyrgyz counterpart on Tuesday.

"We have agreed that Russia will extend a loan to Kyrgyzstan on preferential terms," Medvedev told a news conference in the Kremlin following talks with Kurmanbek Bakiyev. The loan will be used in part to finance construction of the Kambarata-1 hydroelectric power plant.

The debt write-off is linked to the transfer to Russia of a 48% stake in the Dastan defense plant, which makes torpedoes, officials said.

Bakiyev, in Moscow for a two-day visit, also announced that his government had decided to close the U.S. air base at Manas airport outside Bishkek, which supports operations in Afghanistan. Washington pays around $17 million a year in rent for the facility.

"Russia is our strategic partner," Bakiyev told reporters. He said bilateral trade had grown by more than 30% last year to over $1.1 billion, with Russian gas and oil products accounting for most of Kyrgyz imports.

On Wednesday, Medvedev and Bakiyev will join the leaders of other Collective Security Treaty Organization (CSTO) member states at an informal summit in Moscow expected to discuss a joint rapid reaction force.

Kyrgyzstan, a former Soviet republic of 5 million, also hosts a Russian air base at Kant, opened in 2003.

Photo: RIA Novosti. Alexei Druzhinin
""",
gold=dict(
date="2009-02-03", date_partial=None, date_source="header",
date_note="Page header '16:12 03/02/2009' is DD/MM/YYYY (not 2 March); dateline 'February 3' and 'on Tuesday' agree.",
people=[
 dict(name_ru_nominative="Дмитрий Медведев", name_in_text="Dmitry Medvedev", role="President of Russia", forms_in_text=["Dmitry Medvedev","Medvedev"]),
 dict(name_ru_nominative="Курманбек Бакиев", name_in_text="Kurmanbek Bakiyev", role="President of Kyrgyzstan", forms_in_text=["Kurmanbek Bakiyev","Bakiyev"]),
],
other_names=["Alexei Druzhinin"],
figures=[
 dict(metric="russia_loan_to_kg_usd", value=2000000000, period=None, kind="target", quote="$2 billion loan", note="distractor: loan, not turnover"),
 dict(metric="russia_grant_to_kg_usd", value=150000000, period=None, kind="target", quote="$150 million grant", note="distractor"),
 dict(metric="debt_writeoff_usd", value=180000000, period=None, kind="target", quote="$180 million debt", note="distractor"),
 dict(metric="dastan_stake_pct", value=48, period=None, kind="target", quote="48% stake in the Dastan defense plant", note="distractor"),
 dict(metric="manas_rent_usd", value=17000000, period="annual", kind="actual", qualifier="about", quote="around $17 million a year in rent", note="distractor: US base rent"),
 dict(metric="trade_turnover_growth_pct", value=30, period="2008", kind="actual", qualifier="more than", quote="grown by more than 30% last year", period_text="last year"),
 dict(metric="trade_turnover", value=1100000000, period="2008", kind="actual", qualifier="more than", quote="to over $1.1 billion", period_text="last year"),
],
events=[
 dict(date="2009-02-03", what="Medvedev-Bakiyev talks in the Kremlin, loan/grant/debt write-off agreed", quote="said after talks with his Kyrgyz counterpart on Tuesday", type="meeting", status="past", bilateral=True),
 dict(date="2009-02-03", what="Bakiyev's two-day visit to Moscow", quote="Bakiyev, in Moscow for a two-day visit", type="visit", status="ongoing", bilateral=True),
 dict(date="2009-02-03", what="Bakiyev announces closure of US Manas air base", quote="also announced that his government had decided to close the U.S. air base at Manas airport outside Bishkek", type="other", status="past", bilateral=False),
 dict(date="2009-02-04", what="Informal CSTO summit in Moscow", quote="On Wednesday, Medvedev and Bakiyev will join the leaders of other Collective Security Treaty Organization (CSTO) member states at an informal summit in Moscow", type="conference", status="planned", bilateral=False),
 dict(date="2003", what="Kant air base opened", quote="hosts a Russian air base at Kant, opened in 2003", type="other", status="past", bilateral=True),
])))

A.append(dict(
file="04_interfax_ru_2012_putin_bishkek.txt",
source="https://www.interfax.ru/russia/267214",
lang="ru", header_date="20 сентября 2012 года 15:47",
header={"date": "2012-09-20"},
body="""Россия спишет Киргизии долг и продлит пребывание военной базы

20 сентября 2012 года 15:47 (обновлено 17:02)

Бишкек. 20 сентября. ИНТЕРФАКС - Россия и Киргизия подписали в четверг в Бишкеке пакет соглашений, включая соглашение о статусе и условиях пребывания объединенной российской военной базы на территории республики.

Соответствующие документы были подписаны по итогам переговоров президентов России и Киргизии Владимира Путина и Алмазбека Атамбаева.

Согласно соглашению, объединенная база, в которую войдут авиабаза Кант, узел связи ВМФ в Чалдоваре, испытательная база противолодочного вооружения на Иссык-Куле и сейсмическая станция в Майлуу-Суу, будет размещена в Киргизии на 15 лет начиная с 2017 года с возможностью продления на пять лет.

Кроме того, подписано соглашение об урегулировании задолженности Киргизии перед Россией. Как сообщил журналистам Атамбаев, речь идет о списании 489 млн долларов. Еще 11 млн долларов будут погашены в течение десяти лет.

Стороны также подписали межправительственные соглашения о строительстве и эксплуатации Камбаратинской ГЭС-1 и Верхне-Нарынского каскада ГЭС. Стоимость проекта Камбаратинской ГЭС-1 оценивается примерно в 2 млрд долларов.

(Интерфакс) – Путин отметил, что Россия остается одним из крупнейших торговых партнеров Киргизии. "В прошлом году товарооборот увеличился на 24% и превысил 1,6 млрд долларов", - сказал он.

Атамбаев, в свою очередь, заявил, что Киргизия рассчитывает вступить в Таможенный союз России, Белоруссии и Казахстана. По его словам, дорожная карта вступления будет подготовлена к концу года.

Визит Путина в Бишкек стал первым после его избрания президентом в марте этого года. Накануне вечером он провел неформальную встречу с Атамбаевым в резиденции "Ала-Арча".

Ранее Атамбаев заявлял, что американский центр транзитных перевозок в аэропорту "Манас" должен быть выведен из Киргизии после 2014 года.
""",
gold=dict(
date="2012-09-20", date_partial=None, date_source="header",
date_note="Header and dateline agree; 'в четверг' consistent.",
people=[
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимира Путина", role="президент России", forms_in_text=["Владимира Путина","Путин","Путина"]),
 dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Алмазбека Атамбаева", role="президент Киргизии", forms_in_text=["Алмазбека Атамбаева","Атамбаев","Атамбаевым"]),
],
other_names=[],
figures=[
 dict(metric="debt_writeoff_usd", value=489000000, period=None, kind="target", quote="списании 489 млн долларов", note="distractor"),
 dict(metric="debt_repayment_usd", value=11000000, period=None, kind="target", quote="Еще 11 млн долларов будут погашены", note="distractor"),
 dict(metric="kambarata1_cost_usd", value=2000000000, period=None, kind="forecast", qualifier="about", quote="примерно в 2 млрд долларов", note="distractor: project cost"),
 dict(metric="trade_turnover_growth_pct", value=24, period="2011", kind="actual", quote="товарооборот увеличился на 24%", period_text="В прошлом году"),
 dict(metric="trade_turnover", value=1600000000, period="2011", kind="actual", qualifier="more than", quote="превысил 1,6 млрд долларов", period_text="В прошлом году"),
],
events=[
 dict(date="2012-09-20", what="Putin-Atambayev talks in Bishkek", quote="по итогам переговоров президентов России и Киргизии Владимира Путина и Алмазбека Атамбаева", type="meeting", status="past", bilateral=True),
 dict(date="2012-09-20", what="Package of agreements signed incl. unified Russian military base", quote="Россия и Киргизия подписали в четверг в Бишкеке пакет соглашений", type="agreement", status="past", bilateral=True),
 dict(date="2012-09-20", what="Debt settlement agreement signed", quote="подписано соглашение об урегулировании задолженности Киргизии перед Россией", type="agreement", status="past", bilateral=True),
 dict(date="2012-09-20", what="Intergovernmental agreements on Kambarata-1 and Upper Naryn HPPs", quote="Стороны также подписали межправительственные соглашения о строительстве и эксплуатации Камбаратинской ГЭС-1 и Верхне-Нарынского каскада ГЭС", type="agreement", status="past", bilateral=True),
 dict(date="2012-09-20", what="Putin's visit to Bishkek", quote="Визит Путина в Бишкек стал первым после его избрания президентом", type="visit", status="past", bilateral=True),
 dict(date="2012-09-19", what="Informal Putin-Atambayev meeting at Ala-Archa the evening before", quote="Накануне вечером он провел неформальную встречу с Атамбаевым в резиденции \"Ала-Арча\"", type="meeting", status="past", bilateral=True),
 dict(date="2012", date_note="'к концу года'", what="Customs Union accession roadmap to be prepared", quote="дорожная карта вступления будет подготовлена к концу года", type="other", status="planned", bilateral=False),
 dict(date="2012-03", what="Putin elected president (domestic)", quote="после его избрания президентом в марте этого года", type="other", status="past", bilateral=False),
 dict(date="2017", what="Unified base to be hosted for 15 years from 2017", quote="будет размещена в Киргизии на 15 лет начиная с 2017 года", type="other", status="planned", bilateral=True),
])))

A.append(dict(
file="05_itartass_ru_xxxx_lavrov_abdyldaev.txt",
source="https://itar-tass.com/politika/lavrov-abdyldaev-peregovory",
lang="ru", header_date="unknown", header={},
body="""Лавров: Россия поможет Киргизии укрепить южные рубежи

МОСКВА, 22 апреля. /Корр. ИТАР-ТАСС Ольга Денисова/. Россия готова оказать Киргизии содействие в укреплении южных рубежей. Об этом заявил в понедельник министр иностранных дел РФ Сергей Лавров по итогам переговоров с главой МИД Киргизии Эрланом Абдылдаевым.

"Мы обсудили ситуацию в регионе в преддверии вывода сил международной коалиции из Афганистана. Россия будет и впредь помогать нашим киргизским друзьям как на двусторонней основе, так и через механизмы ОДКБ", - сказал Лавров на пресс-конференции в особняке МИД на Спиридоновке.

Абдылдаев, в свою очередь, подчеркнул, что Бишкек "выполнит все обязательства" по ратификации соглашения об объединенной российской военной базе. По его словам, документ будет внесен в Жогорку Кенеш в ближайшие недели.

Министры подписали план консультаций между МИД двух стран на следующий год. Лавров также сообщил, что очередная встреча глав внешнеполитических ведомств государств - членов ОДКБ пройдет в мае в Бишкеке.

Отдельно стороны затронули положение трудовых мигрантов. По данным киргизской стороны, в России работают около 500 тыс граждан республики, а их денежные переводы на родину в прошлом году составили около 2 млрд долларов - почти треть ВВП страны.

Читайте также: Лавров примет участие в СМИД ОДКБ

Напомним, в сентябре прошлого года президенты двух стран подписали в Бишкеке соглашение о статусе и условиях пребывания объединенной российской военной базы, а также соглашение об урегулировании долга Киргизии.
""",
gold=dict(
date=None, date_partial="????-04-22", date_source="dateline",
date_note="No year on the page or in the URL. Dateline '22 апреля' + 'в понедельник'; 22 April fell on a Monday in 2013 (Abdyldaev was FM 2012-2018), and the September-last-year base agreement points to 2013, but the year is not stated: do not invent it.",
people=[
 dict(name_ru_nominative="Сергей Лавров", name_in_text="Лавров", role="министр иностранных дел РФ", forms_in_text=["Сергей Лавров","Лавров"]),
 dict(name_ru_nominative="Эрлан Абдылдаев", name_in_text="Эрланом Абдылдаевым", role="глава МИД Киргизии", forms_in_text=["Эрланом Абдылдаевым","Абдылдаев"]),
],
other_names=["Ольга Денисова"],
figures=[
 dict(metric="kg_migrant_workers_in_russia", value=500000, period=None, kind="actual", qualifier="about", quote="около 500 тыс граждан республики", note="distractor"),
 dict(metric="kg_remittances_usd", value=2000000000, period=None, kind="actual", qualifier="about", quote="составили около 2 млрд долларов", period_text="в прошлом году", note="distractor: remittances, not turnover; year unknown"),
],
events=[
 dict(date=None, date_partial="????-04-22", what="Lavrov-Abdyldaev talks in Moscow", quote="по итогам переговоров с главой МИД Киргизии Эрланом Абдылдаевым", type="meeting", status="past", bilateral=True),
 dict(date=None, date_partial="????-04-22", what="Plan of MFA consultations for next year signed", quote="Министры подписали план консультаций между МИД двух стран на следующий год", type="agreement", status="past", bilateral=True),
 dict(date=None, date_partial="????-05", what="CSTO foreign ministers' meeting in Bishkek in May", quote="очередная встреча глав внешнеполитических ведомств государств - членов ОДКБ пройдет в мае в Бишкеке", type="conference", status="planned", bilateral=False),
 dict(date=None, what="Base agreement to be submitted to Jogorku Kenesh in coming weeks", quote="документ будет внесен в Жогорку Кенеш в ближайшие недели", type="other", status="planned", bilateral=True),
 dict(date=None, date_partial="????-09", date_note="'в сентябре прошлого года' (really Sept 2012) - year not stated", what="Presidents signed base and debt agreements in Bishkek", quote="в сентябре прошлого года президенты двух стран подписали в Бишкеке соглашение о статусе и условиях пребывания объединенной российской военной базы", type="agreement", status="past", bilateral=True),
])))

A.append(dict(
file="06_tass_ru_2015_eaeu_accession.txt",
source="https://tass.ru/ekonomika/2181455",
lang="ru", header_date="unknown",
header={},
body="""Киргизия стала полноправным членом Евразийского экономического союза

Обновлено 12:40

БИШКЕК, 12 августа. /ТАСС/. Киргизия с сегодняшнего дня является полноправным членом Евразийского экономического союза (ЕАЭС). Договор о присоединении республики к союзу вступил в силу в среду.

"Это исторический день для нашей страны. Мы открываем для наших производителей рынок с населением более 180 млн человек", - заявил журналистам премьер-министр Киргизии Темир Сариев.

По словам главы правительства, в первые дни членства будет снят таможенный контроль на границе с Казахстаном. Для адаптации экономики к условиям ЕАЭС Россия выделила республике безвозмездную помощь в размере 200 млн долларов, а уставный капитал Российско-Кыргызского фонда развития составляет 500 млн долларов.

Посол России в Киргизии Андрей Крутько отметил, что вступление в союз "открывает новую страницу" в двусторонних отношениях. "По итогам прошлого года товарооборот между нашими странами составил около 2 млрд долларов, и мы уверены, что интеграция позволит нарастить эту цифру", - сказал дипломат.

Между тем, по данным Национального статистического комитета Киргизии, внешнеторговый оборот республики за первое полугодие 2015 года сократился на 20,3% и составил 2,6 млрд долларов.

Президент Киргизии Алмазбек Атамбаев подписал закон о ратификации договора о присоединении к ЕАЭС 21 мая. Ранее, 8 мая, документ был ратифицирован Россией.

Читайте также:
Кабмин РФ одобрил выделение Киргизии 200 млн долларов

Как сообщал ТАСС, следующий саммит Высшего Евразийского экономического совета пройдет 16 октября в Казахстане.
""",
gold=dict(
date="2015-08-12", date_partial=None, date_source="inferred_year",
date_note="No header date and no date in URL. Dateline '12 августа' gives day and month; the year is inferred from the body ('за первое полугодие 2015 года', treaty entering into force 'в среду' - 12 Aug 2015 was a Wednesday; Kyrgyzstan's real EAEU accession date).",
people=[
 dict(name_ru_nominative="Темир Сариев", name_in_text="Темир Сариев", role="премьер-министр Киргизии", forms_in_text=["Темир Сариев"]),
 dict(name_ru_nominative="Андрей Крутько", name_in_text="Андрей Крутько", role="посол России в Киргизии", forms_in_text=["Андрей Крутько"]),
 dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Алмазбек Атамбаев", role="президент Киргизии", forms_in_text=["Алмазбек Атамбаев"]),
],
other_names=[],
figures=[
 dict(metric="eaeu_market_population", value=180000000, period=None, kind="actual", qualifier="more than", quote="более 180 млн человек", note="distractor"),
 dict(metric="russia_grant_to_kg_usd", value=200000000, period=None, kind="actual", quote="безвозмездную помощь в размере 200 млн долларов", note="distractor: aid"),
 dict(metric="rkdf_capital_usd", value=500000000, period=None, kind="actual", quote="составляет 500 млн долларов", note="distractor: Development Fund capital"),
 dict(metric="trade_turnover", value=2000000000, period="2014", kind="actual", qualifier="about", quote="товарооборот между нашими странами составил около 2 млрд долларов", period_text="По итогам прошлого года"),
 dict(metric="kg_total_foreign_trade_usd", value=2600000000, period="2015-H1", kind="actual", quote="составил 2,6 млрд долларов", note="distractor: total foreign trade"),
 dict(metric="kg_total_foreign_trade_growth_pct", value=-20.3, period="2015-H1", kind="actual", quote="сократился на 20,3%", note="distractor; decline"),
],
events=[
 dict(date="2015-08-12", what="Kyrgyzstan becomes full EAEU member; accession treaty enters into force", quote="Договор о присоединении республики к союзу вступил в силу в среду", type="agreement", status="past", bilateral=False),
 dict(date="2015-08-12", what="Ambassador Krutko's statement on EAEU accession", quote="Посол России в Киргизии Андрей Крутько отметил", type="other", status="past", bilateral=True),
 dict(date="2015-05-21", what="Atambayev signs EAEU ratification law", quote="подписал закон о ратификации договора о присоединении к ЕАЭС 21 мая", type="other", status="past", bilateral=False),
 dict(date="2015-05-08", what="Russia ratified the accession treaty", quote="Ранее, 8 мая, документ был ратифицирован Россией", type="other", status="past", bilateral=False),
 dict(date="2015-10-16", what="Supreme Eurasian Economic Council summit in Kazakhstan", quote="следующий саммит Высшего Евразийского экономического совета пройдет 16 октября в Казахстане", type="conference", status="planned", bilateral=False),
])))

A.append(dict(
file="07_sputnik_ru_2017_putin_state_visit.txt",
source="https://ru.sputnik.kg/politics/20170228/1032136700/putin-atambaev-peregovory.html",
lang="ru", header_date="28.02.2017",
header={"date": "2017-02-28"},
body="""Путин и Атамбаев в Бишкеке: итоги переговоров

Президенты Кыргызстана и России подписали совместное заявление и обсудили судьбу Кант

28.02.2017 (обновлено: 19:05 28.02.2017)

БИШКЕК, 28 фев — Sputnik. Президент России Владимир Путин, находящийся в Кыргызстане с государственным визитом, провел во вторник переговоры с президентом КР Алмазбеком Атамбаевым в резиденции "Ала-Арча".

По итогам переговоров лидеры подписали совместное заявление, а правительства двух стран — восемь документов, в том числе соглашение о списании долга Кыргызстана в размере 240 миллионов долларов.

"Россия — крупнейший торговый партнер Кыргызстана. В прошлом году товарооборот сократился, но уже в январе мы видим рост почти на 12%", — сказал Путин на совместной пресс-конференции. По его словам, объем накопленных российских инвестиций в экономику республики превысил 500 миллионов долларов.

Атамбаев заявил, что Бишкек не ставит вопрос о закрытии российской авиабазы Кант. "Я говорил, что после 2017 года не должно быть иностранных баз, но российская база — это наш щит", — пояснил он.

В этом году отмечается 25-летие установления дипломатических отношений между Кыргызстаном и Россией. Стороны договорились провести юбилейные мероприятия в обеих столицах в октябре.

Премьер-министр КР Сооронбай Жээнбеков, участвовавший в переговорах в расширенном составе, сообщил, что очередное заседание межправительственной комиссии запланировано на апрель в Москве.

Читайте также:
Путин прибыл в Бишкек: кадры из аэропорта "Манас"
Жээнбеков: ЕАЭС дает Кыргызстану новые рынки

Фото: Sputnik / Табылды Кадырбеков

Отметим, что в 2016 году внешнеторговый оборот Кыргызстана составил 5,6 миллиарда долларов, из них на Китай пришлось 1,5 миллиарда.
""",
gold=dict(
date="2017-02-28", date_partial=None, date_source="header",
date_note="Header '28.02.2017 (обновлено: 19:05 28.02.2017)' DD.MM.YYYY; dateline '28 фев', 'во вторник' consistent.",
people=[
 dict(name_ru_nominative="Владимир Путин", name_in_text="Путин", role="президент России", forms_in_text=["Владимир Путин","Путин"]),
 dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Атамбаев", role="президент КР", forms_in_text=["Алмазбеком Атамбаевым","Атамбаев"]),
 dict(name_ru_nominative="Сооронбай Жээнбеков", name_in_text="Сооронбай Жээнбеков", role="премьер-министр КР", forms_in_text=["Сооронбай Жээнбеков","Жээнбеков"], note="'Жээнбеков' also appears in a 'Читайте также' headline"),
],
other_names=["Табылды Кадырбеков"],
figures=[
 dict(metric="debt_writeoff_usd", value=240000000, period=None, kind="target", quote="списании долга Кыргызстана в размере 240 миллионов долларов", note="distractor"),
 dict(metric="trade_turnover_growth_pct", value=12, period="2017-01", kind="actual", qualifier="almost", quote="рост почти на 12%", period_text="в январе", note="January 2017 only; 2016 decline stated without a number"),
 dict(metric="russian_fdi_stock_kg_usd", value=500000000, period=None, kind="actual", qualifier="more than", quote="превысил 500 миллионов долларов", note="distractor: investment"),
 dict(metric="kg_total_foreign_trade_usd", value=5600000000, period="2016", kind="actual", quote="составил 5,6 миллиарда долларов", note="distractor"),
 dict(metric="kg_cn_trade_turnover_usd", value=1500000000, period="2016", kind="actual", quote="на Китай пришлось 1,5 миллиарда", note="distractor"),
],
events=[
 dict(date="2017-02-28", what="Putin's state visit to Kyrgyzstan", quote="находящийся в Кыргызстане с государственным визитом", type="visit", status="ongoing", bilateral=True),
 dict(date="2017-02-28", what="Putin-Atambayev talks at Ala-Archa", quote="провел во вторник переговоры с президентом КР Алмазбеком Атамбаевым в резиденции \"Ала-Арча\"", type="meeting", status="past", bilateral=True),
 dict(date="2017-02-28", what="Joint statement and eight intergovernmental documents incl. $240m debt write-off", quote="лидеры подписали совместное заявление, а правительства двух стран — восемь документов", type="agreement", status="past", bilateral=True),
 dict(date="2017", what="25th anniversary of diplomatic relations", quote="В этом году отмечается 25-летие установления дипломатических отношений между Кыргызстаном и Россией", type="anniversary", status="ongoing", bilateral=True),
 dict(date="2017-10", what="Anniversary events in both capitals in October", quote="провести юбилейные мероприятия в обеих столицах в октябре", type="other", status="planned", bilateral=True),
 dict(date="2017-04", what="Next IGC session in Moscow in April", quote="очередное заседание межправительственной комиссии запланировано на апрель в Москве", type="igc_session", status="planned", bilateral=True),
])))
