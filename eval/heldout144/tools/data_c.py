"""Articles 11-14 (2023 - undated)."""
from common import P, F, E

A = []

# ---------------------------------------------------------------- 11
A.append(dict(
file="11_reuters_en_2023_reexports_sanctions.txt",
source="https://www.reuters.com/world/asia-pacific/kyrgyzstan-says-it-will-not-be-route-sanctions-evasion-2023-04-14/",
lang="en",
header="2023-04-14",
body="""Kyrgyzstan says it will not be a route for sanctions evasion as Russia trade booms

By Timur Abdrakhmanov
April 14, 2023 3:12 PM GMT+6 Updated ago

BISHKEK, April 14 (Reuters) - Kyrgyzstan will not allow its territory to be used to get around Western sanctions on Russia, President Sadyr Japarov said on Friday, two days after the United States blacklisted four Kyrgyz companies it accused of supplying electronic components to Russia's military.

"We are members of the Eurasian Economic Union and we trade with Russia as we always have. But we have no interest in seeing our companies punished because of other people's schemes," Japarov told reporters.

The U.S. Treasury's move on Wednesday was the first time Washington had targeted firms registered in the Central Asian nation since Russia invaded Ukraine in February last year.

Kyrgyz exports to Russia more than doubled in 2022 to nearly $1 billion, official data show, while imports from the European Union and China surged as traders shipped cars, phones and machinery on to Russian buyers. Overall trade between Kyrgyzstan and Russia grew by 37% last year to about $3.1 billion.

Samat Isabekov, head of the State Customs Service, said last week his agency had tightened checks on goods originating in the EU and the United States and was prepared to share data with Western partners on request.

Economy and Commerce Minister Daniyar Amangeldiev told Reuters the government had no plans to restrict legitimate trade with Russia, which also provides the bulk of the roughly $2.7 billion in remittances Kyrgyz migrants sent home last year.

A delegation of U.S. Treasury and Commerce Department officials is expected in Bishkek next month, a Western diplomat said.

Japarov is due in Moscow on May 9 to attend the Victory Day parade alongside other leaders of former Soviet states.

Reporting by Timur Abdrakhmanov; Additional reporting by Olga Rakhimova in Almaty; Editing by Mark Heinrich
""",
header_date="April 14, 2023",
date="2023-04-14", date_partial=None, date_source="byline",
date_note="Byline 'April 14, 2023'; dateline 'BISHKEK, April 14' has no year. 'on Wednesday' = 2023-04-12; 'last year' = 2022.",
people=[
 P("Садыр Жапаров", "Sadyr Japarov", "президент Киргизии", ["Sadyr Japarov", "Japarov"]),
 P("Самат Исабеков", "Samat Isabekov", "председатель Государственной таможенной службы Киргизии", ["Samat Isabekov"]),
 P("Данияр Амангельдиев", "Daniyar Amangeldiev", "министр экономики и коммерции Киргизии", ["Daniyar Amangeldiev"]),
],
other_names=["Timur Abdrakhmanov", "Olga Rakhimova", "Mark Heinrich"],
figures=[
 F("kyrgyz_exports_to_russia_usd", 1000000000, "2022", "actual", "Kyrgyz exports to Russia more than doubled in 2022 to nearly $1 billion", "almost", note="Distractor: exports only."),
 F("trade_turnover_growth_pct", 37, "2022", "actual", "Overall trade between Kyrgyzstan and Russia grew by 37% last year", period_text="last year"),
 F("trade_turnover", 3100000000, "2022", "actual", "grew by 37% last year to about $3.1 billion", "about"),
 F("remittances_usd", 2700000000, "2022", "actual", "roughly $2.7 billion in remittances Kyrgyz migrants sent home last year", "about", note="Distractor: remittances."),
],
events=[
 E("2023-04-12", "U.S. Treasury blacklists four Kyrgyz companies", "The U.S. Treasury's move on Wednesday", "other", "past", bilateral=False),
 E("2022-02", "Russia's invasion of Ukraine", "since Russia invaded Ukraine in February last year", "other", "past", bilateral=False),
 E("2023-05", "Expected visit of a U.S. Treasury and Commerce delegation to Bishkek", "A delegation of U.S. Treasury and Commerce Department officials is expected in Bishkek next month", "visit", "planned", bilateral=False),
 E("2023-05-09", "Japarov to attend the Victory Day parade in Moscow with other post-Soviet leaders", "Japarov is due in Moscow on May 9 to attend the Victory Day parade alongside other leaders of former Soviet states", "visit", "planned", bilateral=False),
],
))

# ---------------------------------------------------------------- 12
A.append(dict(
file="12_izvestia_ru_2024_keremet_sanctions.txt",
source="https://iz.ru/1712345/evgeniia-pershina/rikoshet-po-tranzitu",
lang="ru",
header="2024-06-14",
body="""Рикошет по транзиту: как санкции против киргизского банка отразятся на торговле с РФ

Евгения Першина
14 июня 2024, 00:01

Фото: ИЗВЕСТИЯ/Дмитрий Ларин

Российские экспортеры и импортеры, работающие через Киргизию, ищут новые каналы для платежей. Поводом стало решение Минфина США, который 12 июня внес в санкционный список «Керемет Банк» — один из банков республики, обслуживавших расчеты с Россией. Американская сторона обвинила его в содействии обходу ограничений.

Председатель кабмина Киргизии Акылбек Жапаров в среду назвал решение Вашингтона давлением на суверенную экономику. «Мы не нарушаем ничьих законов. Наша торговля с Россией — это торговля внутри Евразийского союза», — сказал он.

В российском правительстве рассчитывают, что торговля от этого не пострадает. «Расчеты в национальных валютах уже составляют подавляющую часть нашего товарооборота с Киргизией, и эта доля будет расти», — заявил «Известиям» вице-премьер РФ Алексей Оверчук. По его словам, на рубли и сомы приходится более 90% платежей между двумя странами.

Вопрос обсуждался и на заседании Евразийского межправсовета в Минске в начале месяца, где Оверчук встречался с киргизской делегацией.

По данным Нацстаткома Киргизии, в 2023 году товарооборот двух стран составил 3,4 млрд долларов. Однако с начала 2024 года торговля замедлилась: за январь–апрель она сократилась на 13%. Эксперты связывают это с ужесточением контроля за реэкспортом в самой республике и с тем, что Казахстан усилил проверку грузов в транзите на российской границе.

Президент Садыр Жапаров ранее неоднократно подчеркивал, что Бишкек не будет участвовать в антироссийских санкциях. Следующий раунд консультаций по платежной инфраструктуре, по информации «Известий», должен пройти в июле в Бишкеке.

«Санкции против одного банка — сигнал всем остальным. Часть банков уже отказывается от операций в рублях», — отмечает руководитель аналитического отдела ИК «Финам-Азия» Роман Бекетов.
""",
header_date="14 июня 2024",
date="2024-06-14", date_partial=None, date_source="byline",
date_note="Byline '14 июня 2024, 00:01'. 'в среду' = 2024-06-12; 'в начале месяца' = early June 2024.",
people=[
 P("Акылбек Жапаров", "Акылбек Жапаров", "председатель кабинета министров Киргизии", ["Акылбек Жапаров"]),
 P("Алексей Оверчук", "Алексей Оверчук", "заместитель председателя правительства РФ", ["Алексей Оверчук", "Оверчук"]),
 P("Садыр Жапаров", "Садыр Жапаров", "президент Киргизии", ["Садыр Жапаров"]),
],
other_names=["Евгения Першина", "Дмитрий Ларин", "Роман Бекетов"],
figures=[
 F("national_currency_share_in_payments_pct", 90, None, "actual", "на рубли и сомы приходится более 90% платежей между двумя странами", "more than", note="Distractor: payment share."),
 F("trade_turnover", 3400000000, "2023", "actual", "в 2023 году товарооборот двух стран составил 3,4 млрд долларов"),
 F("trade_turnover_growth_pct", -13, "2024-4M", "actual", "за январь–апрель она сократилась на 13%"),
],
events=[
 E("2024-06-12", "U.S. Treasury puts Kyrgyz Keremet Bank on the sanctions list", "который 12 июня внес в санкционный список «Керемет Банк»", "other", "past", bilateral=False),
 E("2024-06", "Eurasian Intergovernmental Council session in Minsk (early June)", "на заседании Евразийского межправсовета в Минске в начале месяца", "meeting", "past", bilateral=False),
 E("2024-06", "Overchuk meets the Kyrgyz delegation on the sidelines of the Council in Minsk", "где Оверчук встречался с киргизской делегацией", "meeting", "past"),
 E("2024-07", "Next round of Russian-Kyrgyz consultations on payment infrastructure in Bishkek", "Следующий раунд консультаций по платежной инфраструктуре, по информации «Известий», должен пройти в июле в Бишкеке", "meeting", "planned"),
],
))

# ---------------------------------------------------------------- 13
A.append(dict(
file="13_thediplomat_en_2025_russian_industry.txt",
source="https://thediplomat.com/2025/09/russias-industrial-bet-on-kyrgyzstan/",
lang="en",
header=None,
body="""Russia's Industrial Bet on Kyrgyzstan

Moscow is reviving Soviet-era plants and chasing mining licenses, while Bishkek tries to keep Western sanctions at bay.

By Nadira Kasymova
September 23, 2025

Image Credit: Depositphotos

Three years ago, the Dastan plant on the eastern edge of Bishkek, once a maker of torpedoes for the Soviet navy, was little more than a shell. Today its workshops are busy again with orders from Russian defense and shipbuilding companies — a small symbol of how far Russian industrial money has returned to Kyrgyzstan.

The trend has official blessing. Chairman of the Cabinet of Ministers Adylbek Kasymaliev, who took over the government in December, has made Russian investment in processing and mining a priority. At a meeting with Russian Prime Minister Mikhail Mishustin in Moscow in June, Kasymaliev asked for faster approval of joint ventures to assemble agricultural machinery and to process ore from deposits in the Chui and Talas regions.

President Sadyr Japarov has been just as explicit. "Russia is our main economic partner, and we will not close the door to anyone who wants to build factories here," Japarov said in a speech in Cholpon-Ata in July.

The numbers are contested. According to Kyrgyzstan's National Statistics Committee, trade with Russia reached $3.2 billion in 2024. Russian officials have cited figures above $4 billion for the same year. Both sides say they aim to lift annual trade to $5 billion. In the first half of 2025, Kyrgyz data show trade up 9 percent year on year.

Russia also still accounts for more than 80 percent of the remittances that keep many Kyrgyz households afloat.

The flip side is scrutiny from Washington and Brussels. The EU's latest sanctions package listed several Kyrgyz-registered companies for supplying dual-use goods to Russia, and customs officers now check re-exports far more closely than two years ago.

The next test comes in November, when Vladimir Putin is expected in Bishkek for a state visit and a summit of the Collective Security Treaty Organization. Officials in Bishkek hope for a package of investment agreements to be signed during the visit.

Nadira Kasymova is a journalist based in Bishkek.
""",
header_date="September 23, 2025",
date="2025-09-23", date_partial=None, date_source="byline",
date_note="Byline 'September 23, 2025'; no header date; URL gives 2025/09. 'in December' = 2024-12 (Kasymaliev appointed); 'in June', 'in July', 'in November' = 2025.",
people=[
 P("Адылбек Касымалиев", "Adylbek Kasymaliev", "председатель кабинета министров КР", ["Adylbek Kasymaliev", "Kasymaliev"]),
 P("Михаил Мишустин", "Mikhail Mishustin", "председатель правительства РФ", ["Mikhail Mishustin"]),
 P("Садыр Жапаров", "Sadyr Japarov", "президент КР", ["Sadyr Japarov", "Japarov"]),
 P("Владимир Путин", "Vladimir Putin", "президент РФ", ["Vladimir Putin"]),
],
other_names=["Nadira Kasymova"],
figures=[
 F("trade_turnover", 3200000000, "2024", "actual", "trade with Russia reached $3.2 billion in 2024", note="Kyrgyz statistics."),
 F("trade_turnover", 4000000000, "2024", "actual", "Russian officials have cited figures above $4 billion for the same year", "more than", note="Russian figures; disagree with the Kyrgyz ones."),
 F("trade_turnover", 5000000000, "annual", "target", "they aim to lift annual trade to $5 billion"),
 F("trade_turnover_growth_pct", 9, "2025-H1", "actual", "In the first half of 2025, Kyrgyz data show trade up 9 percent year on year"),
 F("russia_share_in_remittances_pct", 80, None, "actual", "Russia also still accounts for more than 80 percent of the remittances", "more than", note="Distractor: remittances."),
],
events=[
 E("2024-12", "Kasymaliev takes over as Chairman of the Cabinet of Ministers", "who took over the government in December", "other", "past", bilateral=False),
 E("2025-06", "Kasymaliev–Mishustin meeting in Moscow", "At a meeting with Russian Prime Minister Mikhail Mishustin in Moscow in June", "meeting", "past"),
 E("2025-11", "Expected state visit of Putin to Bishkek", "Vladimir Putin is expected in Bishkek for a state visit", "visit", "planned"),
 E("2025-11", "CSTO summit in Bishkek", "a summit of the Collective Security Treaty Organization", "conference", "planned", bilateral=False),
 E("2025-11", "Package of investment agreements hoped to be signed during the visit", "Officials in Bishkek hope for a package of investment agreements to be signed during the visit", "agreement", "planned"),
],
))

# ---------------------------------------------------------------- 14
A.append(dict(
file="14_24kg_ru_2026_navigation_seals.txt",
source="https://24.kg/ekonomika/361472_tamojenniki_kyirgyizstana_irossii_dogovorilis_obelektronnyih_plombah/",
lang="ru",
header=None,
body="""Таможенники Кыргызстана и России договорились об электронных пломбах

12 марта, 10:15
Бишкек (24.kg) — Автор: Эльмира Токтогулова

Грузы, следующие из Кыргызстана в Россию транзитом через Казахстан, с 1 апреля начнут отслеживать с помощью электронных навигационных пломб. Соответствующий протокол вчера подписан в Москве по итогам переговоров руководителя ФТС России Валерия Пикалева с делегацией Государственной таможенной службы КР.

Как сообщили в ГТС, пилотный проект охватит грузовики, пересекающие границу через пункты пропуска «Ак-Жол» и «Чалдовар». Пломба фиксирует маршрут машины и любые попытки вскрытия, а данные в режиме реального времени получают таможенные органы трех стран.

«Это снимет вопросы, которые возникают у наших партнеров по поводу реэкспорта, и сократит простои на границе», — отметили в ведомстве.

Глава ФТС, в свою очередь, напомнил, что аналогичная система уже действует на границе России и Казахстана. По словам Пикалева, в прошлом году через нее прошло более 40 тысяч транзитных грузов.

Накануне переговоров вице-премьер — министр водных ресурсов, сельского хозяйства и перерабатывающей промышленности Бакыт Торобаев провел встречу с руководителем Россельхознадзора Сергеем Данквертом. Стороны обсудили аттестацию кыргызских лабораторий и допуск новых предприятий к экспорту мяса в Россию.

Председатель кабмина Адылбек Касымалиев ранее поручил ГТС и Минэкономики до конца месяца подготовить предложения по цифровизации пунктов учета товаров из стран ЕАЭС.

Напомним, товарооборот Кыргызстана и России в прошлом году вырос на 6,1%. На долю России приходится почти четверть внешней торговли республики.

Следующее заседание межправительственной комиссии запланировано на осень в Бишкеке.

Фото из архива 24.kg
""",
header_date="12 марта",
date=None, date_partial="????-03-12", date_source="body",
date_note="Only '12 марта, 10:15' — no year anywhere (URL has none). Officials bound it only loosely (Pikalev heads the FCS since 2024, Kasymaliev chairs the cabinet since December 2024), so the year is not inferable. 'вчера' = ????-03-11.",
people=[
 P("Валерий Пикалев", "Валерия Пикалева", "руководитель ФТС России", ["Валерия Пикалева", "Пикалева"]),
 P("Бакыт Торобаев", "Бакыт Торобаев", "заместитель председателя кабинета министров – министр водных ресурсов, сельского хозяйства и перерабатывающей промышленности КР", ["Бакыт Торобаев"]),
 P("Сергей Данкверт", "Сергеем Данквертом", "руководитель Россельхознадзора", ["Сергеем Данквертом"]),
 P("Адылбек Касымалиев", "Адылбек Касымалиев", "председатель кабинета министров КР", ["Адылбек Касымалиев"]),
],
other_names=["Эльмира Токтогулова"],
figures=[
 F("transit_consignments_count", 40000, None, "actual", "в прошлом году через нее прошло более 40 тысяч транзитных грузов", "more than", note="Distractor: Russia–Kazakhstan system, year not given.", period_text="в прошлом году"),
 F("trade_turnover_growth_pct", 6.1, None, "actual", "товарооборот Кыргызстана и России в прошлом году вырос на 6,1%", note="'в прошлом году' on a yearless page: period unknown.", period_text="в прошлом году"),
 F("russia_share_in_kyrgyz_trade_pct", 25, None, "actual", "На долю России приходится почти четверть внешней торговли республики", "almost", note="'почти четверть'."),
],
events=[
 E(None, "Protocol on electronic navigation seals signed in Moscow after Pikalev's talks with the Kyrgyz customs delegation", "Соответствующий протокол вчера подписан в Москве по итогам переговоров руководителя ФТС России Валерия Пикалева с делегацией Государственной таможенной службы КР", "agreement", "past", date_partial="????-03-11"),
 E(None, "Electronic navigation seals start on cargo in transit via Kazakhstan", "с 1 апреля начнут отслеживать с помощью электронных навигационных пломб", "other", "planned", date_partial="????-04-01"),
 E(None, "Torobaev–Dankvert meeting on laboratories and meat exports", "Накануне переговоров вице-премьер — министр водных ресурсов, сельского хозяйства и перерабатывающей промышленности Бакыт Торобаев провел встречу с руководителем Россельхознадзора Сергеем Данквертом", "meeting", "past", date_partial="????-03-10"),
 E(None, "Next session of the intergovernmental commission in Bishkek (autumn)", "Следующее заседание межправительственной комиссии запланировано на осень в Бишкеке", "igc_session", "planned"),
],
))
