from common import P, F, E

ARTICLES = []

# ---------------------------------------------------------------- 08
ARTICLES.append(dict(
file="08_vecherniybishkek_ru_2000_zakon_ob_oficialnom_yazyke.txt",
source="http://www.vb.kg/arhiv/vb-31-05/zakon-o-yazyke",
lang="ru", header_line=None, header_date="Среда, 31 мая",
date="2000-05-31", date_partial=None, date_source="body_day_month+inferred_year",
date_note="Issue line 'Среда, 31 мая' has no year. Year inferred from the body: 'в будущем году республика отметит десятилетие независимости, провозглашенной 31 августа 1991 года' → 2000 (and 31 May 2000 was a Wednesday). '29 мая с.г.' = 2000-05-29.",
body="""ВЕЧЕРНИЙ БИШКЕК
Среда, 31 мая
Общество

РУССКИЙ ПОЛУЧИЛ СТАТУС

Закон подписан. Что дальше?

Президент Аскар Акаев 29 мая с.г. подписал закон «Об официальном языке Кыргызской Республики», принятый Законодательным собранием Жогорку Кенеша в начале месяца. Согласно документу, русский язык используется в органах государственной власти, местного самоуправления и в делопроизводстве наравне с государственным.

Для многих русскоязычных горожан закон стал долгожданным. «Теперь хоть не страшно, что ребенку после школы дорога одна — в Россию», — говорит учительница бишкекской гимназии № 5. Отток населения в последние годы действительно замедлился, но не прекратился: по данным Национального статистического комитета, в прошлом году республику покинули свыше 20 тысяч человек.

Премьер-министр Амангельды Муралиев на встрече с представителями национально-культурных центров в понедельник пообещал, что правительство в течение трех месяцев утвердит порядок применения закона. «Никаких кампаний по переводу делопроизводства не будет», — заверил глава кабмина.

Москва отреагировала на событие быстро. Министр иностранных дел России Игорь Иванов в телеграмме своему киргизскому коллеге Муратбеку Иманалиеву назвал закон «важным шагом, укрепляющим доверие между нашими народами». Российская сторона, по информации «ВБ», готова выделить около 2 млн долларов на поставку учебников на русском языке для сельских школ.

Вопрос о статусе русского языка будет поднят и на предстоящем в июле визите президента Акаева в Москву, где, как ожидается, будет подписан новый базовый документ о союзнических отношениях двух стран.

В будущем году республика отметит десятилетие независимости, провозглашенной 31 августа 1991 года. Многие эксперты считают, что закон об официальном языке — один из немногих шагов последнего десятилетия, который сплотил, а не разделил общество.

Нина ВАСИЛЬЕВА
Фото Бориса Кима
""",
people=[
 P("Аскар Акаев", "Аскар Акаев", "президент Киргизии", ["Аскар Акаев", "Акаева"]),
 P("Амангельды Муралиев", "Амангельды Муралиев", "премьер-министр Киргизии", ["Амангельды Муралиев"]),
 P("Игорь Иванов", "Игорь Иванов", "министр иностранных дел России", ["Игорь Иванов"]),
 P("Муратбек Иманалиев", "Муратбеку Иманалиеву", "министр иностранных дел Киргизии", ["Муратбеку Иманалиеву"]),
],
other_names=["Нина ВАСИЛЬЕВА", "Бориса Кима"],
figures=[
 F("emigration_persons", 20000, "1999", "actual", "в прошлом году республику покинули свыше 20 тысяч человек", qualifier="more than", period_text="в прошлом году", note="Distractor: emigration count."),
 F("aid_textbooks_usd", 2000000, None, "forecast", "готова выделить около 2 млн долларов на поставку учебников на русском языке", qualifier="about", note="Distractor: planned aid, not trade."),
],
events=[
 E("2000-05-29", "Akayev signed the law 'On the official language of the Kyrgyz Republic' (Russian as official language)", "Президент Аскар Акаев 29 мая с.г. подписал закон «Об официальном языке Кыргызской Республики»", "other", "past", date_note="Domestic act concerning the Russian language; counted as a pair-relevant milestone."),
 E("2000-07", "Planned visit of Akayev to Moscow in July with a new basic document on allied relations expected", "предстоящем в июле визите президента Акаева в Москву", "visit", "planned"),
 E("1991-08-31", "Kyrgyzstan's independence proclaimed (10th anniversary next year)", "В будущем году республика отметит десятилетие независимости, провозглашенной 31 августа 1991 года", "anniversary", "planned", bilateral=False, date_note="The anniversary itself falls in 2001; the quoted date is the 1991 proclamation. Not a pair event."),
],
))

# ---------------------------------------------------------------- 09
ARTICLES.append(dict(
file="09_respublica_ru_2002_dolg_parizhskiy_klub.txt",
source="http://www.respublica.kg/archive/2002/10/dolg.html",
lang="ru", header_line="2002-03-12", header_date="12 марта 2002 г.",
date="2002-03-12", date_partial=None, date_source="body",
date_note="Issue line '№ 10 (445), 12 марта 2002 г.'. '7 марта' = 2002-03-07; 'на следующей неделе' = week of 18 March 2002; 'в мае прошлого года' = 2001-05.",
body="""Res Publica
№ 10 (445), 12 марта 2002 г.
Экономика

ДОЛГИ НАШИ

Парижский клуб дал отсрочку. Москва думает

Бермет АСАНОВА

7 марта в Париже правительство Кыргызстана и страны — кредиторы Парижского клуба подписали протокол о реструктуризации задолженности республики. Речь идет о платежах примерно на 100 млн долларов, которые переносятся на более поздний срок. Самый крупный двусторонний кредитор среди членов клуба — Россия: по данным Минфина, долг перед ней составляет около 160 млн долларов.

Однако протокол — лишь рамка. Конкретные условия придется согласовывать с каждым кредитором отдельно, и российская сторона, по нашим сведениям, не торопится. Премьер-министр Курманбек Бакиев на следующей неделе отправится в Москву, где намерен обсудить с председателем правительства РФ Михаилом Касьяновым вопрос о переводе части долга в собственность российских компаний — в обмен на доли в киргизских предприятиях.

Эту схему продвигает первый вице-премьер Николай Танаев, курирующий в правительстве промышленность. По словам Танаева, речь может идти об акциях оборонных заводов и энергетических объектов. В оппозиции считают, что таким образом правительство «распродает последнее».

Министр финансов России Алексей Кудрин в недавнем интервью «Коммерсанту» заявил, что Москва готова рассмотреть «рыночные инструменты», но прямого списания не будет.

Торговые связи при этом растут. Товарооборот между Кыргызстаном и Россией в 2001 году, по данным Нацстаткома, составил 184,6 млн долларов, что на 7,4% больше, чем годом ранее. Стороны договорились в перспективе довести его до 300 млн долларов в год. Для сравнения: весь внешний долг республики превышает 1,6 млрд долларов, то есть почти в девять раз больше годового оборота с главным торговым партнером.

Отдельная статья — мигранты. По оценкам Нацбанка, переводы кыргызстанцев, работающих в России, в прошлом году превысили 50 млн долларов, хотя реальная сумма, по мнению экспертов, в несколько раз выше.

Напомним, что в мае прошлого года в Минске, на первом заседании Межгосударственного совета ЕврАзЭС, президент Аскар Акаев предлагал коллегам создать общий механизм урегулирования долгов внутри Сообщества. Эта идея поддержки не нашла.

Фото из архива «Res Publica»
""",
people=[
 P("Курманбек Бакиев", "Курманбек Бакиев", "премьер-министр Киргизии", ["Курманбек Бакиев"]),
 P("Михаил Касьянов", "Михаилом Касьяновым", "председатель правительства РФ", ["Михаилом Касьяновым"]),
 P("Николай Танаев", "Николай Танаев", "первый вице-премьер Киргизии", ["Николай Танаев", "Танаева"]),
 P("Алексей Кудрин", "Алексей Кудрин", "министр финансов России", ["Алексей Кудрин"]),
 P("Аскар Акаев", "Аскар Акаев", "президент Киргизии", ["Аскар Акаев"]),
],
other_names=["Бермет АСАНОВА"],
figures=[
 F("trade_turnover", 184600000, "2001", "actual", "Товарооборот между Кыргызстаном и Россией в 2001 году, по данным Нацстаткома, составил 184,6 млн долларов"),
 F("trade_turnover_growth_pct", 7.4, "2001", "actual", "что на 7,4% больше, чем годом ранее"),
 F("trade_turnover", 300000000, "annual", "target", "довести его до 300 млн долларов в год"),
 F("paris_club_rescheduled_usd", 100000000, None, "actual", "Речь идет о платежах примерно на 100 млн долларов", qualifier="about", note="Distractor: rescheduled Paris Club payments."),
 F("kyrgyz_debt_to_russia_usd", 160000000, None, "actual", "долг перед ней составляет около 160 млн долларов", qualifier="about", note="Distractor: debt to Russia."),
 F("kyrgyz_external_debt_usd", 1600000000, None, "actual", "весь внешний долг республики превышает 1,6 млрд долларов", qualifier="more than", note="Distractor: total external debt."),
 F("remittances_from_russia_usd", 50000000, "2001", "actual", "переводы кыргызстанцев, работающих в России, в прошлом году превысили 50 млн долларов", qualifier="more than", period_text="в прошлом году", note="Distractor: remittances."),
],
events=[
 E("2002-03-07", "Kyrgyzstan and Paris Club creditors signed a debt rescheduling protocol in Paris", "7 марта в Париже правительство Кыргызстана и страны — кредиторы Парижского клуба подписали протокол о реструктуризации задолженности республики", "agreement", "past", bilateral=False),
 E("2002-03", "Planned visit of PM Bakiyev to Moscow for talks with Kasyanov on the debt", "Премьер-министр Курманбек Бакиев на следующей неделе отправится в Москву, где намерен обсудить с председателем правительства РФ Михаилом Касьяновым", "visit", "planned", date_note="'на следующей неделе' after 2002-03-12."),
 E("2001-05", "First session of the EurAsEC Interstate Council in Minsk, where Akayev proposed a debt settlement mechanism", "в мае прошлого года в Минске, на первом заседании Межгосударственного совета ЕврАзЭС", "conference", "past", bilateral=False),
],
))

# ---------------------------------------------------------------- 10
ARTICLES.append(dict(
file="10_kabar_ru_2003_krsu_obrazovanie.txt",
source="http://www.kabar.kg/arhiv/2003/06/04/obrazovanie-filippov.html",
lang="ru", header_line=None, header_date="4 июня",
date="2003-06-04", date_partial=None, date_source="url+body_day_month",
date_note="Dateline 'БИШКЕК, 4 июня. /Кабар/' has no year; the year comes only from the address (/2003/06/04/). Consistent with the body: 10th anniversary of KRSU founded in 1993.",
body="""Новости | Политика | Образование

Россия и Кыргызстан подписали соглашение о сотрудничестве в сфере образования

БИШКЕК, 4 июня. /Кабар/. Министр образования Российской Федерации Владимир Филиппов, находящийся в Кыргызстане с рабочим визитом, сегодня провел переговоры с премьер-министром Николаем Танаевым. По итогам встречи стороны подписали межправительственное соглашение о сотрудничестве в области образования, предусматривающее взаимное признание документов об образовании и увеличение квот для кыргызстанских студентов в российских вузах.

Как отметил Николай Танаев, русский язык, имеющий в Кыргызстане статус официального, «является важнейшим инструментом интеграции нашей молодежи в образовательное пространство СНГ». По его словам, правительство рассчитывает, что число бюджетных мест для граждан республики в России в ближайшие годы вырастет вдвое.

Владимира Филиппова также принял президент Кыргызской Республики Аскар Акаев. Глава государства высоко оценил роль Кыргызско-Российского Славянского университета, который в этом году отмечает десятилетие. Университет был учрежден в 1993 году по соглашению двух правительств; сегодня в нем обучаются более 6 тысяч студентов. Российская сторона ежегодно выделяет на содержание вуза около 150 млн рублей.

Торжества по случаю 10-летия КРСУ пройдут в сентябре, в них, как ожидается, примет участие делегация Государственной думы.

В беседе участвовал Чрезвычайный и Полномочный Посол России в Кыргызстане Евгений Шмагин. Посол сообщил, что в текущем году в школы республики будет передано более 200 тысяч российских учебников.

Стороны также коснулись экономической повестки. Филиппов передал Акаеву послание председателя правительства РФ Михаила Касьянова. Согласно данным Национального статистического комитета, за январь–апрель текущего года товарооборот между двумя странами вырос на 20 процентов.

Осенью, как ожидается, состоится открытие авиабазы в Канте, соглашение о размещении которой находится в стадии подготовки.

Пресс-служба Правительства КР / Кабар

Фото: Тимур Абдыкеримов
""",
people=[
 P("Владимир Филиппов", "Владимир Филиппов", "министр образования РФ", ["Владимир Филиппов", "Владимира Филиппова", "Филиппов"]),
 P("Николай Танаев", "Николаем Танаевым", "премьер-министр Киргизии", ["Николаем Танаевым", "Николай Танаев"]),
 P("Аскар Акаев", "Аскар Акаев", "президент Киргизии", ["Аскар Акаев", "Акаеву"]),
 P("Евгений Шмагин", "Евгений Шмагин", "посол России в Киргизии", ["Евгений Шмагин"]),
 P("Михаил Касьянов", "Михаила Касьянова", "председатель правительства РФ", ["Михаила Касьянова"]),
],
other_names=["Тимур Абдыкеримов"],
figures=[
 F("trade_turnover_growth_pct", 20, "2003-4M", "actual", "за январь–апрель текущего года товарооборот между двумя странами вырос на 20 процентов", period_text="за январь–апрель текущего года"),
 F("krsu_funding_rub", 150000000, "annual", "actual", "ежегодно выделяет на содержание вуза около 150 млн рублей", qualifier="about", note="Distractor: Russian funding of KRSU, in roubles."),
],
events=[
 E("2003-06-04", "Filippov–Tanayev talks in Bishkek (working visit of the Russian education minister)", "сегодня провел переговоры с премьер-министром Николаем Танаевым", "meeting", "past"),
 E("2003-06-04", "Intergovernmental agreement on cooperation in education signed", "стороны подписали межправительственное соглашение о сотрудничестве в области образования", "agreement", "past"),
 E("2003-06-04", "Akayev received Filippov", "Владимира Филиппова также принял президент Кыргызской Республики Аскар Акаев", "meeting", "past"),
 E("1993", "Kyrgyz-Russian Slavic University founded by intergovernmental agreement", "Университет был учрежден в 1993 году по соглашению двух правительств", "agreement", "past"),
 E("2003-09", "Celebrations of the 10th anniversary of KRSU", "Торжества по случаю 10-летия КРСУ пройдут в сентябре", "anniversary", "planned"),
 E("2003", "Opening of the air base in Kant expected in the autumn", "Осенью, как ожидается, состоится открытие авиабазы в Канте", "other", "planned"),
],
))

# ---------------------------------------------------------------- 11
ARTICLES.append(dict(
file="11_reuters_en_2003_kant_air_base.txt",
source="https://www.reuters.com/article/worldNews/idUSL2343112320031023",
lang="en", header_line="2003-10-23", header_date="Thu Oct 23, 2003",
date="2003-10-23", date_partial=None, date_source="body",
date_note="'Thu Oct 23, 2003 10:41 AM ET' and dateline 'KANT, Kyrgyzstan, Oct 23'. 'last month' = 2003-09; 'last year' = 2002; 'later on Thursday' = same day.",
body="""Putin opens first new Russian base abroad since Soviet collapse
Thu Oct 23, 2003 10:41 AM ET

By Maxim Kulikov

KANT, Kyrgyzstan, Oct 23 (Reuters) - President Vladimir Putin opened a Russian air base in Kyrgyzstan on Thursday, Moscow's first new military outpost abroad since the break-up of the Soviet Union and a clear signal that it intends to keep a foothold in Central Asia alongside U.S. forces.

Putin and Kyrgyz President Askar Akayev watched Sukhoi jets and helicopters fly over the runway at Kant, a former Soviet pilot training school 20 km (12 miles) east of the capital Bishkek, under an agreement signed last month.

"This base will strengthen security not only of Kyrgyzstan but of the whole region," Putin told servicemen at the ceremony. Akayev called Russia "our main strategic partner."

The base, formally part of the rapid reaction force of the Collective Security Treaty Organisation, will house about 700 personnel and up to 20 aircraft, Defence Minister Sergei Ivanov told reporters. He said Russia would spend around $30 million on upgrading the airfield over the next few years.

The U.S.-led coalition has used Manas airport, less than an hour's drive away on the other side of Bishkek, since December 2001 to support operations in Afghanistan. Akayev has said both bases can coexist.

Kyrgyz Prime Minister Nikolai Tanayev said the two leaders also discussed Kyrgyzstan's debt to Russia and ways to boost trade, which reached $258 million last year. Kyrgyzstan's total foreign debt stands at about $1.8 billion, one of the highest in the former Soviet Union relative to output.

Putin was due to hold talks with Akayev in Bishkek later on Thursday before flying home. Officials said the leaders would sign a joint statement on economic cooperation.

The Kant base is the latest sign of a Kremlin drive to reassert influence in ex-Soviet Central Asia. Russia already keeps a motorised rifle division in Tajikistan and is negotiating a permanent base there.

(Additional reporting by Svetlana Orlova in Moscow)

© Reuters 2003. All rights reserved.
""",
people=[
 P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin", "Putin"]),
 P("Аскар Акаев", "Askar Akayev", "президент Киргизии", ["Askar Akayev", "Akayev"]),
 P("Сергей Иванов", "Sergei Ivanov", "министр обороны России", ["Sergei Ivanov"]),
 P("Николай Танаев", "Nikolai Tanayev", "премьер-министр Киргизии", ["Nikolai Tanayev"]),
],
other_names=["Maxim Kulikov", "Svetlana Orlova"],
figures=[
 F("trade_turnover", 258000000, "2002", "actual", "ways to boost trade, which reached $258 million last year", period_text="last year"),
 F("kant_base_investment_usd", 30000000, None, "forecast", "Russia would spend around $30 million on upgrading the airfield", qualifier="about", note="Distractor: base upgrade spending."),
 F("kyrgyz_external_debt_usd", 1800000000, None, "actual", "Kyrgyzstan's total foreign debt stands at about $1.8 billion", qualifier="about", note="Distractor: total foreign debt."),
],
events=[
 E("2003-10-23", "Putin and Akayev opened the Russian air base at Kant", "President Vladimir Putin opened a Russian air base in Kyrgyzstan on Thursday", "other", "past"),
 E("2003-09", "Agreement on the Kant air base signed", "under an agreement signed last month", "agreement", "past"),
 E("2001-12", "US-led coalition has used Manas airport since December 2001", "The U.S.-led coalition has used Manas airport, less than an hour's drive away on the other side of Bishkek, since December 2001", "other", "ongoing", bilateral=False),
 E("2003-10-23", "Putin–Akayev talks in Bishkek later on Thursday", "Putin was due to hold talks with Akayev in Bishkek later on Thursday", "meeting", "planned"),
 E("2003-10-23", "Joint statement on economic cooperation to be signed", "the leaders would sign a joint statement on economic cooperation", "agreement", "planned"),
],
))

# ---------------------------------------------------------------- 12
ARTICLES.append(dict(
file="12_bbcmonitoring_en_nodate_kyrgyz_press_digest.txt",
source="http://www.monitor.bbc.co.uk/cau/digests/kyrgyz_press_27dec.html",
lang="en", header_line=None, header_date="27 Dec",
date=None, date_partial="????-12-27", date_source="body_day_month",
date_note="Digest heading 'Kyrgyz press highlights 27 Dec' and 'published on 27 December'; no year anywhere. Item dates '24 December', '30 November', 'January-November' also lack a year. (Externally the items fit December 2001, but the page gives no year.)",
body="""BBC Monitoring Central Asia Unit
Source: Kyrgyz press in Russian and Kyrgyz

Kyrgyz press highlights 27 Dec

The following is a selection of the main stories in Kyrgyz newspapers published on 27 December. BBC Monitoring may not have verified the reports and does not vouch for their accuracy.

Slovo Kyrgyzstana (state-owned, in Russian)

1. President Askar Akayev on 24 December signed the law amending Article 5 of the constitution, under which Russian becomes an official language of the Kyrgyz Republic. The article quotes Akayev as saying that the amendment "is not a gift to anybody but a recognition of reality". (p1; 600 words)

2. Prime Minister Kurmanbek Bakiyev received the Russian ambassador to discuss preparations for the next session of the intergovernmental commission, due in Moscow in February. (p2; 300 words)

Kyrgyz Tuusu (state-owned, in Kyrgyz)

3. Commentary criticizes the constitutional amendment on Russian, saying the state language "has again been pushed into the kitchen". (p3; 900 words)

Vecherniy Bishkek (private, in Russian)

4. Kyrgyz-Russian trade turnover in January-November amounted to 172.3 million dollars, up 6 per cent on the same period last year, the National Statistics Committee says. Kazakhstan remained the second largest partner with 140 million dollars. (p4; 250 words)

5. Report on the CIS summit in Moscow on 30 November says that Akayev and Russian President Vladimir Putin held a "one-to-one" meeting on the sidelines, discussing the Russian military presence and the return of Russian border guards' property. (p2; 700 words)

Res Publica (independent, in Russian)

6. Opposition deputy argues that Russia should write off Kyrgyz debt of about 150 million dollars in exchange for the official status of Russian. The paper says Bakiyev's government has "no strategy on debts". (p1; 1,100 words)

[Passage omitted: other reports]

Source: Kyrgyz press digest, in English 27 Dec
BBC Mon CAU Influx mh
""",
people=[
 P("Аскар Акаев", "Askar Akayev", "президент Киргизии", ["Askar Akayev", "Akayev"]),
 P("Курманбек Бакиев", "Kurmanbek Bakiyev", "премьер-министр Киргизии", ["Kurmanbek Bakiyev", "Bakiyev's"]),
 P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin"]),
],
other_names=[],
figures=[
 F("trade_turnover", 172300000, None, "actual", "Kyrgyz-Russian trade turnover in January-November amounted to 172.3 million dollars", period_text="in January-November", note="Eleven months of a year the page does not state: period null."),
 F("trade_turnover_growth_pct", 6, None, "actual", "up 6 per cent on the same period last year", period_text="the same period last year"),
 F("third_country_trade_kyrgyzstan_kazakhstan", 140000000, None, "actual", "Kazakhstan remained the second largest partner with 140 million dollars", note="Distractor: Kazakhstan."),
 F("kyrgyz_debt_to_russia_usd", 150000000, None, "actual", "Kyrgyz debt of about 150 million dollars", qualifier="about", note="Distractor: debt."),
],
events=[
 E(None, "Akayev signed the constitutional amendment making Russian an official language", "President Askar Akayev on 24 December signed the law amending Article 5 of the constitution", "other", "past", date_partial="????-12-24", date_note="No year on the page. Domestic act concerning Russian; counted as pair-relevant."),
 E(None, "Bakiyev received the Russian ambassador", "Prime Minister Kurmanbek Bakiyev received the Russian ambassador", "meeting", "past", date_note="Day not stated; year unknown."),
 E(None, "Next session of the intergovernmental commission due in Moscow in February", "the next session of the intergovernmental commission, due in Moscow in February", "igc_session", "planned", date_partial="????-02"),
 E(None, "CIS summit in Moscow", "the CIS summit in Moscow on 30 November", "conference", "past", bilateral=False, date_partial="????-11-30"),
 E(None, "Akayev–Putin one-to-one meeting on the sidelines of the CIS summit", "Akayev and Russian President Vladimir Putin held a \"one-to-one\" meeting on the sidelines", "meeting", "past", date_partial="????-11-30"),
],
))

# ---------------------------------------------------------------- 13
ARTICLES.append(dict(
file="13_vedomosti_ru_2007_evrazes_dushanbe.txt",
source="https://www.vedomosti.ru/newspaper/articles/2007/10/08/tamozhennyj-soyuz-bez-kirgizii",
lang="ru", header_line="2007-10-08", header_date="08.10.2007",
date="2007-10-08", date_partial=None, date_source="body",
date_note="Issue line '№ 190 (1966), 08.10.2007'. 'в субботу' = 2007-10-06 (Dushanbe summit); 'в ноябре' = 2007-11.",
body="""Ведомости
№ 190 (1966), 08.10.2007

Таможенный союз без Киргизии

Анна Корнилова
Ведомости

Лидеры России, Белоруссии и Казахстана в субботу на саммите ЕврАзЭС в Душанбе подписали договор о создании единой таможенной территории и формировании Таможенного союза. Киргизия и Таджикистан присоединятся к союзу позднее, "по мере готовности", говорится в итоговом документе.

Президент Киргизии Курманбек Бакиев заявил журналистам, что республике нужно время, чтобы согласовать свои обязательства в ВТО, куда она вступила еще в 1998 г., с единым таможенным тарифом "тройки". Бакиев в субботу встретился с Владимиром Путиным на полях саммита. Стороны, по словам пресс-секретаря киргизского президента, обсудили энергетические проекты и долг Киргизии перед Россией — около $180 млн.

Российские компании уже входят в киргизскую экономику. "Газпром" ведет переговоры о геологоразведке на юге республики, а объем накопленных российских инвестиций в Киргизии, по оценке киргизского Госкомитета по инвестициям, составляет около $250 млн.

Торговля между двумя странами растет быстрее, чем ожидалось. За январь—август 2007 г. товарооборот вырос на 43% до $768 млн, по данным ФТС. По итогам 2006 г. он составил $812 млн. Россия — крупнейший торговый партнер Киргизии: на нее приходится около 20% внешнеторгового оборота республики. В правительстве Киргизии рассчитывают довести оборот с Россией до $1,5 млрд к 2010 г.

Премьер-министр Киргизии Алмазбек Атамбаев, на прошлой неделе побывавший в Москве, договорился с председателем правительства РФ Виктором Зубковым провести заседание межправительственной комиссии в ноябре в Бишкеке. По словам Атамбаева, на нем планируется подписать соглашение о пенсионном обеспечении трудовых мигрантов.

Эксперт Института стран СНГ Олег Петров считает, что вступление Киргизии в союз — вопрос "нескольких лет, а не месяцев". "Киргизии выгоднее сначала получить от России решение по долгу и энергетике", — полагает он.

Читайте также: Зубков пообещал Душанбе кредит
""",
people=[
 P("Курманбек Бакиев", "Курманбек Бакиев", "президент Киргизии", ["Курманбек Бакиев", "Бакиев"]),
 P("Владимир Путин", "Владимиром Путиным", "президент России", ["Владимиром Путиным"]),
 P("Алмазбек Атамбаев", "Алмазбек Атамбаев", "премьер-министр Киргизии", ["Алмазбек Атамбаев", "Атамбаева"]),
 P("Виктор Зубков", "Виктором Зубковым", "председатель правительства РФ", ["Виктором Зубковым", "Зубков"]),
],
other_names=["Анна Корнилова", "Олег Петров"],
figures=[
 F("trade_turnover_growth_pct", 43, "2007-8M", "actual", "За январь—август 2007 г. товарооборот вырос на 43% до $768 млн", period_text="За январь—август 2007 г."),
 F("trade_turnover", 768000000, "2007-8M", "actual", "За январь—август 2007 г. товарооборот вырос на 43% до $768 млн", period_text="За январь—август 2007 г."),
 F("trade_turnover", 812000000, "2006", "actual", "По итогам 2006 г. он составил $812 млн"),
 F("russia_share_in_kyrgyz_trade_pct", 20, None, "actual", "на нее приходится около 20% внешнеторгового оборота республики", qualifier="about"),
 F("trade_turnover", 1500000000, "2010", "target", "довести оборот с Россией до $1,5 млрд к 2010 г."),
 F("kyrgyz_debt_to_russia_usd", 180000000, None, "actual", "долг Киргизии перед Россией — около $180 млн", qualifier="about", note="Distractor: debt."),
 F("russian_investment_stock_usd", 250000000, None, "actual", "объем накопленных российских инвестиций в Киргизии, по оценке киргизского Госкомитета по инвестициям, составляет около $250 млн", qualifier="about", note="Distractor: accumulated investment."),
],
events=[
 E("2007-10-06", "EurAsEC summit in Dushanbe: Russia, Belarus and Kazakhstan signed the treaty on a single customs territory and Customs Union", "Лидеры России, Белоруссии и Казахстана в субботу на саммите ЕврАзЭС в Душанбе подписали договор о создании единой таможенной территории и формировании Таможенного союза", "conference", "past", bilateral=False),
 E("2007-10-06", "Bakiyev–Putin meeting on the sidelines of the Dushanbe summit", "Бакиев в субботу встретился с Владимиром Путиным на полях саммита", "meeting", "past"),
 E("1998", "Kyrgyzstan joined the WTO", "куда она вступила еще в 1998 г.", "other", "past", bilateral=False),
 E("2007-10", "Atambayev's visit to Moscow and agreement with Zubkov", "Алмазбек Атамбаев, на прошлой неделе побывавший в Москве, договорился с председателем правительства РФ Виктором Зубковым", "visit", "past", date_note="'на прошлой неделе' before 2007-10-08: week of 1 October 2007."),
 E("2007-11", "Intergovernmental commission session planned in Bishkek in November", "провести заседание межправительственной комиссии в ноябре в Бишкеке", "igc_session", "planned"),
 E("2007-11", "Agreement on pensions of labour migrants to be signed at the commission session", "планируется подписать соглашение о пенсионном обеспечении трудовых мигрантов", "agreement", "planned"),
],
))

# ---------------------------------------------------------------- 14
ARTICLES.append(dict(
file="14_eurasianet_en_2008_bishkek_moscow_cis_summit.txt",
source="http://www.eurasianet.org/departments/business/articles/eav101408.shtml",
lang="en", header_line="2008-10-14", header_date="10/14/08",
date="2008-10-14", date_partial=None, date_source="body",
date_note="EurasiaNet stamp '10/14/08' (URL eav101408 agrees). 'October 10' = 2008-10-10; 'last month' = 2008-09; 'in late August' = 2008-08.",
body="""EurasiaNet Business & Economics
10/14/08

KYRGYZSTAN: BISHKEK LOOKS TO MOSCOW FOR A LIFELINE AS CRISIS BITES

Timur Osmonov

Kyrgyz President Kurmanbek Bakiyev used the Commonwealth of Independent States summit, held in Bishkek on October 10, to press his Russian counterpart for economic help. Bakiyev and Dmitry Medvedev met for more than an hour on the sidelines of the gathering, and Kyrgyz officials afterwards described the talks as "very concrete."

The agenda was set last month, when Prime Minister Igor Chudinov traveled to Moscow and met with Russian Prime Minister Vladimir Putin. According to sources in the Kyrgyz government, Chudinov asked for Russian participation in completing the Kambarata-1 hydropower plant and for a solution to Kyrgyzstan's debt to Russia, estimated at $180 million.

Russia's ambassador in Bishkek, Valentin Vlasov, told EurasiaNet that "Russia does not abandon its friends," but declined to discuss figures. Vlasov said a new intergovernmental agreement on energy cooperation could be ready "before the end of the year."

Economic ties have grown quickly. Russian-Kyrgyz trade reached $1.3 billion in 2007 and grew by 40 percent in the first half of 2008, according to Kyrgyz statistics. But the more important flow for many Kyrgyz households is remittances: migrants working in Russia sent home an estimated $1.2 billion last year, a figure equivalent to almost a third of the country's GDP. With Russian construction sites now shedding jobs, economists in Bishkek fear that figure will fall sharply in 2009.

Bishkek has also been careful to stay close to Moscow politically. In late August, at the Shanghai Cooperation Organization summit in Dushanbe, Kyrgyz officials avoided any criticism of Russia's actions in Georgia.

Some analysts warn that Bakiyev is seeking to play Russia against the United States, which still operates the Manas air base outside Bishkek. "Moscow will want something in return," said one Western diplomat.

Editor's Note: Timur Osmonov is a freelance journalist based in Bishkek.

Posted October 14, 2008 © Eurasianet
""",
people=[
 P("Курманбек Бакиев", "Kurmanbek Bakiyev", "президент Киргизии", ["Kurmanbek Bakiyev", "Bakiyev"]),
 P("Дмитрий Медведев", "Dmitry Medvedev", "президент России", ["Dmitry Medvedev"]),
 P("Игорь Чудинов", "Igor Chudinov", "премьер-министр Киргизии", ["Igor Chudinov", "Chudinov"]),
 P("Владимир Путин", "Vladimir Putin", "председатель правительства РФ", ["Vladimir Putin"]),
 P("Валентин Власов", "Valentin Vlasov", "посол России в Киргизии", ["Valentin Vlasov", "Vlasov"]),
],
other_names=["Timur Osmonov"],
figures=[
 F("trade_turnover", 1300000000, "2007", "actual", "Russian-Kyrgyz trade reached $1.3 billion in 2007"),
 F("trade_turnover_growth_pct", 40, "2008-H1", "actual", "grew by 40 percent in the first half of 2008", period_text="in the first half of 2008"),
 F("kyrgyz_debt_to_russia_usd", 180000000, None, "actual", "Kyrgyzstan's debt to Russia, estimated at $180 million", note="Distractor: debt."),
 F("remittances_from_russia_usd", 1200000000, "2007", "actual", "migrants working in Russia sent home an estimated $1.2 billion last year", period_text="last year", note="Distractor: remittances, same order of magnitude as trade."),
 F("remittances_share_of_gdp_pct", 33, "2007", "actual", "a figure equivalent to almost a third of the country's GDP", qualifier="almost", note="Distractor: remittances as share of GDP ('almost a third')."),
],
events=[
 E("2008-10-10", "CIS summit in Bishkek", "the Commonwealth of Independent States summit, held in Bishkek on October 10", "conference", "past", bilateral=False),
 E("2008-10-10", "Bakiyev–Medvedev meeting on the sidelines of the CIS summit", "Bakiyev and Dmitry Medvedev met for more than an hour on the sidelines of the gathering", "meeting", "past"),
 E("2008-09", "Chudinov's visit to Moscow and meeting with Putin", "Prime Minister Igor Chudinov traveled to Moscow and met with Russian Prime Minister Vladimir Putin", "visit", "past"),
 E("2008", "New intergovernmental agreement on energy cooperation could be ready before the end of the year", "a new intergovernmental agreement on energy cooperation could be ready \"before the end of the year.\"", "agreement", "planned"),
 E("2008-08", "SCO summit in Dushanbe", "at the Shanghai Cooperation Organization summit in Dushanbe", "conference", "past", bilateral=False),
],
))
