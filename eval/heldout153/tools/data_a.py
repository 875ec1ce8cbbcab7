from common import P, F, EV

A = []

# ---------------------------------------------------------------- 01
A.append(dict(
file="01_kabar_ru_2006_natstatkom_vneshtorg_2005.txt",
source="http://www.kabar.kg/rus/economics/full/5127",
lang="ru", header_date="2006-02-16",
text="""source: http://www.kabar.kg/rus/economics/full/5127
date: 2006-02-16

Главная / Экономика

Внешнеторговый оборот Кыргызстана в 2005 году вырос на 10,9 процента

Бишкек, 16 февраля /Кабар/. Внешнеторговый оборот Кыргызстана в 2005 году составил 1 миллиард 788,3 миллиона долларов США, увеличившись по сравнению с 2004 годом на 10,9 процента. Об этом сообщает Национальный статистический комитет КР.

По данным Нацстаткома, экспорт за прошлый год составил 672 миллиона долларов, импорт – 1 миллиард 116,3 миллиона долларов. Отрицательное сальдо торгового баланса достигло 444,3 миллиона долларов.

Крупнейшим торговым партнером республики по-прежнему остается Российская Федерация. Товарооборот с Россией за 2005 год составил 557,8 млн долларов США, или 31,2 процента от общего объема внешней торговли. По сравнению с 2004 годом он вырос на 22,4 процента. Экспорт в Россию составил 153,7 млн долларов, импорт из России – 404,1 млн долларов. Из России в республику ввозились главным образом нефтепродукты, природный газ, древесина и металлопрокат.

На втором месте находится Казахстан – 312,5 млн долларов, на третьем Китай – 266,9 млн долларов. Товарооборот со странами СНГ в целом составил 1 миллиард 9 миллионов долларов.

Как пояснил на пресс-конференции председатель Нацстаткома Зарылбек Кудабаев, официальная статистика не полностью учитывает так называемую «челночную» торговлю. «Реальный объем торговли с Китаем, по нашим оценкам, в два-три раза выше официальных цифр, поскольку значительная часть товаров ввозится физическими лицами», – отметил З.Кудабаев.

Проблема дефицита торгового баланса обсуждалась накануне на заседании правительства. Премьер-министр Феликс Кулов поручил Министерству экономического развития, промышленности и торговли до конца первого квартала подготовить программу поддержки экспортеров. По словам Кулова, весной в Москве должно состояться очередное заседание кыргызско-российской межправительственной комиссии, на котором кыргызская сторона намерена поднять вопрос о доступе отечественной сельхозпродукции на российский рынок.

Фото: Кабар / Азамат Иманалиев

Другие новости раздела: Курс сома к доллару на торгах НБКР | В Чуйской области начался весенний сев
""",
date="2006-02-16", date_partial=None, date_source="header+body",
date_note="Header date 2006-02-16; dateline 'Бишкек, 16 февраля /Кабар/' (day-month only) agrees. 'накануне' = 2006-02-15 (government session, internal, not annotated as a pair event).",
people=[
 P("Зарылбек Кудабаев", "Зарылбек Кудабаев", "председатель Национального статистического комитета КР", ["Зарылбек Кудабаев", "З.Кудабаев"]),
 P("Феликс Кулов", "Феликс Кулов", "премьер-министр КР", ["Феликс Кулов", "Кулова"]),
],
other_names=["Азамат Иманалиев"],
figures=[
 F("kyrgyz_total_foreign_trade", 1788300000, "2005", "actual", "Внешнеторговый оборот Кыргызстана в 2005 году составил 1 миллиард 788,3 миллиона долларов США"),
 F("kyrgyz_total_foreign_trade_growth_pct", 10.9, "2005", "actual", "увеличившись по сравнению с 2004 годом на 10,9 процента"),
 F("kyrgyz_total_exports", 672000000, "2005", "actual", "экспорт за прошлый год составил 672 миллиона долларов"),
 F("kyrgyz_total_imports", 1116300000, "2005", "actual", "импорт – 1 миллиард 116,3 миллиона долларов"),
 F("kyrgyz_trade_deficit", 444300000, "2005", "actual", "Отрицательное сальдо торгового баланса достигло 444,3 миллиона долларов"),
 F("trade_turnover", 557800000, "2005", "actual", "Товарооборот с Россией за 2005 год составил 557,8 млн долларов США"),
 F("russia_share_in_kyrgyz_trade_pct", 31.2, "2005", "actual", "или 31,2 процента от общего объема внешней торговли"),
 F("trade_turnover_growth_pct", 22.4, "2005", "actual", "По сравнению с 2004 годом он вырос на 22,4 процента"),
 F("kyrgyz_exports_to_russia", 153700000, "2005", "actual", "Экспорт в Россию составил 153,7 млн долларов"),
 F("kyrgyz_imports_from_russia", 404100000, "2005", "actual", "импорт из России – 404,1 млн долларов"),
 F("kg_kazakhstan_trade_turnover", 312500000, "2005", "actual", "На втором месте находится Казахстан – 312,5 млн долларов"),
 F("kg_china_trade_turnover", 266900000, "2005", "actual", "на третьем Китай – 266,9 млн долларов"),
 F("kg_cis_trade_turnover", 1009000000, "2005", "actual", "Товарооборот со странами СНГ в целом составил 1 миллиард 9 миллионов долларов"),
],
events=[
 EV("2006", "Next session of the Kyrgyz-Russian intergovernmental commission expected in Moscow in spring", "весной в Москве должно состояться очередное заседание кыргызско-российской межправительственной комиссии", "igc_session", "planned", True, date_note="'весной' of 2006; no exact month."),
],
))

# ---------------------------------------------------------------- 02
A.append(dict(
file="02_interfax_ru_2014_gazprom_kyrgyzgaz.txt",
source="https://www.interfax.ru/business/371254",
lang="ru", header_date="2014-04-15",
text="""source: https://www.interfax.ru/business/371254
date: 2014-04-15

"Газпром" завершил покупку "Кыргызгаза" за $1

Москва. 15 апреля. ИНТЕРФАКС - ОАО "Газпром" завершило сделку по приобретению 100% акций ОАО "Кыргызгаз", сообщила во вторник пресс-служба российского холдинга.

"Сделка закрыта после выполнения всех отлагательных условий, права на 100% акций перешли к "Газпрому"", - говорится в сообщении. Компания будет переименована в ОсОО "Газпром Кыргызстан".

Как сообщалось, межправительственное соглашение о сотрудничестве в сфере транспортировки, распределения и сбыта природного газа на территории Киргизии, предусматривающее продажу госпакета "Кыргызгаза", стороны подписали в июле прошлого года. В декабре документ ратифицировал Жогорку Кенеш, а закон о ратификации подписал президент Алмазбек Атамбаев.

Стоимость пакета составила символический $1. Вместе с активами "Газпром" принял на себя долги "Кыргызгаза" в размере около $40 млн, а также обязался в течение пяти лет инвестировать в модернизацию газотранспортной системы республики не менее 20 млрд рублей.

Премьер-министр Киргизии Джоомарт Оторбаев назвал сделку стратегической для энергетической безопасности страны. "Мы получаем надежного поставщика и инвестора, а население - гарантии бесперебойного газоснабжения", - цитирует Оторбаева пресс-служба киргизского правительства.

До сих пор газ в Киргизию поставлялся из Узбекистана, который в последние годы неоднократно прекращал поставки из-за задолженности "Кыргызгаза".

По данным ФТС России, товарооборот между Россией и Киргизией в 2013 году составил $2,16 млрд, увеличившись на 5,3% по сравнению с 2012 годом. За январь-февраль 2014 года объем взаимной торговли достиг $286,4 млн. Основу российского экспорта в республику составляют нефтепродукты, на которые приходится более 40% поставок.

Киргизия также ведет переговоры о присоединении к Таможенному союзу России, Белоруссии и Казахстана. "Дорожная карта" вступления республики в ТС, как ожидается, будет утверждена на заседании Высшего Евразийского экономического совета в мае.

Теги: Газпром, Киргизия, Кыргызгаз
""",
date="2014-04-15", date_partial=None, date_source="header+body",
date_note="Header 2014-04-15; dateline 'Москва. 15 апреля. ИНТЕРФАКС'; 'во вторник' agrees (2014-04-15 was a Tuesday). 'в июле прошлого года' = 2013-07; 'В декабре' = 2013-12.",
people=[
 P("Алмазбек Атамбаев", "Алмазбек Атамбаев", "президент Киргизии", ["Алмазбек Атамбаев"]),
 P("Джоомарт Оторбаев", "Джоомарт Оторбаев", "премьер-министр Киргизии", ["Джоомарт Оторбаев", "Оторбаева"]),
],
other_names=[],
figures=[
 F("acquisition_price_usd", 1, None, "actual", "Стоимость пакета составила символический $1", note="Price of the Kyrgyzgaz stake; not turnover."),
 F("debt_assumed_usd", 40000000, None, "actual", "принял на себя долги \"Кыргызгаза\" в размере около $40 млн", qualifier="about"),
 F("investment_commitment_rub", 20000000000, None, "target", "обязался в течение пяти лет инвестировать в модернизацию газотранспортной системы республики не менее 20 млрд рублей", qualifier="at least", note="Over five years; rubles."),
 F("trade_turnover", 2160000000, "2013", "actual", "товарооборот между Россией и Киргизией в 2013 году составил $2,16 млрд"),
 F("trade_turnover_growth_pct", 5.3, "2013", "actual", "увеличившись на 5,3% по сравнению с 2012 годом"),
 F("trade_turnover", 286400000, "2014-2M", "actual", "За январь-февраль 2014 года объем взаимной торговли достиг $286,4 млн"),
 F("oil_products_share_of_russian_exports_pct", 40, None, "actual", "на которые приходится более 40% поставок", qualifier="more than"),
],
events=[
 EV("2014-04-15", "Gazprom completes acquisition of 100% of Kyrgyzgaz", "ОАО \"Газпром\" завершило сделку по приобретению 100% акций ОАО \"Кыргызгаз\"", "other", "past", True, date_note="Announced 'во вторник' = article date."),
 EV("2013-07", "Intergovernmental agreement on gas transport, distribution and sales in Kyrgyzstan (sale of Kyrgyzgaz to Gazprom) signed", "стороны подписали в июле прошлого года", "agreement", "past", True),
 EV("2013-12", "Jogorku Kenesh ratifies the gas agreement; President Atambayev signs the ratification law", "В декабре документ ратифицировал Жогорку Кенеш", "other", "past", True),
 EV("2014-05", "Expected approval of Kyrgyzstan's Customs Union accession roadmap at the Supreme Eurasian Economic Council", "\"Дорожная карта\" вступления республики в ТС, как ожидается, будет утверждена на заседании Высшего Евразийского экономического совета в мае", "meeting", "planned", False),
],
))

# ---------------------------------------------------------------- 03
A.append(dict(
file="03_azattyk_ru_2017_nbkr_perevody_2016.txt",
source="https://rus.azattyk.org/a/28299871.html",
lang="ru", header_date="2017-02-09",
text="""source: https://rus.azattyk.org/a/28299871.html
date: 2017-02-09

Нацбанк: переводы мигрантов в 2016 году выросли почти на 19 процентов

Эрмек Турдубаев
09.02.2017

Объем денежных переводов, поступивших в Кыргызстан через системы переводов в 2016 году, составил 1 миллиард 993,9 миллиона долларов. Это на 18,6 процента больше, чем годом ранее, сообщил в среду председатель Национального банка Толкунбек Абдыгулов на пресс-конференции в Бишкеке.

Основная часть средств – около 97 процентов – по-прежнему поступает из России, где, по разным оценкам, работают от 500 до 700 тысяч граждан Кыргызстана.

«Восстановление переводов связано прежде всего со стабилизацией курса российского рубля и с тем, что после вступления в Евразийский экономический союз нашим мигрантам стало легче работать в России легально», – сказал Абдыгулов.

В 2015 году, на фоне девальвации рубля, переводы сократились почти на четверть. По словам Абдыгулова, Нацбанк не ожидает резких колебаний курса сома в текущем году.

Напомним, Кыргызстан стал полноправным членом ЕАЭС в августе 2015 года. С тех пор граждане республики могут работать в России без патентов.

Между тем внешняя торговля с Россией продолжает снижаться. По данным Нацстаткома, товарооборот Кыргызстана с Российской Федерацией за 2016 год составил 1 миллиард 256,4 миллиона долларов, что на 16,9 процента меньше уровня 2015 года. Товарооборот с Китаем, напротив, вырос до 1,56 миллиарда долларов, и КНР вышла на первое место среди торговых партнеров республики.

Экономист Азамат Токтосунов считает, что зависимость от переводов остается главным риском. «Переводы мигрантов – это около трети ВВП. Если российская экономика снова просядет, мы почувствуем это уже через месяц», – сказал он «Азаттыку».

Фото: Азаттык / Нурбек Жолдошев. Очередь в пункте денежных переводов в Бишкеке.

Читайте также: Мигранты из Кыргызстана в Москве: жизнь после ЕАЭС
""",
date="2017-02-09", date_partial=None, date_source="header+byline",
date_note="Header 2017-02-09 and byline '09.02.2017'. 'в среду' = 2017-02-08 (press conference), one day before the page date.",
people=[
 P("Толкунбек Абдыгулов", "Толкунбек Абдыгулов", "председатель Национального банка КР", ["Толкунбек Абдыгулов", "Абдыгулов", "Абдыгулова"]),
],
other_names=["Эрмек Турдубаев", "Азамат Токтосунов", "Нурбек Жолдошев"],
figures=[
 F("remittances_total", 1993900000, "2016", "actual", "Объем денежных переводов, поступивших в Кыргызстан через системы переводов в 2016 году, составил 1 миллиард 993,9 миллиона долларов"),
 F("remittances_growth_pct", 18.6, "2016", "actual", "Это на 18,6 процента больше, чем годом ранее"),
 F("remittances_russia_share_pct", 97, "2016", "actual", "около 97 процентов – по-прежнему поступает из России", qualifier="about"),
 F("remittances_growth_pct", -25, "2015", "actual", "переводы сократились почти на четверть", qualifier="almost"),
 F("kyrgyz_migrants_in_russia", 700000, None, "actual", "работают от 500 до 700 тысяч граждан Кыргызстана", note="Range 500,000–700,000 (value = upper bound); head count, not money."),
 F("trade_turnover", 1256400000, "2016", "actual", "товарооборот Кыргызстана с Российской Федерацией за 2016 год составил 1 миллиард 256,4 миллиона долларов"),
 F("trade_turnover_growth_pct", -16.9, "2016", "actual", "что на 16,9 процента меньше уровня 2015 года"),
 F("kg_china_trade_turnover", 1560000000, "2016", "actual", "Товарооборот с Китаем, напротив, вырос до 1,56 миллиарда долларов"),
 F("remittances_share_of_gdp", 33, None, "actual", "Переводы мигрантов – это около трети ВВП", qualifier="about"),
],
events=[
 EV("2015-08", "Kyrgyzstan became a full member of the EAEU", "Кыргызстан стал полноправным членом ЕАЭС в августе 2015 года", "other", "past", False),
],
))

# ---------------------------------------------------------------- 04
A.append(dict(
file="04_eurasianet_en_2021_russian_business_trade.txt",
source="https://eurasianet.org/kyrgyzstan-russian-business-holds-ground-as-trade-rebounds",
lang="en", header_date="2021-11-24",
text="""source: https://eurasianet.org/kyrgyzstan-russian-business-holds-ground-as-trade-rebounds
date: 2021-11-24

Kyrgyzstan: Russian business holds its ground as trade rebounds

Aigerim Sadykbekova Nov 24, 2021

Clothing for Russian markets is still the mainstay of Bishkek's sewing workshops. (Photo: Daniyar Kasymov)

When VEON, the Amsterdam-listed owner of the Beeline brand, said this autumn that it was reviewing its 50.1 percent stake in Kyrgyz operator Sky Mobile, many in Bishkek read it as a sign that Russian business was pulling back. The numbers tell a different story.

According to the National Statistical Committee, Kyrgyzstan's trade turnover with Russia reached $1.63 billion in the first nine months of 2021, up 38.7 percent on the same period last year. Russia remains the country's largest trading partner on official figures, ahead of China ($1.05 billion) and Kazakhstan ($920 million). Trade with the Eurasian Economic Union as a whole came to $2.7 billion.

The flows are lopsided. Kyrgyzstan bought Russian fuel, grain and timber worth $1.37 billion, while its exports to Russia – mostly garments, dried fruit and vegetables – were worth $260 million.

"Our garment makers have won back the Russian market faster than anyone expected," Minister of Economy and Commerce Daniyar Amangeldiev told Eurasianet. Amangeldiev said the government wants annual turnover with Russia to reach $3 billion "within a few years."

Political ties have warmed too. President Sadyr Japarov chose Moscow for his first foreign trip as head of state in February, and Akylbek Japarov – no relation – who became chairman of the Cabinet of Ministers last month, has promised Russian investors "the same conditions as our own companies."

Russia's ambassador in Bishkek, Nikolai Udovichenko, told a reception last week that about 900 companies with Russian capital were working in the country.

Much of the money that arrives from Russia, though, comes in migrants' pockets rather than as investment. Remittances reached $1.9 billion in January-September, according to the National Bank, roughly 83 percent of them from Russia.

Related: Kyrgyzstan: Gazprom's gas price deal leaves questions unanswered
""",
date="2021-11-24", date_partial=None, date_source="header+byline",
date_note="Header 2021-11-24 and byline 'Nov 24, 2021'. 'in February' = 2021-02 (Japarov's visit to Moscow); 'last month' = 2021-10 (Akylbek Japarov became cabinet chairman); 'last week' = the ambassador's reception (not annotated as a pair event).",
people=[
 P("Данияр Амангельдиев", "Daniyar Amangeldiev", "министр экономики и коммерции КР", ["Daniyar Amangeldiev", "Amangeldiev"]),
 P("Садыр Жапаров", "Sadyr Japarov", "президент КР", ["Sadyr Japarov"]),
 P("Акылбек Жапаров", "Akylbek Japarov", "председатель кабинета министров КР", ["Akylbek Japarov"]),
 P("Николай Удовиченко", "Nikolai Udovichenko", "посол России в Кыргызстане", ["Nikolai Udovichenko"]),
],
other_names=["Aigerim Sadykbekova", "Daniyar Kasymov"],
figures=[
 F("veon_stake_in_sky_mobile_pct", 50.1, None, "actual", "its 50.1 percent stake in Kyrgyz operator Sky Mobile"),
 F("trade_turnover", 1630000000, "2021-9M", "actual", "Kyrgyzstan's trade turnover with Russia reached $1.63 billion in the first nine months of 2021"),
 F("trade_turnover_growth_pct", 38.7, "2021-9M", "actual", "up 38.7 percent on the same period last year"),
 F("kg_china_trade_turnover", 1050000000, "2021-9M", "actual", "ahead of China ($1.05 billion)"),
 F("kg_kazakhstan_trade_turnover", 920000000, "2021-9M", "actual", "Kazakhstan ($920 million)"),
 F("kg_eaeu_trade_turnover", 2700000000, "2021-9M", "actual", "Trade with the Eurasian Economic Union as a whole came to $2.7 billion"),
 F("kyrgyz_imports_from_russia", 1370000000, "2021-9M", "actual", "Kyrgyzstan bought Russian fuel, grain and timber worth $1.37 billion"),
 F("kyrgyz_exports_to_russia", 260000000, "2021-9M", "actual", "were worth $260 million"),
 F("trade_turnover", 3000000000, "annual", "target", "the government wants annual turnover with Russia to reach $3 billion \"within a few years.\""),
 F("companies_with_russian_capital", 900, None, "actual", "about 900 companies with Russian capital were working in the country", qualifier="about"),
 F("remittances_total", 1900000000, "2021-9M", "actual", "Remittances reached $1.9 billion in January-September"),
 F("remittances_russia_share_pct", 83, "2021-9M", "actual", "roughly 83 percent of them from Russia", qualifier="about"),
],
events=[
 EV("2021-02", "Sadyr Japarov's first foreign trip as president: visit to Moscow", "President Sadyr Japarov chose Moscow for his first foreign trip as head of state in February", "visit", "past", True),
],
))

# ---------------------------------------------------------------- 05
A.append(dict(
file="05_tass_ru_2019_oreshkin_business_forum.txt",
source="https://tass.ru/ekonomika/6270154",
lang="ru", header_date="2019-03-28",
text="""source: https://tass.ru/ekonomika/6270154
date: 2019-03-28

Орешкин: товарооборот России и Киргизии в 2018 году превысил $1,8 млрд

Экономика
28 марта 2019, 11:37
Обновлено 28 марта 2019, 12:05

БИШКЕК, 28 марта. /ТАСС/. Товарооборот России и Киргизии по итогам 2018 года вырос на 6,9% и превысил $1,8 млрд. Об этом сообщил в четверг министр экономического развития РФ Максим Орешкин на российско-киргизском деловом форуме, который проходит в Бишкеке в рамках государственного визита президента России Владимира Путина.

"Киргизия остается одним из наших ключевых партнеров в ЕАЭС. Мы видим потенциал, чтобы в ближайшие годы довести товарооборот до $2,5 млрд в год", - сказал Орешкин.

По словам министра, на полях форума российские и киргизские компании подписали пакет коммерческих соглашений на сумму более $1,5 млрд, в том числе в сфере энергетики, сельского хозяйства и легкой промышленности. Накануне глава Минэкономразвития провел встречу с членами правительства Киргизии, на которой обсуждались вопросы промышленной кооперации и доступа киргизской продукции на российский рынок.

Премьер-министр Киргизии Мухаммедкалый Абылгазиев, выступая на форуме, назвал Россию крупнейшим инвестором республики. "Мы рассчитываем, что российский бизнес активнее придет в переработку сельхозпродукции и в строительство малых ГЭС", - заявил Абылгазиев. Он напомнил, что доля России во внешнеторговом обороте Киргизии составляет около 27%.

Переговоры Путина и президента Киргизии Сооронбая Жээнбекова в узком и расширенном составах запланированы на вторую половину дня. По их итогам ожидается подписание межгосударственных и межправительственных документов.

Следующее заседание Высшего Евразийского экономического совета пройдет в мае в Нур-Султане.

Теги: Владимир Путин, Сооронбай Жээнбеков, Киргизия, ЕАЭС
""",
date="2019-03-28", date_partial=None, date_source="header+byline",
date_note="Header and byline '28 марта 2019, 11:37'; 'Обновлено 28 марта 2019, 12:05' same day. 'Накануне' = 2019-03-27.",
people=[
 P("Максим Орешкин", "Максим Орешкин", "министр экономического развития РФ", ["Максим Орешкин", "Орешкин"]),
 P("Владимир Путин", "Владимир Путин", "президент России", ["Владимира Путина", "Путина", "Владимир Путин"]),
 P("Мухаммедкалый Абылгазиев", "Мухаммедкалый Абылгазиев", "премьер-министр Киргизии", ["Мухаммедкалый Абылгазиев", "Абылгазиев"]),
 P("Сооронбай Жээнбеков", "Сооронбай Жээнбеков", "президент Киргизии", ["Сооронбая Жээнбекова", "Сооронбай Жээнбеков"]),
],
other_names=[],
figures=[
 F("trade_turnover", 1800000000, "2018", "actual", "Товарооборот России и Киргизии по итогам 2018 года вырос на 6,9% и превысил $1,8 млрд", qualifier="more than"),
 F("trade_turnover_growth_pct", 6.9, "2018", "actual", "Товарооборот России и Киргизии по итогам 2018 года вырос на 6,9%"),
 F("trade_turnover", 2500000000, "annual", "target", "в ближайшие годы довести товарооборот до $2,5 млрд в год"),
 F("commercial_agreements_value", 1500000000, "2019", "actual", "подписали пакет коммерческих соглашений на сумму более $1,5 млрд", qualifier="more than"),
 F("russia_share_in_kyrgyz_trade_pct", 27, None, "actual", "доля России во внешнеторговом обороте Киргизии составляет около 27%", qualifier="about"),
],
events=[
 EV("2019-03-28", "Russian-Kyrgyz business forum in Bishkek during Putin's state visit", "на российско-киргизском деловом форуме, который проходит в Бишкеке", "forum", "ongoing", True),
 EV("2019-03-28", "State visit of Vladimir Putin to Kyrgyzstan", "в рамках государственного визита президента России Владимира Путина", "visit", "ongoing", True),
 EV("2019-03-28", "Commercial agreements signed on the sidelines of the forum", "на полях форума российские и киргизские компании подписали пакет коммерческих соглашений", "agreement", "past", True),
 EV("2019-03-27", "Oreshkin's meeting with members of the Kyrgyz government", "Накануне глава Минэкономразвития провел встречу с членами правительства Киргизии", "meeting", "past", True),
 EV("2019-03-28", "Putin–Jeenbekov talks in restricted and expanded formats (later that day)", "Переговоры Путина и президента Киргизии Сооронбая Жээнбекова в узком и расширенном составах запланированы на вторую половину дня", "meeting", "planned", True),
 EV("2019-03-28", "Expected signing of interstate and intergovernmental documents after the talks", "ожидается подписание межгосударственных и межправительственных документов", "agreement", "planned", True),
 EV("2019-05", "Next session of the Supreme Eurasian Economic Council in Nur-Sultan", "Следующее заседание Высшего Евразийского экономического совета пройдет в мае в Нур-Султане", "meeting", "planned", False),
],
))

# ---------------------------------------------------------------- 06
A.append(dict(
file="06_reuters_en_2022_trade_sanctions_remittances.txt",
source="https://www.reuters.com/markets/europe/kyrgyz-trade-with-russia-jumps-sanctions-reshape-flows-2022-10-20/",
lang="en", header_date="2022-10-20",
text="""source: https://www.reuters.com/markets/europe/kyrgyz-trade-with-russia-jumps-sanctions-reshape-flows-2022-10-20/
date: 2022-10-20

Kyrgyz trade with Russia jumps as sanctions reshape regional flows

By Timur Abenov
October 20, 2022 12:14 PM UTC Updated 2 hours ago

ALMATY, Oct 20 (Reuters) - Kyrgyzstan's trade with Russia rose by more than a third in the first eight months of the year, official data showed on Thursday, as traders in the Central Asian nation moved to supply goods that Western companies stopped selling to Russia after its invasion of Ukraine.

Turnover between the two countries reached $2.05 billion in January-August, up 36.5% year-on-year, according to the National Statistical Committee. Kyrgyz exports to Russia almost doubled to $580 million, led by clothing and footwear but increasingly also including re-exported electronics and car parts.

Trade with China, Kyrgyzstan's other major partner, grew even faster, to $1.86 billion, while turnover with neighbouring Kazakhstan was $1.1 billion.

"We are not violating anyone's sanctions. We trade within the Eurasian Economic Union under its rules," Economy and Commerce Minister Daniyar Amangeldiev told reporters in Bishkek.

Money transfers from Russia, equal to roughly a quarter of Kyrgyzstan's gross domestic product, rose 27% to $1.78 billion in the first eight months, central bank data showed, as a stronger rouble lifted the dollar value of migrants' earnings.

The rouble now accounts for about 70% of payments between Kyrgyz and Russian companies, up from less than half a year ago, the central bank estimated.

President Sadyr Japarov attended the Commonwealth of Independent States summit in Astana last week, where Russian President Vladimir Putin called for deeper trade in national currencies. Kyrgyzstan will host a summit of the Moscow-led Eurasian Economic Union in Bishkek on Dec. 9.

Reporting by Timur Abenov; Editing by Helen Carrow

Our Standards: The Thomson Reuters Trust Principles.
""",
date="2022-10-20", date_partial=None, date_source="header+byline",
date_note="Header and byline 'October 20, 2022'; dateline 'Oct 20'; 'on Thursday' agrees (2022-10-20 was a Thursday). 'last week' = the CIS summit in Astana (2022-10-14 externally; annotated as 2022-10).",
people=[
 P("Данияр Амангельдиев", "Daniyar Amangeldiev", "министр экономики и коммерции КР", ["Daniyar Amangeldiev"]),
 P("Садыр Жапаров", "Sadyr Japarov", "президент КР", ["Sadyr Japarov"]),
 P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin"]),
],
other_names=["Timur Abenov", "Helen Carrow"],
figures=[
 F("trade_turnover", 2050000000, "2022-8M", "actual", "Turnover between the two countries reached $2.05 billion in January-August"),
 F("trade_turnover_growth_pct", 36.5, "2022-8M", "actual", "up 36.5% year-on-year"),
 F("kyrgyz_exports_to_russia", 580000000, "2022-8M", "actual", "Kyrgyz exports to Russia almost doubled to $580 million"),
 F("kg_china_trade_turnover", 1860000000, "2022-8M", "actual", "grew even faster, to $1.86 billion"),
 F("kg_kazakhstan_trade_turnover", 1100000000, "2022-8M", "actual", "turnover with neighbouring Kazakhstan was $1.1 billion"),
 F("remittances_share_of_gdp", 25, None, "actual", "equal to roughly a quarter of Kyrgyzstan's gross domestic product", qualifier="about"),
 F("remittances_growth_pct", 27, "2022-8M", "actual", "rose 27% to $1.78 billion in the first eight months"),
 F("remittances_from_russia", 1780000000, "2022-8M", "actual", "rose 27% to $1.78 billion in the first eight months"),
 F("ruble_share_in_settlements_pct", 70, None, "actual", "The rouble now accounts for about 70% of payments between Kyrgyz and Russian companies", qualifier="about"),
],
events=[
 EV("2022-10", "CIS summit in Astana attended by Japarov and Putin", "President Sadyr Japarov attended the Commonwealth of Independent States summit in Astana last week", "meeting", "past", False),
 EV("2022-12-09", "Eurasian Economic Union summit to be hosted in Bishkek", "Kyrgyzstan will host a summit of the Moscow-led Eurasian Economic Union in Bishkek on Dec. 9", "meeting", "planned", False),
],
))

# ---------------------------------------------------------------- 07
A.append(dict(
file="07_vedomosti_ru_2020_pandemia_perevody_optima.txt",
source="https://www.vedomosti.ru/finance/articles/2020/08/18/837114-kirgiziya-perevodi",
lang="ru", header_date="2020-08-18",
text="""source: https://www.vedomosti.ru/finance/articles/2020/08/18/837114-kirgiziya-perevodi
date: 2020-08-18

Финансы / Статьи

Торговля Киргизии с Россией и переводы мигрантов упали на фоне пандемии

«Оптима банк» и Сбербанк запускают переводы по номеру телефона

Марина Гусейнова
18 августа 2020 г., 00:15

Товарооборот Киргизии с Россией в первом полугодии 2020 г. сократился на 21,7% до $763,4 млн, следует из данных Национального статистического комитета республики. Снижение торговли с Китаем оказалось еще глубже: после закрытия границы в феврале оборот упал на 43% до $412 млн. Общий внешнеторговый оборот Киргизии за январь – июнь сократился на 30,2% до $2,2 млрд.

Российская статистика фиксирует меньший спад. По данным ФТС, за первое полугодие взаимная торговля двух стран сократилась на 14,8% до $803,6 млн. Расхождение объясняется разной методикой учета товаров, ввозимых из третьих стран через территорию ЕАЭС, пояснил «Ведомостям» аналитик Центра развития ВШЭ Кирилл Озеров.

Сократились и денежные переводы мигрантов. По данным Нацбанка Киргизии, за шесть месяцев из России поступило $797 млн, что на 24,3% меньше, чем годом ранее. Премьер-министр Киргизии Кубатбек Боронов на прошлой неделе поручил Минэкономики подготовить меры поддержки семей трудовых мигрантов, оставшихся без заработка.

На этом фоне банки борются за оставшийся поток переводов. Киргизский «Оптима банк» и Сбербанк договорились о запуске сервиса переводов по номеру телефона: клиенты Сбербанка смогут отправлять деньги на карты «Оптима банка» с комиссией 1%. Сервис заработает в сентябре, сообщили «Ведомостям» в обоих банках.

Очередное заседание межправительственной комиссии, которое планировалось провести весной в Москве, из-за пандемии перенесено на вторую половину года, сообщил «Ведомостям» представитель Минэкономики Киргизии.

Фото: Андрей Гордеев / Ведомости
""",
date="2020-08-18", date_partial=None, date_source="header+byline",
date_note="Header and byline '18 августа 2020 г., 00:15'. 'на прошлой неделе' (Boronov's instruction) is an internal government act, not a pair event.",
people=[
 P("Кубатбек Боронов", "Кубатбек Боронов", "премьер-министр Киргизии", ["Кубатбек Боронов"]),
],
other_names=["Марина Гусейнова", "Кирилл Озеров", "Андрей Гордеев"],
figures=[
 F("trade_turnover", 763400000, "2020-H1", "actual", "Товарооборот Киргизии с Россией в первом полугодии 2020 г. сократился на 21,7% до $763,4 млн", note="Kyrgyz National Statistical Committee."),
 F("trade_turnover_growth_pct", -21.7, "2020-H1", "actual", "Товарооборот Киргизии с Россией в первом полугодии 2020 г. сократился на 21,7%"),
 F("kg_china_trade_turnover", 412000000, "2020-H1", "actual", "оборот упал на 43% до $412 млн"),
 F("kg_china_trade_turnover_growth_pct", -43, "2020-H1", "actual", "оборот упал на 43%"),
 F("kyrgyz_total_foreign_trade", 2200000000, "2020-H1", "actual", "Общий внешнеторговый оборот Киргизии за январь – июнь сократился на 30,2% до $2,2 млрд"),
 F("kyrgyz_total_foreign_trade_growth_pct", -30.2, "2020-H1", "actual", "Общий внешнеторговый оборот Киргизии за январь – июнь сократился на 30,2%"),
 F("trade_turnover", 803600000, "2020-H1", "actual", "за первое полугодие взаимная торговля двух стран сократилась на 14,8% до $803,6 млн", note="Russian Federal Customs Service; disagrees with the Kyrgyz figure above."),
 F("trade_turnover_growth_pct", -14.8, "2020-H1", "actual", "взаимная торговля двух стран сократилась на 14,8%", note="FCS."),
 F("remittances_from_russia", 797000000, "2020-H1", "actual", "за шесть месяцев из России поступило $797 млн"),
 F("remittances_growth_pct", -24.3, "2020-H1", "actual", "что на 24,3% меньше, чем годом ранее"),
 F("transfer_fee_pct", 1, None, "actual", "с комиссией 1%"),
],
events=[
 EV("2020", "Next intergovernmental commission session, planned for spring in Moscow, postponed to the second half of the year", "Очередное заседание межправительственной комиссии, которое планировалось провести весной в Москве, из-за пандемии перенесено на вторую половину года", "igc_session", "planned", True),
],
))
