# Articles 11-14 of heldout137.
A = []

A.append(dict(
file="11_izvestia_ru_2023_strahovanie_migrantov.txt",
source="https://iz.ru/1561273/anna-ustinova/polis-dlia-priezzhikh",
lang="ru",
header="2023-08-21",
body="""Полис для приезжих: мигрантам из ЕАЭС предложат медстраховку

Минтруд и Минздрав готовят общие правила для трудящихся из стран союза

Анна Устинова
21 августа 2023, 00:01

Трудящиеся-мигранты из стран Евразийского экономического союза могут получить доступ к обязательному медицинскому страхованию в России. Проект соответствующего соглашения внутри ЕАЭС обсуждается межведомственной рабочей группой, рассказали "Известиям" в Минтруде.

Поручение проработать вопрос дала вице-премьер Татьяна Голикова. Министр труда Антон Котяков на совещании в прошлый вторник сообщил, что окончательный вариант документа может быть внесен на рассмотрение Евразийского межправсовета до конца года. В Минздраве, который возглавляет Михаил Мурашко, уточнили, что речь идет о "базовой программе ОМС без высокотехнологичной помощи".

Сегодня граждане Киргизии, Казахстана, Армении и Белоруссии, работающие в России, могут рассчитывать лишь на экстренную помощь и на полис ДМС, который оформляет работодатель. Пенсионные права таких работников уже защищены: соглашение о пенсионном обеспечении трудящихся ЕАЭС действует с 1 января 2021 года.

Для Киргизии тема особенно чувствительна. Как сообщала начальник Главного управления по вопросам миграции МВД Валентина Казакова, в первом полугодии на миграционный учет в России были поставлены 289 тыс. граждан республики. Председатель кабмина Киргизии Акылбек Жапаров в июньском интервью "Известиям" называл медстраховку мигрантов "вопросом номер один" на переговорах с Москвой.

Экономисты обращают внимание и на деньги. По оценке ЦБ, за первый квартал 2023 года трансграничные переводы физлиц из России в Киргизию сократились почти на 40% год к году после рекордного 2022-го. Товарооборот России и Киргизии в первом полугодии, по данным российской стороны, вырос на 7% и составил 1,6 млрд долларов. Для сравнения: торговля России с Узбекистаном за тот же период превысила 4,5 млрд долларов.

В комитете "Гражданское содействие" считают, что полис решит лишь часть проблем. "Без нормальной регистрации, которую мигрант может получить без посредников, страховка останется на бумаге", - сказали "Известиям" в организации.

Фото: Известия/Константин Ландо
""",
gold=dict(
 header_date="2023-08-21", date="2023-08-21", date_partial=None, date_source="header+byline",
 date_note="Header date and byline '21 августа 2023, 00:01'. 'в прошлый вторник' = 2023-08-15 (domestic meeting, not an event of the pair).",
 people=[
  dict(name_ru_nominative="Татьяна Голикова", name_in_text="Татьяна Голикова", role="заместитель председателя правительства России", forms_in_text=["Татьяна Голикова"]),
  dict(name_ru_nominative="Антон Котяков", name_in_text="Антон Котяков", role="министр труда и социальной защиты России", forms_in_text=["Антон Котяков"]),
  dict(name_ru_nominative="Михаил Мурашко", name_in_text="Михаил Мурашко", role="министр здравоохранения России", forms_in_text=["Михаил Мурашко"]),
  dict(name_ru_nominative="Валентина Казакова", name_in_text="Валентина Казакова", role="начальник ГУВМ МВД России", forms_in_text=["Валентина Казакова"]),
  dict(name_ru_nominative="Акылбек Жапаров", name_in_text="Акылбек Жапаров", role="председатель кабинета министров Киргизии", forms_in_text=["Акылбек Жапаров"]),
 ],
 other_names=["Анна Устинова", "Константин Ландо"],
 figures=[
  dict(metric="kg_citizens_registered_in_russia_count", value=289000, period="2023-H1", kind="actual",
       quote="в первом полугодии на миграционный учет в России были поставлены 289 тыс. граждан республики", note="Count; not trade."),
  dict(metric="remittances_russia_to_kg_change_pct", value=-40, period="2023-Q1", kind="actual", qualifier="almost",
       quote="за первый квартал 2023 года трансграничные переводы физлиц из России в Киргизию сократились почти на 40% год к году", note="Remittances; not trade."),
  dict(metric="trade_turnover_growth_pct", value=7, period="2023-H1", kind="actual",
       quote="Товарооборот России и Киргизии в первом полугодии, по данным российской стороны, вырос на 7% и составил 1,6 млрд долларов", period_text="в первом полугодии"),
  dict(metric="trade_turnover", value=1600000000, period="2023-H1", kind="actual",
       quote="Товарооборот России и Киргизии в первом полугодии, по данным российской стороны, вырос на 7% и составил 1,6 млрд долларов", period_text="в первом полугодии"),
  dict(metric="russia_uzbekistan_trade_usd", value=4500000000, period="2023-H1", kind="actual", qualifier="more than",
       quote="торговля России с Узбекистаном за тот же период превысила 4,5 млрд долларов", note="Third-country trade; distractor."),
 ],
 events=[
  dict(date="2023", date_note="'до конца года'.", what="Draft EAEU agreement on medical insurance for migrant workers may be submitted to the Eurasian Intergovernmental Council by year end",
       quote="окончательный вариант документа может быть внесен на рассмотрение Евразийского межправсовета до конца года", type="agreement", status="planned", bilateral=False),
  dict(date="2021-01-01", what="EAEU agreement on pension provision for workers in force since 1 January 2021",
       quote="соглашение о пенсионном обеспечении трудящихся ЕАЭС действует с 1 января 2021 года", type="agreement", status="ongoing", bilateral=False),
  dict(date="2023-06", what="Akylbek Japarov's June interview to Izvestia calling migrant health insurance the top issue in talks with Moscow",
       quote="в июньском интервью \"Известиям\" называл медстраховку мигрантов \"вопросом номер один\" на переговорах с Москвой", type="other", status="past", bilateral=True),
 ]),
))

A.append(dict(
file="12_diplomat_en_2024_after_crocus_raids.txt",
source="https://thediplomat.com/2024/04/after-crocus-kyrgyz-migrants-caught-in-russias-dragnet/",
lang="en",
header="2024-04-10",
body="""After Crocus, Kyrgyz Migrants Caught in Russia's Dragnet

Bishkek has protested the treatment of its citizens at Russian airports, but its leverage is limited.

By Aigerim Tursunova
April 10, 2024

Since the March 22 attack on the Crocus City Hall concert venue outside Moscow, which killed more than 140 people, Central Asian migrants in Russia have faced a wave of raids, document checks, and refusals of entry. Although the suspects detained were citizens of Tajikistan, Kyrgyz nationals have also been caught in the dragnet.

According to Kyrgyzstan's Foreign Ministry, more than 600 Kyrgyz citizens were denied entry at Moscow's Vnukovo airport in the first days of April alone. Foreign Minister Jeenbek Kulubaev raised the issue with his Russian counterpart Sergei Lavrov in a phone call last Friday, the ministry said, and a Kyrgyz consular team was sent to the airport.

President Sadyr Japarov struck a cautious tone. "We understand the security concerns of our Russian partners, but our citizens must be treated with dignity," Japarov told the state news agency Kabar. Kyrgyzstan's ombudsperson, Jamilya Jamanbaeva, said her office had received dozens of complaints about detentions in Moscow and Yekaterinburg.

In Moscow, Interior Minister Vladimir Kolokoltsev has called for tighter controls on migration, and lawmakers have floated proposals ranging from mandatory Russian-language testing for family members to a shorter stay for migrants without work contracts.

The economic dependence is stark. Kyrgyzstan received about $2.6 billion in remittances from Russia in 2023, down from a record $3.1 billion in 2022, according to the National Bank of the Kyrgyz Republic. Kyrgyz statistics show trade with Russia totaling $3.5 billion last year, though Russian figures differ.

Human Rights Watch urged Russian authorities to "stop scapegoating" migrants. For Bishkek, the next test may come in May, when Japarov is expected in Moscow for the Supreme Eurasian Economic Council summit, the first major gathering of Eurasian Economic Union leaders since the attack.

Aigerim Tursunova is a journalist based in Bishkek.
""",
gold=dict(
 header_date="2024-04-10", date="2024-04-10", date_partial=None, date_source="header+byline",
 date_note="Header date and byline 'April 10, 2024'. 'last Friday' = 2024-04-05.",
 people=[
  dict(name_ru_nominative="Жээнбек Кулубаев", name_in_text="Jeenbek Kulubaev", role="министр иностранных дел Кыргызстана", forms_in_text=["Jeenbek Kulubaev"]),
  dict(name_ru_nominative="Сергей Лавров", name_in_text="Sergei Lavrov", role="министр иностранных дел России", forms_in_text=["Sergei Lavrov"]),
  dict(name_ru_nominative="Садыр Жапаров", name_in_text="Sadyr Japarov", role="президент Кыргызстана", forms_in_text=["Sadyr Japarov", "Japarov"]),
  dict(name_ru_nominative="Джамиля Джаманбаева", name_in_text="Jamilya Jamanbaeva", role="омбудсмен (акыйкатчы) Кыргызстана", forms_in_text=["Jamilya Jamanbaeva"]),
  dict(name_ru_nominative="Владимир Колокольцев", name_in_text="Vladimir Kolokoltsev", role="министр внутренних дел России", forms_in_text=["Vladimir Kolokoltsev"]),
 ],
 other_names=["Aigerim Tursunova"],
 figures=[
  dict(metric="kg_citizens_denied_entry_count", value=600, period=None, kind="actual", qualifier="more than",
       quote="more than 600 Kyrgyz citizens were denied entry at Moscow's Vnukovo airport", note="Count; not trade."),
  dict(metric="remittances_russia_to_kg_usd", value=2600000000, period="2023", kind="actual", qualifier="about",
       quote="Kyrgyzstan received about $2.6 billion in remittances from Russia in 2023", note="Remittances; not trade."),
  dict(metric="remittances_russia_to_kg_usd", value=3100000000, period="2022", kind="actual", qualifier="record",
       quote="down from a record $3.1 billion in 2022", note="Remittances; not trade."),
  dict(metric="trade_turnover", value=3500000000, period="2023", kind="actual",
       quote="Kyrgyz statistics show trade with Russia totaling $3.5 billion last year", period_text="last year", note="Kyrgyz statistics; the text notes Russian figures differ."),
 ],
 events=[
  dict(date="2024-03-22", what="Terrorist attack on Crocus City Hall outside Moscow",
       quote="Since the March 22 attack on the Crocus City Hall concert venue outside Moscow", type="other", status="past", bilateral=False),
  dict(date="2024-04-05", what="Phone call between foreign ministers Kulubaev and Lavrov on treatment of Kyrgyz citizens",
       quote="raised the issue with his Russian counterpart Sergei Lavrov in a phone call last Friday", type="meeting", status="past", bilateral=True),
  dict(date="2024-05", what="Supreme Eurasian Economic Council summit in Moscow; Japarov expected",
       quote="when Japarov is expected in Moscow for the Supreme Eurasian Economic Council summit", type="meeting", status="planned", bilateral=False),
 ]),
))

A.append(dict(
file="13_ria_ru_2025_reestr_kontroliruemyh.txt",
source="https://ria.ru/20250206/migranty-1997644120.html",
lang="ru",
header="2025-02-06",
body="""МИД Киргизии призвал граждан проверить себя в реестре контролируемых лиц

МОСКВА, 6 фев - РИА Новости. Министерство иностранных дел Киргизии призвало граждан республики, находящихся в России, проверить, не внесены ли они в реестр контролируемых лиц, который начал действовать в среду, говорится в сообщении ведомства.

Реестр ведет МВД России. В него включаются иностранцы, находящиеся в стране без законных оснований. Они не могут открывать счета в банках, регистрировать транспорт, вступать в брак и менять место жительства без уведомления полиции. Как сообщала официальный представитель МВД Ирина Волк, проверить свой статус можно на сайте ведомства.

"Посольство и генеральные консульства в Екатеринбурге и Новосибирске готовы оказать консультационную помощь", - отмечается в сообщении. Глава киргизского МИД Жээнбек Кулубаев накануне обсудил эту тему по телефону с министром иностранных дел РФ Сергеем Лавровым, сообщили в министерстве.

Председатель кабинета министров Киргизии Адыльбек Касымалиев ранее заявлял, что граждане республики как члены ЕАЭС "не должны оказываться в одном ряду с нелегалами". По его словам, вопрос будет поднят на ближайшем заседании Евразийского межправительственного совета.

Министр внутренних дел РФ Владимир Колокольцев, выступая в декабре в Госдуме, говорил, что реестр "касается только тех, кто нарушил закон".

По данным киргизского Нацстаткома, товарооборот Киргизии и России по итогам 2024 года составил 3,1 млрд долларов. Российская сторона оценивает его в 3,5 млрд долларов. Стороны ранее поставили цель довести товарооборот до 5 млрд долларов в год. Переводы из России, по данным Нацбанка республики, за январь-сентябрь 2024 года составили 1,7 млрд долларов.
""",
gold=dict(
 header_date="2025-02-06", date="2025-02-06", date_partial=None, date_source="header+body",
 date_note="Header date; dateline 'МОСКВА, 6 фев - РИА Новости' without year; URL '20250206'. 'в среду' = 2025-02-05, 'накануне' = 2025-02-05.",
 people=[
  dict(name_ru_nominative="Ирина Волк", name_in_text="Ирина Волк", role="официальный представитель МВД России", forms_in_text=["Ирина Волк"]),
  dict(name_ru_nominative="Жээнбек Кулубаев", name_in_text="Жээнбек Кулубаев", role="министр иностранных дел Киргизии", forms_in_text=["Жээнбек Кулубаев"]),
  dict(name_ru_nominative="Сергей Лавров", name_in_text="Сергеем Лавровым", role="министр иностранных дел России", forms_in_text=["Сергеем Лавровым"]),
  dict(name_ru_nominative="Адылбек Касымалиев", name_in_text="Адыльбек Касымалиев", role="председатель кабинета министров Киргизии", forms_in_text=["Адыльбек Касымалиев"], note="Spelled 'Адыльбек' in the text."),
  dict(name_ru_nominative="Владимир Колокольцев", name_in_text="Владимир Колокольцев", role="министр внутренних дел России", forms_in_text=["Владимир Колокольцев"]),
 ],
 other_names=[],
 figures=[
  dict(metric="trade_turnover", value=3100000000, period="2024", kind="actual",
       quote="товарооборот Киргизии и России по итогам 2024 года составил 3,1 млрд долларов", note="Kyrgyz statistics."),
  dict(metric="trade_turnover", value=3500000000, period="2024", kind="actual",
       quote="Российская сторона оценивает его в 3,5 млрд долларов", note="Russian estimate of the same 2024 turnover; the two sources disagree."),
  dict(metric="trade_turnover", value=5000000000, period="annual", kind="target",
       quote="довести товарооборот до 5 млрд долларов в год"),
  dict(metric="remittances_russia_to_kg_usd", value=1700000000, period="2024-9M", kind="actual",
       quote="Переводы из России, по данным Нацбанка республики, за январь-сентябрь 2024 года составили 1,7 млрд долларов", note="Remittances; not trade."),
 ],
 events=[
  dict(date="2025-02-05", what="Russia's register of controlled persons (foreigners without legal grounds) starts operating",
       quote="реестр контролируемых лиц, который начал действовать в среду", type="other", status="past", bilateral=False),
  dict(date="2025-02-05", what="Phone call of foreign ministers Kulubaev and Lavrov on the register ('накануне')",
       quote="накануне обсудил эту тему по телефону с министром иностранных дел РФ Сергеем Лавровым", type="meeting", status="past", bilateral=True),
  dict(date=None, what="Kyrgyzstan to raise the issue at the next Eurasian Intergovernmental Council",
       quote="вопрос будет поднят на ближайшем заседании Евразийского межправительственного совета", type="meeting", status="planned", bilateral=False),
 ]),
))

A.append(dict(
file="14_24kg_ru_2026_perevody_itogi_2025.txt",
source="https://24.kg/ekonomika/351208_perevodyi_migrantov_v2025_godu_snizilis/",
lang="ru",
header=None,
body="""Переводы мигрантов в 2025 году снизились. Нацбанк опубликовал данные

Бишкек, 28.01.26 12:14 – ИА «24.kg», Анара Сыдыкова

Объем денежных переводов физических лиц в Кыргызстан по итогам 2025 года составил 2 млрд 480 млн долларов, что на 6,2 процента меньше, чем годом ранее. Об этом свидетельствуют данные Национального банка.

На долю России пришлось около 88 процентов поступлений. Растет доля переводов из Южной Кореи, Турции и стран Европейского союза.

Председатель Кабинета министров Адылбек Касымалиев на заседании правительства в понедельник заявил, что снижение переводов «не стало критическим», однако поручил Министерству труда, социального обеспечения и миграции усилить работу по организованному трудоустройству за рубежом.

В прошлую пятницу в Бишкеке прошли консультации представителей министерства с делегацией ГУВМ МВД России. Стороны обсудили работу реестра контролируемых лиц и возможность исключения из него граждан Кыргызстана, находящихся в России на законных основаниях, а также порядок дактилоскопической регистрации членов семей трудящихся.

Президент Садыр Жапаров ранее поручил МИД добиваться, чтобы кыргызстанцы «не страдали из-за ошибок в базах». По данным посольства Кыргызстана в Москве, за 2025 год консульскую помощь получили более 31 тысячи граждан.

Товарооборот Кыргызстана с Россией за январь – ноябрь 2025 года, по данным Нацстаткома, составил 3,2 млрд долларов. Цель в 5 миллиардов долларов, которую ставили президенты двух стран, пока не достигнута.

Следующее заседание кыргызско-российской межправительственной комиссии планируется провести в Москве во втором полугодии.

Ссылка на материал обязательна.
""",
gold=dict(
 header_date="unknown", date="2026-01-28", date_partial=None, date_source="byline",
 date_note="No header date; byline 'Бишкек, 28.01.26 12:14' (two-digit year). 'в понедельник' = 2026-01-26; 'В прошлую пятницу' = 2026-01-23.",
 people=[
  dict(name_ru_nominative="Адылбек Касымалиев", name_in_text="Адылбек Касымалиев", role="председатель кабинета министров Кыргызстана", forms_in_text=["Адылбек Касымалиев"]),
  dict(name_ru_nominative="Садыр Жапаров", name_in_text="Садыр Жапаров", role="президент Кыргызстана", forms_in_text=["Садыр Жапаров"]),
 ],
 other_names=["Анара Сыдыкова"],
 figures=[
  dict(metric="remittances_to_kg_usd", value=2480000000, period="2025", kind="actual",
       quote="Объем денежных переводов физических лиц в Кыргызстан по итогам 2025 года составил 2 млрд 480 млн долларов", note="Remittances; not trade."),
  dict(metric="remittances_change_pct", value=-6.2, period="2025", kind="actual",
       quote="что на 6,2 процента меньше, чем годом ранее"),
  dict(metric="remittances_share_from_russia_pct", value=88, period="2025", kind="actual", qualifier="about",
       quote="На долю России пришлось около 88 процентов поступлений"),
  dict(metric="consular_assistance_count", value=31000, period="2025", kind="actual", qualifier="more than",
       quote="за 2025 год консульскую помощь получили более 31 тысячи граждан", note="Count; not trade."),
  dict(metric="trade_turnover", value=3200000000, period="2025-11M", kind="actual",
       quote="Товарооборот Кыргызстана с Россией за январь – ноябрь 2025 года, по данным Нацстаткома, составил 3,2 млрд долларов", period_text="за январь – ноябрь 2025 года"),
  dict(metric="trade_turnover", value=5000000000, period=None, kind="target",
       quote="Цель в 5 миллиардов долларов, которую ставили президенты двух стран", note="Target set by the presidents; the text does not say per year."),
 ],
 events=[
  dict(date="2026-01-23", what="Consultations in Bishkek of the Kyrgyz labour/migration ministry with a delegation of Russia's MVD migration directorate",
       quote="В прошлую пятницу в Бишкеке прошли консультации представителей министерства с делегацией ГУВМ МВД России", type="meeting", status="past", bilateral=True),
  dict(date="2026", date_note="'во втором полугодии' of 2026.", what="Next session of the Kyrgyz-Russian intergovernmental commission planned in Moscow in the second half of the year",
       quote="Следующее заседание кыргызско-российской межправительственной комиссии планируется провести в Москве во втором полугодии", type="igc_session", status="planned", bilateral=True),
 ]),
))
