"""Articles 01-05 (2003-2013)."""
from common import P, F, E

A = []

# ---------------------------------------------------------------- 01
A.append(dict(
file="01_rg_ru_2003_dastan_debt.txt",
source="https://rg.ru/2003/07/15/dastan.html",
lang="ru",
header="2003-07-15",
body="""Российская газета - Экономика СНГ
15.07.2003 00:00
Торпеды в счет долга
Бишкек вновь предлагает Москве долю в оборонном заводе «Дастан»
Олег Карпенко, Бишкек

Киргизия готова вернуться к обсуждению передачи России пакета акций ОАО «Дастан» в счет погашения государственного долга. Об этом в прошлую пятницу заявил премьер-министр республики Николай Танаев, выступая перед российскими промышленниками, прибывшими в Бишкек с деловой миссией.

«Завод, который в советское время делал торпеды для всего флота, сегодня загружен едва ли на десятую часть. Без российского заказа ему не выжить, а нам не из чего платить по долгам», - сказал Танаев журналистам после встречи.

Задолженность Киргизии перед Россией, по данным министерства финансов республики, составляет около 133 млн долларов. Идею обменять часть долга на акции предприятий президент Аскар Акаев впервые обсуждал с Владимиром Путиным еще в прошлом году, во время визита в Москву. Тогда же стороны договорились создать рабочую группу, но дальше этого дело не пошло.

В Москве к инициативе относятся сдержанно. Как сообщил «РГ» источник в аппарате правительства России, председатель правительства Михаил Касьянов поручил Минэкономразвития и Минфину «проработать вопрос», однако окончательное решение будет принято не раньше заседания межправительственной комиссии, которое намечено на сентябрь в Москве.

Экономические связи двух стран тем временем постепенно восстанавливаются. По итогам прошлого года товарооборот между Россией и Киргизией составил 256 млн долларов, а за первые пять месяцев текущего года, по данным Национального статкомитета республики, он вырос на 18 процентов. На Россию сейчас приходится около 17 процентов внешней торговли Киргизии. Для сравнения: товарооборот республики с Китаем в 2002 году превысил 200 млн долларов.

Помимо «Дастана», в Бишкеке рассчитывают на российские заказы для Карабалтинского горнорудного комбината, который перерабатывает урановое сырье, и для нескольких предприятий приборостроения, простаивающих с середины девяностых.

Сами промышленники говорят о перспективах осторожно. Многое, по их словам, будет зависеть от того, как скоро заработает российская авиабаза в Канте: ее открытие в рамках Коллективных сил быстрого развертывания ОДКБ намечено на осень, и военные уже заговорили о заказах для местных ремонтных предприятий.

Фото: Владимир Пискунов
Ссылки по теме: «Дастан» ищет покупателя
""",
header_date="15.07.2003",
date="2003-07-15", date_partial=None, date_source="byline",
date_note="Byline '15.07.2003 00:00'; header agrees. 'в прошлую пятницу' = 2003-07-11; 'в прошлом году' = 2002.",
people=[
 P("Николай Танаев", "Николай Танаев", "премьер-министр Киргизии", ["Николай Танаев", "Танаев"]),
 P("Аскар Акаев", "Аскар Акаев", "президент Киргизии", ["Аскар Акаев"]),
 P("Владимир Путин", "Владимиром Путиным", "президент России", ["Владимиром Путиным"]),
 P("Михаил Касьянов", "Михаил Касьянов", "председатель правительства России", ["Михаил Касьянов"]),
],
other_names=["Олег Карпенко", "Владимир Пискунов"],
figures=[
 F("kyrgyz_debt_to_russia_usd", 133000000, None, "actual", "составляет около 133 млн долларов", "about", note="Distractor: state debt, not turnover."),
 F("trade_turnover", 256000000, "2002", "actual", "По итогам прошлого года товарооборот между Россией и Киргизией составил 256 млн долларов", period_text="По итогам прошлого года"),
 F("trade_turnover_growth_pct", 18, "2003-5M", "actual", "за первые пять месяцев текущего года, по данным Национального статкомитета республики, он вырос на 18 процентов"),
 F("russia_share_in_kyrgyz_trade_pct", 17, None, "actual", "На Россию сейчас приходится около 17 процентов внешней торговли Киргизии", "about"),
 F("kyrgyz_china_trade_usd", 200000000, "2002", "actual", "товарооборот республики с Китаем в 2002 году превысил 200 млн долларов", "more than", note="Distractor: third country."),
],
events=[
 E("2003-07-11", "Russian industrialists' business mission in Bishkek; PM Tanayev offers Dastan shares against debt", "Об этом в прошлую пятницу заявил премьер-министр республики Николай Танаев, выступая перед российскими промышленниками, прибывшими в Бишкек с деловой миссией", "meeting", "past"),
 E("2002", "Akayev's visit to Moscow; debt-for-equity idea first discussed with Putin", "президент Аскар Акаев впервые обсуждал с Владимиром Путиным еще в прошлом году, во время визита в Москву", "visit", "past"),
 E("2003-09", "Planned session of the intergovernmental commission in Moscow", "заседания межправительственной комиссии, которое намечено на сентябрь в Москве", "igc_session", "planned"),
 E("2003", "Planned opening of the air base in Kant within the CSTO Collective Rapid Deployment Forces (autumn)", "ее открытие в рамках Коллективных сил быстрого развертывания ОДКБ намечено на осень", "other", "planned", bilateral=False),
],
))

# ---------------------------------------------------------------- 02
A.append(dict(
file="02_ria_ru_2006_customs_protocol.txt",
source="https://ria.ru/20061121/56131122.html",
lang="ru",
header="2006-11-21",
body="""Таможенники России и Киргизии будут заранее обмениваться данными о грузах

14:37 21.11.2006

МОСКВА, 21 ноя - РИА Новости. Федеральная таможенная служба (ФТС) России и Государственный таможенный комитет Киргизии во вторник подписали протокол об обмене предварительной информацией о товарах, перемещаемых между двумя странами, сообщили РИА Новости в пресс-службе ФТС.

Документ подписали руководитель ФТС Андрей Бельянинов и председатель таможенного комитета Киргизии. Как пояснили в ведомстве, протокол позволит сократить время оформления грузов, следующих транзитом через территорию Казахстана, и снизить риск недостоверного декларирования.

"Большая часть киргизских грузов идет к нам через казахстанскую границу, и до сих пор мы получали сведения о них только в момент пересечения российской границы. Теперь информация будет поступать заранее", - цитирует пресс-служба Бельянинова.

По данным ФТС, через территорию Казахстана следует около 80% грузов, отправляемых из Киргизии в Россию. Товарооборот двух стран за девять месяцев 2006 года, по данным российской таможенной статистики, вырос на 32% и составил 617 миллионов долларов.

Вопрос упрощения таможенных процедур обсуждался также в ходе визита в Москву премьер-министра Киргизии Феликса Кулова в октябре. Тогда Кулов и председатель правительства РФ Михаил Фрадков условились вернуться к теме на ближайшем заседании межправительственной комиссии.

Следующая встреча руководителей таможенных служб государств Евразийского экономического сообщества (ЕврАзЭС) пройдет в декабре в Минске. На ней планируется обсудить этапы формирования единой таможенной территории.

Бельянинов возглавляет ФТС с мая этого года. Ранее он руководил ФГУП "Рособоронэкспорт".
""",
header_date="21.11.2006",
date="2006-11-21", date_partial=None, date_source="byline",
date_note="Time stamp '14:37 21.11.2006'; dateline 'МОСКВА, 21 ноя' has no year; 'во вторник' agrees (2006-11-21 was a Tuesday).",
people=[
 P("Андрей Бельянинов", "Андрей Бельянинов", "руководитель ФТС России", ["Андрей Бельянинов", "Бельянинова", "Бельянинов"]),
 P("Феликс Кулов", "Феликса Кулова", "премьер-министр Киргизии", ["Феликса Кулова", "Кулов"]),
 P("Михаил Фрадков", "Михаил Фрадков", "председатель правительства РФ", ["Михаил Фрадков"]),
],
other_names=[],
figures=[
 F("kyrgyz_cargo_to_russia_via_kazakhstan_pct", 80, None, "actual", "через территорию Казахстана следует около 80% грузов, отправляемых из Киргизии в Россию", "about", note="Distractor: transit share."),
 F("trade_turnover_growth_pct", 32, "2006-9M", "actual", "Товарооборот двух стран за девять месяцев 2006 года, по данным российской таможенной статистики, вырос на 32%"),
 F("trade_turnover", 617000000, "2006-9M", "actual", "вырос на 32% и составил 617 миллионов долларов"),
],
events=[
 E("2006-11-21", "FCS of Russia and Kyrgyz customs committee sign protocol on exchange of advance cargo information", "во вторник подписали протокол об обмене предварительной информацией о товарах, перемещаемых между двумя странами", "agreement", "past"),
 E("2006-10", "Visit of Kyrgyz PM Felix Kulov to Moscow; talks with Mikhail Fradkov", "в ходе визита в Москву премьер-министра Киргизии Феликса Кулова в октябре", "visit", "past"),
 E(None, "Next session of the intergovernmental commission (customs issues to be raised)", "вернуться к теме на ближайшем заседании межправительственной комиссии", "igc_session", "planned"),
 E("2006-12", "Meeting of heads of EurAsEC customs services in Minsk", "Следующая встреча руководителей таможенных служб государств Евразийского экономического сообщества (ЕврАзЭС) пройдет в декабре в Минске", "meeting", "planned", bilateral=False),
],
))

# ---------------------------------------------------------------- 03
A.append(dict(
file="03_kommersant_ru_2008_gazprom_licences.txt",
source="https://www.kommersant.ru/doc/877412",
lang="ru",
header="2008-04-10",
body="""Газета «Коммерсантъ» №61 (3879) от 10.04.2008, стр. 9

«Газпром» спустится в киргизские недра
Монополия получила лицензии на разведку в Ферганской долине

Как стало известно „Ъ“, правительство Киргизии выдало ОАО «Газпром» лицензии на геологическое изучение двух участков недр — Кугарт и Восточный Майлису-IV в Джалал-Абадской области. Документы были переданы представителям монополии накануне в Бишкеке в присутствии премьер-министра Киргизии Игоря Чудинова.

Претендовать на киргизские недра «Газпром» начал еще в 2003 году, когда подписал с Бишкеком соглашение о стратегическом сотрудничестве в газовой отрасли. Но до реальной работы дело дошло лишь после того, как президент Курманбек Бакиев на встрече с главой «Газпрома» Алексеем Миллером в Москве в феврале пообещал ускорить оформление лицензий.

По данным „Ъ“, на первом этапе монополия рассчитывает вложить в разведку около 20 млн долларов. Сама Киргизия добывает менее 30 млн кубометров газа в год и почти полностью зависит от поставок из Узбекистана, которые в прошлом году составили около 700 млн кубометров.

«Для Бишкека приход „Газпрома“ — прежде всего политический сигнал. Запасы на участках пока никто толком не оценивал», — говорит аналитик ИК «Ренессанс Капитал» Денис Ковальчук.

Сотрудничество с Россией в Бишкеке называют приоритетом. Товарооборот двух стран в 2007 году, по данным Росстата, вырос на 48% и превысил $1,3 млрд. Господин Чудинов, возглавляющий правительство с декабря, уже заявил, что рассчитывает на российские инвестиции в гидроэнергетику — прежде всего в достройку Камбаратинской ГЭС-1, переговоры по которой ведет РАО «ЕЭС России».

В мае в Бишкек ожидается делегация «Газпрома» во главе с одним из заместителей председателя правления: стороны должны согласовать программу работ на 2008–2010 годы.

Ирина Рыбакова
""",
header_date="10.04.2008",
date="2008-04-10", date_partial=None, date_source="byline",
date_note="Issue line 'от 10.04.2008'. 'накануне' = 2008-04-09; 'в феврале' = 2008-02; 'в прошлом году' = 2007.",
people=[
 P("Игорь Чудинов", "Игоря Чудинова", "премьер-министр Киргизии", ["Игоря Чудинова", "Чудинов"]),
 P("Курманбек Бакиев", "Курманбек Бакиев", "президент Киргизии", ["Курманбек Бакиев"]),
 P("Алексей Миллер", "Алексеем Миллером", "председатель правления ОАО «Газпром»", ["Алексеем Миллером"], note="Head of state-controlled company, listed as an official."),
],
other_names=["Денис Ковальчук", "Ирина Рыбакова"],
figures=[
 F("gazprom_exploration_investment_usd", 20000000, None, "forecast", "на первом этапе монополия рассчитывает вложить в разведку около 20 млн долларов", "about", note="Distractor: investment."),
 F("uzbek_gas_supply_to_kyrgyzstan_m3", 700000000, "2007", "actual", "которые в прошлом году составили около 700 млн кубометров", "about", note="Distractor: gas volume, third country.", period_text="в прошлом году"),
 F("trade_turnover_growth_pct", 48, "2007", "actual", "Товарооборот двух стран в 2007 году, по данным Росстата, вырос на 48%"),
 F("trade_turnover", 1300000000, "2007", "actual", "вырос на 48% и превысил $1,3 млрд", "more than"),
],
events=[
 E("2008-04-09", "Kyrgyz government hands Gazprom exploration licences for Kugart and East Mailisuu-IV in Bishkek", "Документы были переданы представителям монополии накануне в Бишкеке в присутствии премьер-министра Киргизии Игоря Чудинова", "agreement", "past"),
 E("2003", "Gazprom–Kyrgyzstan agreement on strategic cooperation in the gas sector", "когда подписал с Бишкеком соглашение о стратегическом сотрудничестве в газовой отрасли", "agreement", "past"),
 E("2008-02", "Bakiyev–Miller meeting in Moscow", "президент Курманбек Бакиев на встрече с главой «Газпрома» Алексеем Миллером в Москве в феврале", "meeting", "past"),
 E("2008-05", "Planned visit of a Gazprom delegation to Bishkek", "В мае в Бишкек ожидается делегация «Газпрома»", "visit", "planned"),
],
))

# ---------------------------------------------------------------- 04
A.append(dict(
file="04_ap_en_2010_kazakh_border_closure.txt",
source="https://apnews.com/article/9a1f3c7e20b44d0c8e51d2f6a7b3c1e4",
lang="en",
header="2010-05-05",
body="""Kazakh border closure chokes Kyrgyz trade

By ALEX MORGAN
Associated Press
Published 5:41 PM GMT+6, May 5, 2010

BISHKEK, Kyrgyzstan (AP) — Hundreds of trucks loaded with Kyrgyz produce and Chinese consumer goods were stranded Wednesday at the border with Kazakhstan, nearly a month after Kazakh authorities sealed the frontier in response to the uprising that toppled President Kurmanbek Bakiyev.

Kazakhstan closed the border on April 8, a day after clashes in the Kyrgyz capital left scores dead. Officials in Astana cited security concerns, but the closure has cut off Kyrgyzstan's main land route to Russia, its largest trading partner.

Roza Otunbayeva, who heads the interim government, said she had written again to Kazakh President Nursultan Nazarbayev asking him to reopen at least the main crossings for freight. "Our farmers cannot wait. Their apricots and cherries will rot on the road," she told reporters.

Almazbek Atambayev, the interim government's first deputy head in charge of the economy, said every day of closure costs the country about $1 million in lost customs revenue and trade.

Russia, which was quick to recognize the new authorities, has promised help. Prime Minister Vladimir Putin last month pledged $50 million, including a $20 million grant and a $30 million soft loan. But Moscow's decision to impose export duties on fuel shipped to Kyrgyzstan from April 1 has pushed up prices at the pump.

Trade between Russia and Kyrgyzstan fell 19 percent last year to about $1.4 billion, according to Kyrgyz statistics. Kyrgyz trade with Kazakhstan amounted to some $660 million.

Kazakhstan, which chairs the Organization for Security and Cooperation in Europe this year, is also busy with its own customs union with Russia and Belarus, which started work in January. The three countries' common customs code is due to take effect on July 1.

Bakiyev, who fled to his home region in the south, has refused to resign.

Associated Press writer Marat Nurlanov in Almaty, Kazakhstan, contributed to this report.
""",
header_date="May 5, 2010",
date="2010-05-05", date_partial=None, date_source="byline",
date_note="'Published 5:41 PM GMT+6, May 5, 2010'; 'Wednesday' agrees. 'last month' = 2010-04; 'last year' = 2009.",
people=[
 P("Курманбек Бакиев", "Kurmanbek Bakiyev", "президент Киргизии (свергнут)", ["Kurmanbek Bakiyev", "Bakiyev"]),
 P("Роза Отунбаева", "Roza Otunbayeva", "глава временного правительства Киргизии", ["Roza Otunbayeva"]),
 P("Нурсултан Назарбаев", "Nursultan Nazarbayev", "президент Казахстана", ["Nursultan Nazarbayev"]),
 P("Алмазбек Атамбаев", "Almazbek Atambayev", "первый заместитель главы временного правительства Киргизии", ["Almazbek Atambayev"]),
 P("Владимир Путин", "Vladimir Putin", "председатель правительства РФ", ["Vladimir Putin"]),
],
other_names=["ALEX MORGAN", "Marat Nurlanov"],
figures=[
 F("kyrgyz_border_closure_daily_loss_usd", 1000000, None, "actual", "every day of closure costs the country about $1 million in lost customs revenue and trade", "about", note="Distractor."),
 F("russian_aid_usd", 50000000, None, "actual", "pledged $50 million, including a $20 million grant and a $30 million soft loan", note="Distractor: aid."),
 F("trade_turnover_growth_pct", -19, "2009", "actual", "Trade between Russia and Kyrgyzstan fell 19 percent last year", period_text="last year"),
 F("trade_turnover", 1400000000, "2009", "actual", "fell 19 percent last year to about $1.4 billion", "about"),
 F("kyrgyz_kazakhstan_trade_usd", 660000000, "2009", "actual", "Kyrgyz trade with Kazakhstan amounted to some $660 million", "about", note="Distractor: third country."),
],
events=[
 E("2010-04-08", "Kazakhstan closes its border with Kyrgyzstan after the April uprising", "Kazakhstan closed the border on April 8", "other", "past", bilateral=False),
 E("2010-04", "Putin pledges $50 million aid to Kyrgyzstan", "Prime Minister Vladimir Putin last month pledged $50 million", "other", "past"),
 E("2010-04-01", "Russia imposes export duties on fuel shipped to Kyrgyzstan", "Moscow's decision to impose export duties on fuel shipped to Kyrgyzstan from April 1", "other", "past"),
 E("2010-01", "Customs union of Russia, Kazakhstan and Belarus started work", "its own customs union with Russia and Belarus, which started work in January", "other", "past", bilateral=False),
 E("2010-07-01", "Common customs code of the customs union takes effect", "The three countries' common customs code is due to take effect on July 1", "agreement", "planned", bilateral=False),
],
))

# ---------------------------------------------------------------- 05
A.append(dict(
file="05_interfax_ru_2013_kyrgyzgaz_ratified.txt",
source="https://www.interfax.ru/business/348301",
lang="ru",
header="2013-12-20",
body="""Парламент Киргизии одобрил продажу "Кыргызгаза" "Газпрому" за $1

20 декабря 2013 года 13:52

Бишкек. 20 декабря. ИНТЕРФАКС - Жогорку Кенеш (парламент) Киргизии в пятницу ратифицировал межправительственное соглашение о продаже 100% акций ОАО "Кыргызгаз" ОАО "Газпром" (MOEX: GAZP) за символический $1.

Соглашение было подписано 26 июля в Бишкеке. По его условиям российская компания принимает на себя долги "Кыргызгаза" в размере около $40 млн и обязуется инвестировать в модернизацию газотранспортной системы республики 20 млрд рублей в течение 25 лет.

"Мы не продаем, мы спасаем систему, которая разваливается. Без этих вложений через несколько лет газа в Бишкеке просто не будет", - заявил в ходе обсуждения премьер-министр Жанторо Сатыбалдиев.

Противники сделки в парламенте настаивали на том, что газотранспортная система является стратегическим объектом. Часть депутатов покинула зал перед голосованием.

Закон о ратификации должен подписать президент Алмазбек Атамбаев. По данным источника в правительстве, передача актива "Газпрому" планируется в первом квартале 2014 года.

По данным Нацстаткома, товарооборот Киргизии с Россией за январь-октябрь 2013 года составил $1,65 млрд. На нефтепродукты приходится более 40% киргизского импорта из РФ.

Накануне председатель Государственной таможенной службы Адамкул Жунусов сообщил, что "дорожная карта" присоединения Киргизии к Таможенному союзу России, Белоруссии и Казахстана будет представлена партнерам в начале следующего года. Ранее Атамбаев заявлял, что республика рассчитывает вступить в союз не позднее 2015 года.
""",
header_date="20 декабря 2013 года",
date="2013-12-20", date_partial=None, date_source="byline",
date_note="Time stamp '20 декабря 2013 года 13:52'; 'в пятницу' agrees. 'Накануне' = 2013-12-19; 'следующего года' = 2014.",
people=[
 P("Жанторо Сатыбалдиев", "Жанторо Сатыбалдиев", "премьер-министр Киргизии", ["Жанторо Сатыбалдиев"]),
 P("Алмазбек Атамбаев", "Алмазбек Атамбаев", "президент Киргизии", ["Алмазбек Атамбаев", "Атамбаев"]),
 P("Адамкул Жунусов", "Адамкул Жунусов", "председатель Государственной таможенной службы Киргизии", ["Адамкул Жунусов"]),
],
other_names=[],
figures=[
 F("kyrgyzgaz_sale_price_usd", 1, None, "actual", "за символический $1", note="Distractor: sale price."),
 F("kyrgyzgaz_debt_usd", 40000000, None, "actual", "принимает на себя долги \"Кыргызгаза\" в размере около $40 млн", "about", note="Distractor: debt."),
 F("gazprom_investment_rub", 20000000000, None, "target", "обязуется инвестировать в модернизацию газотранспортной системы республики 20 млрд рублей в течение 25 лет", note="Distractor: investment, in roubles, over 25 years."),
 F("trade_turnover", 1650000000, "2013-10M", "actual", "товарооборот Киргизии с Россией за январь-октябрь 2013 года составил $1,65 млрд"),
 F("oil_products_share_in_imports_from_russia_pct", 40, "2013-10M", "actual", "На нефтепродукты приходится более 40% киргизского импорта из РФ", "more than", note="Distractor: import share."),
],
events=[
 E("2013-12-20", "Kyrgyz parliament ratifies the agreement on sale of Kyrgyzgaz to Gazprom", "Жогорку Кенеш (парламент) Киргизии в пятницу ратифицировал межправительственное соглашение о продаже 100% акций ОАО \"Кыргызгаз\" ОАО \"Газпром\"", "agreement", "past"),
 E("2013-07-26", "Intergovernmental agreement on Kyrgyzgaz sale signed in Bishkek", "Соглашение было подписано 26 июля в Бишкеке", "agreement", "past"),
 E(None, "Ratification law to be signed by President Atambayev", "Закон о ратификации должен подписать президент Алмазбек Атамбаев", "agreement", "planned"),
 E("2014", "Planned transfer of Kyrgyzgaz to Gazprom in Q1 2014", "передача актива \"Газпрому\" планируется в первом квартале 2014 года", "other", "planned", date_note="First quarter of 2014."),
 E("2014", "Road map of Kyrgyzstan's accession to the Customs Union to be presented early next year", "\"дорожная карта\" присоединения Киргизии к Таможенному союзу России, Белоруссии и Казахстана будет представлена партнерам в начале следующего года", "other", "planned", bilateral=False),
 E("2015", "Kyrgyzstan's intended accession to the Customs Union no later than 2015", "республика рассчитывает вступить в союз не позднее 2015 года", "agreement", "planned", bilateral=False),
],
))
