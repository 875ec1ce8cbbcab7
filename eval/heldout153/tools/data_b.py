from common import P, F, EV

B = []

# ---------------------------------------------------------------- 08
B.append(dict(
file="08_24kg_ru_2023_eek_torgovlya_eaes.txt",
source="https://24.kg/ekonomika/259840_eek_tovarooborot_kyirgyizstana_sostranami_eaes_vyiros/",
lang="ru", header_date="2023-02-17",
text="""source: https://24.kg/ekonomika/259840_eek_tovarooborot_kyirgyizstana_sostranami_eaes_vyiros/
date: 2023-02-17

ЕЭК: товарооборот Кыргызстана со странами ЕАЭС в 2022 году вырос на 19,6 процента

17 февраля 2023, 12:41
Бишкек – 24.kg, Елена Садыкова

Объем взаимной торговли Кыргызстана со странами Евразийского экономического союза в прошлом году составил 4 миллиарда 302,7 миллиона долларов, увеличившись на 19,6 процента. Такие данные приводит Евразийская экономическая комиссия.

Основным партнером республики в союзе остается Россия. Товарооборот с ней, по данным ЕЭК, составил 2 миллиарда 933,1 миллиона долларов (рост на 23,4 процента), с Казахстаном – 1 миллиард 247,9 миллиона долларов. Доля России во взаимной торговле Кыргызстана с партнерами по ЕАЭС достигла 68,2 процента.

Экспорт кыргызских товаров в Россию вырос почти в 1,5 раза – до 826,5 миллиона долларов. Больше всего поставлялось одежды, обуви, молочной продукции и плодоовощной продукции.

Министр по торговле ЕЭК Андрей Слепнев ранее сообщил, что доля национальных валют в расчетах между странами ЕАЭС по итогам года превысила 86 процентов, а на российский рубль приходится около 75 процентов. «Отказ от доллара во взаимных расчетах – уже не вопрос политических деклараций, а повседневная практика», – отметил Андрей Слепнев.

Министр экономики и коммерции Данияр Амангельдиев считает, что потенциал торговли с Россией далеко не исчерпан. По словам Амангельдиева, на прошлой неделе в Москве прошло заседание рабочей группы по торговле межправительственной кыргызско-российской комиссии, где обсуждались поставки сельхозпродукции и упрощение ветеринарного контроля.

Напомним, 2 февраля в Алматы состоялось заседание Евразийского межправительственного совета, на котором главы правительств стран ЕАЭС обсудили развитие расчетов в национальных валютах.

Фото иллюстративное. 24.kg

Ссылка на материал обязательна.
""",
date="2023-02-17", date_partial=None, date_source="header+byline",
date_note="Header and byline '17 февраля 2023, 12:41'. 'в прошлом году' = 2022 (confirmed by the headline). 'на прошлой неделе' = 2023-02-06..12.",
people=[
 P("Андрей Слепнев", "Андрей Слепнев", "министр по торговле ЕЭК", ["Андрей Слепнев"]),
 P("Данияр Амангельдиев", "Данияр Амангельдиев", "министр экономики и коммерции КР", ["Данияр Амангельдиев", "Амангельдиева"]),
],
other_names=["Елена Садыкова"],
figures=[
 F("kg_eaeu_trade_turnover", 4302700000, "2022", "actual", "Объем взаимной торговли Кыргызстана со странами Евразийского экономического союза в прошлом году составил 4 миллиарда 302,7 миллиона долларов"),
 F("kg_eaeu_trade_turnover_growth_pct", 19.6, "2022", "actual", "увеличившись на 19,6 процента"),
 F("trade_turnover", 2933100000, "2022", "actual", "Товарооборот с ней, по данным ЕЭК, составил 2 миллиарда 933,1 миллиона долларов", note="EEC data."),
 F("trade_turnover_growth_pct", 23.4, "2022", "actual", "рост на 23,4 процента"),
 F("kg_kazakhstan_trade_turnover", 1247900000, "2022", "actual", "с Казахстаном – 1 миллиард 247,9 миллиона долларов"),
 F("russia_share_in_kyrgyz_eaeu_trade_pct", 68.2, "2022", "actual", "Доля России во взаимной торговле Кыргызстана с партнерами по ЕАЭС достигла 68,2 процента"),
 F("kyrgyz_exports_to_russia_growth_multiple", 1.5, "2022", "actual", "Экспорт кыргызских товаров в Россию вырос почти в 1,5 раза", qualifier="almost"),
 F("kyrgyz_exports_to_russia", 826500000, "2022", "actual", "до 826,5 миллиона долларов"),
 F("eaeu_national_currency_share_pct", 86, "2022", "actual", "доля национальных валют в расчетах между странами ЕАЭС по итогам года превысила 86 процентов", qualifier="more than"),
 F("ruble_share_in_settlements_pct", 75, "2022", "actual", "на российский рубль приходится около 75 процентов", qualifier="about"),
],
events=[
 EV("2023-02", "Meeting of the trade working group of the Kyrgyz-Russian intergovernmental commission in Moscow", "на прошлой неделе в Москве прошло заседание рабочей группы по торговле межправительственной кыргызско-российской комиссии", "meeting", "past", True, date_note="'на прошлой неделе' relative to 2023-02-17: 6–12 February 2023."),
 EV("2023-02-02", "Eurasian Intergovernmental Council session in Almaty", "2 февраля в Алматы состоялось заседание Евразийского межправительственного совета", "meeting", "past", False),
],
))

# ---------------------------------------------------------------- 09
B.append(dict(
file="09_rg_ru_2024_memorandum_legkaya_promyshlennost.txt",
source="https://rg.ru/2024/07/04/rossiia-i-kirgiziia-podpisali-memorandum-o-kooperacii-v-legkoj-promyshlennosti.html",
lang="ru", header_date="2024-07-04",
text="""source: https://rg.ru/2024/07/04/rossiia-i-kirgiziia-podpisali-memorandum-o-kooperacii-v-legkoj-promyshlennosti.html
date: 2024-07-04

Россия и Киргизия подписали меморандум о кооперации в легкой промышленности

Текст: Ольга Жуковская
04.07.2024 18:20

Министерство промышленности и торговли России и Министерство экономики и коммерции Киргизии подписали в среду в Москве меморандум о взаимопонимании в сфере легкой промышленности. Документ подписали глава Минпромторга Антон Алиханов и министр экономики и коммерции Киргизской Республики Данияр Амангельдиев.

Подписание прошло в рамках заседания рабочей группы по промышленной кооперации, созданной при межправительственной комиссии. Меморандум предусматривает создание совместных швейных производств, поставки российских тканей и фурнитуры и размещение заказов на одежду для российских торговых сетей.

По словам Алиханова, киргизские швейники уже занимают заметную долю на российском рынке одежды. "Мы заинтересованы в том, чтобы эти производства работали на российском сырье и выходили на маркетплейсы", - сказал министр. Объем экспорта киргизской текстильной продукции в Россию в прошлом году превысил 300 млн долларов.

Данные о взаимной торговле у сторон расходятся. По данным ФТС России, товарооборот двух стран в 2023 году составил 3,3 млрд долларов. Киргизская статистика дает другую цифру - 3,6 млрд долларов. За январь - апрель 2024 года взаимная торговля выросла на 8,4%.

"Президенты поставили задачу довести товарооборот до 5 млрд долларов. Кооперация в легкой промышленности - один из самых быстрых способов к этому прийти", - заявил Амангельдиев.

Следующее заседание межправительственной комиссии запланировано на осень в Бишкеке. Напомним, в мае в Москве прошло заседание Высшего Евразийского экономического совета, в котором принял участие президент Киргизии Садыр Жапаров.

Фото: Минпромторг России
""",
date="2024-07-04", date_partial=None, date_source="header+byline",
date_note="Header and byline '04.07.2024 18:20'. 'в среду' = 2024-07-03 (signing, one day before the page date). 'в прошлом году' = 2023.",
people=[
 P("Антон Алиханов", "Антон Алиханов", "министр промышленности и торговли РФ", ["Антон Алиханов", "Алиханова"]),
 P("Данияр Амангельдиев", "Данияр Амангельдиев", "министр экономики и коммерции КР", ["Данияр Амангельдиев", "Амангельдиев"]),
 P("Садыр Жапаров", "Садыр Жапаров", "президент Киргизии", ["Садыр Жапаров"]),
],
other_names=["Ольга Жуковская"],
figures=[
 F("kyrgyz_textile_exports_to_russia", 300000000, "2023", "actual", "Объем экспорта киргизской текстильной продукции в Россию в прошлом году превысил 300 млн долларов", qualifier="more than"),
 F("trade_turnover", 3300000000, "2023", "actual", "По данным ФТС России, товарооборот двух стран в 2023 году составил 3,3 млрд долларов", note="Russian FCS."),
 F("trade_turnover", 3600000000, "2023", "actual", "Киргизская статистика дает другую цифру - 3,6 млрд долларов", note="Kyrgyz statistics; disagrees with the FCS figure."),
 F("trade_turnover_growth_pct", 8.4, "2024-4M", "actual", "За январь - апрель 2024 года взаимная торговля выросла на 8,4%"),
 F("trade_turnover", 5000000000, "annual", "target", "довести товарооборот до 5 млрд долларов"),
],
events=[
 EV("2024-07-03", "Memorandum of understanding on light industry signed by Alikhanov and Amangeldiev in Moscow", "подписали в среду в Москве меморандум о взаимопонимании в сфере легкой промышленности", "agreement", "past", True),
 EV("2024-07-03", "Meeting of the intergovernmental commission's working group on industrial cooperation", "в рамках заседания рабочей группы по промышленной кооперации, созданной при межправительственной комиссии", "meeting", "past", True),
 EV("2024", "Next intergovernmental commission session planned for autumn in Bishkek", "Следующее заседание межправительственной комиссии запланировано на осень в Бишкеке", "igc_session", "planned", True),
 EV("2024-05", "Supreme Eurasian Economic Council in Moscow with Sadyr Japarov", "в мае в Москве прошло заседание Высшего Евразийского экономического совета", "meeting", "past", False),
],
))

# ---------------------------------------------------------------- 10
B.append(dict(
file="10_vestikg_ru_noyear_lukoil_toplivo.txt",
source="https://vesti.kg/ekonomika/item/118204-lukojl-uvelichit-postavki-topliva-v-kyrgyzstan.html",
lang="ru", header_date="unknown",
text="""source: https://vesti.kg/ekonomika/item/118204-lukojl-uvelichit-postavki-topliva-v-kyrgyzstan.html

Экономика

ЛУКОЙЛ увеличит поставки топлива в Кыргызстан

12 октября, 10:45
Автор: Айгуль Мамбетова
Просмотров: 1843

Компания «ЛУКОЙЛ» намерена до конца года увеличить поставки бензина и дизельного топлива на кыргызский рынок. Об этом сообщил на брифинге в Бишкеке генеральный директор ОсОО «ЛУКОЙЛ-Кыргызстан» Игорь Ветров.

По его словам, за январь–сентябрь текущего года компания ввезла в республику около 310 тысяч тонн нефтепродуктов, что на 14 процентов больше, чем за аналогичный период прошлого года. Сеть компании насчитывает 76 автозаправочных станций в Чуйской, Иссык-Кульской и Ошской областях.

«Дефицита топлива осенью не будет. Мы обеспечим стабильные поставки и на период уборочной, и на зиму», – заверил Игорь Ветров. Цена бензина АИ-92 на станциях компании сейчас составляет 58 сомов за литр.

По данным Министерства энергетики, всего за девять месяцев в Кыргызстан импортировано 1 миллион 42 тысячи тонн ГСМ, из них 93 процента – из России. Беспошлинный ввоз осуществляется в рамках индикативного баланса, предусмотренного межправительственным соглашением между Кыргызстаном и Россией о поставках нефтепродуктов.

Накануне в Москве представители министерств энергетики двух стран подписали протокол об индикативном балансе на следующий год. Объем беспошлинных поставок установлен в 1,35 миллиона тонн.

Товарооборот Кыргызстана с Россией за январь–август, по данным Нацстаткома, составил 1 миллиард 614 миллионов долларов.

Фото: Vesti.kg

Поделиться: Facebook | Telegram | WhatsApp
""",
date=None, date_partial="????-10-12", date_source="body_day_month_only",
date_note="Byline '12 октября, 10:45' without a year; no year anywhere on the page (URL, text). 'Накануне' = ????-10-11. Periods 'текущего года', 'за январь–август' have no stated year either.",
people=[],
other_names=["Айгуль Мамбетова", "Игорь Ветров"],
figures=[
 F("lukoil_fuel_imports_tonnes", 310000, None, "actual", "за январь–сентябрь текущего года компания ввезла в республику около 310 тысяч тонн нефтепродуктов", qualifier="about", period_text="за январь–сентябрь текущего года", note="9 months of an unstated year."),
 F("lukoil_fuel_imports_growth_pct", 14, None, "actual", "что на 14 процентов больше, чем за аналогичный период прошлого года"),
 F("lukoil_filling_stations", 76, None, "actual", "Сеть компании насчитывает 76 автозаправочных станций"),
 F("petrol_price_som_per_litre", 58, None, "actual", "Цена бензина АИ-92 на станциях компании сейчас составляет 58 сомов за литр"),
 F("kyrgyz_fuel_imports_tonnes", 1042000, None, "actual", "всего за девять месяцев в Кыргызстан импортировано 1 миллион 42 тысячи тонн ГСМ", period_text="за девять месяцев"),
 F("russia_share_of_fuel_imports_pct", 93, None, "actual", "из них 93 процента – из России"),
 F("indicative_balance_tonnes", 1350000, None, "target", "Объем беспошлинных поставок установлен в 1,35 миллиона тонн", note="Duty-free quota for the following (unstated) year."),
 F("trade_turnover", 1614000000, None, "actual", "Товарооборот Кыргызстана с Россией за январь–август, по данным Нацстаткома, составил 1 миллиард 614 миллионов долларов", period_text="за январь–август", note="Jan–Aug of an unstated year: period cannot be given as YYYY-8M."),
],
events=[
 EV(None, "Protocol on the indicative balance of duty-free petroleum product supplies for the next year signed in Moscow by the two energy ministries", "Накануне в Москве представители министерств энергетики двух стран подписали протокол об индикативном балансе на следующий год", "agreement", "past", True, date_partial="????-10-11", date_note="'Накануне' relative to an undated (no year) page of 12 October."),
],
))

# ---------------------------------------------------------------- 11
B.append(dict(
file="11_kaktus_ru_2025_natstatkom_9_mesyacev.txt",
source="https://kaktus.media/doc/531877_tovarooborot_kyrgyzstana_s_rossiey_za_deviat_mesiacev.html",
lang="ru", header_date="2025-11-14",
text="""source: https://kaktus.media/doc/531877_tovarooborot_kyrgyzstana_s_rossiey_za_deviat_mesiacev.html
date: 2025-11-14

Торговля с Россией за девять месяцев: цифры Нацстаткома

Нурлан Осмонов
14 ноября 2025, 15:20
Просмотров: 3 412

Внешнеторговый оборот Кыргызстана за январь–сентябрь 2025 года составил 13,6 млрд долларов. Об этом свидетельствуют данные Национального статистического комитета.

Крупнейшим торговым партнером республики остается Китай – 6 млрд 318,4 млн долларов. На втором месте Россия: товарооборот с ней составил 2 млрд 704,2 млн долларов, что на 6,1 процента больше, чем за девять месяцев прошлого года. Третье место занимает Казахстан – 1 млрд 187 млн долларов.

Импорт из России составил 2 млрд 212 млн долларов, экспорт в Россию – 492,2 млн долларов. Основные статьи импорта – нефтепродукты, древесина, продукты питания, экспорта – одежда, молочная продукция и золотосодержащие концентраты.

Со странами ЕАЭС в целом Кыргызстан наторговал на 4 млрд 102,5 млн долларов, или 30,2 процента всего оборота.

Российская таможня дает за тот же период более скромную цифру – около 2,4 млрд долларов.

Во вторник на заседании кыргызско-российской межправкомиссии в Бишкеке председатель кабмина Адылбек Касымалиев напомнил о цели выйти на 5 млрд долларов взаимной торговли в год. По словам Касымалиева, стороны также обсудили подготовку к государственному визиту президента России Владимира Путина, который ожидается в конце ноября. Тогда же в Бишкеке пройдет саммит ОДКБ.

Фото: Kaktus.media. Рынок «Дордой» в Бишкеке.

Читайте также: Курс доллара в обменках Бишкека на 14 ноября
""",
date="2025-11-14", date_partial=None, date_source="header+byline",
date_note="Header and byline '14 ноября 2025, 15:20'. 'Во вторник' = 2025-11-11 (the article date is a Friday).",
people=[
 P("Адылбек Касымалиев", "Адылбек Касымалиев", "председатель кабинета министров КР", ["Адылбек Касымалиев", "Касымалиева"]),
 P("Владимир Путин", "Владимира Путина", "президент России", ["Владимира Путина"]),
],
other_names=["Нурлан Осмонов"],
figures=[
 F("kyrgyz_total_foreign_trade", 13600000000, "2025-9M", "actual", "Внешнеторговый оборот Кыргызстана за январь–сентябрь 2025 года составил 13,6 млрд долларов"),
 F("kg_china_trade_turnover", 6318400000, "2025-9M", "actual", "Крупнейшим торговым партнером республики остается Китай – 6 млрд 318,4 млн долларов"),
 F("trade_turnover", 2704200000, "2025-9M", "actual", "товарооборот с ней составил 2 млрд 704,2 млн долларов", note="Kyrgyz National Statistical Committee."),
 F("trade_turnover_growth_pct", 6.1, "2025-9M", "actual", "что на 6,1 процента больше, чем за девять месяцев прошлого года"),
 F("kg_kazakhstan_trade_turnover", 1187000000, "2025-9M", "actual", "Третье место занимает Казахстан – 1 млрд 187 млн долларов"),
 F("kyrgyz_imports_from_russia", 2212000000, "2025-9M", "actual", "Импорт из России составил 2 млрд 212 млн долларов"),
 F("kyrgyz_exports_to_russia", 492200000, "2025-9M", "actual", "экспорт в Россию – 492,2 млн долларов"),
 F("kg_eaeu_trade_turnover", 4102500000, "2025-9M", "actual", "Со странами ЕАЭС в целом Кыргызстан наторговал на 4 млрд 102,5 млн долларов"),
 F("eaeu_share_in_kyrgyz_trade_pct", 30.2, "2025-9M", "actual", "или 30,2 процента всего оборота"),
 F("trade_turnover", 2400000000, "2025-9M", "actual", "Российская таможня дает за тот же период более скромную цифру – около 2,4 млрд долларов", qualifier="about", note="Russian customs; disagrees with Natstatkom."),
 F("trade_turnover", 5000000000, "annual", "target", "напомнил о цели выйти на 5 млрд долларов взаимной торговли в год"),
],
events=[
 EV("2025-11-11", "Session of the Kyrgyz-Russian intergovernmental commission in Bishkek", "Во вторник на заседании кыргызско-российской межправкомиссии в Бишкеке", "igc_session", "past", True),
 EV("2025-11", "State visit of Vladimir Putin to Kyrgyzstan expected at the end of November", "государственному визиту президента России Владимира Путина, который ожидается в конце ноября", "visit", "planned", True),
 EV("2025-11", "CSTO summit in Bishkek", "Тогда же в Бишкеке пройдет саммит ОДКБ", "meeting", "planned", False),
],
))

# ---------------------------------------------------------------- 12
B.append(dict(
file="12_diplomat_en_2024_ruble_secondary_sanctions.txt",
source="https://thediplomat.com/2024/03/kyrgyzstan-the-ruble-and-the-risk-of-secondary-sanctions/",
lang="en", header_date="2024-03-12",
text="""source: https://thediplomat.com/2024/03/kyrgyzstan-the-ruble-and-the-risk-of-secondary-sanctions/
date: 2024-03-12

Kyrgyzstan, the Ruble, and the Risk of Secondary Sanctions

As payments between Bishkek and Moscow shift to national currencies, Kyrgyz banks find themselves in Washington's sights.

By Daniel Hartwell
March 12, 2024

On January 15, the U.S. Treasury's Office of Foreign Assets Control added Keremet Bank, a mid-sized Kyrgyz lender, to its sanctions list, accusing it of helping a sanctioned Russian bank move money. For Bishkek, the designation was a warning shot.

Within the Eurasian Economic Union (EAEU), national currencies now account for roughly 90 percent of payments between member states, according to the Eurasian Economic Commission, with the ruble alone covering about three quarters. For Kyrgyzstan, whose largest trading partner by Bishkek's own count is China but whose economy still runs on Russian fuel and Russian wages, the shift is hard to avoid.

Kyrgyz official statistics put turnover with Russia at $3.6 billion in 2023, an increase of about 15 percent, though Russian customs data show a lower figure. Chinese customs, for their part, reported nearly $20 billion in trade with Kyrgyzstan last year – a number that dwarfs anything Kyrgyz statisticians record at the border.

President Sadyr Japarov has insisted that his country will not become a sanctions-busting hub. "We will not help anyone evade sanctions, but we will not sacrifice trade with our main partner either," Japarov told reporters in February.

The politics point the same way. When Vladimir Putin made a state visit to Bishkek last October, the two leaders spoke of raising annual trade to $5 billion. A working group of the intergovernmental commission on financial settlements met in Moscow last month, and Economy and Commerce Minister Daniyar Amangeldiev said afterwards that almost all payments for Russian fuel are now made in rubles.

The next test comes in May, when EAEU leaders gather in Moscow for the Supreme Eurasian Economic Council.

Daniel Hartwell is a Central Asia analyst based in Berlin.

Image Credit: Depositphotos
""",
date="2024-03-12", date_partial=None, date_source="header+byline",
date_note="Header and byline 'March 12, 2024'. 'last October' = 2023-10 (Putin's state visit); 'last month' = 2024-02; 'last year' = 2023; 'On January 15' = 2024-01-15.",
people=[
 P("Садыр Жапаров", "Sadyr Japarov", "президент КР", ["Sadyr Japarov", "Japarov"]),
 P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin"]),
 P("Данияр Амангельдиев", "Daniyar Amangeldiev", "министр экономики и коммерции КР", ["Daniyar Amangeldiev"]),
],
other_names=["Daniel Hartwell"],
figures=[
 F("eaeu_national_currency_share_pct", 90, None, "actual", "national currencies now account for roughly 90 percent of payments between member states", qualifier="about"),
 F("ruble_share_in_settlements_pct", 75, None, "actual", "with the ruble alone covering about three quarters", qualifier="about", note="EAEU-wide settlements."),
 F("trade_turnover", 3600000000, "2023", "actual", "Kyrgyz official statistics put turnover with Russia at $3.6 billion in 2023"),
 F("trade_turnover_growth_pct", 15, "2023", "actual", "an increase of about 15 percent", qualifier="about"),
 F("china_kyrgyz_trade_turnover_chinese_data", 20000000000, "2023", "actual", "Chinese customs, for their part, reported nearly $20 billion in trade with Kyrgyzstan last year", qualifier="almost"),
 F("trade_turnover", 5000000000, "annual", "target", "the two leaders spoke of raising annual trade to $5 billion"),
],
events=[
 EV("2024-01-15", "OFAC designates Kyrgyz Keremet Bank", "On January 15, the U.S. Treasury's Office of Foreign Assets Control added Keremet Bank, a mid-sized Kyrgyz lender, to its sanctions list", "other", "past", False),
 EV("2023-10", "Putin's state visit to Bishkek", "When Vladimir Putin made a state visit to Bishkek last October", "visit", "past", True),
 EV("2024-02", "Meeting in Moscow of the intergovernmental commission's working group on financial settlements", "A working group of the intergovernmental commission on financial settlements met in Moscow last month", "meeting", "past", True),
 EV("2024-05", "Supreme Eurasian Economic Council in Moscow", "when EAEU leaders gather in Moscow for the Supreme Eurasian Economic Council", "meeting", "planned", False),
],
))

# ---------------------------------------------------------------- 13
B.append(dict(
file="13_ria_ru_2026_overchuk_tovarooborot_2025.txt",
source="https://ria.ru/20260219/kirgiziya-2075531842.html",
lang="ru", header_date="2026-02-19",
text="""source: https://ria.ru/20260219/kirgiziya-2075531842.html
date: 2026-02-19

Оверчук: товарооборот России и Киргизии в 2025 году вырос на 9%

14:27 19.02.2026

Вице-премьер РФ Алексей Оверчук. Архивное фото
© РИА Новости / Павел Литвинов

МОСКВА, 19 фев — РИА Новости. Товарооборот России и Киргизии по итогам 2025 года вырос на 9% и составил около 3,6 миллиарда долларов, сообщил журналистам вице-премьер РФ Алексей Оверчук.

"Мы видим устойчивую динамику. Цель в пять миллиардов долларов, которую поставили президенты, вполне достижима к 2030 году", — сказал Оверчук.

По его словам, доля рубля во взаимных расчетах двух стран превысила 90%, а в торговле нефтепродуктами расчеты почти полностью ведутся в российской валюте.

Вице-премьер отметил, что накануне провел переговоры с киргизской делегацией, в ходе которых стороны договорились в апреле провести в Москве российско-киргизский деловой форум, приуроченный к очередному заседанию межправительственной комиссии.

По данным Росстата, экспорт российских товаров в Киргизию в прошлом году составил 3,1 миллиарда долларов. Для сравнения: товарооборот России с Казахстаном, крупнейшим партнером по ЕАЭС, превышает 27 миллиардов долларов.

Председатель кабинета министров Киргизии Адылбек Касымалиев ранее называл Россию "стратегическим партнером номер один" и заявлял, что республика рассчитывает на рост российских инвестиций в переработку и энергетику.

Читайте также:
Киргизия в 2025 году нарастила экспорт одежды в Россию
""",
date="2026-02-19", date_partial=None, date_source="header+byline",
date_note="Header, URL '20260219' and byline '14:27 19.02.2026'; dateline 'МОСКВА, 19 фев'. 'накануне' = 2026-02-18; 'в прошлом году' = 2025.",
people=[
 P("Алексей Оверчук", "Алексей Оверчук", "заместитель председателя правительства РФ", ["Алексей Оверчук", "Оверчук"]),
 P("Адылбек Касымалиев", "Адылбек Касымалиев", "председатель кабинета министров КР", ["Адылбек Касымалиев"]),
],
other_names=["Павел Литвинов"],
figures=[
 F("trade_turnover_growth_pct", 9, "2025", "actual", "Товарооборот России и Киргизии по итогам 2025 года вырос на 9%"),
 F("trade_turnover", 3600000000, "2025", "actual", "составил около 3,6 миллиарда долларов", qualifier="about"),
 F("trade_turnover", 5000000000, "2030", "target", "Цель в пять миллиардов долларов, которую поставили президенты, вполне достижима к 2030 году", note="Target stated in words; reachable 'к 2030 году'."),
 F("ruble_share_in_settlements_pct", 90, None, "actual", "доля рубля во взаимных расчетах двух стран превысила 90%", qualifier="more than"),
 F("russian_exports_to_kyrgyzstan", 3100000000, "2025", "actual", "экспорт российских товаров в Киргизию в прошлом году составил 3,1 миллиарда долларов"),
 F("ru_kazakhstan_trade_turnover", 27000000000, None, "actual", "товарооборот России с Казахстаном, крупнейшим партнером по ЕАЭС, превышает 27 миллиардов долларов", qualifier="more than"),
],
events=[
 EV("2026-02-18", "Overchuk's talks with a Kyrgyz delegation", "накануне провел переговоры с киргизской делегацией", "meeting", "past", True),
 EV("2026-04", "Russian-Kyrgyz business forum in Moscow, timed to the next intergovernmental commission session", "договорились в апреле провести в Москве российско-киргизский деловой форум", "forum", "planned", True),
 EV("2026-04", "Next session of the intergovernmental commission", "приуроченный к очередному заседанию межправительственной комиссии", "igc_session", "planned", True),
],
))

# ---------------------------------------------------------------- 14
B.append(dict(
file="14_akipress_en_2011_trade_2010_fuel_duties.txt",
source="http://www.akipress.com/en_news.php?id=97115",
lang="en", header_date="2011-04-21",
text="""source: http://www.akipress.com/en_news.php?id=97115
date: 2011-04-21

Kyrgyz-Russian trade grows 16% in 2010 despite fuel export duties

Apr 21, 2011 13:05

BISHKEK (AKIpress) - Trade turnover between Kyrgyzstan and Russia amounted to $1.45 billion in 2010, up 16.3% from 2009, the National Statistics Committee reported.

Imports from Russia totaled $1.19 billion, while Kyrgyz exports to Russia reached $260 million. Russia accounted for about a quarter of Kyrgyzstan's foreign trade, followed by China and Kazakhstan. Trade with Kazakhstan amounted to $713 million.

The growth came despite Russia's decision in April 2010 to impose export duties on petroleum products supplied to Kyrgyzstan, which pushed up petrol prices in the republic by about a third. The duties were one of the main issues raised during Prime Minister Almazbek Atambayev's talks in Moscow earlier this year.

Speaking at a cabinet meeting on Wednesday, Atambayev said the government expects Russia to cancel the duties once Kyrgyzstan joins the Customs Union of Russia, Belarus and Kazakhstan. "Joining the Customs Union is not a choice between East and West. It is a question of whether our people will have cheap fuel and jobs," Atambayev said.

Earlier this month the government decided to begin procedures for Kyrgyzstan's accession to the Customs Union. A joint working group is to draw up a roadmap by the end of the year.

Atambayev is expected to meet Russian Prime Minister Vladimir Putin in May to discuss fuel supplies and the accession process.

Remittances from migrant workers, most of whom work in Russia, reached $1.27 billion in 2010, according to the National Bank.

Related news: Kyrgyzstan's inflation accelerates to 13% in March
""",
date="2011-04-21", date_partial=None, date_source="header+byline",
date_note="Header and byline 'Apr 21, 2011 13:05'. 'on Wednesday' = 2011-04-20 (cabinet meeting, internal); 'earlier this year' = 2011 (talks in Moscow); 'Earlier this month' = 2011-04; 'in May' = 2011-05.",
people=[
 P("Алмазбек Атамбаев", "Almazbek Atambayev", "премьер-министр КР", ["Almazbek Atambayev", "Atambayev"]),
 P("Владимир Путин", "Vladimir Putin", "председатель правительства РФ", ["Vladimir Putin"]),
],
other_names=[],
figures=[
 F("trade_turnover", 1450000000, "2010", "actual", "Trade turnover between Kyrgyzstan and Russia amounted to $1.45 billion in 2010"),
 F("trade_turnover_growth_pct", 16.3, "2010", "actual", "up 16.3% from 2009"),
 F("kyrgyz_imports_from_russia", 1190000000, "2010", "actual", "Imports from Russia totaled $1.19 billion"),
 F("kyrgyz_exports_to_russia", 260000000, "2010", "actual", "Kyrgyz exports to Russia reached $260 million"),
 F("russia_share_in_kyrgyz_trade_pct", 25, "2010", "actual", "Russia accounted for about a quarter of Kyrgyzstan's foreign trade", qualifier="about"),
 F("kg_kazakhstan_trade_turnover", 713000000, "2010", "actual", "Trade with Kazakhstan amounted to $713 million"),
 F("petrol_price_increase_pct", 33, "2010", "actual", "pushed up petrol prices in the republic by about a third", qualifier="about"),
 F("remittances_total", 1270000000, "2010", "actual", "Remittances from migrant workers, most of whom work in Russia, reached $1.27 billion in 2010"),
],
events=[
 EV("2010-04", "Russia imposes export duties on petroleum products supplied to Kyrgyzstan", "Russia's decision in April 2010 to impose export duties on petroleum products supplied to Kyrgyzstan", "other", "past", True),
 EV("2011", "Atambayev's talks in Moscow earlier in the year", "Prime Minister Almazbek Atambayev's talks in Moscow earlier this year", "meeting", "past", True),
 EV("2011-04", "Kyrgyz government decision to begin accession to the Customs Union", "Earlier this month the government decided to begin procedures for Kyrgyzstan's accession to the Customs Union", "other", "past", False),
 EV("2011", "Joint working group to draw up an accession roadmap by the end of the year", "A joint working group is to draw up a roadmap by the end of the year", "other", "planned", False),
 EV("2011-05", "Expected Atambayev–Putin meeting", "Atambayev is expected to meet Russian Prime Minister Vladimir Putin in May", "meeting", "planned", True),
],
))
