# -*- coding: utf-8 -*-
"""Articles 06-10: text and gold annotation."""
A = []

A.append(dict(
file="06_reuters_en_2019_putin_bishkek_deals.txt",
source="https://www.reuters.com/article/us-kyrgyzstan-russia-putin-idUSKCN1RA0XY",
header_date="2019-03-28",
body="""WORLD NEWS
MARCH 28, 2019 / 5:41 PM / UPDATED 2 HOURS AGO

Putin, in Kyrgyzstan, signs deals and backs airbase expansion

BISHKEK (Reuters) - Russian President Vladimir Putin on Thursday signed a raft of economic agreements with Kyrgyzstan and said Moscow would keep investing in its military presence in the Central Asian country, Russia's closest ally in the region after Belarus.

Putin, on a two-day state visit, held talks with Kyrgyz President Sooronbay Jeenbekov, who said the two sides had signed documents and commercial contracts worth about $6 billion, including investment in energy, mining and a planned industrial zone near the capital.

"Russia remains our main trading partner and investor," Jeenbekov told a joint news conference. Putin said bilateral trade had grown to about $2 billion last year and that both governments would work to raise it further.

Kyrgyzstan, one of the poorest former Soviet republics, relies heavily on remittances from migrant workers in Russia, which account for roughly a third of its gross domestic product.

The two leaders also agreed to lease additional land for the Russian airbase at Kant, east of Bishkek, and Putin said Russia was ready to upgrade the facility. The agreement on the unified Russian base was signed in 2012 and extended the lease for 15 years.

Kyrgyz Prime Minister Mukhammedkaly Abylgaziev met Russian business leaders on Wednesday ahead of the leaders' talks, his office said. He told them Kyrgyzstan wanted Russian banks to take a bigger role in financing projects under the Russian-Kyrgyz Development Fund, which has lent more than $300 million since 2015.

Putin will leave Bishkek on Friday. Kyrgyzstan will host a summit of the Shanghai Cooperation Organisation in June.

Reporting by Nurzhan Abdrakhmanova; Writing by Pavel Lesnikov; Editing by Kevin Hartwell

Our Standards: The Thomson Reuters Trust Principles.
""",
gold=dict(
date="2019-03-28", date_partial=None, date_source="byline",
date_note="'MARCH 28, 2019 / 5:41 PM'; 'on Thursday' agrees. 'on Wednesday' = 2019-03-27; 'on Friday' = 2019-03-29; 'last year' = 2018.",
people=[
 dict(name_ru_nominative="Владимир Путин", name_in_text="Vladimir Putin", role="президент России", forms_in_text=["Vladimir Putin", "Putin"]),
 dict(name_ru_nominative="Сооронбай Жээнбеков", name_in_text="Sooronbay Jeenbekov", role="президент Кыргызстана", forms_in_text=["Sooronbay Jeenbekov", "Jeenbekov"]),
 dict(name_ru_nominative="Мухаммедкалый Абылгазиев", name_in_text="Mukhammedkaly Abylgaziev", role="премьер-министр Кыргызстана", forms_in_text=["Mukhammedkaly Abylgaziev"]),
],
other_names=["Nurzhan Abdrakhmanova", "Pavel Lesnikov", "Kevin Hartwell"],
figures=[
 dict(metric="deals_value", value=6000000000, period=None, kind="actual", qualifier="about", quote="signed documents and commercial contracts worth about $6 billion", note="distractor: deals/investment"),
 dict(metric="trade_turnover", value=2000000000, period="2018", kind="actual", qualifier="about", quote="bilateral trade had grown to about $2 billion last year", period_text="last year"),
 dict(metric="remittances_share_of_gdp", value=33, period=None, kind="actual", qualifier="about", quote="which account for roughly a third of its gross domestic product", note="distractor; 'roughly a third'"),
 dict(metric="rkdf_loans_total", value=300000000, period=None, kind="actual", qualifier="more than", quote="which has lent more than $300 million since 2015", note="distractor: fund lending"),
],
events=[
 dict(date="2019-03-28", what="Putin–Jeenbekov talks during Putin's state visit to Kyrgyzstan; economic agreements signed", quote="Russian President Vladimir Putin on Thursday signed a raft of economic agreements with Kyrgyzstan", type="visit", status="past", bilateral=True),
 dict(date="2019-03-28", what="Agreement to lease additional land for the Russian airbase at Kant", quote="The two leaders also agreed to lease additional land for the Russian airbase at Kant", type="agreement", status="past", bilateral=True),
 dict(date="2012", what="Agreement on the unified Russian base signed", quote="The agreement on the unified Russian base was signed in 2012", type="agreement", status="past", bilateral=True),
 dict(date="2019-03-27", what="PM Abylgaziev met Russian business leaders", quote="Kyrgyz Prime Minister Mukhammedkaly Abylgaziev met Russian business leaders on Wednesday", type="meeting", status="past", bilateral=True),
 dict(date="2019-06", what="Kyrgyzstan to host the SCO summit", quote="Kyrgyzstan will host a summit of the Shanghai Cooperation Organisation in June", type="conference", status="planned", bilateral=False),
],
)))

A.append(dict(
file="07_kabar_ru_nodate_issykkul_economic_forum.txt",
source="https://kabar.kg/news/akylbek-zhaparov-kyrgyzsko-rossiiskii-ekonomicheskii-forum-itogi/",
header_date="unknown",
body="""Акылбек Жапаров: Объем соглашений на форуме превысил 1,3 млрд долларов

Чолпон-Ата, 12 сентября /Кабар/. На полях VI Кыргызско-российского экономического форума подписаны соглашения и контракты на общую сумму более 1,3 млрд долларов. Об этом заявил председатель Кабинета министров Акылбек Жапаров на пленарном заседании.

«Россия остается одним из ведущих торговых партнеров и инвесторов Кыргызстана. За семь месяцев текущего года товарооборот вырос на 11,5 процента и составил 2,1 млрд долларов. Мы ставим задачу в ближайшие годы довести взаимную торговлю до 5 млрд долларов в год», — отметил глава Кабмина.

Российскую делегацию возглавил заместитель председателя правительства России Алексей Оверчук. Он вручил Акылбеку Жапарову орден Дружбы, которым тот награжден указом президента Российской Федерации Владимира Путина.

«Кыргызстан для нас — надежный союзник. В следующем году наши страны отметят десятилетие участия Кыргызстана в Евразийском экономическом союзе, и за эти годы мы видим, как выросли и торговля, и инвестиции», — сказал Оверчук.

В работе форума также принял участие новый посол России в Кыргызстане Сергей Вакунов, который 10 сентября вручил верительные грамоты президенту Садыру Жапарову.

По данным Российско-Кыргызского фонда развития, с начала деятельности фонд профинансировал более 3,4 тысячи проектов на сумму свыше 700 млн долларов. Представители фонда сообщили, что в рамках форума одобрены еще 12 проектов.

Участники форума договорились провести следующую встречу в следующем году в Иссык-Кульской области.

Фото: пресс-служба Кабмина КР
""",
gold=dict(
date=None, date_partial="????-09-12", date_source="body_day_month",
date_note="Dateline 'Чолпон-Ата, 12 сентября /Кабар/' has no year and the page states none. Year inferable as 2024: 'в следующем году ... десятилетие участия Кыргызстана в ЕАЭС' (accession 2015 → 10 years in 2025), Akylbek Japarov chairman of the cabinet (2021-10..2024-12), new Russian ambassador Vakunov presenting credentials. Not set in 'date' because no year is on the page.",
people=[
 dict(name_ru_nominative="Акылбек Жапаров", name_in_text="Акылбек Жапаров", role="председатель Кабинета министров КР", forms_in_text=["Акылбек Жапаров", "Акылбеку Жапарову"]),
 dict(name_ru_nominative="Алексей Оверчук", name_in_text="Алексей Оверчук", role="заместитель председателя правительства РФ", forms_in_text=["Алексей Оверчук", "Оверчук"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимира Путина", role="президент РФ", forms_in_text=["Владимира Путина"]),
 dict(name_ru_nominative="Сергей Вакунов", name_in_text="Сергей Вакунов", role="посол России в Кыргызстане", forms_in_text=["Сергей Вакунов"]),
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="Садыру Жапарову", role="президент Кыргызстана", forms_in_text=["Садыру Жапарову"]),
],
other_names=[],
figures=[
 dict(metric="forum_deals_value", value=1300000000, period=None, kind="actual", qualifier="more than", quote="подписаны соглашения и контракты на общую сумму более 1,3 млрд долларов", note="distractor: deals"),
 dict(metric="trade_turnover_growth_pct", value=11.5, period="2024-7M", kind="actual", quote="За семь месяцев текущего года товарооборот вырос на 11,5 процента", period_text="За семь месяцев текущего года", note="year inferred (2024)"),
 dict(metric="trade_turnover", value=2100000000, period="2024-7M", kind="actual", quote="составил 2,1 млрд долларов", note="year inferred (2024)"),
 dict(metric="trade_turnover", value=5000000000, period="annual", kind="target", quote="довести взаимную торговлю до 5 млрд долларов в год"),
 dict(metric="rkdf_financing_total", value=700000000, period=None, kind="actual", qualifier="more than", quote="профинансировал более 3,4 тысячи проектов на сумму свыше 700 млн долларов", note="distractor"),
],
events=[
 dict(date=None, date_partial="????-09-12", date_note="year inferred 2024", what="VI Kyrgyz-Russian Economic Forum, Cholpon-Ata; agreements over $1.3bn signed", quote="На полях VI Кыргызско-российского экономического форума подписаны соглашения и контракты", type="forum", status="past", bilateral=True),
 dict(date=None, date_partial="????-09-12", date_note="year inferred 2024", what="Overchuk presented the Order of Friendship to Akylbek Japarov", quote="Он вручил Акылбеку Жапарову орден Дружбы", type="other", status="past", bilateral=True),
 dict(date=None, date_note="'в следующем году' — 10 years of EAEU membership; inferred 2025", what="Tenth anniversary of Kyrgyzstan's EAEU membership next year", quote="В следующем году наши страны отметят десятилетие участия Кыргызстана в Евразийском экономическом союзе", type="anniversary", status="planned", bilateral=False),
 dict(date=None, date_partial="????-09-10", date_note="year inferred 2024", what="New Russian ambassador Vakunov presented credentials to President Sadyr Japarov", quote="10 сентября вручил верительные грамоты президенту Садыру Жапарову", type="other", status="past", bilateral=True),
 dict(date=None, date_note="'в следующем году'; inferred 2025", what="Next forum to be held next year in Issyk-Kul region", quote="провести следующую встречу в следующем году в Иссык-Кульской области", type="forum", status="planned", bilateral=True),
],
)))

A.append(dict(
file="08_eurasianet_en_2015_eaeu_entry_trade_slump.txt",
source="https://eurasianet.org/kyrgyzstan-joins-eurasian-union-as-trade-slumps",
header_date="2015-08-12",
body="""Kyrgyzstan Joins Eurasian Union as Trade Slumps

Aug 12, 2015
Aida Toktosunova

Kyrgyzstan became a full member of the Russia-led Eurasian Economic Union (EEU) on August 12, three months later than officials in Bishkek had originally hoped, and at a moment when the bloc's promised benefits look hard to find.

The accession treaty, signed in Moscow last December, entered into force after Kazakhstan completed its ratification procedures. Customs posts on the Kyrgyz-Kazakh border were dismantled overnight, a step President Almazbek Atambayev described as "the end of humiliating queues for our traders."

But the numbers tell a sobering story. According to the National Statistics Committee, Kyrgyzstan's trade with Russia fell 26 percent year-on-year in the first half of 2015, to $714 million. Remittances sent home by migrant workers in Russia, the lifeline of the Kyrgyz economy, dropped by nearly half in dollar terms over the same period as the ruble collapsed.

Prime Minister Temir Sariyev has sought to reassure voters ahead of October's parliamentary elections. "Integration is a marathon, not a sprint," he told lawmakers in July, pointing to the $1 billion Russian-Kyrgyz Development Fund and a $200 million Russian grant to modernize border and veterinary controls.

The chairman of the Eurasian Economic Commission's board, Viktor Khristenko, welcomed Kyrgyzstan's entry, saying the bloc now spans five countries with a combined GDP of about $2.2 trillion.

Critics remain unconvinced. Bishkek economist Nurgul Akimova argues that the Dordoi bazaar, once Central Asia's largest wholesale market, has already lost a quarter of its traders. Kyrgyzstan's trade with China, the source of most goods sold at Dordoi, reached $1.1 billion in the first half, according to Kyrgyz data, a figure many believe understates the real flows.

The Russian-Kyrgyz Development Fund is expected to issue its first loans this autumn.

Related: Kyrgyzstan: Bazaar Traders Brace for Eurasian Union
""",
gold=dict(
date="2015-08-12", date_partial=None, date_source="byline",
date_note="'Aug 12, 2015'. 'last December' = 2014-12; 'in July' = 2015-07; October's elections are domestic (not annotated).",
people=[
 dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Almazbek Atambayev", role="президент Кыргызстана", forms_in_text=["Almazbek Atambayev"]),
 dict(name_ru_nominative="Темир Сариев", name_in_text="Temir Sariyev", role="премьер-министр Кыргызстана", forms_in_text=["Temir Sariyev"]),
 dict(name_ru_nominative="Виктор Христенко", name_in_text="Viktor Khristenko", role="председатель Коллегии ЕЭК", forms_in_text=["Viktor Khristenko"]),
],
other_names=["Aida Toktosunova", "Nurgul Akimova"],
figures=[
 dict(metric="trade_turnover_growth_pct", value=-26, period="2015-H1", kind="actual", quote="Kyrgyzstan's trade with Russia fell 26 percent year-on-year in the first half of 2015", period_text="in the first half of 2015"),
 dict(metric="trade_turnover", value=714000000, period="2015-H1", kind="actual", quote="to $714 million"),
 dict(metric="rkdf_authorized_capital", value=1000000000, period=None, kind="actual", quote="the $1 billion Russian-Kyrgyz Development Fund", note="distractor"),
 dict(metric="russian_grant", value=200000000, period=None, kind="actual", quote="a $200 million Russian grant to modernize border and veterinary controls", note="distractor: aid"),
 dict(metric="eaeu_combined_gdp", value=2200000000000, period=None, kind="actual", qualifier="about", quote="a combined GDP of about $2.2 trillion", note="distractor"),
 dict(metric="kyrgyzstan_china_trade_turnover", value=1100000000, period="2015-H1", kind="actual", quote="Kyrgyzstan's trade with China, the source of most goods sold at Dordoi, reached $1.1 billion in the first half", note="distractor: third country"),
],
events=[
 dict(date="2015-08-12", what="Kyrgyzstan became a full member of the EAEU (accession treaty entered into force)", quote="Kyrgyzstan became a full member of the Russia-led Eurasian Economic Union (EEU) on August 12", type="other", status="past", bilateral=False),
 dict(date="2014-12", what="Treaty on Kyrgyzstan's accession to the EAEU signed in Moscow", quote="The accession treaty, signed in Moscow last December", type="agreement", status="past", bilateral=False),
 dict(date="2015-08", what="Customs posts on the Kyrgyz-Kazakh border dismantled", quote="Customs posts on the Kyrgyz-Kazakh border were dismantled overnight", type="other", status="past", bilateral=False),
 dict(date="2015", what="RKDF expected to issue its first loans this autumn", quote="The Russian-Kyrgyz Development Fund is expected to issue its first loans this autumn", type="other", status="planned", bilateral=True),
],
)))

A.append(dict(
file="09_government_ru_2022_igc_23rd_session.txt",
source="http://government.ru/news/45123/",
header_date="2022-04-14",
body="""Алексей Оверчук и Арзыбек Кожошев провели 23-е заседание Межправительственной российско-киргизской комиссии

14 апреля 2022
Заместитель Председателя Правительства Алексей Оверчук

Заместитель Председателя Правительства Российской Федерации Алексей Оверчук провёл совместно с Первым заместителем Председателя Кабинета министров Киргизской Республики Арзыбеком Кожошевым 23-е заседание Межправительственной российско-киргизской комиссии по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству. Заседание состоялось в Москве.

Сопредседатели подвели итоги работы за 2021 год и определили приоритеты на ближайшую перспективу, включая промышленную кооперацию, транспорт, финансы, сельское хозяйство, миграцию и образование.

«По итогам прошлого года товарооборот между нашими странами вырос более чем на 37% и превысил 2,5 млрд долларов. Это хороший результат, но потенциал значительно больше», – отметил Алексей Оверчук.

Отдельно стороны обсудили вопросы финансового взаимодействия: расширение расчётов в национальных валютах, обеспечение бесперебойного приёма карт «Мир» в Киргизии и работу Российско-Киргизского фонда развития. Арзыбек Кожошев сообщил, что доля рубля во взаимных расчётах превышает 60%.

Алексей Оверчук напомнил, что в марте страны отметили 30-летие установления дипломатических отношений, а в 2022 году Киргизия председательствует в органах Евразийского экономического союза. «Рассчитываем на активную совместную работу по повестке евразийской интеграции», – сказал он.

По итогам заседания подписан протокол. Следующее, 24-е заседание комиссии договорились провести в 2023 году в Бишкеке.
""",
gold=dict(
date="2022-04-14", date_partial=None, date_source="body",
date_note="Body line '14 апреля 2022'. 'По итогам прошлого года' = 2021; 'в марте' = 2022-03 (30 years since 1992).",
people=[
 dict(name_ru_nominative="Алексей Оверчук", name_in_text="Алексей Оверчук", role="заместитель Председателя Правительства РФ", forms_in_text=["Алексей Оверчук"]),
 dict(name_ru_nominative="Арзыбек Кожошев", name_in_text="Арзыбек Кожошев", role="первый заместитель Председателя Кабинета министров КР", forms_in_text=["Арзыбек Кожошев", "Арзыбеком Кожошевым"]),
],
other_names=[],
figures=[
 dict(metric="trade_turnover_growth_pct", value=37, period="2021", kind="actual", qualifier="more than", quote="товарооборот между нашими странами вырос более чем на 37%", period_text="По итогам прошлого года"),
 dict(metric="trade_turnover", value=2500000000, period="2021", kind="actual", qualifier="more than", quote="превысил 2,5 млрд долларов"),
 dict(metric="ruble_share_in_settlements_pct", value=60, period=None, kind="actual", qualifier="more than", quote="доля рубля во взаимных расчётах превышает 60%", note="distractor: share of settlements"),
],
events=[
 dict(date="2022-04-14", what="23rd session of the Russian-Kyrgyz intergovernmental commission, Moscow", quote="23-е заседание Межправительственной российско-киргизской комиссии по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству", type="igc_session", status="past", bilateral=True),
 dict(date="2022-03", what="30th anniversary of diplomatic relations", quote="в марте страны отметили 30-летие установления дипломатических отношений", type="anniversary", status="past", bilateral=True),
 dict(date="2022", what="Kyrgyzstan chairs the EAEU bodies in 2022", quote="в 2022 году Киргизия председательствует в органах Евразийского экономического союза", type="other", status="ongoing", bilateral=False),
 dict(date="2022-04-14", what="Protocol of the session signed", quote="По итогам заседания подписан протокол", type="agreement", status="past", bilateral=True),
 dict(date="2023", what="24th session of the commission planned in Bishkek", quote="Следующее, 24-е заседание комиссии договорились провести в 2023 году в Бишкеке", type="igc_session", status="planned", bilateral=True),
],
)))

A.append(dict(
file="10_sputnik_ru_2023_rkfr_restructuring.txt",
source="https://ru.sputnik.kg/20230613/rkfr-restrukturizaciya-kreditov-batken-1076543210.html",
header_date="2023-06-13",
body="""РКФР отсрочит платежи заемщикам из Баткена — Новиков

Фонд также снизил ставки по новым кредитам для экспортеров в страны ЕАЭС

© Sputnik / Табылды Кадырбеков
Председатель правления РКФР Артем Новиков. Архивное фото

БИШКЕК, 13 июн — Sputnik. Российско-Кыргызский фонд развития (РКФР) реструктуризирует кредиты предпринимателей Баткенской области, пострадавших в ходе конфликта на границе в сентябре прошлого года. Об этом сообщил председатель правления фонда Артем Новиков.

По его словам, соответствующее решение наблюдательный совет фонда одобрил в прошлую пятницу. Отсрочка по выплате основного долга составит до 18 месяцев, под реструктуризацию попадают 146 кредитов на общую сумму около 9,8 миллиона долларов.

"Мы понимаем, в каком положении оказались люди. Наша задача — сохранить бизнес и рабочие места, а не наказывать заемщиков", — сказал Новиков.

Кроме того, с июля фонд снизит ставку по кредитам для экспортеров в страны ЕАЭС до 6% годовых в долларах. Ранее председатель Кабинета министров Акылбек Жапаров поручил фонду сосредоточиться на проектах с экспортной составляющей.

За все время работы РКФР профинансировал 2 830 проектов на общую сумму 736 миллионов долларов. Портфель проблемных кредитов составляет около 4%, уточнил Новиков.

Справка: по данным Национального статистического комитета, в 2022 году товарооборот Кыргызстана и России составил 3,3 миллиарда долларов. За первый квартал 2023 года он вырос на 20,4% по сравнению с тем же периодом прошлого года. Уставный капитал фонда сформирован Россией.

Читайте также:
Жапаров: кредиты РКФР должны работать на экспорт
""",
gold=dict(
date="2023-06-13", date_partial=None, date_source="body",
date_note="Dateline 'БИШКЕК, 13 июн — Sputnik'; year from URL/header. 'в прошлую пятницу' = 2023-06-09; 'в сентябре прошлого года' = 2022-09.",
people=[
 dict(name_ru_nominative="Артем Новиков", name_in_text="Артем Новиков", role="председатель правления Российско-Кыргызского фонда развития", forms_in_text=["Артем Новиков", "Новиков"]),
 dict(name_ru_nominative="Акылбек Жапаров", name_in_text="Акылбек Жапаров", role="председатель Кабинета министров КР", forms_in_text=["Акылбек Жапаров", "Жапаров"]),
],
other_names=["Табылды Кадырбеков"],
figures=[
 dict(metric="rkdf_restructured_loans", value=9800000, period=None, kind="actual", qualifier="about", quote="146 кредитов на общую сумму около 9,8 миллиона долларов", note="distractor: fund loans"),
 dict(metric="rkdf_export_loan_rate_pct", value=6, period=None, kind="target", quote="до 6% годовых в долларах", note="distractor: interest rate"),
 dict(metric="rkdf_financing_total", value=736000000, period=None, kind="actual", quote="профинансировал 2 830 проектов на общую сумму 736 миллионов долларов", note="distractor"),
 dict(metric="rkdf_npl_share_pct", value=4, period=None, kind="actual", qualifier="about", quote="Портфель проблемных кредитов составляет около 4%", note="distractor"),
 dict(metric="trade_turnover", value=3300000000, period="2022", kind="actual", quote="в 2022 году товарооборот Кыргызстана и России составил 3,3 миллиарда долларов"),
 dict(metric="trade_turnover_growth_pct", value=20.4, period="2023-Q1", kind="actual", quote="За первый квартал 2023 года он вырос на 20,4%", period_text="За первый квартал 2023 года"),
],
events=[
 dict(date="2023-06-09", what="RKDF supervisory board approved restructuring of loans to Batken entrepreneurs", quote="соответствующее решение наблюдательный совет фонда одобрил в прошлую пятницу", type="other", status="past", bilateral=True),
 dict(date="2023-07", what="RKDF to cut the rate for exporters to EAEU countries", quote="с июля фонд снизит ставку по кредитам для экспортеров в страны ЕАЭС", type="other", status="planned", bilateral=True),
],
)))
