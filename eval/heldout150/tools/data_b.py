"""Articles 06-10 (2015-2022)."""
from helpers import P, F, E, G

ARTICLES = []

# ---------------------------------------------------------------- 06 Eurasianet 2015 year in review
ARTICLES.append(dict(
file="06_eurasianet_en_2015_year_review.txt", lang="en",
source="https://eurasianet.org/kyrgyzstan-2015-in-review-all-roads-lead-to-moscow",
header="2015-12-30",
body="""
Kyrgyzstan: 2015 in Review – All Roads Lead to Moscow

Timur Sadykov Dec 30, 2015

For Kyrgyzstan, 2015 was the year it bound itself economically to Russia – just as the Russian economy went into a tailspin. Below, a month-by-month look back.

May: President Almazbek Atambayev stood alongside Vladimir Putin on Red Square for the May 9 parade marking the 70th anniversary of victory in World War II. Days later, parliament ratified the treaty on joining the Eurasian Economic Union (EEU).

August: On August 12, Kyrgyzstan became a full member of the EEU, and customs posts on the Kazakh border were dismantled. The Russian-Kyrgyz Development Fund, capitalized with $500 million from Moscow, announced it had approved its first loans to small businesses.

October: Atambayev's Social Democrats came first in the October 4 parliamentary elections. Temir Sariyev kept his job as prime minister.

November: Statistics made grim reading. Kyrgyz-Russian trade fell 23 percent in January-October to $1.1 billion, according to the National Statistics Committee. Remittances from Russia, which account for roughly a third of GDP, dropped by about 25 percent in dollar terms over the first nine months as the ruble slumped.

December: Atambayev said Kyrgyzstan would cancel the 2012 agreements under which Russian companies were to build the Kambarata-1 hydropower plant and the Upper Naryn cascade, complaining that Moscow had not found the money. Parliament is expected to vote on denouncing the deals in January. On December 21 Atambayev was back in Moscow for a meeting of the Supreme Eurasian Economic Council.

Looking ahead: Bishkek hosts the CIS summit in September 2016, and officials say Putin is expected to pay a separate bilateral visit around then.

Related: Kyrgyzstan: Migrants Feel the Pinch as Ruble Sinks
""",
gold=G("Dec 30, 2015", "2015-12-30", None, "byline", "Byline 'Timur Sadykov Dec 30, 2015'.",
  [P("Алмазбек Атамбаев", "Almazbek Atambayev", "президент Киргизии", ["Almazbek Atambayev", "Atambayev"]),
   P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin", "Putin"]),
   P("Темир Сариев", "Temir Sariyev", "премьер-министр Киргизии", ["Temir Sariyev"])],
  ["Timur Sadykov"],
  [F("rkdf_capital_usd", 500000000, None, "actual", "capitalized with $500 million from Moscow", note="Distractor: fund capital."),
   F("trade_turnover_growth_pct", -23, "2015-10M", "actual", "Kyrgyz-Russian trade fell 23 percent in January-October to $1.1 billion", note="Decline."),
   F("trade_turnover", 1100000000, "2015-10M", "actual", "Kyrgyz-Russian trade fell 23 percent in January-October to $1.1 billion"),
   F("remittances_from_russia_growth_pct", -25, "2015-9M", "actual", "dropped by about 25 percent in dollar terms over the first nine months", "about",
     note="Distractor: remittances."),
  ],
  [E("2015-05-09", "Atambayev attended the Victory Day parade on Red Square with Putin (70th anniversary)",
     "stood alongside Vladimir Putin on Red Square for the May 9 parade", "anniversary", "past"),
   E("2015-05", "Kyrgyz parliament ratified the EEU accession treaty", "parliament ratified the treaty on joining the Eurasian Economic Union", "agreement", "past", False,
     date_note="'Days later' after May 9"),
   E("2015-08-12", "Kyrgyzstan became a full member of the Eurasian Economic Union", "On August 12, Kyrgyzstan became a full member of the EEU", "other", "past", False),
   E("2015-08", "Russian-Kyrgyz Development Fund approved its first loans", "announced it had approved its first loans to small businesses", "other", "past"),
   E("2015-12", "Atambayev said Kyrgyzstan would cancel the 2012 Kambarata-1/Upper Naryn agreements with Russia",
     "Atambayev said Kyrgyzstan would cancel the 2012 agreements", "agreement", "past"),
   E("2016-01", "Parliament to vote on denouncing the hydropower agreements", "Parliament is expected to vote on denouncing the deals in January", "agreement", "planned"),
   E("2015-12-21", "Supreme Eurasian Economic Council meeting in Moscow", "On December 21 Atambayev was back in Moscow for a meeting of the Supreme Eurasian Economic Council", "other", "past", False),
   E("2016-09", "CIS summit in Bishkek", "Bishkek hosts the CIS summit in September 2016", "other", "planned", False),
   E("2016-09", "Expected bilateral visit of Putin to Kyrgyzstan around the CIS summit", "Putin is expected to pay a separate bilateral visit around then", "visit", "planned"),
  ])))

# ---------------------------------------------------------------- 07 Kabar 2017 year in review
ARTICLES.append(dict(
file="07_kabar_ru_2017_year_review.txt", lang="ru",
source="http://kabar.kg/news/itogi-2017-kyrgyzsko-rossiiskie-otnosheniia/",
header="2017-12-27",
body="""
ИТОГИ-2017: Кыргызско-российские отношения — год смены власти и преемственности курса

Бишкек, 27 декабря 2017 /Кабар/. Уходящий год стал для кыргызско-российских отношений насыщенным: визит Президента России, выборы главы государства и первые шаги нового лидера на международной арене. Кабар вспоминает главные события.

28 февраля — Президент России Владимир Путин прибыл в Бишкек с официальным визитом. В ходе переговоров с Алмазбеком Атамбаевым стороны подписали ряд документов, в том числе протокол о списании государственного долга Кыргызстана перед Россией в размере 240 млн долларов. «Россия была и остается нашим главным стратегическим партнером», — заявил тогда Атамбаев.

Июль — Премьер-министр Сапар Исаков провел встречу с Председателем Правительства РФ Дмитрием Медведевым. Обсуждались вопросы доступа кыргызской сельхозпродукции на российский рынок.

15 октября — на президентских выборах победу одержал Сооронбай Жээнбеков. Владимир Путин одним из первых поздравил избранного президента по телефону.

30 ноября — в Минске Сооронбай Жээнбеков принял участие в сессии Совета коллективной безопасности ОДКБ, где провел первую встречу с Владимиром Путиным в статусе главы государства.

Экономика

По данным Национального статистического комитета, за январь–октябрь 2017 года товарооборот Кыргызстана с Россией составил 1 млрд 387 млн долларов, что на 23,8% больше, чем за аналогичный период прошлого года. Россия остается вторым по значимости торговым партнером республики после Китая. Объем денежных переводов из России за девять месяцев превысил 1,6 млрд долларов.

Планы

В будущем году, как сообщили в Аппарате президента, ожидается государственный визит Сооронбая Жээнбекова в Российскую Федерацию. Очередное заседание межправительственной комиссии планируется провести в первом квартале 2018 года в Бишкеке.

Фото: пресс-служба президента КР
""",
gold=G("27 декабря 2017", "2017-12-27", None, "body", "Dateline 'Бишкек, 27 декабря 2017 /Кабар/'.",
  [P("Владимир Путин", "Владимир Путин", "президент России", ["Владимир Путин", "Владимиром Путиным"]),
   P("Алмазбек Атамбаев", "Алмазбеком Атамбаевым", "президент Кыргызстана (до 24 ноября 2017)", ["Алмазбеком Атамбаевым", "Атамбаев"]),
   P("Сапар Исаков", "Сапар Исаков", "премьер-министр Кыргызстана", ["Сапар Исаков"]),
   P("Дмитрий Медведев", "Дмитрием Медведевым", "председатель правительства РФ", ["Дмитрием Медведевым"]),
   P("Сооронбай Жээнбеков", "Сооронбай Жээнбеков", "избранный президент, затем президент Кыргызстана", ["Сооронбай Жээнбеков", "Сооронбая Жээнбекова"])],
  [],
  [F("debt_writeoff_usd", 240000000, None, "actual", "протокол о списании государственного долга Кыргызстана перед Россией в размере 240 млн долларов",
     note="Distractor: debt write-off."),
   F("trade_turnover", 1387000000, "2017-10M", "actual", "за январь–октябрь 2017 года товарооборот Кыргызстана с Россией составил 1 млрд 387 млн долларов"),
   F("trade_turnover_growth_pct", 23.8, "2017-10M", "actual", "что на 23,8% больше, чем за аналогичный период прошлого года"),
   F("remittances_from_russia_usd", 1600000000, "2017-9M", "actual", "Объем денежных переводов из России за девять месяцев превысил 1,6 млрд долларов",
     "more than", note="Distractor: remittances.")],
  [E("2017-02-28", "Official visit of Putin to Bishkek", "Президент России Владимир Путин прибыл в Бишкек с официальным визитом", "visit", "past"),
   E("2017-02-28", "Putin–Atambayev talks; documents signed incl. protocol on writing off $240 m of debt",
     "стороны подписали ряд документов, в том числе протокол о списании государственного долга", "agreement", "past"),
   E("2017-07", "Isakov–Medvedev meeting (prime ministers)", "Премьер-министр Сапар Исаков провел встречу с Председателем Правительства РФ Дмитрием Медведевым", "meeting", "past"),
   E("2017-10-15", "Presidential election won by Jeenbekov", "на президентских выборах победу одержал Сооронбай Жээнбеков", "other", "past", False),
   E("2017-10", "Putin congratulated the president-elect by phone", "Владимир Путин одним из первых поздравил избранного президента по телефону", "other", "past",
     date_note="right after 15 October; exact day not stated"),
   E("2017-11-30", "CSTO Collective Security Council session in Minsk", "в Минске Сооронбай Жээнбеков принял участие в сессии Совета коллективной безопасности ОДКБ", "other", "past", False),
   E("2017-11-30", "First Jeenbekov–Putin meeting as head of state (Minsk)", "провел первую встречу с Владимиром Путиным в статусе главы государства", "meeting", "past"),
   E("2018", "Jeenbekov's state visit to Russia expected next year", "ожидается государственный визит Сооронбая Жээнбекова в Российскую Федерацию", "visit", "planned"),
   E("2018", "Next intergovernmental commission meeting in Bishkek (first quarter of 2018)", "Очередное заседание межправительственной комиссии планируется провести в первом квартале 2018 года в Бишкеке",
     "igc_session", "planned"),
  ])))

# ---------------------------------------------------------------- 08 Sputnik Kyrgyzstan 2019 live blog
ARTICLES.append(dict(
file="08_sputnik_ru_2019_state_visit_live.txt", lang="ru",
source="https://ru.sputnik.kg/20190328/putin-bishkek-gosudarstvennyj-vizit-onlajn-1043921057.html",
header="2019-03-28",
body="""
Государственный визит Путина в Кыргызстан — онлайн-трансляция

БИШКЕК, 28 мар — Sputnik. Президент России Владимир Путин находится в Кыргызстане с государственным визитом. Sputnik Кыргызстан следит за событиями в режиме реального времени.

Обновлено 18:55

18:40 Президент России завершил визит и вылетел в Москву. В аэропорту «Манас» его проводил премьер-министр Мухаммедкалый Абылгазиев.

17:05 Путин и Жээнбеков приняли участие в пленарном заседании VIII российско-кыргызской межрегиональной конференции. Следующая, девятая конференция пройдет в России в 2020 году.

15:30 Заявления для прессы. Сооронбай Жээнбеков: «По итогам 2018 года товарооборот между нашими странами составил почти 1,7 миллиарда долларов». Путин уточнил, что за прошлый год товарооборот вырос на 6,7%. По словам российского лидера, Российско-Кыргызский фонд развития за пять лет профинансировал проекты на сумму свыше 500 миллионов долларов.

14:50 В присутствии президентов подписан пакет межгосударственных и межправительственных документов, в том числе соглашение о порядке пребывания граждан и программа экономического сотрудничества на 2019–2022 годы.

12:45 Переговоры продолжились в расширенном составе. Со стороны России участвуют министр иностранных дел Сергей Лавров, вице-премьер Алексей Гордеев и посол России в Кыргызстане Николай Удовиченко.

11:10 В резиденции «Ала-Арча» начались переговоры в узком формате. Жээнбеков напомнил, что предыдущий визит Владимира Путина в республику состоялся в феврале 2017 года.

10:20 Церемония официальной встречи. Президента России встречает Сооронбай Жээнбеков. Почетный караул, исполнены гимны двух стран.

09:35 Самолет Владимира Путина приземлился в аэропорту «Манас».

Текстовая трансляция: Айжан Мамбеталиева, Денис Калинин
Фото: © Sputnik / Эрмек Токтобаев
""",
gold=G("28 мар", "2019-03-28", None, "header", "Header date 2019-03-28 (also in the URL); dateline 'БИШКЕК, 28 мар — Sputnik' has no year. Live-blog entries in reverse order.",
  [P("Владимир Путин", "Владимир Путин", "президент России", ["Владимир Путин", "Владимира Путина", "Путин"]),
   P("Мухаммедкалый Абылгазиев", "Мухаммедкалый Абылгазиев", "премьер-министр Кыргызстана", ["Мухаммедкалый Абылгазиев"]),
   P("Сооронбай Жээнбеков", "Сооронбай Жээнбеков", "президент Кыргызстана", ["Сооронбай Жээнбеков", "Жээнбеков"]),
   P("Сергей Лавров", "Сергей Лавров", "министр иностранных дел России", ["Сергей Лавров"]),
   P("Алексей Гордеев", "Алексей Гордеев", "заместитель председателя правительства РФ", ["Алексей Гордеев"]),
   P("Николай Удовиченко", "Николай Удовиченко", "посол России в Кыргызстане", ["Николай Удовиченко"])],
  ["Айжан Мамбеталиева", "Денис Калинин", "Эрмек Токтобаев"],
  [F("trade_turnover", 1700000000, "2018", "actual", "По итогам 2018 года товарооборот между нашими странами составил почти 1,7 миллиарда долларов", "almost"),
   F("trade_turnover_growth_pct", 6.7, "2018", "actual", "за прошлый год товарооборот вырос на 6,7%", period_text="за прошлый год"),
   F("rkdf_financing_usd", 500000000, None, "actual", "профинансировал проекты на сумму свыше 500 миллионов долларов", "more than",
     period_text="за пять лет", note="Distractor: development-fund financing.")],
  [E("2019-03-28", "State visit of Putin to Kyrgyzstan", "Президент России Владимир Путин находится в Кыргызстане с государственным визитом", "visit", "ongoing"),
   E("2019-03-28", "Putin's departure to Moscow", "Президент России завершил визит и вылетел в Москву", "visit", "past"),
   E("2019-03-28", "Plenary session of the VIII Russian-Kyrgyz interregional conference", "в пленарном заседании VIII российско-кыргызской межрегиональной конференции", "conference", "past"),
   E("2020", "IX interregional conference to be held in Russia", "Следующая, девятая конференция пройдет в России в 2020 году", "conference", "planned"),
   E("2019-03-28", "Package of interstate and intergovernmental documents signed (incl. economic cooperation programme 2019–2022)",
     "подписан пакет межгосударственных и межправительственных документов", "agreement", "past"),
   E("2019-03-28", "Talks in expanded format", "Переговоры продолжились в расширенном составе", "meeting", "past"),
   E("2019-03-28", "Narrow-format talks at Ala-Archa residence", "В резиденции «Ала-Арча» начались переговоры в узком формате", "meeting", "past"),
   E("2017-02", "Previous visit of Putin to Kyrgyzstan", "предыдущий визит Владимира Путина в республику состоялся в феврале 2017 года", "visit", "past"),
   E("2019-03-28", "Official welcoming ceremony", "Церемония официальной встречи", "other", "past"),
  ])))

# ---------------------------------------------------------------- 09 AKIpress 2021 news in brief
ARTICLES.append(dict(
file="09_akipress_en_2021_news_in_brief.txt", lang="en",
source="https://akipress.com/news:655832:Kyrgyzstan-Russia_news_in_brief_Feb_22-26/",
header="2021-02-26",
body="""
Kyrgyzstan-Russia: news in brief, Feb 22-26

AKIpress News Agency
Posted Feb 26, 2021 18:40

BISHKEK (AKIpress) - AKIpress presents a roundup of press releases and statements on Kyrgyz-Russian relations issued this week.

Feb 22: Foreign Minister Ruslan Kazakbaev briefed Russian Ambassador Nikolai Udovichenko on preparations for President Sadyr Japarov's official visit to Moscow, his first foreign trip since taking office on January 28.

Feb 24: Sadyr Japarov and Vladimir Putin held talks in the Kremlin. Putin said trade between the two countries fell 23.4% in 2020 to about $1.7 billion because of the pandemic, and called for a return to growth this year. The presidents adopted a joint statement, and a package of documents was signed, including an intergovernmental agreement on budget support.

Feb 24: The Kremlin press service said Russia would provide $30 million in grant aid to the Kyrgyz budget.

Feb 25: Japarov met Federation Council Speaker Valentina Matviyenko. Matviyenko said the Russian upper house would ratify the agreements "as quickly as possible". Japarov's office said 2,000 doses of the Sputnik V vaccine would arrive in Bishkek next week.

Feb 26: Prime Minister Ulukbek Maripov said the next meeting of the intergovernmental commission would be held in Bishkek in the spring, co-chaired on the Russian side by Deputy Prime Minister Alexei Overchuk. According to the National Bank, remittances from Russia totaled $2.1 billion last year.

Related: Japarov, Putin discuss labour migrants; Kyrgyzstan to receive Sputnik V
""",
gold=G("Feb 26, 2021", "2021-02-26", None, "byline", "'Posted Feb 26, 2021 18:40'. Item dates 'Feb 22:' ... 'Feb 26:' are in 2021.",
  [P("Руслан Казакбаев", "Ruslan Kazakbaev", "министр иностранных дел Киргизии", ["Ruslan Kazakbaev"]),
   P("Николай Удовиченко", "Nikolai Udovichenko", "посол России в Киргизии", ["Nikolai Udovichenko"]),
   P("Садыр Жапаров", "Sadyr Japarov", "президент Киргизии", ["Sadyr Japarov", "Japarov"]),
   P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin", "Putin"]),
   P("Валентина Матвиенко", "Valentina Matviyenko", "председатель Совета Федерации РФ", ["Valentina Matviyenko", "Matviyenko"]),
   P("Улукбек Марипов", "Ulukbek Maripov", "председатель кабинета министров Киргизии (премьер-министр)", ["Ulukbek Maripov"]),
   P("Алексей Оверчук", "Alexei Overchuk", "заместитель председателя правительства РФ", ["Alexei Overchuk"])],
  [],
  [F("trade_turnover_growth_pct", -23.4, "2020", "actual", "trade between the two countries fell 23.4% in 2020 to about $1.7 billion", note="Decline."),
   F("trade_turnover", 1700000000, "2020", "actual", "trade between the two countries fell 23.4% in 2020 to about $1.7 billion", "about"),
   F("grant_aid_usd", 30000000, None, "actual", "Russia would provide $30 million in grant aid to the Kyrgyz budget", note="Distractor: aid."),
   F("vaccine_doses_count", 2000, None, "actual", "2,000 doses of the Sputnik V vaccine", note="Distractor count."),
   F("remittances_from_russia_usd", 2100000000, "2020", "actual", "remittances from Russia totaled $2.1 billion last year", period_text="last year",
     note="Distractor: remittances.")],
  [E("2021-02-22", "Kazakbaev briefed Russian ambassador Udovichenko on visit preparations", "Foreign Minister Ruslan Kazakbaev briefed Russian Ambassador Nikolai Udovichenko", "meeting", "past"),
   E("2021-02-24", "Japarov's official visit to Moscow (first foreign trip)", "President Sadyr Japarov's official visit to Moscow, his first foreign trip", "visit", "past"),
   E("2021-02-24", "Japarov–Putin talks in the Kremlin", "Sadyr Japarov and Vladimir Putin held talks in the Kremlin", "meeting", "past"),
   E("2021-02-24", "Joint statement adopted and package of documents signed (incl. budget-support agreement)",
     "The presidents adopted a joint statement, and a package of documents was signed", "agreement", "past"),
   E("2021-02-25", "Japarov met Federation Council Speaker Matviyenko", "Japarov met Federation Council Speaker Valentina Matviyenko", "meeting", "past"),
   E(None, "Federation Council to ratify the agreements", "the Russian upper house would ratify the agreements", "agreement", "planned"),
   E("2021-03", "Delivery of Sputnik V doses to Bishkek next week", "would arrive in Bishkek next week", "other", "planned",
     date_note="'next week' from Thursday 25 Feb 2021 = week of 1 March"),
   E("2021", "Next intergovernmental commission meeting in Bishkek in spring", "the next meeting of the intergovernmental commission would be held in Bishkek in the spring",
     "igc_session", "planned"),
   E("2021-01-28", "Japarov took office", "since taking office on January 28", "other", "past", False),
  ])))

# ---------------------------------------------------------------- 10 mid.ru 2022 reference note
ARTICLES.append(dict(
file="10_midru_ru_2022_spravka.txt", lang="ru",
source="https://mid.ru/ru/maps/kg/1805743/",
header=None,
body="""
Министерство иностранных дел Российской Федерации
Главная / Внешняя политика / Двусторонние отношения / Киргизия

Российско-киргизские отношения (справочная информация)

Дипломатические отношения между Российской Федерацией и Киргизской Республикой установлены 20 марта 1992 г. В 2022 г. отмечается 30-летие этого события.

Договорно-правовую базу отношений составляют более 200 документов, в том числе Договор о дружбе, сотрудничестве и взаимной помощи от 10 июня 1992 г., Декларация о вечной дружбе, союзничестве и партнерстве от 27 июля 2000 г. и Соглашение о статусе и условиях пребывания Объединенной российской военной базы на территории Киргизской Республики от 20 сентября 2012 г.

Киргизия — член ЕАЭС (с 12 августа 2015 г.), ОДКБ, СНГ и ШОС.

Поддерживается интенсивный политический диалог. 24 февраля 2021 г. состоялся официальный визит в Россию Президента Киргизской Республики С.Н.Жапарова. В 2021 г. В.В.Путин и С.Н.Жапаров провели ряд встреч на полях многосторонних мероприятий и несколько телефонных разговоров.

Регулярный характер носят контакты глав правительств. Председатель Правительства Российской Федерации М.В.Мишустин и Председатель Кабинета министров — Руководитель Администрации Президента Киргизской Республики А.У.Жапаров встречаются в ходе заседаний Евразийского межправительственного совета.

Министры иностранных дел С.В.Лавров и Ж.М.Кулубаев провели переговоры в Москве в ноябре 2021 г. В развитие договоренностей планируется подписание Плана консультаций между МИД двух стран на 2022–2023 гг.

Межправительственную комиссию по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству возглавляют Заместитель Председателя Правительства Российской Федерации А.Л.Оверчук и Первый заместитель Председателя Кабинета министров Киргизской Республики А.Кожошев. Очередное, 23-е заседание МПК планируется провести в апреле т.г. в Москве.

Россия — один из ведущих торговых партнеров Киргизии. Товарооборот в 2021 г. составил 2,5 млрд долл. США (рост на 47%). Объем накопленных российских инвестиций превышает 1,6 млрд долл. Российско-Киргизский фонд развития с момента начала работы одобрил кредиты на сумму свыше 700 млн долл. Денежные переводы трудовых мигрантов из России в 2021 г. составили около 2,6 млрд долл.

18.03.2022
""",
gold=G("18.03.2022", "2022-03-18", None, "body", "Date line '18.03.2022' at the foot of the note; 'т.г.' = 2022.",
  [P("Садыр Жапаров", "С.Н.Жапарова", "президент Киргизской Республики", ["С.Н.Жапарова", "С.Н.Жапаров"]),
   P("Владимир Путин", "В.В.Путин", "президент РФ", ["В.В.Путин"]),
   P("Михаил Мишустин", "М.В.Мишустин", "председатель правительства РФ", ["М.В.Мишустин"]),
   P("Акылбек Жапаров", "А.У.Жапаров", "председатель кабинета министров — руководитель администрации президента Киргизской Республики", ["А.У.Жапаров"],
     "shares the surname with the president (different initials)"),
   P("Сергей Лавров", "С.В.Лавров", "министр иностранных дел РФ", ["С.В.Лавров"]),
   P("Жээнбек Кулубаев", "Ж.М.Кулубаев", "министр иностранных дел Киргизии", ["Ж.М.Кулубаев"]),
   P("Алексей Оверчук", "А.Л.Оверчук", "заместитель председателя правительства РФ, сопредседатель МПК", ["А.Л.Оверчук"]),
   P("Арзыбек Кожошев", "А.Кожошев", "первый заместитель председателя кабинета министров Киргизии, сопредседатель МПК", ["А.Кожошев"])],
  [],
  [F("trade_turnover", 2500000000, "2021", "actual", "Товарооборот в 2021 г. составил 2,5 млрд долл. США"),
   F("trade_turnover_growth_pct", 47, "2021", "actual", "(рост на 47%)"),
   F("russian_investment_stock_usd", 1600000000, None, "actual", "Объем накопленных российских инвестиций превышает 1,6 млрд долл.", "more than",
     note="Distractor: investment."),
   F("rkdf_loans_usd", 700000000, None, "actual", "одобрил кредиты на сумму свыше 700 млн долл.", "more than", note="Distractor: fund loans."),
   F("remittances_from_russia_usd", 2600000000, "2021", "actual", "Денежные переводы трудовых мигрантов из России в 2021 г. составили около 2,6 млрд долл.", "about",
     note="Distractor: remittances (close in size to turnover).")],
  [E("1992-03-20", "Diplomatic relations established", "Дипломатические отношения между Российской Федерацией и Киргизской Республикой установлены 20 марта 1992 г.", "other", "past"),
   E("2022", "30th anniversary of diplomatic relations", "В 2022 г. отмечается 30-летие этого события", "anniversary", "ongoing"),
   E("1992-06-10", "Treaty of friendship, cooperation and mutual assistance", "Договор о дружбе, сотрудничестве и взаимной помощи от 10 июня 1992 г.", "agreement", "past"),
   E("2000-07-27", "Declaration of eternal friendship, alliance and partnership", "Декларация о вечной дружбе, союзничестве и партнерстве от 27 июля 2000 г.", "agreement", "past"),
   E("2012-09-20", "Agreement on the status of the joint Russian military base", "Соглашение о статусе и условиях пребывания Объединенной российской военной базы на территории Киргизской Республики от 20 сентября 2012 г.",
     "agreement", "past"),
   E("2015-08-12", "Kyrgyzstan a member of the EAEU since 12 August 2015", "член ЕАЭС (с 12 августа 2015 г.)", "other", "past", False),
   E("2021-02-24", "Official visit of President Japarov to Russia", "24 февраля 2021 г. состоялся официальный визит в Россию Президента Киргизской Республики С.Н.Жапарова", "visit", "past"),
   E("2021", "Putin–Japarov meetings on the sidelines of multilateral events", "В.В.Путин и С.Н.Жапаров провели ряд встреч на полях многосторонних мероприятий", "meeting", "past"),
   E("2021-11", "Lavrov–Kulubaev talks in Moscow", "С.В.Лавров и Ж.М.Кулубаев провели переговоры в Москве в ноябре 2021 г.", "meeting", "past"),
   E(None, "Plan of consultations between the foreign ministries for 2022–2023 to be signed", "планируется подписание Плана консультаций между МИД двух стран на 2022–2023 гг.", "agreement", "planned"),
   E("2022-04", "23rd IGC meeting planned in Moscow in April", "Очередное, 23-е заседание МПК планируется провести в апреле т.г. в Москве", "igc_session", "planned"),
  ])))
