# -*- coding: utf-8 -*-
"""Articles 01-07: text and gold annotation."""
A = []

A.append(dict(
file="01_kommersant_ru_2011_customs_union_bid.txt",
source="https://www.kommersant.ru/doc/1798544",
header_date="2011-10-19",
body="""Газета «Коммерсантъ» №196 (4736) от 19.10.2011

Бишкек стучится в Таможенный союз
Киргизия ждет дорожную карту и денег

Вчера в Санкт-Петербурге премьеры стран СНГ подписали договор о зоне свободной торговли. Киргизия, подавшая в апреле заявку на вступление в Таможенный союз России, Белоруссии и Казахстана, рассчитывает, что до конца года будет сформирована рабочая группа по подготовке дорожной карты. Премьер-министр Киргизии Алмазбек Атамбаев, который менее чем через две недели примет участие в президентских выборах, заручился в Петербурге поддержкой Москвы.

Ольга Куликова

Встреча Алмазбека Атамбаева с председателем правительства России Владимиром Путиным прошла на полях заседания совета глав правительств СНГ. По словам источника "Ъ" в киргизской делегации, стороны обсуждали «не только таможню, но и деньги». «Для нас Таможенный союз — это не политика, а вопрос выживания: большая часть нашей торговли и так идет через Казахстан и Россию»,— заявил господин Атамбаев журналистам после переговоров.

Господин Путин, в свою очередь, пообещал, что Россия «поможет киргизским партнерам пройти адаптационный период», однако конкретных сумм не назвал. В российском правительстве "Ъ" пояснили, что речь может идти о кредитных линиях и о помощи в модернизации таможенной инфраструктуры на границе с Казахстаном.

Экономические аргументы у Бишкека есть. По данным Нацстаткома Киргизии, товарооборот двух стран за январь—август 2011 года составил $1,13 млрд, что на 31% больше, чем годом ранее. При этом долг Киргизии перед Россией составляет около $490 млн, и вопрос о его урегулировании, по данным "Ъ", также поднимался на встрече. Для сравнения: товарооборот Киргизии с Китаем, по данным китайской таможни, в прошлом году превысил $4 млрд — значительная часть ввозимых оттуда товаров реэкспортируется в страны СНГ.

Именно реэкспорт остается главным риском. Эксперты предупреждают, что после перехода на единый таможенный тариф рынки «Дордой» и «Кара-Суу» могут потерять часть оборота. Выборы президента Киргизии назначены на 30 октября, и господин Атамбаев считается их фаворитом.

Рядом: «Белоруссия просит кредит ЕврАзЭС» (стр. 6)
""",
gold=dict(
date="2011-10-19", date_partial=None, date_source="header",
date_note="Masthead line 'от 19.10.2011' agrees with header. 'Вчера' = 2011-10-18. '30 октября' is the domestic election date, not an event of the pair.",
people=[
 dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Алмазбек Атамбаев", role="премьер-министр Киргизии",
      forms_in_text=["Алмазбек Атамбаев", "Алмазбека Атамбаева", "Атамбаев"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимиром Путиным", role="председатель правительства РФ",
      forms_in_text=["Владимиром Путиным", "Путин"]),
],
other_names=["Ольга Куликова"],
figures=[
 dict(metric="trade_turnover", value=1130000000, period="2011-8M", kind="actual", quote="товарооборот двух стран за январь—август 2011 года составил $1,13 млрд", period_text="за январь—август 2011 года"),
 dict(metric="trade_turnover_growth_pct", value=31, period="2011-8M", kind="actual", quote="что на 31% больше, чем годом ранее"),
 dict(metric="kyrgyz_debt_to_russia", value=490000000, period=None, kind="actual", qualifier="about", quote="долг Киргизии перед Россией составляет около $490 млн", note="distractor: debt, not turnover"),
 dict(metric="kyrgyzstan_china_trade_turnover", value=4000000000, period="2010", kind="actual", qualifier="more than", quote="товарооборот Киргизии с Китаем, по данным китайской таможни, в прошлом году превысил $4 млрд", note="distractor: third country; 'в прошлом году' = 2010"),
],
events=[
 dict(date="2011-10-18", what="CIS heads of government sign the free trade zone treaty in St Petersburg", quote="премьеры стран СНГ подписали договор о зоне свободной торговли", type="agreement", status="past", bilateral=False),
 dict(date="2011-04", what="Kyrgyzstan applied to join the Customs Union of Russia, Belarus and Kazakhstan", quote="подавшая в апреле заявку на вступление в Таможенный союз России, Белоруссии и Казахстана", type="other", status="past", bilateral=False),
 dict(date="2011", what="Working group to prepare the road map of Kyrgyzstan's Customs Union accession expected by year end", quote="до конца года будет сформирована рабочая группа по подготовке дорожной карты", type="other", status="planned", bilateral=False),
 dict(date="2011-10-18", what="Atambayev–Putin meeting on the sidelines of the CIS heads of government council, St Petersburg", quote="Встреча Алмазбека Атамбаева с председателем правительства России Владимиром Путиным прошла на полях заседания совета глав правительств СНГ", type="meeting", status="past", bilateral=True),
],
)))

A.append(dict(
file="02_ria_ru_2014_astana_eaeu_roadmap.txt",
source="https://ria.ru/20140529/1009891234.html",
header_date="2014-05-29",
body="""Киргизия получила "дорожную карту" вступления в Таможенный союз

АСТАНА, 29 мая — РИА Новости, Дмитрий Серебряков. Лидеры России, Белоруссии и Казахстана в четверг в Астане подписали договор о Евразийском экономическом союзе, который начнет работать с 1 января 2015 года. Высший Евразийский экономический совет также утвердил "дорожную карту" присоединения Киргизии к Таможенному союзу, сообщил журналистам президент Киргизии Алмазбек Атамбаев.

"Документ утвержден, теперь дело за нами. Мы рассчитываем завершить все процедуры до конца года", — сказал Атамбаев, участвовавший в заседании совета в расширенном составе.

Президент России Владимир Путин на встрече с киргизским коллегой на полях саммита заявил, что Москва готова выделить Бишкеку 200 миллионов долларов безвозмездной помощи на выполнение "дорожной карты". Кроме того, по словам Путина, стороны ускорят создание Российско-киргизского фонда развития с уставным капиталом в 1 миллиард долларов. Соглашение о фонде, как ожидается, будет подписано осенью.

"Киргизия — наш стратегический партнер, и мы заинтересованы в том, чтобы ее интеграция прошла максимально комфортно для экономики республики", — подчеркнул российский лидер.

Президент Казахстана Нурсултан Назарбаев, председательствовавший на саммите, отметил, что Армения также может присоединиться к союзу в ближайшее время. Президент Белоруссии Александр Лукашенко назвал подписание договора "историческим событием".

По данным Федеральной таможенной службы России, товарооборот России и Киргизии в 2013 году составил 2,07 миллиарда долларов, увеличившись на 4,7%. Объем взаимной торговли внутри Таможенного союза в прошлом году, по оценке Евразийской экономической комиссии, составил около 64 миллиардов долларов.

Киргизия подала заявку на вступление в Таможенный союз в апреле 2011 года. Переговоры о "дорожной карте" затянулись из-за требований Бишкека о переходном периоде для ряда товарных позиций, прежде всего для реэкспорта через крупные вещевые рынки.

Договор о ЕАЭС — в инфографике РИА Новости >>
""",
gold=dict(
date="2014-05-29", date_partial=None, date_source="body",
date_note="Dateline 'АСТАНА, 29 мая — РИА Новости'; 'в четверг' agrees (2014-05-29 was a Thursday); year from header/URL.",
people=[
 dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Алмазбек Атамбаев", role="президент Киргизии", forms_in_text=["Алмазбек Атамбаев", "Атамбаев"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимир Путин", role="президент России", forms_in_text=["Владимир Путин", "Путина"]),
 dict(name_ru_nominative="Нурсултан Назарбаев", name_in_text="Нурсултан Назарбаев", role="президент Казахстана", forms_in_text=["Нурсултан Назарбаев"]),
 dict(name_ru_nominative="Александр Лукашенко", name_in_text="Александр Лукашенко", role="президент Белоруссии", forms_in_text=["Александр Лукашенко"]),
],
other_names=["Дмитрий Серебряков"],
figures=[
 dict(metric="russian_grant_for_roadmap", value=200000000, period=None, kind="target", quote="готова выделить Бишкеку 200 миллионов долларов безвозмездной помощи", note="distractor: aid"),
 dict(metric="rkdf_authorized_capital", value=1000000000, period=None, kind="target", quote="с уставным капиталом в 1 миллиард долларов", note="distractor: fund capital"),
 dict(metric="trade_turnover", value=2070000000, period="2013", kind="actual", quote="товарооборот России и Киргизии в 2013 году составил 2,07 миллиарда долларов"),
 dict(metric="trade_turnover_growth_pct", value=4.7, period="2013", kind="actual", quote="увеличившись на 4,7%"),
 dict(metric="customs_union_internal_trade", value=64000000000, period="2013", kind="actual", qualifier="about", quote="Объем взаимной торговли внутри Таможенного союза в прошлом году, по оценке Евразийской экономической комиссии, составил около 64 миллиардов долларов", note="distractor: multilateral bloc trade"),
],
events=[
 dict(date="2014-05-29", what="Russia, Belarus and Kazakhstan sign the Treaty on the Eurasian Economic Union in Astana", quote="подписали договор о Евразийском экономическом союзе", type="agreement", status="past", bilateral=False),
 dict(date="2015-01-01", what="EAEU to start functioning", quote="который начнет работать с 1 января 2015 года", type="other", status="planned", bilateral=False),
 dict(date="2014-05-29", what="Supreme Eurasian Economic Council approves the road map of Kyrgyzstan's accession to the Customs Union", quote="Высший Евразийский экономический совет также утвердил \"дорожную карту\" присоединения Киргизии к Таможенному союзу", type="agreement", status="past", bilateral=False),
 dict(date="2014", what="Kyrgyzstan aims to complete accession procedures by year end", quote="Мы рассчитываем завершить все процедуры до конца года", type="other", status="planned", bilateral=False),
 dict(date="2014-05-29", what="Putin–Atambayev meeting on the sidelines of the Astana summit", quote="Президент России Владимир Путин на встрече с киргизским коллегой на полях саммита", type="meeting", status="past", bilateral=True),
 dict(date="2014", what="Agreement on the Russian-Kyrgyz Development Fund expected to be signed in the autumn", quote="Соглашение о фонде, как ожидается, будет подписано осенью", type="agreement", status="planned", bilateral=True),
 dict(date="2011-04", what="Kyrgyzstan applied to join the Customs Union", quote="Киргизия подала заявку на вступление в Таможенный союз в апреле 2011 года", type="other", status="past", bilateral=False),
],
)))

A.append(dict(
file="03_24kg_ru_2015_rkfr_first_loans.txt",
source="https://24.kg/ekonomika/22415_rkfr_odobril_pervyie_kredityi/",
header_date="2015-11-26",
body="""Экономика

РКФР одобрил первые кредиты: Темир Сариев ждет «живых денег» к весне

Дата публикации: 26 ноября 2015, 16:45
Ирина Ахметова, Бишкек - ИА «24.kg»

Российско-Кыргызский фонд развития (РКФР) на прошлой неделе одобрил первые кредиты для предприятий республики. Об этом сегодня на заседании правительства сообщил премьер-министр Темир Сариев.

По его словам, правление фонда рассмотрело 14 заявок и одобрило финансирование девяти проектов на общую сумму $23,4 млн. Речь идет в основном о переработке сельхозпродукции, швейном производстве и строительстве логистических центров.

«Мы ждали этого момента почти год. Фонд должен стать главным инструментом адаптации нашей экономики к условиям ЕАЭС, и я прошу министерства не затягивать с экспертизой проектов. Живые деньги должны дойти до предпринимателей к весне», — заявил Темир Сариев.

Напомним, соглашение о создании фонда было подписано в ноябре прошлого года. Уставный капитал определен в $1 млрд, из которых российская сторона уже перечислила $500 млн.

Посол России в Кыргызстане Андрей Крутько, присутствовавший на заседании, отметил, что Москва рассчитывает на прозрачность отбора проектов. «Для нас важно, чтобы кредиты получили именно производители, а не посредники», — подчеркнул дипломат. По данным посольства, в декабре в Бишкеке пройдет бизнес-форум с участием фонда и российских банков.

Между тем статистика взаимной торговли пока не радует. По данным Нацстаткома, за январь–сентябрь 2015 года товарооборот Кыргызстана с Россией составил $1 млрд 162 млн, снизившись на 24,6% по сравнению с аналогичным периодом прошлого года. Экспорт в Россию за тот же период составил лишь $118 млн. Объем денежных переводов трудовых мигрантов из России, по данным Нацбанка, сократился почти на треть.

Кыргызстан стал полноправным членом ЕАЭС 12 августа. Премьер признал, что ожидаемого быстрого эффекта от вступления пока нет: «Девальвация рубля съела значительную часть преимуществ».

Фото: пресс-служба правительства КР

Читайте также: Кыргызстан — ЕАЭС: первые 100 дней
""",
gold=dict(
date="2015-11-26", date_partial=None, date_source="byline",
date_note="'Дата публикации: 26 ноября 2015, 16:45'. 'на прошлой неделе' → week of 16–20 Nov 2015; 'в ноябре прошлого года' = 2014-11.",
people=[
 dict(name_ru_nominative="Темир Сариев", name_in_text="Темир Сариев", role="премьер-министр Кыргызстана", forms_in_text=["Темир Сариев"]),
 dict(name_ru_nominative="Андрей Крутько", name_in_text="Андрей Крутько", role="посол России в Кыргызстане", forms_in_text=["Андрей Крутько"]),
],
other_names=["Ирина Ахметова"],
figures=[
 dict(metric="rkdf_loans_approved", value=23400000, period=None, kind="actual", quote="одобрило финансирование девяти проектов на общую сумму $23,4 млн", note="distractor: fund loans"),
 dict(metric="rkdf_authorized_capital", value=1000000000, period=None, kind="actual", quote="Уставный капитал определен в $1 млрд", note="distractor"),
 dict(metric="rkdf_capital_paid_by_russia", value=500000000, period=None, kind="actual", quote="российская сторона уже перечислила $500 млн", note="distractor"),
 dict(metric="trade_turnover", value=1162000000, period="2015-9M", kind="actual", quote="за январь–сентябрь 2015 года товарооборот Кыргызстана с Россией составил $1 млрд 162 млн", period_text="за январь–сентябрь 2015 года"),
 dict(metric="trade_turnover_growth_pct", value=-24.6, period="2015-9M", kind="actual", quote="снизившись на 24,6% по сравнению с аналогичным периодом прошлого года", note="a decline: negative growth"),
 dict(metric="kyrgyz_exports_to_russia", value=118000000, period="2015-9M", kind="actual", quote="Экспорт в Россию за тот же период составил лишь $118 млн", note="distractor: exports only"),
],
events=[
 dict(date="2015-11", what="RKDF board approved its first loans (nine projects)", quote="Российско-Кыргызский фонд развития (РКФР) на прошлой неделе одобрил первые кредиты для предприятий республики", type="other", status="past", bilateral=True),
 dict(date="2014-11", what="Agreement establishing the Russian-Kyrgyz Development Fund signed", quote="соглашение о создании фонда было подписано в ноябре прошлого года", type="agreement", status="past", bilateral=True),
 dict(date="2015-12", what="Business forum in Bishkek with the fund and Russian banks", quote="в декабре в Бишкеке пройдет бизнес-форум с участием фонда и российских банков", type="forum", status="planned", bilateral=True),
 dict(date="2015-08-12", what="Kyrgyzstan became a full member of the EAEU", quote="Кыргызстан стал полноправным членом ЕАЭС 12 августа", type="other", status="past", bilateral=False),
],
)))

A.append(dict(
file="04_akipress_en_2019_elcard_mir_cobadge.txt",
source="https://akipress.com/news:623114:Kyrgyzstan_launches_co-badged_Elcard-Mir_cards/",
header_date="2019-06-26",
body="""Kyrgyzstan launches co-badged Elcard-Mir cards

AKIpress news agency, Jun 26, 2019 16:02

BISHKEK (AKIpress) - The first co-badged Elcard-Mir payment cards were presented in Bishkek on Wednesday, allowing holders of Kyrgyzstan's national card to pay in Russia and Russian Mir holders to use ATMs and terminals in Kyrgyzstan.

The project was implemented by the Interbank Processing Center of Kyrgyzstan and Russia's National Card Payment System (NSPK) under a memorandum signed in April 2017.

"Hundreds of thousands of our citizens work in Russia. From today they will be able to receive salaries on a card that works in both systems and send money home without high commissions," Chairman of the National Bank Tolkunbek Abdygulov said at the presentation.

Russian Ambassador Nikolay Udovichenko called the launch "a practical step toward a common financial market of the Eurasian Economic Union." He said Moscow expects the number of co-badged cards to reach 500,000 by the end of next year.

Prime Minister Mukhammedkaly Abylgaziev, who did not attend the event, earlier this month instructed commercial banks to speed up the reissue of salary cards of state employees.

According to the National Bank, remittances from Russia amounted to $2.4 billion in 2018, about 90 percent of all transfers into the country. Trade between Kyrgyzstan and Russia totaled $1.87 billion last year, up 13 percent, the National Statistics Committee reported.

Abdygulov added that seven banks would start issuing the new cards in July and the rest by the end of 2019. The co-badged card costs the same as a regular Elcard, the regulator said.

The Elcard system was launched in 2011. More than 1.3 million Elcard cards have been issued to date.

Related: Russia, Kyrgyzstan discuss payments in national currencies
Photo: AKIpress / Bakyt Osmonaliev
""",
gold=dict(
date="2019-06-26", date_partial=None, date_source="byline",
date_note="'AKIpress news agency, Jun 26, 2019 16:02'; 'on Wednesday' agrees (2019-06-26 was a Wednesday). 'last year' = 2018.",
people=[
 dict(name_ru_nominative="Толкунбек Абдыгулов", name_in_text="Tolkunbek Abdygulov", role="председатель Национального банка КР", forms_in_text=["Tolkunbek Abdygulov", "Abdygulov"]),
 dict(name_ru_nominative="Николай Удовиченко", name_in_text="Nikolay Udovichenko", role="посол России в Кыргызстане", forms_in_text=["Nikolay Udovichenko"]),
 dict(name_ru_nominative="Мухаммедкалый Абылгазиев", name_in_text="Mukhammedkaly Abylgaziev", role="премьер-министр Кыргызстана", forms_in_text=["Mukhammedkaly Abylgaziev"]),
],
other_names=["Bakyt Osmonaliev"],
figures=[
 dict(metric="cobadged_cards_target", value=500000, period="2020", kind="target", quote="expects the number of co-badged cards to reach 500,000 by the end of next year", note="distractor: card count"),
 dict(metric="remittances_from_russia", value=2400000000, period="2018", kind="actual", quote="remittances from Russia amounted to $2.4 billion in 2018", note="distractor"),
 dict(metric="remittances_russia_share_pct", value=90, period="2018", kind="actual", qualifier="about", quote="about 90 percent of all transfers into the country", note="distractor"),
 dict(metric="trade_turnover", value=1870000000, period="2018", kind="actual", quote="Trade between Kyrgyzstan and Russia totaled $1.87 billion last year", period_text="last year"),
 dict(metric="trade_turnover_growth_pct", value=13, period="2018", kind="actual", quote="up 13 percent"),
 dict(metric="elcard_cards_issued", value=1300000, period=None, kind="actual", qualifier="more than", quote="More than 1.3 million Elcard cards have been issued to date", note="distractor"),
],
events=[
 dict(date="2019-06-26", what="First co-badged Elcard-Mir cards presented in Bishkek", quote="The first co-badged Elcard-Mir payment cards were presented in Bishkek on Wednesday", type="other", status="past", bilateral=True),
 dict(date="2017-04", what="Memorandum between Kyrgyzstan's Interbank Processing Center and Russia's NSPK", quote="under a memorandum signed in April 2017", type="agreement", status="past", bilateral=True),
 dict(date="2019-07", what="Seven banks to start issuing Elcard-Mir cards", quote="seven banks would start issuing the new cards in July", type="other", status="planned", bilateral=True),
],
)))

A.append(dict(
file="05_tass_ru_2017_debt_writeoff_240m.txt",
source="https://tass.ru/ekonomika/4059321",
header_date="2017-02-28",
body="""Россия спишет Киргизии долг в $240 млн

БИШКЕК, 28 февраля. /ТАСС/. Россия и Киргизия во вторник подписали соглашение об урегулировании задолженности Бишкека по государственному кредиту на сумму $240 млн. Документ был подписан в присутствии президентов двух стран Владимира Путина и Алмазбека Атамбаева по итогам переговоров в государственной резиденции "Ала-Арча".

"Мы приняли решение о списании долга в размере 240 млн долларов. Это не подарок, а вклад в общую устойчивость нашего союзного пространства", - сказал Путин на совместной пресс-конференции. Он напомнил, что ранее, в 2012 году, Россия уже урегулировала долг республики в размере $489 млн.

Атамбаев, в свою очередь, поблагодарил российского коллегу за поддержку. "Россия была и остается нашим главным стратегическим партнером. Мы ценим, что Москва всегда протягивает руку помощи в трудные времена", - заявил киргизский лидер.

По словам президента России, товарооборот двух стран по итогам 2016 года сократился на 6,5% и составил $1,27 млрд. "Это, конечно, не соответствует потенциалу наших отношений", - отметил Путин, добавив, что стороны поручили правительствам подготовить программу наращивания торговли.

В переговорах в расширенном составе участвовали премьер-министр Киргизии Сооронбай Жээнбеков и посол России в Бишкеке Андрей Крутько. Жээнбеков сообщил журналистам, что очередное заседание межправительственной комиссии запланировано на апрель в Москве.

Это первый визит Путина в Киргизию с сентября 2012 года, когда стороны подписали соглашение о единой российской военной базе. В рамках нынешнего визита российский лидер также посетил авиабазу Кант, где встретился с военнослужащими.

Фото: Игорь Ланцов/пресс-служба президента РФ/ТАСС
""",
gold=dict(
date="2017-02-28", date_partial=None, date_source="body",
date_note="Dateline 'БИШКЕК, 28 февраля. /ТАСС/'; 'во вторник' agrees (2017-02-28 was a Tuesday).",
people=[
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимира Путина", role="президент России", forms_in_text=["Владимира Путина", "Путин", "Путина"]),
 dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Алмазбека Атамбаева", role="президент Киргизии", forms_in_text=["Алмазбека Атамбаева", "Атамбаев"]),
 dict(name_ru_nominative="Сооронбай Жээнбеков", name_in_text="Сооронбай Жээнбеков", role="премьер-министр Киргизии", forms_in_text=["Сооронбай Жээнбеков", "Жээнбеков"]),
 dict(name_ru_nominative="Андрей Крутько", name_in_text="Андрей Крутько", role="посол России в Киргизии", forms_in_text=["Андрей Крутько"]),
],
other_names=["Игорь Ланцов"],
figures=[
 dict(metric="debt_write_off", value=240000000, period=None, kind="actual", quote="соглашение об урегулировании задолженности Бишкека по государственному кредиту на сумму $240 млн", note="distractor: debt"),
 dict(metric="debt_write_off", value=489000000, period="2012", kind="actual", quote="в 2012 году, Россия уже урегулировала долг республики в размере $489 млн", note="distractor: earlier debt settlement"),
 dict(metric="trade_turnover_growth_pct", value=-6.5, period="2016", kind="actual", quote="товарооборот двух стран по итогам 2016 года сократился на 6,5%", note="decline"),
 dict(metric="trade_turnover", value=1270000000, period="2016", kind="actual", quote="составил $1,27 млрд"),
],
events=[
 dict(date="2017-02-28", what="Agreement on settling Kyrgyzstan's $240m state-loan debt signed in Bishkek", quote="Россия и Киргизия во вторник подписали соглашение об урегулировании задолженности Бишкека по государственному кредиту на сумму $240 млн", type="agreement", status="past", bilateral=True),
 dict(date="2017-02-28", what="Putin–Atambayev talks at the Ala-Archa state residence (Putin's visit to Kyrgyzstan)", quote="по итогам переговоров в государственной резиденции \"Ала-Арча\"", type="visit", status="past", bilateral=True),
 dict(date="2012", what="Earlier settlement of $489m Kyrgyz debt", quote="в 2012 году, Россия уже урегулировала долг республики в размере $489 млн", type="agreement", status="past", bilateral=True),
 dict(date="2017-04", what="Next session of the intergovernmental commission in Moscow", quote="очередное заседание межправительственной комиссии запланировано на апрель в Москве", type="igc_session", status="planned", bilateral=True),
 dict(date="2012-09", what="Putin's previous visit to Kyrgyzstan; agreement on the joint Russian military base", quote="с сентября 2012 года, когда стороны подписали соглашение о единой российской военной базе", type="agreement", status="past", bilateral=True),
 dict(date="2017-02-28", what="Putin visited the Kant air base", quote="российский лидер также посетил авиабазу Кант", type="visit", status="past", bilateral=True),
],
)))
