# Gold annotation, articles 08-14.
from gold_a import P, F, E

GB = {}

GB["08"] = dict(
    lang="ru", header_date="14/04/17 10:12", date="2017-04-14", date_partial=None, date_source="header",
    date_note="Tazabek timestamp; the talks were 'вчера, 13 апреля'.",
    people=[
        P("Сооронбай Жээнбеков", "С.Жээнбеков", "Премьер-министр Кыргызстана", ["С.Жээнбеков", "Сооронбай Жээнбеков", "С.Жээнбекова"]),
        P("Дмитрий Медведев", "Д.Медведев", "Председатель Правительства Российской Федерации", ["Д.Медведев", "Дмитрием Медведевым"]),
    ],
    other_names=[],
    figures=[
        F("trade_turnover", 1497000000, "2016", "actual", "в 2016 году товарооборот Кыргызстана с Россией составил 1 млрд 497 млн долларов"),
        F("trade_turnover_growth_pct", -5.3, "2016", "actual", "снизившись на 5,3% по сравнению с 2015 годом"),
        F("kg_export_to_russia_usd", 161100000, "2016", "actual", "достиг 161,1 млн долларов", note="Exports only, not turnover."),
        F("kg_export_to_russia_growth_pct", 14.6, "2016", "actual", "экспорт кыргызских товаров в Россию вырос на 14,6%", note="Export growth, not turnover growth."),
        F("trade_turnover_growth_pct", 19, "2017-2M", "actual", "за январь–февраль товарооборот увеличился на 19 процентов"),
        F("russia_share_kg_trade_pct", 26, None, "actual", "доля России во внешнеторговом обороте Кыргызстана составляет около 26%", qualifier="about"),
        F("eaeu_market_population", 180000000, None, "actual", "рынку с населением более 180 млн человек", qualifier="more than", note="Distractor: population, not money."),
        F("kg_total_foreign_trade_usd", 5600000000, "2016", "actual", "общий внешнеторговый оборот Кыргызстана в 2016 году составил 5,6 млрд долларов", note="Distractor."),
        F("kg_cn_trade_usd", 1500000000, "2016", "actual", "с Китаем — 1,5 млрд долларов", note="Distractor."),
        F("kg_kz_trade_usd", 800000000, "2016", "actual", "с Казахстаном — 0,8 млрд долларов", note="Distractor."),
    ],
    events=[
        E("2017-04-13", "Talks of PM Sooronbay Jeenbekov and Russian PM Dmitry Medvedev during a working visit to Moscow", "вчера, 13 апреля, в ходе рабочего визита в Москву провел переговоры с Председателем Правительства Российской Федерации Дмитрием Медведевым", "meeting", "past"),
        E("2017", "Next intergovernmental commission session in Bishkek in the second half of the year (roadmap on industrial cooperation to be considered)", "очередном заседании МПК, которое планируется провести во втором полугодии в Бишкеке", "igc_session", "planned", date_note="Second half of 2017."),
    ],
)

GB["09"] = dict(
    lang="ru", header_date="26 февраля 2019", date="2019-02-26", date_partial=None, date_source="header",
    date_note="government.ru date line under the title.",
    people=[
        P("Константин Чуйченко", "Константин Чуйченко", "Заместитель Председателя Правительства России – Руководитель Аппарата Правительства", ["Константин Чуйченко", "Константина Чуйченко", "К.Чуйченко"]),
        P("Сооронбай Жээнбеков", "Сооронбаем Жээнбековым", "Президент Киргизии", ["Сооронбаем Жээнбековым"]),
        P("Мухаммедкалый Абылгазиев", "Мухаммедкалыем Абылгазиевым", "Премьер-министр Киргизии", ["Мухаммедкалыем Абылгазиевым"]),
        P("Владимир Путин", "Владимира Владимировича Путина", "Президент России", ["Владимира Владимировича Путина"]),
    ],
    other_names=[],
    figures=[
        F("trade_turnover_growth_pct", 6, "2018", "actual", "В 2018 году объём взаимной торговли вырос на 6%"),
        F("trade_turnover", 1900000000, "2018", "actual", "составил 1,9 млрд долларов"),
        F("trade_turnover", 2500000000, "annual", "target", "выйти на 2,5 млрд долларов уже в ближайшие годы", period_text="в ближайшие годы"),
        F("rkdf_projects_approved_usd", 400000000, None, "actual", "на сумму свыше 400 млн долларов", qualifier="more than", note="Distractor: Development Fund financing."),
        F("russia_grant_irrigation_usd", 30000000, None, "actual", "Россия выделила 30 млн долларов в виде гранта", note="Distractor: grant."),
        F("ru_eaeu_trade_usd", 60000000000, "2018", "actual", "общий объём торговли России со странами ЕАЭС в 2018 году составил около 60 млрд долларов", qualifier="about", note="Distractor: EAEU total."),
    ],
    events=[
        E("2019-02-26", "21st session of the Intergovernmental Russian-Kyrgyz Commission in Bishkek", "Константин Чуйченко провёл 21-е заседание Межправительственной Российско-Киргизской комиссии", "igc_session", "past"),
        E("2019-02-26", "Chuichenko met President Jeenbekov and PM Abylgaziev", "состоялись встречи Заместителя Председателя Правительства России – Руководителя Аппарата Правительства Константина Чуйченко с Президентом Киргизии", "meeting", "past"),
        E("2019-03-28", "State visit of President Putin to Kyrgyzstan", "государственному визиту Президента России Владимира Владимировича Путина в Киргизскую Республику, который состоится 28 марта", "visit", "planned"),
        E("2019-02-26", "Co-chairs signed the protocol of the 21st session", "сопредседатели подписали Протокол 21-го заседания комиссии", "agreement", "past"),
        E("2020", "Next commission session in 2020", "Следующее заседание решено провести в 2020 году", "igc_session", "planned"),
    ],
)

GB["10"] = dict(
    lang="en", header_date="22 September 2020, 17:05", date="2020-09-22", date_partial=None, date_source="header",
    date_note="Date line under the title; dateline 'Sept. 22' without year; 'on Tuesday'.",
    people=[
        P("Эркин Асрандиев", "Erkin Asrandiev", "Vice Prime Minister of Kyrgyzstan, co-chair of the commission", ["Erkin Asrandiev", "Asrandiev"]),
        P("Алексей Оверчук", "Alexey Overchuk", "Deputy Prime Minister of Russia, co-chair of the commission", ["Alexey Overchuk", "Overchuk"]),
        P("Сооронбай Жээнбеков", "Sooronbai Jeenbekov", "President of Kyrgyzstan", ["Sooronbai Jeenbekov", "Jeenbekov"]),
        P("Кубатбек Боронов", "Kubatbek Boronov", "Prime Minister of Kyrgyzstan", ["Kubatbek Boronov"]),
    ],
    other_names=["Nurlan Aliev"],
    figures=[
        F("efsd_loan_usd", 100000000, None, "actual", "the $100 million concessional loan from the Eurasian Fund for Stabilization and Development", note="Distractor: multilateral loan."),
        F("trade_turnover", 867000000, "2020-7M", "actual", "Kyrgyz-Russian trade turnover in January-July 2020 amounted to $867 million"),
        F("trade_turnover_growth_pct", -21, "2020-7M", "actual", "down 21% from the same period of last year"),
        F("trade_turnover", 1800000000, "2019", "actual", "In 2019, the turnover exceeded $1.8 billion", qualifier="more than"),
    ],
    events=[
        E("2020-09-22", "22nd meeting of the Kyrgyz-Russian Intergovernmental Commission at Ala-Archa", "The 22nd meeting of the Kyrgyz-Russian Intergovernmental Commission on Trade, Economic, Scientific, Technical and Humanitarian Cooperation was held at the Ala-Archa state residence on Tuesday", "igc_session", "past"),
        E("2020-09-22", "Overchuk received by President Jeenbekov and PM Boronov", "Alexey Overchuk was received by President Sooronbai Jeenbekov and Prime Minister Kubatbek Boronov", "meeting", "past"),
        E("2020-09-22", "Co-chairs signed the protocol of the 22nd session", "the co-chairs signed the protocol of the 22nd session", "agreement", "past"),
        E("2020-10-04", "Parliamentary elections in Kyrgyzstan (domestic)", "parliamentary elections in Kyrgyzstan scheduled for October 4", "other", "planned", bilateral=False),
    ],
)

GB["11"] = dict(
    lang="ru", header_date="8 ИЮН, 16:40", date=None, date_partial="????-06-08", date_source="header",
    date_note="TASS header and dateline give 8 June without a year; the URL has no date; no year anywhere in the text, so none is given (the article is from 2023, but the page does not say so).",
    people=[
        P("Михаил Мишустин", "Михаил Мишустин", "Председатель правительства РФ", ["Мишустин", "Михаил Мишустин"]),
        P("Акылбек Жапаров", "Акылбеком Жапаровым", "председатель кабинета министров Киргизии", ["Жапаров", "Акылбеком Жапаровым"], note="The bare surname 'Жапаров' refers to Akylbek, not to President Sadyr Japarov."),
        P("Садыр Жапаров", "Садыра Жапарова", "президент Киргизии", ["Садыра Жапарова"]),
    ],
    other_names=[],
    figures=[
        F("trade_turnover_growth_pct", 30, None, "actual", "за январь - апрель взаимный товарооборот увеличился почти на 30%", qualifier="almost", period_text="январь - апрель", note="January–April of an unstated year."),
        F("russia_share_kg_trade_pct", 25, None, "actual", "на нее приходится больше четверти внешней торговли Кыргызстана", qualifier="more than", note="'больше четверти'."),
        F("kg_cn_trade_usd", 1900000000, None, "actual", "внешнеторговый оборот республики с Китаем за четыре месяца составил более 1,9 млрд долларов", qualifier="more than", period_text="за четыре месяца", note="Distractor: China."),
    ],
    events=[
        E(None, "Meeting of PMs Mikhail Mishustin and Akylbek Japarov in Sochi", "Председатель правительства РФ Михаил Мишустин провел в Сочи встречу с председателем кабинета министров Киргизии Акылбеком Жапаровым", "meeting", "past", date_partial="????-06-08"),
        E(None, "Eurasian Intergovernmental Council session in Sochi", "на полях заседания Евразийского межправительственного совета", "conference", "past", bilateral=False, date_partial="????-06-08"),
        E(None, "Official visit of President Sadyr Japarov to Russia in May", "официального визита президента Киргизии Садыра Жапарова в Россию в мае", "visit", "past", date_partial="????-05"),
        E(None, "Proposal to hold interregional cooperation events in Kyrgyzstan", "предложил провести в Кыргызстане мероприятия межрегионального сотрудничества", "other", "planned"),
    ],
)

GB["12"] = dict(
    lang="en", header_date="October 17", date="2024-10-17", date_partial=None, date_source="dateline",
    date_note="Dateline 'October 17' without year; the year comes from the body ('October 19-21, 2024').",
    people=[
        P("Акылбек Жапаров", "Akylbek Japarov", "Chairman of the Cabinet of Ministers, Head of the Presidential Administration of Kyrgyzstan", ["Akylbek Japarov"]),
        P("Михаил Мишустин", "Mikhail Mishustin", "Chairman of the Government of the Russian Federation", ["Mikhail Mishustin"]),
    ],
    other_names=["Elena Vorobyova"],
    figures=[
        F("trade_turnover", 2460000000, "2024-8M", "actual", "trade between Kyrgyzstan and Russia in January-August 2024 amounted to $2.46 billion"),
        F("trade_turnover_growth_pct", 6.1, "2024-8M", "actual", "up 6.1 percent year-on-year"),
        F("russia_share_kg_trade_pct", 23, None, "actual", "Russia accounts for about 23 percent of Kyrgyzstan's foreign trade", qualifier="about"),
        F("trade_turnover", 5000000000, "annual", "target", "bilateral trade would reach $5 billion in the coming years", period_text="in the coming years"),
        F("kg_eaeu_trade_usd", 3400000000, "2024-8M", "actual", "Kyrgyzstan's trade with the EAEU countries as a whole amounted to $3.4 billion over the same period", note="Distractor: EAEU total."),
    ],
    events=[
        E("2024-10-19", "Official visit of Akylbek Japarov to Russia, October 19-21", "will pay an official visit to the Russian Federation on October 19-21, 2024", "visit", "planned", date_note="Visit 19–21 October 2024."),
        E("2024-10", "First-ever joint meeting of the Kyrgyz Cabinet and the Russian Government", "will hold the first-ever joint meeting of the Cabinet of Ministers of the Kyrgyz Republic and the Government of the Russian Federation", "meeting", "planned", date_note="During the 19–21 October visit; day not given."),
        E("2024-10", "Events for the 100th anniversary of the Kara-Kyrgyz Autonomous Region", "the 100th anniversary of the formation of the Kara-Kyrgyz Autonomous Region", "anniversary", "planned"),
        E("2024-10", "Days of Culture of Kyrgyzstan in Russia", "the Days of Culture of Kyrgyzstan in Russia", "other", "planned"),
        E("2024-10", "Business forum during the visit", "Bilateral meetings and a business forum are also planned", "forum", "planned"),
        E("2024-10-01", "Previous meeting of Japarov and Mishustin in Yerevan", "Akylbek Japarov and Mikhail Mishustin last met on October 1 in Yerevan", "meeting", "past"),
        E("2024-10-01", "Eurasian Intergovernmental Council meeting in Yerevan", "the meeting of the Eurasian Intergovernmental Council", "conference", "past", bilateral=False),
    ],
)

GB["13"] = dict(
    lang="ru", header_date="14.08.2025 13:05", date="2025-08-14", date_partial=None, date_source="header",
    date_note="Date line under the title; dateline '14 авг.' without year.",
    people=[
        P("Адылбек Касымалиев", "Адылбек Касымалиев", "Председатель кабинета министров — руководитель администрации президента", ["Адылбек Касымалиев", "Касымалиева"]),
        P("Михаил Мишустин", "Михаил Мишустин", "председатель правительства Российской Федерации", ["Михаил Мишустин", "Михаилом Мишустиным"]),
        P("Владимир Путин", "Владимира Путина", "президент России", ["Владимира Путина"]),
    ],
    other_names=["Азамат Иманалиев"],
    figures=[
        F("trade_turnover", 3600000000, "2024", "actual", "по итогам 2024 года товарооборот между странами составил 3,6 млрд долларов"),
        F("trade_turnover_growth_pct", 12, "2025-H1", "actual", "за первое полугодие 2025 года вырос на 12 процентов"),
        F("trade_turnover", 5000000000, "annual", "target", "выйти на товарооборот в 5 млрд долларов", period_text="в ближайшие годы"),
        F("russia_accumulated_investment_kg_usd", 1500000000, None, "actual", "объем накопленных российских инвестиций превышает 1,5 млрд долларов", qualifier="more than", note="Distractor: investment."),
    ],
    events=[
        E("2025-08-14", "Talks of Adylbek Kasymaliev and Mikhail Mishustin in Cholpon-Ata, after an official welcome ceremony", "Адылбек Касымалиев провел переговоры с председателем правительства Российской Федерации Михаилом Мишустиным", "meeting", "past"),
        E("2025-11", "Visit of President Putin in November for the CSTO summit in Bishkek", "ждут приезда президента России Владимира Путина в ноябре, когда Бишкек примет саммит ОДКБ", "visit", "planned", bilateral=False, date_note="Tied to the multilateral CSTO summit."),
        E("2025-08-14", "Package of documents signed (industrial cooperation plan, digital transformation memorandum)", "подписан пакет документов", "agreement", "past"),
        E("2025-08", "Eurasian Intergovernmental Council session in Cholpon-Ata", "заседании Евразийского межправительственного совета, который проходит в Чолпон-Ате", "conference", "ongoing", bilateral=False),
    ],
)

GB["14"] = dict(
    lang="en", header_date="11 Nov 2025, 16:20", date="2025-11-11", date_partial=None, date_source="header",
    date_note="'Posted' line; meeting 'on Tuesday' = 11 November 2025.",
    people=[
        P("Адылбек Касымалиев", "Adylbek Kasymaliev", "Chairman of the Cabinet of Ministers of Kyrgyzstan", ["Adylbek Kasymaliev", "Kasymaliev"]),
        P("Алексей Оверчук", "Alexei Overchuk", "Deputy Prime Minister of Russia", ["Alexei Overchuk", "Overchuk"]),
        P("Садыр Жапаров", "Sadyr Japarov", "President of Kyrgyzstan", ["Sadyr Japarov"]),
    ],
    other_names=[],
    figures=[
        F("trade_turnover_growth_pct", 9, "2025-9M", "actual", "bilateral trade in January-September 2025 grew by 9%"),
        F("trade_turnover", 2900000000, "2025-9M", "actual", "to $2.9 billion"),
        F("national_currency_settlements_share_pct", 90, None, "actual", "The share of national currencies in mutual settlements exceeded 90%", qualifier="more than", note="Share, not turnover."),
        F("kg_total_foreign_trade_usd", 11800000000, "2025-9M", "actual", "Kyrgyzstan's total foreign trade in January-September reached $11.8 billion", note="Distractor."),
    ],
    events=[
        E("2025-11-11", "26th meeting of the Kyrgyz-Russian Intergovernmental Commission at Ala-Archa (restricted format)", "The 26th meeting of the Kyrgyz-Russian Intergovernmental Commission on Trade, Economic, Scientific, Technical and Humanitarian Cooperation was held in a restricted format at the Ala-Archa state residence on Tuesday", "igc_session", "past"),
        E("2025-11-11", "Kasymaliev met the Russian delegation led by Overchuk", "Chairman of the Cabinet of Ministers Adylbek Kasymaliev met the Russian delegation led by Deputy Prime Minister Alexei Overchuk", "meeting", "past"),
        E("2025", "25th anniversary of the Declaration of Eternal Friendship, Alliance and Partnership", "this year the two countries mark the 25th anniversary of the Declaration of Eternal Friendship, Alliance and Partnership", "anniversary", "ongoing"),
        E("2000", "Declaration of Eternal Friendship, Alliance and Partnership signed", "signed in 2000", "agreement", "past"),
        E(None, "25th meeting of the commission (decisions reviewed)", "the decisions of the 25th meeting", "igc_session", "past", date_note="No date given."),
        E("2025-11-11", "President Sadyr Japarov received Alexei Overchuk", "President Sadyr Japarov received Alexei Overchuk", "meeting", "past"),
        E("2025-11-11", "Protocol of the 26th meeting signed", "The protocol of the 26th meeting was signed", "agreement", "past"),
        E("2026", "Next commission meeting in Russia in 2026", "The next meeting is planned to be held in Russia in 2026", "igc_session", "planned"),
    ],
)
