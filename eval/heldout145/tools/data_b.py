# Articles 10-18: text and gold annotation.
A = []

A.append(dict(
file="10_sputnik_ru_2019_putin_state_visit_arrival.txt",
source="https://ru.sputnik.kg/20190328/putin-gosudarstvennyj-vizit-bishkek-1043711208.html",
lang="ru", header_date="28.03.2019, 15:42",
body="""Путин прибыл в Бишкек с государственным визитом

БИШКЕК, 28 мар — Sputnik. Президент России Владимир Путин прибыл в Бишкек с первым в истории государственным визитом в Кыргызстан. В аэропорту "Манас" его встретил премьер-министр Мухаммедкалый Абылгазиев.

Переговоры Путина и Сооронбая Жээнбекова в узком и расширенном составах пройдут в государственной резиденции "Ынтымак ордо". По итогам ожидается подписание около 20 документов.

По данным Нацстаткома, в 2018 году товарооборот двух стран составил 1,7 миллиарда долларов. Прямые российские инвестиции в экономику республики за тот же период достигли 150 миллионов долларов.

Накануне визита, 13 марта, верительные грамоты Жээнбекову вручил новый посол России Николай Удовиченко.

Обновлено: 28.03.2019, 15:42
""",
date="2019-03-28", date_partial=None, date_source="header+body",
date_note="Dateline '28 мар' without year; 'Обновлено: 28.03.2019' and header agree. '13 марта' is an earlier event.",
people=[
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимир Путин", role="президент России", forms_in_text=["Владимир Путин", "Путина"]),
 dict(name_ru_nominative="Мухаммедкалый Абылгазиев", name_in_text="Мухаммедкалый Абылгазиев", role="премьер-министр Киргизии", forms_in_text=["Мухаммедкалый Абылгазиев"]),
 dict(name_ru_nominative="Сооронбай Жээнбеков", name_in_text="Сооронбая Жээнбекова", role="президент Киргизии", forms_in_text=["Сооронбая Жээнбекова", "Жээнбекову"]),
 dict(name_ru_nominative="Николай Удовиченко", name_in_text="Николай Удовиченко", role="посол России в Киргизии", forms_in_text=["Николай Удовиченко"]),
],
other_names=[],
figures=[
 dict(metric="trade_turnover", value=1700000000, period="2018", kind="actual", quote="в 2018 году товарооборот двух стран составил 1,7 миллиарда долларов"),
 dict(metric="russian_fdi_usd", value=150000000, period="2018", kind="actual", quote="Прямые российские инвестиции в экономику республики за тот же период достигли 150 миллионов долларов"),
],
events=[
 dict(date="2019-03-28", what="Putin arrives in Bishkek on his first state visit to Kyrgyzstan", quote="Президент России Владимир Путин прибыл в Бишкек с первым в истории государственным визитом в Кыргызстан", type="visit", status="ongoing", bilateral=True),
 dict(date="2019-03-28", what="Putin–Jeenbekov talks in restricted and expanded formats at Yntymak Ordo", quote="Переговоры Путина и Сооронбая Жээнбекова в узком и расширенном составах пройдут в государственной резиденции \"Ынтымак ордо\"", type="meeting", status="planned", bilateral=True),
 dict(date="2019-03-28", what="Expected signing of about 20 documents", quote="ожидается подписание около 20 документов", type="agreement", status="planned", bilateral=True),
 dict(date="2019-03-13", what="New Russian ambassador Nikolai Udovichenko presents credentials to Jeenbekov", quote="13 марта, верительные грамоты Жээнбекову вручил новый посол России Николай Удовиченко", type="other", status="past", bilateral=True),
]))

A.append(dict(
file="11_akipress_ru_2021_japarov_moscow_first_visit.txt",
source="https://akipress.org/news:1691204",
lang="ru", header_date="24.02.21 16:20",
body="""AKIpress, 24.02.21 16:20

Садыр Жапаров прибыл в Москву с рабочим визитом

Президент Садыр Жапаров в среду прибыл в Москву с рабочим визитом. Это первый зарубежный визит Жапарова в качестве главы государства.

В Кремле запланированы переговоры с Владимиром Путиным. Стороны обсудят торгово-экономическое сотрудничество, положение трудовых мигрантов и поставки вакцины "Спутник V".

В составе делегации - министр иностранных дел Руслан Казакбаев.

По данным Нацстаткома, в 2020 году товарооборот Кыргызстана с Россией составил $1,68 млрд, снизившись на 18,7%. Объем денежных переводов из России за тот же год достиг $2,13 млрд.

Подписывайтесь на наш Telegram-канал
""",
date="2021-02-24", date_partial=None, date_source="byline",
date_note="Byline 'AKIpress, 24.02.21 16:20' (two-digit year); 'в среду' agrees (2021-02-24 was a Wednesday).",
people=[
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="Садыр Жапаров", role="президент Киргизии", forms_in_text=["Садыр Жапаров", "Жапарова"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимиром Путиным", role="президент России", forms_in_text=["Владимиром Путиным"]),
 dict(name_ru_nominative="Руслан Казакбаев", name_in_text="Руслан Казакбаев", role="министр иностранных дел Киргизии", forms_in_text=["Руслан Казакбаев"]),
],
other_names=[],
figures=[
 dict(metric="trade_turnover", value=1680000000, period="2020", kind="actual", quote="в 2020 году товарооборот Кыргызстана с Россией составил $1,68 млрд"),
 dict(metric="trade_turnover_growth_pct", value=-18.7, period="2020", kind="actual", quote="снизившись на 18,7%"),
 dict(metric="remittances_from_russia_usd", value=2130000000, period="2020", kind="actual", quote="Объем денежных переводов из России за тот же год достиг $2,13 млрд"),
],
events=[
 dict(date="2021-02-24", what="Japarov's working visit to Moscow, his first foreign visit as president", quote="Президент Садыр Жапаров в среду прибыл в Москву с рабочим визитом", type="visit", status="ongoing", bilateral=True),
 dict(date="2021-02-24", what="Japarov–Putin talks in the Kremlin", quote="В Кремле запланированы переговоры с Владимиром Путиным", type="meeting", status="planned", bilateral=True),
]))

A.append(dict(
file="12_akipress_en_2022_putin_japarov_eaeu_sidelines.txt",
source="https://akipress.com/news:689412:Japarov_Putin_meet_on_sidelines_of_EAEU_summit/",
lang="en", header_date="Dec 9, 2022 17:05",
body="""Japarov, Putin meet on sidelines of EAEU summit

AKIPRESS.COM - President Sadyr Japarov and Russian President Vladimir Putin held a bilateral meeting on the sidelines of the Supreme Eurasian Economic Council meeting in Bishkek on December 9.

Japarov said trade between Kyrgyzstan and Russia grew by 40% year-on-year to $2.9 billion in the first ten months of 2022. Putin noted that the Russian-Kyrgyz Development Fund has financed projects worth more than $600 million since it was set up.

The leaders agreed that Japarov will pay an official visit to Russia next year.

Putin arrived in Bishkek on Thursday evening. Cabinet Chairman Akylbek Japarov met him at Manas airport.

Dec 9, 2022 17:05
""",
date="2022-12-09", date_partial=None, date_source="body",
date_note="Body 'on December 9' and stamp 'Dec 9, 2022 17:05'. 'Thursday evening' = 2022-12-08; 'next year' = 2023.",
people=[
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="Sadyr Japarov", role="президент Киргизии", forms_in_text=["Sadyr Japarov", "Japarov"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Vladimir Putin", role="президент России", forms_in_text=["Vladimir Putin", "Putin"]),
 dict(name_ru_nominative="Акылбек Жапаров", name_in_text="Akylbek Japarov", role="председатель кабинета министров Киргизии", forms_in_text=["Akylbek Japarov"], note="Shares the surname with the president; bare 'Japarov' refers to Sadyr Japarov."),
],
other_names=[],
figures=[
 dict(metric="trade_turnover_growth_pct", value=40, period="2022-10M", kind="actual", quote="trade between Kyrgyzstan and Russia grew by 40% year-on-year", period_text="in the first ten months of 2022"),
 dict(metric="trade_turnover", value=2900000000, period="2022-10M", kind="actual", quote="grew by 40% year-on-year to $2.9 billion in the first ten months of 2022", period_text="in the first ten months of 2022"),
 dict(metric="development_fund_projects_financed_usd", value=600000000, period=None, kind="actual", qualifier="more than", quote="financed projects worth more than $600 million"),
],
events=[
 dict(date="2022-12-09", what="Japarov–Putin bilateral meeting on the sidelines of the Supreme Eurasian Economic Council in Bishkek", quote="held a bilateral meeting on the sidelines of the Supreme Eurasian Economic Council meeting in Bishkek on December 9", type="meeting", status="past", bilateral=True),
 dict(date="2022-12-09", what="Supreme Eurasian Economic Council meeting in Bishkek", quote="the Supreme Eurasian Economic Council meeting in Bishkek", type="meeting", status="past", bilateral=False),
 dict(date="2023", what="Sadyr Japarov's official visit to Russia next year", quote="Japarov will pay an official visit to Russia next year", type="visit", status="planned", bilateral=True),
 dict(date="2022-12-08", what="Putin arrives in Bishkek on Thursday evening, met by Akylbek Japarov", quote="Putin arrived in Bishkek on Thursday evening", type="visit", status="past", bilateral=True),
]))

A.append(dict(
file="13_24kg_ru_undated_putin_arrives_telegram.txt",
source="https://t.me/news24kg/41237",
lang="ru", header_date="12 окт, 14:05",
body="""24.kg | Новости Кыргызстана

⚡️ Владимир Путин прибыл в Бишкек с государственным визитом

В аэропорту "Манас" российского лидера встретил президент Садыр Жапаров. Сегодня в резиденции "Ынтымак ордо" пройдут переговоры в узком и расширенном форматах, ожидается подписание пакета документов.

Завтра Путин примет участие в саммите СНГ.

Товарооборот между странами за восемь месяцев вырос на 13 процентов, сообщили в кабмине.

Фото: пресс-служба президента КР

👁 12,4K  ·  12 окт, 14:05

Подписаться | Читать полностью на 24.kg
""",
date=None, date_partial="????-10-12", date_source="body_day_month",
date_note="Only '12 окт, 14:05' in the post; no year anywhere in the text or address. Sadyr Japarov as president bounds it to 2021 or later; externally this is the 2023 state visit (CIS summit in Bishkek on 13 October 2023), but the text does not state the year, so none is given.",
people=[
 dict(name_ru_nominative="Владимир Путин", name_in_text="Владимир Путин", role="президент России", forms_in_text=["Владимир Путин", "Путин"]),
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="Садыр Жапаров", role="президент Киргизии", forms_in_text=["Садыр Жапаров"]),
],
other_names=[],
figures=[
 dict(metric="trade_turnover_growth_pct", value=13, period=None, kind="actual", quote="Товарооборот между странами за восемь месяцев вырос на 13 процентов", period_text="за восемь месяцев", note="Eight months of an unstated year; period left null."),
],
events=[
 dict(date=None, date_partial="????-10-12", what="Putin arrives in Bishkek on a state visit, met by Sadyr Japarov", quote="Владимир Путин прибыл в Бишкек с государственным визитом", type="visit", status="ongoing", bilateral=True),
 dict(date=None, date_partial="????-10-12", what="Talks in restricted and expanded formats at Yntymak Ordo; documents expected", quote="Сегодня в резиденции \"Ынтымак ордо\" пройдут переговоры в узком и расширенном форматах", type="meeting", status="planned", bilateral=True),
 dict(date=None, date_partial="????-10-12", what="Signing of a package of documents expected", quote="ожидается подписание пакета документов", type="agreement", status="planned", bilateral=True),
 dict(date=None, date_partial="????-10-13", what="CIS summit tomorrow with Putin's participation", quote="Завтра Путин примет участие в саммите СНГ", type="meeting", status="planned", bilateral=False),
]))

A.append(dict(
file="14_vestikg_ru_2024_vakunov_credentials.txt",
source="https://vesti.kg/politika/item/131544-sergej-vakunov-vruchil-veritelnye-gramoty-sadyru-zhaparovu.html",
lang="ru", header_date="10.09.2024 11:40",
body="""Сергей Вакунов вручил верительные грамоты Садыру Жапарову

Вести.kg | 10.09.2024 11:40 | Политика

Президент Садыр Жапаров сегодня, 10 сентября, принял верительные грамоты Чрезвычайного и Полномочного Посла Российской Федерации в Кыргызской Республике Сергея Вакунова.

Глава государства поздравил дипломата с началом миссии и отметил, что отношения двух стран переживают период подъема. Стороны обсудили предстоящие визиты: 7–8 октября Садыр Жапаров примет участие в саммите СНГ в Москве, а в конце октября - в саммите БРИКС в Казани.

Предшественник Сергея Вакунова Николай Удовиченко завершил работу в Бишкеке в июне.

По данным Нацстаткома, в первом полугодии товарооборот с Россией составил $1,53 млрд, что на 6,2% больше, чем годом ранее.

Фото: пресс-служба президента КР
""",
date="2024-09-10", date_partial=None, date_source="byline",
date_note="Byline '10.09.2024 11:40' and body 'сегодня, 10 сентября'.",
people=[
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="Садыр Жапаров", role="президент Киргизии", forms_in_text=["Садыру Жапарову", "Садыр Жапаров"]),
 dict(name_ru_nominative="Сергей Вакунов", name_in_text="Сергей Вакунов", role="посол России в Киргизии", forms_in_text=["Сергей Вакунов", "Сергея Вакунова"]),
 dict(name_ru_nominative="Николай Удовиченко", name_in_text="Николай Удовиченко", role="бывший посол России в Киргизии", forms_in_text=["Николай Удовиченко"]),
],
other_names=[],
figures=[
 dict(metric="trade_turnover", value=1530000000, period="2024-H1", kind="actual", quote="в первом полугодии товарооборот с Россией составил $1,53 млрд", period_text="в первом полугодии"),
 dict(metric="trade_turnover_growth_pct", value=6.2, period="2024-H1", kind="actual", quote="что на 6,2% больше, чем годом ранее"),
],
events=[
 dict(date="2024-09-10", what="Russian ambassador Sergei Vakunov presents credentials to Sadyr Japarov", quote="принял верительные грамоты Чрезвычайного и Полномочного Посла Российской Федерации в Кыргызской Республике Сергея Вакунова", type="other", status="past", bilateral=True),
 dict(date="2024-10-07", what="CIS summit in Moscow on 7–8 October with Japarov's participation", quote="7–8 октября Садыр Жапаров примет участие в саммите СНГ в Москве", type="meeting", status="planned", bilateral=False),
 dict(date="2024-10", what="BRICS summit in Kazan at the end of October with Japarov's participation", quote="в конце октября - в саммите БРИКС в Казани", type="meeting", status="planned", bilateral=False),
 dict(date="2024-06", what="Ambassador Nikolai Udovichenko ends his mission in Bishkek", quote="Николай Удовиченко завершил работу в Бишкеке в июне", type="other", status="past", bilateral=True),
]))

A.append(dict(
file="15_eurasianet_en_2025_japarov_putin_moscow_schools.txt",
source="https://eurasianet.org/kyrgyzstan-japarov-in-moscow-talks-schools-and-migrants",
lang="en", header_date="Jul 3, 2025",
body="""Kyrgyzstan: Japarov in Moscow talks schools and migrants

Nurlan Asanaliev Jul 3, 2025

Kyrgyz President Sadyr Japarov held talks with Vladimir Putin in the Kremlin on Wednesday, the first leg of a working visit.

Among the topics was the construction, with Russian money, of nine schools with Russian-language instruction, the first of which are due to open on September 1.

The two sides do not agree on how much they trade. Russian officials put bilateral turnover for 2024 at around $3.5 billion; Kyrgyzstan's National Statistics Committee gives $3.9 billion. Putin restated a goal of $5 billion a year.

Remittances from Russia, which make up about a quarter of Kyrgyzstan's GDP, fell slightly in the first quarter.

Putin is expected in Bishkek in November for a summit of the CSTO, which Kyrgyzstan chairs this year.
""",
date="2025-07-03", date_partial=None, date_source="byline",
date_note="Byline 'Jul 3, 2025'. The talks were 'on Wednesday' = 2025-07-02, the day before publication.",
people=[
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="Sadyr Japarov", role="президент Киргизии", forms_in_text=["Sadyr Japarov", "Japarov"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="Vladimir Putin", role="президент России", forms_in_text=["Vladimir Putin", "Putin"]),
],
other_names=["Nurlan Asanaliev"],
figures=[
 dict(metric="trade_turnover", value=3500000000, period="2024", kind="actual", qualifier="about", quote="Russian officials put bilateral turnover for 2024 at around $3.5 billion", note="Russian figure; disagrees with the Kyrgyz one."),
 dict(metric="trade_turnover", value=3900000000, period="2024", kind="actual", quote="Kyrgyzstan's National Statistics Committee gives $3.9 billion", note="Kyrgyz figure; disagrees with the Russian one."),
 dict(metric="trade_turnover", value=5000000000, period="annual", kind="target", quote="Putin restated a goal of $5 billion a year"),
 dict(metric="remittances_share_of_gdp_pct", value=25, period=None, kind="actual", qualifier="about", quote="about a quarter of Kyrgyzstan's GDP"),
],
events=[
 dict(date="2025-07-02", what="Japarov–Putin talks in the Kremlin during a working visit", quote="Kyrgyz President Sadyr Japarov held talks with Vladimir Putin in the Kremlin on Wednesday", type="meeting", status="past", bilateral=True),
 dict(date="2025-09-01", what="First Russian-funded Russian-language schools due to open", quote="the first of which are due to open on September 1", type="other", status="planned", bilateral=True),
 dict(date="2025-11", what="CSTO summit in Bishkek in November with Putin expected", quote="Putin is expected in Bishkek in November for a summit of the CSTO", type="meeting", status="planned", bilateral=False),
]))

A.append(dict(
file="16_midru_ru_2025_lavrov_kulubaev_talks.txt",
source="https://www.mid.ru/ru/foreign_policy/news/2019387/",
lang="ru", header_date="2 июня 2025 года",
body="""О переговорах Министра иностранных дел России С.В.Лаврова с Министром иностранных дел Киргизской Республики Ж.Кулубаевым

2 июня 2025 года в Москве состоялись переговоры Министра иностранных дел Российской Федерации С.В.Лаврова с Министром иностранных дел Киргизской Республики Жээнбеком Кулубаевым.

Министры обсудили ключевые вопросы двусторонней повестки дня, в том числе подготовку государственного визита Президента России В.В.Путина в Киргизию и мероприятий в рамках председательства Бишкека в ОДКБ в текущем году.

Стороны с удовлетворением отметили, что празднование 80-летия Победы в Великой Отечественной войне, в торжествах по случаю которого 9 мая в Москве принял участие Президент Киргизии С.Н.Жапаров, прошло достойно.

По итогам переговоров подписан План консультаций между министерствами иностранных дел двух стран на 2026–2027 годы.

Ж.Кулубаев пригласил С.В.Лаврова посетить Бишкек с ответным визитом.
""",
date="2025-06-02", date_partial=None, date_source="body",
date_note="Body '2 июня 2025 года в Москве'.",
people=[
 dict(name_ru_nominative="Сергей Лавров", name_in_text="С.В.Лаврова", role="министр иностранных дел России", forms_in_text=["С.В.Лаврова"], note="Only the initials form in the genitive occurs."),
 dict(name_ru_nominative="Жээнбек Кулубаев", name_in_text="Жээнбеком Кулубаевым", role="министр иностранных дел Киргизии", forms_in_text=["Жээнбеком Кулубаевым", "Ж.Кулубаевым", "Ж.Кулубаев"]),
 dict(name_ru_nominative="Владимир Путин", name_in_text="В.В.Путина", role="президент России", forms_in_text=["В.В.Путина"]),
 dict(name_ru_nominative="Садыр Жапаров", name_in_text="С.Н.Жапаров", role="президент Киргизии", forms_in_text=["С.Н.Жапаров"]),
],
other_names=[],
figures=[],
events=[
 dict(date="2025-06-02", what="Lavrov–Kulubaev talks in Moscow", quote="2 июня 2025 года в Москве состоялись переговоры Министра иностранных дел Российской Федерации С.В.Лаврова с Министром иностранных дел Киргизской Республики Жээнбеком Кулубаевым", type="meeting", status="past", bilateral=True),
 dict(date="2025", what="Preparation of Putin's state visit to Kyrgyzstan", quote="подготовку государственного визита Президента России В.В.Путина в Киргизию", type="visit", status="planned", bilateral=True),
 dict(date="2025", what="Kyrgyzstan's CSTO chairmanship events this year", quote="мероприятий в рамках председательства Бишкека в ОДКБ в текущем году", type="other", status="ongoing", bilateral=False),
 dict(date="2025-05-09", what="Japarov attends the 80th anniversary of Victory celebrations in Moscow on 9 May", quote="9 мая в Москве принял участие Президент Киргизии С.Н.Жапаров", type="anniversary", status="past", bilateral=False),
 dict(date="2025-06-02", what="Plan of consultations between the foreign ministries for 2026–2027 signed", quote="подписан План консультаций между министерствами иностранных дел двух стран на 2026–2027 годы", type="agreement", status="past", bilateral=True),
 dict(date=None, what="Invitation to Lavrov for a return visit to Bishkek", quote="Ж.Кулубаев пригласил С.В.Лаврова посетить Бишкек с ответным визитом", type="visit", status="planned", bilateral=True),
]))

A.append(dict(
file="17_rg_ru_2026_mishustin_kasymaliev_brief.txt",
source="https://rg.ru/2026/03/18/mishustin-i-kasymaliev-obsudili-tovarooborot.html",
lang="ru", header_date="18.03.2026 20:15",
body="""Коротко

Мишустин и Касымалиев обсудили товарооборот

Текст: Ирина Шарова
Российская газета - Федеральный выпуск: №58(9901)
18.03.2026 20:15

Председатель правительства РФ Михаил Мишустин в среду провел в Москве переговоры с председателем кабинета министров Киргизии Адылбеком Касымалиевым, находящимся в России с официальным визитом.

По словам Мишустина, по итогам 2025 года товарооборот двух стран вырос на 9 процентов и превысил 4 миллиарда долларов. Задача - выйти на 5 миллиардов в ближайшие годы.

Касымалиев отметил, что объем российских инвестиций в экономику республики за последние пять лет составил около 1,2 миллиарда долларов. Он также предложил провести очередное заседание межправкомиссии осенью в Оше.

Стороны подписали меморандум о сотрудничестве в сфере цифровизации таможенного администрирования.
""",
date="2026-03-18", date_partial=None, date_source="byline",
date_note="Byline '18.03.2026 20:15'; 'в среду' agrees (2026-03-18 was a Wednesday).",
people=[
 dict(name_ru_nominative="Михаил Мишустин", name_in_text="Михаил Мишустин", role="председатель правительства России", forms_in_text=["Михаил Мишустин", "Мишустина", "Мишустин"]),
 dict(name_ru_nominative="Адылбек Касымалиев", name_in_text="Адылбеком Касымалиевым", role="председатель кабинета министров Киргизии", forms_in_text=["Адылбеком Касымалиевым", "Касымалиев"]),
],
other_names=["Ирина Шарова"],
figures=[
 dict(metric="trade_turnover_growth_pct", value=9, period="2025", kind="actual", quote="по итогам 2025 года товарооборот двух стран вырос на 9 процентов"),
 dict(metric="trade_turnover", value=4000000000, period="2025", kind="actual", qualifier="more than", quote="по итогам 2025 года товарооборот двух стран вырос на 9 процентов и превысил 4 миллиарда долларов"),
 dict(metric="trade_turnover", value=5000000000, period=None, kind="target", quote="Задача - выйти на 5 миллиардов в ближайшие годы"),
 dict(metric="russian_investment_usd", value=1200000000, period=None, kind="actual", qualifier="about", quote="объем российских инвестиций в экономику республики за последние пять лет составил около 1,2 миллиарда долларов", period_text="за последние пять лет"),
],
events=[
 dict(date="2026-03-18", what="Mishustin–Kasymaliev talks in Moscow during Kasymaliev's official visit", quote="Михаил Мишустин в среду провел в Москве переговоры с председателем кабинета министров Киргизии Адылбеком Касымалиевым", type="meeting", status="past", bilateral=True),
 dict(date="2026-03", what="Kasymaliev's official visit to Russia", quote="находящимся в России с официальным визитом", type="visit", status="ongoing", bilateral=True),
 dict(date="2026", what="Proposed next intergovernmental commission session in Osh in the autumn", quote="предложил провести очередное заседание межправкомиссии осенью в Оше", type="igc_session", status="planned", bilateral=True),
 dict(date="2026-03-18", what="Memorandum on digitalisation of customs administration signed", quote="Стороны подписали меморандум о сотрудничестве в сфере цифровизации таможенного администрирования", type="agreement", status="past", bilateral=True),
]))

A.append(dict(
file="18_reuters_en_2007_putin_bakiyev_sco_bishkek.txt",
source="https://www.reuters.com/article/idUSL1648290720070816",
lang="en", header_date="Aug 16",
body="""Putin, Bakiyev discuss debt, air base at SCO summit

BISHKEK, Aug 16 (Reuters) - Russian President Vladimir Putin held talks with Kyrgyz President Kurmanbek Bakiyev on Thursday on the sidelines of a Shanghai Cooperation Organisation summit in the Kyrgyz capital.

Bakiyev said the two leaders discussed Kyrgyzstan's debt to Moscow, about $190 million, and the future of the Russian air base at Kant, which opened in 2003.

Trade between the two countries rose 38 percent last year to $1.05 billion, Kyrgyz officials said, while Chinese-Kyrgyz trade reached $2.2 billion.

Putin flies on Friday to Chelyabinsk to watch the "Peace Mission 2007" joint military exercises of SCO member states.

(Reporting by Timur Kasymov; Editing by Daniel Whitford)
""",
date="2007-08-16", date_partial=None, date_source="header",
date_note="Dateline 'Aug 16' has no year; header date and the URL (…20070816) give 2007; 'Thursday' agrees. 'last year' = 2006; 'on Friday' = 2007-08-17.",
people=[
 dict(name_ru_nominative="Владимир Путин", name_in_text="Vladimir Putin", role="президент России", forms_in_text=["Vladimir Putin", "Putin"]),
 dict(name_ru_nominative="Курманбек Бакиев", name_in_text="Kurmanbek Bakiyev", role="президент Киргизии", forms_in_text=["Kurmanbek Bakiyev", "Bakiyev"]),
],
other_names=["Timur Kasymov", "Daniel Whitford"],
figures=[
 dict(metric="kyrgyz_debt_to_russia_usd", value=190000000, period=None, kind="actual", qualifier="about", quote="Kyrgyzstan's debt to Moscow, about $190 million"),
 dict(metric="trade_turnover_growth_pct", value=38, period="2006", kind="actual", quote="Trade between the two countries rose 38 percent last year", period_text="last year"),
 dict(metric="trade_turnover", value=1050000000, period="2006", kind="actual", quote="Trade between the two countries rose 38 percent last year to $1.05 billion", period_text="last year"),
 dict(metric="china_kyrgyz_trade_usd", value=2200000000, period="2006", kind="actual", quote="Chinese-Kyrgyz trade reached $2.2 billion"),
],
events=[
 dict(date="2007-08-16", what="Putin–Bakiyev talks on the sidelines of the SCO summit in Bishkek", quote="Russian President Vladimir Putin held talks with Kyrgyz President Kurmanbek Bakiyev on Thursday", type="meeting", status="past", bilateral=True),
 dict(date="2007-08-16", what="Shanghai Cooperation Organisation summit in Bishkek", quote="a Shanghai Cooperation Organisation summit in the Kyrgyz capital", type="meeting", status="past", bilateral=False),
 dict(date="2003", what="Opening of the Russian air base at Kant in 2003", quote="the Russian air base at Kant, which opened in 2003", type="other", status="past", bilateral=True),
 dict(date="2007-08-17", what="SCO 'Peace Mission 2007' joint exercises near Chelyabinsk, Putin to attend on Friday", quote="Putin flies on Friday to Chelyabinsk to watch the \"Peace Mission 2007\" joint military exercises of SCO member states", type="other", status="planned", bilateral=False),
]))
