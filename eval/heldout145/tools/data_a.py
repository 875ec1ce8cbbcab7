# Articles 01-09: text and gold annotation. build.py writes articles/ and gold.json from these.
A = []

A.append(dict(
file="01_itartass_ru_1996_yeltsin_akaev_kremlin.txt",
source="https://tass.ru/archive/itar-tass/1996/03/29/yeltsin-akaev",
lang="ru", header_date="29 марта",
body="""МОСКВА, 29 марта /Корр. ИТАР-ТАСС Ольга Кривошеева/.
Президент России Борис Ельцин провел сегодня в Кремле встречу с президентом Киргизии Аскаром Акаевым. Беседа состоялась сразу после подписания в Кремле Договора об углублении интеграции в экономической и гуманитарной областях между Россией, Белоруссией, Казахстаном и Киргизией.
Как сообщили в пресс-службе Кремля, главы государств обсудили ход выполнения Договора о дружбе, сотрудничестве и взаимной помощи 1992 года, а также погашение задолженности Киргизии за поставки российских энергоносителей. Борис Ельцин подтвердил приглашение Акаеву посетить Россию с официальным визитом "в удобное для киргизского коллеги время".
Аскар Акаев заявил журналистам, что подписанный четырехсторонний договор "отвечает чаяниям простых людей", и выразил надежду, что к нему присоединятся и другие страны СНГ.
В составе киргизской делегации - премьер-министр Апас Джумагулов и министр иностранных дел Роза Отунбаева. Президент Киргизии возвращается в Бишкек завтра.
""",
date="1996-03-29", date_partial=None, date_source="header+body",
date_note="Header 1996-03-29; dateline '29 марта' without year agrees. 'завтра' (return to Bishkek) is not a bilateral milestone.",
people=[
 dict(name_ru_nominative="Борис Ельцин", name_in_text="Борис Ельцин", role="президент России", forms_in_text=["Борис Ельцин"]),
 dict(name_ru_nominative="Аскар Акаев", name_in_text="Аскар Акаев", role="президент Киргизии", forms_in_text=["Аскаром Акаевым", "Аскар Акаев", "Акаеву"]),
 dict(name_ru_nominative="Апас Джумагулов", name_in_text="Апас Джумагулов", role="премьер-министр Киргизии", forms_in_text=["Апас Джумагулов"]),
 dict(name_ru_nominative="Роза Отунбаева", name_in_text="Роза Отунбаева", role="министр иностранных дел Киргизии", forms_in_text=["Роза Отунбаева"]),
],
other_names=["Ольга Кривошеева"],
figures=[],
events=[
 dict(date="1996-03-29", what="Yeltsin–Akaev meeting in the Kremlin", quote="Президент России Борис Ельцин провел сегодня в Кремле встречу с президентом Киргизии Аскаром Акаевым", type="meeting", status="past", bilateral=True),
 dict(date="1996-03-29", what="Quadripartite Treaty on deepening integration (Russia, Belarus, Kazakhstan, Kyrgyzstan) signed in the Kremlin", quote="подписания в Кремле Договора об углублении интеграции в экономической и гуманитарной областях между Россией, Белоруссией, Казахстаном и Киргизией", type="agreement", status="past", bilateral=False),
 dict(date="1992", what="Russian–Kyrgyz Treaty on friendship, cooperation and mutual assistance (1992), its implementation discussed", quote="Договора о дружбе, сотрудничестве и взаимной помощи 1992 года", type="agreement", status="past", bilateral=True),
 dict(date=None, what="Invitation to Akaev to pay an official visit to Russia, date open", quote="Борис Ельцин подтвердил приглашение Акаеву посетить Россию с официальным визитом", type="visit", status="planned", bilateral=True),
]))

A.append(dict(
file="02_kremlin_ru_2000_putin_akaev_phone_batken.txt",
source="http://www.kremlin.ru/events/president/news/38871",
lang="ru", header_date="24 августа 2000 года, 17:40",
body="""Телефонный разговор с Президентом Киргизии Аскаром Акаевым

24 августа 2000 года, 17:40

Владимир Путин провел телефонный разговор с Президентом Киргизской Республики Аскаром Акаевым.

Обсуждалась ситуация на юге Киргизии, где в Баткенской области продолжаются столкновения с вооруженными бандформированиями.

Президент России подтвердил готовность оказать киргизской стороне военно-техническое содействие в соответствии с Договором о коллективной безопасности. Условлено, что в ближайшие дни в Бишкек прибудет группа российских военных специалистов.

Аскар Акаев поблагодарил за поддержку и проинформировал о принимаемых мерах.

Собеседники также коснулись подготовки предстоящего в октябре в Бишкеке заседания Совета коллективной безопасности.

Тематика: Внешняя политика
Регион: Киргизия
""",
date="2000-08-24", date_partial=None, date_source="header+body",
date_note="Body line '24 августа 2000 года, 17:40'.",
people=[
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимир Путин", role="президент России", forms_in_text=["Владимир Путин"]),
 dict(name_ru_nominative="Аскар Акаев", name_in_text="Аскар Акаев", role="президент Киргизии", forms_in_text=["Аскаром Акаевым", "Аскар Акаев"]),
],
other_names=[],
figures=[],
events=[
 dict(date="2000-08-24", what="Putin–Akaev telephone conversation on the situation in Batken", quote="Владимир Путин провел телефонный разговор с Президентом Киргизской Республики Аскаром Акаевым", type="other", status="past", bilateral=True),
 dict(date=None, what="Arrival of a group of Russian military specialists in Bishkek in the coming days", quote="в ближайшие дни в Бишкек прибудет группа российских военных специалистов", type="visit", status="planned", bilateral=True),
 dict(date="2000-10", what="Session of the Collective Security Council (CST) in Bishkek in October", quote="предстоящего в октябре в Бишкеке заседания Совета коллективной безопасности", type="meeting", status="planned", bilateral=False),
]))

A.append(dict(
file="03_interfax_ru_2003_kant_airbase_opening.txt",
source="https://www.interfax.ru/russia/txt/2003/10/23/kant",
lang="ru", header_date="23 октября 2003 года 12:47",
body="""23 октября 2003 года 12:47

Кант (Киргизия). 23 октября. ИНТЕРФАКС - Президент России Владимир Путин и президент Киргизии Аскар Акаев в четверг открыли российскую авиабазу в Канте в 20 км от Бишкека.

База станет авиационной составляющей Коллективных сил быстрого развертывания ОДКБ в Центральной Азии. На ней разместятся около 20 самолетов и вертолетов, численность персонала составит до 500 человек.

"Российская авиабаза будет служить надежным заслоном терроризму", - сказал Путин на церемонии. Министр обороны РФ Сергей Иванов напомнил журналистам, что соглашение о статусе базы было подписано в сентябре сроком на 15 лет.

После церемонии Путин и Акаев проведут переговоры в узком составе, по итогам которых ожидается подписание пакета документов, в том числе по долговой проблеме. Госдолг Киргизии перед Россией составляет около 170 млн долларов.

По данным Нацстаткома Киргизии, товарооборот двух стран за январь-август текущего года вырос на 21% и составил 218,6 млн долларов.
""",
date="2003-10-23", date_partial=None, date_source="byline",
date_note="Byline '23 октября 2003 года 12:47'; 'в четверг' agrees (2003-10-23 was a Thursday).",
people=[
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимир Путин", role="президент России", forms_in_text=["Владимир Путин", "Путин"]),
 dict(name_ru_nominative="Аскар Акаев", name_in_text="Аскар Акаев", role="президент Киргизии", forms_in_text=["Аскар Акаев", "Акаев"]),
 dict(name_ru_nominative="Сергей Иванов", name_in_text="Сергей Иванов", role="министр обороны России", forms_in_text=["Сергей Иванов"]),
],
other_names=[],
figures=[
 dict(metric="kyrgyz_state_debt_to_russia_usd", value=170000000, period=None, kind="actual", qualifier="about", quote="Госдолг Киргизии перед Россией составляет около 170 млн долларов"),
 dict(metric="trade_turnover_growth_pct", value=21, period="2003-8M", kind="actual", quote="товарооборот двух стран за январь-август текущего года вырос на 21%", period_text="за январь-август текущего года"),
 dict(metric="trade_turnover", value=218600000, period="2003-8M", kind="actual", quote="товарооборот двух стран за январь-август текущего года вырос на 21% и составил 218,6 млн долларов"),
],
events=[
 dict(date="2003-10-23", what="Putin and Akaev open the Russian airbase at Kant", quote="в четверг открыли российскую авиабазу в Канте в 20 км от Бишкека", type="other", status="past", bilateral=True),
 dict(date="2003-09", what="Agreement on the status of the Kant airbase signed in September for 15 years", quote="соглашение о статусе базы было подписано в сентябре сроком на 15 лет", type="agreement", status="past", bilateral=True),
 dict(date="2003-10-23", what="Putin–Akaev talks in restricted format after the ceremony", quote="После церемонии Путин и Акаев проведут переговоры в узком составе", type="meeting", status="planned", bilateral=True),
 dict(date="2003-10-23", what="Expected signing of a package of documents including on the debt problem", quote="ожидается подписание пакета документов, в том числе по долговой проблеме", type="agreement", status="planned", bilateral=True),
]))

A.append(dict(
file="04_ap_en_2009_bakiyev_medvedev_manas_loan.txt",
source="http://hosted.ap.org/dynamic/stories/C/CENTRAL_ASIA_RUSSIA_BASE",
lang="en", header_date="Feb 3, 2009 11:52 AM",
body="""Kyrgyzstan to close US base after Russian aid pledge

By NIKOLAI LESHCHENKO, Associated Press Writer
Posted: Feb 3, 2009 11:52 AM

MOSCOW (AP) — Kyrgyzstan's president said Tuesday his government will close a U.S. air base that is key to operations in Afghanistan, shortly after Russia pledged more than $2 billion in loans and aid to the Central Asian nation.

President Kurmanbek Bakiyev announced the decision at a joint news conference with Russian President Dmitry Medvedev after the two leaders held talks in the Kremlin.

Russia will provide a $2 billion loan, $150 million in financial aid and will write off $180 million in debt, Bakiyev said. Part of the loan is to go to the Kambarata-1 hydroelectric plant.

Medvedev said trade between the two countries reached about $1.8 billion last year, calling it "clearly insufficient."

Bakiyev will stay in Moscow for a summit of the Russia-led Collective Security Treaty Organization on Wednesday.

Associated Press Writer Aida Mamyrova in Bishkek contributed to this report.
""",
date="2009-02-03", date_partial=None, date_source="byline",
date_note="'Posted: Feb 3, 2009'; 'Tuesday' agrees (2009-02-03 was a Tuesday). 'last year' = 2008.",
people=[
 dict(name_ru_nominative="Курманбек Бакиев", name_in_text="Kurmanbek Bakiyev", role="президент Киргизии", forms_in_text=["Kurmanbek Bakiyev", "Bakiyev"]),
 dict(name_ru_nominative="Дмитрий Медведев", name_in_text="Dmitry Medvedev", role="президент России", forms_in_text=["Dmitry Medvedev", "Medvedev"]),
],
other_names=["NIKOLAI LESHCHENKO", "Aida Mamyrova"],
figures=[
 dict(metric="loans_and_aid_pledged_usd", value=2000000000, period=None, kind="actual", qualifier="more than", quote="Russia pledged more than $2 billion in loans and aid"),
 dict(metric="loan_usd", value=2000000000, period=None, kind="actual", quote="Russia will provide a $2 billion loan"),
 dict(metric="financial_aid_usd", value=150000000, period=None, kind="actual", quote="$150 million in financial aid"),
 dict(metric="debt_writeoff_usd", value=180000000, period=None, kind="actual", quote="will write off $180 million in debt"),
 dict(metric="trade_turnover", value=1800000000, period="2008", kind="actual", qualifier="about", quote="trade between the two countries reached about $1.8 billion last year", period_text="last year"),
],
events=[
 dict(date="2009-02-03", what="Bakiyev–Medvedev talks in the Kremlin and joint news conference", quote="the two leaders held talks in the Kremlin", type="meeting", status="past", bilateral=True),
 dict(date="2009-02-03", what="Russian pledge of a $2bn loan, $150m aid and $180m debt write-off", quote="Russia pledged more than $2 billion in loans and aid to the Central Asian nation", type="agreement", status="past", bilateral=True),
 dict(date="2009-02-03", what="Kyrgyzstan announces closure of the U.S. air base (Manas)", quote="his government will close a U.S. air base that is key to operations in Afghanistan", type="other", status="past", bilateral=False),
 dict(date="2009-02-04", what="CSTO summit in Moscow on Wednesday", quote="a summit of the Russia-led Collective Security Treaty Organization on Wednesday", type="meeting", status="planned", bilateral=False),
]))

A.append(dict(
file="05_interfax_ru_2010_putin_otunbayeva_call.txt",
source="https://www.interfax.ru/politics/131287",
lang="ru", header_date="8 апреля",
body="""Путин провел телефонный разговор с Отунбаевой

Москва. 8 апреля. INTERFAX.RU - Премьер-министр РФ Владимир Путин в четверг провел телефонный разговор с главой временного правительства Киргизии Розой Отунбаевой, сообщил пресс-секретарь премьера Дмитрий Песков.

По словам Пескова, Путин заявил о готовности России оказать Киргизии гуманитарную помощь. Отунбаева, в свою очередь, сообщила, что временное правительство контролирует ситуацию в стране.

Накануне в ходе беспорядков в Бишкеке погибли десятки человек, президент Курманбек Бакиев покинул столицу.

Как сообщалось ранее, Россия направит на авиабазу Кант около 150 десантников для обеспечения безопасности российских военнослужащих и их семей.

Из обещанного Москвой в феврале прошлого года кредита в $2 млрд Бишкек получил лишь первый транш в $300 млн, напоминает "Интерфакс".
""",
date="2010-04-08", date_partial=None, date_source="header+body",
date_note="Dateline '8 апреля' has no year; header 2010-04-08; 'в четверг' agrees. 'в феврале прошлого года' = February 2009.",
people=[
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимир Путин", role="председатель правительства России", forms_in_text=["Владимир Путин", "Путин"]),
 dict(name_ru_nominative="Роза Отунбаева", name_in_text="Розой Отунбаевой", role="глава временного правительства Киргизии", forms_in_text=["Отунбаевой", "Розой Отунбаевой", "Отунбаева"]),
 dict(name_ru_nominative="Дмитрий Песков", name_in_text="Дмитрий Песков", role="пресс-секретарь председателя правительства России", forms_in_text=["Дмитрий Песков", "Пескова"]),
 dict(name_ru_nominative="Курманбек Бакиев", name_in_text="Курманбек Бакиев", role="президент Киргизии (покинул столицу)", forms_in_text=["Курманбек Бакиев"]),
],
other_names=[],
figures=[
 dict(metric="loan_usd", value=2000000000, period=None, kind="actual", quote="кредита в $2 млрд"),
 dict(metric="loan_tranche_received_usd", value=300000000, period=None, kind="actual", quote="первый транш в $300 млн"),
],
events=[
 dict(date="2010-04-08", what="Putin–Otunbayeva telephone conversation", quote="в четверг провел телефонный разговор с главой временного правительства Киргизии Розой Отунбаевой", type="other", status="past", bilateral=True),
 dict(date=None, what="Russia to send about 150 paratroopers to the Kant airbase", quote="Россия направит на авиабазу Кант около 150 десантников", type="other", status="planned", bilateral=True),
 dict(date="2009-02", what="Russian $2bn loan promised in February of last year", quote="обещанного Москвой в феврале прошлого года кредита в $2 млрд", type="agreement", status="past", bilateral=True),
]))

A.append(dict(
file="06_ria_ru_2014_medvedev_otorbaev_talks.txt",
source="https://ria.ru/20140915/1024295581.html",
lang="ru", header_date="15 сен", date_in_header=False,
body="""Медведев и Оторбаев обсудили работу Российско-Кыргызского фонда развития

МОСКВА, 15 сен – РИА Новости. Премьер-министр РФ Дмитрий Медведев провел в понедельник переговоры с главой правительства Киргизии Джоомартом Оторбаевым.

Стороны обсудили подготовку Киргизии к вступлению в Таможенный союз и работу Российско-Кыргызского фонда развития. Уставный капитал фонда составляет 1 миллиард долларов, 500 миллионов из них Россия должна внести до конца года.

"Товарооборот у нас, к сожалению, снижается – за первое полугодие почти на 10%", – сказал Медведев в начале встречи. По данным ФТС, в январе-июне объем взаимной торговли составил 918 миллионов долларов.

Оторбаев выразил надежду, что "дорожная карта" присоединения к ТС будет подписана в октябре в Минске на заседании Высшего Евразийского экономического совета.

Фото: РИА Новости / Денис Малахов
""",
date="2014-09-15", date_partial=None, date_source="url",
date_note="No header date and the dateline '15 сен' has no year; the URL '/20140915/' gives 2014-09-15; 'в понедельник' agrees (a Monday). H1 figures refer to 2014 by that date.",
people=[
 dict(name_ru_nominative="Дмитрий Медведев", name_in_text="Дмитрий Медведев", role="председатель правительства России", forms_in_text=["Медведев", "Дмитрий Медведев"]),
 dict(name_ru_nominative="Джоомарт Оторбаев", name_in_text="Джоомартом Оторбаевым", role="премьер-министр Киргизии", forms_in_text=["Оторбаев", "Джоомартом Оторбаевым"]),
],
other_names=["Денис Малахов"],
figures=[
 dict(metric="development_fund_authorized_capital_usd", value=1000000000, period=None, kind="actual", quote="Уставный капитал фонда составляет 1 миллиард долларов"),
 dict(metric="development_fund_russian_contribution_usd", value=500000000, period="2014", kind="target", quote="500 миллионов из них Россия должна внести до конца года"),
 dict(metric="trade_turnover_growth_pct", value=-10, period="2014-H1", kind="actual", qualifier="almost", quote="Товарооборот у нас, к сожалению, снижается – за первое полугодие почти на 10%", period_text="за первое полугодие"),
 dict(metric="trade_turnover", value=918000000, period="2014-H1", kind="actual", quote="в январе-июне объем взаимной торговли составил 918 миллионов долларов", period_text="в январе-июне"),
],
events=[
 dict(date="2014-09-15", what="Medvedev–Otorbaev talks in Moscow", quote="Премьер-министр РФ Дмитрий Медведев провел в понедельник переговоры с главой правительства Киргизии Джоомартом Оторбаевым", type="meeting", status="past", bilateral=True),
 dict(date="2014-10", what="Expected signing of the roadmap for Kyrgyzstan's accession to the Customs Union at the Supreme Eurasian Economic Council in Minsk", quote="\"дорожная карта\" присоединения к ТС будет подписана в октябре в Минске на заседании Высшего Евразийского экономического совета", type="agreement", status="planned", bilateral=False),
]))

A.append(dict(
file="07_kabar_ru_2015_eaeu_accession_krutko.txt",
source="http://kabar.kg/news/kyrgyzstan-stal-polnopravnym-chlenom-eaes",
lang="ru", header_date="12 августа 2015",
body="""Кыргызстан стал полноправным членом ЕАЭС

Бишкек, 12 августа 2015 /Кабар/. С сегодняшнего дня Кыргызстан является полноправным членом Евразийского экономического союза: договор о присоединении республики к ЕАЭС вступил в силу.

Посол России в Кыргызстане Андрей Крутько в беседе с корреспондентом Кабара отметил, что Россия выполняет обязательства по поддержке процесса присоединения. "Из 200 миллионов долларов безвозмездной помощи на реализацию "дорожной карты" уже освоено более 100 миллионов", - сказал дипломат.

По данным Нацстаткома, товарооборот Кыргызстана со странами ЕАЭС за первое полугодие составил 1,1 млрд долларов, из них на Россию пришлось 744 млн долларов.

Очередное заседание межправительственной кыргызско-российской комиссии запланировано на октябрь в Москве, сообщил посол.

Автор: Айгуль Сатыбалдиева
""",
date="2015-08-12", date_partial=None, date_source="body",
date_note="Dateline 'Бишкек, 12 августа 2015 /Кабар/'.",
people=[
 dict(name_ru_nominative="Андрей Крутько", name_in_text="Андрей Крутько", role="посол России в Киргизии", forms_in_text=["Андрей Крутько"]),
],
other_names=["Айгуль Сатыбалдиева"],
figures=[
 dict(metric="russian_grant_for_eaeu_roadmap_usd", value=200000000, period=None, kind="actual", quote="Из 200 миллионов долларов безвозмездной помощи"),
 dict(metric="russian_grant_disbursed_usd", value=100000000, period=None, kind="actual", qualifier="more than", quote="уже освоено более 100 миллионов"),
 dict(metric="kyrgyz_trade_with_eaeu_usd", value=1100000000, period="2015-H1", kind="actual", quote="товарооборот Кыргызстана со странами ЕАЭС за первое полугодие составил 1,1 млрд долларов"),
 dict(metric="trade_turnover", value=744000000, period="2015-H1", kind="actual", quote="из них на Россию пришлось 744 млн долларов"),
],
events=[
 dict(date="2015-08-12", what="Treaty on Kyrgyzstan's accession to the EAEU enters into force", quote="договор о присоединении республики к ЕАЭС вступил в силу", type="agreement", status="past", bilateral=False),
 dict(date="2015-10", what="Next session of the Kyrgyz–Russian intergovernmental commission in Moscow in October", quote="Очередное заседание межправительственной кыргызско-российской комиссии запланировано на октябрь в Москве", type="igc_session", status="planned", bilateral=True),
]))

A.append(dict(
file="08_kabar_en_2017_25th_anniversary_messages.txt",
source="http://en.kabar.kg/news/kyrgyzstan-russia-mark-25-years-of-diplomatic-relations/",
lang="en", header_date="March 20, 2017",
body="""Kyrgyzstan, Russia mark 25 years of diplomatic relations

BISHKEK, March 20, 2017 (Kabar). Kyrgyz Foreign Minister Erlan Abdyldaev and his Russian counterpart Sergey Lavrov have exchanged congratulatory messages on the 25th anniversary of diplomatic relations, the Kyrgyz Foreign Ministry said.

Diplomatic relations between the Kyrgyz Republic and the Russian Federation were established on March 20, 1992.

"Over a quarter of a century our countries have built a genuine strategic partnership and alliance," Lavrov said in his message.

Abdyldaev recalled the results of the visit of President Vladimir Putin to Bishkek late last month and his talks with President Almazbek Atambayev.

According to the National Statistics Committee, trade between Kyrgyzstan and Russia totalled $1.25 billion in 2016.

A reception marking the anniversary will be held at the Russian Embassy on Wednesday.

Photo: MFA KR
""",
date="2017-03-20", date_partial=None, date_source="body",
date_note="Dateline 'March 20, 2017'. 'late last month' = February 2017; 'on Wednesday' = 2017-03-22.",
people=[
 dict(name_ru_nominative="Эрлан Абдылдаев", name_in_text="Erlan Abdyldaev", role="министр иностранных дел Киргизии", forms_in_text=["Erlan Abdyldaev", "Abdyldaev"]),
 dict(name_ru_nominative="Сергей Лавров", name_in_text="Sergey Lavrov", role="министр иностранных дел России", forms_in_text=["Sergey Lavrov", "Lavrov"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Vladimir Putin", role="президент России", forms_in_text=["Vladimir Putin"]),
 dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Almazbek Atambayev", role="президент Киргизии", forms_in_text=["Almazbek Atambayev"]),
],
other_names=[],
figures=[
 dict(metric="trade_turnover", value=1250000000, period="2016", kind="actual", quote="trade between Kyrgyzstan and Russia totalled $1.25 billion in 2016"),
],
events=[
 dict(date="2017-03-20", what="Foreign ministers exchange messages on the 25th anniversary of diplomatic relations", quote="have exchanged congratulatory messages on the 25th anniversary of diplomatic relations", type="anniversary", status="past", bilateral=True),
 dict(date="1992-03-20", what="Establishment of diplomatic relations", quote="Diplomatic relations between the Kyrgyz Republic and the Russian Federation were established on March 20, 1992", type="other", status="past", bilateral=True),
 dict(date="2017-02", what="Putin's visit to Bishkek and talks with Atambayev late last month", quote="the visit of President Vladimir Putin to Bishkek late last month and his talks with President Almazbek Atambayev", type="visit", status="past", bilateral=True),
 dict(date="2017-03-22", what="Anniversary reception at the Russian Embassy on Wednesday", quote="A reception marking the anniversary will be held at the Russian Embassy on Wednesday", type="anniversary", status="planned", bilateral=True),
]))

A.append(dict(
file="09_presidentkg_ru_2018_jeenbekov_putin_birthday_call.txt",
source="http://www.president.kg/ru/sobytiya/12734_sooronbay_gheenbekov_provel_telefonnyy_razgovor_s_vladimirom_putinym",
lang="ru", header_date="07.10.2018 12:30",
body="""07.10.2018 12:30

Сооронбай Жээнбеков провел телефонный разговор с Владимиром Путиным

Президент Кыргызской Республики Сооронбай Жээнбеков провел телефонный разговор с Президентом Российской Федерации Владимиром Путиным.

Глава государства тепло поздравил Владимира Путина с днем рождения, пожелал ему крепкого здоровья и успехов в деятельности.

В ходе беседы стороны обменялись мнениями по итогам заседания Совета глав государств СНГ, состоявшегося 28 сентября в Душанбе, а также обсудили подготовку к государственному визиту Президента России в Кыргызстан в следующем году.

Сооронбай Жээнбеков отметил положительную динамику торгово-экономического сотрудничества: за семь месяцев текущего года взаимный товарооборот вырос на 12,4 процента.

Пресс-служба Президента Кыргызской Республики
""",
date="2018-10-07", date_partial=None, date_source="body",
date_note="Top line '07.10.2018 12:30'. 'в следующем году' = 2019; 'за семь месяцев текущего года' = 2018 Jan–Jul.",
people=[
 dict(name_ru_nominative="Сооронбай Жээнбеков", name_in_text="Сооронбай Жээнбеков", role="президент Киргизии", forms_in_text=["Сооронбай Жээнбеков"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимиром Путиным", role="президент России", forms_in_text=["Владимиром Путиным", "Владимира Путина"]),
],
other_names=[],
figures=[
 dict(metric="trade_turnover_growth_pct", value=12.4, period="2018-7M", kind="actual", quote="за семь месяцев текущего года взаимный товарооборот вырос на 12,4 процента", period_text="за семь месяцев текущего года"),
],
events=[
 dict(date="2018-10-07", what="Jeenbekov–Putin telephone conversation (birthday congratulations)", quote="Президент Кыргызской Республики Сооронбай Жээнбеков провел телефонный разговор с Президентом Российской Федерации Владимиром Путиным", type="other", status="past", bilateral=True),
 dict(date="2018-09-28", what="CIS Council of Heads of State in Dushanbe", quote="заседания Совета глав государств СНГ, состоявшегося 28 сентября в Душанбе", type="meeting", status="past", bilateral=False),
 dict(date="2019", what="State visit of the Russian president to Kyrgyzstan next year", quote="подготовку к государственному визиту Президента России в Кыргызстан в следующем году", type="visit", status="planned", bilateral=True),
]))
