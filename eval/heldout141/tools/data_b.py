"""Articles 08-14 of heldout141 (bodies and gold)."""
from common import P, F, E

ARTICLES = []

# ---------------------------------------------------------------- 08
ARTICLES.append(dict(
    file="08_akipress_en_2020_jeenbekov_victory_parade.txt",
    source="https://akipress.com/news:648215:Jeenbekov_attends_Victory_Parade_in_Moscow/",
    lang="en",
    date_header="2020-06-24",
    body="""
Jeenbekov attends Victory Parade in Moscow, meets Putin

AKIpress News Agency, 24 June 2020, 16:05

President Sooronbay Jeenbekov attended the military parade on Red Square in Moscow today marking the 75th anniversary of Victory in the Great Patriotic War of 1941-1945.

The parade, originally scheduled for May 9, was postponed because of the coronavirus pandemic. A ceremonial unit of the Kyrgyz Armed Forces marched on Red Square alongside troops of Russia and other CIS states, the President's press service said.

After the parade, Jeenbekov had a brief meeting with Russian President Vladimir Putin. The two leaders discussed cooperation in fighting COVID-19, the situation of Kyrgyz labor migrants stranded in Russia and preparations for the next meeting of the Supreme Eurasian Economic Council, due to be held by videoconference in the autumn. The Kyrgyz leader thanked Putin for the humanitarian aid: Russia has delivered test systems, personal protective equipment and 1,000 tonnes of flour to Kyrgyzstan since April.

Jeenbekov and Putin last spoke by telephone on May 8, when the Russian leader thanked Kyrgyzstan for preserving the memory of the war.

The pandemic has hit bilateral trade hard. According to the National Statistics Committee, trade turnover between Kyrgyzstan and Russia in January-April 2020 amounted to $563.4 million, down 19.6 percent year-on-year. Remittances from Russia, the main source of income for hundreds of thousands of Kyrgyz families, fell by 25 percent in the first quarter.

Foreign Minister Chingiz Aidarbekov, who accompanied the President, told reporters that Bishkek expects Moscow to ease entry restrictions for Kyrgyz migrants "as the epidemiological situation allows."

The President is expected to return to Bishkek late on Wednesday.

Related: Kyrgyzstan to send 70 servicemen to Moscow parade
""",
    header_date="24 June 2020",
    date="2020-06-24",
    date_partial=None,
    date_source="byline",
    date_note="Byline 'AKIpress News Agency, 24 June 2020, 16:05'; 'today' and 'late on Wednesday' agree.",
    people=[
        P("Сооронбай Жээнбеков", "Sooronbay Jeenbekov", "президент Киргизии", ["Sooronbay Jeenbekov", "Jeenbekov"]),
        P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin", "Putin"]),
        P("Чингиз Айдарбеков", "Chingiz Aidarbekov", "министр иностранных дел Киргизии", ["Chingiz Aidarbekov"]),
    ],
    figures=[
        F("flour_aid_tonnes", 1000, None, "actual", "1,000 tonnes of flour", note="Humanitarian aid, not turnover."),
        F("trade_turnover", 563400000, "2020-4M", "actual",
          "trade turnover between Kyrgyzstan and Russia in January-April 2020 amounted to $563.4 million"),
        F("trade_turnover_growth_pct", -19.6, "2020-4M", "actual", "down 19.6 percent year-on-year"),
        F("remittances_from_russia_growth_pct", -25, "2020-Q1", "actual",
          "Remittances from Russia, the main source of income for hundreds of thousands of Kyrgyz families, fell by 25 percent in the first quarter"),
    ],
    events=[
        E("2020-06-24", "Victory Parade in Moscow (75th anniversary), Jeenbekov attending; Kyrgyz unit marched",
          "attended the military parade on Red Square in Moscow today marking the 75th anniversary of Victory",
          "anniversary", "past", bilateral=False),
        E("2020-06-24", "Brief Jeenbekov–Putin meeting after the parade",
          "After the parade, Jeenbekov had a brief meeting with Russian President Vladimir Putin", "meeting", "past"),
        E("2020", "Next Supreme Eurasian Economic Council meeting, by videoconference in the autumn",
          "the next meeting of the Supreme Eurasian Economic Council, due to be held by videoconference in the autumn",
          "conference", "planned", bilateral=False),
        E("2020-05-08", "Jeenbekov–Putin telephone call", "Jeenbekov and Putin last spoke by telephone on May 8",
          "other", "past"),
    ],
    other_names=[],
))

# ---------------------------------------------------------------- 09
ARTICLES.append(dict(
    file="09_kaktus_ru_undated_japarov_putin_phone.txt",
    source="https://kaktus.media/doc/449318_sadyr_japarov_pozdravil_vladimira_pytina_s_dnem_rojdeniia.html",
    lang="ru",
    date_header=None,
    body="""
Садыр Жапаров поздравил Владимира Путина с днем рождения

Политика | 7 октября, 11:32 | Просмотров: 3 418

Президент Садыр Жапаров сегодня, 7 октября, провел телефонный разговор с президентом России Владимиром Путиным и поздравил его с днем рождения, сообщает пресс-служба главы государства.

Садыр Жапаров пожелал российскому коллеге крепкого здоровья и успехов в работе на благо народа России.

«Кыргызстан высоко ценит ваш личный вклад в укрепление отношений стратегического партнерства и союзничества между нашими странами», — говорится в сообщении.

В ходе беседы стороны обсудили актуальные вопросы двусторонней повестки. Отмечено, что товарооборот за восемь месяцев текущего года вырос на 12% и достиг 2,4 млрд долларов. Главы государств выразили уверенность, что стороны выйдут на рубеж в 5 миллиардов, поставленный ранее.

Президенты также затронули итоги заседания межправительственной комиссии, которое прошло на прошлой неделе в Москве, и подготовку к неформальному саммиту СНГ, который традиционно пройдет в Санкт-Петербурге в декабре.

Владимир Путин поблагодарил Садыра Жапарова за поздравления и пригласил принять участие в неформальной встрече лидеров.

Напомним, лидеры в последний раз встречались лично в сентябре на полях саммита ШОС.

Фото: пресс-служба президента КР

Поделиться:
""",
    header_date="unknown",
    date=None,
    date_partial="????-10-07",
    date_source="body_day_month",
    date_note="'7 октября, 11:32' and 'сегодня, 7 октября' give day and month only; no year on the page or in the URL. Japarov as president dates it to 2021 or later (Putin's birthday is 7 October); year not stated, so date null.",
    people=[
        P("Садыр Жапаров", "Садыр Жапаров", "президент Киргизии", ["Садыр Жапаров", "Садыра Жапарова"]),
        P("Владимир Путин", "Владимира Путина", "президент России",
          ["Владимира Путина", "Владимиром Путиным", "Владимир Путин"]),
    ],
    figures=[
        F("trade_turnover_growth_pct", 12, None, "actual",
          "товарооборот за восемь месяцев текущего года вырос на 12%", period_text="за восемь месяцев текущего года",
          note="Eight months of an unstated year (would be YYYY-8M)."),
        F("trade_turnover", 2400000000, None, "actual",
          "товарооборот за восемь месяцев текущего года вырос на 12% и достиг 2,4 млрд долларов",
          period_text="за восемь месяцев текущего года", note="Eight months of an unstated year."),
        F("trade_turnover", 5000000000, None, "target", "выйдут на рубеж в 5 миллиардов, поставленный ранее",
          note="Target without currency or period stated explicitly (the 5 bn turnover target)."),
    ],
    events=[
        E(None, "Japarov–Putin telephone call (birthday congratulations)",
          "провел телефонный разговор с президентом России Владимиром Путиным и поздравил его с днем рождения",
          "other", "past", date_partial="????-10-07"),
        E(None, "Session of the intergovernmental commission in Moscow last week",
          "заседания межправительственной комиссии, которое прошло на прошлой неделе в Москве", "igc_session", "past"),
        E(None, "Informal CIS summit in St Petersburg in December",
          "неформальному саммиту СНГ, который традиционно пройдет в Санкт-Петербурге в декабре", "conference", "planned",
          bilateral=False, date_partial="????-12"),
        E(None, "Last in-person meeting of the leaders on the sidelines of the SCO summit in September",
          "лидеры в последний раз встречались лично в сентябре на полях саммита ШОС", "meeting", "past",
          date_partial="????-09"),
    ],
    other_names=[],
))

# ---------------------------------------------------------------- 10
ARTICLES.append(dict(
    file="10_interfax_ru_2021_japarov_first_visit_moscow.txt",
    source="https://www.interfax.ru/russia/752344",
    lang="ru",
    date_header="2021-02-24",
    body="""
Путин провел переговоры с Жапаровым, выбравшим Москву для первого зарубежного визита

24 февраля 2021 года 15:47

Москва. 24 февраля. INTERFAX.RU - Президент России Владимир Путин в среду провел в Кремле переговоры с президентом Киргизии Садыром Жапаровым, прибывшим в Москву с рабочим визитом. Это первая зарубежная поездка Жапарова в качестве главы государства.

"Мы, конечно, отмечаем, что вы первый зарубежный визит совершаете в Российскую Федерацию", - сказал Путин в начале встречи.

Российский президент признал, что пандемия ударила по взаимной торговле: в прошлом году товарооборот сократился на 20,8%. "Но в целом считаю, что это поправимо. Мы не только восстановим, но и нарастим объемы", - заявил Путин.

По данным Росстата, товарооборот России и Киргизии в 2020 году составил около $1,65 млрд. Для сравнения: денежные переводы киргизских мигрантов из России за тот же период составили $1,95 млрд.

Жапаров, в свою очередь, назвал Россию "главным стратегическим партнером" и поблагодарил за помощь в период пандемии, в том числе за поставку вакцины "Спутник V". Он также пригласил Путина посетить Киргизию.

Путин напомнил, что лидеры уже общались по телефону в январе, вскоре после победы Жапарова на досрочных президентских выборах.

В переговорах также участвовали министр иностранных дел РФ Сергей Лавров и глава МИД Киргизии Руслан Казакбаев. Как сообщил пресс-секретарь президента РФ Дмитрий Песков, в ходе встречи речь шла о военно-техническом сотрудничестве и о работе российской авиабазы в Канте.

Ранее Казакбаев заявил "Интерфаксу", что Бишкек рассчитывает на проведение заседания межправкомиссии "в ближайшие месяцы".

Читайте также: Жапаров пообещал не допустить притеснения русского языка в Киргизии
""",
    header_date="24 февраля 2021 года",
    date="2021-02-24",
    date_partial=None,
    date_source="body",
    date_note="Timestamp '24 февраля 2021 года 15:47', dateline 'Москва. 24 февраля. INTERFAX.RU'; 'в среду' agrees.",
    people=[
        P("Владимир Путин", "Владимир Путин", "президент России", ["Владимир Путин", "Путин", "Путина"]),
        P("Садыр Жапаров", "Садыром Жапаровым", "президент Киргизии",
          ["Садыром Жапаровым", "Жапаровым", "Жапарова", "Жапаров"]),
        P("Сергей Лавров", "Сергей Лавров", "министр иностранных дел России", ["Сергей Лавров"]),
        P("Руслан Казакбаев", "Руслан Казакбаев", "министр иностранных дел Киргизии", ["Руслан Казакбаев", "Казакбаев"]),
        P("Дмитрий Песков", "Дмитрий Песков", "пресс-секретарь президента России", ["Дмитрий Песков"]),
    ],
    figures=[
        F("trade_turnover_growth_pct", -20.8, "2020", "actual",
          "в прошлом году товарооборот сократился на 20,8%"),
        F("trade_turnover", 1650000000, "2020", "actual",
          "товарооборот России и Киргизии в 2020 году составил около $1,65 млрд", qualifier="about"),
        F("remittances_from_russia_usd", 1950000000, "2020", "actual",
          "денежные переводы киргизских мигрантов из России за тот же период составили $1,95 млрд"),
    ],
    events=[
        E("2021-02-24", "Putin–Japarov talks in the Kremlin; Japarov's first foreign (working) visit",
          "Президент России Владимир Путин в среду провел в Кремле переговоры с президентом Киргизии Садыром Жапаровым, прибывшим в Москву с рабочим визитом",
          "visit", "past"),
        E(None, "Japarov invited Putin to visit Kyrgyzstan", "Он также пригласил Путина посетить Киргизию", "visit", "planned"),
        E("2021-01", "Putin–Japarov telephone call after Japarov's election",
          "лидеры уже общались по телефону в январе", "other", "past"),
        E(None, "Session of the intergovernmental commission expected in the coming months",
          "проведение заседания межправкомиссии \"в ближайшие месяцы\"", "igc_session", "planned"),
    ],
    other_names=[],
))

# ---------------------------------------------------------------- 11
ARTICLES.append(dict(
    file="11_govru_ru_2022_mishustin_akylbek_japarov_cholponata.txt",
    source="http://government.ru/news/46347/",
    lang="ru",
    date_header="2022-08-26",
    body="""
Встреча Михаила Мишустина с Председателем Кабинета министров Киргизской Республики Акылбеком Жапаровым

Встреча состоялась в рамках заседания Евразийского межправительственного совета.

26 августа 2022
Чолпон-Ата, Киргизская Республика

Из стенограммы:

М.Мишустин: Уважаемый Акылбек Усенбекович! Хочу поблагодарить Вас за гостеприимство, за прекрасную организацию заседания Евразийского межправительственного совета.

Наши страны связывают отношения стратегического партнёрства и союзничества. В этом году мы отмечаем 30-летие установления дипломатических отношений. Президенты наших стран – Владимир Владимирович Путин и Садыр Нургожоевич Жапаров – поддерживают регулярный диалог, и наша задача – наполнять их договорённости конкретным содержанием.

Россия – один из ведущих торговых партнёров Киргизии. По итогам первого полугодия взаимный товарооборот вырос на 34,6 процента. Это хороший результат, но, уверен, есть резервы.

А.Жапаров: Уважаемый Михаил Владимирович! Рад приветствовать Вас на кыргызской земле, на берегу Иссык-Куля.

В апреле в Москве состоялось заседание межправительственной комиссии под руководством Алексея Логиновича Оверчука и моего первого заместителя. Мы договорились о конкретных шагах, и многое уже делается.

Прошу передать Президенту Российской Федерации наилучшие пожелания от Президента Садыра Жапарова.

Для нас важна и тема инвестиций. Объём накопленных российских инвестиций в нашу экономику превышает 1,5 миллиарда долларов, и мы хотели бы, чтобы он рос.

М.Мишустин: Обязательно передам.

Следующее заседание межправкомиссии предлагаем провести в Бишкеке, сроки согласуем.

<…>
""",
    header_date="26 августа 2022",
    date="2022-08-26",
    date_partial=None,
    date_source="body",
    date_note="Body '26 августа 2022, Чолпон-Ата'.",
    people=[
        P("Михаил Мишустин", "Михаила Мишустина", "председатель правительства России",
          ["Михаила Мишустина", "М.Мишустин", "Михаил Владимирович"]),
        P("Акылбек Жапаров", "Акылбеком Жапаровым", "председатель кабинета министров Киргизии",
          ["Акылбеком Жапаровым", "Акылбек Усенбекович", "А.Жапаров"]),
        P("Садыр Жапаров", "Садыр Нургожоевич Жапаров", "президент Киргизии",
          ["Садыр Нургожоевич Жапаров", "Садыра Жапарова"]),
        P("Владимир Путин", "Владимир Владимирович Путин", "президент России", ["Владимир Владимирович Путин"]),
        P("Алексей Оверчук", "Алексея Логиновича Оверчука", "заместитель председателя правительства России, сопредседатель МПК",
          ["Алексея Логиновича Оверчука"]),
    ],
    figures=[
        F("trade_turnover_growth_pct", 34.6, "2022-H1", "actual",
          "По итогам первого полугодия взаимный товарооборот вырос на 34,6 процента"),
        F("accumulated_russian_investment_usd", 1500000000, None, "actual",
          "Объём накопленных российских инвестиций в нашу экономику превышает 1,5 миллиарда долларов",
          qualifier="more than", note="Investment stock, not turnover."),
    ],
    events=[
        E("2022-08-26", "Mishustin–Akylbek Japarov meeting in Cholpon-Ata",
          "Встреча Михаила Мишустина с Председателем Кабинета министров Киргизской Республики Акылбеком Жапаровым",
          "meeting", "past"),
        E("2022-08-26", "Session of the Eurasian Intergovernmental Council in Cholpon-Ata",
          "Встреча состоялась в рамках заседания Евразийского межправительственного совета", "conference", "past",
          bilateral=False),
        E("2022", "30th anniversary of diplomatic relations",
          "В этом году мы отмечаем 30-летие установления дипломатических отношений", "anniversary", "ongoing"),
        E("2022-04", "Intergovernmental commission session in Moscow (co-chaired by Overchuk)",
          "В апреле в Москве состоялось заседание межправительственной комиссии", "igc_session", "past"),
        E(None, "Next intergovernmental commission session proposed in Bishkek",
          "Следующее заседание межправкомиссии предлагаем провести в Бишкеке", "igc_session", "planned"),
    ],
    other_names=[],
))

# ---------------------------------------------------------------- 12
ARTICLES.append(dict(
    file="12_eurasianet_en_2023_putin_bishkek_kant.txt",
    source="https://eurasianet.org/kyrgyzstan-putin-makes-first-trip-abroad-since-icc-warrant",
    lang="en",
    date_header="2023-10-13",
    body="""
Kyrgyzstan: Putin makes first trip abroad since ICC warrant

Bishkek rolls out the red carpet as Moscow seeks to show it is not isolated.

Daniyar Karimov Oct 13, 2023

Vladimir Putin arrived in Bishkek on October 12 on an official visit, his first trip abroad since the International Criminal Court issued a warrant for his arrest in March. Kyrgyzstan is not a party to the court.

Sadyr Japarov greeted his guest at the airport and later hosted talks at the Yntymak Ordo residence. The two presidents signed a joint statement and witnessed the signing of agreements on education and the peaceful use of nuclear energy.

"Russia was and remains our main strategic partner," Japarov said. Putin said trade had grown by more than a third last year, to around $3.6 billion, and that the sides should aim for $5 billion a year.

Some of that growth is less than it seems. Kyrgyz exports to Russia more than tripled in 2022, largely thanks to re-exports of goods that Western sanctions make harder to ship directly. By comparison, Kyrgyzstan's trade with China exceeded $15 billion last year, according to Chinese customs.

In the afternoon, the two presidents flew to the Kant air base outside the capital to mark 20 years since the facility opened in 2003. Cabinet Chairman Akylbek Japarov — no relation to the president — accompanied them.

On Friday, Putin is taking part in a summit of the Commonwealth of Independent States in Bishkek, where leaders from across the former Soviet space are expected to discuss security and trade.

Remittances, the backbone of the Kyrgyz economy, reached $2.8 billion in 2022, most of it sent from Russia.

Japarov is due to travel to St Petersburg for the informal CIS summit in December.

Photo: Vladimir Putin and Sadyr Japarov in Bishkek, October 12 (kremlin.ru)
""",
    header_date="Oct 13, 2023",
    date="2023-10-13",
    date_partial=None,
    date_source="byline",
    date_note="Byline 'Daniyar Karimov Oct 13, 2023'; 'On Friday' = 2023-10-13.",
    people=[
        P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin", "Putin"]),
        P("Садыр Жапаров", "Sadyr Japarov", "президент Киргизии", ["Sadyr Japarov", "Japarov"]),
        P("Акылбек Жапаров", "Akylbek Japarov", "председатель кабинета министров Киргизии", ["Akylbek Japarov"]),
    ],
    figures=[
        F("trade_turnover_growth_pct", 33, "2022", "actual",
          "trade had grown by more than a third last year", qualifier="more than",
          note="'more than a third' encoded as 33."),
        F("trade_turnover", 3600000000, "2022", "actual",
          "trade had grown by more than a third last year, to around $3.6 billion", qualifier="about"),
        F("trade_turnover", 5000000000, "annual", "target", "the sides should aim for $5 billion a year"),
        F("kg_exports_to_russia_multiple", 3, "2022", "actual",
          "Kyrgyz exports to Russia more than tripled in 2022", qualifier="more than", note="Exports only."),
        F("kg_china_trade_usd", 15000000000, "2022", "actual",
          "Kyrgyzstan's trade with China exceeded $15 billion last year", qualifier="more than",
          note="Third-country trade."),
        F("remittances_usd", 2800000000, "2022", "actual",
          "Remittances, the backbone of the Kyrgyz economy, reached $2.8 billion in 2022"),
    ],
    events=[
        E("2023-10-12", "Putin's official visit to Bishkek; talks with Japarov",
          "Vladimir Putin arrived in Bishkek on October 12 on an official visit", "visit", "past"),
        E("2023-10-12", "Joint statement signed; agreements on education and peaceful nuclear energy",
          "The two presidents signed a joint statement and witnessed the signing of agreements on education and the peaceful use of nuclear energy",
          "agreement", "past"),
        E("2023-10-12", "20th anniversary of the Kant air base marked by both presidents",
          "the two presidents flew to the Kant air base outside the capital to mark 20 years since the facility opened in 2003",
          "anniversary", "past"),
        E("2023-10-13", "CIS summit in Bishkek", "On Friday, Putin is taking part in a summit of the Commonwealth of Independent States in Bishkek",
          "conference", "ongoing", bilateral=False),
        E("2023-12", "Informal CIS summit in St Petersburg (Japarov to attend)",
          "Japarov is due to travel to St Petersburg for the informal CIS summit in December", "conference", "planned",
          bilateral=False),
    ],
    other_names=["Daniyar Karimov"],
))

# ---------------------------------------------------------------- 13
ARTICLES.append(dict(
    file="13_kabar_ru_2026_japarov_putin_phone.txt",
    source="https://kabar.kg/news/sadyr-zhaparov-i-vladimir-putin-obsudili-podgotovku-k-gosudarstvennomu-vizitu/",
    lang="ru",
    date_header="2026-03-17",
    body="""
Садыр Жапаров и Владимир Путин обсудили подготовку к государственному визиту

17.03.2026 13:10 | Политика

Бишкек, 17 марта. /Кабар/. Президент Кыргызской Республики Садыр Жапаров сегодня провел телефонный разговор с Президентом Российской Федерации Владимиром Путиным, сообщает Управление информационной политики Администрации Президента.

Стороны обсудили ход реализации договоренностей, достигнутых в ходе государственного визита Владимира Путина в Кыргызстан в ноябре 2024 года, а также подготовку к предстоящему государственному визиту Садыра Жапарова в Российскую Федерацию.

Главы государств с удовлетворением отметили рост взаимной торговли. По итогам 2025 года товарооборот между двумя странами превысил 4 млрд долларов. Президенты подтвердили намерение в ближайшие годы довести его до 5 миллиардов долларов.

Садыр Жапаров проинформировал собеседника об итогах переговоров Председателя Кабинета Министров Адылбека Касымалиева с Председателем Правительства России Михаилом Мишустиным, которые состоялись накануне в Москве. В ходе переговоров, в частности, был подписан меморандум о сотрудничестве в сфере цифровой трансформации, а также обсужден вопрос финансирования строительства Камбаратинской ГЭС-1, в котором участвуют Кыргызстан, Казахстан и Узбекистан.

Отдельно президенты затронули вопросы миграции. По данным Национального банка, объем денежных переводов из России в 2025 году составил 2,9 млрд долларов.

Владимир Путин поздравил Садыра Жапарова и народ Кыргызстана с наступающим праздником Нооруз.

Лидеры договорились продолжить общение в ходе празднования Дня Победы в Москве 9 мая.

Фото: президент.кг

Ранее: Адылбек Касымалиев прибыл в Москву с рабочим визитом
""",
    header_date="17.03.2026",
    date="2026-03-17",
    date_partial=None,
    date_source="body",
    date_note="'17.03.2026 13:10' and dateline 'Бишкек, 17 марта. /Кабар/.'; 'накануне' = 2026-03-16.",
    people=[
        P("Садыр Жапаров", "Садыр Жапаров", "президент Кыргызской Республики",
          ["Садыр Жапаров", "Садыра Жапарова"]),
        P("Владимир Путин", "Владимиром Путиным", "президент России",
          ["Владимиром Путиным", "Владимира Путина", "Владимир Путин"]),
        P("Адылбек Касымалиев", "Адылбека Касымалиева", "председатель кабинета министров Кыргызской Республики",
          ["Адылбека Касымалиева", "Адылбек Касымалиев"]),
        P("Михаил Мишустин", "Михаилом Мишустиным", "председатель правительства России", ["Михаилом Мишустиным"]),
    ],
    figures=[
        F("trade_turnover", 4000000000, "2025", "actual",
          "По итогам 2025 года товарооборот между двумя странами превысил 4 млрд долларов", qualifier="more than"),
        F("trade_turnover", 5000000000, None, "target",
          "довести его до 5 миллиардов долларов", note="'в ближайшие годы' — no period."),
        F("remittances_from_russia_usd", 2900000000, "2025", "actual",
          "объем денежных переводов из России в 2025 году составил 2,9 млрд долларов"),
    ],
    events=[
        E("2026-03-17", "Japarov–Putin telephone call",
          "Садыр Жапаров сегодня провел телефонный разговор с Президентом Российской Федерации Владимиром Путиным",
          "other", "past"),
        E("2024-11", "Putin's state visit to Kyrgyzstan in November 2024",
          "государственного визита Владимира Путина в Кыргызстан в ноябре 2024 года", "visit", "past"),
        E(None, "Upcoming state visit of Japarov to Russia",
          "предстоящему государственному визиту Садыра Жапарова в Российскую Федерацию", "visit", "planned"),
        E("2026-03-16", "Kasymaliev–Mishustin talks in Moscow",
          "переговоров Председателя Кабинета Министров Адылбека Касымалиева с Председателем Правительства России Михаилом Мишустиным, которые состоялись накануне в Москве",
          "meeting", "past"),
        E("2026-03-16", "Memorandum on cooperation in digital transformation signed",
          "был подписан меморандум о сотрудничестве в сфере цифровой трансформации", "agreement", "past"),
        E("2026-05-09", "Victory Day celebrations in Moscow; leaders to meet",
          "Лидеры договорились продолжить общение в ходе празднования Дня Победы в Москве 9 мая", "anniversary", "planned",
          bilateral=False),
    ],
    other_names=[],
))

# ---------------------------------------------------------------- 14
ARTICLES.append(dict(
    file="14_thediplomat_en_2024_putin_state_visit_bishkek.txt",
    source="https://thediplomat.com/2024/11/putins-state-visit-to-kyrgyzstan-schools-soldiers-and-symbolism/",
    lang="en",
    date_header="2024-11-27",
    body="""
Putin's State Visit to Kyrgyzstan: Schools, Soldiers and Symbolism

The Russian president's trip to Bishkek underscored how much the relationship has changed since 2022 — and how much it has not.

By Elena Sartbaeva
November 27, 2024

Russian President Vladimir Putin landed in Bishkek on Monday evening for a two-day state visit, his first to Kyrgyzstan with that status since 2019. On Tuesday, he and President Sadyr Japarov held talks in narrow and expanded formats and signed a declaration on further deepening allied relations.

The optics were carefully staged. Japarov's government named a street after a Soviet war hero, and the two leaders opened, via video link, several of the nine Russian-language schools that Russia is building in Kyrgyzstan. The full program is reportedly worth some 6 billion rubles.

On the economy, the numbers cited were upbeat. According to Putin, bilateral trade grew by roughly 12 percent in the first nine months of 2024. The Kyrgyz side put turnover for all of 2023 at $3.4 billion; Russian customs gave a lower figure. Both presidents repeated the goal of reaching $5 billion in annual trade "in the near future."

Less discussed was Kyrgyzstan's role as a transit hub for goods bound for Russia, which has drawn warnings from Washington. Several Kyrgyz banks have been hit by U.S. secondary sanctions this year.

Cabinet Chairman Akylbek Japarov, who oversees much of the economic agenda, joined the expanded talks. Kyrgyz officials also briefed reporters on the construction of the Kambarata-1 hydropower plant, which Bishkek hopes will attract Russian capital alongside funding from Kazakhstan and Uzbekistan.

From Bishkek, Putin travels to Astana, where a CSTO summit is scheduled for Thursday. Armenia, which has frozen its participation in the bloc, will not attend.

Elena Sartbaeva is a journalist based in Bishkek.

Image credit: kremlin.ru
""",
    header_date="November 27, 2024",
    date="2024-11-27",
    date_partial=None,
    date_source="byline",
    date_note="Byline 'November 27, 2024'. 'Monday evening' = 2024-11-25, 'On Tuesday' = 2024-11-26, CSTO summit 'scheduled for Thursday' = 2024-11-28.",
    people=[
        P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin", "Putin"]),
        P("Садыр Жапаров", "Sadyr Japarov", "президент Киргизии", ["Sadyr Japarov", "Japarov"]),
        P("Акылбек Жапаров", "Akylbek Japarov", "председатель кабинета министров Киргизии", ["Akylbek Japarov"]),
    ],
    figures=[
        F("russian_language_schools_count", 9, None, "target", "the nine Russian-language schools that Russia is building in Kyrgyzstan"),
        F("schools_program_cost_rub", 6000000000, None, "actual", "The full program is reportedly worth some 6 billion rubles",
          qualifier="about", note="Roubles; not turnover."),
        F("trade_turnover_growth_pct", 12, "2024-9M", "actual",
          "bilateral trade grew by roughly 12 percent in the first nine months of 2024", qualifier="about"),
        F("trade_turnover", 3400000000, "2023", "actual",
          "The Kyrgyz side put turnover for all of 2023 at $3.4 billion", note="Kyrgyz source; Russian figure lower (not given)."),
        F("trade_turnover", 5000000000, "annual", "target", "reaching $5 billion in annual trade"),
    ],
    events=[
        E("2024-11-25", "Putin arrived in Bishkek for a two-day state visit",
          "landed in Bishkek on Monday evening for a two-day state visit", "visit", "past"),
        E("2024-11-26", "Putin–Japarov talks in narrow and expanded formats",
          "On Tuesday, he and President Sadyr Japarov held talks in narrow and expanded formats", "meeting", "past"),
        E("2024-11-26", "Declaration on further deepening allied relations signed",
          "signed a declaration on further deepening allied relations", "agreement", "past"),
        E("2019", "Putin's previous state visit (2019)", "his first to Kyrgyzstan with that status since 2019", "visit", "past"),
        E("2024-11-26", "Opening via video link of Russian-language schools built by Russia",
          "the two leaders opened, via video link, several of the nine Russian-language schools", "other", "past"),
        E("2024-11-28", "CSTO summit in Astana", "From Bishkek, Putin travels to Astana, where a CSTO summit is scheduled for Thursday",
          "conference", "planned", bilateral=False),
    ],
    other_names=["Elena Sartbaeva"],
))
