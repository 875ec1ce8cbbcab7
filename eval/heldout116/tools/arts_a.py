from common import P, F, E

ARTS = []

# ---------------------------------------------------------------- 01
ARTS.append(dict(
file="01_24kg_ru_2012_putin_visit_debt.txt",
source="https://24.kg/archive/ru/politic/138412-vladimir-putin-i-almazbek-atambaev-podpisali.html",
lang="ru", header_lines=["date: 2012-09-20"],
header_date="20 сентября 2012, 15:47", date="2012-09-20", date_partial=None, date_source="header",
date_note="Date shown in the page header and confirmed by 'Сегодня' in the dateline paragraph.",
body="""Владимир Путин и Алмазбек Атамбаев подписали соглашения о базе и долге
20 сентября 2012, 15:47
Просмотров: 4 218

Бишкек, 24.kg, Айгуль Токтосунова – Сегодня в Бишкеке президент России Владимир Путин и президент Кыргызстана Алмазбек Атамбаев по итогам переговоров в узком и расширенном составе подписали пакет из восьми документов.

Одним из ключевых стало соглашение об урегулировании задолженности Кыргызстана перед Российской Федерацией. Речь идет о списании $489 млн долга. Оставшиеся $11 млн Бишкек обязуется погасить в течение 10 лет.

Кроме того, главы государств подписали соглашение о статусе и условиях пребывания объединенной российской военной базы на территории Кыргызстана. Документ вступит в силу в 2017 году, срок пребывания базы – 15 лет с возможностью продления на пять лет. Также подписаны документы о строительстве Камбаратинской ГЭС-1 и Верхненарынского каскада ГЭС.

«Россия была и остается нашим главным стратегическим партнером. Сегодняшние договоренности открывают новую страницу в наших отношениях», – заявил Алмазбек Атамбаев на совместной пресс-конференции.

По словам Владимира Путина, товарооборот между двумя странами по итогам 2011 года составил почти $1,9 млрд, увеличившись на 37 процентов. «В этом году рост продолжился, и мы рассчитываем, что он сохранится», – отметил российский лидер.

Напомним, Алмазбек Атамбаев в феврале этого года совершил свой первый официальный визит в Москву в качестве президента. Предыдущий визит Путина в Кыргызстан состоялся в августе 2007 года, когда он принял участие в саммите ШОС в Бишкеке.

По данным Министерства финансов, внешний государственный долг Кыргызстана на 1 августа 2012 года составил $2,9 млрд. Министр экономики Темир Сариев ранее заявлял, что списание долга позволит направить сэкономленные средства на социальные программы.

Фото: пресс-служба президента КР

Теги: Россия, Кыргызстан, визит, госдолг

Читайте также:
19.09.2012 В Бишкеке ограничат движение транспорта в связи с визитом Путина
18.09.2012 Курс доллара на межбанковских торгах вырос до 47,3 сома""",
people=[
 P("Владимир Путин", "Владимир Путин", "президент России", ["Владимир Путин", "Владимира Путина", "Путина", "Путин"]),
 P("Алмазбек Атамбаев", "Алмазбек Атамбаев", "президент Кыргызстана", ["Алмазбек Атамбаев"]),
 P("Темир Сариев", "Темир Сариев", "министр экономики Кыргызстана", ["Темир Сариев"]),
],
other_names=["Айгуль Токтосунова"],
figures=[
 F("debt_writeoff_usd", 489000000, None, "actual", "Речь идет о списании $489 млн долга", note="Debt write-off, NOT turnover."),
 F("debt_remaining_usd", 11000000, None, "actual", "Оставшиеся $11 млн Бишкек обязуется погасить в течение 10 лет", note="Remaining debt to be repaid over 10 years; distractor."),
 F("trade_turnover", 1900000000, "2011", "actual", "товарооборот между двумя странами по итогам 2011 года составил почти $1,9 млрд", qualifier="almost", period_text="по итогам 2011 года"),
 F("trade_turnover_growth_pct", 37, "2011", "actual", "увеличившись на 37 процентов", period_text="по итогам 2011 года"),
 F("kg_external_public_debt_usd", 2900000000, None, "actual", "внешний государственный долг Кыргызстана на 1 августа 2012 года составил $2,9 млрд", period_text="на 1 августа 2012 года", note="Stock as of 1 Aug 2012; total external debt, distractor."),
],
events=[
 E("2012-09-20", "Putin–Atambayev talks in Bishkek (narrow and expanded format)", "Сегодня в Бишкеке президент России Владимир Путин и президент Кыргызстана Алмазбек Атамбаев по итогам переговоров в узком и расширенном составе подписали пакет из восьми документов", "visit", "past", True),
 E("2012-09-20", "Agreement on settlement of Kyrgyzstan's debt to Russia ($489m written off)", "Одним из ключевых стало соглашение об урегулировании задолженности Кыргызстана перед Российской Федерацией", "agreement", "past", True),
 E("2012-09-20", "Agreement on status of the unified Russian military base signed", "главы государств подписали соглашение о статусе и условиях пребывания объединенной российской военной базы на территории Кыргызстана", "agreement", "past", True),
 E("2017", "Base agreement enters into force", "Документ вступит в силу в 2017 году", "agreement", "planned", True),
 E("2012-09-20", "Documents on Kambarata HPP-1 and Upper Naryn cascade signed", "Также подписаны документы о строительстве Камбаратинской ГЭС-1 и Верхненарынского каскада ГЭС", "agreement", "past", True),
 E("2012-02", "Atambayev's first official visit to Moscow as president", "Алмазбек Атамбаев в феврале этого года совершил свой первый официальный визит в Москву в качестве президента", "visit", "past", True, date_note="'в феврале этого года' resolved with the article year 2012."),
 E("2007-08", "SCO summit in Bishkek attended by Putin (his previous trip to Kyrgyzstan)", "Предыдущий визит Путина в Кыргызстан состоялся в августе 2007 года, когда он принял участие в саммите ШОС в Бишкеке", "visit", "past", False, date_note="Multilateral context (SCO summit)."),
],
))

# ---------------------------------------------------------------- 02
ARTS.append(dict(
file="02_akipress_en_2013_trade_9m.txt",
source="https://akipress.com/news:532118/",
lang="en", header_lines=["date: 2013-11-14"],
header_date="Posted: 16:12, 14 November 2013", date="2013-11-14", date_partial=None, date_source="header",
date_note="'Posted' line; the related-news items carry their own (older) dates.",
body="""Kyrgyz-Russian trade reaches $1.56 billion in January-September
Posted: 16:12, 14 November 2013
Views: 1 907

AKIpress news agency - Kyrgyzstan's trade with Russia amounted to $1.56 billion in January-September 2013, up 9.4% from the same period of last year, the National Statistical Committee reported.

Exports to Russia totaled $205.3 million, while imports from Russia reached $1.35 billion, mostly petroleum products, timber and food. Russia accounted for 27.8% of Kyrgyzstan's total foreign trade.

Kyrgyzstan's overall foreign trade turnover for the nine months stood at $5.6 billion. China remained the second largest trading partner with $1.15 billion, followed by Kazakhstan with $0.84 billion.

The figures were discussed on October 25 in Minsk, where Prime Minister Zhantoro Satybaldiev met with Russian Prime Minister Dmitry Medvedev on the sidelines of the Eurasian Intergovernmental Council meeting. The sides focused on the roadmap for Kyrgyzstan's accession to the Customs Union and on duty-free supplies of Russian fuel.

"We expect trade with Russia to exceed $2 billion this year if fuel supplies remain stable," Minister of Economy Temir Sariev told reporters on Wednesday.

The next session of the Kyrgyz-Russian intergovernmental commission on trade, economic, scientific and technical cooperation is scheduled for December in Moscow, the ministry said.

Related news:
13 November 2013 Gold production in Kyrgyzstan falls by 35%
12 November 2013 Kyrgyzstan's inflation at 5.3% in October""",
people=[
 P("Жантөрө Сатыбалдиев", "Zhantoro Satybaldiev", "Prime Minister of Kyrgyzstan", ["Zhantoro Satybaldiev"], note="Russian spelling also 'Жанторо Сатыбалдиев'."),
 P("Дмитрий Медведев", "Dmitry Medvedev", "Prime Minister of Russia", ["Dmitry Medvedev"]),
 P("Темир Сариев", "Temir Sariev", "Minister of Economy of Kyrgyzstan", ["Temir Sariev"]),
],
other_names=[],
figures=[
 F("trade_turnover", 1560000000, "2013-9M", "actual", "Kyrgyzstan's trade with Russia amounted to $1.56 billion in January-September 2013", period_text="January-September 2013"),
 F("trade_turnover_growth_pct", 9.4, "2013-9M", "actual", "up 9.4% from the same period of last year"),
 F("exports_to_russia_usd", 205300000, "2013-9M", "actual", "Exports to Russia totaled $205.3 million"),
 F("imports_from_russia_usd", 1350000000, "2013-9M", "actual", "imports from Russia reached $1.35 billion"),
 F("russia_share_of_kg_trade_pct", 27.8, "2013-9M", "actual", "Russia accounted for 27.8% of Kyrgyzstan's total foreign trade"),
 F("kg_total_foreign_trade_usd", 5600000000, "2013-9M", "actual", "Kyrgyzstan's overall foreign trade turnover for the nine months stood at $5.6 billion", note="Distractor: total foreign trade."),
 F("kg_china_trade_usd", 1150000000, "2013-9M", "actual", "China remained the second largest trading partner with $1.15 billion", note="Distractor."),
 F("kg_kazakhstan_trade_usd", 840000000, "2013-9M", "actual", "followed by Kazakhstan with $0.84 billion", note="Distractor."),
 F("trade_turnover", 2000000000, "2013", "forecast", "We expect trade with Russia to exceed $2 billion this year", qualifier="more than", period_text="this year"),
],
events=[
 E("2013-10-25", "Satybaldiev–Medvedev meeting in Minsk", "on October 25 in Minsk, where Prime Minister Zhantoro Satybaldiev met with Russian Prime Minister Dmitry Medvedev", "meeting", "past", True, date_note="No year next to the date; article year 2013."),
 E("2013-10-25", "Eurasian Intergovernmental Council meeting in Minsk", "on the sidelines of the Eurasian Intergovernmental Council meeting", "other", "past", False, date_note="Multilateral."),
 E("2013-12", "Next session of the Kyrgyz-Russian intergovernmental commission in Moscow", "The next session of the Kyrgyz-Russian intergovernmental commission on trade, economic, scientific and technical cooperation is scheduled for December in Moscow", "igc_session", "planned", True),
],
))

# ---------------------------------------------------------------- 03
ARTS.append(dict(
file="03_kaktus_ru_2016_migrants_eaeu.txt",
source="https://kaktus.media/doc/334871_deputat_prizvala_dobitsia_ot_rossii_amnistii_dlia_migrantov.html",
lang="ru", header_lines=["date: 2016-03-16"],
header_date="16 марта 2016, 11:42", date="2016-03-16", date_partial=None, date_source="header",
date_note="Header date; body uses 'сегодня' and relative 'в прошлом году'.",
body="""Депутат призвала добиться от России амнистии для мигрантов из «черного списка»
16 марта 2016, 11:42
5 614

Депутат Жогорку Кенеша Наталья Никитенко сегодня на заседании парламента призвала правительство ускорить переговоры с Россией об исключении кыргызстанцев из списков лиц, которым запрещен въезд в РФ.

«Мы вступили в Евразийский экономический союз, наши граждане работают в России без патентов, но десятки тысяч людей по-прежнему не могут въехать из-за старых нарушений. Это вопрос не экономики, а человеческих судеб», – заявила Никитенко.

По ее словам, в «черном списке» ФМС России остаются около 80 тысяч граждан Кыргызстана. Всего в России, по данным миграционной службы, находятся порядка 550 тысяч кыргызстанцев.

Напомним, Кыргызстан официально стал членом ЕАЭС 12 августа прошлого года. После этого мигранты получили право трудоустраиваться без разрешений на работу, а члены их семей – пользоваться медицинской помощью наравне с гражданами России.

Заместитель председателя Государственной службы миграции, выступая перед депутатами, сообщил, что очередное заседание рабочей группы по миграции с российской стороной пройдет в апреле в Москве. «Мы передали российским коллегам списки на 24 тысячи человек», – добавил он.

По данным Нацбанка, объем денежных переводов из России в 2015 году сократился на 26 процентов и составил $1,6 млрд. Переводы из Казахстана за тот же период составили около $90 млн.

Фото: пресс-служба ЖК

Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать о главных новостях!

Ранее:
15 марта 2016 Цены на бензин в Бишкеке выросли на 1 сом
14 марта 2016 В Оше прошел митинг в поддержку мигрантов""",
people=[
 P("Наталья Никитенко", "Наталья Никитенко", "депутат Жогорку Кенеша", ["Наталья Никитенко", "Никитенко"]),
],
other_names=[],
figures=[
 F("kg_citizens_in_entry_ban_list", 80000, None, "actual", "остаются около 80 тысяч граждан Кыргызстана", qualifier="about", note="Migrants on the Russian entry-ban list; not trade."),
 F("kg_migrants_in_russia", 550000, None, "actual", "находятся порядка 550 тысяч кыргызстанцев", qualifier="about"),
 F("remittances_from_russia_growth_pct", -26, "2015", "actual", "объем денежных переводов из России в 2015 году сократился на 26 процентов", note="Remittances, NOT trade turnover growth."),
 F("remittances_from_russia_usd", 1600000000, "2015", "actual", "составил $1,6 млрд", note="Remittances; distractor."),
 F("remittances_from_kazakhstan_usd", 90000000, "2015", "actual", "Переводы из Казахстана за тот же период составили около $90 млн", qualifier="about", note="Distractor."),
],
events=[
 E("2016-03-16", "Parliament session: deputy's speech on migrant amnesty", "Депутат Жогорку Кенеша Наталья Никитенко сегодня на заседании парламента призвала правительство", "other", "past", False, date_note="Domestic parliament session."),
 E("2015-08-12", "Kyrgyzstan officially becomes a member of the EAEU", "Кыргызстан официально стал членом ЕАЭС 12 августа прошлого года", "agreement", "past", False, date_note="'прошлого года' = 2015; multilateral."),
 E("2016-04", "Kyrgyz-Russian working group on migration, session in Moscow", "очередное заседание рабочей группы по миграции с российской стороной пройдет в апреле в Москве", "meeting", "planned", True),
],
))

# ---------------------------------------------------------------- 04
ARTS.append(dict(
file="04_kloop_ru_2015_rkdf_loans.txt",
source="https://kloop.kg/blog/2015/06/12/rossijsko-kyrgyzskij-fond-razvitiya-odobril-pervye-kredity/",
lang="ru", header_lines=[],
header_date="unknown", date="2015-06-12", date_partial=None, date_source="url",
date_note="Only the URL gives the date; body says 'во вторник' (Tuesday = 2015-06-09) and 'в среду' (2015-06-10).",
body="""Российско-Кыргызский фонд развития одобрил первые кредиты. Кому достались деньги?

Автор: Бекташ Шамшиев

Российско-Кыргызский фонд развития (РКФР) во вторник одобрил первые 14 проектов на общую сумму $38 млн. Большая часть средств пойдет на сельское хозяйство и легкую промышленность.

Фонд был создан на основании межправительственного соглашения, подписанного в ноябре 2014 года. Его уставный капитал – $500 млн, все средства предоставила Россия. Еще $200 млн Москва выделила Бишкеку в виде безвозмездной помощи на адаптацию экономики к условиям Евразийского экономического союза.

Премьер-министр Темир Сариев в среду на встрече с бизнесменами заявил, что правительство рассчитывает на выдачу кредитов на $100 млн до конца года. «Это длинные и дешевые деньги – 1–5 процентов годовых в долларах, – сказал он. – Таких условий наши банки не дают».

Экономист Нурбек Алымкулов считает, что одобренные суммы пока слишком малы. «На фоне падения торговли с Россией фонд не сможет быстро компенсировать потери. По данным Нацстаткома, товарооборот за январь–апрель сократился на 27 процентов», – отметил он.

По данным Нацстаткома, за первые четыре месяца 2015 года товарооборот Кыргызстана с Россией составил $498 млн. Для сравнения, торговля с Китаем за этот период составила $324 млн.

Российская сторона рассчитывает, что фонд выдаст займы на $1 млрд за пять лет. Следующее заседание наблюдательного совета фонда планируется провести в сентябре в Москве.

Фото: Kloop.kg

Читайте также: Сколько стоит бензин в странах ЕАЭС?""",
people=[
 P("Темир Сариев", "Темир Сариев", "премьер-министр Кыргызстана", ["Темир Сариев"]),
],
other_names=["Бекташ Шамшиев", "Нурбек Алымкулов"],
figures=[
 F("rkdf_loans_approved_usd", 38000000, None, "actual", "одобрил первые 14 проектов на общую сумму $38 млн", note="RKDF loans approved; distractor."),
 F("rkdf_capital_usd", 500000000, None, "actual", "Его уставный капитал – $500 млн"),
 F("russian_grant_eaeu_adaptation_usd", 200000000, None, "actual", "Еще $200 млн Москва выделила Бишкеку в виде безвозмездной помощи", note="Grant, NOT turnover."),
 F("rkdf_loans_target_usd", 100000000, "2015", "target", "правительство рассчитывает на выдачу кредитов на $100 млн до конца года", period_text="до конца года"),
 F("trade_turnover_growth_pct", -27, "2015-4M", "actual", "товарооборот за январь–апрель сократился на 27 процентов", period_text="за январь–апрель", note="Year not next to the figure; from context/URL 2015."),
 F("trade_turnover", 498000000, "2015-4M", "actual", "за первые четыре месяца 2015 года товарооборот Кыргызстана с Россией составил $498 млн", period_text="за первые четыре месяца 2015 года"),
 F("kg_china_trade_usd", 324000000, "2015-4M", "actual", "торговля с Китаем за этот период составила $324 млн", note="Distractor."),
 F("rkdf_loans_target_usd", 1000000000, None, "target", "фонд выдаст займы на $1 млрд за пять лет", period_text="за пять лет", note="Five-year target, not annual."),
],
events=[
 E("2015-06-09", "RKDF approves its first 14 projects", "Российско-Кыргызский фонд развития (РКФР) во вторник одобрил первые 14 проектов", "other", "past", True, date_note="'во вторник' relative to URL date 2015-06-12 (Friday)."),
 E("2014-11", "Intergovernmental agreement establishing the RKDF signed", "Фонд был создан на основании межправительственного соглашения, подписанного в ноябре 2014 года", "agreement", "past", True),
 E("2015-06-10", "Sariev's meeting with businessmen", "Премьер-министр Темир Сариев в среду на встрече с бизнесменами заявил", "meeting", "past", False, date_note="Domestic meeting; 'в среду' = 2015-06-10."),
 E("2015-09", "Next RKDF supervisory board meeting in Moscow", "Следующее заседание наблюдательного совета фонда планируется провести в сентябре в Москве", "meeting", "planned", True),
],
))

# ---------------------------------------------------------------- 05
ARTS.append(dict(
file="05_vesti_ru_2017_putin_visit_yesterday.txt",
source="https://vesti.kg/politika/item/43912-itogi-vizita-putina.html",
lang="ru", header_lines=["date: 2017-03-01"],
header_date="01.03.2017 09:15", date="2017-03-01", date_partial=None, date_source="header",
date_note="Header date; the visit itself is 'вчера' = 2017-02-28.",
body="""Итоги визита Путина: списание долга, база и 25 лет дружбы
01.03.2017 09:15
Просмотров: 2 870

Вчера в Бишкеке прошли переговоры президентов Кыргызстана и России Алмазбека Атамбаева и Владимира Путина. Предыдущий официальный визит российского лидера в республику состоялся в 2012 году.

По итогам переговоров стороны подписали соглашение о списании задолженности Кыргызстана в размере $240 млн. Кроме того, российская сторона подтвердила готовность продолжить финансирование проектов через Российско-Кыргызский фонд развития.

«Россия – главный торгово-экономический партнер Кыргызстана. Мы удовлетворены тем, что в прошлом году удалось остановить падение товарооборота», – сказал Владимир Путин журналистам.

По данным Национального статистического комитета, товарооборот между Кыргызстаном и Россией в 2016 году составил $1,26 млрд, что на 4,1 процента меньше, чем годом ранее. При этом экспорт кыргызских товаров в Россию вырос на 9 процентов.

Алмазбек Атамбаев, в свою очередь, поблагодарил российскую сторону за поддержку и отметил, что в 2017 году страны отмечают 25-летие установления дипломатических отношений. Дипломатические отношения между Кыргызстаном и Россией были установлены 20 марта 1992 года.

Также главы государств обсудили работу российской авиабазы Кант и модернизацию ее инфраструктуры.

Министр иностранных дел Эрлан Абдылдаев сообщил, что в апреле в Москве пройдут торжественные мероприятия по случаю юбилея. Осенью в Бишкеке планируется провести кыргызско-российский межрегиональный форум.

Напомним, 14 апреля в Бишкеке состоится заседание Евразийского межправительственного совета.

Фото: kremlin.ru

Теги: Путин, Атамбаев, визит""",
people=[
 P("Алмазбек Атамбаев", "Алмазбека Атамбаева", "президент Кыргызстана", ["Алмазбека Атамбаева", "Алмазбек Атамбаев"]),
 P("Владимир Путин", "Владимира Путина", "президент России", ["Владимира Путина", "Владимир Путин"]),
 P("Эрлан Абдылдаев", "Эрлан Абдылдаев", "министр иностранных дел Кыргызстана", ["Эрлан Абдылдаев"]),
],
other_names=[],
figures=[
 F("debt_writeoff_usd", 240000000, None, "actual", "соглашение о списании задолженности Кыргызстана в размере $240 млн", note="Debt write-off, NOT turnover."),
 F("trade_turnover", 1260000000, "2016", "actual", "товарооборот между Кыргызстаном и Россией в 2016 году составил $1,26 млрд"),
 F("trade_turnover_growth_pct", -4.1, "2016", "actual", "что на 4,1 процента меньше, чем годом ранее"),
 F("exports_to_russia_growth_pct", 9, "2016", "actual", "экспорт кыргызских товаров в Россию вырос на 9 процентов", note="Exports growth, not turnover growth."),
],
events=[
 E("2017-02-28", "Atambayev–Putin talks in Bishkek (Putin's visit)", "Вчера в Бишкеке прошли переговоры президентов Кыргызстана и России Алмазбека Атамбаева и Владимира Путина", "visit", "past", True, date_note="'Вчера' relative to header 2017-03-01."),
 E("2012", "Putin's previous official visit to Kyrgyzstan", "Предыдущий официальный визит российского лидера в республику состоялся в 2012 году", "visit", "past", True, date_note="Only the year is given."),
 E("2017-02-28", "Agreement on writing off $240m of Kyrgyz debt signed", "стороны подписали соглашение о списании задолженности Кыргызстана в размере $240 млн", "agreement", "past", True),
 E("2017", "25th anniversary of diplomatic relations", "в 2017 году страны отмечают 25-летие установления дипломатических отношений", "anniversary", "ongoing", True),
 E("1992-03-20", "Diplomatic relations established", "Дипломатические отношения между Кыргызстаном и Россией были установлены 20 марта 1992 года", "agreement", "past", True),
 E("2017-04", "Anniversary celebrations in Moscow", "в апреле в Москве пройдут торжественные мероприятия по случаю юбилея", "anniversary", "planned", True),
 E("2017", "Kyrgyz-Russian interregional forum in Bishkek (autumn)", "Осенью в Бишкеке планируется провести кыргызско-российский межрегиональный форум", "forum", "planned", True, date_note="'Осенью' of 2017; season only."),
 E("2017-04-14", "Eurasian Intergovernmental Council meeting in Bishkek", "14 апреля в Бишкеке состоится заседание Евразийского межправительственного совета", "other", "planned", False, date_note="Multilateral; year from article."),
],
))

# ---------------------------------------------------------------- 06
ARTS.append(dict(
file="06_24kg_en_2019_igc_session.txt",
source="https://24.kg/english/136702_Kyrgyzstan_Russia_intergovernmental_commission_meets_in_Bishkek/",
lang="en", header_lines=["date: 2019-11-26"],
header_date="26/11/2019 13:08", date="2019-11-26", date_partial=None, date_source="header",
date_note="Header date; body says 'today'.",
body="""Kyrgyzstan-Russia intergovernmental commission meets in Bishkek
26/11/2019 13:08
Economy

Bishkek, 24.kg news agency, by Nurzhan Sadykova - The 21st meeting of the Kyrgyz-Russian intergovernmental commission on trade, economic, scientific, technical and humanitarian cooperation is taking place in Bishkek today.

First Vice Prime Minister Kubatbek Boronov, who co-chairs the commission on the Kyrgyz side, said that the roadmap agreed during the state visit of Vladimir Putin to Kyrgyzstan on March 28 was being implemented "step by step". According to him, 14 of the 21 items of the roadmap have already been fulfilled.

Trade turnover between Kyrgyzstan and Russia amounted to $1.34 billion in January-September 2019, the National Statistical Committee says. The sides expect it to reach $2 billion a year by 2021.

"Russia remains our key investor. Direct investments from Russia reached $143 million in the first half of the year," Kubatbek Boronov noted.

Russian Ambassador Nikolai Udovichenko said that Russia would allocate another $30 million to the Kyrgyz budget under the grant agreement signed in 2019. He also recalled that next year the two countries would mark the 20th anniversary of the Declaration on Eternal Friendship, Alliance and Partnership signed in July 2000.

The commission is expected to sign a protocol following the meeting. Its next session will be held in Moscow in 2020.

Kyrgyzstan's foreign trade turnover with the EAEU countries in the same period totaled $2.1 billion.

Photo: the government press service

Read also:
25/11/2019 Sooronbai Jeenbekov to attend CSTO summit in Bishkek
25/11/2019 Heavy snowfall expected in Bishkek""",
people=[
 P("Кубатбек Боронов", "Kubatbek Boronov", "First Vice Prime Minister of Kyrgyzstan, co-chair of the IGC", ["Kubatbek Boronov"]),
 P("Владимир Путин", "Vladimir Putin", "President of Russia", ["Vladimir Putin"]),
 P("Николай Удовиченко", "Nikolai Udovichenko", "Russian Ambassador to Kyrgyzstan", ["Nikolai Udovichenko"]),
 P("Сооронбай Жээнбеков", "Sooronbai Jeenbekov", "President of Kyrgyzstan", ["Sooronbai Jeenbekov"], note="Named only in a related-news headline ('Sooronbai Jeenbekov to attend CSTO summit in Bishkek'); the CSTO summit in that headline is not annotated as an event (related-news convention)."),
],
other_names=["Nurzhan Sadykova"],
figures=[
 F("trade_turnover", 1340000000, "2019-9M", "actual", "Trade turnover between Kyrgyzstan and Russia amounted to $1.34 billion in January-September 2019", period_text="January-September 2019"),
 F("trade_turnover", 2000000000, "annual", "target", "The sides expect it to reach $2 billion a year by 2021", period_text="a year by 2021"),
 F("russian_fdi_usd", 143000000, "2019-H1", "actual", "Direct investments from Russia reached $143 million in the first half of the year", note="Investment, not trade."),
 F("russian_budget_grant_usd", 30000000, None, "actual", "Russia would allocate another $30 million to the Kyrgyz budget", note="Grant; distractor."),
 F("kg_eaeu_trade_usd", 2100000000, "2019-9M", "actual", "Kyrgyzstan's foreign trade turnover with the EAEU countries in the same period totaled $2.1 billion", note="Distractor: trade with all EAEU."),
],
events=[
 E("2019-11-26", "21st meeting of the Kyrgyz-Russian intergovernmental commission in Bishkek", "The 21st meeting of the Kyrgyz-Russian intergovernmental commission on trade, economic, scientific, technical and humanitarian cooperation is taking place in Bishkek today", "igc_session", "ongoing", True),
 E("2019-03-28", "Putin's state visit to Kyrgyzstan; roadmap agreed", "the state visit of Vladimir Putin to Kyrgyzstan on March 28", "visit", "past", True),
 E("2019", "Grant agreement signed", "the grant agreement signed in 2019", "agreement", "past", True),
 E("2020", "20th anniversary of the Declaration on Eternal Friendship, Alliance and Partnership", "next year the two countries would mark the 20th anniversary of the Declaration on Eternal Friendship, Alliance and Partnership", "anniversary", "planned", True),
 E("2000-07", "Declaration on Eternal Friendship, Alliance and Partnership signed", "the Declaration on Eternal Friendship, Alliance and Partnership signed in July 2000", "agreement", "past", True),
 E("2019-11-26", "Protocol of the commission to be signed", "The commission is expected to sign a protocol following the meeting", "agreement", "planned", True),
 E("2020", "Next IGC session in Moscow", "Its next session will be held in Moscow in 2020", "igc_session", "planned", True),
],
))

# ---------------------------------------------------------------- 07
ARTS.append(dict(
file="07_azattyk_ru_2019_kant_expansion.txt",
source="https://rus.azattyk.org/a/29846417.html",
lang="ru", header_lines=["date: 2019-03-28"],
header_date="28 марта 2019", date="2019-03-28", date_partial=None, date_source="header",
date_note="Header date; body 'в четверг' = 2019-03-28.",
body="""Путин в Бишкеке: база расширяется, товарооборот растет
28 марта 2019
Улан Эгизбаев

Президент России Владимир Путин в четверг прибыл в Бишкек с государственным визитом. Переговоры с президентом Кыргызстана Сооронбаем Жээнбековым прошли в государственной резиденции «Ала-Арча».

По итогам встречи подписаны около двух десятков документов, в том числе протокол о расширении территории объединенной российской военной базы в Канте на 60 гектаров. Также подписаны соглашения о выделении Кыргызстану безвозмездной помощи и межрегиональном сотрудничестве.

«Товарооборот между нашими странами в прошлом году превысил $2 млрд, а за январь–февраль рост составил почти 40 процентов», – заявил Сооронбай Жээнбеков на пресс-конференции.

Бишкекский политолог Мирлан Ибраимов, опрошенный Азаттыком, считает, что расширение базы «закрепляет военное присутствие России на годы вперед». «Кант существует с 2003 года, но сейчас речь идет о качественно новом уровне», – сказал он.

Вечером Путин и Жээнбеков приняли участие в открытии кыргызско-российского делового форума, а в пятницу российский президент посетит базу в Канте.

Для сравнения: товарооборот Кыргызстана с Китаем, по данным китайской таможни, в 2018 году составил $5,6 млрд, однако кыргызская статистика учитывает лишь около $2 млрд.

На прошлой неделе в Бишкеке прошли акции протеста против расширения базы, организованные оппозиционными активистами. Участников задержали сотрудники милиции.

Фото: «Азаттык»

Подписывайтесь на Azattyk в Telegram""",
people=[
 P("Владимир Путин", "Владимир Путин", "президент России", ["Владимир Путин", "Путин"]),
 P("Сооронбай Жээнбеков", "Сооронбаем Жээнбековым", "президент Кыргызстана", ["Сооронбаем Жээнбековым", "Сооронбай Жээнбеков", "Жээнбеков"]),
],
other_names=["Улан Эгизбаев", "Мирлан Ибраимов"],
figures=[
 F("trade_turnover", 2000000000, "2018", "actual", "Товарооборот между нашими странами в прошлом году превысил $2 млрд", qualifier="more than", period_text="в прошлом году"),
 F("trade_turnover_growth_pct", 40, "2019-2M", "actual", "за январь–февраль рост составил почти 40 процентов", qualifier="almost", period_text="за январь–февраль", note="Year only from context (2019)."),
 F("kg_china_trade_usd", 5600000000, "2018", "actual", "товарооборот Кыргызстана с Китаем, по данным китайской таможни, в 2018 году составил $5,6 млрд", note="Distractor; Chinese customs data."),
 F("kg_china_trade_usd", 2000000000, "2018", "actual", "кыргызская статистика учитывает лишь около $2 млрд", qualifier="about", note="Distractor; Kyrgyz statistics for trade with China — same value as the Russia figure."),
],
events=[
 E("2019-03-28", "Putin's state visit to Bishkek; talks with Jeenbekov at Ala-Archa", "Президент России Владимир Путин в четверг прибыл в Бишкек с государственным визитом", "visit", "past", True),
 E("2019-03-28", "Protocol on expanding the Kant base territory by 60 ha and other agreements signed", "подписаны около двух десятков документов, в том числе протокол о расширении территории объединенной российской военной базы в Канте на 60 гектаров", "agreement", "past", True),
 E("2003", "Kant base exists since 2003", "Кант существует с 2003 года", "other", "past", True),
 E("2019-03-28", "Opening of the Kyrgyz-Russian business forum", "Путин и Жээнбеков приняли участие в открытии кыргызско-российского делового форума", "forum", "past", True),
 E("2019-03-29", "Putin to visit the Kant base", "в пятницу российский президент посетит базу в Канте", "visit", "planned", True),
 E("2019-03", "Protests against the base expansion in Bishkek", "На прошлой неделе в Бишкеке прошли акции протеста против расширения базы", "other", "past", False, date_note="'На прошлой неделе' — week of 18–24 March 2019, no exact day; domestic."),
],
))
