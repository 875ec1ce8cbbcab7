# -*- coding: utf-8 -*-
A = []

def P(nom, in_text, role, forms, note=None):
    d = {"name_ru_nominative": nom, "name_in_text": in_text, "role": role, "forms_in_text": forms}
    if note: d["note"] = note
    return d

def F(metric, value, period, kind, quote, qualifier=None, period_text=None, note=None):
    d = {"metric": metric, "value": value, "period": period, "kind": kind}
    if qualifier: d["qualifier"] = qualifier
    d["quote"] = quote
    if period_text: d["period_text"] = period_text
    if note: d["note"] = note
    return d

def E(date, what, quote, typ, status, bilateral, date_note=None, date_partial=None):
    d = {"date": date}
    if date_partial: d["date_partial"] = date_partial
    if date_note: d["date_note"] = date_note
    d.update({"what": what, "quote": quote, "type": typ, "status": status, "bilateral": bilateral})
    return d

# ---------------------------------------------------------------- 01
A.append(dict(
file="01_kremlin_ru_2000_eurasec_astana.txt",
source="http://kremlin.ru/events/president/news/38975",
header="2000-10-10",
lang="ru",
header_date="10 октября 2000 года 18:30",
date="2000-10-10", date_partial=None, date_source="header",
date_note="Kremlin page date line under the title; same date in the header.",
text="""Встреча с Президентом Киргизии Аскаром Акаевым

10 октября 2000 года 18:30 Астана

Владимир Путин и Аскар Акаев коротко побеседовали на полях встречи глав государств – участников Таможенного союза, завершившейся подписанием Договора об учреждении Евразийского экономического сообщества.

Свои подписи под договором поставили президенты Белоруссии, Казахстана, Киргизии, России и Таджикистана. Принимающей стороной выступил Президент Казахстана Нурсултан Назарбаев.

В беседе с российской стороны принял участие Министр иностранных дел Игорь Иванов.

* * *

В.Путин: Аскар Акаевич, уважаемые коллеги!

Сегодня мы сделали, без преувеличения, серьёзный шаг: вместо Таможенного союза у нас появляется полноценная международная экономическая организация. Для России и Киргизии это означает новые возможности – и в торговле, и в совместных проектах, прежде всего в энергетике.

Мы с Вами виделись в начале июля в Душанбе, на встрече «шанхайской пятёрки», и тогда договорились, что правительства подготовят предложения по урегулированию задолженности и по совместным энергетическим проектам. Знаю, что работа идёт, хотя и не так быстро, как хотелось бы.

А.Акаев: Спасибо, Владимир Владимирович.

Киргизия с самого начала поддерживала идею Евразийского сообщества, и мы рады, что сегодня она воплотилась в договоре. Для нас Россия – главный торговый партнёр. По нашим оценкам, товарооборот по итогам года может превысить 300 миллионов долларов, и это далеко не предел: у нас есть что предложить российскому рынку.

Хотел бы ещё раз пригласить Вас посетить Бишкек с официальным визитом в будущем году – в удобное для Вас время.

В.Путин: Спасибо, обязательно приеду. Давайте поручим министрам иностранных дел проработать сроки.

А.Акаев: Договорились.
""",
people=[
 P("Владимир Путин","Владимир Путин","Президент России",["Владимир Путин","В.Путин","Владимир Владимирович"]),
 P("Аскар Акаев","Аскаром Акаевым","Президент Киргизии",["Аскаром Акаевым","Аскар Акаев","Аскар Акаевич","А.Акаев"]),
 P("Нурсултан Назарбаев","Нурсултан Назарбаев","Президент Казахстана",["Нурсултан Назарбаев"]),
 P("Игорь Иванов","Игорь Иванов","Министр иностранных дел России",["Игорь Иванов"]),
],
other_names=[],
figures=[
 F("trade_turnover",300000000,"2000","forecast","товарооборот по итогам года может превысить 300 миллионов долларов",qualifier="more than",period_text="по итогам года",note="Akaev's estimate for the current year (2000)."),
],
events=[
 E("2000-10-10","Treaty establishing the Eurasian Economic Community signed by five presidents at the Customs Union summit in Astana","завершившейся подписанием Договора об учреждении Евразийского экономического сообщества","agreement","past",False),
 E("2000-10-10","Putin and Akaev talk briefly on the sidelines of the Customs Union heads-of-state meeting","Владимир Путин и Аскар Акаев коротко побеседовали на полях встречи глав государств","meeting","past",True),
 E("2000-07","'Shanghai Five' summit in Dushanbe where the presidents last met","виделись в начале июля в Душанбе, на встрече «шанхайской пятёрки»","meeting","past",False,date_note="'в начале июля' of the current year (2000)."),
 E("2001","Akaev invites Putin for an official visit to Bishkek next year","пригласить Вас посетить Бишкек с официальным визитом в будущем году","visit","planned",True,date_note="'в будущем году' relative to 2000."),
],
))

# ---------------------------------------------------------------- 02
A.append(dict(
file="02_kabar_ru_2003_kant_csto.txt",
source="http://www.kabar.kg/rus/politics/full/2357",
header=None,
lang="ru",
header_date="unknown",
date="2003-10-23", date_partial=None, date_source="dateline",
date_note="Dateline 'Кант, 23 октября 2003 г. /Кабар/'. No header date.",
text="""Президенты Кыргызстана и России открыли авиабазу в Канте

Кант, 23 октября 2003 г. /Кабар/. Сегодня на аэродроме Кант под Бишкеком состоялась торжественная церемония открытия авиабазы, которая станет авиационным компонентом Коллективных сил быстрого развертывания Центральноазиатского региона коллективной безопасности Организации Договора о коллективной безопасности.

В церемонии приняли участие Президент Кыргызской Республики Аскар Акаев и Президент Российской Федерации Владимир Путин, прибывший в Кыргызстан с рабочим визитом. Присутствовали также министр обороны РФ Сергей Иванов и Генеральный секретарь ОДКБ Николай Бордюжа.

Выступая на церемонии, Аскар Акаев подчеркнул, что авиабаза в Канте – это «вклад Кыргызстана и России в общую систему коллективной безопасности». Он напомнил, что решение о преобразовании Договора о коллективной безопасности в международную организацию было принято на сессии в Москве в мае прошлого года, а устав ОДКБ подписан в Кишиневе в октябре 2002 года.

Владимир Путин отметил, что база будет работать на укрепление безопасности всего региона. «Мы рассматриваем ее как часть коллективных сил, а не как сугубо национальный объект», – сказал российский лидер.

После церемонии президенты провели переговоры в Бишкеке. Как сообщили в пресс-службе главы государства, стороны обсудили торгово-экономическое сотрудничество: по итогам девяти месяцев 2003 года товарооборот между двумя странами составил около 190 млн долларов, увеличившись на 12 процентов по сравнению с тем же периодом прошлого года. Обсуждались также вопросы урегулирования задолженности Кыргызстана перед Россией, которая оценивается примерно в 170 млн долларов.

Ожидается, что в ближайшее время в Москве пройдет очередное заседание межправительственной комиссии по торгово-экономическому сотрудничеству.

Фото: Кабар
""",
people=[
 P("Аскар Акаев","Аскар Акаев","Президент Кыргызской Республики",["Аскар Акаев"]),
 P("Владимир Путин","Владимир Путин","Президент Российской Федерации",["Владимир Путин"]),
 P("Сергей Иванов","Сергей Иванов","министр обороны РФ",["Сергей Иванов"]),
 P("Николай Бордюжа","Николай Бордюжа","Генеральный секретарь ОДКБ",["Николай Бордюжа"]),
],
other_names=[],
figures=[
 F("trade_turnover",190000000,"2003-9M","actual","товарооборот между двумя странами составил около 190 млн долларов",qualifier="about",period_text="по итогам девяти месяцев 2003 года"),
 F("trade_turnover_growth_pct",12,"2003-9M","actual","увеличившись на 12 процентов",period_text="по итогам девяти месяцев 2003 года"),
 F("kg_debt_to_russia_usd",170000000,None,"actual","оценивается примерно в 170 млн долларов",qualifier="about",note="Distractor: Kyrgyz state debt to Russia, not trade."),
],
events=[
 E("2003-10-23","Putin's working visit to Kyrgyzstan","Президент Российской Федерации Владимир Путин, прибывший в Кыргызстан с рабочим визитом","visit","past",True),
 E("2003-10-23","Opening ceremony of the Kant air base (aviation component of the CSTO rapid deployment forces) attended by both presidents","состоялась торжественная церемония открытия авиабазы","other","past",True,date_note="Russian base opened by both presidents; framed as CSTO collective forces — counted as bilateral because both heads of state took part in a Kyrgyz–Russian ceremony."),
 E("2003-10-23","Akaev–Putin talks in Bishkek after the ceremony","После церемонии президенты провели переговоры в Бишкеке","meeting","past",True),
 E("2002-05","CST session in Moscow decided to transform the treaty into an organisation","было принято на сессии в Москве в мае прошлого года","meeting","past",False,date_note="'в мае прошлого года' = May 2002 (real: 14 May 2002)."),
 E("2002-10","CSTO Charter signed in Chisinau","устав ОДКБ подписан в Кишиневе в октябре 2002 года","agreement","past",False),
 E(None,"Next session of the intergovernmental commission on trade and economic cooperation expected in Moscow","в ближайшее время в Москве пройдет очередное заседание межправительственной комиссии","igc_session","planned",True,date_note="'в ближайшее время' — no date."),
],
))

# ---------------------------------------------------------------- 03
A.append(dict(
file="03_reuters_en_2009_moscow_loan.txt",
source="https://www.reuters.com/article/us-russia-kyrgyzstan-idUSTRE5123XY20090203",
header=None,
lang="en",
header_date="Tue Feb 3, 2009 1:15pm EST",
date="2009-02-03", date_partial=None, date_source="byline",
date_note="Page time line 'Tue Feb 3, 2009'; dateline 'MOSCOW, Feb 3' (no year); the URL also ends in 20090203; 'on Tuesday' in the body.",
text="""Kyrgyzstan to shut U.S. base after Russian aid pledge

Tue Feb 3, 2009 1:15pm EST

By Pavel Sorokin

MOSCOW, Feb 3 (Reuters) - Kyrgyzstan will close a U.S. air base that supports military operations in Afghanistan, President Kurmanbek Bakiyev said on Tuesday, after Russia agreed to give the impoverished Central Asian state more than $2 billion in loans and aid.

Bakiyev announced the decision at a news conference in the Kremlin after talks with Russian President Dmitry Medvedev, on the eve of a summit of the Moscow-led Collective Security Treaty Organisation (CSTO) and the Eurasian Economic Community.

Under the deal, Russia will lend Kyrgyzstan $2 billion, provide $150 million in financial aid and write off about $180 million of Kyrgyz debt in exchange for a stake in a Kyrgyz defence plant.

"The Kyrgyz government has made a decision on ending the term of the American base on the territory of Kyrgyzstan," Bakiyev told reporters.

Medvedev called Kyrgyzstan "a strategic partner" and said leaders of CSTO states would discuss creating a joint rapid reaction force when they meet in Moscow on Wednesday.

Finance Minister Alexei Kudrin said the terms of the loan, part of which is expected to go to the Kambarata-1 hydropower project, would be worked out by the two finance ministries within weeks.

The U.S. embassy in Bishkek said it had received no formal notification. The Manas base, at Bishkek's civilian airport, was opened in December 2001 to support the campaign against the Taliban.

Trade between Russia and Kyrgyzstan rose by about 40 percent last year to nearly $1.9 billion, according to Russian customs data. Russia's trade with neighbouring Kazakhstan, by comparison, topped $20 billion in 2008.

(Additional reporting by Aidai Bekova in Bishkek; Editing by Simon Ashby)
""",
people=[
 P("Курманбек Бакиев","Kurmanbek Bakiyev","President of Kyrgyzstan",["Kurmanbek Bakiyev","Bakiyev"]),
 P("Дмитрий Медведев","Dmitry Medvedev","President of Russia",["Dmitry Medvedev","Medvedev"]),
 P("Алексей Кудрин","Alexei Kudrin","Finance Minister of Russia",["Alexei Kudrin"]),
],
other_names=["Pavel Sorokin","Aidai Bekova","Simon Ashby"],
figures=[
 F("russia_loans_and_aid_usd",2000000000,None,"actual","more than $2 billion in loans and aid",qualifier="more than",note="Distractor: total Russian pledge, not trade."),
 F("russia_loan_usd",2000000000,None,"actual","Russia will lend Kyrgyzstan $2 billion",note="Distractor: pledged loan."),
 F("russia_aid_usd",150000000,None,"actual","provide $150 million in financial aid",note="Distractor: pledged aid."),
 F("debt_writeoff_usd",180000000,None,"actual","write off about $180 million of Kyrgyz debt",qualifier="about",note="Distractor."),
 F("trade_turnover_growth_pct",40,"2008","actual","rose by about 40 percent last year",qualifier="about",period_text="last year"),
 F("trade_turnover",1900000000,"2008","actual","to nearly $1.9 billion",qualifier="almost",period_text="last year"),
 F("kz_russia_trade_usd",20000000000,"2008","actual","topped $20 billion in 2008",qualifier="more than",note="Distractor: Russia–Kazakhstan trade."),
],
events=[
 E("2009-02-03","Bakiyev–Medvedev talks in the Kremlin","after talks with Russian President Dmitry Medvedev","meeting","past",True),
 E("2009-02-03","Loan, aid and debt deal agreed between Russia and Kyrgyzstan","Under the deal, Russia will lend Kyrgyzstan $2 billion","agreement","past",True),
 E("2009-02-04","CSTO and Eurasian Economic Community summit in Moscow (rapid reaction force)","on the eve of a summit of the Moscow-led Collective Security Treaty Organisation (CSTO) and the Eurasian Economic Community","meeting","planned",False,date_note="'on the eve' / 'on Wednesday' = 4 Feb 2009."),
 E("2001-12","Manas (U.S.) air base opened","was opened in December 2001","other","past",False),
],
))

# ---------------------------------------------------------------- 04
A.append(dict(
file="04_ria_ru_2013_sco_bishkek.txt",
source="https://ria.ru/20130913/963211457.html",
header=None,
lang="ru",
header_date="unknown",
date="2013-09-13", date_partial=None, date_source="url",
date_note="Dateline 'БИШКЕК, 13 сен' has no year; the year (and full date) comes from the URL /20130913/. 'в пятницу' agrees.",
text="""Путин и Атамбаев обсудили на полях саммита ШОС ратификацию соглашений

БИШКЕК, 13 сен — РИА Новости, Игорь Рыбаков. Президент России Владимир Путин в пятницу на полях саммита Шанхайской организации сотрудничества в Бишкеке провел встречу с президентом Киргизии Алмазбеком Атамбаевым, сообщил журналистам помощник российского лидера Юрий Ушаков.

По его словам, главы государств обсудили ход ратификации соглашений, подписанных во время визита Путина в Бишкек в сентябре прошлого года, в том числе о единой российской военной базе и об урегулировании киргизского долга в 489 миллионов долларов.

"Мы довольны тем, как идет работа. Киргизский парламент свою часть уже выполнил, дело за нами", — сказал Ушаков.

Отдельно обсуждалось присоединение Киргизии к Таможенному союзу России, Белоруссии и Казахстана. Атамбаев ранее заявлял, что республика рассчитывает завершить подготовку "дорожной карты" до конца года.

Товарооборот между Россией и Киргизией в прошлом году, по данным ФТС, вырос примерно на 18% и достиг 2 миллиардов долларов.

Саммит ШОС в Бишкеке проходит под председательством Атамбаева. В нем участвуют председатель КНР Си Цзиньпин, президент Казахстана Нурсултан Назарбаев, президент Узбекистана Ислам Каримов и президент Таджикистана Эмомали Рахмон. В ходе государственного визита Си Цзиньпина в Киргизию, завершившегося накануне саммита, стороны подписали пакет документов на общую сумму около 3 миллиардов долларов.

Следующий саммит ШОС пройдет в 2014 году в Душанбе.
""",
people=[
 P("Владимир Путин","Владимир Путин","Президент России",["Путин","Владимир Путин","Путина"],note="Headline has the surname-only form 'Путин'."),
 P("Алмазбек Атамбаев","Алмазбеком Атамбаевым","президент Киргизии",["Алмазбеком Атамбаевым","Атамбаев","Атамбаева"]),
 P("Юрий Ушаков","Юрий Ушаков","помощник президента России",["Юрий Ушаков","Ушаков"]),
 P("Си Цзиньпин","Си Цзиньпин","председатель КНР",["Си Цзиньпин","Си Цзиньпина"]),
 P("Нурсултан Назарбаев","Нурсултан Назарбаев","президент Казахстана",["Нурсултан Назарбаев"]),
 P("Ислам Каримов","Ислам Каримов","президент Узбекистана",["Ислам Каримов"]),
 P("Эмомали Рахмон","Эмомали Рахмон","президент Таджикистана",["Эмомали Рахмон"]),
],
other_names=["Игорь Рыбаков"],
figures=[
 F("debt_writeoff_usd",489000000,None,"actual","об урегулировании киргизского долга в 489 миллионов долларов",note="Distractor: debt settled under the 2012 agreements."),
 F("trade_turnover_growth_pct",18,"2012","actual","вырос примерно на 18%",qualifier="about",period_text="в прошлом году"),
 F("trade_turnover",2000000000,"2012","actual","достиг 2 миллиардов долларов",period_text="в прошлом году"),
 F("china_kg_agreements_usd",3000000000,None,"actual","на общую сумму около 3 миллиардов долларов",qualifier="about",note="Distractor: China–Kyrgyzstan documents."),
],
events=[
 E("2013-09-13","SCO summit in Bishkek chaired by Atambayev","Саммит ШОС в Бишкеке проходит под председательством Атамбаева","meeting","ongoing",False),
 E("2013-09-13","Putin–Atambayev meeting on the sidelines of the SCO summit","на полях саммита Шанхайской организации сотрудничества в Бишкеке провел встречу с президентом Киргизии Алмазбеком Атамбаевым","meeting","past",True),
 E("2012-09","Putin's visit to Bishkek","визита Путина в Бишкек в сентябре прошлого года","visit","past",True),
 E("2012-09","Agreements on the joint Russian military base and on Kyrgyz debt signed during the visit","соглашений, подписанных во время визита Путина в Бишкек","agreement","past",True),
 E("2013-09","Xi Jinping's state visit to Kyrgyzstan ending the day before the summit","государственного визита Си Цзиньпина в Киргизию","visit","past",False,date_note="ended 'накануне саммита' = 2013-09-12."),
 E("2014","Next SCO summit in Dushanbe","Следующий саммит ШОС пройдет в 2014 году в Душанбе","meeting","planned",False),
],
))

# ---------------------------------------------------------------- 05
A.append(dict(
file="05_24kg_ru_2014_eaeu_accession.txt",
source="https://24.kg/vlast/4519_kyirgyizstan_podpisal_dogovor_o_prisoedinenii_k_eaes/",
header="2014-12-23",
lang="ru",
header_date="23 декабря 2014, 18:05",
date="2014-12-23", date_partial=None, date_source="header",
date_note="24.kg date line under the headline; body says 'сегодня'.",
text="""Кыргызстан подписал договор о присоединении к ЕАЭС

23 декабря 2014, 18:05

Автор: Елена Маслова

24.kg, Бишкек – Президент Кыргызстана Алмазбек Атамбаев сегодня в Москве подписал договор о присоединении Кыргызской Республики к Договору о Евразийском экономическом союзе. Документ подписан на заседании Высшего Евразийского экономического совета в Кремле.

Подписи под договором также поставили президенты России Владимир Путин, Казахстана Нурсултан Назарбаев, Беларуси Александр Лукашенко и Армении Серж Саргсян.

«Рассчитываем, что договор будет ратифицирован в кратчайшие сроки и Кыргызстан станет полноправным членом союза уже в мае будущего года», – сказал Владимир Путин.

Договор о ЕАЭС был подписан в Астане 29 мая этого года и вступает в силу с 1 января. Армения, подписавшая договор о присоединении в октябре, станет членом союза 2 января 2015 года.

Алмазбек Атамбаев поблагодарил партнеров за поддержку. По его словам, переговорный процесс был непростым, но Кыргызстан получил переходные периоды по ряду чувствительных товаров. Председатель Коллегии Евразийской экономической комиссии Виктор Христенко назвал подписание документа «важным шагом в расширении союза».

На полях заседания Атамбаев и Путин провели короткую двустороннюю встречу, на которой обсудили работу Российско-Кыргызского фонда развития. Уставный капитал фонда составляет 500 млн долларов. Как сообщил премьер-министр Джоомарт Оторбаев, первые кредиты фонд выдаст в начале 2015 года.

По данным Нацстаткома, за январь-октябрь 2014 года товарооборот Кыргызстана с Россией составил 1,7 млрд долларов, снизившись на 8 процентов.
""",
people=[
 P("Алмазбек Атамбаев","Алмазбек Атамбаев","Президент Кыргызстана",["Алмазбек Атамбаев","Атамбаев"]),
 P("Владимир Путин","Владимир Путин","президент России",["Владимир Путин","Путин"]),
 P("Нурсултан Назарбаев","Нурсултан Назарбаев","президент Казахстана",["Нурсултан Назарбаев"]),
 P("Александр Лукашенко","Александр Лукашенко","президент Беларуси",["Александр Лукашенко"]),
 P("Серж Саргсян","Серж Саргсян","президент Армении",["Серж Саргсян"]),
 P("Виктор Христенко","Виктор Христенко","Председатель Коллегии Евразийской экономической комиссии",["Виктор Христенко"]),
 P("Джоомарт Оторбаев","Джоомарт Оторбаев","премьер-министр Кыргызстана",["Джоомарт Оторбаев"]),
],
other_names=["Елена Маслова"],
figures=[
 F("rkdf_charter_capital_usd",500000000,None,"actual","Уставный капитал фонда составляет 500 млн долларов",note="Distractor: Russian-Kyrgyz Development Fund capital."),
 F("trade_turnover",1700000000,"2014-10M","actual","товарооборот Кыргызстана с Россией составил 1,7 млрд долларов",period_text="за январь-октябрь 2014 года"),
 F("trade_turnover_growth_pct",-8,"2014-10M","actual","снизившись на 8 процентов",period_text="за январь-октябрь 2014 года",note="Decline."),
],
events=[
 E("2014-12-23","Supreme Eurasian Economic Council meeting in the Kremlin","на заседании Высшего Евразийского экономического совета в Кремле","meeting","past",False),
 E("2014-12-23","Treaty on Kyrgyzstan's accession to the EAEU Treaty signed","подписал договор о присоединении Кыргызской Республики к Договору о Евразийском экономическом союзе","agreement","past",False),
 E("2014-12-23","Atambayev–Putin short bilateral meeting on the sidelines","На полях заседания Атамбаев и Путин провели короткую двустороннюю встречу","meeting","past",True),
 E("2015-05","Kyrgyzstan expected to become a full EAEU member","Кыргызстан станет полноправным членом союза уже в мае будущего года","other","planned",False),
 E("2014-05-29","EAEU Treaty signed in Astana","Договор о ЕАЭС был подписан в Астане 29 мая этого года","agreement","past",False),
 E("2015-01-01","EAEU Treaty enters into force","вступает в силу с 1 января","other","planned",False),
 E("2014-10","Armenia signed its accession treaty","Армения, подписавшая договор о присоединении в октябре","agreement","past",False),
 E("2015-01-02","Armenia becomes an EAEU member","станет членом союза 2 января 2015 года","other","planned",False),
 E("2015","Russian-Kyrgyz Development Fund to issue first loans","первые кредиты фонд выдаст в начале 2015 года","other","planned",True,date_note="'в начале 2015 года'."),
],
))

# ---------------------------------------------------------------- 06
A.append(dict(
file="06_kremlin_ru_2019_informal_cis_jeenbekov.txt",
source="http://kremlin.ru/events/president/news/62390",
header="2019-12-20",
lang="ru",
header_date="20 декабря 2019 года 11:20",
date="2019-12-20", date_partial=None, date_source="header",
date_note="Kremlin date line.",
text="""Встреча с Президентом Киргизии Сооронбаем Жээнбековым

Владимир Путин провёл встречу с Президентом Киргизской Республики Сооронбаем Жээнбековым, прибывшим в Санкт-Петербург для участия в неформальной встрече глав государств – участников Содружества Независимых Государств.

20 декабря 2019 года 11:20 Санкт-Петербург

В.Путин: Уважаемый Сооронбай Шарипович!

Рад Вас видеть. Год был насыщенным: в марте состоялся мой государственный визит в Бишкек, в июне – саммит Шанхайской организации сотрудничества, который Киргизия провела на очень высоком уровне, и совсем недавно, в конце ноября, – саммит ОДКБ, тоже в Бишкеке. Хочу поблагодарить Вас за председательство в Организации.

Торгово-экономические связи развиваются: за десять месяцев товарооборот вырос примерно на 9 процентов. Наши правительства работают над новыми проектами.

С.Жээнбеков: Уважаемый Владимир Владимирович!

Спасибо за приглашение в Санкт-Петербург. Действительно, этот год был для нас годом председательства и в ШОС, и в ОДКБ, и без поддержки России мы бы не справились.

По итогам прошлого года товарооборот между нашими странами достиг почти 1,9 миллиарда долларов, в этом году динамика сохраняется. Межправительственная комиссия проведёт очередное заседание в феврале в Москве, там мы рассчитываем закрепить договорённости по промышленной кооперации.

В следующем году мы отмечаем 75-летие Великой Победы. Я уже говорил, что обязательно буду в Москве 9 мая на параде.

В.Путин: Будем Вас ждать.
""",
people=[
 P("Владимир Путин","Владимир Путин","Президент России",["Владимир Путин","В.Путин","Владимир Владимирович"]),
 P("Сооронбай Жээнбеков","Сооронбаем Жээнбековым","Президент Киргизской Республики",["Сооронбаем Жээнбековым","Сооронбай Шарипович","С.Жээнбеков"]),
],
other_names=[],
figures=[
 F("trade_turnover_growth_pct",9,"2019-10M","actual","за десять месяцев товарооборот вырос примерно на 9 процентов",qualifier="about",period_text="за десять месяцев"),
 F("trade_turnover",1900000000,"2018","actual","товарооборот между нашими странами достиг почти 1,9 миллиарда долларов",qualifier="almost",period_text="По итогам прошлого года"),
],
events=[
 E("2019-12-20","Putin–Jeenbekov meeting in St Petersburg","Владимир Путин провёл встречу с Президентом Киргизской Республики Сооронбаем Жээнбековым","meeting","past",True),
 E("2019-12-20","Informal meeting of CIS heads of state in St Petersburg","для участия в неформальной встрече глав государств – участников Содружества Независимых Государств","meeting","ongoing",False),
 E("2019-03","Putin's state visit to Bishkek","в марте состоялся мой государственный визит в Бишкек","visit","past",True),
 E("2019-06","SCO summit in Bishkek","в июне – саммит Шанхайской организации сотрудничества","meeting","past",False),
 E("2019-11","CSTO summit in Bishkek under Kyrgyz chairmanship","в конце ноября, – саммит ОДКБ, тоже в Бишкеке","meeting","past",False,date_note="'в конце ноября' (real: 28 Nov 2019)."),
 E("2020-02","Next session of the intergovernmental commission in Moscow","Межправительственная комиссия проведёт очередное заседание в феврале в Москве","igc_session","planned",True,date_note="February of next year."),
 E("2020-05-09","Victory Day parade in Moscow (75th anniversary) Jeenbekov plans to attend","обязательно буду в Москве 9 мая на параде","other","planned",False),
],
))

# ---------------------------------------------------------------- 07
A.append(dict(
file="07_akipress_en_2020_victory_parade.txt",
source="https://akipress.com/news:652318:Jeenbekov_attends_Victory_Parade_in_Moscow/",
header="2020-06-24",
lang="en",
header_date="24 June 2020 15:40",
date="2020-06-24", date_partial=None, date_source="header",
date_note="AKIpress date line; body also says 'on June 24'.",
text="""Jeenbekov attends Victory Parade in Moscow, talks briefly with Putin

24 June 2020 15:40

AKIpress news agency - President Sooronbay Jeenbekov attended the military parade on Red Square in Moscow on June 24 marking the 75th anniversary of Victory in the Great Patriotic War, the presidential press service said.

The parade, originally planned for May 9, was postponed because of the coronavirus pandemic. Servicemen from several CIS countries, including Kyrgyzstan, marched across Red Square.

Russian President Vladimir Putin welcomed foreign guests at the Kremlin, among them President of Kazakhstan Kassym-Jomart Tokayev, President of Belarus Alexander Lukashenko and President of Tajikistan Emomali Rahmon.

After the parade, Jeenbekov and Putin had a brief conversation, during which they discussed supplies of coronavirus test systems and the situation of Kyrgyz labour migrants who have been stranded in Russia since the borders closed. Jeenbekov thanked Russia for the humanitarian aid delivered in spring and for $20 million in budget support, the press service said.

The two leaders last spoke at the Supreme Eurasian Economic Council meeting held via videoconference on May 19.

According to the National Statistical Committee, trade between Kyrgyzstan and Russia fell by 22.5% in January-April 2020 to $480 million. Kyrgyzstan's overall foreign trade over the period stood at $1.7 billion.

Kyrgyzstan will hold parliamentary elections on October 4.

Photo: press service of the President
""",
people=[
 P("Сооронбай Жээнбеков","Sooronbay Jeenbekov","President of Kyrgyzstan",["Sooronbay Jeenbekov","Jeenbekov"]),
 P("Владимир Путин","Vladimir Putin","President of Russia",["Vladimir Putin","Putin"]),
 P("Касым-Жомарт Токаев","Kassym-Jomart Tokayev","President of Kazakhstan",["Kassym-Jomart Tokayev"]),
 P("Александр Лукашенко","Alexander Lukashenko","President of Belarus",["Alexander Lukashenko"]),
 P("Эмомали Рахмон","Emomali Rahmon","President of Tajikistan",["Emomali Rahmon"]),
],
other_names=[],
figures=[
 F("russia_budget_support_usd",20000000,None,"actual","$20 million in budget support",note="Distractor: aid."),
 F("trade_turnover_growth_pct",-22.5,"2020-4M","actual","fell by 22.5% in January-April 2020",period_text="January-April 2020"),
 F("trade_turnover",480000000,"2020-4M","actual","to $480 million",period_text="January-April 2020"),
 F("kg_total_foreign_trade_usd",1700000000,"2020-4M","actual","overall foreign trade over the period stood at $1.7 billion",note="Distractor: Kyrgyzstan's total foreign trade."),
],
events=[
 E("2020-06-24","Victory Day parade on Red Square (75th anniversary), postponed from May 9","attended the military parade on Red Square in Moscow on June 24","other","past",False),
 E("2020-06-24","Jeenbekov–Putin brief conversation after the parade","Jeenbekov and Putin had a brief conversation","meeting","past",True),
 E("2020-05-19","Supreme Eurasian Economic Council videoconference","the Supreme Eurasian Economic Council meeting held via videoconference on May 19","meeting","past",False),
 E("2020-10-04","Kyrgyz parliamentary elections","Kyrgyzstan will hold parliamentary elections on October 4","other","planned",False),
],
))
