"""Articles 01-07: bodies and gold annotation."""
from common import P, F, E

ARTICLES = []

# ---------------------------------------------------------------- 01
ARTICLES.append({
    "file": "01_redstar_ru_2003_kant_airbase_opening.txt",
    "source": "http://old.redstar.ru/2003/10/24_10/1_02.html",
    "header_line_date": "2003-10-24",
    "lang": "ru",
    "header_date": "24 октября 2003 года",
    "date": "2003-10-24",
    "date_partial": None,
    "date_source": "byline",
    "date_note": "Issue line '24 октября 2003 года'; the opening ceremony itself was 'вчера' = 2003-10-23.",
    "body": """
Красная звезда
24 октября 2003 года
№ 198

КАНТ: НА КРЫЛО ВСТАЛА РОССИЙСКАЯ АВИАБАЗА

Вчера в киргизском Канте, в двадцати километрах от Бишкека, состоялась церемония открытия российской авиационной базы — первого нового военного объекта России за рубежом со времени распада Советского Союза.

В церемонии приняли участие Президент Российской Федерации Владимир Путин и Президент Киргизской Республики Аскар Акаев. Главы государств обошли строй личного состава, осмотрели выставленную на аэродроме авиационную технику — штурмовики Су-25, учебно-боевые самолеты Л-39, военно-транспортные Ан-26 и вертолеты Ми-8.

«Авиабаза в Канте будет способствовать укреплению безопасности не только Киргизии, но и всего центральноазиатского региона», — подчеркнул Владимир Путин, выступая перед военнослужащими. По словам российского президента, база станет авиационным компонентом Коллективных сил быстрого развертывания Центральноазиатского региона коллективной безопасности.

Аскар Акаев напомнил, что соглашение о статусе и условиях пребывания российской авиабазы на территории Киргизии было подписано в Бишкеке 22 сентября нынешнего года. «Решение о базе мы принимали вместе, и сегодня оно стало реальностью», — сказал президент Киргизии. Он выразил признательность Владимиру Владимировичу Путину за внимание, которое Россия уделяет обороноспособности республики.

Перед церемонией в государственной резиденции «Ала-Арча» состоялись переговоры Путина и Акаева в узком и расширенном составе. Стороны обсудили вопросы военно-технического сотрудничества, подготовки кадров для Вооруженных сил Киргизии в российских военных вузах, а также взаимодействие в борьбе с международным терроризмом и наркотрафиком.

Министр обороны России Сергей Иванов, сопровождавший президента, сообщил журналистам, что на первом этапе на базе разместятся около двадцати самолетов и вертолетов, численность личного состава составит порядка 500 человек. По словам Сергея Иванова, расходы на содержание базы полностью берет на себя российская сторона, арендная плата не предусмотрена.

Министр обороны Киргизии генерал-лейтенант Эсен Топоев отметил, что присутствие российских летчиков серьезно усиливает возможности республики по отражению угроз со стороны бандформирований. Он напомнил о вторжениях боевиков в Баткенскую область в 1999 и 2000 годах, когда киргизской армии остро не хватало авиации.

Как стало известно «Красной звезде», в следующем году на территории Киргизии планируется провести командно-штабное учение Коллективных сил быстрого развертывания с участием авиации базы.

Напомним, что в Организацию Договора о коллективной безопасности, преобразованную из Договора о коллективной безопасности в прошлом году, входят Армения, Белоруссия, Казахстан, Киргизия, Россия и Таджикистан.

Виталий ДОРОНИН.
Фото Геннадия ЛАВРУШИНА.

Бишкек — Кант — Москва.
""",
    "people": [
        P("Владимир Путин", "Владимир Путин", "президент России",
          ["Владимир Путин", "Владимиру Владимировичу Путину", "Путина"]),
        P("Аскар Акаев", "Аскар Акаев", "президент Киргизии", ["Аскар Акаев", "Акаева"]),
        P("Сергей Иванов", "Сергей Иванов", "министр обороны России", ["Сергей Иванов", "Сергея Иванова"]),
        P("Эсен Топоев", "Эсен Топоев", "министр обороны Киргизии", ["Эсен Топоев"]),
    ],
    "other_names": ["Виталий ДОРОНИН", "Геннадия ЛАВРУШИНА"],
    "figures": [
        F("kant_aircraft_count", 20, None, "forecast", "около двадцати самолетов и вертолетов",
          qualifier="about", note="Distractor: number of aircraft planned for the base (number in words), not trade."),
        F("kant_personnel_count", 500, None, "forecast", "численность личного состава составит порядка 500 человек",
          qualifier="about", note="Distractor: personnel count."),
    ],
    "events": [
        E("2003-10-23", "Opening ceremony of the Russian air base at Kant attended by Putin and Akayev",
          "состоялась церемония открытия российской авиационной базы", "other", "past", True,
          date_note="'Вчера' relative to the 2003-10-24 issue."),
        E("2003-10-23", "Putin–Akayev talks at the Ala-Archa residence before the ceremony",
          "состоялись переговоры Путина и Акаева в узком и расширенном составе", "meeting", "past", True),
        E("2003-09-22", "Agreement on the status and conditions of the Russian air base in Kyrgyzstan signed in Bishkek",
          "соглашение о статусе и условиях пребывания российской авиабазы на территории Киргизии было подписано в Бишкеке 22 сентября нынешнего года",
          "agreement", "past", True),
        E("2004", "Planned command-staff exercise of the Collective Rapid Deployment Forces in Kyrgyzstan",
          "в следующем году на территории Киргизии планируется провести командно-штабное учение Коллективных сил быстрого развертывания",
          "other", "planned", False),
        E("2002", "Collective Security Treaty transformed into the CSTO",
          "преобразованную из Договора о коллективной безопасности в прошлом году", "other", "past", False),
    ],
})

# ---------------------------------------------------------------- 02
ARTICLES.append({
    "file": "02_interfax_ru_2009_bakiyev_moscow_credit_manas.txt",
    "source": "https://www.interfax.ru/russia/61217",
    "header_line_date": "2009-02-03",
    "lang": "ru",
    "header_date": "3 февраля",
    "date": "2009-02-03",
    "date_partial": None,
    "date_source": "body+header",
    "date_note": "Dateline 'Москва. 3 февраля. ИНТЕРФАКС' has no year; header date 2009-02-03; 'во вторник' agrees (2009-02-03 was a Tuesday). 'Обновлено 4 февраля' is a distractor.",
    "body": """
Москва. 3 февраля. ИНТЕРФАКС - Россия предоставит Киргизии льготный кредит в размере $2 млрд и безвозмездную финансовую помощь в $150 млн, заявил президент РФ Дмитрий Медведев по итогам переговоров с президентом Киргизии Курманбеком Бакиевым во вторник в Кремле.

"Мы договорились о предоставлении Киргизской Республике кредита, а также о безвозмездной помощи для преодоления последствий мирового финансового кризиса", - сказал Д.Медведев на совместной пресс-конференции.

Кроме того, по его словам, будет урегулирован вопрос о государственном долге Киргизии перед Россией: задолженность в размере около $180 млн будет списана в обмен на долю в капитале оборонного предприятия "Дастан", выпускающего торпедное вооружение для ВМФ России.

В ходе визита подписано межправительственное соглашение о строительстве Камбаратинской ГЭС-1, на финансирование которой, как ожидается, пойдет основная часть российского кредита.

К.Бакиев, в свою очередь, объявил о решении закрыть американскую авиабазу в аэропорту "Манас". "Буквально на днях правительство Киргизии приняло решение о прекращении срока пребывания базы США на территории Киргизии", - сказал он. Соответствующий законопроект будет направлен в Жогорку Кенеш в ближайшие дни, добавил президент. Сейчас США выплачивают за пользование базой $17,4 млн в год.

Президент Киргизии подчеркнул, что решение по "Манасу" не связано с договоренностями о российской помощи. "Мы много раз обсуждали с американской стороной вопрос об экономической компенсации, но понимания не нашли", - отметил он.

Д.Медведев сообщил, что стороны также обсудили функционирование российской авиабазы "Кант" и военно-техническое сотрудничество. "Россия и впредь будет оказывать содействие укреплению обороноспособности Киргизии", - заявил президент РФ.

Говоря о двусторонней торговле, президент России отметил, что товарооборот между двумя странами в 2008 году превысил $1,5 млрд, увеличившись почти на 40%. "Это хорошая динамика, но резервы далеко не исчерпаны", - сказал он.

В среду в Москве пройдет сессия Совета коллективной безопасности ОДКБ, на которой, как ожидается, будет принято решение о создании Коллективных сил оперативного реагирования организации. Президент Киргизии примет участие в заседании.

Обновлено 4 февраля 2009 года 10:12
""",
    "people": [
        P("Дмитрий Медведев", "Дмитрий Медведев", "президент России", ["Дмитрий Медведев", "Д.Медведев"]),
        P("Курманбек Бакиев", "Курманбеком Бакиевым", "президент Киргизии", ["Курманбеком Бакиевым", "К.Бакиев"]),
    ],
    "other_names": [],
    "figures": [
        F("russian_loan_usd", 2000000000, None, "forecast", "льготный кредит в размере $2 млрд",
          note="Distractor: loan, not trade."),
        F("russian_grant_aid_usd", 150000000, None, "forecast", "безвозмездную финансовую помощь в $150 млн",
          note="Distractor: grant aid."),
        F("debt_writeoff_usd", 180000000, None, "forecast", "задолженность в размере около $180 млн будет списана",
          qualifier="about", note="Distractor: debt write-off (debt-for-equity in Dastan)."),
        F("us_manas_rent_usd", 17400000, "annual", "actual", "США выплачивают за пользование базой $17,4 млн в год",
          note="Distractor: third country (US) rent."),
        F("trade_turnover", 1500000000, "2008", "actual", "товарооборот между двумя странами в 2008 году превысил $1,5 млрд",
          qualifier="more than"),
        F("trade_turnover_growth_pct", 40, "2008", "actual", "увеличившись почти на 40%", qualifier="almost"),
    ],
    "events": [
        E("2009-02-03", "Medvedev–Bakiyev talks in the Kremlin",
          "по итогам переговоров с президентом Киргизии Курманбеком Бакиевым во вторник в Кремле", "meeting", "past", True),
        E("2009-02-03", "Intergovernmental agreement on construction of Kambarata HPP-1 signed",
          "подписано межправительственное соглашение о строительстве Камбаратинской ГЭС-1", "agreement", "past", True),
        E(None, "Kyrgyz government decision to end the US base at Manas airport (a few days earlier)",
          "правительство Киргизии приняло решение о прекращении срока пребывания базы США на территории Киргизии",
          "other", "past", False, date_note="'Буквально на днях' before 2009-02-03."),
        E("2009-02-04", "CSTO Collective Security Council session in Moscow, expected to create the Collective Rapid Reaction Force",
          "В среду в Москве пройдет сессия Совета коллективной безопасности ОДКБ", "meeting", "planned", False),
    ],
})

# ---------------------------------------------------------------- 03
ARTICLES.append({
    "file": "03_reuters_en_2010_kant_paratroopers_csto.txt",
    "source": "https://www.reuters.com/article/us-kyrgyzstan-russia-csto-idUSTRE65D2KQ20100614",
    "header_line_date": "2010-06-14",
    "lang": "en",
    "header_date": "Mon Jun 14, 2010 4:47pm EDT",
    "date": "2010-06-14",
    "date_partial": None,
    "date_source": "byline",
    "date_note": "Byline 'Mon Jun 14, 2010'; dateline 'MOSCOW, June 14 (Reuters)'. Saturday = 2010-06-12, Sunday = 2010-06-13, Tuesday = 2010-06-15.",
    "body": """
Russia flies troops to Kant base, CSTO rules out Kyrgyz peacekeeping

Mon Jun 14, 2010 4:47pm EDT

By Gleb Artamonov

MOSCOW, June 14 (Reuters) - Russia has flown a battalion of paratroopers to its Kant air base in Kyrgyzstan to protect Russian servicemen and their families, but a Moscow-led security bloc on Monday stopped short of sending peacekeepers to quell ethnic violence in the south of the Central Asian state.

Security council secretaries of the Collective Security Treaty Organisation (CSTO), which groups Russia and six other former Soviet republics, met in Moscow and agreed to provide Kyrgyzstan with helicopters, trucks and fuel, but not troops, CSTO Secretary General Nikolai Bordyuzha told reporters.

"There is no question at the moment of sending in peacekeeping forces," Bordyuzha said after the meeting, which was chaired by Russian Security Council Secretary Nikolai Patrushev. "The Kyrgyz authorities themselves must restore order."

Kyrgyzstan's interim leader Roza Otunbayeva appealed to Moscow on Saturday for troops to help end the clashes between ethnic Kyrgyz and Uzbeks in the cities of Osh and Jalalabad, where at least 117 people have been killed according to official figures.

The Kremlin said President Dmitry Medvedev had told Otunbayeva by telephone on Saturday that the conflict was an internal matter for Kyrgyzstan, although Moscow was ready to help with humanitarian supplies.

A Russian Defence Ministry spokesman said about 150 paratroopers landed at Kant, 20 km (12 miles) east of the capital Bishkek, on Sunday to reinforce security around the base, which Russia opened in 2003. "Their task is solely to protect the base," the spokesman said.

Russia's Emergencies Ministry said it would send tents, medicine and food, with the first planes due to land in Osh on Tuesday.

The United States, which runs its own air base at Bishkek's Manas airport to supply its troops in Afghanistan, has also offered humanitarian aid.

Analysts said Moscow was reluctant to be drawn into a conflict in which its soldiers could be seen as taking sides. Last year, Moscow pledged more than $2 billion in loans and aid to Kyrgyzstan, then led by ousted President Kurmanbek Bakiyev.

(Additional reporting by Aida Sultanova in Bishkek; Writing by Gleb Artamonov; Editing by Peter Halloran)
""",
    "people": [
        P("Николай Бордюжа", "Nikolai Bordyuzha", "генеральный секретарь ОДКБ", ["Nikolai Bordyuzha", "Bordyuzha"]),
        P("Николай Патрушев", "Nikolai Patrushev", "секретарь Совета безопасности России", ["Nikolai Patrushev"]),
        P("Роза Отунбаева", "Roza Otunbayeva", "глава временного правительства (президент переходного периода) Киргизии",
          ["Roza Otunbayeva", "Otunbayeva"]),
        P("Дмитрий Медведев", "Dmitry Medvedev", "президент России", ["Dmitry Medvedev"]),
        P("Курманбек Бакиев", "Kurmanbek Bakiyev", "бывший (свергнутый) президент Киргизии", ["Kurmanbek Bakiyev"],
          note="Named as ousted former president; not in office at the article date."),
    ],
    "other_names": ["Gleb Artamonov", "Aida Sultanova", "Peter Halloran"],
    "figures": [
        F("russian_loans_and_aid_pledge_usd", 2000000000, "2009", "actual",
          "Moscow pledged more than $2 billion in loans and aid to Kyrgyzstan", qualifier="more than",
          period_text="Last year", note="Distractor: aid/loan pledge, not trade."),
    ],
    "events": [
        E("2010-06-14", "Meeting of CSTO security council secretaries in Moscow; aid but no peacekeepers",
          "Security council secretaries of the Collective Security Treaty Organisation (CSTO), which groups Russia and six other former Soviet republics, met in Moscow",
          "meeting", "past", False),
        E("2010-06-12", "Otunbayeva appealed to Moscow for troops",
          "appealed to Moscow on Saturday for troops", "other", "past", True),
        E("2010-06-12", "Medvedev–Otunbayeva telephone conversation",
          "President Dmitry Medvedev had told Otunbayeva by telephone on Saturday", "other", "past", True),
        E("2010-06-13", "About 150 Russian paratroopers landed at the Kant base",
          "about 150 paratroopers landed at Kant", "other", "past", True),
        E("2010-06-15", "First Russian Emergencies Ministry aid planes due in Osh",
          "with the first planes due to land in Osh on Tuesday", "other", "planned", True),
    ],
})

# ---------------------------------------------------------------- 04
ARTICLES.append({
    "file": "04_kabar_ru_nodate_atambaev_fskn_ivanov.txt",
    "source": "http://kabar.kg/news/prezident-almazbek-atambaev-prinjal-direktora-fskn-rossii-viktora-ivanova",
    "header_line_date": None,
    "lang": "ru",
    "header_date": "unknown",
    "date": None,
    "date_partial": "????-11-19",
    "date_source": "body_day_month_only",
    "date_note": "Dateline 'Бишкек, 19 ноября /Кабар/' gives no year and the text states none; Atambayev's presidency and the FSKN's existence only bound it to 2012–2015 externally. Not inferable from the text.",
    "body": """
Президент Алмазбек Атамбаев принял директора ФСКН России Виктора Иванова

Бишкек, 19 ноября /Кабар/. Президент Кыргызской Республики Алмазбек Атамбаев сегодня принял директора Федеральной службы Российской Федерации по контролю за оборотом наркотиков Виктора Иванова, сообщает пресс-служба главы государства.

В ходе встречи стороны обсудили состояние и перспективы сотрудничества в сфере противодействия незаконному обороту наркотиков, прежде всего на так называемом «северном маршруте», по которому афганские опиаты переправляются через Центральную Азию в Россию и Европу.

Алмазбек Атамбаев отметил, что наркотрафик остается одной из главных угроз национальной безопасности Кыргызстана. «Мы видим прямую связь между наркоторговлей, коррупцией и финансированием терроризма. Без тесного взаимодействия с Россией нам с этой угрозой не справиться», — подчеркнул Президент.

Виктор Иванов, в свою очередь, высоко оценил работу кыргызских правоохранительных органов. По его словам, с начала года совместными усилиями изъято более 1,5 тонны героина и гашиша. Директор ФСКН сообщил, что российская сторона передала МВД Кыргызстана специальную технику и оборудование для служебных собак на сумму 40 млн рублей.

Глава российского ведомства также проинформировал, что в эти дни в регионе продолжается международная антинаркотическая операция ОДКБ «Канал», в которой участвуют подразделения всех государств — членов Организации.

Накануне в Бишкеке Виктор Иванов и министр внутренних дел Кыргызстана подписали меморандум о взаимопонимании по обмену оперативной информацией о каналах поставки наркотиков.

Стороны договорились весной следующего года провести совместную специальную операцию на участке кыргызско-таджикской границы в Баткенской области.

Фото пресс-службы Президента КР

Читайте также:
Кыргызстан и Россия обсудили борьбу с наркотрафиком на «северном маршруте»
""",
    "people": [
        P("Алмазбек Атамбаев", "Алмазбек Атамбаев", "президент Киргизии", ["Алмазбек Атамбаев"]),
        P("Виктор Иванов", "Виктора Иванова", "директор ФСКН России", ["Виктора Иванова", "Виктор Иванов"]),
    ],
    "other_names": [],
    "figures": [
        F("drugs_seized_tonnes", 1.5, None, "actual", "изъято более 1,5 тонны героина и гашиша", qualifier="more than",
          period_text="с начала года", note="Distractor: seizures, not trade."),
        F("russian_equipment_aid_rub", 40000000, None, "actual", "на сумму 40 млн рублей",
          note="Distractor: technical aid in roubles."),
    ],
    "events": [
        E(None, "Atambayev received FSKN director Viktor Ivanov in Bishkek",
          "Президент Кыргызской Республики Алмазбек Атамбаев сегодня принял директора Федеральной службы Российской Федерации по контролю за оборотом наркотиков Виктора Иванова",
          "meeting", "past", True, date_partial="????-11-19"),
        E(None, "Ivanov and the Kyrgyz interior minister signed a memorandum on exchanging operational information on drug channels",
          "Виктор Иванов и министр внутренних дел Кыргызстана подписали меморандум о взаимопонимании",
          "agreement", "past", True, date_partial="????-11-18", date_note="'Накануне'."),
        E(None, "CSTO international anti-drug operation 'Kanal' under way in the region",
          "продолжается международная антинаркотическая операция ОДКБ «Канал»", "other", "ongoing", False),
        E(None, "Planned joint special operation on the Kyrgyz–Tajik border in Batken region next spring",
          "весной следующего года провести совместную специальную операцию", "other", "planned", True),
    ],
})

# ---------------------------------------------------------------- 05
ARTICLES.append({
    "file": "05_azattyk_ru_2006_kant_rent_manas.txt",
    "source": "https://rus.azattyk.org/a/1183457.html",
    "header_line_date": "2006-04-13",
    "lang": "ru",
    "header_date": "13.04.2006 16:20",
    "date": "2006-04-13",
    "date_partial": None,
    "date_source": "byline",
    "date_note": "Byline '13.04.2006 16:20'. 'На прошлой неделе' = week of 2006-04-03; 'в марте' = 2006-03.",
    "body": """
Кант бесплатно, «Манас» за 200 миллионов?

13.04.2006 16:20

Нургуль Абдыкадырова, Бишкек

После того как президент Курманбек Бакиев на прошлой неделе потребовал от США платить за пользование авиабазой в аэропорту «Манас» 200 миллионов долларов в год вместо нынешних 2,7 миллиона, в Бишкеке все чаще звучит вопрос: почему бесплатно продолжает работать российская авиабаза в Канте?

Российская авиабаза, открытая в октябре 2003 года, размещена в Канте в рамках Коллективных сил быстрого развертывания ОДКБ, и соглашение о ее статусе не предусматривает арендной платы. Ряд депутатов Жогорку Кенеша предлагает пересмотреть этот порядок.

В Москве, однако, такие разговоры воспринимают без энтузиазма. Вице-премьер и министр обороны России Сергей Иванов накануне заявил журналистам, что Россия не собирается платить за базу, поскольку она находится в Киргизии по просьбе самого Бишкека и защищает прежде всего киргизскую территорию. По его словам, Россия уже вложила в инфраструктуру аэродрома около 8 миллионов долларов и намерена увеличить количество самолетов.

Министр обороны Кыргызстана Исмаил Исаков в комментарии Азаттыку подчеркнул, что вопрос о плате за Кант «на официальном уровне не ставится». «Россия безвозмездно передает нам вооружение, обучает наших офицеров. Это нельзя сравнивать с американской базой», — сказал министр.

По словам Исакова, в марте он побывал в Москве, где обсудил с Сергеем Ивановым увеличение авиационной группы в Канте и поставки запчастей для вертолетов Ми-8 Вооруженных сил Кыргызстана.

Политолог Нур Омаров считает, что двойной стандарт объясняется просто: «Бакиев ведет торг с Вашингтоном, а Москва — стратегический союзник, ссориться с ней Бишкек не будет».

Летом этого года в Кыргызстане планируется провести совместное антитеррористическое учение государств – членов ОДКБ, в котором, как ожидается, будет задействована авиация базы Кант.

Перепечатка материалов разрешена со ссылкой на Азаттык.
""",
    "people": [
        P("Курманбек Бакиев", "Курманбек Бакиев", "президент Киргизии", ["Курманбек Бакиев", "Бакиев"]),
        P("Сергей Иванов", "Сергей Иванов", "вице-премьер и министр обороны России", ["Сергей Иванов", "Сергеем Ивановым"]),
        P("Исмаил Исаков", "Исмаил Исаков", "министр обороны Киргизии", ["Исмаил Исаков", "Исакова"]),
    ],
    "other_names": ["Нургуль Абдыкадырова", "Нур Омаров"],
    "figures": [
        F("us_manas_rent_demand_usd", 200000000, "annual", "target", "200 миллионов долларов в год",
          note="Distractor: Kyrgyz demand to the US for Manas."),
        F("us_manas_rent_usd", 2700000, "annual", "actual", "вместо нынешних 2,7 миллиона",
          note="Distractor: current US payment."),
        F("russian_investment_kant_infrastructure_usd", 8000000, None, "actual",
          "вложила в инфраструктуру аэродрома около 8 миллионов долларов", qualifier="about",
          note="Distractor: investment in the base, not trade."),
    ],
    "events": [
        E("2003-10", "Russian air base at Kant opened", "Российская авиабаза, открытая в октябре 2003 года",
          "other", "past", True),
        E("2006-04", "Bakiyev demanded the US pay $200 million a year for Manas",
          "на прошлой неделе потребовал от США платить за пользование авиабазой в аэропорту «Манас» 200 миллионов долларов в год",
          "other", "past", False),
        E("2006-03", "Isakov in Moscow discussed with Sergei Ivanov enlarging the Kant air group",
          "в марте он побывал в Москве, где обсудил с Сергеем Ивановым увеличение авиационной группы в Канте",
          "meeting", "past", True),
        E("2006", "Planned CSTO joint anti-terrorist exercise in Kyrgyzstan in summer",
          "Летом этого года в Кыргызстане планируется провести совместное антитеррористическое учение государств – членов ОДКБ",
          "other", "planned", False),
    ],
})

# ---------------------------------------------------------------- 06
ARTICLES.append({
    "file": "06_rferl_en_2013_parliament_ratifies_united_base.txt",
    "source": "https://www.rferl.org/a/kyrgyzstan-russia-base-ratified/25023641.html",
    "header_line_date": "2013-06-20",
    "lang": "en",
    "header_date": "June 20, 2013",
    "date": "2013-06-20",
    "date_partial": None,
    "date_source": "byline",
    "date_note": "Byline 'June 20, 2013'. 'Last September' = 2012-09. 'Last updated: June 21' is a distractor.",
    "body": """
Kyrgyz Lawmakers Back Russian Base Deal, Vote To Close Manas

June 20, 2013
By RFE/RL's Kyrgyz Service

BISHKEK -- Kyrgyzstan's parliament has ratified an agreement extending Russia's military presence in the Central Asian country for at least 15 years.

The Jogorku Kenesh on June 20 approved the deal, signed by Presidents Almazbek Atambayev and Vladimir Putin in Bishkek last September, by 92 votes to none.

The agreement merges four Russian facilities -- the Kant air base, a naval communications center near Kara-Balta, an anti-submarine weapons testing site near Karakol on Lake Issyk-Kul, and a seismic station in Mailuu-Suu -- into a single "united Russian military base." It will run for 15 years from 2017, with an option of five-year extensions.

Under the agreement Russia will pay $4.5 million a year in rent for the facilities.

In a separate vote, deputies ratified an agreement under which Moscow writes off about $489 million of Kyrgyzstan's debt to Russia.

Defense Minister Taalaibek Omuraliev told lawmakers that the Russian base was "a guarantee of stability in the south of the republic," adding that Moscow had also pledged to help re-equip the Kyrgyz armed forces. Russia has promised some $1.1 billion worth of military hardware under a separate deal.

Parliament speaker Asylbek Jeenbekov said the vote showed "broad consensus" on relations with Moscow.

On the same day lawmakers voted overwhelmingly to end the lease on the U.S. military transit center at Manas airport, which Washington uses to supply its troops in Afghanistan. The center, for which the United States pays $60 million a year, must close by July 2014 under the bill, which still needs President Atambayev's signature.

Russia's State Duma is expected to ratify the base agreement later this year.

Last updated: June 21, 2013 08:15 GMT

RELATED: Kyrgyz President Says U.S. Base Must Go
""",
    "people": [
        P("Алмазбек Атамбаев", "Almazbek Atambayev", "президент Киргизии", ["Almazbek Atambayev", "Atambayev"]),
        P("Владимир Путин", "Vladimir Putin", "президент России", ["Vladimir Putin"]),
        P("Таалайбек Омуралиев", "Taalaibek Omuraliev", "министр обороны Киргизии", ["Taalaibek Omuraliev"]),
        P("Асылбек Жээнбеков", "Asylbek Jeenbekov", "торага (спикер) Жогорку Кенеша", ["Asylbek Jeenbekov"]),
    ],
    "other_names": [],
    "figures": [
        F("russian_base_rent_usd", 4500000, "annual", "target", "Russia will pay $4.5 million a year in rent",
          note="Distractor: rent payable under the agreement."),
        F("debt_writeoff_usd", 489000000, None, "actual", "writes off about $489 million of Kyrgyzstan's debt to Russia",
          qualifier="about", note="Distractor: debt write-off."),
        F("russian_military_aid_usd", 1100000000, None, "forecast", "some $1.1 billion worth of military hardware",
          qualifier="about", note="Distractor: promised military aid."),
        F("us_manas_rent_usd", 60000000, "annual", "actual", "the United States pays $60 million a year",
          note="Distractor: third country (US)."),
    ],
    "events": [
        E("2013-06-20", "Jogorku Kenesh ratified the agreement on the united Russian military base",
          "Kyrgyzstan's parliament has ratified an agreement extending Russia's military presence", "agreement", "past", True),
        E("2012-09", "Atambayev and Putin signed the base agreement in Bishkek",
          "signed by Presidents Almazbek Atambayev and Vladimir Putin in Bishkek last September", "agreement", "past", True),
        E("2013-06-20", "Parliament ratified the agreement writing off about $489 million of Kyrgyz debt to Russia",
          "deputies ratified an agreement under which Moscow writes off about $489 million", "agreement", "past", True),
        E("2013-06-20", "Parliament voted to end the lease of the US transit center at Manas",
          "lawmakers voted overwhelmingly to end the lease on the U.S. military transit center at Manas airport",
          "other", "past", False),
        E("2014-07", "Deadline for closing the Manas transit center",
          "must close by July 2014", "other", "planned", False),
        E("2013", "State Duma expected to ratify the base agreement",
          "Russia's State Duma is expected to ratify the base agreement later this year", "agreement", "planned", True),
    ],
})

# ---------------------------------------------------------------- 07
ARTICLES.append({
    "file": "07_24kg_ru_2019_putin_jeenbekov_kant.txt",
    "source": "https://24.kg/vlast/113427_vladimir_putin_isooronbay_jeenbekov_posetili_aviabazu_kant/",
    "header_line_date": "2019-03-28",
    "lang": "ru",
    "header_date": "28 марта 2019, 17:42",
    "date": "2019-03-28",
    "date_partial": None,
    "date_source": "byline",
    "date_note": "Byline '28 марта 2019, 17:42'; 'сегодня' and 'ранее в этот день' refer to it. 'в июне' = 2019-06 (SCO summit in Bishkek).",
    "body": """
Владимир Путин и Сооронбай Жээнбеков посетили авиабазу «Кант»

28 марта 2019, 17:42
Власть
Автор: Тимур Абдразаков

Президент России Владимир Путин и президент Кыргызстана Сооронбай Жээнбеков сегодня посетили российскую авиабазу «Кант». Об этом сообщает пресс-служба главы государства.

Главы государств осмотрели авиационную технику, пообщались с летчиками и военнослужащими базы, которые несут службу в составе Коллективных сил быстрого развертывания ОДКБ.

«Авиабаза играет важную роль в обеспечении безопасности не только Кыргызстана, но и всей Центральной Азии, особенно с учетом ситуации в Афганистане», — заявил Владимир Путин.

Сооронбай Жээнбеков поблагодарил российскую сторону за безвозмездную военно-техническую помощь. По его словам, за последние годы Вооруженные силы республики получили от России бронетранспортеры, вертолеты Ми-8, средства связи и стрелковое оружие.

Ранее в этот день в государственной резиденции «Ала-Арча» прошли переговоры президентов в узком и расширенном составах. По их итогам подписан пакет документов, в том числе протокол о внесении изменений в соглашение об объединенной российской военной базе, предусматривающий расширение территории авиабазы «Кант».

Как отметил Сооронбай Жээнбеков на пресс-конференции, Россия остается главным торговым партнером Кыргызстана. По данным Нацстаткома, товарооборот между Кыргызстаном и Россией в 2018 году составил 1 миллиард 880 миллионов долларов. Объем денежных переводов трудовых мигрантов из России за тот же период, по данным Нацбанка, составил около 2,4 миллиарда долларов.

Владимир Путин напомнил, что в июне он вновь приедет в Бишкек для участия в саммите Шанхайской организации сотрудничества.

Это первый государственный визит Путина в Кыргызстан за время президентства Жээнбекова.

Фото пресс-службы Президента КР

Читайте также: Путин и Жээнбеков провели переговоры в узком составе
""",
    "people": [
        P("Владимир Путин", "Владимир Путин", "президент России", ["Владимир Путин", "Путина", "Путин"]),
        P("Сооронбай Жээнбеков", "Сооронбай Жээнбеков", "президент Киргизии", ["Сооронбай Жээнбеков", "Жээнбекова", "Жээнбеков"]),
    ],
    "other_names": ["Тимур Абдразаков"],
    "figures": [
        F("trade_turnover", 1880000000, "2018", "actual",
          "товарооборот между Кыргызстаном и Россией в 2018 году составил 1 миллиард 880 миллионов долларов",
          note="Kyrgyz National Statistics Committee data; number written as '1 миллиард 880 миллионов'."),
        F("remittances_from_russia_usd", 2400000000, "2018", "actual",
          "Объем денежных переводов трудовых мигрантов из России за тот же период, по данным Нацбанка, составил около 2,4 миллиарда долларов",
          qualifier="about", note="Distractor: remittances; period 'за тот же период' = 2018."),
    ],
    "events": [
        E("2019-03-28", "Putin and Jeenbekov visited the Russian Kant air base",
          "сегодня посетили российскую авиабазу «Кант»", "visit", "past", True),
        E("2019-03-28", "Putin–Jeenbekov talks at Ala-Archa in restricted and expanded formats",
          "в государственной резиденции «Ала-Арча» прошли переговоры президентов в узком и расширенном составах",
          "meeting", "past", True),
        E("2019-03-28", "Protocol amending the agreement on the united Russian military base (expanding Kant) signed",
          "протокол о внесении изменений в соглашение об объединенной российской военной базе", "agreement", "past", True),
        E("2019-06", "Putin to come to Bishkek for the SCO summit",
          "в июне он вновь приедет в Бишкек для участия в саммите Шанхайской организации сотрудничества",
          "meeting", "planned", False),
        E("2019-03-28", "Putin's first state visit to Kyrgyzstan under Jeenbekov",
          "Это первый государственный визит Путина в Кыргызстан", "visit", "past", True),
    ],
})
