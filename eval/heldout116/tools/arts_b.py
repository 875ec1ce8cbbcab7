from common import P, F, E

ARTS = []

# ---------------------------------------------------------------- 08
ARTS.append(dict(
file="08_economist_ru_2021_trade_h1.txt",
source="https://economist.kg/novosti/2021/08/16/tovarooborot-kyrgyzstana-s-rossiej-vyros-na-tret/",
lang="ru", header_lines=[],
header_date="unknown", date="2021-08-16", date_partial=None, date_source="url",
date_note="Date only in the URL; body gives the period 'первое полугодие 2021 года'.",
body="""Товарооборот Кыргызстана с Россией вырос на треть. Что везем и что покупаем

Товарооборот Кыргызстана с Россией в первом полугодии 2021 года составил $1,07 млрд, что на 33,6 процента больше, чем за аналогичный период прошлого года. Об этом свидетельствуют данные Национального статистического комитета.

Экспорт в Россию составил $189,4 млн, импорт из России – $880,6 млн. Доля России во внешнеторговом обороте республики достигла 28,4 процента.

Основу российского импорта по-прежнему составляют нефтепродукты, металлы, древесина и продукты питания. Кыргызстан поставляет в Россию в основном одежду, овощи, фрукты и молочную продукцию.

Общий внешнеторговый оборот Кыргызстана за полугодие составил $3,8 млрд. Товарооборот со странами ЕАЭС достиг $1,6 млрд, в том числе с Казахстаном – $487 млн.

Экономист Кубат Рахимов считает, что рост во многом объясняется низкой базой прошлого года, когда торговля упала из-за пандемии и закрытия границ. «Цифры хорошие, но надо смотреть на структуру: мы по-прежнему продаем сырье и покупаем готовую продукцию», – говорит он.

Напомним, во время первого зарубежного визита в Москву 24 февраля президент Садыр Жапаров и Владимир Путин договорились восстановить докризисные объемы торговли. Тогда же Россия пообещала выделить Кыргызстану гуманитарную помощь и вакцину «Спутник V».

Параллельно с ростом импорта продолжают расти цены на топливо: на заправках Бишкека литр бензина АИ-92 подорожал до 50 сомов.

Фото: Economist.kg

Материалы по теме:
12.08.2021 Нацбанк сохранил учетную ставку на уровне 6,5%
10.08.2021 Цены на муку в Бишкеке выросли на 8%""",
people=[
 P("Садыр Жапаров", "Садыр Жапаров", "президент Кыргызстана", ["Садыр Жапаров"]),
 P("Владимир Путин", "Владимир Путин", "президент России", ["Владимир Путин"]),
],
other_names=["Кубат Рахимов"],
figures=[
 F("trade_turnover", 1070000000, "2021-H1", "actual", "Товарооборот Кыргызстана с Россией в первом полугодии 2021 года составил $1,07 млрд", period_text="в первом полугодии 2021 года"),
 F("trade_turnover_growth_pct", 33.6, "2021-H1", "actual", "что на 33,6 процента больше, чем за аналогичный период прошлого года"),
 F("exports_to_russia_usd", 189400000, "2021-H1", "actual", "Экспорт в Россию составил $189,4 млн"),
 F("imports_from_russia_usd", 880600000, "2021-H1", "actual", "импорт из России – $880,6 млн"),
 F("russia_share_of_kg_trade_pct", 28.4, "2021-H1", "actual", "Доля России во внешнеторговом обороте республики достигла 28,4 процента"),
 F("kg_total_foreign_trade_usd", 3800000000, "2021-H1", "actual", "Общий внешнеторговый оборот Кыргызстана за полугодие составил $3,8 млрд", note="Distractor."),
 F("kg_eaeu_trade_usd", 1600000000, "2021-H1", "actual", "Товарооборот со странами ЕАЭС достиг $1,6 млрд", note="Distractor."),
 F("kg_kazakhstan_trade_usd", 487000000, "2021-H1", "actual", "в том числе с Казахстаном – $487 млн", note="Distractor."),
],
events=[
 E("2021-02-24", "Japarov's first foreign visit, to Moscow; talks with Putin", "во время первого зарубежного визита в Москву 24 февраля президент Садыр Жапаров и Владимир Путин договорились восстановить докризисные объемы торговли", "visit", "past", True, date_note="No year next to the date; 2021 from article context."),
],
))

# ---------------------------------------------------------------- 09
ARTS.append(dict(
file="09_akipress_ru_noyear_gas_prices.txt",
source="https://akipress.org/news:1812904",
lang="ru", header_lines=[],
header_date="12 октября, 10:40", date=None, date_partial="????-10-12", date_source="header",
date_note="Header shows day and month only; no year anywhere on the page. The officials named (Sadyr Japarov as president) only bound it to 2021 or later — do not invent a year.",
body="""Цены на газ для населения не изменятся до конца отопительного сезона – Жапаров после встречи с Миллером
12 октября, 10:40
Просмотров: 6 033

АКИpress – Тарифы на природный газ для населения Кыргызстана не будут повышаться до конца отопительного сезона. Об этом сообщил президент Садыр Жапаров по итогам встречи с председателем правления ПАО «Газпром» Алексеем Миллером, состоявшейся вчера в Санкт-Петербурге.

Стороны обсудили ход газификации республики и подготовку к зиме. По словам главы государства, «Газпром Кыргызстан» направит в этом году на развитие газотранспортной системы 8,5 млрд сомов.

«Мы договорились, что цена для населения останется прежней – 17,8 сома за кубометр. Для промышленных потребителей возможна корректировка с 1 ноября», – написал Садыр Жапаров в Facebook.

Закупочная цена российского газа для Кыргызстана, по данным компании, составляет $190 за 1000 кубометров, тогда как Узбекистан поставляет газ на юг республики по $240.

Кроме того, стороны обсудили поставки горюче-смазочных материалов. Напомним, в рамках индикативного баланса Россия поставляет Кыргызстану беспошлинно до 1,2 млн тонн нефтепродуктов в год. Бензин марки АИ-92 на заправках Бишкека сейчас стоит 58-60 сомов за литр.

Встреча Жапарова и Миллера стала уже третьей за год. Ранее они встречались в июне на полях Петербургского международного экономического форума.

Фото: пресс-служба президента

Теги: газ, Газпром, тарифы

Подписывайтесь на наш Telegram-канал""",
people=[
 P("Садыр Жапаров", "Садыр Жапаров", "президент Кыргызстана", ["Жапаров", "Садыр Жапаров", "Жапарова"]),
 P("Алексей Миллер", "Алексеем Миллером", "председатель правления ПАО «Газпром»", ["Миллером", "Алексеем Миллером", "Миллера"], note="Head of a state-controlled company rather than a government official; included as the Russian counterpart in the talks."),
],
other_names=[],
figures=[
 F("gas_investment_kgs", 8500000000, None, "target", "направит в этом году на развитие газотранспортной системы 8,5 млрд сомов", period_text="в этом году", note="In som; year unknown. Distractor."),
 F("gas_retail_price_kgs_per_m3", 17.8, None, "actual", "17,8 сома за кубометр", note="Distractor."),
 F("gas_import_price_russia_usd_per_1000m3", 190, None, "actual", "составляет $190 за 1000 кубометров", note="Distractor."),
 F("gas_import_price_uzbekistan_usd_per_1000m3", 240, None, "actual", "Узбекистан поставляет газ на юг республики по $240", note="Distractor."),
 F("duty_free_fuel_supply_tonnes", 1200000, "annual", "target", "до 1,2 млн тонн нефтепродуктов в год", qualifier="up to", note="Indicative balance ceiling; tonnes, not USD."),
],
events=[
 E(None, "Japarov–Miller meeting in St Petersburg", "встречи с председателем правления ПАО «Газпром» Алексеем Миллером, состоявшейся вчера в Санкт-Петербурге", "meeting", "past", True, date_partial="????-10-11", date_note="'вчера' relative to header 12 October; year unknown."),
 E(None, "Possible adjustment of gas prices for industrial consumers", "Для промышленных потребителей возможна корректировка с 1 ноября", "other", "planned", False, date_partial="????-11-01", date_note="Domestic tariff measure; year unknown."),
 E(None, "Earlier Japarov–Miller meeting on the sidelines of SPIEF", "Ранее они встречались в июне на полях Петербургского международного экономического форума", "meeting", "past", True, date_partial="????-06", date_note="June, year unknown."),
],
))

# ---------------------------------------------------------------- 10
ARTS.append(dict(
file="10_24kg_en_2023_kant_20_years.txt",
source="https://24.kg/english/281455_Kant_airbase_marks_20_years/",
lang="en", header_lines=["date: 2023-10-23"],
header_date="23/10/2023 16:21", date="2023-10-23", date_partial=None, date_source="header",
date_note="Header date; body 'today'.",
body="""Russian airbase Kant marks 20 years
23/10/2023 16:21
Society

Bishkek, 24.kg news agency, by Ermek Dzhumabaev - The Russian airbase Kant celebrates its 20th anniversary today. A ceremonial parade was held at the base in Chui region.

The base was officially opened on October 23, 2003 in the presence of Russian President Vladimir Putin and then-President of Kyrgyzstan Askar Akayev. Today, it is part of the united Russian military base in Kyrgyzstan, which also includes a test site on Issyk-Kul Lake, a communications center and a seismic station.

Minister of Defense Baktybek Bekbolotov congratulated the servicemen and noted that the base "plays an important role in ensuring security in Central Asia".

Earlier this month, on October 12, Vladimir Putin paid a state visit to Kyrgyzstan and held talks with President Sadyr Japarov. The next day, Bishkek hosted the CIS summit.

During the talks, Sadyr Japarov said that trade turnover between the two countries had reached a record $3.5 billion in 2022, up 37 percent. Vladimir Putin, in turn, noted that Russia's accumulated investments in the Kyrgyz economy exceeded $1.5 billion.

According to open data, Russia pays about $4.5 million a year for the use of the facilities of the united base.

Kyrgyzstan's trade with China in 2022 exceeded $15 billion according to Chinese customs, while the National Statistical Committee recorded $5.6 billion.

Photo: press service of the Ministry of Defense

Read also:
22/10/2023 Kyrgyzstan and Uzbekistan to open new border checkpoint
21/10/2023 Exchange rates: US dollar gets cheaper""",
people=[
 P("Владимир Путин", "Vladimir Putin", "President of Russia", ["Vladimir Putin"]),
 P("Аскар Акаев", "Askar Akayev", "then-President of Kyrgyzstan (2003)", ["Askar Akayev"]),
 P("Бактыбек Бекболотов", "Baktybek Bekbolotov", "Minister of Defense of Kyrgyzstan", ["Baktybek Bekbolotov"]),
 P("Садыр Жапаров", "Sadyr Japarov", "President of Kyrgyzstan", ["Sadyr Japarov"]),
],
other_names=["Ermek Dzhumabaev"],
figures=[
 F("trade_turnover", 3500000000, "2022", "actual", "trade turnover between the two countries had reached a record $3.5 billion in 2022", qualifier="record"),
 F("trade_turnover_growth_pct", 37, "2022", "actual", "up 37 percent"),
 F("russian_accumulated_investment_usd", 1500000000, None, "actual", "Russia's accumulated investments in the Kyrgyz economy exceeded $1.5 billion", qualifier="more than", note="Investment stock; distractor."),
 F("kant_base_annual_payment_usd", 4500000, "annual", "actual", "Russia pays about $4.5 million a year for the use of the facilities", qualifier="about", note="Distractor."),
 F("kg_china_trade_usd", 15000000000, "2022", "actual", "Kyrgyzstan's trade with China in 2022 exceeded $15 billion", qualifier="more than", note="Distractor; Chinese customs."),
 F("kg_china_trade_usd", 5600000000, "2022", "actual", "the National Statistical Committee recorded $5.6 billion", note="Distractor; Kyrgyz statistics for trade with China."),
],
events=[
 E("2023-10-23", "20th anniversary of the Kant airbase, ceremonial parade", "The Russian airbase Kant celebrates its 20th anniversary today", "anniversary", "ongoing", True),
 E("2003-10-23", "Official opening of the Kant airbase with Putin and Akayev", "The base was officially opened on October 23, 2003 in the presence of Russian President Vladimir Putin", "other", "past", True),
 E("2023-10-12", "Putin's state visit to Kyrgyzstan, talks with Japarov", "on October 12, Vladimir Putin paid a state visit to Kyrgyzstan", "visit", "past", True),
 E("2023-10-13", "CIS summit in Bishkek", "The next day, Bishkek hosted the CIS summit", "other", "past", False, date_note="'The next day' after 12 October; multilateral."),
],
))

# ---------------------------------------------------------------- 11
ARTS.append(dict(
file="11_akipress_en_2024_putin_state_visit.txt",
source="https://akipress.com/news:801277:Putin,_Japarov_sign_nine_documents/",
lang="en", header_lines=["date: 2024-11-26"],
header_date="Posted: 18:05, 26 November 2024", date="2024-11-26", date_partial=None, date_source="header",
date_note="'Posted' line; 'Updated' line is the next day and must not be taken as the date.",
body="""Putin, Japarov sign nine documents during state visit
Posted: 18:05, 26 November 2024
Updated: 09:12, 27 November 2024
Views: 8 415

AKIpress news agency - Russian President Vladimir Putin, who arrived in Bishkek on a state visit on Monday evening, held talks with President Sadyr Japarov on November 26.

After the talks in narrow and expanded formats, the presidents signed a joint statement and witnessed the signing of nine intergovernmental documents, including an agreement on cooperation in building a small nuclear power plant and a memorandum on Russian-language schools.

"Last year our trade grew by a third and reached almost $4 billion," Putin said at the press conference. According to the National Statistical Committee of Kyrgyzstan, however, trade with Russia totaled $3.3 billion in 2023, and $2.6 billion in January-September 2024.

Sadyr Japarov said the two countries aimed to raise trade to $5 billion in the coming years. He also thanked Russia for the duty-free supply of fuel and for grants to the budget. Russia has written off Kyrgyzstan's debts several times, most recently $240 million in 2017.

Chairman of the Cabinet of Ministers Akylbek Japarov and Minister of Foreign Affairs Jeenbek Kulubaev took part in the expanded talks. On the Russian side, Foreign Minister Sergei Lavrov attended.

The two leaders last met in Moscow on May 9, when Sadyr Japarov attended the Victory Day celebrations.

From Bishkek, Putin will travel to Astana on November 27 for a state visit to Kazakhstan, followed by the CSTO summit on November 28. Kyrgyzstan's total public debt stands at $6.3 billion, of which China's Eximbank holds about $1.7 billion.

Photo: kremlin.ru

Tags: Kyrgyzstan, Russia, Putin, state visit

Related news:
25 November 2024 Traffic to be restricted in Bishkek on November 25-26
24 November 2024 Kyrgyzstan, Tajikistan finish border demarcation""",
people=[
 P("Владимир Путин", "Vladimir Putin", "President of Russia", ["Vladimir Putin", "Putin"]),
 P("Садыр Жапаров", "Sadyr Japarov", "President of Kyrgyzstan", ["Japarov", "Sadyr Japarov"], note="The headline 'Putin, Japarov sign…' uses the bare surname for Sadyr Japarov; the bare 'Japarov' is also a substring of 'Akylbek Japarov'."),
 P("Акылбек Жапаров", "Akylbek Japarov", "Chairman of the Cabinet of Ministers of Kyrgyzstan", ["Akylbek Japarov"]),
 P("Жээнбек Кулубаев", "Jeenbek Kulubaev", "Minister of Foreign Affairs of Kyrgyzstan", ["Jeenbek Kulubaev"]),
 P("Сергей Лавров", "Sergei Lavrov", "Minister of Foreign Affairs of Russia", ["Sergei Lavrov"]),
],
other_names=[],
figures=[
 F("trade_turnover_growth_pct", 33, "2023", "actual", "Last year our trade grew by a third", period_text="Last year", note="'by a third' ≈ 33%; Putin's figure."),
 F("trade_turnover", 4000000000, "2023", "actual", "reached almost $4 billion", qualifier="almost", period_text="Last year", note="Russian (Putin's) figure; disagrees with NSC."),
 F("trade_turnover", 3300000000, "2023", "actual", "trade with Russia totaled $3.3 billion in 2023", note="NSC of Kyrgyzstan figure; disagrees with Putin's."),
 F("trade_turnover", 2600000000, "2024-9M", "actual", "$2.6 billion in January-September 2024", period_text="January-September 2024"),
 F("trade_turnover", 5000000000, None, "target", "aimed to raise trade to $5 billion in the coming years", period_text="in the coming years"),
 F("debt_writeoff_usd", 240000000, "2017", "actual", "most recently $240 million in 2017", note="Debt write-off; distractor."),
 F("kg_public_debt_usd", 6300000000, None, "actual", "Kyrgyzstan's total public debt stands at $6.3 billion", note="Distractor."),
 F("kg_debt_to_china_eximbank_usd", 1700000000, None, "actual", "China's Eximbank holds about $1.7 billion", qualifier="about", note="Distractor."),
],
events=[
 E("2024-11-25", "Putin arrives in Bishkek on a state visit", "Russian President Vladimir Putin, who arrived in Bishkek on a state visit on Monday evening", "visit", "past", True, date_note="'Monday' before Tuesday 26 Nov = 25 Nov."),
 E("2024-11-26", "Putin–Japarov talks in narrow and expanded formats", "held talks with President Sadyr Japarov on November 26", "meeting", "past", True),
 E("2024-11-26", "Joint statement and nine intergovernmental documents signed (small NPP, Russian-language schools)", "the presidents signed a joint statement and witnessed the signing of nine intergovernmental documents", "agreement", "past", True),
 E("2017", "Russia writes off $240m of Kyrgyz debt", "most recently $240 million in 2017", "agreement", "past", True),
 E("2024-05-09", "Japarov–Putin meeting in Moscow at Victory Day celebrations", "The two leaders last met in Moscow on May 9, when Sadyr Japarov attended the Victory Day celebrations", "meeting", "past", True),
 E("2024-11-27", "Putin's state visit to Kazakhstan", "Putin will travel to Astana on November 27 for a state visit to Kazakhstan", "visit", "planned", False, date_note="Russia–Kazakhstan; not Kyrgyz-Russian."),
 E("2024-11-28", "CSTO summit", "followed by the CSTO summit on November 28", "other", "planned", False, date_note="Multilateral."),
],
))

# ---------------------------------------------------------------- 12
ARTS.append(dict(
file="12_akipress_en_2025_kasymaliev_mishustin_call.txt",
source="https://akipress.com/news:815640/",
lang="en", header_lines=[],
header_date="unknown", date="2025-02-14", date_partial=None, date_source="body",
date_note="No header on the excerpt; body says the call took place 'on Friday, February 14, 2025'. Article date taken as the day of the call (same-day report, 'today' for the press service).",
body="""Kasymaliev, Mishustin discuss fuel supplies and migrants by phone

AKIpress news agency - Chairman of the Cabinet of Ministers Adylbek Kasymaliev held a telephone conversation with Russian Prime Minister Mikhail Mishustin on Friday, February 14, 2025, the Cabinet press service said today.

The heads of government discussed the implementation of agreements reached during the state visit of Vladimir Putin to Kyrgyzstan last November, the supply of petroleum products under the indicative balance and the situation of Kyrgyz labor migrants in Russia.

Kasymaliev thanked Mishustin for the decision to keep duty-free supplies of 1.1 million tonnes of petroleum products for 2025. He also asked the Russian side to take into account the EAEU treaty provisions when applying new migration rules to citizens of Kyrgyzstan.

According to preliminary data, trade turnover between Kyrgyzstan and Russia in 2024 amounted to $3.1 billion, down 7% from a year earlier. The share of Russia in Kyrgyzstan's foreign trade fell to 18%.

Mishustin invited Kasymaliev to attend the meeting of the Eurasian Intergovernmental Council. The sides also agreed to hold the next session of the Kyrgyz-Russian intergovernmental commission in Bishkek in the first half of the year.

Kasymaliev was appointed Chairman of the Cabinet on December 16, 2024, replacing Akylbek Japarov. This was his first conversation with Mishustin in that capacity.

Earlier in February, Kasymaliev held talks with Kazakh Prime Minister Olzhas Bektenov in Astana, where the sides agreed to bring bilateral trade to $3 billion.

Photo: press service of the Cabinet

Related news:
13 February 2025 Kyrgyzstan raises minimum wage
12 February 2025 Gazprom Kyrgyzstan to invest 12 bln soms in 2025""",
people=[
 P("Адылбек Касымалиев", "Adylbek Kasymaliev", "Chairman of the Cabinet of Ministers of Kyrgyzstan", ["Adylbek Kasymaliev", "Kasymaliev"]),
 P("Михаил Мишустин", "Mikhail Mishustin", "Prime Minister of Russia", ["Mikhail Mishustin", "Mishustin"]),
 P("Владимир Путин", "Vladimir Putin", "President of Russia", ["Vladimir Putin"]),
 P("Акылбек Жапаров", "Akylbek Japarov", "former Chairman of the Cabinet", ["Akylbek Japarov"]),
 P("Олжас Бектенов", "Olzhas Bektenov", "Prime Minister of Kazakhstan", ["Olzhas Bektenov"]),
],
other_names=[],
figures=[
 F("duty_free_fuel_supply_tonnes", 1100000, "2025", "target", "duty-free supplies of 1.1 million tonnes of petroleum products for 2025", note="Tonnes; distractor."),
 F("trade_turnover", 3100000000, "2024", "actual", "trade turnover between Kyrgyzstan and Russia in 2024 amounted to $3.1 billion", note="Preliminary data."),
 F("trade_turnover_growth_pct", -7, "2024", "actual", "down 7% from a year earlier"),
 F("russia_share_of_kg_trade_pct", 18, "2024", "actual", "The share of Russia in Kyrgyzstan's foreign trade fell to 18%"),
 F("kg_kazakhstan_trade_usd", 3000000000, None, "target", "agreed to bring bilateral trade to $3 billion", note="Kyrgyz–Kazakh target; distractor."),
],
events=[
 E("2025-02-14", "Kasymaliev–Mishustin phone call", "Adylbek Kasymaliev held a telephone conversation with Russian Prime Minister Mikhail Mishustin on Friday, February 14, 2025", "other", "past", True, date_note="Phone call."),
 E("2024-11", "Putin's state visit to Kyrgyzstan", "the state visit of Vladimir Putin to Kyrgyzstan last November", "visit", "past", True, date_note="'last November' = November 2024."),
 E(None, "Eurasian Intergovernmental Council meeting (invitation)", "Mishustin invited Kasymaliev to attend the meeting of the Eurasian Intergovernmental Council", "other", "planned", False, date_note="No date; multilateral."),
 E("2025", "Next Kyrgyz-Russian intergovernmental commission session in Bishkek", "hold the next session of the Kyrgyz-Russian intergovernmental commission in Bishkek in the first half of the year", "igc_session", "planned", True, date_note="First half of 2025; no month given."),
 E("2024-12-16", "Kasymaliev appointed Chairman of the Cabinet", "Kasymaliev was appointed Chairman of the Cabinet on December 16, 2024", "other", "past", False, date_note="Domestic."),
 E("2025-02", "Kasymaliev–Bektenov talks in Astana", "Kasymaliev held talks with Kazakh Prime Minister Olzhas Bektenov in Astana", "meeting", "past", False, date_note="Kyrgyz–Kazakh, not Kyrgyz–Russian."),
],
))

# ---------------------------------------------------------------- 13
ARTS.append(dict(
file="13_azattyk_ru_2010_interim_gov_aid.txt",
source="https://rus.azattyk.org/a/2015118.html",
lang="ru", header_lines=[],
header_date="unknown", date="2010-04-16", date_partial=None, date_source="inferred_year",
date_note="Body: 'Сегодня, 16 апреля'. No header date; the year 2010 comes from the body ('бюджета на 2010 год') and the events (ouster of Bakiyev on 7 April).",
body="""Москва выделит временному правительству $50 млн

Бурул Усенова

Сегодня, 16 апреля, первый заместитель главы временного правительства Алмазбек Атамбаев сообщил, что Россия предоставит Кыргызстану финансовую помощь в размере $50 млн, из которых $20 млн – безвозмездный грант, а $30 млн – льготный кредит.

По словам Атамбаева, эта договоренность была достигнута в среду в Москве на его встрече с первым вице-премьером России Игорем Шуваловым. «Россия первой протянула нам руку помощи. Деньги пойдут на выплату пенсий и зарплат бюджетникам», – сказал он журналистам.

Напомним, уже 8 апреля, на следующий день после свержения режима Курманбека Бакиева, председатель правительства России Владимир Путин провел телефонный разговор с главой временного правительства Розой Отунбаевой.

Заместитель главы временного правительства Темир Сариев заявил, что дефицит бюджета на 2010 год может превысить 12 млрд сомов. Помимо России, о готовности помочь заявили США и Казахстан, однако конкретных сумм пока не названо.

Отдельной темой переговоров стали экспортные пошлины на нефтепродукты, которые Россия ввела с 1 апреля. Из-за этого бензин марки АИ-92 в Бишкеке подорожал до 36 сомов за литр, а дизельное топливо – до 34 сомов. Атамбаев выразил надежду, что вопрос об отмене пошлин будет решен «в ближайшие недели».

В ближайшие дни самолеты МЧС России доставят в Бишкек гуманитарный груз – медикаменты и продукты питания.

© Радио Азаттык

Новости по теме:
Отунбаева: выборы президента пройдут через полгода
Бакиев находится на юге страны""",
people=[
 P("Алмазбек Атамбаев", "Алмазбек Атамбаев", "первый заместитель главы временного правительства Кыргызстана", ["Алмазбек Атамбаев", "Атамбаева", "Атамбаев"]),
 P("Игорь Шувалов", "Игорем Шуваловым", "первый вице-премьер России", ["Игорем Шуваловым"]),
 P("Курманбек Бакиев", "Курманбека Бакиева", "свергнутый президент Кыргызстана", ["Курманбека Бакиева", "Бакиев"]),
 P("Владимир Путин", "Владимир Путин", "председатель правительства России", ["Владимир Путин"]),
 P("Роза Отунбаева", "Розой Отунбаевой", "глава временного правительства Кыргызстана", ["Розой Отунбаевой", "Отунбаева"]),
 P("Темир Сариев", "Темир Сариев", "заместитель главы временного правительства", ["Темир Сариев"]),
],
other_names=["Бурул Усенова"],
figures=[
 F("russian_aid_total_usd", 50000000, None, "actual", "Россия предоставит Кыргызстану финансовую помощь в размере $50 млн", note="Aid, NOT turnover."),
 F("russian_grant_usd", 20000000, None, "actual", "$20 млн – безвозмездный грант"),
 F("russian_loan_usd", 30000000, None, "actual", "$30 млн – льготный кредит"),
 F("kg_budget_deficit_kgs", 12000000000, "2010", "forecast", "дефицит бюджета на 2010 год может превысить 12 млрд сомов", qualifier="more than", note="Som; distractor."),
 F("petrol_price_kgs_per_litre", 36, None, "actual", "подорожал до 36 сомов за литр", note="Distractor."),
 F("diesel_price_kgs_per_litre", 34, None, "actual", "дизельное топливо – до 34 сомов", note="Distractor."),
],
events=[
 E("2010-04-14", "Atambayev–Shuvalov meeting in Moscow; $50m aid agreed", "эта договоренность была достигнута в среду в Москве на его встрече с первым вице-премьером России Игорем Шуваловым", "meeting", "past", True, date_note="'в среду' before Friday 16 April 2010."),
 E("2010-04-08", "Putin–Otunbayeva phone call", "8 апреля, на следующий день после свержения режима Курманбека Бакиева, председатель правительства России Владимир Путин провел телефонный разговор с главой временного правительства Розой Отунбаевой", "other", "past", True, date_note="Phone call."),
 E("2010-04-07", "Ouster of the Bakiyev regime", "на следующий день после свержения режима Курманбека Бакиева", "other", "past", False, date_note="Domestic; date derived from 'на следующий день' before 8 April."),
 E("2010-04-01", "Russia introduces export duties on petroleum products", "экспортные пошлины на нефтепродукты, которые Россия ввела с 1 апреля", "other", "past", True),
 E(None, "Russian EMERCOM planes to deliver humanitarian aid", "В ближайшие дни самолеты МЧС России доставят в Бишкек гуманитарный груз", "other", "planned", True, date_note="'В ближайшие дни'; no date."),
],
))

# ---------------------------------------------------------------- 14
ARTS.append(dict(
file="14_24kg_en_2026_trade_2025_stats.txt",
source="https://24.kg/english/354120_Trade_between_Kyrgyzstan_and_Russia_2025/",
lang="en", header_lines=["date: 2026-02-17"],
header_date="17/02/2026 11:36", date="2026-02-17", date_partial=None, date_source="header",
date_note="Header date.",
body="""Trade between Kyrgyzstan and Russia: National Statistical Committee publishes 2025 figures
17/02/2026 11:36
Economy

Bishkek, 24.kg news agency, by Aidana Karimova - Trade turnover between Kyrgyzstan and Russia amounted to $3.38 billion in 2025, which is 9.2 percent more than in 2024, the National Statistical Committee reported.

Exports to Russia grew to $612 million, while imports from Russia amounted to $2.77 billion. Russia remains Kyrgyzstan's second largest trading partner after China, with a share of 19.6 percent.

The Federal Customs Service of Russia gives a different figure: according to it, bilateral trade reached $3.9 billion last year.

Kyrgyzstan's total foreign trade turnover in 2025 reached $17.3 billion. Trade with China amounted to $9.1 billion, and with Kazakhstan – $1.6 billion.

President Sadyr Japarov and Russian President Vladimir Putin discussed the trade figures on December 22 in Saint Petersburg, on the sidelines of the informal CIS summit. According to the presidential press service, the leaders agreed to bring trade to $5 billion by 2030.

The next meeting of the Kyrgyz-Russian intergovernmental commission is scheduled for April in Moscow. The sides will also prepare events for the 35th anniversary of diplomatic relations, which will be celebrated in 2027.

Economist Azamat Toktorov told 24.kg that growth was mainly driven by re-exports of cars and electronics. "Without this, the figures would look much more modest," he noted.

Photo: 24.kg

Subscribe to our Telegram channel

Read also:
16/02/2026 National Bank keeps key rate at 9.25 percent
15/02/2026 Kyrgyzstan's inflation in January at 0.9 percent""",
people=[
 P("Садыр Жапаров", "Sadyr Japarov", "President of Kyrgyzstan", ["Sadyr Japarov"]),
 P("Владимир Путин", "Vladimir Putin", "President of Russia", ["Vladimir Putin"]),
],
other_names=["Aidana Karimova", "Azamat Toktorov"],
figures=[
 F("trade_turnover", 3380000000, "2025", "actual", "Trade turnover between Kyrgyzstan and Russia amounted to $3.38 billion in 2025", note="NSC of Kyrgyzstan."),
 F("trade_turnover_growth_pct", 9.2, "2025", "actual", "which is 9.2 percent more than in 2024"),
 F("exports_to_russia_usd", 612000000, "2025", "actual", "Exports to Russia grew to $612 million"),
 F("imports_from_russia_usd", 2770000000, "2025", "actual", "imports from Russia amounted to $2.77 billion"),
 F("russia_share_of_kg_trade_pct", 19.6, "2025", "actual", "with a share of 19.6 percent"),
 F("trade_turnover", 3900000000, "2025", "actual", "bilateral trade reached $3.9 billion last year", period_text="last year", note="Russian customs figure; disagrees with NSC."),
 F("kg_total_foreign_trade_usd", 17300000000, "2025", "actual", "Kyrgyzstan's total foreign trade turnover in 2025 reached $17.3 billion", note="Distractor."),
 F("kg_china_trade_usd", 9100000000, "2025", "actual", "Trade with China amounted to $9.1 billion", note="Distractor."),
 F("kg_kazakhstan_trade_usd", 1600000000, "2025", "actual", "with Kazakhstan – $1.6 billion", note="Distractor."),
 F("trade_turnover", 5000000000, "2030", "target", "agreed to bring trade to $5 billion by 2030", period_text="by 2030"),
],
events=[
 E("2025-12-22", "Japarov–Putin talks in Saint Petersburg", "President Sadyr Japarov and Russian President Vladimir Putin discussed the trade figures on December 22 in Saint Petersburg", "meeting", "past", True, date_note="No year next to the date; December before a February 2026 article = 2025."),
 E("2025-12-22", "Informal CIS summit in Saint Petersburg", "on the sidelines of the informal CIS summit", "other", "past", False, date_note="Multilateral."),
 E("2026-04", "Next IGC session in Moscow", "The next meeting of the Kyrgyz-Russian intergovernmental commission is scheduled for April in Moscow", "igc_session", "planned", True),
 E("2027", "35th anniversary of diplomatic relations", "the 35th anniversary of diplomatic relations, which will be celebrated in 2027", "anniversary", "planned", True),
],
))
