# -*- coding: utf-8 -*-
"""Articles 11-14: text and gold annotation."""
A = []

A.append(dict(
file="11_presidentkg_ru_2023_putin_state_visit.txt",
source="https://www.president.kg/ru/sobytiya/23812_sadyr_ghaparov_i_vladimir_putin_proveli_peregovory",
header_date="2023-10-12",
body="""Садыр Жапаров и Владимир Путин провели переговоры в узком и расширенном форматах

12 октября 2023 года 14:20

Президент Кыргызской Республики Садыр Жапаров провел переговоры с Президентом Российской Федерации Владимиром Путиным, прибывшим в Кыргызстан с государственным визитом.

Глава государства тепло поприветствовал высокого гостя и отметил, что визит Владимира Путина приурочен к важной дате — 20-летию размещения авиабазы «Кант», открытой в октябре 2003 года.

Садыр Жапаров подчеркнул, что Россия является ключевым торгово-экономическим партнером Кыргызстана. «В прошлом году объем взаимной торговли вырос на 37 процентов и составил 3 миллиарда 250 миллионов долларов. В январе–августе текущего года рост продолжился. Уверен, что цель в 5 миллиардов долларов вполне достижима», — сказал Президент.

Стороны обсудили реализацию совместных инвестиционных проектов, деятельность Российско-Кыргызского фонда развития, взаимодействие в энергетике, а также положение трудовых мигрантов. Президент поблагодарил российскую сторону за списание в 2017 году долга в размере 240 миллионов долларов и за грантовую поддержку, объем которой за последние 10 лет превысил 100 миллионов долларов.

Владимир Путин в свою очередь отметил, что Кыргызстан — надежный союзник России. «Наши отношения носят характер стратегического партнерства», — подчеркнул Президент России.

По итогам переговоров главы государств подписали Совместное заявление. В их присутствии подписан ряд межправительственных и межведомственных документов, в том числе соглашение о строительстве в Кыргызстане школ с обучением на русском языке.

Завтра, 13 октября, в Бишкеке пройдет заседание Совета глав государств СНГ, в котором примут участие Садыр Жапаров и Владимир Путин.

Пресс-служба Президента Кыргызской Республики
""",
gold=dict(
date="2023-10-12", date_partial=None, date_source="body",
date_note="Body line '12 октября 2023 года 14:20'. 'В прошлом году' = 2022; 'Завтра, 13 октября' = 2023-10-13.",
people=[
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="Садыр Жапаров", role="президент Кыргызской Республики", forms_in_text=["Садыр Жапаров"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимир Путин", role="президент РФ", forms_in_text=["Владимир Путин", "Владимиром Путиным", "Владимира Путина"]),
],
other_names=[],
figures=[
 dict(metric="trade_turnover_growth_pct", value=37, period="2022", kind="actual", quote="В прошлом году объем взаимной торговли вырос на 37 процентов", period_text="В прошлом году"),
 dict(metric="trade_turnover", value=3250000000, period="2022", kind="actual", quote="составил 3 миллиарда 250 миллионов долларов"),
 dict(metric="trade_turnover", value=5000000000, period=None, kind="target", quote="цель в 5 миллиардов долларов", note="target without a stated period or year"),
 dict(metric="debt_write_off", value=240000000, period="2017", kind="actual", quote="списание в 2017 году долга в размере 240 миллионов долларов", note="distractor: debt"),
 dict(metric="russian_grants_total", value=100000000, period=None, kind="actual", qualifier="more than", quote="объем которой за последние 10 лет превысил 100 миллионов долларов", note="distractor: aid over 10 years"),
],
events=[
 dict(date="2023-10-12", what="Japarov–Putin talks during Putin's state visit to Kyrgyzstan", quote="провел переговоры с Президентом Российской Федерации Владимиром Путиным, прибывшим в Кыргызстан с государственным визитом", type="visit", status="past", bilateral=True),
 dict(date="2023-10", what="20th anniversary of the Kant air base (opened October 2003)", quote="20-летию размещения авиабазы «Кант», открытой в октябре 2003 года", type="anniversary", status="ongoing", bilateral=True),
 dict(date="2017", what="Russia wrote off $240m of Kyrgyz debt", quote="списание в 2017 году долга в размере 240 миллионов долларов", type="agreement", status="past", bilateral=True),
 dict(date="2023-10-12", what="Joint statement signed by the heads of state", quote="главы государств подписали Совместное заявление", type="agreement", status="past", bilateral=True),
 dict(date="2023-10-12", what="Agreement on building Russian-language schools in Kyrgyzstan signed", quote="соглашение о строительстве в Кыргызстане школ с обучением на русском языке", type="agreement", status="past", bilateral=True),
 dict(date="2023-10-13", what="CIS Council of Heads of State in Bishkek", quote="Завтра, 13 октября, в Бишкеке пройдет заседание Совета глав государств СНГ", type="conference", status="planned", bilateral=False),
],
)))

A.append(dict(
file="12_interfax_ru_2025_eaeu_decade_turnover.txt",
source="https://www.interfax.ru/business/1040217",
header_date="2025-08-12",
body="""Киргизия за десять лет в ЕАЭС почти вдвое нарастила товарооборот с РФ — премьер

Москва. 12 августа. INTERFAX.RU - Товарооборот Киргизии с Россией за десять лет членства республики в Евразийском экономическом союзе вырос почти вдвое, заявил председатель кабинета министров Киргизии Адылбек Касымалиев.

"Когда мы 12 августа 2015 года стали полноправным членом союза, многие сомневались. Сегодня цифры говорят сами за себя: по итогам 2024 года товарооборот с Россией составил 3,5 млрд долларов против 1,7 млрд долларов в 2015 году", - сказал Касымалиев на торжественном мероприятии, посвященном десятилетию членства Киргизии в ЕАЭС, которое прошло во вторник в Бишкеке.

По его данным, в первом полугодии 2025 года товарооборот двух стран увеличился на 9% и достиг 1,8 млрд долларов. Доля стран ЕАЭС во внешней торговле Киргизии составляет около 38%.

Председатель коллегии Евразийской экономической комиссии Бакытжан Сагинтаев, направивший участникам приветствие, отметил, что за десять лет ВВП Киргизии в долларовом выражении вырос более чем в 2,5 раза.

Касымалиев напомнил, что стороны ставят задачу довести товарооборот до 5 млрд долларов к 2030 году. Эта цель, по его словам, будет обсуждаться на очередном заседании межправкомиссии, которое запланировано на ноябрь в Бишкеке. Российскую часть комиссии возглавляет вице-премьер РФ Алексей Оверчук.

Также в ноябре ожидается государственный визит в Киргизию президента РФ Владимира Путина, сообщил Касымалиев. Ранее об этом договорились Путин и президент Киргизии Садыр Жапаров на полях саммита Высшего Евразийского экономического совета в Минске в конце июня.

Объем денежных переводов из России в Киргизию в 2024 году, по данным Нацбанка республики, составил 2,3 млрд долларов.
""",
gold=dict(
date="2025-08-12", date_partial=None, date_source="body",
date_note="Dateline 'Москва. 12 августа. INTERFAX.RU'; 'во вторник' agrees (2025-08-12 was a Tuesday). '12 августа 2015 года' is the accession date, a distractor for the article date.",
people=[
 dict(name_ru_nominative="Адылбек Касымалиев", name_in_text="Адылбек Касымалиев", role="председатель кабинета министров Киргизии", forms_in_text=["Адылбек Касымалиев", "Касымалиев"]),
 dict(name_ru_nominative="Бакытжан Сагинтаев", name_in_text="Бакытжан Сагинтаев", role="председатель коллегии ЕЭК", forms_in_text=["Бакытжан Сагинтаев"]),
 dict(name_ru_nominative="Алексей Оверчук", name_in_text="Алексей Оверчук", role="вице-премьер РФ", forms_in_text=["Алексей Оверчук"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимира Путина", role="президент РФ", forms_in_text=["Владимира Путина", "Путин"]),
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="Садыр Жапаров", role="президент Киргизии", forms_in_text=["Садыр Жапаров"]),
],
other_names=[],
figures=[
 dict(metric="trade_turnover_multiple", value=2, period=None, kind="actual", qualifier="almost", quote="вырос почти вдвое", note="multiple over ten years (2015→2024)"),
 dict(metric="trade_turnover", value=3500000000, period="2024", kind="actual", quote="по итогам 2024 года товарооборот с Россией составил 3,5 млрд долларов"),
 dict(metric="trade_turnover", value=1700000000, period="2015", kind="actual", quote="против 1,7 млрд долларов в 2015 году"),
 dict(metric="trade_turnover_growth_pct", value=9, period="2025-H1", kind="actual", quote="в первом полугодии 2025 года товарооборот двух стран увеличился на 9%", period_text="в первом полугодии 2025 года"),
 dict(metric="trade_turnover", value=1800000000, period="2025-H1", kind="actual", quote="достиг 1,8 млрд долларов"),
 dict(metric="eaeu_share_in_kyrgyz_trade_pct", value=38, period=None, kind="actual", qualifier="about", quote="Доля стран ЕАЭС во внешней торговле Киргизии составляет около 38%", note="distractor: bloc share"),
 dict(metric="kyrgyz_gdp_multiple", value=2.5, period=None, kind="actual", qualifier="more than", quote="ВВП Киргизии в долларовом выражении вырос более чем в 2,5 раза", note="distractor: GDP"),
 dict(metric="trade_turnover", value=5000000000, period="2030", kind="target", quote="довести товарооборот до 5 млрд долларов к 2030 году"),
 dict(metric="remittances_from_russia", value=2300000000, period="2024", kind="actual", quote="Объем денежных переводов из России в Киргизию в 2024 году, по данным Нацбанка республики, составил 2,3 млрд долларов", note="distractor"),
],
events=[
 dict(date="2025-08-12", what="Event in Bishkek marking ten years of Kyrgyzstan's EAEU membership", quote="на торжественном мероприятии, посвященном десятилетию членства Киргизии в ЕАЭС, которое прошло во вторник в Бишкеке", type="anniversary", status="past", bilateral=False),
 dict(date="2015-08-12", what="Kyrgyzstan became a full EAEU member", quote="Когда мы 12 августа 2015 года стали полноправным членом союза", type="other", status="past", bilateral=False),
 dict(date="2025-11", what="Next intergovernmental commission session in Bishkek", quote="очередном заседании межправкомиссии, которое запланировано на ноябрь в Бишкеке", type="igc_session", status="planned", bilateral=True),
 dict(date="2025-11", what="Putin's state visit to Kyrgyzstan expected", quote="в ноябре ожидается государственный визит в Киргизию президента РФ Владимира Путина", type="visit", status="planned", bilateral=True),
 dict(date="2025-06", what="Putin–Japarov agreement on the sidelines of the Supreme Eurasian Economic Council summit in Minsk", quote="договорились Путин и президент Киргизии Садыр Жапаров на полях саммита Высшего Евразийского экономического совета в Минске в конце июня", type="meeting", status="past", bilateral=True),
],
)))

A.append(dict(
file="13_vedomosti_ru_2026_national_currencies_mir_elcard.txt",
source="https://www.vedomosti.ru/finance/articles/2026/02/17/1150342-rossiya-kirgiziya-raschety",
header_date="2026-02-17",
body="""Финансы

Россия и Киргизия переведут расчеты по картам на QR-коды

НСПК и киргизский процессинговый центр договорились о взаимном приеме платежей через системы быстрых платежей

Анастасия Ведерникова
17 февраля 2026 г.

Национальная система платежных карт (НСПК) и ЗАО «Межбанковский процессинговый центр» Киргизии в январе подписали соглашение о взаимной интеграции национальных систем быстрых платежей, рассказали «Ведомостям» два источника на финансовом рынке и подтвердили в НСПК. Запуск оплаты по QR-кодам для держателей карт «Мир» в Киргизии и карт «Элкарт» в России запланирован на второй квартал.

Проект обсуждался на встрече председателя Банка России Эльвиры Набиуллиной с руководством Национального банка Киргизии в конце прошлого года. По словам собеседника «Ведомостей», знакомого с ходом переговоров, Набиуллина поддержала идею, но настояла на том, чтобы расчеты велись исключительно в рублях и сомах.

Доля национальных валют во взаимных расчетах России и Киргизии, по данным ЦБ, превысила 80%. Товарооборот двух стран по итогам 2025 года, по предварительной оценке вице-премьера Алексея Оверчука, составил около $4 млрд. Для сравнения: товарооборот России с Казахстаном в 2025 году превысил $27 млрд.

Карты «Элкарт–Мир» перестали обслуживаться частью киргизских банков после санкций США в 2024 году, напоминает аналитик «Финама» Ринат Сейткали. «Переход на QR-платежи снимает для банков зависимость от карточной инфраструктуры», — объясняет он.

Президент Киргизии Садыр Жапаров в декабре прошлого года на неформальном саммите СНГ в Санкт-Петербурге заявлял, что республика «заинтересована в том, чтобы трудовые мигранты могли без проблем оплачивать покупки и отправлять деньги домой». Объем переводов из России в Киргизию в 2025 году, по оценке ЦБ, сократился на 5%.

В пресс-службе Банка России от комментариев отказались.
""",
gold=dict(
date="2026-02-17", date_partial=None, date_source="byline",
date_note="Byline '17 февраля 2026 г.'. 'в январе' = 2026-01; 'в конце прошлого года' / 'в декабре прошлого года' = 2025-12; 'второй квартал' = 2026-Q2.",
people=[
 dict(name_ru_nominative="Эльвира Набиуллина", name_in_text="Эльвиры Набиуллиной", role="председатель Банка России", forms_in_text=["Эльвиры Набиуллиной", "Набиуллина"]),
 dict(name_ru_nominative="Алексей Оверчук", name_in_text="Алексея Оверчука", role="вице-премьер РФ", forms_in_text=["Алексея Оверчука"]),
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="Садыр Жапаров", role="президент Киргизии", forms_in_text=["Садыр Жапаров"]),
],
other_names=["Анастасия Ведерникова", "Ринат Сейткали"],
figures=[
 dict(metric="national_currencies_share_in_settlements_pct", value=80, period=None, kind="actual", qualifier="more than", quote="Доля национальных валют во взаимных расчетах России и Киргизии, по данным ЦБ, превысила 80%", note="distractor"),
 dict(metric="trade_turnover", value=4000000000, period="2025", kind="forecast", qualifier="about", quote="Товарооборот двух стран по итогам 2025 года, по предварительной оценке вице-премьера Алексея Оверчука, составил около $4 млрд", note="preliminary estimate"),
 dict(metric="russia_kazakhstan_trade_turnover", value=27000000000, period="2025", kind="actual", qualifier="more than", quote="товарооборот России с Казахстаном в 2025 году превысил $27 млрд", note="distractor: third country pair"),
 dict(metric="remittances_growth_pct", value=-5, period="2025", kind="actual", quote="Объем переводов из России в Киргизию в 2025 году, по оценке ЦБ, сократился на 5%", note="distractor"),
],
events=[
 dict(date="2026-01", what="NSPK and Kyrgyzstan's Interbank Processing Center signed an agreement integrating the fast payment systems", quote="в январе подписали соглашение о взаимной интеграции национальных систем быстрых платежей", type="agreement", status="past", bilateral=True),
 dict(date="2026", what="Launch of QR-code payments for Mir and Elcard holders planned for the second quarter", quote="Запуск оплаты по QR-кодам для держателей карт «Мир» в Киргизии и карт «Элкарт» в России запланирован на второй квартал", type="other", status="planned", bilateral=True),
 dict(date="2025-12", what="Nabiullina met the leadership of the National Bank of Kyrgyzstan", quote="Проект обсуждался на встрече председателя Банка России Эльвиры Набиуллиной с руководством Национального банка Киргизии в конце прошлого года", type="meeting", status="past", bilateral=True),
 dict(date="2025-12", what="Informal CIS summit in St Petersburg", quote="в декабре прошлого года на неформальном саммите СНГ в Санкт-Петербурге", type="conference", status="past", bilateral=False),
],
)))

A.append(dict(
file="14_thediplomat_en_2024_keremet_sanctions_mir.txt",
source="https://thediplomat.com/2024/06/kyrgyzstans-banks-caught-between-moscow-and-washington/",
header_date="2024-06-18",
body="""Central Asia | Economy | Central Asia

Kyrgyzstan's Banks Caught Between Moscow and Washington

After U.S. sanctions on Keremet Bank, Kyrgyz lenders are rethinking their ties to Russia's Mir payment system.

By Elnura Sydykova
June 18, 2024

Last week the U.S. Treasury Department sanctioned Kyrgyzstan's Keremet Bank, accusing it of helping a Russian state-linked bank move money for Moscow's war effort. Within days, at least three other Kyrgyz banks quietly suspended transactions with Russia's Mir cards.

The timing is awkward for Bishkek. Russia remains one of Kyrgyzstan's two main trading partners, and President Sadyr Japarov has repeatedly said his country "will not take sides" in the sanctions confrontation. According to Kyrgyzstan's National Statistical Committee, trade with Russia reached $3.4 billion in 2023. Russian customs data, which count re-exports differently, put the figure at about $3.9 billion.

Chinese customs, meanwhile, reported nearly $20 billion in trade with Kyrgyzstan last year – more than five times the Russian figure, though almost all of it is Chinese exports.

Cabinet Chairman Akylbek Japarov (no relation to the president) told reporters on June 14 that the government would "protect depositors and honest businesses" and that the National Bank was monitoring the situation. He added that Kyrgyzstan and Russia would continue to develop payments in national currencies, as agreed at the Eurasian Intergovernmental Council in Minsk earlier this month.

Remittances from Russia, which made up about 24 percent of Kyrgyzstan's GDP in 2023, now increasingly travel through money-transfer apps rather than cards. The Kyrgyz Elcard system, which had co-badged cards with Mir since 2019, says the new wave of restrictions affects fewer than 100,000 cardholders.

Bishkek and Moscow are due to hold the next session of their intergovernmental commission in the autumn, and a Kyrgyz-Russian economic forum is planned for September on the shores of Issyk-Kul.

Elnura Sydykova is a Bishkek-based journalist covering finance and regional affairs.
""",
gold=dict(
date="2024-06-18", date_partial=None, date_source="byline",
date_note="Byline 'June 18, 2024'. 'Last week' = week of 10–14 June 2024; 'last year' = 2023; 'June 14' = 2024-06-14.",
people=[
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="Sadyr Japarov", role="президент Кыргызстана", forms_in_text=["Sadyr Japarov"]),
 dict(name_ru_nominative="Акылбек Жапаров", name_in_text="Akylbek Japarov", role="председатель Кабинета министров КР", forms_in_text=["Akylbek Japarov"]),
],
other_names=["Elnura Sydykova"],
figures=[
 dict(metric="trade_turnover", value=3400000000, period="2023", kind="actual", quote="trade with Russia reached $3.4 billion in 2023", note="Kyrgyz statistics"),
 dict(metric="trade_turnover", value=3900000000, period="2023", kind="actual", qualifier="about", quote="Russian customs data, which count re-exports differently, put the figure at about $3.9 billion", note="Russian customs data; sources disagree"),
 dict(metric="china_kyrgyzstan_trade_turnover", value=20000000000, period="2023", kind="actual", qualifier="almost", quote="Chinese customs, meanwhile, reported nearly $20 billion in trade with Kyrgyzstan last year", note="distractor: third country"),
 dict(metric="china_to_russia_trade_multiple", value=5, period="2023", kind="actual", qualifier="more than", quote="more than five times the Russian figure", note="distractor: multiple of China trade vs Russia trade"),
 dict(metric="remittances_share_of_gdp_pct", value=24, period="2023", kind="actual", qualifier="about", quote="which made up about 24 percent of Kyrgyzstan's GDP in 2023", note="distractor"),
 dict(metric="affected_cardholders", value=100000, period=None, kind="actual", qualifier="less than", quote="affects fewer than 100,000 cardholders", note="distractor"),
],
events=[
 dict(date="2024-06", what="US Treasury sanctioned Kyrgyzstan's Keremet Bank", quote="Last week the U.S. Treasury Department sanctioned Kyrgyzstan's Keremet Bank", type="other", status="past", bilateral=False),
 dict(date="2024-06", what="Eurasian Intergovernmental Council in Minsk; agreement to develop payments in national currencies", quote="as agreed at the Eurasian Intergovernmental Council in Minsk earlier this month", type="conference", status="past", bilateral=False),
 dict(date="2019", what="Elcard co-badged cards with Mir since 2019", quote="which had co-badged cards with Mir since 2019", type="other", status="past", bilateral=True),
 dict(date="2024", what="Next session of the intergovernmental commission in the autumn", quote="Bishkek and Moscow are due to hold the next session of their intergovernmental commission in the autumn", type="igc_session", status="planned", bilateral=True),
 dict(date="2024-09", what="Kyrgyz-Russian economic forum planned for September at Issyk-Kul", quote="a Kyrgyz-Russian economic forum is planned for September on the shores of Issyk-Kul", type="forum", status="planned", bilateral=True),
],
)))
