# -*- coding: utf-8 -*-
# Articles 11-14 of heldout117: text + hand annotation.
from common import P, F, E, G
A = []

# ---------------------------------------------------------------- 11
A.append(dict(
file="11_bashinform_ru_2006_rakhimov_kulov.txt",
source="http://www.bashinform.ru/news/83190/",
header=None,
body="""Башкортостан и Киргизия подписали соглашение о сотрудничестве

Уфа, 18 октября 2006. /Башинформ, корр. Гульнара Хасанова/. Президент Республики Башкортостан Муртаза Рахимов и премьер-министр Кыргызской Республики Феликс Кулов подписали сегодня в Уфе соглашение между Правительством Республики Башкортостан и Правительством Кыргызской Республики о торгово-экономическом, научно-техническом и культурном сотрудничестве.

Киргизская делегация прибыла в столицу республики накануне вечером. В её составе — министры экономики, промышленности и сельского хозяйства, руководители крупных предприятий.

Открывая переговоры, Муртаза Рахимов подчеркнул, что башкирский и киргизский народы связывают общие тюркские корни и многовековая история. «В Бишкеке и Оше живут тысячи башкир и татар, а в Башкортостане растёт киргизская община. Эти люди — живой мост между нашими республиками», — сказал он.

Феликс Кулов отметил, что Киргизия заинтересована в поставках из Башкортостана нефтепродуктов, автобусов НефАЗ и продукции химической промышленности, а также готова поставлять в Уфу сельскохозяйственную продукцию — фрукты, овощи, хлопок.

По данным Башкортостанской таможни, в 2005 году товарооборот между Башкортостаном и Киргизией составил 24,7 млн долларов, за январь–август 2006 года — 19,8 млн долларов. Для сравнения, оборот республики с Казахстаном по итогам прошлого года составил около 600 млн долларов.

По словам премьер-министра Киргизии, товарооборот между Киргизией и Россией в 2005 году достиг 760 млн долларов, а в нынешнем году может превысить 1 млрд долларов.

Стороны договорились создать рабочую группу по реализации соглашения, которая впервые соберётся в Бишкеке в первом квартале 2007 года. В следующем году в Киргизии также пройдут Дни культуры Башкортостана.

Завтра киргизская делегация посетит ОАО «НефАЗ» в Нефтекамске и Уфимский нефтеперерабатывающий завод.
""",
gold=G("ru", "18 октября 2006", "2006-10-18", None, "dateline",
  "Only the dateline 'Уфа, 18 октября 2006.' gives the date; no separate date line on the page.",
  [P("Муртаза Рахимов", "Муртаза Рахимов", "Президент Республики Башкортостан", ["Муртаза Рахимов"]),
   P("Феликс Кулов", "Феликс Кулов", "премьер-министр Кыргызской Республики", ["Феликс Кулов"])],
  ["Гульнара Хасанова"],
  [F("regional_trade_turnover_usd", 24700000, "2005", "actual",
     "в 2005 году товарооборот между Башкортостаном и Киргизией составил 24,7 млн долларов"),
   F("regional_trade_turnover_usd", 19800000, "2006-8M", "actual", "за январь–август 2006 года — 19,8 млн долларов",
     period_text="за январь–август 2006 года"),
   F("regional_trade_turnover_kazakhstan_usd", 600000000, "2005", "actual",
     "оборот республики с Казахстаном по итогам прошлого года составил около 600 млн долларов", qualifier="about",
     period_text="по итогам прошлого года", note="Distractor."),
   F("trade_turnover", 760000000, "2005", "actual",
     "товарооборот между Киргизией и Россией в 2005 году достиг 760 млн долларов"),
   F("trade_turnover", 1000000000, "2006", "forecast", "в нынешнем году может превысить 1 млрд долларов",
     qualifier="more than", period_text="в нынешнем году")],
  [E("2006-10-18", "Rakhimov and Kulov sign the Bashkortostan - Kyrgyzstan intergovernmental cooperation agreement in Ufa",
     "Президент Республики Башкортостан Муртаза Рахимов и премьер-министр Кыргызской Республики Феликс Кулов подписали сегодня в Уфе соглашение",
     "agreement", "past"),
   E("2006-10-17", "Kyrgyz delegation arrives in Ufa", "Киргизская делегация прибыла в столицу республики накануне вечером",
     "visit", "past"),
   E("2006-10-18", "Talks opened by Rakhimov", "Открывая переговоры, Муртаза Рахимов", "meeting", "past"),
   E("2007", "First meeting of the working group on implementing the agreement, Bishkek",
     "которая впервые соберётся в Бишкеке в первом квартале 2007 года", "meeting", "planned",
     date_partial="2007-Q1", date_note="First quarter of 2007."),
   E("2007", "Days of Bashkortostan culture in Kyrgyzstan",
     "В следующем году в Киргизии также пройдут Дни культуры Башкортостана", "other", "planned"),
   E("2006-10-19", "Kyrgyz delegation visits NefAZ and the Ufa refinery",
     "Завтра киргизская делегация посетит ОАО «НефАЗ» в Нефтекамске и Уфимский нефтеперерабатывающий завод",
     "visit", "planned")])))

# ---------------------------------------------------------------- 12
A.append(dict(
file="12_samregion_ru_2025_azarov_baisalov.txt",
source="https://www.samregion.ru/press_center/news/2025/04/17/dmitrij-azarov-vstretilsya-s-delegaciej-kyrgyzstana/",
header="2025-04-17",
body="""Дмитрий Азаров встретился с делегацией Кыргызской Республики

17 апреля 2025

Губернатор Самарской области Дмитрий Азаров провёл встречу с заместителем председателя кабинета министров Кыргызской Республики Эдилем Байсаловым. Делегация республики находится в регионе с двухдневным рабочим визитом.

Глава региона отметил, что Кыргызстан — один из ключевых партнёров губернии в Центральной Азии. По итогам 2024 года товарооборот Самарской области и Кыргызстана вырос на 18% и составил 94 млн долларов. Основу самарского экспорта составляют автомобили LADA, продукция нефтехимии и металлургии. «Мы видим большой потенциал в кооперации автомобилестроителей и в подготовке кадров», — подчеркнул Дмитрий Азаров.

Эдиль Байсалов сообщил, что товарооборот Кыргызстана и России в 2024 году превысил 4 млрд долларов, а российские регионы становятся всё более заметными участниками этой торговли.

Особое внимание на встрече уделили образованию. В 2025/2026 учебном году вузы Самарской области выделят для граждан Кыргызстана 120 мест в рамках квоты Правительства России. Сейчас в самарских вузах обучаются около 700 студентов из республики.

Стороны обсудили также адаптацию трудовых мигрантов. В регионе работают около 18 тысяч граждан Кыргызстана. В Самаре при поддержке правительства области действует Дом дружбы народов, где работает кыргызская национально-культурная автономия.

По итогам встречи подписана «дорожная карта» по реализации соглашения о торгово-экономическом, научно-техническом и гуманитарном сотрудничестве между Правительством Самарской области и Кабинетом министров Кыргызской Республики, заключённого в 2019 году.

Губернатор пригласил кыргызскую делегацию принять участие в Межрегиональном форуме, который пройдет осенью в Бишкеке, а также в праздновании 80-летия Победы: 9 мая в Самаре пройдет парад Памяти.

Завтра делегация посетит АВТОВАЗ в Тольятти и Самарский университет.

Фото: пресс-служба губернатора Самарской области

Поделиться: ВКонтакте Одноклассники Telegram
""",
gold=G("ru", "17 апреля 2025", "2025-04-17", None, "header",
  "Date under the headline on the government site; URL also carries 2025/04/17.",
  [P("Дмитрий Азаров", "Дмитрий Азаров", "губернатор Самарской области", ["Дмитрий Азаров"]),
   P("Эдиль Байсалов", "Эдилем Байсаловым", "заместитель председателя кабинета министров Кыргызской Республики",
     ["Эдилем Байсаловым", "Эдиль Байсалов"])],
  [],
  [F("regional_trade_turnover_growth_pct", 18, "2024", "actual", "вырос на 18%"),
   F("regional_trade_turnover_usd", 94000000, "2024", "actual", "составил 94 млн долларов",
     note="Samara oblast with Kyrgyzstan."),
   F("trade_turnover", 4000000000, "2024", "actual",
     "товарооборот Кыргызстана и России в 2024 году превысил 4 млрд долларов", qualifier="more than"),
   F("education_quota_places", 120, "2025", "target", "120 мест в рамках квоты Правительства России",
     period_text="В 2025/2026 учебном году", note="Academic year 2025/2026."),
   F("kg_students_in_region", 700, None, "actual", "около 700 студентов из республики", qualifier="about"),
   F("kg_workers_in_region", 18000, None, "actual", "около 18 тысяч граждан Кыргызстана", qualifier="about")],
  [E("2025-04-17", "Governor Azarov meets Kyrgyz Deputy Chairman of the Cabinet Edil Baisalov",
     "Губернатор Самарской области Дмитрий Азаров провёл встречу с заместителем председателя кабинета министров Кыргызской Республики Эдилем Байсаловым",
     "meeting", "past"),
   E("2025-04", "Two-day working visit of the Kyrgyz delegation to Samara oblast",
     "Делегация республики находится в регионе с двухдневным рабочим визитом", "visit", "ongoing"),
   E("2025-04-17", "Roadmap on implementing the Samara - Kyrgyzstan cooperation agreement signed",
     "По итогам встречи подписана «дорожная карта»", "agreement", "past"),
   E("2019", "Samara oblast - Kyrgyz cabinet cooperation agreement concluded",
     "заключённого в 2019 году", "agreement", "past"),
   E("2025", "Interregional forum in Bishkek in autumn",
     "Межрегиональном форуме, который пройдет осенью в Бишкеке", "forum", "planned", date_note="Autumn 2025."),
   E("2025-05-09", "80th anniversary of Victory, parade in Samara (domestic)",
     "9 мая в Самаре пройдет парад Памяти", "anniversary", "planned", bilateral=False),
   E("2025-04-18", "Delegation to visit AVTOVAZ in Togliatti and Samara University",
     "Завтра делегация посетит АВТОВАЗ в Тольятти и Самарский университет", "visit", "planned")])))

# ---------------------------------------------------------------- 13
A.append(dict(
file="13_24kg_en_2022_travnikov_bishkek.txt",
source="https://24.kg/english/248517_Novosibirsk_region_Governor_arrives_in_Bishkek/",
header="2022-10-12",
body="""Novosibirsk region Governor arrives in Bishkek

12/10/22 14:05, Bishkek — 24.kg news agency, Anna Kapushenko

Governor of Novosibirsk region of Russia Andrei Travnikov has arrived in Kyrgyzstan on a working visit. He met today with Chairman of the Cabinet of Ministers Akylbek Japarov, the press service of the Cabinet reported.

The parties discussed supplies of grain, agricultural machinery and pharmaceuticals, cooperation in education and the opening of a trading house of Novosibirsk region in Bishkek.

Akylbek Japarov noted that Russia remains the main trading partner of Kyrgyzstan. According to him, trade between the two countries reached $2.5 billion in 2021 and grew by another 35 percent in the first eight months of this year.

"Novosibirsk region is one of our largest partners among the regions of Russia. We are ready to create all conditions for your businesses," the head of the Cabinet said.

Andrei Travnikov informed that trade turnover between Novosibirsk region and Kyrgyzstan amounted to $143 million in 2021. Its exports are dominated by flour, confectionery and equipment.

Following the meeting, the sides signed a memorandum on the creation of the trading house and a plan of joint actions for 2023-2024. The Governor also invited Kyrgyzstan to take part in the Technoprom forum next summer.

Recall, the last Kyrgyzstan — Russia Interregional Conference was held in Cholpon-Ata in 2021. The total foreign trade turnover of Kyrgyzstan in 2021 amounted to $7.4 billion, according to the National Statistical Committee.

Tomorrow the Russian delegation will visit Osh, where Andrei Travnikov is expected to meet with the Governor of Osh region.

Related news: Kyrgyzstan and Russia to hold intergovernmental commission meeting in November
""",
gold=G("en", "12/10/22 14:05", "2022-10-12", None, "byline",
  "24.kg date line '12/10/22' is DD/MM/YY.",
  [P("Андрей Травников", "Andrei Travnikov", "Governor of Novosibirsk region", ["Andrei Travnikov"]),
   P("Акылбек Жапаров", "Akylbek Japarov", "Chairman of the Cabinet of Ministers of Kyrgyzstan", ["Akylbek Japarov"])],
  ["Anna Kapushenko"],
  [F("trade_turnover", 2500000000, "2021", "actual", "trade between the two countries reached $2.5 billion in 2021"),
   F("trade_turnover_growth_pct", 35, "2022-8M", "actual",
     "grew by another 35 percent in the first eight months of this year",
     period_text="in the first eight months of this year"),
   F("regional_trade_turnover_usd", 143000000, "2021", "actual",
     "trade turnover between Novosibirsk region and Kyrgyzstan amounted to $143 million in 2021"),
   F("kg_total_foreign_trade_usd", 7400000000, "2021", "actual",
     "The total foreign trade turnover of Kyrgyzstan in 2021 amounted to $7.4 billion")],
  [E("2022-10-12", "Novosibirsk Governor Travnikov arrives in Kyrgyzstan on a working visit and meets Akylbek Japarov",
     "Governor of Novosibirsk region of Russia Andrei Travnikov has arrived in Kyrgyzstan on a working visit", "visit", "past"),
   E("2022-10-12", "Meeting of Travnikov with Chairman of the Cabinet Akylbek Japarov",
     "He met today with Chairman of the Cabinet of Ministers Akylbek Japarov", "meeting", "past"),
   E("2022-10-12", "Memorandum on a Novosibirsk trading house in Bishkek and joint action plan 2023-2024 signed",
     "the sides signed a memorandum on the creation of the trading house and a plan of joint actions for 2023-2024",
     "agreement", "past"),
   E("2023", "Kyrgyzstan invited to the Technoprom forum in Novosibirsk next summer",
     "The Governor also invited Kyrgyzstan to take part in the Technoprom forum next summer", "forum", "planned",
     bilateral=False, date_note="'next summer' = summer 2023; Technoprom is a Russian domestic/international forum."),
   E("2021", "Kyrgyzstan — Russia Interregional Conference in Cholpon-Ata",
     "the last Kyrgyzstan — Russia Interregional Conference was held in Cholpon-Ata in 2021", "conference", "past"),
   E("2022-10-13", "Russian delegation to visit Osh and meet the Osh region governor",
     "Tomorrow the Russian delegation will visit Osh", "visit", "planned"),
   E("2022-11", "Kyrgyz-Russian intergovernmental commission meeting in November (related-news headline)",
     "Kyrgyzstan and Russia to hold intergovernmental commission meeting in November", "igc_session", "planned")])))

# ---------------------------------------------------------------- 14
A.append(dict(
file="14_tatarstan_en_2016_minnikhanov_otunbaev.txt",
source="http://president.tatarstan.ru/eng/index.htm/news/712846.htm",
header="2016-03-16",
body="""Rustam Minnikhanov meets Ambassador of Kyrgyzstan to Russia

16 March 2016, 15:30

Today President of the Republic of Tatarstan Rustam Minnikhanov met with Ambassador Extraordinary and Plenipotentiary of the Kyrgyz Republic to the Russian Federation Bolot Otunbaev, who is in Kazan on a working visit.

Welcoming the guest, Rustam Minnikhanov noted that relations between Tatarstan and Kyrgyzstan have a long history and a solid legal basis: the intergovernmental agreement on cooperation was signed in Bishkek in November 2012.

"After Kyrgyzstan joined the Eurasian Economic Union in August last year, our companies have new opportunities. We must use them to the full," the President of Tatarstan said.

According to the Ministry of Industry and Trade of Tatarstan, in 2015 trade turnover between Tatarstan and Kyrgyzstan amounted to $29.8 million, which is 21 percent less than a year earlier. The decline is mostly caused by the devaluation of the ruble and the fall in prices for petrochemical products.

Bolot Otunbaev said that KAMAZ trucks are in high demand in Kyrgyzstan, and proposed to consider the opening of a service center and a regional warehouse for spare parts in Bishkek. He also informed that over 500 students from Kyrgyzstan are studying at Kazan universities.

The sides agreed that a delegation of Tatarstan businesses will visit Bishkek in the autumn of 2016. The ambassador also invited Rustam Minnikhanov to take part in the Kyrgyzstan — Russia Interregional Conference next year.

Minister of Industry and Trade of Tatarstan Albert Karimov and diplomats of the Embassy of Kyrgyzstan took part in the meeting.

Photo: Press service of the President of the RT

Tags: Kyrgyzstan, foreign relations, KAMAZ
""",
gold=G("en", "16 March 2016, 15:30", "2016-03-16", None, "header",
  "Date printed under the headline on the English version of the President of Tatarstan site.",
  [P("Рустам Минниханов", "Rustam Minnikhanov", "President of the Republic of Tatarstan", ["Rustam Minnikhanov"]),
   P("Болот Отунбаев", "Bolot Otunbaev", "Ambassador of the Kyrgyz Republic to the Russian Federation", ["Bolot Otunbaev"]),
   P("Альберт Каримов", "Albert Karimov", "Minister of Industry and Trade of Tatarstan", ["Albert Karimov"])],
  [],
  [F("regional_trade_turnover_usd", 29800000, "2015", "actual",
     "in 2015 trade turnover between Tatarstan and Kyrgyzstan amounted to $29.8 million",
     period_text="in 2015"),
   F("regional_trade_turnover_growth_pct", -21, "2015", "actual", "which is 21 percent less than a year earlier",
     note="Decline, Tatarstan with Kyrgyzstan."),
   F("kg_students_in_region", 500, None, "actual", "over 500 students from Kyrgyzstan", qualifier="more than")],
  [E("2016-03-16", "President Minnikhanov meets Kyrgyz Ambassador Bolot Otunbaev in Kazan",
     "Today President of the Republic of Tatarstan Rustam Minnikhanov met with Ambassador Extraordinary and Plenipotentiary of the Kyrgyz Republic to the Russian Federation Bolot Otunbaev",
     "meeting", "past"),
   E("2012-11", "Tatarstan - Kyrgyzstan intergovernmental cooperation agreement signed in Bishkek",
     "the intergovernmental agreement on cooperation was signed in Bishkek in November 2012", "agreement", "past"),
   E("2015-08", "Kyrgyzstan joins the Eurasian Economic Union (multilateral)",
     "After Kyrgyzstan joined the Eurasian Economic Union in August last year", "other", "past", bilateral=False,
     date_note="'in August last year' resolved against 2016."),
   E("2016", "Tatarstan business delegation to visit Bishkek in autumn 2016",
     "a delegation of Tatarstan businesses will visit Bishkek in the autumn of 2016", "visit", "planned",
     date_note="Autumn 2016."),
   E("2017", "Minnikhanov invited to the Kyrgyzstan — Russia Interregional Conference next year",
     "invited Rustam Minnikhanov to take part in the Kyrgyzstan — Russia Interregional Conference next year",
     "conference", "planned")])))
