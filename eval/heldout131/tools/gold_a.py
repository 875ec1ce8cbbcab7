# Gold for 01-05 (people: nominative, role, forms; name_in_text = main form in text)
def P(nom, role, forms, name=None, note=None):
    d = {"name_ru_nominative": nom, "name_in_text": name or forms[0], "role": role, "forms_in_text": forms}
    if note: d["note"] = note
    return d
def F(metric, value, period, kind, quote, qualifier=None, period_text=None, note=None):
    d = {"metric": metric, "value": value, "period": period, "kind": kind, "quote": quote}
    if qualifier: d["qualifier"] = qualifier
    if period_text: d["period_text"] = period_text
    if note: d["note"] = note
    return d
def E(date, what, quote, type_, status, bilateral, date_partial=None, note=None):
    d = {"date": date, "what": what, "quote": quote, "type": type_, "status": status, "bilateral": bilateral}
    if date_partial: d["date_partial"] = date_partial
    if note: d["date_note"] = note
    return d

GA = {}

GA["01_interfax_ru_noyear_ipa_cis_stroev_kenesh.txt"] = dict(
 header_date="unknown", date=None, date_partial="????-04-17", date_source="body_day_month_only",
 date_note="Dateline 'САНКТ-ПЕТЕРБУРГ. 17 апреля. ИНТЕРФАКС' has no year; no year anywhere in the text or URL. The officials (Stroyev as Federation Council chairman 1996-2001, the two-chamber Kyrgyz parliament with Matubraimov and Mukambaev) only bound it to the late 1990s, which does not fix the year.",
 people=[
  P("Егор Строев", "председатель Совета Федерации, председатель Совета МПА СНГ", ["Егор Строев", "Е.Строева", "Е.Строев"]),
  P("Алмамбет Матубраимов", "председатель Собрания народных представителей Жогорку Кенеша", ["Алмамбетом Матубраимовым", "А.Матубраимов"]),
  P("Усуп Мукамбаев", "председатель Законодательного собрания Жогорку Кенеша", ["Усуп Мукамбаев", "У.Мукамбаев"]),
  P("Аскар Акаев", "президент Киргизии", ["Аскару Акаеву"]),
  P("Геннадий Селезнев", "председатель Государственной Думы", ["Геннадий Селезнев"]),
 ],
 other_names=[],
 figures=[
  F("trade_turnover", 330000000, None, "actual", "товарооборот Киргизии и России в прошлом году составил около 330 млн долларов", "about", "в прошлом году", "Year of 'прошлом году' unknown: the article has no year."),
  F("kg_kz_trade_turnover", 250000000, None, "actual", "тогда как с Казахстаном - порядка 250 млн долларов", "about", note="Distractor: Kyrgyzstan–Kazakhstan trade, same (unknown) year."),
  F("kg_state_debt_to_russia", 130000000, None, "actual", "Государственный долг республики перед Россией, по его данным, превышает 130 млн долларов", "more than", note="Distractor: debt, not turnover."),
 ],
 events=[
  E(None, "Stroyev meets the Jogorku Kenesh delegation (Matubraimov, Mukambaev) at the Tauride Palace, St Petersburg", "Егор Строев в четверг встретился в Таврическом дворце с делегацией Жогорку Кенеша Киргизии", "meeting", "past", True, "????-04-17", "'в четверг' = the dateline day, 17 April; year unknown."),
  E(None, "Plenary session of the CIS Interparliamentary Assembly opens in St Petersburg (two days)", "очередном пленарном заседании Межпарламентской ассамблеи, которое откроется в пятницу", "conference", "planned", False, "????-04-18", "'в пятницу' = the day after Thursday 17 April; year unknown."),
  E(None, "Kyrgyz Legislative Assembly approved in first reading the Russia–Kyrgyzstan agreement on the legal status of permanently resident citizens", "Законодательное собрание уже одобрило в первом чтении соглашение между Россией и Киргизией о правовом статусе граждан, постоянно проживающих на территории другой стороны", "agreement", "past", True),
  E(None, "Final parliamentary decision on the legal-status agreement before the end of the spring session, then to President Akayev for signature", "Окончательное решение по документу, по его словам, будет принято до конца весенней сессии", "agreement", "planned", True),
  E(None, "Duma chairman Seleznyov accepted an invitation to visit Bishkek officially in the second half of the year", "Геннадий Селезнев принял приглашение посетить Бишкек с официальным визитом во второй половине года", "visit", "planned", True),
  E(None, "Agreed: off-site session in Bishkek of the IPA CIS standing commission on economy and finance", "договорились провести в Бишкеке выездное заседание постоянной комиссии МПА по экономике и финансам", "conference", "planned", False),
 ])

GA["02_kommersant_ru_2003_kant_base_ratification.txt"] = dict(
 header_date="unknown", date="2003-10-24", date_source="byline",
 date_note="Issue line 'Газета «Коммерсантъ» №197 (2781) от 24.10.2003'. 'Вчера' in the body therefore = 2003-10-23 (the opening of the Kant base).",
 people=[
  P("Владимир Путин", "президент России", ["Владимир Путин", "господин Путин"]),
  P("Аскар Акаев", "президент Киргизии", ["Аскар Акаев"]),
  P("Сергей Иванов", "министр обороны РФ", ["Сергея Иванова"]),
  P("Алтай Борубаев", "председатель Законодательного собрания Жогорку Кенеша", ["Алтай Борубаев", "господин Борубаев"]),
  P("Абдыганы Эркебаев", "председатель Собрания народных представителей Жогорку Кенеша", ["Абдыганы Эркебаев"]),
 ],
 other_names=["Олег Сивцов"],
 figures=[
  F("trade_turnover_growth_pct", 15, "2003-8M", "actual", "товарооборот двух стран за восемь месяцев этого года вырос на 15%", period_text="за восемь месяцев этого года"),
  F("kg_state_debt_to_russia", 180000000, "2003", "actual", "Госдолг Бишкека перед Москвой — около $180 млн", "about", note="Distractor: debt."),
 ],
 events=[
  E("2003-10-23", "Putin and Akayev open the Russian air base at Kant", "Вчера президент России Владимир Путин и президент Киргизии Аскар Акаев открыли российскую авиабазу в Канте", "visit", "past", True),
  E("2003-09", "Agreement on the status and conditions of the air base signed by the presidents in Moscow", "Соглашение о статусе и условиях пребывания авиабазы, подписанное президентами в сентябре в Москве", "agreement", "past", True),
  E("2003", "Jogorku Kenesh Legislative Assembly to consider ratification of the base agreement before the end of the year", "депутаты намерены рассмотреть документ до конца года", "agreement", "planned", True),
  E(None, "Assembly of People's Representatives to consider the ratification law after the Legislative Assembly", "его коллеги рассмотрят закон после Законодательного собрания", "agreement", "planned", True),
  E(None, "Russian ratification expected from the newly elected State Duma after the December elections", "ратификацию, скорее всего, проведет уже Дума нового созыва", "agreement", "planned", True),
  E("2003-10-23", "Putin–Akayev talks in restricted format at the Ala-Archa residence after the ceremony", "Владимир Путин и Аскар Акаев провели переговоры в узком составе в резиденции «Ала-Арча»", "meeting", "past", True),
 ])

GA["03_24kg_ru_2007_sultanov_gryzlov_moscow.txt"] = dict(
 header_date="2007-02-20", date="2007-02-20", date_source="header(page metadata)",
 date_note="Page metadata line 'date 2007-02-20 16:05'; URL agrees. 'сегодня' = 2007-02-20, 'Накануне' = 2007-02-19, 'В среду' = 2007-02-21.",
 people=[
  P("Марат Султанов", "торага Жогорку Кенеша", ["Марат Султанов", "Марата Султанова"]),
  P("Борис Грызлов", "председатель Государственной Думы", ["Борисом Грызловым", "Бориса Грызлова", "Б.Грызлова"]),
  P("Сергей Миронов", "председатель Совета Федерации", ["Сергеем Мироновым", "Сергей Миронов"]),
  P("Курманбек Бакиев", "президент Кыргызстана", ["Курманбека Бакиева"]),
  P("Михаил Фрадков", "председатель правительства РФ", ["Михаилом Фрадковым"]),
 ],
 other_names=["Нургуль Абдиева"],
 figures=[
  F("trade_turnover", 1000000000, "2006", "actual", "товарооборот между Кыргызстаном и Россией по итогам 2006 года превысил 1 млрд долларов", "more than"),
  F("trade_turnover_growth_pct", 40, "2006", "actual", "увеличившись на 40 процентов"),
  F("remittances_from_russia", 480000000, "2006", "actual", "денежные переводы трудовых мигрантов из России за тот же период достигли 480 млн долларов", period_text="за тот же период", note="Distractor: remittances."),
 ],
 events=[
  E("2007-02-20", "Sultanov–Gryzlov talks in Moscow (Sultanov's official visit to Russia)", "сегодня провел переговоры с председателем Государственной Думы Борисом Грызловым", "meeting", "past", True),
  E("2007", "Agreement on cooperation between the State Duma and the Jogorku Kenesh to be signed during Gryzlov's return visit to Bishkek in autumn", "соглашение о сотрудничестве между Государственной Думой и Жогорку Кенешем, которое планируется подписать в ходе ответного визита Бориса Грызлова в Бишкек осенью", "visit", "planned", True, note="'осенью' of the current year."),
  E(None, "Proposal to create a mirror friendship group in the Jogorku Kenesh", "Мы предложили создать зеркальную группу дружбы в Жогорку Кенеше", "other", "planned", True),
  E("2006", "State Duma ratified the agreement on the stay of citizens of one state on the territory of the other", "в прошлом году депутаты ратифицировали соглашение о порядке пребывания граждан одного государства на территории другого", "agreement", "past", True),
  E("2007-02-19", "Sultanov met Federation Council chairman Sergey Mironov and passed on Bakiyev's message", "Накануне спикер кыргызского парламента встретился с председателем Совета Федерации Сергеем Мироновым", "meeting", "past", True),
  E("2007-02-21", "Planned meeting of Sultanov with Russian prime minister Fradkov", "В среду запланирована встреча Марата Султанова с председателем правительства РФ Михаилом Фрадковым", "meeting", "planned", True),
  E("2007-04", "Kyrgyz delegation to attend the EurAsEC Interparliamentary Assembly session in St Petersburg", "В апреле кыргызская делегация примет участие в заседании Межпарламентской ассамблеи ЕврАзЭС в Санкт-Петербурге", "conference", "planned", False),
 ])

GA["04_ap_en_2009_manas_vote_tagayev.txt"] = dict(
 header_date="unknown", date="2009-02-19", date_source="byline",
 date_note="Byline 'Thursday, February 19, 2009'; the vote took place 'Thursday'.",
 people=[
  P("Айтибай Тагаев", "торага Жогорку Кенеша", ["Aitibai Tagayev"]),
  P("Курманбек Бакиев", "президент Кыргызстана", ["Kurmanbek Bakiyev", "Bakiyev"]),
  P("Дмитрий Медведев", "президент России", ["Dmitry Medvedev"]),
  P("Константин Косачев", "председатель комитета Госдумы по международным делам", ["Konstantin Kosachev"]),
 ],
 other_names=["NURLAN ISAKOV", "Dmitri Volkov"],
 figures=[
  F("trade_turnover", 2000000000, "2008", "actual", "Trade between Russia and Kyrgyzstan approached $2 billion last year", "approaching", "last year"),
  F("china_kg_trade", 9000000000, "2008", "actual", "neighboring China reported trade with Kyrgyzstan of more than $9 billion", "more than", note="Distractor: China–Kyrgyzstan trade."),
  F("russian_loan_pledge", 2000000000, None, "actual", "Russia pledged $2 billion in loans", note="Distractor: amount pledged 2009-02-03."),
  F("russian_financial_aid", 150000000, None, "actual", "$150 million in financial aid", note="Distractor: aid."),
  F("debt_write_off", 180000000, None, "actual", "to write off $180 million in Kyrgyz debt", note="Distractor: debt write-off."),
  F("manas_annual_rent_usd", 17400000, "annual", "actual", "The United States pays $17.4 million a year to use the base", note="Distractor: US rent for Manas."),
 ],
 events=[
  E("2009-02-19", "Kyrgyz parliament votes 78-1 to close the US Manas air base", "Kyrgyzstan's parliament voted overwhelmingly Thursday to close a U.S. air base", "other", "past", False, note="Kyrgyz–US matter, not a Kyrgyz–Russian event; listed as context."),
  E(None, "Bill goes to President Bakiyev for signature", "The measure now goes to President Kurmanbek Bakiyev, who is expected to sign it within days", "other", "planned", False),
  E("2009-02-03", "Bakiyev–Medvedev talks in Moscow; Russia pledges loans, aid and debt write-off", "Bakiyev announced his intention to close the base on Feb. 3 in Moscow after talks with Russian President Dmitry Medvedev", "meeting", "past", True),
  E(None, "State Duma to ratify the Russian loan agreement once the government submits it", "the State Duma would move quickly to ratify the loan agreement once the government submitted it", "agreement", "planned", True),
  E("2009-02", "CSTO summit in Moscow agrees to create a joint rapid reaction force", "leaders of the Moscow-led Collective Security Treaty Organization, which includes Kyrgyzstan, agreed at a summit in the Russian capital to create a joint rapid reaction force", "agreement", "past", False, note="'Earlier this month'."),
 ])

GA["05_kabar_ru_2010_observers_zatulin.txt"] = dict(
 header_date="unknown", date="2010-10-11", date_source="body",
 date_note="Page line '11 октября 2010 15:20' and dateline 'Бишкек, 11 октября /Кабар/'. 'в воскресенье' = 2010-10-10 (election day).",
 people=[
  P("Сергей Лебедев", "председатель Исполкома – исполнительный секретарь СНГ, глава миссии наблюдателей", ["Сергей Лебедев"]),
  P("Константин Затулин", "первый заместитель председателя комитета Госдумы по делам СНГ и связям с соотечественниками", ["Константин Затулин", "К.Затулин", "К.Затулина"]),
  P("Дмитрий Медведев", "президент России", ["Дмитрий Медведев"]),
  P("Акылбек Сариев", "председатель ЦИК Кыргызстана", ["Акылбек Сариев"]),
  P("Роза Отунбаева", "президент переходного периода Кыргызстана", ["Роза Отунбаева"]),
 ],
 other_names=["Азамат Токторов"],
 figures=[
  F("trade_turnover", 720000000, "2010-7M", "actual", "товарооборот двух стран за семь месяцев текущего года составил порядка 720 млн долларов", "about", "за семь месяцев текущего года"),
  F("trade_turnover_growth_pct", -8, "2010-7M", "actual", "что на 8 процентов меньше, чем годом ранее", note="Decline of 8%."),
  F("voter_turnout_pct", 56, None, "actual", "явка составила около 56 процентов", "about", note="Distractor: election turnout."),
 ],
 events=[
  E("2010-10-10", "Parliamentary elections in Kyrgyzstan observed by the CIS mission including IPA CIS and State Duma deputies", "выборы депутатов Жогорку Кенеша, прошедшие в воскресенье", "other", "past", False),
  E("2010-04", "Russia introduced export duties on fuel supplied to Kyrgyzstan", "с апреля Россия ввела экспортные пошлины на горюче-смазочные материалы, поставляемые в Кыргызстан", "other", "past", True),
  E(None, "Duma committee ready to receive a delegation of the new Kyrgyz parliament in Moscow", "комитет Госдумы готов в ближайшее время принять в Москве делегацию нового кыргызского парламента", "visit", "planned", True),
  E("2010-11", "Observer mission report to be considered at the IPA CIS plenary in St Petersburg", "Доклад миссии наблюдателей будет рассмотрен на пленарном заседании Межпарламентской ассамблеи СНГ в ноябре в Санкт-Петербурге", "conference", "planned", False),
 ])
