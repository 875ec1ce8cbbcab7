from gold_a import P, F, E
GC = {}

GC["11_sputnik_ru_2023_matvienko_shakiev_ipa_bishkek.txt"] = dict(
 header_date="unknown", date="2023-11-16", date_source="body_day_month+url_year",
 date_note="Dateline 'БИШКЕК, 16 ноя — Sputnik' without year; URL /20231116/ gives 2023; consistent with 85 years of the Jogorku Kenesh (1938) and 95 years since Aitmatov's birth (1928). 'В пятницу' = 2023-11-17; 'в октябре' = 2023-10.",
 people=[
  P("Валентина Матвиенко", "председатель Совета Федерации", ["Валентина Матвиенко", "Матвиенко"]),
  P("Нурланбек Шакиев", "торага Жогорку Кенеша", ["Нурланбеком Шакиевым", "Шакиев", "Шакиевым"]),
  P("Садыр Жапаров", "президент Кыргызстана", ["Садыром Жапаровым", "Жапаров"]),
  P("Владимир Путин", "президент России", ["Владимира Путина"]),
 ],
 other_names=["Бактыгуль Осмонова"],
 figures=[
  F("trade_turnover_growth_pct", 37, "2022", "actual", "По итогам 2022 года он увеличился на 37%"),
  F("trade_turnover", 3300000000, "2022", "actual", "превысил 3,3 миллиарда долларов", "more than"),
  F("trade_turnover", 2600000000, "2023-9M", "actual", "за январь—сентябрь 2023 года составил 2,6 миллиарда долларов", period_text="за январь—сентябрь 2023 года"),
  F("remittances_from_russia_growth_pct", -25, "2023-9M", "actual", "объем денежных переводов из России в Кыргызстан за девять месяцев сократился почти на четверть", "almost", note="Distractor: remittances, 'почти на четверть'."),
 ],
 events=[
  E("2023-11-16", "Matviyenko–Shakiev talks in Bishkek", "Валентина Матвиенко, прибывшая в Бишкек на осеннюю сессию Межпарламентской ассамблеи государств — участников СНГ, провела переговоры с торага Жогорку Кенеша Нурланбеком Шакиевым", "meeting", "past", True),
  E("2023-11-16", "Autumn session of the CIS Interparliamentary Assembly in Bishkek (16-17 November; Council, 56th plenary, conferences for the 85th anniversary of the Jogorku Kenesh and Aitmatov's 95th)", "Сессия МПА СНГ проходит в кыргызской столице 16-17 ноября", "conference", "ongoing", False),
  E(None, "Jogorku Kenesh ready to ratify as a priority the agreement on building nine Russian-language schools", "парламент готов в приоритетном порядке ратифицировать соглашение о строительстве в республике девяти школ с обучением на русском языке", "agreement", "planned", True),
  E("2023-11-17", "Matviyenko to meet President Japarov", "В пятницу Матвиенко встретится с президентом Садыром Жапаровым", "meeting", "planned", True),
  E("2023-10", "Putin's official visit to Bishkek", "в октябре Жапаров принимал в Бишкеке президента России Владимира Путина, который прибыл с официальным визитом", "visit", "past", True),
  E("2023-10", "CIS Council of Heads of State session in Bishkek", "принял участие в заседании Совета глав государств СНГ", "conference", "past", False),
 ])

GC["12_pnp_ru_2024_kobylkin_mpk_bishkek.txt"] = dict(
 header_date="unknown", date="2024-04-26", date_source="byline",
 date_note="Byline '26 апреля 2024 в 14:10'. 'накануне' = 2024-04-25; 'в следующем году' = 2025; 'в феврале' = 2024-02.",
 people=[
  P("Дмитрий Кобылкин", "председатель Комитета Госдумы по экологии, природным ресурсам и охране окружающей среды, сопредседатель МПК", ["Дмитрия Кобылкина", "Дмитрий Кобылкин", "Кобылкин"]),
  P("Гуля Кожокулова", "депутат Жогорку Кенеша, сопредседатель МПК", ["Гули Кожокуловой", "Гуля Кожокулова"]),
  P("Вячеслав Володин", "председатель Государственной Думы", ["Вячеслава Володина"]),
  P("Нурланбек Шакиев", "торага Жогорку Кенеша", ["Нурланбеком Шакиевым"]),
 ],
 other_names=["Елена Кравцова"],
 figures=[
  F("trade_turnover", 3400000000, "2023", "actual", "товарооборот между странами в 2023 году составил 3,4 млрд долларов"),
  F("trade_turnover", 5000000000, "annual", "target", "довести его до 5 млрд долларов в год"),
  F("russian_fdi_in_kg", 140000000, "2023", "actual", "Прямые российские инвестиции в экономику Киргизии за прошлый год составили около 140 млн долларов", "about", "за прошлый год", "Distractor: investment."),
 ],
 events=[
  E("2024-04-26", "Tenth session of the Inter-parliamentary commission (Federal Assembly – Jogorku Kenesh) in Bishkek, co-chaired by Kobylkin and Kozhokulova", "В Бишкеке состоялось десятое заседание Межпарламентской комиссии", "igc_session", "past", True),
  E("2024-04-25", "Russian delegation arrived and laid a wreath at the Eternal Flame on Victory Square", "Российская делегация прибыла в Бишкек накануне и возложила венок к Вечному огню на площади Победы", "visit", "past", True),
  E("2025", "80th anniversary of Victory to be celebrated next year", "подготовке к празднованию 80-летия Победы в Великой Отечественной войне в следующем году", "anniversary", "planned", True),
  E("2024-02", "Jogorku Kenesh ratified the agreement on building Russian-language schools in Kyrgyzstan", "соглашение о строительстве в Киргизии школ с обучением на русском языке Жогорку Кенеш ратифицировал еще в феврале", "agreement", "past", True),
  E("2024-04-16", "State Duma passed the ratification bill in first reading", "В Госдуме законопроект о ратификации прошел первое чтение 16 апреля", "agreement", "past", True),
  E("2024-05", "Second and third readings in the Duma planned for May, then the Federation Council", "второе и третье чтения запланированы на май, после чего документ рассмотрит Совет Федерации", "agreement", "planned", True),
  E("2025", "Eleventh session of the commission to be held in Russia", "Следующее, одиннадцатое заседание комиссии пройдет в России в 2025 году", "igc_session", "planned", True),
  E("2024-04-26", "Kobylkin met Toraga Nurlanbek Shakiev", "Дмитрий Кобылкин встретился с торага Жогорку Кенеша Нурланбеком Шакиевым", "meeting", "past", True),
 ])

GC["13_eurasianet_en_2025_snap_election_observers.txt"] = dict(
 header_date="unknown", date="2025-12-01", date_source="byline",
 date_note="Byline 'Aizada Kutueva Dec 1, 2025'. 'Sunday's vote' = 2025-11-30; 'last week' = week of 2025-11-24; 'in September' = 2025-09; 'later this month' = 2025-12.",
 people=[
  P("Тынчтык Шайназаров", "председатель ЦИК Кыргызстана", ["Tynchtyk Shainazarov"]),
  P("Нурланбек Тургунбек уулу", "торага Жогорку Кенеша (распущенного созыва)", ["Nurlanbek Turgunbek uulu"]),
  P("Садыр Жапаров", "президент Кыргызстана", ["Sadyr Japarov", "Japarov"]),
  P("Вячеслав Володин", "председатель Государственной Думы, председатель ПА ОДКБ", ["Vyacheslav Volodin", "Volodin"]),
  P("Владимир Путин", "президент России", ["Vladimir Putin"]),
 ],
 other_names=["Aizada Kutueva"],
 figures=[
  F("trade_turnover", 3300000000, "2025-9M", "actual", "a turnover that Moscow puts at $3.3 billion for January-September", period_text="for January-September", note="Year of January-September is the article's year (2025)."),
  F("china_kg_trade", 22000000000, "2024", "actual", "China's customs service reported more than $22 billion in trade with Kyrgyzstan in 2024", "more than", note="Distractor: China–Kyrgyzstan trade."),
  F("voter_turnout_pct", 36, "2025", "actual", "turnout stood at just over 36 percent", "more than", note="Distractor."),
 ],
 events=[
  E("2025-12-01", "CIS and IPA CIS observers (incl. State Duma members) declare the snap election free and transparent", "on December 1 declared Kyrgyzstan's snap parliamentary election free and transparent", "other", "past", False),
  E("2025-11-30", "Snap parliamentary election in Kyrgyzstan", "Sunday's vote was the first held under a fully automated system", "other", "past", False),
  E("2025-12-01", "OSCE/ODIHR preliminary statement due later in the day", "A more measured preliminary statement from the OSCE's election monitoring office is due later in the day", "other", "planned", False),
  E("2025-09", "Outgoing parliament voted to dissolve itself", "The outgoing parliament voted to dissolve itself in September", "other", "past", False),
  E("2025-11", "Putin's state visit to Bishkek", "Vladimir Putin was in Bishkek last week for a state visit", "visit", "past", True),
  E("2025-11", "CSTO summit in Bishkek", "a summit of the Collective Security Treaty Organization", "conference", "past", False),
  E("2025-12", "New parliament to convene later this month", "The new parliament is expected to convene later this month", "other", "planned", False),
 ])

GC["14_kabar_ru_2026_mamataliev_volodin_moscow.txt"] = dict(
 header_date="2026-04-14", date="2026-04-14", date_source="header(page metadata)",
 date_note="Page metadata 'date 2026-04-14 16:30' and dateline 'Москва, 14 апреля. /Кабар/'. 'сегодня' = 2026-04-14, 'Завтра' = 2026-04-15, 'в феврале' = 2026-02 (Mamataliev elected speaker), 'в марте' = 2026-03.",
 people=[
  P("Марлен Маматалиев", "торага Жогорку Кенеша", ["Марлен Маматалиев", "Маматалиева", "Маматалиев"]),
  P("Вячеслав Володин", "председатель Государственной Думы", ["Вячеславом Володиным", "Вячеслав Володин"]),
  P("Садыр Жапаров", "президент Кыргызстана", ["Садыром Жапаровым"]),
  P("Владимир Путин", "президент России", ["Владимиром Путиным"]),
  P("Адылбек Касымалиев", "председатель Кабинета министров Кыргызстана", ["Адылбек Касымалиев"]),
  P("Валентина Матвиенко", "председатель Совета Федерации", ["Валентиной Матвиенко"]),
 ],
 other_names=[],
 figures=[
  F("trade_turnover_growth_pct", 9, "2025", "actual", "по итогам 2025 года товарооборот между Кыргызстаном и Россией вырос на 9 процентов"),
  F("trade_turnover", 5000000000, "annual", "target", "довести ежегодный товарооборот до 5 млрд долларов"),
  F("rkdf_financed_projects", 700000000, None, "actual", "профинансировал проекты более чем на 700 млн долларов", "more than", note="Distractor: development fund financing."),
 ],
 events=[
  E("2026-04-14", "Mamataliev–Volodin talks in Moscow (Mamataliev's official visit)", "сегодня провел переговоры с Председателем Государственной Думы Вячеславом Володиным", "meeting", "past", True),
  E("2026-02", "Mamataliev elected speaker of the Jogorku Kenesh", "после его избрания спикером парламента в феврале", "other", "past", False, note="Domestic context."),
  E("2026", "Eleventh session of the Inter-parliamentary commission to be held in Kazan this year", "одиннадцатому заседанию Межпарламентской комиссии, которое пройдет в этом году в Казани", "igc_session", "planned", True),
  E(None, "Jogorku Kenesh to consider in second and third readings the ratification of the intergovernmental agreement on a small nuclear power plant", "парламент в ближайшее время рассмотрит во втором и третьем чтениях законопроект о ратификации межправительственного соглашения о сотрудничестве в строительстве атомной станции малой мощности", "agreement", "planned", True),
  E("2026-03", "Ratification bill on the nuclear plant agreement approved in first reading", "В первом чтении документ был одобрен в марте", "agreement", "past", True),
  E("2026-04-14", "Plan of inter-parliamentary cooperation for 2026-2027 signed", "стороны подписали план межпарламентского сотрудничества на 2026–2027 годы", "agreement", "past", True),
  E("2026-04-15", "Mamataliev to meet Federation Council chair Matviyenko", "Завтра Маматалиев встретится с Председателем Совета Федерации Валентиной Матвиенко", "meeting", "planned", True),
 ])
