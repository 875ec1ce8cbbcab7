# Articles 01-07 of heldout134: body text + gold annotation.
A = []

A.append(dict(
file="01_kabar_ru_2005_jalalabad_landslides_emercom.txt",
source="http://www.kabar.kg/rus/news/show/4817",
lang="ru", header_date="unknown", date=None, date_partial="????-04-18",
date_source="body_day_month",
date_note="Dateline 'Бишкек, 18 апреля /Кабар/.' has no year; URL has none. Bakiyev as 'исполняющий обязанности президента, премьер-министр' points to spring 2005 (he held both posts March–August 2005), but the page never states the year, so none is given.",
body="""Бишкек, 18 апреля /Кабар/.

Самолет МЧС России Ил-76 доставил в Джалал-Абад 36 тонн гуманитарного груза для жителей Сузакского и Базар-Коргонского районов, пострадавших от оползней. Об этом сообщили в Министерстве экологии и чрезвычайных ситуаций Кыргызской Республики.

Как отметили в ведомстве, в составе груза - палатки, одеяла, передвижные электростанции, медикаменты и продукты питания. Борт вылетел из подмосковного Раменского в субботу и приземлился в аэропорту Джалал-Абада утром в воскресенье. Груз передан областному штабу по ликвидации последствий чрезвычайной ситуации и в ближайшие дни будет распределен среди отселенных семей.

Помощь направлена по поручению министра Российской Федерации по делам гражданской обороны, чрезвычайным ситуациям и ликвидации последствий стихийных бедствий Сергея Шойгу, который на прошлой неделе провел телефонный разговор с исполняющим обязанности президента, премьер-министром Кыргызстана Курманбеком Бакиевым. В ходе беседы Курманбек Бакиев поблагодарил российскую сторону за оперативный отклик, а Сергей Кужугетович заверил, что при необходимости МЧС России готово направить в республику группу спасателей и аэромобильный госпиталь.

По данным республиканского министерства, с начала весны оползни и сели разрушили или повредили 214 жилых домов, из зоны риска отселены более 600 семей. Ущерб предварительно оценивается в 120 млн сомов. Специалисты предупреждают, что с повышением температуры угроза новых сходов сохраняется.

Ранее гуманитарную помощь пострадавшим районам оказал Казахстан, направивший 20 тонн муки и строительных материалов.

Напомним, в марте российская сторона уже передавала Кыргызстану партию медикаментов на сумму около 5 млн рублей для больниц южных областей. Вопросы взаимодействия в сфере предупреждения чрезвычайных ситуаций планируется обсудить на заседании Межгосударственного совета СНГ по чрезвычайным ситуациям природного и техногенного характера, которое пройдет в мае в Астане.

Фото: пресс-служба МЭЧС КР

Читайте также: В Ошской области продолжается укрепление берегов реки Ак-Буура
""",
people=[
 dict(name_ru_nominative="Сергей Шойгу", name_in_text="Сергея Шойгу", role="министр РФ по чрезвычайным ситуациям", forms_in_text=["Сергея Шойгу", "Сергей Кужугетович"]),
 dict(name_ru_nominative="Курманбек Бакиев", name_in_text="Курманбеком Бакиевым", role="и.о. президента, премьер-министр Кыргызстана", forms_in_text=["Курманбеком Бакиевым", "Курманбек Бакиев"]),
],
other_names=[],
figures=[
 dict(metric="humanitarian_aid_tonnes", value=36, period=None, kind="actual", quote="доставил в Джалал-Абад 36 тонн гуманитарного груза"),
 dict(metric="landslide_damage_kgs", value=120000000, period=None, kind="actual", quote="Ущерб предварительно оценивается в 120 млн сомов"),
 dict(metric="kazakhstan_aid_tonnes", value=20, period=None, kind="actual", quote="Казахстан, направивший 20 тонн муки и строительных материалов"),
 dict(metric="medicines_aid_rub", value=5000000, period=None, kind="actual", qualifier="about", quote="партию медикаментов на сумму около 5 млн рублей"),
],
events=[
 dict(date=None, date_partial="????-04-17", date_note="Landed 'утром в воскресенье' before Monday 18 April; year not stated.", what="Russian EMERCOM Il-76 delivered 36 t of humanitarian aid to Jalal-Abad for landslide victims", quote="Самолет МЧС России Ил-76 доставил в Джалал-Абад 36 тонн гуманитарного груза", type="other", status="past", bilateral=True),
 dict(date=None, date_partial="????-04", date_note="'на прошлой неделе'; year not stated.", what="Phone call between Shoigu and acting president/PM Bakiyev", quote="на прошлой неделе провел телефонный разговор с исполняющим обязанности президента, премьер-министром Кыргызстана Курманбеком Бакиевым", type="other", status="past", bilateral=True),
 dict(date=None, date_partial="????-03", what="Russia handed over medicines worth about 5 mn roubles for southern hospitals", quote="в марте российская сторона уже передавала Кыргызстану партию медикаментов", type="other", status="past", bilateral=True),
 dict(date=None, date_partial="????-05", what="Session of the CIS Interstate Council on natural and technogenic emergencies in Astana", quote="на заседании Межгосударственного совета СНГ по чрезвычайным ситуациям природного и техногенного характера, которое пройдет в мае в Астане", type="meeting", status="planned", bilateral=False),
],
))

A.append(dict(
file="02_interfax_ru_2008_nura_earthquake_aid.txt",
source="https://www.interfax.ru/world/36218",
lang="ru", header_date="2008-10-07", date="2008-10-07", date_partial=None,
date_source="header+body",
date_note="Header date and dateline 'Бишкек. 7 октября. ИНТЕРФАКС'. The quake was 'в воскресенье вечером' (2008-10-05).",
body="""Россия направила в Киргизию гуманитарную помощь для пострадавших от землетрясения

Бишкек. 7 октября. ИНТЕРФАКС - Два самолета МЧС России доставят во вторник в Ош около 70 тонн гуманитарных грузов для пострадавших от землетрясения в Алайском районе Ошской области Киргизии, сообщили агентству в министерстве чрезвычайных ситуаций республики.

"Первый борт Ил-76 приземлился в аэропорту Оша в 06:40 по местному времени, второй ожидается ближе к вечеру. На борту палатки, теплые одеяла, печки, дизель-генераторы и медикаменты", - сказал собеседник агентства.

Решение о направлении помощи было принято накануне по поручению главы МЧС РФ Сергея Шойгу после обращения киргизской стороны. По словам министра чрезвычайных ситуаций Киргизии Камчыбека Ташиева, российские спасатели также передадут местным властям модульный полевой госпиталь на 50 коек. "Мы благодарны российским коллегам, помощь пришла буквально через сутки", - сказал К.Ташиев.

Землетрясение магнитудой 6,6 произошло в воскресенье вечером, его эпицентр находился вблизи села Нура в нескольких километрах от границы с Китаем. По последним данным, погибли 74 человека, в том числе 43 ребенка, разрушено более 200 домов. В понедельник на место трагедии прибыл президент Киргизии Курманбек Бакиев, объявивший 7 октября днем общенационального траура.

Президент России Дмитрий Медведев накануне направил Бакиеву телеграмму, в которой выразил соболезнования родным и близким погибших.

Премьер-министр Игорь Чудинов на заседании правительства поручил обеспечить семьи пострадавших временным жильем до наступления холодов. По его словам, на восстановление Нуры из республиканского бюджета будет выделено 100 млн сомов.

Помощь пострадавшим уже направили также Казахстан и Китай.

Как ожидается, вопросы ликвидации последствий стихии будут затронуты и на саммите СНГ, который пройдет в Бишкеке 10 октября.

Россия является одним из крупнейших торговых партнеров Киргизии. По данным Национального статистического комитета республики, товарооборот между странами за январь-август 2008 года составил $1,23 млрд, увеличившись на 38% по сравнению с аналогичным периодом прошлого года. При этом на долю поставок из России приходится около 85% этого объема.
""",
people=[
 dict(name_ru_nominative="Сергей Шойгу", name_in_text="Сергея Шойгу", role="глава МЧС РФ", forms_in_text=["Сергея Шойгу"]),
 dict(name_ru_nominative="Камчыбек Ташиев", name_in_text="Камчыбека Ташиева", role="министр чрезвычайных ситуаций Киргизии", forms_in_text=["Камчыбека Ташиева", "К.Ташиев"]),
 dict(name_ru_nominative="Курманбек Бакиев", name_in_text="Курманбек Бакиев", role="президент Киргизии", forms_in_text=["Курманбек Бакиев", "Бакиеву"]),
 dict(name_ru_nominative="Дмитрий Медведев", name_in_text="Дмитрий Медведев", role="президент России", forms_in_text=["Дмитрий Медведев"]),
 dict(name_ru_nominative="Игорь Чудинов", name_in_text="Игорь Чудинов", role="премьер-министр Киргизии", forms_in_text=["Игорь Чудинов"]),
],
other_names=[],
figures=[
 dict(metric="humanitarian_aid_tonnes", value=70, period=None, kind="actual", qualifier="about", quote="около 70 тонн гуманитарных грузов"),
 dict(metric="field_hospital_beds", value=50, period=None, kind="actual", quote="модульный полевой госпиталь на 50 коек"),
 dict(metric="reconstruction_budget_kgs", value=100000000, period=None, kind="target", quote="на восстановление Нуры из республиканского бюджета будет выделено 100 млн сомов"),
 dict(metric="trade_turnover", value=1230000000, period="2008-8M", kind="actual", quote="товарооборот между странами за январь-август 2008 года составил $1,23 млрд"),
 dict(metric="trade_turnover_growth_pct", value=38, period="2008-8M", kind="actual", quote="увеличившись на 38% по сравнению с аналогичным периодом прошлого года"),
 dict(metric="russian_supplies_share_in_turnover_pct", value=85, period="2008-8M", kind="actual", qualifier="about", quote="на долю поставок из России приходится около 85% этого объема"),
],
events=[
 dict(date="2008-10-07", what="Two EMERCOM planes deliver about 70 t of aid to Osh for Nura earthquake victims (first landed, second expected)", quote="Два самолета МЧС России доставят во вторник в Ош около 70 тонн гуманитарных грузов", type="other", status="ongoing", bilateral=True),
 dict(date="2008-10-06", what="Decision to send aid on Shoigu's instruction after the Kyrgyz request", quote="Решение о направлении помощи было принято накануне по поручению главы МЧС РФ Сергея Шойгу", type="other", status="past", bilateral=True),
 dict(date="2008-10-06", what="Medvedev's telegram of condolences to Bakiyev", quote="Президент России Дмитрий Медведев накануне направил Бакиеву телеграмму", type="other", status="past", bilateral=True),
 dict(date="2008-10-07", what="Russian rescuers to hand over a 50-bed modular field hospital", quote="российские спасатели также передадут местным властям модульный полевой госпиталь на 50 коек", type="other", status="planned", bilateral=True),
 dict(date="2008-10-10", what="CIS summit in Bishkek", quote="на саммите СНГ, который пройдет в Бишкеке 10 октября", type="meeting", status="planned", bilateral=False),
],
))

A.append(dict(
file="03_kommersant_ru_2010_osh_emercom_flights.txt",
source="https://www.kommersant.ru/doc/1386420",
lang="ru", header_date="2010-06-15", date="2010-06-15", date_partial=None,
date_source="header+body",
date_note="Issue line 'Газета «Коммерсантъ» №105 (4405) от 15.06.2010'. 'Вчера' = 2010-06-14, 'в субботу' = 2010-06-12.",
body="""Газета «Коммерсантъ» №105 (4405) от 15.06.2010

Москва ответила Бишкеку самолетами МЧС
Россия ограничилась гуманитарной помощью югу Киргизии

Вчера в Ош прибыли первые самолеты МЧС России с гуманитарным грузом для пострадавших в ходе массовых беспорядков на юге Киргизии. Всего, по данным ведомства Сергея Шойгу, до конца недели планируется выполнить не менее шести рейсов и доставить около 200 тонн продовольствия, медикаментов и палаток. Отдельным бортом в Ош вылетела группа врачей отряда «Центроспас» с аэромобильным госпиталем.

Напомним, в субботу глава временного правительства Роза Отунбаева обратилась к президенту России Дмитрию Медведеву с просьбой ввести в республику миротворческие силы. В Кремле тогда ответили, что речь идет о внутреннем конфликте, и пообещали лишь гуманитарную поддержку. Вопрос обсуждался вчера в Москве на экстренном заседании комитета секретарей советов безопасности стран ОДКБ. По его итогам генсек организации Николай Бордюжа заявил, что ОДКБ готова передать Киргизии вертолеты, топливо и спецтехнику, но о вводе коллективных сил «речь пока не идет».

Источник “Ъ” в правительстве РФ пояснил, что Дмитрий Медведев поручил МЧС и Минздраву «работать столько, сколько потребуется». По его словам, спецпредставитель президента России по развитию отношений с Киргизией Владимир Рушайло в ближайшие дни может посетить Бишкек, чтобы обсудить с Розой Отунбаевой восстановление южных областей.

По официальным данным, число погибших превысило 120 человек, еще более 1,6 тыс. ранены. Власти Узбекистана сообщили, что границу пересекли около 75 тыс. беженцев, в основном женщины и дети.

Для временного правительства помощь Москвы не первая. В мае Россия выделила Киргизии $20 млн безвозмездной помощи и $30 млн льготного кредита, а также поставила горюче-смазочные материалы для весенне-полевых работ. При этом экономические связи двух стран в этом году заметно ослабли: по данным киргизского Нацстаткома, товарооборот с Россией за четыре месяца сократился на 12%, в том числе из-за закрытия границы с Казахстаном после апрельских событий.

Ксения Малютина, Дмитрий Сорокин

Фото: Артем Киселев / “Ъ”
""",
people=[
 dict(name_ru_nominative="Сергей Шойгу", name_in_text="Сергея Шойгу", role="глава МЧС России", forms_in_text=["Сергея Шойгу"]),
 dict(name_ru_nominative="Роза Отунбаева", name_in_text="Роза Отунбаева", role="глава временного правительства Киргизии", forms_in_text=["Роза Отунбаева", "Розой Отунбаевой"]),
 dict(name_ru_nominative="Дмитрий Медведев", name_in_text="Дмитрий Медведев", role="президент России", forms_in_text=["Дмитрию Медведеву", "Дмитрий Медведев"]),
 dict(name_ru_nominative="Николай Бордюжа", name_in_text="Николай Бордюжа", role="генеральный секретарь ОДКБ", forms_in_text=["Николай Бордюжа"]),
 dict(name_ru_nominative="Владимир Рушайло", name_in_text="Владимир Рушайло", role="спецпредставитель президента РФ по развитию отношений с Киргизией", forms_in_text=["Владимир Рушайло"]),
],
other_names=["Ксения Малютина", "Дмитрий Сорокин", "Артем Киселев"],
figures=[
 dict(metric="humanitarian_aid_tonnes", value=200, period=None, kind="target", qualifier="about", quote="доставить около 200 тонн продовольствия, медикаментов и палаток"),
 dict(metric="refugees_to_uzbekistan_count", value=75000, period=None, kind="actual", qualifier="about", quote="границу пересекли около 75 тыс. беженцев"),
 dict(metric="russian_grant_usd", value=20000000, period=None, kind="actual", quote="$20 млн безвозмездной помощи"),
 dict(metric="russian_soft_loan_usd", value=30000000, period=None, kind="actual", quote="$30 млн льготного кредита"),
 dict(metric="trade_turnover_growth_pct", value=-12, period="2010-4M", kind="actual", quote="товарооборот с Россией за четыре месяца сократился на 12%"),
],
events=[
 dict(date="2010-06-14", what="First EMERCOM planes with humanitarian aid arrived in Osh", quote="Вчера в Ош прибыли первые самолеты МЧС России с гуманитарным грузом", type="other", status="past", bilateral=True),
 dict(date="2010-06", what="At least six EMERCOM flights with about 200 t of aid planned by the end of the week", quote="до конца недели планируется выполнить не менее шести рейсов", type="other", status="planned", bilateral=True),
 dict(date="2010-06-12", what="Otunbayeva asked Medvedev to send peacekeeping forces", quote="в субботу глава временного правительства Роза Отунбаева обратилась к президенту России Дмитрию Медведеву с просьбой ввести в республику миротворческие силы", type="other", status="past", bilateral=True),
 dict(date="2010-06-14", what="Emergency meeting of the CSTO Committee of Security Council Secretaries in Moscow", quote="на экстренном заседании комитета секретарей советов безопасности стран ОДКБ", type="meeting", status="past", bilateral=False),
 dict(date=None, what="Possible visit of special envoy Rushailo to Bishkek in the coming days", quote="Владимир Рушайло в ближайшие дни может посетить Бишкек", type="visit", status="planned", bilateral=True),
 dict(date="2010-05", what="Russia granted $20 mn aid and $30 mn soft loan to the interim government", quote="В мае Россия выделила Киргизии $20 млн безвозмездной помощи и $30 млн льготного кредита", type="agreement", status="past", bilateral=True),
],
))

A.append(dict(
file="04_rg_ru_2015_rospotrebnadzor_program.txt",
source="https://rg.ru/2015/09/10/rospotrebnadzor-site.html",
lang="ru", header_date="2015-09-10", date="2015-09-10", date_partial=None,
date_source="header+byline",
date_note="Byline '10.09.2015 17:20'; URL also gives 2015/09/10. Signing 'в среду' = 2015-09-09; Sariev meeting 'Во вторник' = 2015-09-08.",
body="""Российская газета - Федеральный выпуск №6775 (203)
10.09.2015 17:20
Рубрика: Общество

Лаборатории для границы
Роспотребнадзор поможет Киргизии защититься от чумы и сибирской язвы

Текст: Игорь Зотов (Бишкек)

Руководитель Роспотребнадзора Анна Попова и министр здравоохранения Киргизии Талантбек Батыралиев подписали в среду в Бишкеке план мероприятий на 2015-2017 годы по содействию республике в обеспечении санитарно-эпидемиологического благополучия. Объем российской программы составит около 470 млн рублей.

Как рассказала Анна Попова, средства пойдут на оснащение лабораторий Республиканского центра карантинных и особо опасных инфекций, подготовку кадров и создание системы мониторинга на границе. До конца года Киргизии будет передан мобильный лабораторный комплекс на базе автомобиля КамАЗ, а в 2016 году в Бишкеке должна заработать совместная российско-киргизская лаборатория по диагностике природно-очаговых инфекций. В России пройдут обучение около 300 киргизских специалистов.

"Для нас это вопрос не только здоровья, но и экономики: после вступления в ЕАЭС сохранить открытую границу можно лишь при едином уровне санитарного контроля", - подчеркнул Талантбек Батыралиев.

Во вторник глава Роспотребнадзора была принята премьер-министром Киргизии Темиром Сариевым. Стороны обсудили ход адаптации ветеринарной и фитосанитарной служб республики к требованиям Евразийского экономического союза, в который Киргизия официально вступила 12 августа. По словам Т.Сариева, до конца года правительство рассчитывает открыть на границе еще четыре лаборатории, аккредитованных по нормам союза.

Экономический фон для сотрудничества непростой. По данным Нацстаткома Киргизии, за первое полугодие товарооборот с Россией снизился на 26% и составил 683 млн долларов. Еще болезненнее для республики падение денежных переводов трудовых мигрантов: за тот же период из России поступило 690 млн долларов - почти вдвое меньше, чем годом ранее.

Напомним, в конце 2014 года Россия и Киргизия также договорились о поставках в республику вакцин против кори и краснухи на сумму 90 млн рублей.
""",
people=[
 dict(name_ru_nominative="Анна Попова", name_in_text="Анна Попова", role="руководитель Роспотребнадзора", forms_in_text=["Анна Попова"]),
 dict(name_ru_nominative="Талантбек Батыралиев", name_in_text="Талантбек Батыралиев", role="министр здравоохранения Киргизии", forms_in_text=["Талантбек Батыралиев"]),
 dict(name_ru_nominative="Темир Сариев", name_in_text="Темиром Сариевым", role="премьер-министр Киргизии", forms_in_text=["Темиром Сариевым", "Т.Сариева"]),
],
other_names=["Игорь Зотов"],
figures=[
 dict(metric="rospotrebnadzor_program_rub", value=470000000, period=None, kind="target", qualifier="about", quote="Объем российской программы составит около 470 млн рублей"),
 dict(metric="trade_turnover_growth_pct", value=-26, period="2015-H1", kind="actual", quote="за первое полугодие товарооборот с Россией снизился на 26%"),
 dict(metric="trade_turnover", value=683000000, period="2015-H1", kind="actual", quote="за первое полугодие товарооборот с Россией снизился на 26% и составил 683 млн долларов"),
 dict(metric="remittances_from_russia_usd", value=690000000, period="2015-H1", kind="actual", quote="за тот же период из России поступило 690 млн долларов"),
 dict(metric="vaccine_supply_rub", value=90000000, period=None, kind="actual", quote="вакцин против кори и краснухи на сумму 90 млн рублей"),
],
events=[
 dict(date="2015-09-09", what="Popova and Batyraliev signed the 2015–2017 plan of Russian assistance in sanitary-epidemiological welfare", quote="подписали в среду в Бишкеке план мероприятий на 2015-2017 годы", type="agreement", status="past", bilateral=True),
 dict(date="2015", what="Mobile laboratory complex to be handed to Kyrgyzstan by year end", quote="До конца года Киргизии будет передан мобильный лабораторный комплекс", type="other", status="planned", bilateral=True),
 dict(date="2016", what="Joint Russian-Kyrgyz laboratory for natural-focal infections to open in Bishkek", quote="в 2016 году в Бишкеке должна заработать совместная российско-киргизская лаборатория", type="other", status="planned", bilateral=True),
 dict(date="2015-09-08", what="Sariev received Rospotrebnadzor head Popova", quote="Во вторник глава Роспотребнадзора была принята премьер-министром Киргизии Темиром Сариевым", type="meeting", status="past", bilateral=True),
 dict(date="2015-08-12", what="Kyrgyzstan officially joined the Eurasian Economic Union", quote="в который Киргизия официально вступила 12 августа", type="agreement", status="past", bilateral=False),
 dict(date="2014", what="Agreement on supplies of measles and rubella vaccines worth 90 mn roubles", quote="в конце 2014 года Россия и Киргизия также договорились о поставках в республику вакцин", type="agreement", status="past", bilateral=True),
],
))

A.append(dict(
file="05_24kg_en_2017_uzgen_landslide_emercom.txt",
source="https://24.kg/english/50817_Russia_delivers_humanitarian_aid_to_landslide_victims_in_Uzgen/",
lang="en", header_date="2017-05-03", date="2017-05-03", date_partial=None,
date_source="header+byline",
date_note="'Posted: 03/05/17 15:22' (dd/mm/yy); 'Updated: 04/05/17' is a distractor. The landslide was 'on Saturday' = 2017-04-29.",
body="""Russia delivers humanitarian aid to landslide victims in Uzgen

BISHKEK -24.kg news agency, Nurzada Alimkulova
Posted: 03/05/17 15:22  Updated: 04/05/17 10:05

A plane of the Russian Emergencies Ministry (EMERCOM) carrying 38 tons of humanitarian aid landed at Osh airport today, the Ministry of Emergency Situations of Kyrgyzstan reported.

The cargo includes tents, blankets, mattresses, kitchen sets and generators. It was handed over to the Uzgen district administration for families evacuated from the village of Ayu, where a massive landslide buried 11 houses on Saturday. According to the latest data, 24 people, including nine children, were killed.

Minister of Emergency Situations Kubatbek Boronov, who met the plane, thanked the Russian side. "This is already the second time in two years that our Russian colleagues have responded within days," Boronov said. Russian Ambassador Andrei Krutko also attended the ceremony. According to him, the aid was sent on the instruction of EMERCOM head Vladimir Puchkov.

On Sunday, Russian President Vladimir Putin sent a message of condolences to President Almazbek Atambayev. Prime Minister Sooronbay Jeenbekov, who visited the disaster site last week, instructed the government to allocate 30 million soms for the construction of new houses for the victims in a safe area.

Kazakhstan also delivered aid worth about $200,000.

The two countries plan to hold a joint search-and-rescue exercise in the Issyk-Kul region in September, the Emergencies Ministry added.

Relations between Bishkek and Moscow have been on the rise since the Eurasian Economic Union summit held in Bishkek on April 14. According to the National Statistics Committee, in the first quarter of 2017 trade between Kyrgyzstan and Russia grew by 24 percent to $372 million.

Photo: Ministry of Emergency Situations of Kyrgyzstan

Related: Atambayev declares May 1 a day of mourning
""",
people=[
 dict(name_ru_nominative="Кубатбек Боронов", name_in_text="Kubatbek Boronov", role="министр чрезвычайных ситуаций КР", forms_in_text=["Kubatbek Boronov", "Boronov"]),
 dict(name_ru_nominative="Андрей Крутько", name_in_text="Andrei Krutko", role="посол России в Кыргызстане", forms_in_text=["Andrei Krutko"]),
 dict(name_ru_nominative="Владимир Пучков", name_in_text="Vladimir Puchkov", role="глава МЧС России", forms_in_text=["Vladimir Puchkov"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Vladimir Putin", role="президент России", forms_in_text=["Vladimir Putin"]),
 dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Almazbek Atambayev", role="президент Кыргызстана", forms_in_text=["Almazbek Atambayev", "Atambayev"]),
 dict(name_ru_nominative="Сооронбай Жээнбеков", name_in_text="Sooronbay Jeenbekov", role="премьер-министр Кыргызстана", forms_in_text=["Sooronbay Jeenbekov"]),
],
other_names=["Nurzada Alimkulova"],
figures=[
 dict(metric="humanitarian_aid_tonnes", value=38, period=None, kind="actual", quote="carrying 38 tons of humanitarian aid"),
 dict(metric="housing_allocation_kgs", value=30000000, period=None, kind="target", quote="allocate 30 million soms for the construction of new houses"),
 dict(metric="kazakhstan_aid_usd", value=200000, period=None, kind="actual", qualifier="about", quote="Kazakhstan also delivered aid worth about $200,000"),
 dict(metric="trade_turnover_growth_pct", value=24, period="2017-Q1", kind="actual", quote="in the first quarter of 2017 trade between Kyrgyzstan and Russia grew by 24 percent"),
 dict(metric="trade_turnover", value=372000000, period="2017-Q1", kind="actual", quote="in the first quarter of 2017 trade between Kyrgyzstan and Russia grew by 24 percent to $372 million"),
],
events=[
 dict(date="2017-05-03", what="EMERCOM plane with 38 t of aid landed in Osh for Ayu landslide victims", quote="A plane of the Russian Emergencies Ministry (EMERCOM) carrying 38 tons of humanitarian aid landed at Osh airport today", type="other", status="past", bilateral=True),
 dict(date="2017-04-30", what="Putin's condolences message to Atambayev", quote="On Sunday, Russian President Vladimir Putin sent a message of condolences to President Almazbek Atambayev", type="other", status="past", bilateral=True),
 dict(date="2017-09", what="Planned joint Russian-Kyrgyz search-and-rescue exercise in Issyk-Kul region", quote="The two countries plan to hold a joint search-and-rescue exercise in the Issyk-Kul region in September", type="other", status="planned", bilateral=True),
 dict(date="2017-04-14", what="Eurasian Economic Union summit in Bishkek", quote="the Eurasian Economic Union summit held in Bishkek on April 14", type="meeting", status="past", bilateral=False),
],
))

A.append(dict(
file="06_tass_ru_2020_covid_test_systems.txt",
source="https://tass.ru/obschestvo/8076543",
lang="ru", header_date="2020-03-25", date="2020-03-25", date_partial=None,
date_source="header+body",
date_note="Dateline 'БИШКЕК, 25 марта. /ТАСС/'. 'накануне' = 2020-03-24; 'в прошлую пятницу' = 2020-03-20.",
body="""25 МАР 2020, 12:48
Россия передала Киргизии тест-системы для диагностики коронавируса

Партия рассчитана на проведение 10 тыс. исследований

БИШКЕК, 25 марта. /ТАСС/. Россия безвозмездно передала Киргизии партию тест-систем для диагностики коронавирусной инфекции нового типа, рассчитанную на проведение 10 тыс. исследований. Об этом в среду сообщили в посольстве РФ в республике.

"Груз, доставленный накануне рейсом из Москвы, передан Министерству здравоохранения Киргизской Республики. Тест-системы разработаны специалистами Государственного научного центра вирусологии и биотехнологии "Вектор" Роспотребнадзора", - говорится в сообщении.

Как отметил посол России в Киргизии Николай Удовиченко, передача проведена по поручению руководителя Роспотребнадзора Анны Поповой. "Россия и дальше будет помогать киргизским друзьям в борьбе с пандемией. В ближайшее время в Бишкек будет направлена мобильная лаборатория, а также группа эпидемиологов", - приводит пресс-служба слова Удовиченко.

О готовности оказать республике необходимую помощь шла речь в телефонном разговоре президентов России и Киргизии Владимира Путина и Сооронбая Жээнбекова в прошлую пятницу. Киргизский лидер, как сообщала тогда пресс-служба его аппарата, поблагодарил Путина за поддержку и проинформировал о принимаемых мерах.

В Киргизии на сегодняшний день зарегистрированы 44 случая заражения коронавирусом. С 22 марта в Бишкеке, Оше и Джалал-Абадской области действует режим чрезвычайной ситуации, закрыты границы для иностранцев.

Ранее Роспотребнадзор передал тест-системы ряду стран СНГ, в том числе Армении, Белоруссии, Казахстану и Узбекистану.

Эпидемия уже отражается на экономике республики, во многом зависящей от денежных переводов трудовых мигрантов. По данным Национального банка Киргизии, в 2019 году из России в страну поступило почти $2,4 млрд переводов, или около трети ВВП.
""",
people=[
 dict(name_ru_nominative="Николай Удовиченко", name_in_text="Николай Удовиченко", role="посол России в Киргизии", forms_in_text=["Николай Удовиченко", "Удовиченко"]),
 dict(name_ru_nominative="Анна Попова", name_in_text="Анны Поповой", role="руководитель Роспотребнадзора", forms_in_text=["Анны Поповой"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимира Путина", role="президент России", forms_in_text=["Владимира Путина", "Путина"]),
 dict(name_ru_nominative="Сооронбай Жээнбеков", name_in_text="Сооронбая Жээнбекова", role="президент Киргизии", forms_in_text=["Сооронбая Жээнбекова"]),
],
other_names=[],
figures=[
 dict(metric="covid_tests_count", value=10000, period=None, kind="actual", quote="рассчитанную на проведение 10 тыс. исследований"),
 dict(metric="remittances_from_russia_usd", value=2400000000, period="2019", kind="actual", qualifier="almost", quote="в 2019 году из России в страну поступило почти $2,4 млрд переводов"),
],
events=[
 dict(date="2020-03-24", date_note="Cargo 'доставленный накануне' (24 March); the handover was announced on Wednesday 25 March.", what="Russia handed over COVID-19 test systems (10,000 tests) to the Kyrgyz Health Ministry, delivered by flight from Moscow", quote="Россия безвозмездно передала Киргизии партию тест-систем для диагностики коронавирусной инфекции нового типа", type="other", status="past", bilateral=True),
 dict(date=None, what="Mobile laboratory and group of epidemiologists to be sent to Bishkek", quote="В ближайшее время в Бишкек будет направлена мобильная лаборатория, а также группа эпидемиологов", type="other", status="planned", bilateral=True),
 dict(date="2020-03-20", what="Putin–Jeenbekov phone call on help against the pandemic", quote="телефонном разговоре президентов России и Киргизии Владимира Путина и Сооронбая Жээнбекова в прошлую пятницу", type="other", status="past", bilateral=True),
 dict(date=None, what="Rospotrebnadzor earlier handed test systems to several CIS countries", quote="Ранее Роспотребнадзор передал тест-системы ряду стран СНГ", type="other", status="past", bilateral=False),
],
))

A.append(dict(
file="07_eurasianet_en_2020_russian_doctors_covid.txt",
source="https://eurasianet.org/kyrgyzstan-russian-doctors-arrive-as-covid-19-overwhelms-hospitals",
lang="en", header_date="2020-07-14", date="2020-07-14", date_partial=None,
date_source="header+byline",
date_note="Byline 'Jul 14, 2020'. 'on Sunday' = 2020-07-12; 'last week' call = 2020-07 (week of 6–10 July).",
body="""Kyrgyzstan: Russian doctors arrive as COVID-19 overwhelms hospitals

Bishkek hopes help from Moscow will ease a crisis that has left clinics without beds or oxygen.

Kamila Ergesheva Jul 14, 2020

A team of Russian doctors and epidemiologists flew into Bishkek on Sunday, as Kyrgyzstan struggles with a surge in coronavirus infections that has pushed its health system to breaking point.

The group of 32 specialists, sent by Russia's Health Ministry and consumer protection watchdog Rospotrebnadzor, will work in hospitals in Bishkek, Osh and Chui region for at least a month, Kyrgyz officials said. The arrival followed a phone call last week between President Sooronbay Jeenbekov and Russian President Vladimir Putin, in which Jeenbekov asked for urgent assistance.

Russian Health Minister Mikhail Murashko said in Moscow that the team would also bring ventilators and protective equipment. "Our doctors have experience that can be useful to colleagues in Kyrgyzstan," Murashko was quoted as saying by Russian media.

Prime Minister Kubatbek Boronov, who met the doctors at Manas airport, said the government had converted schools and sanatoriums into day hospitals with 5,000 extra beds. Officially, Kyrgyzstan has recorded more than 10,000 cases, though doctors say the real figure is far higher.

The crisis is also hitting the economy. Remittances from migrants, most of them in Russia, fell by 25 percent in January–May, according to the National Bank. Trade with Russia, Kyrgyzstan's main partner alongside China, dropped 22 percent in the first five months of the year to $560 million, official statistics show.

Moscow has been keen to present itself as the region's first responder. Kazakhstan and Uzbekistan have also sent medical teams and supplies, while the Eurasian Economic Union leaders discussed a joint response at their online summit in May.

Critics in Bishkek say that help from abroad cannot hide years of underfunding. "We are grateful for the Russian doctors, but they will leave in a month and the system will stay the same," a Bishkek hospital surgeon told Eurasianet.

Photo: Kyrgyz Health Ministry press service
""",
people=[
 dict(name_ru_nominative="Сооронбай Жээнбеков", name_in_text="Sooronbay Jeenbekov", role="президент Кыргызстана", forms_in_text=["Sooronbay Jeenbekov", "Jeenbekov"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Vladimir Putin", role="президент России", forms_in_text=["Vladimir Putin"]),
 dict(name_ru_nominative="Михаил Мурашко", name_in_text="Mikhail Murashko", role="министр здравоохранения России", forms_in_text=["Mikhail Murashko", "Murashko"]),
 dict(name_ru_nominative="Кубатбек Боронов", name_in_text="Kubatbek Boronov", role="премьер-министр Кыргызстана", forms_in_text=["Kubatbek Boronov"]),
],
other_names=["Kamila Ergesheva"],
figures=[
 dict(metric="doctors_sent_count", value=32, period=None, kind="actual", quote="The group of 32 specialists"),
 dict(metric="extra_hospital_beds", value=5000, period=None, kind="actual", quote="day hospitals with 5,000 extra beds"),
 dict(metric="remittances_growth_pct", value=-25, period="2020-5M", kind="actual", quote="fell by 25 percent in January–May"),
 dict(metric="trade_turnover_growth_pct", value=-22, period="2020-5M", kind="actual", quote="Trade with Russia, Kyrgyzstan's main partner alongside China, dropped 22 percent in the first five months of the year"),
 dict(metric="trade_turnover", value=560000000, period="2020-5M", kind="actual", quote="dropped 22 percent in the first five months of the year to $560 million"),
],
events=[
 dict(date="2020-07-12", what="Team of Russian doctors and epidemiologists arrived in Bishkek", quote="A team of Russian doctors and epidemiologists flew into Bishkek on Sunday", type="other", status="past", bilateral=True),
 dict(date="2020-07", what="Jeenbekov–Putin phone call with request for urgent assistance", quote="a phone call last week between President Sooronbay Jeenbekov and Russian President Vladimir Putin", type="other", status="past", bilateral=True),
 dict(date="2020-07-12", what="Boronov met the Russian doctors at Manas airport", quote="who met the doctors at Manas airport", type="meeting", status="past", bilateral=True),
 dict(date="2020-05", what="EAEU leaders' online summit discussing a joint response", quote="the Eurasian Economic Union leaders discussed a joint response at their online summit in May", type="meeting", status="past", bilateral=False),
],
))
