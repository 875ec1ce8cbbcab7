# Articles 01-05 of heldout137: text and gold annotation side by side.
A = []

A.append(dict(
file="01_rg_ru_2002_zakon_inostrancy.txt",
source="https://rg.ru/2002/11/05/migranty-kirgizija.html",
lang="ru",
header="2002-11-05",
body="""Общество / Миграция

Мигрант без права на ошибку

С 1 ноября вступил в силу закон о правовом положении иностранцев. Граждан Киргизии он касается в первую очередь

Текст: Ольга Кравченко
05.11.2002

С пятницы, 1 ноября, в России действует федеральный закон «О правовом положении иностранных граждан в Российской Федерации», подписанный президентом Владимиром Путиным еще 25 июля. Теперь иностранец, приехавший без визы, обязан в течение трех рабочих дней встать на учет по месту пребывания, а для работы ему потребуется разрешение, которое выдается в пределах квоты.

Министр внутренних дел Борис Грызлов, выступая на прошлой неделе перед руководителями территориальных органов, пообещал, что переходный период «не превратится в охоту на гастарбайтеров». «Мы не ставим задачу выдворить всех. Задача - вывести людей из тени», - сказал глава МВД. По словам Грызлова, паспортно-визовые службы получат дополнительные штаты.

Для Киргизии новые правила - вопрос далеко не абстрактный. По оценке посольства республики в Москве, в России постоянно или сезонно работают от 300 до 500 тысяч граждан Киргизии, большинство - на стройках, рынках и в сельском хозяйстве. Деньги, которые они пересылают домой, по подсчетам бишкекских экономистов, сопоставимы с половиной государственного бюджета республики.

Тема мигрантов обсуждалась и на переговорах министра иностранных дел России Игоря Иванова с киргизским коллегой Аскаром Айтматовым, которые прошли в Москве 29 октября. Стороны договорились подготовить межправительственное соглашение о порядке регистрации граждан двух стран, а до его подписания - поручить консульским службам "проявлять гибкость". Айтматов, по данным источника в МИД, передал список из нескольких сотен граждан Киргизии, задержанных в Москве и Подмосковье с начала осени.

Экономическая повестка выглядит скромнее. Товарооборот между Россией и Киргизией за январь-август составил около 150 млн долларов, что на 12 процентов больше, чем годом ранее. Для сравнения: торговля России с соседним Казахстаном за тот же период превысила 3 млрд долларов.

Премьер-министр Киргизии Николай Танаев, комментируя новый закон в Бишкеке, назвал его "неизбежным, но болезненным" и заявил, что правительство республики намерено направить в Москву рабочую группу до конца года. Президент Аскар Акаев, как сообщила его пресс-служба, намерен обсудить миграционные вопросы с Владимиром Путиным при следующей встрече.

Правозащитники настроены скептически. "Три дня на регистрацию - это нереально, когда в очереди в паспортный стол стоят неделю", - считает руководитель правозащитного центра "Мигрант и закон" Елена Тимофеева.

Фото: Павел Гриднев

Читайте также: Квоты на иностранную рабочую силу утверждены на 2003 год
""",
gold=dict(
 header_date="2002-11-05", date="2002-11-05", date_partial=None, date_source="header+byline",
 date_note="Header date and byline '05.11.2002'; 'С пятницы, 1 ноября' agrees (2002-11-01 was a Friday).",
 people=[
  dict(name_ru_nominative="Владимир Путин", name_in_text="Владимиром Путиным", role="президент России", forms_in_text=["Владимиром Путиным"]),
  dict(name_ru_nominative="Борис Грызлов", name_in_text="Борис Грызлов", role="министр внутренних дел России", forms_in_text=["Борис Грызлов", "Грызлова"]),
  dict(name_ru_nominative="Игорь Иванов", name_in_text="Игоря Иванова", role="министр иностранных дел России", forms_in_text=["Игоря Иванова"]),
  dict(name_ru_nominative="Аскар Айтматов", name_in_text="Аскаром Айтматовым", role="министр иностранных дел Киргизии", forms_in_text=["Аскаром Айтматовым", "Айтматов"]),
  dict(name_ru_nominative="Николай Танаев", name_in_text="Николай Танаев", role="премьер-министр Киргизии", forms_in_text=["Николай Танаев"]),
  dict(name_ru_nominative="Аскар Акаев", name_in_text="Аскар Акаев", role="президент Киргизии", forms_in_text=["Аскар Акаев"]),
 ],
 other_names=["Ольга Кравченко", "Павел Гриднев", "Елена Тимофеева"],
 figures=[
  dict(metric="trade_turnover", value=150000000, period="2002-8M", kind="actual", qualifier="about",
       quote="Товарооборот между Россией и Киргизией за январь-август составил около 150 млн долларов", period_text="за январь-август"),
  dict(metric="trade_turnover_growth_pct", value=12, period="2002-8M", kind="actual",
       quote="что на 12 процентов больше, чем годом ранее"),
  dict(metric="russia_kazakhstan_trade_usd", value=3000000000, period="2002-8M", kind="actual", qualifier="more than",
       quote="торговля России с соседним Казахстаном за тот же период превысила 3 млрд долларов", note="Third-country trade; distractor."),
  dict(metric="kg_migrants_in_russia_count", value=300000, period=None, kind="actual", qualifier="at least",
       quote="в России постоянно или сезонно работают от 300 до 500 тысяч граждан Киргизии", note="Range 300-500 thousand (embassy estimate); not trade."),
 ],
 events=[
  dict(date="2002-11-01", what="Russian federal law on the legal status of foreign citizens enters into force (registration within three working days, work permits within quota)",
       quote="С пятницы, 1 ноября, в России действует федеральный закон «О правовом положении иностранных граждан в Российской Федерации»", type="other", status="past", bilateral=False),
  dict(date="2002-07-25", what="Putin signs the law on the legal status of foreign citizens",
       quote="подписанный президентом Владимиром Путиным еще 25 июля", type="other", status="past", bilateral=False),
  dict(date="2002-10-29", what="Talks of foreign ministers Igor Ivanov and Askar Aitmatov in Moscow (migration discussed)",
       quote="переговорах министра иностранных дел России Игоря Иванова с киргизским коллегой Аскаром Айтматовым, которые прошли в Москве 29 октября", type="meeting", status="past", bilateral=True),
  dict(date=None, what="Sides agreed to prepare an intergovernmental agreement on registration of citizens of the two countries",
       quote="Стороны договорились подготовить межправительственное соглашение о порядке регистрации граждан двух стран", type="agreement", status="planned", bilateral=True),
  dict(date="2002", date_note="'до конца года' of the 2002 article.", what="Kyrgyz government to send a working group on migration to Moscow before the end of the year",
       quote="правительство республики намерено направить в Москву рабочую группу до конца года", type="other", status="planned", bilateral=True),
  dict(date=None, what="Akayev intends to discuss migration with Putin at their next meeting (no date)",
       quote="намерен обсудить миграционные вопросы с Владимиром Путиным при следующей встрече", type="meeting", status="planned", bilateral=True),
 ]),
))

A.append(dict(
file="02_kabar_ru_noyear_romodanovsky_orgnabor.txt",
source="http://kabar.kg/news/glava-fms-rossii-prinjat-premer-ministrom/",
lang="ru",
header=None,
body="""Бишкек, 14 июня /Кабар/. Руководитель Федеральной миграционной службы России Константин Ромодановский, находящийся в Кыргызстане с рабочим визитом, сегодня был принят премьер-министром Феликсом Куловым.

Как сообщила пресс-служба правительства, стороны обсудили ход реализации соглашения о трудовой деятельности и социальной защите трудящихся-мигрантов, а также вопросы организованного набора рабочей силы. Феликс Кулов отметил, что кыргызстанцы, работающие в России, "должны приезжать туда не нелегалами, а людьми с контрактом на руках". Премьер также попросил российскую сторону ускорить рассмотрение обращений граждан, задержанных при проверках на строительных объектах.

По словам К.Ромодановского, ФМС готова рассмотреть возможность упрощенной регистрации для граждан Кыргызстана, прибывающих на работу по оргнабору. "Мы заинтересованы в том, чтобы люди, которые строят наши дома, были защищены законом", - подчеркнул глава ведомства.

По итогам встречи руководители миграционных ведомств двух стран подписали меморандум о взаимодействии в сфере организованного набора граждан Кыргызстана для работы в Российской Федерации. Документ предусматривает создание в Бишкеке информационного центра для выезжающих на заработки, а также обмен списками работодателей, нарушающих права мигрантов.

Вчера К.Ромодановский провел переговоры в Государственном комитете по миграции и занятости. Ожидается, что 16 июня глава ФМС будет принят Президентом Кыргызской Республики Курманбеком Бакиевым.

Справочно: по данным Национального банка, объем денежных переводов физических лиц в Кыргызстан за первый квартал составил 84,2 млн долларов, из них на Россию приходится свыше 80 процентов. Товарооборот Кыргызстана с Российской Федерацией в прошлом году достиг 547 млн долларов.

Фото пресс-службы Правительства КР
""",
gold=dict(
 header_date="unknown", date=None, date_partial="????-06-14", date_source="body_day_month_only",
 date_note="Dateline 'Бишкек, 14 июня /Кабар/' has no year and the URL none. Kulov as prime minister together with Romodanovsky as FMS head would point to 2006, but no year is stated, so none is given.",
 people=[
  dict(name_ru_nominative="Константин Ромодановский", name_in_text="Константин Ромодановский", role="руководитель ФМС России", forms_in_text=["Константин Ромодановский", "К.Ромодановского", "К.Ромодановский"]),
  dict(name_ru_nominative="Феликс Кулов", name_in_text="Феликсом Куловым", role="премьер-министр Кыргызстана", forms_in_text=["Феликсом Куловым", "Феликс Кулов"]),
  dict(name_ru_nominative="Курманбек Бакиев", name_in_text="Курманбеком Бакиевым", role="президент Кыргызстана", forms_in_text=["Курманбеком Бакиевым"]),
 ],
 other_names=[],
 figures=[
  dict(metric="remittances_to_kg_usd", value=84200000, period=None, kind="actual",
       quote="объем денежных переводов физических лиц в Кыргызстан за первый квартал составил 84,2 млн долларов", period_text="за первый квартал", note="First quarter of an unstated year; remittances, not trade."),
  dict(metric="remittances_share_from_russia_pct", value=80, period=None, kind="actual", qualifier="more than",
       quote="из них на Россию приходится свыше 80 процентов"),
  dict(metric="trade_turnover", value=547000000, period=None, kind="actual",
       quote="Товарооборот Кыргызстана с Российской Федерацией в прошлом году достиг 547 млн долларов", period_text="в прошлом году", note="'Last year' of an article without a year: period unknown."),
 ],
 events=[
  dict(date=None, date_partial="????-06-14", what="Working visit of FMS head Romodanovsky to Kyrgyzstan",
       quote="находящийся в Кыргызстане с рабочим визитом", type="visit", status="ongoing", bilateral=True),
  dict(date=None, date_partial="????-06-14", what="Romodanovsky received by Prime Minister Felix Kulov",
       quote="сегодня был принят премьер-министром Феликсом Куловым", type="meeting", status="past", bilateral=True),
  dict(date=None, date_partial="????-06-14", what="Memorandum on cooperation in organised recruitment of Kyrgyz citizens for work in Russia signed by the two migration agencies",
       quote="подписали меморандум о взаимодействии в сфере организованного набора граждан Кыргызстана для работы в Российской Федерации", type="agreement", status="past", bilateral=True),
  dict(date=None, date_partial="????-06-13", what="Romodanovsky's talks at the State Committee on Migration and Employment ('вчера')",
       quote="Вчера К.Ромодановский провел переговоры в Государственном комитете по миграции и занятости", type="meeting", status="past", bilateral=True),
  dict(date=None, date_partial="????-06-16", what="Romodanovsky expected to be received by President Kurmanbek Bakiyev on 16 June",
       quote="16 июня глава ФМС будет принят Президентом Кыргызской Республики Курманбеком Бакиевым", type="meeting", status="planned", bilateral=True),
 ]),
))

A.append(dict(
file="03_azattyk_ru_2009_perevody_krizis.txt",
source="https://rus.azattyk.org/a/1796254.html",
lang="ru",
header="2009-08-12",
body="""Денежные переводы мигрантов сократились на треть

Нурлан Абдыкеримов
12.08.2009 14:27

Кризис в России больно ударил по семьям трудовых мигрантов. Согласно данным Национального банка Кыргызстана, за первое полугодие 2009 года объем денежных переводов из-за рубежа составил 406 млн долларов - на 31 процент меньше, чем за тот же период прошлого года. Основная часть средств по-прежнему поступает из России.

На вещевом рынке "Дордой" продавцы жалуются, что покупателей стало меньше: многие семьи жили на деньги, которые присылали сыновья и дочери из Москвы, Екатеринбурга и Новосибирска. "Сын три месяца не мог найти работу, в мае вернулся домой", - рассказала Азаттыку жительница Таласа.

Еще в декабре премьер-министр России Владимир Путин предложил вдвое сократить квоту на привлечение иностранной рабочей силы на 2009 год. Федеральная миграционная служба, которую возглавляет Константин Ромодановский, объясняла это необходимостью защитить российский рынок труда в условиях кризиса. На практике, говорят правозащитники, сокращение квот привело лишь к тому, что больше людей работают без разрешений.

Премьер-министр Кыргызстана Игорь Чудинов на заседании правительства в понедельник поручил министерству труда, занятости и миграции подготовить программу для возвращающихся мигрантов. "Мы не можем допустить, чтобы люди вернулись в пустоту", - сказал Чудинов.

По данным Национального статистического комитета, товарооборот Кыргызстана с Россией за январь-июнь снизился на 28,5 процента и составил 487,3 млн долларов. Товарооборот с Казахстаном за тот же период составил 264 млн долларов.

Надежды в Бишкеке по-прежнему связывают с российской помощью. В феврале, во время визита Курманбека Бакиева в Москву и его переговоров с Дмитрием Медведевым, Россия пообещала Кыргызстану льготный кредит в 2 млрд долларов и безвозмездную помощь в 150 млн долларов. Вопрос о положении мигрантов Бишкек намерен поднять на заседании межправительственной комиссии, которое должно пройти в Москве осенью.

Фото: Азаттык
Читайте также: Мигранты возвращаются домой
""",
gold=dict(
 header_date="2009-08-12", date="2009-08-12", date_partial=None, date_source="header+byline",
 date_note="Header date and byline '12.08.2009 14:27'.",
 people=[
  dict(name_ru_nominative="Владимир Путин", name_in_text="Владимир Путин", role="председатель правительства России", forms_in_text=["Владимир Путин"]),
  dict(name_ru_nominative="Константин Ромодановский", name_in_text="Константин Ромодановский", role="руководитель ФМС России", forms_in_text=["Константин Ромодановский"]),
  dict(name_ru_nominative="Игорь Чудинов", name_in_text="Игорь Чудинов", role="премьер-министр Кыргызстана", forms_in_text=["Игорь Чудинов", "Чудинов"]),
  dict(name_ru_nominative="Курманбек Бакиев", name_in_text="Курманбека Бакиева", role="президент Кыргызстана", forms_in_text=["Курманбека Бакиева"]),
  dict(name_ru_nominative="Дмитрий Медведев", name_in_text="Дмитрием Медведевым", role="президент России", forms_in_text=["Дмитрием Медведевым"]),
 ],
 other_names=["Нурлан Абдыкеримов"],
 figures=[
  dict(metric="remittances_to_kg_usd", value=406000000, period="2009-H1", kind="actual",
       quote="за первое полугодие 2009 года объем денежных переводов из-за рубежа составил 406 млн долларов", note="Remittances from all countries; not trade."),
  dict(metric="remittances_change_pct", value=-31, period="2009-H1", kind="actual",
       quote="на 31 процент меньше, чем за тот же период прошлого года"),
  dict(metric="trade_turnover", value=487300000, period="2009-H1", kind="actual",
       quote="товарооборот Кыргызстана с Россией за январь-июнь снизился на 28,5 процента и составил 487,3 млн долларов", period_text="за январь-июнь"),
  dict(metric="trade_turnover_growth_pct", value=-28.5, period="2009-H1", kind="actual",
       quote="товарооборот Кыргызстана с Россией за январь-июнь снизился на 28,5 процента"),
  dict(metric="kg_kazakhstan_trade_usd", value=264000000, period="2009-H1", kind="actual",
       quote="Товарооборот с Казахстаном за тот же период составил 264 млн долларов", note="Third-country trade; distractor."),
  dict(metric="russian_loan_usd", value=2000000000, period=None, kind="target",
       quote="Россия пообещала Кыргызстану льготный кредит в 2 млрд долларов", note="Promised loan; not trade."),
  dict(metric="russian_grant_usd", value=150000000, period=None, kind="target",
       quote="безвозмездную помощь в 150 млн долларов", note="Promised aid; not trade."),
 ],
 events=[
  dict(date="2008-12", what="Putin proposes halving the 2009 quota for foreign labour",
       quote="Еще в декабре премьер-министр России Владимир Путин предложил вдвое сократить квоту на привлечение иностранной рабочей силы на 2009 год", type="other", status="past", bilateral=False),
  dict(date="2009-02", what="Bakiyev's visit to Moscow and talks with Medvedev; Russia promises a $2 bn loan and $150 m aid",
       quote="В феврале, во время визита Курманбека Бакиева в Москву и его переговоров с Дмитрием Медведевым", type="visit", status="past", bilateral=True),
  dict(date="2009", date_note="'осенью' of 2009.", what="Intergovernmental commission session expected in Moscow in the autumn",
       quote="на заседании межправительственной комиссии, которое должно пройти в Москве осенью", type="igc_session", status="planned", bilateral=True),
 ]),
))

A.append(dict(
file="04_eurasianet_en_2013_entry_bans.txt",
source="https://eurasianet.org/kyrgyzstan-migrants-brace-for-russias-new-re-entry-bans",
lang="en",
header="2013-12-18",
body="""Kyrgyzstan: Migrants Brace for Russia's New Re-Entry Bans

Temir Orozbekov Dec 18, 2013

Labor migrants queue outside the Russian consulate in Osh. (Photo: Temir Orozbekov)

For the hundreds of thousands of Kyrgyz citizens working in Russia, January 1 has become a date to fear. From the start of the new year, any foreigner who overstays the permitted 90 days in a 180-day period, or who is convicted twice of an administrative offense, can be barred from re-entering Russia for three years.

Russian officials say the amendments, signed into law by President Vladimir Putin in the summer, are aimed at the millions of migrants who live in a legal gray zone. Konstantin Romodanovsky, head of the Federal Migration Service (FMS), has repeatedly said that some 3 million foreigners are in Russia in breach of the rules.

In Bishkek, the response has been muted. Prime Minister Zhantoro Satybaldiyev told lawmakers on December 12 that the government had asked Moscow for a "transition period" and for lists of citizens already on the FMS database. Satybaldiyev said that the cabinet was ready to open more consular outreach points in Russian regions.

Russia's ambassador to Kyrgyzstan, Andrei Krutko, told reporters last week that the new rules were "not directed against any particular country." He added that the question would be discussed when the intergovernmental commission meets in Bishkek early next year.

The stakes are high. According to the World Bank, remittances sent home by migrants amounted to $2.03 billion in 2012, or about 31 percent of Kyrgyzstan's GDP, one of the highest ratios in the world. Most of that money comes from Russia.

Trade is a different story. Russian customs data show bilateral trade reached $1.56 billion in January-September, a modest 4 percent increase year-on-year, with Kyrgyzstan running a large deficit. President Almazbek Atambayev has argued that joining the Russia-led Customs Union, for which Bishkek hopes to approve a roadmap in 2014, would ease the lives of migrants as well as traders.

Rights activists are less sanguine. "A ban on entry means a family loses its only income," said Nurgul Abdyrakhmanova, who heads the Bishkek-based migrants' rights group Insan-Migrant.

Related: Kyrgyzstan: Customs Union Roadmap Stirs Debate in Parliament
""",
gold=dict(
 header_date="2013-12-18", date="2013-12-18", date_partial=None, date_source="header+byline",
 date_note="Header date and byline 'Dec 18, 2013'.",
 people=[
  dict(name_ru_nominative="Владимир Путин", name_in_text="Vladimir Putin", role="президент России", forms_in_text=["Vladimir Putin"]),
  dict(name_ru_nominative="Константин Ромодановский", name_in_text="Konstantin Romodanovsky", role="руководитель ФМС России", forms_in_text=["Konstantin Romodanovsky"]),
  dict(name_ru_nominative="Жанторо Сатыбалдиев", name_in_text="Zhantoro Satybaldiyev", role="премьер-министр Кыргызстана", forms_in_text=["Zhantoro Satybaldiyev", "Satybaldiyev"]),
  dict(name_ru_nominative="Андрей Крутько", name_in_text="Andrei Krutko", role="посол России в Кыргызстане", forms_in_text=["Andrei Krutko"]),
  dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Almazbek Atambayev", role="президент Кыргызстана", forms_in_text=["Almazbek Atambayev"]),
 ],
 other_names=["Temir Orozbekov", "Nurgul Abdyrakhmanova"],
 figures=[
  dict(metric="remittances_to_kg_usd", value=2030000000, period="2012", kind="actual",
       quote="remittances sent home by migrants amounted to $2.03 billion in 2012", note="Remittances; not trade."),
  dict(metric="remittances_share_of_gdp_pct", value=31, period="2012", kind="actual", qualifier="about",
       quote="or about 31 percent of Kyrgyzstan's GDP"),
  dict(metric="trade_turnover", value=1560000000, period="2013-9M", kind="actual",
       quote="bilateral trade reached $1.56 billion in January-September", period_text="in January-September"),
  dict(metric="trade_turnover_growth_pct", value=4, period="2013-9M", kind="actual",
       quote="a modest 4 percent increase year-on-year"),
  dict(metric="foreigners_in_breach_count", value=3000000, period=None, kind="actual", qualifier="about",
       quote="some 3 million foreigners are in Russia in breach of the rules", note="All foreigners, not Kyrgyz only; not trade."),
 ],
 events=[
  dict(date="2014-01-01", what="Russian re-entry ban rules for foreigners who overstay take effect",
       quote="From the start of the new year, any foreigner who overstays the permitted 90 days in a 180-day period", type="other", status="planned", bilateral=False),
  dict(date="2013-12-12", what="Satybaldiyev tells parliament the government asked Moscow for a transition period and for lists of banned citizens",
       quote="told lawmakers on December 12 that the government had asked Moscow for a \"transition period\"", type="other", status="past", bilateral=True),
  dict(date="2014", date_note="'early next year' of a 2013 article.", what="Intergovernmental commission to meet in Bishkek early next year",
       quote="when the intergovernmental commission meets in Bishkek early next year", type="igc_session", status="planned", bilateral=True),
  dict(date="2014", what="Kyrgyzstan hopes to approve a Customs Union accession roadmap",
       quote="for which Bishkek hopes to approve a roadmap in 2014", type="agreement", status="planned", bilateral=False),
 ]),
))

A.append(dict(
file="05_interfax_ru_2014_eaes_bez_patentov.txt",
source="https://www.interfax.ru/world/413872",
lang="ru",
header="2014-12-23",
body="""Граждане Киргизии смогут работать в РФ без патентов после вступления в ЕАЭС

Москва. 23 декабря. INTERFAX.RU - Граждане Киргизии после вступления республики в Евразийский экономический союз смогут работать в России без патентов, заявил директор Федеральной миграционной службы Константин Ромодановский.

"Как только договор вступит в силу, граждане Киргизии получат те же права на рынке труда, что и граждане Белоруссии и Казахстана. Патент им не понадобится", - сказал Ромодановский журналистам во вторник.

Договор о присоединении Киргизии к Договору о Евразийском экономическом союзе был подписан в тот же день в Москве на заседании Высшего Евразийского экономического совета. Президент РФ Владимир Путин выразил надежду, что процедуры ратификации будут завершены в первой половине 2015 года. Президент Киргизии Алмазбек Атамбаев назвал подписание "историческим выбором" и отметил, что оно "прежде всего отвечает интересам сотен тысяч наших граждан, работающих в России".

С 1 января 2015 года все иностранцы, прибывающие в Россию в безвизовом порядке, должны будут для работы оформлять патент, стоимость которого определяют регионы. Для граждан Армении, договор о присоединении которой подписан в октябре в Минске, эти требования действовать не будут.

По словам Ромодановского, в настоящее время в "черный список" ФМС внесены около 130 тыс. граждан Киргизии. "Вопрос о пересмотре части этих решений мы будем обсуждать с киргизскими коллегами", - добавил он.

Премьер-министр Киргизии Джоомарт Оторбаев ранее говорил, что после вступления в ЕАЭС правительство рассчитывает на рост поступлений от мигрантов. По данным Банка России, за январь-сентябрь 2014 года физические лица перевели из РФ в Киргизию 1,64 млрд долларов.

Товарооборот России и Киргизии за 10 месяцев 2014 года, по данным ФТС, составил 1,67 млрд долларов, снизившись на 7%.
""",
gold=dict(
 header_date="2014-12-23", date="2014-12-23", date_partial=None, date_source="header+body",
 date_note="Header date and dateline 'Москва. 23 декабря. INTERFAX.RU' (no year in the dateline); 'во вторник' agrees (2014-12-23 was a Tuesday).",
 people=[
  dict(name_ru_nominative="Константин Ромодановский", name_in_text="Константин Ромодановский", role="директор ФМС России", forms_in_text=["Константин Ромодановский", "Ромодановский", "Ромодановского"]),
  dict(name_ru_nominative="Владимир Путин", name_in_text="Владимир Путин", role="президент России", forms_in_text=["Владимир Путин"]),
  dict(name_ru_nominative="Алмазбек Атамбаев", name_in_text="Алмазбек Атамбаев", role="президент Киргизии", forms_in_text=["Алмазбек Атамбаев"]),
  dict(name_ru_nominative="Джоомарт Оторбаев", name_in_text="Джоомарт Оторбаев", role="премьер-министр Киргизии", forms_in_text=["Джоомарт Оторбаев"]),
 ],
 other_names=[],
 figures=[
  dict(metric="kg_citizens_on_entry_ban_list_count", value=130000, period=None, kind="actual", qualifier="about",
       quote="в \"черный список\" ФМС внесены около 130 тыс. граждан Киргизии", note="Count; not trade."),
  dict(metric="remittances_russia_to_kg_usd", value=1640000000, period="2014-9M", kind="actual",
       quote="за январь-сентябрь 2014 года физические лица перевели из РФ в Киргизию 1,64 млрд долларов", note="Remittances; not trade."),
  dict(metric="trade_turnover", value=1670000000, period="2014-10M", kind="actual",
       quote="Товарооборот России и Киргизии за 10 месяцев 2014 года, по данным ФТС, составил 1,67 млрд долларов", period_text="за 10 месяцев 2014 года"),
  dict(metric="trade_turnover_growth_pct", value=-7, period="2014-10M", kind="actual",
       quote="снизившись на 7%"),
 ],
 events=[
  dict(date="2014-12-23", what="Treaty on Kyrgyzstan's accession to the EAEU Treaty signed in Moscow at the Supreme Eurasian Economic Council",
       quote="Договор о присоединении Киргизии к Договору о Евразийском экономическом союзе был подписан в тот же день в Москве на заседании Высшего Евразийского экономического совета", type="agreement", status="past", bilateral=False),
  dict(date="2015", date_note="'в первой половине 2015 года'.", what="Ratification of the accession treaty expected in the first half of 2015",
       quote="процедуры ратификации будут завершены в первой половине 2015 года", type="agreement", status="planned", bilateral=False),
  dict(date="2015-01-01", what="Patent requirement for all visa-free foreigners working in Russia takes effect",
       quote="С 1 января 2015 года все иностранцы, прибывающие в Россию в безвизовом порядке, должны будут для работы оформлять патент", type="other", status="planned", bilateral=False),
  dict(date="2014-10", what="Armenia's EAEU accession treaty signed in Minsk",
       quote="договор о присоединении которой подписан в октябре в Минске", type="agreement", status="past", bilateral=False),
  dict(date=None, what="FMS to discuss revising part of the entry bans on Kyrgyz citizens with Kyrgyz counterparts",
       quote="Вопрос о пересмотре части этих решений мы будем обсуждать с киргизскими коллегами", type="meeting", status="planned", bilateral=True),
 ]),
))
