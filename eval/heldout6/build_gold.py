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

if __name__ == '__main__':
    with open('gold.json', 'w', encoding='utf-8') as f:
        json.dump(R, f, ensure_ascii=False, indent=1)
        f.write('\n')
