"""Articles 08-14 of heldout132 (bodies and gold)."""
from common import F, E

ARTICLES = []

# ---------------------------------------------------------------- 08
ARTICLES.append(dict(
file="08_tass_ru_2019_putin_kant.txt",
source="https://tass.ru/politika/6269512",
date="2019-03-28",
lang="ru",
header_date="28 МАР 2019",
gold_date="2019-03-28",
date_source="byline",
date_note="TASS byline '28 МАР 2019, 17:25'; dateline '28 марта' and 'в четверг' agree. Future dates 13-14 июня and сентябрь are events, not the article date.",
body="""
28 МАР 2019, 17:25
Обновлено 28 МАР 2019, 19:02

Путин и Жээнбеков посетили российскую авиабазу "Кант"

Президент РФ пообщался с летчиками и осмотрел технику

КАНТ /Киргизия/, 28 марта. /ТАСС/. Президент РФ Владимир Путин и президент Киргизии Сооронбай Жээнбеков в четверг посетили российскую авиабазу "Кант", входящую в состав объединенной российской военной базы. Главы государств осмотрели авиатехнику и пообщались с личным составом, передает корреспондент ТАСС.

"Салам, аскер!" - поприветствовал Путин военнослужащих, выстроившихся на летном поле. Российский лидер поблагодарил летчиков за службу и отметил, что авиабаза "надежно обеспечивает безопасность наших южных рубежей".

Гостей сопровождал министр обороны РФ Сергей Шойгу. Он доложил главам государств, что на базе несут службу около 500 военнослужащих, а в состав авиагруппы входят штурмовики Су-25 и вертолеты Ми-8. По словам министра, в ближайшие годы парк будет обновлен, а на базе появятся беспилотники.

Ранее в четверг в Бишкеке состоялись переговоры Путина и Жээнбекова в узком и расширенном составе. По их итогам был подписан протокол о внесении изменений в соглашение об объединенной российской военной базе, предусматривающий расширение территории авиабазы. Всего в ходе государственного визита подписано более 20 документов.

Владимир Путин на пресс-конференции сообщил, что товарооборот между странами по итогам 2018 года вырос на 6,6% и составил почти 1,7 млрд долларов. Накопленные российские инвестиции в экономику Киргизии, по его словам, превысили 1,5 млрд долларов. С 2014 года Россия в рамках военно-технической помощи передала киргизской армии вооружения и техники более чем на 7 млрд рублей.

В сентябре киргизские военные примут участие в стратегических командно-штабных учениях "Центр-2019", а 13-14 июня Бишкек примет саммит Шанхайской организации сотрудничества, на который Путин также планирует приехать.

Фото: Михаил Метцель/ТАСС
Теги: Владимир Путин, Киргизия, Вооруженные силы РФ
""",
people=[
 ("Владимир Путин", "Владимир Путин", "президент России", ["Владимир Путин", "Путин", "Путина"]),
 ("Сооронбай Жээнбеков", "Сооронбай Жээнбеков", "президент Киргизии", ["Сооронбай Жээнбеков", "Жээнбекова"]),
 ("Сергей Шойгу", "Сергей Шойгу", "министр обороны России", ["Сергей Шойгу"]),
],
other_names=["Михаил Метцель"],
figures=[
 F("trade_turnover", 1700000000, "2018", "actual", "товарооборот между странами по итогам 2018 года вырос на 6,6% и составил почти 1,7 млрд долларов", qualifier="almost"),
 F("trade_turnover_growth_pct", 6.6, "2018", "actual", "товарооборот между странами по итогам 2018 года вырос на 6,6%"),
 F("russian_investment_stock_usd", 1500000000, None, "actual", "Накопленные российские инвестиции в экономику Киргизии, по его словам, превысили 1,5 млрд долларов", qualifier="more than", note="Distractor: investment stock."),
 F("military_aid_rub", 7000000000, None, "actual", "передала киргизской армии вооружения и техники более чем на 7 млрд рублей", qualifier="more than", note="Distractor: military aid since 2014."),
],
events=[
 E("2019-03-28", "Putin and Jeenbekov visit the Russian air base Kant", "в четверг посетили российскую авиабазу \"Кант\", входящую в состав объединенной российской военной базы", "visit", "past"),
 E("2019-03-28", "Putin–Jeenbekov talks in Bishkek in narrow and extended format (state visit)", "Ранее в четверг в Бишкеке состоялись переговоры Путина и Жээнбекова в узком и расширенном составе", "meeting", "past"),
 E("2019-03-28", "Protocol amending the agreement on the united Russian military base (expansion of the air base) signed", "был подписан протокол о внесении изменений в соглашение об объединенной российской военной базе", "agreement", "past"),
 E("2019-03-28", "More than 20 documents signed during the state visit", "Всего в ходе государственного визита подписано более 20 документов", "agreement", "past"),
 E("2019-09", "Kyrgyz troops to take part in the strategic command-staff exercise Tsentr-2019", "В сентябре киргизские военные примут участие в стратегических командно-штабных учениях \"Центр-2019\"", "other", "planned", bilateral=False),
 E("2019-06-13", "SCO summit in Bishkek on 13–14 June, Putin to attend", "13-14 июня Бишкек примет саммит Шанхайской организации сотрудничества", "meeting", "planned", bilateral=False),
],
))

# ---------------------------------------------------------------- 09
ARTICLES.append(dict(
file="09_24kg_ru_2021_security_councils.txt",
source="https://24.kg/vlast/198734_marat_imankulov_obsudil_snikolaem_patrushevyim_situatsiyu_vtsentralnoy_azii/",
date="2021-05-27",
lang="ru",
header_date="27 мая 2021",
gold_date="2021-05-27",
date_source="byline",
date_note="24.kg line '19:12, 27 мая 2021, Бишкек - 24.kg'. 'в конце апреля' = border conflict (2021-04).",
body="""
19:12, 27 мая 2021, Бишкек - 24.kg, Айгерим Токтосунова

Марат Иманкулов обсудил с Николаем Патрушевым ситуацию в Центральной Азии

Секретарь Совета безопасности Кыргызстана Марат Иманкулов встретился в Москве с секретарем Совета безопасности России Николаем Патрушевым. Об этом сообщает пресс-служба аппарата Совбеза КР.

Встреча прошла на полях международной встречи высоких представителей, курирующих вопросы безопасности, которая проходит в Москве с 26 по 28 мая.

Стороны обсудили ситуацию в регионе после вооруженного конфликта на кыргызско-таджикском участке границы в конце апреля, а также риски, связанные с выводом американских войск из Афганистана. Марат Иманкулов проинформировал российского коллегу о мерах, которые принимает руководство республики по урегулированию пограничных вопросов.

Особое внимание уделено борьбе с наркотрафиком и незаконной миграцией. Николай Патрушев отметил, что российская сторона продолжит оказывать содействие Пограничной службе ГКНБ Кыргызстана в обустройстве границы. По данным Совбеза, в 2021 году Россия передаст пограничникам технику и снаряжение на сумму около 1,2 млрд рублей.

Секретари советов безопасности также договорились о визите Николая Патрушева в Бишкек во второй половине года и о подготовке заседания Комитета секретарей советов безопасности ОДКБ, которое пройдет в Душанбе.

Отметим, что президент Садыр Жапаров в феврале провел в Москве переговоры с Владимиром Путиным, по итогам которых стороны заявили о намерении расширить сотрудничество в сфере безопасности.

Товарооборот Кыргызстана с Россией за январь - март 2021 года, по данным Нацстаткома, вырос на 4,2 процента и составил 414 миллионов долларов. В 2020 году он снизился до 1,7 миллиарда долларов.

Ранее 24.kg сообщало, что число кыргызстанских курсантов в вузах Минобороны России в этом году увеличится до 230.

Ссылки по теме:
Садыр Жапаров и Владимир Путин провели переговоры в Кремле
""",
people=[
 ("Марат Иманкулов", "Марат Иманкулов", "секретарь Совета безопасности Киргизии", ["Марат Иманкулов"]),
 ("Николай Патрушев", "Николаем Патрушевым", "секретарь Совета безопасности России", ["Николаем Патрушевым", "Николай Патрушев", "Николая Патрушева"]),
 ("Садыр Жапаров", "Садыр Жапаров", "президент Киргизии", ["Садыр Жапаров"]),
 ("Владимир Путин", "Владимиром Путиным", "президент России", ["Владимиром Путиным", "Владимир Путин"]),
],
other_names=["Айгерим Токтосунова"],
figures=[
 F("border_aid_rub", 1200000000, "2021", "forecast", "в 2021 году Россия передаст пограничникам технику и снаряжение на сумму около 1,2 млрд рублей", qualifier="about", note="Distractor: border equipment aid."),
 F("trade_turnover", 414000000, "2021-Q1", "actual", "Товарооборот Кыргызстана с Россией за январь - март 2021 года, по данным Нацстаткома, вырос на 4,2 процента и составил 414 миллионов долларов"),
 F("trade_turnover_growth_pct", 4.2, "2021-Q1", "actual", "Товарооборот Кыргызстана с Россией за январь - март 2021 года, по данным Нацстаткома, вырос на 4,2 процента"),
 F("trade_turnover", 1700000000, "2020", "actual", "В 2020 году он снизился до 1,7 миллиарда долларов"),
],
events=[
 E("2021-05-27", "Imankulov–Patrushev meeting in Moscow", "Марат Иманкулов встретился в Москве с секретарем Совета безопасности России Николаем Патрушевым", "meeting", "past"),
 E("2021-05-26", "International meeting of high representatives for security issues, Moscow, 26–28 May", "международной встречи высоких представителей, курирующих вопросы безопасности, которая проходит в Москве с 26 по 28 мая", "conference", "ongoing", bilateral=False),
 E("2021", "Patrushev's visit to Bishkek in the second half of the year", "договорились о визите Николая Патрушева в Бишкек во второй половине года", "visit", "planned"),
 E(None, "Session of the CSTO Committee of Security Council Secretaries in Dushanbe", "заседания Комитета секретарей советов безопасности ОДКБ, которое пройдет в Душанбе", "meeting", "planned", bilateral=False),
 E("2021-02", "Japarov's talks with Putin in Moscow in February", "президент Садыр Жапаров в феврале провел в Москве переговоры с Владимиром Путиным", "meeting", "past"),
],
))

# ---------------------------------------------------------------- 10
ARTICLES.append(dict(
file="10_eurasianet_en_2022_csto_kazakhstan.txt",
source="https://eurasianet.org/kyrgyzstan-reluctantly-joins-csto-mission-to-kazakhstan",
date="2022-01-07",
lang="en",
header_date="Jan 7, 2022",
gold_date="2022-01-07",
date_source="byline",
date_note="Eurasianet byline 'Jan 7, 2022'. 'on January 6' and 'on Wednesday' (2022-01-05) are events.",
body="""
Kyrgyzstan reluctantly joins CSTO mission to Kazakhstan

Lawmakers needed two votes to approve sending troops to their troubled neighbor.

Kanat Duishonov
Jan 7, 2022

Kyrgyzstan's parliament on January 6 approved sending around 150 servicemen to Kazakhstan as part of a peacekeeping contingent of the Russia-led Collective Security Treaty Organization, but only after a heated debate and a second vote.

The CSTO's decision to deploy forces, announced hours after Kazakhstan requested help late on January 5, marked the first time the bloc has invoked its collective defense clause. Russia is providing the bulk of the force, reportedly around 3,000 paratroopers.

Some deputies questioned whether Kyrgyz soldiers should be guarding government buildings in a neighboring country. Kamchybek Tashiev, the head of the State Committee for National Security, or GKNB, told lawmakers the contingent would protect strategic facilities and would not be used against protesters.

President Sadyr Japarov, who had discussed the unrest by phone with Russia's Vladimir Putin on Wednesday, has framed the mission as an obligation to an ally. Cabinet Chairman Akylbek Japarov told reporters that Kyrgyzstan "cannot stand aside when our closest neighbor is in trouble."

The deployment shows how deeply Bishkek's security is tied to Moscow. Russia keeps its Kant air base outside the capital, trains hundreds of Kyrgyz officers every year and has supplied weapons and helicopters under a military-technical aid program. In October, the two countries held joint drills at the Edelweiss training ground near Balykchy.

The economic links are just as strong. Trade between Kyrgyzstan and Russia rose by more than 40 percent in January-November 2021, to $2.3 billion, according to the National Statistics Committee. Remittances, most of them from migrant workers in Russia, reached $2.7 billion over the same period. By contrast, Kyrgyzstan's trade with Kazakhstan was around $900 million.

The Kyrgyz contingent is expected to return home once the CSTO declares the mission complete.

Kanat Duishonov is a journalist based in Bishkek.
""",
people=[
 ("Камчыбек Ташиев", "Kamchybek Tashiev", "председатель ГКНБ Киргизии", ["Kamchybek Tashiev"]),
 ("Садыр Жапаров", "Sadyr Japarov", "президент Киргизии", ["Sadyr Japarov"]),
 ("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin"]),
 ("Акылбек Жапаров", "Akylbek Japarov", "председатель кабинета министров Киргизии", ["Akylbek Japarov"]),
],
other_names=["Kanat Duishonov"],
figures=[
 F("trade_turnover", 2300000000, "2021-11M", "actual", "Trade between Kyrgyzstan and Russia rose by more than 40 percent in January-November 2021, to $2.3 billion"),
 F("trade_turnover_growth_pct", 40, "2021-11M", "actual", "Trade between Kyrgyzstan and Russia rose by more than 40 percent in January-November 2021", qualifier="more than"),
 F("remittances_usd", 2700000000, "2021-11M", "actual", "Remittances, most of them from migrant workers in Russia, reached $2.7 billion over the same period", note="Distractor: remittances."),
 F("kyrgyz_kazakh_trade_usd", 900000000, "2021-11M", "actual", "Kyrgyzstan's trade with Kazakhstan was around $900 million", qualifier="about", note="Distractor: third-country trade; period by 'same period' context."),
],
events=[
 E("2022-01-06", "Kyrgyz parliament approves sending ~150 servicemen to the CSTO peacekeeping mission in Kazakhstan", "Kyrgyzstan's parliament on January 6 approved sending around 150 servicemen to Kazakhstan as part of a peacekeeping contingent of the Russia-led Collective Security Treaty Organization", "other", "past", bilateral=False),
 E("2022-01-06", "CSTO decision to deploy forces to Kazakhstan", "The CSTO's decision to deploy forces, announced hours after Kazakhstan requested help late on January 5", "other", "past", bilateral=False),
 E("2022-01-05", "Sadyr Japarov–Putin phone call on the unrest in Kazakhstan", "had discussed the unrest by phone with Russia's Vladimir Putin on Wednesday", "other", "past"),
 E("2021-10", "Joint Kyrgyz-Russian drills at the Edelweiss training ground near Balykchy", "In October, the two countries held joint drills at the Edelweiss training ground near Balykchy", "other", "past"),
 E(None, "Return of the Kyrgyz contingent once the mission is declared complete", "The Kyrgyz contingent is expected to return home once the CSTO declares the mission complete", "other", "planned", bilateral=False),
],
))

# ---------------------------------------------------------------- 11
ARTICLES.append(dict(
file="11_vestikg_ru_undated_kant_anniversary.txt",
source="https://vesti.kg/politika/item/118452-rossijskoj-aviabaze-kant-ispolnilos-20-let.html",
date=None,
lang="ru",
header_date="23 октября",
gold_date=None,
date_partial="????-10-23",
date_source="body_day_month",
date_note="Page shows only '23 октября, 11:40' with no year. The year 2023 can be inferred (base opened 23 October 2003, '20-летие'; Putin's state visit '12 октября' and CIS summit '13 октября' in Bishkek), but the page does not state it, so date stays null. '2003' is the anniversary's year, not the article's.",
body="""
Главная / Политика
23 октября, 11:40

Российской авиабазе «Кант» исполнилось 20 лет

Автор: Нурбек Исаков

В Канте прошли торжественные мероприятия, посвященные 20-летию российской авиабазы. В праздничном построении приняли участие министр обороны Кыргызстана Бактыбек Бекболотов, Чрезвычайный и Полномочный посол России в КР Николай Удовиченко, ветераны и представители местной власти.

Авиабаза была открыта 23 октября 2003 года в присутствии президентов двух стран. Сегодня она входит в состав объединенной российской военной базы, соглашение о которой действует с 2017 года.

Выступая на церемонии, Бактыбек Бекболотов отметил, что база «служит надежным щитом для всего региона». «За два десятилетия российские летчики выполнили здесь тысячи учебно-боевых вылетов, а наши офицеры прошли вместе с ними совместную подготовку», - сказал министр.

Николай Удовиченко напомнил, что в начале месяца, 12 октября, президенты Садыр Жапаров и Владимир Путин в ходе государственного визита российского лидера обсудили перспективы военного сотрудничества, а 13 октября в Бишкеке прошел саммит СНГ. По словам посла, сейчас в российских военных вузах обучаются более 600 кыргызстанских курсантов и офицеров.

За годы работы базы Россия передала Вооруженным силам Кыргызстана на безвозмездной основе техники и имущества на сумму свыше 10 млрд рублей, сообщили в пресс-службе Минобороны КР. Еще около 2 млрд рублей направлено на ремонт вертолетов и бронетехники.

В авиагруппу базы сейчас входят штурмовики Су-25СМ, вертолеты Ми-8МТВ-5 и учебные самолеты. В следующем году, по данным Минобороны, в Кыргызстане пройдут совместные учения ОДКБ.

Фото: Минобороны КР

Читайте также:
- Бекболотов: армия получит новые бронемашины до конца года
""",
people=[
 ("Бактыбек Бекболотов", "Бактыбек Бекболотов", "министр обороны Киргизии", ["Бактыбек Бекболотов", "Бекболотов"]),
 ("Николай Удовиченко", "Николай Удовиченко", "посол России в Киргизии", ["Николай Удовиченко"]),
 ("Садыр Жапаров", "Садыр Жапаров", "президент Киргизии", ["Садыр Жапаров"]),
 ("Владимир Путин", "Владимир Путин", "президент России", ["Владимир Путин"]),
],
other_names=["Нурбек Исаков"],
figures=[
 F("military_aid_rub", 10000000000, None, "actual", "передала Вооруженным силам Кыргызстана на безвозмездной основе техники и имущества на сумму свыше 10 млрд рублей", qualifier="more than", note="Distractor: cumulative gratis military aid since 2003."),
 F("repair_aid_rub", 2000000000, None, "actual", "Еще около 2 млрд рублей направлено на ремонт вертолетов и бронетехники", qualifier="about", note="Distractor: repair aid."),
],
events=[
 E(None, "Celebrations of the 20th anniversary of the Kant air base", "В Канте прошли торжественные мероприятия, посвященные 20-летию российской авиабазы", "anniversary", "past", date_partial="????-10-23", date_note="Day from the page; year (2023) only inferable."),
 E("2003-10-23", "Kant air base opened in the presence of both presidents", "Авиабаза была открыта 23 октября 2003 года в присутствии президентов двух стран", "other", "past"),
 E("2017", "Agreement on the united Russian military base in force since 2017", "соглашение о которой действует с 2017 года", "agreement", "past"),
 E(None, "Japarov–Putin talks during Putin's state visit, 12 October", "12 октября, президенты Садыр Жапаров и Владимир Путин в ходе государственного визита российского лидера обсудили перспективы военного сотрудничества", "visit", "past", date_partial="????-10-12", date_note="Year 2023 only inferable."),
 E(None, "CIS summit in Bishkek, 13 October", "13 октября в Бишкеке прошел саммит СНГ", "meeting", "past", bilateral=False, date_partial="????-10-13", date_note="Year 2023 only inferable."),
 E(None, "Joint CSTO exercises in Kyrgyzstan next year", "В следующем году, по данным Минобороны, в Кыргызстане пройдут совместные учения ОДКБ", "other", "planned", bilateral=False),
],
))

# ---------------------------------------------------------------- 12
ARTICLES.append(dict(
file="12_sputnik_ru_2024_officer_training.txt",
source="https://ru.sputnik.kg/20240912/kyrgyzstan-kursanty-rossiya-voennye-vuzy-1088123456.html",
date="2024-09-12",
lang="ru",
header_date="12.09.2024",
gold_date="2024-09-12",
date_source="byline",
date_note="Sputnik line '10:15 12.09.2024 (обновлено: 11:02 12.09.2024)'; dateline 'БИШКЕК, 12 сен — Sputnik.' Exercises 'в начале сентября' are events.",
body="""
Почти 150 кыргызстанцев поступили в военные вузы России в этом году

10:15 12.09.2024 (обновлено: 11:02 12.09.2024)

Всего в учебных заведениях Минобороны РФ сейчас обучаются более 650 военнослужащих из республики

БИШКЕК, 12 сен — Sputnik. В 2024 году 147 выпускников кыргызстанских школ и военных лицеев зачислены в высшие военные учебные заведения Министерства обороны России. Об этом сообщили в пресс-службе Минобороны КР.

Всего, по данным ведомства, сейчас в российских военных академиях и училищах обучаются более 650 кыргызстанских курсантов и офицеров. Подготовка ведется бесплатно, за счет российской стороны, в рамках межправительственного соглашения. Стоимость обучения одного курсанта, по оценкам экспертов, превышает 1 млн рублей в год.

Министр обороны Кыргызстана Бактыбек Бекболотов, выступая перед отъезжающими, напомнил, что большинство нынешних командиров кыргызской армии — выпускники российских вузов. "Военное образование, которое вы получите, — это ваш вклад в безопасность страны", — сказал он.

Сотрудничество в подготовке кадров стало одной из тем переговоров Бекболотова с министром обороны России Андреем Белоусовым, которые, как ожидается, пройдут до конца года. Стороны также планируют обсудить план двустороннего военного сотрудничества на 2025 год и поставки техники в рамках военно-технической помощи.

В начале сентября кыргызские подразделения приняли участие в совместных учениях ОДКБ "Взаимодействие-2024", "Поиск-2024" и "Эшелон-2024" в Белоруссии. С 1 января 2025 года председательство в ОДКБ перейдет к Кыргызстану, а осенью в Бишкеке пройдет сессия Совета коллективной безопасности.

Экономическая составляющая отношений также растет: по данным Нацстаткома, за январь — июнь 2024 года товарооборот Кыргызстана с Россией составил 1,48 млрд долларов. Объем денежных переводов из России за тот же период превысил 1,1 млрд долларов.

Фото: Sputnik / Табылды Кадырбеков

Читайте также:
Авиабаза "Кант" получила новые вертолеты
""",
people=[
 ("Бактыбек Бекболотов", "Бактыбек Бекболотов", "министр обороны Киргизии", ["Бактыбек Бекболотов", "Бекболотова"]),
 ("Андрей Белоусов", "Андреем Белоусовым", "министр обороны России", ["Андреем Белоусовым"]),
],
other_names=["Табылды Кадырбеков"],
figures=[
 F("training_cost_rub", 1000000, "annual", "actual", "Стоимость обучения одного курсанта, по оценкам экспертов, превышает 1 млн рублей в год", qualifier="more than", note="Distractor: cost of training per cadet."),
 F("trade_turnover", 1480000000, "2024-H1", "actual", "за январь — июнь 2024 года товарооборот Кыргызстана с Россией составил 1,48 млрд долларов"),
 F("remittances_usd", 1100000000, "2024-H1", "actual", "Объем денежных переводов из России за тот же период превысил 1,1 млрд долларов", qualifier="more than", note="Distractor: remittances."),
],
events=[
 E("2024", "147 Kyrgyz school and lyceum graduates enrolled in Russian MoD military universities in 2024", "В 2024 году 147 выпускников кыргызстанских школ и военных лицеев зачислены в высшие военные учебные заведения Министерства обороны России", "other", "past"),
 E("2024", "Bekbolotov–Belousov talks expected before the end of the year", "переговоров Бекболотова с министром обороны России Андреем Белоусовым, которые, как ожидается, пройдут до конца года", "meeting", "planned"),
 E(None, "Plan of bilateral military cooperation for 2025 to be discussed", "Стороны также планируют обсудить план двустороннего военного сотрудничества на 2025 год", "agreement", "planned"),
 E("2024-09", "CSTO exercises Interaction-2024, Search-2024 and Echelon-2024 in Belarus with Kyrgyz units", "В начале сентября кыргызские подразделения приняли участие в совместных учениях ОДКБ", "other", "past", bilateral=False),
 E("2025-01-01", "Kyrgyzstan takes over the CSTO chairmanship", "С 1 января 2025 года председательство в ОДКБ перейдет к Кыргызстану", "other", "planned", bilateral=False),
 E("2025", "Session of the CSTO Collective Security Council in Bishkek in the autumn", "осенью в Бишкеке пройдет сессия Совета коллективной безопасности", "meeting", "planned", bilateral=False),
],
))

# ---------------------------------------------------------------- 13
ARTICLES.append(dict(
file="13_reuters_en_2025_putin_bishkek.txt",
source="https://www.reuters.com/world/asia-pacific/putin-kyrgyzstan-state-visit-military-base-2025-11-26/",
date="2025-11-26",
lang="en",
header_date="November 26, 2025",
gold_date="2025-11-26",
date_source="byline",
date_note="Reuters line 'November 26, 2025 4:41 PM GMT+6 Updated 3 hours ago'; dateline 'Nov 26' and 'on Wednesday' agree. 'on Thursday' = 2025-11-27.",
body="""
Putin hails Russian base in Kyrgyzstan as allies deepen military ties

By Aibek Sultanov
November 26, 2025 4:41 PM GMT+6 Updated 3 hours ago

BISHKEK, Nov 26 (Reuters) - Russian President Vladimir Putin said on Wednesday that Russia's united military base in Kyrgyzstan made an important contribution to stability in Central Asia, as he held talks with Kyrgyz President Sadyr Japarov during a state visit.

"We discussed cooperation in the military and military-technical spheres," Putin told reporters after the talks, adding that Moscow would continue to help modernise the Kyrgyz armed forces and train its officers.

Japarov said Kyrgyzstan valued Russia's support "at a difficult time for the whole region" and thanked Moscow for supplies of equipment. The two leaders signed a declaration on further deepening their alliance and witnessed the signing of about a dozen agreements, including on energy and education.

Russian Defence Minister Andrei Belousov is due to hold talks on Thursday with his Kyrgyz counterpart Ruslan Mukambetov, a Russian defence ministry source said. Putin will then attend a summit of the Collective Security Treaty Organization, chaired this year by Kyrgyzstan, in Bishkek on Thursday.

Russia keeps warplanes and helicopters at the Kant air base east of Bishkek, part of a military presence that also includes a naval weapons testing site on Lake Issyk-Kul.

Putin said bilateral trade had reached about $3.8 billion last year and that the two sides aimed to lift it to $5 billion a year. Cabinet Chairman Adylbek Kasymaliev, who met Russian officials earlier this month, has said trade grew by about 12% in the first nine months of 2025.

Migrant workers in Russia sent home around $2.9 billion in 2024, according to Kyrgyzstan's central bank, roughly a quarter of the country's GDP. In 2017, Russia wrote off $240 million of Kyrgyz debt.

(Reporting by Aibek Sultanov; Writing by Daniel Osborne; Editing by Helen Parry)
""",
people=[
 ("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin", "Putin"]),
 ("Садыр Жапаров", "Sadyr Japarov", "президент Киргизии", ["Sadyr Japarov", "Japarov"]),
 ("Андрей Белоусов", "Andrei Belousov", "министр обороны России", ["Andrei Belousov"]),
 ("Руслан Мукамбетов", "Ruslan Mukambetov", "министр обороны Киргизии", ["Ruslan Mukambetov"]),
 ("Адылбек Касымалиев", "Adylbek Kasymaliev", "председатель кабинета министров Киргизии", ["Adylbek Kasymaliev"]),
],
other_names=["Aibek Sultanov", "Daniel Osborne", "Helen Parry"],
figures=[
 F("trade_turnover", 3800000000, "2024", "actual", "bilateral trade had reached about $3.8 billion last year", qualifier="about"),
 F("trade_turnover", 5000000000, "annual", "target", "the two sides aimed to lift it to $5 billion a year"),
 F("trade_turnover_growth_pct", 12, "2025-9M", "actual", "trade grew by about 12% in the first nine months of 2025", qualifier="about"),
 F("remittances_usd", 2900000000, "2024", "actual", "Migrant workers in Russia sent home around $2.9 billion in 2024", qualifier="about", note="Distractor: remittances."),
 F("debt_write_off_usd", 240000000, "2017", "actual", "In 2017, Russia wrote off $240 million of Kyrgyz debt", note="Distractor: debt write-off."),
],
events=[
 E("2025-11-26", "Putin–Japarov talks in Bishkek during Putin's state visit", "as he held talks with Kyrgyz President Sadyr Japarov during a state visit", "visit", "past"),
 E("2025-11-26", "Declaration on further deepening the alliance signed; about a dozen agreements signed", "The two leaders signed a declaration on further deepening their alliance", "agreement", "past"),
 E("2025-11-27", "Belousov–Mukambetov defence ministers' talks", "Russian Defence Minister Andrei Belousov is due to hold talks on Thursday with his Kyrgyz counterpart Ruslan Mukambetov", "meeting", "planned"),
 E("2025-11-27", "CSTO summit in Bishkek", "Putin will then attend a summit of the Collective Security Treaty Organization, chaired this year by Kyrgyzstan, in Bishkek on Thursday", "meeting", "planned", bilateral=False),
 E("2025-11", "Kasymaliev's meeting with Russian officials earlier this month", "who met Russian officials earlier this month", "meeting", "past"),
 E("2017", "Russia wrote off $240 million of Kyrgyz debt", "In 2017, Russia wrote off $240 million of Kyrgyz debt", "agreement", "past"),
],
))

# ---------------------------------------------------------------- 14
ARTICLES.append(dict(
file="14_diplomat_en_2026_kant_drones.txt",
source="https://thediplomat.com/2026/03/russias-kant-base-and-kyrgyzstans-quiet-rearmament/",
date="2026-03-10",
lang="en",
header_date="March 10, 2026",
gold_date="2026-03-10",
date_source="byline",
date_note="The Diplomat byline 'March 10, 2026'; URL gives 2026/03. Many historical dates in body (2003, 2012, 2021, November 2025).",
body="""
The Diplomat
Central Asia | Security | Central Asia

Russia's Kant Base and Kyrgyzstan's Quiet Rearmament

Two decades after it opened, the Russian air base outside Bishkek is getting drones, and a new cooperation plan.

By Aidana Sultanbekova
March 10, 2026

When Russian jets first landed at Kant in October 2003, the base was pitched as the air wing of a collective rapid deployment force for Central Asia. Today it is the flagship of Russia's united military base in Kyrgyzstan, governed by an agreement signed in Bishkek on September 20, 2012, that runs until 2032 with automatic five-year extensions.

In February 2021 the two defense ministries signed a protocol on the use of unmanned aerial vehicles on Kyrgyz territory, alongside a five-year program of strategic partnership in the military sphere. That program has now expired. Its successor, the plan of cooperation for 2026, was approved in Bishkek last November by Russia's Defense Minister Andrei Belousov and his Kyrgyz counterpart, Ruslan Mukambetov, on the sidelines of the CSTO summit.

Military officials in Bishkek say the next step is a longer-term program through 2030, which they hope to sign when President Sadyr Japarov next travels to Moscow. Vladimir Putin, for his part, used his state visit last November to praise the base's "important contribution" to regional stability.

The numbers are modest. Kant hosts perhaps 500 personnel, a squadron of Su-25 attack aircraft and a handful of helicopters. Russian grant aid has delivered armored vehicles, air defense components and helicopter repairs worth, by Kyrgyz estimates, more than 12 billion rubles since 2014.

At the same time Bishkek is diversifying. It has bought Turkish Bayraktar drones, and China is by far its largest trading partner, with two-way trade of about $22.7 billion in 2024 according to Chinese customs. Kyrgyz-Russian trade, by comparison, was worth roughly $3.5 billion in 2025, the Kyrgyz statistics committee says.

CSTO exercises are planned in Kyrgyzstan again this autumn, and Kyrgyz officials expect Russian units from Kant to take a leading role.

Aidana Sultanbekova is a Bishkek-based researcher covering security in Central Asia.
""",
people=[
 ("Андрей Белоусов", "Andrei Belousov", "министр обороны России", ["Andrei Belousov"]),
 ("Руслан Мукамбетов", "Ruslan Mukambetov", "министр обороны Киргизии", ["Ruslan Mukambetov"]),
 ("Садыр Жапаров", "Sadyr Japarov", "президент Киргизии", ["Sadyr Japarov"]),
 ("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin"]),
],
other_names=["Aidana Sultanbekova"],
figures=[
 F("military_aid_rub", 12000000000, None, "actual", "worth, by Kyrgyz estimates, more than 12 billion rubles since 2014", qualifier="more than", note="Distractor: cumulative grant military aid since 2014."),
 F("china_kyrgyz_trade_usd", 22700000000, "2024", "actual", "with two-way trade of about $22.7 billion in 2024 according to Chinese customs", qualifier="about", note="Distractor: third-country trade."),
 F("trade_turnover", 3500000000, "2025", "actual", "Kyrgyz-Russian trade, by comparison, was worth roughly $3.5 billion in 2025", qualifier="about"),
],
events=[
 E("2003-10", "Russian jets first landed at Kant (opening of the base)", "When Russian jets first landed at Kant in October 2003", "other", "past"),
 E("2012-09-20", "Agreement on the united Russian military base signed in Bishkek", "governed by an agreement signed in Bishkek on September 20, 2012", "agreement", "past"),
 E("2021-02", "Protocol on the use of UAVs on Kyrgyz territory and five-year strategic partnership programme signed", "In February 2021 the two defense ministries signed a protocol on the use of unmanned aerial vehicles on Kyrgyz territory", "agreement", "past"),
 E("2025-11", "Plan of cooperation for 2026 approved by Belousov and Mukambetov in Bishkek", "the plan of cooperation for 2026, was approved in Bishkek last November", "agreement", "past"),
 E("2025-11", "CSTO summit in Bishkek", "on the sidelines of the CSTO summit", "meeting", "past", bilateral=False),
 E(None, "Longer-term military cooperation programme through 2030 to be signed during Japarov's next Moscow trip", "the next step is a longer-term program through 2030, which they hope to sign when President Sadyr Japarov next travels to Moscow", "agreement", "planned"),
 E("2025-11", "Putin's state visit to Kyrgyzstan", "used his state visit last November", "visit", "past"),
 E("2026", "CSTO exercises in Kyrgyzstan this autumn", "CSTO exercises are planned in Kyrgyzstan again this autumn", "other", "planned", bilateral=False),
],
))
