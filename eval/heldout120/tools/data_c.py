# Articles 11-14 of heldout120: text and hand annotation.
A = []

# ---------------------------------------------------------------- 11 Kursiv 2022
A.append(dict(
file="11_kursiv_ru_2022_central_asia_trade_with_russia.txt",
source="https://kz.kursiv.media/2022-02-16/torgovlya-stran-centralnoj-azii-s-rossiej-v-2021-godu/",
header={},
lang="ru",
text="""Торговля стран Центральной Азии с Россией: кто нарастил больше всех в 2021 году

Ерлан Абдраимов

16.02.2022 09:00

Россия по итогам 2021 года осталась одним из двух крупнейших торговых партнеров для всех стран Центральной Азии. «Курсив» сравнил, как изменилась торговля каждой из них с РФ после провального 2020-го.

Казахстан

Безусловный лидер региона. По данным Бюро национальной статистики, товарооборот Казахстана и России в 2021 году составил $24,1 млрд, увеличившись на 27%. Экспорт вырос до $6,5 млрд, импорт – до $17,6 млрд. Доля России во внешней торговле Казахстана – около 24%.

Узбекистан

Товарооборот Узбекистана с Россией, по данным Госкомстата республики, достиг $7,5 млрд (+31%). Россия уступила первое место Китаю с минимальным отрывом.

Кыргызстан

Наибольший относительный прирост показал Кыргызстан. Товарооборот республики с Россией в 2021 году, по данным Нацстаткома КР, составил $2,3 млрд, что на 36% больше, чем годом ранее. На Россию приходится около 27% всей внешней торговли страны, которая в прошлом году составила $8,5 млрд.

«Мы восстановили докризисные объемы и ставим задачу в ближайшие годы выйти на $3 млрд в год», – заявил «Курсиву» министр экономики и коммерции Кыргызстана Данияр Амангельдиев. По его словам, очередное заседание Кыргызско-Российской межправительственной комиссии планируется провести в апреле в Бишкеке.

Отметим, что в феврале 2021 года президенты Садыр Жапаров и Владимир Путин провели переговоры в Москве, где договорились о расширении поставок кыргызской сельхозпродукции на российский рынок.

Таджикистан

Товарооборот Таджикистана и России вырос на 12% и достиг примерно $1,4 млрд. Основу таджикского экспорта по-прежнему составляют алюминий и хлопок.

Что дальше

По мнению экономиста Тимура Сарсенбаева, в 2022 году торговля стран региона с Россией продолжит расти, если не произойдет резкого ослабления рубля. «Главный риск – внешнеполитический: любые новые санкции против России моментально ударят по логистике всего региона», – говорит он.

Президент Казахстана Касым-Жомарт Токаев ранее заявлял, что Казахстан заинтересован в увеличении доли обработанной продукции в экспорте в Россию.

Фото: shutterstock
""",
gold=dict(
header_date="16.02.2022 09:00", date="2022-02-16", date_partial=None, date_source="byline",
date_note="byline date; URL agrees",
people=[
 dict(name_ru_nominative="Данияр Амангельдиев", name_in_text="Данияр Амангельдиев", role="Minister of Economy and Commerce of Kyrgyzstan",
      forms_in_text=["Данияр Амангельдиев"]),
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="Садыр Жапаров", role="President of Kyrgyzstan",
      forms_in_text=["Садыр Жапаров"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимир Путин", role="President of Russia",
      forms_in_text=["Владимир Путин"]),
 dict(name_ru_nominative="Касым-Жомарт Токаев", name_in_text="Касым-Жомарт Токаев", role="President of Kazakhstan",
      forms_in_text=["Касым-Жомарт Токаев"]),
],
other_names=["Ерлан Абдраимов", "Тимура Сарсенбаева"],
figures=[
 dict(metric="kz_ru_trade_turnover_usd", value=24.1e9, period="2021", kind="actual",
      quote="товарооборот Казахстана и России в 2021 году составил $24,1 млрд", note="distractor: Kazakhstan–Russia"),
 dict(metric="kz_ru_trade_turnover_growth_pct", value=27, period="2021", kind="actual",
      quote="увеличившись на 27%", note="distractor"),
 dict(metric="kz_exports_to_ru_usd", value=6.5e9, period="2021", kind="actual",
      quote="Экспорт вырос до $6,5 млрд", note="distractor"),
 dict(metric="kz_imports_from_ru_usd", value=17.6e9, period="2021", kind="actual",
      quote="импорт – до $17,6 млрд", note="distractor"),
 dict(metric="ru_share_of_kz_foreign_trade_pct", value=24, period="2021", kind="actual", qualifier="about",
      quote="Доля России во внешней торговле Казахстана – около 24%", note="distractor"),
 dict(metric="uz_ru_trade_turnover_usd", value=7.5e9, period="2021", kind="actual",
      quote="Товарооборот Узбекистана с Россией, по данным Госкомстата республики, достиг $7,5 млрд", note="distractor: Uzbekistan–Russia; year from the section context"),
 dict(metric="uz_ru_trade_turnover_growth_pct", value=31, period="2021", kind="actual",
      quote="достиг $7,5 млрд (+31%)", note="distractor"),
 dict(metric="trade_turnover", value=2.3e9, period="2021", kind="actual",
      quote="Товарооборот республики с Россией в 2021 году, по данным Нацстаткома КР, составил $2,3 млрд", period_text="в 2021 году"),
 dict(metric="trade_turnover_growth_pct", value=36, period="2021", kind="actual",
      quote="что на 36% больше, чем годом ранее"),
 dict(metric="ru_share_of_kg_foreign_trade_pct", value=27, period="2021", kind="actual", qualifier="about",
      quote="На Россию приходится около 27% всей внешней торговли страны"),
 dict(metric="kg_total_foreign_trade_usd", value=8.5e9, period="2021", kind="actual",
      quote="которая в прошлом году составила $8,5 млрд", period_text="в прошлом году", note="'в прошлом году' = 2021; distractor: total, not with Russia"),
 dict(metric="trade_turnover", value=3e9, period="annual", kind="target",
      quote="ставим задачу в ближайшие годы выйти на $3 млрд в год", note="target, no year fixed"),
 dict(metric="tj_ru_trade_turnover_growth_pct", value=12, period="2021", kind="actual",
      quote="Товарооборот Таджикистана и России вырос на 12%", note="distractor: Tajikistan–Russia"),
 dict(metric="tj_ru_trade_turnover_usd", value=1.4e9, period="2021", kind="actual", qualifier="about",
      quote="достиг примерно $1,4 млрд", note="distractor: Tajikistan–Russia"),
],
events=[
 dict(date="2022-04", what="Next session of the Kyrgyz-Russian intergovernmental commission in Bishkek", type="igc_session", status="planned", bilateral=True,
      quote="очередное заседание Кыргызско-Российской межправительственной комиссии планируется провести в апреле в Бишкеке",
      date_note="'в апреле' after February 2022"),
 dict(date="2021-02", what="Japarov–Putin talks in Moscow (agricultural exports)", type="meeting", status="past", bilateral=True,
      quote="в феврале 2021 года президенты Садыр Жапаров и Владимир Путин провели переговоры в Москве"),
],
)))

# ---------------------------------------------------------------- 12 Gazeta.uz 2023
A.append(dict(
file="12_gazetauz_ru_2023_central_asia_week.txt",
source="https://www.gazeta.uz/ru/2023/10/14/central-asia-week/",
header={},
lang="ru",
text="""Центральная Азия за неделю: Путин в Бишкеке, саммит СНГ, переговоры о границе

14 октября 2023, 10:20   Политика

Gazeta.uz подводит итоги недели в странах региона.

Кыргызстан

В четверг президент России Владимир Путин прибыл в Бишкек с государственным визитом. Это его первая зарубежная поездка после того, как в марте Международный уголовный суд выдал ордер на его арест. Путин провел переговоры с Садыром Жапаровым, стороны подписали пакет документов, в том числе соглашение о строительстве в Кыргызстане школ с обучением на русском языке.

В тот же день президенты посетили российскую авиабазу Кант, где прошли торжества по случаю 20-летия ее открытия.

По словам Садыра Жапарова, товарооборот между Кыргызстаном и Россией в 2022 году превысил $3,7 млрд, а за январь-август этого года составил $2,4 млрд.

Накануне, в среду, председатель Кабинета министров Акылбек Жапаров встретился с вице-премьером правительства России Алексеем Оверчуком. Они обсудили поставки российских нефтепродуктов и работу Российско-Кыргызского фонда развития.

Узбекистан

В пятницу Шавкат Мирзиёев принял участие в саммите СНГ в Бишкеке. На полях саммита президент Узбекистана провел встречу с Садыром Жапаровым: стороны договорились довести взаимный товарооборот до $5 млрд. По итогам 2022 года торговля Узбекистана и Кыргызстана составила $1,2 млрд.

Казахстан

Касым-Жомарт Токаев также принял участие в саммите СНГ. Кремль подтвердил, что в начале ноября Путин посетит Казахстан с официальным визитом.

Таджикистан

Эмомали Рахмон выступил на саммите СНГ с предложением усилить охрану внешних границ Содружества. В среду в Баткене продолжились переговоры правительственных делегаций Кыргызстана и Таджикистана по делимитации границы.

Туркменистан

Президент Сердар Бердымухамедов, также побывавший в Бишкеке, в понедельник провел заседание Кабинета министров, на котором было объявлено, что рост ВВП страны за девять месяцев составил 6,3%.

Фото: пресс-служба президента Кыргызстана
""",
gold=dict(
header_date="14 октября 2023, 10:20", date="2023-10-14", date_partial=None, date_source="byline",
date_note="timestamp under the title; URL agrees. Weekdays resolve against it: четверг = 12 Oct, среда = 11 Oct, пятница = 13 Oct, понедельник = 9 Oct 2023",
people=[
 dict(name_ru_nominative="Владимир Путин", name_in_text="Путин", role="President of Russia",
      forms_in_text=["Путин", "Владимир Путин"]),
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="Садыром Жапаровым", role="President of Kyrgyzstan",
      forms_in_text=["Садыром Жапаровым", "Садыра Жапарова"]),
 dict(name_ru_nominative="Акылбек Жапаров", name_in_text="Акылбек Жапаров", role="Chairman of the Cabinet of Ministers of Kyrgyzstan",
      forms_in_text=["Акылбек Жапаров"], note="same surname as the president: a different person"),
 dict(name_ru_nominative="Алексей Оверчук", name_in_text="Алексеем Оверчуком", role="Deputy Prime Minister of Russia",
      forms_in_text=["Алексеем Оверчуком"]),
 dict(name_ru_nominative="Шавкат Мирзиёев", name_in_text="Шавкат Мирзиёев", role="President of Uzbekistan",
      forms_in_text=["Шавкат Мирзиёев"]),
 dict(name_ru_nominative="Касым-Жомарт Токаев", name_in_text="Касым-Жомарт Токаев", role="President of Kazakhstan",
      forms_in_text=["Касым-Жомарт Токаев"]),
 dict(name_ru_nominative="Эмомали Рахмон", name_in_text="Эмомали Рахмон", role="President of Tajikistan",
      forms_in_text=["Эмомали Рахмон"]),
 dict(name_ru_nominative="Сердар Бердымухамедов", name_in_text="Сердар Бердымухамедов", role="President of Turkmenistan",
      forms_in_text=["Сердар Бердымухамедов"]),
],
other_names=[],
figures=[
 dict(metric="trade_turnover", value=3.7e9, period="2022", kind="actual", qualifier="more than",
      quote="товарооборот между Кыргызстаном и Россией в 2022 году превысил $3,7 млрд", period_text="в 2022 году"),
 dict(metric="trade_turnover", value=2.4e9, period="2023-8M", kind="actual",
      quote="за январь-август этого года составил $2,4 млрд", period_text="за январь-август этого года"),
 dict(metric="uz_kg_trade_target_usd", value=5e9, period=None, kind="target",
      quote="стороны договорились довести взаимный товарооборот до $5 млрд", note="distractor: Uzbekistan–Kyrgyzstan"),
 dict(metric="uz_kg_trade_turnover_usd", value=1.2e9, period="2022", kind="actual",
      quote="По итогам 2022 года торговля Узбекистана и Кыргызстана составила $1,2 млрд", note="distractor: Uzbekistan–Kyrgyzstan"),
 dict(metric="tm_gdp_growth_pct", value=6.3, period="2023-9M", kind="actual",
      quote="рост ВВП страны за девять месяцев составил 6,3%", period_text="за девять месяцев", note="distractor: Turkmenistan GDP; year from the article date"),
],
events=[
 dict(date="2023-10-12", what="Putin's state visit to Bishkek; talks with Sadyr Japarov", type="visit", status="past", bilateral=True,
      quote="В четверг президент России Владимир Путин прибыл в Бишкек с государственным визитом"),
 dict(date="2023-03", what="ICC issues arrest warrant for Putin", type="other", status="past", bilateral=False,
      quote="в марте Международный уголовный суд выдал ордер на его арест"),
 dict(date="2023-10-12", what="Package of documents signed, incl. agreement on Russian-language schools", type="agreement", status="past", bilateral=True,
      quote="стороны подписали пакет документов, в том числе соглашение о строительстве в Кыргызстане школ с обучением на русском языке"),
 dict(date="2023-10-12", what="20th anniversary of the Kant air base; presidents visit the base", type="anniversary", status="past", bilateral=True,
      quote="посетили российскую авиабазу Кант, где прошли торжества по случаю 20-летия ее открытия"),
 dict(date="2023-10-11", what="Akylbek Japarov–Overchuk meeting (oil products, development fund)", type="meeting", status="past", bilateral=True,
      quote="Накануне, в среду, председатель Кабинета министров Акылбек Жапаров встретился с вице-премьером правительства России Алексеем Оверчуком"),
 dict(date="2023-10-13", what="CIS summit in Bishkek", type="meeting", status="past", bilateral=False,
      quote="В пятницу Шавкат Мирзиёев принял участие в саммите СНГ в Бишкеке"),
 dict(date="2023-10-13", what="Mirziyoyev–Sadyr Japarov meeting (Uzbekistan–Kyrgyzstan)", type="meeting", status="past", bilateral=False,
      quote="На полях саммита президент Узбекистана провел встречу с Садыром Жапаровым"),
 dict(date="2023-11", what="Putin's official visit to Kazakhstan", type="visit", status="planned", bilateral=False,
      quote="в начале ноября Путин посетит Казахстан с официальным визитом"),
 dict(date="2023-10-11", what="Kyrgyz–Tajik border delimitation talks in Batken", type="other", status="ongoing", bilateral=False,
      quote="В среду в Баткене продолжились переговоры правительственных делегаций Кыргызстана и Таджикистана по делимитации границы"),
 dict(date="2023-10-09", what="Cabinet of Ministers meeting in Turkmenistan (domestic)", type="other", status="past", bilateral=False,
      quote="в понедельник провел заседание Кабинета министров", date_note="'в понедельник' = 9 Oct 2023"),
],
)))

# ---------------------------------------------------------------- 13 Kun.uz EN 2024
A.append(dict(
file="13_kunuz_en_2024_migrants_routes.txt",
source="https://kun.uz/en/news/2024/04/11/kyrgyzstan-urges-citizens-to-refrain-from-travel-to-russia",
header={},
lang="en",
text="""Kyrgyzstan urges citizens to refrain from travel to Russia. What does it mean for Uzbek migrants?

Kyrgyzstan's Foreign Ministry has advised its citizens to temporarily refrain from traveling to Russia, citing tougher checks at Russian border crossings and airports after the Crocus City Hall attack of March 22.

Yesterday, Kyrgyz Foreign Minister Jeenbek Kulubaev held a phone conversation with his Russian counterpart Sergey Lavrov. According to the Kyrgyz Foreign Ministry, the ministers discussed "the situation of Kyrgyz citizens at checkpoints" and agreed to set up a joint working group. Kulubaev also said Bishkek expected the issue to be raised at the intergovernmental commission meeting in May.

Unlike Uzbek nationals, citizens of Kyrgyzstan, a member of the Eurasian Economic Union, do not need a work patent in Russia. Nevertheless, hundreds of Kyrgyz migrants reported being held for hours at Moscow airports in recent weeks.

For Uzbek migrants, the main route to Russia still runs through Kazakhstan: by train from Tashkent to Samara and Moscow or by bus via Shymkent and Aktobe to Orenburg. Kazakhstan's border service said the flow of transit passengers toward Russia rose by 15% in the first quarter.

On Monday, Uzbekistan's Foreign Minister Bakhtiyor Saidov also discussed the rights of labor migrants with Sergey Lavrov by phone.

According to the Central Bank of Uzbekistan, remittances to the country reached $11.2 billion in 2023, with about 80% coming from Russia. Kyrgyzstan received $2.5 billion in remittances last year, the National Bank of the Kyrgyz Republic reported.

Economic ties between Bishkek and Moscow remain strong: Kyrgyz-Russian trade totaled $3.1 billion in 2023, according to the Kyrgyz statistics committee.

Photo: Kun.uz

Related: Russia tightens rules for foreign workers from May
""",
gold=dict(
header_date="unknown", date="2024-04-11", date_partial=None, date_source="url",
date_note="date only in the URL (/2024/04/11/); the captured page has no timestamp. 'Yesterday' = 10 April; 'On Monday' = 8 April 2024",
people=[
 dict(name_ru_nominative="Жээнбек Кулубаев", name_in_text="Jeenbek Kulubaev", role="Minister of Foreign Affairs of Kyrgyzstan",
      forms_in_text=["Jeenbek Kulubaev", "Kulubaev"]),
 dict(name_ru_nominative="Сергей Лавров", name_in_text="Sergey Lavrov", role="Minister of Foreign Affairs of Russia",
      forms_in_text=["Sergey Lavrov"]),
 dict(name_ru_nominative="Бахтиёр Саидов", name_in_text="Bakhtiyor Saidov", role="Minister of Foreign Affairs of Uzbekistan",
      forms_in_text=["Bakhtiyor Saidov"]),
],
other_names=[],
figures=[
 dict(metric="kz_transit_passengers_to_ru_growth_pct", value=15, period="2024-Q1", kind="actual",
      quote="the flow of transit passengers toward Russia rose by 15% in the first quarter", period_text="in the first quarter",
      note="distractor: transit passengers via Kazakhstan"),
 dict(metric="uz_remittances_usd", value=11.2e9, period="2023", kind="actual",
      quote="remittances to the country reached $11.2 billion in 2023", note="distractor: remittances to Uzbekistan"),
 dict(metric="uz_remittances_from_ru_share_pct", value=80, period="2023", kind="actual", qualifier="about",
      quote="with about 80% coming from Russia", note="distractor"),
 dict(metric="kg_remittances_usd", value=2.5e9, period="2023", kind="actual",
      quote="Kyrgyzstan received $2.5 billion in remittances last year", period_text="last year", note="distractor: remittances, not trade"),
 dict(metric="trade_turnover", value=3.1e9, period="2023", kind="actual",
      quote="Kyrgyz-Russian trade totaled $3.1 billion in 2023", period_text="in 2023"),
],
events=[
 dict(date="2024-04", what="Kyrgyz MFA advises citizens to refrain from travel to Russia", type="other", status="past", bilateral=True,
      quote="Kyrgyzstan's Foreign Ministry has advised its citizens to temporarily refrain from traveling to Russia",
      date_note="exact day not stated (on or before 11 April 2024)"),
 dict(date="2024-03-22", what="Crocus City Hall attack", type="other", status="past", bilateral=False,
      quote="after the Crocus City Hall attack of March 22"),
 dict(date="2024-04-10", what="Kulubaev–Lavrov phone call; joint working group agreed", type="other", status="past", bilateral=True,
      quote="Yesterday, Kyrgyz Foreign Minister Jeenbek Kulubaev held a phone conversation with his Russian counterpart Sergey Lavrov"),
 dict(date="2024-05", what="Kyrgyz–Russian intergovernmental commission meeting", type="igc_session", status="planned", bilateral=True,
      quote="the intergovernmental commission meeting in May"),
 dict(date="2024-04-08", what="Saidov–Lavrov phone call on migrants (Uzbekistan–Russia)", type="other", status="past", bilateral=False,
      quote="On Monday, Uzbekistan's Foreign Minister Bakhtiyor Saidov also discussed the rights of labor migrants with Sergey Lavrov by phone"),
],
)))

# ---------------------------------------------------------------- 14 Vlast.kz 2026
A.append(dict(
file="14_vlast_ru_2026_transit_through_kazakhstan.txt",
source="https://vlast.kz/jekonomika/61204-tranzit-kyrgyzstan-rossia.html",
header={},
lang="ru",
text="""Через Казахстан – в Россию: как изменился кыргызский транзит

Асель Ергалиева

15.01.2026

Почти весь автомобильный экспорт Кыргызстана в Россию идет через территорию Казахстана. В прошлом году этот поток вырос, а вместе с ним – очереди на границе и вопросы к контролю за грузами.

По данным Комитета государственных доходов Минфина РК, в 2025 году через казахстанско-кыргызскую границу в направлении России прошло около 410 тысяч грузовиков, на 12% больше, чем годом ранее. Основная нагрузка пришлась на пункты пропуска «Кордай» и «Карасу».

С 1 января в Казахстане обязательным стало использование электронных навигационных пломб для транзитных грузов из третьих стран. Министр торговли и интеграции Казахстана Арман Шаккалиев на брифинге в Астане на прошлой неделе заявил, что система «не должна создавать очередей, но должна исключить серые схемы». В Бишкеке новые правила встретили настороженно: председатель Кабинета министров Адылбек Касымалиев поручил профильным ведомствам провести консультации с казахстанской стороной.

Для Бишкека вопрос транзита стал одной из тем переговоров Садыра Жапарова и Владимира Путина во время государственного визита российского президента в Кыргызстан в конце ноября. Тогда стороны подписали межправительственное соглашение о развитии транспортно-логистических центров на границе ЕАЭС.

По данным Нацстаткома КР, товарооборот Кыргызстана и России за январь-ноябрь 2025 года составил $3,4 млрд. Для сравнения: товарооборот Казахстана с Россией за тот же период превысил $25 млрд, а торговля Казахстана и Кыргызстана – $1,7 млрд.

Очередное заседание Межправительственной кыргызско-российской комиссии по торгово-экономическому сотрудничеству запланировано на март в Москве. С российской стороны комиссию возглавляет вице-премьер Алексей Оверчук.

Транспортный аналитик Ержан Сатыбалдин считает, что Казахстану выгодно сохранить транзит: «Каждый кыргызский грузовик – это сборы, топливо и сервис на трассе».

Фото: Vlast.kz
""",
gold=dict(
header_date="15.01.2026", date="2026-01-15", date_partial=None, date_source="byline",
date_note="byline date; 'в прошлом году' = 2025; 'С 1 января' = 1 Jan 2026; 'в конце ноября' = Nov 2025; 'на март' = March 2026",
people=[
 dict(name_ru_nominative="Арман Шаккалиев", name_in_text="Арман Шаккалиев", role="Minister of Trade and Integration of Kazakhstan",
      forms_in_text=["Арман Шаккалиев"]),
 dict(name_ru_nominative="Адылбек Касымалиев", name_in_text="Адылбек Касымалиев", role="Chairman of the Cabinet of Ministers of Kyrgyzstan",
      forms_in_text=["Адылбек Касымалиев"]),
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="Садыра Жапарова", role="President of Kyrgyzstan",
      forms_in_text=["Садыра Жапарова"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимира Путина", role="President of Russia",
      forms_in_text=["Владимира Путина"]),
 dict(name_ru_nominative="Алексей Оверчук", name_in_text="Алексей Оверчук", role="Deputy Prime Minister of Russia",
      forms_in_text=["Алексей Оверчук"]),
],
other_names=["Асель Ергалиева", "Ержан Сатыбалдин"],
figures=[
 dict(metric="kg_ru_trucks_via_kz", value=410000, period="2025", kind="actual", qualifier="about",
      quote="в 2025 году через казахстанско-кыргызскую границу в направлении России прошло около 410 тысяч грузовиков",
      note="distractor: transit volume (trucks)"),
 dict(metric="kg_ru_trucks_via_kz_growth_pct", value=12, period="2025", kind="actual",
      quote="на 12% больше, чем годом ранее", note="distractor"),
 dict(metric="trade_turnover", value=3.4e9, period="2025-11M", kind="actual",
      quote="товарооборот Кыргызстана и России за январь-ноябрь 2025 года составил $3,4 млрд", period_text="за январь-ноябрь 2025 года"),
 dict(metric="kz_ru_trade_turnover_usd", value=25e9, period="2025-11M", kind="actual", qualifier="more than",
      quote="товарооборот Казахстана с Россией за тот же период превысил $25 млрд", note="distractor: Kazakhstan–Russia"),
 dict(metric="kz_kg_trade_turnover_usd", value=1.7e9, period="2025-11M", kind="actual",
      quote="торговля Казахстана и Кыргызстана – $1,7 млрд", note="distractor: Kazakhstan–Kyrgyzstan"),
],
events=[
 dict(date="2026-01-01", what="Electronic navigation seals become mandatory for transit cargo in Kazakhstan", type="other", status="ongoing", bilateral=False,
      quote="С 1 января в Казахстане обязательным стало использование электронных навигационных пломб"),
 dict(date=None, what="Shakkaliev's briefing in Astana", type="other", status="past", bilateral=False,
      quote="на брифинге в Астане на прошлой неделе", date_note="'на прошлой неделе': week of 5–11 Jan 2026, no day"),
 dict(date="2025-11", what="Putin's state visit to Kyrgyzstan; talks with Japarov", type="visit", status="past", bilateral=True,
      quote="во время государственного визита российского президента в Кыргызстан в конце ноября", date_note="'в конце ноября' = late November 2025"),
 dict(date="2025-11", what="Intergovernmental agreement on transport and logistics centres signed", type="agreement", status="past", bilateral=True,
      quote="стороны подписали межправительственное соглашение о развитии транспортно-логистических центров на границе ЕАЭС"),
 dict(date="2026-03", what="Next session of the Kyrgyz-Russian intergovernmental commission in Moscow", type="igc_session", status="planned", bilateral=True,
      quote="Очередное заседание Межправительственной кыргызско-российской комиссии по торгово-экономическому сотрудничеству запланировано на март в Москве"),
],
)))
