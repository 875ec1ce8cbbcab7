# Articles 06-10 of heldout137.
A = []

A.append(dict(
file="06_reuters_en_2015_eaeu_membership_migrants.txt",
source="https://www.reuters.com/article/us-kyrgyzstan-eurasia-union-idUSKCN0QH1ZR20150812",
lang="en",
header="2015-08-12",
body="""Kyrgyz migrants pin hopes on Russia-led bloc as remittances slump

By Nurbek Asanov

BISHKEK (Reuters) - Kyrgyzstan formally became a full member of the Russian-led Eurasian Economic Union on Wednesday, a move its leaders say will let hundreds of thousands of migrant workers in Russia work without costly permits at a time when the money they send home is shrinking.

The former Soviet republic of 6 million people signed its accession treaty in Moscow in December, and its membership took effect after the last of the bloc's members completed ratification.

"From today our citizens in Russia have the same rights as Russians on the labor market," President Almazbek Atambayev said in a statement.

Citizens of union members do not need the so-called patent that other migrants must buy to work legally in Russia, and they have 30 days to register with the authorities after arrival rather than seven.

The timing is difficult. The rouble's slide has eroded the value of wages earned in Russia, and remittances from Russia to Kyrgyzstan fell 34 percent in the first half of the year to $761 million, according to Russian central bank data.

Trade between the two countries dropped 27 percent to $733 million in January-May, Russian customs data show. Moscow has sought to cushion the blow: it agreed in 2012 to write off nearly $500 million of Kyrgyz debt and set up the $1 billion Russian-Kyrgyz Development Fund to lend to local companies.

Prime Minister Temir Sariyev told reporters that Kyrgyz and Russian officials would meet in Moscow next month to settle customs procedures at the border with Kazakhstan and the handling of migrants' entry-ban lists.

Russian President Vladimir Putin, who has championed the bloc, has called it a tool to help member states withstand "external shocks."

Some migrants remain skeptical. "The police still stop us every day. A paper from Bishkek will not change that," said a 28-year-old construction worker in Moscow who declined to be named.

(Reporting by Nurbek Asanov; Writing by Pavel Svirin; Editing by Helen Marsh)
""",
gold=dict(
 header_date="2015-08-12", date="2015-08-12", date_partial=None, date_source="header",
 date_note="Header date; the body says only 'on Wednesday' (2015-08-12 was a Wednesday). The byline has no date.",
 people=[
  dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Almazbek Atambayev", role="президент Кыргызстана", forms_in_text=["Almazbek Atambayev"]),
  dict(name_ru_nominative="Темир Сариев", name_in_text="Temir Sariyev", role="премьер-министр Кыргызстана", forms_in_text=["Temir Sariyev"]),
  dict(name_ru_nominative="Владимир Путин", name_in_text="Vladimir Putin", role="президент России", forms_in_text=["Vladimir Putin"]),
 ],
 other_names=["Nurbek Asanov", "Pavel Svirin", "Helen Marsh"],
 figures=[
  dict(metric="remittances_russia_to_kg_change_pct", value=-34, period="2015-H1", kind="actual",
       quote="remittances from Russia to Kyrgyzstan fell 34 percent in the first half of the year to $761 million", note="Remittances; not trade."),
  dict(metric="remittances_russia_to_kg_usd", value=761000000, period="2015-H1", kind="actual",
       quote="remittances from Russia to Kyrgyzstan fell 34 percent in the first half of the year to $761 million", note="Remittances; not trade."),
  dict(metric="trade_turnover", value=733000000, period="2015-5M", kind="actual",
       quote="Trade between the two countries dropped 27 percent to $733 million in January-May", period_text="in January-May"),
  dict(metric="trade_turnover_growth_pct", value=-27, period="2015-5M", kind="actual",
       quote="Trade between the two countries dropped 27 percent to $733 million in January-May"),
  dict(metric="debt_write_off_usd", value=500000000, period=None, kind="actual", qualifier="almost",
       quote="it agreed in 2012 to write off nearly $500 million of Kyrgyz debt", note="Debt; not trade."),
  dict(metric="development_fund_usd", value=1000000000, period=None, kind="actual",
       quote="the $1 billion Russian-Kyrgyz Development Fund", note="Investment fund; not trade."),
 ],
 events=[
  dict(date="2015-08-12", what="Kyrgyzstan becomes a full member of the Eurasian Economic Union",
       quote="Kyrgyzstan formally became a full member of the Russian-led Eurasian Economic Union on Wednesday", type="other", status="past", bilateral=False),
  dict(date="2014-12", what="Kyrgyzstan signed its EAEU accession treaty in Moscow",
       quote="signed its accession treaty in Moscow in December", type="agreement", status="past", bilateral=False),
  dict(date="2012", what="Russia agreed to write off nearly $500 million of Kyrgyz debt",
       quote="it agreed in 2012 to write off nearly $500 million of Kyrgyz debt", type="agreement", status="past", bilateral=True),
  dict(date="2015-09", date_note="'next month' of an August 2015 article.", what="Kyrgyz and Russian officials to meet in Moscow on customs procedures and entry-ban lists",
       quote="Kyrgyz and Russian officials would meet in Moscow next month", type="meeting", status="planned", bilateral=True),
 ]),
))

A.append(dict(
file="07_kommersant_ru_2016_amnistiya_spiski.txt",
source="https://www.kommersant.ru/doc/3155610",
lang="ru",
header="2016-11-29",
body="""Газета "Коммерсантъ" №222 от 29.11.2016, стр. 2

Мигрантов выведут из черного списка
Россия и Киргизия договорились о пересмотре запретов на въезд

Как стало известно "Ъ", МВД России готово рассмотреть вопрос об исключении из реестра невъездных части граждан Киргизии, нарушивших правила пребывания. Эта тема стала одной из главных на переговорах премьер-министров двух стран Дмитрия Медведева и Сооронбая Жээнбекова, прошедших в Москве в понедельник.

По данным "Ъ", киргизская сторона передала список примерно из 40 тыс. человек, чьи нарушения, по мнению Бишкека, носили формальный характер: просроченная на несколько дней регистрация, неуплата штрафа. "Речь не об амнистии для всех, а о точечном пересмотре", - пояснил "Ъ" собеседник в правительстве РФ.

После упразднения в апреле ФМС ее функции перешли к Главному управлению по вопросам миграции МВД, которое возглавляет Ольга Кириллова. Министр внутренних дел Владимир Колокольцев, по данным "Ъ", поручил подготовить предложения до конца года. Стороны условились создать совместную рабочую группу, первое заседание которой может пройти уже в декабре.

Господин Жээнбеков на встрече с Дмитрием Медведевым напомнил, что после вступления Киргизии в ЕАЭС в августе прошлого года граждане республики работают в России без патентов, однако многие "по-прежнему живут под угрозой выдворения из-за старых нарушений". Господин Медведев, в свою очередь, заявил, что Москва "заинтересована в легальной и предсказуемой трудовой миграции".

Экономические показатели пока не радуют. По итогам девяти месяцев товарооборот двух стран снизился на 9,8%, до 1,05 млрд долларов. При этом Российско-Киргизский фонд развития, по словам его представителей, уже одобрил проекты на $300 млн.

Очередное заседание межправительственной комиссии запланировано на первый квартал 2017 года.

Кирилл Мельников; Андрей Ефимов, Бишкек
""",
gold=dict(
 header_date="2016-11-29", date="2016-11-29", date_partial=None, date_source="header+body",
 date_note="Header date and issue line '№222 от 29.11.2016'. The talks 'в понедельник' were 2016-11-28.",
 people=[
  dict(name_ru_nominative="Дмитрий Медведев", name_in_text="Дмитрия Медведева", role="председатель правительства России", forms_in_text=["Дмитрия Медведева", "Дмитрием Медведевым", "Медведев"]),
  dict(name_ru_nominative="Сооронбай Жээнбеков", name_in_text="Сооронбая Жээнбекова", role="премьер-министр Киргизии", forms_in_text=["Сооронбая Жээнбекова", "Жээнбеков"]),
  dict(name_ru_nominative="Ольга Кириллова", name_in_text="Ольга Кириллова", role="начальник ГУВМ МВД России", forms_in_text=["Ольга Кириллова"]),
  dict(name_ru_nominative="Владимир Колокольцев", name_in_text="Владимир Колокольцев", role="министр внутренних дел России", forms_in_text=["Владимир Колокольцев"]),
 ],
 other_names=["Кирилл Мельников", "Андрей Ефимов"],
 figures=[
  dict(metric="kg_citizens_on_review_list_count", value=40000, period=None, kind="actual", qualifier="about",
       quote="передала список примерно из 40 тыс. человек", note="Count; not trade."),
  dict(metric="trade_turnover", value=1050000000, period="2016-9M", kind="actual",
       quote="По итогам девяти месяцев товарооборот двух стран снизился на 9,8%, до 1,05 млрд долларов", period_text="По итогам девяти месяцев", note="Year not stated in the sentence; 2016 from the article date."),
  dict(metric="trade_turnover_growth_pct", value=-9.8, period="2016-9M", kind="actual",
       quote="товарооборот двух стран снизился на 9,8%"),
  dict(metric="development_fund_approved_projects_usd", value=300000000, period=None, kind="actual",
       quote="уже одобрил проекты на $300 млн", note="Investment; not trade."),
 ],
 events=[
  dict(date="2016-11-28", what="Talks of prime ministers Dmitry Medvedev and Sooronbay Jeenbekov in Moscow (entry bans discussed)",
       quote="переговорах премьер-министров двух стран Дмитрия Медведева и Сооронбая Жээнбекова, прошедших в Москве в понедельник", type="meeting", status="past", bilateral=True),
  dict(date="2016-04", what="Federal Migration Service abolished; functions passed to the MVD",
       quote="После упразднения в апреле ФМС", type="other", status="past", bilateral=False),
  dict(date="2016-12", what="First session of a joint working group on entry bans may be held in December",
       quote="Стороны условились создать совместную рабочую группу, первое заседание которой может пройти уже в декабре", type="meeting", status="planned", bilateral=True),
  dict(date="2015-08", what="Kyrgyzstan joined the EAEU",
       quote="после вступления Киргизии в ЕАЭС в августе прошлого года", type="other", status="past", bilateral=False),
  dict(date="2017", date_note="'первый квартал 2017 года'.", what="Next session of the intergovernmental commission planned for Q1 2017",
       quote="Очередное заседание межправительственной комиссии запланировано на первый квартал 2017 года", type="igc_session", status="planned", bilateral=True),
 ]),
))

A.append(dict(
file="08_kremlin_ru_2019_zayavleniya_bishkek.txt",
source="http://kremlin.ru/events/president/transcripts/60176",
lang="ru",
header="2019-03-28",
body="""Заявления для прессы по итогам российско-киргизских переговоров

По завершении переговоров Владимир Путин и Президент Киргизии Сооронбай Жээнбеков сделали заявления для прессы.

28 марта 2019 года, 16:40, Бишкек

С.Жээнбеков: Уважаемый Владимир Владимирович! Уважаемые члены делегаций! Представители средств массовой информации!

Государственный визит Президента Российской Федерации в Кыргызстан - важное событие в истории наших отношений. Мы подробно обсудили вопросы трудовой миграции. В России работают сотни тысяч наших граждан, и мы благодарны российской стороне за внимание к их нуждам. Договорились продолжить работу по исключению из так называемых черных списков граждан, допустивших незначительные нарушения.

В.Путин: Уважаемый Сооронбай Шарипович! Дамы и господа!

Россия - ведущий торгово-экономический партнер Киргизии. В прошлом году двусторонний товарооборот увеличился на 5,5 процента и превысил 1,8 миллиарда долларов. Накопленные российские инвестиции в киргизскую экономику составляют около 1,5 миллиарда долларов.

Особое внимание уделили миграционной тематике. В России трудятся около 640 тысяч граждан Киргизии. Объем денежных переводов из России в Киргизию в 2018 году составил 2,6 миллиарда долларов. Условились совершенствовать механизмы организованного набора работников, расширять сеть центров тестирования по русскому языку.

Рассчитываем, что до конца года в рамках Евразийского экономического союза будет подписано соглашение о пенсионном обеспечении трудящихся государств - членов Союза. Это важно для всех наших граждан, которые работают за пределами своих стран.

Сегодня в нашем присутствии подписан солидный пакет документов, в том числе межправительственное соглашение об образовательных центрах при посольствах и программа экономического сотрудничества на 2019-2023 годы.

Благодарю Сооронбая Шариповича за приглашение и за гостеприимство. Уверен, что встреча в мае в Нур-Султане на заседании Высшего Евразийского экономического совета позволит продолжить наш диалог.

Спасибо.
""",
gold=dict(
 header_date="2019-03-28", date="2019-03-28", date_partial=None, date_source="header+body",
 date_note="Header date and body line '28 марта 2019 года, 16:40, Бишкек'.",
 people=[
  dict(name_ru_nominative="Владимир Путин", name_in_text="Владимир Путин", role="президент России", forms_in_text=["Владимир Путин", "В.Путин", "Владимир Владимирович"]),
  dict(name_ru_nominative="Сооронбай Жээнбеков", name_in_text="Сооронбай Жээнбеков", role="президент Киргизии", forms_in_text=["Сооронбай Жээнбеков", "С.Жээнбеков", "Сооронбай Шарипович", "Сооронбая Шариповича"]),
 ],
 other_names=[],
 figures=[
  dict(metric="trade_turnover_growth_pct", value=5.5, period="2018", kind="actual",
       quote="В прошлом году двусторонний товарооборот увеличился на 5,5 процента и превысил 1,8 миллиарда долларов", period_text="В прошлом году"),
  dict(metric="trade_turnover", value=1800000000, period="2018", kind="actual", qualifier="more than",
       quote="В прошлом году двусторонний товарооборот увеличился на 5,5 процента и превысил 1,8 миллиарда долларов", period_text="В прошлом году"),
  dict(metric="accumulated_russian_investment_usd", value=1500000000, period=None, kind="actual", qualifier="about",
       quote="Накопленные российские инвестиции в киргизскую экономику составляют около 1,5 миллиарда долларов", note="Investment; not trade."),
  dict(metric="kg_migrants_in_russia_count", value=640000, period=None, kind="actual", qualifier="about",
       quote="В России трудятся около 640 тысяч граждан Киргизии", note="Count; not trade."),
  dict(metric="remittances_russia_to_kg_usd", value=2600000000, period="2018", kind="actual",
       quote="Объем денежных переводов из России в Киргизию в 2018 году составил 2,6 миллиарда долларов", note="Remittances; not trade."),
 ],
 events=[
  dict(date="2019-03-28", what="Russian-Kyrgyz talks in Bishkek during Putin's state visit; press statements",
       quote="Государственный визит Президента Российской Федерации в Кыргызстан", type="visit", status="past", bilateral=True),
  dict(date="2019-03-28", what="Intergovernmental agreement on educational centres at embassies signed",
       quote="межправительственное соглашение об образовательных центрах при посольствах", type="agreement", status="past", bilateral=True),
  dict(date="2019-03-28", what="Programme of economic cooperation for 2019-2023 signed",
       quote="программа экономического сотрудничества на 2019-2023 годы", type="agreement", status="past", bilateral=True),
  dict(date="2019", date_note="'до конца года'.", what="EAEU agreement on pension provision for workers expected to be signed by the end of the year",
       quote="до конца года в рамках Евразийского экономического союза будет подписано соглашение о пенсионном обеспечении трудящихся государств - членов Союза", type="agreement", status="planned", bilateral=False),
  dict(date="2019-05", what="Supreme Eurasian Economic Council meeting in Nur-Sultan in May",
       quote="встреча в мае в Нур-Султане на заседании Высшего Евразийского экономического совета", type="meeting", status="planned", bilateral=False),
 ]),
))

A.append(dict(
file="09_akipress_en_2021_pension_amnesty.txt",
source="https://akipress.com/news:656018:Kyrgyz_migrants_can_count_Russian_work_record_towards_pensions/",
lang="en",
header="2021-03-16",
body="""Kyrgyz migrants can count Russian work record towards pensions

AKIpress News Agency - Kyrgyz citizens who worked in Russia after January 1, 2021 will have their service counted towards a pension under the Eurasian Economic Union pension agreement, the Ministry of Labor and Social Development said on March 16.

The agreement, signed by the EAEU member states in St. Petersburg on December 20, 2019, entered into force on January 1, 2021. Each member state pays the pension for the work record earned on its territory, the ministry explained. Periods of work before 2021 are counted under the 1992 CIS agreement.

President Sadyr Japarov raised the situation of labor migrants during his visit to Moscow on February 24, when he held talks with Russian President Vladimir Putin. According to Japarov, the Russian side promised to consider removing from the entry-ban lists Kyrgyz citizens who could not leave Russia because of the pandemic. Russia's deadline for foreigners to regularize their status was earlier extended until June 15, 2021.

Prime Minister Ulukbek Maripov instructed the ministry last week to submit the first lists of citizens to Moscow by the end of March. Russian Ambassador Nikolai Udovichenko said the embassy would help "to resolve each case."

Kyrgyzstan received $2.37 billion in remittances in 2020, according to the National Bank, with Russia accounting for over 95 percent of transfers. Trade turnover between Kyrgyzstan and Russia reached $1.72 billion in 2020, down 13.6 percent on 2019.

Related: Charter flights Moscow - Osh resume from April 1
""",
gold=dict(
 header_date="2021-03-16", date="2021-03-16", date_partial=None, date_source="header+body",
 date_note="Header date; body 'said on March 16' (year from the header and the 2021 context).",
 people=[
  dict(name_ru_nominative="Садыр Жапаров", name_in_text="Sadyr Japarov", role="президент Кыргызстана", forms_in_text=["Sadyr Japarov", "Japarov"]),
  dict(name_ru_nominative="Владимир Путин", name_in_text="Vladimir Putin", role="президент России", forms_in_text=["Vladimir Putin"]),
  dict(name_ru_nominative="Улукбек Марипов", name_in_text="Ulukbek Maripov", role="премьер-министр Кыргызстана", forms_in_text=["Ulukbek Maripov"]),
  dict(name_ru_nominative="Николай Удовиченко", name_in_text="Nikolai Udovichenko", role="посол России в Кыргызстане", forms_in_text=["Nikolai Udovichenko"]),
 ],
 other_names=[],
 figures=[
  dict(metric="remittances_to_kg_usd", value=2370000000, period="2020", kind="actual",
       quote="Kyrgyzstan received $2.37 billion in remittances in 2020", note="Remittances; not trade."),
  dict(metric="remittances_share_from_russia_pct", value=95, period="2020", kind="actual", qualifier="more than",
       quote="with Russia accounting for over 95 percent of transfers"),
  dict(metric="trade_turnover", value=1720000000, period="2020", kind="actual",
       quote="Trade turnover between Kyrgyzstan and Russia reached $1.72 billion in 2020"),
  dict(metric="trade_turnover_growth_pct", value=-13.6, period="2020", kind="actual",
       quote="down 13.6 percent on 2019"),
 ],
 events=[
  dict(date="2021-01-01", what="EAEU agreement on pension provision for workers entered into force",
       quote="entered into force on January 1, 2021", type="agreement", status="past", bilateral=False),
  dict(date="2019-12-20", what="EAEU pension agreement signed in St. Petersburg",
       quote="signed by the EAEU member states in St. Petersburg on December 20, 2019", type="agreement", status="past", bilateral=False),
  dict(date="2021-02-24", what="Japarov's visit to Moscow and talks with Putin (migrants, entry-ban lists)",
       quote="during his visit to Moscow on February 24, when he held talks with Russian President Vladimir Putin", type="visit", status="past", bilateral=True),
  dict(date="2021-03", date_note="'by the end of March'.", what="Kyrgyz lists of citizens for removal from entry-ban lists to be submitted to Moscow by end of March",
       quote="submit the first lists of citizens to Moscow by the end of March", type="other", status="planned", bilateral=True),
 ]),
))

A.append(dict(
file="10_sputnikkg_ru_2022_perevody_rekord.txt",
source="https://ru.sputnik.kg/20221118/kyrgyzstan-perevody-migrantov-rekord-1069817532.html",
lang="ru",
header=None,
body="""Переводы мигрантов в Кыргызстан обновили рекорд - данные Нацбанка

Укрепление рубля и рост зарплат в России привели к тому, что кыргызстанцы отправили домой больше денег, чем когда-либо

БИШКЕК, 18 ноя - Sputnik. Объем денежных переводов в Кыргызстан за январь - сентябрь достиг 2,2 миллиарда долларов, что является рекордом для этого периода, следует из данных Национального банка. Доля России составила около 94 процента.

Для сравнения, за аналогичный период прошлого года в республику поступило 1,85 миллиарда долларов.

Председатель кабинета министров Акылбек Жапаров, выступая накануне на встрече с вице-премьером России Алексеем Оверчуком, отметил, что трудовая миграция остается "одной из самых чувствительных тем" двусторонней повестки. По его словам, Бишкек рассчитывает на скорейший запуск механизма добровольного медицинского страхования мигрантов.

Алексей Оверчук, который является сопредседателем межправительственной комиссии, сообщил, что товарооборот России и Кыргызстана за девять месяцев 2022 года вырос на 37 процентов и приблизился к 2,3 миллиарда долларов. "Мы видим реальные перспективы выйти на 3 миллиарда долларов уже по итогам года", - сказал он.

Следующее заседание межправкомиссии пройдет в первой половине 2023 года в Москве. Кроме того, 9 декабря в Бишкеке состоится заседание Высшего Евразийского экономического совета, в котором примут участие лидеры стран ЕАЭС.

Читайте также:
Кыргызстанцам в России напомнили о сроках регистрации
Курс рубля в Кыргызстане: что происходит на валютном рынке

Фото: Sputnik / Табылды Кадырбеков
""",
gold=dict(
 header_date="unknown", date="2022-11-18", date_partial=None, date_source="body_day_month+url_year",
 date_note="Dateline 'БИШКЕК, 18 ноя - Sputnik' has no year; the year comes from the URL '20221118' and agrees with the body ('за девять месяцев 2022 года').",
 people=[
  dict(name_ru_nominative="Акылбек Жапаров", name_in_text="Акылбек Жапаров", role="председатель кабинета министров Кыргызстана", forms_in_text=["Акылбек Жапаров"]),
  dict(name_ru_nominative="Алексей Оверчук", name_in_text="Алексеем Оверчуком", role="заместитель председателя правительства России, сопредседатель МПК", forms_in_text=["Алексеем Оверчуком", "Алексей Оверчук"]),
 ],
 other_names=["Табылды Кадырбеков"],
 figures=[
  dict(metric="remittances_to_kg_usd", value=2200000000, period="2022-9M", kind="actual", qualifier="record",
       quote="Объем денежных переводов в Кыргызстан за январь - сентябрь достиг 2,2 миллиарда долларов", period_text="за январь - сентябрь", note="Remittances; not trade."),
  dict(metric="remittances_share_from_russia_pct", value=94, period="2022-9M", kind="actual", qualifier="about",
       quote="Доля России составила около 94 процента"),
  dict(metric="remittances_to_kg_usd", value=1850000000, period="2021-9M", kind="actual",
       quote="за аналогичный период прошлого года в республику поступило 1,85 миллиарда долларов", note="Remittances; not trade."),
  dict(metric="trade_turnover_growth_pct", value=37, period="2022-9M", kind="actual",
       quote="товарооборот России и Кыргызстана за девять месяцев 2022 года вырос на 37 процентов"),
  dict(metric="trade_turnover", value=2300000000, period="2022-9M", kind="actual", qualifier="approaching",
       quote="товарооборот России и Кыргызстана за девять месяцев 2022 года вырос на 37 процентов и приблизился к 2,3 миллиарда долларов"),
  dict(metric="trade_turnover", value=3000000000, period="2022", kind="forecast",
       quote="Мы видим реальные перспективы выйти на 3 миллиарда долларов уже по итогам года"),
 ],
 events=[
  dict(date="2022-11-17", what="Akylbek Japarov meets Russian Deputy PM Alexei Overchuk ('накануне')",
       quote="выступая накануне на встрече с вице-премьером России Алексеем Оверчуком", type="meeting", status="past", bilateral=True),
  dict(date="2023", date_note="'в первой половине 2023 года'.", what="Next session of the intergovernmental commission in Moscow in the first half of 2023",
       quote="Следующее заседание межправкомиссии пройдет в первой половине 2023 года в Москве", type="igc_session", status="planned", bilateral=True),
  dict(date="2022-12-09", what="Supreme Eurasian Economic Council meeting in Bishkek",
       quote="9 декабря в Бишкеке состоится заседание Высшего Евразийского экономического совета", type="meeting", status="planned", bilateral=False),
 ]),
))
