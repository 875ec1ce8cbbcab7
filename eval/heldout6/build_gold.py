#!/usr/bin/env python3
"""Writes gold.json (the hand annotation is kept here as Python for brevity)."""
import json

def P(nom, role, forms, name_in_text=None, note=None):
    d = {'name_ru_nominative': nom, 'role': role, 'forms_in_text': forms}
    if name_in_text: d['name_in_text'] = name_in_text
    if note: d['note'] = note
    return d

def F(metric, value, period, kind, quote, qualifier=None, note=None, **kw):
    d = {'metric': metric, 'value': value, 'period': period, 'kind': kind}
    if qualifier: d['qualifier'] = qualifier
    d['quote'] = quote
    if note: d['note'] = note
    d.update(kw)
    return d

def E(date, what, quote, type_, status, bilateral=True, **kw):
    d = {'date': date, 'what': what, 'quote': quote, 'type': type_, 'status': status}
    d['bilateral'] = bilateral
    d.update(kw)
    return d

R = []

R.append({
 'file': 'p01_kommersant_1993_kulov_shumeiko.txt', 'lang': 'ru',
 'source': 'https://www.kommersant.ru/doc/51877', 'header_date': '1993-06-18',
 'date': '1993-06-18', 'date_source': 'header',
 'date_note': "Header date: and masthead 'КОММЕРСАНТЪ-DAILY № 113 от 18.06.1993'. 'Вчера' = 1993-06-17; 'Накануне' (the day before the talks) = 1993-06-16; '10 мая' = 1993-05-10 (introduction of the som).",
 'people': [
  P('Феликс Кулов', 'вице-президент Киргизии', ['Феликс Кулов', 'Кулова', 'господина Кулова']),
  P('Владимир Шумейко', 'первый заместитель председателя правительства России', ['Владимиром Шумейко', 'Шумейко']),
  P('Руслан Хасбулатов', 'председатель Верховного совета России', ['Руслан Хасбулатов']),
 ],
 'other_names': ['ДМИТРИЙ КАМЫШЕВ'],
 'figures': [
  F('debt_rub', 65000000000, '1992', 'actual', 'задолженность Бишкека по техническим кредитам 1992 года оценивается в 65 млрд рублей', note='Distractor: debt on 1992 technical credits, in roubles; NOT turnover.'),
  F('trade_turnover', 500000000, 'annual', 'target', 'довести объем взаимных поставок до 500 млн долларов в год', note='Kyrgyz target for mutual deliveries (1994 agreement).'),
  F('trade_turnover', 94000000, '1993-4M', 'actual', 'за январь—апрель товарооборот двух стран составил лишь 94 млн долларов'),
  F('trade_turnover_growth_pct', -40, '1993-4M', 'actual', 'что на 40% меньше, чем годом ранее'),
 ],
 'events': [
  E('1993-06-17', 'Kulov–Shumeiko talks in Moscow on the Russian technical credit', 'Вчера в Москве вице-президент Киргизии Феликс Кулов провел переговоры с первым вице-премьером российского правительства Владимиром Шумейко', 'meeting', 'past'),
  E('1993-05-10', 'Kyrgyzstan introduces its own currency, the som, leaving the rouble zone', '10 мая Киргизия первой из стран СНГ ввела собственную валюту — сом', 'other', 'past'),
  E(None, 'Intergovernmental agreement on mutual deliveries for 1994 to be signed soon', 'Стороны договорились в ближайшее время подписать межправительственное соглашение о взаимных поставках на 1994 год', 'agreement', 'planned'),
  E('1993-06-16', 'Khasbulatov receives Kulov', 'Накануне господина Кулова принял председатель Верховного совета России Руслан Хасбулатов', 'meeting', 'past'),
 ],
})

R.append({
 'file': 'e01_rferl_newsline_en_1997_primakov_bishkek.txt', 'lang': 'en',
 'source': None, 'header_date': None,
 'date': '1997-08-19', 'date_source': 'body',
 'date_note': "Newsline masthead 'Vol. 1, No. 98, Part I, 19 August 1997'. Arrival 'on 18 August' (1997-08-18); 'today' = 1997-08-19; 'a year earlier' = 1995; Akayev's visit 'in the autumn' = 1997.",
 'people': [
  P('Евгений Примаков', 'министр иностранных дел России', ['Yevgeny Primakov', 'Primakov'], 'Yevgeny Primakov'),
  P('Аскар Акаев', 'президент Кыргызстана', ['Askar Akayev', 'Akayev'], 'Askar Akayev'),
  P('Муратбек Иманалиев', 'министр иностранных дел Кыргызстана', ['Muratbek Imanaliev', 'Imanaliev'], 'Muratbek Imanaliev'),
 ],
 'other_names': ['Roman Kaspar'],
 'figures': [
  F('debt_usd', 140000000, None, 'actual', 'the $140 million Kyrgyz state debt', note='Distractor: state debt, NOT turnover.'),
  F('loan_usd', 30000000, None, 'forecast', 'a new loan of $30 million for the energy sector', note='Distractor: possible loan, NOT turnover.'),
  F('trade_turnover', 310000000, '1996', 'actual', 'trade turnover between the two countries fell to $310 million in 1996'),
  F('trade_turnover', 396000000, '1995', 'actual', 'down from $396 million a year earlier', period_text='a year earlier'),
 ],
 'events': [
  E('1997-08-18', "Primakov's two-day working visit to Bishkek begins", 'Russian Foreign Minister Yevgeny Primakov arrived in Bishkek on 18 August for a two-day working visit', 'visit', 'past'),
  E('1997-08-18', 'Primakov meets Akayev and Imanaliev', 'Primakov met with President Askar Akayev and his Kyrgyz counterpart, Muratbek Imanaliev', 'meeting', 'past', date_note='Day of the meeting not stated; within the 18-19 August visit, reported on the 19th as past.'),
  E('1997-08', 'Foreign ministries sign a consultation plan for 1997-1998', 'the two ministers signed a consultation plan for 1997-1998', 'agreement', 'past'),
  E('1997', 'Akayev to pay an official visit to Moscow in the autumn', 'Akayev will pay an official visit to Moscow "in the autumn."', 'visit', 'planned'),
  E('1997-08-19', 'Primakov travels on to Dushanbe', 'Primakov is due to travel on to Dushanbe today', 'visit', 'planned', bilateral=False),
 ],
})

R.append({
 'file': 'p02_rg_2007_atambaev_zubkov.txt', 'lang': 'ru',
 'source': None, 'header_date': None,
 'date': '2007-10-16', 'date_source': 'body',
 'date_note': "Body line '16.10.2007, 00:45' (the YAML front matter has no date). 'в минувшую пятницу' = Friday 2007-10-12; 'месяц назад Зубков возглавил кабинет' = 2007-09 (real: 14 September 2007); 'в декабре' = 2007-12; 'за восемь месяцев текущего года' = 2007-8M.",
 'people': [
  P('Алмазбек Атамбаев', 'премьер-министр Киргизии', ['Алмазбек Атамбаев', 'Атамбаев']),
  P('Виктор Зубков', 'председатель правительства России', ['Виктором Зубковым', 'Зубков', 'Виктор Зубков']),
 ],
 'other_names': ['Ольга Кирсанова', 'Александр Корольков'],
 'figures': [
  F('investment_usd', 2000000000, None, 'target', 'не меньше двух миллиардов долларов инвестиций в гидроэнергетику', qualifier='more than', note='Distractor: hoped-for investment, NOT turnover.'),
  F('trade_turnover_growth_pct', 52, '2007-8M', 'actual', 'за восемь месяцев текущего года товарооборот вырос на 52 процента'),
  F('trade_turnover', 1100000000, '2007-8M', 'actual', 'составил 1,1 млрд долларов'),
  F('trade_turnover', 1600000000, '2007', 'forecast', 'по итогам года может превысить 1,6 млрд', qualifier='more than'),
  F('remittances_usd', 480000000, '2006', 'actual', 'Переводы трудовых мигрантов из России в Киргизию, по оценке Центробанка, в 2006 году достигли 480 млн долларов', note='Distractor: migrant remittances, NOT turnover.'),
 ],
 'events': [
  E('2007-10-12', 'Atambayev–Zubkov talks in the Russian government house', 'Премьер-министр Киргизии Алмазбек Атамбаев в минувшую пятницу встретился в Доме правительства с председателем правительства России Виктором Зубковым', 'meeting', 'past'),
  E('2007-09', 'Zubkov becomes head of the Russian government', 'месяц назад Зубков возглавил кабинет', 'other', 'past', bilateral=False),
  E('2007-12', 'Intergovernmental commission session planned in Bishkek in December', 'Заседание межправительственной комиссии планируется провести в Бишкеке в декабре', 'igc_session', 'planned'),
 ],
})

R.append({
 'file': 'p03_24kg_2013_otorbaev_krutko.txt', 'lang': 'ru',
 'source': None, 'header_date': None,
 'date': '2013-03-05', 'date_source': 'body',
 'date_note': "Dateline 'Бишкек, 05.03.13' (two-digit year). 'сегодня' = 2013-03-05; 'в сентябре прошлого года' = 2012-09 (Putin's visit); 'на апрель' = 2013-04.",
 'people': [
  P('Джоомарт Оторбаев', 'вице-премьер-министр Кыргызстана', ['Джоомарт Оторбаев', 'Джоомарта Оторбаева', 'Оторбаева']),
  P('Андрей Крутько', 'посол России в Кыргызстане', ['Андреем Крутько', 'Андрей Крутько']),
  P('Владимир Путин', 'президент России', ['Владимира Путина']),
  P('Игорь Шувалов', 'первый заместитель председателя правительства России', ['Игорь Шувалов']),
 ],
 'other_names': ['Алия Мамбетова'],
 'figures': [
  F('trade_turnover', 2000000000, '2012', 'actual', 'в 2012 году товарооборот между странами составил около 2 млрд долларов', qualifier='about'),
  F('trade_turnover_growth_pct', 18, '2012', 'actual', 'увеличившись на 18 процентов'),
  F('grant_usd', 25000000, None, 'forecast', 'грант в размере 25 млн долларов на поддержку бюджета', note='Distractor: budget grant, NOT turnover.'),
 ],
 'events': [
  E('2013-03-05', 'Otorbaev meets Russian Ambassador Krutko in Bishkek', 'Вице-премьер-министр Кыргызстана Джоомарт Оторбаев встретился сегодня с Чрезвычайным и Полномочным послом Российской Федерации Андреем Крутько', 'meeting', 'past'),
  E('2013-04', 'Next session of the Kyrgyz–Russian intergovernmental commission planned in Moscow in April', 'очередному заседанию межправительственной кыргызско-российской комиссии, которое намечено на апрель в Москве', 'igc_session', 'planned'),
  E('2012-09', "Putin's visit (agreements signed)", 'соглашений, подписанных в ходе визита Владимира Путина в сентябре прошлого года', 'visit', 'past'),
  E(None, 'Shuvalov earlier received Otorbaev in Moscow', 'ранее Оторбаева принимал в Москве вице-премьер правительства РФ Игорь Шувалов', 'meeting', 'past'),
 ],
})

R.append({
 'file': 'e02_reuters_en_2015_sariyev_medvedev.txt', 'lang': 'en',
 'source': 'https://www.reuters.com/article/kyrgyzstan-russia-idUSL8N13X2KQ', 'header_date': '2015-12-08',
 'date': '2015-12-08', 'date_source': 'header',
 'date_note': "Header and page line 'Tue Dec 8, 2015'. 'on Monday' = 2015-12-07; 'in August' = 2015-08 (EEU accession); 'next year' = 2016; 'later this month' = 2015-12.",
 'people': [
  P('Дмитрий Медведев', 'председатель правительства России', ['Dmitry Medvedev', 'Medvedev'], 'Dmitry Medvedev'),
  P('Темир Сариев', 'премьер-министр Кыргызстана', ['Temir Sariyev', 'Sariyev'], 'Temir Sariyev'),
 ],
 'other_names': ['Nurzhan Abdiev', 'Clare Ferris'],
 'figures': [
  F('fund_contribution_usd', 100000000, '2016', 'forecast', 'Russia will transfer another $100 million to the Russian-Kyrgyz Development Fund next year', note='Distractor: development-fund transfer, NOT turnover.'),
  F('trade_turnover_growth_pct', -25, '2015-9M', 'actual', 'Turnover between the two countries fell by almost a quarter in the first nine months of this year', qualifier='almost'),
  F('trade_turnover', 1300000000, '2015-9M', 'actual', 'to $1.3 billion, according to Kyrgyz statistics'),
  F('remittances_usd', 1100000000, '2015-9M', 'actual', 'remittances from Russia dropped to $1.1 billion', note='Distractor: remittances, NOT turnover.'),
  F('remittances_usd', 1600000000, '2014-9M', 'actual', 'from $1.6 billion in the same period of 2014', note='Distractor: remittances, NOT turnover.'),
  F('trade_turnover', 2500000000, '2020', 'target', 'reaching $2.5 billion in trade turnover by 2020'),
  F('fund_capital_usd', 500000000, '2014', 'actual', 'set up in 2014 with $500 million in capital', note='Distractor: fund capital, NOT turnover.'),
 ],
 'events': [
  E('2015-12-07', 'Medvedev–Sariyev talks in Moscow', 'Prime Minister Dmitry Medvedev told his Kyrgyz counterpart Temir Sariyev in Moscow on Monday', 'meeting', 'past'),
  E('2015-08', 'Kyrgyzstan joins the Eurasian Economic Union', 'Kyrgyzstan joined the Moscow-led Eurasian Economic Union in August', 'agreement', 'past', bilateral=False),
  E('2014', 'Russian-Kyrgyz Development Fund set up', 'the fund, set up in 2014', 'other', 'past'),
  E('2015-12', 'Prime ministers to meet at the Eurasian Intergovernmental Council in Minsk', 'The two prime ministers are expected to meet again at the Eurasian Intergovernmental Council in Minsk later this month', 'summit', 'planned', bilateral=False),
 ],
})

R.append({
 'file': 'p04_minek_2018_oreshkin_boronov.txt', 'lang': 'ru',
 'source': None, 'header_date': None,
 'date': '2018-11-29', 'date_source': 'body',
 'date_note': "Press-release line '29 ноября 2018 г. 18:20'. 'в 2019 году' = next session; 'от 10 июня 1992 года' = friendship treaty.",
 'people': [
  P('Максим Орешкин', 'министр экономического развития России', ['Максим Орешкин']),
  P('Кубатбек Боронов', 'первый вице-премьер-министр Кыргызстана', ['Кубатбек Боронов']),
 ],
 'figures': [
  F('trade_turnover_growth_pct', 8.6, '2018-9M', 'actual', 'За девять месяцев 2018 года товарооборот между нашими странами вырос на 8,6%'),
  F('trade_turnover', 1450000000, '2018-9M', 'actual', 'достиг 1,45 млрд долларов США'),
  F('trade_turnover', 2000000000, '2018', 'forecast', 'по итогам года он превысит 2 млрд долларов', qualifier='more than'),
  F('investment_usd', 1200000000, None, 'actual', 'накопленный объем российских прямых инвестиций в экономику Кыргызстана превышает 1,2 млрд долларов', qualifier='more than', note='Distractor: accumulated FDI, NOT turnover.'),
 ],
 'events': [
  E('2018-11-29', '22nd session of the Russian–Kyrgyz intergovernmental commission in Moscow (co-chairs Oreshkin and Boronov)', 'В Москве состоялось двадцать второе заседание Межправительственной российско-кыргызской комиссии', 'igc_session', 'past'),
  E('2018-11-29', 'Protocol of the IGC session signed', 'По итогам заседания подписан протокол', 'agreement', 'past'),
  E('2019', 'Next IGC session planned in Kyrgyzstan', 'Следующее заседание комиссии решено провести в 2019 году в Кыргызстане', 'igc_session', 'planned'),
  E('1992-06-10', 'Treaty of friendship, cooperation and mutual assistance', 'Договором о дружбе, сотрудничестве и взаимной помощи от 10 июня 1992 года', 'agreement', 'past'),
 ],
})

R.append({
 'file': 'p05_kenesh_mamytov_matvienko_no_year.txt', 'lang': 'ru',
 'source': None, 'header_date': None,
 'date': None, 'date_partial': '2022-03-25', 'date_source': 'inferred_year',
 'date_note': "Page line '25 марта, 17:05' has no year. Year inferred as 2022: '20 марта исполнилось 30 лет со дня установления дипломатических отношений' and the chronology gives '20 марта 1992 года' (1992+30). 'по итогам прошлого года' = 2021; 'в мае' = 2022-05.",
 'people': [
  P('Талант Мамытов', 'торага Жогорку Кенеша Кыргызстана', ['Талант Мамытов', 'Мамытов']),
  P('Валентина Матвиенко', 'председатель Совета Федерации России', ['Валентиной Матвиенко', 'Валентина Ивановна', 'Матвиенко']),
 ],
 'other_names': ['Эрмек Асанов'],
 'figures': [
  F('trade_turnover_growth_pct', 33.6, '2021', 'actual', 'по итогам прошлого года товарооборот между странами вырос на 33,6%', period_text='по итогам прошлого года'),
  F('trade_turnover', 2400000000, '2021', 'actual', 'превысил 2,4 млрд долларов', qualifier='more than'),
  F('fuel_supply_tonnes', 25000, None, 'actual', 'безвозмездную поставку 25 тысяч тонн горюче-смазочных материалов', note='Distractor: free fuel aid in tonnes, NOT turnover.'),
 ],
 'events': [
  E('2022-03-25', 'Mamytov–Matviyenko meeting in the Tauride Palace, St Petersburg', 'Торага Жогорку Кенеша Кыргызской Республики Талант Мамытов в ходе рабочего визита в Санкт-Петербург встретился с Председателем Совета Федерации', 'meeting', 'past', date_note='Year inferred (see record date_note).'),
  E('2022-03-25', 'Council of the CIS Inter-Parliamentary Assembly in St Petersburg', 'на полях заседания Совета Межпарламентской Ассамблеи государств — участников СНГ', 'other', 'ongoing', bilateral=False),
  E('2022-03-20', '30th anniversary of diplomatic relations', '20 марта исполнилось 30 лет со дня установления дипломатических отношений между Кыргызстаном и Россией', 'anniversary', 'past'),
  E(None, 'Kyrgyz MPs invited to the Forum of Regions', 'Матвиенко пригласила киргизских парламентариев принять участие в Форуме регионов', 'forum', 'planned'),
  E('2022-05', 'Inter-parliamentary cooperation commission session in Bishkek in May', 'очередное заседание межпарламентской комиссии по сотрудничеству состоится в мае в Бишкеке', 'meeting', 'planned'),
  E('1992-03-20', 'Diplomatic relations established', '20 марта 1992 года — установлены дипломатические отношения', 'agreement', 'past'),
  E('1992-06-10', 'Treaty of friendship, cooperation and mutual assistance signed', '10 июня 1992 года — подписан Договор о дружбе, сотрудничестве и взаимной помощи', 'agreement', 'past'),
  E('2000-07-27', 'Declaration of eternal friendship, alliance and partnership signed', '27 июля 2000 года — подписана Декларация о вечной дружбе, союзничестве и партнерстве', 'agreement', 'past'),
 ],
})

R.append({
 'file': 'p06_tatarinform_2025_minnikhanov_kasymaliev.txt', 'lang': 'ru',
 'source': None, 'header_date': None,
 'date': '2025-05-14', 'date_source': 'body',
 'date_note': "Page line '14.05.2025 11:30' and dateline 'Бишкек, 14 мая'. 'сегодня' = 2025-05-14; 'накануне' = 2025-05-13; 'за прошлый год' = 2024; 'В октябре' = 2025-10.",
 'people': [
  P('Рустам Минниханов', 'раис Татарстана', ['Рустам Минниханов', 'Минниханов'], note='Head of a Russian region.'),
  P('Адылбек Касымалиев', 'председатель Кабинета министров Кыргызстана', ['Адылбеком Касымалиевым', 'Касымалиев']),
 ],
 'other_names': ['Лилия Гарипова'],
 'figures': [
  F('regional_trade_turnover_usd', 168000000, '2024', 'actual', 'Наш товарооборот с Кыргызстаном за прошлый год составил 168 млн долларов', note='Distractor: Tatarstan–Kyrgyzstan trade, NOT Russia–Kyrgyzstan turnover.', period_text='за прошлый год'),
  F('trade_turnover', 3600000000, '2024', 'actual', 'товарооборот Кыргызстана со всей Россией в 2024 году достиг 3,6 млрд долларов'),
  F('trade_turnover_growth_pct', 12, '2025-Q1', 'actual', 'в I квартале 2025-го увеличился на 12%'),
  F('project_cost_usd', 80000000, None, 'actual', 'стоимость которой оценивается в 80 млн долларов', note='Distractor: cost of a fleet-renewal programme, NOT turnover.'),
 ],
 'events': [
  E('2025-05-14', 'Minnikhanov (official visit to Kyrgyzstan) meets Kasymaliev in Bishkek', 'Раис Татарстана Рустам Минниханов, находящийся с официальным визитом в Кыргызстане, сегодня провел встречу с Председателем Кабинета министров', 'meeting', 'past'),
  E('2025-05-13', 'Tatarstan trade mission opens in Bishkek', 'накануне в Бишкеке открылось торговое представительство Татарстана', 'other', 'past'),
  E('2025-05-14', 'Agreement on trade, economic, scientific and cultural cooperation between the Tatarstan government and the Kyrgyz Cabinet signed', 'подписано соглашение о торгово-экономическом, научно-техническом и культурном сотрудничестве между Правительством Татарстана и Кабинетом министров Кыргызстана', 'agreement', 'past'),
  E('2025-10', 'Kyrgyz delegation to attend KazanForum', 'В октябре делегация Кыргызстана примет участие в KazanForum', 'forum', 'planned'),
  E(None, 'Minnikhanov to visit Osh (teaser link)', 'Минниханов посетит Ош в рамках визита', 'visit', 'planned', note='From a "Читайте также" link, not the article body.'),
 ],
})

R.append({
 'file': 'e03_mfa_kg_en_kulubaev_krivtsov_no_year.txt', 'lang': 'en',
 'source': None, 'header_date': None,
 'date': None, 'date_partial': '2023-02-14', 'date_source': 'inferred_year',
 'date_note': "Press-release line '14 February' has no year. Year inferred as 2023: full-year 2022 trade is the latest figure and compared 'over 2021'; Krivtsov was ambassador from 2022. 'today' = 14 February; 'second quarter' = 2023-Q2; 'earlier this week' = 2023-02-13/14 (Monday or Tuesday).",
 'people': [
  P('Жээнбек Кулубаев', 'министр иностранных дел Кыргызстана', ['Jeenbek Kulubaev', 'Minister Kulubaev'], 'Jeenbek Kulubaev'),
  P('Алексей Кривцов', 'посол России в Кыргызстане', ['Alexey Krivtsov', 'Ambassador Krivtsov'], 'Alexey Krivtsov'),
 ],
 'figures': [
  F('trade_turnover', 3200000000, '2022', 'actual', 'in 2022 mutual trade reached 3.2 billion US dollars'),
  F('trade_turnover_growth_pct', 37, '2022', 'actual', 'an increase of 37 percent over 2021'),
  F('exports_to_russia_usd', 470000000, '2022', 'actual', 'Kyrgyz exports to Russia amounted to 470 million US dollars', note='Exports only, NOT turnover.'),
  F('fund_financing_usd', 30000000, None, 'actual', 'a tranche of 30 million US dollars through the Russian-Kyrgyz Development Fund', note='Distractor: development-fund tranche, NOT turnover.'),
 ],
 'events': [
  E('2023-02-14', 'Kulubaev receives Russian Ambassador Krivtsov', 'Jeenbek Kulubaev received today the Ambassador Extraordinary and Plenipotentiary of the Russian Federation', 'meeting', 'past', date_note='Year inferred.'),
  E('2023', 'Kyrgyz-Russian Intergovernmental Commission meeting in Bishkek in the second quarter', 'the meeting of the Kyrgyz-Russian Intergovernmental Commission scheduled for the second quarter in Bishkek', 'igc_session', 'planned', date_note='Q2 2023 (April-June); no month given.'),
  E(None, 'Construction of nine Russian-language schools completed', 'the completion of the construction of nine Russian-language schools financed by the Russian side', 'other', 'past'),
  E('2023-02', 'Tranche transferred through the Russian-Kyrgyz Development Fund earlier this week', 'earlier this week the Russian Government transferred a tranche of 30 million US dollars', 'other', 'past'),
  E('2023', 'Consular consultations of the foreign ministries before the end of the year', 'hold consultations between the foreign ministries on consular issues before the end of the year', 'meeting', 'planned'),
 ],
})

R.append({
 'file': 'e04_nikkei_en_2024_akylbek_japarov_mishustin.txt', 'lang': 'en',
 'source': None, 'header_date': None,
 'date': '2024-06-05', 'date_source': 'byline',
 'date_note': "Byline line 'June 5, 2024 17:02 JST'. 'on Tuesday' = 2024-06-04 (confirmed by the caption 'on June 4'); 'last year' = 2023; 'a month after the Supreme Eurasian Economic Council' = 2024-05; 'later this week' = SPIEF, 2024-06.",
 'people': [
  P('Акылбек Жапаров', 'председатель Кабинета министров Кыргызстана', ['Akylbek Japarov', 'Japarov'], 'Akylbek Japarov'),
  P('Михаил Мишустин', 'председатель правительства России', ['Mikhail Mishustin', 'Mishustin'], 'Mikhail Mishustin'),
  P('Владимир Путин', 'президент России', ['Vladimir Putin'], 'Vladimir Putin'),
 ],
 'other_names': ['KENJI MATSUURA', 'Daria Korneva'],
 'figures': [
  F('trade_turnover', 3400000000, '2023', 'actual', 'Trade between the two countries was about $3.4 billion last year', qualifier='about', period_text='last year'),
  F('trade_turnover_growth_multiple', 3, '2023', 'actual', 'roughly three times the level of 2019', qualifier='about'),
  F('trade_turnover_growth_pct', -4, '2024-Q1', 'actual', 'In the first quarter of 2024 it slipped 4%'),
  F('trade_turnover', 5000000000, None, 'target', 'the goal was to reach $5 billion in bilateral trade "within the next few years."'),
  F('remittances_usd', 2300000000, '2023', 'actual', 'Kyrgyz migrants sent home $2.3 billion from Russia in 2023', note='Distractor: remittances, NOT turnover.'),
 ],
 'events': [
  E('2024-06-04', 'Akylbek Japarov–Mishustin talks in Moscow; agreement to settle payments in national currencies', 'Akylbek Japarov met Russian Prime Minister Mikhail Mishustin in Moscow on Tuesday', 'meeting', 'past'),
  E('2024-05', 'Supreme Eurasian Economic Council in the Kremlin', 'a month after the Supreme Eurasian Economic Council convened in the Kremlin', 'summit', 'past', bilateral=False),
  E('2024-06', 'Japarov to attend the St. Petersburg International Economic Forum later this week', 'ahead of the St. Petersburg International Economic Forum later this week, which he will also attend', 'forum', 'planned', bilateral=False),
  E('2023-10', "Putin's state visit to Bishkek; previous meeting of the heads of government", 'The two heads of government last met in Bishkek in October 2023, when Russian President Vladimir Putin paid a state visit', 'visit', 'past'),
 ],
})

R.append({
 'file': 'e05_reuters_en_2026_alikhanov_amangeldiev.txt', 'lang': 'en',
 'source': None, 'header_date': '2026-11-18',
 'date': '2026-11-18', 'date_source': 'header',
 'date_note': "YAML front matter 'date: 2026-11-18' and dateline 'BISHKEK, Nov 18 (Reuters)'. 'on Wednesday' = 2026-11-18; 'this year' = 2026; 'next month' = 2026-12; 'Earlier this week' = 2026-11-16/17; 'in May' = 2026-05.",
 'people': [
  P('Антон Алиханов', 'министр промышленности и торговли России', ['Anton Alikhanov', 'Alikhanov'], 'Anton Alikhanov'),
  P('Данияр Амангельдиев', 'министр экономики и коммерции Кыргызстана', ['Daniyar Amangeldiev', 'Amangeldiev'], 'Daniyar Amangeldiev'),
  P('Садыр Жапаров', 'президент Кыргызстана', ['Sadyr Japarov'], 'Sadyr Japarov'),
 ],
 'other_names': ['Ainura Tashieva', 'Peter Gravel'],
 'figures': [
  F('trade_turnover_growth_pct', 3.1, '2026-9M', 'actual', 'Bilateral trade rose 3.1% year-on-year'),
  F('trade_turnover', 3050000000, '2026-9M', 'actual', 'to $3.05 billion in January-September'),
  F('trade_turnover_growth_pct', 9, '2025', 'actual', 'a 9% jump in the whole of 2025'),
  F('trade_turnover', 4200000000, '2025', 'actual', 'when turnover hit a record $4.2 billion', qualifier='record'),
  F('trade_turnover', 4300000000, '2026', 'forecast', 'The Kyrgyz side expects turnover to top $4.3 billion this year', qualifier='more than', period_text='this year'),
  F('trade_turnover', 6000000000, '2030', 'target', 'a target of $6 billion by 2030'),
  F('loan_usd', 150000000, None, 'actual', 'VEB.RF will provide a $150 million credit line for the industrial parks', note='Distractor: credit line, NOT turnover.'),
 ],
 'events': [
  E('2026-11-18', 'Alikhanov–Amangeldiev talks in Bishkek; agreement to build two joint industrial parks', 'Anton Alikhanov and Kyrgyz Economy and Commerce Minister Daniyar Amangeldiev agreed on Wednesday to build two joint industrial parks', 'meeting', 'past'),
  E('2026-12', 'Intergovernmental commission session in Moscow next month', 'the session of the intergovernmental commission due in Moscow next month', 'igc_session', 'planned'),
  E('2026-11', 'Sadyr Japarov signs the law ratifying the Kant air base infrastructure agreement', 'Earlier this week Kyrgyz President Sadyr Japarov signed a law ratifying an agreement with Russia on the joint use of the Kant air base', 'other', 'past'),
  E('2026-05', 'Agreement on joint use of the Kant air base infrastructure signed in Moscow', "signed in Moscow in May", 'agreement', 'past'),
 ],
})

if __name__ == '__main__':
    with open('gold.json', 'w', encoding='utf-8') as f:
        json.dump(R, f, ensure_ascii=False, indent=1)
        f.write('\n')
