# Gold annotation, articles 01-07.
def P(nom, intext, role, forms, note=None):
    d = {"name_ru_nominative": nom, "name_in_text": intext, "role": role, "forms_in_text": forms}
    if note: d["note"] = note
    return d

def F(metric, value, period, kind, quote, qualifier=None, period_text=None, note=None):
    d = {"metric": metric, "value": value, "period": period, "kind": kind}
    if qualifier: d["qualifier"] = qualifier
    d["quote"] = quote
    if period_text: d["period_text"] = period_text
    if note: d["note"] = note
    return d

def E(date, what, quote, type_, status, bilateral=True, date_note=None, date_partial=None):
    d = {"date": date}
    if date_partial: d["date_partial"] = date_partial
    if date_note: d["date_note"] = date_note
    d.update({"what": what, "quote": quote, "type": type_, "status": status, "bilateral": bilateral})
    return d

GA = {}

GA["01"] = dict(
    lang="ru", header_date="17 мая", date="2001-05-17", date_partial=None, date_source="inferred_year",
    date_note="Interfax dateline 'МОСКВА. 17 мая' has no year; the year 2001 follows from 'в 2000 году' figures reported as last year's and the Declaration 'подписанной ... в июле прошлого года' (July 2000). 17 May 2001 is a Thursday, matching 'в четверг'.",
    people=[
        P("Михаил Касьянов", "Михаил Касьянов", "Председатель правительства России", ["Михаил Касьянов", "М.Касьянов"]),
        P("Курманбек Бакиев", "Курманбек Бакиев", "премьер-министр Киргизии", ["Курманбек Бакиев", "К.Бакиева", "К.Бакиев"]),
    ],
    other_names=[],
    figures=[
        F("trade_turnover", 240000000, "2000", "actual", "в 2000 году объем взаимной торговли составил около 240 млн долларов", qualifier="about"),
        F("trade_turnover_growth_pct", 18, "2000", "actual", "увеличившись на 18% по сравнению с 1999 годом"),
        F("trade_turnover_growth_pct", 11, "2001-Q1", "actual", "В первом квартале текущего года, по словам К.Бакиева, товарооборот вырос еще на 11%", period_text="В первом квартале текущего года", note="Year inferred (2001)."),
        F("kg_debt_to_russia_usd", 130000000, None, "actual", "задолженности Киргизии перед РФ, которая, по данным Минфина России, превышает 130 млн долларов", qualifier="more than", note="Debt, not trade."),
        F("kg_kz_trade_usd", 180000000, "2000", "actual", "товарооборот Киргизии с Казахстаном в 2000 году, по данным Нацстаткома республики, составил около 180 млн долларов", qualifier="about", note="Distractor: Kyrgyzstan–Kazakhstan trade."),
        F("kg_cn_trade_usd", 110000000, "2000", "actual", "с Китаем - около 110 млн долларов", qualifier="about", note="Distractor: Kyrgyzstan–China trade."),
    ],
    events=[
        E("2001-05-17", "Talks of Russian PM Mikhail Kasyanov and Kyrgyz PM Kurmanbek Bakiyev in Moscow", "в четверг провели в Москве переговоры", "meeting", "past", date_note="Thursday of the dateline day; year inferred."),
        E("2001", "Next session of the intergovernmental commission to be held in Bishkek in the autumn", "очередное заседание межправительственной комиссии по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству пройдет в Бишкеке осенью", "igc_session", "planned", date_note="'осенью' of the current (inferred 2001) year."),
        E("2000-07", "Declaration on Eternal Friendship, Alliance and Partnership signed by the presidents in Moscow", "Декларации о вечной дружбе, союзничестве и партнерстве, подписанной президентами двух стран в июле прошлого года в Москве", "agreement", "past", date_note="'в июле прошлого года' relative to inferred 2001."),
        E("2001-05-16", "Bakiyev arrived in Moscow (visit)", "К.Бакиев прибыл в Москву в среду", "visit", "past", date_note="Wednesday before the Thursday talks."),
        E("2001-05-18", "Bakiyev to meet the management of RAO UES of Russia", "В пятницу он встретится с руководством РАО \"ЕЭС России\"", "meeting", "planned", date_note="Friday after the dateline."),
    ],
)

GA["02"] = dict(
    lang="ru", header_date="13.03.2003", date="2003-03-13", date_partial=None, date_source="header",
    date_note="Newspaper issue date 13.03.2003; the reported events happened 'вчера' (12 March 2003).",
    people=[P("Николай Танаев", "Николай Танаев", "премьер-министр Кыргызстана", ["Николай Танаев"])],
    other_names=["Ирина КОВАЛЕВА"],
    figures=[
        F("trade_turnover", 236400000, "2002", "actual", "в 2002 году товарооборот Кыргызстана с Россией составил 236,4 млн долларов"),
        F("trade_turnover_growth_pct", -7, "2002", "actual", "что на 7 процентов меньше, чем годом ранее", note="Decline of 7%."),
        F("kg_total_foreign_trade_usd", 1100000000, "2002", "actual", "Общий внешнеторговый оборот республики за тот же период достиг 1,1 млрд долларов", note="Distractor: Kyrgyzstan's total foreign trade."),
        F("russia_share_kg_trade_pct", 20, "2002", "actual", "Россия, таким образом, по-прежнему обеспечивает около пятой части нашей внешней торговли", qualifier="about", note="'около пятой части' = about 20%."),
        F("trade_turnover", 400000000, "annual", "target", "выйти в ближайшие годы на ежегодный товарооборот не менее 400 млн долларов", note="'не менее' = at least."),
        F("kg_budget_deficit_pct_gdp", 5, "2003", "forecast", "дефицит которого, по оценке Минфина, может составить 5 процентов ВВП", note="Distractor: domestic budget."),
    ],
    events=[
        E("2003-03-12", "PM Nikolai Tanayev received the Russian delegation to the intergovernmental commission", "Вчера в Доме правительства премьер-министр Николай Танаев принял российскую делегацию", "meeting", "past", date_note="'Вчера' relative to the 13.03.2003 issue."),
        E("2003-03-12", "Session of the Kyrgyz-Russian intergovernmental commission at the Ala-Archa residence", "Само заседание прошло в тот же день в госрезиденции \"Ала-Арча\"", "igc_session", "past", date_note="'в тот же день' = the day of the reception."),
        E("2003-03-12", "Co-chairs signed the protocol (working group on industrial cooperation, fuel and energy sub-commission)", "сопредседатели подписали протокол", "agreement", "past"),
        E("2004", "Next commission session in Moscow in the first half of 2004", "Следующее заседание решено провести в Москве в первом полугодии 2004 года", "igc_session", "planned", date_note="First half of 2004."),
        E("2003-03", "Parliament debated amendments to the 2003 budget (domestic)", "депутаты Законодательного собрания на этой неделе продолжили обсуждение поправок в республиканский бюджет на 2003 год", "other", "ongoing", bilateral=False, date_note="'на этой неделе' of the issue date."),
    ],
)

GA["03"] = dict(
    lang="ru", header_date="15:27 15/03/2006", date="2006-03-15", date_partial=None, date_source="header",
    date_note="RIA header timestamp; dateline '15 мар'; URL also carries 20060315.",
    people=[
        P("Михаил Фрадков", "Михаил Фрадков", "Премьер-министр РФ", ["Михаил Фрадков", "Фрадков"]),
        P("Феликс Кулов", "Феликс Кулов", "премьер-министр Киргизии", ["Феликс Кулов", "Кулов"]),
    ],
    other_names=[],
    figures=[
        F("trade_turnover_growth_pct", 25, "2005", "actual", "В прошлом году наш товарооборот вырос примерно на четверть", qualifier="about", note="'примерно на четверть' = about 25%."),
        F("trade_turnover", 700000000, "2005", "actual", "приблизился к 700 миллионам долларов", qualifier="approaching"),
        F("trade_turnover", 1000000000, "annual", "target", "довести объем взаимной торговли до 1 миллиарда долларов в год", period_text="в ближайшие два-три года"),
        F("kg_external_debt_usd", 2000000000, None, "actual", "на начало года составлял около 2 миллиардов долларов", qualifier="about", period_text="на начало года", note="Distractor: total external debt of Kyrgyzstan, start of 2006."),
    ],
    events=[
        E("2006-03-15", "Talks of PMs Mikhail Fradkov and Felix Kulov in Moscow", "провели в среду в Москве переговоры", "meeting", "past"),
        E("2006-05", "Next intergovernmental commission session in Bishkek in May", "очередное заседание межправительственной комиссии по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству пройдет в Бишкеке в мае", "igc_session", "planned"),
        E("2006-03-14", "Kulov arrived in Moscow on a working visit", "Кулов прибыл в Москву во вторник с рабочим визитом", "visit", "past", date_note="Tuesday before the Wednesday talks."),
        E("2006-03-16", "Kulov to meet Gazprom and Russian Railways management", "В четверг он проведет встречи с руководством \"Газпрома\" и ОАО \"РЖД\"", "meeting", "planned"),
        E("2006-06", "Anniversary SCO summit in Shanghai", "юбилейном саммите Шанхайской организации сотрудничества", "conference", "planned", bilateral=False),
    ],
)

GA["04"] = dict(
    lang="ru", header_date="unknown", date="2009-06-11", date_partial=None, date_source="url",
    date_note="No page header; the URL carries 20090611 and the dateline '11 июн' (no year); 11 June 2009 is a Thursday ('в четверг').",
    people=[
        P("Владимир Путин", "Владимир Путин", "председатель правительства РФ", ["Путин", "Владимир Путин"]),
        P("Игорь Чудинов", "Игорем Чудиновым", "премьер-министр Киргизии", ["Игорем Чудиновым", "Чудинов"]),
        P("Дмитрий Медведев", "Дмитрия Медведева", "президент России", ["Дмитрия Медведева"]),
        P("Курманбек Бакиев", "Курманбека Бакиева", "президент Киргизии", ["Курманбека Бакиева"]),
    ],
    other_names=[],
    figures=[
        F("russia_loan_to_kg_usd", 2000000000, None, "actual", "льготный кредит в размере 2 млрд долларов", note="Distractor: loan agreed in February 2009, not trade."),
        F("russia_grant_to_kg_usd", 150000000, None, "actual", "безвозмездную финансовую помощь в объеме 150 млн долларов", note="Distractor: grant."),
        F("debt_writeoff_usd", 180000000, None, "actual", "списать часть государственного долга республики на сумму около 180 млн долларов", qualifier="about", note="Debt write-off in exchange for Dastan shares."),
        F("trade_turnover_growth_pct", 44, "2008", "actual", "в прошлом году товарооборот между двумя странами вырос на 44%"),
        F("trade_turnover", 1860000000, "2008", "actual", "достиг 1,86 млрд долларов"),
        F("trade_turnover_growth_pct", -27, "2009-4M", "actual", "в январе-апреле текущего года, по данным российской таможни, он сократился почти на 27%", qualifier="almost"),
        F("loan_tranche_usd", 300000000, None, "actual", "первый транш в 300 млн долларов", note="Distractor: first tranche of the loan, used for budget support."),
    ],
    events=[
        E("2009-06-11", "Meeting of Russian PM Vladimir Putin with Kyrgyz PM Igor Chudinov", "заявил в четверг председатель правительства РФ Владимир Путин на встрече с премьер-министром Киргизии Игорем Чудиновым", "meeting", "past"),
        E("2009-02-03", "Talks of presidents Medvedev and Bakiyev in Moscow; loan, grant and debt agreements", "достигнутых 3 февраля в Москве в ходе переговоров президентов России и Киргизии", "meeting", "past"),
        E(None, "Next intergovernmental commission session (date not set)", "ближайшем заседании межправительственной комиссии", "igc_session", "planned", date_note="'Дата заседания пока не определена'."),
        E("2009-06-14", "Meeting of EurAsEC and CSTO heads of state in Moscow", "встречи глав государств - членов ЕврАзЭС и ОДКБ, которая пройдет в российской столице в воскресенье", "conference", "planned", bilateral=False, date_note="Sunday after Thursday 11 June 2009."),
    ],
)

GA["05"] = dict(
    lang="ru", header_date="12.03.2011", date="2011-03-12", date_partial=None, date_source="header",
    date_note="Newspaper issue of 12.03.2011 (Saturday); the talks took place 'в пятницу' = 11 March 2011.",
    people=[
        P("Алмазбек Атамбаев", "Алмазбек Атамбаев", "премьер-министр Киргизии", ["Алмазбек Атамбаев", "Атамбаев"], note="Appears as 'господин Атамбаев'."),
        P("Владимир Путин", "Владимира Путина", "председатель правительства России", ["Владимира Путина", "Владимиром Путиным", "Владимир Путин"]),
        P("Игорь Сечин", "Игорю Сечину", "вице-премьер России", ["Игорю Сечину"]),
    ],
    other_names=["Ольга Никитина"],
    figures=[
        F("trade_turnover_growth_pct", -12, "2010", "actual", "в 2010 году товарооборот двух стран сократился на 12%"),
        F("trade_turnover", 1400000000, "2010", "actual", "составил около 1,4 млрд долларов", qualifier="about"),
        F("ru_kz_trade_usd", 18000000000, "2010", "actual", "торговля России с Казахстаном за тот же год превысила 18 млрд долларов", qualifier="more than", note="Distractor: Russia–Kazakhstan trade."),
    ],
    events=[
        E("2011-03-11", "Talks of Kyrgyz PM Almazbek Atambayev and Russian PM Vladimir Putin in Moscow", "в пятницу провел в Москве переговоры с председателем правительства России Владимиром Путиным", "meeting", "past", date_note="Friday before the 12.03.2011 issue."),
        E("2010-04", "Russia introduced export duties on oil products (to Kyrgyzstan)", "введенных в апреле прошлого года", "other", "past"),
        E(None, "Kyrgyzstan intends to apply to join the Customs Union and agree a roadmap", "Бишкек намерен подать заявку на вступление в Таможенный союз", "other", "planned", bilateral=False),
        E("2011-04", "Next intergovernmental commission session in Bishkek in April", "провести следующее заседание межправительственной комиссии в апреле в Бишкеке", "igc_session", "planned"),
        E("2011", "Kyrgyz presidential election planned for the autumn (domestic)", "президентским выборам, намеченным на осень", "other", "planned", bilateral=False),
    ],
)

GA["06"] = dict(
    lang="ru", header_date="unknown", date="2013-10-25", date_partial=None, date_source="body",
    date_note="Date only in the first line of the body ('25 октября 2013 года'); the URL has no date.",
    people=[
        P("Жанторо Сатыбалдиев", "Жанторо Сатыбалдиев", "Премьер-министр Кыргызской Республики", ["Жанторо Сатыбалдиев", "Ж.Сатыбалдиев"]),
        P("Дмитрий Медведев", "Дмитрий Медведев", "Председатель Правительства Российской Федерации", ["Дмитрий Медведев", "Дмитрием Медведевым", "Д.Медведев"]),
        P("Владимир Путин", "Владимира Путина", "Президент Российской Федерации", ["Владимира Путина"]),
    ],
    other_names=[],
    figures=[
        F("debt_writeoff_usd", 489000000, None, "actual", "урегулирование задолженности Кыргызской Республики в размере 489 млн долларов США", note="Debt settlement, not trade."),
        F("trade_turnover", 2200000000, "2012", "actual", "По итогам 2012 года товарооборот между Кыргызстаном и Россией составил 2,2 млрд долларов США"),
        F("trade_turnover_growth_pct", 8, "2013-9M", "actual", "за девять месяцев текущего года он увеличился на 8 процентов"),
    ],
    events=[
        E("2013-10-25", "PM Zhantoro Satybaldiyev met Russian PM Dmitry Medvedev during a working visit to Moscow", "Премьер-министр Кыргызской Республики Жанторо Сатыбалдиев в рамках рабочего визита в г. Москву встретился с Председателем Правительства Российской Федерации Дмитрием Медведевым", "meeting", "past"),
        E("2012-09", "State visit of President Vladimir Putin to Kyrgyzstan", "государственного визита Президента Российской Федерации Владимира Путина в Кыргызскую Республику в сентябре 2012 года", "visit", "past"),
        E("2012", "Debt settlement agreement (USD 489 million) of 2012", "предусмотренное соглашением 2012 года", "agreement", "past"),
        E(None, "Draft roadmap for accession to the Customs Union to be sent to partners", "проект документа рассмотрен правительством и будет направлен партнерам в ближайшее время", "other", "planned", bilateral=False),
        E("2013", "Next session of the Intergovernmental commission in Bishkek before the end of the year", "провести очередное заседание Межправительственной кыргызско-российской комиссии до конца года в г. Бишкек", "igc_session", "planned"),
    ],
)

GA["07"] = dict(
    lang="en", header_date="19 Nov 2015, 17:48", date="2015-11-19", date_partial=None, date_source="header",
    date_note="'Posted' line; talks 'on Thursday' = 19 November 2015.",
    people=[
        P("Темир Сариев", "Temir Sariyev", "Prime Minister of Kyrgyzstan", ["Temir Sariyev", "Sariyev"]),
        P("Дмитрий Медведев", "Dmitry Medvedev", "Prime Minister of Russia", ["Dmitry Medvedev", "Medvedev"]),
        P("Александр Новак", "Alexander Novak", "Russian Energy Minister", ["Alexander Novak"]),
    ],
    other_names=[],
    figures=[
        F("trade_turnover_growth_pct", -23, "2015-9M", "actual", "trade between the two countries dropped by 23% in January-September 2015"),
        F("trade_turnover", 1100000000, "2015-9M", "actual", "to $1.1 billion"),
        F("eaeu_mutual_trade_growth_pct", -26, "2015-9M", "actual", "Mutual trade of the EAEU member states as a whole fell by about 26% over the same period", qualifier="about", note="Distractor: EAEU total."),
        F("rkdf_authorized_capital_usd", 500000000, None, "actual", "whose authorized capital is $500 million", note="Distractor: Russian-Kyrgyz Development Fund."),
        F("rkdf_loans_approved_usd", 100000000, None, "actual", "approved loans worth over $100 million", qualifier="more than", note="Distractor."),
        F("remittances_ru_to_kg_usd", 1200000000, "2015-9M", "actual", "Remittances from Russia to Kyrgyzstan amounted to $1.2 billion in nine months of the year", note="Distractor: remittances."),
    ],
    events=[
        E("2015-11-19", "Talks of PMs Temir Sariyev and Dmitry Medvedev in Moscow", "held talks in Moscow on Thursday", "meeting", "past"),
        E("2015-08-12", "Kyrgyzstan became a full member of the EAEU", "Kyrgyzstan became a full member of the Eurasian Economic Union on August 12", "other", "past", bilateral=False),
        E("2015-12", "Next meeting of the Intergovernmental Commission in Bishkek in December", "the next meeting of the Intergovernmental Commission would be held in Bishkek in December", "igc_session", "planned"),
        E("2015-11-20", "Sariyev to meet Russian Energy Minister Alexander Novak", "Sariyev is also expected to meet with Russian Energy Minister Alexander Novak on Friday", "meeting", "planned"),
    ],
)
