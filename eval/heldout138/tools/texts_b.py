"""Article texts 08-14: file -> (source, header date or None, body)."""
TEXTS = {}

TEXTS["08_kaktus_ru_2022_maly_theatre_tour.txt"] = ("https://kaktus.media/doc/459872_malyy_teatr_privezet_v_bishkek_gore_ot_yma.html", "2022-05-16", """Малый театр привезет в Бишкек «Горе от ума» и «Лес»

Дата публикации: 16 мая 2022, 14:32
Автор: Айпери Сыдыкова

Государственный академический Малый театр России впервые за 15 лет приедет на гастроли в Кыргызстан. Спектакли пройдут с 7 по 11 июня на сцене Кыргызского национального академического театра оперы и балета имени А. Малдыбаева, сообщили Kaktus.media в Русском драматическом театре имени Ч. Айтматова, который выступает принимающей стороной.

Гастроли приурочены к 30-летию установления дипломатических отношений между Кыргызстаном и Россией, которое отмечается в этом году. Москвичи покажут «Горе от ума» Грибоедова и «Лес» Островского, а также проведут мастер-классы для студентов Кыргызского государственного института искусств имени Б. Бейшеналиевой.

Поддержку гастролям оказали министерства культуры двух стран. В приветствии министра культуры России Ольги Любимовой говорится, что «Малый театр везет в Бишкек не просто спектакли, а общую для наших народов классику».

Ответный визит тоже запланирован. «В октябре в Москве пройдут Дни культуры Кыргызстана, а Русский драмтеатр имени Айтматова покажет на сцене Малого театра спектакль „Материнское поле“», — рассказали в театре.

Юбилейная программа уже стартовала: в прошлую пятницу в Русском доме в Бишкеке открылась фотовыставка «30 лет вместе», на которой представлены снимки из архивов двух стран — от первых визитов делегаций до открытия Славянского университета.

По данным организаторов, на культурную программу юбилейного года российская сторона направит около 40 млн рублей.

Стоимость билетов на спектакли Малого театра — от 500 до 2 500 сомов. Часть билетов будет распределена бесплатно среди студентов и ветеранов сцены. Продажа начнется 20 мая в кассах театра оперы и балета.

Фото: пресс-служба Малого театра

Читайте также: Кыргызстанцы могут поступить в российские вузы на бюджет. Как подать заявку
""")

TEXTS["09_eurasianet_en_2023_state_language_bill.txt"] = ("https://eurasianet.org/kyrgyzstan-language-bill-stirs-unease-in-moscow", "2023-02-08", """Kyrgyzstan: Language bill stirs unease in Moscow

Ayana Beishenova Feb 8, 2023

Students during a Russian lesson at a school in Bishkek. (Photo: Ayana Beishenova)

A bill that would require officials in Kyrgyzstan to be fluent in Kyrgyz and would expand the use of the state language in schools and the media has drawn a rare public rebuke from Russia.

The draft constitutional law "On the state language," published for public discussion in January, would oblige candidates for elected office to pass a Kyrgyz language test and would fine officials who fail to use Kyrgyz in their work. Russian keeps its status as an official language under the 2021 constitution, but critics say the bill would push it out of public life.

Last Thursday, Russian Foreign Ministry spokeswoman Maria Zakharova told reporters that Moscow was "following closely" the discussion of the bill. "We hope that the rights of Russian speakers will be respected," Zakharova said.

The reply from Bishkek was swift. President Sadyr Japarov wrote on Facebook that "no one is going to infringe on the Russian language," and that Kyrgyz children should speak "Kyrgyz, Russian and English." The head of the cabinet, Akylbek Japarov (no relation), said the bill still needed work.

Education and Science Minister Dogdurkul Kendirbaeva insisted that the number of Russian lessons in schools would not be cut. She is due to visit Moscow next month for talks with Russian Education Minister Sergei Kravtsov on a plan, pushed by the Kremlin, to build Russian-language schools in Kyrgyzstan.

Vladimir Putin, who visited Bishkek in December for a summit of the Eurasian Economic Union, has repeatedly offered such schools, and Japarov has welcomed the idea. For many parents, a Russian-language education remains a ticket to jobs in Russia.

Economic ties are strong. Russia was Kyrgyzstan's second largest trading partner after China in 2022, with turnover of $3.1 billion, up 37 percent on the previous year, according to the National Statistics Committee. Trade with China hit $15.5 billion, according to Chinese customs data.

The bill is expected to go before parliament in the spring.
""")

TEXTS["10_tass_ru_2023_putin_japarov_schools.txt"] = ("https://tass.ru/politika/19003511", "2023-10-12", """Путин и Жапаров дали старт строительству девяти русскоязычных школ в Киргизии

Школы будут построены в разных регионах республики к 2025 году

БИШКЕК, 12 октября. /ТАСС/. Президент РФ Владимир Путин и президент Киргизии Садыр Жапаров в четверг в режиме видеоконференции дали старт строительству девяти школ с обучением на русском языке в разных регионах республики. Церемония прошла в рамках государственного визита российского лидера в Бишкек, передает корреспондент ТАСС.

"Уверен, что эти школы станут настоящими центрами притяжения для детей и их родителей", - сказал Путин. Он отметил, что школы будут оснащены по последнему слову техники, а преподавать в них будут в том числе учителя из России.

Жапаров, в свою очередь, поблагодарил российского коллегу за поддержку. "Русский язык в Кыргызстане сохраняет статус официального, и спрос на обучение на нем только растет", - заявил он.

Каждая из школ рассчитана более чем на тысячу учеников. Строительство полностью финансирует российская сторона.

По словам Путина, товарооборот двух стран по итогам прошлого года вырос на 37%, превысив $3,5 млрд, а за восемь месяцев 2023 года прибавил еще около 5%. Ранее глава кабинета министров Киргизии Акылбек Жапаров заявлял, что стороны ставят задачу в перспективе довести взаимную торговлю до $5 млрд в год.

Президенты также обсудили работу Российско-Киргизского фонда развития, уставный капитал которого составляет $500 млн. По итогам переговоров подписан пакет документов, в том числе в сфере образования и науки.

Путин и Жапаров уже встречались в этом году: в мае киргизский лидер приезжал в Москву на торжества по случаю Дня Победы.

В пятницу Путин примет участие в заседании Совета глав государств СНГ, которое пройдет в Бишкеке.
""")

TEXTS["11_interfax_ru_2024_joint_labs.txt"] = ("https://www.interfax.ru/russia/957310", "2024-04-23", """Россия и Киргизия создадут шесть совместных научных лабораторий

Москва. 23 апреля. INTERFAX.RU - Россия и Киргизия до конца 2025 года создадут шесть совместных лабораторий в области геологии, сейсмологии, водных ресурсов и биотехнологий, сообщил министр науки и высшего образования РФ Валерий Фальков.

"Мы договорились, что лаборатории будут работать на базе Кыргызско-Российского Славянского университета и ведущих вузов Бишкека и Оша, а российские институты возьмут на себя методическое и приборное обеспечение", - сказал Фальков журналистам во вторник по итогам переговоров с министром образования и науки Киргизии Догдуркуль Кендирбаевой.

По его словам, на первом этапе российская сторона направит на финансирование совместных исследований около 300 млн рублей. Первая лаборатория - по изучению ледников Тянь-Шаня - откроется в сентябре при КРСУ, который в прошлом году отметил 30-летие.

Министры также подписали программу сотрудничества в сфере науки на 2024-2026 годы.

Кендирбаева, в свою очередь, сообщила, что в киргизских вузах сегодня работают около 200 преподавателей из России, а в российских вузах учатся более 15 тыс. граждан Киргизии.

Экономическое сотрудничество двух стран также растет. По данным Нацстаткома Киргизии, товарооборот с Россией в 2023 году составил $3,9 млрд. Российская ФТС с 2022 года не публикует данные о внешней торговле в разбивке по странам.

В июне Фальков, как ожидается, примет участие в форуме ректоров вузов России и стран Центральной Азии, который пройдет в Алма-Ате.
""")

TEXTS["12_kabar_en_2024_primakov_quotas.txt"] = ("https://en.kabar.kg/news/russia-increases-quota-for-kyrgyz-students-to-1000/", "2024-07-03", """Russia increases quota for Kyrgyz students to 1,000

Bishkek, July 3, 2024 / Kabar /. Russia has increased the quota of state-funded places at its universities for citizens of Kyrgyzstan to 1,000 for the 2024-2025 academic year, Head of Rossotrudnichestvo Yevgeny Primakov announced at a meeting with Chairman of the Cabinet of Ministers Akylbek Japarov on Tuesday.

Last year the quota stood at 800 places.

"Kyrgyz applicants are among the most active in the whole Commonwealth. Medicine, engineering and teacher training are the most popular fields," Primakov said.

The selection of candidates for the quota places is currently under way at the Russian House in Bishkek and on the Education in Russia portal.

Akylbek Japarov thanked the Russian side and noted that cooperation in education is one of the pillars of the strategic partnership. According to him, in January-May 2024 trade turnover between Kyrgyzstan and Russia reached $1.45 billion, up 9.6 percent year on year.

Japarov also noted Russia's contribution to the school meals programme implemented together with the UN World Food Programme, which has exceeded $60 million since 2013.

On Wednesday, Primakov is scheduled to visit one of the Russian-language schools under construction in Bishkek.

The Head of Rossotrudnichestvo arrived in Bishkek to take part in the International Forum of Creative and Scientific Intelligentsia of the CIS Member States, which opens on Thursday.

Photo: Kabar
""")

TEXTS["13_midru_ru_2025_zakharova_briefing.txt"] = ("https://mid.ru/ru/foreign_policy/news/2045517/", "2025-09-10", """Брифинг официального представителя МИД России М.В.Захаровой, Москва, 10 сентября 2025 года

(извлечение)

О русском языке и российских школах в Киргизии

Вопрос: 1 сентября в Киргизии начали работу школы с обучением на русском языке, построенные при поддержке России. Как в МИД оценивают положение русского языка в республике?

Ответ: Действительно, 1 сентября в Киргизии приняли учеников новые школы с обучением на русском языке, построенные в рамках совместной инициативы президентов наших стран. В них будут учиться более 10 тысяч детей, а преподавать – в том числе педагоги, направленные из России. Это зримый результат нашего союзнического взаимодействия.

Положение русского языка в Киргизии, который закреплен в Конституции республики в качестве официального, мы оцениваем как стабильное. Внимательно следим за применением принятого в 2023 году конституционного закона о государственном языке. Исходим из того, что его реализация не приведет к ограничению прав русскоязычных граждан, в том числе на получение образования на родном языке.

Эта тема обсуждалась в ходе переговоров Министра иностранных дел России С.В.Лаврова с Министром иностранных дел Киргизии Ж.Кулубаевым, состоявшихся в Москве в июне. Стороны подтвердили настрой на расширение гуманитарных связей.

Отмечу также, что российские телеканалы по-прежнему входят в базовые пакеты киргизских операторов. Рассчитываем, что так будет и впредь.

Вопросы гуманитарного сотрудничества будут затронуты и на предстоящем в октябре в Душанбе саммите СНГ, а также на заседании межправительственной комиссии, которое запланировано на ноябрь в Бишкеке.
""")

TEXTS["14_presidentkg_ru_2026_japarov_kravtsov.txt"] = ("https://www.president.kg/ru/sobytiya/novosti/27581_prezident_sadyr_ghaparov_prinyal_ministra_prosvescheniya_rossiyskoy_federacii", "2026-02-17", """Президент Садыр Жапаров принял Министра просвещения Российской Федерации Сергея Кравцова

17 февраля 2026 года
Новости

Президент Кыргызской Республики Садыр Жапаров сегодня принял Министра просвещения Российской Федерации Сергея Кравцова, находящегося в Кыргызстане с рабочим визитом.

Глава государства отметил, что все девять школ, построенных в рамках совместной инициативы с Президентом Российской Федерации Владимиром Путиным, приняли учеников и пользуются большой популярностью у родителей.

Сергей Кравцов передал Главе государства приветствие от Президента России Владимира Путина. Он сообщил, что в рамках проекта «Российский учитель за рубежом» в школах республики сегодня работают более 200 педагогов из России, а в 2026 году будут направлены еще 150 учителей. Объем российских средств, вложенных в строительство и оснащение школ, превысил 9 млрд рублей.

Садыр Жапаров подчеркнул, что стороны нацелены довести ежегодный товарооборот до 5 миллиардов долларов и расширять сотрудничество во всех сферах, в том числе в образовании и науке.

Накануне Министр просвещения Российской Федерации провел встречу с Председателем Кабинета Министров Адылбеком Касымалиевым и посетил одну из новых школ в Бишкеке.

Стороны также обсудили подготовку совместного форума «Образование без границ», который пройдет в Оше в апреле.

Глава государства напомнил, что в ноябре прошлого года в Бишкеке успешно прошла сессия Совета коллективной безопасности ОДКБ.

Пресс-служба Президента Кыргызской Республики
""")
