from gold_a import P, F, E
GB = {}

GB["06_reuters_en_2013_manas_closure_debt.txt"] = dict(
 header_date="unknown", date="2013-06-20", date_source="byline",
 date_note="Byline 'BISHKEK | Thu Jun 20, 2013 11:07am EDT'; URL id ends 20130620. 'Last September' = 2012-09; 'in November' = 2012-11; 'in May' = 2013-05.",
 people=[
  P("Алмазбек Атамбаев", "президент Кыргызстана", ["Almazbek Atambayev", "Atambayev"]),
  P("Асылбек Жээнбеков", "торага Жогорку Кенеша", ["Asylbek Jeenbekov"]),
  P("Владимир Путин", "президент России", ["Vladimir Putin", "Putin"]),
  P("Жанторо Сатыбалдиев", "премьер-министр Кыргызстана", ["Zhantoro Satybaldiyev"]),
 ],
 other_names=["Aibek Sadyrov", "Alissa Wenger"],
 figures=[
  F("trade_turnover", 2000000000, "2012", "actual", "Trade between Russia and Kyrgyzstan totaled about $2 billion in 2012", "about"),
  F("remittances_from_russia", 2000000000, "2012", "actual", "Remittances from hundreds of thousands of Kyrgyz migrants working in Russia were worth roughly the same amount last year", "about", note="Distractor: remittances, value only by reference ('roughly the same amount')."),
  F("manas_annual_rent_usd", 60000000, "annual", "actual", "Washington pays $60 million a year in rent for Manas", note="Distractor."),
  F("debt_write_off", 489000000, None, "actual", "writing off $489 million of Kyrgyz debt", note="Distractor: debt write-off agreed 2012-09."),
  F("debt_write_off", 189000000, "2013", "actual", "Moscow wrote off the first $189 million in May", note="Distractor."),
 ],
 events=[
  E("2013-06-20", "Kyrgyz parliament votes 91-5 to close the US transit center at Manas", "Kyrgyzstan's parliament voted on Thursday to shut the U.S. military transit center at Manas airport", "other", "past", False, note="Kyrgyz–US; context."),
  E(None, "Bill must be signed by President Atambayev", "It must now be signed by President Almazbek Atambayev", "other", "planned", False),
  E("2014-07", "End of the Manas lease", "The lease will end in July 2014", "other", "planned", False),
  E("2012-09", "Putin and Atambayev signed deals extending Russia's military presence (Kant etc.) for 15 years from 2017 and writing off $489m of debt", "Last September Russian President Vladimir Putin and Atambayev signed deals extending Russia's military presence at the Kant air base", "agreement", "past", True),
  E("2012-11", "Kyrgyz parliament ratified the debt agreement", "Kyrgyz lawmakers ratified the debt deal in November", "agreement", "past", True),
  E("2013-05", "Russia wrote off the first $189 million", "Moscow wrote off the first $189 million in May", "other", "past", True),
 ])

GB["07_ria_ru_2015_eaeu_ratification_kenesh.txt"] = dict(
 header_date="unknown", date="2015-05-20", date_source="body_day_month+url_year",
 date_note="Dateline 'БИШКЕК, 20 мая – РИА Новости' without year; URL ria.ru/20150520/ gives 2015. 'в среду' agrees (2015-05-20 was a Wednesday).",
 people=[
  P("Алмазбек Атамбаев", "президент Киргизии", ["Алмазбеку Атамбаеву"]),
  P("Асылбек Жээнбеков", "торага Жогорку Кенеша", ["Асылбек Жээнбеков"]),
  P("Темир Сариев", "премьер-министр Киргизии", ["Темир Сариев"]),
 ],
 other_names=["Айгуль Маматова"],
 figures=[
  F("trade_turnover", 2100000000, "2014", "actual", "товарооборот Киргизии и России в 2014 году составил 2,1 миллиарда долларов"),
  F("trade_turnover_growth_pct", -25.6, "2015-Q1", "actual", "в первом квартале 2015 года снизился на 25,6%"),
  F("rkdf_charter_capital", 500000000, None, "actual", "Российско-Киргизский фонд развития с уставным капиталом 500 миллионов долларов", note="Distractor: fund capital."),
  F("russian_grant", 200000000, None, "actual", "Россия выделила 200 миллионов долларов безвозмездной помощи", note="Distractor: aid."),
 ],
 events=[
  E("2015-05-20", "Jogorku Kenesh ratified the treaty on Kyrgyzstan's accession to the EAEU in three readings", "Жогорку Кенеш (парламент) Киргизии в среду ратифицировал договор о присоединении республики к Евразийскому экономическому союзу", "agreement", "past", False),
  E("2014-12-23", "Accession treaty signed in Moscow at the Supreme Eurasian Economic Council", "Договор о присоединении Киргизии к договору о ЕАЭС был подписан 23 декабря 2014 года в Москве", "agreement", "past", False),
  E(None, "Ratification law sent to President Atambayev for signature", "Закон о ратификации направлен на подпись президенту Алмазбеку Атамбаеву", "agreement", "planned", False),
  E("2015-06", "State Duma expected to consider the ratification bill in June, then the Federation Council", "депутаты, как ожидается, рассмотрят его в июне, после чего документ поступит в Совет Федерации", "agreement", "planned", False),
  E("2015-01-02", "Armenia became a full member of the EAEU", "Армения стала полноправным членом союза 2 января этого года", "other", "past", False),
 ])

GB["08_vestikg_ru_2017_mpk_yaroslavl.txt"] = dict(
 header_date="unknown", date="2017-06-22", date_source="byline",
 date_note="Page line 'Политика | 22.06.2017 10:14'. 'сегодня' = 2017-06-22; 'завтра, 23 июня' = 2017-06-23; 'Во вторник' = 2017-06-20; 'в прошлом году' = 2016.",
 people=[
  P("Каныбек Иманалиев", "председатель комитета Жогорку Кенеша по международным делам, сопредседатель МПК", ["Каныбек Иманалиев"]),
  P("Виктор Заварзин", "первый заместитель председателя Комитета Госдумы по обороне, сопредседатель МПК", ["Виктор Заварзин"]),
  P("Дмитрий Миронов", "губернатор Ярославской области", ["Дмитрием Мироновым"]),
  P("Алмазбек Атамбаев", "президент Кыргызстана", ["Алмазбека Атамбаева", "Атамбаев"]),
  P("Владимир Путин", "президент России", ["Владимиром Путиным", "Путин"]),
 ],
 other_names=[],
 figures=[
  F("trade_turnover", 1300000000, "2016", "actual", "товарооборот между Кыргызстаном и Россией в 2016 году составил около 1,3 млрд долларов", "about"),
  F("trade_turnover_growth_pct", 26.4, "2017-4M", "actual", "за январь-апрель 2017 года вырос на 26,4 процента", period_text="за январь-апрель 2017 года"),
  F("remittances_from_russia", 850000000, "2017-5M", "actual", "Денежные переводы из России за пять месяцев текущего года достигли 850 млн долларов", note="Distractor."),
  F("debt_write_off", 240000000, None, "actual", "протоколом о списании оставшихся 240 млн долларов долга Кыргызстана перед Россией", note="Distractor: debt."),
 ],
 events=[
  E("2017-06-22", "Kyrgyz parliamentary delegation arrives in Moscow", "Делегация кыргызских депутатов прибывает в Москву сегодня", "visit", "ongoing", True),
  E("2017-06-23", "Fifth session of the Inter-parliamentary commission (Federal Assembly – Jogorku Kenesh) in Yaroslavl", "Само заседание МПК запланировано на завтра, 23 июня", "igc_session", "planned", True),
  E(None, "Meetings with Yaroslavl governor Dmitry Mironov and Pereslavl-Zalessky leadership", "Запланированы встречи с губернатором Ярославской области Дмитрием Мироновым", "meeting", "planned", True),
  E("2016", "Fourth session of the commission in Cholpon-Ata", "Предыдущее, четвертое заседание комиссии прошло в прошлом году в Чолпон-Ате", "igc_session", "past", True),
  E("2017-06-20", "Atambayev–Putin talks in Moscow during Atambayev's state visit; debt write-off protocol exchanged", "Во вторник он провел переговоры с Владимиром Путиным", "meeting", "past", True),
  E("2017-06-20", "Finance ministers exchanged the protocol on writing off the remaining $240m debt", "министры финансов обменялись протоколом о списании оставшихся 240 млн долларов долга Кыргызстана перед Россией", "agreement", "past", True),
  E(None, "Protocol still to be ratified by both parliaments", "Протокол еще предстоит ратифицировать парламентам обеих стран", "agreement", "planned", True),
 ])

GB["09_tass_ru_2018_debt_protocol_law_signed.txt"] = dict(
 header_date="unknown", date="2018-02-05", date_source="body_day_month+inferred_year",
 date_note="Dateline 'МОСКВА, 5 февраля. /ТАСС/' has no year. Year 2018: the protocol was signed 20 June 2017 and the Kyrgyz steps ('в начале ноября', '9 декабря') precede it; Duma ratification '19 января' and 'в понедельник' (2018-02-05 was a Monday). 'в прошлую среду' = 2018-01-31.",
 people=[
  P("Владимир Путин", "президент России", ["Владимир Путин", "Путин"]),
  P("Валентина Матвиенко", "председатель Совета Федерации", ["Валентины Матвиенко"]),
  P("Сергей Сторчак", "заместитель министра финансов РФ", ["Сергей Сторчак"]),
  P("Иван Белеков", "член комитета Госдумы по делам СНГ, евразийской интеграции и связям с соотечественниками", ["Иван Белеков"]),
  P("Алмазбек Атамбаев", "бывший президент Киргизии (на момент подписания протокола — президент)", ["Алмазбека Атамбаева"]),
  P("Сооронбай Жээнбеков", "президент Киргизии", ["Сооронбай Жээнбеков"]),
 ],
 other_names=[],
 figures=[
  F("debt_write_off", 240000000, None, "actual", "оставшихся $240 млн", note="Distractor: debt."),
  F("kg_debt_to_russia", 488900000, "2012", "actual", "которая на тот момент составляла $488,9 млн", note="Distractor."),
  F("debt_write_off", 188900000, "2013", "actual", "В мае 2013 года российская сторона списала $188,9 млн", note="Distractor."),
  F("debt_write_off", 60000000, None, "actual", "в 2016-2017 годах - еще $60 млн", period_text="в 2016-2017 годах", note="Distractor; two-year span, period not a single code."),
  F("kg_external_debt_reduction_pct", 6.5, None, "forecast", "государственный внешний долг Киргизии сократится на 6,5%", note="Distractor."),
  F("kg_govt_debt_to_gdp_pct", 60.6, None, "forecast", "отношение долга правительства к ВВП снизится с 65,2% до 60,6%", note="Distractor (from 65.2)."),
  F("trade_turnover_growth_pct", 21.7, "2017-11M", "actual", "товарооборот двух стран в январе - ноябре 2017 года увеличился на 21,7%", period_text="в январе - ноябре 2017 года"),
  F("trade_turnover", 1500000000, "2017-11M", "actual", "составил $1,5 млрд"),
 ],
 events=[
  E("2018-02-05", "Putin signed the law ratifying the protocol on writing off Kyrgyzstan's debt", "Президент России Владимир Путин подписал закон о ратификации протокола", "agreement", "past", True),
  E("2018-01-19", "State Duma ratified the protocol", "Госдума ратифицировала протокол 19 января", "agreement", "past", True),
  E("2018-01-31", "Federation Council approved the law", "Совет Федерации одобрил закон в прошлую среду", "agreement", "past", True),
  E("2012", "Agreement on phased write-off of Kyrgyzstan's debt concluded", "В 2012 году Россия и Киргизия заключили соглашение о поэтапном списании задолженности", "agreement", "past", True),
  E("2013-05", "Russia wrote off $188.9m", "В мае 2013 года российская сторона списала $188,9 млн", "other", "past", True),
  E("2017-06-20", "Protocol on writing off the remaining $240m signed in Moscow during Atambayev's state visit", "Протокол о списании оставшихся $240 млн был подписан в Москве 20 июня 2017 года", "agreement", "past", True),
  E("2017-11", "Kyrgyz parliament ratified the protocol", "парламент республики ратифицировал протокол в начале ноября", "agreement", "past", True),
  E("2017-12-09", "President Jeenbekov signed the Kyrgyz ratification law", "9 декабря закон подписал президент Сооронбай Жээнбеков", "agreement", "past", True),
 ])

GB["10_akipress_en_2019_jumabekov_matviyenko_ipa.txt"] = dict(
 header_date="unknown", date="2019-04-18", date_source="byline",
 date_note="'Posted: 18 April 2019 17:34' and 'on April 18'. 'last month' = 2019-03 (Putin's state visit); 'On Wednesday' = 2019-04-17.",
 people=[
  P("Дастан Жумабеков", "торага Жогорку Кенеша", ["Dastan Jumabekov", "Jumabekov"]),
  P("Валентина Матвиенко", "председатель Совета Федерации", ["Valentina Matviyenko", "Matviyenko"]),
  P("Владимир Путин", "президент России", ["Vladimir Putin", "Putin"]),
  P("Сооронбай Жээнбеков", "президент Кыргызстана", ["Sooronbay Jeenbekov", "Jeenbekov"]),
  P("Вячеслав Володин", "председатель Государственной Думы, председатель ПА ОДКБ", ["Vyacheslav Volodin"]),
 ],
 other_names=[],
 figures=[
  F("trade_turnover", 1700000000, "2018", "actual", "trade between Kyrgyzstan and Russia exceeded $1.7 billion in 2018", "more than"),
  F("trade_turnover_growth_pct", 10.3, "2019-2M", "actual", "In January-February 2019 it grew by 10.3%"),
  F("remittances_from_russia", 2300000000, "2018", "actual", "Remittances from Russia reached $2.3 billion last year", note="Distractor."),
 ],
 events=[
  E("2019-04-18", "Jumabekov–Matviyenko meeting on the sidelines of the IPA CIS plenary in St Petersburg", "Dastan Jumabekov met with Chair of the Russian Federation Council Valentina Matviyenko", "meeting", "past", True),
  E("2019-04-18", "Plenary session of the CIS Interparliamentary Assembly in St Petersburg", "the plenary session of the CIS Interparliamentary Assembly in St. Petersburg on April 18", "conference", "past", False),
  E("2019-03", "Putin's state visit to Bishkek; package of agreements signed", "President Vladimir Putin's state visit to Bishkek last month", "visit", "past", True),
  E(None, "Jogorku Kenesh to give priority to ratifying the agreements signed during the visit", "the Jogorku Kenesh would give priority to ratifying the agreements signed during the visit", "agreement", "planned", True),
  E(None, "Matviyenko accepted an invitation to visit Kyrgyzstan", "Jumabekov invited Matviyenko to visit Kyrgyzstan, and she accepted the invitation", "visit", "planned", True),
  E("2019-04-18", "Jumabekov expected to meet Duma speaker Volodin later in the day", "Later in the day Jumabekov is expected to meet State Duma Speaker Vyacheslav Volodin", "meeting", "planned", True),
  E("2019-04-17", "Meeting of the CSTO Parliamentary Assembly Council at the Tauride Palace", "On Wednesday the Kyrgyz speaker attended a meeting of the CSTO PA Council held at the Tauride Palace", "conference", "past", False),
 ])
