# Articles 01-07 (all Russian) with their gold records.
A = []

# ---------------------------------------------------------------- 01
A.append(dict(
file="01_vb_ru_2006_days_russian_culture.txt",
source="http://www.vb.kg/doc/61873_dni_rossiyskoy_kyltyry_otkrylis_v_bishkeke.html",
header_date="2006-09-20",
lang="ru",
body="""Дни российской культуры открылись в Бишкеке

Вечерний Бишкек, 20.09.2006
Ирина Ковалева

Вчера в Кыргызском национальном академическом театре оперы и балета имени Абдыласа Малдыбаева торжественным гала-концертом открылись Дни культуры Российской Федерации в Кыргызской Республике. Программа рассчитана на шесть дней: кроме столицы, артисты выступят в Оше и Караколе.

В зале собрались около тысячи зрителей. Перед началом концерта к ним обратился министр культуры и массовых коммуникаций России Александр Соколов. Он зачитал приветствие президента России Владимира Путина, в котором говорится, что «культурные связи наших народов проверены временем и не зависят от политической конъюнктуры».

Президент Кыргызстана Курманбек Бакиев, присутствовавший на открытии вместе с премьер-министром Феликсом Куловым, поблагодарил российских гостей и пожелал артистам «полных залов и в Бишкеке, и в регионах».

Накануне Курманбек Бакиев принял Александра Соколова в своей резиденции. По словам пресс-службы главы государства, стороны обсудили реставрацию памятников, обменные гастроли и сохранение русскоязычного образования в сельских школах. В тот же день в здании Министерства культуры министры подписали программу сотрудничества в области культуры на 2007–2009 годы. Документ предусматривает гастроли театров, совместные выставки и стажировки молодых специалистов.

В Бишкек приехали солисты Большого театра, Государственный академический русский народный хор имени Пятницкого и преподаватели Московской консерватории, которые проведут мастер-классы для студентов. Программа Дней включает также выставку «Русская икона XV–XIX веков» из фондов Государственного Русского музея и неделю российского кино в кинотеатре «Ала-Тоо».

Российская сторона передала в дар Национальной библиотеке Кыргызстана более 5 тысяч книг и комплект оборудования для оцифровки фондов. Общая стоимость программы Дней, по данным российского посольства, составляет около 12 миллионов рублей.

Напомним, последний раз Дни российской культуры проходили в нашей республике в 2003 году. А на прошлой неделе в столице завершились Дни культуры Казахстана.

Закрытие Дней состоится 24 сентября в Ошском областном драмтеатре.

Фото Владимира Пирогова
""",
gold=dict(
 date="2006-09-20", date_partial=None, date_source="header",
 date_note="Header and byline give 20.09.2006; the opening was 'вчера' = 2006-09-19.",
 people=[
  dict(name_ru_nominative="Александр Соколов", name_in_text="Александр Соколов", role="Minister of Culture and Mass Communications of Russia", forms_in_text=["Александр Соколов", "Александра Соколова"]),
  dict(name_ru_nominative="Владимир Путин", name_in_text="Владимира Путина", role="President of Russia", forms_in_text=["Владимира Путина"], note="named only as author of a greeting"),
  dict(name_ru_nominative="Курманбек Бакиев", name_in_text="Курманбек Бакиев", role="President of Kyrgyzstan", forms_in_text=["Курманбек Бакиев"]),
  dict(name_ru_nominative="Феликс Кулов", name_in_text="Феликсом Куловым", role="Prime Minister of Kyrgyzstan", forms_in_text=["Феликсом Куловым"]),
 ],
 other_names=["Ирина Ковалева", "Владимира Пирогова"],
 figures=[
  dict(metric="audience_count", value=1000, period=None, kind="actual", qualifier="about", quote="около тысячи зрителей"),
  dict(metric="books_donated", value=5000, period=None, kind="actual", qualifier="more than", quote="более 5 тысяч книг", note="gift to the National Library; not trade"),
  dict(metric="culture_days_program_cost_rub", value=12000000, period=None, kind="actual", qualifier="about", quote="около 12 миллионов рублей", note="cost of the Days programme in roubles; not trade"),
 ],
 events=[
  dict(date="2006-09-19", what="Opening gala of the Days of Russian culture in Kyrgyzstan (Bishkek opera house)", quote="Вчера в Кыргызском национальном академическом театре оперы и балета имени Абдыласа Малдыбаева торжественным гала-концертом открылись Дни культуры Российской Федерации в Кыргызской Республике", type="other", status="past", bilateral=True, date_note="'вчера' relative to 2006-09-20"),
  dict(date="2006-09-18", what="President Bakiev receives Russian culture minister Sokolov", quote="Накануне Курманбек Бакиев принял Александра Соколова в своей резиденции", type="meeting", status="past", bilateral=True, date_note="'накануне' = the day before the opening (2006-09-19)"),
  dict(date="2006-09-18", what="Culture ministries sign a cooperation programme for 2007-2009", quote="В тот же день в здании Министерства культуры министры подписали программу сотрудничества в области культуры на 2007–2009 годы", type="agreement", status="past", bilateral=True, date_note="'в тот же день' = day of the Bakiev-Sokolov meeting"),
  dict(date="2003", what="Previous Days of Russian culture in Kyrgyzstan", quote="последний раз Дни российской культуры проходили в нашей республике в 2003 году", type="other", status="past", bilateral=True),
  dict(date="2006-09", what="Days of Kazakh culture in Bishkek ended (distractor: Kazakhstan)", quote="на прошлой неделе в столице завершились Дни культуры Казахстана", type="other", status="past", bilateral=False, date_note="week of 11-17 September 2006"),
  dict(date="2006-09-24", what="Closing of the Days of Russian culture in Osh", quote="Закрытие Дней состоится 24 сентября в Ошском областном драмтеатре", type="other", status="planned", bilateral=True),
 ],
)))

# ---------------------------------------------------------------- 02
A.append(dict(
file="02_rg_ru_2009_student_quota.txt",
source="https://rg.ru/2009/04/09/kirgizia-kvoty.html",
header_date=None,
lang="ru",
body="""Квота на знания

Россия увеличит число бюджетных мест для студентов из Киргизии

Виктор Федоров (Бишкек)
"Российская газета" - Федеральный выпуск №4881 (64)
09.04.2009, 00:46

В 2009/2010 учебном году граждане Киргизии смогут поступить в российские вузы на 330 бюджетных мест — почти вдвое больше, чем годом ранее. Об этом во вторник в Москве сообщил министр образования и науки России Андрей Фурсенко после встречи с делегацией киргизского Министерства образования и науки.

"Мы видим, что спрос огромный, и будем его поддерживать", - сказал Андрей Фурсенко журналистам. По его словам, в прошлом году квота для Киргизии составляла 170 мест.

Днем позже в Бишкек прилетел руководитель Россотрудничества Фарит Мухаметшин. Глава нового федерального агентства, созданного в сентябре прошлого года, посетил Киргизско-Российский Славянский университет и Российский центр науки и культуры, где провел совещание с преподавателями русского языка. Именно через центр, напомнил Мухаметшин, теперь будет идти отбор кандидатов на квоту.

Ректор КРСУ Владимир Нифадьев рассказал гостю, что в университете сегодня учатся более 10 тысяч студентов, а дипломы вуза признаются в обеих странах. Из федерального бюджета России на содержание университета в этом году выделено около 430 миллионов рублей.

Гуманитарное сотрудничество развивается на фоне крупных экономических договоренностей. В феврале в Москве президенты Дмитрий Медведев и Курманбек Бакиев договорились о выделении Бишкеку кредита в 2 миллиарда долларов и безвозмездной помощи в 150 миллионов долларов, а также о списании 180 миллионов долларов госдолга.

Интерес к российскому образованию растет во всем регионе: соседнему Таджикистану в этом году выделено 400 бюджетных мест.
""",
gold=dict(
 date="2009-04-09", date_partial=None, date_source="byline",
 date_note="Byline line 09.04.2009 (also in the URL). 'во вторник' = 2009-04-07; 'днем позже' = 2009-04-08.",
 people=[
  dict(name_ru_nominative="Андрей Фурсенко", name_in_text="Андрей Фурсенко", role="Minister of Education and Science of Russia", forms_in_text=["Андрей Фурсенко"]),
  dict(name_ru_nominative="Фарит Мухаметшин", name_in_text="Фарит Мухаметшин", role="Head of Rossotrudnichestvo", forms_in_text=["Фарит Мухаметшин", "Мухаметшин"]),
  dict(name_ru_nominative="Дмитрий Медведев", name_in_text="Дмитрий Медведев", role="President of Russia", forms_in_text=["Дмитрий Медведев"]),
  dict(name_ru_nominative="Курманбек Бакиев", name_in_text="Курманбек Бакиев", role="President of Kyrgyzstan", forms_in_text=["Курманбек Бакиев"]),
 ],
 other_names=["Виктор Федоров", "Владимир Нифадьев"],
 figures=[
  dict(metric="ru_university_quota_kg_students", value=330, period="2009", kind="target", quote="330 бюджетных мест", period_text="В 2009/2010 учебном году", note="academic year 2009/2010"),
  dict(metric="ru_university_quota_kg_students", value=170, period="2008", kind="actual", quote="в прошлом году квота для Киргизии составляла 170 мест", period_text="в прошлом году"),
  dict(metric="krsu_students", value=10000, period=None, kind="actual", qualifier="more than", quote="более 10 тысяч студентов"),
  dict(metric="krsu_federal_funding_rub", value=430000000, period="2009", kind="actual", qualifier="about", quote="около 430 миллионов рублей", period_text="в этом году"),
  dict(metric="loan_usd", value=2000000000, period=None, kind="target", quote="кредита в 2 миллиарда долларов", note="distractor: Russian loan agreed in February 2009, not trade"),
  dict(metric="grant_usd", value=150000000, period=None, kind="target", quote="безвозмездной помощи в 150 миллионов долларов", note="distractor: aid"),
  dict(metric="debt_writeoff_usd", value=180000000, period=None, kind="target", quote="списании 180 миллионов долларов госдолга", note="distractor"),
  dict(metric="ru_university_quota_tj_students", value=400, period="2009", kind="actual", quote="соседнему Таджикистану в этом году выделено 400 бюджетных мест", note="distractor: Tajikistan"),
 ],
 events=[
  dict(date="2009-04-07", what="Fursenko meets a Kyrgyz education ministry delegation in Moscow; quota increase announced", quote="Об этом во вторник в Москве сообщил министр образования и науки России Андрей Фурсенко после встречи с делегацией киргизского Министерства образования и науки", type="meeting", status="past", bilateral=True, date_note="Tuesday before the 2009-04-09 issue"),
  dict(date="2009-04-08", what="Rossotrudnichestvo head Mukhametshin visits Bishkek (KRSU, Russian Centre of Science and Culture)", quote="Днем позже в Бишкек прилетел руководитель Россотрудничества Фарит Мухаметшин", type="visit", status="past", bilateral=True, date_note="'днем позже' = the day after Tuesday 2009-04-07"),
  dict(date="2008-09", what="Rossotrudnichestvo founded (Russian domestic)", quote="созданного в сентябре прошлого года", type="other", status="past", bilateral=False),
  dict(date="2009-02", what="Medvedev and Bakiev agree in Moscow on a $2bn loan, $150m grant and debt write-off", quote="В феврале в Москве президенты Дмитрий Медведев и Курманбек Бакиев договорились", type="agreement", status="past", bilateral=True),
 ],
)))

# ---------------------------------------------------------------- 03
A.append(dict(
file="03_24kg_ru_2011_russian_language_status.txt",
source="http://www.24kg.org/community/96154-roza-otunbaeva-status-russkogo-yazyka.html",
header_date="2011-03-15",
lang="ru",
body="""Роза Отунбаева: Статус русского языка в Кыргызстане пересматриваться не будет

15 марта 2011, 12:07
Бишкек – ИА «24.kg», Анна Кравченко

Президент Кыргызстана Роза Отунбаева заявила, что официальный статус русского языка, закрепленный в Конституции, пересматриваться не будет. Об этом она сказала сегодня на встрече с представителями русскоязычных общественных организаций в Доме правительства.

Поводом для встречи стало предложение группы депутатов Жогорку Кенеша ограничить использование русского языка в делопроизводстве государственных органов. «Русский язык для нас — не иностранный. Это язык науки и межнационального общения, и никто не будет лишать его статуса», — подчеркнула Роза Отунбаева.

Глава государства напомнила, что в июне прошлого года на референдуме была принята новая Конституция, статья 10 которой гласит, что в Кыргызской Республике «в качестве официального языка употребляется русский язык».

Премьер-министр Алмазбек Атамбаев, выступая вчера в парламенте, также высказался против инициативы депутатов. По его словам, правительство направит в этом году 18 миллионов сомов на программу повышения квалификации учителей русского языка в сельских школах.

Как сообщили ИА «24.kg» в Российском центре науки и культуры в Бишкеке, в апреле Россотрудничество проведет в республике Неделю русского языка, а летом около 200 учителей пройдут стажировку в Москве и Санкт-Петербурге. Руководитель Россотрудничества Фарит Мухаметшин ранее обещал увеличить число бесплатных курсов русского языка в регионах.

По оценке Национального статистического комитета, русским языком в той или иной степени владеют около 2,5 миллиона граждан страны.

Для сравнения: в соседнем Казахстане русский язык также имеет официальный статус, а в Таджикистане в 2009 году был принят закон, по которому языком межнационального общения признан только государственный язык.
""",
gold=dict(
 date="2011-03-15", date_partial=None, date_source="header",
 date_note="Header and the line under the title; 'сегодня' = 2011-03-15, 'вчера' = 2011-03-14.",
 people=[
  dict(name_ru_nominative="Роза Отунбаева", name_in_text="Роза Отунбаева", role="President of Kyrgyzstan", forms_in_text=["Роза Отунбаева"]),
  dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Алмазбек Атамбаев", role="Prime Minister of Kyrgyzstan", forms_in_text=["Алмазбек Атамбаев"]),
  dict(name_ru_nominative="Фарит Мухаметшин", name_in_text="Фарит Мухаметшин", role="Head of Rossotrudnichestvo", forms_in_text=["Фарит Мухаметшин"]),
 ],
 other_names=["Анна Кравченко"],
 figures=[
  dict(metric="kg_budget_russian_teacher_training_kgs", value=18000000, period="2011", kind="target", quote="18 миллионов сомов", period_text="в этом году", note="domestic budget, soms; not trade"),
  dict(metric="teachers_trained_in_russia", value=200, period="2011", kind="target", qualifier="about", quote="около 200 учителей"),
  dict(metric="russian_speakers_in_kg", value=2500000, period=None, kind="actual", qualifier="about", quote="около 2,5 миллиона граждан"),
 ],
 events=[
  dict(date="2011-03-15", what="Otunbayeva tells Russian-speaking organisations that the official status of Russian will not be revised (statement)", quote="Президент Кыргызстана Роза Отунбаева заявила, что официальный статус русского языка, закрепленный в Конституции, пересматриваться не будет", type="other", status="past", bilateral=True, date_note="'сегодня'; a domestic meeting but the statement concerns the Russian language (see README)"),
  dict(date="2010-06", what="Constitutional referendum (domestic)", quote="в июне прошлого года на референдуме была принята новая Конституция", type="other", status="past", bilateral=False),
  dict(date="2011-03-14", what="PM Atambaev speaks in parliament against the deputies' initiative (domestic)", quote="Премьер-министр Алмазбек Атамбаев, выступая вчера в парламенте", type="other", status="past", bilateral=False),
  dict(date="2011-04", what="Rossotrudnichestvo's Russian Language Week in Kyrgyzstan", quote="в апреле Россотрудничество проведет в республике Неделю русского языка", type="other", status="planned", bilateral=True),
  dict(date="2011", what="Internship of about 200 Kyrgyz teachers in Moscow and St Petersburg in summer", quote="летом около 200 учителей пройдут стажировку в Москве и Санкт-Петербурге", type="other", status="planned", bilateral=True, date_note="summer 2011"),
  dict(date="2009", what="Tajikistan's language law (distractor)", quote="в Таджикистане в 2009 году был принят закон", type="other", status="past", bilateral=False),
 ],
)))

# ---------------------------------------------------------------- 04
A.append(dict(
file="04_kabar_ru_2013_krsu_20_years.txt",
source="http://www.kabar.kg/rus/society/full/61234",
header_date=None,
lang="ru",
body="""В КРСУ отметили 20-летие со дня основания

Бишкек, 9 сентября /Кабар/. Кыргызско-Российский Славянский университет имени первого Президента России Б.Н. Ельцина сегодня отметил 20-летие со дня основания. Торжественное собрание прошло в актовом зале главного корпуса.

Президент Кыргызской Республики Алмазбек Атамбаев направил в адрес коллектива поздравление, которое зачитал министр образования и науки Канат Садыков. «За двадцать лет КРСУ стал одним из ведущих вузов страны и настоящим мостом между нашими народами», — говорится в приветствии.

Чрезвычайный и Полномочный Посол России в КР Андрей Крутко передал поздравление министра образования и науки РФ Дмитрия Ливанова и вручил ведомственные награды группе преподавателей. Посол Крутко отметил, что российская сторона в этом году дополнительно выделила на обновление лабораторной базы вуза 50 миллионов рублей.

Ректор университета Владимир Нифадьев напомнил, что вуз был создан в 1993 году по соглашению правительств двух стран. За 20 лет университет подготовил более 25 тысяч специалистов, сегодня в нем обучаются свыше 11 тысяч студентов на шести факультетах.

Завтра в университете начнется международная научная конференция «КРСУ: 20 лет интеграции в образовательное пространство СНГ», в которой примут участие ректоры 15 российских вузов.

Напомним, 13 сентября в Бишкеке пройдет саммит Шанхайской организации сотрудничества.
""",
gold=dict(
 date="2013-09-09", date_partial=None, date_source="inferred_year",
 date_note="Dateline gives 9 September only; year inferred from the text: founded in 1993 + '20-летие' = 2013 (consistent with the SCO summit in Bishkek on 13 September 2013).",
 people=[
  dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Алмазбек Атамбаев", role="President of Kyrgyzstan", forms_in_text=["Алмазбек Атамбаев"]),
  dict(name_ru_nominative="Канат Садыков", name_in_text="Канат Садыков", role="Minister of Education and Science of Kyrgyzstan", forms_in_text=["Канат Садыков"]),
  dict(name_ru_nominative="Андрей Крутко", name_in_text="Андрей Крутко", role="Ambassador of Russia to Kyrgyzstan", forms_in_text=["Андрей Крутко", "Крутко"]),
  dict(name_ru_nominative="Дмитрий Ливанов", name_in_text="Дмитрия Ливанова", role="Minister of Education and Science of Russia", forms_in_text=["Дмитрия Ливанова"]),
 ],
 other_names=["Владимир Нифадьев"],
 figures=[
  dict(metric="krsu_lab_funding_rub", value=50000000, period="2013", kind="actual", quote="50 миллионов рублей", period_text="в этом году"),
  dict(metric="krsu_graduates_total", value=25000, period=None, kind="actual", qualifier="more than", quote="более 25 тысяч специалистов"),
  dict(metric="krsu_students", value=11000, period=None, kind="actual", qualifier="more than", quote="свыше 11 тысяч студентов"),
 ],
 events=[
  dict(date="2013-09-09", what="KRSU celebrates its 20th anniversary (ceremony with the Russian ambassador and Kyrgyz minister)", quote="сегодня отметил 20-летие со дня основания", type="anniversary", status="past", bilateral=True),
  dict(date="1993", what="KRSU founded by agreement of the two governments", quote="вуз был создан в 1993 году по соглашению правительств двух стран", type="other", status="past", bilateral=True),
  dict(date="2013-09-10", what="International conference on KRSU's 20 years with rectors of 15 Russian universities", quote="Завтра в университете начнется международная научная конференция", type="conference", status="planned", bilateral=True),
  dict(date="2013-09-13", what="SCO summit in Bishkek (multilateral)", quote="13 сентября в Бишкеке пройдет саммит Шанхайской организации сотрудничества", type="other", status="planned", bilateral=False),
 ],
)))

# ---------------------------------------------------------------- 05
A.append(dict(
file="05_rossotrud_ru_noyear_kosachev_bishkek.txt",
source="http://rs.gov.ru/node/41234",
header_date=None,
lang="ru",
body="""Константин Косачев посетил Российский центр науки и культуры в Бишкеке

Руководитель Россотрудничества Константин Косачев в рамках рабочего визита в Киргизскую Республику посетил в субботу, 26 апреля, Российский центр науки и культуры в Бишкеке.

Глава агентства осмотрел отремонтированные помещения центра, библиотеку и компьютерный класс, пообщался со слушателями курсов русского языка. В текущем году курсы посещают более 1200 человек, из них около трети — трудовые мигранты, готовящиеся к выезду в Россию и сдаче комплексного экзамена.

Накануне Константин Косачев провел переговоры с министром иностранных дел Киргизии Эрланом Абдылдаевым. Стороны обсудили расширение сети русскоязычных классов, подготовку к празднованию Дня Победы и работу с соотечественниками. Во встрече принял участие Посол России в Киргизии Андрей Крутко.

«Центр в Бишкеке — одно из наших крупнейших представительств в СНГ. Мы рассчитываем, что уже в следующем году здесь откроется полноценный Русский дом с киноклубом и детской студией», — сказал К.Косачев.

В тот же день руководитель Россотрудничества возложил цветы к Вечному огню на площади Победы и встретился с ветеранами Великой Отечественной войны. Республиканскому Совету ветеранов переданы 300 продуктовых наборов.

9 мая центр совместно с посольством проведет в Бишкеке акцию «Георгиевская ленточка», к участию в которой ожидается до 5 тысяч молодых людей.

Справка: в текущем учебном году по линии Россотрудничества на обучение в российские вузы направлены 350 граждан Киргизии.

Фото: пресс-служба Россотрудничества
""",
gold=dict(
 date=None, date_partial="????-04-26", date_source="body",
 date_note="The page gives no year anywhere (no header, URL without date). Body: 'в субботу, 26 апреля'. Kosachev headed Rossotrudnichestvo 2012-2014 and 26 April fell on a Saturday in 2014, but that is outside knowledge: no year in gold.",
 people=[
  dict(name_ru_nominative="Константин Косачев", name_in_text="Константин Косачев", role="Head of Rossotrudnichestvo", forms_in_text=["Константин Косачев", "К.Косачев"]),
  dict(name_ru_nominative="Эрлан Абдылдаев", name_in_text="Эрланом Абдылдаевым", role="Minister of Foreign Affairs of Kyrgyzstan", forms_in_text=["Эрланом Абдылдаевым"]),
  dict(name_ru_nominative="Андрей Крутко", name_in_text="Андрей Крутко", role="Ambassador of Russia to Kyrgyzstan", forms_in_text=["Андрей Крутко"]),
 ],
 other_names=[],
 figures=[
  dict(metric="russian_course_students", value=1200, period=None, kind="actual", qualifier="more than", quote="более 1200 человек", period_text="В текущем году"),
  dict(metric="aid_food_parcels", value=300, period=None, kind="actual", quote="300 продуктовых наборов", note="aid to veterans; not trade"),
  dict(metric="event_participants_expected", value=5000, period=None, kind="target", qualifier="up to", quote="до 5 тысяч молодых людей"),
  dict(metric="ru_university_quota_kg_students", value=350, period=None, kind="actual", quote="350 граждан Киргизии", period_text="в текущем учебном году"),
 ],
 events=[
  dict(date=None, date_partial="????-04-26", what="Kosachev visits the Russian Centre of Science and Culture in Bishkek", quote="посетил в субботу, 26 апреля, Российский центр науки и культуры в Бишкеке", type="visit", status="past", bilateral=True),
  dict(date=None, date_partial="????-04-25", what="Kosachev holds talks with Foreign Minister Abdyldaev (ambassador Krutko present)", quote="Накануне Константин Косачев провел переговоры с министром иностранных дел Киргизии Эрланом Абдылдаевым", type="meeting", status="past", bilateral=True, date_note="'накануне' = day before 26 April"),
  dict(date=None, what="A full Russian House to open in Bishkek next year", quote="уже в следующем году здесь откроется полноценный Русский дом", type="other", status="planned", bilateral=True, date_note="'next year' with no year known"),
  dict(date=None, date_partial="????-04-26", what="Kosachev lays flowers at the Eternal Flame and meets war veterans", quote="В тот же день руководитель Россотрудничества возложил цветы к Вечному огню на площади Победы", type="other", status="past", bilateral=True),
  dict(date=None, date_partial="????-05-09", what="St George ribbon campaign in Bishkek on 9 May", quote="9 мая центр совместно с посольством проведет в Бишкеке акцию «Георгиевская ленточка»", type="other", status="planned", bilateral=True),
 ],
)))

# ---------------------------------------------------------------- 06
A.append(dict(
file="06_kaktus_ru_2016_maly_theatre_tour.txt",
source="https://kaktus.media/doc/347812_v_bishkeke_nachalis_gastroli_malogo_teatra.html",
header_date="2016-11-17",
lang="ru",
body="""В Бишкеке начались гастроли Малого театра: билеты раскупили за неделю

Автор: Мария Смирнова
17 ноября 2016, 14:32

Государственный академический Малый театр России привез в Бишкек три спектакля. Гастроли открылись вчера на сцене Русского драматического театра имени Чингиза Айтматова постановкой «Горе от ума» и продлятся до воскресенья.

Как рассказали Kaktus.media в дирекции театра, все 2 400 билетов на шесть показов были раскуплены еще за неделю до начала гастролей. Самый дорогой билет стоил 3 тысячи сомов.

«Бишкекского зрителя мы любим и помним. Здесь по-прежнему понимают русскую классику, и это дорогого стоит», — сказал на пресс-конференции художественный руководитель Малого театра Юрий Соломин.

Сегодня труппу принял посол России в Кыргызстане Андрей Крутко. По его словам, гастроли проходят при поддержке Министерства культуры РФ и Россотрудничества, а на обменные гастроли театров двух стран в этом году выделено около 15 миллионов рублей.

В марте следующего года с ответными гастролями в Москву отправится Кыргызский национальный академический драматический театр имени Токтоболота Абдумомунова.

Последний раз Малый театр приезжал в Бишкек в 2011 году.

Напомним, в сентябре на Иссык-Куле прошли II Всемирные игры кочевников, в которых приняли участие спортсмены более чем из 60 стран.

Фото: пресс-служба Малого театра
""",
gold=dict(
 date="2016-11-17", date_partial=None, date_source="header",
 date_note="Header and byline 17 ноября 2016; 'вчера' = 2016-11-16; 'до воскресенья' = 2016-11-20; 'сегодня' = 2016-11-17.",
 people=[
  dict(name_ru_nominative="Андрей Крутко", name_in_text="Андрей Крутко", role="Ambassador of Russia to Kyrgyzstan", forms_in_text=["Андрей Крутко"]),
 ],
 other_names=["Мария Смирнова", "Юрий Соломин"],
 figures=[
  dict(metric="tickets_sold", value=2400, period=None, kind="actual", quote="все 2 400 билетов"),
  dict(metric="ticket_price_max_kgs", value=3000, period=None, kind="actual", quote="Самый дорогой билет стоил 3 тысячи сомов"),
  dict(metric="theatre_exchange_funding_rub", value=15000000, period="2016", kind="actual", qualifier="about", quote="около 15 миллионов рублей", period_text="в этом году"),
  dict(metric="world_nomad_games_countries", value=60, period=None, kind="actual", qualifier="more than", quote="более чем из 60 стран", note="distractor"),
 ],
 events=[
  dict(date="2016-11-16", what="Maly Theatre tour opens in Bishkek (runs until Sunday 20 November)", quote="Гастроли открылись вчера на сцене Русского драматического театра имени Чингиза Айтматова", type="other", status="ongoing", bilateral=True),
  dict(date="2016-11-17", what="Russian ambassador Krutko receives the Maly Theatre troupe", quote="Сегодня труппу принял посол России в Кыргызстане Андрей Крутко", type="meeting", status="past", bilateral=True),
  dict(date="2017-03", what="Return tour of the Abdumomunov Kyrgyz drama theatre in Moscow", quote="В марте следующего года с ответными гастролями в Москву отправится Кыргызский национальный академический драматический театр", type="other", status="planned", bilateral=True),
  dict(date="2011", what="Previous Maly Theatre tour in Bishkek", quote="Последний раз Малый театр приезжал в Бишкек в 2011 году", type="other", status="past", bilateral=True),
  dict(date="2016-09", what="2nd World Nomad Games at Issyk-Kul (multilateral)", quote="в сентябре на Иссык-Куле прошли II Всемирные игры кочевников", type="other", status="past", bilateral=False),
 ],
)))

# ---------------------------------------------------------------- 07
A.append(dict(
file="07_sputnik_ru_2017_days_kyrgyz_culture_moscow.txt",
source="https://ru.sputnik.kg/culture/20170608/1033931245/dni-kultury-kyrgyzstana-moskva.html",
header_date=None,
lang="ru",
body="""Дни культуры Кыргызстана открылись в Москве концертом в Кремле

16:42 08.06.2017 (обновлено: 17:05 08.06.2017)

Получить короткую ссылку

Около 300 артистов, музыкантов и мастеров народных ремесел представляют республику на Днях культуры в России, которые продлятся до 11 июня.

МОСКВА, 8 июн — Sputnik. Дни культуры Кыргызстана в Российской Федерации открылись вечером в среду в Государственном Кремлевском дворце гала-концертом с участием Кыргызского национального академического театра оперы и балета, ансамбля «Кайрык» и манасчы.

На концерте присутствовали премьер-министр Кыргызстана Сооронбай Жээнбеков и министр культуры России Владимир Мединский.

«Кыргызская культура — это не экзотика для россиян, а часть нашей общей истории», — сказал Мединский, открывая вечер.

Во вторник Сооронбай Жээнбеков провел переговоры с председателем правительства РФ Дмитрием Медведевым. Стороны обсудили работу Российско-Кыргызского фонда развития, уставный капитал которого составляет 500 миллионов долларов, и подготовку к заседанию межправкомиссии.

В рамках Дней в Государственном историческом музее откроется выставка кыргызского прикладного искусства, пройдут показы фильмов студии «Кыргызфильм», а 10 июня артисты выступят в Санкт-Петербурге.

На проведение Дней из республиканского бюджета выделено 38 миллионов сомов.

Предыдущие Дни культуры России прошли в Кыргызстане в 2015 году. В этом году страны отмечают 25-летие установления дипломатических отношений, которые были установлены в 1992 году.

© Sputnik / Нуржан Абдыкадыров
""",
gold=dict(
 date="2017-06-08", date_partial=None, date_source="byline",
 date_note="Sputnik time line '16:42 08.06.2017 (обновлено: …)'; also the URL. Dateline '8 июн' has no year. Opening 'вечером в среду' = 2017-06-07; 'во вторник' = 2017-06-06.",
 people=[
  dict(name_ru_nominative="Сооронбай Жээнбеков", name_in_text="Сооронбай Жээнбеков", role="Prime Minister of Kyrgyzstan", forms_in_text=["Сооронбай Жээнбеков"]),
  dict(name_ru_nominative="Владимир Мединский", name_in_text="Владимир Мединский", role="Minister of Culture of Russia", forms_in_text=["Владимир Мединский", "Мединский"]),
  dict(name_ru_nominative="Дмитрий Медведев", name_in_text="Дмитрием Медведевым", role="Prime Minister of Russia", forms_in_text=["Дмитрием Медведевым"]),
 ],
 other_names=["Нуржан Абдыкадыров"],
 figures=[
  dict(metric="artists_count", value=300, period=None, kind="actual", qualifier="about", quote="Около 300 артистов"),
  dict(metric="rkdf_charter_capital_usd", value=500000000, period=None, kind="actual", quote="500 миллионов долларов", note="Russian-Kyrgyz Development Fund capital; not trade"),
  dict(metric="kg_budget_culture_days_kgs", value=38000000, period=None, kind="actual", quote="38 миллионов сомов", note="domestic budget"),
 ],
 events=[
  dict(date="2017-06-07", what="Days of Kyrgyz culture in Russia open with a gala concert at the State Kremlin Palace (run until 11 June)", quote="Дни культуры Кыргызстана в Российской Федерации открылись вечером в среду в Государственном Кремлевском дворце", type="other", status="past", bilateral=True),
  dict(date="2017-06-06", what="PM Jeenbekov holds talks with PM Medvedev", quote="Во вторник Сооронбай Жээнбеков провел переговоры с председателем правительства РФ Дмитрием Медведевым", type="meeting", status="past", bilateral=True, date_note="'во вторник' = Tuesday before Thursday 2017-06-08"),
  dict(date=None, what="Upcoming session of the intergovernmental commission (preparations discussed)", quote="подготовку к заседанию межправкомиссии", type="igc_session", status="planned", bilateral=True, date_note="no date given"),
  dict(date="2017-06-10", what="Kyrgyz artists perform in St Petersburg", quote="10 июня артисты выступят в Санкт-Петербурге", type="other", status="planned", bilateral=True),
  dict(date="2015", what="Previous Days of Russian culture in Kyrgyzstan", quote="Предыдущие Дни культуры России прошли в Кыргызстане в 2015 году", type="other", status="past", bilateral=True),
  dict(date="2017", what="25th anniversary of diplomatic relations", quote="В этом году страны отмечают 25-летие установления дипломатических отношений", type="anniversary", status="ongoing", bilateral=True),
  dict(date="1992", what="Diplomatic relations established", quote="которые были установлены в 1992 году", type="other", status="past", bilateral=True),
 ],
)))
