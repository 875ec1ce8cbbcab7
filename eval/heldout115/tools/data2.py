# Articles 08-14 with hand annotation.
A = []

A.append(dict(
file="08_ria_ru_2019_putin_jeenbekov.txt",
source="https://ria.ru/20190328/1552124031.html",
lang="ru", header_date="28.03.2019",
header={"date": "2019-03-28"},
body="""Путин заявил о росте товарооборота с Киргизией

БИШКЕК, 28 мар — РИА Новости. Товарооборот России и Киргизии в прошлом году вырос на 7,4% и превысил 1,8 миллиарда долларов, заявил президент РФ Владимир Путин по итогам переговоров с киргизским коллегой Сооронбаем Жээнбековым.

"Россия прочно удерживает позиции ведущего торгово-экономического партнера Киргизии. Рассчитываем, что уже в ближайшие годы мы выйдем на уровень в 2,5 миллиарда долларов", — сказал Путин на совместной пресс-конференции.

Российский лидер прибыл в Бишкек с государственным визитом в четверг утром. Это его первый визит в республику после избрания Жээнбекова президентом в октябре 2017 года.

По итогам переговоров подписан пакет документов, в том числе о расширении российской авиабазы Кант и о сотрудничестве в сфере миграции. Общая стоимость подписанных коммерческих соглашений, по словам Жээнбекова, превышает 6 миллиардов долларов.

Киргизский президент также поблагодарил Россию за помощь в подготовке к председательству республики в ШОС: саммит организации пройдет в Бишкеке 13-14 июня.

В переговорах в расширенном составе участвовали премьер-министр Киргизии Мухаммедкалый Абылгазиев и министр иностранных дел Чингиз Айдарбеков.

Читайте также:
Как живут киргизские мигранты в Москве: репортаж РИА Новости

Кроме того, Путин заявил, что Россия в прошлом году выделила республике более 30 миллионов долларов безвозмездной помощи на программы в области образования и здравоохранения.

Ранее Росстат сообщал, что товарооборот России с Казахстаном в 2018 году составил 18,2 миллиарда долларов.
""",
gold=dict(
date="2019-03-28", date_partial=None, date_source="header",
date_note="Header 28.03.2019, dateline '28 мар', 'в четверг' consistent.",
people=[
 dict(name_ru_nominative="Владимир Путин", name_in_text="Путин", role="президент РФ", forms_in_text=["Владимир Путин","Путин"]),
 dict(name_ru_nominative="Сооронбай Жээнбеков", name_in_text="Сооронбаем Жээнбековым", role="президент Киргизии", forms_in_text=["Сооронбаем Жээнбековым","Жээнбекова"]),
 dict(name_ru_nominative="Мухаммедкалый Абылгазиев", name_in_text="Мухаммедкалый Абылгазиев", role="премьер-министр Киргизии", forms_in_text=["Мухаммедкалый Абылгазиев"]),
 dict(name_ru_nominative="Чингиз Айдарбеков", name_in_text="Чингиз Айдарбеков", role="министр иностранных дел Киргизии", forms_in_text=["Чингиз Айдарбеков"]),
],
other_names=[],
figures=[
 dict(metric="trade_turnover_growth_pct", value=7.4, period="2018", kind="actual", quote="вырос на 7,4%", period_text="в прошлом году"),
 dict(metric="trade_turnover", value=1800000000, period="2018", kind="actual", qualifier="more than", quote="превысил 1,8 миллиарда долларов", period_text="в прошлом году"),
 dict(metric="trade_turnover", value=2500000000, period=None, kind="target", quote="выйдем на уровень в 2,5 миллиарда долларов", period_text="в ближайшие годы"),
 dict(metric="commercial_agreements_value_usd", value=6000000000, period=None, kind="actual", qualifier="more than", quote="превышает 6 миллиардов долларов", note="distractor"),
 dict(metric="russia_grant_to_kg_usd", value=30000000, period="2018", kind="actual", qualifier="more than", quote="более 30 миллионов долларов безвозмездной помощи", note="distractor: aid"),
 dict(metric="ru_kz_trade_turnover_usd", value=18200000000, period="2018", kind="actual", quote="составил 18,2 миллиарда долларов", note="distractor: Russia-Kazakhstan"),
],
events=[
 dict(date="2019-03-28", what="Putin-Jeenbekov talks in Bishkek", quote="по итогам переговоров с киргизским коллегой Сооронбаем Жээнбековым", type="meeting", status="past", bilateral=True),
 dict(date="2019-03-28", what="Putin's state visit to Bishkek", quote="Российский лидер прибыл в Бишкек с государственным визитом в четверг утром", type="visit", status="ongoing", bilateral=True),
 dict(date="2019-03-28", what="Package of documents signed incl. Kant expansion, migration", quote="подписан пакет документов, в том числе о расширении российской авиабазы Кант и о сотрудничестве в сфере миграции", type="agreement", status="past", bilateral=True),
 dict(date="2017-10", what="Jeenbekov elected president (domestic)", quote="после избрания Жээнбекова президентом в октябре 2017 года", type="other", status="past", bilateral=False),
 dict(date="2019-06-13", date_note="13-14 June", what="SCO summit in Bishkek", quote="саммит организации пройдет в Бишкеке 13-14 июня", type="conference", status="planned", bilateral=False),
])))

A.append(dict(
file="09_rt_ru_2021_japarov_moscow.txt",
source="https://russian.rt.com/ussr/news/834512-putin-zhaparov-peregovory",
lang="ru", header_date="24 февраля 2021, 18:05",
header={"date": "2021-02-24"},
body="""Путин провёл переговоры с Жапаровым в Кремле

24 февраля 2021, 18:05

Президент России Владимир Путин провёл переговоры с президентом Киргизии Садыром Жапаровым, который прибыл в Москву с первым зарубежным визитом после вступления в должность.

«Россия была и остаётся главным союзником и стратегическим партнёром Кыргызстана», — заявил Жапаров в начале встречи.

Путин признал, что в прошлом году из-за пандемии коронавируса товарооборот между странами снизился на 17,6% — до 1,7 млрд долларов. «Но уже в конце года наметилась положительная динамика», — отметил российский лидер.

Он также напомнил, что Россия передала Киргизии более 100 тыс. тестов на коронавирус и оборудование для больниц, а в ближайшее время республика получит первую партию вакцины «Спутник V».

Жапаров, со своей стороны, попросил российскую сторону упростить условия пребывания киргизских трудовых мигрантов. Стороны также обсудили работу авиабазы Кант и сотрудничество в рамках ОДКБ и ЕАЭС.

Как отметил пресс-секретарь президента РФ Дмитрий Песков, на переговорах затрагивалась и тема задолженности Киргизии по кредитам, однако речь о её списании «не шла».

В переговорах приняли участие министр иностранных дел Киргизии Руслан Казакбаев и глава МИД России Сергей Лавров. Накануне Казакбаев провёл отдельную встречу с Лавровым на Смоленской площади.

Садыр Жапаров вступил в должность 28 января. Он был избран президентом на досрочных выборах 10 января, набрав почти 80% голосов.

Читайте также: Жапаров рассказал о планах Киргизии в ЕАЭС
""",
gold=dict(
date="2021-02-24", date_partial=None, date_source="header",
date_note="Header '24 февраля 2021, 18:05'; no dateline.",
people=[
 dict(name_ru_nominative="Владимир Путин", name_in_text="Путин", role="президент России", forms_in_text=["Владимир Путин","Путин"]),
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="Жапаровым", role="президент Киргизии", forms_in_text=["Жапаровым","Садыром Жапаровым","Жапаров","Садыр Жапаров"], note="first spelled in headline as 'Жапаровым'"),
 dict(name_ru_nominative="Дмитрий Песков", name_in_text="Дмитрий Песков", role="пресс-секретарь президента РФ", forms_in_text=["Дмитрий Песков"]),
 dict(name_ru_nominative="Руслан Казакбаев", name_in_text="Руслан Казакбаев", role="министр иностранных дел Киргизии", forms_in_text=["Руслан Казакбаев","Казакбаев"]),
 dict(name_ru_nominative="Сергей Лавров", name_in_text="Сергей Лавров", role="глава МИД России", forms_in_text=["Сергей Лавров","Лавровым"]),
],
other_names=[],
figures=[
 dict(metric="trade_turnover_growth_pct", value=-17.6, period="2020", kind="actual", quote="снизился на 17,6%", period_text="в прошлом году", note="decline"),
 dict(metric="trade_turnover", value=1700000000, period="2020", kind="actual", quote="до 1,7 млрд долларов", period_text="в прошлом году"),
 dict(metric="covid_tests_donated", value=100000, period=None, kind="actual", qualifier="more than", quote="более 100 тыс. тестов", note="distractor: aid"),
 dict(metric="japarov_vote_share_pct", value=80, period="2021", kind="actual", qualifier="almost", quote="набрав почти 80% голосов", note="distractor: domestic election"),
],
events=[
 dict(date="2021-02-24", what="Putin-Japarov talks in the Kremlin", quote="Президент России Владимир Путин провёл переговоры с президентом Киргизии Садыром Жапаровым", type="meeting", status="past", bilateral=True),
 dict(date="2021-02-24", what="Japarov's first foreign visit, to Moscow", quote="который прибыл в Москву с первым зарубежным визитом после вступления в должность", type="visit", status="ongoing", bilateral=True),
 dict(date="2021-02-23", date_note="'Накануне' relative to 24 Feb", what="Kazakbaev-Lavrov meeting at Smolenskaya Square", quote="Накануне Казакбаев провёл отдельную встречу с Лавровым на Смоленской площади", type="meeting", status="past", bilateral=True),
 dict(date="2021-01-28", what="Japarov took office (domestic)", quote="Садыр Жапаров вступил в должность 28 января", type="other", status="past", bilateral=False),
 dict(date="2021-01-10", what="Early presidential election (domestic)", quote="Он был избран президентом на досрочных выборах 10 января", type="other", status="past", bilateral=False),
])))

A.append(dict(
file="10_interfax_ru_2022_30th_anniversary.txt",
source="https://www.interfax.ru/world/868301",
lang="ru", header_date="21 октября 2022 10:34",
header={"date": "2022-10-21"},
body="""Путин и Жапаров обменялись поздравлениями в связи с 30-летием дипотношений

21 октября 2022 10:34

Москва. 21 октября. INTERFAX.RU - Президенты России и Киргизии Владимир Путин и Садыр Жапаров обменялись поздравительными посланиями по случаю 30-летия установления дипломатических отношений между двумя странами, сообщила в пятницу пресс-служба Кремля.

(Интерфакс) – "Убежден, что совместными усилиями мы и впредь будем укреплять российско-киргизское стратегическое партнерство и союзничество", - говорится в телеграмме Путина, направленной в четверг.

Жапаров в своем послании отметил, что Россия является "надежным другом и главным торговым партнером" республики.

Дипломатические отношения между Россией и Киргизией были установлены 20 октября 1992 года. Накануне в Бишкеке и Москве прошли торжественные приемы. Выступая на приеме в Бишкеке, посол РФ в Киргизии Николай Удовиченко назвал уходящие три десятилетия "временем проверки на прочность".

По данным МИД Киргизии, товарооборот двух стран в 2021 году составил 2,5 млрд долларов, а за восемь месяцев 2022 года вырос на 38%.

Путин и Жапаров встречались неделю назад в Астане на полях саммита СНГ, а также на саммите "Россия - Центральная Азия" 14 октября.

Ранее пресс-служба киргизского президента сообщила, что Жапаров примет участие в заседании Высшего Евразийского экономического совета, которое пройдет в Бишкеке 9 декабря.

Читайте также: Кремль: Путин проведет в Бишкеке ряд двусторонних встреч
""",
gold=dict(
date="2022-10-21", date_partial=None, date_source="header",
date_note="Article published 21 Oct (Friday); the telegrams were sent 'в четверг' = 20 Oct 2022, the anniversary day. Receptions held 'Накануне' = 20 Oct.",
people=[
 dict(name_ru_nominative="Владимир Путин", name_in_text="Путин", role="президент России", forms_in_text=["Путин","Владимир Путин","Путина"], note="first in headline"),
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="Жапаров", role="президент Киргизии", forms_in_text=["Жапаров","Садыр Жапаров"]),
 dict(name_ru_nominative="Николай Удовиченко", name_in_text="Николай Удовиченко", role="посол РФ в Киргизии", forms_in_text=["Николай Удовиченко"]),
],
other_names=[],
figures=[
 dict(metric="trade_turnover", value=2500000000, period="2021", kind="actual", quote="товарооборот двух стран в 2021 году составил 2,5 млрд долларов", note="Kyrgyz MFA figure"),
 dict(metric="trade_turnover_growth_pct", value=38, period="2022-8M", kind="actual", quote="вырос на 38%", period_text="за восемь месяцев 2022 года"),
],
events=[
 dict(date="2022-10-20", date_note="telegram 'направленной в четверг'; reported on 21 Oct", what="Putin and Japarov exchange congratulatory messages on 30th anniversary", quote="обменялись поздравительными посланиями по случаю 30-летия установления дипломатических отношений между двумя странами", type="anniversary", status="past", bilateral=True),
 dict(date="1992-10-20", what="Diplomatic relations established", quote="Дипломатические отношения между Россией и Киргизией были установлены 20 октября 1992 года", type="anniversary", status="past", bilateral=True),
 dict(date="2022-10-20", what="Anniversary receptions in Bishkek and Moscow; ambassador Udovichenko spoke", quote="Накануне в Бишкеке и Москве прошли торжественные приемы", type="other", status="past", bilateral=True),
 dict(date="2022-10-14", date_note="'неделю назад' ~14 Oct; CIS summit in Astana was 14 Oct 2022", what="Putin-Japarov met in Astana on CIS summit sidelines", quote="Путин и Жапаров встречались неделю назад в Астане на полях саммита СНГ", type="meeting", status="past", bilateral=True),
 dict(date="2022-10-14", date_note="'неделю назад'", what="CIS summit in Astana", quote="в Астане на полях саммита СНГ", type="conference", status="past", bilateral=False),
 dict(date="2022-10-14", what="Russia - Central Asia summit", quote="на саммите \"Россия - Центральная Азия\" 14 октября", type="conference", status="past", bilateral=False),
 dict(date="2022-12-09", what="Supreme Eurasian Economic Council meeting in Bishkek", quote="заседании Высшего Евразийского экономического совета, которое пройдет в Бишкеке 9 декабря", type="conference", status="planned", bilateral=False),
])))

A.append(dict(
file="11_tass_en_2023_putin_state_visit.txt",
source="https://tass.com/politics/1689453",
lang="en", header_date="12 OCT 2023, 15:40",
header={"date": "2023-10-12"},
body="""Putin, Japarov hold talks in Bishkek, sign joint statement on deepening alliance

12 OCT 2023, 15:40
Updated at 17:20

BISHKEK, October 12. /TASS/. Russian President Vladimir Putin, who arrived in Kyrgyzstan on a state visit on Thursday, held talks with his Kyrgyz counterpart Sadyr Japarov at the Yntymak Ordo residence, TASS reports.

"Russia is rightfully considered Kyrgyzstan's key economic partner. Last year, bilateral trade grew by 37% to reach a record $3.5 billion," Putin said at the start of the talks held in an expanded format. According to the Russian leader, in the first eight months of this year trade increased by another 9%.

Japarov noted that Russia accounts for about a quarter of Kyrgyzstan's foreign trade and thanked Moscow for the support of Kyrgyz labor migrants.

Following the talks, the presidents signed a joint statement on further deepening the comprehensive strategic partnership and alliance, while Chairman of the Cabinet of Ministers Akylbek Japarov and Russian Deputy Prime Minister Alexey Overchuk exchanged documents on cooperation in energy, education and the peaceful use of nuclear energy.

Later in the day Putin, accompanied by Defense Minister Sergey Shoigu, is expected to visit the Kant air base, which celebrates the 20th anniversary of its opening this month. The base was opened on October 23, 2003.

On Friday, Putin will take part in a meeting of the CIS Council of Heads of State in Bishkek. The leaders are expected to discuss the 2024 budget of the CIS executive bodies and humanitarian cooperation.

Earlier, Kremlin aide Yury Ushakov told reporters that Russia had allocated around $200 million in grants to Kyrgyzstan over the past five years, including funding for Russian-language schools.

Putin last visited Kyrgyzstan in December 2022 for a meeting of the Supreme Eurasian Economic Council.

Photo: Vyacheslav Prokofyev/TASS
""",
gold=dict(
date="2023-10-12", date_partial=None, date_source="header",
date_note="Header '12 OCT 2023, 15:40 Updated at 17:20'; dateline and 'on Thursday' agree.",
people=[
 dict(name_ru_nominative="Владимир Путин", name_in_text="Putin", role="President of Russia", forms_in_text=["Vladimir Putin","Putin"]),
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="Japarov", role="President of Kyrgyzstan", forms_in_text=["Japarov","Sadyr Japarov"], note="headline 'Japarov' = Sadyr; 'Japarov noted' = Sadyr. Not the same person as Akylbek Japarov."),
 dict(name_ru_nominative="Акылбек Жапаров", name_in_text="Akylbek Japarov", role="Chairman of the Cabinet of Ministers of Kyrgyzstan", forms_in_text=["Akylbek Japarov"]),
 dict(name_ru_nominative="Алексей Оверчук", name_in_text="Alexey Overchuk", role="Deputy Prime Minister of Russia", forms_in_text=["Alexey Overchuk"]),
 dict(name_ru_nominative="Сергей Шойгу", name_in_text="Sergey Shoigu", role="Defense Minister of Russia", forms_in_text=["Sergey Shoigu"]),
 dict(name_ru_nominative="Юрий Ушаков", name_in_text="Yury Ushakov", role="Kremlin aide", forms_in_text=["Yury Ushakov"]),
],
other_names=["Vyacheslav Prokofyev"],
figures=[
 dict(metric="trade_turnover_growth_pct", value=37, period="2022", kind="actual", quote="bilateral trade grew by 37%", period_text="Last year"),
 dict(metric="trade_turnover", value=3500000000, period="2022", kind="actual", qualifier="record", quote="to reach a record $3.5 billion", period_text="Last year"),
 dict(metric="trade_turnover_growth_pct", value=9, period="2023-8M", kind="actual", quote="trade increased by another 9%", period_text="in the first eight months of this year"),
 dict(metric="russia_share_kg_foreign_trade_pct", value=25, period=None, kind="actual", qualifier="about", quote="about a quarter of Kyrgyzstan's foreign trade", note="share, 'a quarter'"),
 dict(metric="russia_grants_to_kg_usd", value=200000000, period="2018-2023", kind="actual", qualifier="about", quote="around $200 million in grants", period_text="over the past five years", note="distractor: aid"),
],
events=[
 dict(date="2023-10-12", what="Putin's state visit to Kyrgyzstan", quote="who arrived in Kyrgyzstan on a state visit on Thursday", type="visit", status="ongoing", bilateral=True),
 dict(date="2023-10-12", what="Putin-Japarov talks at Yntymak Ordo", quote="held talks with his Kyrgyz counterpart Sadyr Japarov at the Yntymak Ordo residence", type="meeting", status="past", bilateral=True),
 dict(date="2023-10-12", what="Joint statement signed; intergovernmental documents exchanged", quote="the presidents signed a joint statement on further deepening the comprehensive strategic partnership and alliance", type="agreement", status="past", bilateral=True),
 dict(date="2023-10-12", what="Putin expected to visit Kant air base", quote="is expected to visit the Kant air base", type="visit", status="planned", bilateral=True),
 dict(date="2023-10", what="20th anniversary of Kant air base", quote="which celebrates the 20th anniversary of its opening this month", type="anniversary", status="ongoing", bilateral=True),
 dict(date="2003-10-23", what="Kant air base opened", quote="The base was opened on October 23, 2003", type="other", status="past", bilateral=True),
 dict(date="2023-10-13", what="CIS Council of Heads of State in Bishkek", quote="On Friday, Putin will take part in a meeting of the CIS Council of Heads of State in Bishkek", type="conference", status="planned", bilateral=False),
 dict(date="2022-12", what="Putin's previous visit: Supreme Eurasian Economic Council in Bishkek", quote="Putin last visited Kyrgyzstan in December 2022 for a meeting of the Supreme Eurasian Economic Council", type="visit", status="past", bilateral=False, date_note="multilateral occasion (EAEU summit, 9 Dec 2022); kept bilateral=false"),
])))

A.append(dict(
file="12_ria_ru_2024_igc_session.txt",
source="https://ria.ru/economy/mezhpravkomissiya-rossiya-kirgiziya",
lang="ru", header_date="unknown", header={},
body="""Оверчук: товарооборот России и Киргизии может удвоиться к 2030 году

МОСКВА — РИА Новости. Заседание межправительственной комиссии по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству между Россией и Киргизией состоялось 7 ноября 2024 года в Москве, сообщили в аппарате вице-премьера РФ Алексея Оверчука.

Российскую часть комиссии возглавляет Оверчук, киргизскую делегацию — министр экономики и коммерции Даниэр Амангельдиев.

"За девять месяцев текущего года товарооборот вырос на 6,5% и составил 2,9 миллиарда долларов. Считаем реалистичной задачу удвоить этот показатель к 2030 году", — заявил Оверчук, открывая заседание.

По его словам, доля национальных валют во взаимных расчетах превысила 90%.

Амангельдиев сообщил, что Киргизия рассчитывает на участие российских компаний в строительстве Камбаратинской ГЭС-1, стоимость которой оценивается в 3 миллиарда долларов, а также в модернизации Бишкекской ТЭЦ.

По итогам заседания стороны подписали протокол и дорожную карту по развитию промышленной кооперации на 2025–2027 годы. Следующее, 26-е заседание комиссии пройдет в 2025 году в Бишкеке.

Параллельно в Москве прошел российско-киргизский бизнес-форум, в котором приняли участие более 200 компаний.

Читайте также:
Киргизия увеличила экспорт в ЕАЭС почти на треть

Напомним, в октябре 2023 года президент России Владимир Путин совершил государственный визит в Киргизию, в ходе которого стороны подписали совместное заявление об углублении союзничества.

Ранее Евразийская экономическая комиссия сообщала, что объем взаимной торговли стран ЕАЭС за январь-август превысил 60 миллиардов долларов.
""",
gold=dict(
date="2024-11-07", date_partial=None, date_source="body",
date_note="No header, no date in URL, dateline 'МОСКВА — РИА Новости.' without date. Body states the session date '7 ноября 2024 года'; publication date assumed the same day (the text reports it as just held).",
people=[
 dict(name_ru_nominative="Алексей Оверчук", name_in_text="Оверчук", role="вице-премьер РФ, сопредседатель МПК", forms_in_text=["Оверчук","Алексея Оверчука"], note="first in headline as surname only"),
 dict(name_ru_nominative="Даниэр Амангельдиев", name_in_text="Даниэр Амангельдиев", role="министр экономики и коммерции Киргизии", forms_in_text=["Даниэр Амангельдиев","Амангельдиев"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимир Путин", role="президент России", forms_in_text=["Владимир Путин"]),
],
other_names=[],
figures=[
 dict(metric="trade_turnover_growth_pct", value=6.5, period="2024-9M", kind="actual", quote="товарооборот вырос на 6,5%", period_text="За девять месяцев текущего года"),
 dict(metric="trade_turnover", value=2900000000, period="2024-9M", kind="actual", quote="составил 2,9 миллиарда долларов", period_text="За девять месяцев текущего года"),
 dict(metric="trade_turnover_multiple_target", value=2, period="2030", kind="target", quote="удвоить этот показатель к 2030 году", note="doubling target; no absolute value"),
 dict(metric="national_currencies_share_pct", value=90, period=None, kind="actual", qualifier="more than", quote="превысила 90%"),
 dict(metric="kambarata1_cost_usd", value=3000000000, period=None, kind="forecast", quote="оценивается в 3 миллиарда долларов", note="distractor"),
 dict(metric="business_forum_companies", value=200, period=None, kind="actual", qualifier="more than", quote="более 200 компаний", note="distractor"),
 dict(metric="eaeu_mutual_trade_usd", value=60000000000, period="2024-8M", kind="actual", qualifier="more than", quote="превысил 60 миллиардов долларов", period_text="за январь-август", note="distractor: EAEU total"),
],
events=[
 dict(date="2024-11-07", what="IGC session in Moscow co-chaired by Overchuk and Amangeldiev", quote="Заседание межправительственной комиссии по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству между Россией и Киргизией состоялось 7 ноября 2024 года в Москве", type="igc_session", status="past", bilateral=True),
 dict(date="2024-11-07", what="Protocol and industrial cooperation roadmap 2025-2027 signed", quote="стороны подписали протокол и дорожную карту по развитию промышленной кооперации на 2025–2027 годы", type="agreement", status="past", bilateral=True),
 dict(date="2025", what="26th IGC session in Bishkek", quote="Следующее, 26-е заседание комиссии пройдет в 2025 году в Бишкеке", type="igc_session", status="planned", bilateral=True),
 dict(date="2024-11-07", date_note="'Параллельно' with the session", what="Russian-Kyrgyz business forum in Moscow", quote="Параллельно в Москве прошел российско-киргизский бизнес-форум", type="forum", status="past", bilateral=True),
 dict(date="2023-10", what="Putin's state visit to Kyrgyzstan, joint statement", quote="в октябре 2023 года президент России Владимир Путин совершил государственный визит в Киргизию", type="visit", status="past", bilateral=True),
])))

A.append(dict(
file="13_interfax_ru_2025_putin_state_visit.txt",
source="https://www.interfax.ru/russia/1058214",
lang="ru", header_date="25 ноября 2025 г. 19:12",
header={"date": "2025-11-25"},
body="""Путин прибыл в Бишкек с государственным визитом

25 ноября 2025 г. 19:12

Бишкек. 25 ноября. INTERFAX.RU - Президент РФ Владимир Путин во вторник вечером прибыл в Киргизию с государственным визитом, передает корреспондент "Интерфакса".

В аэропорту "Манас" российского лидера встретил председатель кабинета министров Киргизии Адылбек Касымалиев.

(Интерфакс) – Переговоры Путина с президентом Киргизии Садыром Жапаровым запланированы на среду. Как сообщил ранее помощник президента РФ Юрий Ушаков, по итогам переговоров планируется подписать около 15 документов, в том числе межгосударственное соглашение о сотрудничестве в сфере атомной энергетики.

"Товарооборот в прошлом году вырос на 5,3% и составил 3,6 млрд долларов. В этом году, по предварительным оценкам, мы выйдем на 3,8-4 млрд", - сказал Ушаков журналистам на брифинге в понедельник.

Он отметил, что Россия остается ведущим инвестором в экономику Киргизии, а объем накопленных российских инвестиций приблизился к 1,5 млрд долларов.

По данным киргизской стороны, товарооборот в 2024 году составил 3,1 млрд долларов. Разница объясняется методикой учета реэкспорта.

В четверг, 27 ноября, Путин примет участие в саммите ОДКБ в Бишкеке, где Киргизия председательствует в этом году. На саммите ожидается принятие решения о передаче председательства России на 2026 год.

Ранее сообщалось, что государственный долг Киргизии на 1 октября составил 6,1 млрд долларов, из которых на Китай приходится около 1,7 млрд.

Как сообщал "Интерфакс", в последний раз Путин и Жапаров встречались в октябре в Душанбе в ходе саммита СНГ.
""",
gold=dict(
date="2025-11-25", date_partial=None, date_source="header",
date_note="Header and dateline agree; 'во вторник' consistent. Ushakov's briefing 'в понедельник' = 24 Nov.",
people=[
 dict(name_ru_nominative="Владимир Путин", name_in_text="Путин", role="президент РФ", forms_in_text=["Владимир Путин","Путин","Путина"]),
 dict(name_ru_nominative="Адылбек Касымалиев", name_in_text="Адылбек Касымалиев", role="председатель кабинета министров Киргизии", forms_in_text=["Адылбек Касымалиев"]),
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="Садыром Жапаровым", role="президент Киргизии", forms_in_text=["Садыром Жапаровым","Жапаров"]),
 dict(name_ru_nominative="Юрий Ушаков", name_in_text="Юрий Ушаков", role="помощник президента РФ", forms_in_text=["Юрий Ушаков","Ушаков"]),
],
other_names=[],
figures=[
 dict(metric="trade_turnover_growth_pct", value=5.3, period="2024", kind="actual", quote="вырос на 5,3%", period_text="в прошлом году"),
 dict(metric="trade_turnover", value=3600000000, period="2024", kind="actual", quote="составил 3,6 млрд долларов", period_text="в прошлом году", note="Russian (Ushakov) figure"),
 dict(metric="trade_turnover", value=3800000000, period="2025", kind="forecast", quote="мы выйдем на 3,8-4 млрд", note="range 3.8-4.0 bn; lower bound given as value"),
 dict(metric="russian_fdi_stock_kg_usd", value=1500000000, period=None, kind="actual", qualifier="approaching", quote="приблизился к 1,5 млрд долларов", note="distractor"),
 dict(metric="trade_turnover", value=3100000000, period="2024", kind="actual", quote="товарооборот в 2024 году составил 3,1 млрд долларов", note="Kyrgyz-side figure; conflicts with Ushakov's 3.6 bn"),
 dict(metric="kg_public_debt_usd", value=6100000000, period=None, kind="actual", quote="составил 6,1 млрд долларов", note="distractor: public debt as of 1 Oct"),
 dict(metric="kg_debt_to_china_usd", value=1700000000, period=None, kind="actual", qualifier="about", quote="около 1,7 млрд", note="distractor"),
],
events=[
 dict(date="2025-11-25", what="Putin arrives in Bishkek on a state visit", quote="во вторник вечером прибыл в Киргизию с государственным визитом", type="visit", status="ongoing", bilateral=True),
 dict(date="2025-11-25", what="Kasymaliev met Putin at Manas airport", quote="В аэропорту \"Манас\" российского лидера встретил председатель кабинета министров Киргизии Адылбек Касымалиев", type="meeting", status="past", bilateral=True),
 dict(date="2025-11-26", what="Putin-Japarov talks planned for Wednesday", quote="Переговоры Путина с президентом Киргизии Садыром Жапаровым запланированы на среду", type="meeting", status="planned", bilateral=True),
 dict(date="2025-11-26", what="About 15 documents incl. nuclear energy agreement to be signed", quote="планируется подписать около 15 документов", type="agreement", status="planned", bilateral=True),
 dict(date="2025-11-24", what="Ushakov's briefing", quote="сказал Ушаков журналистам на брифинге в понедельник", type="other", status="past", bilateral=True),
 dict(date="2025-11-27", what="CSTO summit in Bishkek", quote="В четверг, 27 ноября, Путин примет участие в саммите ОДКБ в Бишкеке", type="conference", status="planned", bilateral=False),
 dict(date="2025-10", what="Putin-Japarov previous meeting in Dushanbe at CIS summit", quote="в последний раз Путин и Жапаров встречались в октябре в Душанбе в ходе саммита СНГ", type="meeting", status="past", bilateral=True),
])))

A.append(dict(
file="14_tass_ru_2026_lavrov_kulubaev_call.txt",
source="https://tass.ru/politika/24519877",
lang="ru", header_date="14 мая 2026, 16:05",
header={"date": "2026-05-14"},
body="""Лавров и Кулубаев обсудили подготовку визита Жапарова в Россию

14 мая 2026, 16:05

МОСКВА, 14 мая. /ТАСС/. Министр иностранных дел РФ Сергей Лавров и глава МИД Киргизии Жээнбек Кулубаев в четверг провели телефонный разговор. Об этом сообщили на сайте российского внешнеполитического ведомства.

"Министры обсудили актуальные вопросы двусторонней повестки дня, в том числе график предстоящих контактов на высшем и высоком уровнях", - говорится в сообщении. Как отметили в МИД, особое внимание было уделено подготовке официального визита президента Киргизии Садыра Жапарова в Россию, который запланирован на июнь.

Стороны также обменялись мнениями по вопросам взаимодействия в ОДКБ, СНГ и ЕАЭС. Россия в этом году председательствует в ОДКБ.

В апреле в Москве состоялось 27-е заседание межправительственной комиссии. Как сообщалось, по итогам прошлого года товарооборот двух стран увеличился на 8% и превысил 4 млрд долларов.

Читайте также: Посол РФ: в Киргизии откроют еще 20 русскоязычных школ

Кулубаев 9 мая находился в Москве, где принял участие в торжественных мероприятиях по случаю 81-й годовщины Победы в Великой Отечественной войне.

Ранее Лавров заявлял, что Россия рассчитывает на активное участие Киргизии в работе Совета министров иностранных дел СНГ, заседание которого пройдет в октябре.

Напомним, в ноябре прошлого года президент России Владимир Путин посетил Бишкек с государственным визитом. В ходе визита главы государств подписали декларацию о дальнейшем углублении союзнических отношений.
""",
gold=dict(
date="2026-05-14", date_partial=None, date_source="header",
date_note="Header and dateline agree; 'в четверг' consistent.",
people=[
 dict(name_ru_nominative="Сергей Лавров", name_in_text="Лавров", role="министр иностранных дел РФ", forms_in_text=["Лавров","Сергей Лавров"], note="first in headline"),
 dict(name_ru_nominative="Жээнбек Кулубаев", name_in_text="Кулубаев", role="глава МИД Киргизии", forms_in_text=["Кулубаев","Жээнбек Кулубаев"]),
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="Жапарова", role="президент Киргизии", forms_in_text=["Жапарова","Садыра Жапарова"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимир Путин", role="президент России", forms_in_text=["Владимир Путин"]),
],
other_names=[],
figures=[
 dict(metric="trade_turnover_growth_pct", value=8, period="2025", kind="actual", quote="увеличился на 8%", period_text="по итогам прошлого года"),
 dict(metric="trade_turnover", value=4000000000, period="2025", kind="actual", qualifier="more than", quote="превысил 4 млрд долларов", period_text="по итогам прошлого года"),
 dict(metric="russian_schools_planned", value=20, period=None, kind="target", quote="еще 20 русскоязычных школ", note="distractor, in a 'Читайте также' line"),
],
events=[
 dict(date="2026-05-14", what="Lavrov-Kulubaev phone call", quote="в четверг провели телефонный разговор", type="other", status="past", bilateral=True, date_note="phone call"),
 dict(date="2026-06", what="Japarov's official visit to Russia planned for June", quote="подготовке официального визита президента Киргизии Садыра Жапарова в Россию, который запланирован на июнь", type="visit", status="planned", bilateral=True),
 dict(date="2026-04", what="27th IGC session in Moscow", quote="В апреле в Москве состоялось 27-е заседание межправительственной комиссии", type="igc_session", status="past", bilateral=True),
 dict(date="2026-05-09", what="Kulubaev in Moscow for 81st Victory Day anniversary events", quote="Кулубаев 9 мая находился в Москве, где принял участие в торжественных мероприятиях по случаю 81-й годовщины Победы", type="visit", status="past", bilateral=False),
 dict(date="2026-10", what="CIS Council of Foreign Ministers in October", quote="Совета министров иностранных дел СНГ, заседание которого пройдет в октябре", type="conference", status="planned", bilateral=False),
 dict(date="2025-11", what="Putin's state visit to Bishkek; declaration signed", quote="в ноябре прошлого года президент России Владимир Путин посетил Бишкек с государственным визитом", type="visit", status="past", bilateral=True),
 dict(date="2025-11", what="Declaration on deepening allied relations signed", quote="главы государств подписали декларацию о дальнейшем углублении союзнических отношений", type="agreement", status="past", bilateral=True),
])))
