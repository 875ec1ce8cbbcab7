"""Articles 08-14 of heldout133: body text plus gold annotation."""
from common import P, F, E

ARTICLES = []

# ---------------------------------------------------------------- 08
ARTICLES.append(dict(
    file="08_eurasianet_en_2020_farmers_border.txt",
    source="https://eurasianet.org/kyrgyzstan-farmers-count-losses-as-russia-bound-trucks-stall",
    lang="en",
    header_line_date="2020-04-23",
    header_date="Apr 23, 2020",
    date="2020-04-23", date_partial=None, date_source="byline",
    date_note="Byline 'Apr 23, 2020'. 'on Tuesday' = 2020-04-21; 'Last week' (quote) = 13–17 April.",
    body="""Kyrgyzstan: Farmers count losses as Russia-bound trucks stall

Lockdown has left vegetable growers in the Chui valley with a harvest and nowhere to sell it.

Aidai Toktomusheva Apr 23, 2020

Onions waiting for buyers near Tokmok. (Photo: Aidai Toktomusheva)

For a month, the trucks that normally carry Kyrgyz onions, carrots and early greens to Russia have been parked along the road to the Kazakh border. Wholesale onion prices at Bishkek's Osh bazaar have collapsed to 5 soms a kilogram, a third of what they were in February.

"Last week Kazakhstan finally let our trucks through, but by then half the onions had rotted," said a farmer from the Chui region who asked not to be named.

On April 14, President Sooronbai Jeenbekov discussed the supply of agricultural products in a phone call with Vladimir Putin, the presidential press service said. According to Bishkek, the two leaders agreed to keep a "green corridor" open for food shipments despite the coronavirus restrictions.

Russian Ambassador Nikolai Udovichenko told reporters on Tuesday that 120 trucks with Kyrgyz produce had crossed into Russia since the start of April. He said Rosselkhoznadzor, whose chief Sergei Dankvert has repeatedly accused Central Asian exporters of passing off Chinese vegetables as their own, would not relax phytosanitary checks.

Russia matters to Kyrgyz farmers far more than the figures suggest. Trade between the two countries reached $1.7 billion last year, according to Russian customs data, though Kyrgyz exports made up just $290 million of that. Remittances, overwhelmingly from Russia, were worth $2.4 billion in 2019, or almost 30 percent of GDP. The World Bank expects them to fall by a quarter this year.

Prime Minister Mukhammedkalyi Abylgaziev's government has promised farmers cheap fuel and seed loans, but growers say the money has yet to arrive.

The issue is expected to come up at a videoconference of the Supreme Eurasian Economic Council, which groups the leaders of the five member states of the Eurasian Economic Union, on May 19.

Aidai Toktomusheva is a journalist based in Bishkek.
""",
    people=[
        P("Сооронбай Жээнбеков", "Sooronbai Jeenbekov", "президент Киргизии", ["Sooronbai Jeenbekov"]),
        P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin"]),
        P("Николай Удовиченко", "Nikolai Udovichenko", "посол России в Киргизии", ["Nikolai Udovichenko"]),
        P("Сергей Данкверт", "Sergei Dankvert", "руководитель Россельхознадзора", ["Sergei Dankvert"]),
        P("Мухаммедкалый Абылгазиев", "Mukhammedkalyi Abylgaziev", "премьер-министр Киргизии",
          ["Mukhammedkalyi Abylgaziev"]),
    ],
    other_names=["Aidai Toktomusheva"],
    figures=[
        F("trade_turnover", 1700000000, "2019", "actual",
          "Trade between the two countries reached $1.7 billion last year, according to Russian customs data",
          period_text="last year"),
        F("kg_exports_to_russia_usd", 290000000, "2019", "actual",
          "Kyrgyz exports made up just $290 million of that"),
        F("remittances_usd", 2400000000, "2019", "actual",
          "Remittances, overwhelmingly from Russia, were worth $2.4 billion in 2019", note="Remittances, not trade."),
        F("remittances_share_of_gdp_pct", 30, "2019", "actual", "or almost 30 percent of GDP", qualifier="almost"),
        F("remittances_change_pct", -25, "2020", "forecast", "The World Bank expects them to fall by a quarter this year"),
        F("onion_price_kgs_per_kg", 5, None, "actual", "collapsed to 5 soms a kilogram"),
        F("trucks_crossed_count", 120, None, "actual",
          "120 trucks with Kyrgyz produce had crossed into Russia since the start of April",
          period_text="since the start of April", note="April 2020 to date; no period code fits."),
    ],
    events=[
        E("2020-04-14", "Jeenbekov–Putin phone call on agricultural supplies; green corridor agreed",
          "On April 14, President Sooronbai Jeenbekov discussed the supply of agricultural products in a phone call with Vladimir Putin",
          "meeting", "past"),
        E("2020-05-19", "Supreme Eurasian Economic Council videoconference",
          "videoconference of the Supreme Eurasian Economic Council", "meeting", "planned", bilateral=False),
    ],
))

# ---------------------------------------------------------------- 09
ARTICLES.append(dict(
    file="09_rbc_ru_2021_patrushev_janybekov.txt",
    source="https://www.rbc.ru/economics/16/06/2021/60c9a1b29a7947f2a4d3e1c7",
    lang="ru",
    header_line_date="2021-06-16",
    header_date="16 июн 2021",
    date="2021-06-16", date_partial=None, date_source="header",
    date_note="RBC line 'Экономика, 16 июн 2021, 15:42'. 'во вторник' = 2021-06-15; 'в прошлом сезоне' = 2020.",
    body="""Экономика, 16 июн 2021, 15:42

Минсельхоз пообещал киргизским абрикосам «зеленый коридор»
Дмитрий Патрушев и Аскарбек Джаныбеков договорились ускорить проверки сезонной продукции

Максим Ладыгин

Министр сельского хозяйства России Дмитрий Патрушев во вторник провел переговоры с министром сельского, водного хозяйства и развития регионов Киргизии Аскарбеком Джаныбековым, сообщили РБК в пресс-службе Минсельхоза.

Стороны договорились о приоритетном порядке лабораторных исследований черешни, абрикосов и ранних овощей из Киргизии в летний сезон: срок проверки партии сократится с пяти до двух дней. Для этого Россельхознадзор выделит дополнительные мощности в подведомственных лабораториях в Новосибирске и Екатеринбурге.

«Киргизия — наш надежный партнер по ЕАЭС, и мы заинтересованы в том, чтобы на российских прилавках было больше качественной продукции из республики», — заявил Патрушев. Джаныбеков, в свою очередь, пообещал, что все экспортные партии будут проходить предварительный контроль в аккредитованных лабораториях в Бишкеке и Оше.

В прошлом сезоне Киргизия поставила в Россию 14,5 тыс. т абрикосов, в этом году в Бишкеке рассчитывают на 20 тыс. т. Крупнейшим поставщиком абрикосов на российский рынок остается Узбекистан, на который в 2020 году пришлось более 60% импорта.

Значительная часть киргизских фруктов реализуется через московский агрокластер «Фуд Сити», где в 2019 году открылся торговый дом Киргизии. По данным оператора рынка, оптовая цена киргизских абрикосов там сейчас составляет около 200 руб. за 1 кг.

Торговля между странами постепенно восстанавливается после пандемии. В 2020 году, по данным ФТС, товарооборот России и Киргизии сократился на 19,4%, до 1,4 млрд долларов, однако в январе—марте 2021 года вырос на 38%.

Ранее председатель кабинета министров Киргизии Улукбек Марипов называл Россию «главным рынком для кыргызского фермера» и просил российскую сторону учитывать сезонный характер поставок.

Очередное заседание межправительственной комиссии по торгово-экономическому сотрудничеству запланировано на осень.

Фото: Олег Ветров / РБК
""",
    people=[
        P("Дмитрий Патрушев", "Дмитрий Патрушев", "министр сельского хозяйства РФ", ["Дмитрий Патрушев", "Патрушев"]),
        P("Аскарбек Джаныбеков", "Аскарбек Джаныбеков", "министр сельского, водного хозяйства и развития регионов КР",
          ["Аскарбек Джаныбеков", "Аскарбеком Джаныбековым", "Джаныбеков"]),
        P("Улукбек Марипов", "Улукбек Марипов", "председатель кабинета министров КР", ["Улукбек Марипов"]),
    ],
    other_names=["Максим Ладыгин", "Олег Ветров"],
    figures=[
        F("kg_apricot_exports_to_russia_tonnes", 14500, "2020", "actual",
          "В прошлом сезоне Киргизия поставила в Россию 14,5 тыс. т абрикосов", period_text="В прошлом сезоне"),
        F("kg_apricot_exports_to_russia_tonnes", 20000, "2021", "forecast", "в этом году в Бишкеке рассчитывают на 20 тыс. т"),
        F("uzbekistan_share_in_ru_apricot_imports_pct", 60, "2020", "actual",
          "Узбекистан, на который в 2020 году пришлось более 60% импорта", qualifier="more than", note="Third country."),
        F("apricot_wholesale_price_rub_per_kg", 200, None, "actual", "около 200 руб. за 1 кг", qualifier="about"),
        F("trade_turnover_growth_pct", -19.4, "2020", "actual",
          "В 2020 году, по данным ФТС, товарооборот России и Киргизии сократился на 19,4%"),
        F("trade_turnover", 1400000000, "2020", "actual", "сократился на 19,4%, до 1,4 млрд долларов"),
        F("trade_turnover_growth_pct", 38, "2021-Q1", "actual", "в январе—марте 2021 года вырос на 38%",
          period_text="в январе—марте 2021 года"),
        F("lab_check_days", 2, None, "target", "срок проверки партии сократится с пяти до двух дней"),
    ],
    events=[
        E("2021-06-15", "Patrushev–Janybekov talks",
          "Дмитрий Патрушев во вторник провел переговоры с министром сельского, водного хозяйства и развития регионов Киргизии Аскарбеком Джаныбековым",
          "meeting", "past"),
        E("2021-06-15", "Agreement on priority laboratory checks (green corridor) for Kyrgyz seasonal produce",
          "Стороны договорились о приоритетном порядке лабораторных исследований черешни, абрикосов и ранних овощей из Киргизии",
          "agreement", "past"),
        E("2019", "Kyrgyz trade house opened at the Food City agro-cluster in Moscow",
          "где в 2019 году открылся торговый дом Киргизии", "other", "past"),
        E("2021", "Next intergovernmental commission session planned for the autumn",
          "Очередное заседание межправительственной комиссии по торгово-экономическому сотрудничеству запланировано на осень",
          "igc_session", "planned"),
    ],
))

# ---------------------------------------------------------------- 10
ARTICLES.append(dict(
    file="10_govkg_ru_2022_wholesale_center.txt",
    source="https://www.gov.kg/ru/post/s/akylbek-zhaparov-oznakomilsya-s-khodom-stroitelstva-optovo-raspredelitelnogo-tsentra",
    lang="ru",
    header_line_date="2022-07-28",
    header_date="28 июля 2022",
    date="2022-07-28", date_partial=None, date_source="header",
    date_note="Page date '28 июля 2022'.",
    body="""28 июля 2022
Пресс-служба Кабинета Министров КР

Акылбек Жапаров ознакомился с ходом строительства оптово-распределительного центра в Чуйской области

Председатель Кабинета Министров Кыргызской Республики – Руководитель Администрации Президента Акылбек Жапаров в ходе рабочей поездки в Чуйскую область ознакомился с ходом строительства агрологистического центра «Сокулук» в Сокулукском районе.

Центр мощностью единовременного хранения 30 тысяч тонн овощей и фруктов строится с участием российского инвестора и на средства кредита Российско-Кыргызского фонда развития. Общая стоимость проекта составляет 1,9 млрд сомов. На объекте будет размещена испытательная лаборатория, результаты исследований которой будут признаваться во всех государствах – членах ЕАЭС.

Министр сельского хозяйства Аскарбек Джаныбеков доложил, что за первое полугодие 2022 года в Российскую Федерацию экспортировано 78 тысяч тонн плодоовощной продукции, что на 31 процент больше, чем за аналогичный период прошлого года.

Министр экономики и коммерции Данияр Амангельдиев сообщил, что Российско-Кыргызский фонд развития с начала своей деятельности профинансировал проекты в агропромышленном комплексе на сумму более 280 млн долларов США.

Акылбек Жапаров отметил, что Российская Федерация является стратегическим партнером Кыргызстана и основным рынком сбыта отечественной сельхозпродукции.

«По итогам 2021 года товарооборот между нашими странами вырос на 47 процентов и составил почти 2,5 млрд долларов США. Наша задача – чтобы в этом объеме росла доля кыргызской продукции с высокой добавленной стоимостью», – сказал Председатель Кабинета Министров.

Он поручил завершить строительство первой очереди центра до конца текущего года.

Напомним, 25–26 августа в Чолпон-Ате пройдет заседание Евразийского межправительственного совета, в рамках которого планируется встреча Председателя Кабинета Министров с Председателем Правительства Российской Федерации Михаилом Мишустиным.

Фото: Айбек Токтосунов
""",
    people=[
        P("Акылбек Жапаров", "Акылбек Жапаров", "председатель Кабинета министров КР", ["Акылбек Жапаров"]),
        P("Аскарбек Джаныбеков", "Аскарбек Джаныбеков", "министр сельского хозяйства КР", ["Аскарбек Джаныбеков"]),
        P("Данияр Амангельдиев", "Данияр Амангельдиев", "министр экономики и коммерции КР", ["Данияр Амангельдиев"]),
        P("Михаил Мишустин", "Михаилом Мишустиным", "председатель правительства РФ", ["Михаилом Мишустиным"]),
    ],
    other_names=["Айбек Токтосунов"],
    figures=[
        F("trade_turnover_growth_pct", 47, "2021", "actual",
          "По итогам 2021 года товарооборот между нашими странами вырос на 47 процентов"),
        F("trade_turnover", 2500000000, "2021", "actual", "составил почти 2,5 млрд долларов США", qualifier="almost"),
        F("kg_fruitveg_exports_to_russia_tonnes", 78000, "2022-H1", "actual",
          "за первое полугодие 2022 года в Российскую Федерацию экспортировано 78 тысяч тонн плодоовощной продукции",
          period_text="за первое полугодие 2022 года"),
        F("kg_fruitveg_exports_to_russia_growth_pct", 31, "2022-H1", "actual",
          "что на 31 процент больше, чем за аналогичный период прошлого года"),
        F("storage_capacity_tonnes", 30000, None, "target", "мощностью единовременного хранения 30 тысяч тонн"),
        F("project_cost_kgs", 1900000000, None, "actual", "Общая стоимость проекта составляет 1,9 млрд сомов"),
        F("rkdf_agri_financing_usd", 280000000, None, "actual",
          "профинансировал проекты в агропромышленном комплексе на сумму более 280 млн долларов США",
          qualifier="more than", note="Development-fund lending, not trade."),
    ],
    events=[
        E(None, "Agro-logistics centre in Sokuluk under construction with a Russian investor and an RKDF loan",
          "строится с участием российского инвестора и на средства кредита Российско-Кыргызского фонда развития",
          "other", "ongoing"),
        E("2022-08", "Planned meeting of Akylbek Japarov with Russian PM Mishustin on the sidelines of the Cholpon-Ata council",
          "планируется встреча Председателя Кабинета Министров с Председателем Правительства Российской Федерации Михаилом Мишустиным",
          "meeting", "planned", date_note="Within the council of 25–26 August 2022."),
        E("2022-08-25", "Eurasian Intergovernmental Council in Cholpon-Ata (25–26 August)",
          "25–26 августа в Чолпон-Ате пройдет заседание Евразийского межправительственного совета",
          "meeting", "planned", bilateral=False),
    ],
))

# ---------------------------------------------------------------- 11
ARTICLES.append(dict(
    file="11_izvestia_ru_2023_meat_exports.txt",
    source="https://iz.ru/1572384/denis-guliaev/baranina-s-gor",
    lang="ru",
    header_line_date="2023-09-14",
    header_date="14 сентября 2023",
    date="2023-09-14", date_partial=None, date_source="header",
    date_note="Izvestia line '14 сентября 2023, 00:01'.",
    body="""Экономика
14 сентября 2023, 00:01

Баранина с гор: Киргизия нарастила поставки мяса в Россию
Почему киргизское мясо дешевеет на московских рынках

Денис Гуляев

Поставки мяса из Киргизии в Россию за январь—июль 2023 года выросли в 1,8 раза, до 6,4 тыс. т, следует из данных Россельхознадзора, с которыми ознакомились «Известия». Основная часть приходится на баранину и говядину. Сейчас право экспортировать мясо в РФ имеют 23 киргизских предприятия, еще девять прошли аудит российской службы в августе.

«Киргизская сторона провела большую работу по приведению предприятий в соответствие с требованиями ЕАЭС», — сообщили «Известиям» в пресс-службе Россельхознадзора. При этом глава службы Сергей Данкверт неоднократно указывал на риски заноса ящура из соседних с Киргизией стран и требовал усилить вакцинацию скота.

Рост поставок заметен и в рознице. Средняя оптовая цена киргизской баранины на московских рынках в августе составила 620 руб. за 1 кг против 700 руб. годом ранее.

Тема доступа киргизской животноводческой продукции на российский рынок обсуждалась в июне на полях Петербургского международного экономического форума, где министр сельского хозяйства России Дмитрий Патрушев встретился с председателем кабмина Киргизии Акылбеком Жапаровым. По итогам встречи Минсельхоз РФ пообещал ускорить аттестацию киргизских боен.

По данным Нацстаткома Киргизии, товарооборот двух стран в 2022 году достиг 3,3 млрд долларов, а за первое полугодие 2023 года составил 1,6 млрд долларов. ФТС России приводит другие цифры — 3,1 млрд долларов за 2022 год.

Для сравнения, Казахстан за январь—июль поставил в Россию около 27 тыс. т мяса.

В ноябре в Бишкеке Россельхознадзор и Госветфитоинспекция Киргизии планируют подписать план совместных мероприятий по профилактике ящура. Кроме того, в начале 2024 года должно вступить в силу решение Совета ЕЭК, уточняющее единые ветеринарные требования к мясу и мясной продукции.

Фото: ИЗВЕСТИЯ/Павел Волков
""",
    people=[
        P("Сергей Данкверт", "Сергей Данкверт", "руководитель Россельхознадзора", ["Сергей Данкверт"]),
        P("Дмитрий Патрушев", "Дмитрий Патрушев", "министр сельского хозяйства РФ", ["Дмитрий Патрушев"]),
        P("Акылбек Жапаров", "Акылбеком Жапаровым", "председатель кабинета министров КР", ["Акылбеком Жапаровым"]),
    ],
    other_names=["Денис Гуляев", "Павел Волков"],
    figures=[
        F("kg_meat_exports_to_russia_growth_multiple", 1.8, "2023-7M", "actual",
          "Поставки мяса из Киргизии в Россию за январь—июль 2023 года выросли в 1,8 раза",
          period_text="за январь—июль 2023 года"),
        F("kg_meat_exports_to_russia_tonnes", 6400, "2023-7M", "actual", "выросли в 1,8 раза, до 6,4 тыс. т"),
        F("certified_meat_enterprises_count", 23, None, "actual",
          "право экспортировать мясо в РФ имеют 23 киргизских предприятия"),
        F("lamb_wholesale_price_rub_per_kg", 620, None, "actual",
          "Средняя оптовая цена киргизской баранины на московских рынках в августе составила 620 руб. за 1 кг",
          period_text="в августе", note="August 2023 price; 700 rub a year earlier."),
        F("trade_turnover", 3300000000, "2022", "actual",
          "товарооборот двух стран в 2022 году достиг 3,3 млрд долларов", note="Kyrgyz statistics."),
        F("trade_turnover", 1600000000, "2023-H1", "actual",
          "за первое полугодие 2023 года составил 1,6 млрд долларов"),
        F("trade_turnover", 3100000000, "2022", "actual", "ФТС России приводит другие цифры — 3,1 млрд долларов за 2022 год",
          note="Russian customs figure; disagrees with the Kyrgyz 3.3 bn."),
        F("kz_meat_exports_to_russia_tonnes", 27000, "2023-7M", "actual",
          "Казахстан за январь—июль поставил в Россию около 27 тыс. т мяса", qualifier="about", note="Third country."),
    ],
    events=[
        E("2023-08", "Rosselkhoznadzor audit of nine more Kyrgyz meat enterprises in August",
          "еще девять прошли аудит российской службы в августе", "other", "past"),
        E("2023-06", "Patrushev–Akylbek Japarov meeting on the sidelines of SPIEF",
          "министр сельского хозяйства России Дмитрий Патрушев встретился с председателем кабмина Киргизии Акылбеком Жапаровым",
          "meeting", "past"),
        E("2023-06", "St Petersburg International Economic Forum",
          "на полях Петербургского международного экономического форума", "forum", "past", bilateral=False),
        E("2023-11", "Planned signing in Bishkek of a joint foot-and-mouth prevention plan (Rosselkhoznadzor and Kyrgyz inspectorate)",
          "В ноябре в Бишкеке Россельхознадзор и Госветфитоинспекция Киргизии планируют подписать план совместных мероприятий по профилактике ящура",
          "agreement", "planned"),
        E("2024", "EEC Council decision on uniform veterinary requirements for meat to enter into force",
          "в начале 2024 года должно вступить в силу решение Совета ЕЭК", "other", "planned", bilateral=False),
    ],
))

# ---------------------------------------------------------------- 12
ARTICLES.append(dict(
    file="12_akipress_en_2024_japarov_dankvert.txt",
    source="https://akipress.com/news:791245:Akylbek_Japarov_receives_Rosselkhoznadzor_head_Dankvert/",
    lang="en",
    header_line_date="2024-03-12",
    header_date="12-03-2024",
    date="2024-03-12", date_partial=None, date_source="header",
    date_note="AKIpress line '12-03-2024 16:20' and 'on March 12'. 'on Monday' = 2024-03-11.",
    body="""AKIpress News Agency
12-03-2024 16:20

Akylbek Japarov, Sergey Dankvert discuss access of Kyrgyz produce to Russian market

BISHKEK (AKIpress) - Chairman of the Cabinet of Ministers Akylbek Japarov received head of Russia's Federal Service for Veterinary and Phytosanitary Surveillance (Rosselkhoznadzor) Sergey Dankvert on March 12.

Dankvert arrived in Bishkek on Monday to take part in a meeting of the heads of veterinary services of the Eurasian Economic Union member states.

Japarov conveyed greetings from President Sadyr Japarov and noted that Russia remains the main market for Kyrgyz agricultural products. In 2023, Kyrgyzstan exported agricultural products worth $148 million to Russia, 26% more than in 2022.

According to the Cabinet press service, the parties discussed the inclusion of Kyrgyz enterprises in the Rosselkhoznadzor register, the accreditation of Kyrgyz laboratories and the fight against foot-and-mouth disease. As of March 1, 186 Kyrgyz enterprises are entitled to export products under veterinary control to Russia.

Following the meeting, the parties signed a memorandum on cooperation in laboratory diagnostics. Under the document, the Federal Centre for Animal Health (ARRIAH) will train 30 Kyrgyz specialists this year and help the republican veterinary laboratory obtain international accreditation.

"We are interested in the Kyrgyz side building a transparent system of control. Then there will be no questions about the origin of the products," Dankvert said.

Trade turnover between Kyrgyzstan and Russia exceeded $3.4 billion in 2023, according to the National Statistical Committee. Japarov noted that the heads of state had set the task of reaching $5 billion.

The Russian delegation will visit the Osh and Jalal-Abad regions on March 13-14 to inspect meat processing plants and dairy farms.

Photo: gov.kg
""",
    people=[
        P("Акылбек Жапаров", "Akylbek Japarov", "председатель Кабинета министров КР", ["Akylbek Japarov", "Japarov"],
          note="'Japarov' alone refers to Akylbek (the host), not to President Sadyr Japarov."),
        P("Сергей Данкверт", "Sergey Dankvert", "руководитель Россельхознадзора", ["Sergey Dankvert", "Dankvert"]),
        P("Садыр Жапаров", "Sadyr Japarov", "президент КР", ["Sadyr Japarov"]),
    ],
    other_names=[],
    figures=[
        F("kg_agri_exports_to_russia_usd", 148000000, "2023", "actual",
          "In 2023, Kyrgyzstan exported agricultural products worth $148 million to Russia"),
        F("kg_agri_exports_to_russia_growth_pct", 26, "2023", "actual", "26% more than in 2022"),
        F("registered_enterprises_count", 186, None, "actual",
          "As of March 1, 186 Kyrgyz enterprises are entitled to export products under veterinary control to Russia"),
        F("specialists_trained_count", 30, "2024", "target", "will train 30 Kyrgyz specialists this year"),
        F("trade_turnover", 3400000000, "2023", "actual",
          "Trade turnover between Kyrgyzstan and Russia exceeded $3.4 billion in 2023", qualifier="more than"),
        F("trade_turnover", 5000000000, None, "target", "the heads of state had set the task of reaching $5 billion",
          note="Target; neither deadline nor 'annual' stated."),
    ],
    events=[
        E("2024-03-12", "Akylbek Japarov received Rosselkhoznadzor head Dankvert in Bishkek",
          "Akylbek Japarov received head of Russia's Federal Service for Veterinary and Phytosanitary Surveillance (Rosselkhoznadzor) Sergey Dankvert on March 12",
          "meeting", "past"),
        E("2024-03-11", "Meeting of the heads of veterinary services of EAEU member states in Bishkek",
          "a meeting of the heads of veterinary services of the Eurasian Economic Union member states",
          "meeting", "ongoing", bilateral=False, date_note="Dankvert arrived 'on Monday' (2024-03-11) for it."),
        E("2024-03-12", "Memorandum on cooperation in laboratory diagnostics signed",
          "the parties signed a memorandum on cooperation in laboratory diagnostics", "agreement", "past"),
        E("2024-03-13", "Russian delegation to inspect plants and farms in Osh and Jalal-Abad regions (13–14 March)",
          "The Russian delegation will visit the Osh and Jalal-Abad regions on March 13-14", "visit", "planned"),
    ],
))

# ---------------------------------------------------------------- 13
ARTICLES.append(dict(
    file="13_reuters_en_2025_russia_lifts_curbs.txt",
    source="https://www.reuters.com/markets/commodities/russia-lift-curbs-kyrgyz-tomato-imports-2025-05-21/",
    lang="en",
    header_line_date="2025-05-21",
    header_date="May 21",
    date="2025-05-21", date_partial=None, date_source="header",
    date_note="Dateline 'MOSCOW/BISHKEK, May 21 (Reuters)', 'May 21, 2025 10:14 AM GMT+3'. 'on Wednesday' = 2025-05-21; 'last week' = 12–16 May 2025; 'in December' = 2024-12.",
    body="""Russia to lift curbs on Kyrgyz tomato imports after six-month dispute

By Olga Mirnova and Timur Bekov

May 21, 2025 10:14 AM GMT+3 Updated 2 hours ago

MOSCOW/BISHKEK, May 21 (Reuters) - Russia's agricultural watchdog Rosselkhoznadzor will lift restrictions on imports of tomatoes and peppers from 14 Kyrgyz exporters from June 1, it said on Wednesday, ending a dispute that had left hundreds of trucks stranded at the border.

The curbs were introduced in December after Russian inspectors found tomato brown rugose fruit virus in several shipments. Kyrgyz officials said at the time that the tomatoes had been grown in Kazakhstan and Uzbekistan and only transited Kyrgyzstan.

The decision followed talks between Russian Agriculture Minister Oksana Lut and Kyrgyz Cabinet Chairman Adylbek Kasymaliev in Moscow last week, a source familiar with the talks said. Kasymaliev had also raised the issue with Rosselkhoznadzor head Sergei Dankvert, the source said.

"Kyrgyz colleagues have put in place traceability for every consignment," Dankvert said in a statement. "We will continue to monitor shipments."

Kyrgyzstan shipped about 40,000 tonnes of tomatoes to Russia in 2024, roughly a quarter of its vegetable exports.

Trade between Russia and Kyrgyzstan rose 9% to $3.6 billion in 2024, according to Kyrgyz statistics, while Russian data put it at $3.4 billion. The two governments have set a goal of raising annual trade to $5 billion.

The Central Asian nation of 7 million is heavily dependent on Russia, where hundreds of thousands of its citizens work. Money transfers from Russia fell 8% to $2.1 billion in 2024, central bank data showed.

Bishkek had complained to the Eurasian Economic Commission, the executive body of the Russia-led Eurasian Economic Union, in February, arguing that the restrictions breached the bloc's rules.

Lut and Kasymaliev also discussed the construction of a grain terminal in Kyrgyzstan's Chui region, the source said.

(Reporting by Olga Mirnova in Moscow and Timur Bekov in Bishkek; Editing by Alison Marsh)
""",
    people=[
        P("Оксана Лут", "Oksana Lut", "министр сельского хозяйства РФ", ["Oksana Lut", "Lut"]),
        P("Адылбек Касымалиев", "Adylbek Kasymaliev", "председатель Кабинета министров КР",
          ["Adylbek Kasymaliev", "Kasymaliev"]),
        P("Сергей Данкверт", "Sergei Dankvert", "руководитель Россельхознадзора", ["Sergei Dankvert", "Dankvert"]),
    ],
    other_names=["Olga Mirnova", "Timur Bekov", "Alison Marsh"],
    figures=[
        F("exporters_count", 14, None, "actual", "from 14 Kyrgyz exporters"),
        F("kg_tomato_exports_to_russia_tonnes", 40000, "2024", "actual",
          "Kyrgyzstan shipped about 40,000 tonnes of tomatoes to Russia in 2024", qualifier="about"),
        F("tomato_share_of_kg_vegetable_exports_pct", 25, "2024", "actual", "roughly a quarter of its vegetable exports",
          qualifier="about"),
        F("trade_turnover_growth_pct", 9, "2024", "actual",
          "Trade between Russia and Kyrgyzstan rose 9% to $3.6 billion in 2024", note="Kyrgyz statistics."),
        F("trade_turnover", 3600000000, "2024", "actual", "rose 9% to $3.6 billion in 2024", note="Kyrgyz statistics."),
        F("trade_turnover", 3400000000, "2024", "actual", "Russian data put it at $3.4 billion",
          note="Russian statistics; disagrees with the Kyrgyz 3.6 bn."),
        F("trade_turnover", 5000000000, "annual", "target", "raising annual trade to $5 billion"),
        F("remittances_from_russia_change_pct", -8, "2024", "actual", "Money transfers from Russia fell 8%"),
        F("remittances_from_russia_usd", 2100000000, "2024", "actual", "fell 8% to $2.1 billion in 2024"),
        F("kg_population", 7000000, None, "actual", "The Central Asian nation of 7 million"),
    ],
    events=[
        E("2025-06-01", "Rosselkhoznadzor to lift restrictions on Kyrgyz tomatoes and peppers",
          "will lift restrictions on imports of tomatoes and peppers from 14 Kyrgyz exporters from June 1",
          "other", "planned"),
        E("2024-12", "Russian curbs introduced on Kyrgyz tomatoes and peppers",
          "The curbs were introduced in December", "other", "past"),
        E("2025-05", "Lut–Kasymaliev talks in Moscow (last week)",
          "talks between Russian Agriculture Minister Oksana Lut and Kyrgyz Cabinet Chairman Adylbek Kasymaliev in Moscow last week",
          "meeting", "past", date_note="Week of 12–16 May 2025."),
        E(None, "Kasymaliev raised the issue with Rosselkhoznadzor head Dankvert",
          "Kasymaliev had also raised the issue with Rosselkhoznadzor head Sergei Dankvert", "meeting", "past"),
        E("2025-02", "Kyrgyzstan complained to the Eurasian Economic Commission",
          "Bishkek had complained to the Eurasian Economic Commission", "other", "past", bilateral=False),
    ],
))

# ---------------------------------------------------------------- 14
ARTICLES.append(dict(
    file="14_vestikg_ru_2026_agri_exports_2025.txt",
    source="https://vesti.kg/ekonomika/item/138214-eksport-selkhozproduktsii-v-rossiyu-vyros-na-17-protsentov.html",
    lang="ru",
    header_line_date="2026-02-10",
    header_date="10 февраля 2026",
    date="2026-02-10", date_partial=None, date_source="header",
    date_note="Line 'Вести.kg, 10 февраля 2026, 11:35'. 'в прошлый четверг' = 2026-02-05.",
    body="""Вести.kg, 10 февраля 2026, 11:35
Экономика

Экспорт кыргызской сельхозпродукции в Россию в 2025 году вырос на 17 процентов

Кыргызстан по итогам 2025 года экспортировал в Российскую Федерацию сельскохозяйственной продукции и продуктов питания на сумму 212,6 млн долларов, что на 17 процентов больше, чем годом ранее. Об этом сообщил заместитель председателя Кабинета министров – министр водных ресурсов, сельского хозяйства и перерабатывающей промышленности Бакыт Торобаев на брифинге в Бишкеке.

По его словам, в натуральном выражении в Россию отправлено 231 тыс. тонн продукции. Основными позициями остаются овощи, фрукты, фасоль, молочная продукция и мясо. Для сравнения, экспорт сельхозпродукции в Казахстан составил 160 млн долларов.

Торобаев сообщил, что в прошлый четверг провел видеоконференцию с руководителем Россельхознадзора Сергеем Данквертом. Стороны согласовали график инспекций: в марте российские специалисты посетят 26 кыргызских предприятий, претендующих на включение в реестр экспортеров.

«Российская сторона сняла ограничения с большинства наших производителей. Теперь задача – не допустить новых нарушений и закрепиться на рынке», – подчеркнул вице-премьер.

В целом товарооборот между Кыргызстаном и Россией за январь–ноябрь 2025 года, по данным Национального статистического комитета, составил 3,9 млрд долларов. Председатель Кабинета министров Адылбек Касымалиев ранее ставил задачу довести ежегодный товарооборот до 5 млрд долларов.

Очередное заседание межправительственной комиссии, сопредседателями которой являются первый заместитель председателя Кабмина Данияр Амангельдиев и вице-премьер РФ Алексей Оверчук, запланировано на апрель в Москве.

Автор: Нуржан Абдыкадыров
Фото: пресс-служба Минводсельхоза
""",
    people=[
        P("Бакыт Торобаев", "Бакыт Торобаев", "заместитель председателя Кабинета министров – министр водных ресурсов, сельского хозяйства и перерабатывающей промышленности КР",
          ["Бакыт Торобаев", "Торобаев"]),
        P("Сергей Данкверт", "Сергеем Данквертом", "руководитель Россельхознадзора", ["Сергеем Данквертом"]),
        P("Адылбек Касымалиев", "Адылбек Касымалиев", "председатель Кабинета министров КР", ["Адылбек Касымалиев"]),
        P("Данияр Амангельдиев", "Данияр Амангельдиев", "первый заместитель председателя Кабинета министров КР",
          ["Данияр Амангельдиев"]),
        P("Алексей Оверчук", "Алексей Оверчук", "заместитель председателя правительства РФ", ["Алексей Оверчук"]),
    ],
    other_names=["Нуржан Абдыкадыров"],
    figures=[
        F("kg_agri_exports_to_russia_usd", 212600000, "2025", "actual",
          "по итогам 2025 года экспортировал в Российскую Федерацию сельскохозяйственной продукции и продуктов питания на сумму 212,6 млн долларов"),
        F("kg_agri_exports_to_russia_growth_pct", 17, "2025", "actual", "что на 17 процентов больше, чем годом ранее"),
        F("kg_agri_exports_to_russia_tonnes", 231000, "2025", "actual", "в Россию отправлено 231 тыс. тонн продукции"),
        F("kg_agri_exports_to_kazakhstan_usd", 160000000, "2025", "actual",
          "экспорт сельхозпродукции в Казахстан составил 160 млн долларов", note="Third country."),
        F("enterprises_to_inspect_count", 26, None, "target",
          "в марте российские специалисты посетят 26 кыргызских предприятий",
          period_text="в марте", note="Planned inspections in March 2026."),
        F("trade_turnover", 3900000000, "2025-11M", "actual",
          "товарооборот между Кыргызстаном и Россией за январь–ноябрь 2025 года, по данным Национального статистического комитета, составил 3,9 млрд долларов",
          period_text="за январь–ноябрь 2025 года"),
        F("trade_turnover", 5000000000, "annual", "target", "довести ежегодный товарооборот до 5 млрд долларов"),
    ],
    events=[
        E("2026-02-05", "Torobaev–Dankvert videoconference; inspection schedule agreed",
          "в прошлый четверг провел видеоконференцию с руководителем Россельхознадзора Сергеем Данквертом",
          "meeting", "past"),
        E("2026-03", "Rosselkhoznadzor specialists to inspect 26 Kyrgyz enterprises in March",
          "в марте российские специалисты посетят 26 кыргызских предприятий", "other", "planned"),
        E(None, "Russia lifted restrictions from most Kyrgyz producers (time not stated)",
          "Российская сторона сняла ограничения с большинства наших производителей", "other", "past"),
        E("2026-04", "Next intergovernmental commission session (co-chairs Amangeldiev and Overchuk) planned for April in Moscow",
          "Очередное заседание межправительственной комиссии, сопредседателями которой являются первый заместитель председателя Кабмина Данияр Амангельдиев и вице-премьер РФ Алексей Оверчук, запланировано на апрель в Москве",
          "igc_session", "planned"),
    ],
))
