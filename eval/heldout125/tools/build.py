import json, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
A = []
def art(file, source, lang, header_date, date, date_partial, date_source, date_note, hdr, body, people, other, figures, events):
    A.append(dict(file=file, source=source, lang=lang, header_date=header_date, date=date, date_partial=date_partial,
                  date_source=date_source, date_note=date_note, people=people, other_names=other, figures=figures,
                  events=events, _hdr=hdr, _body=body))
def P(nom, intext, role, forms, note=None):
    d = dict(name_ru_nominative=nom, name_in_text=intext, role=role, forms_in_text=forms)
    if note: d["note"] = note
    return d
def F(metric, value, period, kind, quote, qualifier=None, note=None, period_text=None):
    d = dict(metric=metric, value=value, period=period, kind=kind, quote=quote)
    if qualifier: d["qualifier"] = qualifier
    if period_text: d["period_text"] = period_text
    if note: d["note"] = note
    return d
def E(date, what, quote, type, status, bilateral=True, date_note=None, date_partial=None):
    d = dict(date=date, what=what, quote=quote, type=type, status=status, bilateral=bilateral)
    if date_partial: d["date_partial"] = date_partial
    if date_note: d["date_note"] = date_note
    return d

# 01
art("01_24kg_ru_2022_h1_turnover.txt", "https://24.kg/ekonomika/241873_tovarooborot_kyirgyizstana_irossii_vyiros_na375protsenta/", "ru",
 "12 августа 2022 12:40", "2022-08-12", None, "header", "Date shown in the page header.",
 "source: https://24.kg/ekonomika/241873_tovarooborot_kyirgyizstana_irossii_vyiros_na375protsenta/\ndate: 2022-08-12",
"""Товарооборот Кыргызстана и России вырос на 37,5 процента

12 августа 2022 12:40
Экономика
Автор: Анара Кадырова

Товарооборот Кыргызстана и России за первое полугодие 2022 года составил $1 млрд 212,4 млн, что на 37,5 процента больше, чем за аналогичный период прошлого года. Об этом сообщил министр экономики и коммерции Даниyar Амангельдиев на брифинге в Бишкеке.

По его словам, экспорт кыргызстанских товаров в Россию увеличился в 2,1 раза и достиг $398,7 млн. Основной рост обеспечили одежда, текстиль и сельхозпродукция.

«Мы видим, что российский рынок остается для нас ключевым, несмотря на сложную ситуацию. Но мы строго соблюдаем все международные обязательства», — подчеркнул Даниyar Амангельдиев.

Для сравнения, общий внешнеторговый оборот Кыргызстана за январь — июнь составил $4,9 млрд, а товарооборот с Китаем — $1,6 млрд.

Министр также напомнил, что в июне председатель Кабмина Акылбек Жапаров обсудил с премьер-министром России Михаилом Мишустиным вопросы поставок горюче-смазочных материалов. Следующее заседание межправкомиссии запланировано на осень.

Отметим, денежные переводы трудовых мигрантов из России за полугодие, по данным Нацбанка, составили $866 млн.

Фото 24.kg. Министр экономики Даниyar Амангельдиев

Читайте также: Кыргызстан и Казахстан обсудили транзит грузов
""".replace("Даниyar", "Данияр"),
 [P("Данияр Амангельдиев","Данияр Амангельдиев","министр экономики и коммерции КР",["Данияр Амангельдиев"]),
  P("Акылбек Жапаров","Акылбек Жапаров","председатель Кабинета министров КР",["Акылбек Жапаров"]),
  P("Михаил Мишустин","Михаилом Мишустиным","председатель правительства РФ",["Михаилом Мишустиным"])],
 ["Анара Кадырова"],
 [F("trade_turnover",1212400000,"2022-H1","actual","$1 млрд 212,4 млн"),
  F("trade_turnover_growth_pct",37.5,"2022-H1","actual","на 37,5 процента больше"),
  F("kg_exports_to_russia_usd",398700000,"2022-H1","actual","$398,7 млн"),
  F("kg_exports_to_russia_multiple",2.1,"2022-H1","actual","в 2,1 раза"),
  F("kg_total_foreign_trade_usd",4900000000,"2022-H1","actual","$4,9 млрд",period_text="январь — июнь"),
  F("kg_china_trade_turnover_usd",1600000000,"2022-H1","actual","$1,6 млрд"),
  F("remittances_from_russia_usd",866000000,"2022-H1","actual","$866 млн")],
 [E("2022-08-12","Amangeldiev briefing in Bishkek","на брифинге в Бишкеке","other","past",False),
  E("2022-06","Akylbek Japarov – Mishustin talks on fuel supplies","в июне председатель Кабмина Акылбек Жапаров обсудил с премьер-министром России Михаилом Мишустиным","meeting","past",date_note="June, year of article"),
  E("2022","next IGC session planned for autumn","Следующее заседание межправкомиссии запланировано на осень","igc_session","planned",date_note="autumn 2022")])

# 02
art("02_rbc_ru_2022_parallel_import.txt","https://www.rbc.ru/economics/14/11/2022/6371a2bc9a79471d3c5e8f10","ru","unknown","2022-11-14",None,"url","Date only in the RBC URL (dd/mm/yyyy).",
 "source: https://www.rbc.ru/economics/14/11/2022/6371a2bc9a79471d3c5e8f10",
"""Киргизия стала одним из каналов параллельного импорта

Экспорт из Киргизии в Россию за девять месяцев вырос почти втрое, следует из данных Нацстаткома республики. Эксперты связывают рост с реэкспортом европейских и азиатских товаров.

По данным киргизской статистики, товарооборот двух стран за январь — сентябрь 2022 года составил около $2,4 млрд, увеличившись на 41%. Российская сторона приводит другие цифры: по оценкам ФТС, которые цитирует «Коммерсантъ», оборот превысил $2,7 млрд.

Особенно заметен рост поставок автомобилей и электроники. Реэкспорт легковых машин из Киргизии в Россию, по подсчетам аналитиков, достиг $310 млн — против почти нулевых значений годом ранее.

«Расхождение в данных объясняется тем, что товары транзитом идут через Казахстан и учитываются по-разному», — пояснил РБК экономист Эрмек Бекболотов.

В Минэкономразвития России ситуацию не комментируют. Президент Киргизии Садыр Жапаров ранее заявлял, что республика не участвует в обходе санкций. Вопросы торговли, по данным источника РБК, обсуждались на встрече Жапарова и Владимира Путина в Астане 14 октября на полях саммита СВМДА.

Для сравнения: товарооборот России и Казахстана за тот же период составил $20 млрд.

Автор: Иван Ткачёв
Фото: Вячеслав Ковригин / ТАСС
""",
 [P("Садыр Жапаров","Садыр Жапаров","президент Киргизии",["Садыр Жапаров","Жапарова"]),
  P("Владимир Путин","Владимира Путина","президент России",["Владимира Путина"])],
 ["Эрмек Бекболотов","Иван Ткачёв","Вячеслав Ковригин"],
 [F("trade_turnover",2400000000,"2022-9M","actual","около $2,4 млрд",qualifier="about",note="Kyrgyz statistics"),
  F("trade_turnover_growth_pct",41,"2022-9M","actual","увеличившись на 41%"),
  F("trade_turnover",2700000000,"2022-9M","actual","превысил $2,7 млрд",qualifier="more than",note="Russian FCS estimate; conflicts with Kyrgyz figure"),
  F("kg_exports_to_russia_multiple",3,"2022-9M","actual","вырос почти втрое",qualifier="almost"),
  F("car_reexport_kg_to_ru_usd",310000000,"2022-9M","actual","$310 млн"),
  F("ru_kz_trade_turnover_usd",20000000000,"2022-9M","actual","$20 млрд")],
 [E("2022-10-14","Japarov–Putin meeting in Astana on sidelines of CICA summit","встрече Жапарова и Владимира Путина в Астане 14 октября","meeting","past"),
  E("2022-10-14","CICA summit in Astana","на полях саммита СВМДА","conference","past",False)])

# 03
art("03_azattyk_ru_2023_ofac_firms.txt","https://rus.azattyk.org/a/32361022.html","ru","13 апреля 2023","2023-04-13",None,"header","Header date; designation 'вчера' = 2023-04-12.",
 "source: https://rus.azattyk.org/a/32361022.html\ndate: 2023-04-13",
"""США ввели санкции против четырех компаний из Кыргызстана

13 апреля 2023
Азаттык

Министерство финансов США вчера внесло в санкционный список четыре зарегистрированные в Кыргызстане компании, которые, по версии Вашингтона, помогали России получать товары двойного назначения. Речь идет о поставках микроэлектроники и комплектующих.

Как говорится в заявлении Минфина США, компании поставили в Россию продукцию на сумму более $5 млн. Заместитель министра финансов США Брайан Нельсон заявил, что Вашингтон «будет привлекать к ответственности тех, кто помогает военной машине Кремля».

В Бишкеке решение восприняли сдержанно. Министр иностранных дел Жээнбек Кулубаев сказал журналистам, что кыргызская сторона «изучит предоставленную информацию».

Санкции вводятся на фоне резкого роста торговли с Россией. По данным Нацстаткома, в 2022 году товарооборот двух стран вырос на 37 процентов и достиг $3,1 млрд. При этом общий объем внешней торговли Кыргызстана составил $12,3 млрд.

Экономист Азамат Токтобаев считает, что угроза вторичных санкций может ударить по банкам: совокупные активы банковской системы страны превышают 400 млрд сомов.

Напомним, в конце марта Бишкек посетил помощник госсекретаря США Джеймс О'Брайен.

Материал подготовила Айзада Касмалиева.
""",
 [P("Брайан Нельсон","Брайан Нельсон","заместитель министра финансов США по терроризму и финансовой разведке",["Брайан Нельсон"],note="Under Secretary of the Treasury, TFI; text says 'заместитель министра'"),
  P("Жээнбек Кулубаев","Жээнбек Кулубаев","министр иностранных дел КР",["Жээнбек Кулубаев"]),
  P("Джеймс О'Брайен","Джеймс О'Брайен","помощник госсекретаря США",["Джеймс О'Брайен"])],
 ["Азамат Токтобаев","Айзада Касмалиева"],
 [F("sanctioned_supplies_value_usd",5000000,None,"actual","более $5 млн",qualifier="more than"),
  F("trade_turnover_growth_pct",37,"2022","actual","вырос на 37 процентов"),
  F("trade_turnover",3100000000,"2022","actual","$3,1 млрд"),
  F("kg_total_foreign_trade_usd",12300000000,"2022","actual","$12,3 млрд"),
  F("kg_bank_assets_som",400000000000,None,"actual","400 млрд сомов",qualifier="more than")],
 [E("2023-04-12","US Treasury designates four Kyrgyz firms","Министерство финансов США вчера внесло в санкционный список четыре зарегистрированные в Кыргызстане компании","other","past",False,date_note="'вчера' relative to header 2023-04-13"),
  E("2023-03","O'Brien visit to Bishkek","в конце марта Бишкек посетил помощник госсекретаря США Джеймс О'Брайен","visit","past",False,date_note="late March 2023; US–Kyrgyz, not Kyrgyz–Russian")])

# 04
art("04_eurasianet_en_2023_reexport_debate.txt","https://eurasianet.org/kyrgyzstan-russia-trade-boom-raises-questions","en","Jul 26, 2023","2023-07-26",None,"header","Header/byline date.",
 "source: https://eurasianet.org/kyrgyzstan-russia-trade-boom-raises-questions\ndate: 2023-07-26",
"""Kyrgyzstan: Russia trade boom raises questions

Jul 26, 2023
Ayan Toktomushev

Kyrgyzstan's trade with Russia keeps climbing, and so do the doubts about what is driving it.

According to the National Statistics Committee, bilateral turnover in the first five months of 2023 reached $1.36 billion, up 18 percent year-on-year. Kyrgyz exports to Russia, however, have almost tripled since early 2022, a jump that analysts attribute largely to re-exports of Western goods.

Russian data tell a different story. Moscow's figures put the 2022 turnover at $3.6 billion, well above the Kyrgyz estimate of $3.1 billion.

Western pressure has been mounting. In June, President Sadyr Japarov told reporters that Kyrgyzstan "will not become a hub for sanctions evasion," but added that the country could not afford to turn its back on its largest trading partner.

Cabinet Chairman Akylbek Japarov is due to travel to Moscow in August for talks with Prime Minister Mikhail Mishustin.

Meanwhile, trade with China — now Kyrgyzstan's leading supplier — hit $2.2 billion in the same five-month period. Remittances, mostly from Russia, account for roughly a quarter of GDP.

Ayan Toktomushev is a Bishkek-based journalist.

Photo: Bishkek's Dordoi bazaar (Eurasianet)
""",
 [P("Садыр Жапаров","Sadyr Japarov","President of Kyrgyzstan",["Sadyr Japarov"]),
  P("Акылбек Жапаров","Akylbek Japarov","Chairman of the Cabinet of Ministers of Kyrgyzstan",["Akylbek Japarov"]),
  P("Михаил Мишустин","Mikhail Mishustin","Prime Minister of Russia",["Mikhail Mishustin"])],
 ["Ayan Toktomushev"],
 [F("trade_turnover",1360000000,"2023-5M","actual","$1.36 billion"),
  F("trade_turnover_growth_pct",18,"2023-5M","actual","up 18 percent"),
  F("kg_exports_to_russia_multiple",3,None,"actual","almost tripled",qualifier="almost",note="since early 2022"),
  F("trade_turnover",3600000000,"2022","actual","$3.6 billion",note="Russian data"),
  F("trade_turnover",3100000000,"2022","actual","$3.1 billion",note="Kyrgyz estimate"),
  F("kg_china_trade_turnover_usd",2200000000,"2023-5M","actual","$2.2 billion"),
  F("remittances_share_gdp",25,None,"actual","roughly a quarter of GDP",qualifier="about")],
 [E("2023-06","Sadyr Japarov statement to reporters on sanctions evasion","In June, President Sadyr Japarov told reporters","other","past",False),
  E("2023-08","Akylbek Japarov to visit Moscow for talks with Mishustin","is due to travel to Moscow in August for talks with Prime Minister Mikhail Mishustin","visit","planned")])

# 05
art("05_kaktus_ru_2023_border_queue.txt","https://kaktus.media/doc/489712_fyry_na_granice.html","ru","Сегодня, 09:15 (27.10.2023)","2023-10-27",None,"header","Header 'Сегодня' with date in parentheses.",
 "source: https://kaktus.media/doc/489712_fyry_na_granice.html\ndate: 2023-10-27",
"""Сотни фур застряли на границе с Казахстаном. Водители жалуются на проверки

Сегодня, 09:15 (27.10.2023)
Автор: Нургуль Абдыкеримова

На КПП «Ак-Жол» и «Чалдовар» на кыргызско-казахской границе скопилось более 600 грузовиков. Вчера очередь растянулась на несколько километров. Похожая ситуация на границе уже возникала прошлой зимой.

Водители рассказали Kaktus.media, что казахстанские таможенники усилили досмотр грузов, следующих транзитом в Россию. «Стоим третьи сутки, проверяют каждую коробку», — сказал дальнобойщик Эрлан.

В Государственной таможенной службе КР пояснили, что причина — новые требования к товарам, которые могут подпадать под санкционные ограничения. С начала года казахстанская сторона задержала грузы на сумму около 1,2 млрд сомов.

Ситуация бьет по экспортерам: по данным Минэкономики, товарооборот Кыргызстана и России за январь — август составил $2,1 млрд. Для сравнения, оборот с Казахстаном — $1,3 млрд.

Председатель Кабмина Акылбек Жапаров поручил урегулировать вопрос с казахстанскими коллегами. Переговоры таможенных служб двух стран пройдут 30 октября в Алматы.

Кстати, штрафы, наложенные на перевозчиков за нарушения, уже превысили 14 млн сомов.

Фото: Kaktus.media
""",
 [P("Акылбек Жапаров","Акылбек Жапаров","председатель Кабинета министров КР",["Акылбек Жапаров"])],
 ["Нургуль Абдыкеримова","Эрлан"],
 [F("lorries_queued_count",600,None,"actual","более 600 грузовиков",qualifier="more than"),
  F("seized_goods_value_som",1200000000,"2023-YTD","actual","около 1,2 млрд сомов",qualifier="about"),
  F("trade_turnover",2100000000,"2023-8M","actual","$2,1 млрд"),
  F("kg_kz_trade_turnover_usd",1300000000,"2023-8M","actual","$1,3 млрд"),
  F("fines_on_carriers_som",14000000,"2023-YTD","actual","превысили 14 млн сомов",qualifier="more than")],
 [E("2023-10-30","Kyrgyz–Kazakh customs talks in Almaty","Переговоры таможенных служб двух стран пройдут 30 октября в Алматы","meeting","planned",False,date_note="Kyrgyz–Kazakh, not Kyrgyz–Russian")])

# 06 no year
art("06_tass_ru_noyear_igc_session.txt","https://tass.ru/ekonomika/19085521","ru","20 октября",None,"????-10-20","dateline","Dateline gives day and month only; no year anywhere on the page.",
 "source: https://tass.ru/ekonomika/19085521",
"""Оверчук: товарооборот России и Киргизии растет опережающими темпами

БИШКЕК, 20 октября. /ТАСС/. Товарооборот России и Киргизии за девять месяцев текущего года увеличился на 12% и превысил $2,5 млрд. Об этом сообщил вице-премьер РФ Алексей Оверчук на заседании межправительственной комиссии по торгово-экономическому сотрудничеству.

"Мы ставим задачу выйти на $5 млрд товарооборота в год в среднесрочной перспективе", - сказал Оверчук. По его словам, доля расчетов в национальных валютах в двусторонней торговле превысила 90%.

Вице-премьер отметил, что стороны подписали программу экономического сотрудничества и меморандум о развитии логистики. Следующее заседание комиссии пройдет в Москве в следующем году.

В ходе визита Оверчук также провел встречу с председателем Кабинета министров Киргизии Акылбеком Жапаровым. Стороны обсудили вопросы поставок нефтепродуктов и работу киргизских мигрантов.

Ранее в Бишкеке прошло заседание Евразийского межправительственного совета, на котором обсуждался объем взаимной торговли ЕАЭС, составивший, по данным ЕЭК, около $70 млрд за девять месяцев.

Россия также списала Киргизии долг в размере $240 млн в рамках программы "долг в обмен на развитие".
""",
 [P("Алексей Оверчук","Алексей Оверчук","заместитель председателя правительства РФ",["Алексей Оверчук","Оверчук"]),
  P("Акылбек Жапаров","Акылбеком Жапаровым","председатель Кабинета министров Киргизии",["Акылбеком Жапаровым"])],
 [],
 [F("trade_turnover_growth_pct",12,"????-9M","actual","увеличился на 12%",note="year not stated"),
  F("trade_turnover",2500000000,"????-9M","actual","превысил $2,5 млрд",qualifier="more than",note="year not stated"),
  F("trade_turnover",5000000000,"annual","target","$5 млрд товарооборота в год"),
  F("national_currency_settlement_share_pct",90,None,"actual","превысила 90%",qualifier="more than"),
  F("eaeu_mutual_trade_usd",70000000000,"????-9M","actual","около $70 млрд",qualifier="about"),
  F("debt_writeoff_usd",240000000,None,"actual","$240 млн")],
 [E(None,"IGC session in Bishkek","на заседании межправительственной комиссии по торгово-экономическому сотрудничеству","igc_session","past",date_partial="????-10-20",date_note="day of dateline; year unknown"),
  E(None,"Programme of economic cooperation and logistics memorandum signed","стороны подписали программу экономического сотрудничества и меморандум о развитии логистики","agreement","past",date_partial="????-10-20"),
  E(None,"Overchuk meets Akylbek Japarov","Оверчук также провел встречу с председателем Кабинета министров Киргизии Акылбеком Жапаровым","meeting","past",date_partial="????-10-20"),
  E(None,"next IGC session in Moscow next year","Следующее заседание комиссии пройдет в Москве в следующем году","igc_session","planned",date_note="next year; year unknown"),
  E(None,"Eurasian Intergovernmental Council in Bishkek","заседание Евразийского межправительственного совета","conference","past",False,date_note="'ранее', undated"),
  E(None,"debt-for-development write-off","Россия также списала Киргизии долг","other","past",date_note="undated background")])

# 07
art("07_interfax_ru_2024_rosselkhoznadzor.txt","https://www.interfax.ru/business/949318","ru","5 марта 2024 года 14:32","2024-03-05",None,"header","Header date; dateline 'Москва. 5 марта. INTERFAX' agrees.",
 "source: https://www.interfax.ru/business/949318\ndate: 2024-03-05",
"""Россельхознадзор ограничил ввоз продукции ряда киргизских предприятий

5 марта 2024 года 14:32

Москва. 5 марта. INTERFAX - Россельхознадзор с 11 марта вводит временные ограничения на ввоз молочной продукции с восьми предприятий Киргизии, сообщила служба во вторник.

Причиной стали многочисленные нарушения ветеринарно-санитарных требований, выявленные при инспекции в феврале. По данным ведомства, с начала года в продукции из Киргизии обнаружено 27 случаев превышения остатков антибиотиков.

Руководитель Россельхознадзора Сергей Данкверт ранее заявлял, что часть продукции, поступающей под видом киргизской, на деле произведена в третьих странах. "Мы фиксируем реэкспорт, который выдается за местное производство", - говорил Данкверт.

Экспорт молочной продукции из Киргизии в Россию в 2023 году, по данным службы, составил около $45 млн. Общий товарооборот двух стран в прошлом году, по оценке российской стороны, достиг $3,5 млрд.

Министерство водных ресурсов, сельского хозяйства и перерабатывающей промышленности Киргизии заявило, что направит в Москву делегацию для консультаций на следующей неделе.

Отдельно ведомство напомнило, что в 2023 году из-за нарушений было уничтожено 120 тонн плодоовощной продукции.
""",
 [P("Сергей Данкверт","Сергей Данкверт","руководитель Россельхознадзора",["Сергей Данкверт","Данкверт"])],
 [],
 [F("antibiotic_violations_count",27,"2024-YTD","actual","27 случаев"),
  F("kg_dairy_exports_to_russia_usd",45000000,"2023","actual","около $45 млн",qualifier="about"),
  F("trade_turnover",3500000000,"2023","actual","$3,5 млрд",note="Russian estimate"),
  F("destroyed_produce_tonnes",120,"2023","actual","120 тонн")],
 [E("2024-03-11","Rosselkhoznadzor restrictions on dairy from 8 Kyrgyz plants take effect","Россельхознадзор с 11 марта вводит временные ограничения","other","planned"),
  E("2024-02","Rosselkhoznadzor inspection in Kyrgyzstan","выявленные при инспекции в феврале","other","past"),
  E(None,"Kyrgyz delegation to Moscow for consultations","направит в Москву делегацию для консультаций на следующей неделе","visit","planned",date_note="week after 2024-03-05 (c. 2024-03-11/15)")])

# 08
art("08_24kg_en_2024_putin_call.txt","https://24.kg/english/291640_Sadyr_Japarov_Vladimir_Putin_discuss_trade_by_phone/","en","19 January 2024 16:05","2024-01-19",None,"header","Header date; call took place 'on Friday' = same day.",
 "source: https://24.kg/english/291640_Sadyr_Japarov_Vladimir_Putin_discuss_trade_by_phone/\ndate: 2024-01-19",
"""Sadyr Japarov, Vladimir Putin discuss trade by phone

19 January 2024 16:05
Politics
Author: Aleksandra Kim

President of Kyrgyzstan Sadyr Japarov had a phone conversation with President of Russia Vladimir Putin on Friday, the presidential press service reported.

The leaders discussed the state and prospects of Kyrgyz-Russian trade and economic cooperation. They noted that the trade turnover between the two countries reached $3.4 billion in 2023, with growth of about 9 percent.

Sadyr Japarov congratulated Vladimir Putin on the start of Russia's chairmanship of the BRICS and thanked him for supporting Kyrgyz labor migrants.

The parties agreed to hold a meeting on the sidelines of the informal CIS summit in December. Japarov also invited Putin to attend events marking the 32nd anniversary of diplomatic relations.

According to the National Bank, remittances from Russia to Kyrgyzstan totaled $2.2 billion in 2023, down 19 percent. Kyrgyzstan's overall foreign trade amounted to $13.6 billion last year.

Earlier, Cabinet Chairman Akylbek Japarov said that the two countries were working towards a target of $5 billion in annual trade.

24.kg news agency
Photo: the press service of the President
""",
 [P("Садыр Жапаров","Sadyr Japarov","President of Kyrgyzstan",["Sadyr Japarov","Japarov"]),
  P("Владимир Путин","Vladimir Putin","President of Russia",["Vladimir Putin","Putin"]),
  P("Акылбек Жапаров","Akylbek Japarov","Chairman of the Cabinet of Ministers",["Akylbek Japarov"])],
 ["Aleksandra Kim"],
 [F("trade_turnover",3400000000,"2023","actual","$3.4 billion in 2023"),
  F("trade_turnover_growth_pct",9,"2023","actual","growth of about 9 percent",qualifier="about"),
  F("remittances_from_russia_usd",2200000000,"2023","actual","$2.2 billion in 2023"),
  F("remittances_growth_pct",-19,"2023","actual","down 19 percent"),
  F("kg_total_foreign_trade_usd",13600000000,"2023","actual","$13.6 billion"),
  F("trade_turnover",5000000000,"annual","target","$5 billion in annual trade")],
 [E("2024-01-19","Japarov–Putin phone call","had a phone conversation with President of Russia Vladimir Putin on Friday","other","past"),
  E("2024-01","Start of Russia's BRICS chairmanship","the start of Russia's chairmanship of the BRICS","other","ongoing",False),
  E("2024-12","Planned Japarov–Putin meeting at informal CIS summit","agreed to hold a meeting on the sidelines of the informal CIS summit in December","meeting","planned"),
  E("2024","33rd anniversary of diplomatic relations","the 32nd anniversary of diplomatic relations","anniversary","planned",date_note="diplomatic relations established 1992-03-20; 32nd anniversary = 2024-03-20 (event itself undated in text)")])

# 09
art("09_vedomosti_ru_2024_statistics.txt","https://www.vedomosti.ru/economics/articles/2024/06/17/1044512-statistika-torgovli-kirgizii","ru","Опубликовано 17.06.2024, 00:15","2024-06-17",None,"byline","Byline line 'Опубликовано 17.06.2024'; URL agrees.",
 "source: https://www.vedomosti.ru/economics/articles/2024/06/17/1044512-statistika-torgovli-kirgizii",
"""Статистика торговли России и Киргизии разошлась на миллиард долларов

Опубликовано 17.06.2024, 00:15
Анастасия Лавриненко

Данные России и Киргизии о взаимной торговле в 2023 г. расходятся почти на $1 млрд. Киргизский Нацстатком оценивает товарооборот в $3,4 млрд, тогда как, по расчетам «Ведомостей» на основе данных ФТС и ЕЭК, он составил около $4,3 млрд.

Главная причина — учет реэкспорта и транзита через Казахстан, поясняет ведущий аналитик ЦМАКП Дмитрий Ларионцев. Кроме того, часть товаров оформляется в России как китайские, хотя физически идет через Киргизию. Свою роль играют и разные сроки учета экспортных деклараций.

Председатель коллегии ЕЭК Михаил Мясникович еще в прошлом году призывал стран-участниц унифицировать методику. Взаимная торговля стран ЕАЭС в 2023 г. составила $92,6 млрд, рост — около 10%.

Вопрос расхождений, по информации «Ведомостей», планируется обсудить на заседании межправкомиссии осенью. С киргизской стороны ее возглавляет первый зампред кабмина, с российской — вице-премьер Алексей Оверчук.

Тем временем товарооборот Киргизии с Китаем в 2023 г. превысил $19 млрд по китайским данным.
""",
 [P("Михаил Мясникович","Михаил Мясникович","председатель коллегии ЕЭК",["Михаил Мясникович"],note="held the post until 2023-12-31; 'ещё в прошлом году' = 2023"),
  P("Алексей Оверчук","Алексей Оверчук","вице-премьер РФ, сопредседатель межправкомиссии",["Алексей Оверчук"])],
 ["Анастасия Лавриненко","Дмитрий Ларионцев"],
 [F("trade_stats_discrepancy_usd",1000000000,"2023","actual","почти на $1 млрд",qualifier="almost"),
  F("trade_turnover",3400000000,"2023","actual","$3,4 млрд",note="Kyrgyz Natstatkom"),
  F("trade_turnover",4300000000,"2023","actual","около $4,3 млрд",qualifier="about",note="Vedomosti calculation on FCS/EEC data"),
  F("eaeu_mutual_trade_usd",92600000000,"2023","actual","$92,6 млрд"),
  F("eaeu_mutual_trade_growth_pct",10,"2023","actual","около 10%",qualifier="about"),
  F("kg_china_trade_turnover_usd",19000000000,"2023","actual","превысил $19 млрд",qualifier="more than")],
 [E("2024","IGC session in autumn to discuss discrepancies","планируется обсудить на заседании межправкомиссии осенью","igc_session","planned",date_note="autumn 2024"),
  E("2023","Myasnikovich called for unified methodology","еще в прошлом году призывал","other","past",False)])

# 10
art("10_economistkg_ru_2025_eaeu.txt","https://economist.kg/ekonomika/2025/02/24/vzaimnaya-torgovlya-eaes-2024/","ru","24.02.2025","2025-02-24",None,"header","Header date; URL agrees.",
 "source: https://economist.kg/ekonomika/2025/02/24/vzaimnaya-torgovlya-eaes-2024/\ndate: 2025-02-24",
"""Взаимная торговля в ЕАЭС: какое место занимает Кыргызстан

24.02.2025
Economist.kg

Евразийская экономическая комиссия опубликовала итоги взаимной торговли стран ЕАЭС за 2024 год. Объем торговли внутри союза составил $97,3 млрд, увеличившись на 5,1%.

Крупнейшей парой традиционно остаются Россия и Беларусь с оборотом около $50 млрд. Товарооборот России и Казахстана достиг $27,6 млрд.

Торговля Кыргызстана с Россией, по данным ЕЭК, составила $3,9 млрд, что на 13% больше, чем в 2023 году. Доля России во внешней торговле республики — около 22%.

Министр экономики и коммерции Данияр Амангельдиев отметил, что рост обеспечен в том числе поставками строительных материалов и текстиля. Однако, по его словам, экспорт по-прежнему уступает импорту: отрицательное сальдо с Россией превысило $2,5 млрд.

Председатель коллегии ЕЭК Бакытжан Сагинтаев на прошлой неделе заявил, что комиссия работает над снятием оставшихся барьеров на внутреннем рынке.

Напомним, в декабре прошлого года в Санкт-Петербурге прошел неформальный саммит глав государств СНГ, где Садыр Жапаров провел двустороннюю встречу с Владимиром Путиным.

Следующее заседание Евразийского межправсовета пройдет в Минске в апреле.
""",
 [P("Данияр Амангельдиев","Данияр Амангельдиев","министр экономики и коммерции КР",["Данияр Амангельдиев"],note="check: minister title/term in Feb 2025"),
  P("Бакытжан Сагинтаев","Бакытжан Сагинтаев","председатель коллегии ЕЭК",["Бакытжан Сагинтаев"]),
  P("Садыр Жапаров","Садыр Жапаров","президент КР",["Садыр Жапаров"]),
  P("Владимир Путин","Владимиром Путиным","президент РФ",["Владимиром Путиным"])],
 [],
 [F("eaeu_mutual_trade_usd",97300000000,"2024","actual","$97,3 млрд"),
  F("eaeu_mutual_trade_growth_pct",5.1,"2024","actual","на 5,1%"),
  F("ru_by_trade_turnover_usd",50000000000,"2024","actual","около $50 млрд",qualifier="about"),
  F("ru_kz_trade_turnover_usd",27600000000,"2024","actual","$27,6 млрд"),
  F("trade_turnover",3900000000,"2024","actual","$3,9 млрд",note="EEC data"),
  F("trade_turnover_growth_pct",13,"2024","actual","на 13% больше"),
  F("russia_share_kg_trade_pct",22,"2024","actual","около 22%",qualifier="about"),
  F("kg_trade_deficit_with_russia_usd",2500000000,"2024","actual","превысило $2,5 млрд",qualifier="more than")],
 [E("2024-12","Informal CIS summit in St Petersburg","в декабре прошлого года в Санкт-Петербурге прошел неформальный саммит глав государств СНГ","conference","past",False),
  E("2024-12","Japarov–Putin bilateral meeting on summit sidelines","Садыр Жапаров провел двустороннюю встречу с Владимиром Путиным","meeting","past"),
  E("2025-04","Eurasian Intergovernmental Council in Minsk","Следующее заседание Евразийского межправсовета пройдет в Минске в апреле","conference","planned",False),
  E(None,"Sagintayev statement on barriers","на прошлой неделе заявил","other","past",False,date_note="week before 2025-02-24")])

# 11
art("11_kloop_ru_2025_payments.txt","https://kloop.kg/blog/2025/06/03/rubli-i-somy/","ru","unknown","2025-06-03",None,"url","Date only in URL path.",
 "source: https://kloop.kg/blog/2025/06/03/rubli-i-somy/",
"""Рубли вместо долларов: как Кыргызстан и Россия рассчитываются друг с другом

Автор: Бермет Шаршенова

Почти вся торговля между Кыргызстаном и Россией теперь идет в рублях и сомах. По данным Национального банка КР, доля национальных валют во взаимных расчетах достигла 95%.

После того как в 2024 году ряд кыргызстанских банков попал под санкции США, оставшиеся кредитные организации стали осторожнее. Несколько банков отказались принимать платежи от российских компаний, опасаясь вторичных санкций.

Председатель Кабмина Адылбек Касымалиев во время визита в Москву в мае обсудил с Михаилом Мишустиным создание расчетной инфраструктуры. По итогам встречи стороны подписали соглашение о сотрудничестве в платежной сфере.

Товарооборот двух стран в 2024 году составил $4,2 млрд, по данным российской стороны. Кыргызская статистика дает меньшую цифру.

Денежные переводы из России за первый квартал 2025 года составили $510 млн. Совокупные активы банковского сектора Кыргызстана превысили 700 млрд сомов.

«Банки боятся потерять корреспондентские счета в долларах», — говорит финансовый аналитик Нурлан Бекмуратов.

Иллюстрация: Kloop
""",
 [P("Адылбек Касымалиев","Адылбек Касымалиев","председатель Кабинета министров КР",["Адылбек Касымалиев"]),
  P("Михаил Мишустин","Михаилом Мишустиным","председатель правительства РФ",["Михаилом Мишустиным"])],
 ["Бермет Шаршенова","Нурлан Бекмуратов"],
 [F("national_currency_settlement_share_pct",95,None,"actual","достигла 95%"),
  F("trade_turnover",4200000000,"2024","actual","$4,2 млрд",note="Russian data"),
  F("remittances_from_russia_usd",510000000,"2025-Q1","actual","$510 млн"),
  F("kg_bank_assets_som",700000000000,None,"actual","превысили 700 млрд сомов",qualifier="more than")],
 [E("2024","US sanctions on several Kyrgyz banks","в 2024 году ряд кыргызстанских банков попал под санкции США","other","past",False),
  E("2025-05","Kasymaliev visit to Moscow, talks with Mishustin","во время визита в Москву в мае обсудил с Михаилом Мишустиным","visit","past"),
  E("2025-05","Agreement on payments cooperation signed","стороны подписали соглашение о сотрудничестве в платежной сфере","agreement","past")])

# 12
art("12_rferl_en_2025_eu_package.txt","https://www.rferl.org/a/kyrgyzstan-eu-sanctions-russia-reexports/33448120.html","en","October 24, 2025 11:20 GMT","2025-10-24",None,"header","Header date; designation date in body.",
 "source: https://www.rferl.org/a/kyrgyzstan-eu-sanctions-russia-reexports/33448120.html\ndate: 2025-10-24",
"""Kyrgyz Firms Caught In EU Sanctions Net As Bishkek Protests

October 24, 2025 11:20 GMT
By RFE/RL's Kyrgyz Service

BISHKEK -- Kyrgyzstan's Foreign Ministry has summoned the EU ambassador after the bloc added several Kyrgyz companies to its sanctions list over alleged re-exports of dual-use goods to Russia.

The designations, part of a package adopted on October 23, target firms that the EU says supplied Russia with machine tools and electronics worth more than 50 million euros.

Foreign Minister Jeenbek Kulubaev said the decision was "unfounded" and would harm ordinary businesses. "Kyrgyzstan respects international law, but our trade with Russia, our EAEU partner, is legitimate," he said.

Kyrgyz-Russian trade has continued to grow. Russian officials put bilateral turnover at $4.2 billion in 2024, while Kyrgyz figures showed $3.9 billion.

Critics note that Kyrgyzstan's imports from the EU rose sevenfold between 2021 and 2024.

Cabinet Chairman Adylbek Kasymaliev is expected in Moscow next month for an EAEU heads of government meeting. President Sadyr Japarov met Vladimir Putin in Dushanbe earlier this month at a CIS summit.

Kyrgyzstan also received a 20 million euro EU grant for border management in 2024.
""",
 [P("Жээнбек Кулубаев","Jeenbek Kulubaev","Foreign Minister of Kyrgyzstan",["Jeenbek Kulubaev"]),
  P("Адылбек Касымалиев","Adylbek Kasymaliev","Chairman of the Cabinet of Ministers of Kyrgyzstan",["Adylbek Kasymaliev"]),
  P("Садыр Жапаров","Sadyr Japarov","President of Kyrgyzstan",["Sadyr Japarov"]),
  P("Владимир Путин","Vladimir Putin","President of Russia",["Vladimir Putin"])],
 [],
 [F("sanctioned_supplies_value_eur",50000000,None,"actual","more than 50 million euros",qualifier="more than"),
  F("trade_turnover",4200000000,"2024","actual","$4.2 billion in 2024",note="Russian data"),
  F("trade_turnover",3900000000,"2024","actual","$3.9 billion",note="Kyrgyz data"),
  F("kg_imports_from_eu_multiple",7,"2021-2024","actual","rose sevenfold"),
  F("eu_grant_eur",20000000,"2024","actual","20 million euro")],
 [E("2025-10-23","EU sanctions package adopted, Kyrgyz firms designated","a package adopted on October 23","other","past",False),
  E(None,"Kyrgyz MFA summons EU ambassador","has summoned the EU ambassador","other","past",False,date_note="shortly before 2025-10-24"),
  E("2025-11","EAEU heads of government meeting in Moscow","expected in Moscow next month for an EAEU heads of government meeting","conference","planned",False),
  E("2025-10","Japarov–Putin meeting in Dushanbe","President Sadyr Japarov met Vladimir Putin in Dushanbe earlier this month","meeting","past"),
  E("2025-10","CIS summit in Dushanbe","at a CIS summit","conference","past",False)])

# 13
art("13_tazabek_ru_2026_quotas.txt","https://www.tazabek.kg/news:2108344","ru","unknown","2026-01-19",None,"body","Date given only in body ('19 января 2026 года').",
 "source: https://www.tazabek.kg/news:2108344",
"""Россельхознадзор снял ограничения с 12 кыргызстанских экспортеров

Тазабек — Россельхознадзор 19 января 2026 года снял ограничения на поставки в Россию продукции 12 кыргызстанских предприятий, сообщили в Минсельхозе КР.

Ограничения были введены в течение прошлого года из-за выявленных нарушений. После совместных инспекций стороны договорились о порядке контроля. В министерстве отметили, что еще 7 предприятий остаются в списке.

Одновременно российская сторона согласовала квоту на поставку 15 тыс. тонн мяса из Кыргызстана на 2026 год. В 2025 году экспорт мяса в Россию составил около 9 тыс. тонн на сумму $38 млн.

Товарооборот Кыргызстана и России за январь — ноябрь 2025 года, по данным Нацстаткома, составил $3,7 млрд, что на 4,5% больше, чем годом ранее. Внешнеторговый оборот республики за этот период достиг $16,1 млрд.

По словам представителя министерства, вопросы ветеринарного контроля будут вынесены на очередное заседание межправкомиссии, которое планируется провести в марте в Москве.

Напомним, в прошлом году Кыргызстан выплатил штрафы за нарушения фитосанитарных норм на сумму 3,4 млн сомов.

Фото: Тазабек
""",
 [],
 [],
 [F("meat_export_quota_tonnes",15000,"2026","target","15 тыс. тонн"),
  F("kg_meat_exports_to_russia_tonnes",9000,"2025","actual","около 9 тыс. тонн",qualifier="about"),
  F("kg_meat_exports_to_russia_usd",38000000,"2025","actual","$38 млн"),
  F("trade_turnover",3700000000,"2025-11M","actual","$3,7 млрд"),
  F("trade_turnover_growth_pct",4.5,"2025-11M","actual","на 4,5% больше"),
  F("kg_total_foreign_trade_usd",16100000000,"2025-11M","actual","$16,1 млрд"),
  F("phyto_fines_som",3400000,"2025","actual","3,4 млн сомов")],
 [E("2026-01-19","Rosselkhoznadzor lifts restrictions on 12 Kyrgyz exporters","Россельхознадзор 19 января 2026 года снял ограничения","other","past"),
  E("2026","Meat export quota agreed for 2026","российская сторона согласовала квоту на поставку 15 тыс. тонн мяса","agreement","past",date_note="around 2026-01-19"),
  E("2026-03","IGC session in Moscow","очередное заседание межправкомиссии, которое планируется провести в марте в Москве","igc_session","planned")])

# 14
art("14_eurasianet_en_noyear_turnover.txt","https://eurasianet.org/kyrgyzstan-trade-with-russia-slows","en","Mar 4",None,"????-03-04","byline","Byline 'Mar 4' without year; no year on the page. Figures 'last year' can't be dated.",
 "source: https://eurasianet.org/kyrgyzstan-trade-with-russia-slows",
"""Kyrgyzstan: Trade with Russia slows as sanctions bite

Mar 4
Aigerim Tashieva

Kyrgyzstan's trade with Russia is losing momentum after three years of breakneck growth, official data show.

Bilateral turnover grew by just 4 percent last year to around $3.8 billion, according to the National Statistics Committee, a far cry from the 37 percent jump recorded in the first year of the war in Ukraine.

Analysts point to stricter Russian customs checks on goods entering from Kyrgyzstan and to Western secondary sanctions that have made Kyrgyz banks wary of Russian money. Re-exports of cars to Russia, once worth hundreds of millions, fell to $40 million.

On Monday, Russian Deputy Prime Minister Alexei Overchuk held talks in Bishkek with Kyrgyz officials on customs cooperation. A Eurasian Economic Commission decision on a new procedure for transit checks is due to take effect on April 1.

Kyrgyzstan's total trade, meanwhile, rose to $17 billion, driven by imports from China, which reached $11 billion.

President Sadyr Japarov is expected to visit Moscow in May.

Aigerim Tashieva is a freelance journalist covering Central Asia.
""",
 [P("Алексей Оверчук","Alexei Overchuk","Deputy Prime Minister of Russia",["Alexei Overchuk"]),
  P("Садыр Жапаров","Sadyr Japarov","President of Kyrgyzstan",["Sadyr Japarov"])],
 ["Aigerim Tashieva"],
 [F("trade_turnover_growth_pct",4,None,"actual","grew by just 4 percent last year",note="'last year', year unknown"),
  F("trade_turnover",3800000000,None,"actual","around $3.8 billion",qualifier="about",note="'last year', year unknown"),
  F("trade_turnover_growth_pct",37,"2022","actual","the 37 percent jump",note="'first year of the war in Ukraine' = 2022"),
  F("car_reexport_kg_to_ru_usd",40000000,None,"actual","$40 million"),
  F("kg_total_foreign_trade_usd",17000000000,None,"actual","$17 billion"),
  F("kg_imports_from_china_usd",11000000000,None,"actual","$11 billion")],
 [E(None,"Overchuk talks in Bishkek on customs","On Monday, Russian Deputy Prime Minister Alexei Overchuk held talks in Bishkek","meeting","past",date_note="Monday before Mar 4; year unknown"),
  E(None,"EEC decision on transit checks takes effect","due to take effect on April 1","other","planned",False,date_partial="????-04-01"),
  E(None,"Japarov expected visit to Moscow in May","is expected to visit Moscow in May","visit","planned",date_partial="????-05")])

os.makedirs(D+"/articles", exist_ok=True)
gold = []
for a in A:
    with open(f"{D}/articles/{a['file']}", "w", encoding="utf-8") as f:
        f.write(a["_hdr"] + "\n\n" + a["_body"])
    gold.append({k: v for k, v in a.items() if not k.startswith("_")})
json.dump(gold, open(D+"/gold.json","w",encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(gold))
