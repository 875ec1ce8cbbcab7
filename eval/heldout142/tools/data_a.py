from h import P, F, E
A = []

# ---------------------------------------------------------------- 01
A.append(dict(
file="01_itartass_ru_2008_chudinov_putin_moscow.txt",
source="http://www.itar-tass.com/level2.html?NewsID=13195874&PageNum=0",
lang="ru", header_date="2008-10-14",
date="2008-10-14", date_partial=None, date_source="header+dateline",
date_note="Header date 2008-10-14; dateline 'МОСКВА, 14 октября' agrees. 'Завтра' = 2008-10-15.",
body="""МОСКВА, 14 октября. /Корр. ИТАР-ТАСС Марина Кузьмичева/.

Премьер-министр Киргизии Игорь Чудинов, находящийся в Москве с рабочим визитом, провел сегодня переговоры с председателем правительства РФ Владимиром Путиным. Стороны обсудили ход реализации совместных проектов в энергетике, сотрудничество в сфере миграции и подготовку к очередному заседанию межправительственной комиссии, которое намечено на декабрь в Бишкеке.

"Россия была и остается нашим главным торговым партнером", - заявил Чудинов журналистам после встречи. По его словам, за январь-август нынешнего года товарооборот между двумя странами вырос на 38 процентов и превысил 1,2 млрд долларов. По итогам 2007 года этот показатель составил 1 млрд 480 млн долларов.

Путин, в свою очередь, отметил, что российская сторона рассчитывает довести взаимную торговлю до 2 млрд долларов уже в ближайшие два года. "Потенциал у нас большой, и мы его пока используем не в полной мере", - подчеркнул глава российского правительства. Он также поблагодарил киргизскую сторону за поддержку в период кризиса на Кавказе.

Киргизский премьер напомнил, что в конце августа в Душанбе на полях саммита ШОС президенты Курманбек Бакиев и Дмитрий Медведев договорились ускорить работу по Камбаратинской ГЭС-1. Как сообщил корреспонденту ИТАР-ТАСС источник в киргизской делегации, вопрос о финансировании проекта может быть поднят и на заседании Совета глав правительств СНГ в Кишиневе в ноябре.

Для сравнения, товарооборот Киргизии с Казахстаном за восемь месяцев составил около 640 млн долларов. Объем денежных переводов трудовых мигрантов из России, по данным Нацбанка республики, за первое полугодие достиг 560 млн долларов.

Визит Игоря Чудинова в Москву продлится до 16 октября. Завтра он встретится с первым вице-премьером РФ Виктором Зубковым, а также проведет встречу с руководством "Интер РАО ЕЭС".

(ИТАР-ТАСС)
Другие новости раздела: Бакиев подписал указ о ... | СНГ: итоги недели
""",
people=[
 P("Игорь Чудинов", "Игорь Чудинов", "премьер-министр Киргизии", ["Игорь Чудинов", "Чудинов", "Игоря Чудинова"]),
 P("Владимир Путин", "Владимиром Путиным", "председатель правительства РФ", ["Владимиром Путиным", "Путин"]),
 P("Курманбек Бакиев", "Курманбек Бакиев", "президент Киргизии", ["Курманбек Бакиев", "Бакиев"], note="'Бакиев' only in the related-links noise line"),
 P("Дмитрий Медведев", "Дмитрий Медведев", "президент России", ["Дмитрий Медведев"]),
 P("Виктор Зубков", "Виктором Зубковым", "первый заместитель председателя правительства РФ", ["Виктором Зубковым"]),
],
other_names=["Марина Кузьмичева"],
figures=[
 F("trade_turnover_growth_pct", 38, "2008-8M", "actual", "за январь-август нынешнего года товарооборот между двумя странами вырос на 38 процентов"),
 F("trade_turnover", 1200000000, "2008-8M", "actual", "превысил 1,2 млрд долларов", qualifier="more than"),
 F("trade_turnover", 1480000000, "2007", "actual", "По итогам 2007 года этот показатель составил 1 млрд 480 млн долларов", note="number written as '1 млрд 480 млн'"),
 F("trade_turnover", 2000000000, None, "target", "довести взаимную торговлю до 2 млрд долларов уже в ближайшие два года", period_text="в ближайшие два года"),
 F("kg_kz_trade_turnover", 640000000, "2008-8M", "actual", "товарооборот Киргизии с Казахстаном за восемь месяцев составил около 640 млн долларов", qualifier="about", note="Distractor: third-country trade (Kazakhstan)."),
 F("migrant_remittances_from_russia", 560000000, "2008-H1", "actual", "Объем денежных переводов трудовых мигрантов из России, по данным Нацбанка республики, за первое полугодие достиг 560 млн долларов", note="Distractor: remittances."),
],
events=[
 E("2008-10-14", "Chudinov–Putin talks in Moscow (heads of government)", "провел сегодня переговоры с председателем правительства РФ Владимиром Путиным", "meeting", "past"),
 E("2008-10", "Chudinov's working visit to Moscow (until 16 October)", "Визит Игоря Чудинова в Москву продлится до 16 октября", "visit", "ongoing"),
 E("2008-12", "Next session of the intergovernmental commission, Bishkek", "очередному заседанию межправительственной комиссии, которое намечено на декабрь в Бишкеке", "igc_session", "planned"),
 E("2008-08", "Bakiyev and Medvedev agreed in Dushanbe on the sidelines of the SCO summit to speed up Kambarata HPP-1", "в конце августа в Душанбе на полях саммита ШОС президенты Курманбек Бакиев и Дмитрий Медведев договорились ускорить работу по Камбаратинской ГЭС-1", "meeting", "past"),
 E("2008-11", "CIS Council of Heads of Government in Chisinau", "на заседании Совета глав правительств СНГ в Кишиневе в ноябре", "conference", "planned", bilateral=False),
 E("2008-10-15", "Chudinov to meet First Deputy PM Viktor Zubkov", "Завтра он встретится с первым вице-премьером РФ Виктором Зубковым", "meeting", "planned"),
],
))

# ---------------------------------------------------------------- 02
A.append(dict(
file="02_kabar_ru_2009_bakiev_medvedev_credit.txt",
source="http://www.kabar.kg/2009/02/04/bakiev-medvedev-kredit-2-mlrd.html",
lang="ru", header_date="unknown",
date="2009-02-04", date_partial=None, date_source="dateline_day_month+url_year",
date_note="Dateline 'Бишкек, 4 февраля /Кабар/' has no year; the URL gives 2009. 'накануне' = 2009-02-03; 'сегодня' = 2009-02-04.",
body="""Бишкек, 4 февраля /Кабар/. Президент Кыргызской Республики Курманбек Бакиев, находящийся в Москве, накануне провел переговоры с Президентом Российской Федерации Дмитрием Медведевым.

По итогам встречи в Кремле подписан ряд документов. Российская сторона предоставит Кыргызстану льготный кредит в размере 2 млрд долларов США, в том числе на строительство Камбаратинской ГЭС-1, а также безвозмездную финансовую помощь в объеме 150 млн долларов. Кроме того, достигнута договоренность о списании государственного долга Кыргызстана перед Россией в размере 180 млн долларов в обмен на пакет акций ОАО «Дастан».

Выступая на совместной пресс-конференции, глава кыргызского государства объявил о решении закрыть авиабазу США «Манас» в аэропорту Бишкека. Дмитрий Медведев назвал переговоры «содержательными и конструктивными».

Курманбек Салиевич подчеркнул, что Россия остается ведущим торговым партнером республики: в 2008 году взаимный товарооборот составил 1 млрд 990 млн долларов, увеличившись на 34,5 процента по сравнению с 2007 годом. «Мы поставили задачу в течение трех лет выйти на 3 млрд долларов», — сказал К.Бакиев.

Объем прямых российских инвестиций в экономику республики за 2008 год составил, по данным Нацстаткома, 84 млн долларов.

В ходе визита также обсуждались вопросы подготовки очередного заседания межправительственной кыргызско-российской комиссии по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству, которое пройдет в первом полугодии в Москве.

Сегодня глава государства примет участие в заседании Совета коллективной безопасности Организации Договора о коллективной безопасности. На саммите планируется принять решение о создании Коллективных сил оперативного реагирования.

Тем временем в Бишкеке Премьер-министр Игорь Чудинов на заседании правительства поручил министерствам в недельный срок подготовить предложения по проектам, которые могут финансироваться за счет российского кредита.

Фото пресс-службы Президента КР
Читайте также: Кыргызстан и Казахстан обсудили вопросы водопользования
""",
people=[
 P("Курманбек Бакиев", "Курманбек Бакиев", "президент Киргизии", ["Курманбек Бакиев", "Курманбек Салиевич", "К.Бакиев"], note="name+patronymic 'Курманбек Салиевич' and initial form 'К.Бакиев'"),
 P("Дмитрий Медведев", "Дмитрием Медведевым", "президент России", ["Дмитрием Медведевым", "Дмитрий Медведев"]),
 P("Игорь Чудинов", "Игорь Чудинов", "премьер-министр Киргизии", ["Игорь Чудинов"]),
],
other_names=[],
figures=[
 F("russian_loan_usd", 2000000000, None, "actual", "льготный кредит в размере 2 млрд долларов США", note="Distractor: loan, not turnover."),
 F("russian_grant_usd", 150000000, None, "actual", "безвозмездную финансовую помощь в объеме 150 млн долларов", note="Distractor: aid."),
 F("debt_writeoff_usd", 180000000, None, "actual", "списании государственного долга Кыргызстана перед Россией в размере 180 млн долларов", note="Distractor: debt."),
 F("trade_turnover", 1990000000, "2008", "actual", "в 2008 году взаимный товарооборот составил 1 млрд 990 млн долларов"),
 F("trade_turnover_growth_pct", 34.5, "2008", "actual", "увеличившись на 34,5 процента по сравнению с 2007 годом"),
 F("trade_turnover", 3000000000, None, "target", "в течение трех лет выйти на 3 млрд долларов", period_text="в течение трех лет"),
 F("russian_fdi_usd", 84000000, "2008", "actual", "Объем прямых российских инвестиций в экономику республики за 2008 год составил, по данным Нацстаткома, 84 млн долларов", note="Distractor: investment."),
],
events=[
 E("2009-02-03", "Bakiyev–Medvedev talks in the Kremlin", "накануне провел переговоры с Президентом Российской Федерации Дмитрием Медведевым", "meeting", "past"),
 E("2009-02-03", "Documents signed: $2bn loan, $150m grant, $180m debt write-off for a stake in Dastan", "По итогам встречи в Кремле подписан ряд документов", "agreement", "past"),
 E("2009-02-03", "Bakiyev announced the closure of the US Manas air base", "объявил о решении закрыть авиабазу США «Манас» в аэропорту Бишкека", "other", "past", bilateral=False),
 E("2009", "Next session of the Kyrgyz-Russian intergovernmental commission, Moscow, first half of the year", "очередного заседания межправительственной кыргызско-российской комиссии по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству, которое пройдет в первом полугодии в Москве", "igc_session", "planned", note="first half of 2009 ('в первом полугодии')"),
 E("2009-02-04", "CSTO Collective Security Council session (Moscow), decision on Collective Rapid Reaction Forces", "Сегодня глава государства примет участие в заседании Совета коллективной безопасности Организации Договора о коллективной безопасности", "conference", "planned", bilateral=False),
],
))

# ---------------------------------------------------------------- 03
A.append(dict(
file="03_ria_ru_2012_belousov_otorbaev_igc.txt",
source="https://ria.ru/20121206/913557201.html",
lang="ru", header_date="2012-12-06",
date="2012-12-06", date_partial=None, date_source="header+url",
date_note="Header and URL 20121206; dateline 'БИШКЕК, 6 дек'; 'в четверг' agrees (Thursday). 'Обновлено 7 декабря 2012' is the update line, not the date.",
body="""Белоусов: товарооборот РФ и Киргизии в 2012 году превысит $2 млрд

13:42 06.12.2012 (обновлено: 10:05 07.12.2012)

БИШКЕК, 6 дек – РИА Новости, Алина Сатарова. Товарооборот России и Киргизии по итогам 2012 года может превысить 2 миллиарда долларов, заявил в четверг министр экономического развития РФ Андрей Белоусов на заседании межправительственной комиссии в Бишкеке.

Российскую часть комиссии возглавляет Белоусов, киргизскую – вице-премьер Джоомарт Оторбаев.

"За январь-сентябрь товарооборот составил 1,48 миллиарда долларов, это на 12,3% больше, чем за аналогичный период прошлого года. Мы рассчитываем, что по итогам года будет преодолена отметка в 2 миллиарда", – сказал министр.

По словам Оторбаева, российская доля во внешней торговле Киргизии составляет около 23%, однако экспорт республики в Россию пока не превышает 300 миллионов долларов в год. Он также напомнил, что объем денежных переводов из России за девять месяцев составил около 1,3 миллиарда долларов.

Стороны обсудили выполнение договоренностей, достигнутых во время визита президента России Владимира Путина в Бишкек в сентябре, в том числе соглашений о строительстве Камбаратинской ГЭС-1 и Верхненарынского каскада. Ратификация соглашения об объединенной российской военной базе в Киргизии, как ожидается, завершится в начале следующего года.

В среду Белоусова принял премьер-министр Киргизии Жанторо Сатыбалдиев. Глава правительства заявил, что Бишкек рассчитывает на поддержку Москвы в вопросе присоединения к Таможенному союзу.

Следующее заседание комиссии решено провести в 2013 году в Москве.

Экономика | Киргизия | Андрей Белоусов
""",
people=[
 P("Андрей Белоусов", "Андрей Белоусов", "министр экономического развития РФ, сопредседатель МПК", ["Андрей Белоусов", "Белоусов", "Белоусова"], note="'Белоусова' (accusative) and tag line"),
 P("Джоомарт Оторбаев", "Джоомарт Оторбаев", "вице-премьер Киргизии, сопредседатель МПК", ["Джоомарт Оторбаев", "Оторбаева"]),
 P("Владимир Путин", "Владимира Путина", "президент России", ["Владимира Путина"]),
 P("Жанторо Сатыбалдиев", "Жанторо Сатыбалдиев", "премьер-министр Киргизии", ["Жанторо Сатыбалдиев"]),
],
other_names=["Алина Сатарова"],
figures=[
 F("trade_turnover", 2000000000, "2012", "forecast", "Товарооборот России и Киргизии по итогам 2012 года может превысить 2 миллиарда долларов", qualifier="more than", note="headline repeats: 'в 2012 году превысит $2 млрд'"),
 F("trade_turnover", 1480000000, "2012-9M", "actual", "За январь-сентябрь товарооборот составил 1,48 миллиарда долларов"),
 F("trade_turnover_growth_pct", 12.3, "2012-9M", "actual", "это на 12,3% больше, чем за аналогичный период прошлого года"),
 F("russia_share_in_kg_trade_pct", 23, None, "actual", "российская доля во внешней торговле Киргизии составляет около 23%", qualifier="about", note="Distractor: share."),
 F("kg_exports_to_russia", 300000000, "annual", "actual", "экспорт республики в Россию пока не превышает 300 миллионов долларов в год", qualifier="less than", note="Distractor: exports only."),
 F("migrant_remittances_from_russia", 1300000000, "2012-9M", "actual", "объем денежных переводов из России за девять месяцев составил около 1,3 миллиарда долларов", qualifier="about", note="Distractor: remittances."),
],
events=[
 E("2012-12-06", "Session of the intergovernmental commission in Bishkek (co-chairs Belousov and Otorbaev)", "на заседании межправительственной комиссии в Бишкеке", "igc_session", "past"),
 E("2012-09", "Putin's visit to Bishkek (Kambarata HPP-1 and Upper Naryn agreements)", "во время визита президента России Владимира Путина в Бишкек в сентябре", "visit", "past"),
 E("2013", "Expected completion of ratification of the agreement on the joint Russian military base", "Ратификация соглашения об объединенной российской военной базе в Киргизии, как ожидается, завершится в начале следующего года", "agreement", "planned"),
 E("2012-12-05", "PM Satybaldiyev received Belousov", "В среду Белоусова принял премьер-министр Киргизии Жанторо Сатыбалдиев", "meeting", "past"),
 E("2013", "Next commission session in Moscow", "Следующее заседание комиссии решено провести в 2013 году в Москве", "igc_session", "planned"),
],
))

# ---------------------------------------------------------------- 04
A.append(dict(
file="04_24kg_en_2013_business_council_bishkek.txt",
source="http://eng.24.kg/business/2013/04/11/business-council.html",
lang="en", header_date="unknown",
date="2013-04-11", date_partial=None, date_source="byline+url",
date_note="Byline '11/04/13 16:20' is day/month/year (24.kg style), confirmed by the URL 2013/04/11 and 'on Thursday'. Not November 4.",
body="""Kyrgyz-Russian Business Council calls for removing trade barriers

11/04/13 16:20, Bishkek – 24.kg news agency, by Aizada Toktonazarova

The Kyrgyz-Russian Business Council held its meeting in Bishkek on Thursday. Vice Prime Minister Djoomart Otorbaev and Minister of Economy and Antimonopoly Policy Temir Sariyev took part in the event.

According to Otorbaev, in 2012 trade turnover between Kyrgyzstan and Russia amounted to $2.07 billion, up 9 percent compared to 2011. "However, the structure of trade does not suit us. Kyrgyz exports to Russia account for only $270 million," the Vice Prime Minister said.

Temir Sariyev noted that the government sets a goal to bring trade turnover with Russia to $3 billion by 2015. He added that the road map for Kyrgyzstan's accession to the Customs Union of Russia, Belarus and Kazakhstan is expected to be approved in May.

For comparison, China's trade with Kyrgyzstan reached $5.1 billion last year, according to Chinese customs data.

Participants of the meeting discussed the creation of a joint investment fund and cooperation in agriculture and light industry. Businessmen from Moscow, Novosibirsk and Yekaterinburg attended the meeting.

T. Sariyev also said the next session of the intergovernmental commission would be held in Moscow in June, while a Kyrgyz-Russian interregional forum is scheduled for September in Novosibirsk.

Earlier, 24.kg news agency reported that Russia had ratified the agreement on the joint Russian military base in Kyrgyzstan.

Photo: 24.kg
""",
people=[
 P("Джоомарт Оторбаев", "Djoomart Otorbaev", "вице-премьер-министр Киргизии", ["Djoomart Otorbaev", "Otorbaev"]),
 P("Темир Сариев", "Temir Sariyev", "министр экономики и антимонопольной политики Киргизии", ["Temir Sariyev", "T. Sariyev"]),
],
other_names=["Aizada Toktonazarova"],
figures=[
 F("trade_turnover", 2070000000, "2012", "actual", "in 2012 trade turnover between Kyrgyzstan and Russia amounted to $2.07 billion"),
 F("trade_turnover_growth_pct", 9, "2012", "actual", "up 9 percent compared to 2011"),
 F("kg_exports_to_russia", 270000000, "2012", "actual", "Kyrgyz exports to Russia account for only $270 million", note="Distractor: exports; period implied (2012)."),
 F("trade_turnover", 3000000000, "2015", "target", "bring trade turnover with Russia to $3 billion by 2015", note="target year 2015"),
 F("cn_kg_trade_turnover", 5100000000, "2012", "actual", "China's trade with Kyrgyzstan reached $5.1 billion last year", note="Distractor: third country (China); 'last year' = 2012."),
],
events=[
 E("2013-04-11", "Meeting of the Kyrgyz-Russian Business Council in Bishkek", "The Kyrgyz-Russian Business Council held its meeting in Bishkek on Thursday", "meeting", "past"),
 E("2013-05", "Expected approval of the road map for Kyrgyzstan's accession to the Customs Union", "the road map for Kyrgyzstan's accession to the Customs Union of Russia, Belarus and Kazakhstan is expected to be approved in May", "agreement", "planned", bilateral=False),
 E("2013-06", "Next session of the intergovernmental commission, Moscow", "the next session of the intergovernmental commission would be held in Moscow in June", "igc_session", "planned"),
 E("2013-09", "Kyrgyz-Russian interregional forum in Novosibirsk", "a Kyrgyz-Russian interregional forum is scheduled for September in Novosibirsk", "forum", "planned"),
 E(None, "Russia ratified the agreement on the joint Russian military base in Kyrgyzstan (reported earlier)", "Russia had ratified the agreement on the joint Russian military base in Kyrgyzstan", "agreement", "past"),
],
))

# ---------------------------------------------------------------- 05
A.append(dict(
file="05_interfax_ru_2014_otorbaev_medvedev_fund.txt",
source="https://www.interfax.ru/business/396412",
lang="ru", header_date="2014-09-12",
date="2014-09-12", date_partial=None, date_source="header+dateline",
date_note="Header 2014-09-12; dateline 'Москва. 12 сентября. ИНТЕРФАКС' without year. 29 мая (EAEU treaty) is a past event, not the article date.",
body="""Медведев и Оторбаев обсудили работу Российско-Кыргызского фонда развития

Москва. 12 сентября. ИНТЕРФАКС - Премьер-министр РФ Дмитрий Медведев в пятницу провел в Москве переговоры с премьер-министром Киргизии Джоомартом Оторбаевым.

"Россия - наш стратегический партнер. Мы рассчитываем, что Кыргызстан присоединится к Таможенному союзу до конца года", - сказал Дж.Оторбаев в начале встречи.

Д.Медведев отметил, что, несмотря на "определенные сложности", двусторонняя торговля остается на высоком уровне. По данным ФТС РФ, в 2013 году товарооборот двух стран составил $2,1 млрд, однако в первом полугодии 2014 года он снизился на 6,7% - до $920 млн.

Стороны обсудили запуск Российско-Кыргызского фонда развития. Уставный капитал фонда составляет $500 млн, в дальнейшем его планируется увеличить до $1 млрд. Кроме того, Россия выделит Киргизии $200 млн безвозмездной помощи на реализацию "дорожной карты" по вступлению в Таможенный союз.

Как сообщил "Интерфаксу" источник в правительстве Киргизии, вопрос о присоединении республики к Евразийскому экономическому союзу планируется обсудить на заседании Высшего Евразийского экономического совета в Минске в октябре. Договор о ЕАЭС был подписан президентами России, Белоруссии и Казахстана 29 мая в Астане.

В ходе визита Оторбаев также встретится с министром экономического развития РФ Алексеем Улюкаевым, который возглавляет российскую часть межправкомиссии.

Накануне глава киргизского правительства посетил Казань, где провел встречу с президентом Татарстана Рустамом Миннихановым.

Теги: Киргизия, Дмитрий Медведев, ЕАЭС
""",
people=[
 P("Дмитрий Медведев", "Дмитрий Медведев", "председатель правительства РФ", ["Дмитрий Медведев", "Д.Медведев"]),
 P("Джоомарт Оторбаев", "Джоомартом Оторбаевым", "премьер-министр Киргизии", ["Джоомартом Оторбаевым", "Дж.Оторбаев", "Оторбаев"], note="initial form 'Дж.Оторбаев'"),
 P("Алексей Улюкаев", "Алексеем Улюкаевым", "министр экономического развития РФ, глава российской части МПК", ["Алексеем Улюкаевым"]),
 P("Рустам Минниханов", "Рустамом Миннихановым", "президент Татарстана", ["Рустамом Миннихановым"]),
],
other_names=[],
figures=[
 F("trade_turnover", 2100000000, "2013", "actual", "в 2013 году товарооборот двух стран составил $2,1 млрд", note="Russian customs (FTS) data"),
 F("trade_turnover_growth_pct", -6.7, "2014-H1", "actual", "в первом полугодии 2014 года он снизился на 6,7%", note="decline"),
 F("trade_turnover", 920000000, "2014-H1", "actual", "до $920 млн"),
 F("rkfd_authorized_capital_usd", 500000000, None, "actual", "Уставный капитал фонда составляет $500 млн", note="Distractor: fund capital."),
 F("rkfd_authorized_capital_usd", 1000000000, None, "target", "в дальнейшем его планируется увеличить до $1 млрд", note="Distractor: fund capital target, not a turnover target."),
 F("russian_grant_usd", 200000000, None, "actual", "Россия выделит Киргизии $200 млн безвозмездной помощи", note="Distractor: aid (pledged)."),
],
events=[
 E("2014-09-12", "Medvedev–Otorbaev talks in Moscow", "в пятницу провел в Москве переговоры с премьер-министром Киргизии Джоомартом Оторбаевым", "meeting", "past"),
 E("2014", "Expected accession of Kyrgyzstan to the Customs Union by the end of the year", "Кыргызстан присоединится к Таможенному союзу до конца года", "agreement", "planned", bilateral=False),
 E("2014-10", "Supreme Eurasian Economic Council in Minsk to discuss Kyrgyzstan's EAEU accession", "на заседании Высшего Евразийского экономического совета в Минске в октябре", "conference", "planned", bilateral=False),
 E("2014-05-29", "EAEU Treaty signed in Astana by the presidents of Russia, Belarus and Kazakhstan", "Договор о ЕАЭС был подписан президентами России, Белоруссии и Казахстана 29 мая в Астане", "agreement", "past", bilateral=False),
 E("2014-09", "Otorbaev to meet Economic Development Minister Ulyukayev (head of the Russian part of the IGC)", "Оторбаев также встретится с министром экономического развития РФ Алексеем Улюкаевым", "meeting", "planned"),
 E("2014-09-11", "Otorbaev visited Kazan and met Tatarstan President Minnikhanov", "Накануне глава киргизского правительства посетил Казань, где провел встречу с президентом Татарстана Рустамом Миннихановым", "visit", "past"),
],
))

# ---------------------------------------------------------------- 06
A.append(dict(
file="06_rg_ru_2016_jeenbekov_interregional_conference.txt",
source="https://rg.ru/2016/10/20/v-bishkeke-proshla-mezhregionalnaia-konferenciia.html",
lang="ru", header_date="unknown",
date="2016-10-20", date_partial=None, date_source="body(issue line)+url",
date_note="Issue line 'Российская газета - Федеральный выпуск № 7105 (237)' has no date; 'Опубликовано 20.10.2016 19:05' gives the date; URL 2016/10/20 agrees. 'Вчера' = 2016-10-19.",
body="""Российская газета - Федеральный выпуск № 7105 (237)
Опубликовано 20.10.2016 19:05

Регионы идут в Киргизию

Текст: Ольга Веснина (Бишкек)

В Бишкеке вчера завершилась российско-киргизская межрегиональная конференция, собравшая делегации более чем 30 субъектов Федерации. Открывая пленарное заседание, премьер-министр Киргизии Сооронбай Жээнбеков напомнил, что со вступления республики в Евразийский экономический союз прошло больше года, и призвал российских партнеров "не ограничиваться торговлей, а открывать производства".

Цифры пока скромные. По данным Нацстаткома Киргизии, в первом полугодии товарооборот двух стран составил 716,3 млн долларов, снизившись на 4% к аналогичному периоду 2015 года. По итогам же всего 2015-го он сократился почти на пятую часть - до 1,5 млрд долларов.

Российскую делегацию возглавлял заместитель министра экономического развития РФ Алексей Груздев. По его словам, межрегиональное сотрудничество - это "самый короткий путь" к росту: сегодня с Киргизией торгуют 72 российских региона, а на долю Москвы, Свердловской и Новосибирской областей приходится больше половины оборота. Губернатор Свердловской области Евгений Куйвашев, выступивший на конференции, предложил открыть в Бишкеке торговый дом уральских предприятий.

Отдельно обсуждалась работа Российско-Кыргызского фонда развития: за два года он одобрил проекты на 230 млн долларов. Напомним, в 2012 году Россия списала Киргизии долг в 489 млн долларов.

Итоги конференции будут рассмотрены на очередном заседании межправкомиссии, которое, как сообщил Жээнбеков, пройдет в ноябре в Москве. В тот же день премьер-министр встретился с главой Свердловской области; соглашение о сотрудничестве между областью и правительством Киргизии планируется подписать в начале 2017 года.

Следующую межрегиональную конференцию решено провести в Оше.
""",
people=[
 P("Сооронбай Жээнбеков", "Сооронбай Жээнбеков", "премьер-министр Киргизии", ["Сооронбай Жээнбеков", "Жээнбеков"]),
 P("Алексей Груздев", "Алексей Груздев", "заместитель министра экономического развития РФ", ["Алексей Груздев"]),
 P("Евгений Куйвашев", "Евгений Куйвашев", "губернатор Свердловской области", ["Евгений Куйвашев"]),
],
other_names=["Ольга Веснина"],
figures=[
 F("trade_turnover", 716300000, "2016-H1", "actual", "в первом полугодии товарооборот двух стран составил 716,3 млн долларов", note="Kyrgyz statistics; year only implied by the article date"),
 F("trade_turnover_growth_pct", -4, "2016-H1", "actual", "снизившись на 4% к аналогичному периоду 2015 года"),
 F("trade_turnover_growth_pct", -20, "2015", "actual", "сократился почти на пятую часть", qualifier="almost", note="'почти на пятую часть' = almost -20%"),
 F("trade_turnover", 1500000000, "2015", "actual", "По итогам же всего 2015-го он сократился почти на пятую часть - до 1,5 млрд долларов"),
 F("russian_regions_trading_count", 72, None, "actual", "сегодня с Киргизией торгуют 72 российских региона", note="Distractor count."),
 F("rkfd_approved_projects_usd", 230000000, None, "actual", "за два года он одобрил проекты на 230 млн долларов", note="Distractor: fund financing."),
 F("debt_writeoff_usd", 489000000, "2012", "actual", "в 2012 году Россия списала Киргизии долг в 489 млн долларов", note="Distractor: debt."),
],
events=[
 E("2016-10-19", "Russian-Kyrgyz interregional conference in Bishkek ended", "В Бишкеке вчера завершилась российско-киргизская межрегиональная конференция", "conference", "past"),
 E("2016-11", "Next IGC session in Moscow", "на очередном заседании межправкомиссии, которое, как сообщил Жээнбеков, пройдет в ноябре в Москве", "igc_session", "planned"),
 E("2016-10-19", "Jeenbekov met Sverdlovsk governor Kuyvashev", "В тот же день премьер-министр встретился с главой Свердловской области", "meeting", "past"),
 E("2017", "Cooperation agreement between Sverdlovsk region and Kyrgyz government to be signed early 2017", "соглашение о сотрудничестве между областью и правительством Киргизии планируется подписать в начале 2017 года", "agreement", "planned"),
 E(None, "Next interregional conference in Osh", "Следующую межрегиональную конференцию решено провести в Оше", "conference", "planned"),
 E("2012", "Russia wrote off Kyrgyz debt of $489m", "в 2012 году Россия списала Киргизии долг в 489 млн долларов", "agreement", "past"),
],
))

# ---------------------------------------------------------------- 07
A.append(dict(
file="07_akipress_en_2017_business_forum_putin_visit.txt",
source="https://akipress.com/news:589114:Kyrgyz-Russian_business_forum_held_in_Bishkek/",
lang="en", header_date="unknown",
date="2017-03-01", date_partial=None, date_source="byline",
date_note="Byline 'Bishkek, March 1, 2017 / AKIpress'. 'yesterday' = 2017-02-28. 'Updated March 2' is not the date.",
body="""Kyrgyz-Russian business forum held in Bishkek

Bishkek, March 1, 2017 / AKIpress / Updated: March 2, 2017 11:02

More than 300 companies from Kyrgyzstan and Russia took part in the Kyrgyz-Russian business forum in Bishkek on Wednesday, the day after the official visit of President Vladimir Putin.

Putin and President Almazbek Atambayev held talks yesterday at the Ala-Archa state residence. Following the talks, the presidents signed a joint statement, and the two governments signed agreements on the Russian-Kyrgyz Development Fund and on cooperation in migration.

Speaking at the forum, Russian Minister of Economic Development Maxim Oreshkin said bilateral trade shrank to $1.5 billion in 2016, 6 percent less than a year earlier, "but in the last quarter we saw a recovery". Oreshkin, who co-chairs the intergovernmental commission, said the two countries should aim to "at least double" trade turnover within five years.

Minister of Economy Arzybek Kozhoshev reminded that Kyrgyzstan's exports to the Russian Federation grew by 24% last year after the country joined the Eurasian Economic Union in August 2015. According to Kozhoshev, Russian accumulated investments in Kyrgyzstan's economy have exceeded $1 billion.

By comparison, Kyrgyzstan's trade with Kazakhstan totaled $940 million in 2016.

The next meeting of the intergovernmental commission will take place in Moscow in the second half of the year. Atambayev is expected to attend the Eurasian Economic Union summit in Saint Petersburg in April.

Photo: AKIpress / Bakyt Usenov

Related: Putin: Russia to write off Kyrgyzstan's $240 million debt | Atambayev meets Russian Deputy PM
""",
people=[
 P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin", "Putin"]),
 P("Алмазбек Атамбаев", "Almazbek Atambayev", "президент Киргизии", ["Almazbek Atambayev", "Atambayev"]),
 P("Максим Орешкин", "Maxim Oreshkin", "министр экономического развития РФ, сопредседатель МПК", ["Maxim Oreshkin", "Oreshkin"]),
 P("Арзыбек Кожошев", "Arzybek Kozhoshev", "министр экономики Киргизии", ["Arzybek Kozhoshev", "Kozhoshev"]),
],
other_names=["Bakyt Usenov"],
figures=[
 F("trade_turnover", 1500000000, "2016", "actual", "bilateral trade shrank to $1.5 billion in 2016"),
 F("trade_turnover_growth_pct", -6, "2016", "actual", "6 percent less than a year earlier", note="decline"),
 F("trade_turnover_growth_multiple", 2, None, "target", "aim to \"at least double\" trade turnover within five years", qualifier="at least", period_text="within five years"),
 F("kg_exports_to_russia_growth_pct", 24, "2016", "actual", "Kyrgyzstan's exports to the Russian Federation grew by 24% last year", note="Distractor: exports growth."),
 F("russian_accumulated_investment_usd", 1000000000, None, "actual", "Russian accumulated investments in Kyrgyzstan's economy have exceeded $1 billion", qualifier="more than", note="Distractor: investment."),
 F("kg_kz_trade_turnover", 940000000, "2016", "actual", "Kyrgyzstan's trade with Kazakhstan totaled $940 million in 2016", note="Distractor: third country."),
 F("debt_writeoff_usd", 240000000, None, "actual", "Russia to write off Kyrgyzstan's $240 million debt", note="Distractor in a related-links line."),
],
events=[
 E("2017-03-01", "Kyrgyz-Russian business forum in Bishkek", "took part in the Kyrgyz-Russian business forum in Bishkek on Wednesday", "forum", "past"),
 E("2017-02-28", "Putin–Atambayev talks at the Ala-Archa residence (Putin's official visit)", "Putin and President Almazbek Atambayev held talks yesterday at the Ala-Archa state residence", "meeting", "past"),
 E("2017-02-28", "Joint statement and intergovernmental agreements (Development Fund, migration) signed", "the presidents signed a joint statement, and the two governments signed agreements on the Russian-Kyrgyz Development Fund and on cooperation in migration", "agreement", "past"),
 E("2015-08", "Kyrgyzstan joined the Eurasian Economic Union", "the country joined the Eurasian Economic Union in August 2015", "other", "past", bilateral=False),
 E("2017", "Next IGC meeting in Moscow, second half of the year", "The next meeting of the intergovernmental commission will take place in Moscow in the second half of the year", "igc_session", "planned"),
 E("2017-04", "EAEU summit in Saint Petersburg with Atambayev", "Atambayev is expected to attend the Eurasian Economic Union summit in Saint Petersburg in April", "conference", "planned", bilateral=False),
],
))
