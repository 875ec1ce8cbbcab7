"""Articles 06-10 (2015-2022)."""
from common import P, F, E

A = []

# ---------------------------------------------------------------- 06
A.append(dict(
file="06_akipress_ru_2015_eaeu_border_vet.txt",
source="https://kg.akipress.org/news:1214587",
lang="ru",
header="2015-08-12",
body="""Таможенный контроль на кыргызско-казахской границе снят. Ветеринарный пока остается

Бишкек, 12 авг. 2015 /АКИpress/. Кыргызстан с сегодняшнего дня стал полноправным членом Евразийского экономического союза: вступил в силу договор о присоединении республики к ЕАЭС.

На кыргызско-казахском участке границы в этот день снят таможенный контроль. Премьер-министр Темир Сариев принял участие в церемонии на автомобильном пункте пропуска «Ак-Жол».

«Сегодня грузовики пойдут без многочасовых очередей. Но это не значит, что границы больше нет: пограничный контроль остается, и мы должны навести порядок с происхождением товаров», - сказал Сариев.

При этом ветеринарный и фитосанитарный контроль на границе сохраняется до тех пор, пока Кыргызстан не приведет лаборатории и пункты контроля в соответствие с требованиями союза. На эти цели Россия выделила республике безвозмездную помощь в размере 200 млн долларов.

В сентябре в республику ожидается инспекция Россельхознадзора. Как ранее заявлял глава ведомства Сергей Данкверт, российская сторона проверит готовность 13 кыргызских предприятий, претендующих на поставки мясной и молочной продукции в Россию.

Закон о ратификации договора о присоединении к ЕАЭС президент Алмазбек Атамбаев подписал в мае.

По данным Нацстаткома, товарооборот Кыргызстана с Россией в первом полугодии 2015 года сократился на 27,4% и составил 706,2 млн долларов. Товарооборот с Казахстаном за тот же период составил 481 млн долларов.

Российско-Кыргызский фонд развития с уставным капиталом 500 млн долларов к настоящему времени одобрил первые кредиты для предприятий легкой промышленности и сельского хозяйства.

Фото пресс-службы правительства
Читайте также: Сариев: Пограничный контроль с Казахстаном сохраняется
""",
header_date="12 авг. 2015",
date="2015-08-12", date_partial=None, date_source="body",
date_note="Dateline 'Бишкек, 12 авг. 2015 /АКИpress/'.",
people=[
 P("Темир Сариев", "Темир Сариев", "премьер-министр Кыргызстана", ["Темир Сариев", "Сариев"]),
 P("Сергей Данкверт", "Сергей Данкверт", "руководитель Россельхознадзора", ["Сергей Данкверт"]),
 P("Алмазбек Атамбаев", "Алмазбек Атамбаев", "президент Кыргызстана", ["Алмазбек Атамбаев"]),
],
other_names=[],
figures=[
 F("russian_grant_usd", 200000000, None, "actual", "Россия выделила республике безвозмездную помощь в размере 200 млн долларов", note="Distractor: aid."),
 F("enterprises_inspected_count", 13, None, "forecast", "проверит готовность 13 кыргызских предприятий", note="Distractor count."),
 F("trade_turnover_growth_pct", -27.4, "2015-H1", "actual", "товарооборот Кыргызстана с Россией в первом полугодии 2015 года сократился на 27,4%"),
 F("trade_turnover", 706200000, "2015-H1", "actual", "сократился на 27,4% и составил 706,2 млн долларов"),
 F("kyrgyz_kazakhstan_trade_usd", 481000000, "2015-H1", "actual", "Товарооборот с Казахстаном за тот же период составил 481 млн долларов", note="Distractor: third country."),
 F("rkdf_charter_capital_usd", 500000000, None, "actual", "Российско-Кыргызский фонд развития с уставным капиталом 500 млн долларов", note="Distractor: fund capital."),
],
events=[
 E("2015-08-12", "Treaty on Kyrgyzstan's accession to the EAEU enters into force", "вступил в силу договор о присоединении республики к ЕАЭС", "agreement", "past", bilateral=False),
 E("2015-08-12", "Customs control lifted on the Kyrgyz-Kazakh border; ceremony at Ak-Zhol checkpoint with PM Sariyev", "На кыргызско-казахском участке границы в этот день снят таможенный контроль", "other", "past", bilateral=False),
 E("2015-09", "Rosselkhoznadzor inspection of Kyrgyz enterprises", "В сентябре в республику ожидается инспекция Россельхознадзора", "visit", "planned"),
 E("2015-05", "Atambayev signs the law ratifying the EAEU accession treaty", "Закон о ратификации договора о присоединении к ЕАЭС президент Алмазбек Атамбаев подписал в мае", "agreement", "past", bilateral=False),
],
))

# ---------------------------------------------------------------- 07
A.append(dict(
file="07_eurasianet_en_2017_border_queues.txt",
source="https://eurasianet.org/kyrgyzstan-trucks-pile-up-as-kazakhstan-tightens-border-checks",
lang="en",
header="2017-10-17",
body="""Kyrgyzstan: Trucks Pile Up as Kazakhstan Tightens Border Checks

Aidana Sultanova Oct 17, 2017

Trucks wait to cross into Kazakhstan at the Ak-Zhol checkpoint. (Photo: Aidana Sultanova)

The queue of trucks at Kyrgyzstan's main crossing into Kazakhstan stretched for more than seven kilometers on October 16, as Kazakh border guards and customs officers kept up the painstaking inspections they introduced a week earlier.

Kazakhstan began the enhanced checks on October 10, officially to stem smuggling of goods from China. Few in Bishkek believe that explanation. The move came after outgoing President Almazbek Atambayev accused Astana of meddling in Kyrgyzstan's October 15 presidential election, pointing to Kazakh President Nursultan Nazarbayev's meeting in September with opposition candidate Omurbek Babanov.

Atambayev's chosen successor, Sooronbay Jeenbekov, won Sunday's vote outright.

For Kyrgyz businesses the row is costly. Much of what Kyrgyzstan sells to Russia — garments, dried fruit, vegetables — travels by road across Kazakhstan. Garment makers say around 80 percent of their output goes to Russia, and shipments are now days late.

"We signed contracts with buyers in Moscow and Novosibirsk. Every day on the border is a penalty," said Baktygul, who runs a sewing workshop outside Bishkek and asked that her surname not be used.

Trade with Russia had been growing. According to the National Statistics Committee, Kyrgyz-Russian trade rose 23 percent in the first eight months of the year to $1.05 billion. Trade with Kazakhstan reached $560 million in January-June.

Prime Minister Sapar Isakov said on October 16 that Bishkek had filed a complaint with the Eurasian Economic Commission, arguing that the checks violate the rules of the Eurasian Economic Union, which both countries joined in 2015. He said he would also raise the issue with Russian Prime Minister Dmitry Medvedev when EAEU heads of government meet later this month.

Moscow has so far stayed out of the dispute publicly.

Related: Kyrgyzstan's Election: Jeenbekov Wins in First Round
""",
header_date="Oct 17, 2017",
date="2017-10-17", date_partial=None, date_source="byline",
date_note="Byline 'Oct 17, 2017'. 'Sunday's vote' = October 15. 'in September' = 2017-09.",
people=[
 P("Алмазбек Атамбаев", "Almazbek Atambayev", "президент Киргизии (уходящий)", ["Almazbek Atambayev", "Atambayev"]),
 P("Нурсултан Назарбаев", "Nursultan Nazarbayev", "президент Казахстана", ["Nursultan Nazarbayev"]),
 P("Омурбек Бабанов", "Omurbek Babanov", "кандидат в президенты Киргизии (бывший премьер-министр)", ["Omurbek Babanov"], note="Presidential candidate, no office at the date."),
 P("Сооронбай Жээнбеков", "Sooronbay Jeenbekov", "избранный президент Киргизии", ["Sooronbay Jeenbekov", "Jeenbekov"]),
 P("Сапар Исаков", "Sapar Isakov", "премьер-министр Киргизии", ["Sapar Isakov"]),
 P("Дмитрий Медведев", "Dmitry Medvedev", "председатель правительства РФ", ["Dmitry Medvedev"]),
],
other_names=["Aidana Sultanova"],
figures=[
 F("garment_output_share_to_russia_pct", 80, None, "actual", "around 80 percent of their output goes to Russia", "about", note="Distractor."),
 F("trade_turnover_growth_pct", 23, "2017-8M", "actual", "Kyrgyz-Russian trade rose 23 percent in the first eight months of the year"),
 F("trade_turnover", 1050000000, "2017-8M", "actual", "rose 23 percent in the first eight months of the year to $1.05 billion"),
 F("kyrgyz_kazakhstan_trade_usd", 560000000, "2017-H1", "actual", "Trade with Kazakhstan reached $560 million in January-June", note="Distractor: third country."),
],
events=[
 E("2017-10-10", "Kazakhstan introduces enhanced checks on the Kyrgyz border", "Kazakhstan began the enhanced checks on October 10", "other", "past", bilateral=False),
 E("2017-09", "Nazarbayev meets Kyrgyz opposition candidate Babanov", "Kazakh President Nursultan Nazarbayev's meeting in September with opposition candidate Omurbek Babanov", "meeting", "past", bilateral=False),
 E("2017-10-16", "Kyrgyzstan files complaint with the Eurasian Economic Commission", "Bishkek had filed a complaint with the Eurasian Economic Commission", "other", "past", bilateral=False, date_note="Announced on October 16; filing date itself not stated."),
 E("2017-10", "Planned raising of the issue by Isakov with Medvedev at the EAEU heads of government meeting", "he would also raise the issue with Russian Prime Minister Dmitry Medvedev when EAEU heads of government meet later this month", "meeting", "planned"),
 E("2017-10", "EAEU heads of government meeting later this month", "EAEU heads of government meet later this month", "meeting", "planned", bilateral=False),
 E("2015", "Kyrgyzstan and Kazakhstan in the EAEU since 2015", "which both countries joined in 2015", "agreement", "past", bilateral=False),
],
))

# ---------------------------------------------------------------- 08
A.append(dict(
file="08_sputnik_ru_2019_rosselkhoznadzor_dairy.txt",
source="https://ru.sputnik.kg/20190315/rosselhoznadzor-moloko-kyrgyzstan-1043856210.html",
lang="ru",
header="2019-03-15",
body="""Россельхознадзор ужесточил контроль за кыргызской молочкой — что известно

15.03.2019 (обновлено: 17:22 15.03.2019)

Пять молокоперерабатывающих предприятий КР попали под усиленный лабораторный контроль. В правительстве обещают разобраться с недобросовестными производителями.

БИШКЕК, 15 мар — Sputnik. Россельхознадзор с 18 марта вводит усиленный лабораторный контроль в отношении продукции пяти кыргызских молокоперерабатывающих предприятий. Об этом сообщили в пресс-службе российского ведомства.

Причиной стали выявленные в сырах и сливочном масле остатки антибиотиков и растительные жиры, не указанные в маркировке. Каждая следующая партия продукции этих предприятий будет проходить лабораторные исследования на российской стороне.

Руководитель Россельхознадзора Сергей Данкверт накануне провел видеоконференцию с руководством Государственной инспекции по ветеринарной и фитосанитарной безопасности КР. Стороны договорились о совместной проверке предприятий в апреле.

Премьер-министр Мухаммедкалый Абылгазиев еще в понедельник на заседании правительства поручил ужесточить контроль на молочных заводах.

«Мы не можем позволить, чтобы из-за нескольких недобросовестных производителей пострадал весь наш экспорт», — сказал Абылгазиев.

По данным Нацстаткома, в 2018 году Кыргызстан экспортировал в страны ЕАЭС молочной продукции на 31,6 млн долларов. Товарооборот Кыргызстана и России в прошлом году составил около 1,8 миллиарда долларов.

Вопросы доступа кыргызской продукции на российский рынок, как ожидается, будут затронуты в ходе государственного визита президента России Владимира Путина в Бишкек 28 марта. Президент Сооронбай Жээнбеков ранее называл визит «историческим».

© Sputnik / Эркин Асанов
Молочная продукция на прилавке рынка в Бишкеке
""",
header_date="15.03.2019",
date="2019-03-15", date_partial=None, date_source="byline",
date_note="'15.03.2019 (обновлено: 17:22 15.03.2019)'; dateline 'БИШКЕК, 15 мар'. 'накануне' = 2019-03-14; 'в понедельник' = 2019-03-11; 'в прошлом году' = 2018.",
people=[
 P("Сергей Данкверт", "Сергей Данкверт", "руководитель Россельхознадзора", ["Сергей Данкверт"]),
 P("Мухаммедкалый Абылгазиев", "Мухаммедкалый Абылгазиев", "премьер-министр Кыргызстана", ["Мухаммедкалый Абылгазиев", "Абылгазиев"]),
 P("Владимир Путин", "Владимира Путина", "президент России", ["Владимира Путина"]),
 P("Сооронбай Жээнбеков", "Сооронбай Жээнбеков", "президент Кыргызстана", ["Сооронбай Жээнбеков"]),
],
other_names=["Эркин Асанов"],
figures=[
 F("dairy_exports_to_eaeu_usd", 31600000, "2018", "actual", "в 2018 году Кыргызстан экспортировал в страны ЕАЭС молочной продукции на 31,6 млн долларов", note="Distractor: exports to the whole EAEU."),
 F("trade_turnover", 1800000000, "2018", "actual", "Товарооборот Кыргызстана и России в прошлом году составил около 1,8 миллиарда долларов", "about", period_text="в прошлом году"),
],
events=[
 E("2019-03-18", "Rosselkhoznadzor introduces enhanced laboratory control on five Kyrgyz dairy plants", "Россельхознадзор с 18 марта вводит усиленный лабораторный контроль в отношении продукции пяти кыргызских молокоперерабатывающих предприятий", "other", "planned"),
 E("2019-03-14", "Videoconference of Dankvert with the Kyrgyz veterinary inspectorate", "Руководитель Россельхознадзора Сергей Данкверт накануне провел видеоконференцию с руководством Государственной инспекции по ветеринарной и фитосанитарной безопасности КР", "meeting", "past"),
 E("2019-04", "Planned joint inspection of enterprises", "Стороны договорились о совместной проверке предприятий в апреле", "other", "planned"),
 E("2019-03-28", "State visit of Putin to Bishkek", "государственного визита президента России Владимира Путина в Бишкек 28 марта", "visit", "planned"),
],
))

# ---------------------------------------------------------------- 09
A.append(dict(
file="09_kaktus_ru_2020_trucks_transit.txt",
source="https://kaktus.media/doc/417893_fyry_s_ovoshami_stoiat_na_granice_s_kazahstanom.html",
lang="ru",
header="2020-07-22",
body="""Фуры с овощами для России стоят на границе с Казахстаном. Что говорят в правительстве

Дата: 22 июля 2020, 15:40
Автор: Айжан Осмонова
Просмотров: 11 204

Более 300 грузовиков с кыргызскими овощами и фруктами скопились на пунктах пропуска «Ак-Жол» и «Чалдовар». Большая часть грузов следует транзитом через Казахстан в Россию.

Водители жалуются, что простаивают по трое-четверо суток. Казахстанская сторона объясняет задержки санитарными мерами из-за коронавируса: на границе дезинфицируют каждую машину, а у водителей требуют справки об отрицательном ПЦР-тесте.

Премьер-министр Кубатбек Боронов в понедельник провел телефонный разговор с премьер-министром Казахстана Аскаром Маминым. Как сообщили в пресс-службе правительства, стороны договорились организовать «зеленый коридор» для скоропортящихся грузов.

На прошлой неделе вопросы транзита кыргызской сельхозпродукции в Россию обсуждались в ходе видеоконференции вице-премьера РФ Алексея Оверчука и первого вице-премьер-министра КР Артема Новикова. По словам Новикова, российская сторона готова упростить фитосанитарные процедуры для кыргызских экспортеров.

Пандемия серьезно ударила по торговле. По данным Нацстаткома, товарооборот Кыргызстана и России за первое полугодие 2020 года снизился на 21,3% — до 798 млн долларов. Экспорт овощей и бахчевых в Россию за тот же период составил 14 тыс. тонн.

В правительстве рассчитывают, что вопрос бесперебойного транзита будет рассмотрен на заседании Евразийского межправительственного совета в августе.

Фото: Kaktus.media
Читайте также: Очередь из фур на «Ак-Жоле». Фоторепортаж
""",
header_date="22 июля 2020",
date="2020-07-22", date_partial=None, date_source="byline",
date_note="'Дата: 22 июля 2020, 15:40'. 'в понедельник' = 2020-07-20; 'На прошлой неделе' = week of 2020-07-13.",
people=[
 P("Кубатбек Боронов", "Кубатбек Боронов", "премьер-министр Кыргызстана", ["Кубатбек Боронов"]),
 P("Аскар Мамин", "Аскаром Маминым", "премьер-министр Казахстана", ["Аскаром Маминым"]),
 P("Алексей Оверчук", "Алексея Оверчука", "заместитель председателя правительства РФ", ["Алексея Оверчука"]),
 P("Артем Новиков", "Артема Новикова", "первый вице-премьер-министр Кыргызстана", ["Артема Новикова", "Новикова"]),
],
other_names=["Айжан Осмонова"],
figures=[
 F("trucks_at_border_count", 300, None, "actual", "Более 300 грузовиков с кыргызскими овощами и фруктами скопились", "more than", note="Distractor count."),
 F("trade_turnover_growth_pct", -21.3, "2020-H1", "actual", "товарооборот Кыргызстана и России за первое полугодие 2020 года снизился на 21,3%"),
 F("trade_turnover", 798000000, "2020-H1", "actual", "снизился на 21,3% — до 798 млн долларов"),
 F("vegetable_exports_to_russia_tonnes", 14000, "2020-H1", "actual", "Экспорт овощей и бахчевых в Россию за тот же период составил 14 тыс. тонн", note="Distractor: tonnes."),
],
events=[
 E("2020-07-20", "Phone call of Kyrgyz PM Boronov with Kazakh PM Mamin; agreement on a 'green corridor'", "Премьер-министр Кубатбек Боронов в понедельник провел телефонный разговор с премьер-министром Казахстана Аскаром Маминым", "meeting", "past", bilateral=False),
 E("2020-07", "Videoconference of Overchuk and Novikov on transit of Kyrgyz farm produce to Russia", "в ходе видеоконференции вице-премьера РФ Алексея Оверчука и первого вице-премьер-министра КР Артема Новикова", "meeting", "past", date_note="'На прошлой неделе': week of 13 July 2020."),
 E("2020-08", "Eurasian Intergovernmental Council session in August", "на заседании Евразийского межправительственного совета в августе", "meeting", "planned", bilateral=False),
],
))

# ---------------------------------------------------------------- 10
A.append(dict(
file="10_presidentkg_ru_2022_japarov_manturov.txt",
source="https://www.president.kg/ru/sobytiya/23810_sadyr_ghaparov_prinyal_denisa_manturova",
lang="ru",
header="2022-10-12",
body="""Садыр Жапаров принял заместителя Председателя Правительства Российской Федерации – министра промышленности и торговли Дениса Мантурова

12 октября 2022 года | 16:05

Президент Кыргызской Республики Садыр Жапаров принял сегодня, 12 октября, заместителя Председателя Правительства Российской Федерации – министра промышленности и торговли Дениса Мантурова.

В ходе встречи стороны обсудили вопросы реализации совместных промышленных проектов, восстановления производственных мощностей предприятий, созданных в советский период, в том числе ОАО «Дастан», а также создания новых кыргызско-российских предприятий по сборке сельскохозяйственной техники и автобусов.

Глава государства отметил, что Россия является стратегическим партнером и одним из основных инвесторов Кыргызстана. По его словам, объем российских инвестиций в экономику республики за последние десять лет превысил 1 млрд долларов.

«По итогам восьми месяцев текущего года товарооборот между нашими странами вырос на 38 процентов и составил почти 1,9 млрд долларов. Мы ставим задачу довести его до 3 млрд долларов к 2025 году», – подчеркнул Садыр Жапаров.

Президент также обратил внимание на необходимость ускорить выдачу лицензий российским компаниям на разработку месторождений золота и угля, а также упростить процедуры подтверждения соответствия для кыргызской продукции на российском рынке.

Денис Мантуров, в свою очередь, передал Главе государства приветствие от Президента Российской Федерации Владимира Путина и подтвердил готовность российской стороны размещать заказы на кыргызских предприятиях.

Стороны отметили важность договоренностей, достигнутых в ходе официального визита Садыра Жапарова в Москву в феврале 2021 года.

В тот же день Денис Мантуров провел переговоры с Председателем Кабинета Министров – Руководителем Администрации Президента Акылбеком Жапаровым. Очередное заседание межправительственной комиссии планируется провести в ноябре в Москве.

Пресс-служба Президента Кыргызской Республики
""",
header_date="12 октября 2022 года",
date="2022-10-12", date_partial=None, date_source="body",
date_note="'12 октября 2022 года | 16:05' and 'сегодня, 12 октября'.",
people=[
 P("Садыр Жапаров", "Садыр Жапаров", "президент Кыргызской Республики", ["Садыр Жапаров", "Садыра Жапарова"]),
 P("Денис Мантуров", "Денис Мантуров", "заместитель председателя правительства РФ – министр промышленности и торговли", ["Дениса Мантурова", "Денис Мантуров"]),
 P("Владимир Путин", "Владимира Путина", "президент России", ["Владимира Путина"]),
 P("Акылбек Жапаров", "Акылбеком Жапаровым", "председатель Кабинета министров – руководитель Администрации президента КР", ["Акылбеком Жапаровым"]),
],
other_names=[],
figures=[
 F("russian_investment_usd", 1000000000, None, "actual", "объем российских инвестиций в экономику республики за последние десять лет превысил 1 млрд долларов", "more than", note="Distractor: cumulative investment over ten years."),
 F("trade_turnover_growth_pct", 38, "2022-8M", "actual", "По итогам восьми месяцев текущего года товарооборот между нашими странами вырос на 38 процентов"),
 F("trade_turnover", 1900000000, "2022-8M", "actual", "вырос на 38 процентов и составил почти 1,9 млрд долларов", "almost"),
 F("trade_turnover", 3000000000, "2025", "target", "довести его до 3 млрд долларов к 2025 году", note="Target to be reached by 2025."),
],
events=[
 E("2022-10-12", "Sadyr Japarov receives Russian Deputy PM – Industry and Trade Minister Denis Manturov", "Президент Кыргызской Республики Садыр Жапаров принял сегодня, 12 октября, заместителя Председателя Правительства Российской Федерации – министра промышленности и торговли Дениса Мантурова", "meeting", "past"),
 E("2021-02", "Official visit of Sadyr Japarov to Moscow", "официального визита Садыра Жапарова в Москву в феврале 2021 года", "visit", "past"),
 E("2022-10-12", "Manturov's talks with Chairman of the Cabinet Akylbek Japarov", "В тот же день Денис Мантуров провел переговоры с Председателем Кабинета Министров – Руководителем Администрации Президента Акылбеком Жапаровым", "meeting", "past"),
 E("2022-11", "Next session of the intergovernmental commission in Moscow", "Очередное заседание межправительственной комиссии планируется провести в ноябре в Москве", "igc_session", "planned"),
],
))
