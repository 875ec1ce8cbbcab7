ART = {
"file": "03_24kg_ru_noyear_air_manas_domodedovo.txt",
"source": "http://www.24kg.org/economics/52417-air-manas-moskva.html",
"lang": "ru",
"header": None,
"body": """
«Эйр Манас» полетит в Москву

БИШКЕК, 19 июня. /Корр. ИА «24.kg» Нургуль Абдыкаимова/. Авиакомпания «Эйр Манас» с 1 июля начнет выполнять регулярные рейсы по маршруту Бишкек – Москва (Домодедово). Об этом сегодня на пресс-конференции сообщил коммерческий директор перевозчика.

По его словам, рейсы будут выполняться три раза в неделю на самолете Boeing 737, взятом в лизинг у турецкой компании Pegasus. Стоимость билета в одну сторону составит от 290 долларов. Разрешение российской стороны на полеты в Домодедово авиакомпания получила в минувшую пятницу.

Напомним, премьер-министр Алмазбек Атамбаев на заседании правительства в апреле поручил Госагентству гражданской авиации «навести порядок с допусками» и обеспечить выход отечественных перевозчиков на российский рынок на равных условиях. «Сегодня на линиях в Россию летают 12 наших компаний, но половина из них работает на старых Ту-154 и Ил-62, которые скоро перестанут пускать даже в Россию», – говорил тогда А.Атамбаев.

Россия остается главным направлением для кыргызстанских авиаперевозчиков: на нее приходится более 60% всех международных пассажирских перевозок. Ежедневно из Бишкека и Оша в российские города вылетает до 15 рейсов, в основном с трудовыми мигрантами на борту.

Между тем, по данным Нацстаткома, товарооборот Кыргызстана с Россией за январь–апрель составил 342,7 млн долларов, увеличившись на 38,5% по сравнению с тем же периодом прошлого года. Эксперты связывают рост прежде всего с подорожанием российских нефтепродуктов, а не с увеличением физических объемов поставок.

Как сообщало ранее ИА «24.kg», в мае в Москве прошли консультации авиационных властей двух стран, по итогам которых было решено увеличить число частот по линии Бишкек – Москва до 28 в неделю для каждой из сторон. Следующий раунд консультаций намечен на осень в Бишкеке.

Версия для печати | Обсудить на форуме
""",
"gold": {
 "header_date": "unknown",
 "date": None,
 "date_partial": "????-06-19",
 "date_source": "dateline_day_month",
 "date_note": "Dateline 'БИШКЕК, 19 июня' without a year; no header date and the URL has no date. Almazbek Atambayev is called премьер-министр, which fits both of his terms (March–November 2007 and December 2010–December 2011), so the year cannot be fixed from the text (2007 is likely from Air Manas's start-up and the ageing Tu-154 fleet, but 2011 is not excluded). Year left unknown.",
 "people": [
  {"name_ru_nominative": "Алмазбек Атамбаев", "name_in_text": "Алмазбек Атамбаев", "role": "премьер-министр Киргизии", "forms_in_text": ["Алмазбек Атамбаев", "А.Атамбаев"]}
 ],
 "other_names": ["Нургуль Абдыкаимова"],
 "figures": [
  {"metric": "trade_turnover", "value": 342700000, "period": None, "kind": "actual", "quote": "товарооборот Кыргызстана с Россией за январь–апрель составил 342,7 млн долларов", "period_text": "за январь–апрель", "note": "January–April of the article's (unknown) year; Kyrgyz data (Нацстатком)."},
  {"metric": "trade_turnover_growth_pct", "value": 38.5, "period": None, "kind": "actual", "quote": "увеличившись на 38,5% по сравнению с тем же периодом прошлого года", "note": "January–April, year unknown."},
  {"metric": "russia_share_of_international_air_passengers_pct", "value": 60, "period": None, "kind": "actual", "qualifier": "more than", "quote": "на нее приходится более 60% всех международных пассажирских перевозок", "note": "Distractor: air passenger share."},
  {"metric": "ticket_price_usd", "value": 290, "period": None, "kind": "actual", "quote": "Стоимость билета в одну сторону составит от 290 долларов", "note": "Distractor: fare."},
  {"metric": "flights_per_week_target_count", "value": 28, "period": None, "kind": "target", "quote": "увеличить число частот по линии Бишкек – Москва до 28 в неделю для каждой из сторон", "note": "Distractor: frequencies."}
 ],
 "events": [
  {"date": None, "date_partial": "????-07-01", "what": "Air Manas to start regular Bishkek–Moscow (Domodedovo) flights", "quote": "с 1 июля начнет выполнять регулярные рейсы по маршруту Бишкек – Москва (Домодедово)", "type": "other", "status": "planned", "bilateral": True},
  {"date": None, "what": "Russian permission for Air Manas flights to Domodedovo received (on the Friday before the article)", "quote": "Разрешение российской стороны на полеты в Домодедово авиакомпания получила в минувшую пятницу", "type": "other", "status": "past", "bilateral": True},
  {"date": None, "date_partial": "????-05", "what": "Consultations of the two countries' aviation authorities in Moscow; frequencies raised to 28 a week each", "quote": "в мае в Москве прошли консультации авиационных властей двух стран", "type": "meeting", "status": "past", "bilateral": True},
  {"date": None, "what": "Next round of aviation consultations in Bishkek in the autumn", "quote": "Следующий раунд консультаций намечен на осень в Бишкеке", "type": "meeting", "status": "planned", "bilateral": True}
 ]
}
}
